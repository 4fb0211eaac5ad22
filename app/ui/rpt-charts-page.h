/* rpt-charts-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-chart-card.h"
#include "rpt-model.h"
#include "rpt-navigation.h"

G_BEGIN_DECLS

#define RPT_TYPE_CHARTS_PAGE (rpt_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (RptChartsPage, rpt_charts_page, RPT, CHARTS_PAGE, GtkWidget)

/* The Charts section: approvals per study group, per report period, by
 * series and by kind, and each stated count beside what was counted, for
 * the page's RptQuery (the lists' filter bar sets it; its report drop-down
 * picks "All reports" or one).  The charts follow the filters and the
 * library (RptLibrary::changed), and are made only while the page is shown.
 * A bar opens the list filtered to it (win.navigate).
 *
 * Properties: library (construct-only), query, title, uri (the place with
 * its filters, rapporteur:charts?group=…). */

GtkWidget    *rpt_charts_page_new         (RptLibrary     *library);
RptLibrary   *rpt_charts_page_get_library (RptChartsPage  *self);
RptQuery     *rpt_charts_page_get_query   (RptChartsPage  *self);
char         *rpt_charts_page_dup_uri     (RptChartsPage  *self);
void          rpt_charts_page_apply_place (RptChartsPage  *self,
                                           RptPlace       *place);
RptChartCard *rpt_charts_page_get_card    (RptChartsPage  *self,
                                           RptChartsTopic  topic);
void          rpt_charts_page_refresh     (RptChartsPage  *self);
gboolean      rpt_charts_page_is_empty    (RptChartsPage  *self);

G_END_DECLS
