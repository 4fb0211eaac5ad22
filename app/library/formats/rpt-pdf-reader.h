/* rpt-pdf-reader.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Returns the text of the PDF in the shape the parser reads, or NULL with
 * an RPT_FORMATS_ERROR naming @display_name. */
char *_rpt_pdf_read_text (GBytes        *bytes,
                          const char    *display_name,
                          GCancellable  *cancellable,
                          GError       **error);

G_END_DECLS
