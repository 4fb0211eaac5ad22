/* rpt-cli-export.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-cli.h"
#include "rpt-export-csv.h"
#include "rpt-export-doc.h"
#include "rpt-export-json.h"
#include "rpt-paths.h"
#include "rpt-reference.h"

/* --export-pdf, --export-csv and --export-json: the same selection as the
 * export dialog, from the selection options (--group, --status ...).  The
 * library path (--library) was applied by rpt_cli_handle_options().
 *
 * Exit codes: 0 when every file was written, 2 for input the user can fix
 * (an unknown status, a folder that cannot be written), 1 otherwise. */

static void
print_valid (const char  *option,
             const char  *value,
             GPtrArray   *valid)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < valid->len; i++)
    g_string_append_printf (list, "%s“%s”", i ? ", " : "", (char *) g_ptr_array_index (valid, i));

  g_printerr (_("rapporteur: “%s” is not a known value of --%s. Valid values: %s\n"),
              value, option, list->str);
}

static gboolean
check_word (const char  *option,
            const char  *value,
            const char **words)
{
  g_autoptr(GPtrArray) valid = g_ptr_array_new ();

  if (value == NULL)
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], value))
        return TRUE;
      g_ptr_array_add (valid, (gpointer) words[i]);
    }

  print_valid (option, value, valid);
  return FALSE;
}

/* A group is known when the library or the reference data knows it; an
 * alias ("SG17") becomes the id the library stores ("ITU-T SG17"). */
static gboolean
check_group (RptLibrary *library,
             RptQuery   *query)
{
  const char *value = rpt_query_get_group (query);
  g_autoptr(RptReference) reference = NULL;
  g_autofree char *reference_dir = NULL;
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *groups;

  if (value == NULL)
    return TRUE;

  groups = rpt_library_get_groups (library);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(RptGroup) group = g_list_model_get_item (groups, i);
      const char *id = rpt_group_get_id (group);

      if (g_ascii_strcasecmp (id, value) == 0)
        {
          rpt_query_set_group (query, id);
          return TRUE;
        }
      if (*id != '\0' && g_hash_table_add (seen, (gpointer) id))
        g_ptr_array_add (valid, g_strdup (id));
    }

  reference_dir = rpt_paths_get_reference_dir ();
  reference = rpt_reference_load (reference_dir, NULL);
  if (reference != NULL)
    {
      const RptReferenceGroup *known = rpt_reference_lookup_group (reference, value);
      GPtrArray *all;

      if (known != NULL)
        {
          rpt_query_set_group (query, known->id);
          return TRUE;
        }

      all = rpt_reference_get_groups (reference);
      for (guint i = 0; all != NULL && i < all->len; i++)
        {
          const RptReferenceGroup *group = g_ptr_array_index (all, i);

          if (g_hash_table_add (seen, group->id))
            g_ptr_array_add (valid, g_strdup (group->id));
        }
    }

  print_valid ("group", value, valid);
  return FALSE;
}

static char *
default_title (RptQuery *query)
{
  const char *group = rpt_query_get_group (query);

  if (rpt_query_is_empty (query))
    return g_strdup (_("ITU deliverables"));
  /* The common case gets a title a person would write. */
  if (group != NULL && rpt_query_get_status (query) == NULL && rpt_query_get_kind (query) == NULL &&
      rpt_query_get_series (query) == NULL && rpt_query_get_report (query) == NULL &&
      rpt_query_get_resolution (query) == NULL && rpt_query_get_text (query) == NULL &&
      rpt_query_get_ids (query) == NULL)
    return g_strdup_printf (_("Deliverables of %s"), group);

  return rpt_query_describe (query);
}

static int
exit_code_for (GError *error)
{
  if (g_error_matches (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT))
    return RPT_EXIT_BAD_INPUT;
  /* A folder that is missing, read-only or full is the user's to fix. */
  if (error->domain == G_IO_ERROR &&
      (error->code == G_IO_ERROR_NOT_FOUND || error->code == G_IO_ERROR_PERMISSION_DENIED ||
       error->code == G_IO_ERROR_IS_DIRECTORY || error->code == G_IO_ERROR_NOT_DIRECTORY ||
       error->code == G_IO_ERROR_READ_ONLY || error->code == G_IO_ERROR_NO_SPACE ||
       error->code == G_IO_ERROR_FILENAME_TOO_LONG || error->code == G_IO_ERROR_INVALID_FILENAME))
    return RPT_EXIT_BAD_INPUT;
  return RPT_EXIT_FAILURE;
}

int
rpt_cli_export_run (GVariantDict       *options,
                    const char * const *files)
{
  static const char *formats[] = { "export-pdf", "export-csv", "export-json" };
  const char *paths[G_N_ELEMENTS (formats)] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(RptLibrary) library = NULL;
  g_autoptr(RptExportRequest) request = NULL;
  g_autofree char *title = NULL;
  const char *title_option = NULL;
  gboolean any = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_variant_dict_lookup (options, formats[i], "^&ay", &paths[i]))
      any = TRUE;
  if (!any)
    return RPT_EXIT_CONTINUE;

  if (files != NULL && files[0] != NULL)
    {
      g_printerr (_("rapporteur: the exports take no file arguments (“%s”); "
                    "select what to export with --group, --status, --ids …\n"), files[0]);
      return RPT_EXIT_BAD_INPUT;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    if (paths[i] != NULL && *paths[i] == '\0')
      {
        g_printerr (_("rapporteur: --%s needs a file name\n"), formats[i]);
        return RPT_EXIT_BAD_INPUT;
      }

  query = rpt_query_new_from_options (options, &error);
  if (query == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }

  if (!check_word ("status", rpt_query_get_status (query), rpt_status_list ()) ||
      !check_word ("kind", rpt_query_get_kind (query), rpt_kind_list ()))
    return RPT_EXIT_BAD_INPUT;

  library = rpt_library_open (NULL, NULL, &error);
  if (library == NULL)
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }
  if (rpt_library_get_recovered (library))
    g_printerr ("rapporteur: %s\n", rpt_library_get_recovery_message (library));

  if (!check_group (library, query))
    return RPT_EXIT_BAD_INPUT;

  if (rpt_query_get_report (query) != NULL &&
      rpt_library_find_report (library, rpt_query_get_report (query)) == NULL)
    {
      g_printerr (_("rapporteur: there is no report “%s” in the library "
                    "(give its file name or its title; rapporteur --list reports lists them)\n"),
                  rpt_query_get_report (query));
      return RPT_EXIT_BAD_INPUT;
    }

  g_variant_dict_lookup (options, "title", "&s", &title_option);
  title = title_option != NULL && *title_option != '\0' ? g_strdup (title_option) : default_title (query);

  request = rpt_export_request_new ();
  rpt_export_request_set_title (request, title);
  rpt_export_request_set_query (request, query);
  if (!rpt_export_request_load (request, library, NULL, &error))
    {
      g_printerr ("rapporteur: %s\n", error->message);
      return exit_code_for (error);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gboolean ok;

      if (paths[i] == NULL)
        continue;

      if (i == 0)
        ok = rpt_export_pdf_write (request, library, paths[i], NULL, &error);
      else if (i == 1)
        ok = rpt_export_csv_write (request, library, paths[i], NULL, &error);
      else
        ok = rpt_export_json_write (request, library, paths[i], NULL, &error);

      if (!ok)
        {
          g_printerr ("rapporteur: %s\n", error->message);
          return exit_code_for (error);
        }
    }

  if (rpt_export_request_get_n_rows (request) == 0)
    g_printerr (_("rapporteur: note: nothing in the library matches this selection; "
                  "the export holds no rows\n"));

  return RPT_EXIT_OK;
}
