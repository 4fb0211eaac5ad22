/* test-robustness.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "rpt-test-util.h"

/* Faults from outside, on the real program (the rapporteur binary of the
 * build, run as a user would): kill -9 during an export, a full disk during
 * an export and an import, a library written by a newer version, a
 * read-only data folder, and two programs on one library at once.  The
 * library's own tests (tests/library) do the in-process side: kill -9
 * during import, corrupt databases, RLIMIT_FSIZE during import.  See
 * docs/robustness.md. */

static char *
tmp_path (const char *name)
{
  return g_build_filename (rpt_test_get_tmpdir (), name, NULL);
}

static char *
rapporteur_path (void)
{
  return g_build_filename (g_getenv ("RAPPORTEUR_BUILD_DIR"), "app", "rapporteur", NULL);
}

typedef struct
{
  int   status;   /* wait status */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static GSubprocess *
spawn (const char * const  *argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  return process;
}

static void
wait_run (GSubprocess *process,
          Run         *run)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_status (process);
}

/* rapporteur ARGS…, or with a shell command when @argv[0] is "sh". */
static void
run_argv (const char * const *argv,
          Run                *run)
{
  g_autoptr(GSubprocess) process = spawn (argv);

  wait_run (process, run);
  g_test_message ("%s: exit %d; %s", argv[0], run->status, run->err);
}

static void
run_rapporteur (Run        *run,
                const char *library,
                ...)
{
  g_autofree char *exe = rapporteur_path ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, exe);
  g_ptr_array_add (argv, (char *) "--library");
  g_ptr_array_add (argv, (char *) library);
  va_start (args, library);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  run_argv ((const char * const *) argv->pdata, run);
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* The library at @path: "ok" from the integrity check and its report count. */
static char *
library_check (const char *path,
               int        *n_reports)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (n_reports != NULL)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM reports", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      *n_reports = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return result;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A library holding the bundled reports, closed. */
static char *
make_library (const char *name)
{
  g_autofree char *folder = tmp_path (name);
  char *path = g_build_filename (folder, "library.db", NULL);
  Run run = { 0 };

  g_mkdir_with_parents (folder, 0700);
  run_rapporteur (&run, path, "--list", "reports", NULL);
  g_assert_true (g_spawn_check_wait_status (run.status, NULL));
  run_clear (&run);
  return path;
}

/* A report that is new to the library: a bundled one with an annex. */
static char *
make_report (const char *name,
             const char *annex,
             guint       repeat)
{
  g_autofree char *bundled = rpt_test_corpus_file ("004_c9855d081390d753.txt");
  g_autofree char *text = NULL;
  g_autoptr(GString) contents = NULL;
  char *path = tmp_path (name);

  g_assert_true (g_file_get_contents (bundled, &text, NULL, NULL));
  contents = g_string_new (text);
  g_string_append (contents, "\n\nAnnex\n\n");
  for (guint i = 0; i < repeat; i++)
    g_string_append_printf (contents, "%s (%u). ", annex, i);
  g_string_append_c (contents, '\n');
  g_assert_true (g_file_set_contents (path, contents->str, contents->len, NULL));
  return path;
}

/* Everything in @folder but @keep. */
static GPtrArray *
other_files (const char *folder,
             const char *keep)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_strcmp0 (name, keep) != 0)
      g_ptr_array_add (names, g_strdup (name));
  return names;
}

static void
remove_others (const char *folder,
               GPtrArray  *names)
{
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_unlink (path);
    }
}

static const char old_export[] = "%PDF-1.5\n% the previous export, which must survive\n%%EOF\n";

/* kill -9 at several moments of a PDF export over an existing file: the
 * old file stays byte for byte, the library is untouched, and nothing but
 * the writer's hidden temporary file may be left beside it. */
static void
test_export_kill (void)
{
  g_autofree char *library = make_library ("kill-export");
  g_autofree char *folder = tmp_path ("kill-export-out");
  g_autofree char *out = g_build_filename (folder, "briefing.pdf", NULL);
  g_autofree char *exe = rapporteur_path ();
  g_autofree char *before = NULL;
  /* Kill when the temporary file appears (-1), then after fixed delays. */
  const int delays_ms[] = { -1, 100, 300, 700, 1200, 2000 };
  guint n_killed = 0, n_mid_write = 0, n_stray = 0;
  int n_before = 0, n_after = 0;

  g_free (library_check (library, &n_before));
  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (out, old_export, -1, NULL));
  before = file_digest (out);

  for (guint k = 0; k < G_N_ELEMENTS (delays_ms); k++)
    {
      const char *argv[] = { exe, "--library", library, "--export-pdf", out, NULL };
      g_autoptr(GSubprocess) process = spawn (argv);
      g_autoptr(GPtrArray) others = NULL;
      g_autofree char *after = NULL;
      gint64 start = g_get_monotonic_time ();
      gboolean saw_temp = FALSE;
      Run run = { 0 };

      if (delays_ms[k] < 0)
        {
          /* Poll for the writer's temporary file, for up to 20 s. */
          while (g_get_monotonic_time () - start < 20 * G_USEC_PER_SEC)
            {
              g_autoptr(GPtrArray) now = other_files (folder, "briefing.pdf");

              if (now->len > 0)
                {
                  saw_temp = TRUE;
                  break;
                }
              g_usleep (1000);
            }
        }
      else
        g_usleep (delays_ms[k] * 1000);

      g_subprocess_send_signal (process, SIGKILL);
      wait_run (process, &run);
      after = file_digest (out);
      others = other_files (folder, "briefing.pdf");

      if (WIFSIGNALED (run.status) && WTERMSIG (run.status) == SIGKILL)
        {
          n_killed++;
          /* Killed while writing: the temporary file was there. */
          n_mid_write += saw_temp || others->len > 0;
          g_assert_cmpstr (after, ==, before);
        }
      else
        {
          /* Finished before the kill: a whole new PDF, then put the old
           * one back for the next round. */
          g_autofree char *contents = NULL;

          g_assert_true (g_spawn_check_wait_status (run.status, NULL));
          g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
          g_assert_true (g_str_has_prefix (contents, "%PDF-"));
          g_assert_true (g_file_set_contents (out, old_export, -1, NULL));
        }

      for (guint i = 0; i < others->len; i++)
        {
          const char *name = g_ptr_array_index (others, i);

          g_test_message ("kill after %d ms: left beside the export: %s", delays_ms[k], name);
          /* Never a visible half-written file. */
          g_assert_true (name[0] == '.');
          n_stray++;
        }
      remove_others (folder, others);
      run_clear (&run);
    }

  g_test_message ("%u of %zu exports killed (%u while writing the temporary file); "
                  "%u hidden temporary files left behind",
                  n_killed, G_N_ELEMENTS (delays_ms), n_mid_write, n_stray);
  g_assert_cmpuint (n_killed, >=, 1);
  g_assert_cmpuint (n_mid_write, >=, 1);

  /* The library is whole (opening it writes its bookkeeping, so its bytes
   * may differ). */
  {
    g_autofree char *check = library_check (library, &n_after);

    g_assert_cmpstr (check, ==, "ok");
    g_assert_cmpint (n_after, ==, n_before);
  }

  /* A whole export afterwards leaves exactly the new file. */
  {
    g_autoptr(GPtrArray) others = NULL;
    Run run = { 0 };

    run_rapporteur (&run, library, "--export-pdf", out, NULL);
    g_assert_true (g_spawn_check_wait_status (run.status, NULL));
    others = other_files (folder, "briefing.pdf");
    g_assert_cmpuint (others->len, ==, 0);
    run_clear (&run);
  }
}

/* A shell command in a private mount namespace (unshare -rm): as root in a
 * container, or as a user where user namespaces are allowed. */
static gboolean
can_unshare (void)
{
  const char *argv[] = { "unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt && umount /mnt", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  gboolean ok;

  if (g_find_program_in_path ("unshare") == NULL)
    return FALSE;
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  if (process == NULL)
    return FALSE;
  ok = g_subprocess_wait_check (process, NULL, NULL);
  run_clear (&run);
  return ok;
}

/* Exports over an existing file in a folder on a full disk (a 64 KiB tmpfs
 * in a private mount namespace): a clear error that names the file, the old
 * file untouched, no temporary file left. */
static void
test_export_disk_full (void)
{
  g_autofree char *library = make_library ("full-export");
  g_autofree char *folder = tmp_path ("full-export-out");
  g_autofree char *exe = rapporteur_path ();
  const char *formats[] = { "--export-pdf", "--export-json", "--export-csv" };
  const char *names[] = { "briefing.pdf", "briefing.json", "briefing.csv" };

  if (!can_unshare ())
    {
      g_test_skip ("no private mount namespace (unshare -rm) here");
      return;
    }

  g_mkdir_with_parents (folder, 0700);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *out = g_build_filename (folder, names[f], NULL);
      g_autofree char *script = NULL;
      g_autofree char *want = NULL;
      Run run = { 0 };

      /* Inside the namespace: the old file on the small disk, the export,
       * then what is left in the folder (the tmpfs goes with the
       * namespace). */
      script = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs '%s' || exit 99; "
                                "printf '%%s' '%s' > '%s'; "
                                "'%s' --library '%s' %s '%s'; echo \"export=$?\" >&2; "
                                "echo \"digest=$(sha256sum < '%s' | cut -c1-64)\" >&2; "
                                "echo \"files=$(ls -A '%s' | tr '\\n' ' ')\" >&2",
                                folder, old_export, out,
                                exe, library, formats[f], out,
                                out, folder);
      {
        const char *argv[] = { "unshare", "-rm", "sh", "-c", script, NULL };

        run_argv (argv, &run);
      }
      if (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 99)
        {
          g_test_skip ("a tmpfs cannot be mounted here");
          run_clear (&run);
          return;
        }
      g_assert_true (g_spawn_check_wait_status (run.status, NULL));
      g_assert_nonnull (strstr (run.err, "export="));
      g_assert_null (strstr (run.err, "export=0"));
      /* The message names the file and says why. */
      g_assert_nonnull (strstr (run.err, names[f]));
      g_assert_nonnull (strstr (run.err, "space"));
      want = g_strdup_printf ("digest=%s", g_compute_checksum_for_string (G_CHECKSUM_SHA256, old_export, -1));
      g_assert_nonnull (strstr (run.err, want));
      {
        g_autofree char *files = g_strdup_printf ("files=%s \n", names[f]);

        g_assert_nonnull (strstr (run.err, files));
      }
      run_clear (&run);
    }
}

/* A real full disk: the library on a tmpfs with 200 KiB to spare, then an
 * import of a report that needs more.  The import fails with the full-disk
 * message and the library holds what it held. */
static void
test_import_disk_full (void)
{
  g_autofree char *library = make_library ("full-import");
  g_autofree char *report = make_report ("full-import.txt", "Annex text that fills the disk", 20000);
  g_autofree char *mount = tmp_path ("full-import-mnt");
  g_autofree char *exe = rapporteur_path ();
  g_autofree char *copy = tmp_path ("full-import-after.db");
  g_autofree char *script = NULL;
  g_autofree char *check = NULL;
  GStatBuf st;
  int n_before = 0, n_after = 0;
  Run run = { 0 };

  if (!can_unshare ())
    {
      g_test_skip ("no private mount namespace (unshare -rm) here; the RLIMIT_FSIZE "
                   "import test of tests/library covers the full disk");
      return;
    }

  g_free (library_check (library, &n_before));
  g_assert_cmpint (g_stat (library, &st), ==, 0);
  g_mkdir_with_parents (mount, 0700);
  /* The library and the import inside the namespace; the library is copied
   * back out for the checks, since the tmpfs goes with the namespace. */
  script = g_strdup_printf ("set -e; mount -t tmpfs -o size=%lldk tmpfs '%s'; "
                            "cp '%s' '%s/library.db'; "
                            "set +e; '%s' --library '%s/library.db' --import '%s'; rc=$?; set -e; "
                            "cp '%s/library.db' '%s'; "
                            "for f in '%s'/library.db-*; do [ -e \"$f\" ] && cp \"$f\" '%s'\"${f##*/library.db}\"; done; "
                            "exit $rc",
                            (long long) st.st_size / 1024 + 200, mount,
                            library, mount,
                            exe, mount, report,
                            mount, copy,
                            mount, copy);
  {
    const char *argv[] = { "unshare", "-rm", "sh", "-c", script, NULL };

    run_argv (argv, &run);
  }
  g_assert_true (WIFEXITED (run.status));
  g_assert_cmpint (WEXITSTATUS (run.status), !=, 0);
  g_assert_nonnull (strstr (run.err, "disk is full"));

  check = library_check (copy, &n_after);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (n_after, ==, n_before);
  run_clear (&run);
}

/* A library whose user_version is that of a newer Rapporteur: refused with
 * a message that says so, and not changed by a byte (no downgrade, no
 * "recovery" that moves it aside). */
static void
test_newer_schema (void)
{
  g_autofree char *library = make_library ("newer");
  g_autofree char *folder = g_path_get_dirname (library);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) files_before = NULL;
  g_autoptr(GPtrArray) files_after = NULL;
  Run run = { 0 };

  exec_sql (library, "PRAGMA user_version = 999");
  before = file_digest (library);
  files_before = other_files (folder, "");

  run_rapporteur (&run, library, "--list", "reports", NULL);
  g_assert_true (WIFEXITED (run.status));
  g_assert_cmpint (WEXITSTATUS (run.status), !=, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "library.db"));
  g_assert_nonnull (strstr (run.err, "newer"));
  run_clear (&run);

  {
    g_autofree char *report = make_report ("newer.txt", "A report for a newer library", 1);

    run_rapporteur (&run, library, "--import", report, NULL);
    g_assert_cmpint (WEXITSTATUS (run.status), !=, 0);
    g_assert_nonnull (strstr (run.err, "newer"));
    run_clear (&run);
  }

  after = file_digest (library);
  g_assert_cmpstr (after, ==, before);
  files_after = other_files (folder, "");
  g_assert_cmpuint (files_after->len, ==, files_before->len);
}

/* The data folder mounted read-only (a bind mount in a private namespace):
 * reading and importing are refused with a message naming the folder, and
 * the library is unchanged. */
static void
test_read_only_mount (void)
{
  g_autofree char *library = make_library ("ro-mount");
  g_autofree char *folder = g_path_get_dirname (library);
  g_autofree char *report = make_report ("ro-mount.txt", "A report for a read-only folder", 1);
  g_autofree char *exe = rapporteur_path ();
  g_autofree char *before = file_digest (library);
  g_autofree char *after = NULL;
  g_autofree char *script = NULL;
  g_auto(GStrv) parts = NULL;
  Run run = { 0 };

  if (!can_unshare ())
    {
      g_test_skip ("no private mount namespace (unshare -rm) here; as root, folder "
                   "permissions are not enforced, so a read-only folder cannot be made");
      return;
    }

  script = g_strdup_printf ("mount --bind '%s' '%s' && mount -o remount,bind,ro '%s' || exit 99; "
                            "'%s' --library '%s' --list reports; echo \"list=$?\" >&2; "
                            "'%s' --library '%s' --import '%s'; echo \"import=$?\" >&2",
                            folder, folder, folder,
                            exe, library,
                            exe, library, report);
  {
    const char *argv[] = { "unshare", "-rm", "sh", "-c", script, NULL };

    run_argv (argv, &run);
  }
  if (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 99)
    {
      g_test_skip ("a read-only bind mount is not allowed here");
      run_clear (&run);
      return;
    }
  g_assert_true (g_spawn_check_wait_status (run.status, NULL));
  /* Both refused, each with the reason. */
  g_assert_nonnull (strstr (run.err, "import=1"));
  g_assert_null (strstr (run.err, "list=0"));
  g_assert_nonnull (strstr (run.err, "cannot be written to"));
  g_assert_nonnull (strstr (run.err, "ro-mount"));
  parts = g_strsplit (run.err, "cannot be written to", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);

  after = file_digest (library);
  g_assert_cmpstr (after, ==, before);
  run_clear (&run);
}

/* Two imports and a reader on one library at once: each either succeeds or
 * says the library is in use, and the library ends up holding exactly the
 * imports that said they succeeded. */
static void
test_two_processes (void)
{
  g_autofree char *library = make_library ("two");
  g_autofree char *exe = rapporteur_path ();
  g_autofree char *report_a = make_report ("two-a.txt", "First concurrent report", 3000);
  g_autofree char *report_b = make_report ("two-b.txt", "Second concurrent report", 3000);
  const char *argv_a[] = { exe, "--library", library, "--import", report_a, NULL };
  const char *argv_b[] = { exe, "--library", library, "--import", report_b, NULL };
  const char *argv_list[] = { exe, "--library", library, "--list", "reports", NULL };
  g_autoptr(GSubprocess) a = NULL;
  g_autoptr(GSubprocess) b = NULL;
  g_autofree char *check = NULL;
  int n_before = 0, n_after = 0, n_imported = 0;
  Run runs[3] = { { 0 } };
  guint n_lists = 0, n_busy = 0;

  g_free (library_check (library, &n_before));

  a = spawn (argv_a);
  b = spawn (argv_b);
  /* Readers while the imports run. */
  for (guint i = 0; i < 4; i++)
    {
      Run list = { 0 };

      run_argv (argv_list, &list);
      g_assert_true (WIFEXITED (list.status));
      if (WEXITSTATUS (list.status) == 0)
        n_lists++;
      else
        {
          g_assert_nonnull (strstr (list.err, "in use"));
          n_busy++;
        }
      run_clear (&list);
    }
  wait_run (a, &runs[0]);
  wait_run (b, &runs[1]);

  for (guint i = 0; i < 2; i++)
    {
      g_test_message ("import %u: exit %d; %s", i, runs[i].status, runs[i].err);
      g_assert_true (WIFEXITED (runs[i].status));
      if (WEXITSTATUS (runs[i].status) == 0)
        n_imported++;
      else
        {
          g_assert_nonnull (strstr (runs[i].err, "in use by another program"));
          n_busy++;
        }
    }
  g_test_message ("%d of 2 imports succeeded, %u of 4 lists; %u refusals said the library is in use",
                  n_imported, n_lists, n_busy);
  g_assert_cmpint (n_imported, >=, 1);

  check = library_check (library, &n_after);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (n_after, ==, n_before + n_imported);

  /* And the library opens normally afterwards. */
  run_argv (argv_list, &runs[2]);
  g_assert_true (g_spawn_check_wait_status (runs[2].status, NULL));
  for (guint i = 0; i < 3; i++)
    run_clear (&runs[i]);
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/robustness/export/kill-9", test_export_kill);
  g_test_add_func ("/rpt/robustness/export/disk-full", test_export_disk_full);
  g_test_add_func ("/rpt/robustness/import/disk-full-tmpfs", test_import_disk_full);
  g_test_add_func ("/rpt/robustness/library/newer-schema", test_newer_schema);
  g_test_add_func ("/rpt/robustness/library/read-only-mount", test_read_only_mount);
  g_test_add_func ("/rpt/robustness/library/two-processes", test_two_processes);

  return g_test_run ();
}
