/* rpt-model-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Internal to the model layer: how the library builds its objects from the
 * store's rows.  Each constructor takes ownership of @row. */

#include "rpt-model.h"
#include "rpt-store.h"

G_BEGIN_DECLS

/* Shared by the library and every object it creates: the store, the
 * reference data and the report objects by id (so that every mention of a
 * report points at the same RptReport).  Strong refs both ways; the library
 * breaks the cycle when it is disposed (_rpt_context_close). */
typedef struct _RptContext RptContext;

RptContext     *_rpt_context_new              (RptStore     *store);
RptContext     *_rpt_context_ref              (RptContext   *ctx);
void            _rpt_context_unref            (RptContext   *ctx);
void            _rpt_context_close            (RptContext   *ctx);
RptStore       *_rpt_context_get_store        (RptContext   *ctx);
RptReference   *_rpt_context_get_reference    (RptContext   *ctx);
RptReport      *_rpt_context_get_report       (RptContext   *ctx,
                                               gint64        report_id);
void            _rpt_context_add_report       (RptContext   *ctx,
                                               RptReport    *report);
void            _rpt_context_remove_report    (RptContext   *ctx,
                                               gint64        report_id);
GListModel     *_rpt_context_list             (RptContext   *ctx,
                                               RptListKind   kind,
                                               RptQuery     *query,
                                               const RptStoreScope *scope,
                                               GError      **error);
GPtrArray      *_rpt_context_list_objects     (RptContext   *ctx,
                                               RptListKind   kind,
                                               RptQuery     *query,
                                               const RptStoreScope *scope,
                                               GError      **error);
GListModel     *_rpt_context_list_sections    (RptContext   *ctx,
                                               RptReport    *report,
                                               const RptStoreScope *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptContext, _rpt_context_unref)

RptReport      *_rpt_report_new               (RptContext          *ctx,
                                               RptStoreReport      *row);
void            _rpt_report_update            (RptReport           *self,
                                               RptStoreReport      *row);
void            _rpt_report_drop_lists        (RptReport           *self);
RptSection     *_rpt_section_new              (RptContext          *ctx,
                                               RptReport           *report,
                                               RptStoreSection     *row,
                                               gboolean             owner_keeps_sections);
RptResolution  *_rpt_resolution_new           (RptContext          *ctx,
                                               RptStoreResolution  *row);
RptGroup       *_rpt_group_new                (RptContext          *ctx,
                                               RptStoreGroup       *row);
RptDeliverable *_rpt_deliverable_new          (RptContext          *ctx,
                                               RptStoreDeliverable *row);
RptMention     *_rpt_mention_new              (RptReport           *report,
                                               RptStoreMention     *row);
RptStatedCount *_rpt_stated_count_new         (RptReport           *report,
                                               RptStoreCount       *row);
RptSearchHit   *_rpt_search_hit_new           (RptReport           *report,
                                               RptStoreHit         *row);

RptContext     *_rpt_library_get_context      (RptLibrary          *self);
gboolean        _rpt_library_defer_model      (RptLibrary          *self,
                                               RptQueryModel       *model);

/* How many deliverables a deferred query model loads first. */
#define RPT_LIBRARY_FIRST_PAGE 1000
/* After the first frame, the rest in pages of this size (one query each),
 * as many as fit in this time per idle (one items-changed per idle). */
#define RPT_LIBRARY_NEXT_PAGE 1000
#define RPT_LIBRARY_PAGE_BUDGET_US (50 * 1000)

/* rpt-whole-list.c: the library's whole lists, counted before loaded. */
#define RPT_TYPE_WHOLE_LIST (_rpt_whole_list_get_type ())
G_DECLARE_FINAL_TYPE (RptWholeList, _rpt_whole_list, RPT, WHOLE_LIST, GObject)

RptWholeList   *_rpt_whole_list_new           (RptContext          *ctx,
                                               RptListKind          kind);
void            _rpt_whole_list_reload        (RptWholeList        *self);
gboolean        _rpt_whole_list_is_loaded     (RptWholeList        *self);

/* The first @limit items of a list after the item @after (all of them when
 * @limit is 0 or the list cannot page: only deliverables can, by id), in
 * the list's order. */
GPtrArray      *_rpt_context_list_first       (RptContext          *ctx,
                                               RptListKind          kind,
                                               RptQuery            *query,
                                               const char          *after,
                                               guint                limit,
                                               GError             **error);
void            _rpt_query_model_load_rest    (RptQueryModel       *self);

G_END_DECLS
