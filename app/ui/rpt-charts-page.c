/* rpt-charts-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-charts-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rpt-charts-page.h"
#include "rpt-filter-bar.h"

/* The charts of the page, in reading order; the last takes the whole width. */
static const RptChartsTopic topics[] = {
  RPT_CHARTS_BY_GROUP,
  RPT_CHARTS_BY_PERIOD,
  RPT_CHARTS_BY_SERIES,
  RPT_CHARTS_BY_KIND,
  RPT_CHARTS_STATED_COUNTED,
};

#define N_CARDS G_N_ELEMENTS (topics)

/* Below twice this, the cards fold into one column. */
#define CARD_MIN_WIDTH 300

struct _RptChartsPage
{
  GtkWidget      parent_instance;

  RptLibrary    *library;
  RptQuery      *query;
  RptChartCard  *cards[N_CARDS];
  guint          rebuild_id;
  guint          dirty : 1;
  guint          empty : 1;

  /* Template widgets */
  RptFilterBar  *filter_bar;
  GtkStack      *stack;
  GtkBox        *content_box;
  GtkFlowBox    *flow_box;
  GtkLabel      *summary_label;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_QUERY,
  PROP_TITLE,
  PROP_URI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptChartsPage, rpt_charts_page, GTK_TYPE_WIDGET)

/* The card's place in the layout: its flow box child, or itself. */
static GtkWidget *
card_slot (RptChartCard *card)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (card));

  return GTK_IS_FLOW_BOX_CHILD (parent) ? parent : GTK_WIDGET (card);
}

/* Stated counts are read one report at a time (where does this report's
 * summary disagree with its lists?): with all reports chosen, the newest
 * report that states a count is shown, and the note says so. */
static RptQuery *
stated_query (RptChartsPage  *self,
              char          **scope)
{
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(RptStatedCount) last = NULL;
  const char *report = rpt_query_get_report (self->query);
  RptQuery *query;
  RptReport *newest;
  guint n;

  *scope = NULL;
  if (report != NULL && report[0] != '\0')
    return g_object_ref (self->query);

  counts = rpt_library_list (self->library, RPT_LIST_STATED_COUNTS, self->query, NULL);
  n = counts != NULL ? g_list_model_get_n_items (counts) : 0;
  if (n == 0)
    return g_object_ref (self->query);

  /* In order of period: the last is the newest. */
  last = g_list_model_get_item (counts, n - 1);
  newest = rpt_stated_count_get_report (last);
  if (newest == NULL)
    return g_object_ref (self->query);

  query = rpt_query_copy (self->query);
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (newest));

    rpt_query_set_report (query, id);
  }
  /* Translators: under the stated-versus-counted chart when all reports are chosen */
  *scope = g_strdup_printf (_("The newest report, “%s”; choose another with the report filter above."),
                            rpt_report_get_label (newest));
  return query;
}

/* Makes every chart for the current filters.  A handful of aggregate
 * queries over indexed tables: well within a frame for libraries of
 * hundreds of reports. */
static void
rebuild (RptChartsPage *self)
{
  gboolean any = FALSE;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->dirty = FALSE;

  if (self->library == NULL)
    return;

  for (guint i = 0; i < N_CARDS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RptChart) chart = NULL;
      g_autofree char *note = NULL;
      gboolean has_data;

      g_autoptr(RptQuery) query = NULL;
      g_autofree char *scope = NULL;

      if (topics[i] == RPT_CHARTS_STATED_COUNTED)
        query = stated_query (self, &scope);
      else
        query = g_object_ref (self->query);

      chart = rpt_charts_build (topics[i], self->library, query, &note, &error);
      if (scope != NULL)
        {
          char *joined = note != NULL ? g_strconcat (scope, " ", note, NULL) : g_strdup (scope);

          g_free (note);
          note = joined;
        }
      if (chart == NULL)
        {
          g_debug ("Could not make the chart “%s”: %s",
                   rpt_charts_topic_get_title (topics[i]), error->message);
          g_clear_pointer (&note, g_free);
          /* Shown as an empty chart with the reason. */
          chart = rpt_chart_new (RPT_CHART_STACKED_BARS, rpt_charts_topic_get_title (topics[i]));
          note = g_strdup (error->message);
        }

      has_data = !rpt_chart_is_empty (chart);
      /* A per-period chart of reports with nothing to count has categories
       * but no series: nothing to see. */
      if (rpt_chart_get_kind (chart) != RPT_CHART_STATED_COUNTED && rpt_chart_get_n_series (chart) == 0)
        has_data = FALSE;

      rpt_chart_card_set_query (self->cards[i], query);
      rpt_chart_card_set_chart (self->cards[i], chart, note);
      gtk_widget_set_visible (card_slot (self->cards[i]), has_data);
      any |= has_data;
    }

  self->empty = !any;
  gtk_stack_set_visible_child_name (self->stack, any ? "charts" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "charts.clear-filters",
                                 !rpt_query_is_empty (self->query));
}

static gboolean
rebuild_idle (gpointer user_data)
{
  RptChartsPage *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Several filter changes in a row (a place, Clear Filters) make one
 * rebuild; a hidden page waits until it is shown. */
static void
queue_rebuild (RptChartsPage *self)
{
  self->dirty = TRUE;
  if (self->rebuild_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, rebuild_idle, self, NULL);
}

static void
query_changed_cb (RptQuery      *query,
                  RptChartsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
  queue_rebuild (self);
}

static void
library_changed_cb (RptLibrary    *library,
                    RptChartsPage *self)
{
  queue_rebuild (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (widget);
  g_autoptr(RptPlace) place = rpt_place_parse (RPT_URI_SCHEME "charts");

  rpt_place_apply_to_query (place, self->query);
}

static void
rpt_charts_page_map (GtkWidget *widget)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (widget);

  /* Built before the first frame of the page, so that it never shows stale
   * or missing charts. */
  if (self->dirty)
    rebuild (self);

  GTK_WIDGET_CLASS (rpt_charts_page_parent_class)->map (widget);
}

static void
rpt_charts_page_constructed (GObject *object)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (object);

  G_OBJECT_CLASS (rpt_charts_page_parent_class)->constructed (object);

  rpt_filter_bar_set_library (self->filter_bar, self->library);
  rpt_filter_bar_set_query (self->filter_bar, self->query);

  if (self->library != NULL)
    g_signal_connect_object (self->library, "changed", G_CALLBACK (library_changed_cb), self, 0);

  self->dirty = TRUE;
}

static void
rpt_charts_page_dispose (GObject *object)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_CHARTS_PAGE);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < N_CARDS; i++)
    self->cards[i] = NULL;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  g_clear_object (&self->query);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_charts_page_parent_class)->dispose (object);
}

static void
rpt_charts_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_TITLE:
      g_value_set_string (value, _("Charts"));
      break;

    case PROP_URI:
      g_value_take_string (value, rpt_charts_page_dup_uri (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_charts_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_charts_page_class_init (RptChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rpt_charts_page_constructed;
  object_class->dispose = rpt_charts_page_dispose;
  object_class->get_property = rpt_charts_page_get_property;
  object_class->set_property = rpt_charts_page_set_property;

  widget_class->map = rpt_charts_page_map;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         RPT_TYPE_QUERY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RPT_TYPE_FILTER_BAR);
  g_type_ensure (RPT_TYPE_CHART_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, flow_box);
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, summary_label);

  gtk_widget_class_install_action (widget_class, "charts.clear-filters", NULL, clear_filters_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptchartspage");
}

static void
rpt_charts_page_init (RptChartsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = rpt_query_new ();
  g_signal_connect (self->query, "changed", G_CALLBACK (query_changed_cb), self);

  gtk_label_set_text (self->summary_label,
                      _("Each text is counted once in each report that names it. Hover over a bar for its numbers; "
                        "click it, or press Enter on it, to see the texts."));

  for (guint i = 0; i < N_CARDS; i++)
    {
      GtkWidget *card = rpt_chart_card_new (topics[i]);

      self->cards[i] = RPT_CHART_CARD (card);
      gtk_widget_set_name (card, i == 0 ? "by-group" : i == 1 ? "by-period" : i == 2 ? "by-series"
                                 : i == 3 ? "by-kind" : "stated-counted");

      if (topics[i] == RPT_CHARTS_STATED_COUNTED)
        gtk_box_append (self->content_box, card);
      else
        {
          GtkWidget *slot;

          gtk_widget_set_size_request (card, CARD_MIN_WIDTH, -1);
          gtk_flow_box_append (self->flow_box, card);
          /* Tab goes to the charts, not to the boxes around them. */
          slot = gtk_widget_get_parent (card);
          gtk_widget_set_focusable (slot, FALSE);
        }
    }
}

/**
 * rpt_charts_page_new:
 * @library: the library
 *
 * Returns: (transfer floating): the Charts page
 */
GtkWidget *
rpt_charts_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_CHARTS_PAGE, "library", library, NULL);
}

RptLibrary *
rpt_charts_page_get_library (RptChartsPage *self)
{
  g_return_val_if_fail (RPT_IS_CHARTS_PAGE (self), NULL);

  return self->library;
}

/**
 * rpt_charts_page_get_query:
 *
 * Returns: (transfer none): the filters of the charts
 */
RptQuery *
rpt_charts_page_get_query (RptChartsPage *self)
{
  g_return_val_if_fail (RPT_IS_CHARTS_PAGE (self), NULL);

  return self->query;
}

/**
 * rpt_charts_page_dup_uri:
 *
 * Returns: (transfer full): the page's place, with its filters
 */
char *
rpt_charts_page_dup_uri (RptChartsPage *self)
{
  g_return_val_if_fail (RPT_IS_CHARTS_PAGE (self), NULL);

  return rpt_place_build_list_uri ("charts", self->query);
}

/* Shows the filters a place names (rapporteur:charts?report=…). */
void
rpt_charts_page_apply_place (RptChartsPage *self,
                             RptPlace      *place)
{
  g_return_if_fail (RPT_IS_CHARTS_PAGE (self));
  g_return_if_fail (place != NULL);

  rpt_place_apply_to_query (place, self->query);
}

/**
 * rpt_charts_page_get_card:
 * @topic: one of the page's charts
 *
 * Returns: (transfer none) (nullable): the card of that chart
 */
RptChartCard *
rpt_charts_page_get_card (RptChartsPage  *self,
                          RptChartsTopic  topic)
{
  g_return_val_if_fail (RPT_IS_CHARTS_PAGE (self), NULL);

  for (guint i = 0; i < N_CARDS; i++)
    if (topics[i] == topic)
      return self->cards[i];
  return NULL;
}

/* Makes the charts now if they are out of date (tests, export). */
void
rpt_charts_page_refresh (RptChartsPage *self)
{
  g_return_if_fail (RPT_IS_CHARTS_PAGE (self));

  if (self->dirty || self->rebuild_id != 0)
    rebuild (self);
}

/* Whether the filters match nothing to chart (the empty state is shown). */
gboolean
rpt_charts_page_is_empty (RptChartsPage *self)
{
  g_return_val_if_fail (RPT_IS_CHARTS_PAGE (self), FALSE);

  rpt_charts_page_refresh (self);
  return self->empty;
}
