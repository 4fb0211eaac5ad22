/* rpt-report-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_REPORT_PAGE (rpt_report_page_get_type ())

G_DECLARE_FINAL_TYPE (RptReportPage, rpt_report_page, RPT, REPORT_PAGE, AdwBin)

/* The page of a report (key: its library id, "3"; fragment: a section
 * number, "2.1.4", scrolled to and highlighted): title, family, period, a
 * table of contents and the text of every section with links.
 * Links navigate with the window action win.navigate. */

GtkWidget  *rpt_report_page_new         (RptLibrary    *library);
gboolean    rpt_report_page_show        (RptReportPage *self,
                                         const char    *key,
                                         const char    *fragment);
RptLibrary *rpt_report_page_get_library (RptReportPage *self);
const char *rpt_report_page_get_title   (RptReportPage *self);

G_END_DECLS
