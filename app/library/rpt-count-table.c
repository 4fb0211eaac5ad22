/* rpt-count-table.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-count-table"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-count-table.h"

typedef struct
{
  char *key;
  char *label;
} Axis;

struct _RptCountTable
{
  gatomicrefcount ref_count;
  RptDimension row_dimension;
  RptDimension column_dimension;
  GArray *rows;                 /* Axis */
  GArray *columns;              /* Axis */
  GHashTable *row_index;        /* key → index + 1 */
  GHashTable *column_index;
  GArray *counts;               /* guint, rows × columns, grown on demand */
};

G_DEFINE_BOXED_TYPE (RptCountTable, rpt_count_table, rpt_count_table_ref, rpt_count_table_unref)

static void
axis_clear (gpointer data)
{
  Axis *axis = data;

  g_free (axis->key);
  g_free (axis->label);
}

/**
 * rpt_count_table_new:
 * @rows: what the rows are
 * @columns: what the columns are; %RPT_DIMENSION_NONE for one total column
 *
 * Returns: (transfer full): an empty table
 */
RptCountTable *
rpt_count_table_new (RptDimension rows,
                     RptDimension columns)
{
  RptCountTable *self = g_new0 (RptCountTable, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->row_dimension = rows;
  self->column_dimension = columns;
  self->rows = g_array_new (FALSE, TRUE, sizeof (Axis));
  self->columns = g_array_new (FALSE, TRUE, sizeof (Axis));
  g_array_set_clear_func (self->rows, axis_clear);
  g_array_set_clear_func (self->columns, axis_clear);
  self->row_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->column_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->counts = g_array_new (FALSE, TRUE, sizeof (guint));

  if (columns == RPT_DIMENSION_NONE)
    rpt_count_table_add_column (self, "", _("Total"));

  return self;
}

/**
 * rpt_count_table_ref:
 * @self: a table
 *
 * Returns: (transfer full): @self
 */
RptCountTable *
rpt_count_table_ref (RptCountTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_count_table_unref (RptCountTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->row_index);
  g_hash_table_unref (self->column_index);
  g_array_unref (self->rows);
  g_array_unref (self->columns);
  g_array_unref (self->counts);
  g_free (self);
}

RptDimension
rpt_count_table_get_row_dimension (RptCountTable *self)
{
  g_return_val_if_fail (self != NULL, RPT_DIMENSION_NONE);
  return self->row_dimension;
}

RptDimension
rpt_count_table_get_column_dimension (RptCountTable *self)
{
  g_return_val_if_fail (self != NULL, RPT_DIMENSION_NONE);
  return self->column_dimension;
}

guint
rpt_count_table_get_n_rows (RptCountTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

guint
rpt_count_table_get_n_columns (RptCountTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

/**
 * rpt_count_table_get_row_key:
 * @self: a table
 * @row: a row index
 *
 * Returns: (transfer none): the value an #RptQuery filters on for this row
 */
const char *
rpt_count_table_get_row_key (RptCountTable *self,
                             guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->rows->len, NULL);
  return g_array_index (self->rows, Axis, row).key;
}

/**
 * rpt_count_table_get_row_label:
 * @self: a table
 * @row: a row index
 *
 * Returns: (transfer none): what users read for this row
 */
const char *
rpt_count_table_get_row_label (RptCountTable *self,
                               guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->rows->len, NULL);
  return g_array_index (self->rows, Axis, row).label;
}

const char *
rpt_count_table_get_column_key (RptCountTable *self,
                                guint          column)
{
  g_return_val_if_fail (self != NULL && column < self->columns->len, NULL);
  return g_array_index (self->columns, Axis, column).key;
}

const char *
rpt_count_table_get_column_label (RptCountTable *self,
                                  guint          column)
{
  g_return_val_if_fail (self != NULL && column < self->columns->len, NULL);
  return g_array_index (self->columns, Axis, column).label;
}

static guint *
cell (RptCountTable *self,
      guint          row,
      guint          column)
{
  /* Stored row-major with a stride of the column count at the time of
   * reading; callers add all axes before counts (see rpt_count_table_add). */
  gsize index = (gsize) row * self->columns->len + column;

  if (index >= self->counts->len)
    g_array_set_size (self->counts, self->rows->len * self->columns->len);

  return &g_array_index (self->counts, guint, index);
}

guint
rpt_count_table_get_count (RptCountTable *self,
                           guint          row,
                           guint          column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len && column < self->columns->len, 0);

  if ((gsize) row * self->columns->len + column >= self->counts->len)
    return 0;
  return *cell (self, row, column);
}

guint
rpt_count_table_get_row_total (RptCountTable *self,
                               guint          row)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL && row < self->rows->len, 0);

  for (guint c = 0; c < self->columns->len; c++)
    total += rpt_count_table_get_count (self, row, c);
  return total;
}

guint
rpt_count_table_get_column_total (RptCountTable *self,
                                  guint          column)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL && column < self->columns->len, 0);

  for (guint r = 0; r < self->rows->len; r++)
    total += rpt_count_table_get_count (self, r, column);
  return total;
}

guint
rpt_count_table_get_total (RptCountTable *self)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint r = 0; r < self->rows->len; r++)
    total += rpt_count_table_get_row_total (self, r);
  return total;
}

/**
 * rpt_count_table_get_max:
 * @self: a table
 *
 * Returns: the largest single cell (the scale of a grouped bar chart)
 */
guint
rpt_count_table_get_max (RptCountTable *self)
{
  guint max = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint r = 0; r < self->rows->len; r++)
    for (guint c = 0; c < self->columns->len; c++)
      max = MAX (max, rpt_count_table_get_count (self, r, c));
  return max;
}

/**
 * rpt_count_table_find_row:
 * @self: a table
 * @key: a row key
 *
 * Returns: the row index, or -1
 */
int
rpt_count_table_find_row (RptCountTable *self,
                          const char    *key)
{
  g_return_val_if_fail (self != NULL, -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->row_index, key ? key : "")) - 1;
}

int
rpt_count_table_find_column (RptCountTable *self,
                             const char    *key)
{
  g_return_val_if_fail (self != NULL, -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->column_index, key ? key : "")) - 1;
}

static guint
add_axis (GArray     *axes,
          GHashTable *index,
          const char *key,
          const char *label)
{
  Axis axis;
  gpointer found;

  key = key ? key : "";
  found = g_hash_table_lookup (index, key);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  axis.key = g_strdup (key);
  axis.label = g_strdup (label ? label : key);
  g_array_append_val (axes, axis);
  g_hash_table_insert (index, axis.key, GUINT_TO_POINTER (axes->len));
  return axes->len - 1;
}

/**
 * rpt_count_table_add_row:
 * @self: a table
 * @key: the row key ("" allowed)
 * @label: (nullable): its label, the key when %NULL
 *
 * Adds a row unless one with @key exists.  All rows and columns must be
 * added before the first rpt_count_table_add().
 *
 * Returns: the row index
 */
guint
rpt_count_table_add_row (RptCountTable *self,
                         const char    *key,
                         const char    *label)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->counts->len == 0, 0);
  return add_axis (self->rows, self->row_index, key, label);
}

guint
rpt_count_table_add_column (RptCountTable *self,
                            const char    *key,
                            const char    *label)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->counts->len == 0, 0);
  return add_axis (self->columns, self->column_index, key, label);
}

void
rpt_count_table_set_row_label (RptCountTable *self,
                               guint          row,
                               const char    *label)
{
  Axis *axis;

  g_return_if_fail (self != NULL && row < self->rows->len);
  axis = &g_array_index (self->rows, Axis, row);
  g_free (axis->label);
  axis->label = g_strdup (label ? label : axis->key);
}

void
rpt_count_table_set_column_label (RptCountTable *self,
                                  guint          column,
                                  const char    *label)
{
  Axis *axis;

  g_return_if_fail (self != NULL && column < self->columns->len);
  axis = &g_array_index (self->columns, Axis, column);
  g_free (axis->label);
  axis->label = g_strdup (label ? label : axis->key);
}

void
rpt_count_table_add (RptCountTable *self,
                     guint          row,
                     guint          column,
                     guint          count)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->rows->len && column < self->columns->len);

  *cell (self, row, column) += count;
}
