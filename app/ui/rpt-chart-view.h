/* rpt-chart-view.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-chart.h"

G_BEGIN_DECLS

#define RPT_TYPE_CHART_VIEW (rpt_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RptChartView, rpt_chart_view, RPT, CHART_VIEW, GtkWidget)

GtkWidget *rpt_chart_view_new           (RptChart     *chart);
RptChart  *rpt_chart_view_get_chart     (RptChartView *self);
void       rpt_chart_view_set_chart     (RptChartView *self,
                                         RptChart     *chart);
gboolean   rpt_chart_view_get_focus_bar (RptChartView *self,
                                         guint        *category,
                                         guint        *series);
void       rpt_chart_view_set_focus_bar (RptChartView *self,
                                         guint         category,
                                         guint         series);
void       rpt_chart_view_save_as       (RptChartView *self);
void       rpt_chart_view_set_orientation (RptChartView *self,
                                         int           orientation);
int        rpt_chart_view_get_orientation (RptChartView *self);
void       rpt_chart_view_set_show_values (RptChartView *self,
                                         gboolean      show_values);
gboolean   rpt_chart_view_get_show_values (RptChartView *self);

G_END_DECLS
