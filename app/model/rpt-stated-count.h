/* rpt-stated-count.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_STATED_COUNT (rpt_stated_count_get_type ())

G_DECLARE_FINAL_TYPE (RptStatedCount, rpt_stated_count, RPT, STATED_COUNT, GObject)

/* A number a report states ("In total, 22 Recommendations were approved by
 * ITU-T SGs 11, 13 and 17") next to what the library counted.  Properties:
 * report (RptReport), section, count, at-least, count-label ("22", "more than
 * 330"), kind, status, groups (GStrv), period, quote, counted.
 *
 * counted: the distinct deliverable ids the same report mentions in that
 * section and its sub-sections (the whole report for a count stated in the
 * summary) with the same status, the same kind (any kind for "Other") and,
 * when the statement names groups, one of those groups. */

RptReport          *rpt_stated_count_get_report      (RptStatedCount *self);
const char         *rpt_stated_count_get_section     (RptStatedCount *self);
guint               rpt_stated_count_get_count       (RptStatedCount *self);
gboolean            rpt_stated_count_get_at_least    (RptStatedCount *self);
const char         *rpt_stated_count_get_count_label (RptStatedCount *self);
const char         *rpt_stated_count_get_kind        (RptStatedCount *self);
const char         *rpt_stated_count_get_status      (RptStatedCount *self);
const char * const *rpt_stated_count_get_groups      (RptStatedCount *self);
const char         *rpt_stated_count_get_period      (RptStatedCount *self);
const char         *rpt_stated_count_get_quote       (RptStatedCount *self);
guint               rpt_stated_count_get_counted     (RptStatedCount *self);

G_END_DECLS
