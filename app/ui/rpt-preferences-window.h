/* rpt-preferences-window.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RPT_TYPE_PREFERENCES_WINDOW (rpt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RptPreferencesWindow, rpt_preferences_window, RPT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* What users should change: the start, the charts and the defaults of
 * exports.  Every row is bound to its key of @settings. */

GtkWidget *rpt_preferences_window_new          (GtkWindow            *parent,
                                                GSettings            *settings);
GSettings *rpt_preferences_window_get_settings (RptPreferencesWindow *self);

G_END_DECLS
