/* rpt-test-util.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "rpt-test-util.h"

static char *tmpdir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
cleanup (void)
{
  if (tmpdir != NULL && g_getenv ("RPT_TEST_KEEP_TMP") == NULL)
    remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

void
rpt_test_init (int    *argc,
               char ***argv)
{
  const char *dirs[] = { "data", "config", "cache", "runtime" };
  const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" };
  g_autofree char *library = NULL;

  tmpdir = g_dir_make_tmp ("rapporteur-test-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_chmod (tmpdir, 0700);

  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmpdir, dirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      /* XDG_RUNTIME_DIR is kept when the session already has one: the
       * accessibility and D-Bus sockets live there. */
      if (g_str_equal (vars[i], "XDG_RUNTIME_DIR") && g_getenv (vars[i]) != NULL)
        continue;
      g_setenv (vars[i], dir, TRUE);
    }

  library = g_build_filename (tmpdir, "library.db", NULL);
  g_setenv ("RAPPORTEUR_LIBRARY", library, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  atexit (cleanup);

  g_test_init (argc, argv, NULL);
}

const char *
rpt_test_get_tmpdir (void)
{
  return tmpdir;
}

char *
rpt_test_corpus_file (const char *base_name)
{
  const char *dir = g_getenv ("RAPPORTEUR_CORPUS_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, base_name, NULL);
}
