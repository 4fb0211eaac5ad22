/* rpt-import-controller.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_IMPORT_CONTROLLER (rpt_import_controller_get_type ())

G_DECLARE_FINAL_TYPE (RptImportController, rpt_import_controller, RPT, IMPORT_CONTROLLER, GObject)

/* The user's side of importing, owned by a window: the file chooser
 * (win.import), files and folders dropped on the window, the progress bar
 * with Cancel, the toasts ("Added 2 reports" + Show, "… is already in the
 * library"), the error dialog, and removing a report with Undo
 * (win.remove-report, int64 id) and re-adding the bundled reports
 * (win.reimport-bundled).  The actions go into @window's action map.
 * @bar_box gets the progress bar appended. */
RptImportController *rpt_import_controller_new            (GtkWindow            *window,
                                                           AdwToastOverlay      *toast_overlay,
                                                           GtkBox               *bar_box);

RptLibrary          *rpt_import_controller_get_library    (RptImportController  *self);
void                 rpt_import_controller_set_library    (RptImportController  *self,
                                                           RptLibrary           *library);
gboolean             rpt_import_controller_get_busy       (RptImportController  *self);

void                 rpt_import_controller_import         (RptImportController  *self,
                                                           GFile               **files,
                                                           guint                 n_files);
void                 rpt_import_controller_open           (RptImportController  *self,
                                                           GFile               **files,
                                                           guint                 n_files);
void                 rpt_import_controller_cancel         (RptImportController  *self);
gboolean             rpt_import_controller_remove_report  (RptImportController  *self,
                                                           RptReport            *report);
void                 rpt_import_controller_reimport_bundled (RptImportController *self);

/* For tests: the last toast's title and the error dialog shown (if any). */
const char          *rpt_import_controller_get_last_toast (RptImportController  *self);
GtkWidget           *rpt_import_controller_get_dialog     (RptImportController  *self);
GtkWidget           *rpt_import_controller_get_bar        (RptImportController  *self);
void                 rpt_import_controller_set_progress_delay (RptImportController *self,
                                                           guint                 delay_ms);

/* Whether a file found in a dropped folder is imported (.txt, .md, .docx,
 * .pdf, any case). */
gboolean             rpt_import_is_report_name            (const char           *name);

G_END_DECLS
