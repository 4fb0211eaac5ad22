/* rpt-export-json.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-export"

#include "config.h"

#include <json-glib/json-glib.h>

#include "rpt-export-json.h"
#include "rpt-export-private.h"

static void
add_filter (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL || *value == '\0')
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* The filters with their machine values (the ones --group and friends take),
 * not the labels of the title page. */
static void
add_filters (JsonBuilder *builder,
             RptQuery    *query)
{
  const char * const *ids;

  json_builder_set_member_name (builder, "filters");
  json_builder_begin_object (builder);
  if (query != NULL)
    {
      add_filter (builder, "group", rpt_query_get_group (query));
      add_filter (builder, "status", rpt_query_get_status (query));
      add_filter (builder, "kind", rpt_query_get_kind (query));
      add_filter (builder, "series", rpt_query_get_series (query));
      add_filter (builder, "sector", rpt_query_get_sector (query));
      add_filter (builder, "report", rpt_query_get_report (query));
      add_filter (builder, "resolution", rpt_query_get_resolution (query));
      add_filter (builder, "query", rpt_query_get_text (query));
      if (rpt_query_get_approvals_only (query))
        {
          json_builder_set_member_name (builder, "approvals-only");
          json_builder_add_boolean_value (builder, TRUE);
        }
      ids = rpt_query_get_ids (query);
      if (ids != NULL && ids[0] != NULL)
        {
          json_builder_set_member_name (builder, "ids");
          json_builder_begin_array (builder);
          for (guint i = 0; ids[i] != NULL; i++)
            json_builder_add_string_value (builder, ids[i]);
          json_builder_end_array (builder);
        }
    }
  json_builder_end_object (builder);
}

/**
 * rpt_export_json_to_string:
 * @request: a loaded request
 *
 * Returns: (transfer full): the JSON document, pretty-printed
 */
char *
rpt_export_json_to_string (RptExportRequest *request)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = NULL;
  const char *description;

  g_return_val_if_fail (request != NULL, NULL);

  created = g_date_time_format_iso8601 (rpt_export_request_get_created (request));
  description = rpt_export_request_get_description (request);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RPT_EXPORT_JSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RPT_EXPORT_JSON_VERSION);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, rpt_export_request_get_title (request));
  if (description != NULL)
    {
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, description);
    }
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "Rapporteur " PACKAGE_VERSION);
  add_filters (builder, rpt_export_request_get_query (request));

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);

      json_builder_begin_object (builder);
      for (guint c = 0; c < _RPT_EXPORT_N_COLUMNS; c++)
        {
          json_builder_set_member_name (builder, _rpt_export_columns[c]);
          json_builder_add_string_value (builder, _rpt_export_row_get_field (row, c));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/**
 * rpt_export_json_write:
 * @library: (nullable): to load the request from, when not loaded yet
 *
 * Writes the JSON file atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_export_json_write (RptExportRequest  *request,
                       RptLibrary        *library,
                       const char        *path,
                       GCancellable      *cancellable,
                       GError           **error)
{
  g_autofree char *text = NULL;
  g_autofree char *with_newline = NULL;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rpt_export_request_is_loaded (request) &&
      !rpt_export_request_load (request, library, cancellable, error))
    return FALSE;

  text = rpt_export_json_to_string (request);
  with_newline = g_strconcat (text, "\n", NULL);
  return _rpt_export_write_text (path, with_newline, cancellable, error);
}
