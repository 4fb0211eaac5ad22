/* rpt-library.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-library"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"
#include "rpt-paths.h"

/* The model's entry point.  It owns the store, hands out GObjects built
 * from the store's rows (one query per list, never one per row) and keeps
 * the whole-library lists up to date after imports. */

/* ------------------------------------------------------------------------
 * RptContext
 * ------------------------------------------------------------------------ */

struct _RptContext
{
  gatomicrefcount ref_count;
  RptStore *store;
  GHashTable *reports;          /* gint64* → RptReport (strong) */
  gboolean closed;
};

RptContext *
_rpt_context_new (RptStore *store)
{
  RptContext *ctx = g_new0 (RptContext, 1);

  g_atomic_ref_count_init (&ctx->ref_count);
  ctx->store = rpt_store_ref (store);
  ctx->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  return ctx;
}

RptContext *
_rpt_context_ref (RptContext *ctx)
{
  g_atomic_ref_count_inc (&ctx->ref_count);
  return ctx;
}

void
_rpt_context_unref (RptContext *ctx)
{
  if (!g_atomic_ref_count_dec (&ctx->ref_count))
    return;

  g_hash_table_unref (ctx->reports);
  rpt_store_unref (ctx->store);
  g_free (ctx);
}

/* Breaks the report ↔ context cycle. */
void
_rpt_context_close (RptContext *ctx)
{
  g_autoptr(GHashTable) reports = NULL;
  GHashTableIter iter;
  gpointer report;

  ctx->closed = TRUE;
  reports = g_steal_pointer (&ctx->reports);
  g_hash_table_iter_init (&iter, reports);
  while (g_hash_table_iter_next (&iter, NULL, &report))
    _rpt_report_drop_lists (report);
  ctx->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

RptStore *
_rpt_context_get_store (RptContext *ctx)
{
  return ctx->store;
}

RptReference *
_rpt_context_get_reference (RptContext *ctx)
{
  return rpt_store_get_reference (ctx->store);
}

void
_rpt_context_add_report (RptContext *ctx,
                         RptReport  *report)
{
  gint64 *key;

  /* After the library closed, objects that outlive it still get one report
   * object per id; the cycle is then theirs to keep. */
  key = g_new (gint64, 1);
  *key = rpt_report_get_id (report);
  g_hash_table_replace (ctx->reports, key, g_object_ref (report));
}

void
_rpt_context_remove_report (RptContext *ctx,
                            gint64      report_id)
{
  g_hash_table_remove (ctx->reports, &report_id);
}

/* (transfer none): the one RptReport object for @report_id. */
RptReport *
_rpt_context_get_report (RptContext *ctx,
                         gint64      report_id)
{
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(RptReport) report = NULL;
  RptReport *found;
  char id[32];

  if (report_id <= 0)
    return NULL;

  found = g_hash_table_lookup (ctx->reports, &report_id);
  if (found != NULL)
    return found;

  query = rpt_query_new ();
  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, report_id);
  rpt_query_set_report (query, id);
  rows = rpt_store_list_reports (ctx->store, query, NULL);
  if (rows == NULL || rows->len == 0)
    return NULL;

  report = _rpt_report_new (ctx, g_ptr_array_steal_index (rows, 0));
  _rpt_context_add_report (ctx, report);
  return report;
}

static GListModel *
store_from_items (GType      item_type,
                  GPtrArray *items)
{
  GListStore *store = g_list_store_new (item_type);

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

/* Rows → objects: the rows are stolen from @rows. */
static GPtrArray *
objects_from_rows (RptContext  *ctx,
                   RptListKind  kind,
                   GPtrArray   *rows)
{
  GPtrArray *objects = g_ptr_array_new_full (rows->len, g_object_unref);

  /* The rows change owner: from now on each object frees its own row. */
  g_ptr_array_set_free_func (rows, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);
      gpointer object = NULL;

      switch (kind)
        {
        case RPT_LIST_REPORTS:
          {
            RptStoreReport *report_row = row;
            RptReport *existing = g_hash_table_lookup (ctx->reports, &report_row->id);

            if (existing != NULL)
              {
                _rpt_report_update (existing, report_row);
                object = g_object_ref (existing);
              }
            else
              {
                object = _rpt_report_new (ctx, report_row);
                _rpt_context_add_report (ctx, object);
              }
          }
          break;
        case RPT_LIST_RESOLUTIONS:
          object = _rpt_resolution_new (ctx, row);
          break;
        case RPT_LIST_GROUPS:
          object = _rpt_group_new (ctx, row);
          break;
        case RPT_LIST_DELIVERABLES:
          object = _rpt_deliverable_new (ctx, row);
          break;
        case RPT_LIST_MENTIONS:
          object = _rpt_mention_new (_rpt_context_get_report (ctx, ((RptStoreMention *) row)->report_id), row);
          break;
        case RPT_LIST_STATED_COUNTS:
          object = _rpt_stated_count_new (_rpt_context_get_report (ctx, ((RptStoreCount *) row)->report_id), row);
          break;
        default:
          g_assert_not_reached ();
        }

      g_ptr_array_add (objects, object);
    }

  g_ptr_array_set_size (rows, 0);
  return objects;
}

static GPtrArray *
store_rows (RptContext          *ctx,
            RptListKind          kind,
            RptQuery            *query,
            const RptStoreScope *scope,
            const char          *after,
            guint                limit,
            GError             **error)
{
  switch (kind)
    {
    case RPT_LIST_REPORTS:
      return rpt_store_list_reports (ctx->store, query, error);
    case RPT_LIST_RESOLUTIONS:
      return rpt_store_list_resolutions (ctx->store, query, scope, error);
    case RPT_LIST_GROUPS:
      return rpt_store_list_groups (ctx->store, query, scope, error);
    case RPT_LIST_DELIVERABLES:
      return rpt_store_list_deliverables_first (ctx->store, query, after, limit, error);
    case RPT_LIST_MENTIONS:
      return rpt_store_list_mentions (ctx->store, query, scope, error);
    case RPT_LIST_STATED_COUNTS:
      return rpt_store_list_counts (ctx->store, query, scope, error);
    default:
      g_assert_not_reached ();
    }
}

/* (transfer full): the objects of a list, in the store's order. */
GPtrArray *
_rpt_context_list_objects (RptContext          *ctx,
                           RptListKind          kind,
                           RptQuery            *query,
                           const RptStoreScope *scope,
                           GError             **error)
{
  g_autoptr(GPtrArray) rows = store_rows (ctx, kind, query, scope, NULL, 0, error);

  if (rows == NULL)
    return NULL;
  return objects_from_rows (ctx, kind, rows);
}

GPtrArray *
_rpt_context_list_first (RptContext  *ctx,
                         RptListKind  kind,
                         RptQuery    *query,
                         const char  *after,
                         guint        limit,
                         GError     **error)
{
  g_autoptr(GPtrArray) rows = store_rows (ctx, kind, query, NULL, after, limit, error);

  if (rows == NULL)
    return NULL;
  return objects_from_rows (ctx, kind, rows);
}

GListModel *
_rpt_context_list (RptContext          *ctx,
                   RptListKind          kind,
                   RptQuery            *query,
                   const RptStoreScope *scope,
                   GError             **error)
{
  g_autoptr(GPtrArray) objects = _rpt_context_list_objects (ctx, kind, query, scope, error);

  if (objects == NULL)
    return NULL;
  return store_from_items (rpt_list_kind_get_item_type (kind), objects);
}

GListModel *
_rpt_context_list_sections (RptContext          *ctx,
                            RptReport           *report,
                            const RptStoreScope *scope)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = rpt_store_list_sections (ctx->store, scope, &error);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  if (rows == NULL)
    {
      g_warning ("%s", error->message);
      return G_LIST_MODEL (g_list_store_new (RPT_TYPE_SECTION));
    }

  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      RptStoreSection *row = g_ptr_array_index (rows, i);
      RptReport *owner = report != NULL ? report : _rpt_context_get_report (ctx, row->report_id);

      if (owner == NULL)
        {
          rpt_store_section_free (row);
          continue;
        }
      g_ptr_array_add (objects, _rpt_section_new (ctx, owner, row, report != NULL));
    }
  g_ptr_array_set_size (rows, 0);

  return store_from_items (RPT_TYPE_SECTION, objects);
}

/* ------------------------------------------------------------------------
 * RptLibrary
 * ------------------------------------------------------------------------ */

struct _RptLibrary
{
  GObject parent_instance;

  RptContext *ctx;
  char *path;
  char *recovery_message;
  char *moved_aside_path;

  RptWholeList *reports;
  RptWholeList *resolutions;
  RptWholeList *groups;
  RptWholeList *deliverables;

  /* rpt_library_defer_lists (): query models that loaded a first page. */
  gboolean deferring;
  GPtrArray *deferred;          /* GWeakRef* to RptQueryModel */
};

G_DEFINE_FINAL_TYPE (RptLibrary, rpt_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_RECOVERED,
  PROP_RECOVERY_MESSAGE,
  PROP_MOVED_ASIDE_PATH,
  PROP_N_REPORTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rpt_library_dispose (GObject *object)
{
  RptLibrary *self = RPT_LIBRARY (object);

  if (self->ctx != NULL)
    _rpt_context_close (self->ctx);
  g_clear_object (&self->reports);
  g_clear_object (&self->resolutions);
  g_clear_object (&self->groups);
  g_clear_object (&self->deliverables);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);

  G_OBJECT_CLASS (rpt_library_parent_class)->dispose (object);
}

static void
rpt_library_finalize (GObject *object)
{
  RptLibrary *self = RPT_LIBRARY (object);

  g_clear_pointer (&self->ctx, _rpt_context_unref);
  g_free (self->path);
  g_free (self->recovery_message);
  g_free (self->moved_aside_path);

  G_OBJECT_CLASS (rpt_library_parent_class)->finalize (object);
}

static void
rpt_library_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RptLibrary *self = RPT_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_RECOVERED:
      g_value_set_boolean (value, rpt_library_get_recovered (self));
      break;
    case PROP_RECOVERY_MESSAGE:
      g_value_set_string (value, self->recovery_message);
      break;
    case PROP_MOVED_ASIDE_PATH:
      g_value_set_string (value, self->moved_aside_path);
      break;
    case PROP_N_REPORTS:
      g_value_set_uint (value, rpt_library_get_n_reports (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_library_class_init (RptLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rpt_library_dispose;
  object_class->finalize = rpt_library_finalize;
  object_class->get_property = rpt_library_get_property;

  /**
   * RptLibrary:path:
   *
   * The database file.
   */
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  /**
   * RptLibrary:recovered:
   *
   * Whether opening found a damaged or foreign file, moved it aside and
   * rebuilt the library from the bundled reports.
   */
  properties[PROP_RECOVERED] = g_param_spec_boolean ("recovered", NULL, NULL, FALSE, flags);
  /**
   * RptLibrary:recovery-message:
   *
   * What to tell the user after a recovery (translated), or %NULL.
   */
  properties[PROP_RECOVERY_MESSAGE] = g_param_spec_string ("recovery-message", NULL, NULL, NULL, flags);
  /**
   * RptLibrary:moved-aside-path:
   *
   * Where the damaged file went, or %NULL.
   */
  properties[PROP_MOVED_ASIDE_PATH] = g_param_spec_string ("moved-aside-path", NULL, NULL, NULL, flags);
  /**
   * RptLibrary:n-reports:
   *
   * How many reports the library holds.
   */
  properties[PROP_N_REPORTS] = g_param_spec_uint ("n-reports", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RptLibrary::changed:
   *
   * Emitted after an import or a removal changed the library, once the
   * models it owns are up to date.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rpt_library_init (RptLibrary *self)
{
}

RptContext *
_rpt_library_get_context (RptLibrary *self)
{
  return self->ctx;
}

typedef struct
{
  RptStore *store;
  char *notice;
  char *moved_aside;
} OpenResult;

static void
open_result_free (gpointer data)
{
  OpenResult *result = data;

  g_clear_pointer (&result->store, rpt_store_unref);
  g_free (result->notice);
  g_free (result->moved_aside);
  g_free (result);
}

static OpenResult *
open_store (const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *reference_dir = rpt_paths_get_reference_dir ();
  g_autofree char *corpus_dir = rpt_paths_get_corpus_dir ();
  g_autoptr(RptReference) reference = NULL;
  OpenResult *result;
  RptStore *store;
  char *notice = NULL;
  char *moved_aside = NULL;

  reference = rpt_reference_load (reference_dir, error);
  if (reference == NULL)
    return NULL;

  store = rpt_store_open (path, corpus_dir, reference, cancellable, &notice, &moved_aside, error);
  if (store == NULL)
    return NULL;

  result = g_new0 (OpenResult, 1);
  result->store = store;
  result->notice = notice;
  result->moved_aside = moved_aside;
  return result;
}

static RptLibrary *
library_new (OpenResult *result)
{
  RptLibrary *self = g_object_new (RPT_TYPE_LIBRARY, NULL);

  self->ctx = _rpt_context_new (result->store);
  self->path = g_strdup (rpt_store_get_path (result->store));
  self->recovery_message = g_steal_pointer (&result->notice);
  self->moved_aside_path = g_steal_pointer (&result->moved_aside);

  return self;
}

/**
 * rpt_library_open:
 * @path: (nullable): the database file; %NULL for rpt_paths_get_library_file()
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Opens the library, creating it with the bundled reports on first start,
 * migrating an older one, refreshing the bundled reports when they or the
 * parser changed, and recovering from a damaged file (see
 * RptLibrary:recovered).
 *
 * Returns: (transfer full): the library, or %NULL with @error
 */
RptLibrary *
rpt_library_open (const char    *path,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *default_path = NULL;
  OpenResult *result;
  RptLibrary *self;

  if (path == NULL)
    path = default_path = rpt_paths_get_library_file ();

  result = open_store (path, cancellable, error);
  if (result == NULL)
    return NULL;

  self = library_new (result);
  open_result_free (result);
  return self;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  OpenResult *result = open_store (task_data, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, open_result_free);
}

/**
 * rpt_library_open_async:
 * @path: (nullable): the database file; %NULL for the default one
 * @cancellable: (nullable): a cancellable
 * @callback: called when the library is open
 * @user_data: data for @callback
 *
 * Like rpt_library_open(), in a worker thread.
 */
void
rpt_library_open_async (const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, rpt_library_open_async);
  g_task_set_task_data (task, path ? g_strdup (path) : rpt_paths_get_library_file (), g_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * rpt_library_open_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full): the library, or %NULL with @error
 */
RptLibrary *
rpt_library_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  OpenResult *open_result;
  RptLibrary *self;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  open_result = g_task_propagate_pointer (G_TASK (result), error);
  if (open_result == NULL)
    return NULL;

  self = library_new (open_result);
  open_result_free (open_result);
  return self;
}

const char *
rpt_library_get_path (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return self->path;
}

gboolean
rpt_library_get_recovered (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), FALSE);
  return self->recovery_message != NULL;
}

/**
 * rpt_library_get_recovery_message:
 * @self: a library
 *
 * Returns: (transfer none) (nullable): what to tell the user about a
 *   recovery at open
 */
const char *
rpt_library_get_recovery_message (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return self->recovery_message;
}

/**
 * rpt_library_get_moved_aside_path:
 * @self: a library
 *
 * Returns: (transfer none) (nullable): where a damaged file was moved
 */
const char *
rpt_library_get_moved_aside_path (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return self->moved_aside_path;
}

static void
get_totals (RptLibrary *self,
            guint      *n_reports,
            guint      *n_deliverables,
            guint      *n_mentions)
{
  g_autoptr(GError) error = NULL;

  if (!rpt_store_get_totals (_rpt_context_get_store (self->ctx), n_reports, n_deliverables, n_mentions, &error))
    {
      g_warning ("%s", error->message);
      *n_reports = *n_deliverables = *n_mentions = 0;
    }
}

guint
rpt_library_get_n_reports (RptLibrary *self)
{
  guint r, d, m;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), 0);
  get_totals (self, &r, &d, &m);
  return r;
}

guint
rpt_library_get_n_deliverables (RptLibrary *self)
{
  guint r, d, m;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), 0);
  get_totals (self, &r, &d, &m);
  return d;
}

guint
rpt_library_get_n_mentions (RptLibrary *self)
{
  guint r, d, m;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), 0);
  get_totals (self, &r, &d, &m);
  return m;
}

/* Counts or loads a whole-library list again (when it was asked for). */
static void
reload_store (RptLibrary   *self,
              RptWholeList *list,
              RptListKind   kind)
{
  if (list != NULL)
    _rpt_whole_list_reload (list);
}

static void
library_changed (RptLibrary *self)
{
  g_autoptr(GPtrArray) ids = NULL;

  reload_store (self, self->reports, RPT_LIST_REPORTS);
  reload_store (self, self->resolutions, RPT_LIST_RESOLUTIONS);
  reload_store (self, self->groups, RPT_LIST_GROUPS);
  reload_store (self, self->deliverables, RPT_LIST_DELIVERABLES);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REPORTS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * rpt_library_import_files:
 * @self: a library
 * @files: (array length=n_files): report files
 * @n_files: the number of @files
 * @cancellable: (nullable): a cancellable; a cancelled import leaves nothing
 * @progress: (nullable) (scope call): progress callback
 * @progress_data: data for @progress
 * @n_added: (out) (optional): how many reports were added
 * @n_skipped: (out) (optional): how many were already in the library
 * @error: return location for an error
 *
 * Imports @files in one transaction: all of them or, on an error or a
 * cancellation, none.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_library_import_files (RptLibrary       *self,
                          GFile           **files,
                          guint             n_files,
                          GCancellable     *cancellable,
                          RptProgressFunc   progress,
                          gpointer          progress_data,
                          guint            *n_added,
                          guint            *n_skipped,
                          GError          **error)
{
  guint added = 0, skipped = 0;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);

  if (!rpt_store_import_files (_rpt_context_get_store (self->ctx), files, n_files, cancellable,
                               progress, progress_data, &added, &skipped, error))
    return FALSE;

  if (n_added)
    *n_added = added;
  if (n_skipped)
    *n_skipped = skipped;
  if (added > 0)
    library_changed (self);
  return TRUE;
}

typedef struct
{
  GFile **files;
  guint n_files;
  RptProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_data_free;
  GMainContext *context;
  guint added;
  guint skipped;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  for (guint i = 0; i < import->n_files; i++)
    g_object_unref (import->files[i]);
  g_free (import->files);
  if (import->progress_data_free)
    import->progress_data_free (import->progress_data);
  g_main_context_unref (import->context);
  g_free (import);
}

typedef struct
{
  GTask *task;
  double fraction;
  char *message;
} ProgressEvent;

static gboolean
deliver_progress (gpointer data)
{
  ProgressEvent *event = data;
  ImportData *import = g_task_get_task_data (event->task);

  import->progress (event->fraction, event->message, import->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_event_free (gpointer data)
{
  ProgressEvent *event = data;

  g_object_unref (event->task);
  g_free (event->message);
  g_free (event);
}

static void
thread_progress (double      fraction,
                 const char *message,
                 gpointer    user_data)
{
  GTask *task = user_data;
  ImportData *import = g_task_get_task_data (task);
  ProgressEvent *event;

  if (import->progress == NULL)
    return;

  event = g_new0 (ProgressEvent, 1);
  event->task = g_object_ref (task);
  event->fraction = fraction;
  event->message = g_strdup (message);
  g_main_context_invoke_full (import->context, G_PRIORITY_DEFAULT, deliver_progress, event, progress_event_free);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RptLibrary *self = source_object;
  ImportData *import = task_data;
  GError *error = NULL;

  if (!rpt_store_import_files (_rpt_context_get_store (self->ctx), import->files, import->n_files,
                               cancellable, thread_progress, task, &import->added, &import->skipped, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * rpt_library_import_files_async:
 * @self: a library
 * @files: (array length=n_files): report files
 * @n_files: the number of @files
 * @cancellable: (nullable): a cancellable
 * @progress: (nullable): called on the caller's main context
 * @progress_data: data for @progress
 * @progress_data_free: (nullable): frees @progress_data after the import
 * @callback: called when the import is over
 * @user_data: data for @callback
 *
 * Like rpt_library_import_files(), in a worker thread.
 */
void
rpt_library_import_files_async (RptLibrary          *self,
                                GFile              **files,
                                guint                n_files,
                                GCancellable        *cancellable,
                                RptProgressFunc      progress,
                                gpointer             progress_data,
                                GDestroyNotify       progress_data_free,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *import;

  g_return_if_fail (RPT_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rpt_library_import_files_async);

  import = g_new0 (ImportData, 1);
  import->files = g_new0 (GFile *, n_files + 1);
  for (guint i = 0; i < n_files; i++)
    import->files[i] = g_object_ref (files[i]);
  import->n_files = n_files;
  import->progress = progress;
  import->progress_data = progress_data;
  import->progress_data_free = progress_data_free;
  import->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, import, import_data_free);

  g_task_run_in_thread (task, import_thread);
}

/**
 * rpt_library_import_files_finish:
 * @self: a library
 * @result: the result given to the callback
 * @n_added: (out) (optional): how many reports were added
 * @n_skipped: (out) (optional): how many were already there
 * @error: return location for an error
 *
 * Returns: %TRUE on success; then the library's models are up to date
 */
gboolean
rpt_library_import_files_finish (RptLibrary    *self,
                                 GAsyncResult  *result,
                                 guint         *n_added,
                                 guint         *n_skipped,
                                 GError       **error)
{
  ImportData *import;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  import = g_task_get_task_data (G_TASK (result));
  if (n_added)
    *n_added = import->added;
  if (n_skipped)
    *n_skipped = import->skipped;
  if (import->added > 0)
    library_changed (self);
  return TRUE;
}

/**
 * rpt_library_remove_report:
 * @self: a library
 * @report: a report of @self
 * @error: return location for an error
 *
 * Removes a report and everything extracted from it.  A bundled report comes
 * back at the next start.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_library_remove_report (RptLibrary  *self,
                           RptReport   *report,
                           GError     **error)
{
  gint64 id;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RPT_IS_REPORT (report), FALSE);

  id = rpt_report_get_id (report);
  if (!rpt_store_remove_report (_rpt_context_get_store (self->ctx), id, error))
    return FALSE;

  _rpt_context_remove_report (self->ctx, id);
  library_changed (self);
  return TRUE;
}

static GListModel *
whole_list (RptLibrary    *self,
            RptWholeList **slot,
            RptListKind    kind)
{
  if (*slot == NULL)
    *slot = _rpt_whole_list_new (self->ctx, kind);
  return G_LIST_MODEL (*slot);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/**
 * rpt_library_defer_lists:
 * @self: a library
 *
 * From now until rpt_library_load_deferred_lists (), an #RptQueryModel of
 * deliverables in its natural order loads only its first 1,000 items
 * (RPT_LIBRARY_FIRST_PAGE): what a window shows first, without the
 * whole list.  For the start-up path: the window calls it before it builds
 * its first page and loads the rest after its first frame.
 */
void
rpt_library_defer_lists (RptLibrary *self)
{
  g_return_if_fail (RPT_IS_LIBRARY (self));

  self->deferring = TRUE;
}

/**
 * rpt_library_load_deferred_lists:
 * @self: a library
 *
 * Ends rpt_library_defer_lists (): the query models that loaded a first
 * page load the rest in pages of RPT_LIBRARY_NEXT_PAGE items, about 50 ms
 * of them per idle (the window stays responsive), and new ones load
 * everything at once again.
 */
void
rpt_library_load_deferred_lists (RptLibrary *self)
{
  g_autoptr(GPtrArray) deferred = NULL;

  g_return_if_fail (RPT_IS_LIBRARY (self));

  self->deferring = FALSE;
  deferred = g_steal_pointer (&self->deferred);
  for (guint i = 0; deferred != NULL && i < deferred->len; i++)
    {
      g_autoptr(RptQueryModel) model = g_weak_ref_get (g_ptr_array_index (deferred, i));

      if (model != NULL)
        _rpt_query_model_load_rest (model);
    }
}

/**
 * rpt_library_drop_deferred_lists:
 * @self: a library
 *
 * Ends rpt_library_defer_lists () without loading the rest of the lists
 * that loaded a first page (for a window that goes away with them); new
 * query models load everything at once again.
 */
void
rpt_library_drop_deferred_lists (RptLibrary *self)
{
  g_return_if_fail (RPT_IS_LIBRARY (self));

  self->deferring = FALSE;
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
}

/* Whether @model (about to load) should load only a first page; it is
 * remembered, to load the rest in rpt_library_load_deferred_lists (). */
gboolean
_rpt_library_defer_model (RptLibrary    *self,
                          RptQueryModel *model)
{
  GWeakRef *ref;

  if (!self->deferring || rpt_query_model_get_kind (model) != RPT_LIST_DELIVERABLES ||
      rpt_query_model_get_sort_property (model) != NULL)
    return FALSE;

  if (self->deferred == NULL)
    self->deferred = g_ptr_array_new_with_free_func ((GDestroyNotify) weak_ref_free);
  for (guint i = 0; i < self->deferred->len; i++)
    {
      g_autoptr(GObject) other = g_weak_ref_get (g_ptr_array_index (self->deferred, i));

      if (other == G_OBJECT (model))
        return TRUE;
    }
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, model);
  g_ptr_array_add (self->deferred, ref);
  return TRUE;
}

/**
 * rpt_library_list_filter_values:
 * @self: a library
 * @dimension: %RPT_DIMENSION_GROUP, %RPT_DIMENSION_REPORT,
 *   %RPT_DIMENSION_RESOLUTION or %RPT_DIMENSION_SERIES
 *
 * The values a filter offers for @dimension, read from the indexes without
 * building the lists (a filter bar needs no counts): groups and Resolutions
 * in the order of their lists, reports by period, series letters sorted.
 *
 * Returns: (transfer full): a %NULL-terminated array of pairs: each key
 *   (a group id, a report id in decimal, a Resolution key, a series
 *   letter) followed by its label (the report's label, or its title when
 *   it has none; the Resolution's body; the key again otherwise)
 */
char **
rpt_library_list_filter_values (RptLibrary   *self,
                                RptDimension  dimension)
{
  g_autoptr(GError) error = NULL;
  char **values;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);

  values = rpt_store_list_filter_values (_rpt_context_get_store (self->ctx), dimension, &error);
  if (values == NULL)
    {
      g_warning ("%s", error->message);
      values = g_new0 (char *, 1);
    }
  return values;
}

/**
 * rpt_library_get_reports:
 * @self: a library
 *
 * Returns: (transfer none): every #RptReport, by reporting period
 */
GListModel *
rpt_library_get_reports (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return whole_list (self, &self->reports, RPT_LIST_REPORTS);
}

/**
 * rpt_library_get_resolutions:
 * @self: a library
 *
 * Returns: (transfer none): every #RptResolution the reports cite, by body
 *   and number
 */
GListModel *
rpt_library_get_resolutions (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return whole_list (self, &self->resolutions, RPT_LIST_RESOLUTIONS);
}

/**
 * rpt_library_get_groups:
 * @self: a library
 *
 * Returns: (transfer none): every #RptGroup the reports name
 */
GListModel *
rpt_library_get_groups (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return whole_list (self, &self->groups, RPT_LIST_GROUPS);
}

/**
 * rpt_library_get_deliverables:
 * @self: a library
 *
 * Returns: (transfer none): every #RptDeliverable, by id
 */
GListModel *
rpt_library_get_deliverables (RptLibrary *self)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return whole_list (self, &self->deliverables, RPT_LIST_DELIVERABLES);
}

/**
 * rpt_library_list:
 * @self: a library
 * @kind: what to list
 * @query: (nullable): the selection; %NULL for everything
 * @error: return location for an error
 *
 * Returns: (transfer full): a new #GListModel of the item type of @kind
 */
GListModel *
rpt_library_list (RptLibrary   *self,
                  RptListKind   kind,
                  RptQuery     *query,
                  GError      **error)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  return _rpt_context_list (self->ctx, kind, query, NULL, error);
}

/**
 * rpt_library_lookup_report:
 * @self: a library
 * @report_id: a report id
 *
 * Returns: (transfer none) (nullable): the report
 */
RptReport *
rpt_library_lookup_report (RptLibrary *self,
                           gint64      report_id)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return _rpt_context_get_report (self->ctx, report_id);
}

/**
 * rpt_library_find_report:
 * @self: a library
 * @file_name_or_title: what RptQuery:report accepts
 *
 * Returns: (transfer none) (nullable): the first matching report
 */
RptReport *
rpt_library_find_report (RptLibrary *self,
                         const char *file_name_or_title)
{
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (file_name_or_title != NULL, NULL);

  query = rpt_query_new ();
  rpt_query_set_report (query, file_name_or_title);
  objects = _rpt_context_list_objects (self->ctx, RPT_LIST_REPORTS, query, NULL, NULL);
  if (objects == NULL || objects->len == 0)
    return NULL;
  return _rpt_context_get_report (self->ctx, rpt_report_get_id (g_ptr_array_index (objects, 0)));
}

/**
 * rpt_library_lookup_deliverable:
 * @self: a library
 * @id: a deliverable id ("Y.3129")
 *
 * Returns: (transfer full) (nullable): the deliverable with its whole history
 */
RptDeliverable *
rpt_library_lookup_deliverable (RptLibrary *self,
                                const char *id)
{
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  const char *ids[2] = { id, NULL };

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  query = rpt_query_new ();
  rpt_query_set_ids (query, ids);
  objects = _rpt_context_list_objects (self->ctx, RPT_LIST_DELIVERABLES, query, NULL, NULL);
  if (objects == NULL || objects->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (objects, 0));
}

/**
 * rpt_library_lookup_group:
 * @self: a library
 * @id: a group id ("ITU-T SG17")
 *
 * Returns: (transfer none) (nullable): the group, when a report names it
 */
RptGroup *
rpt_library_lookup_group (RptLibrary *self,
                          const char *id)
{
  GListModel *groups;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);

  groups = rpt_library_get_groups (self);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(RptGroup) group = g_list_model_get_item (groups, i);

      if (g_strcmp0 (rpt_group_get_id (group), id) == 0)
        return group;
    }
  return NULL;
}

/**
 * rpt_library_lookup_resolution:
 * @self: a library
 * @key: "PP 101"
 *
 * Returns: (transfer none) (nullable): the Resolution, when a report cites it
 */
RptResolution *
rpt_library_lookup_resolution (RptLibrary *self,
                               const char *key)
{
  GListModel *resolutions;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);

  resolutions = rpt_library_get_resolutions (self);
  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(RptResolution) resolution = g_list_model_get_item (resolutions, i);

      if (g_strcmp0 (rpt_resolution_get_key (resolution), key) == 0)
        return resolution;
    }
  return NULL;
}

/**
 * rpt_library_get_group_name:
 * @self: a library
 * @group_id: a group id or alias
 *
 * Returns: (transfer none) (nullable): its short name from the reference data
 */
const char *
rpt_library_get_group_name (RptLibrary *self,
                            const char *group_id)
{
  const RptReferenceGroup *group;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);

  group = rpt_reference_lookup_group (_rpt_context_get_reference (self->ctx), group_id);
  return group ? group->name : NULL;
}

/**
 * rpt_library_get_series_title:
 * @self: a library
 * @sector: (nullable): "ITU-T" (default) or "ITU-R"
 * @letter: a series letter
 *
 * Returns: (transfer none) (nullable): the series title
 */
const char *
rpt_library_get_series_title (RptLibrary *self,
                              const char *sector,
                              const char *letter)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  return rpt_reference_get_series_title (_rpt_context_get_reference (self->ctx), sector, letter);
}

/**
 * rpt_library_get_resolution_title:
 * @self: a library
 * @key: "PP 101"
 *
 * Returns: (transfer none) (nullable): the title from the reference data
 */
const char *
rpt_library_get_resolution_title (RptLibrary *self,
                                  const char *key)
{
  const RptReferenceResolution *resolution;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);

  resolution = rpt_reference_lookup_resolution (_rpt_context_get_reference (self->ctx), key);
  return resolution ? resolution->title : NULL;
}

static GListModel *
hits_to_model (RptLibrary *self,
               GPtrArray  *rows)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      RptStoreHit *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (objects, _rpt_search_hit_new (_rpt_context_get_report (self->ctx, row->report_id), row));
    }
  g_ptr_array_set_size (rows, 0);

  return store_from_items (RPT_TYPE_SEARCH_HIT, objects);
}

/**
 * rpt_library_search:
 * @self: a library
 * @text: what the user typed
 * @limit: the most hits to return (0: 100)
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #RptSearchHit, best first
 */
GListModel *
rpt_library_search (RptLibrary  *self,
                    const char  *text,
                    guint        limit,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  rows = rpt_store_search (_rpt_context_get_store (self->ctx), text, limit ? limit : 100, error);
  if (rows == NULL)
    return NULL;
  return hits_to_model (self, rows);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RptLibrary *self = source_object;
  GError *error = NULL;
  GPtrArray *rows;
  guint limit = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "limit"));

  if (g_task_return_error_if_cancelled (task))
    return;

  rows = rpt_store_search (_rpt_context_get_store (self->ctx), task_data, limit, &error);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * rpt_library_search_async:
 * @self: a library
 * @text: what the user typed
 * @limit: the most hits (0: 100)
 * @cancellable: (nullable): a cancellable
 * @callback: called with the hits
 * @user_data: data for @callback
 *
 * Like rpt_library_search(), in a worker thread.
 */
void
rpt_library_search_async (RptLibrary          *self,
                          const char          *text,
                          guint                limit,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RPT_IS_LIBRARY (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rpt_library_search_async);
  g_task_set_task_data (task, g_strdup (text), g_free);
  g_object_set_data (G_OBJECT (task), "limit", GUINT_TO_POINTER (limit ? limit : 100));
  g_task_run_in_thread (task, search_thread);
}

/**
 * rpt_library_search_finish:
 * @self: a library
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #RptSearchHit, or %NULL
 */
GListModel *
rpt_library_search_finish (RptLibrary    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  rows = g_task_propagate_pointer (G_TASK (result), error);
  if (rows == NULL)
    return NULL;
  return hits_to_model (self, rows);
}

static char *
axis_label (RptLibrary   *self,
            RptDimension  dimension,
            const char   *key)
{
  switch (dimension)
    {
    case RPT_DIMENSION_STATUS:
      return g_strdup (rpt_status_get_label (key));
    case RPT_DIMENSION_KIND:
      return g_strdup (rpt_kind_get_plural_label (key));
    case RPT_DIMENSION_GROUP:
      return g_strdup (*key ? key : _("No group stated"));
    case RPT_DIMENSION_SERIES:
      return g_strdup (*key ? key : _("No series"));
    case RPT_DIMENSION_REPORT:
      {
        RptReport *report = _rpt_context_get_report (self->ctx, g_ascii_strtoll (key, NULL, 10));

        return g_strdup (report ? rpt_report_get_label (report) : key);
      }
    case RPT_DIMENSION_RESOLUTION:
    case RPT_DIMENSION_SECTOR:
    case RPT_DIMENSION_NONE:
    default:
      return g_strdup (key);
    }
}

/**
 * rpt_library_count_mentions:
 * @self: a library
 * @query: (nullable): the selection; %NULL for everything
 * @rows: what the rows are
 * @columns: what the columns are, or %RPT_DIMENSION_NONE
 * @flags: what to count
 * @error: return location for an error
 *
 * Returns: (transfer full): the table, with labels users read
 */
RptCountTable *
rpt_library_count_mentions (RptLibrary     *self,
                            RptQuery       *query,
                            RptDimension    rows,
                            RptDimension    columns,
                            RptCountFlags   flags,
                            GError        **error)
{
  RptCountTable *table;

  g_return_val_if_fail (RPT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (rows != RPT_DIMENSION_NONE, NULL);

  table = rpt_store_count_mentions (_rpt_context_get_store (self->ctx), query, rows, columns, flags, error);
  if (table == NULL)
    return NULL;

  for (guint r = 0; r < rpt_count_table_get_n_rows (table); r++)
    {
      g_autofree char *label = axis_label (self, rows, rpt_count_table_get_row_key (table, r));
      rpt_count_table_set_row_label (table, r, label);
    }
  if (columns != RPT_DIMENSION_NONE)
    for (guint c = 0; c < rpt_count_table_get_n_columns (table); c++)
      {
        g_autofree char *label = axis_label (self, columns, rpt_count_table_get_column_key (table, c));
        rpt_count_table_set_column_label (table, c, label);
      }

  return table;
}
