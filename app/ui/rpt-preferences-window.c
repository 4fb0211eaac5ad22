/* rpt-preferences-window.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-preferences-window.h"
#include "rpt-window.h"

struct _RptPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkSwitch            *restore_last_place_switch;
  AdwComboRow          *chart_orientation_row;
  GtkSwitch            *chart_show_values_switch;
  AdwComboRow          *page_size_row;
  AdwComboRow          *orientation_row;
  GtkSwitch            *include_charts_switch;
  GtkSwitch            *include_sources_switch;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptPreferencesWindow, rpt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A combo row shows the choices of a string key, in the order of the key's
 * <choices>; the row's "selected" is the index into these. */
static const char *chart_orientations[] = { "horizontal", "vertical", NULL };
static const char *page_sizes[] = { "a4", "letter", NULL };
static const char *page_orientations[] = { "portrait", "landscape", NULL };

static gboolean
choice_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], choice) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
index_to_choice (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char * const *choices = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[index]);
}

static void
bind_choice (RptPreferencesWindow *self,
             const char           *key,
             AdwComboRow          *row,
             const char          **choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_index, index_to_choice,
                                (gpointer) choices, NULL);
}

static void
rpt_preferences_window_constructed (GObject *object)
{
  RptPreferencesWindow *self = RPT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (rpt_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (BASE_APPLICATION_ID);

  g_settings_bind (self->settings, "restore-last-place",
                   self->restore_last_place_switch, "active", G_SETTINGS_BIND_DEFAULT);
  bind_choice (self, "chart-orientation", self->chart_orientation_row, chart_orientations);
  g_settings_bind (self->settings, "chart-show-values",
                   self->chart_show_values_switch, "active", G_SETTINGS_BIND_DEFAULT);
  bind_choice (self, "export-page-size", self->page_size_row, page_sizes);
  bind_choice (self, "export-orientation", self->orientation_row, page_orientations);
  g_settings_bind (self->settings, "export-include-charts",
                   self->include_charts_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "export-include-sources",
                   self->include_sources_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

static void
rpt_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RptPreferencesWindow *self = RPT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RptPreferencesWindow *self = RPT_PREFERENCES_WINDOW (object);

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
rpt_preferences_window_dispose (GObject *object)
{
  RptPreferencesWindow *self = RPT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (rpt_preferences_window_parent_class)->dispose (object);
}

static void
rpt_preferences_window_finalize (GObject *object)
{
  RptPreferencesWindow *self = RPT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rpt_preferences_window_parent_class)->finalize (object);
}

static void
rpt_preferences_window_class_init (RptPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rpt_preferences_window_constructed;
  object_class->get_property = rpt_preferences_window_get_property;
  object_class->set_property = rpt_preferences_window_set_property;
  object_class->dispose = rpt_preferences_window_dispose;
  object_class->finalize = rpt_preferences_window_finalize;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  rpt_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, restore_last_place_switch);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, chart_orientation_row);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, chart_show_values_switch);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, include_charts_switch);
  gtk_widget_class_bind_template_child (widget_class, RptPreferencesWindow, include_sources_switch);
}

static void
rpt_preferences_window_init (RptPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rpt_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 * @settings: (nullable): the application's settings; %NULL for the default
 *
 * Returns: (transfer floating): a new preferences window
 */
GtkWidget *
rpt_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (RPT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

/**
 * rpt_preferences_window_get_settings:
 *
 * Returns: (transfer none): the settings the rows are bound to
 */
GSettings *
rpt_preferences_window_get_settings (RptPreferencesWindow *self)
{
  g_return_val_if_fail (RPT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
