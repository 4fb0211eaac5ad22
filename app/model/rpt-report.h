/* rpt-report.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_REPORT (rpt_report_get_type ())

G_DECLARE_FINAL_TYPE (RptReport, rpt_report, RPT, REPORT, GObject)

/* One report in the library.  Properties are read-only and have the same
 * names as the getters: id (gint64), file-name, title, label (a short label
 * for chart axes: "2022–2023"), family ("internet-activities", "mou-mg",
 * "unknown"), period-text, period-from, period-to (ISO dates or %NULL),
 * conference, bundled, imported (GDateTime), content-hash (SHA-256 hex),
 * size (bytes of text), n-sections, n-mentions, n-deliverables,
 * n-stated-counts.  The lists are loaded from the library on first use. */

gint64         rpt_report_get_id              (RptReport *self);
const char    *rpt_report_get_file_name       (RptReport *self);
const char    *rpt_report_get_title           (RptReport *self);
const char    *rpt_report_get_label           (RptReport *self);
const char    *rpt_report_get_family          (RptReport *self);
const char    *rpt_report_get_period_text     (RptReport *self);
const char    *rpt_report_get_period_from     (RptReport *self);
const char    *rpt_report_get_period_to       (RptReport *self);
const char    *rpt_report_get_conference      (RptReport *self);
const char * const *rpt_report_get_council_documents (RptReport *self);
gboolean       rpt_report_get_bundled         (RptReport *self);
GDateTime     *rpt_report_get_imported        (RptReport *self);
const char    *rpt_report_get_content_hash    (RptReport *self);
guint64        rpt_report_get_size            (RptReport *self);
guint          rpt_report_get_n_sections      (RptReport *self);
guint          rpt_report_get_n_mentions      (RptReport *self);
guint          rpt_report_get_n_deliverables  (RptReport *self);
guint          rpt_report_get_n_stated_counts (RptReport *self);

char          *rpt_report_load_text           (RptReport  *self,
                                               GError    **error);
GListModel    *rpt_report_get_sections        (RptReport *self);
GListModel    *rpt_report_get_mentions        (RptReport *self);
GListModel    *rpt_report_get_stated_counts   (RptReport *self);
GListModel    *rpt_report_get_resolutions     (RptReport *self);
GListModel    *rpt_report_get_groups          (RptReport *self);
RptSection    *rpt_report_find_section        (RptReport  *self,
                                               const char *number);
RptQuery      *rpt_report_create_query        (RptReport *self);

G_END_DECLS
