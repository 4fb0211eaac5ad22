/* rpt-sidebar.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_SIDEBAR (rpt_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (RptSidebar, rpt_sidebar, RPT, SIDEBAR, GtkWidget)

/* The sections of the library, each with its count.  Activating a row
 * activates win.navigate with the section's place; the section property
 * ("resolutions", "groups", "deliverables", "reports", "charts" or %NULL)
 * says which row shows as selected. */

GtkWidget  *rpt_sidebar_new          (void);
RptLibrary *rpt_sidebar_get_library  (RptSidebar *self);
void        rpt_sidebar_set_library  (RptSidebar *self,
                                      RptLibrary *library);
const char *rpt_sidebar_get_section  (RptSidebar *self);
void        rpt_sidebar_set_section  (RptSidebar *self,
                                      const char *section);
guint       rpt_sidebar_get_count    (RptSidebar *self,
                                      const char *section);

G_END_DECLS
