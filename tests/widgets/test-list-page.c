/* test-list-page.c: the list pages on a library of the bundled reports —
 * sorting by each column, filters that combine, multi-selection, the empty
 * state, Remove from Library on the Reports list, and the window at 360 px.
 *
 * The expected rows come from reading data/corpus, not from the program.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rpt-application.h"
#include "rpt-filter-bar.h"
#include "rpt-list-page.h"
#include "rpt-test-util.h"
#include "rpt-window.h"

static RptLibrary *library;
static GVariant *removed_target;

/* The window's win.remove-report, as rpt-import-controller.c installs it. */
static void
remove_report (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  g_clear_pointer (&removed_target, g_variant_unref);
  removed_target = g_variant_ref (parameter);
}

static void
navigate (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
}

static GtkWidget *
window_new (GtkWidget *page,
            int        width)
{
  static const GActionEntry entries[] = {
    { "navigate", navigate, "s", NULL, NULL, { 0 } },
    { "remove-report", remove_report, "x", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkWidget *window = gtk_window_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static GtkWidget *
page_new (RptListKind kind)
{
  return g_object_ref_sink (rpt_list_page_new (library, kind));
}

static void
close_window (GtkWidget *window,
              GtkWidget *page)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static GtkColumnViewColumn *
find_column (RptListPage *page,
             const char  *title)
{
  GListModel *columns = gtk_column_view_get_columns (rpt_list_page_get_view (page));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_error ("No column titled “%s”", title);
}

static void
sort_by (RptListPage *page,
         const char  *title,
         GtkSortType  direction)
{
  gtk_column_view_sort_by_column (rpt_list_page_get_view (page), find_column (page, title), direction);
}

/* The deliverable ids as listed, top to bottom. */
static GPtrArray *
listed_ids (RptListPage *page)
{
  GListModel *model = rpt_list_page_get_model (page);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RptDeliverable) deliverable = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, g_strdup (rpt_deliverable_get_id (deliverable)));
    }
  return ids;
}

static guint
position_of (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;
  g_error ("%s is not listed", id);
}

static gboolean
is_title_only (RptDeliverable *deliverable)
{
  return g_strcmp0 (rpt_deliverable_get_id (deliverable), rpt_deliverable_get_title (deliverable)) == 0;
}

static void
test_sort_by_id (void)
{
  GtkWidget *page = page_new (RPT_LIST_DELIVERABLES);
  GtkWidget *window = window_new (page, 1000);
  GListModel *model = rpt_list_page_get_model (RPT_LIST_PAGE (page));
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) reversed = NULL;
  gboolean seen_title_only = FALSE;
  guint n_title_only = 0;

  sort_by (RPT_LIST_PAGE (page), "ID", GTK_SORT_ASCENDING);
  ids = listed_ids (RPT_LIST_PAGE (page));

  /* ITU-T numbers in numeric order, part by part. */
  g_assert_cmpuint (position_of (ids, "X.509"), <, position_of (ids, "X.1044"));
  g_assert_cmpuint (position_of (ids, "X.1044"), <, position_of (ids, "X.1813"));
  g_assert_cmpuint (position_of (ids, "X.785"), <, position_of (ids, "X.1813"));
  g_assert_cmpuint (position_of (ids, "F.743.4"), <, position_of (ids, "F.743.10"));
  g_assert_cmpuint (position_of (ids, "F.751.3"), <, position_of (ids, "F.751.22"));
  g_assert_cmpuint (position_of (ids, "Y.1540 Amd.1"), <, position_of (ids, "Y.1540 Amd.2"));
  g_assert_cmpuint (position_of (ids, "A.5"), <, position_of (ids, "A.25"));

  /* Deliverables named only by a title ("5G related policy considering
   * MVNOs", SG3, report of 2024) come after every id. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RptDeliverable) deliverable = g_list_model_get_item (model, i);

      if (is_title_only (deliverable))
        {
          seen_title_only = TRUE;
          n_title_only++;
        }
      else if (seen_title_only)
        g_error ("%s comes after a deliverable without an id", rpt_deliverable_get_id (deliverable));
    }
  g_assert_cmpuint (n_title_only, >, 0);
  g_assert_cmpuint (position_of (ids, "5G related policy considering MVNOs"), >, position_of (ids, "Y.3129"));

  sort_by (RPT_LIST_PAGE (page), "ID", GTK_SORT_DESCENDING);
  reversed = listed_ids (RPT_LIST_PAGE (page));
  g_assert_cmpuint (reversed->len, ==, ids->len);
  g_assert_cmpuint (position_of (reversed, "X.1813"), <, position_of (reversed, "X.509"));

  close_window (window, page);
}

static int
collate (const char *a,
         const char *b)
{
  g_autofree char *x = g_utf8_casefold (a ? a : "", -1);
  g_autofree char *y = g_utf8_casefold (b ? b : "", -1);

  return g_utf8_collate (x, y);
}

static void
test_sort_by_title_status_group (void)
{
  GtkWidget *page = page_new (RPT_LIST_DELIVERABLES);
  GtkWidget *window = window_new (page, 1000);
  GListModel *model = rpt_list_page_get_model (RPT_LIST_PAGE (page));
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) ids = NULL;
  gboolean seen_no_group = FALSE;

  g_assert_cmpuint (n, >, 100);

  sort_by (RPT_LIST_PAGE (page), "Title", GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RptDeliverable) a = g_list_model_get_item (model, i - 1);
      g_autoptr(RptDeliverable) b = g_list_model_get_item (model, i);

      g_assert_cmpint (collate (rpt_deliverable_get_title (a), rpt_deliverable_get_title (b)), <=, 0);
    }

  /* By the words shown ("Under approval"), not the stored names. */
  sort_by (RPT_LIST_PAGE (page), "Status", GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RptDeliverable) a = g_list_model_get_item (model, i - 1);
      g_autoptr(RptDeliverable) b = g_list_model_get_item (model, i);

      g_assert_cmpint (collate (rpt_status_get_label (rpt_deliverable_get_status (a)),
                                rpt_status_get_label (rpt_deliverable_get_status (b))), <=, 0);
    }
  {
    g_autoptr(RptDeliverable) first = g_list_model_get_item (model, 0);

    g_assert_cmpstr (rpt_deliverable_get_status (first), ==, "agreed");
  }

  /* Groups in numeric order (SG2 before SG11); no group last. */
  sort_by (RPT_LIST_PAGE (page), "Group", GTK_SORT_ASCENDING);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptDeliverable) deliverable = g_list_model_get_item (model, i);
      const char *group = rpt_deliverable_get_group (deliverable);

      if (group == NULL || group[0] == '\0')
        seen_no_group = TRUE;
      else if (seen_no_group)
        g_error ("%s (%s) comes after a deliverable without a group", rpt_deliverable_get_id (deliverable), group);
    }
  g_assert_true (seen_no_group);
  ids = listed_ids (RPT_LIST_PAGE (page));
  /* E.119: SG2; Q.5004: SG11; X.1813: SG17. */
  g_assert_cmpuint (position_of (ids, "E.119"), <, position_of (ids, "Q.5004"));
  g_assert_cmpuint (position_of (ids, "Q.5004"), <, position_of (ids, "X.1813"));

  close_window (window, page);
}

/* Chooses @label in the filter bar's drop-down, as a click would. */
static void
choose (RptListPage  *page,
        RptDimension  dimension,
        const char   *label)
{
  RptFilterBar *bar = NULL;
  GtkDropDown *dropdown;
  GListModel *choices;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (page));
       child != NULL && bar == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (RPT_IS_FILTER_BAR (child))
      bar = RPT_FILTER_BAR (child);
  g_assert_nonnull (bar);

  dropdown = rpt_filter_bar_get_dropdown (bar, dimension);
  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  choices = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (gtk_string_object_get_string (choice), label) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("No choice “%s”", label);
}

static void
assert_ids (RptListPage        *page,
            const char * const *expected)
{
  g_autoptr(GPtrArray) ids = listed_ids (page);
  g_autoptr(GString) listed = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (listed, "%s ", (char *) g_ptr_array_index (ids, i));
  g_test_message ("listed: %s", listed->str);

  g_assert_cmpuint (ids->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    position_of (ids, expected[i]);
}

static RptReport *
report_by_file (const char *file_name)
{
  GListModel *reports = rpt_library_get_reports (library);

  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (reports, i);

      if (g_strcmp0 (rpt_report_get_file_name (report), file_name) == 0)
        return report;
    }
  g_error ("No report %s", file_name);
}

static void
test_filters_combine (void)
{
  /* Every Recommendation and other text the reports say ITU-T SG17
   * approved (the verb "approved", SG17 the subject):
   *  000 §2.10.1: X.1044, X.1045, X.1059, X.1232, X.1197 Amd.1, X.1401, X.1702
   *  001 §2.1.4: X.1813, X.1814, X.1815, X.1816; §2.2.1: X.1352, X.1369;
   *      §2.6.2: X.1333, X.1380, X.1643, X.1644; §2.8.1: X.1752
   *  002 §2.12: X.1362
   *  004 §2.2.1: Amendment 1 to X.1352; §2.7.2: X.1353; §2.8: X.1373;
   *      §2.9.1 (a table): TR.zt-acp, X.1144, X.1150, X.1455, X.1771,
   *      X.2011, X.supp.40, X.1280, X.1281, X.1713, X.1715 Amd.1
   * Not: X.1817, X.1645 (under approval), XSTP-5Gsec-RM (agreed),
   * X.1363 … X.1605 (determined). */
  static const char * const sg17_approved[] = {
    "X.1044", "X.1045", "X.1059", "X.1232", "X.1197 Amd.1", "X.1401", "X.1702",
    "X.1813", "X.1814", "X.1815", "X.1816", "X.1352", "X.1369",
    "X.1333", "X.1380", "X.1643", "X.1644", "X.1752",
    "X.1362",
    "X.1352 Amd.1", "X.1353", "X.1373",
    "TR.zt-acp", "X.1144", "X.1150", "X.1455", "X.1771", "X.2011", "X.Suppl.40",
    "X.1280", "X.1281", "X.1713", "X.1715 Amd.1",
    NULL
  };
  /* The 2022 report (001) alone. */
  static const char * const sg17_approved_2022[] = {
    "X.1813", "X.1814", "X.1815", "X.1816", "X.1352", "X.1369",
    "X.1333", "X.1380", "X.1643", "X.1644", "X.1752",
    NULL
  };
  GtkWidget *page = page_new (RPT_LIST_DELIVERABLES);
  GtkWidget *window = window_new (page, 1000);
  RptQuery *query = rpt_list_page_get_query (RPT_LIST_PAGE (page));
  RptReport *report_2022 = report_by_file ("001_ed252d99abc55521.txt");
  guint all = rpt_list_page_get_n_items (RPT_LIST_PAGE (page));
  guint sg17;

  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_GROUP, "ITU-T SG17");
  g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG17");
  sg17 = rpt_list_page_get_n_items (RPT_LIST_PAGE (page));
  g_assert_cmpuint (sg17, <, all);

  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_STATUS, rpt_status_get_label ("approved"));
  g_assert_cmpstr (rpt_query_get_status (query), ==, "approved");
  g_assert_cmpuint (rpt_list_page_get_n_items (RPT_LIST_PAGE (page)), <, sg17);
  assert_ids (RPT_LIST_PAGE (page), sg17_approved);

  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_REPORT, rpt_report_get_label (report_2022));
  assert_ids (RPT_LIST_PAGE (page), sg17_approved_2022);

  /* Back to every report: the two filters still hold. */
  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_REPORT, "All reports");
  assert_ids (RPT_LIST_PAGE (page), sg17_approved);

  close_window (window, page);
}

static void
test_multi_selection (void)
{
  GtkWidget *page = page_new (RPT_LIST_DELIVERABLES);
  GtkWidget *window = window_new (page, 1000);
  GtkColumnView *view = rpt_list_page_get_view (RPT_LIST_PAGE (page));
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  GListModel *model = rpt_list_page_get_model (RPT_LIST_PAGE (page));
  g_autoptr(GListModel) selected = NULL;
  guint n = rpt_list_page_get_n_items (RPT_LIST_PAGE (page));
  GtkWidget *list;

  sort_by (RPT_LIST_PAGE (page), "ID", GTK_SORT_ASCENDING);

  /* Click, Ctrl+click, Shift+click. */
  gtk_selection_model_select_item (selection, 2, TRUE);
  gtk_selection_model_select_item (selection, 5, FALSE);
  gtk_selection_model_select_range (selection, 10, 3, FALSE);

  selected = rpt_list_page_get_selected (RPT_LIST_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (selected), ==, 5);
  {
    static const guint positions[] = { 2, 5, 10, 11, 12 };

    for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
      {
        g_autoptr(GObject) got = g_list_model_get_item (selected, i);
        g_autoptr(GObject) shown = g_list_model_get_item (model, positions[i]);

        g_assert_true (got == shown);
      }
  }
  g_clear_object (&selected);

  /* Ctrl+A: the list inside the column view has the binding. */
  list = gtk_widget_get_first_child (GTK_WIDGET (view));
  while (list != NULL && !GTK_IS_LIST_VIEW (list))
    list = gtk_widget_get_next_sibling (list);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_activate_action (list, "list.select-all", NULL));
  selected = rpt_list_page_get_selected (RPT_LIST_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (selected), ==, n);
  g_clear_object (&selected);

  gtk_widget_activate_action (list, "list.unselect-all", NULL);
  selected = rpt_list_page_get_selected (RPT_LIST_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (selected), ==, 0);

  close_window (window, page);
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

static void
test_empty_state (void)
{
  GtkWidget *page = page_new (RPT_LIST_DELIVERABLES);
  GtkWidget *window = window_new (page, 1000);
  guint all = rpt_list_page_get_n_items (RPT_LIST_PAGE (page));
  AdwStatusPage *status;
  GtkWidget *button;

  g_assert_null (find_widget (page, ADW_TYPE_STATUS_PAGE));

  /* No report names a handbook of SG17. */
  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_GROUP, "ITU-T SG17");
  choose (RPT_LIST_PAGE (page), RPT_DIMENSION_KIND, rpt_kind_get_label ("Handbook"));
  g_assert_cmpuint (rpt_list_page_get_n_items (RPT_LIST_PAGE (page)), ==, 0);
  gtk_test_widget_wait_for_draw (window);

  status = ADW_STATUS_PAGE (find_widget (page, ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Matches");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "Clear the filters"));
  g_assert_null (find_widget (page, GTK_TYPE_COLUMN_VIEW));

  /* What it says to do works. */
  button = adw_status_page_get_child (status);
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Clear Filters");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (rpt_list_page_get_n_items (RPT_LIST_PAGE (page)), ==, all);
  gtk_test_widget_wait_for_draw (window);
  g_assert_null (find_widget (page, ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (find_widget (page, GTK_TYPE_COLUMN_VIEW));

  close_window (window, page);
}

static void
collect_remove_buttons (GtkWidget *widget,
                        GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.remove-report") == 0)
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_remove_buttons (child, buttons);
}

/* Issue 8: each row of the Reports list removes its own report. */
static void
test_remove_button (void)
{
  GtkWidget *page = page_new (RPT_LIST_REPORTS);
  GtkWidget *window = window_new (page, 1000);
  GListModel *model = rpt_list_page_get_model (RPT_LIST_PAGE (page));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, 5);
  collect_remove_buttons (page, buttons);
  g_assert_cmpuint (buttons->len, ==, n);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      gint64 id;

      g_assert_nonnull (target);
      g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_INT64));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove from Library");
      g_assert_true (gtk_widget_is_sensitive (button));

      g_clear_pointer (&removed_target, g_variant_unref);
      g_signal_emit_by_name (button, "clicked");
      g_assert_nonnull (removed_target);
      g_assert_true (g_variant_equal (removed_target, target));
      id = g_variant_get_int64 (removed_target);
      g_assert_nonnull (rpt_library_lookup_report (library, id));
      g_hash_table_add (targets, g_memdup2 (&id, sizeof id));
    }
  /* One button per report, each for a different one. */
  g_assert_cmpuint (g_hash_table_size (targets), ==, n);

  g_clear_pointer (&removed_target, g_variant_unref);
  close_window (window, page);
}

/* The real window at 360 px: the sidebar folds away, the list and its
 * filters fit the width, the filters stay on one row. */
static void
test_narrow_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  RptApplication *app = rpt_application_new ();
  RptWindow *window;
  AdwLeaflet *leaflet;
  GtkWidget *page, *bar;
  int height;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = rpt_window_new_for_library (GTK_APPLICATION (app), settings, library);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  while (!rpt_window_get_ready (window))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);

  leaflet = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  g_assert_nonnull (leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  /* A section chosen in the folded window takes the whole width. */
  rpt_window_navigate (window, "rapporteur:deliverables");
  for (guint i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = rpt_window_get_visible_page (window);
  g_assert_true (RPT_IS_LIST_PAGE (page));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpint (gtk_widget_get_width (page), <=, 360);
  bar = find_widget (page, RPT_TYPE_FILTER_BAR);
  g_assert_nonnull (bar);
  g_assert_cmpint (gtk_widget_get_width (bar), <=, 360);
  /* One row of drop-downs that scrolls sideways, not six rows. */
  height = gtk_widget_get_height (bar);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (height, <, 70);

  /* Wide again: the sidebar comes back. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  for (guint i = 0; i < 4; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (adw_leaflet_get_folded (leaflet));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_clear_object (&app);
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

  g_test_add_func ("/rpt/widgets/list-page/sort-by-id", test_sort_by_id);
  g_test_add_func ("/rpt/widgets/list-page/sort-by-title-status-group", test_sort_by_title_status_group);
  g_test_add_func ("/rpt/widgets/list-page/filters-combine", test_filters_combine);
  g_test_add_func ("/rpt/widgets/list-page/multi-selection", test_multi_selection);
  g_test_add_func ("/rpt/widgets/list-page/empty-state", test_empty_state);
  g_test_add_func ("/rpt/widgets/list-page/remove-button", test_remove_button);
  g_test_add_func ("/rpt/widgets/window/narrow", test_narrow_window);

  status = g_test_run ();

  g_clear_pointer (&removed_target, g_variant_unref);
  g_clear_object (&library);
  return status;
}
