/* test-export.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rpt-export-csv.h"
#include "rpt-export-doc.h"
#include "rpt-export-json.h"
#include "rpt-test-util.h"

/* The exports are checked from the outside, with the tools a user or a
 * script would use: poppler-utils for the PDF (pdfinfo, pdftotext, pdffonts,
 * pdftoppm), an RFC 4180 reader for the CSV, json-glib for the JSON. */

#define MULTI_TITLE "تقرير 报告 Отчёт"

static const char *groups[] = { "ITU-T SG17", "ITU-T SG13", "ITU-T SG20", "TSAG", "" };
static const char *statuses[] = { "approved", "consented", "agreed", "draft" };
static const char *kinds[] = { "Recommendation", "Supplement", "Technical Report" };

static char *
tmp_path (const char *name)
{
  return g_build_filename (rpt_test_get_tmpdir (), name, NULL);
}

/* @n_rows rows, with the awkward ones first: commas, quotes, line breaks,
 * Arabic, Chinese and Cyrillic, right-to-left, a very long title. */
static RptExportRequest *
make_request (guint n_rows)
{
  RptExportRequest *request = rpt_export_request_new ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 22, 9, 30, 0);
  g_autoptr(RptQuery) query = rpt_query_new ();

  rpt_query_set_group (query, "ITU-T SG17");
  rpt_query_set_status (query, "approved");
  rpt_export_request_set_query (request, query);
  rpt_export_request_set_title (request, "Briefing " MULTI_TITLE);
  rpt_export_request_set_created (request, created);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *id = g_strdup_printf ("X.%u", 1000 + i);
      g_autofree char *title = NULL;
      g_autofree char *report = g_strdup_printf ("ITU Internet activities %u", 2017 + (i % 3) * 2);
      g_autofree char *section = g_strdup_printf ("%u.%u", 2 + i % 5, 1 + i % 3);
      g_autofree char *excerpt = NULL;
      RptExportRow row = { NULL };

      switch (i)
        {
        case 0:
          title = g_strdup ("Security, \"trust\" and privacy\nfor IoT, part 1");
          break;
        case 1:
          title = g_strdup ("Русский заголовок: требования к безопасности");
          break;
        case 2:
          title = g_strdup ("安全要求 中文标题");
          break;
        case 3:
          title = g_strdup ("متطلبات الأمن للشبكات");
          break;
        case 4:
          title = g_strdup ("A very long title that goes on and on about the framework, the requirements, "
                            "the architecture and the capabilities of distributed ledger technologies "
                            "for smart sustainable cities and communities, including annexes");
          break;
        default:
          title = g_strdup_printf ("Framework number %u for networks", i);
        }
      excerpt = g_strdup_printf ("ITU-T SG17 approved Recommendation ITU-T %s, \"%s\", in period %u.", id, title, i);

      row.id = id;
      row.title = title;
      row.kind = (char *) kinds[i % G_N_ELEMENTS (kinds)];
      row.status = (char *) statuses[i % G_N_ELEMENTS (statuses)];
      row.group = (char *) groups[i % G_N_ELEMENTS (groups)];
      row.sector = "ITU-T";
      row.series = "X";
      row.report = report;
      row.report_label = i % 2 ? "2022–2023" : NULL;
      row.period = "from February 2022 till date";
      row.section = section;
      row.section_heading = i % 2 ? "IPv6, and \"more\"" : NULL;
      row.excerpt = excerpt;
      rpt_export_request_add_row (request, &row);
    }

  return request;
}

static char *
run (const char * const *argv,
     int                *exit_status,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, &out, err, &wait_status, &error));
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = g_spawn_check_wait_status (wait_status, NULL) ? 0 :
                   WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return out;
}

static char *
pdftotext (const char *pdf,
           int         first,
           int         last)
{
  g_autofree char *f = g_strdup_printf ("%d", first);
  g_autofree char *l = g_strdup_printf ("%d", last);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", f, "-l", l, pdf, "-", NULL };
  int status;
  char *text = run (argv, &status, NULL);

  g_assert_cmpint (status, ==, 0);
  return text;
}

/* Whitespace collapsed: a title wrapped over lines is still one string. */
static char *
normalize (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static char *
pdfinfo_field (const char *pdf,
               const char *field)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };
  g_autofree char *out = run (argv, NULL, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));

  return NULL;
}

static void
check_pdf_against_request (const char       *pdf,
                           RptExportRequest *request)
{
  double width, height;
  g_autoptr(RptExportLayout) layout = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint n_pages, first, last;

  rpt_export_request_get_page_points (request, &width, &height);
  layout = rpt_export_layout_new (request, NULL, width, height);
  n_pages = rpt_export_layout_get_n_pages (layout);

  pages = pdfinfo_field (pdf, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, n_pages);
  title = pdfinfo_field (pdf, "Title");
  g_assert_cmpstr (title, ==, rpt_export_request_get_title (request));
  creator = pdfinfo_field (pdf, "Creator");
  g_assert_cmpstr (creator, ==, "Rapporteur " PACKAGE_VERSION);
  subject = pdfinfo_field (pdf, "Subject");
  g_assert_nonnull (strstr (subject, "deliverable"));

  text = pdftotext (pdf, 1, n_pages);
  flat = normalize (text);

  /* Page numbers on every page. */
  {
    g_auto(GStrv) page_texts = g_strsplit (text, "\f", -1);

    g_assert_cmpuint (g_strv_length (page_texts), >=, n_pages);
    for (guint p = 0; p < n_pages; p++)
      {
        g_autofree char *number = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

        g_assert_nonnull (strstr (page_texts[p], number));
      }

    /* The table header on every page of the table. */
    if (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_TABLE, &first, &last) &&
        rpt_export_request_get_n_rows (request) > 0)
      {
        g_assert_cmpuint (first, >=, 1);
        for (guint p = first; p <= last; p++)
          {
            g_autofree char *page_flat = normalize (page_texts[p]);

            g_assert_nonnull (strstr (page_flat, "Id"));
            g_assert_nonnull (strstr (page_flat, "Title"));
            g_assert_nonnull (strstr (page_flat, "Kind"));
            g_assert_nonnull (strstr (page_flat, "Status"));
            g_assert_nonnull (strstr (page_flat, "Group"));
            g_assert_nonnull (strstr (page_flat, "Report"));
            g_assert_nonnull (strstr (page_flat, "Section"));
          }
      }
  }

  /* Every row: its id, its title and its citation (report, section). */
  for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      g_autofree char *row_title = normalize (row->title);
      g_autofree char *citation = g_strdup_printf ("%s (%s), section %s", row->report, row->period, row->section);

      g_assert_nonnull (strstr (flat, row->id));
      /* pdftotext gives Arabic in display order: that row is checked by
       * its fonts below. */
      if (!g_str_equal (row->title, "متطلبات الأمن للشبكات"))
        {
          if (strstr (flat, row_title) == NULL)
            g_error ("title of %s not in the PDF text: %s", row->id, row_title);
        }
      if (strstr (flat, citation) == NULL)
        g_error ("citation of %s not in the PDF text: %s", row->id, citation);
    }
}

/* A PDF holds NUL bytes: no str* functions. */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_ink (const char *png)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);
  guint n = 0;
  int width, height, stride;
  unsigned char *data;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if ((pixel & 0xffffff) != 0xffffff)
          n++;
      }

  cairo_surface_destroy (surface);
  return n;
}

static void
test_pdf_synthetic (void)
{
  g_autoptr(RptExportRequest) request = make_request (140);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("synthetic.pdf");
  g_autofree char *png_prefix = tmp_path ("first");
  g_autofree char *png = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *text = NULL;
  gsize raw_length;

  g_assert_true (rpt_export_pdf_write (request, NULL, pdf, NULL, &error));
  g_assert_no_error (error);

  check_pdf_against_request (pdf, request);

  /* Several table pages, so the repeated header is tested. */
  {
    g_autoptr(RptExportLayout) layout = rpt_export_layout_new (request, NULL, 595.2756, 841.8898);
    guint first, last;

    g_assert_true (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_TABLE, &first, &last));
    g_assert_cmpuint (last, >, first + 1);
    g_assert_true (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_CHARTS, NULL, NULL));
    g_assert_true (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_SOURCES, NULL, NULL));
    g_assert_cmpuint (rpt_export_layout_get_n_charts (layout), ==, 3);
  }

  /* Title page: the title, the filters, the date. */
  text = pdftotext (pdf, 1, 1);
  g_assert_nonnull (strstr (text, "报告"));
  g_assert_nonnull (strstr (text, "Отчёт"));
  g_assert_nonnull (strstr (text, "ITU-T SG17"));
  g_assert_nonnull (strstr (text, "Approved"));
  g_assert_nonnull (strstr (text, "22 November 2026"));
  g_assert_nonnull (strstr (text, "Contents"));

  /* Chinese and Arabic came out in fonts that have them (no tofu). */
  {
    const char *argv[] = { "pdffonts", pdf, NULL };

    fonts = run (argv, NULL, NULL);
    g_assert_nonnull (strstr (fonts, "CJK"));
    g_assert_nonnull (strstr (fonts, "Arabic"));
  }

  /* A document outline and vector charts (no images at all). */
  g_assert_true (g_file_get_contents (pdf, &raw, &raw_length, NULL));
  g_assert_true (contains_bytes (raw, raw_length, "/Outlines"));
  g_assert_false (contains_bytes (raw, raw_length, "/Subtype /Image"));

  /* The first page is not blank. */
  {
    const char *argv[] = { "pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, png_prefix, NULL };
    int status;

    g_free (run (argv, &status, NULL));
    g_assert_cmpint (status, ==, 0);
    png = g_strconcat (png_prefix, ".png", NULL);
    g_assert_cmpuint (count_ink (png), >, 200);
  }
}

static void
test_pdf_page_setup (void)
{
  g_autoptr(RptExportRequest) request = make_request (30);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("letter.pdf");
  g_autofree char *size = NULL;

  rpt_export_request_set_page_size (request, RPT_EXPORT_PAGE_LETTER);
  rpt_export_request_set_orientation (request, RPT_EXPORT_LANDSCAPE);
  g_assert_true (rpt_export_pdf_write (request, NULL, pdf, NULL, &error));
  g_assert_no_error (error);

  size = pdfinfo_field (pdf, "Page size");
  g_assert_true (g_str_has_prefix (size, "792 x 612"));
  check_pdf_against_request (pdf, request);
}

static void
test_pdf_contents (void)
{
  g_autoptr(RptExportRequest) request = make_request (12);
  g_autoptr(RptExportLayout) layout = NULL;
  g_autoptr(RptExportLayout) sources_only = NULL;

  rpt_export_request_set_contents (request, RPT_EXPORT_TABLE);
  layout = rpt_export_layout_new (request, NULL, 595, 842);
  g_assert_cmpuint (rpt_export_layout_get_n_charts (layout), ==, 0);
  g_assert_false (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_CHARTS, NULL, NULL));
  g_assert_false (rpt_export_layout_get_part_pages (layout, RPT_EXPORT_SOURCES, NULL, NULL));
  g_assert_cmpuint (rpt_export_layout_get_n_pages (layout), ==, 2);

  rpt_export_request_set_contents (request, RPT_EXPORT_SOURCES);
  sources_only = rpt_export_layout_new (request, NULL, 595, 842);
  g_assert_false (rpt_export_layout_get_part_pages (sources_only, RPT_EXPORT_TABLE, NULL, NULL));
  g_assert_true (rpt_export_layout_get_part_pages (sources_only, RPT_EXPORT_SOURCES, NULL, NULL));
}

static void
test_pdf_empty (void)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("empty.pdf");
  g_autofree char *text = NULL;

  g_assert_true (rpt_export_pdf_write (request, NULL, pdf, NULL, &error));
  g_assert_no_error (error);
  text = pdftotext (pdf, 1, 2);
  g_assert_nonnull (strstr (text, "No deliverable matches this selection."));
}

/* The print operation draws the same pages on other surfaces. */
static void
test_layout_any_surface (void)
{
  g_autoptr(RptExportRequest) request = make_request (40);
  g_autoptr(RptExportLayout) layout = rpt_export_layout_new (request, NULL, 612, 792);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *png = tmp_path ("page.png");

  for (guint p = 0; p < rpt_export_layout_get_n_pages (layout); p++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      rpt_export_layout_draw_page (layout, cr, p);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  rpt_export_layout_draw_page (layout, cr, 1);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (count_ink (png), >, 5000);
}

/* A small RFC 4180 reader: records of fields, CRLF line ends, quoted fields
 * with doubled quotes and embedded line breaks. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (*p != '\0');   /* an unterminated quote */
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        while (*p != ',' && *p != '\r' && *p != '\0')
          {
            g_assert_true (*p != '\n' && *p != '"');   /* bare LF or quote */
            g_string_append_c (field, *p++);
          }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else if (*p == '\r')
        {
          g_assert_true (p[1] == '\n');
          p += 2;
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
        }
    }

  g_assert_cmpuint (fields->len, ==, 0);   /* the last record ends with CRLF */
  g_ptr_array_unref (fields);
  g_string_free (field, TRUE);
  return records;
}

static void
test_csv_round_trip (void)
{
  g_autoptr(RptExportRequest) request = make_request (25);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("rows.csv");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;
  const char *header[] = { "id", "title", "kind", "status", "group", "sector", "series",
                           "report", "period", "section", "excerpt", NULL };

  g_assert_true (rpt_export_csv_write (request, NULL, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_false (g_str_has_prefix (text, "\xef\xbb\xbf"));   /* no BOM */

  records = parse_csv (text);
  g_assert_cmpuint (records->len, ==, 1 + rpt_export_request_get_n_rows (request));
  g_assert_cmpstrv (g_ptr_array_index (records, 0), header);

  for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      char **record = g_ptr_array_index (records, i + 1);

      g_assert_cmpuint (g_strv_length (record), ==, 11);
      g_assert_cmpstr (record[0], ==, row->id);
      g_assert_cmpstr (record[1], ==, row->title);
      g_assert_cmpstr (record[2], ==, row->kind);
      g_assert_cmpstr (record[3], ==, row->status);
      g_assert_cmpstr (record[4], ==, row->group);
      g_assert_cmpstr (record[7], ==, row->report);
      g_assert_cmpstr (record[9], ==, row->section);
      g_assert_cmpstr (record[10], ==, row->excerpt);
    }

  /* The awkward first title survived quoting. */
  g_assert_cmpstr (((char **) g_ptr_array_index (records, 1))[1], ==,
                   "Security, \"trust\" and privacy\nfor IoT, part 1");
}

static void
test_json_reparse (void)
{
  g_autoptr(RptExportRequest) request = make_request (25);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("rows.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *filters;
  JsonArray *rows;

  g_assert_true (rpt_export_json_write (request, NULL, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "rapporteur-export");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Briefing " MULTI_TITLE);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "created"), "2026-11-22T09:30:00"));
  filters = json_object_get_object_member (root, "filters");
  g_assert_cmpstr (json_object_get_string_member (filters, "group"), ==, "ITU-T SG17");
  g_assert_cmpstr (json_object_get_string_member (filters, "status"), ==, "approved");

  rows = json_object_get_array_member (root, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, rpt_export_request_get_n_rows (request));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      JsonObject *object = json_array_get_object_element (rows, i);
      const char *keys[] = { "id", "title", "kind", "status", "group", "sector", "series",
                             "report", "period", "section", "excerpt" };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (object, keys[k]));
      g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (keys));
      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, row->id);
      g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, row->title);
      g_assert_cmpstr (json_object_get_string_member (object, "period"), ==, row->period);
      g_assert_cmpstr (json_object_get_string_member (object, "excerpt"), ==, row->excerpt);
    }
}

/* A failed export leaves what was there before, and says which file and why. */
static void
test_atomic (void)
{
  g_autoptr(RptExportRequest) request = make_request (10);
  g_autofree char *existing = tmp_path ("existing.pdf");
  g_autofree char *missing = tmp_path ("no-such-folder/out.pdf");
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *readonly_dir = tmp_path ("read-only");
  g_autofree char *readonly = g_build_filename (readonly_dir, "out.csv", NULL);

  g_assert_true (g_file_set_contents (existing, "the old file", -1, NULL));

  /* Cancelled half-way: the old file stays. */
  g_cancellable_cancel (cancellable);
  g_assert_false (rpt_export_pdf_write (request, NULL, existing, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old file");
  g_clear_pointer (&contents, g_free);

  /* A folder that is not there. */
  g_assert_false (rpt_export_pdf_write (request, NULL, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A folder that cannot be written to (as root every folder can). */
  g_assert_cmpint (g_mkdir (readonly_dir, 0500), ==, 0);
  if (access (readonly_dir, W_OK) != 0)
    {
      g_assert_false (rpt_export_csv_write (request, NULL, readonly, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, readonly));
      g_clear_error (&error);
    }
  g_chmod (readonly_dir, 0700);

  g_assert_false (rpt_export_json_write (request, NULL, "/proc/rapporteur-export.json", NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/proc/rapporteur-export.json"));
  g_clear_error (&error);

  /* Success replaces it. */
  g_assert_true (rpt_export_pdf_write (request, NULL, existing, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

static void
test_file_name (void)
{
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autofree char *name = NULL;
  g_autofree char *fallback = NULL;

  rpt_export_request_set_title (request, "SG17: approved / \"2024\"");
  name = rpt_export_request_suggest_file_name (request, "pdf");
  g_assert_cmpstr (name, ==, "SG17 approved 2024.pdf");

  rpt_export_request_set_title (request, "///");
  fallback = rpt_export_request_suggest_file_name (request, "csv");
  g_assert_cmpstr (fallback, ==, "rapporteur-export.csv");
}

/* The bundled reports through the library: every mention of SG17. */
static void
test_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) library = rpt_library_open (NULL, NULL, &error);
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autofree char *pdf = tmp_path ("sg17.pdf");

  g_assert_no_error (error);
  rpt_query_set_group (query, "ITU-T SG17");
  rpt_export_request_set_query (request, query);
  rpt_export_request_set_title (request, "ITU-T SG17");
  g_assert_true (rpt_export_pdf_write (request, library, pdf, NULL, &error));
  g_assert_no_error (error);

  if (rpt_export_request_get_n_rows (request) == 0)
    {
      g_test_skip ("the library has no SG17 mentions (store not there yet)");
      return;
    }

  for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
    g_assert_cmpstr (rpt_export_request_get_row (request, i)->group, ==, "ITU-T SG17");
  check_pdf_against_request (pdf, request);
}

static char *
binary (void)
{
  const char *build = g_getenv ("RAPPORTEUR_BUILD_DIR");

  g_assert_nonnull (build);
  return g_build_filename (build, "app", "rapporteur", NULL);
}

static void
test_cli (void)
{
  g_autofree char *exe = binary ();
  g_autofree char *library = tmp_path ("cli-library.db");
  g_autofree char *json = tmp_path ("cli.json");
  g_autofree char *csv = tmp_path ("cli.csv");
  g_autofree char *pdf = tmp_path ("cli.pdf");
  g_autofree char *unwritable = tmp_path ("missing-folder/cli.pdf");
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("the rapporteur binary is not built");
      return;
    }

  {
    const char *argv[] = { exe, "--library", library, "--export-csv", csv, "--status", "bogus", NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, "bogus"));
    g_assert_nonnull (strstr (err, "approved"));
    g_assert_nonnull (strstr (err, "under-approval"));
    g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *argv[] = { exe, "--library", library, "--export-pdf", pdf, "--group", "ITU-T SG999", NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, "SG999"));
    g_assert_nonnull (strstr (err, "ITU-T SG17"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *argv[] = { exe, "--library", library, "--export-pdf", unwritable, "--group", "ITU-T SG17", NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, unwritable));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *argv[] = { exe, "--library", library, "--export-json", json, "--export-csv", csv,
                           "--export-pdf", pdf, "--group", "ITU-T SG17", "--title", "SG17 " MULTI_TITLE, NULL };
    g_autofree char *title = NULL;
    JsonObject *root;

    out = run (argv, &status, &err);
    if (status != 0)
      g_error ("rapporteur --export-json failed (%d): %s", status, err);
    g_assert_true (json_parser_load_from_file (parser, json, &error));
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "SG17 " MULTI_TITLE);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "filters"), "group"),
                     ==, "ITU-T SG17");
    g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
    title = pdfinfo_field (pdf, "Title");
    g_assert_cmpstr (title, ==, "SG17 " MULTI_TITLE);
  }
}

int
main (int    argc,
      char **argv)
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/exportdoc/pdf/synthetic", test_pdf_synthetic);
  g_test_add_func ("/rpt/exportdoc/pdf/page-setup", test_pdf_page_setup);
  g_test_add_func ("/rpt/exportdoc/pdf/contents", test_pdf_contents);
  g_test_add_func ("/rpt/exportdoc/pdf/empty", test_pdf_empty);
  g_test_add_func ("/rpt/exportdoc/layout/any-surface", test_layout_any_surface);
  g_test_add_func ("/rpt/exportdoc/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/rpt/exportdoc/json/reparse", test_json_reparse);
  g_test_add_func ("/rpt/exportdoc/atomic", test_atomic);
  g_test_add_func ("/rpt/exportdoc/file-name", test_file_name);
  g_test_add_func ("/rpt/exportdoc/library/sg17", test_library);
  g_test_add_func ("/rpt/exportdoc/cli", test_cli);

  return g_test_run ();
}
