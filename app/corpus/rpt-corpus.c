/* rpt-corpus.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "rpt-corpus.h"
#include "rpt-corpus-private.h"
#include "rpt-corpus-build-private.h"

/* Entry points: reading, decoding and checking the input, then handing the
 * cleaned text to the builder (rpt-corpus-build.c).  Every refusal is a
 * GError that names the file and the reason. */

G_DEFINE_QUARK (rpt-corpus-error-quark, rpt_corpus_error)

const char *
rpt_family_to_string (RptFamily family)
{
  switch (family)
    {
    case RPT_FAMILY_INTERNET_ACTIVITIES:
      return "internet-activities";
    case RPT_FAMILY_MOU_MG:
      return "mou-mg";
    case RPT_FAMILY_UNKNOWN:
    default:
      return "unknown";
    }
}

/* g_utf8_validate_len() with the same answer and end (RFC 3629: no
 * overlong forms, surrogates or code points above U+10FFFF; a NUL byte
 * ends the valid text), eight ASCII bytes at a time: reports are almost
 * all ASCII and GLib's byte loop was a tenth of the parse time. */
static gboolean
utf8_validate_fast (const char  *data,
                    gsize        length,
                    const char **end)
{
  const guchar *p = (const guchar *) data, *stop = p + length;

  while (p < stop)
    {
      guchar c;

      while (stop - p >= 8)
        {
          guint64 v;

          memcpy (&v, p, 8);
          /* a byte with its high bit set, or a zero byte */
          if (((v | ((v - G_GUINT64_CONSTANT (0x0101010101010101)) & ~v)) &
               G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          p += 8;
        }
      if (p >= stop)
        break;
      c = *p;
      if (c == 0)
        goto fail;
      if (c < 0x80)
        {
          p++;
          continue;
        }
      {
        gsize n;
        guchar lo = 0x80, hi = 0xBF;

        if (c >= 0xC2 && c <= 0xDF)
          n = 2;
        else if (c >= 0xE0 && c <= 0xEF)
          {
            n = 3;
            if (c == 0xE0)
              lo = 0xA0;
            else if (c == 0xED)
              hi = 0x9F;
          }
        else if (c >= 0xF0 && c <= 0xF4)
          {
            n = 4;
            if (c == 0xF0)
              lo = 0x90;
            else if (c == 0xF4)
              hi = 0x8F;
          }
        else
          goto fail;
        if ((gsize) (stop - p) < n)
          goto fail;
        if (p[1] < lo || p[1] > hi)
          goto fail;
        for (gsize k = 2; k < n; k++)
          if ((p[k] & 0xC0) != 0x80)
            goto fail;
        p += n;
      }
    }
  if (end != NULL)
    *end = (const char *) p;
  return TRUE;

fail:
  if (end != NULL)
    *end = (const char *) p;
  return FALSE;
}

/* Decoding (docs/extraction-rules.md "Text clean-up"): UTF-8 with or
 * without BOM, else Windows-1252; NUL bytes or a text full of bytes that
 * have no character in either is binary. */
static gboolean
check_binary (const char  *data,
              gsize        length,
              const char  *file_name,
              GError     **error)
{
  if (length == 0)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_EMPTY,
                   _("“%s” is empty"), file_name);
      return FALSE;
    }
  if (length > RPT_CORPUS_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      /* TRANSLATORS: the second %s is a size, such as “300.1 MB” */
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a report (%s; the limit is %d MB)"),
                   file_name, size, RPT_CORPUS_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_BINARY,
                   _("“%s” is a binary file, not a text report (it contains NUL bytes)"), file_name);
      return FALSE;
    }

  /* Control characters other than tab and line ends: text has next to
   * none.  The first 16 kB tell. */
  {
    gsize head = MIN (length, (gsize) 16384);
    gsize control = 0;

    for (gsize k = 0; k < head; k++)
      {
        guchar c = (guchar) data[k];

        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
          control++;
      }
    if (control * 50 > head)
      {
        g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_BINARY,
                     _("“%s” is a binary file, not a text report"), file_name);
        return FALSE;
      }
  }
  return TRUE;
}

/* Returns the UTF-8 text to clean: @data itself when it is valid UTF-8
 * (*owned set to NULL), else a converted copy in *owned. */
static const char *
decode_to_utf8 (const char  *data,
                gsize        length,
                const char  *file_name,
                gsize       *out_length,
                char       **owned,
                GError     **error)
{
  gsize undefined = 0, control = 0;
  char *converted;

  *owned = NULL;
  if (!check_binary (data, length, file_name, error))
    return NULL;

  {
    const char *valid_end = NULL;

    if (utf8_validate_fast (data, length, &valid_end))
      {
        *out_length = length;
        return data;
      }
    /* A file cut inside its last character is still UTF-8. */
    if (length - (valid_end - data) < 4 && ((guchar) *valid_end & 0xC0) == 0xC0)
      {
        gsize tail = length - (valid_end - data);
        gboolean continuation = TRUE;

        for (gsize k = 1; k < tail; k++)
          if (((guchar) valid_end[k] & 0xC0) != 0x80)
            continuation = FALSE;
        if (continuation && (valid_end - data) > 0)
          {
            *out_length = valid_end - data;
            return data;
          }
      }
  }

  converted = _rpt_corpus_from_cp1252 (data, length, &undefined, &control);
  /* A real Windows-1252 text has next to none of these. */
  if (undefined * 200 > length || control * 50 > length || (undefined > 0 && length < 64))
    {
      g_free (converted);
      g_set_error (error, RPT_CORPUS_ERROR,
                   control * 50 > length ? RPT_CORPUS_ERROR_BINARY : RPT_CORPUS_ERROR_ENCODING,
                   control * 50 > length ? _("“%s” is a binary file, not a text report")
                                         : _("“%s” is neither UTF-8 nor Windows-1252 text"),
                   file_name);
      return NULL;
    }
  *owned = converted;
  *out_length = strlen (converted);
  return converted;
}

char *
rpt_corpus_decode (const char  *data,
                   gsize        length,
                   const char  *file_name,
                   GError     **error)
{
  g_autofree char *owned = NULL;
  const char *text;
  gsize text_length = 0;
  GString *out;
  const char *p, *end;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (file_name == NULL)
    file_name = "report";
  text = decode_to_utf8 (data, length, file_name, &text_length, &owned, error);
  if (text == NULL)
    return NULL;

  /* drop a BOM, CRLF and CR to LF */
  p = text;
  end = text + text_length;
  if (text_length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  out = g_string_sized_new (end - p + 1);
  while (p < end)
    {
      const char *cr = memchr (p, '\r', end - p);

      if (cr == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, cr - p);
      g_string_append_c (out, '\n');
      p = cr + 1;
      if (p < end && *p == '\n')
        p++;
    }
  return g_string_free (out, FALSE);
}

static RptCorpusReport *parse_checked (const char *utf8_text, gsize length,
                                       const char *file_name, GError **error);

RptCorpusReport *
rpt_corpus_parse_text (const char  *utf8_text,
                       gsize        length,
                       const char  *file_name,
                       GError     **error)
{
  g_return_val_if_fail (utf8_text != NULL || length == 0, NULL);

  if (file_name == NULL)
    file_name = "report";
  if (length == (gsize) -1)
    length = strlen (utf8_text);
  if (!check_binary (utf8_text, length, file_name, error))
    return NULL;
  if (!utf8_validate_fast (utf8_text, length, NULL))
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_ENCODING,
                   _("“%s” is not valid UTF-8 text"), file_name);
      return NULL;
    }
  return parse_checked (utf8_text, length, file_name, error);
}

/* @utf8_text has been checked: UTF-8, not binary, not too large. */
static RptCorpusReport *
parse_checked (const char  *utf8_text,
               gsize        length,
               const char  *file_name,
               GError     **error)
{
  g_autoptr(RptCorpusReport) report = NULL;
  g_autofree char *clean = NULL;
  gsize clean_length = 0;
  gboolean has_letter = FALSE;

  clean = _rpt_corpus_clean (utf8_text, length, &clean_length);
  for (gsize k = 0; k < clean_length && !has_letter; k++)
    if (g_ascii_isalpha (clean[k]) || (guchar) clean[k] >= 0xC0)
      has_letter = TRUE;
  if (!has_letter)
    {
      gboolean blank = TRUE;

      for (gsize k = 0; k < clean_length && blank; k++)
        if (!g_ascii_isspace (clean[k]))
          blank = FALSE;
      g_set_error (error, RPT_CORPUS_ERROR,
                   blank ? RPT_CORPUS_ERROR_EMPTY : RPT_CORPUS_ERROR_NO_STRUCTURE,
                   blank ? _("“%s” is empty") : _("“%s” has no text in it, so it is not a report"),
                   file_name);
      return NULL;
    }

  report = _rpt_corpus_report_new (file_name);
  _rpt_corpus_build (report, clean, clean_length);
  return g_steal_pointer (&report);
}

RptCorpusReport *
rpt_corpus_parse_bytes (GBytes      *bytes,
                        const char  *file_name,
                        GError     **error)
{
  g_autofree char *owned = NULL;
  gsize length = 0, text_length = 0;
  const char *data;
  const char *text;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (file_name == NULL)
    file_name = "report";
  data = g_bytes_get_data (bytes, &length);
  /* Valid UTF-8 is parsed in place: the clean-up is the only copy. */
  text = decode_to_utf8 (data, length, file_name, &text_length, &owned, error);
  if (text == NULL)
    return NULL;
  /* decode_to_utf8() has checked it all */
  return parse_checked (text, text_length, file_name, error);
}

RptCorpusReport *
rpt_corpus_parse_file (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_name (path);
  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO,
                       _("Could not read “%s”: it is a folder"), name);
          return NULL;
        }
      if ((guint64) st.st_size > RPT_CORPUS_MAX_SIZE)
        {
          g_autofree char *size = g_format_size ((guint64) st.st_size);

          g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_TOO_LARGE,
                       _("“%s” is too large to be a report (%s; the limit is %d MB)"),
                       name, size, RPT_CORPUS_MAX_SIZE / (1024 * 1024));
          return NULL;
        }
    }

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (mapped);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return NULL;
    }
  return rpt_corpus_parse_bytes (bytes, name, error);
}

void
rpt_corpus_report_free (RptCorpusReport *report)
{
  if (report == NULL)
    return;

  g_free (report->file);
  g_free (report->title);
  g_free (report->period_text);
  g_free (report->period_from);
  g_free (report->period_to);
  g_free (report->conference);
  g_clear_pointer (&report->council_documents, g_ptr_array_unref);
  g_clear_pointer (&report->sections, g_ptr_array_unref);
  g_clear_pointer (&report->resolutions, g_ptr_array_unref);
  g_clear_pointer (&report->groups, g_ptr_array_unref);
  g_clear_pointer (&report->deliverables, g_ptr_array_unref);
  g_clear_pointer (&report->counts, g_ptr_array_unref);
  _rpt_corpus_report_free_storage (report);
}
