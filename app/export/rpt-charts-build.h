/* rpt-charts-build.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-chart.h"
#include "rpt-model.h"

G_BEGIN_DECLS

/* The charts of the Charts page, the study-group and Resolution pages and
 * the PDF export, made from the library's aggregates for an RptQuery (the
 * same filters as the lists).  No GTK: the widget, "Save chart as" and the
 * PDF draw the same RptChart.
 *
 * Counting: each deliverable once per report (RPT_COUNT_DISTINCT), as a
 * report's own "N Recommendations were approved" counts.  The approval charts
 * count the five steps of approval (approved, consented, determined, agreed,
 * under approval); when the query sets a status, they count that status.
 *
 * Keys, for click-to-filter (rpt_charts_topic_get_dimensions() says which
 * filter a key sets): categories and series carry the values an RptQuery
 * filters on (group "ITU-T SG17", status "approved", report id "2", series
 * letter "Y", kind "Recommendation").  The stated-versus-counted chart's
 * categories are "<report id>#<section>" (rpt_charts_parse_stated_key()),
 * its series "counted" and its reference "stated".
 *
 * @note (nullable out): a sentence to show under the chart, or %NULL when
 * there is nothing to say (what was left out, how many stated counts
 * disagree with the lists). */

typedef enum
{
  RPT_CHARTS_BY_GROUP,        /* approvals per group, stacked by status */
  RPT_CHARTS_BY_PERIOD,       /* approvals per report, one bar or line per group */
  RPT_CHARTS_BY_SERIES,       /* approvals per series letter, stacked by status */
  RPT_CHARTS_BY_KIND,         /* approvals per kind, stacked by status */
  RPT_CHARTS_STATED_COUNTED,  /* each stated count beside what was counted */
  RPT_CHARTS_GROUP,           /* one group's deliverables per report, by status */
  RPT_CHARTS_RESOLUTION,      /* deliverables under one Resolution per group, by status */
} RptChartsTopic;

/* At most this many groups in the per-period chart (the rest in the note). */
#define RPT_CHARTS_MAX_PERIOD_GROUPS 6

RptChart   *rpt_charts_build                  (RptChartsTopic   topic,
                                               RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);

RptChart   *rpt_charts_build_by_group         (RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);
RptChart   *rpt_charts_build_by_period        (RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);
RptChart   *rpt_charts_build_by_series        (RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);
RptChart   *rpt_charts_build_by_kind          (RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);
RptChart   *rpt_charts_build_stated_counted   (RptLibrary      *library,
                                               RptQuery        *query,
                                               char           **note,
                                               GError         **error);

/* The small charts of the detail pages. */
RptChart   *rpt_charts_build_group_chart      (RptLibrary      *library,
                                               const char      *group_id,
                                               GError         **error);
RptChart   *rpt_charts_build_resolution_chart (RptLibrary      *library,
                                               const char      *key,
                                               GError         **error);

/* Click-to-filter: which query filter a category key and a series key set
 * (RPT_DIMENSION_NONE: none; the stated-versus-counted chart's categories
 * name a report section instead, see rpt_charts_parse_stated_key()). */
void        rpt_charts_topic_get_dimensions   (RptChartsTopic   topic,
                                               RptDimension    *category,
                                               RptDimension    *series);
const char *rpt_charts_topic_get_title        (RptChartsTopic   topic);
gboolean    rpt_charts_parse_stated_key       (const char      *key,
                                               gint64          *report_id,
                                               char           **section);
gboolean    rpt_charts_apply_bar              (RptChartsTopic   topic,
                                               RptQuery        *query,
                                               const char      *category_key,
                                               const char      *series_key);

G_END_DECLS
