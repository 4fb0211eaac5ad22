/* rpt-deliverable-page.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_DELIVERABLE_PAGE (rpt_deliverable_page_get_type ())

G_DECLARE_FINAL_TYPE (RptDeliverablePage, rpt_deliverable_page, RPT, DELIVERABLE_PAGE, AdwBin)

/* The page of one deliverable (key: its id, "X.1813"): id, title, kind,
 * series, group, its status in each report and every sentence that names it.
 * Links navigate with the window action win.navigate. */

GtkWidget  *rpt_deliverable_page_new         (RptLibrary         *library);
gboolean    rpt_deliverable_page_show        (RptDeliverablePage *self,
                                              const char         *key,
                                              const char         *fragment);
RptLibrary *rpt_deliverable_page_get_library (RptDeliverablePage *self);
const char *rpt_deliverable_page_get_title   (RptDeliverablePage *self);

G_END_DECLS
