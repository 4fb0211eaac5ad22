/* rpt-import.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The seam between a file the user picked and the text the parser reads:
 * rpt_import_extract_text() hands the bytes to the formats layer
 * (app/library/formats/: text, .docx, PDF) and is the one place that does. */

/* Reads @file (at most RPT_CORPUS_MAX_SIZE bytes) and returns its text as
 * UTF-8, or %NULL with an RPT_LIBRARY_ERROR naming the file. */
char     *rpt_import_read_file     (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* Turns the bytes of a file named @file_name into UTF-8 text. */
char     *rpt_import_extract_text  (GBytes        *bytes,
                                    const char    *file_name,
                                    GError       **error);

/* SHA-256 of the UTF-8 text, lower-case hex: the content hash that keeps an
 * import from duplicating a report. */
char     *rpt_import_content_hash  (const char    *text,
                                    gsize          length);

G_END_DECLS
