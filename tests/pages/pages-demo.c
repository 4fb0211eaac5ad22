/* pages-demo.c: one detail page in a window, for screenshots.
 *
 *   pages-demo [--dark] deliverable|group|resolution|report KEY [FRAGMENT]
 *
 * Links print "navigate URI" and open that page in the same window.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rpt-deliverable-page.h"
#include "rpt-group-page.h"
#include "rpt-report-page.h"
#include "rpt-resolution-page.h"
#include "rpt-window.h"

static gboolean dark;
static RptLibrary *library;
static GtkWidget *window;

static gboolean
show (const char *kind,
      const char *key,
      const char *fragment)
{
  GtkWidget *page = NULL;
  gboolean found = FALSE;
  gint64 start = g_get_monotonic_time ();
  g_autofree char *title = NULL;

  if (g_str_equal (kind, "deliverable"))
    found = rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (page = rpt_deliverable_page_new (library)), key, fragment);
  else if (g_str_equal (kind, "group"))
    found = rpt_group_page_show (RPT_GROUP_PAGE (page = rpt_group_page_new (library)), key, fragment);
  else if (g_str_equal (kind, "resolution"))
    found = rpt_resolution_page_show (RPT_RESOLUTION_PAGE (page = rpt_resolution_page_new (library)), key, fragment);
  else if (g_str_equal (kind, "report"))
    found = rpt_report_page_show (RPT_REPORT_PAGE (page = rpt_report_page_new (library)), key, fragment);

  if (!found)
    {
      g_printerr ("No %s “%s”\n", kind, key);
      if (page != NULL)
        g_object_unref (g_object_ref_sink (page));
      return FALSE;
    }

  g_printerr ("shown in %.0f ms\n", (g_get_monotonic_time () - start) / 1000.);
  g_object_get (page, "title", &title, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), NULL);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkWidget *header = adw_header_bar_new ();

    adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
    gtk_box_append (GTK_BOX (box), header);
    gtk_widget_set_vexpand (page, TRUE);
    gtk_box_append (GTK_BOX (box), page);
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  }
  return TRUE;
}

/* PAGES_DEMO_SCROLL=0.5 scrolls the page half-way down after a moment, to
 * look at what is below the fold. */
static void
find_scrollers (GtkWidget *widget,
                GPtrArray *scrollers)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    g_ptr_array_add (scrollers, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    find_scrollers (child, scrollers);
}

static gboolean
scroll_later (gpointer data)
{
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  double fraction = g_ascii_strtod (g_getenv ("PAGES_DEMO_SCROLL"), NULL);

  find_scrollers (window, scrollers);
  if (scrollers->len > 0)
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrollers, scrollers->len - 1));

      gtk_adjustment_set_value (adj, fraction * (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)));
    }
  return G_SOURCE_REMOVE;
}

static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget) && g_getenv ("PAGES_DEMO_EXPAND") != NULL &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), g_getenv ("PAGES_DEMO_EXPAND")) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static gint64 started;

static gboolean
first_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  static guint frames;

  if (++frames == 2)
    {
      g_printerr ("second frame after %.0f ms\n", (g_get_monotonic_time () - started) / 1000.);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
navigate (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  const char *uri = g_variant_get_string (parameter, NULL);
  g_autofree char *path = NULL;
  g_autofree char *fragment = NULL;
  g_autofree char *key = NULL;
  char *slash;

  g_print ("navigate %s\n", uri);
  if (!g_str_has_prefix (uri, "rapporteur:"))
    return;
  path = g_strdup (uri + strlen ("rapporteur:"));
  if (strchr (path, '#') != NULL)
    {
      fragment = g_uri_unescape_string (strchr (path, '#') + 1, NULL);
      *strchr (path, '#') = '\0';
    }
  slash = strchr (path, '/');
  if (slash == NULL)
    return;
  *slash = '\0';
  key = g_uri_unescape_string (slash + 1, NULL);
  show (path, key, fragment);
}

static void
activate (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "navigate", navigate, "s", NULL, NULL, { 0 } },
  };
  char **args = g_object_get_data (G_OBJECT (app), "args");
  g_autoptr(GError) error = NULL;

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  library = rpt_library_open (NULL, NULL, &error);
  if (library == NULL)
    g_error ("%s", error->message);

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), NULL);
  if (!show (args[1], args[2], args[3]))
    {
      g_application_quit (app);
      return;
    }
  started = g_get_monotonic_time ();
  gtk_widget_add_tick_callback (window, first_frame, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  expand_all (window);
  if (g_getenv ("PAGES_DEMO_SCROLL") != NULL)
    g_timeout_add (1500, scroll_later, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  char *args[4] = { NULL, };
  int n = 0;

  for (int i = 1; i < argc && n < 4; i++)
    {
      if (g_str_equal (argv[i], "--dark"))
        dark = TRUE;
      else
        args[++n] = argv[i];
    }
  if (n < 2)
    {
      g_printerr ("Usage: pages-demo [--dark] deliverable|group|resolution|report KEY [FRAGMENT]\n");
      return 2;
    }

  rpt_ui_register_resources ();
  app = adw_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_object_set_data (G_OBJECT (app), "args", args);
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
