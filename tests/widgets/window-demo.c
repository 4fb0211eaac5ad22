/* window-demo.c: the real window on the user's library, in the light or the
 * dark style, at one place, for looking at it (screenshots):
 *   window-demo [--dark] [PLACE]   e.g. window-demo --dark rapporteur:reports
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rpt-window.h"

static gboolean dark;
static const char *place;

static void
activate (GApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  RptWindow *window;

  /* What the system's dark style preference does through the portal. */
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  window = rpt_window_new (GTK_APPLICATION (app), settings);
  gtk_window_present (GTK_WINDOW (window));
  if (place != NULL)
    rpt_window_navigate (window, place);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--dark"))
        dark = TRUE;
      else
        place = argv[i];
    }

  rpt_ui_register_resources ();
  app = adw_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
