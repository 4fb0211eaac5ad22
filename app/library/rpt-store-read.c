/* rpt-store-read.c
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

/* Reads.  Every list is one statement (plus, for the aggregated lists, one
 * or two more for the counts), never one per row.  The SQL text is put
 * together from fixed fragments chosen by which filters are set; every
 * value the user gave is bound as a parameter. */

#define REPORT_ORDER "r.sort_key, r.id"
#define REPORT_ORD_CTE \
  "WITH ro AS MATERIALIZED (SELECT r.id AS id, row_number () OVER (ORDER BY " REPORT_ORDER ") AS ord FROM reports r) "
/* How many matching sections a search ranks (see rpt_store_search). */
#define SEARCH_WINDOW 500
/* How many hits get their snippet with the search (a screenful). */
#define SEARCH_EAGER_SNIPPETS 12

#define APPROVAL_STATUSES "('approved', 'consented', 'determined', 'agreed', 'under-approval')"

/* ------------------------------------------------------------------------
 * Statements
 * ------------------------------------------------------------------------ */

typedef struct
{
  gboolean is_int;
  gint64 i;
  char *s;
} Param;

typedef struct
{
  GString *sql;
  GArray *params;
} Sql;

static void
param_clear (gpointer data)
{
  g_free (((Param *) data)->s);
}

static void
sql_init (Sql        *q,
          const char *start)
{
  q->sql = g_string_new (start);
  q->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (q->params, param_clear);
}

static void
sql_clear (Sql *q)
{
  g_string_free (q->sql, TRUE);
  g_array_unref (q->params);
}

static void
sql_add (Sql        *q,
         const char *fragment)
{
  g_string_append (q->sql, fragment);
}

static void
sql_text (Sql        *q,
          const char *fragment,
          const char *value)
{
  Param p = { FALSE, 0, g_strdup (value) };

  g_string_append (q->sql, fragment);
  g_array_append_val (q->params, p);
}

static void
sql_int (Sql        *q,
         const char *fragment,
         gint64      value)
{
  Param p = { TRUE, value, NULL };

  g_string_append (q->sql, fragment);
  g_array_append_val (q->params, p);
}

/* Only the extra parameter, for fragments that use a value twice. */
static void
sql_param_text (Sql        *q,
                const char *value)
{
  Param p = { FALSE, 0, g_strdup (value) };

  g_array_append_val (q->params, p);
}

/* (transfer none): a cached statement with the parameters bound; the
 * caller holds the read lock and resets it after use. */
static sqlite3_stmt *
sql_prepare (RptStore  *self,
             Sql       *q,
             GError   **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, q->sql->str);
  int rc;

  if (stmt == NULL)
    {
      rc = sqlite3_prepare_v3 (self->read_db, q->sql->str, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          g_debug ("Failed SQL: %s", q->sql->str);
          _rpt_store_set_error (error, self->read_db, rc, self->path);
          return NULL;
        }
      g_hash_table_insert (self->statements, g_strdup (q->sql->str), stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  for (guint i = 0; i < q->params->len; i++)
    {
      Param *p = &g_array_index (q->params, Param, i);

      if (p->is_int)
        sqlite3_bind_int64 (stmt, i + 1, p->i);
      else if (p->s == NULL)
        sqlite3_bind_null (stmt, i + 1);
      else
        sqlite3_bind_text (stmt, i + 1, p->s, -1, SQLITE_TRANSIENT);
    }

  return stmt;
}

static gboolean
step_error (RptStore     *self,
            sqlite3_stmt *stmt,
            int           rc,
            GError      **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  return _rpt_store_set_error (error, self->read_db, rc, self->path);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static const char *
column_intern (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_intern_string (text ? text : "");
}

static char **
column_lines (sqlite3_stmt *stmt,
              int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, "\n", -1);
}

/* ------------------------------------------------------------------------
 * The user's search text → an FTS5 query
 * ------------------------------------------------------------------------ */

static gboolean
is_edge_punct (gunichar c)
{
  return c != '*' && (g_unichar_ispunct (c) || g_unichar_isspace (c)) && c != '.' && c != '-' && c != '_';
}

/* Each word becomes a quoted FTS5 string (so "Y.3129" is the phrase "y
 * 3129" and no character of the text is FTS syntax); "quoted text" stays a
 * phrase; a trailing * asks for a prefix; an upper-case OR between two
 * terms is kept.  Returns %NULL with a BAD_INPUT error when nothing is left
 * to search for. */
char *
_rpt_store_fts_query (const char   *text,
                      char       ***terms_out,
                      GError      **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GStrvBuilder) terms = g_strv_builder_new ();
  gboolean pending_or = FALSE;
  guint n_terms = 0;
  const char *p = text ? text : "";

  while (*p != '\0')
    {
      g_autofree char *term = NULL;
      gboolean prefix = FALSE;
      gboolean phrase = FALSE;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      if (*p == '"' || g_str_has_prefix (p, "“"))
        {
          const char *start = *p == '"' ? p + 1 : p + strlen ("“");
          const char *end = start;

          while (*end != '\0' && *end != '"' && !g_str_has_prefix (end, "”"))
            end = g_utf8_next_char (end);
          term = g_strndup (start, end - start);
          p = *end == '\0' ? end : (*end == '"' ? end + 1 : end + strlen ("”"));
          phrase = TRUE;
        }
      else
        {
          const char *start = p;
          const char *end;

          while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          end = p;

          /* Trim punctuation at both ends ("(Y.3129)," → "Y.3129"). */
          while (start < end && is_edge_punct (g_utf8_get_char (start)))
            start = g_utf8_next_char (start);
          while (end > start)
            {
              const char *last = g_utf8_prev_char (end);
              gunichar c = g_utf8_get_char (last);

              if (c == '*')
                {
                  prefix = TRUE;
                  end = last;
                }
              else if (is_edge_punct (c) || c == '.')
                end = last;
              else
                break;
            }
          term = g_strndup (start, end - start);

          if (g_str_equal (term, "OR") && !prefix)
            {
              if (n_terms > 0)
                pending_or = TRUE;
              continue;
            }
        }

      g_strstrip (term);
      if (*term == '\0')
        continue;

      /* A term needs at least one letter or digit to be searchable. */
      {
        gboolean searchable = FALSE;

        for (const char *c = term; *c != '\0'; c = g_utf8_next_char (c))
          if (g_unichar_isalnum (g_utf8_get_char (c)))
            searchable = TRUE;
        if (!searchable)
          continue;
      }

      if (n_terms > 0)
        g_string_append (out, pending_or ? " OR " : " ");
      pending_or = FALSE;

      g_string_append_c (out, '"');
      for (const char *c = term; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *c);
        }
      g_string_append_c (out, '"');
      if (prefix && !phrase)
        g_string_append_c (out, '*');

      g_strv_builder_add (terms, term);
      n_terms++;
    }

  if (n_terms == 0)
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                   _("“%s” has no word to search for"), text ? text : "");
      return NULL;
    }

  if (terms_out)
    *terms_out = g_strv_builder_end (terms);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ------------------------------------------------------------------------
 * Filters
 * ------------------------------------------------------------------------ */

static gboolean
is_plain_id (const char *text)
{
  if (text == NULL || *text < '1' || *text > '9')
    return FALSE;
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

/* The reports RptQuery:report names, as a JSON array of ids for json_each. */
static char *
resolve_reports (RptStore    *self,
                 const char  *value,
                 GError     **error)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autofree char *folded = g_utf8_casefold (value, -1);
  Sql q;
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  if (is_plain_id (value))
    {
      g_string_append_printf (json, "%s]", value);
      return g_string_free (g_steal_pointer (&json), FALSE);
    }

  sql_init (&q, "SELECT id, file_name, title FROM reports");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *file_name = (const char *) sqlite3_column_text (stmt, 1);
      const char *title = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *title_folded = g_utf8_casefold (title ? title : "", -1);
      const char *dot = strrchr (file_name, '.');
      const char *underscore = strchr (file_name, '_');
      gsize len = strlen (value);
      gboolean match;

      match = g_str_equal (file_name, value) ||
              (dot != NULL && (gsize) (dot - file_name) == len && strncmp (file_name, value, len) == 0) ||
              (underscore != NULL && (gsize) (underscore - file_name) == len && strncmp (file_name, value, len) == 0) ||
              g_str_equal (title_folded, folded);
      if (match)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n++ ? "," : "", (gint64) sqlite3_column_int64 (stmt, 0));
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static char *
ids_json (const char * const *ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_c (json, '"');
      for (const char *c = ids[i]; *c != '\0'; c++)
        {
          if (*c == '"' || *c == '\\')
            g_string_append_c (json, '\\');
          if ((guchar) *c >= 0x20)
            g_string_append_c (json, *c);
        }
      g_string_append_c (json, '"');
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* "PP 101" (any case) matches the key; "101" matches the number. */
static void
add_resolution_match (Sql        *q,
                      const char *alias,
                      const char *value)
{
  g_autofree char *fragment = NULL;

  if (strchr (value, ' ') != NULL)
    fragment = g_strdup_printf ("%s.key = ? COLLATE NOCASE", alias);
  else
    fragment = g_strdup_printf ("%s.number = ? COLLATE NOCASE", alias);
  sql_text (q, fragment, value);
}

static gboolean
has_mention_filters (RptQuery *query)
{
  return query != NULL &&
         (rpt_query_get_group (query) || rpt_query_get_status (query) || rpt_query_get_kind (query) ||
          rpt_query_get_series (query) || rpt_query_get_sector (query) || rpt_query_get_resolution (query) ||
          rpt_query_get_text (query) || rpt_query_get_ids (query) || rpt_query_get_approvals_only (query) ||
          rpt_query_get_report (query));
}

/* Appends " AND ..." conditions on the mentions table `m` (and the
 * sections table `s` for a section scope). */
static gboolean
add_mention_filters (RptStore            *self,
                     Sql                 *q,
                     RptQuery            *query,
                     const RptStoreScope *scope,
                     GError             **error)
{
  if (scope != NULL)
    {
      if (scope->report_id > 0)
        sql_int (q, " AND m.report_id = ?", scope->report_id);
      if (scope->report_id > 0 && scope->section != NULL)
        sql_text (q, " AND m.section_id IN (SELECT id FROM sections WHERE report_id = m.report_id AND number = ?)",
                  scope->section);
      if (scope->deliverable_id != NULL)
        sql_text (q, " AND m.deliverable_id = ? COLLATE NOCASE", scope->deliverable_id);
      if (scope->resolution != NULL)
        {
          sql_add (q, " AND m.section_id IN (SELECT section_id FROM section_resolutions sr WHERE ");
          add_resolution_match (q, "sr", scope->resolution);
          sql_add (q, ")");
        }
    }

  if (query == NULL)
    return TRUE;

  if (rpt_query_get_group (query))
    sql_text (q, " AND m.group_id = ?", rpt_query_get_group (query));
  if (rpt_query_get_status (query))
    sql_text (q, " AND m.status = ?", rpt_query_get_status (query));
  if (rpt_query_get_approvals_only (query))
    sql_add (q, " AND m.status IN " APPROVAL_STATUSES);
  if (rpt_query_get_kind (query))
    sql_text (q, " AND m.kind = ? COLLATE NOCASE", rpt_query_get_kind (query));
  if (rpt_query_get_series (query))
    sql_text (q, " AND m.series = ?", rpt_query_get_series (query));
  if (rpt_query_get_sector (query))
    sql_text (q, " AND m.sector = ?", rpt_query_get_sector (query));
  if (rpt_query_get_report (query))
    {
      g_autofree char *json = resolve_reports (self, rpt_query_get_report (query), error);

      if (json == NULL)
        return FALSE;
      sql_text (q, " AND m.report_id IN (SELECT value FROM json_each (?))", json);
    }
  if (rpt_query_get_resolution (query))
    {
      sql_add (q, " AND m.section_id IN (SELECT section_id FROM section_resolutions sr WHERE ");
      add_resolution_match (q, "sr", rpt_query_get_resolution (query));
      sql_add (q, ")");
    }
  if (rpt_query_get_ids (query))
    {
      g_autofree char *json = ids_json (rpt_query_get_ids (query));

      sql_text (q, " AND m.deliverable_id COLLATE NOCASE IN (SELECT value FROM json_each (?))", json);
    }
  if (rpt_query_get_text (query))
    {
      g_autofree char *fts = _rpt_store_fts_query (rpt_query_get_text (query), NULL, error);

      if (fts == NULL)
        return FALSE;
      sql_text (q, " AND m.id IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?)", fts);
    }

  return TRUE;
}

/* ------------------------------------------------------------------------
 * Lists
 * ------------------------------------------------------------------------ */

#define LOCKED_READ(self) g_autoptr(GMutexLocker) G_GNUC_UNUSED locker = g_mutex_locker_new (&(self)->read_lock)

GPtrArray *
rpt_store_list_reports (RptStore  *self,
                        RptQuery  *query,
                        GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_report_free);
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT r.id, r.file_name, r.title, r.label, r.family, r.period_text, r.period_from, r.period_to,"
                " r.conference, r.council_documents, r.bundled, r.imported, r.content_hash, r.size,"
                " (SELECT count (*) FROM sections s WHERE s.report_id = r.id),"
                " (SELECT count (*) FROM mentions m WHERE m.report_id = r.id),"
                " (SELECT count (DISTINCT m.deliverable_id) FROM mentions m WHERE m.report_id = r.id),"
                " (SELECT count (*) FROM stated_counts c WHERE c.report_id = r.id)"
                " FROM reports r WHERE 1");

  if (query != NULL && rpt_query_get_report (query) != NULL)
    {
      g_autofree char *json = resolve_reports (self, rpt_query_get_report (query), error);

      if (json == NULL)
        {
          sql_clear (&q);
          return NULL;
        }
      sql_text (&q, " AND r.id IN (SELECT value FROM json_each (?))", json);
    }

  if (has_mention_filters (query))
    {
      g_autoptr(RptQuery) rest = rpt_query_copy (query);

      /* Reports named by the query are listed even without mentions. */
      rpt_query_set_report (rest, NULL);
      if (has_mention_filters (rest))
        {
          sql_add (&q, " AND r.id IN (SELECT m.report_id FROM mentions m WHERE 1");
          if (!add_mention_filters (self, &q, rest, NULL, error))
            {
              sql_clear (&q);
              return NULL;
            }
          sql_add (&q, ")");
        }
    }

  sql_add (&q, " ORDER BY " REPORT_ORDER);
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreReport *row = g_new0 (RptStoreReport, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->file_name = column_dup (stmt, 1);
      row->title = column_dup (stmt, 2);
      row->label = column_dup (stmt, 3);
      row->family = column_dup (stmt, 4);
      row->period_text = column_dup (stmt, 5);
      row->period_from = column_dup (stmt, 6);
      row->period_to = column_dup (stmt, 7);
      row->conference = column_dup (stmt, 8);
      row->council_documents = column_lines (stmt, 9);
      row->bundled = sqlite3_column_int (stmt, 10) != 0;
      row->imported = sqlite3_column_int64 (stmt, 11);
      row->content_hash = column_dup (stmt, 12);
      row->size = sqlite3_column_int64 (stmt, 13);
      row->n_sections = sqlite3_column_int (stmt, 14);
      row->n_mentions = sqlite3_column_int (stmt, 15);
      row->n_deliverables = sqlite3_column_int (stmt, 16);
      row->n_stated_counts = sqlite3_column_int (stmt, 17);
      g_ptr_array_add (rows, row);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

GPtrArray *
rpt_store_list_sections (RptStore            *self,
                         const RptStoreScope *scope,
                         GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_section_free);
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT s.id, s.report_id, s.number, s.heading, s.text, s.level, s.parent,"
                " (SELECT group_concat (sr.key, char (10)) FROM section_resolutions sr WHERE sr.section_id = s.id),"
                " (SELECT count (*) FROM mentions m WHERE m.section_id = s.id)"
                " FROM sections s JOIN reports r ON r.id = s.report_id WHERE 1");
  if (scope != NULL && scope->report_id > 0)
    sql_int (&q, " AND s.report_id = ?", scope->report_id);
  if (scope != NULL && scope->section != NULL)
    sql_text (&q, " AND s.number = ?", scope->section);
  if (scope != NULL && scope->resolution != NULL)
    {
      sql_add (&q, " AND s.id IN (SELECT section_id FROM section_resolutions sr WHERE ");
      add_resolution_match (&q, "sr", scope->resolution);
      sql_add (&q, ")");
    }
  sql_add (&q, " ORDER BY " REPORT_ORDER ", s.position");

  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreSection *row = g_new0 (RptStoreSection, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->report_id = sqlite3_column_int64 (stmt, 1);
      row->number = column_dup (stmt, 2);
      row->heading = column_dup (stmt, 3);
      row->text = column_dup (stmt, 4);
      row->level = sqlite3_column_int (stmt, 5);
      row->parent = column_dup (stmt, 6);
      row->resolutions = column_lines (stmt, 7);
      row->n_mentions = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (rows, row);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

GPtrArray *
rpt_store_list_mentions (RptStore            *self,
                         RptQuery            *query,
                         const RptStoreScope *scope,
                         GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_mention_free);
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT m.id, m.deliverable_id, m.kind, m.title, m.status, m.group_id, m.sector, m.series,"
                " m.report_id, s.number, s.heading, m.excerpt, m.byte_offset"
                " FROM mentions m JOIN sections s ON s.id = m.section_id JOIN reports r ON r.id = m.report_id"
                " WHERE 1");
  if (!add_mention_filters (self, &q, query, scope, error))
    {
      sql_clear (&q);
      return NULL;
    }
  sql_add (&q, " ORDER BY " REPORT_ORDER ", m.position");

  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreMention *row = g_new0 (RptStoreMention, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->deliverable_id = column_dup (stmt, 1);
      row->kind = column_intern (stmt, 2);
      row->title = column_dup (stmt, 3);
      row->status = column_intern (stmt, 4);
      row->group = column_intern (stmt, 5);
      row->sector = column_intern (stmt, 6);
      row->series = column_intern (stmt, 7);
      row->report_id = sqlite3_column_int64 (stmt, 8);
      row->section = column_intern (stmt, 9);
      row->section_heading = column_dup (stmt, 10);
      row->excerpt = column_dup (stmt, 11);
      row->offset = sqlite3_column_int64 (stmt, 12);
      g_ptr_array_add (rows, row);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* Each report's rank in period order (id → rank), for "latest" and
 * "first".  Caller holds the read lock. */
static GHashTable *
report_ranks (RptStore  *self,
              GError   **error)
{
  g_autoptr(GHashTable) ranks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  guint rank = 0;
  Sql q;
  int rc;

  sql_init (&q, "SELECT r.id FROM reports r ORDER BY " REPORT_ORDER);
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (ranks, id, GUINT_TO_POINTER (++rank));
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ranks);
}

/* One deliverable per id (any case): the mentions are streamed in id order
 * and folded here, which is much cheaper than string aggregates in SQL. */
GPtrArray *
rpt_store_list_deliverables (RptStore  *self,
                             RptQuery  *query,
                             GError   **error)
{
  return rpt_store_list_deliverables_first (self, query, NULL, 0, error);
}

/**
 * rpt_store_list_deliverables_first:
 * @after: (nullable): list only the deliverables after this id (any case)
 * @limit: how many deliverables at most, 0 for all of them
 *
 * The first @limit deliverables of rpt_store_list_deliverables() after
 * @after, in the same order: the mentions are read in id order from @after
 * (an index seek) and reading stops after @limit, so a page costs a page,
 * not the whole library.  Pages read one after the other (each @after the
 * last id of the one before) make the whole list.
 */
GPtrArray *
rpt_store_list_deliverables_first (RptStore    *self,
                                   RptQuery    *query,
                                   const char  *after,
                                   guint        limit,
                                   GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_deliverable_free);
  g_autoptr(GHashTable) ranks = NULL;
  g_autoptr(GArray) seen_reports = g_array_new (FALSE, FALSE, sizeof (gint64));
  RptStoreDeliverable *current = NULL;
  guint64 latest_key = 0, first_key = 0, title_key = 0;
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  ranks = report_ranks (self, error);
  if (ranks == NULL)
    return NULL;

  sql_init (&q, "SELECT m.deliverable_id, m.kind, m.series, m.sector, m.group_id, m.status, m.report_id,"
                " m.title, m.position FROM mentions m WHERE 1");
  if (!add_mention_filters (self, &q, query, NULL, error))
    {
      sql_clear (&q);
      return NULL;
    }
  if (after != NULL)
    sql_text (&q, " AND m.deliverable_id COLLATE NOCASE > ?", after);
  sql_add (&q, " ORDER BY m.deliverable_id COLLATE NOCASE");

  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      gint64 report_id = sqlite3_column_int64 (stmt, 6);
      const char *title = (const char *) sqlite3_column_text (stmt, 7);
      guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, &report_id));
      guint64 key = ((guint64) rank << 32) | (guint32) sqlite3_column_int (stmt, 8);
      gboolean seen = FALSE;

      if (current == NULL || g_ascii_strcasecmp (current->id, id) != 0)
        {
          if (limit > 0 && rows->len == limit)
            {
              rc = SQLITE_DONE;
              sqlite3_reset (stmt);
              break;
            }
          current = g_new0 (RptStoreDeliverable, 1);
          current->id = g_strdup (id);
          current->title = g_strdup ("");
          g_ptr_array_add (rows, current);
          g_array_set_size (seen_reports, 0);
          latest_key = 0;
          title_key = 0;
          first_key = G_MAXUINT64;
        }

      current->n_mentions++;
      for (guint i = 0; i < seen_reports->len && !seen; i++)
        seen = g_array_index (seen_reports, gint64, i) == report_id;
      if (!seen)
        {
          g_array_append_val (seen_reports, report_id);
          current->n_reports++;
        }

      if (key >= latest_key)
        {
          latest_key = key;
          current->kind = column_intern (stmt, 1);
          current->series = column_intern (stmt, 2);
          current->sector = column_intern (stmt, 3);
          current->group = column_intern (stmt, 4);
          current->status = column_intern (stmt, 5);
          current->last_report = report_id;
        }
      if (key < first_key)
        {
          first_key = key;
          current->first_report = report_id;
        }
      if (title != NULL && *title != '\0' && key >= title_key)
        {
          title_key = key;
          g_free (current->title);
          current->title = g_strdup (title);
        }
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

static int
compare_natural (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  g_autofree char *kx = g_utf8_collate_key_for_filename (x, -1);
  g_autofree char *ky = g_utf8_collate_key_for_filename (y, -1);

  return strcmp (kx, ky);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const RptStoreGroup *x = *(RptStoreGroup * const *) a;
  const RptStoreGroup *y = *(RptStoreGroup * const *) b;

  return compare_natural (&x->id, &y->id, NULL);
}

/* Group rows: see rpt-group.h for the counts. */
GPtrArray *
rpt_store_list_groups (RptStore            *self,
                       RptQuery            *query,
                       const RptStoreScope *scope,
                       GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_group_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean filtered = has_mention_filters (query);
  gint64 report_id = scope ? scope->report_id : 0;
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  /* Where groups are named. */
  if (!filtered)
    {
      sql_init (&q, "SELECT sg.group_id, count (DISTINCT s.id), count (DISTINCT s.report_id)"
                    " FROM section_groups sg JOIN sections s ON s.id = sg.section_id WHERE 1");
      if (report_id > 0)
        sql_int (&q, " AND s.report_id = ?", report_id);
      sql_add (&q, " GROUP BY sg.group_id");
      stmt = sql_prepare (self, &q, error);
      sql_clear (&q);
      if (stmt == NULL)
        return NULL;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          RptStoreGroup *row = g_new0 (RptStoreGroup, 1);

          row->id = column_dup (stmt, 0);
          row->n_sections = sqlite3_column_int (stmt, 1);
          row->n_reports = sqlite3_column_int (stmt, 2);
          g_ptr_array_add (rows, row);
          g_hash_table_insert (by_id, row->id, row);
        }
      if (!step_error (self, stmt, rc, error))
        return NULL;
    }

  /* What they are responsible for. */
  sql_init (&q, "SELECT m.group_id, count (*), count (DISTINCT m.deliverable_id), count (DISTINCT m.report_id)"
                " FROM mentions m WHERE m.group_id <> ''");
  if (!add_mention_filters (self, &q, query, scope, error))
    {
      sql_clear (&q);
      return NULL;
    }
  sql_add (&q, " GROUP BY m.group_id");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      RptStoreGroup *row = g_hash_table_lookup (by_id, id);

      if (row == NULL)
        {
          row = g_new0 (RptStoreGroup, 1);
          row->id = g_strdup (id);
          g_ptr_array_add (rows, row);
          g_hash_table_insert (by_id, row->id, row);
        }
      row->n_mentions = sqlite3_column_int (stmt, 1);
      row->n_deliverables = sqlite3_column_int (stmt, 2);
      row->n_reports = MAX (row->n_reports, (guint) sqlite3_column_int (stmt, 3));
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  g_ptr_array_sort (rows, compare_groups);
  return g_steal_pointer (&rows);
}

static int
body_rank (const char *body)
{
  static const char *order[] = { "PP", "Council", "WTSA", "WTDC", "ITU-R", "MoU/MG", "Other" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (body, order[i]) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

static int
compare_resolutions (gconstpointer a,
                     gconstpointer b)
{
  const RptStoreResolution *x = *(RptStoreResolution * const *) a;
  const RptStoreResolution *y = *(RptStoreResolution * const *) b;
  int diff = body_rank (x->body) - body_rank (y->body);
  g_autofree char *kx = NULL;
  g_autofree char *ky = NULL;

  if (diff != 0)
    return diff;
  kx = g_utf8_collate_key_for_filename (x->key, -1);
  ky = g_utf8_collate_key_for_filename (y->key, -1);
  return strcmp (kx, ky);
}

GPtrArray *
rpt_store_list_resolutions (RptStore            *self,
                            RptQuery            *query,
                            const RptStoreScope *scope,
                            GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_resolution_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) revisions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_strv_builder_unref);
  gboolean filtered = has_mention_filters (query);
  gint64 report_id = scope ? scope->report_id : 0;
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, REPORT_ORD_CTE
                "SELECT rr.key, rr.body, rr.number, max (rr.title), count (DISTINCT rr.report_id),"
                " max (printf ('%08d', ro.ord) || coalesce (rr.revision, ''))"
                " FROM report_resolutions rr JOIN ro ON ro.id = rr.report_id WHERE 1");
  if (report_id > 0)
    sql_int (&q, " AND rr.report_id = ?", report_id);
  sql_add (&q, " GROUP BY rr.key");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreResolution *row = g_new0 (RptStoreResolution, 1);
      const char *latest = (const char *) sqlite3_column_text (stmt, 5);

      row->key = column_dup (stmt, 0);
      row->body = column_dup (stmt, 1);
      row->number = column_dup (stmt, 2);
      row->title = column_dup (stmt, 3);
      row->n_reports = sqlite3_column_int (stmt, 4);
      row->revision = latest && strlen (latest) > 8 ? g_strdup (latest + 8) : NULL;
      g_ptr_array_add (rows, row);
      g_hash_table_insert (by_key, row->key, row);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  sql_init (&q, "SELECT DISTINCT rr.key, rr.revision FROM report_resolutions rr WHERE rr.revision IS NOT NULL");
  if (report_id > 0)
    sql_int (&q, " AND rr.report_id = ?", report_id);
  sql_add (&q, " ORDER BY rr.key, rr.revision");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreResolution *row = g_hash_table_lookup (by_key, sqlite3_column_text (stmt, 0));
      GStrvBuilder *builder;

      if (row == NULL)
        continue;
      builder = g_hash_table_lookup (revisions, row->key);
      if (builder == NULL)
        g_hash_table_insert (revisions, row->key, builder = g_strv_builder_new ());
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 1));
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  if (report_id > 0)
    {
      sql_init (&q, "SELECT sr.key, count (*) FROM section_resolutions sr JOIN sections s ON s.id = sr.section_id WHERE 1");
      sql_int (&q, " AND s.report_id = ?", report_id);
    }
  else
    sql_init (&q, "SELECT sr.key, count (*) FROM section_resolutions sr WHERE 1");
  sql_add (&q, " GROUP BY sr.key");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreResolution *row = g_hash_table_lookup (by_key, sqlite3_column_text (stmt, 0));

      if (row != NULL)
        row->n_sections = sqlite3_column_int (stmt, 1);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  /* Mentions per section first (an index scan), then per Resolution. */
  sql_init (&q, "SELECT sr.key, sum (c.n) FROM (SELECT m.section_id AS section_id, count (*) AS n FROM mentions m"
                " WHERE 1");
  if (!add_mention_filters (self, &q, query, scope, error))
    {
      sql_clear (&q);
      return NULL;
    }
  sql_add (&q, " GROUP BY m.section_id) c JOIN section_resolutions sr ON sr.section_id = c.section_id"
               " GROUP BY sr.key");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreResolution *row = g_hash_table_lookup (by_key, sqlite3_column_text (stmt, 0));

      if (row != NULL)
        row->n_mentions = sqlite3_column_int (stmt, 1);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      RptStoreResolution *row = g_ptr_array_index (rows, i);
      GStrvBuilder *builder = g_hash_table_lookup (revisions, row->key);

      row->revisions = builder ? g_strv_builder_end (builder) : g_new0 (char *, 1);
    }

  /* A query keeps the Resolutions under which something matched (a
   * resolution filter keeps that one Resolution). */
  if (filtered)
    for (guint i = rows->len; i > 0; i--)
      {
        RptStoreResolution *row = g_ptr_array_index (rows, i - 1);

        if (row->n_mentions == 0)
          g_ptr_array_remove_index (rows, i - 1);
      }
  if (query != NULL && rpt_query_get_resolution (query) != NULL)
    {
      const char *wanted = rpt_query_get_resolution (query);

      for (guint i = rows->len; i > 0; i--)
        {
          RptStoreResolution *row = g_ptr_array_index (rows, i - 1);

          if (g_ascii_strcasecmp (row->key, wanted) != 0 && g_ascii_strcasecmp (row->number, wanted) != 0)
            g_ptr_array_remove_index (rows, i - 1);
        }
    }

  g_ptr_array_sort (rows, compare_resolutions);
  return g_steal_pointer (&rows);
}

GPtrArray *
rpt_store_list_counts (RptStore            *self,
                       RptQuery            *query,
                       const RptStoreScope *scope,
                       GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_count_free);
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT c.id, c.report_id, c.section, c.count, c.at_least, c.kind, c.status, c.groups,"
                " c.period, c.quote, c.counted"
                " FROM stated_counts c JOIN reports r ON r.id = c.report_id WHERE 1");
  if (scope != NULL && scope->report_id > 0)
    sql_int (&q, " AND c.report_id = ?", scope->report_id);
  if (query != NULL)
    {
      if (rpt_query_get_report (query))
        {
          g_autofree char *json = resolve_reports (self, rpt_query_get_report (query), error);

          if (json == NULL)
            {
              sql_clear (&q);
              return NULL;
            }
          sql_text (&q, " AND c.report_id IN (SELECT value FROM json_each (?))", json);
        }
      if (rpt_query_get_group (query))
        sql_text (&q, " AND instr (char (10) || c.groups || char (10), char (10) || ? || char (10)) > 0",
                  rpt_query_get_group (query));
      if (rpt_query_get_kind (query))
        sql_text (&q, " AND c.kind = ? COLLATE NOCASE", rpt_query_get_kind (query));
      if (rpt_query_get_status (query))
        sql_text (&q, " AND c.status = ?", rpt_query_get_status (query));
      if (rpt_query_get_approvals_only (query))
        sql_add (&q, " AND c.status IN " APPROVAL_STATUSES);
      if (rpt_query_get_resolution (query))
        {
          sql_add (&q, " AND EXISTS (SELECT 1 FROM sections s JOIN section_resolutions sr ON sr.section_id = s.id"
                       " WHERE s.report_id = c.report_id AND s.number = c.section AND ");
          add_resolution_match (&q, "sr", rpt_query_get_resolution (query));
          sql_add (&q, ")");
        }
    }
  sql_add (&q, " ORDER BY " REPORT_ORDER ", c.position");

  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RptStoreCount *row = g_new0 (RptStoreCount, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->report_id = sqlite3_column_int64 (stmt, 1);
      row->section = column_dup (stmt, 2);
      row->count = sqlite3_column_int (stmt, 3);
      row->at_least = sqlite3_column_int (stmt, 4) != 0;
      row->kind = column_intern (stmt, 5);
      row->status = column_intern (stmt, 6);
      row->groups = column_lines (stmt, 7);
      row->period = column_dup (stmt, 8);
      row->quote = column_dup (stmt, 9);
      row->counted = sqlite3_column_int (stmt, 10);
      g_ptr_array_add (rows, row);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* ------------------------------------------------------------------------
 * Search
 * ------------------------------------------------------------------------ */

/* FTS5 marks matches with \1 … \2; turn that into Pango markup. */
static void
snippet_to_markup (const char  *snippet,
                   char       **markup,
                   char       **plain)
{
  g_autoptr(GString) m = g_string_new (NULL);
  g_autoptr(GString) p = g_string_new (NULL);
  const char *start = snippet ? snippet : "";

  for (const char *c = start;; c++)
    {
      if (*c == '\001' || *c == '\002' || *c == '\0')
        {
          g_autofree char *escaped = g_markup_escape_text (start, c - start);

          g_string_append (m, escaped);
          g_string_append_len (p, start, c - start);
          if (*c == '\0')
            break;
          g_string_append (m, *c == '\001' ? "<b>" : "</b>");
          start = c + 1;
        }
    }

  *markup = g_string_free (g_steal_pointer (&m), FALSE);
  *plain = g_string_free (g_steal_pointer (&p), FALSE);
}

/**
 * rpt_store_hit_load_snippet:
 * @row: a hit of rpt_store_search()
 *
 * Fills @row->snippet and @row->snippet_text (once): the best window of
 * the section's text around the matched terms, as FTS5's snippet() makes
 * it.  Costs a tokenization of the section (0.05 to 1 ms), hence done only
 * for the hits that are shown.  When the section is gone (the library
 * changed since the search), both are empty.
 */
void
rpt_store_hit_load_snippet (RptStoreHit *row)
{
  static GMutex lock;
  g_autoptr(GMutexLocker) hit_locker = NULL;
  const char *snippet = NULL;
  sqlite3_stmt *stmt;
  Sql q;

  g_return_if_fail (row != NULL);

  if (g_atomic_pointer_get (&row->snippet_text) != NULL)
    return;
  hit_locker = g_mutex_locker_new (&lock);
  if (row->snippet_text != NULL)
    return;
  if (row->store == NULL || row->fts == NULL)
    {
      row->snippet = g_strdup ("");
      g_atomic_pointer_set (&row->snippet_text, g_strdup (""));
      return;
    }

  {
    RptStore *self = row->store;
    g_autoptr(GError) error = NULL;
    char *markup = NULL, *plain = NULL;
    LOCKED_READ (self);

    sql_init (&q, "SELECT snippet (section_fts, -1, char (1), char (2), '…', 24)"
                  " FROM section_fts WHERE section_fts MATCH ? AND rowid = ?");
    sql_param_text (&q, row->fts);
    sql_int (&q, "", row->section_id);
    stmt = sql_prepare (self, &q, &error);
    sql_clear (&q);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      snippet = (const char *) sqlite3_column_text (stmt, 0);
    else if (error != NULL)
      g_debug ("Snippet of section %" G_GINT64_FORMAT ": %s", row->section_id, error->message);
    snippet_to_markup (snippet, &markup, &plain);
    if (stmt != NULL)
      sqlite3_reset (stmt);
    row->snippet = markup;
    g_atomic_pointer_set (&row->snippet_text, plain);
  }
}

GPtrArray *
rpt_store_search (RptStore    *self,
                  const char  *text,
                  guint        limit,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_hit_free);
  g_autoptr(GHashTable) by_section = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) section_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) ids_by_section = g_hash_table_new_full (NULL, NULL, NULL,
                                                                (GDestroyNotify) g_strv_builder_unref);
  g_autoptr(GString) json = g_string_new ("[");
  g_auto(GStrv) terms = NULL;
  g_autofree char *fts = NULL;
  sqlite3_stmt *stmt;
  Sql q;
  int rc;

  fts = _rpt_store_fts_query (text, &terms, error);
  if (fts == NULL)
    return NULL;

  {
    LOCKED_READ (self);

    /* Ranking costs a few microseconds per matching section: in a large
     * library a common word matches tens of thousands.  Rank among the
     * SEARCH_WINDOW most recently added matching sections (the ids grow with
     * each import), which keeps a search within a frame. */
    {
      gint64 lowest = 0;

      sql_init (&q, "SELECT rowid FROM section_fts WHERE section_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?");
      sql_param_text (&q, fts);
      sql_int (&q, "", SEARCH_WINDOW - 1);
      stmt = sql_prepare (self, &q, error);
      sql_clear (&q);
      if (stmt == NULL)
        return NULL;
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          lowest = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
      if (!step_error (self, stmt, rc, error))
        return NULL;

      /* Ranking only: snippets are made when a hit is shown
       * (rpt_store_hit_load_snippet). */
      sql_init (&q, "SELECT rowid, rank"
                    " FROM section_fts WHERE section_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?");
      sql_param_text (&q, fts);
      sql_int (&q, "", lowest);
      sql_int (&q, "", limit);
      stmt = sql_prepare (self, &q, error);
      sql_clear (&q);
      if (stmt == NULL)
        return NULL;
    }

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        RptStoreHit *row = g_new0 (RptStoreHit, 1);
        gint64 id = sqlite3_column_int64 (stmt, 0);

        row->score = -sqlite3_column_double (stmt, 1);
        row->terms = g_strdupv (terms);
        row->store = rpt_store_ref (self);
        row->section_id = id;
        row->fts = g_strdup (fts);
        g_ptr_array_add (rows, row);
        g_array_append_val (section_ids, id);
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, section_ids->len > 1 ? "," : "", id);
      }
    if (!step_error (self, stmt, rc, error))
      return NULL;
    g_string_append_c (json, ']');

    for (guint i = 0; i < rows->len; i++)
      g_hash_table_insert (by_section, &g_array_index (section_ids, gint64, i), g_ptr_array_index (rows, i));

    /* Where each hit is. */
    sql_init (&q, "SELECT s.id, s.report_id, s.number, s.heading FROM sections s"
                  " WHERE s.id IN (SELECT value FROM json_each (?))");
    sql_param_text (&q, json->str);
    stmt = sql_prepare (self, &q, error);
    sql_clear (&q);
    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        RptStoreHit *row = g_hash_table_lookup (by_section, &id);

        if (row == NULL)
          continue;
        row->report_id = sqlite3_column_int64 (stmt, 1);
        row->section = column_dup (stmt, 2);
        row->section_heading = column_dup (stmt, 3);
      }
    if (!step_error (self, stmt, rc, error))
      return NULL;

    /* Which of their deliverables matched by id or title: checked here on
     * the few mentions of the hits (a second full-text query over every
     * mention costs more than the search). */
    sql_init (&q, "SELECT m.section_id, m.deliverable_id, m.title FROM mentions m"
                  " WHERE m.section_id IN (SELECT value FROM json_each (?))"
                  " ORDER BY m.section_id, m.position");
    sql_param_text (&q, json->str);
    stmt = sql_prepare (self, &q, error);
    sql_clear (&q);
    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        RptStoreHit *row = g_hash_table_lookup (by_section, &id);
        g_autofree char *haystack = NULL;
        GStrvBuilder *builder;
        gboolean match = FALSE;

        if (row == NULL)
          continue;
        haystack = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);
        {
          g_autofree char *title = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 2), -1);
          char *joined = g_strconcat (haystack, " ", title, NULL);

          g_free (haystack);
          haystack = joined;
        }
        for (guint t = 0; terms[t] != NULL && !match; t++)
          {
            g_autofree char *needle = g_utf8_casefold (terms[t], -1);

            match = *needle != '\0' && strstr (haystack, needle) != NULL;
          }
        if (!match)
          continue;

        builder = g_hash_table_lookup (ids_by_section, row);
        if (builder == NULL)
          g_hash_table_insert (ids_by_section, row, builder = g_strv_builder_new ());
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 1));
      }
    if (!step_error (self, stmt, rc, error))
      return NULL;
  }

  for (guint i = 0; i < rows->len; i++)
    {
      RptStoreHit *row = g_ptr_array_index (rows, i);
      GStrvBuilder *builder = g_hash_table_lookup (ids_by_section, row);

      row->deliverable_ids = builder ? g_strv_builder_end (builder) : g_new0 (char *, 1);
      if (row->section == NULL)
        row->section = g_strdup ("");
    }

  /* The first screenful's snippets now, in the caller's (worker) thread;
   * the others when they are scrolled to. */
  for (guint i = 0; i < MIN (rows->len, SEARCH_EAGER_SNIPPETS); i++)
    rpt_store_hit_load_snippet (g_ptr_array_index (rows, i));

  return g_steal_pointer (&rows);
}

/* ------------------------------------------------------------------------
 * Aggregates
 * ------------------------------------------------------------------------ */

static const char *
dimension_sql (RptDimension dimension)
{
  switch (dimension)
    {
    case RPT_DIMENSION_GROUP: return "m.group_id";
    case RPT_DIMENSION_STATUS: return "m.status";
    case RPT_DIMENSION_KIND: return "m.kind";
    case RPT_DIMENSION_SERIES: return "m.series";
    case RPT_DIMENSION_REPORT: return "CAST (m.report_id AS TEXT)";
    case RPT_DIMENSION_RESOLUTION: return "sr.key";
    case RPT_DIMENSION_SECTOR: return "m.sector";
    case RPT_DIMENSION_NONE:
    default:
      return "''";
    }
}

static int
vocabulary_rank (RptDimension  dimension,
                 const char   *key)
{
  static const char *statuses[] = { "approved", "consented", "determined", "agreed", "under-approval", "draft",
                                    "new-work", "in-progress", "published", "mentioned" };
  static const char *kinds[] = { "Recommendation", "Supplement", "Technical Report", "Technical Paper",
                                 "Amendment", "Corrigendum", "Implementers Guide", "Handbook",
                                 "Resolution-ITU-R", "Report-ITU-R", "Other" };
  const char **words = dimension == RPT_DIMENSION_STATUS ? statuses : kinds;
  guint n = dimension == RPT_DIMENSION_STATUS ? G_N_ELEMENTS (statuses) : G_N_ELEMENTS (kinds);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (words[i], key) == 0)
      return i;
  return n;
}

typedef struct
{
  RptDimension dimension;
  GHashTable *report_rank;      /* report id text → rank */
} AxisOrder;

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  AxisOrder *order = user_data;
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;

  switch (order->dimension)
    {
    case RPT_DIMENSION_STATUS:
    case RPT_DIMENSION_KIND:
      {
        int diff = vocabulary_rank (order->dimension, x) - vocabulary_rank (order->dimension, y);

        if (diff != 0)
          return diff;
        return g_strcmp0 (x, y);
      }
    case RPT_DIMENSION_REPORT:
      return GPOINTER_TO_INT (g_hash_table_lookup (order->report_rank, x)) -
             GPOINTER_TO_INT (g_hash_table_lookup (order->report_rank, y));
    case RPT_DIMENSION_RESOLUTION:
      {
        const char *sx = strchr (x, ' ');
        const char *sy = strchr (y, ' ');
        g_autofree char *bx = sx ? g_strndup (x, sx - x) : g_strdup (x);
        g_autofree char *by = sy ? g_strndup (y, sy - y) : g_strdup (y);
        int diff = body_rank (bx) - body_rank (by);

        if (diff != 0)
          return diff;
      }
      G_GNUC_FALLTHROUGH;
    case RPT_DIMENSION_GROUP:
    case RPT_DIMENSION_SERIES:
    case RPT_DIMENSION_SECTOR:
    case RPT_DIMENSION_NONE:
    default:
      /* Empty ("no group stated") last. */
      if ((*x == '\0') != (*y == '\0'))
        return *x == '\0' ? 1 : -1;
      return compare_natural (a, b, NULL);
    }
}

RptCountTable *
rpt_store_count_mentions (RptStore       *self,
                          RptQuery       *query,
                          RptDimension    rows,
                          RptDimension    columns,
                          RptCountFlags   flags,
                          GError        **error)
{
  g_autoptr(GPtrArray) row_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) column_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen_rows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_columns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) report_rank = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean by_resolution = rows == RPT_DIMENSION_RESOLUTION || columns == RPT_DIMENSION_RESOLUTION;
  RptCountTable *table;
  AxisOrder order;
  sqlite3_stmt *stmt;
  g_autofree char *select = NULL;
  Sql q;
  int rc;

  g_return_val_if_fail (rows != RPT_DIMENSION_NONE, NULL);

  {
    LOCKED_READ (self);

    select = g_strdup_printf ("SELECT %s, %s, %s FROM mentions m%s WHERE 1",
                              dimension_sql (rows), dimension_sql (columns),
                              (flags & RPT_COUNT_DISTINCT) ? "count (DISTINCT m.report_id || ':' || m.deliverable_id)"
                                                           : "count (*)",
                              by_resolution ? " JOIN section_resolutions sr ON sr.section_id = m.section_id" : "");
    sql_init (&q, select);
    if (!add_mention_filters (self, &q, query, NULL, error))
      {
        sql_clear (&q);
        return NULL;
      }
    if (by_resolution && query != NULL && rpt_query_get_resolution (query) != NULL)
      {
        sql_add (&q, " AND ");
        add_resolution_match (&q, "sr", rpt_query_get_resolution (query));
      }
    sql_add (&q, " GROUP BY 1, 2");
    stmt = sql_prepare (self, &q, error);
    sql_clear (&q);
    if (stmt == NULL)
      return NULL;

    /* (row key, column key, count) triples, kept in order of arrival. */
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *r = (const char *) sqlite3_column_text (stmt, 0);
        const char *c = (const char *) sqlite3_column_text (stmt, 1);
        guint count = sqlite3_column_int (stmt, 2);

        r = r ? r : "";
        c = c ? c : "";
        g_ptr_array_add (row_keys, g_strdup (r));
        g_ptr_array_add (column_keys, g_strdup (c));
        g_array_append_val (cells, count);
      }
    if (!step_error (self, stmt, rc, error))
      return NULL;

    if (rows == RPT_DIMENSION_REPORT || columns == RPT_DIMENSION_REPORT)
      {
        guint rank = 0;

        sql_init (&q, "SELECT CAST (r.id AS TEXT) FROM reports r ORDER BY " REPORT_ORDER);
        stmt = sql_prepare (self, &q, error);
        sql_clear (&q);
        if (stmt == NULL)
          return NULL;
        while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
          g_hash_table_insert (report_rank, column_dup (stmt, 0), GUINT_TO_POINTER (++rank));
        if (!step_error (self, stmt, rc, error))
          return NULL;
      }
  }

  /* Axes in display order, then the counts. */
  table = rpt_count_table_new (rows, columns);
  order.report_rank = report_rank;
  {
    g_autoptr(GPtrArray) unique_rows = g_ptr_array_new ();
    g_autoptr(GPtrArray) unique_columns = g_ptr_array_new ();

    for (guint i = 0; i < cells->len; i++)
      {
        if (g_hash_table_add (seen_rows, g_ptr_array_index (row_keys, i)))
          g_ptr_array_add (unique_rows, g_ptr_array_index (row_keys, i));
        if (g_hash_table_add (seen_columns, g_ptr_array_index (column_keys, i)))
          g_ptr_array_add (unique_columns, g_ptr_array_index (column_keys, i));
      }

    order.dimension = rows;
    g_ptr_array_sort_with_data (unique_rows, compare_keys, &order);
    for (guint i = 0; i < unique_rows->len; i++)
      rpt_count_table_add_row (table, g_ptr_array_index (unique_rows, i), NULL);

    if (columns != RPT_DIMENSION_NONE)
      {
        order.dimension = columns;
        g_ptr_array_sort_with_data (unique_columns, compare_keys, &order);
        for (guint i = 0; i < unique_columns->len; i++)
          rpt_count_table_add_column (table, g_ptr_array_index (unique_columns, i), NULL);
      }
  }

  for (guint i = 0; i < cells->len; i++)
    rpt_count_table_add (table,
                         rpt_count_table_find_row (table, g_ptr_array_index (row_keys, i)),
                         columns == RPT_DIMENSION_NONE ? 0
                           : (guint) rpt_count_table_find_column (table, g_ptr_array_index (column_keys, i)),
                         g_array_index (cells, guint, i));

  return table;
}

/* ------------------------------------------------------------------------
 * Odds and ends
 * ------------------------------------------------------------------------ */

char *
rpt_store_load_text (RptStore  *self,
                     gint64     report_id,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  char *text = NULL;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT text FROM reports WHERE id = ?");
  sql_int (&q, "", report_id);
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      text = column_dup (stmt, 0);
      sqlite3_reset (stmt);
      return text;
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_NOT_FOUND,
               _("The report is no longer in the library “%s”"), self->path);
  return NULL;
}

gboolean
rpt_store_get_totals (RptStore  *self,
                      guint     *n_reports,
                      guint     *n_deliverables,
                      guint     *n_mentions,
                      GError   **error)
{
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  sql_init (&q, "SELECT (SELECT count (*) FROM reports),"
                " (SELECT count (*) FROM (SELECT DISTINCT deliverable_id COLLATE NOCASE FROM mentions)),"
                " (SELECT count (*) FROM mentions)");
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *n_reports = sqlite3_column_int (stmt, 0);
      *n_deliverables = sqlite3_column_int (stmt, 1);
      *n_mentions = sqlite3_column_int (stmt, 2);
      sqlite3_reset (stmt);
      return TRUE;
    }
  step_error (self, stmt, rc, error);
  return FALSE;
}

/**
 * rpt_store_count_list:
 * @list: 0 reports, 1 Resolutions, 2 groups, 3 deliverables
 *
 * How many items an unfiltered list holds (rpt_store_list_reports (),
 * _resolutions (), _groups () or _deliverables () without a query), with
 * one COUNT query over an index: for the sidebar, without building the
 * list.
 */
gboolean
rpt_store_count_list (RptStore  *self,
                      guint      list,
                      guint     *n_items,
                      GError   **error)
{
  static const char *sql[] = {
    "SELECT count (*) FROM reports",
    "SELECT count (*) FROM (SELECT DISTINCT key FROM report_resolutions)",
    /* A loose index scan: one seek per group, not one row per mention. */
    "WITH RECURSIVE"
    " sg (v) AS (SELECT min (group_id) FROM section_groups"
    "   UNION ALL SELECT (SELECT min (group_id) FROM section_groups WHERE group_id > sg.v) FROM sg"
    "   WHERE sg.v IS NOT NULL),"
    " mg (v) AS (SELECT min (group_id) FROM mentions WHERE group_id > ''"
    "   UNION ALL SELECT (SELECT min (group_id) FROM mentions WHERE group_id > mg.v) FROM mg"
    "   WHERE mg.v IS NOT NULL)"
    " SELECT count (*) FROM (SELECT v FROM sg WHERE v IS NOT NULL UNION SELECT v FROM mg WHERE v IS NOT NULL)",
    "SELECT count (*) FROM (SELECT DISTINCT deliverable_id COLLATE NOCASE FROM mentions)",
  };
  sqlite3_stmt *stmt;
  Sql q;
  int rc;
  LOCKED_READ (self);

  g_return_val_if_fail (list < G_N_ELEMENTS (sql), FALSE);

  sql_init (&q, sql[list]);
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *n_items = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  step_error (self, stmt, rc, error);
  return FALSE;
}

static int
compare_value_pairs (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const char * const *x = a;
  const char * const *y = b;
  RptDimension dimension = GPOINTER_TO_INT (user_data);
  g_autofree char *kx = NULL;
  g_autofree char *ky = NULL;

  if (dimension == RPT_DIMENSION_RESOLUTION)
    {
      /* As the Resolutions list: by body (the label here), then number. */
      int diff = body_rank (x[1]) - body_rank (y[1]);

      if (diff != 0)
        return diff;
    }
  if (dimension == RPT_DIMENSION_SERIES)
    return g_utf8_collate (x[0], y[0]);
  kx = g_utf8_collate_key_for_filename (x[0], -1);
  ky = g_utf8_collate_key_for_filename (y[0], -1);
  return strcmp (kx, ky);
}

/**
 * rpt_store_list_filter_values:
 * @dimension: RPT_DIMENSION_GROUP, _REPORT, _RESOLUTION or _SERIES
 *
 * The values a list filter offers for @dimension, in the order of the
 * matching list (groups and Resolutions as their lists, reports by period,
 * series letters by g_utf8_collate ()), without building the lists and their
 * counts: keys only, read from indexes.
 *
 * Returns: (transfer full): a %NULL-terminated array of key and label
 *   pairs: keys at even positions, labels after them (a report's label or
 *   title; a Resolution's body; the key again for groups and series)
 */
char **
rpt_store_list_filter_values (RptStore      *self,
                              RptDimension   dimension,
                              GError       **error)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (char *) * 2);
  g_autoptr(GStrvBuilder) builder = NULL;
  sqlite3_stmt *stmt;
  const char *sql;
  Sql q;
  int rc;
  LOCKED_READ (self);

  switch (dimension)
    {
    /* Loose index scans: one index seek per distinct value (a few dozen),
     * not a scan of every mention. */
    case RPT_DIMENSION_GROUP:
      sql = "WITH RECURSIVE"
            " sg (v) AS (SELECT min (group_id) FROM section_groups"
            "   UNION ALL SELECT (SELECT min (group_id) FROM section_groups WHERE group_id > sg.v) FROM sg"
            "   WHERE sg.v IS NOT NULL),"
            " mg (v) AS (SELECT min (group_id) FROM mentions WHERE group_id > ''"
            "   UNION ALL SELECT (SELECT min (group_id) FROM mentions WHERE group_id > mg.v) FROM mg"
            "   WHERE mg.v IS NOT NULL)"
            " SELECT v, v FROM sg WHERE v IS NOT NULL UNION SELECT v, v FROM mg WHERE v IS NOT NULL";
      break;
    case RPT_DIMENSION_REPORT:
      sql = "SELECT r.id, CASE WHEN r.label <> '' THEN r.label ELSE r.title END FROM reports r"
            " ORDER BY " REPORT_ORDER;
      break;
    case RPT_DIMENSION_RESOLUTION:
      sql = "SELECT key, min (body) FROM report_resolutions GROUP BY key";
      break;
    case RPT_DIMENSION_SERIES:
      sql = "WITH RECURSIVE"
            " ls (v) AS (SELECT min (series) FROM mentions WHERE series > ''"
            "   UNION ALL SELECT (SELECT min (series) FROM mentions WHERE series > ls.v) FROM ls"
            "   WHERE ls.v IS NOT NULL)"
            " SELECT v, v FROM ls WHERE v IS NOT NULL";
      break;
    case RPT_DIMENSION_NONE:
    case RPT_DIMENSION_STATUS:
    case RPT_DIMENSION_KIND:
    case RPT_DIMENSION_SECTOR:
    default:
      g_return_val_if_reached (NULL);
    }

  sql_init (&q, sql);
  stmt = sql_prepare (self, &q, error);
  sql_clear (&q);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *pair[2] = { column_dup (stmt, 0), column_dup (stmt, 1) };

      if (pair[0] == NULL)
        pair[0] = g_strdup ("");
      if (pair[1] == NULL)
        pair[1] = g_strdup ("");
      g_array_append_val (pairs, pair);
    }
  if (!step_error (self, stmt, rc, error))
    {
      for (guint i = 0; i < pairs->len; i++)
        {
          char **pair = &g_array_index (pairs, char *, i * 2);

          g_free (pair[0]);
          g_free (pair[1]);
        }
      return NULL;
    }

  if (dimension != RPT_DIMENSION_REPORT)
    g_array_sort_with_data (pairs, compare_value_pairs, GINT_TO_POINTER (dimension));

  builder = g_strv_builder_new ();
  for (guint i = 0; i < pairs->len; i++)
    {
      char **pair = &g_array_index (pairs, char *, i * 2);

      g_strv_builder_add (builder, pair[0]);
      g_strv_builder_add (builder, pair[1]);
      g_free (pair[0]);
      g_free (pair[1]);
    }
  return g_strv_builder_end (builder);
}
