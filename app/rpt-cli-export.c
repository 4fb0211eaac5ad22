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

int
rpt_cli_export_run (GVariantDict       *options,
                   const char * const *files)
{
  static const char *mine[] = { "export-pdf", "export-csv", "export-json" };

  for (gsize i = 0; i < G_N_ELEMENTS (mine); i++)
    if (g_variant_dict_contains (options, mine[i]))
      {
        g_printerr (_("rapporteur: --%s is not available in this build yet\n"), mine[i]);
        return RPT_EXIT_FAILURE;
      }

  return RPT_EXIT_CONTINUE;
}
