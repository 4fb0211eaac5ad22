/* test-preferences.c: the Preferences window's rows are bound to their
 * settings both ways, app.preferences has Ctrl+comma, and the window goes
 * away cleanly.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rpt-application.h"
#include "rpt-preferences-window.h"
#include "rpt-test-util.h"

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* The row whose title is @title (with its mnemonic). */
static GtkWidget *
find_row (GtkWidget  *window,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (window, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  g_error ("no row titled “%s”", title);
  return NULL;
}

static GtkSwitch *
row_switch (GtkWidget *row)
{
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();

  collect (row, GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 1);
  return switches->pdata[0];
}

static void
test_bindings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  GtkWidget *window;
  AdwComboRow *page_size, *orientation, *bars;
  GtkSwitch *restore, *values, *charts, *sources;

  g_settings_set_string (settings, "export-page-size", "letter");
  g_settings_set_boolean (settings, "export-include-sources", FALSE);

  window = rpt_preferences_window_new (NULL, settings);
  g_object_ref_sink (window);
  g_assert_true (rpt_preferences_window_get_settings (RPT_PREFERENCES_WINDOW (window)) == settings);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  page_size = ADW_COMBO_ROW (find_row (window, ADW_TYPE_COMBO_ROW, "Page _Size"));
  orientation = ADW_COMBO_ROW (find_row (window, ADW_TYPE_COMBO_ROW, "_Orientation"));
  bars = ADW_COMBO_ROW (find_row (window, ADW_TYPE_COMBO_ROW, "_Bars"));
  restore = row_switch (find_row (window, ADW_TYPE_ACTION_ROW, "_Restore the Last Place"));
  values = row_switch (find_row (window, ADW_TYPE_ACTION_ROW, "Show _Values on the Bars"));
  charts = row_switch (find_row (window, ADW_TYPE_ACTION_ROW, "Include _Charts"));
  sources = row_switch (find_row (window, ADW_TYPE_ACTION_ROW, "Include So_urces"));

  /* Settings to rows. */
  g_assert_cmpuint (adw_combo_row_get_selected (page_size), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (orientation), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (bars), ==, 0);
  g_assert_true (gtk_switch_get_active (restore));
  g_assert_true (gtk_switch_get_active (values));
  g_assert_true (gtk_switch_get_active (charts));
  g_assert_false (gtk_switch_get_active (sources));

  g_settings_set_string (settings, "export-orientation", "landscape");
  g_assert_cmpuint (adw_combo_row_get_selected (orientation), ==, 1);

  /* Rows to settings. */
  adw_combo_row_set_selected (page_size, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "export-page-size"), ==, "a4");
  adw_combo_row_set_selected (bars, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "chart-orientation"), ==, "vertical");
  gtk_switch_set_active (restore, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "restore-last-place"));
  gtk_switch_set_active (values, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "chart-show-values"));
  gtk_switch_set_active (charts, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "export-include-charts"));
  gtk_switch_set_active (sources, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "export-include-sources"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  for (const char * const *key = (const char * const[]) { "restore-last-place", "chart-orientation",
                                                         "chart-show-values", "export-page-size",
                                                         "export-orientation", "export-include-charts",
                                                         "export-include-sources", NULL };
       *key != NULL; key++)
    g_settings_reset (settings, *key);
}

static void
test_action (void)
{
  RptApplication *app = rpt_application_new ();
  g_auto(GStrv) accels = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  /* startup ran in register: the actions and their accelerators are there. */
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "preferences"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/rpt/preferences/bindings", test_bindings);
  g_test_add_func ("/rpt/preferences/action", test_action);

  return g_test_run ();
}
