/* rpt-store.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The SQLite store.  All SQL of the application lives behind this header;
 * the model layer turns the plain rows below into GObjects (taking ownership
 * of each row).  Reads go through one connection guarded by a mutex; each
 * import writes through its own connection in one transaction, so readers
 * never see half an import (WAL). */

#include <gio/gio.h>

#include "rpt-count-table.h"
#include "rpt-library-error.h"
#include "rpt-query.h"
#include "rpt-reference.h"

G_BEGIN_DECLS

/* Bumped with each migration in rpt-store-schema.c. */
#define RPT_STORE_SCHEMA_VERSION 3

/* PRAGMA application_id: "Rptr". */
#define RPT_STORE_APPLICATION_ID 0x52707472

typedef struct _RptStore RptStore;

typedef void (*RptStoreProgress) (double      fraction,
                                  const char *message,
                                  gpointer    user_data);

typedef struct
{
  gint64   id;
  char    *file_name;
  char    *title;
  char    *label;
  char    *family;
  char    *period_text;
  char    *period_from;
  char    *period_to;
  char    *conference;
  char   **council_documents;
  gboolean bundled;
  gint64   imported;           /* Unix time */
  char    *content_hash;
  guint64  size;
  guint    n_sections;
  guint    n_mentions;
  guint    n_deliverables;
  guint    n_stated_counts;
} RptStoreReport;

typedef struct
{
  gint64   id;
  gint64   report_id;
  char    *number;
  char    *heading;
  char    *text;
  guint    level;
  char    *parent;
  char   **resolutions;
  guint    n_mentions;
} RptStoreSection;

typedef struct
{
  char    *key;
  char    *body;
  char    *number;
  char    *title;
  char    *revision;
  char   **revisions;
  guint    n_reports;
  guint    n_sections;
  guint    n_mentions;
} RptStoreResolution;

typedef struct
{
  char    *id;
  guint    n_reports;
  guint    n_sections;
  guint    n_deliverables;
  guint    n_mentions;
} RptStoreGroup;

typedef struct
{
  char       *id;
  const char *kind;            /* interned */
  char       *title;
  const char *series;          /* interned */
  const char *sector;          /* interned */
  const char *group;           /* interned */
  const char *status;          /* interned */
  guint       n_mentions;
  guint       n_reports;
  gint64      first_report;
  gint64      last_report;
} RptStoreDeliverable;

typedef struct
{
  gint64      id;
  char       *deliverable_id;
  const char *kind;            /* interned */
  char       *title;
  const char *status;          /* interned */
  const char *group;           /* interned */
  const char *sector;          /* interned */
  const char *series;          /* interned */
  gint64      report_id;
  const char *section;         /* interned */
  char       *section_heading;
  char       *excerpt;
  gint64      offset;
} RptStoreMention;

typedef struct
{
  gint64      id;
  gint64      report_id;
  char       *section;
  guint       count;
  gboolean    at_least;
  const char *kind;            /* interned */
  const char *status;          /* interned */
  char      **groups;
  char       *period;
  char       *quote;
  guint       counted;
} RptStoreCount;

typedef struct
{
  gint64      report_id;
  char       *section;
  char       *section_heading;
  char       *snippet;         /* Pango markup; NULL until rpt_store_hit_load_snippet() */
  char       *snippet_text;
  double      score;
  char      **terms;
  char      **deliverable_ids;
  /* For the snippet, computed on demand: most hits of a search are never
   * shown, and a snippet costs a tokenization of the whole section. */
  RptStore   *store;
  gint64      section_id;
  char       *fts;
} RptStoreHit;

/* Narrows a listing further than a query can (a report's sections, one
 * section's mentions, one deliverable's history). */
typedef struct
{
  gint64      report_id;       /* 0: any */
  const char *section;         /* with report_id */
  const char *deliverable_id;
  const char *resolution;      /* "PP 101" */
} RptStoreScope;

void                rpt_store_report_free       (RptStoreReport      *row);
void                rpt_store_section_free      (RptStoreSection     *row);
void                rpt_store_resolution_free   (RptStoreResolution  *row);
void                rpt_store_group_free        (RptStoreGroup       *row);
void                rpt_store_deliverable_free  (RptStoreDeliverable *row);
void                rpt_store_mention_free      (RptStoreMention     *row);
void                rpt_store_count_free        (RptStoreCount       *row);
void                rpt_store_hit_free          (RptStoreHit         *row);
void                rpt_store_hit_load_snippet  (RptStoreHit         *row);

/* Opens (creating, migrating, and importing or refreshing the bundled
 * reports from @corpus_dir as needed).  A damaged or foreign file is moved
 * aside and the library rebuilt; then *@notice says so in user words and
 * *@moved_aside is the new name of the old file. */
RptStore           *rpt_store_open              (const char          *path,
                                                 const char          *corpus_dir,
                                                 RptReference        *reference,
                                                 GCancellable        *cancellable,
                                                 char               **notice,
                                                 char               **moved_aside,
                                                 GError             **error);
RptStore           *rpt_store_ref               (RptStore            *self);
void                rpt_store_unref             (RptStore            *self);
const char         *rpt_store_get_path          (RptStore            *self);
RptReference       *rpt_store_get_reference     (RptStore            *self);
guint64             rpt_store_get_generation    (RptStore            *self);

/* Imports: one transaction for all @files.  Safe from any thread. */
gboolean            rpt_store_import_files      (RptStore            *self,
                                                 GFile              **files,
                                                 guint                n_files,
                                                 GCancellable        *cancellable,
                                                 RptStoreProgress     progress,
                                                 gpointer             progress_data,
                                                 guint               *n_added,
                                                 guint               *n_skipped,
                                                 GError             **error);
gboolean            rpt_store_remove_report     (RptStore            *self,
                                                 gint64               report_id,
                                                 GError             **error);

/* Reads: each returns a GPtrArray of the row type above (with its free
 * function), in the natural order of the kind, or %NULL with @error. */
GPtrArray          *rpt_store_list_reports      (RptStore            *self,
                                                 RptQuery            *query,
                                                 GError             **error);
GPtrArray          *rpt_store_list_sections     (RptStore            *self,
                                                 const RptStoreScope *scope,
                                                 GError             **error);
GPtrArray          *rpt_store_list_resolutions  (RptStore            *self,
                                                 RptQuery            *query,
                                                 const RptStoreScope *scope,
                                                 GError             **error);
GPtrArray          *rpt_store_list_groups       (RptStore            *self,
                                                 RptQuery            *query,
                                                 const RptStoreScope *scope,
                                                 GError             **error);
GPtrArray          *rpt_store_list_deliverables (RptStore            *self,
                                                 RptQuery            *query,
                                                 GError             **error);
GPtrArray          *rpt_store_list_deliverables_first (RptStore      *self,
                                                 RptQuery            *query,
                                                 const char          *after,
                                                 guint                limit,
                                                 GError             **error);
GPtrArray          *rpt_store_list_mentions     (RptStore            *self,
                                                 RptQuery            *query,
                                                 const RptStoreScope *scope,
                                                 GError             **error);
GPtrArray          *rpt_store_list_counts       (RptStore            *self,
                                                 RptQuery            *query,
                                                 const RptStoreScope *scope,
                                                 GError             **error);
GPtrArray          *rpt_store_search            (RptStore            *self,
                                                 const char          *text,
                                                 guint                limit,
                                                 GError             **error);
RptCountTable      *rpt_store_count_mentions    (RptStore            *self,
                                                 RptQuery            *query,
                                                 RptDimension         rows,
                                                 RptDimension         columns,
                                                 RptCountFlags        flags,
                                                 GError             **error);
char               *rpt_store_load_text         (RptStore            *self,
                                                 gint64               report_id,
                                                 GError             **error);
gboolean            rpt_store_count_list        (RptStore            *self,
                                                 guint                list,
                                                 guint               *n_items,
                                                 GError             **error);
char              **rpt_store_list_filter_values (RptStore           *self,
                                                 RptDimension         dimension,
                                                 GError             **error);
gboolean            rpt_store_get_totals        (RptStore            *self,
                                                 guint               *n_reports,
                                                 guint               *n_deliverables,
                                                 guint               *n_mentions,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptStore, rpt_store_unref)

G_END_DECLS
