/* rpt-formats.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* ITU publishes its reports as Word and PDF files.  These readers turn a
 * dropped file into the plain text the parser reads (docs/extraction-rules.md,
 * "Text clean-up" and "Sections"): one line per paragraph, numbered
 * paragraphs as "2.1.3<TAB>text", bullets as "·<TAB>text", footnote markers
 * "[footnoteRef:N]" with the bodies "[N: text]" after their paragraph.
 *
 * The format is found from the bytes, never from the file name; the name is
 * only used in error messages.  GLib, libarchive, libxml2 and poppler-glib
 * only: no GTK, and the functions are safe to call from a GTask thread. */

#include <gio/gio.h>

G_BEGIN_DECLS

#define RPT_FORMATS_ERROR (rpt_formats_error_quark ())

typedef enum
{
  RPT_FORMATS_ERROR_EMPTY,       /* no bytes at all, or a document without text */
  RPT_FORMATS_ERROR_TOO_LARGE,   /* over the size limit, packed or unpacked */
  RPT_FORMATS_ERROR_UNSUPPORTED, /* an image, another archive, a .doc, random bytes */
  RPT_FORMATS_ERROR_ENCRYPTED,   /* needs a password */
  RPT_FORMATS_ERROR_CORRUPT,     /* claims to be a .docx or PDF but cannot be read */
  RPT_FORMATS_ERROR_NO_TEXT,     /* a PDF of scanned pages: nothing to extract */
} RptFormatsError;

typedef enum
{
  RPT_FILE_FORMAT_TEXT,    /* plain text or markdown, any encoding the parser decodes */
  RPT_FILE_FORMAT_DOCX,    /* a zip holding word/document.xml */
  RPT_FILE_FORMAT_PDF,     /* "%PDF-" in the first kilobyte */
  RPT_FILE_FORMAT_ZIP,     /* a zip that is not a Word document (or is damaged) */
  RPT_FILE_FORMAT_BINARY,  /* anything else that is not text */
} RptFileFormat;

/* What a .docx may unpack to, all parts together.  A report's Word XML is a
 * few megabytes, and parsed XML takes about ten times its size in memory,
 * so this is well below the file limit. */
#define RPT_FORMATS_MAX_UNPACKED_SIZE (64 * 1024 * 1024)

/* Limits on what a reader accepts: RPT_CORPUS_MAX_SIZE (256 MB) for the
 * file and RPT_FORMATS_MAX_UNPACKED_SIZE (64 MB) unpacked by default; the
 * tests lower them rather than writing huge files. */
typedef struct
{
  gsize max_file_size;     /* bytes of the file itself */
  gsize max_unpacked_size; /* bytes unpacked from a .docx, all parts together */
} RptFormatsLimits;

GQuark         rpt_formats_error_quark       (void);

RptFileFormat  rpt_file_format_detect        (const guint8           *data,
                                              gsize                   len);
const char    *rpt_file_format_to_string     (RptFileFormat           format);

void           rpt_formats_limits_init       (RptFormatsLimits       *limits);

char          *rpt_formats_extract_text      (GBytes                 *bytes,
                                              const char             *file_name,
                                              GError                **error);
char          *rpt_formats_extract_text_full (GBytes                 *bytes,
                                              const char             *file_name,
                                              const RptFormatsLimits *limits,
                                              RptFileFormat          *out_format,
                                              GCancellable           *cancellable,
                                              GError                **error);

/* For the readers' messages: "256 MB", "1.5 MB", "900 bytes". */
char          *_rpt_formats_format_size      (gsize                   size);

G_END_DECLS
