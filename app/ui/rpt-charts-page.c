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

struct _RptChartsPage
{
  GtkWidget      parent_instance;

  RptLibrary    *library;

  /* Template widgets */
  AdwStatusPage *status_page;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptChartsPage, rpt_charts_page, GTK_TYPE_WIDGET)

static void
rpt_charts_page_dispose (GObject *object)
{
  RptChartsPage *self = RPT_CHARTS_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_CHARTS_PAGE);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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

    case PROP_TITLE:
      g_value_set_string (value, _("Charts"));
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

  object_class->dispose = rpt_charts_page_dispose;
  object_class->get_property = rpt_charts_page_get_property;
  object_class->set_property = rpt_charts_page_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RptChartsPage, status_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptchartspage");
}

static void
rpt_charts_page_init (RptChartsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
