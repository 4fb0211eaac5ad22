/* rpt-store.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "rpt-corpus.h"
#include "rpt-import.h"
#include "rpt-store-private.h"

/* Opening (with recovery), migrations, imports, re-parsing and the bundled
 * corpus.  The reads are in rpt-store-read.c. */

/* ------------------------------------------------------------------------
 * Rows
 * ------------------------------------------------------------------------ */

void
rpt_store_report_free (RptStoreReport *row)
{
  if (row == NULL)
    return;
  g_free (row->file_name);
  g_free (row->title);
  g_free (row->label);
  g_free (row->family);
  g_free (row->period_text);
  g_free (row->period_from);
  g_free (row->period_to);
  g_free (row->conference);
  g_strfreev (row->council_documents);
  g_free (row->content_hash);
  g_free (row);
}

void
rpt_store_section_free (RptStoreSection *row)
{
  if (row == NULL)
    return;
  g_free (row->number);
  g_free (row->heading);
  g_free (row->text);
  g_free (row->parent);
  g_strfreev (row->resolutions);
  g_free (row);
}

void
rpt_store_resolution_free (RptStoreResolution *row)
{
  if (row == NULL)
    return;
  g_free (row->key);
  g_free (row->body);
  g_free (row->number);
  g_free (row->title);
  g_free (row->revision);
  g_strfreev (row->revisions);
  g_free (row);
}

void
rpt_store_group_free (RptStoreGroup *row)
{
  if (row == NULL)
    return;
  g_free (row->id);
  g_free (row);
}

void
rpt_store_deliverable_free (RptStoreDeliverable *row)
{
  if (row == NULL)
    return;
  g_free (row->id);
  g_free (row->title);
  g_free (row);
}

void
rpt_store_mention_free (RptStoreMention *row)
{
  if (row == NULL)
    return;
  g_free (row->deliverable_id);
  g_free (row->title);
  g_free (row->section_heading);
  g_free (row->excerpt);
  g_free (row);
}

void
rpt_store_count_free (RptStoreCount *row)
{
  if (row == NULL)
    return;
  g_free (row->section);
  g_strfreev (row->groups);
  g_free (row->period);
  g_free (row->quote);
  g_free (row);
}

void
rpt_store_hit_free (RptStoreHit *row)
{
  if (row == NULL)
    return;
  g_free (row->section);
  g_free (row->section_heading);
  g_free (row->snippet);
  g_free (row->snippet_text);
  g_strfreev (row->terms);
  g_strfreev (row->deliverable_ids);
  g_free (row->fts);
  g_clear_pointer (&row->store, rpt_store_unref);
  g_free (row);
}

/* ------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

static char *
folder_of (const char *path)
{
  return g_path_get_dirname (path);
}

static gboolean
out_of_space (const char *path)
{
  g_autofree char *folder = folder_of (path);
  struct statvfs fs;
  struct rlimit limit;

  if (getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    return TRUE;
  if (statvfs (folder, &fs) == 0 && (guint64) fs.f_bavail * fs.f_frsize < 16 * 1024 * 1024)
    return TRUE;
  return FALSE;
}

/* Turns an SQLite failure into words: the file and the reason.  Always
 * returns FALSE so that callers can `return _rpt_store_set_error (...)`. */
gboolean
_rpt_store_set_error (GError     **error,
                      sqlite3     *db,
                      int          rc,
                      const char  *path)
{
  int primary = rc & 0xff;
  int sys_errno = db ? sqlite3_system_errno (db) : 0;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  g_autofree char *folder = folder_of (path);

  g_debug ("SQLite error %d (errno %d) on %s: %s", rc, sys_errno, path, detail);

  /* A failed write often loses its errno on the way (SQLite reports the
   * write at commit): ask the system whether space or a size limit ran
   * out. */
  if (rc == SQLITE_IOERR_WRITE && sys_errno == 0 && out_of_space (path))
    sys_errno = ENOSPC;

  if (primary == SQLITE_FULL ||
      (primary == SQLITE_IOERR && (sys_errno == ENOSPC || sys_errno == EFBIG
#ifdef EDQUOT
                                   || sys_errno == EDQUOT
#endif
                                   )))
    g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_DISK_FULL,
                 _("Could not save the library “%s”: the disk is full. Nothing was changed; free some space and try again"),
                 path);
  else if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN ||
           primary == SQLITE_AUTH ||
           (primary == SQLITE_IOERR && (sys_errno == EACCES || sys_errno == EROFS || sys_errno == EPERM)))
    g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY,
                 _("Could not write the library “%s”: the folder “%s” cannot be written to"),
                 path, folder);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_CORRUPT,
                 _("The library “%s” is damaged (%s)"), path, detail);
  else if (primary == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED,
                 _("The library “%s” is in use by another program; close it and try again"), path);
  else
    g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED,
                 _("Could not use the library “%s”: %s"), path, detail);

  return FALSE;
}

gboolean
_rpt_store_exec (sqlite3     *db,
                 const char  *sql,
                 const char  *path,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _rpt_store_set_error (error, db, rc, path);
  return TRUE;
}

/* What decides that stored reports must be parsed again. */
char *
_rpt_store_fingerprint (RptReference *reference)
{
  return g_strdup_printf ("parser %d; mapping %s", RPT_CORPUS_PARSER_VERSION,
                          rpt_reference_get_mapping_hash (reference));
}

/* ------------------------------------------------------------------------
 * Checking and recovering the file
 * ------------------------------------------------------------------------ */

typedef enum
{
  CHECK_OK,
  CHECK_FOREIGN,
  CHECK_CORRUPT,
} CheckResult;

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

static gboolean
is_corruption (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

static guint
get_be16 (const guchar *p)
{
  return (p[0] << 8) | p[1];
}

/* The cheap structural check: the header of the root page of every b-tree
 * the schema names (type, cell count, cell content area and every cell
 * pointer inside the page).  It reads one page per table and index
 * (about 40), where PRAGMA quick_check reads the whole file (0.5 to 1 s at
 * 1,000 reports).  Only valid when the main file is up to date: no WAL. */
static int
check_root_pages (sqlite3    *db,
                  const char *path,
                  CheckResult *result)
{
  g_autofree guchar *page = NULL;
  sqlite3_stmt *stmt = NULL;
  guint page_size = 0;
  int fd, rc;

  rc = query_int (db, "PRAGMA page_size", (int *) &page_size);
  if (rc != SQLITE_OK)
    return rc;
  if (page_size < 512 || page_size > 65536)
    {
      *result = CHECK_CORRUPT;
      return SQLITE_OK;
    }

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return SQLITE_CANTOPEN;
  page = g_malloc (page_size);

  rc = sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema WHERE type IN ('table', 'index') AND rootpage > 1",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && *result == CHECK_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 root = sqlite3_column_int64 (stmt, 0);
      guint header, n_cells, content;

      rc = SQLITE_OK;
      if (pread (fd, page, page_size, (off_t) (root - 1) * page_size) != (ssize_t) page_size)
        {
          *result = CHECK_CORRUPT;
          break;
        }
      if (page[0] == 2 || page[0] == 5)
        header = 12;
      else if (page[0] == 10 || page[0] == 13)
        header = 8;
      else
        {
          *result = CHECK_CORRUPT;
          break;
        }
      n_cells = get_be16 (page + 3);
      content = get_be16 (page + 5);
      if (content == 0)
        content = 65536;
      if (header + 2 * n_cells > page_size || content > page_size || content < header + 2 * n_cells)
        {
          *result = CHECK_CORRUPT;
          break;
        }
      for (guint c = 0; c < n_cells; c++)
        {
          guint cell = get_be16 (page + header + 2 * c);

          if (cell < content || cell >= page_size)
            {
              *result = CHECK_CORRUPT;
              break;
            }
        }
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  sqlite3_finalize (stmt);
  close (fd);
  return rc;
}

/* Did the last session end cleanly?  SQLite removes the WAL when the last
 * connection closes after a full checkpoint; a WAL (or rollback journal)
 * left behind means a crash, a kill or a power cut, or another process
 * with the library open: then the whole file is checked. */
static gboolean
closed_cleanly (const char *path)
{
  static const char *companions[] = { "-wal", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *name = g_strconcat (path, companions[i], NULL);
      GStatBuf st;

      if (g_stat (name, &st) == 0 && st.st_size > 0)
        return FALSE;
    }
  return TRUE;
}

/* Is the existing file at @path a healthy Rapporteur library?  Returns FALSE
 * (with @error) only when it cannot even be examined (permissions) or was
 * written by a newer Rapporteur. */
static gboolean
check_file (const char   *path,
            CheckResult  *result,
            GError      **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GError) local_error = NULL;
  g_autofree char *head = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length = 0;
  int application_id = 0, user_version = 0, n_tables = 0;
  gboolean clean = closed_cleanly (path);
  int rc;

  *result = CHECK_OK;

  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &local_error);
    char buf[16];

    if (in == NULL)
      {
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY,
                     _("Could not read the library “%s”: %s"), path, local_error->message);
        return FALSE;
      }
    if (!g_input_stream_read_all (G_INPUT_STREAM (in), buf, sizeof buf, &length, NULL, &local_error))
      {
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY,
                     _("Could not read the library “%s”: %s"), path, local_error->message);
        return FALSE;
      }
    head = g_memdup2 (buf, length);
  }

  if (length == 0)
    return TRUE; /* an empty file is an empty database */

  if (length < sizeof magic || memcmp (head, magic, sizeof magic) != 0)
    {
      *result = CHECK_FOREIGN;
      return TRUE;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      gboolean ok = FALSE;

      if (is_corruption (rc))
        {
          *result = CHECK_CORRUPT;
          ok = TRUE;
        }
      else
        _rpt_store_set_error (error, db, rc, path);
      sqlite3_close (db);
      return ok;
    }

  rc = query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", &user_version);
  if (rc == SQLITE_OK)
    rc = query_int (db, "SELECT count(*) FROM sqlite_schema", &n_tables);

  if (rc != SQLITE_OK)
    {
      gboolean ok = FALSE;

      if (is_corruption (rc))
        {
          *result = CHECK_CORRUPT;
          ok = TRUE;
        }
      else
        _rpt_store_set_error (error, db, rc, path);
      sqlite3_close (db);
      return ok;
    }

  if (application_id != RPT_STORE_APPLICATION_ID && !(application_id == 0 && n_tables == 0))
    {
      *result = CHECK_FOREIGN;
      sqlite3_close (db);
      return TRUE;
    }

  if (user_version > RPT_STORE_SCHEMA_VERSION)
    {
      sqlite3_close (db);
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_TOO_NEW,
                   _("The library “%s” was written by a newer version of Rapporteur; update Rapporteur to open it"),
                   path);
      return FALSE;
    }

  /* After a clean shutdown, the cheap check of every b-tree's root page;
   * after anything else, PRAGMA quick_check over the whole file. */
  if (clean)
    rc = check_root_pages (db, path, result);
  else if ((rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL)) == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
            *result = CHECK_CORRUPT;
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      gboolean ok = FALSE;

      if (is_corruption (rc))
        {
          *result = CHECK_CORRUPT;
          ok = TRUE;
        }
      else
        _rpt_store_set_error (error, db, rc, path);
      sqlite3_close (db);
      return ok;
    }

  sqlite3_close (db);
  return TRUE;
}

/* Moves the damaged file (and its -wal and -shm companions) to a
 * timestamped name next to it.  Nothing is deleted. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;
  const char *companions[] = { "-wal", "-shm" };

  for (guint n = 0; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = n == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved = errno;

      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY,
                   _("The library “%s” is damaged and could not be moved aside: %s"),
                   path, g_strerror (saved));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (aside, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&aside);
}

static sqlite3 *
open_connection (const char  *path,
                 gboolean     writer,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _rpt_store_set_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 10000);

  if (!_rpt_store_exec (db, "PRAGMA foreign_keys = ON", path, error) ||
      (writer && !_rpt_store_exec (db, "PRAGMA journal_mode = WAL", path, error)) ||
      !_rpt_store_exec (db, "PRAGMA synchronous = NORMAL", path, error) ||
      /* Imports touch indexes all over the file; lists scan them. */
      !_rpt_store_exec (db, writer ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -16384", path, error) ||
      /* Checkpoint every 32 MB of WAL rather than 4 MB: an import rewrites
       * the same index pages in every transaction, and each checkpoint
       * copies them to the file again (and syncs). */
      (writer && !_rpt_store_exec (db, "PRAGMA wal_autocheckpoint = 8192", path, error)) ||
      !_rpt_store_exec (db, "PRAGMA temp_store = MEMORY", path, error) ||
      (!writer && !_rpt_store_exec (db, "PRAGMA query_only = ON", path, error)))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* ------------------------------------------------------------------------
 * Writing reports
 * ------------------------------------------------------------------------ */

typedef struct
{
  RptStore *store;
  sqlite3 *db;
  GCancellable *cancellable;
  RptStoreProgress progress;
  gpointer progress_data;
  double progress_from;
  double progress_span;
  const char *file_name;
} Writer;

static int
writer_progress_handler (gpointer data)
{
  Writer *w = data;

  return w->cancellable != NULL && g_cancellable_is_cancelled (w->cancellable);
}

static gboolean
writer_check (Writer  *w,
              GError **error)
{
  if (w->cancellable != NULL && g_cancellable_set_error_if_cancelled (w->cancellable, error))
    return FALSE;
  return TRUE;
}

static void
writer_report (Writer *w,
               double  fraction)
{
  g_autofree char *message = NULL;

  if (w->progress == NULL)
    return;
  /* Translators: progress of an import */
  message = g_strdup_printf (_("Importing “%s”"), w->file_name ? w->file_name : "");
  w->progress (w->progress_from + w->progress_span * CLAMP (fraction, 0.0, 1.0), message, w->progress_data);
}

static sqlite3_stmt *
prepare (Writer      *w,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (w->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _rpt_store_set_error (error, w->db, rc, w->store->path);
      return NULL;
    }
  return stmt;
}

static void
bind_text0 (sqlite3_stmt *stmt,
            int           index,
            const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  sqlite3_bind_text (stmt, index, value ? value : "", -1, SQLITE_TRANSIENT);
}

/* Steps a statement that returns no row, then resets it. */
static gboolean
step_done (Writer        *w,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return _rpt_store_set_error (error, w->db, rc, w->store->path);
  return TRUE;
}

static gboolean
exec_with_id (Writer      *w,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  sqlite3_stmt *stmt = prepare (w, sql, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = step_done (w, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
in_subtree (const char *number,
            const char *root)
{
  gsize len;

  if (g_strcmp0 (root, "summary") == 0 || root == NULL || *root == '\0')
    return TRUE;
  if (g_strcmp0 (number, root) == 0)
    return TRUE;
  len = strlen (root);
  return number != NULL && strncmp (number, root, len) == 0 && number[len] == '.';
}

static gboolean
strv_contains (GPtrArray  *strings,
               const char *value)
{
  for (guint i = 0; strings != NULL && i < strings->len; i++)
    if (g_strcmp0 (g_ptr_array_index (strings, i), value) == 0)
      return TRUE;
  return FALSE;
}

/* What the library counts next to a stated count: see rpt-stated-count.h. */
static guint
count_matching (RptCorpusReport *report,
                RptCorpusCount  *count)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < report->deliverables->len; i++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, i);

      if (!in_subtree (d->section, count->section))
        continue;
      if (g_strcmp0 (d->status, count->status) != 0)
        continue;
      if (g_strcmp0 (count->kind, "Other") != 0 && g_strcmp0 (d->kind, count->kind) != 0)
        continue;
      if (count->groups != NULL && count->groups->len > 0 && !strv_contains (count->groups, d->group))
        continue;
      g_hash_table_add (ids, d->id);
    }

  return g_hash_table_size (ids);
}

static char *
join_ptr_array (GPtrArray  *strings,
                const char *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (strings, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
resolution_key (const char *body,
                const char *number)
{
  return g_strdup_printf ("%s %s", body && *body ? body : "Other", number ? number : "");
}

static const char *
top_of (const char *number,
        char       *buf,
        gsize       size)
{
  const char *dot = strchr (number, '.');

  if (dot == NULL)
    return number;
  g_strlcpy (buf, number, MIN (size, (gsize) (dot - number) + 1));
  return buf;
}

/* Everything extracted from one report: sections, resolutions, groups,
 * mentions, stated counts and the search index. */
static gboolean
insert_derived (Writer           *w,
                gint64            report_id,
                RptCorpusReport  *report,
                GError          **error)
{
  g_autoptr(GHashTable) section_ids = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *ins_section = NULL, *ins_report_res = NULL, *ins_section_res = NULL;
  sqlite3_stmt *ins_group = NULL, *ins_mention = NULL, *ins_count = NULL;
  RptReference *reference = w->store->reference;
  const char *family = rpt_family_to_string (report->family);
  gint64 first_section = 0;
  gboolean ok = FALSE;
  guint total, done = 0;

  total = report->sections->len + report->deliverables->len + 1;

  if ((ins_section = prepare (w, "INSERT INTO sections (report_id, position, number, heading, text, level, parent) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)", error)) == NULL ||
      (ins_report_res = prepare (w, "INSERT OR IGNORE INTO report_resolutions (report_id, key, body, number, revision, title) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", error)) == NULL ||
      (ins_section_res = prepare (w, "INSERT OR IGNORE INTO section_resolutions (section_id, key, number) "
                                     "VALUES (?, ?, ?)", error)) == NULL ||
      (ins_group = prepare (w, "INSERT OR IGNORE INTO section_groups (section_id, group_id) VALUES (?, ?)", error)) == NULL ||
      (ins_mention = prepare (w, "INSERT INTO mentions (report_id, section_id, position, deliverable_id, kind, title, "
                                 "status, group_id, sector, series, excerpt, byte_offset) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) == NULL ||
      (ins_count = prepare (w, "INSERT INTO stated_counts (report_id, position, section, count, at_least, kind, status, "
                               "groups, period, quote, counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) == NULL)
    goto out;

  for (guint i = 0; i < report->sections->len; i++)
    {
      RptCorpusSection *section = g_ptr_array_index (report->sections, i);
      gint64 *id;

      if (section->number == NULL || g_hash_table_contains (section_ids, section->number))
        continue;

      sqlite3_bind_int64 (ins_section, 1, report_id);
      sqlite3_bind_int (ins_section, 2, i);
      bind_text (ins_section, 3, section->number);
      bind_text (ins_section, 4, section->heading);
      bind_text (ins_section, 5, section->text);
      sqlite3_bind_int (ins_section, 6, section->level);
      bind_text0 (ins_section, 7, section->parent);
      if (!step_done (w, ins_section, error))
        goto out;

      id = g_new (gint64, 1);
      *id = sqlite3_last_insert_rowid (w->db);
      g_hash_table_insert (section_ids, section->number, id);
      if (first_section == 0)
        first_section = *id;

      if (++done % 64 == 0)
        {
          writer_report (w, (double) done / total);
          if (!writer_check (w, error))
            goto out;
        }
    }

  /* A report without sections still gets one, so that mentions have a
   * place. */
  if (first_section == 0 && report->deliverables->len > 0)
    {
      gint64 *id;

      sqlite3_bind_int64 (ins_section, 1, report_id);
      sqlite3_bind_int (ins_section, 2, 0);
      bind_text (ins_section, 3, "summary");
      bind_text (ins_section, 4, "");
      bind_text (ins_section, 5, "");
      sqlite3_bind_int (ins_section, 6, 0);
      bind_text0 (ins_section, 7, NULL);
      if (!step_done (w, ins_section, error))
        goto out;
      id = g_new (gint64, 1);
      *id = first_section = sqlite3_last_insert_rowid (w->db);
      g_hash_table_insert (section_ids, (gpointer) "summary", id);
    }

  /* Resolutions the text cites, with the sections citing them (the parser
   * adds the subject Resolutions of each section). */
  for (guint i = 0; i < report->resolutions->len; i++)
    {
      RptCorpusResolution *resolution = g_ptr_array_index (report->resolutions, i);
      g_autofree char *key = resolution_key (resolution->body, resolution->number);
      const RptReferenceResolution *known = rpt_reference_lookup_resolution (reference, key);

      sqlite3_bind_int64 (ins_report_res, 1, report_id);
      bind_text (ins_report_res, 2, key);
      bind_text (ins_report_res, 3, resolution->body && *resolution->body ? resolution->body : "Other");
      bind_text (ins_report_res, 4, resolution->number);
      bind_text0 (ins_report_res, 5, resolution->revision);
      bind_text0 (ins_report_res, 6, known && known->title ? known->title : resolution->title);
      if (!step_done (w, ins_report_res, error))
        goto out;

      for (guint s = 0; resolution->sections != NULL && s < resolution->sections->len; s++)
        {
          gint64 *section_id = g_hash_table_lookup (section_ids, g_ptr_array_index (resolution->sections, s));

          if (section_id == NULL)
            continue;
          sqlite3_bind_int64 (ins_section_res, 1, *section_id);
          bind_text (ins_section_res, 2, key);
          bind_text (ins_section_res, 3, resolution->number);
          if (!step_done (w, ins_section_res, error))
            goto out;
        }
    }

  /* The subject Resolutions of the family (data/reference), for every
   * section under a mapped top-level section, when the parser runs without
   * the mapping (it adds them itself otherwise). */
  if (rpt_corpus_get_section_mapping () == NULL)
  {
    g_autoptr(GHashTable) top_headings = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < report->sections->len; i++)
      {
        RptCorpusSection *section = g_ptr_array_index (report->sections, i);

        if (section->level == 1 && section->number != NULL)
          g_hash_table_insert (top_headings, section->number, section->heading ? section->heading : (char *) "");
        else if (report->family == RPT_FAMILY_MOU_MG && section->number != NULL)
          g_hash_table_insert (top_headings, section->number, section->heading ? section->heading : (char *) "");
      }

    for (guint i = 0; i < report->sections->len; i++)
      {
        RptCorpusSection *section = g_ptr_array_index (report->sections, i);
        gint64 *section_id;
        const char * const *keys;
        const char *top;
        char buf[32];

        if (section->number == NULL || (section_id = g_hash_table_lookup (section_ids, section->number)) == NULL)
          continue;

        top = report->family == RPT_FAMILY_MOU_MG ? section->number : top_of (section->number, buf, sizeof buf);
        if (!g_hash_table_contains (top_headings, top))
          continue;

        keys = rpt_reference_section_resolutions (reference, family, top, g_hash_table_lookup (top_headings, top));
        for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
          {
            const RptReferenceResolution *known = rpt_reference_lookup_resolution (reference, keys[k]);

            if (known == NULL)
              continue;

            sqlite3_bind_int64 (ins_report_res, 1, report_id);
            bind_text (ins_report_res, 2, known->key);
            bind_text (ins_report_res, 3, known->body);
            bind_text (ins_report_res, 4, known->number);
            bind_text0 (ins_report_res, 5, NULL);
            bind_text0 (ins_report_res, 6, known->title);
            if (!step_done (w, ins_report_res, error))
              goto out;

            sqlite3_bind_int64 (ins_section_res, 1, *section_id);
            bind_text (ins_section_res, 2, known->key);
            bind_text (ins_section_res, 3, known->number);
            if (!step_done (w, ins_section_res, error))
              goto out;
          }
      }
  }

  for (guint i = 0; i < report->groups->len; i++)
    {
      RptCorpusGroup *group = g_ptr_array_index (report->groups, i);

      for (guint s = 0; group->sections != NULL && s < group->sections->len; s++)
        {
          gint64 *section_id = g_hash_table_lookup (section_ids, g_ptr_array_index (group->sections, s));

          if (section_id == NULL || group->id == NULL)
            continue;
          sqlite3_bind_int64 (ins_group, 1, *section_id);
          bind_text (ins_group, 2, group->id);
          if (!step_done (w, ins_group, error))
            goto out;
        }
    }

  for (guint i = 0; i < report->deliverables->len; i++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, i);
      gint64 *section_id = d->section ? g_hash_table_lookup (section_ids, d->section) : NULL;

      if (d->id == NULL || *d->id == '\0')
        continue;

      sqlite3_bind_int64 (ins_mention, 1, report_id);
      sqlite3_bind_int64 (ins_mention, 2, section_id ? *section_id : first_section);
      sqlite3_bind_int (ins_mention, 3, i);
      bind_text (ins_mention, 4, d->id);
      bind_text (ins_mention, 5, d->kind && *d->kind ? d->kind : "Other");
      bind_text (ins_mention, 6, d->title);
      bind_text (ins_mention, 7, d->status && *d->status ? d->status : "mentioned");
      bind_text (ins_mention, 8, d->group);
      bind_text (ins_mention, 9, d->sector);
      bind_text (ins_mention, 10, d->series);
      bind_text (ins_mention, 11, d->excerpt);
      sqlite3_bind_int64 (ins_mention, 12, d->offset == G_MAXSIZE ? -1 : (gint64) d->offset);
      if (!step_done (w, ins_mention, error))
        goto out;

      if (++done % 64 == 0)
        {
          writer_report (w, (double) done / total);
          if (!writer_check (w, error))
            goto out;
        }
    }

  for (guint i = 0; i < report->counts->len; i++)
    {
      RptCorpusCount *count = g_ptr_array_index (report->counts, i);
      g_autofree char *groups = join_ptr_array (count->groups, "\n");

      sqlite3_bind_int64 (ins_count, 1, report_id);
      sqlite3_bind_int (ins_count, 2, i);
      bind_text (ins_count, 3, count->section);
      sqlite3_bind_int (ins_count, 4, count->count);
      sqlite3_bind_int (ins_count, 5, count->at_least ? 1 : 0);
      bind_text (ins_count, 6, count->kind && *count->kind ? count->kind : "Other");
      bind_text (ins_count, 7, count->status && *count->status ? count->status : "mentioned");
      bind_text (ins_count, 8, groups);
      bind_text0 (ins_count, 9, count->period);
      bind_text (ins_count, 10, count->quote);
      sqlite3_bind_int (ins_count, 11, count_matching (report, count));
      if (!step_done (w, ins_count, error))
        goto out;
    }

  if (!exec_with_id (w, "INSERT INTO section_fts (rowid, heading, body, deliverables) "
                        "SELECT id, heading, body, deliverables FROM section_docs "
                        "WHERE id IN (SELECT id FROM sections WHERE report_id = ?)", report_id, error) ||
      !exec_with_id (w, "INSERT INTO mention_fts (rowid, deliverable_id, title, excerpt) "
                        "SELECT id, deliverable_id, title, excerpt FROM mentions WHERE report_id = ?",
                     report_id, error))
    goto out;

  writer_report (w, 1.0);
  ok = TRUE;

out:
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, section_ids);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_free (value);
  }
  sqlite3_finalize (ins_section);
  sqlite3_finalize (ins_report_res);
  sqlite3_finalize (ins_section_res);
  sqlite3_finalize (ins_group);
  sqlite3_finalize (ins_mention);
  sqlite3_finalize (ins_count);
  return ok;
}

/* Removes what insert_derived() added (the search index first: it reads
 * the rows it must forget). */
static gboolean
delete_derived (Writer  *w,
                gint64   report_id,
                GError **error)
{
  return exec_with_id (w, "INSERT INTO section_fts (section_fts, rowid, heading, body, deliverables) "
                          "SELECT 'delete', id, heading, body, deliverables FROM section_docs "
                          "WHERE id IN (SELECT id FROM sections WHERE report_id = ?)", report_id, error) &&
         exec_with_id (w, "INSERT INTO mention_fts (mention_fts, rowid, deliverable_id, title, excerpt) "
                          "SELECT 'delete', id, deliverable_id, title, excerpt FROM mentions WHERE report_id = ?",
                       report_id, error) &&
         exec_with_id (w, "DELETE FROM mentions WHERE report_id = ?", report_id, error) &&
         exec_with_id (w, "DELETE FROM stated_counts WHERE report_id = ?", report_id, error) &&
         exec_with_id (w, "DELETE FROM report_resolutions WHERE report_id = ?", report_id, error) &&
         exec_with_id (w, "DELETE FROM sections WHERE report_id = ?", report_id, error);
}

static gboolean
bind_report_metadata (sqlite3_stmt    *stmt,
                      int              first,
                      RptCorpusReport *report)
{
  g_autofree char *documents = join_ptr_array (report->council_documents, "\n");
  g_autofree char *label = _rpt_store_report_label (report->period_from, report->period_to,
                                                    report->period_text, report->file);
  g_autofree char *sort_key = _rpt_store_report_sort_key (report->period_from, report->period_to,
                                                          report->period_text);

  bind_text (stmt, first + 0, report->title);
  bind_text (stmt, first + 1, rpt_family_to_string (report->family));
  bind_text0 (stmt, first + 2, report->period_text);
  bind_text0 (stmt, first + 3, report->period_from);
  bind_text0 (stmt, first + 4, report->period_to);
  bind_text0 (stmt, first + 5, report->conference);
  bind_text (stmt, first + 6, documents);
  bind_text (stmt, first + 7, label);
  bind_text (stmt, first + 8, sort_key);
  sqlite3_bind_int (stmt, first + 9, RPT_CORPUS_PARSER_VERSION);
  return TRUE;
}

static gint64
insert_report (Writer           *w,
               const char       *text,
               gsize             length,
               const char       *hash,
               const char       *file_name,
               const char       *bundled_source,
               RptCorpusReport  *report,
               GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = prepare (w, "INSERT INTO reports (content_hash, file_name, text, size, bundled, bundled_source, imported, "
                     "title, family, period_text, period_from, period_to, conference, council_documents, label, "
                     "sort_key, parser_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;

  bind_text (stmt, 1, hash);
  bind_text (stmt, 2, file_name);
  sqlite3_bind_text (stmt, 3, text, length, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, length);
  sqlite3_bind_int (stmt, 5, bundled_source != NULL);
  bind_text0 (stmt, 6, bundled_source);
  sqlite3_bind_int64 (stmt, 7, g_get_real_time () / G_USEC_PER_SEC);
  bind_report_metadata (stmt, 8, report);

  if (!step_done (w, stmt, error))
    {
      sqlite3_finalize (stmt);
      return 0;
    }
  sqlite3_finalize (stmt);

  id = sqlite3_last_insert_rowid (w->db);
  if (!insert_derived (w, id, report, error))
    return 0;
  return id;
}

static gboolean
hash_exists (Writer      *w,
             const char  *hash,
             gboolean    *exists,
             GError     **error)
{
  sqlite3_stmt *stmt = prepare (w, "SELECT 1 FROM reports WHERE content_hash = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, hash);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _rpt_store_set_error (error, w->db, rc, w->store->path);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
writer_begin (Writer        *w,
              RptStore      *store,
              GCancellable  *cancellable,
              GError       **error)
{
  w->store = store;
  w->db = store->write_db;
  w->cancellable = cancellable;
  w->progress_span = 1.0;
  sqlite3_progress_handler (w->db, 1000, writer_progress_handler, w);

  if (!_rpt_store_exec (w->db, "BEGIN IMMEDIATE", store->path, error))
    {
      sqlite3_progress_handler (w->db, 0, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
writer_end (Writer   *w,
            gboolean  commit,
            GError  **error)
{
  gboolean ok = TRUE;

  if (commit)
    {
      /* A cancellation that arrives now is too late: the work is done. */
      sqlite3_progress_handler (w->db, 0, NULL, NULL);
      ok = _rpt_store_exec (w->db, "COMMIT", w->store->path, error);
    }

  if (!commit || !ok)
    sqlite3_exec (w->db, "ROLLBACK", NULL, NULL, NULL);

  sqlite3_progress_handler (w->db, 0, NULL, NULL);
  if (commit && ok)
    g_atomic_int_inc (&w->store->generation);
  return ok;
}

/* ------------------------------------------------------------------------
 * Re-parsing and the bundled corpus
 * ------------------------------------------------------------------------ */

static gboolean
reparse_all (RptStore      *self,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *update = NULL;
  Writer w = { 0 };
  gboolean ok = FALSE;
  int rc;

  if (!writer_begin (&w, self, cancellable, error))
    return FALSE;

  if ((stmt = prepare (&w, "SELECT id FROM reports ORDER BY id", error)) == NULL)
    goto out;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc != SQLITE_DONE)
    {
      _rpt_store_set_error (error, w.db, rc, self->path);
      goto out;
    }

  if ((stmt = prepare (&w, "SELECT text, file_name FROM reports WHERE id = ?", error)) == NULL ||
      (update = prepare (&w, "UPDATE reports SET title = ?, family = ?, period_text = ?, period_from = ?, "
                             "period_to = ?, conference = ?, council_documents = ?, label = ?, "
                             "sort_key = ?, parser_version = ? WHERE id = ?", error)) == NULL)
    goto out;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(RptCorpusReport) report = NULL;
      g_autoptr(GError) parse_error = NULL;

      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          continue;
        }

      report = rpt_corpus_parse_text ((const char *) sqlite3_column_text (stmt, 0),
                                      sqlite3_column_bytes (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1), &parse_error);
      sqlite3_reset (stmt);

      if (!delete_derived (&w, id, error))
        goto out;

      /* A text the new parser rejects keeps its place in the library (it
       * was the user's choice to import it), with nothing extracted. */
      if (report == NULL)
        {
          g_warning ("Could not parse a stored report again: %s", parse_error->message);
          continue;
        }

      bind_report_metadata (update, 1, report);
      sqlite3_bind_int64 (update, 11, id);
      if (!step_done (&w, update, error) ||
          !insert_derived (&w, id, report, error) ||
          !writer_check (&w, error))
        goto out;
    }

  {
    sqlite3_stmt *meta = prepare (&w, "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint', ?)", error);

    if (meta == NULL)
      goto out;
    bind_text (meta, 1, self->fingerprint);
    ok = step_done (&w, meta, error);
    sqlite3_finalize (meta);
  }

out:
  sqlite3_finalize (stmt);
  sqlite3_finalize (update);
  return writer_end (&w, ok, ok ? error : NULL) && ok;
}

static char *
get_meta (RptStore   *self,
          const char *key)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (self->write_db, "SELECT value FROM meta WHERE key = ?", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

typedef struct
{
  char *name;
  char *text;
  char *hash;
} BundledFile;

static void
bundled_file_free (gpointer data)
{
  BundledFile *file = data;

  g_free (file->name);
  g_free (file->text);
  g_free (file->hash);
  g_free (file);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 ((*(BundledFile **) a)->name, (*(BundledFile **) b)->name);
}

/* Imports the bundled reports that are missing and replaces the ones whose
 * file changed; the user's imports are never touched. */
static gboolean
sync_bundled (RptStore      *self,
              const char    *corpus_dir,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (bundled_file_free);
  g_autoptr(GHashTable) by_hash = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = NULL;
  sqlite3_stmt *stmt = NULL;
  Writer w = { 0 };
  gboolean changed = FALSE;
  gboolean ok = FALSE;
  const char *name;
  int rc;

  if (corpus_dir == NULL || (dir = g_dir_open (corpus_dir, 0, NULL)) == NULL)
    {
      g_debug ("No bundled reports in %s", corpus_dir ? corpus_dir : "(none)");
      return TRUE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;
      BundledFile *bundled;
      char *text;

      if (!g_str_has_suffix (name, ".txt"))
        continue;

      path = g_build_filename (corpus_dir, name, NULL);
      file = g_file_new_for_path (path);
      text = rpt_import_read_file (file, cancellable, &local_error);
      if (text == NULL)
        {
          g_warning ("Bundled report skipped: %s", local_error->message);
          continue;
        }

      bundled = g_new0 (BundledFile, 1);
      bundled->name = g_strdup (name);
      bundled->text = text;
      bundled->hash = rpt_import_content_hash (text, strlen (text));
      g_ptr_array_add (files, bundled);
      g_hash_table_insert (by_hash, bundled->hash, bundled);
    }
  g_ptr_array_sort (files, compare_names);

  if (!writer_begin (&w, self, cancellable, error))
    return FALSE;

  /* Bundled reports whose file is gone or changed. */
  {
    g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (gint64));

    if ((stmt = prepare (&w, "SELECT id, content_hash FROM reports WHERE bundled = 1", error)) == NULL)
      goto out;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      if (!g_hash_table_contains (by_hash, sqlite3_column_text (stmt, 1)))
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (stale, id);
        }
    sqlite3_finalize (stmt);
    stmt = NULL;
    if (rc != SQLITE_DONE)
      {
        _rpt_store_set_error (error, w.db, rc, self->path);
        goto out;
      }

    for (guint i = 0; i < stale->len; i++)
      {
        gint64 id = g_array_index (stale, gint64, i);

        if (!delete_derived (&w, id, error) ||
            !exec_with_id (&w, "DELETE FROM reports WHERE id = ?", id, error))
          goto out;
        changed = TRUE;
      }
  }

  for (guint i = 0; i < files->len; i++)
    {
      BundledFile *bundled = g_ptr_array_index (files, i);
      g_autoptr(RptCorpusReport) report = NULL;
      g_autoptr(GError) parse_error = NULL;
      gboolean exists = FALSE;

      if (!hash_exists (&w, bundled->hash, &exists, error))
        goto out;
      if (exists)
        continue;

      report = rpt_corpus_parse_text (bundled->text, strlen (bundled->text), bundled->name, &parse_error);
      if (report == NULL)
        {
          g_warning ("Bundled report skipped: %s", parse_error->message);
          continue;
        }

      w.file_name = bundled->name;
      if (insert_report (&w, bundled->text, strlen (bundled->text), bundled->hash, bundled->name,
                         bundled->name, report, error) == 0)
        goto out;
      changed = TRUE;
    }

  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  if (!ok)
    {
      writer_end (&w, FALSE, NULL);
      return FALSE;
    }
  if (!changed)
    return writer_end (&w, FALSE, NULL), TRUE;
  return writer_end (&w, TRUE, error);
}

/* ------------------------------------------------------------------------
 * Opening
 * ------------------------------------------------------------------------ */

/* The parser reads the subject Resolutions of each section from the same
 * reference data (it is part of the fingerprint). */
static void
load_mapping (RptReference *reference)
{
  static GMutex lock;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  RptCorpusMapping *mapping;

  if (rpt_corpus_get_section_mapping () != NULL)
    return;

  path = g_build_filename (rpt_reference_get_dir (reference), "section-resolutions.json", NULL);
  mapping = rpt_corpus_mapping_load (path, &error);
  if (mapping == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  rpt_corpus_set_section_mapping (mapping);
}

static void
store_free (RptStore *self)
{
  if (self->statements != NULL)
    g_hash_table_unref (self->statements);
  if (self->read_db != NULL)
    sqlite3_close (self->read_db);
  if (self->write_db != NULL)
    sqlite3_close (self->write_db);
  g_mutex_clear (&self->read_lock);
  g_mutex_clear (&self->write_lock);
  g_clear_pointer (&self->reference, rpt_reference_unref);
  g_free (self->fingerprint);
  g_free (self->path);
  g_free (self);
}

static gboolean
ensure_folder (const char  *path,
               GError     **error)
{
  g_autofree char *folder = folder_of (path);

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_READ_ONLY,
                   _("Could not create the folder “%s” for the library: %s"), folder, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_writer (RptStore  *self,
             GError   **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d", RPT_STORE_APPLICATION_ID);

  self->write_db = open_connection (self->path, TRUE, error);
  if (self->write_db == NULL)
    return FALSE;

  return _rpt_store_exec (self->write_db, pragma, self->path, error) &&
         _rpt_store_migrate (self->write_db, RPT_STORE_SCHEMA_VERSION, self->path, error);
}

/**
 * rpt_store_open:
 * @path: the database file
 * @corpus_dir: (nullable): the folder of the bundled reports
 * @reference: the reference data
 * @cancellable: (nullable): a cancellable
 * @notice: (out) (optional) (nullable): set to a message for the user when
 *   the library had to be rebuilt
 * @moved_aside: (out) (optional) (nullable): where the old file went
 * @error: return location for an error
 *
 * Returns: (transfer full): the store, or %NULL with @error
 */
RptStore *
rpt_store_open (const char    *path,
                const char    *corpus_dir,
                RptReference  *reference,
                GCancellable  *cancellable,
                char         **notice,
                char         **moved_aside,
                GError       **error)
{
  RptStore *self;
  g_autofree char *aside = NULL;
  g_autofree char *stored_fingerprint = NULL;
  CheckResult check = CHECK_OK;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  if (notice)
    *notice = NULL;
  if (moved_aside)
    *moved_aside = NULL;

  if (!ensure_folder (path, error))
    return NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                       _("Could not open the library “%s”: it is a folder"), path);
          return NULL;
        }
      if (!check_file (path, &check, error))
        return NULL;
      if (check != CHECK_OK)
        {
          aside = move_aside (path, error);
          if (aside == NULL)
            return NULL;
          g_message ("Library %s was %s; moved to %s", path,
                     check == CHECK_FOREIGN ? "not a Rapporteur library" : "damaged", aside);
        }
    }

  self = g_new0 (RptStore, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->read_lock);
  g_mutex_init (&self->write_lock);
  self->path = g_strdup (path);
  self->reference = rpt_reference_ref (reference);
  self->fingerprint = _rpt_store_fingerprint (reference);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);

  if (!open_writer (self, error))
    goto fail;

  load_mapping (reference);

  stored_fingerprint = get_meta (self, "fingerprint");
  if (g_strcmp0 (stored_fingerprint, self->fingerprint) != 0)
    {
      if (!reparse_all (self, cancellable, error))
        goto fail;
    }

  if (!sync_bundled (self, corpus_dir, cancellable, error))
    goto fail;

  self->read_db = open_connection (self->path, FALSE, error);
  if (self->read_db == NULL)
    goto fail;

  if (aside != NULL)
    {
      if (notice)
        *notice = g_strdup_printf (check == CHECK_FOREIGN
                                   ? _("The file “%s” was not a Rapporteur library. It was kept as “%s” and a new library was made with the bundled reports; import your own reports again.")
                                   : _("The library “%s” was damaged. It was kept as “%s” and a new library was made with the bundled reports; import your own reports again."),
                                   path, aside);
      if (moved_aside)
        *moved_aside = g_steal_pointer (&aside);
    }

  return self;

fail:
  store_free (self);
  return NULL;
}

RptStore *
rpt_store_ref (RptStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_store_unref (RptStore *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    store_free (self);
}

const char *
rpt_store_get_path (RptStore *self)
{
  return self->path;
}

RptReference *
rpt_store_get_reference (RptStore *self)
{
  return self->reference;
}

/**
 * rpt_store_get_generation:
 * @self: a store
 *
 * Returns: a number that changes with every committed change
 */
guint64
rpt_store_get_generation (RptStore *self)
{
  return (guint64) g_atomic_int_get (&self->generation);
}

/* ------------------------------------------------------------------------
 * Import and removal
 * ------------------------------------------------------------------------ */

typedef struct
{
  char *name;
  char *text;
  gsize length;
  char *hash;
  gboolean known;
  RptCorpusReport *report;
  GError *error;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_free (pending->name);
  g_free (pending->text);
  g_free (pending->hash);
  g_clear_pointer (&pending->report, rpt_corpus_report_free);
  g_clear_error (&pending->error);
  g_free (pending);
}

/* Whether a text is already in the library (then it need not be parsed). */
static gboolean
stored_hash (RptStore   *self,
             const char *hash)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->read_lock);
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (self->read_db == NULL ||
      sqlite3_prepare_v2 (self->read_db, "SELECT 1 FROM reports WHERE content_hash = ?", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

static void
parse_one (gpointer data,
           gpointer user_data)
{
  Pending *p = data;
  GCancellable *cancellable = user_data;

  if (g_cancellable_is_cancelled (cancellable))
    return;
  p->report = rpt_corpus_parse_text (p->text, p->length, p->name, &p->error);
}

/* The parser is thread-safe once its mapping is set: one report per
 * processor. */
static gboolean
parse_all (GPtrArray         *pending,
           GCancellable      *cancellable,
           RptStoreProgress   progress,
           gpointer           progress_data,
           GError           **error)
{
  g_autoptr(GCancellable) local = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  GThreadPool *pool;
  guint n_threads = CLAMP (g_get_num_processors (), 1, 8);

  if (progress)
    progress (0.1, _("Reading the reports"), progress_data);

  pool = g_thread_pool_new (parse_one, local, MIN (n_threads, MAX (pending->len, 1)), FALSE, NULL);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);

      if (!p->known)
        g_thread_pool_push (pool, p, NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  if (g_cancellable_set_error_if_cancelled (local, error))
    return FALSE;

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);

      if (!p->known && p->report == NULL)
        {
          g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                       _("Could not import “%s”: %s"), p->name,
                       p->error ? p->error->message : _("it could not be read as a report"));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * rpt_store_import_files:
 * @self: a store
 * @files: (array length=n_files): the files
 * @n_files: how many
 * @cancellable: (nullable): a cancellable
 * @progress: (nullable): progress callback, called on this thread
 * @progress_data: its data
 * @n_added: (out) (optional): reports added
 * @n_skipped: (out) (optional): reports already there
 * @error: return location for an error
 *
 * Reads and parses every file first, then writes them all in one
 * transaction.  On any error or cancellation nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_store_import_files (RptStore          *self,
                        GFile            **files,
                        guint              n_files,
                        GCancellable      *cancellable,
                        RptStoreProgress   progress,
                        gpointer           progress_data,
                        guint             *n_added,
                        guint             *n_skipped,
                        GError           **error)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (pending_free);
  guint added = 0, skipped = 0;
  guint64 total_bytes = 0, done_bytes = 0;
  gint64 t_start = g_get_monotonic_time (), t_read = 0, t_parsed = 0;
  Writer w = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (n_added)
    *n_added = 0;
  if (n_skipped)
    *n_skipped = 0;

  /* 1. Read, then parse in parallel, outside the transaction (the slow
   * part).  Texts already in the library are not parsed. */
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *base = g_file_get_basename (files[i]);
      Pending *p;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (progress)
        {
          g_autofree char *display = g_filename_display_name (base);
          g_autofree char *message = g_strdup_printf (_("Reading “%s”"), display);

          progress (0.1 * i / MAX (n_files, 1), message, progress_data);
        }

      p = g_new0 (Pending, 1);
      g_ptr_array_add (pending, p);
      p->name = g_filename_display_name (base);
      p->text = rpt_import_read_file (files[i], cancellable, error);
      if (p->text == NULL)
        return FALSE;
      p->length = strlen (p->text);
      p->hash = rpt_import_content_hash (p->text, p->length);
      p->known = stored_hash (self, p->hash);
      total_bytes += p->length;
    }

  t_read = g_get_monotonic_time ();
  if (!parse_all (pending, cancellable, progress, progress_data, error))
    return FALSE;
  t_parsed = g_get_monotonic_time ();

  /* 2. Write, all or nothing. */
  g_mutex_lock (&self->write_lock);

  if (!writer_begin (&w, self, cancellable, error))
    {
      g_mutex_unlock (&self->write_lock);
      return FALSE;
    }
  w.progress = progress;
  w.progress_data = progress_data;

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);
      gboolean exists = FALSE;

      if (!writer_check (&w, error) || !hash_exists (&w, p->hash, &exists, error))
        goto out;

      w.file_name = p->name;
      w.progress_from = 0.4 + 0.6 * done_bytes / MAX (total_bytes, 1);
      w.progress_span = 0.6 * p->length / MAX (total_bytes, 1);
      done_bytes += p->length;

      if (exists)
        {
          skipped++;
          continue;
        }
      /* Known when read, removed since: parse it now. */
      if (p->report == NULL &&
          (p->report = rpt_corpus_parse_text (p->text, p->length, p->name, error)) == NULL)
        goto out;

      writer_report (&w, 0.0);
      if (insert_report (&w, p->text, p->length, p->hash, p->name, NULL, p->report, error) == 0)
        goto out;
      added++;
    }

  ok = TRUE;

out:
  ok = writer_end (&w, ok, ok ? error : NULL) && ok;
  g_mutex_unlock (&self->write_lock);

  g_debug ("Import of %u files, %" G_GUINT64_FORMAT " bytes: read %.2f s, parsed %.2f s, written %.2f s",
           n_files, total_bytes, (t_read - t_start) / 1e6, (t_parsed - t_read) / 1e6,
           (g_get_monotonic_time () - t_parsed) / 1e6);

  if (ok)
    {
      if (n_added)
        *n_added = added;
      if (n_skipped)
        *n_skipped = skipped;
      if (progress)
        progress (1.0, _("Import finished"), progress_data);
    }
  return ok;
}

/**
 * rpt_store_remove_report:
 * @self: a store
 * @report_id: the report
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_store_remove_report (RptStore  *self,
                         gint64     report_id,
                         GError   **error)
{
  Writer w = { 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->write_lock);
  if (!writer_begin (&w, self, NULL, error))
    {
      g_mutex_unlock (&self->write_lock);
      return FALSE;
    }
  ok = delete_derived (&w, report_id, error) &&
       exec_with_id (&w, "DELETE FROM reports WHERE id = ?", report_id, error);
  ok = writer_end (&w, ok, ok ? error : NULL) && ok;
  g_mutex_unlock (&self->write_lock);

  return ok;
}
