/* fuzz-reference.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the reader of the reference data (data/reference/,
 * rpt_reference_load()): whatever the JSON files hold, loading either fails
 * with an error or gives reference data whose every group and Resolution
 * can be looked up again, with no crash, leak, critical or warning.
 *
 * The input is the four files joined with NUL bytes, in the order
 * groups.json, series.json, resolutions.json, section-resolutions.json (the
 * seeds in corpus/reference/ are the bundled files joined so).  They are
 * written to a folder in /dev/shm (memory) for each run, since
 * rpt_reference_load() reads a folder.  Built with -DRPT_FUZZ_STANDALONE
 * it runs its seeds once, as a test. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "rpt-reference.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const file_names[] = {
  "groups.json", "series.json", "resolutions.json", "section-resolutions.json",
};

static char *work_dir;

static void
remove_dir (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_names); i++)
    {
      g_autofree char *path = g_build_filename (work_dir, file_names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (work_dir);
}

static void
write_file (const char *name,
            const char *bytes,
            gsize       length)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  FILE *file = fopen (path, "wb");

  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (bytes, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
check_reference (RptReference *reference)
{
  GPtrArray *groups = rpt_reference_get_groups (reference);
  GPtrArray *resolutions = rpt_reference_get_resolutions (reference);

  for (guint i = 0; i < groups->len; i++)
    {
      const RptReferenceGroup *group = g_ptr_array_index (groups, i);

      /* An id always finds a group (maybe an earlier one of the same
       * folded id). */
      g_assert_nonnull (group->id);
      g_assert_nonnull (rpt_reference_lookup_group (reference, group->id));
      for (guint a = 0; group->aliases[a] != NULL; a++)
        (void) rpt_reference_lookup_group (reference, group->aliases[a]);
      (void) rpt_reference_get_series_title (reference, group->sector, group->name);
    }

  for (guint i = 0; i < resolutions->len; i++)
    {
      const RptReferenceResolution *resolution = g_ptr_array_index (resolutions, i);

      g_assert_nonnull (rpt_reference_lookup_resolution (reference, resolution->key));
      (void) rpt_reference_section_resolutions (reference, "internet-activities",
                                                resolution->number, resolution->title);
      (void) rpt_reference_section_resolutions (reference, "mou-mg",
                                                resolution->number, resolution->key);
    }

  (void) rpt_reference_get_series_title (reference, "ITU-R", "BT");
  (void) rpt_reference_get_series_title (reference, NULL, "Y");
  (void) rpt_reference_section_resolutions (reference, "internet-activities", "2",
                                            "Internationalized domain names and cybersecurity");
  g_assert_nonnull (rpt_reference_get_mapping_hash (reference));
}

static gsize log_set;

static GLogWriterOutput
abort_on_warning (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RptReference) reference = NULL;
  g_autoptr(GError) error = NULL;
  const char *p = (const char *) data;
  const char *end = p + size;

  /* Criticals and warnings are bugs too: abort () (not GLib's SIGTRAP) so
   * that libFuzzer keeps the input. */
  if (g_once_init_enter (&log_set))
    {
      g_log_set_writer_func (abort_on_warning, NULL, NULL);
      g_once_init_leave (&log_set, 1);
    }

  if (work_dir == NULL)
    {
      const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
      g_autofree char *template = g_build_filename (base, "fuzz-reference-XXXXXX", NULL);

      work_dir = g_mkdtemp (g_steal_pointer (&template));
      g_assert_nonnull (work_dir);
      atexit (remove_dir);
    }

  for (guint i = 0; i < G_N_ELEMENTS (file_names); i++)
    {
      const char *nul = p < end ? memchr (p, '\0', end - p) : NULL;
      gsize length = (nul ? nul : end) - p;

      /* The last file takes the rest, NULs and all; missing files are
       * empty. */
      if (i == G_N_ELEMENTS (file_names) - 1)
        length = end - p;
      write_file (file_names[i], p, length);
      p = nul ? nul + 1 : end;
    }

  reference = rpt_reference_load (work_dir, &error);
  g_assert_true ((reference == NULL) != (error == NULL));
  if (reference != NULL)
    check_reference (reference);

  return 0;
}

#ifdef RPT_FUZZ_STANDALONE
/* Without libFuzzer: runs the target once on every file of the folders
 * given (the seeds and regression inputs), printing TAP for meson test. */
int
main (int   argc,
      char *argv[])
{
  int n = 0;

  for (int k = 1; k < argc; k++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[k], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[k], name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_file_get_contents (path, &contents, &length, NULL))
            continue;
          LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
          g_print ("ok %d - %s\n", ++n, name);
        }
    }
  g_print ("1..%d\n", n);
  return n > 0 ? 0 : 1;
}
#endif
