/* rpt-search-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-search-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rpt-navigation.h"
#include "rpt-search-page.h"

/* Enough hits to scroll through; the best come first. */
#define SEARCH_LIMIT 200

struct _RptSearchPage
{
  GtkWidget       parent_instance;

  RptLibrary     *library;
  char           *text;
  GListModel     *results;
  GCancellable   *cancellable;
  gboolean        busy;

  /* Template widgets */
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *empty_page;
  GtkListView    *list_view;
  GtkNoSelection *selection;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TEXT,
  PROP_N_RESULTS,
  PROP_BUSY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptSearchPage, rpt_search_page, GTK_TYPE_WIDGET)

/* Template closure: "2022–2023 · 3.1 IPv6 deployment". */
static char *
hit_heading (gpointer    item,
             RptReport  *report,
             const char *section,
             const char *heading)
{
  GString *out = g_string_new (NULL);

  if (report != NULL && rpt_report_get_label (report) != NULL)
    g_string_append (out, rpt_report_get_label (report));
  if (section != NULL && section[0] != '\0')
    {
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, section);
    }
  if (heading != NULL && heading[0] != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, heading);
    }

  return g_string_free (out, FALSE);
}

/**
 * rpt_search_hit_dup_uri:
 * @hit: a search hit
 *
 * Returns: (transfer full): the place of the hit's report section
 */
char *
rpt_search_hit_dup_uri (RptSearchHit *hit)
{
  RptReport *report = rpt_search_hit_get_report (hit);
  g_autofree char *id = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));
  return rpt_place_build_uri ("report", id, rpt_search_hit_get_section (hit));
}

static void
set_busy (RptSearchPage *self,
          gboolean       busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_results (RptSearchPage *self,
              GListModel    *results)
{
  guint n;

  g_set_object (&self->results, results);
  gtk_no_selection_set_model (self->selection, results);
  n = results ? g_list_model_get_n_items (results) : 0;

  if (self->text == NULL || self->text[0] == '\0')
    gtk_stack_set_visible_child_name (self->stack, "start");
  else if (n == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "results");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RptSearchPage) self = user_data;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = rpt_library_search_finish (RPT_LIBRARY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (error != NULL)
    {
      /* The words the user typed could not be searched for as written. */
      adw_status_page_set_title (self->empty_page, _("Search Failed"));
      adw_status_page_set_description (self->empty_page, error->message);
      show_results (self, NULL);
      return;
    }

  adw_status_page_set_title (self->empty_page, _("No Results"));
  adw_status_page_set_description (self->empty_page,
                                   _("No section of any report matches. Try other words, fewer words, or the start of a word followed by *."));
  show_results (self, results);
}

static void
start_search (RptSearchPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->library == NULL || self->text == NULL || self->text[0] == '\0')
    {
      set_busy (self, FALSE);
      show_results (self, NULL);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  /* A reference keeps the page for the callback; cancelling on dispose
   * makes that callback a no-op. */
  rpt_library_search_async (self->library, self->text, SEARCH_LIMIT, self->cancellable,
                            search_cb, g_object_ref (self));
}

static void
list_activate_cb (GtkListView   *list_view,
                  guint          position,
                  RptSearchPage *self)
{
  g_autoptr(RptSearchHit) hit = NULL;
  g_autofree char *uri = NULL;

  hit = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (hit == NULL || rpt_search_hit_get_report (hit) == NULL)
    return;

  uri = rpt_search_hit_dup_uri (hit);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.navigate", "s", uri);
}

static void
rpt_search_page_dispose (GObject *object)
{
  RptSearchPage *self = RPT_SEARCH_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_SEARCH_PAGE);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->results);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_search_page_parent_class)->dispose (object);
}

static void
rpt_search_page_finalize (GObject *object)
{
  RptSearchPage *self = RPT_SEARCH_PAGE (object);

  g_free (self->text);

  G_OBJECT_CLASS (rpt_search_page_parent_class)->finalize (object);
}

static void
rpt_search_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RptSearchPage *self = RPT_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_N_RESULTS:
      g_value_set_uint (value, rpt_search_page_get_n_results (self));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_TITLE:
      g_value_set_string (value, _("Search"));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_search_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RptSearchPage *self = RPT_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      rpt_search_page_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_search_page_class_init (RptSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_search_page_dispose;
  object_class->finalize = rpt_search_page_finalize;
  object_class->get_property = rpt_search_page_get_property;
  object_class->set_property = rpt_search_page_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RPT_TYPE_SEARCH_HIT);
  g_type_ensure (RPT_TYPE_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RptSearchPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, RptSearchPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RptSearchPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RptSearchPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, hit_heading);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptsearchpage");
}

static void
rpt_search_page_init (RptSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rpt_search_page_new:
 * @library: the library to search
 *
 * Returns: (transfer floating): a new search page
 */
GtkWidget *
rpt_search_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_SEARCH_PAGE, "library", library, NULL);
}

const char *
rpt_search_page_get_text (RptSearchPage *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_PAGE (self), NULL);

  return self->text;
}

/* Searches for @text (in a worker thread); an empty text shows the hint. */
void
rpt_search_page_set_text (RptSearchPage *self,
                          const char    *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (RPT_IS_SEARCH_PAGE (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (g_strcmp0 (self->text, stripped) == 0)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&stripped);
  start_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

guint
rpt_search_page_get_n_results (RptSearchPage *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_PAGE (self), 0);

  return self->results ? g_list_model_get_n_items (self->results) : 0;
}

gboolean
rpt_search_page_get_busy (RptSearchPage *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_PAGE (self), FALSE);

  return self->busy;
}

/**
 * rpt_search_page_get_results:
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit items shown
 */
GListModel *
rpt_search_page_get_results (RptSearchPage *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_PAGE (self), NULL);

  return self->results;
}
