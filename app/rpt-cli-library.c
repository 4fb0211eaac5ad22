/* rpt-cli-library.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rpt-cli.h"
#include "rpt-model.h"

/* rapporteur --import FILE…, --list WHAT [filters], --search TEXT: the
 * library without a window.  Lists go through the same RptQuery and
 * RptLibrary functions as the views. */

typedef enum
{
  FORMAT_TSV,
  FORMAT_JSON,
} Format;

static int
exit_code_for (const GError *error)
{
  if (g_error_matches (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT))
    return RPT_EXIT_BAD_INPUT;
  return RPT_EXIT_FAILURE;
}

static RptLibrary *
open_library (int *status)
{
  g_autoptr(GError) error = NULL;
  RptLibrary *library = rpt_library_open (NULL, NULL, &error);

  if (library == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      *status = exit_code_for (error);
      return NULL;
    }

  if (rpt_library_get_recovered (library))
    g_printerr ("rapporteur: %s\n", rpt_library_get_recovery_message (library));

  return library;
}

/* ------------------------------------------------------------------------
 * --import
 * ------------------------------------------------------------------------ */

static void
print_progress (double      fraction,
                const char *message,
                gpointer    user_data)
{
  static char last[256];

  /* Only when someone watches, and once per message. */
  if (!GPOINTER_TO_INT (user_data) || g_strcmp0 (last, message) == 0)
    return;
  g_strlcpy (last, message, sizeof last);
  g_printerr ("%3d%% %s\n", (int) (fraction * 100), message);
}

static int
import (const char * const *files)
{
  g_autoptr(RptLibrary) library = NULL;
  g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint added = 0, skipped = 0;
  int status = RPT_EXIT_OK;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_("rapporteur: --import needs at least one report file\n"));
      return RPT_EXIT_BAD_INPUT;
    }

  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

  library = open_library (&status);
  if (library == NULL)
    return status;

  if (!rpt_library_import_files (library, (GFile **) gfiles->pdata, gfiles->len, NULL,
                                 print_progress, GINT_TO_POINTER (isatty (fileno (stderr))),
                                 &added, &skipped, &error))
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u report", "Imported %u reports", added), added);
  if (skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, " (%u was already in the library)", " (%u were already in the library)",
                          skipped), skipped);
  g_print ("\n");
  return RPT_EXIT_OK;
}

/* ------------------------------------------------------------------------
 * Output
 * ------------------------------------------------------------------------ */

static void
tsv_field (GString    *line,
           const char *value)
{
  if (line->len > 0)
    g_string_append_c (line, '\t');
  for (const char *c = value ? value : ""; *c != '\0'; c++)
    g_string_append_c (line, (*c == '\t' || *c == '\n' || *c == '\r') ? ' ' : *c);
}

static void
tsv_uint (GString *line,
          guint    value)
{
  char buf[16];

  g_snprintf (buf, sizeof buf, "%u", value);
  tsv_field (line, buf);
}

static char *
join_strv (const char * const *strv)
{
  return strv ? g_strjoinv (",", (char **) strv) : g_strdup ("");
}

static const char *
report_file (RptReport *report)
{
  return report ? rpt_report_get_file_name (report) : "";
}

static void
tsv_header (RptListKind kind,
            GString    *line)
{
  static const char *headers[] = {
    [RPT_LIST_REPORTS] = "id\tfile\ttitle\tlabel\tfamily\tperiod_from\tperiod_to\tsections\tmentions\tdeliverables\tstated_counts\tbundled",
    [RPT_LIST_RESOLUTIONS] = "resolution\ttitle\trevision\treports\tsections\tmentions",
    [RPT_LIST_GROUPS] = "group\tname\treports\tsections\tdeliverables\tmentions",
    [RPT_LIST_DELIVERABLES] = "id\tkind\tstatus\tgroup\tseries\tmentions\treports\ttitle",
    [RPT_LIST_MENTIONS] = "id\tkind\tstatus\tgroup\tseries\treport\tsection\ttitle",
    [RPT_LIST_STATED_COUNTS] = "report\tsection\tcount\tat_least\tkind\tstatus\tgroups\tcounted\tquote",
  };

  g_string_append (line, headers[kind]);
}

static void
tsv_item (RptListKind  kind,
          gpointer     item,
          GString     *line)
{
  switch (kind)
    {
    case RPT_LIST_REPORTS:
      {
        RptReport *r = item;
        char id[32];

        g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, rpt_report_get_id (r));
        tsv_field (line, id);
        tsv_field (line, rpt_report_get_file_name (r));
        tsv_field (line, rpt_report_get_title (r));
        tsv_field (line, rpt_report_get_label (r));
        tsv_field (line, rpt_report_get_family (r));
        tsv_field (line, rpt_report_get_period_from (r));
        tsv_field (line, rpt_report_get_period_to (r));
        tsv_uint (line, rpt_report_get_n_sections (r));
        tsv_uint (line, rpt_report_get_n_mentions (r));
        tsv_uint (line, rpt_report_get_n_deliverables (r));
        tsv_uint (line, rpt_report_get_n_stated_counts (r));
        tsv_field (line, rpt_report_get_bundled (r) ? "yes" : "no");
      }
      break;
    case RPT_LIST_RESOLUTIONS:
      {
        RptResolution *r = item;

        tsv_field (line, rpt_resolution_get_key (r));
        tsv_field (line, rpt_resolution_get_title (r));
        tsv_field (line, rpt_resolution_get_revision (r));
        tsv_uint (line, rpt_resolution_get_n_reports (r));
        tsv_uint (line, rpt_resolution_get_n_sections (r));
        tsv_uint (line, rpt_resolution_get_n_mentions (r));
      }
      break;
    case RPT_LIST_GROUPS:
      {
        RptGroup *g = item;

        tsv_field (line, rpt_group_get_id (g));
        tsv_field (line, rpt_group_get_name (g));
        tsv_uint (line, rpt_group_get_n_reports (g));
        tsv_uint (line, rpt_group_get_n_sections (g));
        tsv_uint (line, rpt_group_get_n_deliverables (g));
        tsv_uint (line, rpt_group_get_n_mentions (g));
      }
      break;
    case RPT_LIST_DELIVERABLES:
      {
        RptDeliverable *d = item;

        tsv_field (line, rpt_deliverable_get_id (d));
        tsv_field (line, rpt_deliverable_get_kind (d));
        tsv_field (line, rpt_deliverable_get_status (d));
        tsv_field (line, rpt_deliverable_get_group (d));
        tsv_field (line, rpt_deliverable_get_series (d));
        tsv_uint (line, rpt_deliverable_get_n_mentions (d));
        tsv_uint (line, rpt_deliverable_get_n_reports (d));
        tsv_field (line, rpt_deliverable_get_title (d));
      }
      break;
    case RPT_LIST_MENTIONS:
      {
        RptMention *m = item;

        tsv_field (line, rpt_mention_get_deliverable_id (m));
        tsv_field (line, rpt_mention_get_kind (m));
        tsv_field (line, rpt_mention_get_status (m));
        tsv_field (line, rpt_mention_get_group (m));
        tsv_field (line, rpt_mention_get_series (m));
        tsv_field (line, report_file (rpt_mention_get_report (m)));
        tsv_field (line, rpt_mention_get_section (m));
        tsv_field (line, rpt_mention_get_title (m));
      }
      break;
    case RPT_LIST_STATED_COUNTS:
      {
        RptStatedCount *c = item;
        g_autofree char *groups = join_strv (rpt_stated_count_get_groups (c));

        tsv_field (line, report_file (rpt_stated_count_get_report (c)));
        tsv_field (line, rpt_stated_count_get_section (c));
        tsv_uint (line, rpt_stated_count_get_count (c));
        tsv_field (line, rpt_stated_count_get_at_least (c) ? "true" : "false");
        tsv_field (line, rpt_stated_count_get_kind (c));
        tsv_field (line, rpt_stated_count_get_status (c));
        tsv_field (line, groups);
        tsv_uint (line, rpt_stated_count_get_counted (c));
        tsv_field (line, rpt_stated_count_get_quote (c));
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Every readable property of @item, in declaration order; a report is named
 * by its file name. */
static JsonNode *
json_item (GObject *item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_pspecs);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      GType type = pspec->value_type;

      /* Section texts belong to exports, not listings. */
      if (g_str_equal (pspec->name, "text"))
        continue;

      g_value_init (&value, type);
      g_object_get_property (item, pspec->name, &value);
      json_builder_set_member_name (builder, pspec->name);

      if (type == G_TYPE_STRING)
        {
          if (g_value_get_string (&value))
            json_builder_add_string_value (builder, g_value_get_string (&value));
          else
            json_builder_add_null_value (builder);
        }
      else if (type == G_TYPE_BOOLEAN)
        json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
      else if (type == G_TYPE_UINT)
        json_builder_add_int_value (builder, g_value_get_uint (&value));
      else if (type == G_TYPE_INT64)
        json_builder_add_int_value (builder, g_value_get_int64 (&value));
      else if (type == G_TYPE_UINT64)
        json_builder_add_int_value (builder, (gint64) g_value_get_uint64 (&value));
      else if (type == G_TYPE_DOUBLE)
        json_builder_add_double_value (builder, g_value_get_double (&value));
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = g_value_get_boxed (&value);

          json_builder_begin_array (builder);
          for (guint k = 0; strv != NULL && strv[k] != NULL; k++)
            json_builder_add_string_value (builder, strv[k]);
          json_builder_end_array (builder);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (&value);
          g_autofree char *iso = dt ? g_date_time_format_iso8601 (dt) : NULL;

          if (iso)
            json_builder_add_string_value (builder, iso);
          else
            json_builder_add_null_value (builder);
        }
      else if (g_type_is_a (type, RPT_TYPE_REPORT))
        {
          RptReport *report = g_value_get_object (&value);

          if (report)
            json_builder_add_string_value (builder, rpt_report_get_file_name (report));
          else
            json_builder_add_null_value (builder);
        }
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static int
print_model (GListModel *model,
             RptListKind kind,
             Format      format)
{
  guint n = g_list_model_get_n_items (model);
  gboolean search = g_list_model_get_item_type (model) == RPT_TYPE_SEARCH_HIT;

  if (format == FORMAT_JSON)
    {
      g_autoptr(JsonArray) array = json_array_sized_new (n);
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autofree char *text = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          json_array_add_element (array, json_item (item));
        }
      json_node_set_array (root, array);
      text = json_to_string (root, TRUE);
      g_print ("%s\n", text);
      return RPT_EXIT_OK;
    }

  {
    g_autoptr(GString) line = g_string_new (NULL);

    if (search)
      g_string_append (line, "score\treport\tsection\theading\tsnippet");
    else
      tsv_header (kind, line);
    g_print ("%s\n", line->str);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (model, i);

        g_string_truncate (line, 0);
        if (search)
          {
            RptSearchHit *hit = RPT_SEARCH_HIT (item);
            g_autoptr(GString) snippet = g_string_new (rpt_search_hit_get_snippet (hit));
            g_autofree char *plain = NULL;
            char score[32];

            /* Matched terms marked **like this**, the rest as plain text. */
            g_string_replace (snippet, "<b>", "**", 0);
            g_string_replace (snippet, "</b>", "**", 0);
            g_string_replace (snippet, "&lt;", "<", 0);
            g_string_replace (snippet, "&gt;", ">", 0);
            g_string_replace (snippet, "&quot;", "\"", 0);
            g_string_replace (snippet, "&apos;", "'", 0);
            g_string_replace (snippet, "&#39;", "'", 0);
            g_string_replace (snippet, "&amp;", "&", 0);
            plain = g_string_free (g_steal_pointer (&snippet), FALSE);
            g_snprintf (score, sizeof score, "%.3f", rpt_search_hit_get_score (hit));
            tsv_field (line, score);
            tsv_field (line, report_file (rpt_search_hit_get_report (hit)));
            tsv_field (line, rpt_search_hit_get_section (hit));
            tsv_field (line, rpt_search_hit_get_section_heading (hit));
            tsv_field (line, plain);
          }
        else
          tsv_item (kind, item, line);
        g_print ("%s\n", line->str);
      }
  }

  return RPT_EXIT_OK;
}

/* ------------------------------------------------------------------------
 * --list and --search
 * ------------------------------------------------------------------------ */

static gboolean
parse_format (GVariantDict *options,
              Format       *format)
{
  const char *value = NULL;

  *format = FORMAT_TSV;
  if (!g_variant_dict_lookup (options, "format", "&s", &value) || g_strcmp0 (value, "tsv") == 0)
    return TRUE;
  if (g_strcmp0 (value, "json") == 0)
    {
      *format = FORMAT_JSON;
      return TRUE;
    }
  g_printerr (_("rapporteur: unknown format “%s”: use tsv or json\n"), value);
  return FALSE;
}

static gboolean
in_list (const char  *value,
         const char **list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_str_equal (value, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
check_vocabulary (RptQuery *query)
{
  const char *status = rpt_query_get_status (query);
  const char *kind = rpt_query_get_kind (query);

  if (status != NULL && !in_list (status, rpt_status_list ()))
    {
      g_autofree char *all = g_strjoinv (", ", (char **) rpt_status_list ());

      g_printerr (_("rapporteur: unknown status “%s”; use one of %s\n"), status, all);
      return FALSE;
    }
  if (kind != NULL && !in_list (kind, rpt_kind_list ()))
    {
      g_autofree char *all = g_strjoinv (", ", (char **) rpt_kind_list ());

      g_printerr (_("rapporteur: unknown kind “%s”; use one of %s\n"), kind, all);
      return FALSE;
    }
  return TRUE;
}

static int
list (GVariantDict *options,
      const char   *what)
{
  g_autoptr(RptLibrary) library = NULL;
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  RptListKind kind;
  Format format;
  int status = RPT_EXIT_OK;

  if (!rpt_list_kind_from_string (what, &kind))
    {
      g_printerr (_("rapporteur: cannot list “%s”: use reports, resolutions, groups, deliverables, mentions or stated-counts\n"),
                  what);
      return RPT_EXIT_BAD_INPUT;
    }
  if (!parse_format (options, &format))
    return RPT_EXIT_BAD_INPUT;

  query = rpt_query_new_from_options (options, &error);
  if (query == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return RPT_EXIT_BAD_INPUT;
    }
  if (!check_vocabulary (query))
    return RPT_EXIT_BAD_INPUT;

  library = open_library (&status);
  if (library == NULL)
    return status;

  if (rpt_query_get_report (query) != NULL &&
      rpt_library_find_report (library, rpt_query_get_report (query)) == NULL)
    {
      g_printerr (_("rapporteur: there is no report “%s” in the library\n"), rpt_query_get_report (query));
      return RPT_EXIT_BAD_INPUT;
    }

  model = rpt_library_list (library, kind, query, &error);
  if (model == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }

  return print_model (model, kind, format);
}

static int
search (GVariantDict *options,
        const char   *text)
{
  g_autoptr(RptLibrary) library = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  Format format;
  int status = RPT_EXIT_OK;

  if (!parse_format (options, &format))
    return RPT_EXIT_BAD_INPUT;

  library = open_library (&status);
  if (library == NULL)
    return status;

  model = rpt_library_search (library, text, 50, &error);
  if (model == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }

  return print_model (model, RPT_LIST_REPORTS, format);
}

int
rpt_cli_library_run (GVariantDict       *options,
                     const char * const *files)
{
  const char *what = NULL;
  const char *text = NULL;

  if (g_variant_dict_contains (options, "import"))
    return import (files);

  if (g_variant_dict_lookup (options, "list", "&s", &what))
    return list (options, what);

  if (g_variant_dict_lookup (options, "search", "&s", &text))
    return search (options, text);

  return RPT_EXIT_CONTINUE;
}
