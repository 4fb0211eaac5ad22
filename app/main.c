/* main.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rpt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RptApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* An uninstalled build (the tests) points this at the built catalogues. */
  localedir = g_getenv ("RAPPORTEUR_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rpt_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
