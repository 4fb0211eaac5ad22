/* test-dump-json.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rpt-test-util.h"

/* `rapporteur --dump-json FILE…` as a script would call it: exit codes,
 * one error line on stderr, and the shape of the JSON
 * (docs/json-format.md).  Runs the built binary. */

static char *
binary_path (void)
{
  const char *build = g_getenv ("RAPPORTEUR_BUILD_DIR");

  g_assert_nonnull (build);
  return g_build_filename (build, "app", "rapporteur", NULL);
}

static int
run (const char * const *files,
     char              **out,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, binary_path ());
  g_ptr_array_add (argv, g_strdup ("--dump-json"));
  for (gsize k = 0; files[k] != NULL; k++)
    g_ptr_array_add (argv, g_strdup (files[k]));
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     out, err, &status, &error))
    g_error ("%s", error->message);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static JsonObject *
member_object (JsonObject *o,
               const char *name)
{
  g_assert_true (json_object_has_member (o, name));
  return json_object_get_object_member (o, name);
}

static JsonArray *
member_array (JsonObject *o,
              const char *name)
{
  g_assert_true (json_object_has_member (o, name));
  return json_object_get_array_member (o, name);
}

static void
assert_members (JsonObject         *o,
                const char * const *names)
{
  for (gsize k = 0; names[k] != NULL; k++)
    if (!json_object_has_member (o, names[k]))
      g_error ("missing member “%s”", names[k]);
}

static void
test_success (void)
{
  g_autofree char *a = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *b = rpt_test_corpus_file ("003_eed11337dedeec64.txt");
  const char *files[] = { a, b, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *report, *period;
  JsonArray *reports;
  static const char * const report_members[] = {
    "file", "title", "family", "period", "sections", "resolutions", "groups", "deliverables", "counts", NULL
  };
  static const char * const deliverable_members[] = {
    "id", "kind", "title", "status", "group", "sector", "section", "excerpt", NULL
  };
  static const char * const count_members[] = {
    "count", "at_least", "kind", "status", "groups", "period", "section", "quote", NULL
  };
  static const char * const resolution_members[] = { "body", "number", "revision", "title", "sections", NULL };
  static const char * const section_members[] = { "number", "heading", "text", NULL };

  g_assert_cmpint (run (files, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "rapporteur-corpus");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  reports = member_array (root, "reports");
  g_assert_cmpuint (json_array_get_length (reports), ==, 2);

  report = json_array_get_object_element (reports, 0);
  assert_members (report, report_members);
  g_assert_cmpstr (json_object_get_string_member (report, "file"), ==, "001_ed252d99abc55521.txt");
  g_assert_cmpstr (json_object_get_string_member (report, "family"), ==, "internet-activities");
  period = member_object (report, "period");
  g_assert_true (json_object_has_member (period, "text"));
  g_assert_true (json_object_has_member (period, "from"));
  g_assert_true (json_object_has_member (period, "to"));
  g_assert_cmpuint (json_array_get_length (member_array (report, "deliverables")), >, 50);
  assert_members (json_array_get_object_element (member_array (report, "deliverables"), 0), deliverable_members);
  assert_members (json_array_get_object_element (member_array (report, "counts"), 0), count_members);
  assert_members (json_array_get_object_element (member_array (report, "resolutions"), 0), resolution_members);
  assert_members (json_array_get_object_element (member_array (report, "sections"), 0), section_members);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (member_array (report, "sections"), 3), "number"),
                   ==, "2.1");

  report = json_array_get_object_element (reports, 1);
  g_assert_cmpstr (json_object_get_string_member (report, "family"), ==, "mou-mg");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (member_array (report, "sections"), 1), "number"),
                   ==, "R09/06");
}

static void
assert_bad_input (const char *name,
                  const char *contents,
                  gsize       length,
                  const char *reason)
{
  g_autofree char *good = rpt_test_corpus_file ("004_c9855d081390d753.txt");
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), name, NULL);
  const char *files[] = { good, path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  if (contents != NULL)
    g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_assert_cmpint (run (files, &out, &err), ==, 2);
  g_test_message ("%s", err);
  /* one line that names the file and the reason; nothing on stdout */
  lines = g_strsplit (err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_nonnull (strstr (lines[0], name));
  g_assert_nonnull (strstr (lines[0], reason));
  g_assert_cmpstr (out, ==, "");
}

static void
test_bad_input (void)
{
  assert_bad_input ("empty.txt", "", 0, "empty");
  assert_bad_input ("binary.bin", "\x7f" "ELF\0\0\0\1\2", 9, "binary");
  assert_bad_input ("missing.txt", NULL, 0, "Could not read");
}

static void
test_no_files (void)
{
  const char *files[] = { NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (files, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--dump-json"));
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/corpus/dump-json/success", test_success);
  g_test_add_func ("/rpt/corpus/dump-json/bad-input", test_bad_input);
  g_test_add_func ("/rpt/corpus/dump-json/no-files", test_no_files);

  return g_test_run ();
}
