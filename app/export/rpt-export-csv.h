/* rpt-export-csv.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-export-doc.h"

G_BEGIN_DECLS

/* CSV as RFC 4180 has it: a header row, CRLF line ends, fields holding a
 * comma, a double quote, CR or LF in double quotes with inner quotes doubled.
 * UTF-8 without a byte order mark (RFC 4180 and most tools want none;
 * spreadsheets that guess ask for the encoding on import).  The columns
 * are those of the JSON rows (docs/export-format.md). */

char     *rpt_export_csv_to_string (RptExportRequest  *request);
gboolean  rpt_export_csv_write     (RptExportRequest  *request,
                                    RptLibrary        *library,
                                    const char        *path,
                                    GCancellable      *cancellable,
                                    GError           **error);

G_END_DECLS
