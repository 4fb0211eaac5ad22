/* rpt-deliverable-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-deliverable-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-deliverable-page.h"
#include "rpt-links.h"
#include "rpt-page-util.h"
#include "rpt-window.h"

struct _RptDeliverablePage
{
  AdwBin          parent_instance;

  RptLibrary     *library;
  RptDeliverable *deliverable;
  char           *title;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *kind_label;
  GtkLabel          *id_label;
  GtkLabel          *title_label;
  GtkBox            *pill_box;
  GtkListBox        *facts_list;
  GtkWidget         *history_group;
  GtkListBox        *history_list;
  GtkWidget         *sources_group;
  GtkListBox        *sources_list;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptDeliverablePage, rpt_deliverable_page, ADW_TYPE_BIN)

/* The mentions of one report, for the history. */
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

static GPtrArray *
mentions_by_report (GListModel *mentions)
{
  GPtrArray *reports = g_ptr_array_new_with_free_func (report_mentions_free);
  guint n = mentions != NULL ? g_list_model_get_n_items (mentions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptMention) mention = g_list_model_get_item (mentions, i);
      RptReport *report = rpt_mention_get_report (mention);
      ReportMentions *entry = NULL;

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
      g_ptr_array_add (entry->mentions, g_object_ref (mention));
    }

  g_ptr_array_sort (reports, compare_report_mentions);
  return reports;
}

static void
add_fact (RptDeliverablePage *self,
          const char         *title,
          const char         *value,
          const char         *uri)
{
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (title, value, uri));
}

static void
fill_facts (RptDeliverablePage *self)
{
  RptDeliverable *deliverable = self->deliverable;
  const char *kind = rpt_deliverable_get_kind (deliverable);
  const char *series = rpt_deliverable_get_series (deliverable);
  const char *series_title = rpt_deliverable_get_series_title (deliverable);
  const char *group = rpt_deliverable_get_group (deliverable);
  const char *status = rpt_deliverable_get_status (deliverable);
  RptReport *last = rpt_deliverable_get_last_report (deliverable);
  g_autofree char *series_text = NULL;
  g_autofree char *series_uri = NULL;
  g_autofree char *group_text = NULL;
  g_autofree char *group_uri = NULL;
  g_autofree char *reports_text = NULL;
  GtkWidget *row;

  add_fact (self, _("Kind"), kind != NULL ? rpt_kind_get_label (kind) : NULL, NULL);

  if (series != NULL && *series != '\0')
    {
      if (series_title != NULL && *series_title != '\0')
        /* Translators: a series letter and its title, "X: Data networks, …" */
        series_text = g_strdup_printf (_("%s: %s"), series, series_title);
      else
        series_text = g_strdup (series);
      series_uri = rpt_link_uri_for_list ("deliverables", "series", series);
    }
  add_fact (self, _("Series"), series_text, series_uri);

  if (group != NULL && *group != '\0')
    {
      const char *name = rpt_library_get_group_name (self->library, group);

      if (name != NULL && g_strcmp0 (name, group) != 0)
        /* Translators: a group id and its name, "ITU-T SG17, Security" */
        group_text = g_strdup_printf (_("%s, %s"), group, name);
      else
        group_text = g_strdup (group);
      if (rpt_library_lookup_group (self->library, group) != NULL)
        group_uri = rpt_link_uri (RPT_LINK_GROUP, group);
    }
  add_fact (self, _("Responsible Group"), group_text, group_uri);

  add_fact (self, _("Sector"), rpt_deliverable_get_sector (deliverable), NULL);

  row = _rpt_page_row_new (_("Latest Status"), NULL, NULL);
  if (last != NULL)
    {
      g_autofree char *name = _rpt_page_report_name (last);
      /* Translators: "as of <report>" */
      g_autofree char *as_of = g_strdup_printf (_("As of %s"), name);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), as_of);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), _rpt_page_status_pill (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rpt_status_get_label (status != NULL ? status : "mentioned"),
                                  -1);
  gtk_list_box_append (self->facts_list, row);

  {
    guint n_reports = rpt_deliverable_get_n_reports (deliverable);
    guint n_mentions = rpt_deliverable_get_n_mentions (deliverable);
    g_autofree char *in_reports = g_strdup_printf (ngettext ("%u report", "%u reports", n_reports), n_reports);
    g_autofree char *in_sections = g_strdup_printf (ngettext ("%u section", "%u sections", n_mentions), n_mentions);

    /* Translators: "2 reports, 3 sections" */
    reports_text = g_strdup_printf (_("%s, %s"), in_reports, in_sections);
  }
  add_fact (self, _("Named In"), reports_text, NULL);
}

static void
fill_history (RptDeliverablePage *self,
              GPtrArray          *reports)
{
  for (guint i = 0; i < reports->len; i++)
    {
      ReportMentions *entry = g_ptr_array_index (reports, i);
      RptMention *first = g_ptr_array_index (entry->mentions, 0);
      g_autofree char *uri = rpt_link_uri_for_report (rpt_report_get_id (entry->report), rpt_mention_get_section (first));
      g_autoptr(GString) sections = g_string_new (NULL);
      g_autoptr(GString) description = g_string_new (NULL);
      g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
      g_autofree char *subtitle = NULL;
      const char *period = rpt_report_get_period_text (entry->report);
      GtkWidget *row;
      GtkWidget *pills;

      for (guint j = 0; j < entry->mentions->len; j++)
        {
          RptMention *mention = g_ptr_array_index (entry->mentions, j);
          const char *status = rpt_mention_get_status (mention);

          if (sections->len > 0)
            g_string_append (sections, ", ");
          g_string_append (sections, rpt_mention_get_section (mention));
          if (!g_ptr_array_find_with_equal_func (statuses, status, g_str_equal, NULL))
            g_ptr_array_add (statuses, (gpointer) (status != NULL ? status : "mentioned"));
        }

      subtitle = g_strdup_printf (ngettext ("%s · section %s", "%s · sections %s", entry->mentions->len),
                                  period != NULL && *period != '\0' ? period : rpt_report_get_label (entry->report),
                                  sections->str);
      row = _rpt_page_row_new (rpt_report_get_title (entry->report), subtitle, uri);

      pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (pills, GTK_ALIGN_CENTER);
      for (guint j = 0; j < statuses->len; j++)
        {
          const char *status = g_ptr_array_index (statuses, j);

          gtk_box_append (GTK_BOX (pills), _rpt_page_status_pill (status));
          if (description->len > 0)
            g_string_append (description, ", ");
          g_string_append (description, rpt_status_get_label (status));
        }
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), pills);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                      -1);
      gtk_list_box_append (self->history_list, row);
    }

  gtk_widget_set_visible (self->history_group, reports->len > 0);
}

static GtkWidget *
source_row_new (RptDeliverablePage *self,
                RptMention         *mention)
{
  RptReport *report = rpt_mention_get_report (mention);
  const char *section = rpt_mention_get_section (mention);
  const char *group = rpt_mention_get_group (mention);
  g_autofree char *uri = rpt_link_uri_for_report (rpt_report_get_id (report), section);
  g_autofree char *report_name = _rpt_page_report_name (report);
  g_autofree char *section_name = _rpt_page_section_name (report, section, rpt_mention_get_section_heading (mention));
  g_autofree char *where = NULL;
  g_autofree char *excerpt = _rpt_page_excerpt_markup (GTK_WIDGET (self), self->library, mention,
                                                       rpt_deliverable_get_id (self->deliverable));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Where it is said: the report and a link to its section. */
  {
    g_autofree char *e_uri = g_markup_escape_text (uri, -1);
    g_autofree char *e_report = g_markup_escape_text (report_name, -1);
    g_autofree char *e_section = g_markup_escape_text (section_name, -1);

    where = g_strdup_printf ("%s · <a href=\"%s\">%s</a>", e_report, e_uri, e_section);
  }
  label = _rpt_page_text_label_new (where, FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "rpt-source-where");
  gtk_box_append (GTK_BOX (top), label);
  gtk_box_append (GTK_BOX (top), _rpt_page_status_pill (rpt_mention_get_status (mention)));
  gtk_box_append (GTK_BOX (box), top);

  label = _rpt_page_text_label_new (excerpt, TRUE);
  gtk_widget_add_css_class (label, "rpt-excerpt");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Sentence from the report"),
                                  -1);
  gtk_box_append (GTK_BOX (box), label);

  if (group != NULL && *group != '\0' && g_strcmp0 (group, rpt_deliverable_get_group (self->deliverable)) != 0)
    {
      g_autofree char *group_uri = rpt_link_uri (RPT_LINK_GROUP, group);
      g_autofree char *e_uri = g_markup_escape_text (group_uri, -1);
      g_autofree char *e_group = g_markup_escape_text (group, -1);
      /* Translators: the group a report gives for this deliverable */
      g_autofree char *markup = g_strdup_printf (_("Group in this report: <a href=\"%s\">%s</a>"), e_uri, e_group);

      label = _rpt_page_text_label_new (markup, FALSE);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
fill_sources (RptDeliverablePage *self,
              GPtrArray          *reports)
{
  guint n = 0;

  /* Newest report first: what users read about it most recently. */
  for (guint i = reports->len; i > 0; i--)
    {
      ReportMentions *entry = g_ptr_array_index (reports, i - 1);

      for (guint j = 0; j < entry->mentions->len; j++, n++)
        gtk_list_box_append (self->sources_list, source_row_new (self, g_ptr_array_index (entry->mentions, j)));
    }

  gtk_widget_set_visible (self->sources_group, n > 0);
}

static void
set_title (RptDeliverablePage *self,
           const char         *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * rpt_deliverable_page_show:
 * @self: a page
 * @key: a deliverable id ("X.1813")
 * @fragment: (nullable): unused
 *
 * Returns: %FALSE when the library has no such deliverable
 */
gboolean
rpt_deliverable_page_show (RptDeliverablePage *self,
                           const char         *key,
                           const char         *fragment)
{
  g_autoptr(RptDeliverable) deliverable = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autofree char *kind_text = NULL;
  const char *kind, *sector, *title;

  g_return_val_if_fail (RPT_IS_DELIVERABLE_PAGE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  deliverable = rpt_library_lookup_deliverable (self->library, key);
  if (deliverable == NULL)
    return FALSE;

  g_set_object (&self->deliverable, deliverable);

  _rpt_page_clear (GTK_WIDGET (self->facts_list));
  _rpt_page_clear (GTK_WIDGET (self->history_list));
  _rpt_page_clear (GTK_WIDGET (self->sources_list));
  _rpt_page_clear (GTK_WIDGET (self->pill_box));

  kind = rpt_deliverable_get_kind (deliverable);
  sector = rpt_deliverable_get_sector (deliverable);
  if (sector != NULL && *sector != '\0')
    /* Translators: a kind and a sector, "Recommendation · ITU-T" */
    kind_text = g_strdup_printf (_("%s · %s"), rpt_kind_get_label (kind), sector);
  else
    kind_text = g_strdup (rpt_kind_get_label (kind));
  gtk_label_set_text (self->kind_label, kind_text);

  gtk_label_set_text (self->id_label, rpt_deliverable_get_id (deliverable));
  title = rpt_deliverable_get_title (deliverable);
  gtk_label_set_text (self->title_label, title != NULL && *title != '\0' ? title : _("No title in the reports"));
  if (title == NULL || *title == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  gtk_box_append (self->pill_box, _rpt_page_status_pill (rpt_deliverable_get_status (deliverable)));

  fill_facts (self);
  reports = mentions_by_report (rpt_deliverable_get_mentions (deliverable));
  fill_history (self, reports);
  fill_sources (self, reports);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  set_title (self, rpt_deliverable_get_id (deliverable));
  return TRUE;
}

GtkWidget *
rpt_deliverable_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_DELIVERABLE_PAGE, "library", library, NULL);
}

RptLibrary *
rpt_deliverable_page_get_library (RptDeliverablePage *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE_PAGE (self), NULL);
  return self->library;
}

const char *
rpt_deliverable_page_get_title (RptDeliverablePage *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE_PAGE (self), NULL);
  return self->title;
}

static void
rpt_deliverable_page_dispose (GObject *object)
{
  RptDeliverablePage *self = RPT_DELIVERABLE_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_DELIVERABLE_PAGE);
  g_clear_object (&self->deliverable);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_deliverable_page_parent_class)->dispose (object);
}

static void
rpt_deliverable_page_finalize (GObject *object)
{
  RptDeliverablePage *self = RPT_DELIVERABLE_PAGE (object);

  g_free (self->title);

  G_OBJECT_CLASS (rpt_deliverable_page_parent_class)->finalize (object);
}

static void
rpt_deliverable_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RptDeliverablePage *self = RPT_DELIVERABLE_PAGE (object);

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
rpt_deliverable_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RptDeliverablePage *self = RPT_DELIVERABLE_PAGE (object);

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
rpt_deliverable_page_class_init (RptDeliverablePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_deliverable_page_dispose;
  object_class->finalize = rpt_deliverable_page_finalize;
  object_class->get_property = rpt_deliverable_page_get_property;
  object_class->set_property = rpt_deliverable_page_set_property;

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-deliverable-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, id_label);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, pill_box);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, history_group);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, history_list);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, RptDeliverablePage, sources_list);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rpt_deliverable_page_init (RptDeliverablePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
