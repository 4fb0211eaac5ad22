/* rpt-list-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-model.h"
#include "rpt-navigation.h"

G_BEGIN_DECLS

#define RPT_TYPE_LIST_PAGE (rpt_list_page_get_type ())

G_DECLARE_FINAL_TYPE (RptListPage, rpt_list_page, RPT, LIST_PAGE, GtkWidget)

/* One list of the library: RPT_LIST_DELIVERABLES, _RESOLUTIONS, _GROUPS or
 * _REPORTS, filtered by the page's RptQuery (the filter bar and the place's
 * query string set it), sorted by the column headers, with multi-selection
 * (click, Ctrl/Shift-click, Ctrl+A).  Activating a row (double click,
 * Enter) opens the item's page through win.navigate.
 *
 * Properties: library, kind (construct-only), query, title, section
 * ("deliverables" ...), uri (the place with its filters), n-items. */

GtkWidget     *rpt_list_page_new            (RptLibrary  *library,
                                             RptListKind  kind);
RptLibrary    *rpt_list_page_get_library    (RptListPage *self);
RptListKind    rpt_list_page_get_kind       (RptListPage *self);
RptQuery      *rpt_list_page_get_query      (RptListPage *self);
const char    *rpt_list_page_get_title      (RptListPage *self);
const char    *rpt_list_page_get_section    (RptListPage *self);
char          *rpt_list_page_dup_uri        (RptListPage *self);
guint          rpt_list_page_get_n_items    (RptListPage *self);
GListModel    *rpt_list_page_get_model      (RptListPage *self);
GListModel    *rpt_list_page_get_selected   (RptListPage *self);
GtkColumnView *rpt_list_page_get_view       (RptListPage *self);
void           rpt_list_page_apply_place    (RptListPage *self,
                                             RptPlace    *place);

gboolean       rpt_list_page_kind_for_section (const char  *section,
                                             RptListKind *kind);

G_END_DECLS
