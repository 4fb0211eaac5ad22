/* rpt-application.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RPT_TYPE_APPLICATION (rpt_application_get_type ())

G_DECLARE_FINAL_TYPE (RptApplication, rpt_application, RPT, APPLICATION, AdwApplication)

RptApplication *rpt_application_new          (void);
GSettings      *rpt_application_get_settings (RptApplication *self);

G_END_DECLS
