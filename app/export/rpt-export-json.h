/* rpt-export-json.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-export-doc.h"

G_BEGIN_DECLS

/* The JSON export: {"format": "rapporteur-export", "version": 1, ...},
 * described in docs/export-format.md. */

#define RPT_EXPORT_JSON_FORMAT  "rapporteur-export"
#define RPT_EXPORT_JSON_VERSION 1

char     *rpt_export_json_to_string (RptExportRequest  *request);
gboolean  rpt_export_json_write     (RptExportRequest  *request,
                                     RptLibrary        *library,
                                     const char        *path,
                                     GCancellable      *cancellable,
                                     GError           **error);

G_END_DECLS
