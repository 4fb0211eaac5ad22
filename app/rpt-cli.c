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
  const char *library_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "rapporteur", PACKAGE_VERSION);
      return RPT_EXIT_OK;
    }

  if (g_variant_dict_lookup (options, "library", "^&ay", &library_path))
    rpt_paths_set_library_override (library_path);

  return -1;
}
