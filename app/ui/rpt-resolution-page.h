/* rpt-resolution-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_RESOLUTION_PAGE (rpt_resolution_page_get_type ())

G_DECLARE_FINAL_TYPE (RptResolutionPage, rpt_resolution_page, RPT, RESOLUTION_PAGE, AdwBin)

/* The page of a Resolution (key: "PP 101", "MoU/MG R09/06"): body,
 * number, title, its revisions, the sections it governs with their text and
 * the deliverables reported under it by group and status.  chart_box is where
 * a chart goes (hidden while empty).
 * Links navigate with the window action win.navigate. */

GtkWidget  *rpt_resolution_page_new           (RptLibrary        *library);
gboolean    rpt_resolution_page_show          (RptResolutionPage *self,
                                               const char        *key,
                                               const char        *fragment);
RptLibrary *rpt_resolution_page_get_library   (RptResolutionPage *self);
const char *rpt_resolution_page_get_title     (RptResolutionPage *self);
GtkBox     *rpt_resolution_page_get_chart_box (RptResolutionPage *self);

G_END_DECLS
