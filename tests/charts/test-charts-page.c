/* test-charts-page.c: the Charts page in a window, on a library of the
 * bundled reports: charts follow the filters, bars open the filtered list,
 * stated counts open their report section, the empty state, and no leaks.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

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

  status = g_test_run ();

  g_clear_pointer (&navigated, g_free);
  g_clear_object (&library);
  return status;
}
