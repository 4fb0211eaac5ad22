/* chart-demo.c: a window with sample charts, for the AT-SPI test and for
 * looking at the charts (screenshots in light and dark).
 *
 *   chart-demo [--dark] [--kind stacked|grouped|lines|stated|series|all]
 *              [--horizontal] [--rtl]
 *   chart-demo [--dark] --page LIBRARY.db [--width N] [--height N]
 *              [--vertical-pref] [--no-values]
 *     (the Charts page on a library, with the chart preferences given;
 *     run with GSETTINGS_SCHEMA_DIR set to the build's data folder)
 *
 * Prints "activated CATEGORY-KEY SERIES-KEY" when a bar is activated.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rpt-chart-view.h"
#include "rpt-charts-page.h"
#include "rpt-resources.h"

static gboolean dark;
static gboolean horizontal;
static gboolean rtl;
static char *kind = NULL;
static char *page_library = NULL;
static int width = 0;
static int height = 0;
static gboolean vertical_pref;
static gboolean no_values;

/* The Charts page alone, as the window shows it (screenshots at any width:
 * the real window opens folded on its sidebar). */
static void
show_charts_page (GtkWidget *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) library = rpt_library_open (page_library, NULL, &error);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.rapporteur.Rapporteur");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page;

  if (library == NULL)
    g_error ("%s", error->message);
  /* The page's template, as the window registers it. */
  g_resources_register (rpt_get_resource ());
  g_settings_set_string (settings, "chart-orientation", vertical_pref ? "vertical" : "horizontal");
  g_settings_set_boolean (settings, "chart-show-values", !no_values);

  page = rpt_charts_page_new (library);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width > 0 ? width : 1280, height > 0 ? height : 800);
  gtk_window_present (GTK_WINDOW (window));
}

/* Report 001: approvals by study group (SG11 3, SG12 1, SG13 6, SG17 4). */
static RptChart *
approvals_chart (void)
{
  RptChart *chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Approvals per study group, report 001");
  const char *groups[] = { "SG11", "SG12", "SG13", "SG17" };
  const char *statuses[] = { "approved", "consented", "determined", "agreed" };
  const char *labels[] = { "Approved", "Consented", "Determined", "Agreed" };
  const double values[4][4] = {
    { 2, 1, 0, 0 },
    { 1, 0, 0, 0 },
    { 4, 1, 1, 0 },
    { 3, 0, 0, 1 },
  };

  rpt_chart_set_axis_titles (chart, "Study group", "Texts");
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    rpt_chart_add_series (chart, labels[s], statuses[s]);
  for (guint c = 0; c < G_N_ELEMENTS (groups); c++)
    {
      g_autofree char *key = g_strdup_printf ("ITU-T %s", groups[c]);

      rpt_chart_add_category (chart, groups[c], key);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        rpt_chart_set_value (chart, c, s, values[c][s]);
    }
  if (horizontal)
    rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);

  return chart;
}

static RptChart *
stated_chart (void)
{
  RptChart *chart = rpt_chart_new (RPT_CHART_STATED_COUNTED, "Stated versus counted");
  const char *labels[] = {
    "Approved by ITU-T SGs 11, 13 and 17",
    "ITU-T texts approved, March 2022 to April 2023",
    "IPv6 deliverables",
    "IoT and smart cities (SG20)",
  };
  const double stated[] = { 22, 330, NAN, 12 };
  const double counted[] = { 19, 41, 7, 12 };

  rpt_chart_set_axis_titles (chart, "Stated count", "Texts");
  rpt_chart_add_series (chart, "Counted", "counted");
  for (guint c = 0; c < G_N_ELEMENTS (labels); c++)
    {
      g_autofree char *key = g_strdup_printf ("stated-%u", c + 1);

      rpt_chart_add_category (chart, labels[c], key);
      rpt_chart_set_value (chart, c, 0, counted[c]);
      rpt_chart_set_reference (chart, c, stated[c]);
    }
  if (!horizontal)
    rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);

  return chart;
}

static RptChart *
periods_chart (RptChartKind chart_kind)
{
  RptChart *chart = rpt_chart_new (chart_kind, "Approvals per report period");
  const char *reports[] = { "2017", "2019", "2021", "2022", "2024" };
  const char *groups[] = { "SG13", "SG17", "SG20" };
  const double values[5][3] = {
    { 14, 9, 4 }, { 18, 12, 7 }, { 11, 15, 9 }, { 16, 10, 12 }, { 21, 13, 8 },
  };

  rpt_chart_set_axis_titles (chart, "Report", "Approved texts");
  for (guint s = 0; s < G_N_ELEMENTS (groups); s++)
    {
      g_autofree char *key = g_strdup_printf ("ITU-T %s", groups[s]);

      rpt_chart_add_series (chart, groups[s], key);
    }
  for (guint c = 0; c < G_N_ELEMENTS (reports); c++)
    {
      rpt_chart_add_category (chart, reports[c], reports[c]);
      for (guint s = 0; s < G_N_ELEMENTS (groups); s++)
        rpt_chart_set_value (chart, c, s, values[c][s]);
    }

  return chart;
}

/* By series letter: long names, to show rotated and ellipsized labels. */
static RptChart *
series_chart (void)
{
  RptChart *chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Approvals by series");
  const char *series[][2] = {
    { "Y", "Y – Global information infrastructure and Internet" },
    { "X", "X – Data networks and security" },
    { "Q", "Q – Switching and signalling" },
    { "H", "H – Audiovisual and multimedia systems" },
    { "F", "F – Non-telephone telecommunication services" },
    { "J", "J – Cable networks and television" },
    { "L", "L – Environment and circular economy" },
    { "G", "G – Transmission systems and media" },
    { "E", "E – Overall network operation" },
    { "P", "P – Telephone transmission quality" },
    { "T", "T – Terminals for telematic services" },
    { "K", "K – Protection against interference" },
  };

  rpt_chart_set_axis_titles (chart, "Series", "Texts");
  rpt_chart_add_series (chart, "Approved", "approved");
  rpt_chart_add_series (chart, "Consented", "consented");
  rpt_chart_add_series (chart, "Under approval", "under-approval");
  for (guint c = 0; c < G_N_ELEMENTS (series); c++)
    {
      rpt_chart_add_category (chart, series[c][1], series[c][0]);
      rpt_chart_set_value (chart, c, 0, (c * 7) % 13 + 2);
      rpt_chart_set_value (chart, c, 1, (c * 5) % 4);
      rpt_chart_set_value (chart, c, 2, c % 3 == 0 ? 2 : 0);
    }
  if (horizontal)
    rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);

  return chart;
}

static void
on_bar_activated (RptChartView *view,
                  const char   *category_key,
                  const char   *series_key,
                  gpointer      user_data)
{
  g_print ("activated %s %s\n", category_key, series_key);
  /* the AT-SPI test reads this from a file while the demo runs */
  fflush (stdout);
}

static GtkWidget *
add_view (GtkWidget *grid,
          RptChart  *chart,
          int        column,
          int        row)
{
  GtkWidget *view = rpt_chart_view_new (chart);

  gtk_widget_set_hexpand (view, TRUE);
  gtk_widget_set_vexpand (view, TRUE);
  g_signal_connect (view, "bar-activated", G_CALLBACK (on_bar_activated), NULL);
  gtk_grid_attach (GTK_GRID (grid), view, column, row, 1, 1);
  rpt_chart_unref (chart);

  return view;
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *first = NULL;

  if (rtl)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  gtk_window_set_title (GTK_WINDOW (window), "Chart demo");
  if (page_library != NULL)
    {
      show_charts_page (window);
      return;
    }
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_add_css_class (box, "view");
  gtk_box_append (GTK_BOX (box), grid);

  if (kind == NULL || g_str_equal (kind, "all"))
    {
      first = add_view (grid, approvals_chart (), 0, 0);
      add_view (grid, stated_chart (), 1, 0);
      add_view (grid, periods_chart (RPT_CHART_GROUPED_BARS), 0, 1);
      add_view (grid, periods_chart (RPT_CHART_LINES), 1, 1);
      gtk_window_set_default_size (GTK_WINDOW (window), 1240, 760);
    }
  else
    {
      RptChart *chart;

      if (g_str_equal (kind, "stated"))
        chart = stated_chart ();
      else if (g_str_equal (kind, "grouped"))
        chart = periods_chart (RPT_CHART_GROUPED_BARS);
      else if (g_str_equal (kind, "lines"))
        chart = periods_chart (RPT_CHART_LINES);
      else if (g_str_equal (kind, "series"))
        chart = series_chart ();
      else
        chart = approvals_chart ();
      first = add_view (grid, chart, 0, 0);
      gtk_window_set_default_size (GTK_WINDOW (window), 640, 440);
    }

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (first);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "horizontal", 0, 0, G_OPTION_ARG_NONE, &horizontal, "Horizontal bars", NULL },
    { "rtl", 0, 0, G_OPTION_ARG_NONE, &rtl, "Right to left", NULL },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, "stacked, grouped, lines, stated, series or all", "KIND" },
    { "page", 0, 0, G_OPTION_ARG_FILENAME, &page_library, "The Charts page on this library", "LIBRARY" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width (--page)", "N" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height (--page)", "N" },
    { "vertical-pref", 0, 0, G_OPTION_ARG_NONE, &vertical_pref, "Vertical bars preference (--page)", NULL },
    { "no-values", 0, 0, G_OPTION_ARG_NONE, &no_values, "No values on the bars (--page)", NULL },
    { NULL }
  };
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_set_prgname ("chart-demo");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  app = adw_application_new ("io.github.rapporteur.ChartDemo", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
