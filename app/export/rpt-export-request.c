/* rpt-export-request.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-atomic-file.h"
#include "rpt-export-doc.h"
#include "rpt-export-private.h"

struct _RptExportRequest
{
  gatomicrefcount       ref_count;
  char                 *title;
  char                 *description;
  RptQuery             *query;
  RptExportContents     contents;
  RptExportPageSize     page_size;
  RptExportOrientation  orientation;
  GDateTime            *created;
  GPtrArray            *rows;          /* RptExportRow* */
  GPtrArray            *selected_ids;  /* char*, from selected deliverables */
  gboolean              loaded;
};

G_DEFINE_BOXED_TYPE (RptExportRequest, rpt_export_request,
                     rpt_export_request_ref, rpt_export_request_unref)

static void
row_free (RptExportRow *row)
{
  g_free (row->id);
  g_free (row->title);
  g_free (row->kind);
  g_free (row->status);
  g_free (row->group);
  g_free (row->sector);
  g_free (row->series);
  g_free (row->report);
  g_free (row->report_label);
  g_free (row->period);
  g_free (row->section);
  g_free (row->section_heading);
  g_free (row->excerpt);
  g_free (row);
}

static inline char *
dup_or_empty (const char *s)
{
  return g_strdup (s != NULL ? s : "");
}

RptExportRequest *
rpt_export_request_new (void)
{
  RptExportRequest *self = g_new0 (RptExportRequest, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->contents = RPT_EXPORT_ALL;
  self->page_size = RPT_EXPORT_PAGE_A4;
  self->orientation = RPT_EXPORT_PORTRAIT;
  self->created = g_date_time_new_now_local ();
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->selected_ids = g_ptr_array_new_with_free_func (g_free);
  return self;
}

RptExportRequest *
rpt_export_request_ref (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_export_request_unref (RptExportRequest *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->description);
  g_clear_object (&self->query);
  g_date_time_unref (self->created);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->selected_ids);
  g_free (self);
}

void
rpt_export_request_set_title (RptExportRequest *self,
                              const char       *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
}

/**
 * rpt_export_request_get_title:
 *
 * Returns: (transfer none): the title, or a default one naming the selection
 */
const char *
rpt_export_request_get_title (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title != NULL ? self->title : _("ITU deliverables");
}

void
rpt_export_request_set_description (RptExportRequest *self,
                                    const char       *description)
{
  g_return_if_fail (self != NULL);

  g_free (self->description);
  self->description = g_strdup (description);
}

const char *
rpt_export_request_get_description (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->description;
}

/* The request keeps its own copy: the list's query goes on changing. */
void
rpt_export_request_set_query (RptExportRequest *self,
                              RptQuery         *query)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (query == NULL || RPT_IS_QUERY (query));

  g_clear_object (&self->query);
  if (query != NULL)
    self->query = rpt_query_copy (query);
}

/**
 * rpt_export_request_get_query:
 *
 * Returns: (transfer none) (nullable): the query
 */
RptQuery *
rpt_export_request_get_query (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->query;
}

void
rpt_export_request_set_contents (RptExportRequest  *self,
                                 RptExportContents  contents)
{
  g_return_if_fail (self != NULL);

  self->contents = contents & RPT_EXPORT_ALL;
}

RptExportContents
rpt_export_request_get_contents (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->contents;
}

void
rpt_export_request_set_page_size (RptExportRequest  *self,
                                  RptExportPageSize  page_size)
{
  g_return_if_fail (self != NULL);

  self->page_size = page_size;
}

RptExportPageSize
rpt_export_request_get_page_size (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, RPT_EXPORT_PAGE_A4);

  return self->page_size;
}

void
rpt_export_request_set_orientation (RptExportRequest     *self,
                                    RptExportOrientation  orientation)
{
  g_return_if_fail (self != NULL);

  self->orientation = orientation;
}

RptExportOrientation
rpt_export_request_get_orientation (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, RPT_EXPORT_PORTRAIT);

  return self->orientation;
}

void
rpt_export_request_set_created (RptExportRequest *self,
                                GDateTime        *created)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (created != NULL);

  g_date_time_unref (self->created);
  self->created = g_date_time_ref (created);
}

/**
 * rpt_export_request_get_created:
 *
 * Returns: (transfer none): when the export was made
 */
GDateTime *
rpt_export_request_get_created (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->created;
}

/**
 * rpt_export_request_add_row:
 * @row: a row; its strings are copied and %NULL ones become ""
 *
 * Adds a row and marks the request loaded.
 */
void
rpt_export_request_add_row (RptExportRequest   *self,
                            const RptExportRow *row)
{
  RptExportRow *copy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row != NULL);

  copy = g_new0 (RptExportRow, 1);
  copy->id = dup_or_empty (row->id);
  copy->title = dup_or_empty (row->title);
  copy->kind = dup_or_empty (row->kind);
  copy->status = dup_or_empty (row->status);
  copy->group = dup_or_empty (row->group);
  copy->sector = dup_or_empty (row->sector);
  copy->series = dup_or_empty (row->series);
  copy->report = dup_or_empty (row->report);
  copy->report_label = dup_or_empty (row->report_label);
  copy->period = dup_or_empty (row->period);
  copy->section = dup_or_empty (row->section);
  copy->section_heading = dup_or_empty (row->section_heading);
  copy->excerpt = dup_or_empty (row->excerpt);
  g_ptr_array_add (self->rows, copy);
  self->loaded = TRUE;
}

void
rpt_export_request_add_mention (RptExportRequest *self,
                                RptMention       *mention)
{
  RptReport *report;
  RptExportRow row = { NULL };

  g_return_if_fail (self != NULL);
  g_return_if_fail (RPT_IS_MENTION (mention));

  report = rpt_mention_get_report (mention);
  row.id = (char *) rpt_mention_get_deliverable_id (mention);
  row.title = (char *) rpt_mention_get_title (mention);
  row.kind = (char *) rpt_mention_get_kind (mention);
  row.status = (char *) rpt_mention_get_status (mention);
  row.group = (char *) rpt_mention_get_group (mention);
  row.sector = (char *) rpt_mention_get_sector (mention);
  row.series = (char *) rpt_mention_get_series (mention);
  row.section = (char *) rpt_mention_get_section (mention);
  row.section_heading = (char *) rpt_mention_get_section_heading (mention);
  row.excerpt = (char *) rpt_mention_get_excerpt (mention);
  if (report != NULL)
    {
      row.report = (char *) rpt_report_get_title (report);
      row.report_label = (char *) rpt_report_get_label (report);
      row.period = (char *) rpt_report_get_period_text (report);
      if (row.report == NULL || *row.report == '\0')
        row.report = (char *) rpt_report_get_file_name (report);
    }
  rpt_export_request_add_row (self, &row);
}

/**
 * rpt_export_request_add_items:
 * @items: the selected items of a list: #RptMention items become rows,
 *   #RptDeliverable items select their id (their mentions are loaded by
 *   rpt_export_request_load(), within the query)
 */
void
rpt_export_request_add_items (RptExportRequest *self,
                              GListModel       *items)
{
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (items));

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (RPT_IS_MENTION (item))
        rpt_export_request_add_mention (self, RPT_MENTION (item));
      else if (RPT_IS_DELIVERABLE (item))
        g_ptr_array_add (self->selected_ids,
                         g_strdup (rpt_deliverable_get_id (RPT_DELIVERABLE (item))));
    }
}

/**
 * rpt_export_request_load:
 * @library: (nullable): the library (only %NULL when rows were added)
 *
 * Resolves the query (and the selected deliverables) to rows.  Nothing to
 * do when rows were added directly or the request is already loaded.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_export_request_load (RptExportRequest  *self,
                         RptLibrary        *library,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GListModel) mentions = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (library == NULL || RPT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->loaded && self->selected_ids->len == 0)
    return TRUE;

  if (library == NULL)
    {
      /* Nothing to resolve against: an empty export, not an error. */
      self->loaded = TRUE;
      return TRUE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  query = self->query != NULL ? rpt_query_copy (self->query) : rpt_query_new ();
  if (self->selected_ids->len > 0)
    {
      g_ptr_array_add (self->selected_ids, NULL);
      rpt_query_set_ids (query, (const char * const *) self->selected_ids->pdata);
      g_ptr_array_set_size (self->selected_ids, 0);
    }

  mentions = rpt_library_list (library, RPT_LIST_MENTIONS, query, error);
  if (mentions == NULL)
    return FALSE;

  rpt_export_request_add_items (self, mentions);
  self->loaded = TRUE;
  return TRUE;
}

gboolean
rpt_export_request_is_loaded (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->loaded && self->selected_ids->len == 0;
}

guint
rpt_export_request_get_n_rows (RptExportRequest *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * rpt_export_request_get_row:
 *
 * Returns: (transfer none): the row
 */
const RptExportRow *
rpt_export_request_get_row (RptExportRequest *self,
                            guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

guint
rpt_export_request_count_deliverables (RptExportRequest *self)
{
  g_autoptr(GHashTable) ids = NULL;

  g_return_val_if_fail (self != NULL, 0);

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const RptExportRow *row = g_ptr_array_index (self->rows, i);

      g_hash_table_add (ids, row->id);
    }

  return g_hash_table_size (ids);
}

static void
add_filter (GPtrArray  *pairs,
            const char *label,
            const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, g_strdup (value));
}

/**
 * rpt_export_request_list_filters:
 *
 * Returns: (transfer full) (element-type utf8): label, value, label, value ...
 *   (empty when nothing filters)
 */
GPtrArray *
rpt_export_request_list_filters (RptExportRequest *self)
{
  GPtrArray *pairs;
  RptQuery *q;

  g_return_val_if_fail (self != NULL, NULL);

  pairs = g_ptr_array_new_with_free_func (g_free);
  q = self->query;
  if (q == NULL)
    return pairs;

  add_filter (pairs, _("Group"), rpt_query_get_group (q));
  if (rpt_query_get_status (q) != NULL)
    add_filter (pairs, _("Status"), rpt_status_get_label (rpt_query_get_status (q)));
  if (rpt_query_get_approvals_only (q))
    add_filter (pairs, _("Status"), _("Approvals only"));
  if (rpt_query_get_kind (q) != NULL)
    add_filter (pairs, _("Kind"), rpt_kind_get_label (rpt_query_get_kind (q)));
  add_filter (pairs, _("Series"), rpt_query_get_series (q));
  add_filter (pairs, _("Sector"), rpt_query_get_sector (q));
  add_filter (pairs, _("Report"), rpt_query_get_report (q));
  add_filter (pairs, _("Resolution"), rpt_query_get_resolution (q));
  add_filter (pairs, _("Search"), rpt_query_get_text (q));
  if (rpt_query_get_ids (q) != NULL && rpt_query_get_ids (q)[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) rpt_query_get_ids (q));

      add_filter (pairs, _("Deliverables"), joined);
    }

  return pairs;
}

void
rpt_export_request_get_page_points (RptExportRequest *self,
                                    double           *width,
                                    double           *height)
{
  double w, h;

  g_return_if_fail (self != NULL);

  if (self->page_size == RPT_EXPORT_PAGE_LETTER)
    w = 612, h = 792;
  else
    w = 595.2756, h = 841.8898;   /* 210 × 297 mm */

  if (self->orientation == RPT_EXPORT_LANDSCAPE)
    {
      double t = w;

      w = h;
      h = t;
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/**
 * rpt_export_request_suggest_file_name:
 * @extension: "pdf", "csv" or "json"
 *
 * Returns: (transfer full): a file name made of the title, such as
 *   "ITU-T SG17 deliverables.pdf", without characters file systems refuse
 */
char *
rpt_export_request_suggest_file_name (RptExportRequest *self,
                                      const char       *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *title;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  title = rpt_export_request_get_title (self);
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
          c == '"' || c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c))
        c = ' ';
      if (c == ' ' && (name->len == 0 || name->str[name->len - 1] == ' '))
        continue;
      g_string_append_unichar (name, c);
      if (name->len > 100)
        break;
    }
  while (name->len > 0 && (name->str[name->len - 1] == ' ' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_append (name, "rapporteur-export");

  g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* ------------------------------------------------------------------------ */
/* Shared by the CSV and JSON writers                                       */
/* ------------------------------------------------------------------------ */

const char * const _rpt_export_columns[] = {
  "id", "title", "kind", "status", "group", "sector", "series",
  "report", "period", "section", "excerpt", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (_rpt_export_columns) == _RPT_EXPORT_N_COLUMNS + 1);

const char *
_rpt_export_row_get_field (const RptExportRow *row,
                           guint               column)
{
  const char *fields[_RPT_EXPORT_N_COLUMNS] = {
    row->id, row->title, row->kind, row->status, row->group, row->sector,
    row->series, row->report, row->period, row->section, row->excerpt,
  };

  g_assert (column < _RPT_EXPORT_N_COLUMNS);
  return fields[column];
}

gboolean
_rpt_export_write_text (const char    *path,
                        const char    *text,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(RptAtomicFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  file = rpt_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  if (!g_output_stream_write_all (rpt_atomic_file_stream (file), text, strlen (text),
                                  NULL, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return rpt_atomic_file_commit (file, error);
}
