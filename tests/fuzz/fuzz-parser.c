/* fuzz-parser.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>

#include "rpt-corpus.h"

/* libFuzzer target for the parser entry point: any bytes go through
 * decoding, clean-up, parsing and the JSON dump.  Built with
 * -Dfuzzing=true and clang (tests/fuzz/README.md).  Without libFuzzer
 * (RPT_FUZZ_STANDALONE) the same file is a program that runs the target
 * once per file given, which the test suite uses on the seed corpus. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCorpusReport) report = rpt_corpus_parse_bytes (bytes, "fuzz.txt", &error);

  if (report != NULL)
    {
      RptCorpusReport *reports[] = { report };
      g_autofree char *json = rpt_corpus_reports_to_json (reports, 1, FALSE);

      g_assert (json != NULL);
      g_assert (error == NULL);
    }
  else
    g_assert (error != NULL && error->domain == RPT_CORPUS_ERROR);
  return 0;
}

#ifdef RPT_FUZZ_STANDALONE
int
main (int   argc,
      char *argv[])
{
  int n = 0;

  /* TAP, so that meson can run it as a test */
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
