/* rpt-resolution-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-resolution-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-chart-card.h"
#include "rpt-links.h"
#include "rpt-page-util.h"
#include "rpt-resolution-page.h"
#include "rpt-window.h"

struct _RptResolutionPage
{
  AdwBin         parent_instance;

  RptLibrary    *library;
  RptResolution *resolution;
  char          *title;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkLabel          *body_label;
  GtkLabel          *name_label;
  GtkLabel          *title_label;
  GtkListBox        *facts_list;
  GtkBox            *chart_box;
  GtkWidget         *revisions_group;
  GtkListBox        *revisions_list;
  GtkWidget         *deliverables_group;
  GtkListBox        *deliverables_list;
  GtkWidget         *sections_group;
  GtkBox            *sections_box;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptResolutionPage, rpt_resolution_page, ADW_TYPE_BIN)

static void
fill_facts (RptResolutionPage *self)
{
  RptResolution *resolution = self->resolution;
  g_autofree char *reports = g_strdup_printf ("%u", rpt_resolution_get_n_reports (resolution));
  g_autofree char *sections = g_strdup_printf ("%u", rpt_resolution_get_n_sections (resolution));
  g_autofree char *mentions = g_strdup_printf ("%u", rpt_resolution_get_n_mentions (resolution));
  g_autofree char *uri = rpt_link_uri_for_list ("deliverables", "resolution", rpt_resolution_get_key (resolution));

  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Body"), _rpt_page_body_label (rpt_resolution_get_body (resolution)), NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Number"), rpt_resolution_get_number (resolution), NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Latest Revision Cited"), rpt_resolution_get_revision (resolution), NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Reports Citing It"), reports, NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Sections"), sections, NULL));
  gtk_list_box_append (self->facts_list, _rpt_page_fact_row_new (_("Deliverables Named in Them"), mentions, uri));
}

static GPtrArray *
get_sections (RptResolutionPage *self)
{
  GListModel *model = rpt_resolution_get_sections (self->resolution);
  GPtrArray *sections = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sections, g_list_model_get_item (model, i));
  return sections;
}

static void
fill_revisions (RptResolutionPage *self,
                GPtrArray         *sections)
{
  const char * const *revisions = rpt_resolution_get_revisions (self->resolution);
  guint n = 0;

  for (guint i = 0; revisions != NULL && revisions[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) reports = g_ptr_array_new ();
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row;

      /* Which reports cite this revision: those whose text names it. */
      for (guint j = 0; j < sections->len; j++)
        {
          RptSection *section = g_ptr_array_index (sections, j);
          RptReport *report = rpt_section_get_report (section);
          const char *text = rpt_section_get_text (section);

          if (text != NULL && strstr (text, revisions[i]) != NULL &&
              !g_ptr_array_find (reports, report, NULL))
            g_ptr_array_add (reports, report);
        }
      g_ptr_array_sort (reports, _rpt_page_compare_report_ptrs);
      for (guint j = 0; j < reports->len; j++)
        {
          g_autofree char *name = _rpt_page_report_name (g_ptr_array_index (reports, j));

          if (subtitle->len > 0)
            g_string_append (subtitle, "; ");
          g_string_append (subtitle, name);
        }
      if (subtitle->len > 0)
        g_string_prepend (subtitle, _("Cited in "));

      row = _rpt_page_row_new (revisions[i], subtitle->str, NULL);
      gtk_list_box_append (self->revisions_list, row);
      n++;
    }

  gtk_widget_set_visible (self->revisions_group, n > 0);
}

static void
on_open_clicked (GtkButton *button,
                 gpointer   user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "rpt-uri");

  rpt_link_navigate (GTK_WIDGET (button), uri);
}

static GtkWidget *
open_button_new (const char *uri,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "rpt-uri", g_strdup (uri), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_open_clicked), NULL);
  return button;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
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
fill_group_rows (AdwExpanderRow *expander,
                 gpointer        data)
{
  GPtrArray *list = data;

  for (guint j = 0; j < list->len; j++)
    {
      RptMention *mention = g_ptr_array_index (list, j);
      const char *id = rpt_mention_get_deliverable_id (mention);
      g_autofree char *uri = rpt_link_uri (RPT_LINK_DELIVERABLE, id);
      GtkWidget *row = _rpt_page_row_new (id, rpt_mention_get_title (mention), uri);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), _rpt_page_status_pill (rpt_mention_get_status (mention)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      rpt_status_get_label (rpt_mention_get_status (mention)),
                                      -1);
      adw_expander_row_add_row (expander, row);
    }
}

static void
fill_deliverables (RptResolutionPage *self)
{
  g_autoptr(RptQuery) query = rpt_resolution_create_query (self->resolution);
  g_autoptr(GListModel) mentions = NULL;
  g_autoptr(GHashTable) by_group = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GError) error = NULL;
  g_autofree gpointer *groups = NULL;
  guint n_groups = 0;

  mentions = rpt_library_list (self->library, RPT_LIST_MENTIONS, query, &error);
  if (mentions == NULL)
    {
      g_warning ("Could not list the mentions under %s: %s", rpt_resolution_get_key (self->resolution), error->message);
      gtk_widget_set_visible (self->deliverables_group, FALSE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(RptMention) mention = g_list_model_get_item (mentions, i);
      const char *group = rpt_mention_get_group (mention);
      GPtrArray *list;
      gboolean seen = FALSE;

      if (group == NULL)
        group = "";
      list = g_hash_table_lookup (by_group, group);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_group, g_strdup (group), list);
        }
      for (guint j = 0; j < list->len && !seen; j++)
        {
          RptMention *other = g_ptr_array_index (list, j);

          seen = g_strcmp0 (rpt_mention_get_deliverable_id (other), rpt_mention_get_deliverable_id (mention)) == 0 &&
                 g_strcmp0 (rpt_mention_get_status (other), rpt_mention_get_status (mention)) == 0;
        }
      if (!seen)
        g_ptr_array_add (list, g_object_ref (mention));
    }

  /* Groups by name; the texts without a stated group last. */
  groups = g_hash_table_get_keys_as_array (by_group, &n_groups);
  g_qsort_with_data (groups, n_groups, sizeof (gpointer), compare_strings, NULL);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_groups; i++)
      {
        const char *group = groups[i];
        GPtrArray *list = g_hash_table_lookup (by_group, group);
        g_autoptr(GString) subtitle = g_string_new (NULL);
        const char **statuses = rpt_status_list ();
        const char *name;
        g_autofree char *title = NULL;
        GtkWidget *expander;

        if ((pass == 0) != (*group != '\0'))
          continue;

        name = *group != '\0' ? rpt_library_get_group_name (self->library, group) : NULL;
        if (*group == '\0')
          title = g_strdup (_("No group stated"));
        else if (name != NULL && g_strcmp0 (name, group) != 0)
          title = g_strdup_printf (_("%s, %s"), group, name);
        else
          title = g_strdup (group);

        g_ptr_array_sort (list, compare_mentions);
        for (guint s = 0; statuses[s] != NULL; s++)
          {
            guint count = 0;

            for (guint j = 0; j < list->len; j++)
              if (g_strcmp0 (rpt_mention_get_status (g_ptr_array_index (list, j)), statuses[s]) == 0)
                count++;
            if (count == 0)
              continue;
            if (subtitle->len > 0)
              g_string_append (subtitle, ", ");
            g_string_append_printf (subtitle, "%u %s", count, rpt_status_get_label (statuses[s]));
          }

        expander = _rpt_page_lazy_expander_new (title, subtitle->str, fill_group_rows,
                                                g_ptr_array_ref (list), (GDestroyNotify) g_ptr_array_unref);
        if (*group != '\0' && rpt_library_lookup_group (self->library, group) != NULL)
          {
            g_autofree char *uri = rpt_link_uri (RPT_LINK_GROUP, group);
            /* Translators: a button that opens a group's page */
            g_autofree char *tooltip = g_strdup_printf (_("Open %s"), group);

            adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), open_button_new (uri, tooltip));
          }

        gtk_list_box_append (self->deliverables_list, expander);
      }

  gtk_widget_set_visible (self->deliverables_group, n_groups > 0);
}

typedef struct
{
  RptLibrary *library;
  GPtrArray  *sections;
} SectionsData;

static void
sections_data_free (gpointer data)
{
  SectionsData *sections = data;

  g_object_unref (sections->library);
  g_ptr_array_unref (sections->sections);
  g_free (sections);
}

/* Each section with its text, marked up only when the report's row is
 * first expanded: a Resolution may govern hundreds of paragraphs. */
static void
fill_section_rows (AdwExpanderRow *expander,
                   gpointer        user_data)
{
  SectionsData *data = user_data;

  for (guint i = 0; i < data->sections->len; i++)
    {
      RptSection *section = g_ptr_array_index (data->sections, i);
      g_autofree char *uri = rpt_link_uri_for_report (rpt_report_get_id (rpt_section_get_report (section)),
                                                      rpt_section_get_number (section));
      g_autofree char *e_uri = g_markup_escape_text (uri, -1);
      g_autofree char *e_title = g_markup_escape_text (rpt_section_get_display_title (section), -1);
      g_autofree char *heading = g_strdup_printf ("<a href=\"%s\">%s</a>", e_uri, e_title);
      GtkWidget *row, *box, *label, *text;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      label = _rpt_page_text_label_new (heading, FALSE);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_tooltip_text (label, _("Read it in the report"));
      gtk_box_append (GTK_BOX (box), label);
      text = _rpt_page_section_text_new (data->library, section);
      if (text != NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, rpt_section_get_display_title (section),
                                          -1);
          gtk_box_append (GTK_BOX (box), text);
        }

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      adw_expander_row_add_row (expander, row);
    }
}

static void
fill_sections (RptResolutionPage *self,
               GPtrArray         *sections)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections by report"),
                                  -1);

  for (guint i = 0; i < sections->len; i++)
    {
      RptReport *report = rpt_section_get_report (g_ptr_array_index (sections, i));

      if (!g_ptr_array_find (reports, report, NULL))
        g_ptr_array_add (reports, report);
    }
  g_ptr_array_sort (reports, _rpt_page_compare_report_ptrs);

  for (guint r = 0; r < reports->len; r++)
    {
      RptReport *report = g_ptr_array_index (reports, r);
      g_autofree char *name = _rpt_page_report_name (report);
      g_autofree char *subtitle = NULL;
      g_autofree char *count = NULL;
      const char *period = rpt_report_get_period_text (report);
      g_autofree char *uri = rpt_link_uri_for_report (rpt_report_get_id (report), NULL);
      g_autofree char *tooltip = g_strdup_printf (_("Open %s"), rpt_report_get_title (report));
      SectionsData *data = g_new0 (SectionsData, 1);
      GtkWidget *expander;

      data->library = g_object_ref (self->library);
      data->sections = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < sections->len; i++)
        {
          RptSection *section = g_ptr_array_index (sections, i);

          if (rpt_section_get_report (section) == report)
            g_ptr_array_add (data->sections, g_object_ref (section));
        }

      count = g_strdup_printf (ngettext ("%u section", "%u sections", data->sections->len), data->sections->len);
      if (period != NULL && *period != '\0')
        subtitle = g_strdup_printf (_("%s · %s"), period, count);
      else
        subtitle = g_steal_pointer (&count);

      expander = _rpt_page_lazy_expander_new (name, subtitle, fill_section_rows, data, sections_data_free);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), open_button_new (uri, tooltip));
      gtk_list_box_append (GTK_LIST_BOX (list), expander);
    }

  gtk_box_append (self->sections_box, list);
  gtk_widget_set_visible (self->sections_group, reports->len > 0);
}

static void
set_title (RptResolutionPage *self,
           const char        *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * rpt_resolution_page_show:
 * @self: a page
 * @key: a Resolution key ("PP 101")
 * @fragment: (nullable): unused
 *
 * Returns: %FALSE when no report cites such a Resolution
 */
gboolean
rpt_resolution_page_show (RptResolutionPage *self,
                          const char        *key,
                          const char        *fragment)
{
  RptResolution *resolution;
  g_autoptr(GPtrArray) sections = NULL;
  g_autofree char *name = NULL;
  const char *title;

  g_return_val_if_fail (RPT_IS_RESOLUTION_PAGE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  resolution = rpt_library_lookup_resolution (self->library, key);
  if (resolution == NULL)
    return FALSE;

  g_set_object (&self->resolution, resolution);

  _rpt_page_clear (GTK_WIDGET (self->facts_list));
  _rpt_page_clear (GTK_WIDGET (self->revisions_list));
  _rpt_page_clear (GTK_WIDGET (self->deliverables_list));
  _rpt_page_clear (GTK_WIDGET (self->sections_box));

  name = _rpt_page_resolution_name (rpt_resolution_get_body (resolution), rpt_resolution_get_number (resolution));
  gtk_label_set_text (self->body_label, _rpt_page_body_label (rpt_resolution_get_body (resolution)));
  gtk_label_set_text (self->name_label, name);
  title = rpt_resolution_get_title (resolution);
  if (title == NULL || *title == '\0')
    title = rpt_library_get_resolution_title (self->library, key);
  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');

  sections = get_sections (self);
  fill_facts (self);
  fill_revisions (self, sections);
  fill_deliverables (self);
  fill_sections (self, sections);
  rpt_chart_card_fill_box (self->chart_box, self->library, RPT_CHARTS_RESOLUTION, key);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  set_title (self, name);
  return TRUE;
}

GtkWidget *
rpt_resolution_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_RESOLUTION_PAGE, "library", library, NULL);
}

RptLibrary *
rpt_resolution_page_get_library (RptResolutionPage *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION_PAGE (self), NULL);
  return self->library;
}

const char *
rpt_resolution_page_get_title (RptResolutionPage *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION_PAGE (self), NULL);
  return self->title;
}

/**
 * rpt_resolution_page_get_chart_box:
 * @self: a page
 *
 * Where a chart of the deliverables reported under the Resolution goes.  It
 * is hidden while it is empty: whoever adds a chart shows it.
 *
 * Returns: (transfer none): the box
 */
GtkBox *
rpt_resolution_page_get_chart_box (RptResolutionPage *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION_PAGE (self), NULL);
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
rpt_resolution_page_dispose (GObject *object)
{
  RptResolutionPage *self = RPT_RESOLUTION_PAGE (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_RESOLUTION_PAGE);
  g_clear_object (&self->resolution);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_resolution_page_parent_class)->dispose (object);
}

static void
rpt_resolution_page_finalize (GObject *object)
{
  RptResolutionPage *self = RPT_RESOLUTION_PAGE (object);

  g_free (self->title);

  G_OBJECT_CLASS (rpt_resolution_page_parent_class)->finalize (object);
}

static void
rpt_resolution_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RptResolutionPage *self = RPT_RESOLUTION_PAGE (object);

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
rpt_resolution_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RptResolutionPage *self = RPT_RESOLUTION_PAGE (object);

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
rpt_resolution_page_class_init (RptResolutionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_resolution_page_dispose;
  object_class->finalize = rpt_resolution_page_finalize;
  object_class->get_property = rpt_resolution_page_get_property;
  object_class->set_property = rpt_resolution_page_set_property;

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-resolution-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, body_label);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, revisions_group);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, revisions_list);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, deliverables_group);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, deliverables_list);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, sections_group);
  gtk_widget_class_bind_template_child (widget_class, RptResolutionPage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rpt_resolution_page_init (RptResolutionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
