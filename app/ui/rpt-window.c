/* rpt-window.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-resources.h"
#include "rpt-window.h"

struct _RptWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* FALSE while the library is being opened and the first list filled. */
  gboolean              ready;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptWindow, rpt_window, ADW_TYPE_APPLICATION_WINDOW)

void
rpt_ui_register_resources (void)
{
  static gsize once;

  /* The bundle sits in a static library, so its constructor may never be
   * linked in: register it by hand, once. */
  if (g_once_init_enter (&once))
    {
      g_resources_register (rpt_get_resource ());
      g_once_init_leave (&once, 1);
    }
}

/**
 * rpt_window_new:
 * @application: the application
 * @settings: (nullable): where the window keeps its size and state
 *
 * Returns: (transfer full): a new window
 */
RptWindow *
rpt_window_new (GtkApplication *application,
                GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (RPT_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

static void
rpt_window_constructed (GObject *object)
{
  RptWindow *self = RPT_WINDOW (object);

  G_OBJECT_CLASS (rpt_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
rpt_window_dispose (GObject *object)
{
  RptWindow *self = RPT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rpt_window_parent_class)->dispose (object);
}

static void
rpt_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RptWindow *self = RPT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RptWindow *self = RPT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_window_class_init (RptWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rpt_window_constructed;
  object_class->dispose = rpt_window_dispose;
  object_class->get_property = rpt_window_get_property;
  object_class->set_property = rpt_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RptWindow:ready:
   *
   * Whether the window shows the loaded library (the start-up benchmark
   * waits for the first frame drawn after this turns true).
   */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  rpt_ui_register_resources ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RptWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, primary_menu_button);
}

static void
rpt_window_set_ready (RptWindow *self,
                      gboolean   ready)
{
  ready = !!ready;
  if (self->ready == ready)
    return;

  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

/**
 * rpt_window_get_ready:
 *
 * Returns: whether the window shows the loaded library
 */
gboolean
rpt_window_get_ready (RptWindow *self)
{
  g_return_val_if_fail (RPT_IS_WINDOW (self), FALSE);

  return self->ready;
}

static void
rpt_window_init (RptWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Nothing to load yet: the window is ready as soon as it is drawn. */
  rpt_window_set_ready (self, TRUE);
}
