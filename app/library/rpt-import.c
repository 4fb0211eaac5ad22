/* rpt-import.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-corpus.h"
#include "rpt-formats.h"
#include "rpt-import.h"
#include "rpt-library-error.h"

static char *
display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base ? base : "?");
}

/**
 * rpt_import_extract_text:
 * @bytes: the content of a file
 * @file_name: its name, for messages
 * @error: return location for an error
 *
 * The one place that turns a file into report text: plain text, .docx and
 * PDF (the format is told from the bytes by the formats layer,
 * app/library/formats/rpt-formats.h).
 *
 * Returns: (transfer full): UTF-8 text, or %NULL with an
 *   %RPT_LIBRARY_ERROR_BAD_INPUT error naming @file_name
 */
char *
rpt_import_extract_text (GBytes      *bytes,
                         const char  *file_name,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  text = rpt_formats_extract_text (bytes, file_name, &local_error);
  if (text == NULL)
    {
      /* Their messages already name the file and the reason. */
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                   _("Could not import: %s"), local_error->message);
      return NULL;
    }

  return text;
}

/**
 * rpt_import_read_file:
 * @file: a report file
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Returns: (transfer full): its text as UTF-8, or %NULL with an error naming
 *   the file
 */
char *
rpt_import_read_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                     _("Could not import “%s”: there is no such file"), name);
      else
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                     _("Could not import “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                   _("Could not import “%s”: it is a folder, not a report"), name);
      return NULL;
    }

  if (g_file_info_get_size (info) > RPT_CORPUS_MAX_SIZE)
    {
      /* The limit is in binary units: the size is too, so that they compare. */
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);

      /* TRANSLATORS: the second %s is a size, such as “300.1 MiB” */
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                   _("Could not import “%s”: it is too large to be a report (%s; the limit is %u MiB)"),
                   name, size, (guint) (RPT_CORPUS_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                     _("Could not import “%s”: you are not allowed to read it"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        /* Gone since it was chosen, or a link to nothing. */
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                     _("Could not import “%s”: the file is no longer there (moved, deleted, or a link to a missing file)"),
                     name);
      else
        g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                     _("Could not import “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return rpt_import_extract_text (bytes, name, error);
}

/**
 * rpt_import_content_hash:
 * @text: UTF-8 text
 * @length: its length in bytes
 *
 * Returns: (transfer full): the SHA-256 of @text in lower-case hex
 */
char *
rpt_import_content_hash (const char *text,
                         gsize       length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
}
