/* rpt-export-dialog.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-export-doc.h"
#include "rpt-model.h"

G_BEGIN_DECLS

typedef enum
{
  RPT_EXPORT_FORMAT_PDF,
  RPT_EXPORT_FORMAT_CSV,
  RPT_EXPORT_FORMAT_JSON,
} RptExportFormat;

#define RPT_TYPE_EXPORT_DIALOG (rpt_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RptExportDialog, rpt_export_dialog, RPT, EXPORT_DIALOG, AdwWindow)

/* The Export dialog: a title (prefilled from the request), the contents
 * (table, charts, source sentences), the format (PDF, CSV, JSON) and, for a
 * PDF, the page size and orientation; the defaults come from @settings
 * (export-page-size, export-orientation, export-include-charts,
 * export-include-sources).  Export… opens the file chooser (the portal in
 * the Flatpak; it asks before replacing a file), then writes the file
 * atomically on a worker thread.  Success: a toast with Open on
 * @toast_overlay and the dialog closes.  Failure: an AdwMessageDialog that
 * names the file and the reason, and the dialog stays to try again.
 *
 * RptExportDialog::finished (GFile *file, gpointer error) is emitted after
 * each write, @error a const GError * or %NULL. */

RptExportDialog  *rpt_export_dialog_new             (GtkWindow        *parent,
                                                     RptLibrary       *library,
                                                     GSettings        *settings,
                                                     RptExportRequest *request,
                                                     AdwToastOverlay  *toast_overlay);
void              rpt_export_dialog_set_format      (RptExportDialog  *self,
                                                     RptExportFormat   format);
RptExportFormat   rpt_export_dialog_get_format      (RptExportDialog  *self);
void              rpt_export_dialog_set_title_text  (RptExportDialog  *self,
                                                     const char       *title);
/* The request with the dialog's choices applied. */
RptExportRequest *rpt_export_dialog_get_request     (RptExportDialog  *self);
char             *rpt_export_dialog_suggest_file_name (RptExportDialog *self);
/* What the file chooser's Save does (the tests call it directly). */
void              rpt_export_dialog_export_to       (RptExportDialog  *self,
                                                     GFile            *file);
/* The error dialog of the last failed write, while it is open. */
GtkWidget        *rpt_export_dialog_get_error_dialog (RptExportDialog *self);

/* Printing: a GtkPrintOperation that lays @request out with the PDF's
 * layout on the printer's page (page size and orientation from the request
 * as the default page setup).  The request must be loaded. */
GtkPrintOperation *rpt_export_print_operation_new   (RptExportRequest *request);

G_END_DECLS
