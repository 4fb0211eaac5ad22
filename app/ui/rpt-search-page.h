/* rpt-search-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_SEARCH_PAGE (rpt_search_page_get_type ())

G_DECLARE_FINAL_TYPE (RptSearchPage, rpt_search_page, RPT, SEARCH_PAGE, GtkWidget)

/* Full-text search results: one row per matching section, with the report,
 * the section and a snippet whose matched words are highlighted.
 * Activating a row opens the report at that section (win.navigate).
 * Properties: library, text, n-results, busy. */

GtkWidget  *rpt_search_page_new           (RptLibrary    *library);
const char *rpt_search_page_get_text      (RptSearchPage *self);
void        rpt_search_page_set_text      (RptSearchPage *self,
                                           const char    *text);
guint       rpt_search_page_get_n_results (RptSearchPage *self);
gboolean    rpt_search_page_get_busy      (RptSearchPage *self);
GListModel *rpt_search_page_get_results   (RptSearchPage *self);

char       *rpt_search_hit_dup_uri        (RptSearchHit  *hit);

G_END_DECLS
