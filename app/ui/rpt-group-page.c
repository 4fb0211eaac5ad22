/* rpt-group-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-group-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-chart-card.h"
#include "rpt-group-page.h"
#include "rpt-links.h"
#include "rpt-page-util.h"
#include "rpt-window.h"

struct _RptGroupPage
{
  AdwBin      parent_instance;

  RptLibrary *library;
  RptGroup   *group;
  char       *title;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *kind_label;
  GtkLabel          *id_label;
  GtkLabel          *name_label;
  GtkLabel          *official_label;
  GtkLabel          *mandate_label;
  GtkLabel          *website_label;
  GtkListBox        *facts_list;
  GtkBox            *chart_box;
  GtkWidget         *status_group;
  GtkListBox        *status_list;
  GtkWidget         *report_group;
  GtkListBox        *report_list;
  GtkWidget         *counts_group;
  GtkListBox        *counts_list;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptGroupPage, rpt_group_page, ADW_TYPE_BIN)

static const char *
group_kind_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } kinds[] = {
    { "study-group", N_("Study group") },
    { "advisory-group", N_("Advisory group") },
    { "sector", N_("Sector") },
    { "bureau", N_("Bureau") },
    { "focus-group", N_("Focus group") },
    { "jca", N_("Joint coordination activity") },
    { "joint-group", N_("Joint group") },
    { "correspondence-group", N_("Correspondence group") },
    { "initiative", N_("Initiative") },
    { "conference", N_("Conference") },
    { "council", N_("Council") },
    { "council-working-group", N_("Council working group") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].kind) == 0)
      return _(kinds[i].label);
  return NULL;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
fill_header (RptGroupPage *self)
{
  RptGroup *group = self->group;
  const char *sector = rpt_group_get_sector (group);
  const char *kind = group_kind_label (rpt_group_get_group_kind (group));
  const char *name = rpt_group_get_name (group);
  const char *official = rpt_group_get_official_title (group);
  const char *full_name = rpt_group_get_full_name (group);
  const char *url = rpt_group_get_url (group);
  g_autofree char *kind_text = NULL;

  if (sector != NULL && kind != NULL)
    kind_text = g_strdup_printf (_("%s · %s"), kind, sector);
  else
    kind_text = g_strdup (kind != NULL ? kind : sector);
  set_label (self->kind_label, kind_text);

  set_label (self->id_label, rpt_group_get_id (group));
  /* "JCA-ML" says nothing "ITU-T JCA-ML" does not. */
  set_label (self->name_label, name != NULL && !g_str_has_suffix (rpt_group_get_id (group), name) ? name : NULL);
  if (official == NULL || g_strcmp0 (official, name) == 0)
    official = full_name;
  set_label (self->official_label, g_strcmp0 (official, name) != 0 ? official : NULL);
  /* The mandate names other groups ("Its parent group is SG13"): links. */
  if (rpt_group_get_mandate (group) != NULL && *rpt_group_get_mandate (group) != '\0')
    {
      RptLinkOptions options;
      g_autofree char *markup = NULL;

      _rpt_page_link_options_init (&options, self->library, NULL);
      options.default_body = NULL;
      markup = rpt_links_markup (rpt_group_get_mandate (group), &options);
      gtk_label_set_markup (self->mandate_label, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->mandate_label), TRUE);
    }
  else
    set_label (self->mandate_label, NULL);

  if (url != NULL && *url != '\0')
    {
      g_autofree char *e_url = g_markup_escape_text (url, -1);
      g_autofree char *markup = g_strdup_printf ("<a href=\"%s\">%s</a>", e_url, _("Group Website"));

      gtk_label_set_markup (self->website_label, markup);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->website_label), url);
      gtk_widget_set_visible (GTK_WIDGET (self->website_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->website_label), FALSE);
}

static void
fill_facts (RptGroupPage *self)
{
  RptGroup *group = self->group;
  g_autofree char *reports = g_strdup_printf ("%u", rpt_group_get_n_reports (group));
  g_autofree char *sections = g_strdup_printf ("%u", rpt_group_get_n_sections (group));
  g_autofree char *deliverables = g_strdup_printf ("%u", rpt_group_get_n_deliverables (group));
  g_autofree char *uri = rpt_link_uri_for_list ("deliverables", "group", rpt_group_get_id (group));

  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Reports Naming It"), reports, NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Sections Naming It"), sections, NULL));
  gtk_list_box_append (self->facts_list,
                       _rpt_page_fact_row_new (_("Deliverables It Is Responsible For"), deliverables,
                                               rpt_group_get_n_deliverables (group) > 0 ? uri : NULL));
}

static GtkWidget *
deliverable_row_new (const char *id,
                     const char *title,
                     const char *status)
{
  g_autofree char *uri = rpt_link_uri (RPT_LINK_DELIVERABLE, id);
  GtkWidget *row = _rpt_page_row_new (id, title, uri);

  if (status != NULL)
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), _rpt_page_status_pill (status));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rpt_status_get_label (status),
                                      -1);
    }
  return row;
}

static void
fill_status_rows (AdwExpanderRow *expander,
                  gpointer        data)
{
  GPtrArray *list = data;

  for (guint i = 0; i < list->len; i++)
    {
      RptDeliverable *deliverable = g_ptr_array_index (list, i);

      adw_expander_row_add_row (expander,
                                deliverable_row_new (rpt_deliverable_get_id (deliverable),
                                                     rpt_deliverable_get_title (deliverable),
                                                     NULL));
    }
}

static void
fill_mention_rows (AdwExpanderRow *expander,
                   gpointer        data)
{
  GPtrArray *list = data;

  for (guint j = 0; j < list->len; j++)
    {
      RptMention *mention = g_ptr_array_index (list, j);

      adw_expander_row_add_row (expander,
                                deliverable_row_new (rpt_mention_get_deliverable_id (mention),
                                                     rpt_mention_get_title (mention),
                                                     rpt_mention_get_status (mention)));
    }
}

static void
fill_by_status (RptGroupPage *self)
{
  g_autoptr(RptQuery) query = rpt_group_create_query (self->group);
  g_autoptr(GListModel) deliverables = NULL;
  g_autoptr(GError) error = NULL;
  const char **statuses = rpt_status_list ();
  guint n_rows = 0;

  deliverables = rpt_library_list (self->library, RPT_LIST_DELIVERABLES, query, &error);
  if (deliverables == NULL)
    {
      g_warning ("Could not list the deliverables of %s: %s", rpt_group_get_id (self->group), error->message);
      gtk_widget_set_visible (self->status_group, FALSE);
      return;
    }

  for (guint s = 0; statuses[s] != NULL; s++)
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *subtitle = NULL;
      GtkWidget *expander;

      for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
        {
          g_autoptr(RptDeliverable) deliverable = g_list_model_get_item (deliverables, i);
          const char *status = rpt_deliverable_get_status (deliverable);

          if (g_strcmp0 (status != NULL ? status : "mentioned", statuses[s]) == 0)
            g_ptr_array_add (list, g_steal_pointer (&deliverable));
        }
      if (list->len == 0)
        continue;

      subtitle = g_strdup_printf (ngettext ("%u deliverable", "%u deliverables", list->len), list->len);
      expander = _rpt_page_lazy_expander_new (rpt_status_get_label (statuses[s]), subtitle, fill_status_rows,
                                              g_ptr_array_ref (list), (GDestroyNotify) g_ptr_array_unref);
      gtk_list_box_append (self->status_list, expander);
      n_rows++;
    }

  gtk_widget_set_visible (self->status_group, n_rows > 0);
}

typedef struct
{
  RptReport *report;
  GPtrArray *mentions;
} ReportMentions;

static void
report_mentions_free (gpointer data)
{
  ReportMentions *entry = data;

  g_ptr_array_unref (entry->mentions);
  g_free (entry);
}

static int
compare_report_mentions (gconstpointer a,
                         gconstpointer b)
{
  const ReportMentions *ra = *(ReportMentions **) a;
  const ReportMentions *rb = *(ReportMentions **) b;

  return _rpt_page_compare_reports (ra->report, rb->report);
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  RptMention *ma = *(RptMention **) a;
  RptMention *mb = *(RptMention **) b;
  guint ra = _rpt_page_status_rank (rpt_mention_get_status (ma));
  guint rb = _rpt_page_status_rank (rpt_mention_get_status (mb));

  if (ra != rb)
    return ra < rb ? -1 : 1;
  return g_strcmp0 (rpt_mention_get_deliverable_id (ma), rpt_mention_get_deliverable_id (mb));
}

static void
fill_by_report (RptGroupPage *self)
{
  g_autoptr(RptQuery) query = rpt_group_create_query (self->group);
  g_autoptr(GListModel) mentions = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (report_mentions_free);
  g_autoptr(GError) error = NULL;

  mentions = rpt_library_list (self->library, RPT_LIST_MENTIONS, query, &error);
  if (mentions == NULL)
    {
      g_warning ("Could not list the mentions of %s: %s", rpt_group_get_id (self->group), error->message);
      gtk_widget_set_visible (self->report_group, FALSE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(RptMention) mention = g_list_model_get_item (mentions, i);
      RptReport *report = rpt_mention_get_report (mention);
      ReportMentions *entry = NULL;
      gboolean seen = FALSE;

      for (guint j = 0; j < reports->len && entry == NULL; j++)
        if (((ReportMentions *) g_ptr_array_index (reports, j))->report == report)
          entry = g_ptr_array_index (reports, j);
      if (entry == NULL)
        {
          entry = g_new0 (ReportMentions, 1);
          entry->report = report;
          entry->mentions = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (reports, entry);
        }

      /* One row per deliverable and status in a report, though it may be
       * named in several sections. */
      for (guint j = 0; j < entry->mentions->len && !seen; j++)
        {
          RptMention *other = g_ptr_array_index (entry->mentions, j);

          seen = g_strcmp0 (rpt_mention_get_deliverable_id (other), rpt_mention_get_deliverable_id (mention)) == 0 &&
                 g_strcmp0 (rpt_mention_get_status (other), rpt_mention_get_status (mention)) == 0;
        }
      if (!seen)
        g_ptr_array_add (entry->mentions, g_object_ref (mention));
    }

  g_ptr_array_sort (reports, compare_report_mentions);

  for (guint i = 0; i < reports->len; i++)
    {
      ReportMentions *entry = g_ptr_array_index (reports, i);
      g_autoptr(GString) counts = g_string_new (NULL);
      g_autofree char *subtitle = NULL;
      g_autofree char *name = _rpt_page_report_name (entry->report);
      const char *period = rpt_report_get_period_text (entry->report);
      const char **statuses = rpt_status_list ();
      GtkWidget *expander;

      g_ptr_array_sort (entry->mentions, compare_mentions);

      /* "12 Approved, 3 Agreed" */
      for (guint s = 0; statuses[s] != NULL; s++)
        {
          guint count = 0;

          for (guint j = 0; j < entry->mentions->len; j++)
            if (g_strcmp0 (rpt_mention_get_status (g_ptr_array_index (entry->mentions, j)), statuses[s]) == 0)
              count++;
          if (count == 0)
            continue;
          if (counts->len > 0)
            g_string_append (counts, ", ");
          g_string_append_printf (counts, "%u %s", count, rpt_status_get_label (statuses[s]));
        }
      if (period != NULL && *period != '\0')
        subtitle = g_strdup_printf (_("%s · %s"), period, counts->str);
      else
        subtitle = g_strdup (counts->str);

      expander = _rpt_page_lazy_expander_new (name, subtitle, fill_mention_rows,
                                              g_ptr_array_ref (entry->mentions), (GDestroyNotify) g_ptr_array_unref);
      gtk_list_box_append (self->report_list, expander);
    }

  gtk_widget_set_visible (self->report_group, reports->len > 0);
}

/* In reporting order, then in the order of the report's sections. */
static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  RptStatedCount *ca = *(RptStatedCount **) a;
  RptStatedCount *cb = *(RptStatedCount **) b;
  int result = _rpt_page_compare_reports (rpt_stated_count_get_report (ca), rpt_stated_count_get_report (cb));

  if (result != 0)
    return result;
  return _rpt_page_compare_sections (rpt_stated_count_get_section (ca), rpt_stated_count_get_section (cb));
}

/* A quote as a row title: without the bullet or dash the line began with. */
static char *
clean_quote (const char *quote)
{
  const char *p = quote != NULL ? quote : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x2013 && c != 0x2014 && c != '-' && c != 0x2022 && c != 0x00B7)
        break;
      p = g_utf8_next_char (p);
    }
  return g_strdelimit (g_strdup (p), "\t\n", ' ');
}

static void
fill_counts (RptGroupPage *self)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  rpt_query_set_group (query, rpt_group_get_id (self->group));
  counts = rpt_library_list (self->library, RPT_LIST_STATED_COUNTS, query, &error);
  if (counts == NULL)
    {
      g_warning ("Could not list the stated counts of %s: %s", rpt_group_get_id (self->group), error->message);
      gtk_widget_set_visible (self->counts_group, FALSE);
      return;
    }

  sorted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (counts, i));
  g_ptr_array_sort (sorted, compare_counts);

  for (guint i = 0; i < sorted->len; i++)
    {
      RptStatedCount *count = g_ptr_array_index (sorted, i);
      const char * const *groups = rpt_stated_count_get_groups (count);
      RptReport *report = rpt_stated_count_get_report (count);
      const char *section = rpt_stated_count_get_section (count);
      g_autofree char *uri = NULL;
      g_autofree char *report_name = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *value = NULL;
      g_autofree char *quote = NULL;
      g_autofree char *stated = NULL;
      g_autofree char *counted = NULL;
      GtkWidget *row;
      GtkWidget *label;
      GtkWidget *box;

      /* Only the counts that name this group. */
      if (groups == NULL || !g_strv_contains (groups, rpt_group_get_id (self->group)))
        continue;

      uri = rpt_link_uri_for_report (rpt_report_get_id (report), section);
      report_name = _rpt_page_report_name (report);
      /* Translators: what was counted, in which report and section:
       * "Recommendations, Approved · <report>, section 2.1" */
      subtitle = g_strdup_printf (_("%s, %s · %s, section %s"),
                                  rpt_kind_get_plural_label (rpt_stated_count_get_kind (count)),
                                  rpt_status_get_label (rpt_stated_count_get_status (count)),
                                  report_name, section);
      quote = clean_quote (rpt_stated_count_get_quote (count));
      row = _rpt_page_row_new (quote, subtitle, NULL);

      /* Stated beside counted, one above the other. */
      stated = g_strdup_printf (_("%s stated"), rpt_stated_count_get_count_label (count));
      counted = g_strdup_printf (ngettext ("%u counted", "%u counted", rpt_stated_count_get_counted (count)),
                                 rpt_stated_count_get_counted (count));
      value = g_strdup_printf ("%s, %s", stated, counted);
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      label = gtk_label_new (stated);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (box), label);
      label = gtk_label_new (counted);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "rpt-count");
      if (rpt_stated_count_get_counted (count) != rpt_stated_count_get_count (count))
        gtk_widget_add_css_class (label, "rpt-count-differs");
      else
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      _rpt_page_row_set_uri (row, uri);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value,
                                      -1);
      gtk_list_box_append (self->counts_list, row);
      n_rows++;
    }

  gtk_widget_set_visible (self->counts_group, n_rows > 0);
}

static void
set_title (RptGroupPage *self,
           const char   *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * rpt_group_page_show:
 * @self: a page
 * @key: a group id ("ITU-T SG17")
 * @fragment: (nullable): unused
 *
 * Returns: %FALSE when no report names such a group
 */
gboolean
rpt_group_page_show (RptGroupPage *self,
                     const char   *key,
                     const char   *fragment)
{
  RptGroup *group;

  g_return_val_if_fail (RPT_IS_GROUP_PAGE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  group = rpt_library_lookup_group (self->library, key);
  if (group == NULL)
    return FALSE;

  g_set_object (&self->group, group);

  _rpt_page_clear (GTK_WIDGET (self->facts_list));
  _rpt_page_clear (GTK_WIDGET (self->status_list));
  _rpt_page_clear (GTK_WIDGET (self->report_list));
  _rpt_page_clear (GTK_WIDGET (self->counts_list));

  fill_header (self);
  fill_facts (self);
  fill_by_status (self);
  fill_by_report (self);
  fill_counts (self);
  rpt_chart_card_fill_box (self->chart_box, self->library, RPT_CHARTS_GROUP, rpt_group_get_id (group));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  set_title (self, rpt_group_get_id (group));
  return TRUE;
}

GtkWidget *
rpt_group_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_GROUP_PAGE, "library", library, NULL);
}

RptLibrary *
rpt_group_page_get_library (RptGroupPage *self)
{
  g_return_val_if_fail (RPT_IS_GROUP_PAGE (self), NULL);
  return self->library;
}

const char *
rpt_group_page_get_title (RptGroupPage *self)
{
  g_return_val_if_fail (RPT_IS_GROUP_PAGE (self), NULL);
  return self->title;
}

/**
 * rpt_group_page_get_chart_box:
 * @self: a page
 *
 * Where a chart of the group's deliverables goes.  It is hidden while it is
 * empty: whoever adds a chart shows it.
 *
 * Returns: (transfer none): the box
 */
GtkBox *
rpt_group_page_get_chart_box (RptGroupPage *self)
{
  g_return_val_if_fail (RPT_IS_GROUP_PAGE (self), NULL);
  return self->chart_box;
}

static gboolean
on_activate_link (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  return rpt_link_on_activate_link (label, uri, user_data);
}

static void
rpt_group_page_dispose (GObject *object)
{
  RptGroupPage *self = RPT_GROUP_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_GROUP_PAGE);
  g_clear_object (&self->group);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_group_page_parent_class)->dispose (object);
}

static void
rpt_group_page_finalize (GObject *object)
{
  RptGroupPage *self = RPT_GROUP_PAGE (object);

  g_free (self->title);

  G_OBJECT_CLASS (rpt_group_page_parent_class)->finalize (object);
}

static void
rpt_group_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptGroupPage *self = RPT_GROUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_group_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RptGroupPage *self = RPT_GROUP_PAGE (object);

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
rpt_group_page_class_init (RptGroupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_group_page_dispose;
  object_class->finalize = rpt_group_page_finalize;
  object_class->get_property = rpt_group_page_get_property;
  object_class->set_property = rpt_group_page_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  rpt_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-group-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, id_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, official_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, mandate_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, website_label);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, status_list);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, report_group);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, report_list);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, counts_group);
  gtk_widget_class_bind_template_child (widget_class, RptGroupPage, counts_list);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rpt_group_page_init (RptGroupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
