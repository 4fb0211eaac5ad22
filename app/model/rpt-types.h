/* rpt-types.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rpt-count-table.h"
#include "rpt-library-error.h"
#include "rpt-query.h"

G_BEGIN_DECLS

typedef struct _RptLibrary     RptLibrary;
typedef struct _RptReport      RptReport;
typedef struct _RptSection     RptSection;
typedef struct _RptResolution  RptResolution;
typedef struct _RptGroup       RptGroup;
typedef struct _RptDeliverable RptDeliverable;
typedef struct _RptMention     RptMention;
typedef struct _RptStatedCount RptStatedCount;
typedef struct _RptSearchHit   RptSearchHit;
typedef struct _RptQueryModel  RptQueryModel;

/**
 * RptListKind:
 * @RPT_LIST_REPORTS: #RptReport items
 * @RPT_LIST_RESOLUTIONS: #RptResolution items
 * @RPT_LIST_GROUPS: #RptGroup items
 * @RPT_LIST_DELIVERABLES: #RptDeliverable items (one per id)
 * @RPT_LIST_MENTIONS: #RptMention items
 * @RPT_LIST_STATED_COUNTS: #RptStatedCount items
 *
 * What a list holds.  A query narrows every kind: the reports, resolutions
 * and groups that have at least one matching mention (or, for an empty
 * query, all of them), the deliverables with at least one matching mention
 * (their counts then cover the matching mentions only), the matching
 * mentions, and the stated counts whose report, section, group, kind and
 * status fit the query.
 */
typedef enum
{
  RPT_LIST_REPORTS,
  RPT_LIST_RESOLUTIONS,
  RPT_LIST_GROUPS,
  RPT_LIST_DELIVERABLES,
  RPT_LIST_MENTIONS,
  RPT_LIST_STATED_COUNTS,
} RptListKind;

GType        rpt_list_kind_get_type     (void) G_GNUC_CONST;
#define RPT_TYPE_LIST_KIND (rpt_list_kind_get_type ())

const char  *rpt_list_kind_to_string    (RptListKind  kind);
gboolean     rpt_list_kind_from_string  (const char  *name,
                                         RptListKind *kind);
GType        rpt_list_kind_get_item_type (RptListKind kind);

/**
 * RptProgressFunc:
 * @fraction: 0 to 1
 * @message: what is being done ("Importing “x.txt”"), translated
 * @user_data: closure data
 *
 * Called on the thread-default main context of the caller of an
 * asynchronous operation, or on the calling thread for the synchronous ones.
 */
typedef void (*RptProgressFunc) (double      fraction,
                                 const char *message,
                                 gpointer    user_data);

G_END_DECLS
