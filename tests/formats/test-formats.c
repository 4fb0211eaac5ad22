/* test-formats.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rpt-corpus.h"
#include "formats/rpt-formats.h"
#include "rpt-test-util.h"

/* The Word and PDF files are made at test time from the bundled reports by
 * make-docx.py and make-pdf.py (into the test's private folder), so that
 * what is compared is always the report text itself. */

static const char *reports[] = {
  "000_0be38688fc66d4a9",
  "001_ed252d99abc55521",
  "002_84f780da303f30c0",
  "003_eed11337dedeec64",
  "004_c9855d081390d753",
};

static gboolean have_pdf_samples;
static gboolean have_encrypted_sample;

static char *
sample_path (const char *report,
             const char *name)
{
  return g_build_filename (rpt_test_get_tmpdir (), "samples", report, name, NULL);
}

static GBytes *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static char *
load_text (const char *path)
{
  g_autoptr(GBytes) bytes = load (path);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
extract (const char     *path,
         RptFileFormat   expected_format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = load (path);
  RptFileFormat format;
  char *text;

  text = rpt_formats_extract_text_full (bytes, path, NULL, &format, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_cmpstr (rpt_file_format_to_string (format), ==, rpt_file_format_to_string (expected_format));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  return text;
}

static void
run_script (const char *script,
            const char *report,
            const char *extra,
            gboolean   *made)
{
  const char *python = g_getenv ("RAPPORTEUR_PYTHON");
  const char *qpdf = g_getenv ("RAPPORTEUR_QPDF");
  g_autofree char *script_path = g_build_filename (g_getenv ("RAPPORTEUR_SOURCE_DIR"), "tests", "formats", script, NULL);
  g_autofree char *base = g_strconcat (report, ".txt", NULL);
  g_autofree char *input = rpt_test_corpus_file (base);
  g_autofree char *outdir = g_build_filename (rpt_test_get_tmpdir (), "samples", report, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  int status = 0;

  if (python == NULL || *python == '\0')
    python = "/usr/bin/python3";

  g_ptr_array_add (argv, (char *) python);
  g_ptr_array_add (argv, script_path);
  g_ptr_array_add (argv, input);
  g_ptr_array_add (argv, outdir);
  if (extra != NULL && g_str_equal (extra, "qpdf"))
    {
      if (qpdf != NULL && *qpdf != '\0')
        g_ptr_array_add (argv, (char *) qpdf);
    }
  else if (extra != NULL)
    g_ptr_array_add (argv, (char *) extra);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);

  /* make-pdf.py exits with 77 without python3-cairo. */
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      *made = FALSE;
      return;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s %s failed: %s\n%s", script, report, error->message, err);
  *made = TRUE;
}

static void
make_samples (void)
{
  gboolean made = FALSE;

  have_pdf_samples = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      /* The broken files are made once, next to report 001. */
      run_script ("make-docx.py", reports[i], i == 1 ? "--broken" : NULL, &made);
      run_script ("make-pdf.py", reports[i], "qpdf", &made);
      have_pdf_samples &= made;
    }

  if (have_pdf_samples)
    {
      g_autofree char *encrypted = sample_path (reports[1], "encrypted.pdf");

      have_encrypted_sample = g_file_test (encrypted, G_FILE_TEST_EXISTS);
    }
}

static gboolean
skip_without_pdf (void)
{
  if (!have_pdf_samples)
    g_test_skip ("python3-cairo is not installed: no PDF samples");
  return !have_pdf_samples;
}

/* ---- what the parser makes of a text ------------------------------------ */

static RptCorpusReport *
parse (const char *text,
       const char *name)
{
  g_autoptr(GError) error = NULL;
  RptCorpusReport *report;

  report = rpt_corpus_parse_text (text, strlen (text), name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static char *
section_numbers (RptCorpusReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->sections->len; i++)
    {
      RptCorpusSection *section = g_ptr_array_index (report->sections, i);

      g_string_append_printf (out, "%s\n", section->number);
    }
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Distinct (section, id) pairs, sorted. */
static char *
deliverable_ids (RptCorpusReport *report)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->deliverables->len; i++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, i);

      g_ptr_array_add (ids, g_strdup_printf ("%s\t%s", d->section, d->id));
    }
  g_ptr_array_sort (ids, compare_strings);
  for (guint i = 0; i < ids->len; i++)
    if (i == 0 || strcmp (ids->pdata[i], ids->pdata[i - 1]) != 0)
      g_string_append_printf (out, "%s\n", (char *) ids->pdata[i]);
  return g_string_free (out, FALSE);
}

/* Leading spaces and tabs of every line: indentation, which a PDF shows
 * but does not say. */
static char *
strip_indentation (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_strchug (lines[i]);
  return g_strjoinv ("\n", lines);
}

/* The converted text must parse to what the bundled text parses to. */
static void
assert_parses_like_original (const char *report_name,
                             const char *converted,
                             const char *converted_name,
                             gboolean    without_indentation)
{
  g_autofree char *base = g_strconcat (report_name, ".txt", NULL);
  g_autofree char *path = rpt_test_corpus_file (base);
  g_autoptr(GBytes) bytes = load (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autoptr(RptCorpusReport) a = NULL;
  g_autoptr(RptCorpusReport) b = NULL;
  g_autofree char *sections_a = NULL;
  g_autofree char *sections_b = NULL;
  g_autofree char *ids_a = NULL;
  g_autofree char *ids_b = NULL;

  original = rpt_corpus_decode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), path, &error);
  g_assert_no_error (error);
  if (without_indentation)
    {
      char *stripped = strip_indentation (original);

      g_free (original);
      original = stripped;
    }

  a = parse (original, path);
  b = parse (converted, converted_name);

  sections_a = section_numbers (a);
  sections_b = section_numbers (b);
  g_assert_cmpstr (sections_b, ==, sections_a);

  ids_a = deliverable_ids (a);
  ids_b = deliverable_ids (b);
  g_assert_cmpstr (ids_b, ==, ids_a);

  g_assert_cmpint (b->family, ==, a->family);
}

/* The numbered paragraphs of a report text, in order: "2.1.3" lines. */
static char *
numbered_labels (const char *text,
                 gboolean    strip_leading)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      static GRegex *regex;
      const char *line = lines[i];

      if (regex == NULL)
        regex = g_regex_new ("^(\\d+(?:\\.\\d+)*)\\t", 0, 0, NULL);
      if (strip_leading)
        {
          /* The bundled texts have stray bookmarks and spaces before some
           * numbers; the Word document has neither. */
          while (g_str_has_prefix (line, "[bookmark:") && strchr (line, ']') != NULL)
            line = strchr (line, ']') + 1;
          while (*line == ' ')
            line++;
        }
      if (g_regex_match (regex, line, 0, &match))
        {
          g_autofree char *label = g_match_info_fetch (match, 1);

          g_string_append_printf (out, "%s\n", label);
        }
    }

  return g_string_free (out, FALSE);
}

/* ---- detection ---------------------------------------------------------- */

static void
test_detect (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
  static const guint8 utf16[] = { 0xFF, 0xFE, 'R', 0, 'e', 0, 'p', 0 };
  static const char text[] = "2.1\tIMT-2020: In total, 22 Recommendations were approved\n";
  static const char junk_pdf[] = "\r\n\r\n%PDF-1.7\n";
  g_autofree char *docx = sample_path (reports[1], "report.docx");
  g_autofree char *no_document = sample_path (reports[1], "no-document.docx");
  g_autoptr(GBytes) docx_bytes = load (docx);
  g_autoptr(GBytes) zip_bytes = load (no_document);

  g_assert_cmpint (rpt_file_format_detect ((const guint8 *) text, strlen (text)), ==, RPT_FILE_FORMAT_TEXT);
  g_assert_cmpint (rpt_file_format_detect (utf16, sizeof utf16), ==, RPT_FILE_FORMAT_TEXT);
  g_assert_cmpint (rpt_file_format_detect ((const guint8 *) "%PDF-1.4\n", 9), ==, RPT_FILE_FORMAT_PDF);
  g_assert_cmpint (rpt_file_format_detect ((const guint8 *) junk_pdf, strlen (junk_pdf)), ==, RPT_FILE_FORMAT_PDF);
  g_assert_cmpint (rpt_file_format_detect (png, sizeof png), ==, RPT_FILE_FORMAT_BINARY);
  g_assert_cmpint (rpt_file_format_detect ((const guint8 *) "ab\0cd", 5), ==, RPT_FILE_FORMAT_BINARY);
  g_assert_cmpint (rpt_file_format_detect (g_bytes_get_data (docx_bytes, NULL), g_bytes_get_size (docx_bytes)),
                   ==, RPT_FILE_FORMAT_DOCX);
  g_assert_cmpint (rpt_file_format_detect (g_bytes_get_data (zip_bytes, NULL), g_bytes_get_size (zip_bytes)),
                   ==, RPT_FILE_FORMAT_ZIP);
  g_assert_cmpint (rpt_file_format_detect ((const guint8 *) "PK\3\4", 4), ==, RPT_FILE_FORMAT_ZIP);
  g_assert_cmpint (rpt_file_format_detect (NULL, 0), ==, RPT_FILE_FORMAT_TEXT);
}

/* ---- plain text --------------------------------------------------------- */

static void
test_text_passes_through (void)
{
  g_autofree char *path = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *expected = load_text (path);
  g_autofree char *text = extract (path, RPT_FILE_FORMAT_TEXT);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_text_utf16 (void)
{
  static const char utf8[] = "2.1\tITU‑T SG13 approved “Y.3120”\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;

  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (len + 2);
  with_bom[0] = (char) 0xFF;
  with_bom[1] = (char) 0xFE;
  memcpy (with_bom + 2, utf16, len);
  bytes = g_bytes_new (with_bom, len + 2);

  text = rpt_formats_extract_text (bytes, "unicode.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, utf8);
}

/* ---- Word --------------------------------------------------------------- */

static void
test_docx_report (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *docx = sample_path (reports[i], "report.docx");
      g_autofree char *expected_path = sample_path (reports[i], "report.expected.txt");
      g_autofree char *expected = load_text (expected_path);
      g_autofree char *text = extract (docx, RPT_FILE_FORMAT_DOCX);

      g_test_message ("%s", reports[i]);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_docx_structure (void)
{
  g_autofree char *docx = sample_path (reports[1], "report.docx");
  g_autofree char *original_path = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  g_autofree char *original = load_text (original_path);
  g_autofree char *text = extract (docx, RPT_FILE_FORMAT_DOCX);
  g_autofree char *labels = numbered_labels (text, FALSE);
  g_autofree char *original_labels = numbered_labels (original, TRUE);

  /* Numbers computed from numbering.xml (and the ones typed by hand). */
  g_assert_cmpstr (labels, ==, original_labels);
  g_assert_nonnull (strstr (labels, "2.1.3\n"));
  g_assert_nonnull (strstr (text, "\n2.1.3\tITU-T SG13 approved Recommendations ITU-T Y.3120 "));
  g_assert_nonnull (strstr (text, "\n1\tIntroduction\n"));

  /* Bullets, footnote marker and body after the paragraph. */
  g_assert_nonnull (strstr (text, "\n·\tITU-T SG20:\n"));
  g_assert_nonnull (strstr (text, "other texts[footnoteRef:1] have been approved"));
  g_assert_nonnull (strstr (text, "Study Groups (SGs). [1: These are the total number of new/revised"));

  /* Deleted revisions, hidden text and field instructions are not text;
   * bookmarks leave nothing. */
  g_assert_null (strstr (text, "Y.9998"));
  g_assert_null (strstr (text, "Y.9997"));
  g_assert_null (strstr (text, "Y.9999"));
  g_assert_null (strstr (text, "HYPERLINK"));
  g_assert_null (strstr (text, "bookmark"));

  /* The table: one line per row, cells separated by TAB. */
  g_assert_true (g_str_has_suffix (text, "Contact\tPhone\tE-mail\nTSB\t+41 22 730 5111\ttsbmail@itu.int\n"));
}

static void
test_docx_numbering (void)
{
  g_autofree char *docx = sample_path (reports[1], "numbering.docx");
  g_autofree char *expected_path = sample_path (reports[1], "numbering.expected.txt");
  g_autofree char *expected = load_text (expected_path);
  g_autofree char *text = extract (docx, RPT_FILE_FORMAT_DOCX);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_docx_parses_like_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *docx = sample_path (reports[i], "report.docx");
      g_autofree char *text = extract (docx, RPT_FILE_FORMAT_DOCX);

      g_test_message ("%s", reports[i]);
      assert_parses_like_original (reports[i], text, docx, FALSE);
    }
}

/* ---- PDF ---------------------------------------------------------------- */

static void
test_pdf_report (void)
{
  if (skip_without_pdf ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *pdf = sample_path (reports[i], "report.pdf");
      g_autofree char *expected_path = sample_path (reports[i], "report.pdf.txt");
      g_autofree char *expected = load_text (expected_path);
      g_autofree char *text = extract (pdf, RPT_FILE_FORMAT_PDF);

      g_test_message ("%s", reports[i]);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_pdf_structure (void)
{
  g_autofree char *pdf = NULL;
  g_autofree char *original_path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *text = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *original_labels = NULL;

  if (skip_without_pdf ())
    return;

  pdf = sample_path (reports[1], "report.pdf");
  original_path = rpt_test_corpus_file ("001_ed252d99abc55521.txt");
  original = load_text (original_path);
  text = extract (pdf, RPT_FILE_FORMAT_PDF);
  labels = numbered_labels (text, FALSE);
  original_labels = numbered_labels (original, TRUE);

  /* The tab stop after each number is found again. */
  g_assert_cmpstr (labels, ==, original_labels);
  g_assert_nonnull (strstr (text, "\n·\tITU-T SG20:\n"));

  /* Running header and page numbers are gone. */
  g_assert_null (strstr (text, "CWG-Internet 18/4"));
  g_assert_null (strstr (text, "- 2 -"));
  g_assert_null (strstr (text, "-2-"));

  /* Raised footnote numbers are markers, not digits glued to a word; the
   * note from the foot of the page follows the page's last paragraph. */
  g_assert_nonnull (strstr (text, "other texts[footnoteRef:1] have been approved"));
  g_assert_nonnull (strstr (text, "\n[1: These are the total number of new/revised"));

  /* Lines broken after a hyphen join without a space. */
  g_assert_null (strstr (text, "IMT- 2020"));
  g_assert_null (strstr (text, "ITU- T"));
}

static void
test_pdf_ligatures (void)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (skip_without_pdf ())
    return;
  pdf = sample_path (reports[1], "ligatures.pdf");
  text = extract (pdf, RPT_FILE_FORMAT_PDF);
  g_assert_nonnull (strstr (text, "The financial flows were affected."));
}

static void
test_pdf_parses_like_text (void)
{
  if (skip_without_pdf ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *pdf = sample_path (reports[i], "report.pdf");
      g_autofree char *text = extract (pdf, RPT_FILE_FORMAT_PDF);

      g_test_message ("%s", reports[i]);
      assert_parses_like_original (reports[i], text, pdf, TRUE);
    }
}

/* ---- bad input ---------------------------------------------------------- */

static void
assert_fails (GBytes                 *bytes,
              const char             *name,
              const RptFormatsLimits *limits,
              int                     code,
              const char             *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *quoted = g_strdup_printf ("“%s”", base);

  text = rpt_formats_extract_text_full (bytes, name, limits, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, RPT_FORMATS_ERROR, code);
  g_test_message ("%s", error->message);

  /* The message names the file, and says what is wrong. */
  g_assert_nonnull (strstr (error->message, quoted));
  g_assert_nonnull (strstr (error->message, words));
}

static void
assert_sample_fails (const char *name,
                     int         code,
                     const char *words)
{
  g_autofree char *path = sample_path (reports[1], name);
  g_autoptr(GBytes) bytes = load (path);

  assert_fails (bytes, path, NULL, code, words);
}

static void
test_error_empty (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  assert_sample_fails ("empty.docx", RPT_FORMATS_ERROR_EMPTY, "is empty");
  assert_fails (empty, "/home/me/report.pdf", NULL, RPT_FORMATS_ERROR_EMPTY, "is empty");
  assert_sample_fails ("blank.docx", RPT_FORMATS_ERROR_EMPTY, "contains no text");
}

static void
test_error_binary (void)
{
  static const guint8 elf[] = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 };
  g_autoptr(GBytes) program = g_bytes_new_static (elf, sizeof elf);

  assert_sample_fails ("binary.txt", RPT_FORMATS_ERROR_UNSUPPORTED, "is not a text, Word (.docx) or PDF file");
  assert_fails (program, "report.txt", NULL, RPT_FORMATS_ERROR_UNSUPPORTED, "it looks like a program");
  assert_sample_fails ("sheet.xlsx", RPT_FORMATS_ERROR_UNSUPPORTED, "it looks like an Excel workbook");
}

static void
test_error_image_renamed (void)
{
  assert_sample_fails ("image.pdf", RPT_FORMATS_ERROR_UNSUPPORTED, "is not a PDF document: it looks like a PNG image");
  assert_sample_fails ("image.docx", RPT_FORMATS_ERROR_UNSUPPORTED, "is not a Word document: it looks like a PNG image");
}

static void
test_error_encrypted_pdf (void)
{
  if (skip_without_pdf ())
    return;
  if (!have_encrypted_sample)
    {
      g_test_skip ("qpdf is not installed: no encrypted PDF");
      return;
    }
  assert_sample_fails ("encrypted.pdf", RPT_FORMATS_ERROR_ENCRYPTED, "is protected by a password");
}

static void
test_error_encrypted_office (void)
{
  /* A password-protected .docx is a compound file with an EncryptedPackage
   * stream instead of a zip. */
  static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  g_autofree guint8 *data = g_malloc0 (1024);
  g_autoptr(GBytes) bytes = NULL;

  memcpy (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  memcpy (data + 512, name, sizeof name - 1);
  bytes = g_bytes_new_take (g_steal_pointer (&data), 1024);

  assert_fails (bytes, "protected.docx", NULL, RPT_FORMATS_ERROR_ENCRYPTED, "is protected by a password");
}

static void
test_error_damaged_pdf (void)
{
  if (skip_without_pdf ())
    return;
  assert_sample_fails ("truncated.pdf", RPT_FORMATS_ERROR_CORRUPT, "is damaged");
  assert_sample_fails ("scanned.pdf", RPT_FORMATS_ERROR_NO_TEXT, "has no text to read");
}

static void
test_error_bad_zip (void)
{
  assert_sample_fails ("bad-zip.docx", RPT_FORMATS_ERROR_CORRUPT, "is damaged");
}

static void
test_error_no_document (void)
{
  assert_sample_fails ("no-document.docx", RPT_FORMATS_ERROR_CORRUPT, "word/document.xml is missing");
}

static void
test_error_malformed_xml (void)
{
  assert_sample_fails ("malformed.docx", RPT_FORMATS_ERROR_CORRUPT, "word/document.xml is not well-formed XML");
}

static void
test_error_too_large (void)
{
  g_autofree char *path = sample_path (reports[1], "report.docx");
  g_autofree char *big = g_build_filename (rpt_test_get_tmpdir (), "huge.txt", NULL);
  g_autoptr(GBytes) bytes = load (path);
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) error = NULL;
  RptFormatsLimits limits;
  FILE *file;

  rpt_formats_limits_init (&limits);
  g_assert_cmpuint (limits.max_file_size, ==, RPT_CORPUS_MAX_SIZE);
  g_assert_cmpuint (limits.max_unpacked_size, ==, RPT_FORMATS_MAX_UNPACKED_SIZE);

  limits.max_file_size = 4096;
  assert_fails (bytes, path, &limits, RPT_FORMATS_ERROR_TOO_LARGE, "is too large");

  /* The default limit, on a sparse file: nothing is really written. */
  file = g_fopen (big, "wb");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), (off_t) RPT_CORPUS_MAX_SIZE + 1), ==, 0);
  fclose (file);
  mapped = g_mapped_file_new (big, FALSE, &error);
  g_assert_no_error (error);
  huge = g_mapped_file_get_bytes (mapped);
  assert_fails (huge, big, NULL, RPT_FORMATS_ERROR_TOO_LARGE, "Rapporteur reads reports of up to 256 MB");
  g_unlink (big);
}

static void
test_error_zip_bomb (void)
{
  g_autofree char *path = sample_path (reports[1], "bomb.docx");
  g_autoptr(GBytes) bytes = load (path);
  RptFormatsLimits limits;

  /* Some hundred kilobytes that unpack to 80 MB: stopped at the default
   * limit, and at a lower one. */
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 1024 * 1024);
  assert_fails (bytes, path, NULL, RPT_FORMATS_ERROR_TOO_LARGE, "unpacks to more than 64 MB");
  rpt_formats_limits_init (&limits);
  limits.max_unpacked_size = 8 * 1024 * 1024;
  assert_fails (bytes, path, &limits, RPT_FORMATS_ERROR_TOO_LARGE, "unpacks to more than 8 MB");
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *names[] = { "report.docx", "report.pdf" };

  g_cancellable_cancel (cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = sample_path (reports[1], names[i]);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (i == 1 && !have_pdf_samples)
        continue;
      bytes = load (path);
      text = rpt_formats_extract_text_full (bytes, path, NULL, NULL, cancellable, &error);
      g_assert_null (text);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }
}

static void
test_error_old_word (void)
{
  g_autofree guint8 *data = g_malloc0 (1024);
  g_autoptr(GBytes) bytes = NULL;

  memcpy (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes = g_bytes_new_take (g_steal_pointer (&data), 1024);
  assert_fails (bytes, "report.doc", NULL, RPT_FORMATS_ERROR_UNSUPPORTED, "it looks like an old Word (.doc)");
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);
  make_samples ();

  g_test_add_func ("/rpt/formats/detect", test_detect);
  g_test_add_func ("/rpt/formats/text/passes-through", test_text_passes_through);
  g_test_add_func ("/rpt/formats/text/utf16", test_text_utf16);
  g_test_add_func ("/rpt/formats/docx/report-text", test_docx_report);
  g_test_add_func ("/rpt/formats/docx/structure", test_docx_structure);
  g_test_add_func ("/rpt/formats/docx/numbering-formats", test_docx_numbering);
  g_test_add_func ("/rpt/formats/docx/parses-like-text", test_docx_parses_like_text);
  g_test_add_func ("/rpt/formats/pdf/report-text", test_pdf_report);
  g_test_add_func ("/rpt/formats/pdf/structure", test_pdf_structure);
  g_test_add_func ("/rpt/formats/pdf/ligatures", test_pdf_ligatures);
  g_test_add_func ("/rpt/formats/pdf/parses-like-text", test_pdf_parses_like_text);
  g_test_add_func ("/rpt/formats/cancelled", test_cancelled);
  g_test_add_func ("/rpt/formats/error/empty", test_error_empty);
  g_test_add_func ("/rpt/formats/error/old-word", test_error_old_word);
  g_test_add_func ("/rpt/formats/error/binary", test_error_binary);
  g_test_add_func ("/rpt/formats/error/image-renamed", test_error_image_renamed);
  g_test_add_func ("/rpt/formats/error/encrypted-pdf", test_error_encrypted_pdf);
  g_test_add_func ("/rpt/formats/error/encrypted-office", test_error_encrypted_office);
  g_test_add_func ("/rpt/formats/error/damaged-pdf", test_error_damaged_pdf);
  g_test_add_func ("/rpt/formats/error/bad-zip", test_error_bad_zip);
  g_test_add_func ("/rpt/formats/error/no-document", test_error_no_document);
  g_test_add_func ("/rpt/formats/error/malformed-xml", test_error_malformed_xml);
  g_test_add_func ("/rpt/formats/error/too-large", test_error_too_large);
  g_test_add_func ("/rpt/formats/error/zip-bomb", test_error_zip_bomb);

  return g_test_run ();
}
