/* rpt-chart-card.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-chart-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rpt-chart-card.h"
#include "rpt-navigation.h"

struct _RptChartCard
{
  GtkWidget       parent_instance;

  RptChartsTopic  topic;
  RptQuery       *query;
  GSettings      *settings;

  /* Template widgets */
  GtkBox         *box;
  RptChartView   *view;
  GtkLabel       *note_label;
  GtkButton      *save_button;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptChartCard, rpt_chart_card, GTK_TYPE_WIDGET)

/**
 * rpt_chart_card_dup_bar_uri:
 * @category_key: the key of a bar's category
 * @series_key: the key of its series
 *
 * Returns: (transfer full) (nullable): the place a bar opens
 */
char *
rpt_chart_card_dup_bar_uri (RptChartCard *self,
                            const char   *category_key,
                            const char   *series_key)
{
  g_autoptr(RptQuery) query = NULL;

  g_return_val_if_fail (RPT_IS_CHART_CARD (self), NULL);

  if (self->topic == RPT_CHARTS_STATED_COUNTED)
    {
      g_autofree char *section = NULL;
      g_autofree char *id = NULL;
      gint64 report_id;

      if (!rpt_charts_parse_stated_key (category_key, &report_id, &section))
        return NULL;
      id = g_strdup_printf ("%" G_GINT64_FORMAT, report_id);
      /* The section whose text states the figure and lists the items. */
      return rpt_place_build_uri ("report", id, section[0] != '\0' ? section : NULL);
    }

  query = self->query != NULL ? rpt_query_copy (self->query) : rpt_query_new ();
  if (!rpt_charts_apply_bar (self->topic, query, category_key, series_key))
    return NULL;
  return rpt_place_build_list_uri ("deliverables", query);
}

static void
bar_activated_cb (RptChartView *view,
                  const char   *category_key,
                  const char   *series_key,
                  RptChartCard *self)
{
  g_autofree char *uri = rpt_chart_card_dup_bar_uri (self, category_key, series_key);

  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.navigate", "s", uri);
}

static void
save_clicked_cb (GtkButton    *button,
                 RptChartCard *self)
{
  rpt_chart_view_save_as (self->view);
}

/* As wide as the smallest chart that reads well, no wider: a flow box puts
 * cards side by side by their natural width, and a card's note (one long
 * line when unwrapped) would otherwise ask for the whole window.  The
 * container then gives the card all the width it has. */
static void
rpt_chart_card_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RptChartCard *self = RPT_CHART_CARD (widget);

  gtk_widget_measure (GTK_WIDGET (self->box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = *minimum;
  else
    /* A squeezed chart drops its title, legend and labels: inside a
     * scrolled page (the Charts page, a group's page) it gets its natural
     * height and the page scrolls. */
    *minimum = *natural;
}

static GtkSizeRequestMode
rpt_chart_card_get_request_mode (GtkWidget *widget)
{
  /* Horizontal bars' labels wrap: the height follows the width. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rpt_chart_card_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RptChartCard *self = RPT_CHART_CARD (widget);

  gtk_widget_allocate (GTK_WIDGET (self->box), width, height, baseline, NULL);
}

static void
rpt_chart_card_dispose (GObject *object)
{
  RptChartCard *self = RPT_CHART_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_CHART_CARD);
  g_clear_object (&self->query);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rpt_chart_card_parent_class)->dispose (object);
}

static void
rpt_chart_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptChartCard *self = RPT_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_int (value, self->topic);
      break;

    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_chart_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RptChartCard *self = RPT_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_get_int (value);
      break;

    case PROP_QUERY:
      rpt_chart_card_set_query (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_chart_card_class_init (RptChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_chart_card_dispose;
  object_class->get_property = rpt_chart_card_get_property;
  object_class->set_property = rpt_chart_card_set_property;

  widget_class->measure = rpt_chart_card_measure;
  widget_class->get_request_mode = rpt_chart_card_get_request_mode;
  widget_class->size_allocate = rpt_chart_card_size_allocate;

  /**
   * RptChartCard:topic:
   *
   * Which chart (an #RptChartsTopic): what a bar's keys filter.
   */
  properties[PROP_TOPIC] =
    g_param_spec_int ("topic", NULL, NULL,
                      RPT_CHARTS_BY_GROUP, RPT_CHARTS_RESOLUTION, RPT_CHARTS_BY_GROUP,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RptChartCard:query:
   *
   * The filters the chart was made with, kept in the list a bar opens.
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         RPT_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RPT_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RptChartCard, box);
  gtk_widget_class_bind_template_child (widget_class, RptChartCard, view);
  gtk_widget_class_bind_template_child (widget_class, RptChartCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, RptChartCard, save_button);
  gtk_widget_class_bind_template_callback (widget_class, bar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "rptchartcard");
}

static gboolean
orientation_from_setting (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  g_value_set_int (value, g_strcmp0 (name, "vertical") == 0 ? RPT_CHART_VERTICAL : RPT_CHART_HORIZONTAL);
  return TRUE;
}

static void
rpt_chart_card_init (RptChartCard *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The preferences' "Bars" and "Show Values on the Bars", on every chart
   * at once (the Charts page and the detail pages' charts).  Without the
   * schema (a test of the widget alone), each chart keeps its own. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new_full (schema, NULL, NULL);
      g_settings_bind_with_mapping (self->settings, "chart-orientation", self->view, "orientation",
                                    G_SETTINGS_BIND_GET, orientation_from_setting, NULL, NULL, NULL);
      g_settings_bind (self->settings, "chart-show-values", self->view, "show-values", G_SETTINGS_BIND_GET);
    }
}

/**
 * rpt_chart_card_new:
 * @topic: which chart the card shows
 *
 * Returns: (transfer floating): a new card, without a chart yet
 */
GtkWidget *
rpt_chart_card_new (RptChartsTopic topic)
{
  return g_object_new (RPT_TYPE_CHART_CARD, "topic", topic, NULL);
}

RptChartsTopic
rpt_chart_card_get_topic (RptChartCard *self)
{
  g_return_val_if_fail (RPT_IS_CHART_CARD (self), RPT_CHARTS_BY_GROUP);

  return self->topic;
}

/**
 * rpt_chart_card_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
RptChart *
rpt_chart_card_get_chart (RptChartCard *self)
{
  g_return_val_if_fail (RPT_IS_CHART_CARD (self), NULL);

  return rpt_chart_view_get_chart (self->view);
}

/**
 * rpt_chart_card_set_chart:
 * @chart: (nullable): the chart
 * @note: (nullable): a sentence under it
 */
void
rpt_chart_card_set_chart (RptChartCard *self,
                          RptChart     *chart,
                          const char   *note)
{
  g_autofree char *save_label = NULL;
  const char *title;

  g_return_if_fail (RPT_IS_CHART_CARD (self));

  rpt_chart_view_set_chart (self->view, chart);

  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && note[0] != '\0');
  /* The button stays at the end of the row, with or without a note to its
   * side (two expanding children would split the row in halves). */
  gtk_widget_set_hexpand (GTK_WIDGET (self->save_button), note == NULL || note[0] == '\0');

  title = chart != NULL ? rpt_chart_get_title (chart) : "";
  /* Several cards, several Save buttons: the name says which chart. */
  /* Translators: the accessible name of a chart's Save As button */
  save_label = g_strdup_printf (_("Save “%s” As…"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, save_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), chart != NULL && !rpt_chart_is_empty (chart));
}

/**
 * rpt_chart_card_get_query:
 *
 * Returns: (transfer none) (nullable): the filters the chart was made with
 */
RptQuery *
rpt_chart_card_get_query (RptChartCard *self)
{
  g_return_val_if_fail (RPT_IS_CHART_CARD (self), NULL);

  return self->query;
}

/**
 * rpt_chart_card_set_query:
 * @query: (nullable): the filters the chart was made with (copied)
 */
void
rpt_chart_card_set_query (RptChartCard *self,
                          RptQuery     *query)
{
  g_return_if_fail (RPT_IS_CHART_CARD (self));
  g_return_if_fail (query == NULL || RPT_IS_QUERY (query));

  if (query == NULL && self->query == NULL)
    return;
  if (query != NULL && self->query != NULL && rpt_query_equal (query, self->query))
    return;

  g_clear_object (&self->query);
  /* A copy: the page's query goes on changing with its filters. */
  if (query != NULL)
    self->query = rpt_query_copy (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * rpt_chart_card_get_view:
 *
 * Returns: (transfer none): the chart view
 */
RptChartView *
rpt_chart_card_get_view (RptChartCard *self)
{
  g_return_val_if_fail (RPT_IS_CHART_CARD (self), NULL);

  return self->view;
}

/**
 * rpt_chart_card_fill_box:
 * @box: the page's place for a chart
 * @library: the library
 * @topic: %RPT_CHARTS_GROUP or %RPT_CHARTS_RESOLUTION
 * @key: the group id or the Resolution key
 *
 * Returns: %TRUE when a chart with data is shown
 */
gboolean
rpt_chart_card_fill_box (GtkBox         *box,
                         RptLibrary     *library,
                         RptChartsTopic  topic,
                         const char     *key)
{
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(RptChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GtkWidget *card;

  g_return_val_if_fail (GTK_IS_BOX (box), FALSE);
  g_return_val_if_fail (RPT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (topic == RPT_CHARTS_GROUP || topic == RPT_CHARTS_RESOLUTION, FALSE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  if (key == NULL || key[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (box), FALSE);
      return FALSE;
    }

  query = rpt_query_new ();
  rpt_query_set_dimension_value (query,
                                 topic == RPT_CHARTS_GROUP ? RPT_DIMENSION_GROUP : RPT_DIMENSION_RESOLUTION,
                                 key);
  chart = rpt_charts_build (topic, library, query, NULL, &error);
  if (chart == NULL)
    g_debug ("Could not count the deliverables of %s: %s", key, error->message);

  if (chart == NULL || rpt_chart_is_empty (chart))
    {
      gtk_widget_set_visible (GTK_WIDGET (box), FALSE);
      return FALSE;
    }

  card = rpt_chart_card_new (topic);
  rpt_chart_card_set_query (RPT_CHART_CARD (card), query);
  rpt_chart_card_set_chart (RPT_CHART_CARD (card), chart, NULL);
  gtk_box_append (box, card);
  gtk_widget_set_visible (GTK_WIDGET (box), TRUE);

  return TRUE;
}
