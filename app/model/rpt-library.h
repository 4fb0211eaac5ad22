/* rpt-library.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_LIBRARY (rpt_library_get_type ())

G_DECLARE_FINAL_TYPE (RptLibrary, rpt_library, RPT, LIBRARY, GObject)

/* The library: signals RptLibrary::changed after an import or a removal
 * (the models it owns are already updated then; RptQueryModel reloads).
 *
 * Opening.  @path %NULL means rpt_paths_get_library_file().  On first start
 * (and when the bundled reports or the parser changed) the bundled corpus is
 * imported.  A damaged or foreign file is moved aside and the library rebuilt:
 * then RptLibrary:recovered is %TRUE and RptLibrary:recovery-message tells
 * the user what happened and where the old file went. */
RptLibrary      *rpt_library_open                 (const char          *path,
                                                   GCancellable        *cancellable,
                                                   GError             **error);
void             rpt_library_open_async           (const char          *path,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
RptLibrary      *rpt_library_open_finish          (GAsyncResult        *result,
                                                   GError             **error);

const char      *rpt_library_get_path             (RptLibrary          *self);
gboolean         rpt_library_get_recovered        (RptLibrary          *self);
const char      *rpt_library_get_recovery_message (RptLibrary          *self);
const char      *rpt_library_get_moved_aside_path (RptLibrary          *self);
guint            rpt_library_get_n_reports        (RptLibrary          *self);
guint            rpt_library_get_n_deliverables   (RptLibrary          *self);
guint            rpt_library_get_n_mentions       (RptLibrary          *self);

/* Import.  All files in one transaction: all of them or nothing.  A text
 * already in the library (same content hash) is skipped, not duplicated.
 * Errors name the file and say why. */
gboolean         rpt_library_import_files         (RptLibrary          *self,
                                                   GFile              **files,
                                                   guint                n_files,
                                                   GCancellable        *cancellable,
                                                   RptProgressFunc      progress,
                                                   gpointer             progress_data,
                                                   guint               *n_added,
                                                   guint               *n_skipped,
                                                   GError             **error);
void             rpt_library_import_files_async   (RptLibrary          *self,
                                                   GFile              **files,
                                                   guint                n_files,
                                                   GCancellable        *cancellable,
                                                   RptProgressFunc      progress,
                                                   gpointer             progress_data,
                                                   GDestroyNotify       progress_data_free,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean         rpt_library_import_files_finish  (RptLibrary          *self,
                                                   GAsyncResult        *result,
                                                   guint               *n_added,
                                                   guint               *n_skipped,
                                                   GError             **error);
gboolean         rpt_library_remove_report        (RptLibrary          *self,
                                                   RptReport           *report,
                                                   GError             **error);

/* The whole library.  These models are owned by @self, stay valid as long as
 * it lives and are updated in place (items-changed) after an import. */
GListModel      *rpt_library_get_reports          (RptLibrary          *self);
GListModel      *rpt_library_get_resolutions      (RptLibrary          *self);
GListModel      *rpt_library_get_groups           (RptLibrary          *self);
GListModel      *rpt_library_get_deliverables     (RptLibrary          *self);
char           **rpt_library_list_filter_values   (RptLibrary          *self,
                                                   RptDimension         dimension);
void             rpt_library_defer_lists          (RptLibrary          *self);
void             rpt_library_load_deferred_lists  (RptLibrary          *self);
void             rpt_library_drop_deferred_lists  (RptLibrary          *self);

/* A snapshot for a query (%NULL: everything), loaded in one go.  For a list
 * that follows a changing query, use RptQueryModel. */
GListModel      *rpt_library_list                 (RptLibrary          *self,
                                                   RptListKind          kind,
                                                   RptQuery            *query,
                                                   GError             **error);

/* Look-ups for links between pages; %NULL when there is none. */
RptReport       *rpt_library_lookup_report        (RptLibrary          *self,
                                                   gint64               report_id);
RptReport       *rpt_library_find_report          (RptLibrary          *self,
                                                   const char          *file_name_or_title);
RptDeliverable  *rpt_library_lookup_deliverable   (RptLibrary          *self,
                                                   const char          *id);
RptGroup        *rpt_library_lookup_group         (RptLibrary          *self,
                                                   const char          *id);
RptResolution   *rpt_library_lookup_resolution    (RptLibrary          *self,
                                                   const char          *key);

/* Reference data (data/reference/ (JSON files)), also for groups and series that
 * no report names.  %NULL when unknown. */
const char      *rpt_library_get_group_name       (RptLibrary          *self,
                                                   const char          *group_id);
const char      *rpt_library_get_series_title     (RptLibrary          *self,
                                                   const char          *sector,
                                                   const char          *letter);
const char      *rpt_library_get_resolution_title (RptLibrary          *self,
                                                   const char          *key);

/* Full-text search over section text, deliverable ids and titles: a list of
 * RptSearchHit, best first (BM25; in a large library, among the 1,000 most
 * recently imported matching sections, so that a search stays within a
 * frame).  @text is what the user typed (words, "a phrase", a deliverable id
 * such as Y.3129, word* for a prefix, OR); it never reaches SQL as SQL. */
GListModel      *rpt_library_search               (RptLibrary          *self,
                                                   const char          *text,
                                                   guint                limit,
                                                   GError             **error);
void             rpt_library_search_async         (RptLibrary          *self,
                                                   const char          *text,
                                                   guint                limit,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GListModel      *rpt_library_search_finish        (RptLibrary          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Aggregates for the charts: the mentions matching @query counted by @rows
 * × @columns (RPT_DIMENSION_NONE for a single column). */
RptCountTable   *rpt_library_count_mentions       (RptLibrary          *self,
                                                   RptQuery            *query,
                                                   RptDimension         rows,
                                                   RptDimension         columns,
                                                   RptCountFlags        flags,
                                                   GError             **error);

G_END_DECLS
