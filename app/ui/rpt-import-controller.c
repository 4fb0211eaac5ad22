/* rpt-import-controller.c: importing reports, as the user sees it.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-import-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rpt-import-controller.h"
#include "rpt-navigation.h"
#include "rpt-paths.h"

/* An import that takes longer than this shows its progress bar. */
#define PROGRESS_DELAY_MS 500

typedef enum
{
  MODE_FILES,
  MODE_BUNDLED,
} ImportMode;

struct _RptImportController
{
  GObject          parent_instance;

  GtkWindow       *window;          /* weak */
  AdwToastOverlay *toast_overlay;
  GtkWidget       *bar;             /* GtkRevealer, in the bar box */
  GtkWidget       *bar_icon;
  GtkWidget       *bar_label;
  GtkWidget       *progress_bar;
  GtkWidget       *cancel_button;
  GtkWidget       *dialog;          /* weak */
  GtkNativeDialog *chooser;

  RptLibrary      *library;

  /* The import under way. */
  gboolean         busy;
  ImportMode       mode;
  GCancellable    *cancellable;
  GPtrArray       *queue;           /* GFile */
  guint            index;
  guint            added;
  GPtrArray       *skipped_names;   /* display names */
  GPtrArray       *errors;          /* ImportFailure */
  GHashTable      *ids_before;      /* gint64 report ids */
  GPtrArray       *dropped_names;   /* what the user gave, for "nothing found" */
  gboolean         cancelled;
  guint            progress_timeout;
  guint            progress_delay;
  guint            toast_timeout;   /* seconds; 0: until dismissed */

  char            *last_toast;
  AdwToast        *toast;           /* weak: the last one shown */
  gint64           toast_added_at;  /* monotonic, µs */
  AdwToast        *pending_toast;   /* owned: waiting for the last one to settle */
  guint            pending_toast_id;

  /* Files given to the application (rpt_import_controller_open()): they
   * wait for the library to open, or for the import under way to end. */
  GPtrArray       *waiting;         /* GFile */
  gboolean         show_result;     /* the import under way shows what it added */
};

typedef struct
{
  char *name;
  char *message;
} ImportFailure;

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptImportController, rpt_import_controller, G_TYPE_OBJECT)

static void import_next (RptImportController *self);
static void start_waiting (RptImportController *self);

static void
import_failure_free (gpointer data)
{
  ImportFailure *failure = data;

  g_free (failure->name);
  g_free (failure->message);
  g_free (failure);
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base ? base : "?");
}

gboolean
rpt_import_is_report_name (const char *name)
{
  static const char *suffixes[] = { ".txt", ".md", ".docx", ".pdf" };
  g_autofree char *folded = NULL;

  if (name == NULL)
    return FALSE;

  folded = g_ascii_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (folded, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* Toasts */

/* libadwaita 1.2 frees a toast's bookkeeping when its hide animation ends
 * but leaves its show animation running: a toast dismissed less than
 * 200 ms into a 500 ms show animation crashes the overlay a moment later.
 * So an import toast is dismissed only once its show animation is over; a
 * newer toast that comes sooner waits that long (and replaces any other
 * that is waiting). */
#define TOAST_SETTLE_MS 600

static void
add_toast_now (RptImportController *self,
               AdwToast            *toast)
{
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, toast);
  self->toast_added_at = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
pending_toast_cb (gpointer data)
{
  RptImportController *self = data;

  self->pending_toast_id = 0;
  if (self->pending_toast != NULL && self->toast_overlay != NULL)
    add_toast_now (self, g_steal_pointer (&self->pending_toast));
  return G_SOURCE_REMOVE;
}

static AdwToast *
show_toast (RptImportController *self,
            const char          *title)
{
  AdwToast *toast = adw_toast_new (title);
  gint64 elapsed_ms = (g_get_monotonic_time () - self->toast_added_at) / 1000;

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  g_debug ("Toast: %s", title);

  /* The newest news about imports replaces the older, rather than waiting
   * behind it. */
  g_clear_object (&self->pending_toast);
  if (self->toast != NULL && elapsed_ms >= 0 && elapsed_ms < TOAST_SETTLE_MS)
    {
      self->pending_toast = toast;
      if (self->pending_toast_id == 0)
        self->pending_toast_id = g_timeout_add ((guint) (TOAST_SETTLE_MS - elapsed_ms),
                                                pending_toast_cb, self);
      return toast;
    }

  add_toast_now (self, toast);
  return toast;
}

static void
update_actions (RptImportController *self)
{
  static const char *names[] = { "import", "reimport-bundled", "remove-report" };

  if (self->window == NULL || !G_IS_ACTION_MAP (self->window))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->window), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->library != NULL && !self->busy);
    }
}

static void
set_busy (RptImportController *self,
          gboolean             busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The progress bar */

static void
bar_show_drop_hint (RptImportController *self,
                    gboolean             show)
{
  if (self->busy)
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (self->bar_icon), "document-send-symbolic");
  gtk_label_set_label (GTK_LABEL (self->bar_label), _("Drop reports to import"));
  gtk_widget_set_visible (self->progress_bar, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), show);
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  RptImportController *self = user_data;

  self->progress_timeout = 0;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->bar_icon), "document-open-symbolic");
  gtk_widget_set_visible (self->progress_bar, TRUE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), TRUE);
  return G_SOURCE_REMOVE;
}

static void
bar_set_file (RptImportController *self,
              double               fraction)
{
  GFile *file;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  guint n;

  if (self->queue == NULL || self->index >= self->queue->len)
    return;

  n = self->queue->len;
  file = g_ptr_array_index (self->queue, self->index);
  name = file_display_name (file);
  if (n > 1)
    /* Translators: the file being imported, then which of how many */
    label = g_strdup_printf (_("Importing “%s” (%u of %u)"), name, self->index + 1, n);
  else
    label = g_strdup_printf (_("Importing “%s”"), name);

  gtk_label_set_label (GTK_LABEL (self->bar_label), label);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 CLAMP ((self->index + CLAMP (fraction, 0.0, 1.0)) / MAX (n, 1), 0.0, 1.0));
}

static void
cancel_clicked_cb (GtkButton           *button,
                   RptImportController *self)
{
  rpt_import_controller_cancel (self);
}

static GtkWidget *
build_bar (RptImportController *self)
{
  GtkWidget *revealer, *box, *text_box;

  revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);

  self->bar_icon = gtk_image_new_from_icon_name ("document-open-symbolic");
  gtk_box_append (GTK_BOX (box), self->bar_icon);

  text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_widget_set_valign (text_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text_box);

  self->bar_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->bar_label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (self->bar_label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_box_append (GTK_BOX (text_box), self->bar_label);

  self->progress_bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import progress"), -1);
  gtk_box_append (GTK_BOX (text_box), self->progress_bar);

  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_valign (self->cancel_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->cancel_button, _("Stop importing"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cancel Import"), -1);
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), self->cancel_button);

  return revealer;
}

/* The end of an import: what to tell the user */

static char *
navigation_target (RptImportController *self,
                   guint               *n_new,
                   RptReport          **only)
{
  GListModel *reports = rpt_library_get_reports (self->library);
  guint n = g_list_model_get_n_items (reports);
  gint64 last_id = 0;
  guint count = 0;

  *only = NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (reports, i);
      gint64 id = rpt_report_get_id (report);

      if (self->ids_before != NULL && g_hash_table_contains (self->ids_before, &id))
        continue;
      last_id = id;
      count++;
      g_set_object (only, report);
    }

  *n_new = count;
  if (count != 1)
    g_clear_object (only);
  if (count == 1)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, last_id);

      return rpt_place_build_uri ("report", key, NULL);
    }
  return g_strdup (RPT_URI_SCHEME "reports");
}

static void
dialog_destroy_cb (GtkWidget           *dialog,
                   RptImportController *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

/* The library's messages start with "Could not import", which the
 * dialog's heading already says: the body keeps the file and the reason. */
static char *
error_body (ImportFailure *failure)
{
  g_autofree char *plain = g_strdup_printf (_("Could not import: %s"), "");
  g_autofree char *named = g_strdup_printf (_("Could not import “%s”: %s"), failure->name, "");
  const char *message = failure->message;

  if (g_str_has_prefix (message, plain) && strlen (message) > strlen (plain))
    return g_strdup (message + strlen (plain));
  if (g_str_has_prefix (message, named) && strlen (message) > strlen (named))
    {
      const char *reason = message + strlen (named);
      g_autofree char *quoted = g_strdup_printf ("“%s”", failure->name);

      if (strstr (reason, quoted) != NULL)
        return g_strdup (reason);
      return g_strdup_printf ("%s: %s", quoted, reason);
    }
  return g_strdup (message);
}

static void
show_errors (RptImportController *self)
{
  g_autofree char *heading = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (self->errors->len == 0)
    return;

  if (self->errors->len == 1)
    {
      ImportFailure *failure = g_ptr_array_index (self->errors, 0);

      g_autofree char *text = error_body (failure);

      heading = g_strdup_printf (_("Could not import “%s”"), failure->name);
      g_string_append (body, text);
    }
  else
    {
      heading = g_strdup_printf (ngettext ("Could not import %u file", "Could not import %u files",
                                           self->errors->len), self->errors->len);
      for (guint i = 0; i < self->errors->len; i++)
        {
          g_autofree char *text = error_body (g_ptr_array_index (self->errors, i));

          if (i > 0)
            g_string_append (body, "\n\n");
          g_string_append (body, text);
        }
    }

  if (self->added == 0)
    g_string_append_printf (body, "\n\n%s", _("The library was not changed."));

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));

  dialog = adw_message_dialog_new (self->window, heading, body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroy_cb), self, 0);
  self->dialog = dialog;
  g_debug ("Error dialog: %s — %s", heading, body->str);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
skipped_text (RptImportController *self)
{
  guint n = self->skipped_names->len;

  if (n == 0)
    return NULL;
  if (n == 1)
    return g_strdup_printf (_("“%s” is already in the library"),
                            (const char *) g_ptr_array_index (self->skipped_names, 0));
  return g_strdup_printf (ngettext ("%u report is already in the library",
                                    "%u reports are already in the library", n), n);
}

/* The place of the report the library already had under @name, if there
 * is just one: what opening a file that is already there shows. */
static char *
report_named (RptImportController *self,
              const char          *name)
{
  GListModel *reports = rpt_library_get_reports (self->library);
  guint n = g_list_model_get_n_items (reports);
  gint64 found = 0;
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (reports, i);
      g_autofree char *display = g_filename_display_name (rpt_report_get_file_name (report));

      if (g_strcmp0 (display, name) == 0)
        {
          found = rpt_report_get_id (report);
          count++;
        }
    }

  if (count != 1)
    return NULL;
  {
    g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, found);

    return rpt_place_build_uri ("report", key, NULL);
  }
}

static void
finish_import (RptImportController *self)
{
  g_autofree char *skipped = skipped_text (self);
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(RptReport) only = NULL;
  AdwToast *toast = NULL;
  guint n_new = 0;

  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), FALSE);

  if (self->library != NULL && self->added > 0)
    uri = navigation_target (self, &n_new, &only);

  if (self->cancelled)
    {
      if (self->added > 0)
        title = g_strdup_printf (ngettext ("Import cancelled; %u report was added before",
                                           "Import cancelled; %u reports were added before",
                                           self->added), self->added);
      else
        title = g_strdup (_("Import cancelled; the library was not changed"));
    }
  else if (self->added > 0)
    {
      g_autofree char *added = NULL;

      if (self->mode == MODE_BUNDLED)
        added = g_strdup_printf (ngettext ("Re-added %u bundled report", "Re-added %u bundled reports",
                                           self->added), self->added);
      else
        added = g_strdup_printf (ngettext ("Added %u report", "Added %u reports", self->added), self->added);

      /* Text the parser found no report in is kept as a plain document:
       * say so, rather than let the user look for sections that are not
       * there. */
      if (only != NULL && g_strcmp0 (rpt_report_get_family (only), "unknown") == 0 &&
          rpt_report_get_n_mentions (only) == 0)
        title = g_strdup_printf (_("%s; no report structure was recognised in “%s”, it is kept as plain text"),
                                 added, rpt_report_get_file_name (only));
      else if (skipped != NULL && self->mode == MODE_FILES)
        title = g_strdup_printf ("%s; %s", added, skipped);
      else
        title = g_steal_pointer (&added);
    }
  else if (self->mode == MODE_BUNDLED && self->errors->len == 0)
    title = g_strdup (_("All the bundled reports are in the library"));
  else if (skipped != NULL)
    title = g_steal_pointer (&skipped);
  else if (self->errors->len == 0)
    {
      if (self->dropped_names != NULL && self->dropped_names->len == 1)
        title = g_strdup_printf (_("No reports found in “%s”: Rapporteur imports .txt, .md, .docx and .pdf files"),
                                 (const char *) g_ptr_array_index (self->dropped_names, 0));
      else
        title = g_strdup (_("No reports found: Rapporteur imports .txt, .md, .docx and .pdf files"));
    }

  if (title != NULL)
    {
      toast = show_toast (self, title);
      /* Time to read what was added or refused, and to press Show. */
      adw_toast_set_timeout (toast, self->toast_timeout);
    }
  if (toast != NULL && uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Show"));
      /* The target first: an action without its parameter warns. */
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_set_action_name (toast, "win.navigate");
    }

  show_errors (self);

  /* Files opened with the application: show what they are. */
  if (self->show_result && !self->cancelled && self->window != NULL)
    {
      if (uri == NULL && self->added == 0 && self->skipped_names->len == 1)
        uri = report_named (self, g_ptr_array_index (self->skipped_names, 0));
      if (uri != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->window), "win.navigate", "s", uri);
    }

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->skipped_names, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->ids_before, g_hash_table_unref);
  g_clear_pointer (&self->dropped_names, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  self->show_result = FALSE;
  set_busy (self, FALSE);

  start_waiting (self);
}

/* One file at a time: one bad file does not keep the good ones out, each
 * message names its file, and a file already there is named too. */

static void
import_progress_cb (double      fraction,
                    const char *message,
                    gpointer    user_data)
{
  RptImportController *self = user_data;

  if (self->busy)
    bar_set_file (self, fraction);
}

static void
import_file_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RptImportController) self = user_data;
  g_autoptr(GError) error = NULL;
  guint added = 0, skipped = 0;
  GFile *file;

  rpt_library_import_files_finish (RPT_LIBRARY (source), result, &added, &skipped, &error);

  if (self->queue == NULL)
    return;

  file = g_ptr_array_index (self->queue, self->index);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->cancelled = TRUE;
      finish_import (self);
      return;
    }
  else if (error != NULL)
    {
      ImportFailure *failure = g_new0 (ImportFailure, 1);

      failure->name = file_display_name (file);
      failure->message = g_strdup (error->message);
      g_ptr_array_add (self->errors, failure);
    }
  else
    {
      self->added += added;
      if (skipped > 0)
        g_ptr_array_add (self->skipped_names, file_display_name (file));
    }

  self->index++;
  import_next (self);
}

static void
import_next (RptImportController *self)
{
  GFile *file;

  if (self->library == NULL || self->index >= self->queue->len)
    {
      finish_import (self);
      return;
    }

  bar_set_file (self, 0.0);
  file = g_ptr_array_index (self->queue, self->index);
  rpt_library_import_files_async (self->library, &file, 1, self->cancellable,
                                  import_progress_cb, g_object_ref (self), g_object_unref,
                                  import_file_cb, g_object_ref (self));
}

/* Folders are walked in a thread: a big one takes a while. */

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **) a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **) b);

  return g_strcmp0 (name_a, name_b);
}

static void
expand_into (GFile        *file,
             gboolean      given,
             GPtrArray    *out,
             GPtrArray    *failures,
             GCancellable *cancellable,
             guint         depth)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileType type;

  if (g_cancellable_is_cancelled (cancellable))
    return;

  type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable);
  if (type != G_FILE_TYPE_DIRECTORY)
    {
      /* What the user picked goes to the library, which says what is wrong
       * with it; in a folder only what looks like a report. */
      if (given)
        g_ptr_array_add (out, g_object_ref (file));
      else
        {
          g_autofree char *base = g_file_get_basename (file);

          if (rpt_import_is_report_name (base) && type == G_FILE_TYPE_REGULAR)
            g_ptr_array_add (out, g_object_ref (file));
        }
      return;
    }

  if (depth > 32)
    return;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &error);
  if (children == NULL)
    {
      ImportFailure *failure = g_new0 (ImportFailure, 1);

      failure->name = file_display_name (file);
      failure->message = g_strdup_printf (_("Could not read the folder “%s”: %s"), failure->name, error->message);
      g_ptr_array_add (failures, failure);
      return;
    }

  {
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

    for (;;)
      {
        GFileInfo *info = NULL;
        GFile *child = NULL;

        if (!g_file_enumerator_iterate (children, &info, &child, cancellable, NULL) || info == NULL)
          break;
        if (g_file_info_get_is_hidden (info))
          continue;
        g_ptr_array_add (found, g_object_ref (child));
      }

    /* In name order, so that "(2 of 5)" follows what the user sees. */
    g_ptr_array_sort (found, compare_files);
    for (guint i = 0; i < found->len; i++)
      expand_into (g_ptr_array_index (found, i), FALSE, out, failures, cancellable, depth + 1);
  }
}

typedef struct
{
  GPtrArray *given;
  GPtrArray *files;
  GPtrArray *failures;
} Expansion;

static void
expansion_free (gpointer data)
{
  Expansion *expansion = data;

  g_clear_pointer (&expansion->given, g_ptr_array_unref);
  g_clear_pointer (&expansion->files, g_ptr_array_unref);
  g_clear_pointer (&expansion->failures, g_ptr_array_unref);
  g_free (expansion);
}

static void
expand_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Expansion *expansion = task_data;

  for (guint i = 0; i < expansion->given->len; i++)
    expand_into (g_ptr_array_index (expansion->given, i), TRUE, expansion->files, expansion->failures,
                 cancellable, 0);
  g_task_return_boolean (task, TRUE);
}

static void
expand_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  RptImportController *self = RPT_IMPORT_CONTROLLER (source);
  Expansion *expansion = g_task_get_task_data (G_TASK (result));

  if (self->queue == NULL)
    return;

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      self->cancelled = TRUE;
      finish_import (self);
      return;
    }

  g_ptr_array_extend_and_steal (self->queue, g_steal_pointer (&expansion->files));
  g_ptr_array_extend_and_steal (self->errors, g_steal_pointer (&expansion->failures));
  import_next (self);
}

static void
start_import (RptImportController  *self,
              ImportMode            mode,
              GFile               **files,
              guint                 n_files)
{
  g_autoptr(GTask) task = NULL;
  Expansion *expansion;
  GListModel *reports;

  self->mode = mode;
  self->index = 0;
  self->added = 0;
  self->cancelled = FALSE;
  self->cancellable = g_cancellable_new ();
  self->queue = g_ptr_array_new_with_free_func (g_object_unref);
  self->skipped_names = g_ptr_array_new_with_free_func (g_free);
  self->errors = g_ptr_array_new_with_free_func (import_failure_free);
  self->dropped_names = g_ptr_array_new_with_free_func (g_free);
  self->ids_before = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  reports = rpt_library_get_reports (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (reports, i);

      g_hash_table_add (self->ids_before, g_memdup2 (&(gint64) { rpt_report_get_id (report) }, sizeof (gint64)));
    }

  set_busy (self, TRUE);

  gtk_label_set_label (GTK_LABEL (self->bar_label), _("Looking for reports…"));
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), FALSE);
  self->progress_timeout = g_timeout_add (self->progress_delay, progress_timeout_cb, self);

  expansion = g_new0 (Expansion, 1);
  expansion->given = g_ptr_array_new_with_free_func (g_object_unref);
  expansion->files = g_ptr_array_new_with_free_func (g_object_unref);
  expansion->failures = g_ptr_array_new_with_free_func (import_failure_free);
  for (guint i = 0; i < n_files; i++)
    {
      g_ptr_array_add (expansion->given, g_object_ref (files[i]));
      g_ptr_array_add (self->dropped_names, file_display_name (files[i]));
    }

  task = g_task_new (self, self->cancellable, expand_cb, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, expansion, expansion_free);
  g_task_run_in_thread (task, expand_thread);
}

/**
 * rpt_import_controller_import:
 * @self: a controller
 * @files: (array length=n_files): files and folders
 * @n_files: how many
 *
 * Imports @files (folders: the .txt, .md, .docx and .pdf files in them,
 * at any depth), showing progress, then a toast and any errors.
 */
void
rpt_import_controller_import (RptImportController  *self,
                              GFile               **files,
                              guint                 n_files)
{
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (self->library == NULL || n_files == 0)
    return;

  if (self->busy)
    {
      show_toast (self, _("Another import is under way; drop these files again when it is over"));
      return;
    }

  start_import (self, MODE_FILES, files, n_files);
}

static void
start_waiting (RptImportController *self)
{
  g_autoptr(GPtrArray) files = NULL;

  if (self->library == NULL || self->busy || self->waiting == NULL || self->waiting->len == 0)
    return;

  files = g_steal_pointer (&self->waiting);
  start_import (self, MODE_FILES, (GFile **) files->pdata, files->len);
  self->show_result = TRUE;
}

/**
 * rpt_import_controller_open:
 * @self: a controller
 * @files: (array length=n_files): files and folders
 * @n_files: how many
 *
 * Imports files given to the application (its command line, a file
 * manager's Open With) like rpt_import_controller_import(), then shows
 * them: the report when there is one (also one the library already had),
 * the Reports list when there are several.  Files given before the library
 * is open, or while another import is under way, wait for it.
 */
void
rpt_import_controller_open (RptImportController  *self,
                            GFile               **files,
                            guint                 n_files)
{
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (self->waiting == NULL)
    self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->waiting, g_object_ref (files[i]));

  start_waiting (self);
}

void
rpt_import_controller_cancel (RptImportController *self)
{
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* Re-adding the bundled reports */

void
rpt_import_controller_reimport_bundled (RptImportController *self)
{
  g_autofree char *corpus_dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));

  if (self->library == NULL || self->busy)
    return;

  corpus_dir = rpt_paths_get_corpus_dir ();
  if (corpus_dir != NULL)
    dir = g_dir_open (corpus_dir, 0, NULL);
  if (dir == NULL)
    {
      show_toast (self, _("The bundled reports are not installed"));
      return;
    }

  /* The same files the library reads on its first start. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      {
        g_autofree char *path = g_build_filename (corpus_dir, name, NULL);

        g_ptr_array_add (files, g_file_new_for_path (path));
      }

  start_import (self, MODE_BUNDLED, (GFile **) files->pdata, files->len);
}

/* Removing, with Undo */

typedef struct
{
  char *text;
  char *file_name;
  char *title;
} RemovedReport;

static void
removed_report_free (gpointer data)
{
  RemovedReport *removed = data;

  g_free (removed->text);
  g_free (removed->file_name);
  g_free (removed->title);
  g_free (removed);
}

typedef struct
{
  RptImportController *self;
  GFile *file;
  char *dir;
  char *title;
} Restore;

static void
restore_free (Restore *restore)
{
  g_file_delete (restore->file, NULL, NULL);
  g_rmdir (restore->dir);
  g_object_unref (restore->self);
  g_object_unref (restore->file);
  g_free (restore->dir);
  g_free (restore->title);
  g_free (restore);
}

static void
restore_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Restore *restore = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!rpt_library_import_files_finish (RPT_LIBRARY (source), result, NULL, NULL, &error))
    title = g_strdup_printf (_("Could not put “%s” back: %s"), restore->title, error->message);
  else
    title = g_strdup_printf (_("“%s” is back in the library"), restore->title);

  if (restore->self->window != NULL)
    show_toast (restore->self, title);
  restore_free (restore);
}

static void
undo_remove_cb (AdwToast            *toast,
                RptImportController *self)
{
  RemovedReport *removed = g_object_get_data (G_OBJECT (toast), "rpt-removed-report");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  Restore *restore;
  GFile *file;

  if (removed == NULL || self->library == NULL)
    return;

  /* The library takes files: give it the removed text under its old name
   * (the name is what the Reports list shows). */
  dir = g_dir_make_tmp ("rapporteur-undo-XXXXXX", &error);
  if (dir != NULL)
    {
      path = g_build_filename (dir, removed->file_name, NULL);
      if (!g_file_set_contents (path, removed->text, -1, &error))
        g_clear_pointer (&path, g_free);
    }
  if (path == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Could not put “%s” back: %s"), removed->title, error->message);

      if (dir != NULL)
        g_rmdir (dir);
      show_toast (self, title);
      return;
    }

  restore = g_new0 (Restore, 1);
  restore->self = g_object_ref (self);
  restore->file = file = g_file_new_for_path (path);
  restore->dir = g_steal_pointer (&dir);
  restore->title = g_strdup (removed->title);
  rpt_library_import_files_async (self->library, &file, 1, NULL, NULL, NULL, NULL, restore_cb, restore);
}

/**
 * rpt_import_controller_remove_report:
 * @self: a controller
 * @report: a report of the library
 *
 * Removes @report and shows a toast with Undo, which imports its text
 * again.
 *
 * Returns: %TRUE when it was removed
 */
gboolean
rpt_import_controller_remove_report (RptImportController *self,
                                     RptReport           *report)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(RptReport) keep = NULL;
  RemovedReport *removed;
  AdwToast *toast;
  const char *name;

  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), FALSE);
  g_return_val_if_fail (RPT_IS_REPORT (report), FALSE);

  if (self->library == NULL)
    return FALSE;

  /* The library lets go of it when it is removed. */
  report = keep = g_object_ref (report);
  name = rpt_report_get_title (report);
  if (name == NULL || *name == '\0')
    name = rpt_report_get_file_name (report);

  /* Undo needs the text, and the library forgets it with the report. */
  text = rpt_report_load_text (report, &error);
  if (text == NULL || !rpt_library_remove_report (self->library, report, &error))
    {
      title = g_strdup_printf (_("Could not remove “%s”: %s"), name, error->message);
      show_toast (self, title);
      return FALSE;
    }

  removed = g_new0 (RemovedReport, 1);
  removed->text = g_steal_pointer (&text);
  removed->file_name = g_strdup (rpt_report_get_file_name (report));
  removed->title = g_strdup (name);

  title = g_strdup_printf (_("Removed “%s”"), name);
  toast = show_toast (self, title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "rpt-removed-report", removed, removed_report_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  return TRUE;
}

/* Actions: win.import, win.remove-report, win.reimport-bundled */

static void
chooser_response_cb (GtkNativeDialog     *chooser,
                     int                  response,
                     RptImportController *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      rpt_import_controller_import (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (chooser);
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static GtkFileFilter *
reports_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("ITU reports (*.txt, *.md, *.docx, *.pdf)"));
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "md");
  gtk_file_filter_add_suffix (filter, "docx");
  gtk_file_filter_add_suffix (filter, "pdf");
  return filter;
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RptImportController *self = user_data;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GtkFileFilter) all = NULL;
  GtkFileChooserNative *chooser;

  if (self->library == NULL || self->busy || self->chooser != NULL)
    return;

  /* GtkFileChooserNative: the portal in the Flatpak, GTK's own dialog
   * without one.  (GTK 4.10's GtkFileDialog would do the same.) */
  chooser = gtk_file_chooser_native_new (_("Import Reports"), self->window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  filter = reports_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  all = gtk_file_filter_new ();
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remove_report_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  RptImportController *self = user_data;
  RptReport *report;

  if (self->library == NULL)
    return;

  report = rpt_library_lookup_report (self->library, g_variant_get_int64 (parameter));
  if (report != NULL)
    rpt_import_controller_remove_report (self, report);
}

static void
reimport_bundled_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  rpt_import_controller_reimport_bundled (user_data);
}

/* Dropping files and folders on the window */

static gboolean
drop_cb (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         RptImportController *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  bar_show_drop_hint (self, FALSE);

  if (self->library == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l != NULL; l = l->next)
        g_ptr_array_add (files, g_object_ref (l->data));
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    g_ptr_array_add (files, g_value_dup_object (value));

  if (files->len == 0)
    return FALSE;

  rpt_import_controller_import (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

static GdkDragAction
drop_enter_cb (GtkDropTarget       *target,
               double               x,
               double               y,
               RptImportController *self)
{
  if (self->library == NULL || self->busy)
    return 0;

  bar_show_drop_hint (self, TRUE);
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget       *target,
               RptImportController *self)
{
  bar_show_drop_hint (self, FALSE);
}

static void
window_destroy_cb (GtkWidget           *window,
                   RptImportController *self)
{
  rpt_import_controller_cancel (self);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
}

static const GActionEntry actions[] = {
  { .name = "import", .activate = import_action },
  { .name = "remove-report", .activate = remove_report_action, .parameter_type = "x" },
  { .name = "reimport-bundled", .activate = reimport_bundled_action },
};

/**
 * rpt_import_controller_new:
 * @window: the window (its action map gets win.import …, and it takes drops)
 * @toast_overlay: where toasts go
 * @bar_box: the box the progress bar is appended to
 *
 * Returns: (transfer full): a new controller
 */
RptImportController *
rpt_import_controller_new (GtkWindow       *window,
                           AdwToastOverlay *toast_overlay,
                           GtkBox          *bar_box)
{
  RptImportController *self;
  GtkDropTarget *target;
  GtkEventController *shortcuts;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toast_overlay), NULL);
  g_return_val_if_fail (GTK_IS_BOX (bar_box), NULL);

  self = g_object_new (RPT_TYPE_IMPORT_CONTROLLER, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  self->toast_overlay = g_object_ref (toast_overlay);

  self->bar = build_bar (self);
  gtk_box_append (bar_box, self->bar);

  if (G_IS_ACTION_MAP (window))
    g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_o, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.import")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self, 0);

  update_actions (self);
  return self;
}

RptLibrary *
rpt_import_controller_get_library (RptImportController *self)
{
  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), NULL);
  return self->library;
}

void
rpt_import_controller_set_library (RptImportController *self,
                                   RptLibrary          *library)
{
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));
  g_return_if_fail (library == NULL || RPT_IS_LIBRARY (library));

  if (self->library == library)
    return;

  rpt_import_controller_cancel (self);
  g_set_object (&self->library, library);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);

  start_waiting (self);
}

gboolean
rpt_import_controller_get_busy (RptImportController *self)
{
  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), FALSE);
  return self->busy;
}

const char *
rpt_import_controller_get_last_toast (RptImportController *self)
{
  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), NULL);
  return self->last_toast;
}

GtkWidget *
rpt_import_controller_get_dialog (RptImportController *self)
{
  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), NULL);
  return self->dialog;
}

GtkWidget *
rpt_import_controller_get_bar (RptImportController *self)
{
  g_return_val_if_fail (RPT_IS_IMPORT_CONTROLLER (self), NULL);
  return self->bar;
}

/* How long an import runs before its progress bar shows (0: at once). */
void
rpt_import_controller_set_progress_delay (RptImportController *self,
                                          guint                delay_ms)
{
  g_return_if_fail (RPT_IS_IMPORT_CONTROLLER (self));
  self->progress_delay = delay_ms;
}

static void
rpt_import_controller_dispose (GObject *object)
{
  RptImportController *self = RPT_IMPORT_CONTROLLER (object);

  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_handle_id (&self->pending_toast_id, g_source_remove);
  g_clear_object (&self->pending_toast);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->toast_overlay);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_import_controller_parent_class)->dispose (object);
}

static void
rpt_import_controller_finalize (GObject *object)
{
  RptImportController *self = RPT_IMPORT_CONTROLLER (object);

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->skipped_names, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);
  g_clear_pointer (&self->ids_before, g_hash_table_unref);
  g_clear_pointer (&self->dropped_names, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_free (self->last_toast);

  G_OBJECT_CLASS (rpt_import_controller_parent_class)->finalize (object);
}

static void
rpt_import_controller_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RptImportController *self = RPT_IMPORT_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_import_controller_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RptImportController *self = RPT_IMPORT_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      rpt_import_controller_set_library (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_import_controller_class_init (RptImportControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rpt_import_controller_dispose;
  object_class->finalize = rpt_import_controller_finalize;
  object_class->get_property = rpt_import_controller_get_property;
  object_class->set_property = rpt_import_controller_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_import_controller_init (RptImportController *self)
{
  const char *delay = g_getenv ("RAPPORTEUR_IMPORT_PROGRESS_DELAY");

  /* Tests and screenshots show the bar at once. */
  self->progress_delay = delay != NULL ? (guint) g_ascii_strtoull (delay, NULL, 10) : PROGRESS_DELAY_MS;

  /* The AT-SPI test reads the screen slowly: it keeps result toasts up. */
  {
    const char *timeout = g_getenv ("RAPPORTEUR_IMPORT_TOAST_TIMEOUT");

    self->toast_timeout = timeout != NULL ? (guint) g_ascii_strtoull (timeout, NULL, 10) : 10;
  }
}
