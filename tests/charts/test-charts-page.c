/* test-charts-page.c: the Charts page in a window, on a library of the
 * bundled reports: charts follow the filters, bars open the filtered list,
 * stated counts open their report section, the empty state, and no leaks;
 * the chart preferences reach every chart at once; the real window shows
 * the filters of a rapporteur:charts?… place and keeps the page's filters
 * in its history; and the page fits a 360 px window.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "rpt-application.h"
#include "rpt-chart-card.h"
#include "rpt-charts-page.h"
#include "rpt-group-page.h"
#include "rpt-test-util.h"
#include "rpt-window.h"

#define REPORT_2022 "001_ed252d99abc55521.txt"
#define REPORT_2023 "003_eed11337dedeec64.txt"

static RptLibrary *library;
static char *navigated;

/* The window's navigation action, as the real window has it. */
static void
navigate (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  g_free (navigated);
  navigated = g_variant_dup_string (parameter, NULL);
}

static GtkWidget *
window_new (GtkWidget *page)
{
  static const GActionEntry entries[] = {
    { "navigate", navigate, "s", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkWidget *window = gtk_window_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  for (guint i = 0; i < n; i++)
    gtk_test_widget_wait_for_draw (widget);
}

static char *
report_key (const char *file)
{
  RptReport *report = rpt_library_find_report (library, file);

  g_assert_nonnull (report);
  return g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));
}

static char *
describe_card (RptChartsPage  *page,
               RptChartsTopic  topic)
{
  RptChartCard *card = rpt_charts_page_get_card (page, topic);

  g_assert_nonnull (card);
  g_assert_nonnull (rpt_chart_card_get_chart (card));
  return rpt_chart_describe (rpt_chart_card_get_chart (card));
}

static void
test_charts_page (void)
{
  GtkWidget *page = rpt_charts_page_new (library);
  RptChartsPage *charts = RPT_CHARTS_PAGE (page);
  RptQuery *query = rpt_charts_page_get_query (charts);
  g_autofree char *k2022 = report_key (REPORT_2022);
  g_autofree char *k2023 = report_key (REPORT_2023);
  RptChartCard *card;
  GtkWidget *window;

  g_object_ref_sink (page);
  window = window_new (page);
  wait_frames (window, 3);

  /* All reports: every chart has data. */
  g_assert_false (rpt_charts_page_is_empty (charts));
  for (RptChartsTopic topic = RPT_CHARTS_BY_GROUP; topic <= RPT_CHARTS_STATED_COUNTED; topic++)
    {
      card = rpt_charts_page_get_card (charts, topic);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (card)));
      g_assert_false (rpt_chart_is_empty (rpt_chart_card_get_chart (card)));
    }
  {
    g_autofree char *uri = rpt_charts_page_dup_uri (charts);

    g_assert_cmpstr (uri, ==, "rapporteur:charts");
  }

  /* The report filter (the filter bar's report drop-down): the 2022-2023
   * report, where SG17 approved 11 texts, agreed 1 and has 3 under
   * approval (tests/charts/test-charts-build.c says where). */
  rpt_query_set_report (query, k2022);
  wait_frames (window, 2);
  {
    g_autofree char *text = describe_card (charts, RPT_CHARTS_BY_GROUP);
    g_autofree char *uri = rpt_charts_page_dup_uri (charts);
    g_autofree char *expected = g_strdup_printf ("rapporteur:charts?report=%s", k2022);

    g_assert_nonnull (strstr (text, "ITU-T SG17: Approved 11, Agreed 1, Under approval 3, total 15."));
    g_assert_cmpstr (uri, ==, expected);
  }
  {
    g_autofree char *text = describe_card (charts, RPT_CHARTS_STATED_COUNTED);

    g_assert_nonnull (strstr (text, "§2.1 Recommendations approved, SGs 11, 13, 17: Counted in the lists 13, Stated in the text 22."));
  }

  /* A bar opens the list filtered to it, with the page's filters. */
  card = rpt_charts_page_get_card (charts, RPT_CHARTS_BY_GROUP);
  g_signal_emit_by_name (rpt_chart_card_get_view (card), "bar-activated", "ITU-T SG17", "approved");
  {
    g_autofree char *expected = g_strdup_printf ("rapporteur:deliverables?group=ITU-T%%20SG17&status=approved&report=%s",
                                                 k2022);

    g_assert_cmpstr (navigated, ==, expected);
  }
  card = rpt_charts_page_get_card (charts, RPT_CHARTS_BY_SERIES);
  g_signal_emit_by_name (rpt_chart_card_get_view (card), "bar-activated", "Y", "consented");
  g_assert_nonnull (strstr (navigated, "status=consented&series=Y&report="));

  /* A stated count opens the report section that states it. */
  card = rpt_charts_page_get_card (charts, RPT_CHARTS_STATED_COUNTED);
  {
    g_autofree char *key = g_strdup_printf ("%s#2.1", k2022);
    g_autofree char *expected = g_strdup_printf ("rapporteur:report/%s#2.1", k2022);

    g_signal_emit_by_name (rpt_chart_card_get_view (card), "bar-activated", key, "stated");
    g_assert_cmpstr (navigated, ==, expected);
  }

  /* Nothing to chart: the empty state, and Clear Filters leaves it. */
  g_object_freeze_notify (G_OBJECT (query));
  rpt_query_set_report (query, k2023);
  rpt_query_set_group (query, "ITU-T SG20");
  rpt_query_set_status (query, "consented");
  g_object_thaw_notify (G_OBJECT (query));
  wait_frames (window, 2);
  g_assert_true (rpt_charts_page_is_empty (charts));
  gtk_widget_activate_action (page, "charts.clear-filters", NULL);
  wait_frames (window, 2);
  g_assert_true (rpt_query_is_empty (query));
  g_assert_false (rpt_charts_page_is_empty (charts));

  /* With all reports, stated versus counted shows the newest report and
   * says so. */
  {
    g_autofree char *text = describe_card (charts, RPT_CHARTS_STATED_COUNTED);

    g_assert_null (strstr (text, "since 2022"));
  }

  /* A place sets the filters. */
  {
    g_autoptr(RptPlace) place = rpt_place_parse ("rapporteur:charts?group=ITU-T%20SG17");
    g_autofree char *text = NULL;

    rpt_charts_page_apply_place (charts, place);
    wait_frames (window, 2);
    g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG17");
    text = describe_card (charts, RPT_CHARTS_BY_PERIOD);
    g_assert_nonnull (strstr (text, "since 2022: ITU-T SG17 15."));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* The small chart of a study group's page. */
static void
test_group_page_chart (void)
{
  GtkWidget *page = rpt_group_page_new (library);
  g_autofree char *k2022 = report_key (REPORT_2022);
  GtkWidget *window;
  GtkBox *box;
  GtkWidget *card;

  g_object_ref_sink (page);
  window = window_new (page);
  g_assert_true (rpt_group_page_show (RPT_GROUP_PAGE (page), "ITU-T SG17", NULL));
  wait_frames (window, 2);

  box = rpt_group_page_get_chart_box (RPT_GROUP_PAGE (page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (box)));
  card = gtk_widget_get_first_child (GTK_WIDGET (box));
  g_assert_true (RPT_IS_CHART_CARD (card));
  {
    g_autofree char *text = rpt_chart_describe (rpt_chart_card_get_chart (RPT_CHART_CARD (card)));

    g_assert_nonnull (strstr (text, "since 2022: Approved 11, Agreed 1, Under approval 3, total 15."));
  }

  /* A bar of the group's chart: that group, report and status. */
  g_signal_emit_by_name (rpt_chart_card_get_view (RPT_CHART_CARD (card)), "bar-activated", k2022, "agreed");
  {
    g_autofree char *expected = g_strdup_printf ("rapporteur:deliverables?group=ITU-T%%20SG17&status=agreed&report=%s",
                                                 k2022);

    g_assert_cmpstr (navigated, ==, expected);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static RptChartOrientation
card_orientation (RptChartCard *card)
{
  return rpt_chart_get_orientation (rpt_chart_card_get_chart (card));
}

/* Preferences ▸ Charts: "Bars" and "Show Values on the Bars" change every
 * chart at once, on the Charts page and on a group's page. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  GtkWidget *page = rpt_charts_page_new (library);
  RptChartsPage *charts = RPT_CHARTS_PAGE (page);
  GtkWidget *group_page = rpt_group_page_new (library);
  RptChartCard *group_card;
  GtkWidget *window, *group_window;
  RptChartRect plot_with, plot_without;

  g_settings_reset (settings, "chart-orientation");
  g_settings_reset (settings, "chart-show-values");

  g_object_ref_sink (page);
  g_object_ref_sink (group_page);
  window = window_new (page);
  group_window = window_new (group_page);
  g_assert_true (rpt_group_page_show (RPT_GROUP_PAGE (group_page), "ITU-T SG17", NULL));
  wait_frames (window, 3);
  wait_frames (group_window, 2);
  group_card = RPT_CHART_CARD (gtk_widget_get_first_child (GTK_WIDGET (rpt_group_page_get_chart_box (RPT_GROUP_PAGE (group_page)))));
  g_assert_true (RPT_IS_CHART_CARD (group_card));

  /* The default: horizontal bars with their values. */
  for (RptChartsTopic topic = RPT_CHARTS_BY_GROUP; topic <= RPT_CHARTS_STATED_COUNTED; topic++)
    {
      RptChartCard *card = rpt_charts_page_get_card (charts, topic);
      RptChart *chart = rpt_chart_card_get_chart (card);

      if (rpt_chart_get_kind (chart) != RPT_CHART_LINES)
        g_assert_cmpint (card_orientation (card), ==, RPT_CHART_HORIZONTAL);
      g_assert_true (rpt_chart_get_show_values (chart));
    }
  g_assert_cmpint (card_orientation (group_card), ==, RPT_CHART_HORIZONTAL);
  g_assert_true (rpt_chart_get_plot_rect (rpt_chart_card_get_chart (rpt_charts_page_get_card (charts, RPT_CHARTS_BY_GROUP)),
                                          &plot_with));

  /* Vertical: every bar chart turns, without a rebuild or a new place. */
  g_settings_set_string (settings, "chart-orientation", "vertical");
  for (RptChartsTopic topic = RPT_CHARTS_BY_GROUP; topic <= RPT_CHARTS_STATED_COUNTED; topic++)
    {
      RptChartCard *card = rpt_charts_page_get_card (charts, topic);

      g_assert_cmpint (card_orientation (card), ==, RPT_CHART_VERTICAL);
      g_assert_cmpint (rpt_chart_view_get_orientation (rpt_chart_card_get_view (card)), ==, RPT_CHART_VERTICAL);
    }
  g_assert_cmpint (card_orientation (group_card), ==, RPT_CHART_VERTICAL);
  wait_frames (window, 2);
  {
    RptChartRect bar;
    RptChart *chart = rpt_chart_card_get_chart (rpt_charts_page_get_card (charts, RPT_CHARTS_BY_GROUP));

    /* Drawn so: the first bar stands on the plot's bottom edge. */
    g_assert_true (rpt_chart_get_bar_rect (chart, 0, 0, &bar));
    g_assert_cmpfloat (bar.height, >, bar.width * 0.2);
    g_assert_true (rpt_chart_get_plot_rect (chart, &plot_with));
    g_assert_cmpfloat (fabs (bar.y + bar.height - (plot_with.y + plot_with.height)), <=, 2);
  }

  /* The charts made for new filters follow it too. */
  rpt_query_set_group (rpt_charts_page_get_query (charts), "ITU-T SG17");
  wait_frames (window, 2);
  g_assert_cmpint (card_orientation (rpt_charts_page_get_card (charts, RPT_CHARTS_BY_KIND)), ==, RPT_CHART_VERTICAL);
  rpt_query_set_group (rpt_charts_page_get_query (charts), NULL);

  /* No values; horizontal again: the plot reaches further right without
   * the room kept for the values past the bars. */
  g_settings_set_string (settings, "chart-orientation", "horizontal");
  wait_frames (window, 2);
  g_assert_true (rpt_chart_get_plot_rect (rpt_chart_card_get_chart (rpt_charts_page_get_card (charts, RPT_CHARTS_BY_GROUP)),
                                          &plot_with));
  g_settings_set_boolean (settings, "chart-show-values", FALSE);
  for (RptChartsTopic topic = RPT_CHARTS_BY_GROUP; topic <= RPT_CHARTS_STATED_COUNTED; topic++)
    g_assert_false (rpt_chart_get_show_values (rpt_chart_card_get_chart (rpt_charts_page_get_card (charts, topic))));
  g_assert_false (rpt_chart_get_show_values (rpt_chart_card_get_chart (group_card)));
  g_assert_cmpint (card_orientation (group_card), ==, RPT_CHART_HORIZONTAL);
  wait_frames (window, 2);
  g_assert_true (rpt_chart_get_plot_rect (rpt_chart_card_get_chart (rpt_charts_page_get_card (charts, RPT_CHARTS_BY_GROUP)),
                                          &plot_without));
  g_assert_cmpfloat (plot_without.width, >, plot_with.width);

  g_settings_reset (settings, "chart-orientation");
  g_settings_reset (settings, "chart-show-values");

  gtk_window_destroy (GTK_WINDOW (group_window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (group_page);
  g_assert_finalize_object (page);
}

/* The stated counts' labels: wrapped rather than cut, and whole in the
 * tooltip text and the accessible description. */
static void
test_stated_labels (void)
{
  GtkWidget *page = rpt_charts_page_new (library);
  RptChartsPage *charts = RPT_CHARTS_PAGE (page);
  g_autofree char *k2022 = report_key (REPORT_2022);
  GtkWidget *window;
  RptChartCard *card;
  RptChart *chart;
  PangoContext *context;
  guint wrapped = 0, n;

  g_object_ref_sink (page);
  window = window_new (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  rpt_query_set_report (rpt_charts_page_get_query (charts), k2022);
  wait_frames (window, 3);
  rpt_charts_page_refresh (charts);
  wait_frames (window, 2);

  card = rpt_charts_page_get_card (charts, RPT_CHARTS_STATED_COUNTED);
  chart = rpt_chart_card_get_chart (card);
  context = gtk_widget_get_pango_context (GTK_WIDGET (rpt_chart_card_get_view (card)));
  n = rpt_chart_get_n_categories (chart);
  g_assert_cmpuint (n, >, 3);
  for (guint c = 0; c < n; c++)
    {
      RptChartRect label;
      guint lines = rpt_chart_get_label_lines (chart, context, c);
      g_autofree char *tip = rpt_chart_describe_category (chart, c);

      /* Every label is drawn (a row each), on up to three lines. */
      g_assert_cmpuint (lines, >=, 1);
      g_assert_cmpuint (lines, <=, 3);
      if (lines > 1)
        wrapped++;
      g_assert_true (rpt_chart_get_label_rect (chart, c, &label));
      g_assert_true (rpt_chart_hit_test_label (chart, label.x + label.width / 2, label.y + label.height / 2, NULL));
      /* The tooltip starts with the whole label. */
      g_assert_true (g_str_has_prefix (tip, rpt_chart_get_category_label (chart, c)));
    }
  /* At 360 px, "§2.1 Recommendations approved, SGs 11, 13, 17" needs more than a line. */
  g_assert_cmpuint (wrapped, >, 0);

  /* The report's own sentence is in the description (screen readers). */
  {
    g_autofree char *text = rpt_chart_describe (chart);
    guint with_quote = 0;

    for (guint c = 0; c < n; c++)
      if (rpt_chart_get_category_description (chart, c) != NULL)
        {
          g_assert_nonnull (strstr (text, rpt_chart_get_category_description (chart, c)));
          with_quote++;
        }
    g_assert_cmpuint (with_quote, >, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The real window: a rapporteur:charts?… link shows its filters, the
 * page's filters are the step's URI (so Back, Forward and the restored
 * last place keep them), and the page fits a 360 px window. */
static void
test_window_places (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  RptApplication *app = rpt_application_new ();
  g_autofree char *k2022 = report_key (REPORT_2022);
  g_autofree char *with_report = NULL;
  RptWindow *window;
  RptChartsPage *charts;
  RptQuery *query;
  GtkWidget *page;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_settings_set_int (settings, "window-width", 1100);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = rpt_window_new_for_library (GTK_APPLICATION (app), settings, library);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  while (!rpt_window_get_ready (window))
    g_main_context_iteration (NULL, TRUE);

  /* A link to the charts of one group (a bar's or a page's). */
  rpt_window_navigate (window, "rapporteur:charts?group=ITU-T%20SG17");
  wait_frames (GTK_WIDGET (window), 3);
  page = rpt_window_get_visible_page (window);
  g_assert_true (RPT_IS_CHARTS_PAGE (page));
  charts = RPT_CHARTS_PAGE (page);
  query = rpt_charts_page_get_query (charts);
  g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG17");
  g_assert_cmpstr (rpt_window_get_place (window), ==, "rapporteur:charts?group=ITU-T%20SG17");
  {
    g_autofree char *text = describe_card (charts, RPT_CHARTS_BY_GROUP);

    /* Only SG17's bar. */
    g_assert_nonnull (strstr (text, "ITU-T SG17:"));
    g_assert_null (strstr (text, "ITU-T SG13:"));
  }

  /* The filter bar changes the filters: the place says so, in the same step. */
  rpt_query_set_report (query, k2022);
  wait_frames (GTK_WIDGET (window), 2);
  with_report = g_strdup_printf ("rapporteur:charts?group=ITU-T%%20SG17&report=%s", k2022);
  g_assert_cmpstr (rpt_window_get_place (window), ==, with_report);
  g_assert_cmpstr (g_settings_get_string (settings, "last-place"), ==, with_report);

  /* Elsewhere and Back: the same charts, with the same filters. */
  rpt_window_navigate (window, "rapporteur:charts");
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (rpt_query_get_group (query));
  g_assert_cmpstr (rpt_window_get_place (window), ==, "rapporteur:charts");
  rpt_window_navigate (window, "rapporteur:deliverables");
  wait_frames (GTK_WIDGET (window), 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (rpt_window_get_visible_page (window) == page);
  g_assert_cmpstr (rpt_window_get_place (window), ==, "rapporteur:charts");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (rpt_window_get_place (window), ==, with_report);
  g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG17");
  g_assert_cmpstr (rpt_query_get_report (query), ==, k2022);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-forward", NULL);
  wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (rpt_query_get_group (query));

  /* 360 px: the sidebar folds away and the charts fit. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  for (guint i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* Folded, a place shows the content, not the sidebar. */
  rpt_window_navigate (window, "rapporteur:charts");
  for (guint i = 0; i < 4; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (rpt_window_get_visible_page (window) == page);
  g_assert_cmpint (gtk_widget_get_width (page), <=, 360);
  {
    GtkWidget *card = find_widget (page, RPT_TYPE_CHART_CARD);

    g_assert_nonnull (card);
    g_assert_cmpint (gtk_widget_get_width (card), <=, 360);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_clear_object (&app);
  g_settings_reset (settings, "last-place");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  rpt_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  rpt_ui_register_resources ();

  library = rpt_library_open (NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rpt/charts/page", test_charts_page);
  g_test_add_func ("/rpt/charts/group-page", test_group_page_chart);
  g_test_add_func ("/rpt/charts/preferences", test_preferences);
  g_test_add_func ("/rpt/charts/stated-labels", test_stated_labels);
  g_test_add_func ("/rpt/charts/window-places", test_window_places);

  status = g_test_run ();

  g_clear_pointer (&navigated, g_free);
  g_clear_object (&library);
  return status;
}
