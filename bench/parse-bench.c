/* parse-bench.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rpt-corpus.h"

/* Parse throughput: reads every report given (files or folders of *.txt)
 * into memory, parses them all on one core, best of --runs, and prints
 * MB/s next to `grep -c` over the same files as a yardstick.  Not a test;
 * see bench/README.md. */

static int runs = 3;
static gboolean no_grep = FALSE;
static gboolean quick = FALSE;
static double megabytes = 100;

static const GOptionEntry entries[] = {
  { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs (the best is reported, default 3)", "N" },
  { "no-grep", 0, 0, G_OPTION_ARG_NONE, &no_grep, "Do not time grep -c", NULL },
  { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Smoke run: 5 MB, one run", NULL },
  { "megabytes", 0, 0, G_OPTION_ARG_DOUBLE, &megabytes,
    "Size of the synthetic corpus made when no file is given (default 100)", "MB" },
  { NULL }
};

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* No files given: make the synthetic corpus with bench/gen-corpus.py. */
static char *
generate_corpus (void)
{
  const char *source = g_getenv ("RAPPORTEUR_SOURCE_DIR");
  g_autofree char *script = g_build_filename (source != NULL ? source : ".", "bench", "gen-corpus.py", NULL);
  g_autofree char *size = g_strdup_printf ("%g", megabytes);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rapporteur-parse-bench-XXXXXX", &error);
  const char *argv[] = { "/usr/bin/python3", script, NULL, "--megabytes", size, NULL };
  int status = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  argv[2] = dir;
  g_print ("generating %s MB of synthetic reports in %s …\n", size, dir);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("gen-corpus.py: %s", error->message);
  return dir;
}

static void
remove_corpus (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint k = 0; k < names->len; k++)
        g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, k)));
    }
  else
    g_ptr_array_add (files, g_strdup (path));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE-OR-FOLDER… — parse throughput");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) data = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  guint64 total = 0, deliverables = 0;
  double best = G_MAXDOUBLE, best_cpu = G_MAXDOUBLE;
  g_autofree char *generated = NULL;
  const char *reference = g_getenv ("RAPPORTEUR_REFERENCE_DIR");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (quick)
    {
      megabytes = MIN (megabytes, 5);
      runs = 1;
    }
  if (argc < 2)
    {
      generated = generate_corpus ();
      collect (generated, files);
    }
  for (int k = 1; k < argc; k++)
    collect (argv[k], files);

  if (reference != NULL)
    {
      g_autofree char *path = g_build_filename (reference, "section-resolutions.json", NULL);

      rpt_corpus_set_section_mapping (rpt_corpus_mapping_load (path, NULL));
    }

  for (guint k = 0; k < files->len; k++)
    {
      char *contents;
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (files, k), &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      g_ptr_array_add (data, g_bytes_new_take (contents, length));
      total += length;
    }

  for (int run = 0; run < MAX (runs, 1); run++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      double seconds;

      deliverables = 0;
      for (guint k = 0; k < data->len; k++)
        {
          g_autoptr(GError) parse_error = NULL;
          g_autoptr(RptCorpusReport) report =
            rpt_corpus_parse_bytes (g_ptr_array_index (data, k), g_ptr_array_index (files, k), &parse_error);

          if (report != NULL)
            deliverables += report->deliverables->len;
        }
      seconds = (g_get_monotonic_time () - start) / 1e6;
      best = MIN (best, seconds);
      best_cpu = MIN (best_cpu, cpu_seconds () - cpu_start);
    }

  g_print ("files: %u, %.1f MB, %" G_GUINT64_FORMAT " deliverable mentions\n",
           files->len, total / 1e6, deliverables);
  g_print ("parse:   %8.3f s  %8.1f MB/s  (wall clock, best of %d, one core; target >= 100 MB/s)\n",
           best, total / 1e6 / best, MAX (runs, 1));
  g_print ("parse:   %8.3f s  %8.1f MB/s  (CPU time of this process, best of %d)\n",
           best_cpu, total / 1e6 / best_cpu, MAX (runs, 1));

  if (!no_grep)
    {
      g_autoptr(GPtrArray) grep_argv = g_ptr_array_new ();
      double grep_best = G_MAXDOUBLE;

      g_ptr_array_add (grep_argv, (char *) "grep");
      g_ptr_array_add (grep_argv, (char *) "-c");
      g_ptr_array_add (grep_argv, (char *) "Recommendation");
      for (guint k = 0; k < files->len; k++)
        g_ptr_array_add (grep_argv, g_ptr_array_index (files, k));
      g_ptr_array_add (grep_argv, NULL);

      for (int run = 0; run < MAX (runs, 1); run++)
        {
          gint64 start = g_get_monotonic_time ();

          if (!g_spawn_sync (NULL, (char **) grep_argv->pdata, NULL,
                             G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                             NULL, NULL, NULL, &error))
            {
              g_printerr ("grep: %s\n", error->message);
              return 1;
            }
          grep_best = MIN (grep_best, (g_get_monotonic_time () - start) / 1e6);
        }
      g_print ("grep -c: %8.3f s  %8.1f MB/s  (same files, from the page cache)\n",
               grep_best, total / 1e6 / grep_best);
    }

  rpt_corpus_set_section_mapping (NULL);
  if (generated != NULL)
    remove_corpus (generated);
  return 0;
}
