/* rpt-application.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-application.h"
#include "rpt-cli.h"
#include "rpt-import-controller.h"
#include "rpt-preferences-window.h"
#include "rpt-window.h"

struct _RptApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  guint           quit_after_first_frame : 1;
};

G_DEFINE_FINAL_TYPE (RptApplication, rpt_application, ADW_TYPE_APPLICATION)

RptApplication *
rpt_application_new (void)
{
  return g_object_new (RPT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PATH,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * rpt_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
rpt_application_get_settings (RptApplication *self)
{
  g_return_val_if_fail (RPT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (BASE_APPLICATION_ID);

  return self->settings;
}

static gboolean
quit_idle (gpointer user_data)
{
  /* As app.quit does: the windows close first, so that the library is
   * closed cleanly and the next start does not check the whole file
   * (a start-up benchmark run must leave what a user's quit leaves). */
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock  *frame_clock,
                RptApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* The first frame that shows the loaded library ends the benchmark run. */
  if (window != NULL && rpt_window_get_ready (RPT_WINDOW (window)))
    {
      /* For bench/run: when the frame was drawn (CLOCK_MONOTONIC), apart
       * from the time the windows take to close. */
      g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
      g_idle_add_full (G_PRIORITY_HIGH, quit_idle, g_object_ref (self), g_object_unref);
    }
}

static void
window_realize_cb (GtkWidget      *window,
                   RptApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), self, 0);
}

static void
rpt_application_activate (GApplication *app)
{
  RptApplication *self = RPT_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      GSettings *settings = rpt_application_get_settings (self);

      /* The window opens on the last place it finds; forgetting it is how
       * "Restore the last place on start" being off takes effect. */
      if (!g_settings_get_boolean (settings, "restore-last-place"))
        g_settings_reset (settings, "last-place");

      window = GTK_WINDOW (rpt_window_new (GTK_APPLICATION (self), settings));
      if (self->quit_after_first_frame)
        g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), self, 0);
    }

  gtk_window_present (window);
}

/* `rapporteur FILE…` and a file manager's Open With: the files go into the
 * library through the window's import controller (in the running instance,
 * when there is one), which then shows them. */
static void
rpt_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  GtkWindow *window;
  RptImportController *importer;

  g_application_activate (app);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL || n_files <= 0)
    return;

  /* Set by RptWindow on the controller it owns. */
  importer = g_object_get_data (G_OBJECT (window), "rpt-import-controller");
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (importer));

  rpt_import_controller_open (importer, files, (guint) n_files);
}

static int
rpt_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  RptApplication *self = RPT_APPLICATION (app);
  g_autofree const char **names = NULL;
  int status;

  if (g_variant_dict_contains (options, "quit-after-first-frame"))
    self->quit_after_first_frame = TRUE;

  /* Headless commands (--dump-json, ...) run here, in the first process,
   * without registering on the bus or opening a window. */
  status = rpt_cli_handle_options (options);
  if (status != RPT_EXIT_CONTINUE)
    return status;

  /* Files without a command are opened in the window.  The command line
   * declares the remaining arguments itself (for --import, --dump-json …),
   * so GApplication does not see them: open them here, in the running
   * instance when there is one. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &names) && names[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return RPT_EXIT_FAILURE;
        }

      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (names[i]));
      g_application_open (app, (GFile **) files->pdata, (int) files->len, "");

      if (g_application_get_is_remote (app))
        {
          GDBusConnection *bus = g_application_get_dbus_connection (app);

          if (bus != NULL)
            g_dbus_connection_flush_sync (bus, NULL, NULL);
          return RPT_EXIT_OK;
        }
    }

  return RPT_EXIT_CONTINUE;
}

static void
rpt_application_about (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RptApplication *self = user_data;
  static const char *developers[] = { "The Rapporteur authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Rapporteur"),
                        "developer-name", _("The Rapporteur authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Explore ITU activity reports: Resolutions, Study Groups, the Recommendations they approved, and charts of approval counts."),
                        "website", "https://github.com/rapporteur/rapporteur",
                        "issue-url", "https://github.com/rapporteur/rapporteur/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Rapporteur authors",
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your names, one name per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Bundled reports"),
                                      _("The bundled reports are documents of the International Telecommunication Union, included unchanged as sample data."),
                                      GTK_LICENSE_UNKNOWN, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
rpt_application_preferences (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  RptApplication *self = user_data;
  GtkWidget *preferences;

  preferences = rpt_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                            rpt_application_get_settings (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
rpt_application_quit (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows;

  /* Close the windows first so that they save their state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_destroy (window);
    }

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = rpt_application_about },
  { .name = "preferences", .activate = rpt_application_preferences },
  { .name = "quit", .activate = rpt_application_quit },
};

static void
rpt_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (rpt_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
rpt_application_dispose (GObject *object)
{
  RptApplication *self = RPT_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rpt_application_parent_class)->dispose (object);
}

static void
rpt_application_class_init (RptApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rpt_application_dispose;

  app_class->activate = rpt_application_activate;
  app_class->open = rpt_application_open;
  app_class->startup = rpt_application_startup;
  app_class->handle_local_options = rpt_application_handle_local_options;

  rpt_ui_register_resources ();
}

static void
rpt_application_init (RptApplication *self)
{
  rpt_cli_add_options (G_APPLICATION (self));
}
