/* rpt-charts-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_CHARTS_PAGE (rpt_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (RptChartsPage, rpt_charts_page, RPT, CHARTS_PAGE, GtkWidget)

/* The Charts section.  Its place in the window is reserved here; the charts
 * themselves come with the charts issue, which replaces this page's
 * contents. */

GtkWidget  *rpt_charts_page_new         (RptLibrary    *library);
RptLibrary *rpt_charts_page_get_library (RptChartsPage *self);

G_END_DECLS
