/* test-export-dialog.c: the Export dialog and win.export/win.print in a
 * real window on a real library (a temporary file built from the bundled
 * reports): the defaults from GSettings, the request the window builds from
 * the selected rows, the PDF, CSV and JSON written (checked with
 * pdftotext and pdfinfo), an unwritable folder's error dialog that names the
 * file and the reason, a replaced file, and printing to a PDF file with
 * the PDF's layout.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rpt-export-dialog.h"
#include "rpt-list-page.h"
#include "rpt-test-util.h"
#include "rpt-window.h"

static RptLibrary *library;

static char *
tmp_path (const char *name)
{
  return g_build_filename (rpt_test_get_tmpdir (), name, NULL);
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run_tool (argv);
}

static char *
pdfinfo (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };

  return run_tool (argv);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = pdfinfo (pdf);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The first @n deliverables of the library (the ids are the check). */
static GListModel *
some_deliverables (guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = rpt_library_list (library, RPT_LIST_DELIVERABLES, NULL, &error);
  GListStore *store = g_list_store_new (RPT_TYPE_DELIVERABLE);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), >=, n + 10);
  /* From the middle: the first rows of the list are not special.  Ids
   * that are words (a few reports name a deliverable by its title) wrap in
   * the table, and pdftotext would break them: short ones only. */
  for (guint i = 10; i < g_list_model_get_n_items (all) && g_list_model_get_n_items (G_LIST_MODEL (store)) < n; i += 7)
    {
      g_autoptr(RptDeliverable) item = g_list_model_get_item (all, i);
      const char *id = rpt_deliverable_get_id (item);

      if (strchr (id, ' ') == NULL && strlen (id) <= 12)
        g_list_store_append (store, item);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n);
  return G_LIST_MODEL (store);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Finished;

static void
finished_cb (RptExportDialog *dialog,
             GFile           *file,
             gpointer         error,
             Finished        *finished)
{
  finished->done = TRUE;
  g_clear_error (&finished->error);
  if (error != NULL)
    finished->error = g_error_copy (error);
}

/* Exports to @path and waits until the write is over; %TRUE on success. */
static gboolean
export_and_wait (RptExportDialog  *dialog,
                 const char       *path,
                 GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Finished finished = { FALSE, NULL };
  gulong id;

  id = g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &finished);
  rpt_export_dialog_export_to (dialog, file);
  while (!finished.done)
    g_main_context_iteration (NULL, TRUE);
  /* A dialog that succeeded is destroyed by now. */
  if (finished.error != NULL)
    g_signal_handler_disconnect (dialog, id);

  if (finished.error != NULL)
    {
      g_propagate_error (error, finished.error);
      return FALSE;
    }
  return TRUE;
}

static void
wait_for_windows_to_close (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_defaults_from_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  RptExportDialog *dialog;
  RptExportRequest *applied;
  g_autofree char *name = NULL;

  g_settings_set_string (settings, "export-page-size", "letter");
  g_settings_set_string (settings, "export-orientation", "landscape");
  g_settings_set_boolean (settings, "export-include-charts", FALSE);
  g_settings_set_boolean (settings, "export-include-sources", TRUE);

  rpt_export_request_set_title (request, "Deliverables of ITU-T SG17: security/privacy");
  dialog = rpt_export_dialog_new (NULL, library, settings, request, NULL);
  gtk_window_present (GTK_WINDOW (dialog));

  applied = rpt_export_dialog_get_request (dialog);
  g_assert_true (applied == request);
  g_assert_cmpstr (rpt_export_request_get_title (applied), ==, "Deliverables of ITU-T SG17: security/privacy");
  g_assert_cmpint (rpt_export_request_get_page_size (applied), ==, RPT_EXPORT_PAGE_LETTER);
  g_assert_cmpint (rpt_export_request_get_orientation (applied), ==, RPT_EXPORT_LANDSCAPE);
  g_assert_cmpint (rpt_export_request_get_contents (applied), ==, RPT_EXPORT_TABLE | RPT_EXPORT_SOURCES);
  g_assert_cmpint (rpt_export_dialog_get_format (dialog), ==, RPT_EXPORT_FORMAT_PDF);

  /* The suggested name comes from the title, without the slash and colon. */
  name = rpt_export_dialog_suggest_file_name (dialog);
  g_assert_cmpstr (name, ==, "Deliverables of ITU-T SG17 security privacy.pdf");
  g_clear_pointer (&name, g_free);
  rpt_export_dialog_set_format (dialog, RPT_EXPORT_FORMAT_CSV);
  name = rpt_export_dialog_suggest_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".csv"));

  /* The title field wins over the request's. */
  rpt_export_dialog_set_title_text (dialog, "  Meeting notes  ");
  g_assert_cmpstr (rpt_export_request_get_title (rpt_export_dialog_get_request (dialog)), ==, "Meeting notes");

  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_windows_to_close ();

  for (const char * const *key = (const char * const[]) { "export-page-size", "export-orientation",
                                                         "export-include-charts", "export-include-sources",
                                                         NULL };
       *key != NULL; key++)
    g_settings_reset (settings, *key);
}

static void
test_pdf_csv_json (void)
{
  g_autoptr(GListModel) items = some_deliverables (3);
  g_autofree char *pdf = tmp_path ("selection.pdf");
  g_autofree char *csv = tmp_path ("selection.csv");
  g_autofree char *json = tmp_path ("selection.json");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const RptExportFormat formats[] = { RPT_EXPORT_FORMAT_PDF, RPT_EXPORT_FORMAT_CSV, RPT_EXPORT_FORMAT_JSON };
  const char *paths[] = { pdf, csv, json };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(RptExportRequest) request = rpt_export_request_new ();
      RptExportDialog *dialog;

      rpt_export_request_add_items (request, items);
      dialog = rpt_export_dialog_new (NULL, library, NULL, request, NULL);
      rpt_export_dialog_set_title_text (dialog, "Briefing for the SG17 meeting");
      rpt_export_dialog_set_format (dialog, formats[f]);
      gtk_window_present (GTK_WINDOW (dialog));
      g_assert_true (export_and_wait (dialog, paths[f], &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (paths[f], G_FILE_TEST_IS_REGULAR));
      wait_for_windows_to_close ();
    }

  text = pdftotext (pdf);
  info = pdfinfo (pdf);
  g_assert_nonnull (strstr (text, "Briefing for the SG17 meeting"));
  g_assert_nonnull (strstr (info, "Briefing for the SG17 meeting"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RptDeliverable) item = g_list_model_get_item (items, i);
      const char *id = rpt_deliverable_get_id (item);

      g_test_message ("selected: %s", id);
      g_assert_nonnull (strstr (text, id));

      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, id));
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, id));
    }
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "id,title,kind,status,group"));
  g_assert_nonnull (strstr (contents, "\r\n"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"rapporteur-export\""));
}

static void
test_unwritable_folder (void)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GListModel) items = some_deliverables (2);
  g_autofree char *blocker = tmp_path ("not-a-folder");
  g_autofree char *path = g_build_filename (blocker, "briefing.pdf", NULL);
  g_autoptr(GError) error = NULL;
  RptExportDialog *dialog;
  GtkWidget *message;
  const char *heading;
  const char *body;

  /* A file where the folder should be: even root cannot write there. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));

  rpt_export_request_add_items (request, items);
  dialog = rpt_export_dialog_new (NULL, library, NULL, request, NULL);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (export_and_wait (dialog, path, &error));
  g_assert_nonnull (error);

  /* The dialog stays to try elsewhere; the message names file and reason. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  message = rpt_export_dialog_get_error_dialog (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (message));
  heading = adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message));
  g_test_message ("%s / %s", heading, body);
  g_assert_nonnull (strstr (heading, "briefing.pdf"));
  g_assert_nonnull (strstr (body, path));
  g_assert_nonnull (strstr (body, g_strerror (ENOTDIR)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Close, then a good place: it works, and the dialog goes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "close");
  wait_for_windows_to_close ();
  {
    g_autofree char *good = tmp_path ("briefing-after-error.pdf");

    g_assert_true (export_and_wait (dialog, good, NULL));
    g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));
  }
  wait_for_windows_to_close ();
  g_assert_finalize_object (dialog);
}

static void
test_replace_existing (void)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GListModel) items = some_deliverables (1);
  g_autofree char *path = tmp_path ("existing.pdf");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  RptExportDialog *dialog;

  /* The chooser asked (GTK 4 always does); the file is replaced whole,
   * and no temporary file is left beside it. */
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  rpt_export_request_add_items (request, items);
  dialog = rpt_export_dialog_new (NULL, library, NULL, request, NULL);
  rpt_export_dialog_set_title_text (dialog, "Replaced");
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (export_and_wait (dialog, path, NULL));
  wait_for_windows_to_close ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  text = pdftotext (path);
  g_assert_nonnull (strstr (text, "Replaced"));

  dir = g_dir_open (rpt_test_get_tmpdir (), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".goutputstream") || g_str_has_prefix (name, "existing.pdf."));
}

static void
test_print_to_file (void)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GListModel) items = some_deliverables (40);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = tmp_path ("printed.pdf");
  g_autofree char *exported = tmp_path ("exported.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  GtkPrintOperationResult result;

  rpt_export_request_add_items (request, items);
  rpt_export_request_set_title (request, "Printed briefing");
  g_assert_true (rpt_export_request_load (request, library, NULL, &error));
  g_assert_no_error (error);

  operation = rpt_export_print_operation_new (request);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_true (rpt_export_pdf_write (request, NULL, exported, NULL, &error));
  g_assert_no_error (error);

  /* The same layout: as many pages as the PDF export, the same text. */
  g_assert_cmpuint (pdf_pages (printed), ==, pdf_pages (exported));
  g_assert_cmpuint (pdf_pages (printed), >=, 2);
  info = pdfinfo (printed);
  /* A4 portrait, as the request asks (pdfinfo: "595.276 x 841.89 pts (A4)"). */
  g_assert_nonnull (strstr (info, "(A4)"));
  text = pdftotext (printed);
  g_assert_nonnull (strstr (text, "Printed briefing"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RptDeliverable) item = g_list_model_get_item (items, i);

      g_assert_nonnull (strstr (text, rpt_deliverable_get_id (item)));
    }
}

/* The window: the selected rows of the Recommendations list, win.export,
 * the dialog it opens, the PDF holding those rows. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
test_window_selection (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.rapporteur.ExportTest", G_APPLICATION_NON_UNIQUE);
  g_autofree char *path = tmp_path ("window-selection.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  RptWindow *window;
  GtkWidget *page;
  GtkSelectionModel *selection;
  RptExportDialog *dialog;
  RptExportRequest *request;
  GAction *action;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = rpt_window_new_for_library (GTK_APPLICATION (app), NULL, library);
  gtk_window_present (GTK_WINDOW (window));
  rpt_window_navigate (window, "rapporteur:deliverables");
  page = rpt_window_get_visible_page (window);
  g_assert_true (RPT_IS_LIST_PAGE (page));
  while (rpt_list_page_get_n_items (RPT_LIST_PAGE (page)) < 20)
    g_main_context_iteration (NULL, TRUE);

  action = g_action_map_lookup_action (G_ACTION_MAP (window), "export");
  g_assert_nonnull (action);
  g_assert_true (g_action_get_enabled (action));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), "print"));

  /* Three rows, as Ctrl-click makes them. */
  selection = gtk_column_view_get_model (rpt_list_page_get_view (RPT_LIST_PAGE (page)));
  gtk_selection_model_unselect_all (selection);
  for (guint position = 3; position <= 9; position += 3)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (selection), position);

      gtk_selection_model_select_item (selection, position, FALSE);
      g_ptr_array_add (ids, g_strdup (rpt_deliverable_get_id (RPT_DELIVERABLE (item))));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = RPT_EXPORT_DIALOG (find_toplevel (RPT_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  request = rpt_export_dialog_get_request (dialog);
  g_assert_cmpstr (rpt_export_request_get_description (request), ==, "3 selected items");
  g_assert_cmpstr (rpt_export_request_get_title (request), ==, "Recommendations");

  rpt_export_dialog_set_title_text (dialog, "Three for the meeting");
  rpt_export_request_ref (request);
  g_assert_true (export_and_wait (dialog, path, NULL));
  wait_for_windows_to_close ();
  g_assert_null (find_toplevel (RPT_TYPE_EXPORT_DIALOG));

  text = pdftotext (path);
  g_assert_nonnull (strstr (text, "Three for the meeting"));
  for (guint i = 0; i < ids->len; i++)
    g_assert_nonnull (strstr (text, g_ptr_array_index (ids, i)));
  g_assert_cmpuint (rpt_export_request_count_deliverables (request), ==, 3);
  rpt_export_request_unref (request);

  /* Nothing selected: the whole (filtered) list. */
  gtk_selection_model_unselect_all (selection);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = RPT_EXPORT_DIALOG (find_toplevel (RPT_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (rpt_export_request_get_description (rpt_export_dialog_get_request (dialog)),
                                   "The whole list: "));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A study group's page: that group. */
  rpt_window_navigate (window, "rapporteur:group/ITU-T%20SG17");
  g_assert_true (g_action_get_enabled (action));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = RPT_EXPORT_DIALOG (find_toplevel (RPT_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  request = rpt_export_dialog_get_request (dialog);
  g_assert_cmpstr (rpt_query_get_group (rpt_export_request_get_query (request)), ==, "ITU-T SG17");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The charts page has nothing to export. */
  rpt_window_navigate (window, "rapporteur:charts");
  g_assert_false (g_action_get_enabled (action));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_windows_to_close ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  rpt_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  path = g_build_filename (rpt_test_get_tmpdir (), "library.db", NULL);
  library = rpt_library_open (path, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rpt/exportui/defaults-from-settings", test_defaults_from_settings);
  g_test_add_func ("/rpt/exportui/pdf-csv-json", test_pdf_csv_json);
  g_test_add_func ("/rpt/exportui/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/rpt/exportui/replace-existing", test_replace_existing);
  g_test_add_func ("/rpt/exportui/print-to-file", test_print_to_file);
  g_test_add_func ("/rpt/exportui/window-selection", test_window_selection);

  status = g_test_run ();
  g_assert_finalize_object (library);
  return status;
}
