/* rpt-sidebar.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-navigation.h"
#include "rpt-sidebar.h"

enum {
  SECTION_RESOLUTIONS,
  SECTION_GROUPS,
  SECTION_DELIVERABLES,
  SECTION_REPORTS,
  SECTION_CHARTS,
  N_SECTIONS
};

static const char *section_names[N_SECTIONS] = {
  "resolutions", "groups", "deliverables", "reports", "charts",
};

struct _RptSidebar
{
  GtkWidget      parent_instance;

  RptLibrary    *library;
  char          *section;
  GListModel    *models[N_SECTIONS];
  guint          counts[N_SECTIONS];

  /* Template widgets */
  GtkListBox    *list_box;
  GtkListBoxRow *rows[N_SECTIONS];
  GtkLabel      *labels[N_SECTIONS];
  GtkLabel      *count_labels[N_SECTIONS];
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptSidebar, rpt_sidebar, GTK_TYPE_WIDGET)

static int
section_index (const char *section)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    if (g_strcmp0 (section_names[i], section) == 0)
      return i;
  return -1;
}

static void
update_count (RptSidebar *self,
              guint       i)
{
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;

  if (self->count_labels[i] == NULL)
    return;

  self->counts[i] = self->models[i] ? g_list_model_get_n_items (self->models[i]) : 0;
  text = g_strdup_printf ("%u", self->counts[i]);
  gtk_label_set_label (self->count_labels[i], self->models[i] ? text : "");

  /* Screen readers hear the section and its count as one name. */
  /* Translators: a sidebar row's accessible name: "Study Groups, 27" */
  accessible = g_strdup_printf (C_("sidebar row", "%s, %u"),
                                gtk_label_get_label (self->labels[i]), self->counts[i]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows[i]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  RptSidebar *self)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    if (self->models[i] == model)
      update_count (self, i);
}

static void
row_activated_cb (GtkListBox    *list_box,
                  GtkListBoxRow *row,
                  RptSidebar    *self)
{
  g_autofree char *uri = rpt_place_build_uri (gtk_widget_get_name (GTK_WIDGET (row)), NULL, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.navigate", "s", uri);
}

static void
rpt_sidebar_dispose (GObject *object)
{
  RptSidebar *self = RPT_SIDEBAR (object);
  GtkWidget *child;

  rpt_sidebar_set_library (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_SIDEBAR);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rpt_sidebar_parent_class)->dispose (object);
}

static void
rpt_sidebar_finalize (GObject *object)
{
  RptSidebar *self = RPT_SIDEBAR (object);

  g_free (self->section);

  G_OBJECT_CLASS (rpt_sidebar_parent_class)->finalize (object);
}

static void
rpt_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RptSidebar *self = RPT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_sidebar_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RptSidebar *self = RPT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      rpt_sidebar_set_library (self, g_value_get_object (value));
      break;

    case PROP_SECTION:
      rpt_sidebar_set_section (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_sidebar_class_init (RptSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_sidebar_dispose;
  object_class->finalize = rpt_sidebar_finalize;
  object_class->get_property = rpt_sidebar_get_property;
  object_class->set_property = rpt_sidebar_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, RptSidebar, list_box);
  gtk_widget_class_bind_template_child_full (widget_class, "resolutions_row", FALSE, G_STRUCT_OFFSET (RptSidebar, rows[SECTION_RESOLUTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "groups_row", FALSE, G_STRUCT_OFFSET (RptSidebar, rows[SECTION_GROUPS]));
  gtk_widget_class_bind_template_child_full (widget_class, "deliverables_row", FALSE, G_STRUCT_OFFSET (RptSidebar, rows[SECTION_DELIVERABLES]));
  gtk_widget_class_bind_template_child_full (widget_class, "reports_row", FALSE, G_STRUCT_OFFSET (RptSidebar, rows[SECTION_REPORTS]));
  gtk_widget_class_bind_template_child_full (widget_class, "charts_row", FALSE, G_STRUCT_OFFSET (RptSidebar, rows[SECTION_CHARTS]));
  gtk_widget_class_bind_template_child_full (widget_class, "resolutions_label", FALSE, G_STRUCT_OFFSET (RptSidebar, labels[SECTION_RESOLUTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "groups_label", FALSE, G_STRUCT_OFFSET (RptSidebar, labels[SECTION_GROUPS]));
  gtk_widget_class_bind_template_child_full (widget_class, "deliverables_label", FALSE, G_STRUCT_OFFSET (RptSidebar, labels[SECTION_DELIVERABLES]));
  gtk_widget_class_bind_template_child_full (widget_class, "reports_label", FALSE, G_STRUCT_OFFSET (RptSidebar, labels[SECTION_REPORTS]));
  gtk_widget_class_bind_template_child_full (widget_class, "charts_label", FALSE, G_STRUCT_OFFSET (RptSidebar, labels[SECTION_CHARTS]));
  gtk_widget_class_bind_template_child_full (widget_class, "resolutions_count", FALSE, G_STRUCT_OFFSET (RptSidebar, count_labels[SECTION_RESOLUTIONS]));
  gtk_widget_class_bind_template_child_full (widget_class, "groups_count", FALSE, G_STRUCT_OFFSET (RptSidebar, count_labels[SECTION_GROUPS]));
  gtk_widget_class_bind_template_child_full (widget_class, "deliverables_count", FALSE, G_STRUCT_OFFSET (RptSidebar, count_labels[SECTION_DELIVERABLES]));
  gtk_widget_class_bind_template_child_full (widget_class, "reports_count", FALSE, G_STRUCT_OFFSET (RptSidebar, count_labels[SECTION_REPORTS]));
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptsidebar");
}

static void
rpt_sidebar_init (RptSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_SECTIONS; i++)
    update_count (self, i);
}

GtkWidget *
rpt_sidebar_new (void)
{
  return g_object_new (RPT_TYPE_SIDEBAR, NULL);
}

/**
 * rpt_sidebar_get_library:
 *
 * Returns: (transfer none) (nullable): the library whose sections are counted
 */
RptLibrary *
rpt_sidebar_get_library (RptSidebar *self)
{
  g_return_val_if_fail (RPT_IS_SIDEBAR (self), NULL);

  return self->library;
}

void
rpt_sidebar_set_library (RptSidebar *self,
                         RptLibrary *library)
{
  g_return_if_fail (RPT_IS_SIDEBAR (self));
  g_return_if_fail (library == NULL || RPT_IS_LIBRARY (library));

  if (self->library == library)
    return;

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->models[i] != NULL)
        g_signal_handlers_disconnect_by_func (self->models[i], items_changed_cb, self);
      g_clear_object (&self->models[i]);
    }

  g_set_object (&self->library, library);

  if (library != NULL)
    {
      /* The library's own lists: counted without a query of our own, and
       * kept up to date by the library after an import. */
      self->models[SECTION_RESOLUTIONS] = g_object_ref (rpt_library_get_resolutions (library));
      self->models[SECTION_GROUPS] = g_object_ref (rpt_library_get_groups (library));
      self->models[SECTION_DELIVERABLES] = g_object_ref (rpt_library_get_deliverables (library));
      self->models[SECTION_REPORTS] = g_object_ref (rpt_library_get_reports (library));

      for (guint i = 0; i < N_SECTIONS; i++)
        if (self->models[i] != NULL)
          g_signal_connect_object (self->models[i], "items-changed",
                                   G_CALLBACK (items_changed_cb), self, 0);
    }

  for (guint i = 0; i < N_SECTIONS; i++)
    update_count (self, i);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

const char *
rpt_sidebar_get_section (RptSidebar *self)
{
  g_return_val_if_fail (RPT_IS_SIDEBAR (self), NULL);

  return self->section;
}

void
rpt_sidebar_set_section (RptSidebar *self,
                         const char *section)
{
  int i;

  g_return_if_fail (RPT_IS_SIDEBAR (self));

  if (g_strcmp0 (self->section, section) == 0)
    return;

  g_free (self->section);
  self->section = g_strdup (section);

  i = section_index (section);
  if (i >= 0)
    gtk_list_box_select_row (self->list_box, self->rows[i]);
  else
    gtk_list_box_unselect_all (self->list_box);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/* The count shown beside @section (0 for Charts, which has none). */
guint
rpt_sidebar_get_count (RptSidebar *self,
                       const char *section)
{
  int i;

  g_return_val_if_fail (RPT_IS_SIDEBAR (self), 0);

  i = section_index (section);
  return i >= 0 ? self->counts[i] : 0;
}
