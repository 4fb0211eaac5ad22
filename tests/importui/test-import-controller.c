/* test-import-controller.c: the import flow in a window on a real library
 * (a temporary file): a good file, the same file again, bad files (each
 * message names the file and the reason, the library is unchanged), a
 * folder, text with no report structure, Cancel, Remove with Undo, and no
 * leaks.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rpt-import-controller.h"
#include "rpt-navigation.h"
#include "rpt-test-util.h"

static RptLibrary *library;

typedef struct
{
  GtkWidget           *window;
  RptImportController *controller;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay, *box;

  fixture->window = g_object_new (ADW_TYPE_APPLICATION_WINDOW, "default-width", 900, "default-height", 600, NULL);
  overlay = adw_toast_overlay_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (box, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (fixture->window), overlay);

  fixture->controller = rpt_import_controller_new (GTK_WINDOW (fixture->window), ADW_TOAST_OVERLAY (overlay),
                                                   GTK_BOX (box));
  rpt_import_controller_set_library (fixture->controller, library);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *dialog = rpt_import_controller_get_dialog (fixture->controller);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  /* Progress reports of the last import may still be on their way. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (fixture->controller);
}

static GFile *
write_file (const char *name,
            const void *data,
            gssize      length)
{
  g_autofree char *dir = g_build_filename (rpt_test_get_tmpdir (), "in", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (parent, 0700);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A report the library does not have yet: a bundled one with a note added. */
static GFile *
new_report (const char *name,
            const char *note)
{
  g_autofree char *path = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  changed = g_strconcat (text, "\n", note, "\n", NULL);
  return write_file (name, changed, -1);
}

static void
import_and_wait (Fixture  *fixture,
                 GFile   **files,
                 guint     n_files)
{
  rpt_import_controller_import (fixture->controller, files, n_files);
  g_assert_true (rpt_import_controller_get_busy (fixture->controller));
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the window shows: the toast's text is drawn in its own widget. */
static char *
window_text (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  collect_labels (fixture->window, out);
  return g_string_free (out, FALSE);
}

static char *
dialog_text (Fixture *fixture)
{
  GtkWidget *dialog = rpt_import_controller_get_dialog (fixture->controller);

  g_assert_nonnull (dialog);
  return g_strdup_printf ("%s\n%s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                          adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
}

static void
test_good_then_duplicate (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = new_report ("good.txt", "Note: imported by the import test.");
  g_autofree char *shown = NULL;
  guint before = rpt_library_get_n_reports (library);

  import_and_wait (fixture, &file, 1);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==, "Added 1 report");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 1);
  g_assert_null (rpt_import_controller_get_dialog (fixture->controller));
  shown = window_text (fixture);
  g_assert_nonnull (strstr (shown, "Added 1 report"));

  import_and_wait (fixture, &file, 1);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==,
                   "“good.txt” is already in the library");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 1);
  g_assert_null (rpt_import_controller_get_dialog (fixture->controller));
}

static const guint8 png[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
};

static void
test_image_as_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file ("photo.pdf", png, sizeof png);
  g_autofree char *text = NULL;
  guint before = rpt_library_get_n_reports (library);

  import_and_wait (fixture, &file, 1);
  text = dialog_text (fixture);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Could not import “photo.pdf”\n"));
  g_assert_nonnull (strstr (strchr (text, '\n'), "photo.pdf"));
  g_assert_nonnull (strstr (text, "The library was not changed."));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before);
}

static void
test_several_bad (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char binary[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
  static const char bad_zip[] = "PK\x03\x04\x14\0\0\0\x08\0garbage that is not a zip at all";
  g_autoptr(GFile) empty = write_file ("empty.txt", "", 0);
  g_autoptr(GFile) bin = write_file ("program.txt", binary, sizeof binary);
  g_autoptr(GFile) docx = write_file ("broken.docx", bad_zip, sizeof bad_zip - 1);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/gone.txt");
  g_autoptr(GFile) good = new_report ("second.txt", "Note: the good one among bad ones.");
  GFile *files[] = { empty, bin, docx, missing, good };
  g_autofree char *text = NULL;
  guint before = rpt_library_get_n_reports (library);

  import_and_wait (fixture, files, G_N_ELEMENTS (files));
  text = dialog_text (fixture);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Could not import 4 files\n"));
  g_assert_nonnull (strstr (text, "empty.txt"));
  g_assert_nonnull (strstr (text, "program.txt"));
  g_assert_nonnull (strstr (text, "broken.docx"));
  g_assert_nonnull (strstr (text, "gone.txt"));
  /* The good file among them is in. */
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==, "Added 1 report");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 1);
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GFile) a = new_report ("folder/a.TXT", "Note: folder a.");
  g_autoptr(GFile) b = new_report ("folder/deeper/b.md", "Note: folder b.");
  g_autoptr(GFile) ignored = write_file ("folder/picture.png", png, sizeof png);
  g_autoptr(GFile) folder = g_file_get_parent (a);
  g_autoptr(GFile) nothing = NULL;
  guint before = rpt_library_get_n_reports (library);

  import_and_wait (fixture, &folder, 1);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==, "Added 2 reports");
  g_assert_null (rpt_import_controller_get_dialog (fixture->controller));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 2);

  g_clear_object (&ignored);
  ignored = write_file ("pictures/picture.png", png, sizeof png);
  nothing = g_file_get_parent (ignored);
  import_and_wait (fixture, &nothing, 1);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==,
                   "No reports found in “pictures”: Rapporteur imports .txt, .md, .docx and .pdf files");
}

static void
test_no_structure (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *text = "Shopping list\n\nMilk, bread and a newspaper.\n";
  g_autoptr(GFile) file = write_file ("list.txt", text, -1);
  g_autoptr(GFile) digits = write_file ("digits.txt", "1 2 3 4\n5 6 7 8\n", -1);
  g_autofree char *dialog = NULL;
  const char *toast;

  import_and_wait (fixture, &file, 1);
  toast = rpt_import_controller_get_last_toast (fixture->controller);
  g_test_message ("%s", toast);
  g_assert_true (g_str_has_prefix (toast, "Added 1 report; no report structure was recognised in “list.txt”"));

  import_and_wait (fixture, &digits, 1);
  dialog = dialog_text (fixture);
  g_test_message ("%s", dialog);
  g_assert_true (g_str_has_prefix (dialog, "Could not import “digits.txt”\n"));
  g_assert_nonnull (strstr (dialog, "not a report"));
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *bar = rpt_import_controller_get_bar (fixture->controller);
  guint before = rpt_library_get_n_reports (library);

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("cancel-%u.txt", i);
      g_autofree char *note = g_strdup_printf ("Note: cancelled %u.", i);

      g_ptr_array_add (files, new_report (name, note));
    }

  rpt_import_controller_set_progress_delay (fixture->controller, 0);
  rpt_import_controller_import (fixture->controller, (GFile **) files->pdata, files->len);
  /* The bar shows once the delay is over, with its Cancel button. */
  while (!gtk_revealer_get_reveal_child (GTK_REVEALER (bar)) && rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (rpt_import_controller_get_busy (fixture->controller));
  {
    GtkWidget *cancel = find_button (bar, "_Cancel");
    g_autofree char *shown = window_text (fixture);

    g_assert_nonnull (strstr (shown, "Importing “cancel-"));
    g_assert_nonnull (cancel);
    g_signal_emit_by_name (cancel, "clicked");
  }
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);

  g_test_message ("%s", rpt_import_controller_get_last_toast (fixture->controller));
  g_assert_true (g_str_has_prefix (rpt_import_controller_get_last_toast (fixture->controller), "Import cancelled"));
  g_assert_cmpuint (rpt_library_get_n_reports (library), <, before + files->len);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (bar)));
}

static void
test_remove_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = new_report ("removable.txt", "Note: to be removed.");
  guint before;
  RptReport *report;
  GtkWidget *undo;

  import_and_wait (fixture, &file, 1);
  before = rpt_library_get_n_reports (library);
  report = rpt_library_find_report (library, "removable.txt");
  g_assert_nonnull (report);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "remove-report",
                                  g_variant_new_int64 (rpt_report_get_id (report)));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before - 1);
  g_assert_true (g_str_has_prefix (rpt_import_controller_get_last_toast (fixture->controller), "Removed “"));
  g_assert_null (rpt_library_find_report (library, "removable.txt"));

  /* Undo, as the toast's button. */
  while ((undo = find_button (fixture->window, "_Undo")) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  while (rpt_library_get_n_reports (library) < before)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (rpt_library_find_report (library, "removable.txt"));
  while (!g_str_has_suffix (rpt_import_controller_get_last_toast (fixture->controller), "is back in the library"))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_reimport_bundled (Fixture       *fixture,
                       gconstpointer  data)
{
  RptReport *report = rpt_library_find_report (library, "000_0be38688fc66d4a9.txt");
  guint before = rpt_library_get_n_reports (library);

  g_assert_nonnull (report);
  g_assert_true (rpt_import_controller_remove_report (fixture->controller, report));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before - 1);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "reimport-bundled", NULL);
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==, "Re-added 1 bundled report");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "reimport-bundled", NULL);
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==,
                   "All the bundled reports are in the library");
}

/* A file over the size limit: a sparse one, nothing is written. */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rpt_test_get_tmpdir (), "in", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  guint before = rpt_library_get_n_reports (library);
  int fd;

  g_mkdir_with_parents (dir, 0700);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 257 * 1024 * 1024), ==, 0);
  close (fd);

  import_and_wait (fixture, &file, 1);
  text = dialog_text (fixture);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Could not import “huge.txt”\n"));
  g_assert_nonnull (strstr (text, "too large"));
  g_assert_nonnull (strstr (text, "(257.0"));  /* g_format_size: a no-break space before the unit */
  g_assert_nonnull (strstr (text, "MiB; the limit is 256 MiB)"));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before);
  g_unlink (path);
}

/* A file that is gone by the time it is read: a link to nothing. */
static void
test_vanished (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (rpt_test_get_tmpdir (), "in", NULL);
  g_autofree char *path = g_build_filename (dir, "vanished.txt", NULL);
  g_autofree char *target = g_build_filename (dir, "deleted-since.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  guint before = rpt_library_get_n_reports (library);

  g_mkdir_with_parents (dir, 0700);
  g_unlink (path);
  g_assert_cmpint (symlink (target, path), ==, 0);

  import_and_wait (fixture, &file, 1);
  text = dialog_text (fixture);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Could not import “vanished.txt”\n"));
  g_assert_nonnull (strstr (text, "no longer there"));
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before);
  g_unlink (path);
}

static void
navigate_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  char **target = user_data;

  g_free (*target);
  *target = g_variant_dup_string (parameter, NULL);
}

/* Files given to the application: they wait for the library, then the
 * window shows the report (also one the library already had). */
static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) file = new_report ("opened.txt", "Note: opened with the application.");
  g_autoptr(GSimpleAction) navigate = g_simple_action_new ("navigate", G_VARIANT_TYPE_STRING);
  g_autofree char *target = NULL;
  g_autofree char *expected = NULL;
  guint before = rpt_library_get_n_reports (library);
  RptReport *report;

  g_signal_connect (navigate, "activate", G_CALLBACK (navigate_cb), &target);
  g_action_map_add_action (G_ACTION_MAP (fixture->window), G_ACTION (navigate));

  /* The window's library is not open yet. */
  rpt_import_controller_set_library (fixture->controller, NULL);
  rpt_import_controller_open (fixture->controller, &file, 1);
  g_assert_false (rpt_import_controller_get_busy (fixture->controller));

  rpt_import_controller_set_library (fixture->controller, library);
  g_assert_true (rpt_import_controller_get_busy (fixture->controller));
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==, "Added 1 report");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 1);
  report = rpt_library_find_report (library, "opened.txt");
  g_assert_nonnull (report);
  {
    g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));

    expected = rpt_place_build_uri ("report", key, NULL);
  }
  g_assert_cmpstr (target, ==, expected);

  /* Opened again: not added, but shown all the same. */
  g_clear_pointer (&target, g_free);
  rpt_import_controller_open (fixture->controller, &file, 1);
  while (rpt_import_controller_get_busy (fixture->controller))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (rpt_import_controller_get_last_toast (fixture->controller), ==,
                   "“opened.txt” is already in the library");
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, before + 1);
  g_assert_cmpstr (target, ==, expected);

  /* An import by hand does not move the window. */
  g_clear_pointer (&target, g_free);
  import_and_wait (fixture, &file, 1);
  g_assert_null (target);
}

static void
test_report_names (void)
{
  g_assert_true (rpt_import_is_report_name ("a.txt"));
  g_assert_true (rpt_import_is_report_name ("A.PDF"));
  g_assert_true (rpt_import_is_report_name ("report.Docx"));
  g_assert_true (rpt_import_is_report_name ("notes.md"));
  g_assert_false (rpt_import_is_report_name ("picture.png"));
  g_assert_false (rpt_import_is_report_name ("old.doc"));
  g_assert_false (rpt_import_is_report_name ("txt"));
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

  g_test_add_func ("/rpt/importui/report-names", test_report_names);
#define ADD(name, func) g_test_add ("/rpt/importui/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("good-then-duplicate", test_good_then_duplicate);
  ADD ("image-as-pdf", test_image_as_pdf);
  ADD ("several-bad", test_several_bad);
  ADD ("folder", test_folder);
  ADD ("no-structure", test_no_structure);
  ADD ("remove-undo", test_remove_undo);
  ADD ("reimport-bundled", test_reimport_bundled);
  ADD ("cancel", test_cancel);
  ADD ("too-large", test_too_large);
  ADD ("vanished", test_vanished);
  ADD ("open", test_open);
#undef ADD

  status = g_test_run ();
  g_assert_finalize_object (library);
  return status;
}
