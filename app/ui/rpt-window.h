/* rpt-window.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_WINDOW (rpt_window_get_type ())

G_DECLARE_FINAL_TYPE (RptWindow, rpt_window, RPT, WINDOW, AdwApplicationWindow)

RptWindow  *rpt_window_new             (GtkApplication *application,
                                        GSettings      *settings);
RptWindow  *rpt_window_new_for_library (GtkApplication *application,
                                        GSettings      *settings,
                                        RptLibrary     *library);
gboolean    rpt_window_get_ready       (RptWindow      *self);
RptLibrary *rpt_window_get_library     (RptWindow      *self);
const char *rpt_window_get_place       (RptWindow      *self);
void        rpt_window_navigate        (RptWindow      *self,
                                        const char     *uri);
GtkWidget  *rpt_window_get_visible_page (RptWindow     *self);

/* Registers the UI's GResource bundle (templates, shortcuts, style) once. */
void        rpt_ui_register_resources  (void);

G_END_DECLS
