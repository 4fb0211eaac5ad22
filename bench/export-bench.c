/* export-bench.c: time the PDF export of 1,000 deliverables with the three
 * charts (target: under a second).  Not a test: it prints the seconds.
 *
 *   export-bench [N_ROWS] [OUT.pdf]
 *
 * The rows are synthetic (the sizes and shapes of real mentions: ids, titles
 * of 40 to 200 characters, a source sentence each), so the figure does not
 * depend on what the library holds.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "rpt-export-doc.h"

static const char *groups[] = {
  "ITU-T SG2", "ITU-T SG3", "ITU-T SG5", "ITU-T SG9", "ITU-T SG11", "ITU-T SG12",
  "ITU-T SG13", "ITU-T SG15", "ITU-T SG16", "ITU-T SG17", "ITU-T SG20", "TSAG", "",
};
static const char *statuses[] = { "approved", "approved", "consented", "agreed", "draft", "under-approval" };
static const char *kinds[] = { "Recommendation", "Recommendation", "Supplement", "Technical Report", "Amendment" };
static const char *series[] = { "Y", "X", "H", "Q", "G", "E", "L", "F" };
static const char *words[] = {
  "framework", "requirements", "architecture", "Internet", "of", "things", "security",
  "quality", "of", "service", "for", "networks", "IMT-2020", "capabilities", "trust",
  "smart", "sustainable", "cities", "identity", "management", "digital", "services",
  "reference", "model", "interoperability", "and", "assessment", "distributed", "ledger",
};

static void
fill (RptExportRequest *request,
      guint             n_rows)
{
  GRand *rand = g_rand_new_with_seed (17);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GString) title = g_string_new ("");
      g_autofree char *id = NULL;
      g_autofree char *section = NULL;
      g_autofree char *excerpt = NULL;
      g_autofree char *report = NULL;
      const char *s = series[g_rand_int_range (rand, 0, G_N_ELEMENTS (series))];
      guint n_words = g_rand_int_range (rand, 5, 28);
      guint r = g_rand_int_range (rand, 0, 5);
      RptExportRow row = { NULL };

      for (guint w = 0; w < n_words; w++)
        g_string_append_printf (title, "%s%s", w ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      title->str[0] = g_ascii_toupper (title->str[0]);
      id = g_strdup_printf ("%s.%u", s, 1000 + i);
      section = g_strdup_printf ("%u.%u", g_rand_int_range (rand, 2, 8), g_rand_int_range (rand, 1, 6));
      excerpt = g_strdup_printf ("In total, ITU-T approved Recommendation ITU-T %s, “%s”, "
                                 "which was developed in the period under review.", id, title->str);
      report = g_strdup_printf ("ITU Internet activities %u", 2017 + 2 * r);

      row.id = id;
      row.title = title->str;
      row.kind = (char *) kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
      row.status = (char *) statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];
      row.group = (char *) groups[g_rand_int_range (rand, 0, G_N_ELEMENTS (groups))];
      row.sector = "ITU-T";
      row.series = (char *) s;
      row.report = report;
      row.period = "from February 2022 till date";
      row.section = section;
      row.section_heading = "IPv6";
      row.excerpt = excerpt;
      rpt_export_request_add_row (request, &row);
    }

  g_rand_free (rand);
}

int
main (int    argc,
      char **argv)
{
  guint n_rows = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  g_autofree char *path = argc > 2 ? g_strdup (argv[2]) : g_build_filename (g_get_tmp_dir (), "rapporteur-export-bench.pdf", NULL);
  g_autoptr(RptExportRequest) request = rpt_export_request_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(RptExportLayout) layout = NULL;
  double width, height;

  rpt_export_request_set_title (request, "Benchmark: 1,000 deliverables");
  fill (request, n_rows);

  /* Fonts and fontconfig are loaded once per process: warm them up so the
   * figure is the export's own. */
  rpt_export_request_get_page_points (request, &width, &height);
  {
    g_autoptr(RptExportRequest) warm = rpt_export_request_new ();

    fill (warm, 3);
    layout = rpt_export_layout_new (warm, NULL, width, height);
    g_clear_pointer (&layout, rpt_export_layout_free);
  }

  timer = g_timer_new ();
  if (!rpt_export_pdf_write (request, NULL, path, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("export-pdf rows=%u seconds=%.3f file=%s\n", n_rows, g_timer_elapsed (timer, NULL), path);

  g_timer_start (timer);
  layout = rpt_export_layout_new (request, NULL, width, height);
  g_print ("layout alone: %.3f s\n", g_timer_elapsed (timer, NULL));
  g_print ("pages=%u charts=%u\n", rpt_export_layout_get_n_pages (layout),
           rpt_export_layout_get_n_charts (layout));
  return 0;
}
