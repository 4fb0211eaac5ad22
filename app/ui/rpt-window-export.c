/* rpt-window-export.c: win.export (Ctrl+E) and win.print (Ctrl+P): what the
 * window shows becomes an export request — the selected rows of a list
 * (the whole filtered list when none is selected), or the study group,
 * Resolution, report or deliverable of a detail page.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-deliverable-page.h"
#include "rpt-export-dialog.h"
#include "rpt-group-page.h"
#include "rpt-list-page.h"
#include "rpt-report-page.h"
#include "rpt-resolution-page.h"
#include "rpt-window-private.h"

static char *
page_title (GtkWidget *page)
{
  char *title = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "title") != NULL)
    g_object_get (page, "title", &title, NULL);
  return title;
}

/* A selected group, Resolution or report narrows @query to itself. */
static gboolean
narrow_to_item (RptQuery *query,
                GObject  *item)
{
  if (RPT_IS_GROUP (item))
    rpt_query_set_group (query, rpt_group_get_id (RPT_GROUP (item)));
  else if (RPT_IS_RESOLUTION (item))
    rpt_query_set_resolution (query, rpt_resolution_get_key (RPT_RESOLUTION (item)));
  else if (RPT_IS_REPORT (item))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (RPT_REPORT (item)));

      rpt_query_set_report (query, id);
    }
  else
    return FALSE;
  return TRUE;
}

static char *
item_name (GObject *item)
{
  if (RPT_IS_GROUP (item))
    return g_strdup (rpt_group_get_id (RPT_GROUP (item)));
  if (RPT_IS_RESOLUTION (item))
    return g_strdup (rpt_resolution_get_key (RPT_RESOLUTION (item)));
  if (RPT_IS_REPORT (item))
    {
      const char *title = rpt_report_get_title (RPT_REPORT (item));

      return g_strdup (title != NULL && *title != '\0' ? title : rpt_report_get_file_name (RPT_REPORT (item)));
    }
  if (RPT_IS_DELIVERABLE (item))
    return g_strdup (rpt_deliverable_get_id (RPT_DELIVERABLE (item)));
  return NULL;
}

static RptExportRequest *
request_for_list (RptWindow    *self,
                  RptListPage  *list,
                  GError      **error)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GListModel) selected = rpt_list_page_get_selected (list);
  RptQuery *query = rpt_list_page_get_query (list);
  guint n = g_list_model_get_n_items (selected);
  g_autofree char *title = page_title (GTK_WIDGET (list));

  rpt_export_request_set_query (request, query);

  if (n == 0)
    {
      guint n_items = rpt_list_page_get_n_items (list);
      g_autofree char *description = NULL;

      /* Translators: what an export of a whole list holds */
      description = g_strdup_printf (ngettext ("The whole list: %u item", "The whole list: %u items", n_items),
                                     n_items);
      rpt_export_request_set_description (request, description);
    }
  else
    {
      g_autofree char *description = NULL;

      /* Translators: what an export of selected rows holds */
      description = g_strdup_printf (ngettext ("%u selected item", "%u selected items", n), n);
      rpt_export_request_set_description (request, description);

      if (rpt_list_page_get_kind (list) == RPT_LIST_DELIVERABLES)
        rpt_export_request_add_items (request, selected);
      else
        {
          /* Groups, Resolutions, reports: the mentions under each. */
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (selected, i);
              g_autoptr(RptQuery) narrowed = query != NULL ? rpt_query_copy (query) : rpt_query_new ();
              g_autoptr(GListModel) mentions = NULL;

              if (!narrow_to_item (narrowed, item))
                continue;
              mentions = rpt_library_list (self->library, RPT_LIST_MENTIONS, narrowed, error);
              if (mentions == NULL)
                return NULL;
              rpt_export_request_add_items (request, mentions);
            }
          if (!rpt_export_request_is_loaded (request))
            rpt_export_request_load (request, NULL, NULL, NULL);

          if (n == 1)
            {
              g_autoptr(GObject) item = g_list_model_get_item (selected, 0);

              g_free (title);
              title = item_name (item);
            }
        }
    }

  rpt_export_request_set_title (request, title);
  return g_steal_pointer (&request);
}

/* The request for what the window shows, or %NULL when the page has
 * nothing to export (search results, charts, a missing thing). */
static RptExportRequest *
build_request (RptWindow  *self,
               GError    **error)
{
  GtkWidget *page = self->current_page;
  g_autoptr(RptPlace) place = NULL;
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(RptExportRequest) request = NULL;
  g_autofree char *title = NULL;
  const char *description = NULL;

  if (self->library == NULL || page == NULL)
    return NULL;

  if (RPT_IS_LIST_PAGE (page))
    return request_for_list (self, RPT_LIST_PAGE (page), error);

  place = rpt_place_parse (rpt_window_get_place (self));
  if (place == NULL || place->key == NULL)
    return NULL;

  query = rpt_query_new ();
  if (RPT_IS_GROUP_PAGE (page))
    {
      rpt_query_set_group (query, place->key);
      description = _("Study group page");
    }
  else if (RPT_IS_RESOLUTION_PAGE (page))
    {
      rpt_query_set_resolution (query, place->key);
      description = _("Resolution page");
    }
  else if (RPT_IS_REPORT_PAGE (page))
    {
      rpt_query_set_report (query, place->key);
      description = _("Everything the report names");
    }
  else if (RPT_IS_DELIVERABLE_PAGE (page))
    {
      const char *ids[] = { place->key, NULL };

      rpt_query_set_ids (query, ids);
      description = _("Deliverable page");
    }
  else
    return NULL;

  request = rpt_export_request_new ();
  title = page_title (page);
  rpt_export_request_set_title (request, title);
  rpt_export_request_set_description (request, description);
  rpt_export_request_set_query (request, query);
  return g_steal_pointer (&request);
}

static gboolean
page_can_export (RptWindow *self)
{
  GtkWidget *page = self->current_page;

  return self->library != NULL && page != NULL &&
         (RPT_IS_LIST_PAGE (page) || RPT_IS_GROUP_PAGE (page) || RPT_IS_RESOLUTION_PAGE (page) ||
          RPT_IS_REPORT_PAGE (page) || RPT_IS_DELIVERABLE_PAGE (page));
}

static void
update_export_actions (RptWindow *self)
{
  static const char *names[] = { "export", "print" };
  gboolean enabled = page_can_export (self);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

static void
show_build_error (RptWindow    *self,
                  const GError *error)
{
  AdwToast *toast;

  g_debug ("Nothing to export: %s", error != NULL ? error->message : "(page)");
  toast = adw_toast_new (error != NULL ? error->message : _("There is nothing to export on this page"));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  RptWindow *self = RPT_WINDOW (user_data);
  g_autoptr(RptExportRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  RptExportDialog *dialog;

  request = build_request (self, &error);
  if (request == NULL)
    {
      show_build_error (self, error);
      return;
    }

  dialog = rpt_export_dialog_new (GTK_WINDOW (self), self->library, self->settings, request,
                                  self->toast_overlay);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RptWindow               *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RptWindow *self = RPT_WINDOW (user_data);
  g_autoptr(RptExportRequest) request = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *orientation = NULL;
  RptExportContents contents = RPT_EXPORT_ALL;

  request = build_request (self, &error);
  if (request == NULL)
    {
      show_build_error (self, error);
      return;
    }

  /* The export defaults: Preferences sets them. */
  if (self->settings != NULL)
    {
      page_size = g_settings_get_string (self->settings, "export-page-size");
      orientation = g_settings_get_string (self->settings, "export-orientation");
      if (!g_settings_get_boolean (self->settings, "export-include-charts"))
        contents &= ~RPT_EXPORT_CHARTS;
      if (!g_settings_get_boolean (self->settings, "export-include-sources"))
        contents &= ~RPT_EXPORT_SOURCES;
    }
  rpt_export_request_set_contents (request, contents);
  rpt_export_request_set_page_size (request, g_strcmp0 (page_size, "letter") == 0
                                             ? RPT_EXPORT_PAGE_LETTER : RPT_EXPORT_PAGE_A4);
  rpt_export_request_set_orientation (request, g_strcmp0 (orientation, "landscape") == 0
                                               ? RPT_EXPORT_LANDSCAPE : RPT_EXPORT_PORTRAIT);

  if (!rpt_export_request_load (request, self->library, NULL, &error))
    {
      show_build_error (self, error);
      return;
    }

  operation = rpt_export_print_operation_new (request);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_build_error (self, error);
}

static void
place_changed_cb (RptWindow  *self,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  update_export_actions (self);
}

static const GActionEntry export_actions[] = {
  { .name = "export", .activate = export_activated },
  { .name = "print", .activate = print_activated },
};

/* Called from rpt_window_init(): the actions, their shortcuts, and their
 * state following the page shown. */
void
_rpt_window_init_export (RptWindow *self)
{
  GtkEventController *shortcuts;

  g_action_map_add_action_entries (G_ACTION_MAP (self), export_actions, G_N_ELEMENTS (export_actions), self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.export")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_p, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.print")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self, "notify::place", G_CALLBACK (place_changed_cb), NULL);
  g_signal_connect (self, "notify::ready", G_CALLBACK (place_changed_cb), NULL);
  update_export_actions (self);
}
