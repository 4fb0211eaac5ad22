/* test-links.c: report text to Pango markup with links and a highlight.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "rpt-links.h"
#include "rpt-page-util.h"

/* Well-formed, so that GtkLabel (which knows <a>) can take it. */
static void
assert_well_formed (const char *result)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, "<markup>", -1, &error);
  g_markup_parse_context_parse (context, result, -1, &error);
  g_markup_parse_context_parse (context, "</markup>", -1, &error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static char *
markup (const char         *text,
        const char * const *ids,
        const char         *highlight,
        gssize              offset)
{
  RptLinkOptions options = RPT_LINK_OPTIONS_INIT;
  char *result;

  options.deliverable_ids = ids;
  options.highlight_id = highlight;
  options.highlight_offset = offset;
  result = rpt_links_markup (text, &options);
  assert_well_formed (result);
  return result;
}

static void
test_uris (void)
{
  g_autofree char *deliverable = rpt_link_uri (RPT_LINK_DELIVERABLE, "X.1813");
  g_autofree char *group = rpt_link_uri (RPT_LINK_GROUP, "ITU-T SG17");
  g_autofree char *resolution = rpt_link_uri (RPT_LINK_RESOLUTION, "PP 101");
  g_autofree char *mou = rpt_link_uri (RPT_LINK_RESOLUTION, "MoU/MG R09/06");
  g_autofree char *report = rpt_link_uri_for_report (3, "2.1.4");
  g_autofree char *report_only = rpt_link_uri_for_report (3, NULL);
  g_autofree char *part = rpt_link_uri_for_report (12, "R09/06");
  g_autofree char *list = rpt_link_uri_for_list ("deliverables", "group", "ITU-T SG17");
  g_autofree char *amendment = rpt_link_uri (RPT_LINK_DELIVERABLE, "Y.1540 Amd.2");

  g_assert_cmpstr (deliverable, ==, "rapporteur:deliverable/X.1813");
  g_assert_cmpstr (group, ==, "rapporteur:group/ITU-T%20SG17");
  g_assert_cmpstr (resolution, ==, "rapporteur:resolution/PP%20101");
  g_assert_cmpstr (mou, ==, "rapporteur:resolution/MoU%2FMG%20R09%2F06");
  g_assert_cmpstr (report, ==, "rapporteur:report/3#2.1.4");
  g_assert_cmpstr (report_only, ==, "rapporteur:report/3");
  g_assert_cmpstr (part, ==, "rapporteur:report/12#R09%2F06");
  g_assert_cmpstr (list, ==, "rapporteur:deliverables?group=ITU-T%20SG17");
  g_assert_cmpstr (amendment, ==, "rapporteur:deliverable/Y.1540%20Amd.2");
}

static void
test_escaping (void)
{
  g_autofree char *result = markup ("AT&T <b>bold</b> “quotes” & more", NULL, NULL, -1);

  g_assert_cmpstr (result, ==, "AT&amp;T &lt;b&gt;bold&lt;/b&gt; “quotes” &amp; more");
}

static void
test_deliverables (void)
{
  const char *ids[] = { "X.1813", "X.1814", "XSTP-5Gsec-RM", NULL };
  g_autofree char *result = NULL;

  result = markup ("ITU-T SG17 approved ITU-T X.1813 “Security”; ITU-T X.1814 “Guidelines”; "
                   "agreed Technical Report XSTP-5Gsec-RM. Not X.18131 nor X.1813.1.",
                   ids, NULL, -1);
  g_assert_nonnull (strstr (result, "ITU-T <a href=\"rapporteur:deliverable/X.1813\">X.1813</a> “Security”"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:deliverable/X.1814\">X.1814</a>"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:deliverable/XSTP-5Gsec-RM\">XSTP-5Gsec-RM</a>"));
  /* A longer id that starts the same is not the same deliverable. */
  g_assert_nonnull (strstr (result, "Not X.18131 nor X.1813.1."));
}

static void
test_id_spellings (void)
{
  const char *ids[] = { "Y.1540 Amd.2", "Y.Suppl.59", "J.1305 Cor.1", "Y.1540", NULL };
  g_autofree char *result = NULL;

  result = markup ("Y.1540 Amd 2 amends Y.1540; see also Y.Sup.59 and J.1305Cor.1.", ids, NULL, -1);
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:deliverable/Y.1540%20Amd.2\">Y.1540 Amd 2</a> amends "
                                    "<a href=\"rapporteur:deliverable/Y.1540\">Y.1540</a>;"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:deliverable/Y.Suppl.59\">Y.Sup.59</a>"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:deliverable/J.1305%20Cor.1\">J.1305Cor.1</a>."));
}

static void
test_highlight (void)
{
  const char *ids[] = { "X.1813", "X.1814", NULL };
  const char *text = "X.1813 first; X.1814; then X.1813 again.";
  RptLinkOptions options = RPT_LINK_OPTIONS_INIT;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *colored = NULL;

  /* The highlighted mention is the page's own subject: never a link. */
  first = markup (text, ids, "X.1813", -1);
  g_assert_cmpstr (first, ==,
                   "<span weight=\"bold\">X.1813</span> first; "
                   "<a href=\"rapporteur:deliverable/X.1814\">X.1814</a>; then X.1813 again.");

  /* The occurrence nearest to the offset is the mention. */
  second = markup (text, ids, "X.1813", 27);
  g_assert_cmpstr (second, ==,
                   "X.1813 first; <a href=\"rapporteur:deliverable/X.1814\">X.1814</a>; then "
                   "<span weight=\"bold\">X.1813</span> again.");

  options.deliverable_ids = ids;
  options.highlight_id = "X.1814";
  options.highlight_color = "#3584e4";
  colored = rpt_links_markup (text, &options);
  g_assert_nonnull (strstr (colored, "<span weight=\"bold\" background=\"#3584e4\" bgalpha=\"35%\">X.1814</span>"));
  assert_well_formed (colored);
}

static void
test_groups (void)
{
  g_autofree char *result = NULL;

  result = markup ("In total, 22 Recommendations were approved by ITU-T SGs 11, 13 and 17. "
                   "One Supplement was agreed by SG13 and Study Group 20 (Q6/20); ITU-D SG1, "
                   "TSAG and the FG-AN met.", NULL, NULL, -1);
  g_assert_nonnull (strstr (result, "by <a href=\"rapporteur:group/ITU-T%20SG11\">ITU-T SGs 11</a>, "
                                    "<a href=\"rapporteur:group/ITU-T%20SG13\">13</a> and "
                                    "<a href=\"rapporteur:group/ITU-T%20SG17\">17</a>."));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:group/ITU-T%20SG13\">SG13</a>"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:group/ITU-T%20SG20\">Study Group 20</a>"));
  g_assert_nonnull (strstr (result, "(<a href=\"rapporteur:group/ITU-T%20SG20\">Q6/20</a>)"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:group/ITU-D%20SG1\">ITU-D SG1</a>"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:group/TSAG\">TSAG</a>"));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:group/ITU-T%20FG-AN\">FG-AN</a>"));
  /* Counts are not groups. */
  g_assert_nonnull (strstr (result, "In total, 22 Recommendations"));
}

static void
test_resolutions (void)
{
  g_autofree char *result = NULL;
  g_autofree char *mou = NULL;

  result = markup ("Plenipotentiary Conference (PP) Resolution 101 (Rev. Bucharest, 2022), “IP-based networks”; "
                   "Resolutions 102, 133 and 180. WTSA Resolution 69 and Resolution 64. "
                   "Resolution ITU-R 65 is a text of the Radiocommunication Assembly.", NULL, NULL, -1);
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:resolution/PP%20101\">Plenipotentiary Conference (PP) Resolution 101</a> (Rev."));
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:resolution/PP%20102\">Resolutions 102</a>, "
                                    "<a href=\"rapporteur:resolution/PP%20133\">133</a> and "
                                    "<a href=\"rapporteur:resolution/PP%20180\">180</a>."));
  /* A bare Resolution takes the body named before it in the sentence. */
  g_assert_nonnull (strstr (result, "<a href=\"rapporteur:resolution/WTSA%2069\">WTSA Resolution 69</a> and "
                                    "<a href=\"rapporteur:resolution/WTSA%2064\">Resolution 64</a>."));
  g_assert_nonnull (strstr (result, "Resolution ITU-R 65 is"));

  mou = markup ("As reported under R09/06 and A21/01.", NULL, NULL, -1);
  g_assert_cmpstr (mou, ==, "As reported under <a href=\"rapporteur:resolution/MoU%2FMG%20R09%2F06\">R09/06</a> and "
                            "<a href=\"rapporteur:resolution/MoU%2FMG%20A21%2F01\">A21/01</a>.");
}

static gboolean
only_sg17 (RptLinkKind  kind,
           const char  *key,
           gpointer     user_data)
{
  guint *calls = user_data;

  (*calls)++;
  return kind == RPT_LINK_GROUP && g_str_equal (key, "ITU-T SG17");
}

static void
test_filter (void)
{
  RptLinkOptions options = RPT_LINK_OPTIONS_INIT;
  const char *ids[] = { "X.1813", NULL };
  g_autofree char *result = NULL;
  guint calls = 0;

  options.deliverable_ids = ids;
  options.filter = only_sg17;
  options.user_data = &calls;
  result = rpt_links_markup ("SG17 and SG99 approved X.1813 under Resolution 101.", &options);
  g_assert_cmpstr (result, ==, "<a href=\"rapporteur:group/ITU-T%20SG17\">SG17</a> and SG99 approved X.1813 under Resolution 101.");
  g_assert_cmpuint (calls, >=, 4);
}

static void
test_no_body (void)
{
  RptLinkOptions options = RPT_LINK_OPTIONS_INIT;
  g_autofree char *result = NULL;

  options.default_body = NULL;
  result = rpt_links_markup ("Resolution 2 and Council Resolution 1305.", &options);
  g_assert_cmpstr (result, ==, "Resolution 2 and <a href=\"rapporteur:resolution/Council%201305\">Council Resolution 1305</a>.");
}

static void
test_label_links (void)
{
  const char *ids[] = { "X.1813", NULL };
  g_autofree char *result = markup ("SG17 approved X.1813 & more under Resolution 101.", ids, "X.1813", -1);
  GtkWidget *label;

  /* GtkLabel accepts it, links and all. */
  label = gtk_label_new (NULL);
  g_object_ref_sink (label);
  gtk_label_set_markup (GTK_LABEL (label), result);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "SG17 approved X.1813 & more under Resolution 101.");
  g_object_unref (label);
}

static void
test_section_order (void)
{
  g_assert_cmpint (_rpt_page_compare_sections ("2.2", "2.10"), <, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("2.10", "2.2"), >, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("2.1", "2.1.4"), <, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("summary", "1"), <, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("3", "summary"), >, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("R09/06", "R16/04"), <, 0);
  g_assert_cmpint (_rpt_page_compare_sections ("2.1.4", "2.1.4"), ==, 0);
}

static void
test_status_pill (void)
{
  GtkWidget *pill = g_object_ref_sink (_rpt_page_status_pill ("under-approval"));
  GtkWidget *none = g_object_ref_sink (_rpt_page_status_pill (NULL));

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pill)), ==, "Under approval");
  g_assert_true (gtk_widget_has_css_class (pill, "rpt-status-pill"));
  g_assert_true (gtk_widget_has_css_class (pill, "status-under-approval"));
  g_assert_true (gtk_widget_has_css_class (none, "status-mentioned"));
  g_assert_cmpuint (_rpt_page_status_rank ("approved"), <, _rpt_page_status_rank ("under-approval"));
  g_assert_finalize_object (pill);
  g_assert_finalize_object (none);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rpt/links/uris", test_uris);
  g_test_add_func ("/rpt/links/escaping", test_escaping);
  g_test_add_func ("/rpt/links/deliverables", test_deliverables);
  g_test_add_func ("/rpt/links/id-spellings", test_id_spellings);
  g_test_add_func ("/rpt/links/highlight", test_highlight);
  g_test_add_func ("/rpt/links/groups", test_groups);
  g_test_add_func ("/rpt/links/resolutions", test_resolutions);
  g_test_add_func ("/rpt/links/filter", test_filter);
  g_test_add_func ("/rpt/links/no-body", test_no_body);
  g_test_add_func ("/rpt/links/label", test_label_links);
  g_test_add_func ("/rpt/pages/section-order", test_section_order);
  g_test_add_func ("/rpt/pages/status-pill", test_status_pill);

  return g_test_run ();
}
