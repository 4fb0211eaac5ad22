/* rpt-export-csv.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-export"

#include "config.h"

#include <string.h>

#include "rpt-export-csv.h"
#include "rpt-export-private.h"

static void
append_field (GString    *out,
              const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * rpt_export_csv_to_string:
 * @request: a loaded request
 *
 * Returns: (transfer full): the CSV text, header row first
 */
char *
rpt_export_csv_to_string (RptExportRequest *request)
{
  GString *out;
  guint n_rows;

  g_return_val_if_fail (request != NULL, NULL);

  n_rows = rpt_export_request_get_n_rows (request);
  out = g_string_sized_new (256 + n_rows * 400);

  for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, _rpt_export_columns[c]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n_rows; i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);

      for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_field (out, _rpt_export_row_get_field (row, c));
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}

/**
 * rpt_export_csv_write:
 * @library: (nullable): to load the request from, when not loaded yet
 *
 * Writes the CSV file atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_export_csv_write (RptExportRequest  *request,
                      RptLibrary        *library,
                      const char        *path,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rpt_export_request_is_loaded (request) &&
      !rpt_export_request_load (request, library, cancellable, error))
    return FALSE;

  text = rpt_export_csv_to_string (request);
  return _rpt_export_write_text (path, text, cancellable, error);
}
