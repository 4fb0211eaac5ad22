/* rpt-group-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_GROUP_PAGE (rpt_group_page_get_type ())

G_DECLARE_FINAL_TYPE (RptGroupPage, rpt_group_page, RPT, GROUP_PAGE, AdwBin)

/* The page of a study group or other body (key: its id, "ITU-T SG17"):
 * name and mandate, its deliverables by status and by report, the stated
 * counts that name it.  chart_box is where a chart goes (hidden while empty).
 * Links navigate with the window action win.navigate. */

GtkWidget  *rpt_group_page_new           (RptLibrary   *library);
gboolean    rpt_group_page_show          (RptGroupPage *self,
                                          const char   *key,
                                          const char   *fragment);
RptLibrary *rpt_group_page_get_library   (RptGroupPage *self);
const char *rpt_group_page_get_title     (RptGroupPage *self);
GtkBox     *rpt_group_page_get_chart_box (RptGroupPage *self);

G_END_DECLS
