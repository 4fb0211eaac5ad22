/* rpt-paths.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-paths"

#include "config.h"

#include "rpt-paths.h"

/* Where things live.  Installed data comes from PKGDATADIR (inside the
 * Flatpak that is under /app); the environment can point elsewhere so that
 * tests and the developer script run on the source tree. */

static char *library_override;

void
rpt_paths_set_library_override (const char *path)
{
  g_free (library_override);
  library_override = g_strdup (path);
}

/**
 * rpt_paths_get_library_file:
 *
 * The library database: `--library PATH`, else `$RAPPORTEUR_LIBRARY`, else
 * `$XDG_DATA_HOME/io.github.rapporteur.Rapporteur/library.db`.
 *
 * Returns: (transfer full): a file name
 */
char *
rpt_paths_get_library_file (void)
{
  const char *env;

  if (library_override != NULL)
    return g_strdup (library_override);

  env = g_getenv ("RAPPORTEUR_LIBRARY");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), BASE_APPLICATION_ID, "library.db", NULL);
}

static char *
data_subdir (const char *env_name,
             const char *name)
{
  const char *env = g_getenv (env_name);
  g_autofree char *installed = NULL;
  g_autofree char *source = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  installed = g_build_filename (PKGDATADIR, name, NULL);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);

  /* A build that was never installed (the developer running
   * _build/app/rapporteur) reads the source tree's data. */
  source = g_build_filename (SOURCE_DATADIR, name, NULL);
  if (g_file_test (source, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&source);

  return g_steal_pointer (&installed);
}

/**
 * rpt_paths_get_corpus_dir:
 *
 * Returns: (transfer full): the folder of the bundled reports
 */
char *
rpt_paths_get_corpus_dir (void)
{
  return data_subdir ("RAPPORTEUR_CORPUS_DIR", "corpus");
}

/**
 * rpt_paths_get_reference_dir:
 *
 * Returns: (transfer full): the folder of the reference data (JSON)
 */
char *
rpt_paths_get_reference_dir (void)
{
  return data_subdir ("RAPPORTEUR_REFERENCE_DIR", "reference");
}
