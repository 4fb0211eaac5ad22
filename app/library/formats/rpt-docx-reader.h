/* rpt-docx-reader.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a zip archive turns out to be, from its member names alone. */
typedef enum
{
  _RPT_ZIP_DAMAGED,      /* not readable as a zip */
  _RPT_ZIP_WORD,         /* has word/document.xml */
  _RPT_ZIP_SPREADSHEET,  /* an Excel workbook */
  _RPT_ZIP_PRESENTATION, /* a PowerPoint presentation */
  _RPT_ZIP_OPENDOCUMENT, /* an .odt, .ods... */
  _RPT_ZIP_OTHER,        /* any other zip */
} RptZipKind;

RptZipKind  _rpt_docx_probe     (const guint8  *data,
                                 gsize          len);

/* Returns the text of the Word document in the shape the parser reads, or
 * NULL with an RPT_FORMATS_ERROR naming @display_name.  At most
 * @max_unpacked bytes are unpacked, all parts together. */
char       *_rpt_docx_read_text (const guint8  *data,
                                 gsize          len,
                                 const char    *display_name,
                                 gsize          max_unpacked,
                                 GCancellable  *cancellable,
                                 GError       **error);

G_END_DECLS
