/* fuzz-export-escape.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the escaping of the CSV and JSON exporters: whatever
 * the strings in the rows, the CSV text read back by a strict RFC 4180
 * reader gives the header and exactly the fields that went in, and the JSON
 * text parses back to the same title and fields.
 *
 * The input is split at NUL bytes into strings: the first is the title, the
 * rest fill rows of the export's columns in order.  The CSV is checked on
 * the raw bytes (CSV escaping works on bytes); the JSON on the same strings
 * made valid UTF-8, since rows come from the library, which holds UTF-8.
 * Built with -DRPT_FUZZ_STANDALONE it runs its seeds once, as a test. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rpt-export-csv.h"
#include "rpt-export-json.h"
#include "rpt-export-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
row_set (RptExportRow *row,
         guint         column,
         const char   *value)
{
  /* Same order as _rpt_export_row_get_field(); report_label and
   * section_heading are not columns. */
  switch (column)
    {
    case 0: row->id = (char *) value; break;
    case 1: row->title = (char *) value; break;
    case 2: row->kind = (char *) value; break;
    case 3: row->status = (char *) value; break;
    case 4: row->group = (char *) value; break;
    case 5: row->sector = (char *) value; break;
    case 6: row->series = (char *) value; break;
    case 7: row->report = (char *) value; break;
    case 8: row->period = (char *) value; break;
    case 9: row->section = (char *) value; break;
    case 10: row->excerpt = (char *) value; break;
    default: g_assert_not_reached ();
    }
}

/* A strict RFC 4180 reader: records end with CRLF, fields are either bare
 * (no comma, quote, CR or LF) or quoted with inner quotes doubled.  Returns
 * the records (each a GPtrArray of char *), or aborts on text that breaks
 * the grammar. */
static GPtrArray *
read_csv (const char *text,
          gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      GPtrArray *record = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (records, record);
      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (p < end && *p == '"')
            {
              p++;
              for (;;)
                {
                  g_assert_true (p < end); /* an unterminated quoted field */
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (field, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  g_string_append_c (field, *p++);
                }
            }
          else
            {
              while (p < end && *p != ',' && *p != '\r')
                {
                  g_assert_true (*p != '"' && *p != '\n');
                  g_string_append_c (field, *p++);
                }
            }
          g_ptr_array_add (record, g_string_free (field, FALSE));

          g_assert_true (p < end); /* every record ends with CRLF */
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (*p == '\r' && p + 1 < end && p[1] == '\n');
          p += 2;
          break;
        }
    }

  return records;
}

static RptExportRequest *
make_request (const char *title,
              GPtrArray  *strings,
              guint       first)
{
  RptExportRequest *request = rpt_export_request_new ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);

  rpt_export_request_set_title (request, title);
  rpt_export_request_set_created (request, created);
  for (guint i = first; i < strings->len; i += _RPT_EXPORT_N_COLUMNS)
    {
      RptExportRow row = { 0 };

      for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
        row_set (&row, c, i + c < strings->len ? g_ptr_array_index (strings, i + c) : "");
      rpt_export_request_add_row (request, &row);
    }
  return request;
}

static const char *
expected_field (GPtrArray *strings,
                guint      row,
                guint      column)
{
  guint i = 1 + row * _RPT_EXPORT_N_COLUMNS + column;

  return i < strings->len ? g_ptr_array_index (strings, i) : "";
}

static void
check_csv (RptExportRequest *request,
           GPtrArray        *strings)
{
  g_autofree char *csv = rpt_export_csv_to_string (request);
  g_autoptr(GPtrArray) records = read_csv (csv, strlen (csv));
  guint n_rows = rpt_export_request_get_n_rows (request);

  g_assert_cmpuint (records->len, ==, n_rows + 1);
  for (guint r = 0; r < records->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (records, r);

      g_assert_cmpuint (record->len, ==, _RPT_EXPORT_N_COLUMNS);
      for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
        {
          const char *want = r == 0 ? _rpt_export_columns[c] : expected_field (strings, r - 1, c);

          g_assert_cmpstr (g_ptr_array_index (record, c), ==, want);
        }
    }
}

static void
check_json (RptExportRequest *request,
            GPtrArray        *strings)
{
  g_autofree char *json = rpt_export_json_to_string (request);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *rows;

  g_assert_true (g_utf8_validate (json, -1, NULL));
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  /* An empty title gives the default one: compare with what the request
   * holds. */
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, rpt_export_request_get_title (request));
  rows = json_object_get_array_member (root, "rows");
  g_assert_nonnull (rows);
  g_assert_cmpuint (json_array_get_length (rows), ==, rpt_export_request_get_n_rows (request));
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);

      for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
        g_assert_cmpstr (json_object_get_string_member (row, _rpt_export_columns[c]), ==,
                         expected_field (strings, r, c));
    }
}

static gsize log_set;

static GLogWriterOutput
abort_on_warning (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(RptExportRequest) raw_request = NULL;
  g_autoptr(RptExportRequest) valid_request = NULL;
  const char *p = (const char *) data;
  const char *end = p + size;

  /* Criticals and warnings are bugs too: abort () (not GLib's SIGTRAP) so
   * that libFuzzer keeps the input. */
  if (g_once_init_enter (&log_set))
    {
      g_log_set_writer_func (abort_on_warning, NULL, NULL);
      g_once_init_leave (&log_set, 1);
    }

  /* Big inputs only slow the run down without new escaping cases. */
  if (size > 64 * 1024)
    return 0;

  for (;;)
    {
      const char *nul = memchr (p, '\0', end - p);
      gsize len = (nul ? nul : end) - p;

      g_ptr_array_add (raw, g_strndup (p, len));
      g_ptr_array_add (valid, g_utf8_make_valid (p, len));
      if (nul == NULL)
        break;
      p = nul + 1;
    }

  raw_request = make_request (g_ptr_array_index (valid, 0), raw, 1);
  check_csv (raw_request, raw);

  valid_request = make_request (g_ptr_array_index (valid, 0), valid, 1);
  check_csv (valid_request, valid);
  check_json (valid_request, valid);

  return 0;
}

#ifdef RPT_FUZZ_STANDALONE
/* Without libFuzzer: runs the target once on every file of the folders
 * given (the seeds and regression inputs), printing TAP for meson test. */
int
main (int   argc,
      char *argv[])
{
  int n = 0;

  for (int k = 1; k < argc; k++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[k], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[k], name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, NULL))
            continue;
          LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
          g_print ("ok %d - %s\n", ++n, name);
        }
    }
  g_print ("1..%d\n", n);
  return n > 0 ? 0 : 1;
}
#endif
