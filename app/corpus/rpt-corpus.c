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

#include "rpt-corpus.h"

/* Entry points and memory management of the parsed records.  The parser
 * proper is being written; until then a report parses to its file name. */

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

char *
rpt_corpus_decode (const char  *data,
                   gsize        length,
                   const char  *file_name,
                   GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_EMPTY,
                   _("“%s” is empty"), file_name);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_ENCODING,
                   _("“%s” is not UTF-8 text"), file_name);
      return NULL;
    }

  return g_strndup (data, length);
}

RptCorpusReport *
rpt_corpus_parse_text (const char  *utf8_text,
                       gsize        length,
                       const char  *file_name,
                       GError     **error)
{
  RptCorpusReport *report = g_new0 (RptCorpusReport, 1);

  report->file = g_path_get_basename (file_name);
  report->title = g_strdup (report->file);
  report->council_documents = g_ptr_array_new_with_free_func (g_free);
  report->sections = g_ptr_array_new ();
  report->resolutions = g_ptr_array_new ();
  report->groups = g_ptr_array_new ();
  report->deliverables = g_ptr_array_new ();
  report->counts = g_ptr_array_new ();

  return report;
}

RptCorpusReport *
rpt_corpus_parse_bytes (GBytes      *bytes,
                        const char  *file_name,
                        GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  text = rpt_corpus_decode (data, length, file_name, error);
  if (text == NULL)
    return NULL;

  return rpt_corpus_parse_text (text, strlen (text), file_name, error);
}

RptCorpusReport *
rpt_corpus_parse_file (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO,
                   _("Could not read “%s”: %s"), path, local_error->message);
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (mapped);
  return rpt_corpus_parse_bytes (bytes, path, error);
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
  g_free (report);
}
