/* rpt-filter-bar.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-filter-bar.h"

enum {
  FILTER_GROUP,
  FILTER_STATUS,
  FILTER_KIND,
  FILTER_SERIES,
  FILTER_REPORT,
  FILTER_RESOLUTION,
  N_FILTERS
};

static const RptDimension filter_dimensions[N_FILTERS] = {
  RPT_DIMENSION_GROUP,
  RPT_DIMENSION_STATUS,
  RPT_DIMENSION_KIND,
  RPT_DIMENSION_SERIES,
  RPT_DIMENSION_REPORT,
  RPT_DIMENSION_RESOLUTION,
};

typedef struct
{
  GtkDropDown   *dropdown;
  GtkStringList *labels;  /* position 0 is "All …" */
  GPtrArray     *keys;    /* position 0 is NULL: no filter */
} Filter;

struct _RptFilterBar
{
  GtkWidget   parent_instance;

  RptLibrary *library;
  RptQuery   *query;
  Filter      filters[N_FILTERS];
  guint       syncing : 1;

  /* Template widgets */
  GtkBox     *filter_box;
  GtkButton  *clear_button;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptFilterBar, rpt_filter_bar, GTK_TYPE_WIDGET)

static void
add_choice (Filter     *filter,
            const char *key,
            const char *label)
{
  g_ptr_array_add (filter->keys, g_strdup (key));
  gtk_string_list_append (filter->labels, label != NULL && label[0] != '\0' ? label : key);
}

static void
clear_choices (Filter *filter)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (filter->labels));

  if (n > 1)
    gtk_string_list_splice (filter->labels, 1, n - 1, NULL);
  if (filter->keys->len > 1)
    g_ptr_array_remove_range (filter->keys, 1, filter->keys->len - 1);
}

/* The choices come from the library's indexes (no list is built). */
static void
fill_choices (RptFilterBar *self)
{
  const char **list;

  self->syncing = TRUE;

  for (guint i = 0; i < N_FILTERS; i++)
    {
      gtk_drop_down_set_selected (self->filters[i].dropdown, 0);
      clear_choices (&self->filters[i]);
    }

  list = rpt_status_list ();
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    add_choice (&self->filters[FILTER_STATUS], list[i], rpt_status_get_label (list[i]));

  list = rpt_kind_list ();
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    add_choice (&self->filters[FILTER_KIND], list[i], rpt_kind_get_label (list[i]));

  if (self->library != NULL)
    {
      /* Keys and labels from the indexes, in the lists' order: the filters
       * need no list built (start-up at 1,000 reports). */
      static const struct { guint filter; RptDimension dimension; } sources[] = {
        { FILTER_GROUP, RPT_DIMENSION_GROUP },
        { FILTER_REPORT, RPT_DIMENSION_REPORT },
        { FILTER_RESOLUTION, RPT_DIMENSION_RESOLUTION },
        { FILTER_SERIES, RPT_DIMENSION_SERIES },
      };

      for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
        {
          g_auto(GStrv) values = rpt_library_list_filter_values (self->library, sources[s].dimension);

          for (guint i = 0; values[i] != NULL && values[i + 1] != NULL; i += 2)
            add_choice (&self->filters[sources[s].filter], values[i],
                        sources[s].dimension == RPT_DIMENSION_REPORT ? values[i + 1] : NULL);
        }
    }

  self->syncing = FALSE;
}

/* A GtkDropDown's accessible label stays on the drop-down, but what takes
 * the focus, and what a screen reader lands on, is the toggle button inside
 * it (GTK 4.8), which would be read as a nameless button.  It gets the
 * drop-down's label, and the choice shown as its description. */
static GtkWidget *
dropdown_button (GtkDropDown *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      return child;
  return NULL;
}

static void
update_accessible (Filter     *filter,
                   const char *name)
{
  GtkWidget *button = dropdown_button (filter->dropdown);
  guint position = gtk_drop_down_get_selected (filter->dropdown);
  const char *choice = NULL;

  if (button == NULL)
    return;

  if (position < (guint) g_list_model_get_n_items (G_LIST_MODEL (filter->labels)))
    choice = gtk_string_list_get_string (filter->labels, position);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, choice ? choice : "",
                                  -1);
}

static const char *
filter_name (guint i)
{
  switch (i)
    {
    case FILTER_GROUP:
      return _("Filter by group");
    case FILTER_STATUS:
      return _("Filter by status");
    case FILTER_KIND:
      return _("Filter by kind");
    case FILTER_SERIES:
      return _("Filter by series");
    case FILTER_REPORT:
      return _("Filter by report");
    case FILTER_RESOLUTION:
      return _("Filter by Resolution");
    default:
      g_assert_not_reached ();
    }
}

/* Shows the query's filters in the drop-downs. */
static void
sync_from_query (RptFilterBar *self)
{
  gboolean any = FALSE;

  self->syncing = TRUE;

  for (guint i = 0; i < N_FILTERS; i++)
    {
      Filter *filter = &self->filters[i];
      const char *value = NULL;
      guint position = 0;

      if (self->query != NULL)
        value = rpt_query_get_dimension_value (self->query, filter_dimensions[i]);

      if (value != NULL && value[0] != '\0')
        {
          any = TRUE;
          for (position = 1; position < filter->keys->len; position++)
            if (g_strcmp0 (g_ptr_array_index (filter->keys, position), value) == 0)
              break;
          /* A value from a link that no list offers is still shown. */
          if (position == filter->keys->len)
            add_choice (filter, value, NULL);
        }

      gtk_drop_down_set_selected (filter->dropdown, position);
      update_accessible (filter, filter_name (i));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.clear", any);
  /* Only there when there is something to clear. */
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), any);

  self->syncing = FALSE;
}

static void
query_changed_cb (RptQuery     *query,
                  RptFilterBar *self)
{
  sync_from_query (self);
}

static void
selected_changed_cb (GtkDropDown  *dropdown,
                     GParamSpec   *pspec,
                     RptFilterBar *self)
{
  if (self->syncing || self->query == NULL)
    return;

  for (guint i = 0; i < N_FILTERS; i++)
    {
      Filter *filter = &self->filters[i];
      guint position;

      if (filter->dropdown != dropdown)
        continue;

      position = gtk_drop_down_get_selected (dropdown);
      update_accessible (filter, filter_name (i));
      if (position >= filter->keys->len)
        position = 0;
      rpt_query_set_dimension_value (self->query, filter_dimensions[i],
                                     g_ptr_array_index (filter->keys, position));
    }
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RptFilterBar *self = RPT_FILTER_BAR (widget);

  if (self->query == NULL)
    return;

  g_object_freeze_notify (G_OBJECT (self->query));
  for (guint i = 0; i < N_FILTERS; i++)
    rpt_query_set_dimension_value (self->query, filter_dimensions[i], NULL);
  g_object_thaw_notify (G_OBJECT (self->query));
}

static void
rpt_filter_bar_dispose (GObject *object)
{
  RptFilterBar *self = RPT_FILTER_BAR (object);
  GtkWidget *child;

  rpt_filter_bar_set_query (self, NULL);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_FILTER_BAR);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rpt_filter_bar_parent_class)->dispose (object);
}

static void
rpt_filter_bar_finalize (GObject *object)
{
  RptFilterBar *self = RPT_FILTER_BAR (object);

  for (guint i = 0; i < N_FILTERS; i++)
    g_clear_pointer (&self->filters[i].keys, g_ptr_array_unref);

  G_OBJECT_CLASS (rpt_filter_bar_parent_class)->finalize (object);
}

static void
rpt_filter_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptFilterBar *self = RPT_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_filter_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RptFilterBar *self = RPT_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      rpt_filter_bar_set_library (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      rpt_filter_bar_set_query (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_filter_bar_class_init (RptFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_filter_bar_dispose;
  object_class->finalize = rpt_filter_bar_finalize;
  object_class->get_property = rpt_filter_bar_get_property;
  object_class->set_property = rpt_filter_bar_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         RPT_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RptFilterBar, filter_box);
  gtk_widget_class_bind_template_child (widget_class, RptFilterBar, clear_button);
  gtk_widget_class_bind_template_child_full (widget_class, "group_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_GROUP].dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "status_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_STATUS].dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "kind_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_KIND].dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "series_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_SERIES].dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "report_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_REPORT].dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "resolution_dropdown", FALSE, G_STRUCT_OFFSET (RptFilterBar, filters[FILTER_RESOLUTION].dropdown));
  gtk_widget_class_bind_template_callback (widget_class, selected_changed_cb);

  gtk_widget_class_install_action (widget_class, "filters.clear", NULL, clear_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptfilterbar");
}

static void
rpt_filter_bar_init (RptFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_FILTERS; i++)
    {
      Filter *filter = &self->filters[i];

      filter->labels = GTK_STRING_LIST (gtk_drop_down_get_model (filter->dropdown));
      filter->keys = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (filter->keys, NULL);
    }

  fill_choices (self);
  sync_from_query (self);
}

GtkWidget *
rpt_filter_bar_new (void)
{
  return g_object_new (RPT_TYPE_FILTER_BAR, NULL);
}

RptLibrary *
rpt_filter_bar_get_library (RptFilterBar *self)
{
  g_return_val_if_fail (RPT_IS_FILTER_BAR (self), NULL);

  return self->library;
}

void
rpt_filter_bar_set_library (RptFilterBar *self,
                            RptLibrary   *library)
{
  g_return_if_fail (RPT_IS_FILTER_BAR (self));
  g_return_if_fail (library == NULL || RPT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  fill_choices (self);
  sync_from_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/**
 * rpt_filter_bar_get_query:
 *
 * Returns: (transfer none) (nullable): the query the drop-downs set
 */
RptQuery *
rpt_filter_bar_get_query (RptFilterBar *self)
{
  g_return_val_if_fail (RPT_IS_FILTER_BAR (self), NULL);

  return self->query;
}

void
rpt_filter_bar_set_query (RptFilterBar *self,
                          RptQuery     *query)
{
  g_return_if_fail (RPT_IS_FILTER_BAR (self));
  g_return_if_fail (query == NULL || RPT_IS_QUERY (query));

  if (self->query == query)
    return;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  g_set_object (&self->query, query);
  if (self->query != NULL)
    g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb), self, 0);

  sync_from_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

static Filter *
find_filter (RptFilterBar *self,
             RptDimension  dimension)
{
  for (guint i = 0; i < N_FILTERS; i++)
    if (filter_dimensions[i] == dimension)
      return &self->filters[i];
  return NULL;
}

/* A list of groups needs no group filter, and so on. */
void
rpt_filter_bar_set_filter_visible (RptFilterBar *self,
                                   RptDimension  dimension,
                                   gboolean      visible)
{
  Filter *filter;

  g_return_if_fail (RPT_IS_FILTER_BAR (self));

  filter = find_filter (self, dimension);
  g_return_if_fail (filter != NULL);

  gtk_widget_set_visible (GTK_WIDGET (filter->dropdown), visible);
}

/**
 * rpt_filter_bar_get_dropdown:
 *
 * Returns: (transfer none) (nullable): the drop-down for @dimension
 */
GtkDropDown *
rpt_filter_bar_get_dropdown (RptFilterBar *self,
                             RptDimension  dimension)
{
  Filter *filter;

  g_return_val_if_fail (RPT_IS_FILTER_BAR (self), NULL);

  filter = find_filter (self, dimension);
  return filter ? filter->dropdown : NULL;
}
