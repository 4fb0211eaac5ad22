/* rpt-query-model.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_QUERY_MODEL (rpt_query_model_get_type ())

G_DECLARE_FINAL_TYPE (RptQueryModel, rpt_query_model, RPT, QUERY_MODEL, GObject)

/* A GListModel of one RptListKind that follows a query: when the query
 * changes (RptQuery::changed) or the library changes (an import), it reloads
 * in one SQL query and replaces its items.  Sorting: by SQL order (the
 * natural order of the kind) unless sort-property names a property of the
 * item type (string, number or boolean), then by it.  Views may equally wrap
 * it in a GtkSortListModel.  Properties: library, kind, query (never %NULL;
 * may be replaced), item-type, n-items, sort-property, sort-descending. */

RptQueryModel *rpt_query_model_new                 (RptLibrary    *library,
                                                    RptListKind    kind,
                                                    RptQuery      *query);
RptLibrary    *rpt_query_model_get_library         (RptQueryModel *self);
RptListKind    rpt_query_model_get_kind            (RptQueryModel *self);
RptQuery      *rpt_query_model_get_query           (RptQueryModel *self);
void           rpt_query_model_set_query           (RptQueryModel *self,
                                                    RptQuery      *query);
const char    *rpt_query_model_get_sort_property   (RptQueryModel *self);
void           rpt_query_model_set_sort_property   (RptQueryModel *self,
                                                    const char    *property);
gboolean       rpt_query_model_get_sort_descending (RptQueryModel *self);
void           rpt_query_model_set_sort_descending (RptQueryModel *self,
                                                    gboolean       descending);
void           rpt_query_model_reload              (RptQueryModel *self);

G_END_DECLS
