/* rpt-count-table.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rpt-query.h"

G_BEGIN_DECLS

/**
 * RptCountFlags:
 * @RPT_COUNT_MENTIONS: count every mention (one per report, section and id)
 * @RPT_COUNT_DISTINCT: count each deliverable once per report (what a
 *   report's "N Recommendations were approved" counts)
 */
typedef enum
{
  RPT_COUNT_MENTIONS = 0,
  RPT_COUNT_DISTINCT = 1 << 0,
} RptCountFlags;

#define RPT_TYPE_COUNT_TABLE (rpt_count_table_get_type ())

/* A chart's data: rows × columns → count, with the machine keys (the values
 * an RptQuery filters on) and the labels users read.  Rows and columns are in
 * display order: reports by period, statuses in workflow order, kinds in
 * vocabulary order, groups, series, sectors and Resolutions in natural order
 * (SG2 before SG11).  A table with RPT_DIMENSION_NONE columns has one column
 * with key "" and label "Total". */
typedef struct _RptCountTable RptCountTable;

GType          rpt_count_table_get_type             (void) G_GNUC_CONST;
RptCountTable *rpt_count_table_ref                  (RptCountTable *self);
void           rpt_count_table_unref                (RptCountTable *self);

RptDimension   rpt_count_table_get_row_dimension    (RptCountTable *self);
RptDimension   rpt_count_table_get_column_dimension (RptCountTable *self);
guint          rpt_count_table_get_n_rows           (RptCountTable *self);
guint          rpt_count_table_get_n_columns        (RptCountTable *self);
const char    *rpt_count_table_get_row_key          (RptCountTable *self,
                                                     guint          row);
const char    *rpt_count_table_get_row_label        (RptCountTable *self,
                                                     guint          row);
const char    *rpt_count_table_get_column_key       (RptCountTable *self,
                                                     guint          column);
const char    *rpt_count_table_get_column_label     (RptCountTable *self,
                                                     guint          column);
guint          rpt_count_table_get_count            (RptCountTable *self,
                                                     guint          row,
                                                     guint          column);
guint          rpt_count_table_get_row_total        (RptCountTable *self,
                                                     guint          row);
guint          rpt_count_table_get_column_total     (RptCountTable *self,
                                                     guint          column);
guint          rpt_count_table_get_total            (RptCountTable *self);
guint          rpt_count_table_get_max              (RptCountTable *self);
int            rpt_count_table_find_row             (RptCountTable *self,
                                                     const char    *key);
int            rpt_count_table_find_column          (RptCountTable *self,
                                                     const char    *key);

/* For the layers that build tables (library, model). */
RptCountTable *rpt_count_table_new                  (RptDimension   rows,
                                                     RptDimension   columns);
guint          rpt_count_table_add_row              (RptCountTable *self,
                                                     const char    *key,
                                                     const char    *label);
guint          rpt_count_table_add_column           (RptCountTable *self,
                                                     const char    *key,
                                                     const char    *label);
void           rpt_count_table_set_row_label        (RptCountTable *self,
                                                     guint          row,
                                                     const char    *label);
void           rpt_count_table_set_column_label     (RptCountTable *self,
                                                     guint          column,
                                                     const char    *label);
void           rpt_count_table_add                  (RptCountTable *self,
                                                     guint          row,
                                                     guint          column,
                                                     guint          count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptCountTable, rpt_count_table_unref)

G_END_DECLS
