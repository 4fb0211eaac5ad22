/* test-library.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rpt-count-table.h"
#include "rpt-import.h"
#include "rpt-paths.h"
#include "rpt-query.h"
#include "rpt-reference.h"
#include "rpt-store-private.h"
#include "rpt-test-util.h"

/* The store: opening, migrations, recovery, imports (atomic, deduplicated,
 * cancellable), crashes, full disks and read-only folders. */

#define N_BUNDLED 5

static RptReference *
load_reference (void)
{
  g_autofree char *dir = rpt_paths_get_reference_dir ();
  g_autoptr(GError) error = NULL;
  RptReference *reference = rpt_reference_load (dir, &error);

  g_assert_no_error (error);
  return reference;
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (rpt_test_get_tmpdir (), name, NULL);
}

static RptStore *
open_store (const char  *path,
            char       **notice,
            char       **aside,
            GError     **error)
{
  g_autoptr(RptReference) reference = load_reference ();
  g_autofree char *corpus = rpt_paths_get_corpus_dir ();

  return rpt_store_open (path, corpus, reference, NULL, notice, aside, error);
}

static RptStore *
open_store_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  RptStore *store = open_store (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint
n_reports (RptStore *store)
{
  g_autoptr(GError) error = NULL;
  guint r = 0, d = 0, m = 0;

  g_assert_true (rpt_store_get_totals (store, &r, &d, &m, &error));
  g_assert_no_error (error);
  return r;
}

/* A digest of every row of every table: "the same library". */
static char *
library_digest (const char *path)
{
  static const char *tables[] = {
    "SELECT id, content_hash, file_name, text, bundled, title, label FROM reports ORDER BY id",
    "SELECT * FROM sections ORDER BY id",
    "SELECT * FROM mentions ORDER BY id",
    "SELECT * FROM stated_counts ORDER BY id",
    "SELECT * FROM report_resolutions ORDER BY report_id, key",
    "SELECT * FROM section_resolutions ORDER BY section_id, key",
    "SELECT * FROM section_groups ORDER BY section_id, group_id",
    "SELECT * FROM meta ORDER BY key",
  };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      sqlite3_stmt *stmt = NULL;
      guint rows = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, tables[t], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const guchar *text = sqlite3_column_text (stmt, c);

              g_checksum_update (sum, text ? text : (const guchar *) "<null>", -1);
              g_checksum_update (sum, (const guchar *) "\t", 1);
            }
          rows++;
        }
      sqlite3_finalize (stmt);
      g_checksum_update (sum, (const guchar *) &rows, sizeof rows);
    }
  sqlite3_close (db);

  return g_strdup (g_checksum_get_string (sum));
}

static char *
pragma_text (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* A report the bundled corpus does not have: report 001 with a different
 * ending (so a different content hash). */
static char *
write_variant (const char *name,
               const char *suffix,
               guint       copies)
{
  g_autofree char *source = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *text = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = tmp_path (name);

  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  for (guint i = 0; i < MAX (copies, 1); i++)
    g_string_append (out, text);
  g_string_append_printf (out, "\n%s\n", suffix);
  g_assert_true (g_file_set_contents (path, out->str, out->len, &error));
  g_assert_no_error (error);
  return path;
}

/* ------------------------------------------------------------------------ */

static void
test_fts_query (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Y.3129", "\"Y.3129\"" },
    { "ipv6 OR enum", "\"ipv6\" OR \"enum\"" },
    { "\"future networks\" security", "\"future networks\" \"security\"" },
    { "“future networks”", "\"future networks\"" },
    { "secur*", "\"secur\"*" },
    { "(Y.3129),", "\"Y.3129\"" },
    { "OR ipv6 OR", "\"ipv6\"" },
    { "a\"b NEAR(x) col:*", "\"a\"\"b\" \"NEAR(x\" \"col\"*" },
    { "x:y -z ^w AND NOT", "\"x:y\" \"-z\" \"w\" \"AND\" \"NOT\"" },
  };
  sqlite3 *db = NULL;

  /* Whatever the user types, FTS5 gets valid syntax. */
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE t USING fts5 (a);"
                                     "INSERT INTO t VALUES ('Y.3129 future networks NEAR col');", NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *fts = _rpt_store_fts_query (cases[i].in, NULL, &error);
      sqlite3_stmt *stmt = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (fts, ==, cases[i].out);

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM t WHERE t MATCH ?", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) terms = NULL;
    g_autofree char *fts = _rpt_store_fts_query ("IPv6 “future networks”", &terms, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (terms), ==, 2);
    g_assert_cmpstr (terms[0], ==, "IPv6");
    g_assert_cmpstr (terms[1], ==, "future networks");
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *fts = _rpt_store_fts_query ("  , ; ** ", NULL, &error);

    g_assert_null (fts);
    g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT);
  }
}

static void
test_reference (void)
{
  g_autoptr(RptReference) reference = load_reference ();
  const RptReferenceGroup *group;
  const RptReferenceResolution *resolution;
  const char * const *keys;

  group = rpt_reference_lookup_group (reference, "study group 17");
  g_assert_nonnull (group);
  g_assert_cmpstr (group->id, ==, "ITU-T SG17");
  g_assert_cmpstr (group->name, ==, "Security");
  g_assert_nonnull (group->mandate);
  g_assert_null (rpt_reference_lookup_group (reference, "SG99"));

  g_assert_cmpstr (rpt_reference_get_series_title (reference, NULL, "Y"), !=, NULL);
  g_assert_true (g_str_has_prefix (rpt_reference_get_series_title (reference, "ITU-T", "Y"), "Global information"));
  g_assert_null (rpt_reference_get_series_title (reference, "ITU-T", "QQ"));

  resolution = rpt_reference_lookup_resolution (reference, "PP 101");
  g_assert_nonnull (resolution);
  g_assert_cmpstr (resolution->title, ==, "Internet Protocol-based networks");
  g_assert_cmpuint (rpt_reference_get_resolutions (reference)->len, ==, 42);
  g_assert_cmpuint (rpt_reference_get_groups (reference)->len, ==, 55);

  keys = rpt_reference_section_resolutions (reference, "internet-activities", "3", "Activities related to IPv6");
  g_assert_nonnull (keys);
  g_assert_cmpstr (keys[0], ==, "PP 180");
  /* The 2017 edition's section 7 is the IGF, not OTT. */
  keys = rpt_reference_section_resolutions (reference, "internet-activities", "7", "Internet Governance Forum (IGF)");
  g_assert_cmpstr (keys[0], ==, "PP 102");
  keys = rpt_reference_section_resolutions (reference, "internet-activities", "7", "Activities related to OTTs");
  g_assert_cmpstr (keys[0], ==, "PP 206");
  keys = rpt_reference_section_resolutions (reference, "internet-activities", "4", NULL);
  g_assert_cmpstr (keys[0], ==, "PP 102");
  g_assert_cmpstr (keys[1], ==, "PP 133");
  g_assert_null (rpt_reference_section_resolutions (reference, "internet-activities", "1", "Introduction"));
}

static void
test_reference_bad (void)
{
  g_autofree char *dir = tmp_path ("bad-reference");
  g_autofree char *file = g_build_filename (dir, "groups.json", NULL);
  g_autoptr(GError) error = NULL;
  RptReference *reference;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (file, "{\"format\": \"something-else\", \"groups\": []}", -1, NULL));
  reference = rpt_reference_load (dir, &error);
  g_assert_null (reference);
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "groups.json"));
}

static void
test_count_table (void)
{
  g_autoptr(RptCountTable) table = rpt_count_table_new (RPT_DIMENSION_GROUP, RPT_DIMENSION_STATUS);

  g_assert_cmpuint (rpt_count_table_add_row (table, "ITU-T SG13", "SG13"), ==, 0);
  g_assert_cmpuint (rpt_count_table_add_row (table, "ITU-T SG17", NULL), ==, 1);
  g_assert_cmpuint (rpt_count_table_add_row (table, "ITU-T SG13", NULL), ==, 0);
  g_assert_cmpuint (rpt_count_table_add_column (table, "approved", "Approved"), ==, 0);
  g_assert_cmpuint (rpt_count_table_add_column (table, "draft", NULL), ==, 1);
  rpt_count_table_add (table, 0, 0, 5);
  rpt_count_table_add (table, 1, 1, 2);
  rpt_count_table_add (table, 1, 0, 3);

  g_assert_cmpuint (rpt_count_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (rpt_count_table_get_n_columns (table), ==, 2);
  g_assert_cmpstr (rpt_count_table_get_row_label (table, 0), ==, "SG13");
  g_assert_cmpstr (rpt_count_table_get_row_label (table, 1), ==, "ITU-T SG17");
  g_assert_cmpuint (rpt_count_table_get_count (table, 0, 1), ==, 0);
  g_assert_cmpuint (rpt_count_table_get_row_total (table, 1), ==, 5);
  g_assert_cmpuint (rpt_count_table_get_column_total (table, 0), ==, 8);
  g_assert_cmpuint (rpt_count_table_get_total (table), ==, 10);
  g_assert_cmpuint (rpt_count_table_get_max (table), ==, 5);
  g_assert_cmpint (rpt_count_table_find_column (table, "draft"), ==, 1);
  g_assert_cmpint (rpt_count_table_find_row (table, "nope"), ==, -1);
}

static void
test_open_new (void)
{
  g_autofree char *path = tmp_path ("new.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autofree char *version = NULL;
  g_autofree char *app_id = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *check = NULL;

  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);

  version = pragma_text (path, "PRAGMA user_version");
  app_id = pragma_text (path, "PRAGMA application_id");
  journal = pragma_text (path, "PRAGMA journal_mode");
  check = pragma_text (path, "PRAGMA integrity_check");
  g_assert_cmpint (atoi (version), ==, RPT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (atoi (app_id), ==, RPT_STORE_APPLICATION_ID);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (check, ==, "ok");
}

static void
test_reopen (void)
{
  g_autofree char *path = tmp_path ("reopen.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
  }
  before = library_digest (path);
  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
    g_assert_cmpuint (rpt_store_get_generation (store), ==, 0);
  }
  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
count_progress (double      fraction,
                const char *message,
                gpointer    user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  g_assert_nonnull (message);
  *last = fraction;
}

static void
test_import_dedup (void)
{
  g_autofree char *path = tmp_path ("dedup.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autofree char *variant = write_variant ("variant.txt", "Annex: one more line.", 1);
  g_autofree char *copy = tmp_path ("same-text-other-name.txt");
  g_autofree char *bundled = rpt_test_corpus_file ("003_eed11337dedeec64.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (variant);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(GFile) bundled_file = g_file_new_for_path (bundled);
  GFile *twice[2] = { file, file };
  guint added = 99, skipped = 99;
  double last = 0.0;
  g_autofree char *text = NULL;

  g_assert_true (rpt_store_import_files (store, twice, 2, NULL, count_progress, &last, &added, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (skipped, ==, 1);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED + 1);

  /* The same text under another name, and a bundled report: nothing new. */
  g_assert_true (g_file_get_contents (variant, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));
  g_assert_true (rpt_store_import_files (store, &copy_file, 1, NULL, NULL, NULL, &added, &skipped, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);
  g_assert_true (rpt_store_import_files (store, &bundled_file, 1, NULL, NULL, NULL, &added, &skipped, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED + 1);

  /* The stored text is the original: the library does not need the file. */
  g_unlink (variant);
  {
    g_autoptr(GPtrArray) reports = rpt_store_list_reports (store, NULL, &error);
    RptStoreReport *last_report = NULL;
    g_autofree char *stored = NULL;

    for (guint i = 0; i < reports->len; i++)
      {
        RptStoreReport *row = g_ptr_array_index (reports, i);
        if (!row->bundled)
          last_report = row;
      }
    g_assert_nonnull (last_report);
    g_assert_cmpstr (last_report->file_name, ==, "variant.txt");
    stored = rpt_store_load_text (store, last_report->id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (stored, ==, text);
  }
}

static void
test_import_atomic (void)
{
  g_autofree char *path = tmp_path ("atomic.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autofree char *good = write_variant ("good.txt", "Annex: good.", 1);
  g_autofree char *bad = tmp_path ("binary.txt");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GFile *files[2] = { good_file, bad_file };
  static const char binary[] = "\x7f" "ELF\0\0\0\x01\x02\x03";

  g_assert_true (g_file_set_contents (bad, binary, sizeof binary, NULL));
  before = library_digest (path);

  g_assert_false (rpt_store_import_files (store, files, 2, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT);
  g_assert_nonnull (strstr (error->message, "binary.txt"));
  g_test_message ("%s", error->message);

  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
}

static void
assert_import_fails (RptStore   *store,
                     const char *path,
                     const char *expect_in_message)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);

  g_assert_false (rpt_store_import_files (store, &file, 1, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, base));
  if (expect_in_message)
    g_assert_nonnull (strstr (error->message, expect_in_message));
}

static void
test_import_errors (void)
{
  g_autofree char *path = tmp_path ("errors.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autofree char *missing = tmp_path ("no-such-report.txt");
  g_autofree char *folder = tmp_path ("a-folder.txt");
  g_autofree char *empty = tmp_path ("empty.txt");

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  assert_import_fails (store, missing, "no such file");
  assert_import_fails (store, folder, "folder");
  assert_import_fails (store, empty, "empty");
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
}

typedef struct
{
  GCancellable *cancellable;
  double cancel_at;
  gboolean cancelled;
} CancelData;

static void
cancel_progress (double      fraction,
                 const char *message,
                 gpointer    user_data)
{
  CancelData *data = user_data;

  if (fraction >= data->cancel_at && !data->cancelled)
    {
      data->cancelled = TRUE;
      g_cancellable_cancel (data->cancellable);
    }
}

static void
test_import_cancel (void)
{
  g_autofree char *path = tmp_path ("cancel.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autofree char *big = write_variant ("big-cancel.txt", "Annex: cancel.", 20);
  g_autofree char *small = write_variant ("small-cancel.txt", "Annex: small.", 1);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = library_digest (path);
  g_autofree char *after = NULL;
  g_autofree char *check = NULL;
  CancelData data = { cancellable, 0.6, FALSE };
  GFile *files[2] = { small_file, big_file };

  /* Cancelled in the middle of writing (past 0.4 the files are parsed and
   * the transaction is open). */
  g_assert_false (rpt_store_import_files (store, files, 2, cancellable, cancel_progress, &data, NULL, NULL, &error));
  g_assert_true (data.cancelled);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
  check = pragma_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  /* The store still works after a cancellation. */
  g_clear_error (&error);
  g_assert_true (rpt_store_import_files (store, files, 1, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED + 1);

  /* Cancelled before it starts. */
  {
    g_autoptr(GCancellable) already = g_cancellable_new ();

    g_clear_error (&error);
    g_cancellable_cancel (already);
    g_assert_false (rpt_store_import_files (store, &big_file, 1, already, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

static void
copy_file_to (const char *from,
              const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
test_bundled_refresh (void)
{
  g_autofree char *path = tmp_path ("refresh.db");
  g_autofree char *corpus = tmp_path ("corpus-copy");
  g_autofree char *a = g_build_filename (corpus, "001_ed252d99abc55521.txt", NULL);
  g_autofree char *b = g_build_filename (corpus, "004_c9855d081390d753.txt", NULL);
  g_autofree char *src_a = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *src_b = rpt_test_corpus_file ("004_c9855d081390d753.txt");
  g_autofree char *user = write_variant ("user-import.txt", "Annex: the user's own.", 1);
  g_autoptr(RptReference) reference = load_reference ();
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (corpus, 0700);
  copy_file_to (src_a, a);
  copy_file_to (src_b, b);

  {
    g_autoptr(RptStore) store = rpt_store_open (path, corpus, reference, NULL, NULL, NULL, &error);
    g_autoptr(GFile) file = g_file_new_for_path (user);

    g_assert_no_error (error);
    g_assert_cmpuint (n_reports (store), ==, 2);
    g_assert_true (rpt_store_import_files (store, &file, 1, NULL, NULL, NULL, NULL, NULL, &error));
    g_assert_cmpuint (n_reports (store), ==, 3);
  }

  /* A new edition of a bundled file replaces the old one; a removed file
   * takes its report along; the user's import stays. */
  {
    g_autofree char *text = NULL;
    g_autoptr(GString) changed = NULL;

    g_assert_true (g_file_get_contents (src_a, &text, NULL, NULL));
    changed = g_string_new (text);
    g_string_append (changed, "\nCorrigendum to this report.\n");
    g_assert_true (g_file_set_contents (a, changed->str, changed->len, NULL));
    g_unlink (b);
  }

  {
    g_autoptr(RptStore) store = rpt_store_open (path, corpus, reference, NULL, NULL, NULL, &error);
    g_autoptr(GPtrArray) reports = NULL;
    guint bundled = 0, user_count = 0;

    g_assert_no_error (error);
    reports = rpt_store_list_reports (store, NULL, &error);
    g_assert_cmpuint (reports->len, ==, 2);
    for (guint i = 0; i < reports->len; i++)
      {
        RptStoreReport *row = g_ptr_array_index (reports, i);

        if (row->bundled)
          {
            g_autofree char *stored = rpt_store_load_text (store, row->id, &error);

            bundled++;
            g_assert_cmpstr (row->file_name, ==, "001_ed252d99abc55521.txt");
            g_assert_nonnull (strstr (stored, "Corrigendum to this report."));
          }
        else
          {
            user_count++;
            g_assert_cmpstr (row->file_name, ==, "user-import.txt");
          }
      }
    g_assert_cmpuint (bundled, ==, 1);
    g_assert_cmpuint (user_count, ==, 1);
  }
}

static void
test_reparse (void)
{
  g_autofree char *path = tmp_path ("reparse.db");
  g_autofree char *before = NULL;
  g_autofree char *tampered = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(RptStore) store = open_store_ok (path);
  }
  before = library_digest (path);

  /* What an older parser left behind, and its fingerprint. */
  exec_sql (path, "UPDATE mentions SET status = 'old-status';"
                  "DELETE FROM stated_counts;"
                  "UPDATE meta SET value = 'parser 0; mapping none' WHERE key = 'fingerprint';");
  tampered = library_digest (path);
  g_assert_cmpstr (before, !=, tampered);

  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(RptQuery) query = rpt_query_new ();
    g_autoptr(GPtrArray) mentions = NULL;

    rpt_query_set_status (query, "old-status");
    mentions = rpt_store_list_mentions (store, query, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (mentions->len, ==, 0);
    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
  }

  /* Same reports, same rows as a fresh parse (ids aside, the rows are
   * renumbered: compare the counts). */
  after = pragma_text (path, "SELECT (SELECT count (*) FROM mentions) || '/' || (SELECT count (*) FROM stated_counts)"
                             " || '/' || (SELECT count (*) FROM sections) || '/' || (SELECT count (*) FROM section_fts)");
  {
    g_autofree char *fresh_path = tmp_path ("reparse-fresh.db");
    g_autoptr(RptStore) fresh = open_store_ok (fresh_path);
    g_autofree char *fresh_counts = pragma_text (fresh_path, "SELECT (SELECT count (*) FROM mentions) || '/' || (SELECT count (*) FROM stated_counts)"
                                                             " || '/' || (SELECT count (*) FROM sections) || '/' || (SELECT count (*) FROM section_fts)");
    g_assert_cmpstr (after, ==, fresh_counts);
  }
}

static void
test_migrate_v1 (void)
{
  g_autofree char *path = tmp_path ("v1.db");
  g_autofree char *source = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *text = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *version = NULL;
  g_autoptr(RptReference) reference = load_reference ();
  g_autofree char *fingerprint = _rpt_store_fingerprint (reference);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* A library as the first schema left it: one report with one section
   * and one mention, and its search index. */
  g_assert_true (_rpt_store_create_at_version (path, 1, &error));
  g_assert_no_error (error);
  version = pragma_text (path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "1");

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  hash = rpt_import_content_hash (text, strlen (text));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "INSERT INTO reports (id, content_hash, file_name, text, size, bundled, bundled_source, imported,"
    " parser_version, title, family, period_text, period_from) VALUES (7, ?, '001_ed252d99abc55521.txt', ?, ?, 1,"
    " '001_ed252d99abc55521.txt', 0, 1, 'Old title', 'internet-activities', 'from February 2022 till date', '2022-02-01')",
    -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, strlen (text));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sql = g_strdup_printf ("INSERT INTO sections (id, report_id, position, number, heading, text, level)"
                         "  VALUES (70, 7, 0, '2.1', 'Old heading', 'Legacy text about quokkas.', 2);"
                         "INSERT INTO mentions (id, report_id, section_id, position, deliverable_id, kind, title, status,"
                         "  group_id, sector, series, excerpt) VALUES (700, 7, 70, 0, 'Y.9999', 'Recommendation',"
                         "  'Quokka networking', 'approved', 'ITU-T SG13', 'ITU-T', 'Y', 'SG13 approved Y.9999.');"
                         "INSERT INTO section_fts (rowid, heading, body, deliverables)"
                         "  SELECT id, heading, body, deliverables FROM section_docs;"
                         "INSERT INTO meta (key, value) VALUES ('fingerprint', '%s');", fingerprint);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_autoptr(RptQuery) query = rpt_query_new ();
    g_autoptr(GPtrArray) mentions = NULL;
    g_autoptr(GPtrArray) reports = NULL;
    g_autoptr(GPtrArray) hits = NULL;
    RptStoreMention *mention;

    g_free (version);
    version = pragma_text (path, "PRAGMA user_version");
    g_assert_cmpint (atoi (version), ==, RPT_STORE_SCHEMA_VERSION);

    /* The old rows are kept (no re-parse: same fingerprint), the bundled
     * report that was there is not imported twice, the others come. */
    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
    reports = rpt_store_list_reports (store, NULL, &error);
    for (guint i = 0; i < reports->len; i++)
      {
        RptStoreReport *row = g_ptr_array_index (reports, i);

        if (row->id == 7)
          {
            g_assert_cmpstr (row->title, ==, "Old title");
            /* Migration 2 computed the label of the existing report. */
            g_assert_cmpstr (row->label, ==, "since 2022");
          }
      }

    /* Migration 2 indexed the existing mentions for the text filter. */
    rpt_query_set_text (query, "quokka");
    mentions = rpt_store_list_mentions (store, query, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (mentions->len, ==, 1);
    mention = g_ptr_array_index (mentions, 0);
    g_assert_cmpstr (mention->deliverable_id, ==, "Y.9999");
    g_assert_cmpstr (mention->section, ==, "2.1");

    hits = rpt_store_search (store, "quokkas", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);

    /* Migration 3 rebuilt the section index (now with prefix indexes)
     * from the existing sections: a prefix query finds the old one. */
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = rpt_store_search (store, "quok*", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = rpt_store_search (store, "qu*", 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, >=, 1);
  }

  {
    g_autofree char *fts_sql = pragma_text (path, "SELECT sql FROM sqlite_master WHERE name = 'section_fts'");

    g_assert_nonnull (strstr (fts_sql, "prefix='2 3 4'"));
  }
}

static void
test_too_new (void)
{
  g_autofree char *path = tmp_path ("too-new.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RptStore *store;

  {
    g_autoptr(RptStore) first = open_store_ok (path);
  }
  exec_sql (path, "PRAGMA user_version = 99");
  before = library_digest (path);

  store = open_store (path, NULL, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_TOO_NEW);
  g_test_message ("%s", error->message);

  /* Left alone: not moved, not changed. */
  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
check_recovery (const char *path,
                const char *expected_bytes,
                gsize       expected_length,
                const char *expected_words)
{
  g_autofree char *notice = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RptStore) store = open_store (path, &notice, &aside, &error);
  g_autofree char *kept = NULL;
  gsize kept_length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_nonnull (notice);
  g_assert_nonnull (aside);
  g_test_message ("%s", notice);
  g_assert_nonnull (strstr (notice, aside));
  g_assert_nonnull (strstr (notice, expected_words));
  g_assert_true (g_str_has_prefix (aside, path));
  g_assert_nonnull (strstr (aside, ".damaged-"));

  /* Nothing was deleted: the old file is there, byte for byte. */
  g_assert_true (g_file_get_contents (aside, &kept, &kept_length, NULL));
  if (expected_bytes != NULL)
    {
      g_assert_cmpuint (kept_length, ==, expected_length);
      g_assert_cmpmem (kept, kept_length, expected_bytes, expected_length);
    }

  /* And the library was rebuilt from the bundled reports. */
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
}

static void
test_recover_garbage (void)
{
  g_autofree char *path = tmp_path ("garbage.db");
  static const char garbage[] = "This is a shopping list, not a database.\n";

  g_assert_true (g_file_set_contents (path, garbage, strlen (garbage), NULL));
  check_recovery (path, garbage, strlen (garbage), "not a Rapporteur library");
}

static void
test_recover_foreign (void)
{
  g_autofree char *path = tmp_path ("foreign.db");
  g_autofree char *contents = NULL;
  gsize length = 0;

  exec_sql (path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread');");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  check_recovery (path, contents, length, "not a Rapporteur library");
}

static void
test_recover_damaged (void)
{
  g_autofree char *path = tmp_path ("damaged.db");
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_autoptr(RptStore) store = open_store_ok (path);
  }
  /* Closing the last connection checkpointed the WAL into the file. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS) && g_file_test ("-wal", G_FILE_TEST_EXISTS));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 64 * 1024);
  /* Scribble over the middle pages, as a bad disk or a crash of another
   * program could. */
  for (gsize i = 8192; i < length - 4096; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  check_recovery (path, contents, length, "damaged");
}

static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *not_a_folder = tmp_path ("plain-file");
  g_autofree char *under_file = NULL;
  RptStore *store;

  /* A file where the folder should be (works as root too). */
  g_assert_true (g_file_set_contents (not_a_folder, "x", 1, NULL));
  under_file = g_build_filename (not_a_folder, "library.db", NULL);
  store = open_store (under_file, NULL, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "plain-file"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* /proc cannot take new folders, not even from root. */
  if (g_file_test ("/proc/self", G_FILE_TEST_IS_DIR))
    {
      store = open_store ("/proc/rapporteur-test/library.db", NULL, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }

  /* A folder without write permission: only meaningful when permissions
   * are enforced, that is not as root. */
  if (geteuid () != 0)
    {
      g_autofree char *folder = tmp_path ("read-only-folder");
      g_autofree char *inside = g_build_filename (folder, "library.db", NULL);
      g_autofree char *existing_folder = tmp_path ("read-only-existing");
      g_autofree char *existing = g_build_filename (existing_folder, "library.db", NULL);

      g_mkdir_with_parents (folder, 0700);
      g_chmod (folder, 0500);
      store = open_store (inside, NULL, NULL, &error);
      g_chmod (folder, 0700);
      g_assert_null (store);
      g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY);
      g_assert_false (g_file_test (inside, G_FILE_TEST_EXISTS));
      g_clear_error (&error);

      /* An existing library in a folder that became read-only. */
      g_mkdir_with_parents (existing_folder, 0700);
      {
        g_autoptr(RptStore) first = open_store_ok (existing);
      }
      g_chmod (existing, 0400);
      g_chmod (existing_folder, 0500);
      store = open_store (existing, NULL, NULL, &error);
      g_chmod (existing_folder, 0700);
      g_chmod (existing, 0600);
      g_assert_null (store);
      g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY);
      g_test_message ("%s", error->message);
    }
  else
    g_test_message ("running as root: folder permissions are not enforced, so only the "
                    "file-as-folder and /proc cases were checked");
}

/* The child side of the full-disk test: a file size limit stands for a full
 * disk; the import must fail cleanly with a clear message. */
static void
disk_full_child (const char *path,
                 const char *big)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (big);
  g_autoptr(RptStore) store = open_store_ok (path);
  struct rlimit limit;

  signal (SIGXFSZ, SIG_IGN);
  limit.rlim_cur = limit.rlim_max = 512 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (rpt_store_import_files (store, &file, 1, NULL, NULL, NULL, NULL, NULL, &error));
  g_printerr ("%s\n", error->message);
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_DISK_FULL);
}

static void
test_disk_full (void)
{
  g_autofree char *path = tmp_path ("full.db");
  g_autofree char *big = write_variant ("big-full.txt", "Annex: full disk.", 60);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *check = NULL;

  {
    g_autoptr(RptStore) store = open_store_ok (path);
  }
  before = library_digest (path);

  if (g_test_subprocess ())
    {
      disk_full_child (path, big);
      return;
    }

  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*disk is full*");

  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
  check = pragma_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
  }
}

/* The child of the crash test: imports a large report and, once the
 * transaction is well under way, is killed with SIGKILL (by itself, or by
 * the parent when it sees the marker file). */
static char *kill_marker;
static gboolean kill_self;

static void
kill_progress (double      fraction,
               const char *message,
               gpointer    user_data)
{
  /* 0.4 and up: the transaction is open and rows are being written. */
  if (fraction < 0.7)
    return;
  if (kill_marker != NULL)
    g_file_set_contents (kill_marker, "writing", -1, NULL);
  if (kill_self)
    kill (getpid (), SIGKILL);
}

static int
crash_child (const char *path,
             const char *big,
             const char *marker,
             gboolean    self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (big);
  g_autoptr(RptStore) store = open_store_ok (path);

  kill_marker = g_strdup (marker);
  kill_self = self;
  rpt_store_import_files (store, &file, 1, NULL, kill_progress, NULL, NULL, NULL, &error);
  /* Not reached when killed. */
  return 3;
}

static void
run_crash (gboolean self)
{
  g_autofree char *path = tmp_path (self ? "crash-self.db" : "crash-parent.db");
  g_autofree char *big = write_variant ("big-crash.txt", "Annex: crash.", 60);
  g_autofree char *marker = tmp_path (self ? "crash-self.marker" : "crash-parent.marker");
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *check = NULL;
  const char *argv[] = { exe, "--crash-child", path, big, marker, self ? "self" : "parent", NULL };
  GPid pid;
  int status = 0;

  {
    g_autoptr(RptStore) store = open_store_ok (path);
  }
  before = library_digest (path);

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  if (!self)
    {
      /* Wait for the child to be in the middle of writing, then kill it. */
      for (guint i = 0; i < 6000 && !g_file_test (marker, G_FILE_TEST_EXISTS); i++)
        g_usleep (10 * 1000);
      g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));
      kill (pid, SIGKILL);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));

  /* The -wal file may hold the half-written transaction: it must not
   * count.  Same rows as before, and a sound file. */
  after = library_digest (path);
  g_assert_cmpstr (before, ==, after);
  check = pragma_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  {
    g_autoptr(RptStore) store = open_store_ok (path);
    g_autoptr(GFile) file = g_file_new_for_path (big);
    guint added = 0;

    g_assert_cmpuint (n_reports (store), ==, N_BUNDLED);
    /* And the same import goes through afterwards. */
    g_assert_true (rpt_store_import_files (store, &file, 1, NULL, NULL, NULL, &added, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (added, ==, 1);
  }
}

static void
test_kill_self (void)
{
  run_crash (TRUE);
}

static void
test_kill_parent (void)
{
  run_crash (FALSE);
}

static void
test_remove_report (void)
{
  g_autofree char *path = tmp_path ("remove.db");
  g_autoptr(RptStore) store = open_store_ok (path);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *orphans = NULL;
  g_autofree char *fts = NULL;
  RptStoreReport *first;

  reports = rpt_store_list_reports (store, NULL, &error);
  first = g_ptr_array_index (reports, 0);
  g_assert_true (rpt_store_remove_report (store, first->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_reports (store), ==, N_BUNDLED - 1);

  /* Foreign keys cascade: nothing of it is left, in the index either. */
  orphans = pragma_text (path, "SELECT (SELECT count (*) FROM sections WHERE report_id NOT IN (SELECT id FROM reports))"
                               " + (SELECT count (*) FROM mentions WHERE report_id NOT IN (SELECT id FROM reports))"
                               " + (SELECT count (*) FROM section_resolutions WHERE section_id NOT IN (SELECT id FROM sections))"
                               " + (SELECT count (*) FROM section_groups WHERE section_id NOT IN (SELECT id FROM sections))");
  g_assert_cmpstr (orphans, ==, "0");
  fts = pragma_text (path, "SELECT (SELECT count (*) FROM section_fts) - (SELECT count (*) FROM sections)");
  g_assert_cmpstr (fts, ==, "0");
  exec_sql (path, "INSERT INTO section_fts (section_fts) VALUES ('integrity-check');"
                  "INSERT INTO mention_fts (mention_fts) VALUES ('integrity-check');");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 6 && g_str_equal (argv[1], "--crash-child"))
    return crash_child (argv[2], argv[3], argv[4], g_str_equal (argv[5], "self"));

  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/library/fts-query", test_fts_query);
  g_test_add_func ("/rpt/library/reference", test_reference);
  g_test_add_func ("/rpt/library/reference/bad-format", test_reference_bad);
  g_test_add_func ("/rpt/library/count-table", test_count_table);
  g_test_add_func ("/rpt/library/open/new", test_open_new);
  g_test_add_func ("/rpt/library/open/again", test_reopen);
  g_test_add_func ("/rpt/library/open/bundled-refresh", test_bundled_refresh);
  g_test_add_func ("/rpt/library/open/reparse", test_reparse);
  g_test_add_func ("/rpt/library/open/migrate-from-v1", test_migrate_v1);
  g_test_add_func ("/rpt/library/open/too-new", test_too_new);
  g_test_add_func ("/rpt/library/recover/garbage", test_recover_garbage);
  g_test_add_func ("/rpt/library/recover/foreign-database", test_recover_foreign);
  g_test_add_func ("/rpt/library/recover/damaged-pages", test_recover_damaged);
  g_test_add_func ("/rpt/library/import/dedup", test_import_dedup);
  g_test_add_func ("/rpt/library/import/all-or-nothing", test_import_atomic);
  g_test_add_func ("/rpt/library/import/errors", test_import_errors);
  g_test_add_func ("/rpt/library/import/cancel", test_import_cancel);
  g_test_add_func ("/rpt/library/import/kill-9-self", test_kill_self);
  g_test_add_func ("/rpt/library/import/kill-9-by-parent", test_kill_parent);
  g_test_add_func ("/rpt/library/import/disk-full", test_disk_full);
  g_test_add_func ("/rpt/library/read-only", test_read_only);
  g_test_add_func ("/rpt/library/remove", test_remove_report);

  return g_test_run ();
}
