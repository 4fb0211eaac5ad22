/* rpt-deliverable.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_DELIVERABLE (rpt_deliverable_get_type ())

G_DECLARE_FINAL_TYPE (RptDeliverable, rpt_deliverable, RPT, DELIVERABLE, GObject)

/* One deliverable (one id) with its history: the mentions across reports.
 * Properties: id ("Y.3129"), kind, title (the latest non-empty one), series,
 * series-title (reference data), sector, group and status (as of the latest
 * report that mentions it), n-mentions, n-reports, first-report and
 * last-report (RptReport, by reporting period). */

const char    *rpt_deliverable_get_id           (RptDeliverable *self);
const char    *rpt_deliverable_get_kind         (RptDeliverable *self);
const char    *rpt_deliverable_get_title        (RptDeliverable *self);
const char    *rpt_deliverable_get_series       (RptDeliverable *self);
const char    *rpt_deliverable_get_series_title (RptDeliverable *self);
const char    *rpt_deliverable_get_sector       (RptDeliverable *self);
const char    *rpt_deliverable_get_group        (RptDeliverable *self);
const char    *rpt_deliverable_get_status       (RptDeliverable *self);
guint          rpt_deliverable_get_n_mentions   (RptDeliverable *self);
guint          rpt_deliverable_get_n_reports    (RptDeliverable *self);
RptReport     *rpt_deliverable_get_first_report (RptDeliverable *self);
RptReport     *rpt_deliverable_get_last_report  (RptDeliverable *self);

GListModel    *rpt_deliverable_get_mentions     (RptDeliverable *self);
RptQuery      *rpt_deliverable_create_query     (RptDeliverable *self);

G_END_DECLS
