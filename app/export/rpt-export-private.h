/* rpt-export-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-export-doc.h"

G_BEGIN_DECLS

/* The columns of the CSV file and the keys of the JSON rows, in order. */
extern const char * const _rpt_export_columns[];
#define _RPT_EXPORT_N_COLUMNS 11

const char *_rpt_export_row_get_field  (const RptExportRow  *row,
                                        guint                column);
gboolean    _rpt_export_write_text     (const char          *path,
                                        const char          *text,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS
