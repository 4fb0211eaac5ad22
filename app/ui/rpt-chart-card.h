/* rpt-chart-card.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-chart-view.h"
#include "rpt-charts-build.h"

G_BEGIN_DECLS

#define RPT_TYPE_CHART_CARD (rpt_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (RptChartCard, rpt_chart_card, RPT, CHART_CARD, GtkWidget)

/* One chart in a card: the chart view, a note under it and a "Save As…"
 * button.  Activating a bar opens what it counts through win.navigate: the
 * deliverables list with the card's query narrowed to the bar
 * (rpt_charts_apply_bar()), or, for a stated count, the report section
 * that states it. */

GtkWidget      *rpt_chart_card_new        (RptChartsTopic  topic);
RptChartsTopic  rpt_chart_card_get_topic  (RptChartCard   *self);
RptChart       *rpt_chart_card_get_chart  (RptChartCard   *self);
void            rpt_chart_card_set_chart  (RptChartCard   *self,
                                           RptChart       *chart,
                                           const char     *note);
RptQuery       *rpt_chart_card_get_query  (RptChartCard   *self);
void            rpt_chart_card_set_query  (RptChartCard   *self,
                                           RptQuery       *query);
RptChartView   *rpt_chart_card_get_view   (RptChartCard   *self);
char           *rpt_chart_card_dup_bar_uri (RptChartCard  *self,
                                           const char     *category_key,
                                           const char     *series_key);

/* For the study-group and Resolution pages: the small chart of @key
 * (RPT_CHARTS_GROUP: a group id, RPT_CHARTS_RESOLUTION: a Resolution key) in
 * @box, which is shown when the chart has data and hidden otherwise. */
gboolean        rpt_chart_card_fill_box   (GtkBox         *box,
                                           RptLibrary     *library,
                                           RptChartsTopic  topic,
                                           const char     *key);

G_END_DECLS
