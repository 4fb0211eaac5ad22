/* test-cli.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rpt-test-util.h"

/* rapporteur --import / --list / --search, run as a user would. */

static char *library;

static int
run (const char  *const *args,
     char              **out,
     char              **err)
{
  g_autofree char *exe = g_build_filename (g_getenv ("RAPPORTEUR_BUILD_DIR"), "app", "rapporteur", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, exe);
  g_ptr_array_add (argv, (gpointer) "--library");
  g_ptr_array_add (argv, library);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

#define RUN(out, err, ...) run ((const char *[]) { __VA_ARGS__, NULL }, out, err)

static gboolean
have_binary (void)
{
  g_autofree char *exe = g_build_filename (g_getenv ("RAPPORTEUR_BUILD_DIR"), "app", "rapporteur", NULL);

  if (g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    return TRUE;
  g_test_skip ("rapporteur is not built");
  return FALSE;
}

static void
test_list (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  if (!have_binary ())
    return;

  g_assert_cmpint (RUN (&out, &err, "--list", "reports"), ==, 0);
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_true (g_str_has_prefix (lines[0], "id\tfile\ttitle"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--list", "deliverables", "--group", "ITU-T SG17", "--status", "approved",
                        "--resolution", "PP 101", "--format", "json"), ==, 0);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonArray *array;

    g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
    array = json_node_get_array (json_parser_get_root (parser));
    g_assert_cmpuint (json_array_get_length (array), >, 0);
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = json_array_get_object_element (array, i);

        g_assert_cmpstr (json_object_get_string_member (object, "group"), ==, "ITU-T SG17");
        g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "approved");
      }
  }

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--list", "stated-counts", "--report", "001", "--ids", "x"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--list", "groups", "--query", "blockchain"), ==, 0);
  g_assert_nonnull (strstr (out, "ITU-T"));
}

static void
test_bad_input (void)
{
  static const char *cases[][8] = {
    { "--list", "everything", NULL },
    { "--list", "deliverables", "--status", "finished", NULL },
    { "--list", "deliverables", "--kind", "Novel", NULL },
    { "--list", "deliverables", "--report", "999", NULL },
    { "--list", "deliverables", "--resolution", "Treaty 12", NULL },
    { "--list", "deliverables", "--format", "xml", NULL },
    { "--list", "mentions", "--query", "((*))", NULL },
    { "--search", " ; ", NULL },
    { "--import", NULL },
    { "--import", "/nonexistent/report.txt", NULL },
  };

  if (!have_binary ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run (cases[i], &out, &err), ==, 2);
      g_assert_true (g_str_has_prefix (err, "rapporteur: "));
      g_assert_cmpstr (out, ==, "");
    }
}

static void
test_import_and_search (void)
{
  g_autofree char *source = rpt_test_corpus_file ("002_84f780da303f30c0.txt");
  g_autofree char *copy = g_build_filename (rpt_test_get_tmpdir (), "my-report.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!have_binary ())
    return;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  {
    g_autofree char *amended = g_strconcat (text, "\nA closing note on platypus networks.\n", NULL);
    g_assert_true (g_file_set_contents (copy, amended, -1, NULL));
  }

  g_assert_cmpint (RUN (&out, &err, "--import", copy), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 1 report\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--import", copy, source), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 reports (2 were already in the library)\n");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--search", "platypus"), ==, 0);
  g_assert_nonnull (strstr (out, "my-report.txt"));
  g_assert_nonnull (strstr (out, "**platypus**"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (RUN (&out, &err, "--search", "platypus", "--format", "json"), ==, 0);
  g_assert_nonnull (strstr (out, "<b>platypus</b>"));
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);
  library = g_build_filename (rpt_test_get_tmpdir (), "cli.db", NULL);

  g_test_add_func ("/rpt/cli/library/list", test_list);
  g_test_add_func ("/rpt/cli/library/bad-input", test_bad_input);
  g_test_add_func ("/rpt/cli/library/import-and-search", test_import_and_search);

  return g_test_run ();
}
