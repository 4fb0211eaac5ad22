/* rpt-cli.c
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
#include "rpt-paths.h"

/* The command line: headless commands for scripting and tests.  Each command
 * runs in the first process and returns an exit code; -1 lets the
 * application go on and open its window. */

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "library", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the library database at PATH instead of the default one"), N_("PATH") },
  /* For the start-up benchmark: quit once the first frame with the library
   * loaded has been drawn. */
  { "quit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
    NULL, NULL },

  /* Parsing (rpt-cli-corpus.c) */
  { "dump-json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Parse the given report files and print what was extracted as JSON, without opening the library"), NULL },

  /* The library (rpt-cli-library.c) */
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the given report files into the library"), NULL },
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("List reports, resolutions, groups or deliverables"), N_("WHAT") },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the full text of the library"), N_("TEXT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Output format of --list and --search: tsv (default) or json"), N_("FORMAT") },

  /* Selection options, shared by --list and the exports */
  { "group", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only deliverables of this group, e.g. “ITU-T SG17”"), N_("GROUP") },
  { "status", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only deliverables with this status, e.g. “approved”"), N_("STATUS") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only deliverables of this kind, e.g. “Recommendation”"), N_("KIND") },
  { "series", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only deliverables of this series, e.g. “Y”"), N_("LETTER") },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only what this report says (its file name or title)"), N_("REPORT") },
  { "resolution", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only what is reported under this Resolution, e.g. “PP 101”"), N_("RESOLUTION") },
  { "query", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only what matches this full-text query"), N_("TEXT") },
  { "ids", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only these deliverables (comma-separated ids)"), N_("A,B,…") },

  /* Export (rpt-cli-export.c) */
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the selected deliverables to a PDF document"), N_("FILE") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the selected deliverables to CSV"), N_("FILE") },
  { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the selected deliverables to JSON"), N_("FILE") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Title of the exported document"), N_("TEXT") },

  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

void
rpt_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, main_entries);
  g_application_set_option_context_summary (app,
                                            _("Explore ITU activity reports: Resolutions, Study Groups, "
                                              "their Recommendations and charts of approval counts."));
}

int
rpt_cli_handle_options (GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *library_path = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "rapporteur", PACKAGE_VERSION);
      return RPT_EXIT_OK;
    }

  if (g_variant_dict_lookup (options, "library", "^&ay", &library_path))
    rpt_paths_set_library_override (library_path);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  status = rpt_cli_corpus_run (options, files);
  if (status == RPT_EXIT_CONTINUE)
    status = rpt_cli_export_run (options, files);
  if (status == RPT_EXIT_CONTINUE)
    status = rpt_cli_library_run (options, files);

  return status;
}
