/* rpt-report-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-report-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-links.h"
#include "rpt-page-util.h"
#include "rpt-report-page.h"
#include "rpt-window.h"

/* How many frames the page keeps a section in view while wrapped labels
 * settle their heights after a jump. */
#define SCROLL_FRAMES 20

struct _RptReportPage
{
  AdwBin      parent_instance;

  RptLibrary *library;
  RptReport  *report;
  char       *title;

  /* Section number → its box in sections_box (borrowed) and its row in
   * the table of contents. */
  GHashTable *section_widgets;
  GHashTable *toc_rows;
  GHashTable *section_resolutions;
  GtkWidget  *highlighted;
  char       *highlight_number;

  /* The sections still to be laid out, a few at a time, so that a long
   * report shows at once and stays responsive while the rest comes. */
  GPtrArray  *pending;
  guint       pending_index;
  guint       fill_source;
  char       *scroll_target;
  guint       scroll_tick;
  guint       scroll_frames;

  /* Template widgets */
  GtkScrolledWindow *toc_scroller;
  GtkListBox        *toc_list;
  GtkScrolledWindow *scroller;
  GtkWidget         *clamp;
  GtkLabel          *family_label;
  GtkLabel          *title_label;
  GtkLabel          *period_label;
  GtkLabel          *meta_label;
  GtkLabel          *resolutions_label;
  GtkBox            *sections_box;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptReportPage, rpt_report_page, ADW_TYPE_BIN)

static void
set_title (RptReportPage *self,
           const char    *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
stop_scrolling (RptReportPage *self)
{
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_pointer (&self->scroll_target, g_free);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  RptReportPage *self = RPT_REPORT_PAGE (widget);
  GtkWidget *target = NULL;
  GtkWidget *row;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double x, y;

  if (self->scroll_target != NULL)
    target = g_hash_table_lookup (self->section_widgets, self->scroll_target);

  if (target == NULL && self->fill_source != 0 && self->scroll_target != NULL)
    return G_SOURCE_CONTINUE;

  if (target == NULL || ++self->scroll_frames > SCROLL_FRAMES)
    {
      self->scroll_tick = 0;
      g_clear_pointer (&self->scroll_target, g_free);
      return G_SOURCE_REMOVE;
    }

  /* Laid out yet?  Then put the section at the top, keeping a little of
   * what comes before it in view. */
  if (gtk_widget_get_height (target) > 0 &&
      gtk_widget_translate_coordinates (target, self->clamp, 0, 0, &x, &y))
    gtk_adjustment_set_value (adjustment, MAX (0, y - 12));

  /* Keep the section's entry in the contents in view too. */
  row = g_hash_table_lookup (self->toc_rows, self->scroll_target);
  if (row != NULL && gtk_widget_get_height (row) > 0 &&
      gtk_widget_translate_coordinates (row, GTK_WIDGET (self->toc_list), 0, 0, &x, &y))
    {
      GtkAdjustment *toc = gtk_scrolled_window_get_vadjustment (self->toc_scroller);
      double top = gtk_adjustment_get_value (toc);
      double page = gtk_adjustment_get_page_size (toc);
      int height = gtk_widget_get_height (row);

      if (y < top || y + height > top + page)
        gtk_adjustment_set_value (toc, MAX (0, y - page / 3));
    }

  return G_SOURCE_CONTINUE;
}

static void
scroll_to_section (RptReportPage *self,
                   const char    *number)
{
  stop_scrolling (self);
  self->scroll_target = g_strdup (number);
  self->scroll_frames = 0;
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
highlight_section (RptReportPage *self,
                   const char    *number)
{
  GtkWidget *section = number != NULL ? g_hash_table_lookup (self->section_widgets, number) : NULL;
  GtkWidget *row = number != NULL ? g_hash_table_lookup (self->toc_rows, number) : NULL;

  g_free (self->highlight_number);
  self->highlight_number = g_strdup (number);
  if (self->highlighted != NULL)
    gtk_widget_remove_css_class (self->highlighted, "rpt-section-highlight");
  self->highlighted = section;
  if (section != NULL)
    gtk_widget_add_css_class (section, "rpt-section-highlight");

  if (row != NULL)
    gtk_list_box_select_row (self->toc_list, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->toc_list);
}

static void
on_toc_row_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      RptReportPage *self)
{
  const char *number = g_object_get_data (G_OBJECT (row), "rpt-section");
  GtkWidget *section, *heading;

  if (number == NULL)
    return;
  highlight_section (self, number);
  scroll_to_section (self, number);

  /* Keyboard users go on reading there: focus its heading, without the
   * select-all a selectable label does on focus. */
  section = g_hash_table_lookup (self->section_widgets, number);
  heading = section != NULL ? gtk_widget_get_first_child (section) : NULL;
  if (GTK_IS_LABEL (heading) && gtk_widget_grab_focus (heading))
    gtk_label_select_region (GTK_LABEL (heading), 0, 0);
}

static gboolean
on_activate_link (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  return rpt_link_on_activate_link (label, uri, user_data);
}

static const char *
heading_class (guint level)
{
  if (level <= 1)
    return "title-2";
  if (level == 2)
    return "title-4";
  return "heading";
}

static GtkWidget *
toc_row_new (RptSection *section)
{
  const char *number = rpt_section_get_number (section);
  const char *heading = rpt_section_get_heading (section);
  guint level = rpt_section_get_level (section);
  g_autofree char *text = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label;

  if (g_strcmp0 (number, "summary") == 0)
    text = g_strdup (heading != NULL && *heading != '\0' ? heading : _("Summary"));
  else if (heading != NULL && *heading != '\0')
    text = g_strdup_printf ("%s  %s", number, heading);
  else
    {
      /* Sections that open with running text: their first words. */
      g_autofree char *start = g_strndup (rpt_section_get_text (section) != NULL ? rpt_section_get_text (section) : "", 200);

      g_strdelimit (start, "\n\t", ' ');
      if (!g_utf8_validate (start, -1, NULL))
        {
          const char *end;

          g_utf8_validate (start, -1, &end);
          start[end - start] = '\0';
        }
      text = g_strdup_printf ("%s  %s", number, start);
    }

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 12 * (level > 1 ? level - 1 : 0));
  if (level <= 1)
    gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_tooltip_text (row, text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "rpt-section", g_strdup (number), g_free);
  return row;
}

static char *
resolutions_markup (RptLibrary         *library,
                    const char * const *keys,
                    const char         *lead)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      RptResolution *resolution = rpt_library_lookup_resolution (library, keys[i]);
      g_autofree char *name = NULL;
      g_autofree char *e_name = NULL;

      if (resolution == NULL)
        continue;

      name = _rpt_page_resolution_name (rpt_resolution_get_body (resolution), rpt_resolution_get_number (resolution));
      e_name = g_markup_escape_text (name, -1);
      if (n++ > 0)
        g_string_append (markup, ", ");
      if (resolution != NULL)
        {
          g_autofree char *uri = rpt_link_uri (RPT_LINK_RESOLUTION, keys[i]);
          g_autofree char *e_uri = g_markup_escape_text (uri, -1);

          g_string_append_printf (markup, "<a href=\"%s\">%s</a>", e_uri, e_name);
        }
    }

  if (n == 0)
    return NULL;

  g_string_prepend (markup, " ");
  g_string_prepend (markup, lead);
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static GtkWidget *
section_box_new (RptReportPage *self,
                 RptSection    *section)
{
  const char *number = rpt_section_get_number (section);
  const char *heading = rpt_section_get_heading (section);
  guint level = rpt_section_get_level (section);
  g_autofree char *heading_text = NULL;
  g_autofree char *under = NULL;
  g_autofree char *keys = NULL;
  GtkWidget *text;
  const char *parent;
  const char *parent_keys;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "rpt-section");

  if (g_strcmp0 (number, "summary") == 0)
    heading_text = g_strdup (heading != NULL && *heading != '\0' ? heading : _("Summary"));
  else if (heading != NULL && *heading != '\0')
    heading_text = g_strdup_printf ("%s  %s", number, heading);
  else
    heading_text = g_strdup (number);

  label = g_object_new (GTK_TYPE_LABEL,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        "label", heading_text,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "selectable", TRUE,
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, MAX (1, (int) level) + 1,
                                  -1);
  gtk_widget_add_css_class (label, heading_class (level));
  if (heading == NULL || *heading == '\0')
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  /* Said once, where it changes: a sub-section reports under the
   * Resolutions of its parent unless it says otherwise. */
  keys = g_strjoinv (",", (char **) rpt_section_get_resolutions (section));
  parent = rpt_section_get_parent (section);
  parent_keys = parent != NULL ? g_hash_table_lookup (self->section_resolutions, parent) : NULL;
  if (g_strcmp0 (keys, parent_keys) != 0)
    under = resolutions_markup (self->library, rpt_section_get_resolutions (section), _("Reported under"));
  g_hash_table_replace (self->section_resolutions, g_strdup (number), g_steal_pointer (&keys));
  if (under != NULL)
    {
      label = _rpt_page_text_label_new (under, FALSE);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  text = _rpt_page_section_text_new (self->library, section);
  if (text != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading_text,
                                      -1);
      gtk_box_append (GTK_BOX (box), text);
    }

  return box;
}

static void
fill_header (RptReportPage *self)
{
  RptReport *report = self->report;
  const char *conference = rpt_report_get_conference (report);
  const char * const *documents = rpt_report_get_council_documents (report);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) key_list = NULL;
  g_autofree char *under = NULL;
  GListModel *resolutions = rpt_report_get_resolutions (report);

  gtk_label_set_text (self->family_label, _rpt_page_family_label (rpt_report_get_family (report)));
  gtk_label_set_text (self->title_label, rpt_report_get_title (report));
  gtk_label_set_text (self->period_label, rpt_report_get_period_text (report) != NULL ? rpt_report_get_period_text (report) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->period_label), rpt_report_get_period_text (report) != NULL);

  g_string_append (meta, rpt_report_get_file_name (report));
  if (conference != NULL && *conference != '\0')
    /* Translators: the Plenipotentiary Conference a report follows */
    g_string_append_printf (meta, " · %s", conference);
  if (documents != NULL && documents[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) documents);

      g_string_append_printf (meta, " · %s %s", _("Council documents"), joined);
    }
  g_string_append (meta, " · ");
  g_string_append_printf (meta, ngettext ("%u section", "%u sections", rpt_report_get_n_sections (report)),
                          rpt_report_get_n_sections (report));
  g_string_append (meta, ", ");
  g_string_append_printf (meta, ngettext ("%u deliverable", "%u deliverables", rpt_report_get_n_deliverables (report)),
                          rpt_report_get_n_deliverables (report));
  g_string_append (meta, ", ");
  g_string_append_printf (meta, ngettext ("%u stated count", "%u stated counts", rpt_report_get_n_stated_counts (report)),
                          rpt_report_get_n_stated_counts (report));
  gtk_label_set_text (self->meta_label, meta->str);

  for (guint i = 0; resolutions != NULL && i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(RptResolution) resolution = g_list_model_get_item (resolutions, i);

      g_strv_builder_add (keys, rpt_resolution_get_key (resolution));
    }
  key_list = g_strv_builder_end (keys);
  under = resolutions_markup (self->library, (const char * const *) key_list, _("Resolutions cited:"));
  gtk_label_set_markup (self->resolutions_label, under != NULL ? under : "");
  gtk_widget_set_visible (GTK_WIDGET (self->resolutions_label), under != NULL);
}

static void
stop_filling (RptReportPage *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->pending_index = 0;
}

/* Lays out the next sections: about a screenful of text at a time. */
static gboolean
fill_some (gpointer data)
{
  RptReportPage *self = data;
  gsize bytes = 0;

  while (self->pending != NULL && self->pending_index < self->pending->len && bytes < 6000)
    {
      RptSection *section = g_ptr_array_index (self->pending, self->pending_index++);
      const char *number = rpt_section_get_number (section);
      GtkWidget *box = section_box_new (self, section);

      gtk_box_append (self->sections_box, box);
      g_hash_table_replace (self->section_widgets, g_strdup (number), box);
      if (g_strcmp0 (number, self->highlight_number) == 0)
        {
          gtk_widget_add_css_class (box, "rpt-section-highlight");
          self->highlighted = box;
        }
      bytes += 200 + (rpt_section_get_text (section) != NULL ? strlen (rpt_section_get_text (section)) : 0);
    }

  if (self->pending == NULL || self->pending_index >= self->pending->len)
    {
      self->fill_source = 0;
      g_clear_pointer (&self->pending, g_ptr_array_unref);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
clear (RptReportPage *self)
{
  stop_filling (self);
  stop_scrolling (self);
  self->highlighted = NULL;
  g_hash_table_remove_all (self->section_widgets);
  g_hash_table_remove_all (self->toc_rows);
  g_hash_table_remove_all (self->section_resolutions);
  _rpt_page_clear (GTK_WIDGET (self->toc_list));
  _rpt_page_clear (GTK_WIDGET (self->sections_box));
}

/**
 * rpt_report_page_show:
 * @self: a page
 * @key: a report id in the library ("3"), or its file name
 * @fragment: (nullable): a section number to scroll to and highlight
 *
 * Returns: %FALSE when the library has no such report
 */
gboolean
rpt_report_page_show (RptReportPage *self,
                      const char    *key,
                      const char    *fragment)
{
  RptReport *report = NULL;
  GListModel *sections;
  gint64 id;

  g_return_val_if_fail (RPT_IS_REPORT_PAGE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (g_ascii_string_to_signed (key, 10, 0, G_MAXINT64, &id, NULL))
    report = rpt_library_lookup_report (self->library, id);
  else
    report = rpt_library_find_report (self->library, key);
  if (report == NULL)
    return FALSE;

  if (report != self->report)
    {
      g_set_object (&self->report, report);
      clear (self);
      fill_header (self);

      sections = rpt_report_get_sections (report);
      self->pending = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; sections != NULL && i < g_list_model_get_n_items (sections); i++)
        {
          RptSection *section = g_list_model_get_item (sections, i);
          GtkWidget *row = toc_row_new (section);

          gtk_list_box_append (self->toc_list, row);
          g_hash_table_replace (self->toc_rows, g_strdup (rpt_section_get_number (section)), row);
          g_ptr_array_add (self->pending, section);
        }
      /* The first screenful now, the rest between frames. */
      if (fill_some (self))
        self->fill_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_some, self, NULL);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->toc_scroller), 0);
    }

  set_title (self, rpt_report_get_title (report));

  if (fragment != NULL && *fragment != '\0' && g_hash_table_contains (self->toc_rows, fragment))
    {
      highlight_section (self, fragment);
      scroll_to_section (self, fragment);
    }
  else
    {
      highlight_section (self, NULL);
      stop_scrolling (self);
    }

  return TRUE;
}

GtkWidget *
rpt_report_page_new (RptLibrary *library)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_REPORT_PAGE, "library", library, NULL);
}

RptLibrary *
rpt_report_page_get_library (RptReportPage *self)
{
  g_return_val_if_fail (RPT_IS_REPORT_PAGE (self), NULL);
  return self->library;
}

const char *
rpt_report_page_get_title (RptReportPage *self)
{
  g_return_val_if_fail (RPT_IS_REPORT_PAGE (self), NULL);
  return self->title;
}

static void
rpt_report_page_dispose (GObject *object)
{
  RptReportPage *self = RPT_REPORT_PAGE (object);

  stop_filling (self);
  stop_scrolling (self);
  self->highlighted = NULL;
  if (self->section_widgets != NULL)
    g_hash_table_remove_all (self->section_widgets);
  if (self->toc_rows != NULL)
    g_hash_table_remove_all (self->toc_rows);
  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_REPORT_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_report_page_parent_class)->dispose (object);
}

static void
rpt_report_page_finalize (GObject *object)
{
  RptReportPage *self = RPT_REPORT_PAGE (object);

  g_clear_pointer (&self->section_widgets, g_hash_table_unref);
  g_clear_pointer (&self->toc_rows, g_hash_table_unref);
  g_clear_pointer (&self->section_resolutions, g_hash_table_unref);
  g_free (self->title);
  g_free (self->highlight_number);

  G_OBJECT_CLASS (rpt_report_page_parent_class)->finalize (object);
}

static void
rpt_report_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RptReportPage *self = RPT_REPORT_PAGE (object);

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
rpt_report_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RptReportPage *self = RPT_REPORT_PAGE (object);

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
rpt_report_page_class_init (RptReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_report_page_dispose;
  object_class->finalize = rpt_report_page_finalize;
  object_class->get_property = rpt_report_page_get_property;
  object_class->set_property = rpt_report_page_set_property;

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, toc_scroller);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, toc_list);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, family_label);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, resolutions_label);
  gtk_widget_class_bind_template_child (widget_class, RptReportPage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, on_toc_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rpt_report_page_init (RptReportPage *self)
{
  self->section_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->toc_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->section_resolutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
