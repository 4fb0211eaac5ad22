/* rpt-export-dialog.c: the Export dialog, the file chooser after it, the
 * write on a worker thread, and printing with the PDF's layout.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-export-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-export-csv.h"
#include "rpt-export-dialog.h"
#include "rpt-export-json.h"

struct _RptExportDialog
{
  AdwWindow             parent_instance;

  RptLibrary           *library;
  GSettings            *settings;
  RptExportRequest     *request;
  AdwToastOverlay      *toast_overlay;
  GtkFileChooserNative *chooser;
  GtkWidget            *error_dialog;
  GCancellable         *cancellable;
  gboolean              busy;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *export_button;
  GtkWidget            *cancel_button;
  GtkSpinner           *spinner;
  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *document_group;
  AdwEntryRow          *title_row;
  AdwComboRow          *format_row;
  AdwPreferencesGroup  *contents_group;
  GtkSwitch            *table_switch;
  GtkSwitch            *charts_switch;
  GtkSwitch            *sources_switch;
  AdwPreferencesGroup  *page_group;
  AdwComboRow          *page_size_row;
  AdwComboRow          *orientation_row;
};

G_DEFINE_FINAL_TYPE (RptExportDialog, rpt_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *extensions[] = { "pdf", "csv", "json" };

static void
format_changed_cb (RptExportDialog *self)
{
  gboolean pdf = rpt_export_dialog_get_format (self) == RPT_EXPORT_FORMAT_PDF;

  /* CSV and JSON hold every column of every row: the contents and the page
   * are the PDF's. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->contents_group), pdf);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page_group), pdf);
  adw_preferences_group_set_description (self->contents_group,
                                         pdf ? NULL : _("CSV and JSON files hold every column, sources included"));
}

static void
set_busy (RptExportDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  /* The fields hold still while the file is written (the worker reads the
   * request).  Focus leaves them first: GTK 4.8 warns when a focused text
   * field turns insensitive. */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (self->export_button, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  adw_window_title_set_subtitle (self->window_title, busy ? _("Exporting…") : NULL);
  if (!busy)
    gtk_widget_grab_focus (self->export_button);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  RptExportRequest *request;
  RptExportFormat   format;
  GFile            *file;
} WriteData;

static void
write_data_free (WriteData *data)
{
  rpt_export_request_unref (data->request);
  g_object_unref (data->file);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autofree char *path = g_file_get_path (data->file);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* The request was loaded on the main thread: the writers only read its
   * rows, and never touch the library. */
  switch (data->format)
    {
    case RPT_EXPORT_FORMAT_CSV:
      ok = rpt_export_csv_write (data->request, NULL, path, cancellable, &error);
      break;
    case RPT_EXPORT_FORMAT_JSON:
      ok = rpt_export_json_write (data->request, NULL, path, cancellable, &error);
      break;
    case RPT_EXPORT_FORMAT_PDF:
    default:
      ok = rpt_export_pdf_write (data->request, NULL, path, cancellable, &error);
      break;
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
open_file (GtkWindow *parent,
           GFile     *file)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, parent, NULL, NULL, NULL);
#else
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
#endif
}

static void
toast_open_cb (AdwToast *toast,
               GFile    *file)
{
  GtkWidget *overlay = g_object_get_data (G_OBJECT (toast), "rpt-overlay");
  GtkRoot *root = overlay != NULL ? gtk_widget_get_root (overlay) : NULL;

  open_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, file);
}

static void
show_success (RptExportDialog *self,
              GFile           *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->toast_overlay == NULL)
    return;

  /* Translators: a toast after an export, with an Open button */
  title = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  /* The AT-SPI test reads the screen too slowly to catch a 5 s toast. */
  if (g_getenv ("RAPPORTEUR_EXPORT_TOAST_TIMEOUT") != NULL)
    adw_toast_set_timeout (toast, (guint) g_ascii_strtoull (g_getenv ("RAPPORTEUR_EXPORT_TOAST_TIMEOUT"), NULL, 10));
  g_object_set_data (G_OBJECT (toast), "rpt-overlay", self->toast_overlay);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (toast_open_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
hint_for (const GError *error)
{
  if (error->domain != G_IO_ERROR)
    return NULL;

  switch (error->code)
    {
    case G_IO_ERROR_PERMISSION_DENIED:
    case G_IO_ERROR_READ_ONLY:
      return _("Choose a folder you can write to.");
    case G_IO_ERROR_NO_SPACE:
      return _("The disk is full. Free some space or choose another place.");
    case G_IO_ERROR_NOT_FOUND:
      return _("Rapporteur cannot create a file in that folder. Choose another one.");
    default:
      return NULL;
    }
}

static void
error_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RptExportDialog  *self)
{
  if (self->error_dialog == GTK_WIDGET (dialog))
    self->error_dialog = NULL;
}

static void
show_error (RptExportDialog *self,
            GFile           *file,
            const GError    *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *hint = hint_for (error);
  GtkWidget *dialog;

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  /* Translators: the heading of the dialog when an export failed */
  heading = g_strdup_printf (_("Could not Export “%s”"), name);
  body = hint != NULL ? g_strdup_printf ("%s\n\n%s", error->message, hint) : g_strdup (error->message);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (error_response_cb), self, 0);
  self->error_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  RptExportDialog *self = RPT_EXPORT_DIALOG (source);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("Export failed: %s", error->message);
          show_error (self, data->file, error);
        }
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0, data->file, error);
      return;
    }

  show_success (self, data->file);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, data->file, NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * rpt_export_dialog_export_to:
 * @file: where to write (a local path: the portal gives one)
 *
 * Loads the request on this thread, then writes the file on a worker
 * thread; RptExportDialog::finished tells when it is done.
 */
void
rpt_export_dialog_export_to (RptExportDialog *self,
                             GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RptExportRequest *request;
  WriteData *data;

  g_return_if_fail (RPT_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!self->busy);

  request = rpt_export_dialog_get_request (self);
  task = g_task_new (self, self->cancellable, write_done_cb, NULL);
  g_task_set_source_tag (task, rpt_export_dialog_export_to);

  data = g_new0 (WriteData, 1);
  data->request = rpt_export_request_ref (request);
  data->format = rpt_export_dialog_get_format (self);
  data->file = g_object_ref (file);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);

  set_busy (self, TRUE);

  if (g_file_peek_path (file) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Rapporteur can only write to files on this computer."));
      return;
    }

  /* The library lives on this thread: resolve the rows here. */
  if (!rpt_export_request_is_loaded (request) &&
      !rpt_export_request_load (request, self->library, self->cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, write_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     RptExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    rpt_export_dialog_export_to (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_clicked_cb (RptExportDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *documents_path = NULL;
  g_autoptr(GFile) folder = NULL;
  GtkFileChooser *chooser;
  RptExportFormat format = rpt_export_dialog_get_format (self);

  if (self->busy || self->chooser != NULL)
    return;

  /* GtkFileChooserNative: the portal in the Flatpak, GTK's own dialog
   * outside it.  In GTK 4 both always ask before replacing an existing
   * file in a Save dialog (the confirmation can no longer be turned off),
   * so a file is only replaced once the user said so. */
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (format == RPT_EXPORT_FORMAT_CSV)
    add_filter (chooser, _("CSV tables"), "text/csv", "*.csv");
  else if (format == RPT_EXPORT_FORMAT_JSON)
    add_filter (chooser, _("JSON files"), "application/json", "*.json");
  else
    add_filter (chooser, _("PDF documents"), "application/pdf", "*.pdf");

  documents_path = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
  if (documents_path != NULL && g_file_test (documents_path, G_FILE_TEST_IS_DIR))
    {
      folder = g_file_new_for_path (documents_path);
      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }

  name = rpt_export_dialog_suggest_file_name (self);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ------------------------------------------------------------------------ */
/* The dialog                                                               */
/* ------------------------------------------------------------------------ */

RptExportFormat
rpt_export_dialog_get_format (RptExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (RPT_IS_EXPORT_DIALOG (self), RPT_EXPORT_FORMAT_PDF);

  selected = adw_combo_row_get_selected (self->format_row);
  return selected <= RPT_EXPORT_FORMAT_JSON ? (RptExportFormat) selected : RPT_EXPORT_FORMAT_PDF;
}

void
rpt_export_dialog_set_format (RptExportDialog *self,
                              RptExportFormat  format)
{
  g_return_if_fail (RPT_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= RPT_EXPORT_FORMAT_JSON);

  adw_combo_row_set_selected (self->format_row, format);
}

void
rpt_export_dialog_set_title_text (RptExportDialog *self,
                                  const char      *title)
{
  g_return_if_fail (RPT_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
}

/**
 * rpt_export_dialog_get_request:
 *
 * Returns: (transfer none): the request, with the dialog's title, contents,
 *   page size and orientation
 */
RptExportRequest *
rpt_export_dialog_get_request (RptExportDialog *self)
{
  g_autofree char *title = NULL;
  RptExportContents contents = 0;

  g_return_val_if_fail (RPT_IS_EXPORT_DIALOG (self), NULL);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  rpt_export_request_set_title (self->request, title);

  if (gtk_switch_get_active (self->table_switch))
    contents |= RPT_EXPORT_TABLE;
  if (gtk_switch_get_active (self->charts_switch))
    contents |= RPT_EXPORT_CHARTS;
  if (gtk_switch_get_active (self->sources_switch))
    contents |= RPT_EXPORT_SOURCES;
  rpt_export_request_set_contents (self->request, contents);

  rpt_export_request_set_page_size (self->request,
                                    adw_combo_row_get_selected (self->page_size_row) == 1
                                    ? RPT_EXPORT_PAGE_LETTER : RPT_EXPORT_PAGE_A4);
  rpt_export_request_set_orientation (self->request,
                                      adw_combo_row_get_selected (self->orientation_row) == 1
                                      ? RPT_EXPORT_LANDSCAPE : RPT_EXPORT_PORTRAIT);
  return self->request;
}

char *
rpt_export_dialog_suggest_file_name (RptExportDialog *self)
{
  g_return_val_if_fail (RPT_IS_EXPORT_DIALOG (self), NULL);

  return rpt_export_request_suggest_file_name (rpt_export_dialog_get_request (self),
                                               extensions[rpt_export_dialog_get_format (self)]);
}

GtkWidget *
rpt_export_dialog_get_error_dialog (RptExportDialog *self)
{
  g_return_val_if_fail (RPT_IS_EXPORT_DIALOG (self), NULL);

  return self->error_dialog;
}

static void
apply_settings (RptExportDialog *self)
{
  g_autofree char *page_size = NULL;
  g_autofree char *orientation = NULL;
  gboolean charts = TRUE, sources = TRUE;

  if (self->settings != NULL)
    {
      page_size = g_settings_get_string (self->settings, "export-page-size");
      orientation = g_settings_get_string (self->settings, "export-orientation");
      charts = g_settings_get_boolean (self->settings, "export-include-charts");
      sources = g_settings_get_boolean (self->settings, "export-include-sources");
    }

  adw_combo_row_set_selected (self->page_size_row, g_strcmp0 (page_size, "letter") == 0 ? 1 : 0);
  adw_combo_row_set_selected (self->orientation_row, g_strcmp0 (orientation, "landscape") == 0 ? 1 : 0);
  gtk_switch_set_active (self->table_switch, TRUE);
  gtk_switch_set_active (self->charts_switch, charts);
  gtk_switch_set_active (self->sources_switch, sources);
}

static void
rpt_export_dialog_dispose (GObject *object)
{
  RptExportDialog *self = RPT_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->error_dialog != NULL)
    {
      GtkWidget *dialog = g_steal_pointer (&self->error_dialog);

      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->toast_overlay);
  g_clear_pointer (&self->request, rpt_export_request_unref);

  G_OBJECT_CLASS (rpt_export_dialog_parent_class)->dispose (object);
}

static void
rpt_export_dialog_finalize (GObject *object)
{
  RptExportDialog *self = RPT_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rpt_export_dialog_parent_class)->finalize (object);
}

static void
rpt_export_dialog_class_init (RptExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_export_dialog_dispose;
  object_class->finalize = rpt_export_dialog_finalize;

  /**
   * RptExportDialog::finished:
   * @file: the file written (or not)
   * @error: (nullable): a const GError *, %NULL on success
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, document_group);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, contents_group);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, table_switch);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, charts_switch);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, sources_switch);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, page_group);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, RptExportDialog, orientation_row);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rpt_export_dialog_init (RptExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  format_changed_cb (self);
}

/**
 * rpt_export_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @library: (nullable): to load @request from (%NULL when it is loaded)
 * @settings: (nullable): the export defaults
 * @request: what to export; its title prefills the Title field
 * @toast_overlay: (nullable): where success is told
 *
 * Returns: (transfer none): a new dialog, not shown yet
 */
RptExportDialog *
rpt_export_dialog_new (GtkWindow        *parent,
                       RptLibrary       *library,
                       GSettings        *settings,
                       RptExportRequest *request,
                       AdwToastOverlay  *toast_overlay)
{
  RptExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (library == NULL || RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (toast_overlay == NULL || ADW_IS_TOAST_OVERLAY (toast_overlay), NULL);

  self = g_object_new (RPT_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->library = library != NULL ? g_object_ref (library) : NULL;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->request = rpt_export_request_ref (request);
  self->toast_overlay = toast_overlay != NULL ? g_object_ref (toast_overlay) : NULL;

  apply_settings (self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rpt_export_request_get_title (request));
  if (rpt_export_request_get_description (request) != NULL)
    adw_preferences_group_set_description (self->document_group, rpt_export_request_get_description (request));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

/* ------------------------------------------------------------------------ */
/* Printing                                                                 */
/* ------------------------------------------------------------------------ */

typedef struct
{
  RptExportRequest *request;
  RptExportLayout  *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, rpt_export_layout_free);
  rpt_export_request_unref (job->request);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  /* The page the printer (or the preview) has, in points: the same layout
   * as the PDF's, on that page. */
  g_clear_pointer (&job->layout, rpt_export_layout_free);
  job->layout = rpt_export_layout_new (job->request, NULL, width, height);
  gtk_print_operation_set_n_pages (operation, MAX (1, rpt_export_layout_get_n_pages (job->layout)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (job->layout == NULL || page_nr < 0 || (guint) page_nr >= rpt_export_layout_get_n_pages (job->layout))
    return;

  rpt_export_layout_draw_page (job->layout, cr, page_nr);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              PrintJob          *job)
{
  g_clear_pointer (&job->layout, rpt_export_layout_free);
}

/**
 * rpt_export_print_operation_new:
 * @request: a loaded request
 *
 * Returns: (transfer full): a print operation; run it with
 *   gtk_print_operation_run()
 */
GtkPrintOperation *
rpt_export_print_operation_new (RptExportRequest *request)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (request != NULL, NULL);

  paper = gtk_paper_size_new (rpt_export_request_get_page_size (request) == RPT_EXPORT_PAGE_LETTER
                              ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, rpt_export_request_get_orientation (request) == RPT_EXPORT_LANDSCAPE
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The layout has its own margins: the whole sheet, measured in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, rpt_export_request_get_title (request));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  job = g_new0 (PrintJob, 1);
  job->request = rpt_export_request_ref (request);
  g_object_set_data_full (G_OBJECT (operation), "rpt-print-job", job, (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), job);

  return operation;
}
