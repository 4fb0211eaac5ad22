/* rpt-page-util.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-page-util.h"

GtkWidget *
_rpt_page_status_pill (const char *status)
{
  g_autofree char *css_class = NULL;
  GtkWidget *pill;

  if (status == NULL || *status == '\0')
    status = "mentioned";

  pill = gtk_label_new (rpt_status_get_label (status));
  css_class = g_strconcat ("status-", status, NULL);
  gtk_widget_add_css_class (pill, "rpt-status-pill");
  gtk_widget_add_css_class (pill, css_class);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pill),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Status"),
                                  -1);
  return pill;
}

static void
on_row_activated (AdwActionRow *row,
                  gpointer      user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "rpt-uri");

  if (uri != NULL)
    rpt_link_navigate (GTK_WIDGET (row), uri);
}

void
_rpt_page_row_set_uri (GtkWidget  *row,
                       const char *uri)
{
  gboolean had_uri = g_object_get_data (G_OBJECT (row), "rpt-uri") != NULL;

  g_object_set_data_full (G_OBJECT (row), "rpt-uri", g_strdup (uri), g_free);
  if (uri == NULL || had_uri)
    return;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), NULL);
}

GtkWidget *
_rpt_page_row_new (const char *title,
                   const char *subtitle,
                   const char *uri)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (uri != NULL)
    _rpt_page_row_set_uri (row, uri);
  return row;
}

GtkWidget *
_rpt_page_fact_row_new (const char *title,
                        const char *value,
                        const char *uri)
{
  GtkWidget *row = _rpt_page_row_new (title, NULL, NULL);
  GtkWidget *label = gtk_label_new (value != NULL && *value != '\0' ? value : _("Not stated"));

  /* Short values stay on one line; long ones wrap within a sensible width. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (g_utf8_strlen (gtk_label_get_text (GTK_LABEL (label)), -1), 24));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_selectable (GTK_LABEL (label), uri == NULL);
  gtk_widget_add_css_class (label, "dim-label");
  if (value == NULL || *value == '\0')
    gtk_widget_add_css_class (label, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  /* The value is part of what the row says. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (GTK_LABEL (label)),
                                  -1);
  if (uri != NULL)
    _rpt_page_row_set_uri (row, uri);
  return row;
}

typedef struct
{
  RptPageFillFunc fill;
  gpointer        data;
  GDestroyNotify  destroy;
} LazyFill;

static void
lazy_fill_free (gpointer data)
{
  LazyFill *lazy = data;

  if (lazy->destroy != NULL)
    lazy->destroy (lazy->data);
  g_free (lazy);
}

static void
on_lazy_expanded (AdwExpanderRow *expander,
                  GParamSpec     *pspec,
                  gpointer        user_data)
{
  LazyFill *lazy;

  if (!adw_expander_row_get_expanded (expander))
    return;

  lazy = g_object_steal_data (G_OBJECT (expander), "rpt-lazy-fill");
  g_signal_handlers_disconnect_by_func (expander, on_lazy_expanded, user_data);
  if (lazy == NULL)
    return;
  lazy->fill (expander, lazy->data);
  lazy_fill_free (lazy);
}

GtkWidget *
_rpt_page_lazy_expander_new (const char      *title,
                             const char      *subtitle,
                             RptPageFillFunc  fill,
                             gpointer         data,
                             GDestroyNotify   destroy)
{
  GtkWidget *expander = adw_expander_row_new ();
  LazyFill *lazy = g_new0 (LazyFill, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title != NULL ? title : "");
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  lazy->fill = fill;
  lazy->data = data;
  lazy->destroy = destroy;
  g_object_set_data_full (G_OBJECT (expander), "rpt-lazy-fill", lazy, lazy_fill_free);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_lazy_expanded), NULL);
  return expander;
}

void
_rpt_page_label_set_links (GtkLabel *label)
{
  g_signal_connect (label, "activate-link", G_CALLBACK (rpt_link_on_activate_link), NULL);
}

GtkWidget *
_rpt_page_text_label_new (const char *markup,
                          gboolean    selectable)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Its natural width is the width of the page, not the narrowest one that
   * keeps the same number of lines: finding that one lays a long text out
   * again and again. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  _rpt_page_label_set_links (GTK_LABEL (label));
  return label;
}

void
_rpt_page_clear (GtkWidget *container)
{
  GtkWidget *child;

  if (ADW_IS_PREFERENCES_GROUP (container))
    {
      g_warning ("Clear the list inside the group instead");
      return;
    }

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_widget_unparent (child);
    }
}

char *
_rpt_page_highlight_color (GtkWidget *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &color))
    return NULL;

  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (color.red * 255. + .5),
                          (guint) (color.green * 255. + .5),
                          (guint) (color.blue * 255. + .5));
}

static gboolean
library_filter (RptLinkKind  kind,
                const char  *key,
                gpointer     user_data)
{
  RptLibrary *library = user_data;

  switch (kind)
    {
    case RPT_LINK_DELIVERABLE:
      /* The ids come from the library's own mentions. */
      return TRUE;

    case RPT_LINK_GROUP:
      return rpt_library_lookup_group (library, key) != NULL;

    case RPT_LINK_RESOLUTION:
      return rpt_library_lookup_resolution (library, key) != NULL;

    default:
      return FALSE;
    }
}

void
_rpt_page_link_options_init (RptLinkOptions *options,
                             RptLibrary     *library,
                             RptReport      *report)
{
  static const RptLinkOptions defaults = RPT_LINK_OPTIONS_INIT;

  *options = defaults;
  options->filter = library_filter;
  options->user_data = library;
  /* A bare "Resolution 101" is a Plenipotentiary one only in the reports
   * organised by those Resolutions. */
  if (report != NULL && g_strcmp0 (rpt_report_get_family (report), "internet-activities") != 0)
    options->default_body = NULL;
}

static GStrv
mention_ids (GListModel *mentions)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = mentions != NULL ? g_list_model_get_n_items (mentions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptMention) mention = g_list_model_get_item (mentions, i);

      g_strv_builder_add (builder, rpt_mention_get_deliverable_id (mention));
    }
  return g_strv_builder_end (builder);
}

char *
_rpt_page_section_markup (RptLibrary *library,
                          RptSection *section)
{
  RptLinkOptions options;
  g_auto(GStrv) ids = NULL;
  const char *text = rpt_section_get_text (section);

  if (text == NULL)
    return g_strdup ("");

  _rpt_page_link_options_init (&options, library, rpt_section_get_report (section));
  ids = mention_ids (rpt_section_get_mentions (section));
  options.deliverable_ids = (const char * const *) ids;
  return rpt_links_markup (text, &options);
}

GtkWidget *
_rpt_page_section_text_new (RptLibrary *library,
                            RptSection *section)
{
  RptLinkOptions options;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) paragraphs = NULL;
  const char *text = rpt_section_get_text (section);
  GtkWidget *box;
  guint n = 0;

  if (text == NULL || *text == '\0')
    return NULL;

  _rpt_page_link_options_init (&options, library, rpt_section_get_report (section));
  ids = mention_ids (rpt_section_get_mentions (section));
  options.deliverable_ids = (const char * const *) ids;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "rpt-section-text");
  paragraphs = g_strsplit (text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *markup = NULL;
      GtkWidget *label;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      markup = rpt_links_markup (paragraphs[i], &options);
      label = _rpt_page_text_label_new (markup, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      n++;
    }

  if (n == 0)
    {
      g_object_ref_sink (box);
      g_object_unref (box);
      return NULL;
    }
  return box;
}

char *
_rpt_page_excerpt_markup (GtkWidget  *widget,
                          RptLibrary *library,
                          RptMention *mention,
                          const char *highlight_id)
{
  RptLinkOptions options;
  g_auto(GStrv) ids = NULL;
  g_autofree char *color = _rpt_page_highlight_color (widget);
  RptReport *report = rpt_mention_get_report (mention);
  const char *excerpt = rpt_mention_get_excerpt (mention);
  RptSection *section = NULL;

  if (excerpt == NULL)
    return g_strdup ("");

  _rpt_page_link_options_init (&options, library, report);
  if (report != NULL)
    section = rpt_report_find_section (report, rpt_mention_get_section (mention));
  if (section != NULL)
    ids = mention_ids (rpt_section_get_mentions (section));
  options.deliverable_ids = (const char * const *) ids;
  options.highlight_id = highlight_id;
  options.highlight_color = color;
  return rpt_links_markup (excerpt, &options);
}

const char *
_rpt_page_family_label (const char *family)
{
  if (g_strcmp0 (family, "internet-activities") == 0)
    return _("ITU Internet activities");
  if (g_strcmp0 (family, "mou-mg") == 0)
    return _("ITU-T report to the MoU/MG on e-business");
  return _("Other report");
}

const char *
_rpt_page_body_label (const char *body)
{
  static const struct { const char *body; const char *label; } bodies[] = {
    { "PP", N_("Plenipotentiary Conference") },
    { "WTSA", N_("World Telecommunication Standardization Assembly") },
    { "WTDC", N_("World Telecommunication Development Conference") },
    { "Council", N_("ITU Council") },
    { "ITU-R", N_("Radiocommunication Assembly") },
    { "MoU/MG", N_("MoU Management Group on e-business") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    if (g_strcmp0 (body, bodies[i].body) == 0)
      return _(bodies[i].label);
  return body != NULL ? body : _("Other");
}

char *
_rpt_page_resolution_name (const char *body,
                           const char *number)
{
  if (g_strcmp0 (body, "MoU/MG") == 0)
    /* Translators: a MoU/MG part code, e.g. "MoU/MG R09/06" */
    return g_strdup_printf (_("MoU/MG %s"), number);
  if (g_strcmp0 (body, "ITU-R") == 0)
    return g_strdup_printf (_("Resolution ITU-R %s"), number);
  if (body == NULL || *body == '\0' || g_str_equal (body, "Other"))
    return g_strdup_printf (_("Resolution %s"), number);
  /* Translators: "PP Resolution 101" */
  return g_strdup_printf (_("%s Resolution %s"), body, number);
}

char *
_rpt_page_report_name (RptReport *report)
{
  const char *label = rpt_report_get_label (report);
  const char *title = rpt_report_get_title (report);
  g_autoptr(GRegex) year = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *digits = NULL;

  if (title == NULL || *title == '\0')
    return g_strdup (rpt_report_get_file_name (report));
  if (label == NULL || *label == '\0')
    return g_strdup (title);

  /* Most titles already say their period ("…, February 2022 till date");
   * the others get the short label ("… (since 2019)"). */
  year = g_regex_new ("\\d{4}", 0, 0, NULL);
  if (g_regex_match (year, label, 0, &match))
    digits = g_match_info_fetch (match, 0);
  if (digits != NULL && strstr (title, digits) != NULL)
    return g_strdup (title);
  /* Translators: a report's title and its period label, "ITU INTERNET ACTIVITIES (since 2019)" */
  return g_strdup_printf (_("%s (%s)"), title, label);
}

char *
_rpt_page_section_name (RptReport  *report,
                        const char *number,
                        const char *heading)
{
  if (g_strcmp0 (number, "summary") == 0)
    return g_strdup (heading != NULL && *heading != '\0' ? heading : _("Summary"));
  if (heading != NULL && *heading != '\0')
    /* Translators: a section number and its heading */
    return g_strdup_printf (_("Section %s, %s"), number, heading);
  return g_strdup_printf (_("Section %s"), number);
}

int
_rpt_page_compare_reports (RptReport *a,
                           RptReport *b)
{
  int result;

  if (a == b)
    return 0;
  result = g_strcmp0 (rpt_report_get_period_from (a), rpt_report_get_period_from (b));
  if (result != 0)
    return result;
  return rpt_report_get_id (a) < rpt_report_get_id (b) ? -1 : 1;
}

int
_rpt_page_compare_sections (const char *a,
                            const char *b)
{
  if (g_strcmp0 (a, b) == 0)
    return 0;
  if (a == NULL || g_str_equal (a, "summary"))
    return -1;
  if (b == NULL || g_str_equal (b, "summary"))
    return 1;

  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          char *end_a, *end_b;
          guint64 na = g_ascii_strtoull (a, &end_a, 10);
          guint64 nb = g_ascii_strtoull (b, &end_b, 10);

          if (na != nb)
            return na < nb ? -1 : 1;
          a = end_a;
          b = end_b;
        }
      else if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      else
        a++, b++;
    }
  return *a == '\0' ? (*b == '\0' ? 0 : -1) : 1;
}

int
_rpt_page_compare_report_ptrs (gconstpointer a,
                               gconstpointer b)
{
  return _rpt_page_compare_reports (*(RptReport **) a, *(RptReport **) b);
}

guint
_rpt_page_status_rank (const char *status)
{
  const char **statuses = rpt_status_list ();
  guint i;

  for (i = 0; statuses[i] != NULL; i++)
    if (g_strcmp0 (statuses[i], status) == 0)
      return i;
  return i;
}
