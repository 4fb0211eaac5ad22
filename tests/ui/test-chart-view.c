/* test-chart-view.c: the chart widget in a real window — drawing, keyboard
 * focus between bars, activation by key and click, hover, the accessible
 * description, and no leaks.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rpt-chart-view.h"
#include "rpt-test-util.h"

typedef struct
{
  GtkWidget *window;
  GtkWidget *view;
  RptChart  *chart;
  GPtrArray *activated;  /* "category|series" */
} Fixture;

/* Report 001: approvals by study group and status. */
static RptChart *
sample_chart (void)
{
  RptChart *chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Approvals per study group");
  const char *groups[] = { "SG11", "SG12", "SG13", "SG17" };
  const double values[4][3] = { { 2, 1, 0 }, { 1, 0, 0 }, { 4, 1, 1 }, { 3, 0, 1 } };

  rpt_chart_add_series (chart, "Approved", "approved");
  rpt_chart_add_series (chart, "Consented", "consented");
  rpt_chart_add_series (chart, "Agreed", "agreed");
  for (guint c = 0; c < G_N_ELEMENTS (groups); c++)
    {
      g_autofree char *key = g_strdup_printf ("ITU-T %s", groups[c]);

      rpt_chart_add_category (chart, groups[c], key);
      for (guint s = 0; s < 3; s++)
        rpt_chart_set_value (chart, c, s, values[c][s]);
    }

  return chart;
}

static void
on_bar_activated (RptChartView *view,
                  const char   *category_key,
                  const char   *series_key,
                  Fixture      *fixture)
{
  g_ptr_array_add (fixture->activated, g_strdup_printf ("%s|%s", category_key, series_key));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->chart = sample_chart ();
  fixture->window = gtk_window_new ();
  g_object_ref_sink (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 400);
  fixture->view = rpt_chart_view_new (fixture->chart);
  g_object_ref (fixture->view);
  g_signal_connect (fixture->view, "bar-activated", G_CALLBACK (on_bar_activated), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->view);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->view);
  g_clear_pointer (&fixture->chart, rpt_chart_unref);
  g_ptr_array_unref (fixture->activated);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type,
                 guint      button)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        continue;
      if (GTK_IS_GESTURE_SINGLE (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) != button)
        continue;
      return controller;
    }

  g_assert_not_reached ();
}

/* Delivers a key press to the view's own key controller, as GTK would. */
static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  GtkEventController *keys = find_controller (fixture->view, GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
assert_focus (Fixture *fixture,
              guint    category,
              guint    series)
{
  guint c, s;

  g_assert_true (rpt_chart_view_get_focus_bar (RPT_CHART_VIEW (fixture->view), &c, &s));
  g_assert_cmpuint (c, ==, category);
  g_assert_cmpuint (s, ==, series);
}

static void
test_draws (Fixture       *fixture,
            gconstpointer  data)
{
  RptChartRect plot;

  g_assert_true (gtk_widget_get_mapped (fixture->view));
  g_assert_true (rpt_chart_view_get_chart (RPT_CHART_VIEW (fixture->view)) == fixture->chart);
  /* The renderer laid the chart out at the widget's size. */
  g_assert_true (rpt_chart_get_plot_rect (fixture->chart, &plot));
  g_assert_cmpfloat (plot.x + plot.width, <=, gtk_widget_get_width (fixture->view));
  g_assert_cmpfloat (plot.y + plot.height, <=, gtk_widget_get_height (fixture->view));
  /* 2 + 1 + 3 + 2 non-zero segments */
  g_assert_cmpuint (rpt_chart_get_n_bars (fixture->chart), ==, 8);
  g_assert_cmpint (gtk_widget_get_width (fixture->view), >=, 500);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_true (gtk_widget_get_focusable (fixture->view));
  g_assert_true (gtk_widget_grab_focus (fixture->view));
  g_assert_true (gtk_widget_has_focus (fixture->view));

  /* Focus lands on the first bar. */
  assert_focus (fixture, 0, 0);

  /* Right: next study group, same status where it has one. */
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 1, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 2, 0);

  /* Up climbs the stack; it stops at the top. */
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  assert_focus (fixture, 2, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  assert_focus (fixture, 2, 2);
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  assert_focus (fixture, 2, 2);

  /* SG17 has no "consented" segment: Right from SG13's top finds "agreed". */
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 3, 2);
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  assert_focus (fixture, 3, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 3, 0);

  /* Left from SG12 (one segment) keeps the status. */
  g_assert_true (press_key (fixture, GDK_KEY_Home));
  assert_focus (fixture, 0, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  assert_focus (fixture, 0, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 1, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Left));
  assert_focus (fixture, 0, 0);
  g_assert_true (press_key (fixture, GDK_KEY_End));
  assert_focus (fixture, 3, 2);

  /* Enter and Space activate the focused bar. */
  g_assert_cmpuint (fixture->activated->len, ==, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Return));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "ITU-T SG17|agreed");
  g_assert_true (press_key (fixture, GDK_KEY_Left));
  g_assert_true (press_key (fixture, GDK_KEY_space));
  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 1), ==, "ITU-T SG13|agreed");

  /* Other keys go on to the window. */
  g_assert_false (press_key (fixture, GDK_KEY_a));

  gtk_test_widget_wait_for_draw (fixture->view);
}

static void
test_horizontal_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  rpt_chart_set_orientation (fixture->chart, RPT_CHART_HORIZONTAL);
  rpt_chart_view_set_chart (RPT_CHART_VIEW (fixture->view), fixture->chart);
  gtk_widget_grab_focus (fixture->view);
  gtk_test_widget_wait_for_draw (fixture->view);

  assert_focus (fixture, 0, 0);
  /* Rows go down, segments go right. */
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  assert_focus (fixture, 1, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 2, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  assert_focus (fixture, 1, 0);
}

static void
test_rtl_keyboard (Fixture       *fixture,
                   gconstpointer  data)
{
  RptChartRect first, second;

  gtk_widget_set_direction (fixture->view, GTK_TEXT_DIR_RTL);
  gtk_widget_grab_focus (fixture->view);
  gtk_test_widget_wait_for_draw (fixture->view);

  /* Mirrored: SG11 on the right, and Left goes on to SG12. */
  g_assert_true (rpt_chart_get_bar_rect (fixture->chart, 0, 0, &first));
  g_assert_true (rpt_chart_get_bar_rect (fixture->chart, 1, 0, &second));
  g_assert_cmpfloat (first.x, >, second.x);
  assert_focus (fixture, 0, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Left));
  assert_focus (fixture, 1, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  assert_focus (fixture, 0, 0);
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  GtkEventController *click = find_controller (fixture->view, GTK_TYPE_GESTURE_CLICK, GDK_BUTTON_PRIMARY);
  GtkEventController *motion = find_controller (fixture->view, GTK_TYPE_EVENT_CONTROLLER_MOTION, 0);
  RptChartRect rect;

  g_assert_true (rpt_chart_get_bar_rect (fixture->chart, 2, 1, &rect));

  /* Hovering a bar shows a pointer cursor. */
  g_signal_emit_by_name (motion, "motion", rect.x + rect.width / 2, rect.y + rect.height / 2);
  g_assert_nonnull (gtk_widget_get_cursor (fixture->view));
  g_signal_emit_by_name (motion, "motion", 1.0, 1.0);
  g_assert_null (gtk_widget_get_cursor (fixture->view));

  g_signal_emit_by_name (click, "released", 1, rect.x + rect.width / 2, rect.y + rect.height / 2);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "ITU-T SG13|consented");
  assert_focus (fixture, 2, 1);

  /* Clicking between bars does nothing. */
  g_signal_emit_by_name (click, "released", 1, 2.0, 2.0);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *description = rpt_chart_describe (fixture->chart);
  g_autoptr(RptChart) other = rpt_chart_new (RPT_CHART_GROUPED_BARS, "Approvals by series");
  g_autofree char *other_description = NULL;

  g_assert_nonnull (strstr (description, "SG13: Approved 4, Consented 1, Agreed 1, total 6."));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Approvals per study group");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* A new chart, a new description. */
  rpt_chart_add_series (other, "Count", "count");
  rpt_chart_add_category (other, "Y", "Y");
  rpt_chart_set_value (other, 0, 0, 12);
  other_description = rpt_chart_describe (other);
  rpt_chart_view_set_chart (RPT_CHART_VIEW (fixture->view), other);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Approvals by series");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, other_description);
  g_assert_nonnull (strstr (other_description, "Y: Count 12."));

  /* Changing a chart in place and setting it again updates it too. */
  rpt_chart_set_value (other, 0, 0, 13);
  rpt_chart_view_set_chart (RPT_CHART_VIEW (fixture->view), other);
  g_clear_pointer (&other_description, g_free);
  other_description = rpt_chart_describe (other);
  g_assert_nonnull (strstr (other_description, "Y: Count 13."));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, other_description);
  gtk_test_widget_wait_for_draw (fixture->view);
}

static void
test_dark_and_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(RptChart) empty = rpt_chart_new (RPT_CHART_STACKED_BARS, "Nothing");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  gtk_widget_queue_draw (fixture->view);
  gtk_test_widget_wait_for_draw (fixture->view);

  rpt_chart_view_set_chart (RPT_CHART_VIEW (fixture->view), empty);
  gtk_test_widget_wait_for_draw (fixture->view);
  g_assert_false (rpt_chart_view_get_focus_bar (RPT_CHART_VIEW (fixture->view), NULL, NULL));
  gtk_widget_grab_focus (fixture->view);
  g_assert_false (press_key (fixture, GDK_KEY_Right));
  g_assert_false (rpt_chart_view_get_focus_bar (RPT_CHART_VIEW (fixture->view), NULL, NULL));

  rpt_chart_view_set_chart (RPT_CHART_VIEW (fixture->view), NULL);
  gtk_test_widget_wait_for_draw (fixture->view);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_finalize_alone (void)
{
  g_autoptr(RptChart) chart = sample_chart ();
  GtkWidget *view = rpt_chart_view_new (chart);

  g_object_ref_sink (view);
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);
  /* GTK's test accessibility backend records the properties set on a
   * widget without a screen reader (GTK_A11Y=none would record nothing). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_init ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/rpt/chart-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("draws", test_draws);
  ADD ("keyboard", test_keyboard);
  ADD ("horizontal-keyboard", test_horizontal_keyboard);
  ADD ("rtl-keyboard", test_rtl_keyboard);
  ADD ("click", test_click);
  ADD ("accessible", test_accessible);
  ADD ("dark-and-empty", test_dark_and_empty);
  g_test_add_func ("/rpt/chart-view/finalize", test_finalize_alone);

#undef ADD

  return g_test_run ();
}
