/* test-pages.c: each detail page, built against a library of the bundled
 * reports, shows what the reports say and links to what they name.
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
#include "rpt-links.h"
#include "rpt-report-page.h"
#include "rpt-resolution-page.h"
#include "rpt-test-util.h"
#include "rpt-window.h"

#define REPORT_FILE "001_ed252d99abc55521.txt"

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
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
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

/* Every label in the tree, collapsed rows included. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static GtkLabel *
find_label_with_markup (GtkWidget  *root,
                        const char *markup)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), markup) != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static void
assert_has_text (GtkWidget  *root,
                 const char *text)
{
  if (find_label_with_text (root, text) == NULL)
    g_error ("No label says “%s”", text);
}

static char *
link_markup (const char *uri)
{
  return g_strdup_printf ("<a href=\"%s\"", uri);
}

/* Follows a link as a click on it would, and checks where it leads. */
static void
assert_link_navigates (GtkWidget  *root,
                       const char *uri)
{
  g_autofree char *markup = link_markup (uri);
  GtkLabel *label = find_label_with_markup (root, markup);
  gboolean handled = FALSE;

  if (label == NULL)
    g_error ("No link to %s", uri);

  g_clear_pointer (&navigated, g_free);
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (navigated, ==, uri);
}

static GtkWidget *
find_row_with_uri (GtkWidget  *widget,
                   const char *uri)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "rpt-uri"), uri) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_with_uri (child, uri);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_row_navigates (GtkWidget  *root,
                      const char *uri)
{
  GtkWidget *row = find_row_with_uri (root, uri);

  if (row == NULL)
    g_error ("No row leads to %s", uri);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_clear_pointer (&navigated, g_free);
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpstr (navigated, ==, uri);
}

/* Every control a keyboard can reach has a name. */
static void
assert_named (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    {
      /* Icon buttons: a tooltip and an accessible label. */
      g_assert_nonnull (gtk_widget_get_tooltip_text (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_named (child);
}

static void
collect_expanders (GtkWidget *widget,
                   GPtrArray *expanders)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    g_ptr_array_add (expanders, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_expanders (child, expanders);
}

/* Opens the expander rows whose title contains @title (all of them for
 * %NULL), as a user would to see what they hold. */
static guint
expand (GtkWidget  *root,
        const char *title)
{
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  guint n = 0;

  collect_expanders (root, expanders);
  for (guint i = 0; i < expanders->len; i++)
    {
      AdwExpanderRow *expander = g_ptr_array_index (expanders, i);

      if (title == NULL || strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), title) != NULL)
        {
          adw_expander_row_set_expanded (expander, TRUE);
          n++;
        }
    }
  return n;
}

static char *
report_uri (const char *file,
            const char *section)
{
  RptReport *report = rpt_library_find_report (library, file);

  g_assert_nonnull (report);
  return rpt_link_uri_for_report (rpt_report_get_id (report), section);
}

static void
test_deliverable_page (void)
{
  GtkWidget *page = rpt_deliverable_page_new (library);
  GtkWidget *window;
  g_autofree char *section_uri = report_uri (REPORT_FILE, "2.1.4");
  g_autofree char *section_link = link_markup (section_uri);
  GtkLabel *excerpt;
  g_autofree char *title = NULL;

  g_object_ref_sink (page);
  window = window_new (page);

  g_assert_false (rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (page), "NO.SUCH-ID", NULL));
  g_assert_true (rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (page), "X.1813", NULL));
  gtk_test_widget_wait_for_draw (window);

  g_object_get (page, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "X.1813");
  g_assert_cmpstr (rpt_deliverable_page_get_title (RPT_DELIVERABLE_PAGE (page)), ==, "X.1813");

  assert_has_text (page, "X.1813");
  assert_has_text (page, "Security and monitoring requirements for operation of vertical services");
  assert_has_text (page, "Recommendation");
  assert_has_text (page, "ITU-T SG17");
  assert_has_text (page, "Approved");
  assert_has_text (page, "Series");

  /* The source sentence: the mention highlighted, its neighbours linked,
   * and a link to the section it stands in. */
  excerpt = find_label_with_markup (page, "<span weight=\"bold\"");
  g_assert_nonnull (excerpt);
  g_assert_nonnull (strstr (gtk_label_get_text (excerpt), "X.1813"));
  g_assert_nonnull (strstr (gtk_label_get_label (excerpt), "rapporteur:deliverable/X.1814"));
  g_assert_null (strstr (gtk_label_get_label (excerpt), "rapporteur:deliverable/X.1813\""));
  g_assert_nonnull (find_label_with_markup (page, section_link));

  assert_link_navigates (page, section_uri);
  assert_link_navigates (page, "rapporteur:deliverable/X.1814");
  assert_row_navigates (page, "rapporteur:group/ITU-T%20SG17");
  assert_row_navigates (page, "rapporteur:deliverables?series=X");
  assert_named (page);

  /* Shown again for another id, the page replaces what it showed. */
  g_assert_true (rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (page), "X.1814", NULL));
  g_assert_cmpstr (rpt_deliverable_page_get_title (RPT_DELIVERABLE_PAGE (page)), ==, "X.1814");
  assert_has_text (page, "Security guidelines for IMT-2020 communication system");
  gtk_test_widget_wait_for_draw (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static void
test_group_page (void)
{
  GtkWidget *page = rpt_group_page_new (library);
  GtkWidget *window;
  GtkBox *chart_box;

  g_object_ref_sink (page);
  window = window_new (page);

  g_assert_false (rpt_group_page_show (RPT_GROUP_PAGE (page), "ITU-T SG99", NULL));
  g_assert_true (rpt_group_page_show (RPT_GROUP_PAGE (page), "ITU-T SG17", NULL));
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpstr (rpt_group_page_get_title (RPT_GROUP_PAGE (page)), ==, "ITU-T SG17");
  assert_has_text (page, "ITU-T SG17");
  assert_has_text (page, "Security");
  /* The mandate from the reference data. */
  g_assert_cmpuint (strlen (gtk_label_get_text (find_label_with_text (page, "Security"))), >, 0);
  assert_has_text (page, "Approved");

  /* Its deliverables, by status and by report: rows made on expanding. */
  g_assert_null (find_row_with_uri (page, "rapporteur:deliverable/X.1813"));
  g_assert_cmpuint (expand (page, "Approved"), ==, 1);
  assert_row_navigates (page, "rapporteur:deliverable/X.1813");
  assert_has_text (page, "ITU Internet activities, February 2022 till date");
  g_assert_cmpuint (expand (page, "February 2022 till date"), >=, 1);
  gtk_test_widget_wait_for_draw (window);

  /* The stated counts that name it, stated beside counted. */
  assert_has_text (page, "In total, 22 Recommendations were approved by ITU-T SGs 11, 13 and 17");
  assert_has_text (page, "22 stated");

  assert_row_navigates (page, "rapporteur:deliverables?group=ITU-T%20SG17");

  chart_box = rpt_group_page_get_chart_box (RPT_GROUP_PAGE (page));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (chart_box)), ==, "chart_box");
  /* The charts issue puts the group's chart there (tests/charts). */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart_box)));
  assert_named (page);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static void
test_resolution_page (void)
{
  GtkWidget *page = rpt_resolution_page_new (library);
  GtkWidget *window;
  g_autofree char *section_uri = report_uri (REPORT_FILE, "2.1.4");
  GtkBox *chart_box;

  g_object_ref_sink (page);
  window = window_new (page);

  g_assert_false (rpt_resolution_page_show (RPT_RESOLUTION_PAGE (page), "PP 9999", NULL));
  g_assert_true (rpt_resolution_page_show (RPT_RESOLUTION_PAGE (page), "PP 101", NULL));
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpstr (rpt_resolution_page_get_title (RPT_RESOLUTION_PAGE (page)), ==, "PP Resolution 101");
  assert_has_text (page, "Plenipotentiary Conference");
  assert_has_text (page, "Internet Protocol-based networks");
  assert_has_text (page, "Bucharest, 2022");

  /* Deliverables reported under it, by group, each linked. */
  assert_has_text (page, "ITU-T SG17");
  g_assert_cmpuint (expand (page, "ITU-T SG17"), ==, 1);
  assert_row_navigates (page, "rapporteur:deliverable/X.1813");

  /* The sections it governs, by report, with their text. */
  g_assert_null (find_label_with_text (page, "ITU-T SG17 approved ITU-T X.1813"));
  g_assert_cmpuint (expand (page, "February 2022 till date"), ==, 1);
  assert_has_text (page, "2.1.4");
  g_assert_nonnull (find_label_with_text (page, "ITU-T SG17 approved ITU-T X.1813"));
  assert_link_navigates (page, section_uri);
  assert_link_navigates (page, "rapporteur:deliverable/X.1813");
  gtk_test_widget_wait_for_draw (window);

  chart_box = rpt_resolution_page_get_chart_box (RPT_RESOLUTION_PAGE (page));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (chart_box)), ==, "chart_box");
  /* The charts issue puts the Resolution's chart there (tests/charts). */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart_box)));
  assert_named (page);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

static GtkWidget *
find_widget_with_class (GtkWidget  *widget,
                        const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkScrolledWindow *
content_scroller (GtkWidget *page)
{
  GtkWidget *highlighted = find_widget_with_class (page, "rpt-section-highlight");

  for (GtkWidget *w = highlighted; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      return GTK_SCROLLED_WINDOW (w);
  return NULL;
}

static void
test_report_page (void)
{
  GtkWidget *page = rpt_report_page_new (library);
  RptReport *report = rpt_library_find_report (library, REPORT_FILE);
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));
  GtkWidget *window;
  GtkWidget *highlighted;
  GtkLabel *text;
  GtkScrolledWindow *scroller;
  GtkListBoxRow *selected;
  double deep;

  g_object_ref_sink (page);
  window = window_new (page);

  g_assert_false (rpt_report_page_show (RPT_REPORT_PAGE (page), "999999", NULL));
  g_assert_true (rpt_report_page_show (RPT_REPORT_PAGE (page), key, "2.1.4"));
  wait_frames (window, 5);

  g_assert_cmpstr (rpt_report_page_get_title (RPT_REPORT_PAGE (page)), ==, rpt_report_get_title (report));
  assert_has_text (page, rpt_report_get_title (report));
  assert_has_text (page, "ITU Internet activities");
  assert_has_text (page, "from February 2022 till date");
  assert_has_text (page, "Purpose");

  /* The section named by the fragment is highlighted, selected in the
   * table of contents and scrolled into view. */
  highlighted = find_widget_with_class (page, "rpt-section-highlight");
  g_assert_nonnull (highlighted);
  g_assert_nonnull (find_label_with_text (highlighted, "2.1.4"));
  text = find_label_with_text (highlighted, "ITU-T SG17 approved ITU-T X.1813");
  g_assert_nonnull (text);
  g_assert_true (gtk_label_get_selectable (text));
  g_assert_nonnull (strstr (gtk_label_get_label (text), "<a href=\"rapporteur:deliverable/X.1813\">X.1813</a>"));
  g_assert_nonnull (strstr (gtk_label_get_label (text), "<a href=\"rapporteur:group/ITU-T%20SG17\">ITU-T SG17</a>"));
  scroller = content_scroller (page);
  g_assert_nonnull (scroller);
  deep = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller));
  g_assert_cmpfloat (deep, >, 300);

  {
    GtkListBox *toc = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (page); w != NULL && toc == NULL; )
      {
        GtkWidget *found = find_widget_with_class (w, "rpt-toc");

        toc = found != NULL ? GTK_LIST_BOX (found) : NULL;
        w = NULL;
      }
    g_assert_nonnull (toc);
    selected = gtk_list_box_get_selected_row (toc);
    g_assert_nonnull (selected);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (selected), "rpt-section"), ==, "2.1.4");

    /* Activating another entry of the contents moves there. */
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (toc)); row != NULL; row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rpt-section"), "summary") == 0)
        {
          g_signal_emit_by_name (toc, "row-activated", row);
          break;
        }
    wait_frames (window, 5);
    highlighted = find_widget_with_class (page, "rpt-section-highlight");
    g_assert_nonnull (find_label_with_text (highlighted, "Purpose"));
    /* The keyboard focus follows to the section's heading. */
    g_assert_true (gtk_widget_has_focus (gtk_widget_get_first_child (highlighted)));
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)), <, deep);
  }

  /* Resolutions in the running text and under each section are links. */
  assert_link_navigates (page, "rapporteur:resolution/PP%20101");
  assert_link_navigates (page, "rapporteur:deliverable/X.1813");
  assert_link_navigates (page, "rapporteur:group/ITU-T%20SG17");

  /* A report may also be named by its file. */
  g_assert_true (rpt_report_page_show (RPT_REPORT_PAGE (page), REPORT_FILE, NULL));
  g_assert_null (find_widget_with_class (page, "rpt-section-highlight"));
  assert_named (page);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* Every group, Resolution and report of the library (and a sample of the
 * deliverables) shows without a warning, one page reused for all. */
static void
test_every_entity (void)
{
  GtkWidget *pages[4] = {
    g_object_ref_sink (rpt_group_page_new (library)),
    g_object_ref_sink (rpt_resolution_page_new (library)),
    g_object_ref_sink (rpt_report_page_new (library)),
    g_object_ref_sink (rpt_deliverable_page_new (library)),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *window;
  GListModel *model;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_box_append (GTK_BOX (box), pages[i]);
  window = window_new (box);

  model = rpt_library_get_groups (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RptGroup) group = g_list_model_get_item (model, i);

      g_assert_true (rpt_group_page_show (RPT_GROUP_PAGE (pages[0]), rpt_group_get_id (group), NULL));
      g_assert_cmpstr (rpt_group_page_get_title (RPT_GROUP_PAGE (pages[0])), ==, rpt_group_get_id (group));
    }
  gtk_test_widget_wait_for_draw (window);

  model = rpt_library_get_resolutions (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RptResolution) resolution = g_list_model_get_item (model, i);

      g_assert_true (rpt_resolution_page_show (RPT_RESOLUTION_PAGE (pages[1]), rpt_resolution_get_key (resolution), NULL));
      g_assert_nonnull (rpt_resolution_page_get_title (RPT_RESOLUTION_PAGE (pages[1])));
    }
  gtk_test_widget_wait_for_draw (window);

  model = rpt_library_get_reports (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (model, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));

      g_assert_true (rpt_report_page_show (RPT_REPORT_PAGE (pages[2]), key, "2"));
      wait_frames (window, 2);
    }

  model = rpt_library_get_deliverables (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i += 7)
    {
      g_autoptr(RptDeliverable) deliverable = g_list_model_get_item (model, i);

      g_assert_true (rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (pages[3]), rpt_deliverable_get_id (deliverable), NULL));
    }
  gtk_test_widget_wait_for_draw (window);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_finalize_object (pages[i]);
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

  g_test_add_func ("/rpt/pages/deliverable", test_deliverable_page);
  g_test_add_func ("/rpt/pages/group", test_group_page);
  g_test_add_func ("/rpt/pages/resolution", test_resolution_page);
  g_test_add_func ("/rpt/pages/report", test_report_page);
  g_test_add_func ("/rpt/pages/every-entity", test_every_entity);

  status = g_test_run ();

  g_clear_pointer (&navigated, g_free);
  g_clear_object (&library);
  return status;
}
