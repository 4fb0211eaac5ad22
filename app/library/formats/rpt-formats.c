/* rpt-formats.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-formats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-corpus.h"
#include "rpt-docx-reader.h"
#include "rpt-formats.h"
#include "rpt-pdf-reader.h"

G_DEFINE_QUARK (rpt-formats-error-quark, rpt_formats_error)

/* How far into the file we look for a PDF header and for binary bytes. */
#define PDF_HEADER_WINDOW 1024
#define SNIFF_WINDOW      (64 * 1024)

static gboolean
has_prefix (const guint8 *data,
            gsize         len,
            const char   *magic,
            gsize         magic_len)
{
  return len >= magic_len && memcmp (data, magic, magic_len) == 0;
}

#define HAS_MAGIC(data, len, magic) has_prefix ((data), (len), (magic), sizeof (magic) - 1)

static const guint8 *
find_bytes (const guint8 *data,
            gsize         len,
            const char   *needle,
            gsize         needle_len)
{
  if (needle_len == 0 || len < needle_len)
    return NULL;
  for (gsize i = 0; i + needle_len <= len; i++)
    if (data[i] == (guint8) needle[0] && memcmp (data + i, needle, needle_len) == 0)
      return data + i;
  return NULL;
}

static gboolean
is_cfb (const guint8 *data,
        gsize         len)
{
  return HAS_MAGIC (data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

/* An Office file saved with a password is a compound file holding an
 * "EncryptedPackage" stream (the name is UTF-16 in the directory). */
static gboolean
is_encrypted_office (const guint8 *data,
                     gsize         len)
{
  static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";

  return is_cfb (data, len) && find_bytes (data, len, name, sizeof name - 1) != NULL;
}

/* What a binary file looks like, in words for an error message, or NULL. */
static const char *
describe_binary (const guint8 *data,
                 gsize         len)
{
  if (HAS_MAGIC (data, len, "\x89PNG\r\n\x1A\n"))
    return _("a PNG image");
  if (HAS_MAGIC (data, len, "\xFF\xD8\xFF"))
    return _("a JPEG image");
  if (HAS_MAGIC (data, len, "GIF87a") || HAS_MAGIC (data, len, "GIF89a"))
    return _("a GIF image");
  if (HAS_MAGIC (data, len, "II*\0") || HAS_MAGIC (data, len, "MM\0*"))
    return _("a TIFF image");
  if (len >= 12 && HAS_MAGIC (data, len, "RIFF") && memcmp (data + 8, "WEBP", 4) == 0)
    return _("a WebP image");
  if (len >= 12 && memcmp (data + 4, "ftyp", 4) == 0)
    {
      if (memcmp (data + 8, "heic", 4) == 0 || memcmp (data + 8, "heix", 4) == 0 ||
          memcmp (data + 8, "avif", 4) == 0 || memcmp (data + 8, "mif1", 4) == 0)
        return _("a HEIF image");
      return _("a video or audio file");
    }
  if (HAS_MAGIC (data, len, "{\\rtf"))
    return _("an RTF document");
  if (HAS_MAGIC (data, len, "%!PS"))
    return _("a PostScript document");
  if (is_cfb (data, len))
    return _("an old Word (.doc) or other Office 97–2003 file");
  if (HAS_MAGIC (data, len, "\x1F\x8B"))
    return _("a gzip archive");
  if (HAS_MAGIC (data, len, "7z\xBC\xAF\x27\x1C"))
    return _("a 7-Zip archive");
  if (HAS_MAGIC (data, len, "Rar!\x1A\x07"))
    return _("a RAR archive");
  if (HAS_MAGIC (data, len, "\x7F" "ELF"))
    return _("a program");
  if (HAS_MAGIC (data, len, "ID3") || HAS_MAGIC (data, len, "OggS") || HAS_MAGIC (data, len, "fLaC"))
    return _("an audio file");
  if (HAS_MAGIC (data, len, "SQLite format 3"))
    return _("an SQLite database");
  return NULL;
}

static gboolean
is_pdf (const guint8 *data,
        gsize         len)
{
  /* The header may follow a little junk; readers accept up to 1 KB. */
  return find_bytes (data, MIN (len, PDF_HEADER_WINDOW), "%PDF-", 5) != NULL;
}

static gboolean
has_utf16_bom (const guint8 *data,
               gsize         len)
{
  return HAS_MAGIC (data, len, "\xFF\xFE") || HAS_MAGIC (data, len, "\xFE\xFF");
}

static gboolean
looks_binary (const guint8 *data,
              gsize         len)
{
  gsize window = MIN (len, SNIFF_WINDOW);
  gsize controls = 0;

  for (gsize i = 0; i < window; i++)
    {
      guint8 b = data[i];

      if (b == 0)
        return TRUE;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B)
        controls++;
    }

  /* Text has a stray control character now and then, not one in fifty. */
  return controls * 50 > window;
}

/**
 * rpt_file_format_detect:
 * @data: (array length=len): the first bytes of a file, or all of it
 * @len: how many
 *
 * Finds the format of a file from its content.  A zip is a Word document
 * only when it holds word/document.xml, which needs the whole file.
 *
 * Returns: the format
 */
RptFileFormat
rpt_file_format_detect (const guint8 *data,
                        gsize         len)
{
  g_return_val_if_fail (data != NULL || len == 0, RPT_FILE_FORMAT_BINARY);

  if (HAS_MAGIC (data, len, "PK\x03\x04") || HAS_MAGIC (data, len, "PK\x05\x06"))
    return _rpt_docx_probe (data, len) == _RPT_ZIP_WORD ? RPT_FILE_FORMAT_DOCX : RPT_FILE_FORMAT_ZIP;
  if (is_pdf (data, len))
    return RPT_FILE_FORMAT_PDF;
  if (has_utf16_bom (data, len))
    return RPT_FILE_FORMAT_TEXT;
  if (describe_binary (data, len) != NULL || looks_binary (data, len))
    return RPT_FILE_FORMAT_BINARY;
  return RPT_FILE_FORMAT_TEXT;
}

/**
 * rpt_file_format_to_string:
 * @format: a format
 *
 * Returns: a short, untranslated name: "text", "docx", "pdf", "zip", "binary"
 */
const char *
rpt_file_format_to_string (RptFileFormat format)
{
  switch (format)
    {
    case RPT_FILE_FORMAT_TEXT:
      return "text";
    case RPT_FILE_FORMAT_DOCX:
      return "docx";
    case RPT_FILE_FORMAT_PDF:
      return "pdf";
    case RPT_FILE_FORMAT_ZIP:
      return "zip";
    case RPT_FILE_FORMAT_BINARY:
    default:
      return "binary";
    }
}

/**
 * rpt_formats_limits_init:
 * @limits: (out caller-allocates): limits to fill
 *
 * Sets the default limits: RPT_CORPUS_MAX_SIZE (256 MB) for the file and
 * RPT_FORMATS_MAX_UNPACKED_SIZE (64 MB) for what is unpacked from it.
 */
void
rpt_formats_limits_init (RptFormatsLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_file_size = RPT_CORPUS_MAX_SIZE;
  limits->max_unpacked_size = RPT_FORMATS_MAX_UNPACKED_SIZE;
}

char *
_rpt_formats_format_size (gsize size)
{
  const gsize mb = 1024 * 1024;

  /* Limits are whole binary megabytes and users know them as "256 MB". */
  if (size % mb == 0)
    return g_strdup_printf (_("%u MB"), (guint) (size / mb));
  if (size >= mb)
    return g_strdup_printf (_("%.1f MB"), (double) size / mb);
  return g_format_size_full (size, G_FORMAT_SIZE_LONG_FORMAT);
}

static gboolean
name_has_suffix (const char *name,
                 const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, suffix);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
set_not_readable (GError      **error,
                  const char   *name,
                  const char   *looks_like)
{
  /* Say what the file was meant to be when its name claims a format. */
  if (name_has_suffix (name, ".pdf"))
    {
      if (looks_like != NULL)
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                     _("“%s” is not a PDF document: it looks like %s"), name, looks_like);
      else
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                     _("“%s” is not a PDF document: its content is not recognised"), name);
    }
  else if (name_has_suffix (name, ".docx"))
    {
      if (looks_like != NULL)
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                     _("“%s” is not a Word document: it looks like %s"), name, looks_like);
      else
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                     _("“%s” is not a Word document: its content is not recognised"), name);
    }
  else if (looks_like != NULL)
    g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                 _("“%s” is not a report Rapporteur can read: it looks like %s. "
                   "Reports are read from Word (.docx), PDF and text files"), name, looks_like);
  else
    g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_UNSUPPORTED,
                 _("“%s” is not a text, Word (.docx) or PDF file"), name);
}

static char *
extract_zip (const guint8 *data,
             gsize         len,
             const char   *name,
             GError      **error)
{
  switch (_rpt_docx_probe (data, len))
    {
    case _RPT_ZIP_SPREADSHEET:
      set_not_readable (error, name, _("an Excel workbook"));
      return NULL;
    case _RPT_ZIP_PRESENTATION:
      set_not_readable (error, name, _("a PowerPoint presentation"));
      return NULL;
    case _RPT_ZIP_OPENDOCUMENT:
      set_not_readable (error, name, _("an OpenDocument file; save it as Word (.docx) or PDF"));
      return NULL;
    case _RPT_ZIP_DAMAGED:
      if (name_has_suffix (name, ".docx"))
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                     _("“%s” is damaged: it is not a readable Word document (the ZIP archive cannot be opened)"),
                     name);
      else
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                     _("“%s” is a damaged ZIP archive"), name);
      return NULL;
    case _RPT_ZIP_OTHER:
    case _RPT_ZIP_WORD:
    default:
      break;
    }

  if (name_has_suffix (name, ".docx"))
    g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                 _("“%s” is damaged: it is a ZIP archive without the document text (word/document.xml is missing)"),
                 name);
  else
    set_not_readable (error, name, _("a ZIP archive"));
  return NULL;
}

static char *
extract_text_file (const guint8 *data,
                   gsize         len,
                   const char   *name,
                   GError      **error)
{
  if (has_utf16_bom (data, len))
    {
      /* Word's "Unicode text" is UTF-16; the parser decodes UTF-8 and
       * Windows-1252 only. */
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      g_autoptr(GError) local_error = NULL;
      g_autofree char *utf8 = NULL;
      gsize written = 0;

      utf8 = g_convert ((const char *) data + 2, len - 2, "UTF-8", from, NULL, &written, &local_error);
      if (utf8 == NULL)
        {
          g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                       _("“%s” is damaged: it starts as UTF-16 text but is not (%s)"),
                       name, local_error->message);
          return NULL;
        }
      return rpt_corpus_decode (utf8, written, name, error);
    }

  return rpt_corpus_decode ((const char *) data, len, name, error);
}

/**
 * rpt_formats_extract_text_full:
 * @bytes: the content of a dropped or opened file
 * @file_name: its name or path, for messages only (the base name is shown)
 * @limits: (nullable): size limits, or %NULL for the defaults
 * @out_format: (out) (optional): the format that was found
 * @cancellable: (nullable): checked between pages and parts, for an import
 *   running in a GTask
 * @error: return location for an error
 *
 * Turns a report file into the text the parser reads.  The format comes
 * from the content, not the name.  Word and PDF files are converted (see
 * rpt-formats.h for the shape).  Plain text is decoded by
 * rpt_corpus_decode(), exactly as rpt_corpus_parse_bytes() would, and its
 * errors keep the RPT_CORPUS_ERROR domain; every other error is an
 * RPT_FORMATS_ERROR whose message names the file and the reason.
 *
 * Returns: (transfer full): UTF-8 text, or %NULL with @error set
 */
char *
rpt_formats_extract_text_full (GBytes                  *bytes,
                               const char              *file_name,
                               const RptFormatsLimits  *limits,
                               RptFileFormat           *out_format,
                               GCancellable            *cancellable,
                               GError                 **error)
{
  RptFormatsLimits defaults;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  const guint8 *data;
  RptFileFormat format;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (limits == NULL)
    {
      rpt_formats_limits_init (&defaults);
      limits = &defaults;
    }

  name = g_path_get_basename (file_name != NULL ? file_name : _("Untitled"));
  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      if (out_format != NULL)
        *out_format = RPT_FILE_FORMAT_TEXT;
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return NULL;
    }

  format = rpt_file_format_detect (data, len);
  if (out_format != NULL)
    *out_format = format;

  if (len > limits->max_file_size)
    {
      g_autofree char *size = _rpt_formats_format_size (len);
      g_autofree char *limit = _rpt_formats_format_size (limits->max_file_size);

      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s): Rapporteur reads reports of up to %s"),
                   name, size, limit);
      return NULL;
    }

  switch (format)
    {
    case RPT_FILE_FORMAT_DOCX:
      text = _rpt_docx_read_text (data, len, name, limits->max_unpacked_size, cancellable, error);
      break;

    case RPT_FILE_FORMAT_PDF:
      text = _rpt_pdf_read_text (bytes, name, cancellable, error);
      break;

    case RPT_FILE_FORMAT_ZIP:
      return extract_zip (data, len, name, error);

    case RPT_FILE_FORMAT_BINARY:
      if (is_encrypted_office (data, len))
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_ENCRYPTED,
                     _("“%s” is protected by a password; open it in Word, remove the password and save it again"),
                     name);
      else
        set_not_readable (error, name, describe_binary (data, len));
      return NULL;

    case RPT_FILE_FORMAT_TEXT:
    default:
      return extract_text_file (data, len, name, error);
    }

  if (text != NULL && is_blank (text))
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_EMPTY,
                   _("“%s” contains no text"), name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/**
 * rpt_formats_extract_text:
 * @bytes: the content of a dropped or opened file
 * @file_name: its name or path, for messages only
 * @error: return location for an error
 *
 * rpt_formats_extract_text_full() with the default limits.
 *
 * Returns: (transfer full): UTF-8 text for rpt_corpus_parse_text(), or
 *   %NULL with @error set
 */
char *
rpt_formats_extract_text (GBytes      *bytes,
                          const char  *file_name,
                          GError     **error)
{
  return rpt_formats_extract_text_full (bytes, file_name, NULL, NULL, NULL, error);
}
