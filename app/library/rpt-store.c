/* rpt-store.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-store.h"

/* Placeholder while the SQLite store is written: an empty library. */

struct _RptStore
{
  gatomicrefcount ref_count;
  char *path;
  RptReference *reference;
  guint64 generation;
};

void rpt_store_report_free (RptStoreReport *row) { if (!row) return; g_free (row->file_name); g_free (row->title); g_free (row->label); g_free (row->family); g_free (row->period_text); g_free (row->period_from); g_free (row->period_to); g_free (row->conference); g_strfreev (row->council_documents); g_free (row->content_hash); g_free (row); }
void rpt_store_section_free (RptStoreSection *row) { if (!row) return; g_free (row->number); g_free (row->heading); g_free (row->text); g_free (row->parent); g_strfreev (row->resolutions); g_free (row); }
void rpt_store_resolution_free (RptStoreResolution *row) { if (!row) return; g_free (row->key); g_free (row->body); g_free (row->number); g_free (row->title); g_free (row->revision); g_strfreev (row->revisions); g_free (row); }
void rpt_store_group_free (RptStoreGroup *row) { if (!row) return; g_free (row->id); g_free (row); }
void rpt_store_deliverable_free (RptStoreDeliverable *row) { if (!row) return; g_free (row->id); g_free (row->title); g_free (row); }
void rpt_store_mention_free (RptStoreMention *row) { if (!row) return; g_free (row->deliverable_id); g_free (row->title); g_free (row->section_heading); g_free (row->excerpt); g_free (row); }
void rpt_store_count_free (RptStoreCount *row) { if (!row) return; g_free (row->section); g_strfreev (row->groups); g_free (row->period); g_free (row->quote); g_free (row); }
void rpt_store_hit_free (RptStoreHit *row) { if (!row) return; g_free (row->section); g_free (row->section_heading); g_free (row->snippet); g_free (row->snippet_text); g_strfreev (row->terms); g_strfreev (row->deliverable_ids); g_free (row); }

RptStore *
rpt_store_open (const char    *path,
                const char    *corpus_dir,
                RptReference  *reference,
                GCancellable  *cancellable,
                char         **notice,
                char         **moved_aside,
                GError       **error)
{
  RptStore *self = g_new0 (RptStore, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->path = g_strdup (path);
  self->reference = rpt_reference_ref (reference);
  return self;
}

RptStore *
rpt_store_ref (RptStore *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_store_unref (RptStore *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->path);
  rpt_reference_unref (self->reference);
  g_free (self);
}

const char *rpt_store_get_path (RptStore *self) { return self->path; }
RptReference *rpt_store_get_reference (RptStore *self) { return self->reference; }
guint64 rpt_store_get_generation (RptStore *self) { return self->generation; }

gboolean
rpt_store_import_files (RptStore *self, GFile **files, guint n_files, GCancellable *cancellable,
                        RptStoreProgress progress, gpointer progress_data,
                        guint *n_added, guint *n_skipped, GError **error)
{
  g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED, _("Importing is not available yet"));
  return FALSE;
}

gboolean
rpt_store_remove_report (RptStore *self, gint64 report_id, GError **error)
{
  return TRUE;
}

GPtrArray *rpt_store_list_reports (RptStore *self, RptQuery *query, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_report_free); }
GPtrArray *rpt_store_list_sections (RptStore *self, const RptStoreScope *scope, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_section_free); }
GPtrArray *rpt_store_list_resolutions (RptStore *self, RptQuery *query, const RptStoreScope *scope, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_resolution_free); }
GPtrArray *rpt_store_list_groups (RptStore *self, RptQuery *query, const RptStoreScope *scope, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_group_free); }
GPtrArray *rpt_store_list_deliverables (RptStore *self, RptQuery *query, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_deliverable_free); }
GPtrArray *rpt_store_list_mentions (RptStore *self, RptQuery *query, const RptStoreScope *scope, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_mention_free); }
GPtrArray *rpt_store_list_counts (RptStore *self, RptQuery *query, const RptStoreScope *scope, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_count_free); }
GPtrArray *rpt_store_search (RptStore *self, const char *text, guint limit, GError **error) { return g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_store_hit_free); }

RptCountTable *
rpt_store_count_mentions (RptStore *self, RptQuery *query, RptDimension rows, RptDimension columns,
                          RptCountFlags flags, GError **error)
{
  return rpt_count_table_new (rows, columns);
}

char *
rpt_store_load_text (RptStore *self, gint64 report_id, GError **error)
{
  g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_NOT_FOUND, _("The report is not in the library"));
  return NULL;
}

gboolean
rpt_store_get_totals (RptStore *self, guint *n_reports, guint *n_deliverables, guint *n_mentions, GError **error)
{
  *n_reports = *n_deliverables = *n_mentions = 0;
  return TRUE;
}
