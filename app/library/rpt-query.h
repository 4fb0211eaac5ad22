/* rpt-query.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * RptDimension:
 * @RPT_DIMENSION_NONE: no dimension (a one-column table)
 * @RPT_DIMENSION_GROUP: the responsible group (`ITU-T SG17`; "" when unknown)
 * @RPT_DIMENSION_STATUS: the status (`approved` ...)
 * @RPT_DIMENSION_KIND: the kind (`Recommendation` ...)
 * @RPT_DIMENSION_SERIES: the series letter (`Y`; "" when none)
 * @RPT_DIMENSION_REPORT: the report (key: its id as a decimal string),
 *   ordered by reporting period
 * @RPT_DIMENSION_RESOLUTION: the Resolution the mention is reported under
 *   (`PP 101`); a mention under two Resolutions counts in both
 * @RPT_DIMENSION_SECTOR: `ITU-T`, `ITU-R`, `ITU-D`
 *
 * What a mention can be counted by (charts, aggregates, exports).
 */
typedef enum
{
  RPT_DIMENSION_NONE,
  RPT_DIMENSION_GROUP,
  RPT_DIMENSION_STATUS,
  RPT_DIMENSION_KIND,
  RPT_DIMENSION_SERIES,
  RPT_DIMENSION_REPORT,
  RPT_DIMENSION_RESOLUTION,
  RPT_DIMENSION_SECTOR,
} RptDimension;

GType rpt_dimension_get_type (void) G_GNUC_CONST;
#define RPT_TYPE_DIMENSION (rpt_dimension_get_type ())

const char   *rpt_dimension_to_string   (RptDimension dimension);
RptDimension  rpt_dimension_from_string (const char  *name);

#define RPT_TYPE_QUERY (rpt_query_get_type ())

G_DECLARE_FINAL_TYPE (RptQuery, rpt_query, RPT, QUERY, GObject)

/* A selection of mentions: every filter the lists, the command line, the
 * charts and the exports share.  %NULL (or "") properties do not filter;
 * the ones that are set must all hold.  Setting properties emits
 * RptQuery::changed once per batch (wrap several sets in
 * g_object_freeze_notify()/g_object_thaw_notify() to emit it once). */

RptQuery            *rpt_query_new                  (void);
RptQuery            *rpt_query_copy                 (RptQuery      *self);
gboolean             rpt_query_equal                (RptQuery      *a,
                                                     RptQuery      *b);
gboolean             rpt_query_is_empty             (RptQuery      *self);
char                *rpt_query_describe             (RptQuery      *self);
RptQuery            *rpt_query_new_from_options     (GVariantDict  *options,
                                                     GError       **error);

const char          *rpt_query_get_group            (RptQuery      *self);
void                 rpt_query_set_group            (RptQuery      *self,
                                                     const char    *group);
const char          *rpt_query_get_status           (RptQuery      *self);
void                 rpt_query_set_status           (RptQuery      *self,
                                                     const char    *status);
const char          *rpt_query_get_kind             (RptQuery      *self);
void                 rpt_query_set_kind             (RptQuery      *self,
                                                     const char    *kind);
const char          *rpt_query_get_series           (RptQuery      *self);
void                 rpt_query_set_series           (RptQuery      *self,
                                                     const char    *series);
const char          *rpt_query_get_sector           (RptQuery      *self);
void                 rpt_query_set_sector           (RptQuery      *self,
                                                     const char    *sector);
const char          *rpt_query_get_report           (RptQuery      *self);
void                 rpt_query_set_report           (RptQuery      *self,
                                                     const char    *report);
const char          *rpt_query_get_resolution       (RptQuery      *self);
void                 rpt_query_set_resolution       (RptQuery      *self,
                                                     const char    *resolution);
const char          *rpt_query_get_text             (RptQuery      *self);
void                 rpt_query_set_text             (RptQuery      *self,
                                                     const char    *text);
const char * const  *rpt_query_get_ids              (RptQuery      *self);
void                 rpt_query_set_ids              (RptQuery      *self,
                                                     const char * const *ids);
gboolean             rpt_query_get_approvals_only   (RptQuery      *self);
void                 rpt_query_set_approvals_only   (RptQuery      *self,
                                                     gboolean       approvals_only);

const char          *rpt_query_get_dimension_value  (RptQuery      *self,
                                                     RptDimension   dimension);
void                 rpt_query_set_dimension_value  (RptQuery      *self,
                                                     RptDimension   dimension,
                                                     const char    *value);

G_END_DECLS
