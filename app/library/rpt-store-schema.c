/* rpt-store-schema.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-store-private.h"

/* The schema, as an ordered list of migrations.  PRAGMA user_version is the
 * number of migrations applied.  Never edit a migration that shipped: add
 * one.  Everything but the `reports` table is derived from the stored text
 * and can be rebuilt by re-parsing. */

#define TOKENIZE "tokenize='porter unicode61 remove_diacritics 2'"

/* 1: the first schema. */
static const char migration_1[] =
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"

  "CREATE TABLE reports ("
  "  id INTEGER PRIMARY KEY,"
  "  content_hash TEXT NOT NULL UNIQUE,"
  "  file_name TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  size INTEGER NOT NULL,"
  "  bundled INTEGER NOT NULL DEFAULT 0,"
  "  bundled_source TEXT,"
  "  imported INTEGER NOT NULL,"
  "  parser_version INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  family TEXT NOT NULL DEFAULT 'unknown',"
  "  period_text TEXT,"
  "  period_from TEXT,"
  "  period_to TEXT,"
  "  conference TEXT,"
  "  council_documents TEXT NOT NULL DEFAULT ''"
  ");"

  "CREATE TABLE sections ("
  "  id INTEGER PRIMARY KEY,"
  "  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  number TEXT NOT NULL,"
  "  heading TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL DEFAULT '',"
  "  level INTEGER NOT NULL DEFAULT 0,"
  "  parent TEXT"
  ");"
  "CREATE INDEX sections_report ON sections (report_id, position);"

  "CREATE TABLE report_resolutions ("
  "  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  body TEXT NOT NULL,"
  "  number TEXT NOT NULL,"
  "  revision TEXT,"
  "  title TEXT,"
  "  PRIMARY KEY (report_id, key)"
  ") WITHOUT ROWID;"

  "CREATE TABLE section_resolutions ("
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  number TEXT NOT NULL,"
  "  PRIMARY KEY (section_id, key)"
  ") WITHOUT ROWID;"
  "CREATE INDEX section_resolutions_key ON section_resolutions (key COLLATE NOCASE);"

  "CREATE TABLE section_groups ("
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  group_id TEXT NOT NULL,"
  "  PRIMARY KEY (section_id, group_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX section_groups_group ON section_groups (group_id);"

  "CREATE TABLE mentions ("
  "  id INTEGER PRIMARY KEY,"
  "  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,"
  "  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  deliverable_id TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL,"
  "  group_id TEXT NOT NULL DEFAULT '',"
  "  sector TEXT NOT NULL DEFAULT '',"
  "  series TEXT NOT NULL DEFAULT '',"
  "  excerpt TEXT NOT NULL DEFAULT '',"
  "  byte_offset INTEGER NOT NULL DEFAULT -1"
  ");"
  "CREATE INDEX mentions_report ON mentions (report_id, position);"
  "CREATE INDEX mentions_section ON mentions (section_id);"
  "CREATE INDEX mentions_deliverable ON mentions (deliverable_id COLLATE NOCASE);"
  "CREATE INDEX mentions_group ON mentions (group_id);"

  "CREATE TABLE stated_counts ("
  "  id INTEGER PRIMARY KEY,"
  "  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  section TEXT NOT NULL,"
  "  count INTEGER NOT NULL,"
  "  at_least INTEGER NOT NULL DEFAULT 0,"
  "  kind TEXT NOT NULL,"
  "  status TEXT NOT NULL,"
  "  groups TEXT NOT NULL DEFAULT '',"
  "  period TEXT,"
  "  quote TEXT NOT NULL DEFAULT '',"
  "  counted INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX stated_counts_report ON stated_counts (report_id, position);"

  /* What section search indexes: heading, text, and the ids and titles of
   * the deliverables named in it.  The FTS table keeps no copy of it. */
  "CREATE VIEW section_docs AS"
  "  SELECT s.id AS id, s.heading AS heading, s.text AS body,"
  "    coalesce ((SELECT group_concat (x, ' · ') FROM"
  "                (SELECT m.deliverable_id || ' ' || m.title AS x FROM mentions m"
  "                  WHERE m.section_id = s.id ORDER BY m.position)), '') AS deliverables"
  "  FROM sections s;"
  "CREATE VIRTUAL TABLE section_fts USING fts5 (heading, body, deliverables,"
  "  content='section_docs', content_rowid='id', " TOKENIZE ");"
  "INSERT INTO section_fts (section_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0)');";

/* 2: a short label and a chronological sort key per report, covering
 * indexes for the aggregates, and search over mentions
 * (deliverable id, title, sentence) for the lists' text filter. */
static const char migration_2[] =
  "ALTER TABLE reports ADD COLUMN label TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE reports ADD COLUMN sort_key TEXT NOT NULL DEFAULT '9999';"
  "CREATE VIRTUAL TABLE mention_fts USING fts5 (deliverable_id, title, excerpt,"
  "  content='mentions', content_rowid='id', " TOKENIZE ");"
  "INSERT INTO mention_fts (mention_fts) VALUES ('rebuild');"
  /* Covering indexes: the lists and the chart aggregates read these, not
   * the wide mention rows (excerpts), which matters at 1,000 reports. */
  "DROP INDEX mentions_deliverable;"
  "CREATE INDEX mentions_by_deliverable ON mentions (deliverable_id COLLATE NOCASE, report_id, position,"
  "  kind, series, sector, group_id, status, title);"
  "DROP INDEX mentions_report;"
  "CREATE INDEX mentions_report ON mentions (report_id, position, deliverable_id);"
  "CREATE INDEX mentions_facets ON mentions (group_id, status, kind, series, sector, report_id, section_id,"
  "  deliverable_id);";

/* 3: prefix indexes for 2-, 3- and 4-character prefixes on the section
 * search, so that `secur*` reads one index range instead of merging the
 * doclists of every term that starts with "secur" (18 ms of the 16 ms
 * budget at 1,000 reports).  Longer prefixes use the 4-character index and
 * filter.  The index is derived: it is dropped, made again with the same
 * columns and ranking, and rebuilt from section_docs.  And an index of the
 * mentions by series, for the series filter's values. */
static const char migration_3[] =
  "DROP TABLE section_fts;"
  "CREATE VIRTUAL TABLE section_fts USING fts5 (heading, body, deliverables,"
  "  content='section_docs', content_rowid='id', prefix='2 3 4', " TOKENIZE ");"
  "INSERT INTO section_fts (section_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0)');"
  "INSERT INTO section_fts (section_fts) VALUES ('rebuild');"
  /* The series letters a filter offers, read by seeking. */
  "CREATE INDEX mentions_series ON mentions (series);";

static gboolean
backfill_labels (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GPtrArray) updates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *select = NULL;
  sqlite3_stmt *update = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT id, period_from, period_to, period_text, file_name FROM reports", -1, &select, NULL);
  if (rc != SQLITE_OK)
    return _rpt_store_set_error (error, db, rc, path);

  rc = sqlite3_prepare_v2 (db, "UPDATE reports SET label = ?, sort_key = ? WHERE id = ?", -1, &update, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_finalize (select);
      return _rpt_store_set_error (error, db, rc, path);
    }

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      g_autofree char *label = _rpt_store_report_label ((const char *) sqlite3_column_text (select, 1),
                                                        (const char *) sqlite3_column_text (select, 2),
                                                        (const char *) sqlite3_column_text (select, 3),
                                                        (const char *) sqlite3_column_text (select, 4));
      g_autofree char *sort_key = _rpt_store_report_sort_key ((const char *) sqlite3_column_text (select, 1),
                                                              (const char *) sqlite3_column_text (select, 2),
                                                              (const char *) sqlite3_column_text (select, 3));

      sqlite3_bind_text (update, 1, label, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (update, 2, sort_key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (update, 3, sqlite3_column_int64 (select, 0));
      rc = sqlite3_step (update);
      sqlite3_reset (update);
      if (rc != SQLITE_DONE)
        break;
    }

  sqlite3_finalize (select);
  sqlite3_finalize (update);

  if (rc != SQLITE_DONE)
    return _rpt_store_set_error (error, db, rc, path);
  return TRUE;
}

typedef struct
{
  const char *sql;
  gboolean (*after) (sqlite3 *db, const char *path, GError **error);
} Migration;

static const Migration migrations[] = {
  { migration_1, NULL },
  { migration_2, backfill_labels },
  { migration_3, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RPT_STORE_SCHEMA_VERSION);

static int
get_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Brings @db from its version to @target_version, each migration in its own
 * transaction (a crash leaves a consistent older version). */
gboolean
_rpt_store_migrate (sqlite3     *db,
                    int          target_version,
                    const char  *path,
                    GError     **error)
{
  int version = get_user_version (db);

  if (version < 0)
    return _rpt_store_set_error (error, db, sqlite3_errcode (db), path);

  if (version > RPT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_TOO_NEW,
                   _("The library “%s” was written by a newer version of Rapporteur; update Rapporteur to open it"),
                   path);
      return FALSE;
    }

  for (; version < target_version; version++)
    {
      const Migration *migration = &migrations[version];
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!_rpt_store_exec (db, "BEGIN IMMEDIATE", path, error))
        return FALSE;

      if (!_rpt_store_exec (db, migration->sql, path, error) ||
          (migration->after != NULL && !migration->after (db, path, error)) ||
          !_rpt_store_exec (db, pragma, path, error) ||
          !_rpt_store_exec (db, "COMMIT", path, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      g_debug ("Library %s migrated to schema version %d", path, version + 1);
    }

  return TRUE;
}

/* The first year (19xx or 20xx) written in @text, or NULL. */
static char *
find_year (const char *text)
{
  for (const char *c = text; c != NULL && *c != '\0'; c++)
    if ((g_str_has_prefix (c, "19") || g_str_has_prefix (c, "20")) &&
        g_ascii_isdigit (c[2]) && g_ascii_isdigit (c[3]) && !g_ascii_isdigit (c[4]) &&
        (c == text || !g_ascii_isdigit (c[-1])))
      return g_strndup (c, 4);
  return NULL;
}

/**
 * _rpt_store_report_label:
 *
 * A short label for chart axes: "2022–2023", "since 2017", else the file
 * name without extension.
 */
char *
_rpt_store_report_label (const char *period_from,
                         const char *period_to,
                         const char *period_text,
                         const char *file_name)
{
  g_autofree char *from = period_from && strlen (period_from) >= 4 ? g_strndup (period_from, 4) : NULL;
  g_autofree char *to = period_to && strlen (period_to) >= 4 ? g_strndup (period_to, 4) : NULL;
  const char *dot;

  if (from != NULL && to != NULL)
    return g_str_equal (from, to) ? g_strdup (from) : g_strdup_printf ("%s–%s", from, to);
  if (from == NULL && to == NULL)
    from = find_year (period_text);
  if (from != NULL)
    /* Translators: a report period that runs until the report's date */
    return g_strdup_printf (_("since %s"), from);
  if (to != NULL)
    return g_strdup (to);

  if (file_name == NULL)
    return g_strdup ("");
  dot = strrchr (file_name, '.');
  return dot ? g_strndup (file_name, dot - file_name) : g_strdup (file_name);
}

/**
 * _rpt_store_report_sort_key:
 *
 * Orders reports by period: the start date, else the first year the period
 * names, else last.
 */
char *
_rpt_store_report_sort_key (const char *period_from,
                            const char *period_to,
                            const char *period_text)
{
  g_autofree char *year = NULL;

  if (period_from != NULL && *period_from != '\0')
    return g_strdup (period_from);
  if (period_to != NULL && *period_to != '\0')
    return g_strdup (period_to);
  year = find_year (period_text);
  if (year != NULL)
    return g_strdup_printf ("%s-00-00", year);
  return g_strdup ("9999");
}

/**
 * _rpt_store_create_at_version:
 * @path: a file that does not exist yet
 * @version: a schema version, 1 to RPT_STORE_SCHEMA_VERSION
 * @error: return location for an error
 *
 * Makes an empty library at an older schema, as an older Rapporteur would
 * have: for the migration tests.
 *
 * Returns: %TRUE on success
 */
gboolean
_rpt_store_create_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d", RPT_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (version >= 1 && version <= RPT_STORE_SCHEMA_VERSION, FALSE);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      ok = _rpt_store_set_error (error, db, rc, path);
      sqlite3_close (db);
      return ok;
    }

  ok = _rpt_store_exec (db, "PRAGMA journal_mode = WAL", path, error) &&
       _rpt_store_exec (db, pragma, path, error) &&
       _rpt_store_migrate (db, version, path, error);

  sqlite3_close (db);
  return ok;
}
