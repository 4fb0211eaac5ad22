/* rpt-cli-corpus.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rpt-cli.h"
#include "rpt-corpus.h"
#include "rpt-paths.h"

/* rapporteur --dump-json FILE…: parse the files and print one JSON
 * document (docs/json-format.md).  Never opens the library. */

static void
load_mapping (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = rpt_paths_get_reference_dir ();
  RptCorpusMapping *mapping;

  if (rpt_corpus_get_section_mapping () != NULL || dir == NULL)
    return;
  path = g_build_filename (dir, "section-resolutions.json", NULL);
  mapping = rpt_corpus_mapping_load (path, &error);
  if (mapping == NULL)
    {
      /* The mapping only adds governed sections; parse without it. */
      g_debug ("%s", error->message);
      return;
    }
  rpt_corpus_set_section_mapping (mapping);
}

static int
dump_json (const char * const *files)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_corpus_report_free);
  g_autofree char *json = NULL;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_("rapporteur: --dump-json needs at least one report file\n"));
      return RPT_EXIT_BAD_INPUT;
    }

  load_mapping ();

  for (gsize k = 0; files[k] != NULL; k++)
    {
      g_autoptr(GError) error = NULL;
      RptCorpusReport *report = rpt_corpus_parse_file (files[k], &error);

      if (report == NULL)
        {
          g_printerr ("rapporteur: %s\n", error->message);
          return RPT_EXIT_BAD_INPUT;
        }
      g_ptr_array_add (reports, report);
    }

  json = rpt_corpus_reports_to_json ((RptCorpusReport **) reports->pdata, reports->len, TRUE);
  if (fputs (json, stdout) == EOF || fputc ('\n', stdout) == EOF || fflush (stdout) != 0)
    {
      g_printerr (_("rapporteur: could not write the JSON to standard output\n"));
      return RPT_EXIT_FAILURE;
    }
  return RPT_EXIT_OK;
}

int
rpt_cli_corpus_run (GVariantDict       *options,
                    const char * const *files)
{
  if (g_variant_dict_contains (options, "dump-json"))
    return dump_json (files);

  return RPT_EXIT_CONTINUE;
}
