/* rpt-store-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rpt-store.h"

G_BEGIN_DECLS

struct _RptStore
{
  gatomicrefcount ref_count;
  char *path;
  RptReference *reference;
  char *fingerprint;            /* parser version + mapping hash */

  /* Reads: one connection, one caller at a time. */
  GMutex read_lock;
  sqlite3 *read_db;
  GHashTable *statements;       /* SQL text → sqlite3_stmt, on read_db */

  /* Writes (imports, removals): one at a time, own connection. */
  GMutex write_lock;
  sqlite3 *write_db;

  int generation;
};

/* rpt-store-schema.c */
gboolean     _rpt_store_migrate            (sqlite3       *db,
                                            int            target_version,
                                            const char    *path,
                                            GError       **error);
char        *_rpt_store_report_label       (const char    *period_from,
                                            const char    *period_to,
                                            const char    *period_text,
                                            const char    *file_name);
char        *_rpt_store_report_sort_key    (const char    *period_from,
                                            const char    *period_to,
                                            const char    *period_text);

/* For tests: an empty library at an older schema version. */
gboolean     _rpt_store_create_at_version  (const char    *path,
                                            int            version,
                                            GError       **error);

/* rpt-store.c */
gboolean     _rpt_store_set_error          (GError       **error,
                                            sqlite3       *db,
                                            int            rc,
                                            const char    *path);
gboolean     _rpt_store_exec               (sqlite3       *db,
                                            const char    *sql,
                                            const char    *path,
                                            GError       **error);
char        *_rpt_store_fingerprint        (RptReference  *reference);

/* rpt-store-read.c */
char        *_rpt_store_fts_query          (const char    *text,
                                            char        ***terms,
                                            GError       **error);

G_END_DECLS
