/* test-bad-input.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rpt-corpus.h"
#include "rpt-test-util.h"

/* Under AddressSanitizer (the CI's second build, at -O0) the parser runs
 * some thirty times slower: the big inputs shrink tenfold there, which
 * still checks that nothing is quadratic and that memory stays clean. */
#if defined(__SANITIZE_ADDRESS__)
# define RPT_UNDER_SANITIZER 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define RPT_UNDER_SANITIZER 1
# endif
#endif
#ifdef RPT_UNDER_SANITIZER
# define BIG_SCALE 10
#else
# define BIG_SCALE 1
#endif

/* Input that is not a good report: no crash, no hang, a GError that names
 * the file and the reason, or a sensible partial result; time linear in
 * the size of the input. */

static char *
write_temp (const char *name,
            const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (rpt_test_get_tmpdir (), name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_refused (const char *name,
                const char *data,
                gsize       length,
                int         code)
{
  g_autofree char *path = write_temp (name, data, length);
  g_autoptr(GError) error = NULL;
  RptCorpusReport *report = rpt_corpus_parse_file (path, &error);

  g_assert_null (report);
  g_assert_error (error, RPT_CORPUS_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_empty (void)
{
  assert_refused ("empty.txt", "", 0, RPT_CORPUS_ERROR_EMPTY);
  assert_refused ("blank.txt", " \n\t\r\n", 5, RPT_CORPUS_ERROR_EMPTY);
  assert_refused ("no-letters.txt", "12 34 -- ** ..\n", 15, RPT_CORPUS_ERROR_NO_STRUCTURE);
}

static void
test_binary (void)
{
  g_autofree char *data = g_malloc (4096);
  GRand *rand = g_rand_new_with_seed (42);

  for (gsize k = 0; k < 4096; k++)
    data[k] = (char) g_rand_int_range (rand, 0, 256);
  data[100] = '\0';
  g_rand_free (rand);
  assert_refused ("random.bin", data, 4096, RPT_CORPUS_ERROR_BINARY);

  /* no NUL byte, but control characters everywhere */
  for (gsize k = 0; k < 4096; k++)
    data[k] = (char) (1 + k % 8);
  assert_refused ("controls.bin", data, 4096, RPT_CORPUS_ERROR_BINARY);
}

static void
test_bad_encoding (void)
{
  /* 0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in Windows-1252 */
  GString *s = g_string_new (NULL);

  for (int k = 0; k < 200; k++)
    g_string_append (s, "text \x81\x8d\x8f\x90\x9d ");
  assert_refused ("undecodable.txt", s->str, s->len, RPT_CORPUS_ERROR_ENCODING);
  g_string_free (s, TRUE);
}

static void
test_windows_1252 (void)
{
  const char *text = "ITU INTERNET ACTIVITIES\n1\tIntroduction\nResolution 101 \x96 text.\n"
                     "2\tActivities\n2.1\tITU-T SG13 approved ITU-T Y.3129 \x93Title\x94.\n";
  g_autofree char *path = write_temp ("cp1252.txt", text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCorpusReport) report = rpt_corpus_parse_file (path, &error);
  RptCorpusDeliverable *d;

  g_assert_no_error (error);
  g_assert_cmpuint (report->deliverables->len, ==, 1);
  d = g_ptr_array_index (report->deliverables, 0);
  g_assert_cmpstr (d->id, ==, "Y.3129");
  g_assert_cmpstr (d->title, ==, "Title");
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (rpt_test_get_tmpdir (), "missing.txt", NULL);

  g_assert_null (rpt_corpus_parse_file (missing, &error));
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.txt"));
  g_clear_error (&error);

  g_assert_null (rpt_corpus_parse_file (rpt_test_get_tmpdir (), &error));
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO);
}

static void
test_too_large (void)
{
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "huge.txt", NULL);
  g_autoptr(GError) error = NULL;
  FILE *f = g_fopen (path, "w");

  /* a sparse file: nothing is written */
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, (long) RPT_CORPUS_MAX_SIZE + 10, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('x', f), !=, EOF);
  fclose (f);

  g_assert_null (rpt_corpus_parse_file (path, &error));
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.txt"));
  g_assert_nonnull (strstr (error->message, "256 MB"));
  g_unlink (path);
}

static void
test_truncated (void)
{
  g_autofree char *source = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  /* cut anywhere, also inside a UTF-8 sequence or a title */
  for (gsize cut = 1; cut < length; cut += length / 37 + 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RptCorpusReport) report = rpt_corpus_parse_text (contents, cut, "cut.txt", &error);
      g_autofree char *path = NULL;
      g_autoptr(RptCorpusReport) from_file = NULL;

      /* text: parsed; a cut inside a UTF-8 sequence: refused by
       * parse_text (it wants UTF-8), read by parse_file */
      g_assert_true (report != NULL || error != NULL);
      g_clear_error (&error);
      path = write_temp ("cut.txt", contents, cut);
      from_file = rpt_corpus_parse_file (path, &error);
      if (from_file == NULL)
        g_assert_true (g_error_matches (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_NO_STRUCTURE) ||
                       g_error_matches (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_EMPTY));
      else
        g_assert_cmpuint (from_file->sections->len, >=, 1);
    }
}

/* Adversarial lines: one huge line of brackets, quotes, parentheses,
 * digits, ids. */
static double
time_parse (const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(RptCorpusReport) report = rpt_corpus_parse_text (data, length, "line.txt", &error);

  g_assert_true (report != NULL || error != NULL);
  return (g_get_monotonic_time () - start) / 1e6;
}

static char *
repeat (const char *unit,
        gsize       total)
{
  gsize n = strlen (unit);
  char *out = g_malloc (total + 1);

  for (gsize k = 0; k < total; k++)
    out[k] = unit[k % n];
  out[total] = '\0';
  /* do not end inside a UTF-8 sequence */
  while (total > 0 && ((guchar) out[total - 1] & 0x80) != 0)
    out[--total] = ' ';
  return out;
}

static void
test_long_lines (void)
{
  static const char * const units[] = {
    "ITU-T SG13 approved ITU-T Y.3129 “Title”; ",
    "[[[[[[[[(((((((\"\"\"“““",
    "[bookmark: x][1: y][footnoteRef:2][a](#)\\(**",
    "SGs 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ",
    "one two three Recommendations were approved by ",
    "Y.1 Y.2 Y.3 Amd.1 Cor.2 (V3) (revised) (Q1/2) ",
    "2.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 ",
  };
  const gsize small = 256 * 1024 / BIG_SCALE, large = 10 * small;

  for (gsize k = 0; k < G_N_ELEMENTS (units); k++)
    {
      g_autofree char *a = repeat (units[k], small);
      g_autofree char *b = repeat (units[k], large);
      double ta = time_parse (a, strlen (a));
      double tb = time_parse (b, strlen (b));

      g_test_message ("“%s”: 256 kB in %.3f s, 2.5 MB in %.3f s", units[k], ta, tb);
      /* linear: ten times the input, not much more than ten times the time */
      g_assert_cmpfloat (tb, <, 30 * ta + 0.5);
      g_assert_cmpfloat (tb, <, 20.0);
    }

  {
    /* and one line of 10 MB */
    g_autofree char *line = repeat (units[0], 10 * 1024 * 1024 / BIG_SCALE);
    double t = time_parse (line, strlen (line));

    g_test_message ("one line of %d MB in %.3f s", 10 / BIG_SCALE, t);
    g_assert_cmpfloat (t, <, 60.0);
  }
}

static void
test_200_megabytes (void)
{
  g_autofree char *source = rpt_test_corpus_file ("004_c9855d081390d753.txt");
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "big.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCorpusReport) report = NULL;
  gsize length, written = 0;
  gint64 start;
  FILE *f;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  f = g_fopen (path, "w");
  g_assert_nonnull (f);
  while (written < 200 * 1024 * 1024 / BIG_SCALE)
    {
      g_assert_cmpuint (fwrite (contents, 1, length, f), ==, length);
      written += length;
    }
  fclose (f);

  start = g_get_monotonic_time ();
  report = rpt_corpus_parse_file (path, &error);
  g_test_message ("%d MB parsed in %.2f s", 200 / BIG_SCALE,
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_no_error (error);
  /* the same sections again and again: merged, not repeated */
  g_assert_cmpuint (report->sections->len, <, 200);
  g_assert_cmpuint (report->deliverables->len, <, 1000);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/corpus/bad-input/empty", test_empty);
  g_test_add_func ("/rpt/corpus/bad-input/binary", test_binary);
  g_test_add_func ("/rpt/corpus/bad-input/bad-encoding", test_bad_encoding);
  g_test_add_func ("/rpt/corpus/bad-input/windows-1252", test_windows_1252);
  g_test_add_func ("/rpt/corpus/bad-input/unreadable", test_unreadable);
  g_test_add_func ("/rpt/corpus/bad-input/too-large", test_too_large);
  g_test_add_func ("/rpt/corpus/bad-input/truncated", test_truncated);
  g_test_add_func ("/rpt/corpus/bad-input/long-lines", test_long_lines);
  g_test_add_func ("/rpt/corpus/bad-input/many-megabytes", test_200_megabytes);

  return g_test_run ();
}
