/* test-application.c: the application and its window come up and go away
 * cleanly.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rpt-application.h"
#include "rpt-test-util.h"
#include "rpt-window.h"

/* One application for the whole program, as in the real one: a second
 * GApplication could not export itself on the same bus connection. */
static RptApplication *app;

static void
test_window_lifecycle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  RptWindow *window;

  window = rpt_window_new (GTK_APPLICATION (app), settings);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Rapporteur");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_size_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  RptWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 777);
  g_settings_set_int (settings, "window-height", 555);

  window = rpt_window_new (GTK_APPLICATION (app), settings);
  g_object_ref_sink (window);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  /* A new size is written back, so the next start restores it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_application_actions (void)
{
  const char *const *accels;
  g_auto(GStrv) quit_accels = NULL;

  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "quit") != NULL);
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "about") != NULL);
  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  accels = (const char *const *) quit_accels;
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>q");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  rpt_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  app = rpt_application_new ();
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APPLICATION_ID);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/rpt/application/window-lifecycle", test_window_lifecycle);
  g_test_add_func ("/rpt/application/window-size-saved", test_window_size_saved);
  g_test_add_func ("/rpt/application/actions", test_application_actions);

  ret = g_test_run ();
  /* A registered application that never ran keeps references of its own
   * until shutdown; the windows above are what must not leak. */
  g_clear_object (&app);

  return ret;
}
