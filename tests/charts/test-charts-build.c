/* test-charts-build.c: the numbers behind each chart, for the bundled
 * reports, against counts made by hand from the report texts.
 *
 * Where the figures come from (data/corpus/001_ed252d99abc55521.txt, the
 * Internet-activities report from February 2022, "since 2022"):
 *   - SG17: §2.1.4 approved X.1813, X.1814, X.1815, X.1816, agreed the
 *     Technical Report XSTP-5Gsec-RM, X.1817 under approval; §2.2.1 approved
 *     X.1352 and X.1369, X.1353 and X.1645 under approval; §2.6.2 approved
 *     X.1333, X.1380, X.1643, X.1644; §2.8.1 approved X.1752.  So approved 11,
 *     agreed 1, under approval 3: 15 approvals.
 *   - SG20 (§2.2.1 bullets): approved Y.4052, Y.4217, Y.4481, Y.4482,
 *     Y.4483, Y.4484, Y.4500.3, Y.4560 (8); determined Y.4218, Y.4221, Y.4486,
 *     Y.4488 (4, although the lead sentence states five); consented Y.4219,
 *     Y.4602, Y.4603, Y.4604, Y.4909, Y.4910 (6).
 *   - SG11: Q.5004, Q.5025, Q.5005 (§2.1.1), Q.3647, Q.4069 (§2.7.1): 5.
 *   - Series letters of the approvals: Y 33 (approved 20: Y.1540 Amd.2, six
 *     of §2.1.3, eight of SG20, five of §2.6.1; consented 6; determined 4;
 *     agreed 2: Y.Suppl.60 and Y.Suppl.59; under approval 1: Y.3159), X 14
 *     (approved 11, under approval 3), H 6 (H.721 (V3) and five of §2.7.2),
 *     Q 5, J 5 (§2.3), F 3 (§2.7.2), M 2 (ITU-R M.2083-0, M.2440-0, §2.14).
 *   - §2.1 "In total, 22 Recommendations were approved by ITU-T SGs 11, 13
 *     and 17": the Recommendations §2.1.1, §2.1.3 and §2.1.4 list as approved
 *     by those groups are 3 + 6 + 4 = 13 (Y.1540 Amd.2 is SG12's Amendment).
 *     §2.2.1 "15 Recommendations were approved by SGs 17 and 20": 2 + 8 = 10.
 * The golden files tests/corpus/golden/001_*.tsv, written by reading the
 * report, give the same figures.  For report 004 ("since 2024") the golden
 * file gives SG17 approved 14 and under approval 2; report 003 (MoU/MG,
 * "2023") lists only drafts for SG17.  Section 7 (OTT, PP Resolution 206):
 * SG2 is "progressing" four items in 000 (TR.OTTnumber, E.sup.OTTnum, E.dit,
 * E.ACP) and two in 001 and in 004 (TR.OTTnum, E.ACP): 8 in progress; SG3 in
 * 004 §7.3 approved D.608R and D.700R, agreed DSTR-OTTBypass and
 * DSTR-STUDY_DRCI and is working on three more texts.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rpt-charts-build.h"
#include "rpt-test-util.h"

#define REPORT_2022 "001_ed252d99abc55521.txt"
#define REPORT_2023 "003_eed11337dedeec64.txt"
#define REPORT_2024 "004_c9855d081390d753.txt"

static RptLibrary *library;

static char *
report_key (const char *file)
{
  RptReport *report = rpt_library_find_report (library, file);

  g_assert_nonnull (report);
  return g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));
}

static RptQuery *
report_query (const char *file)
{
  RptQuery *query = rpt_query_new ();
  g_autofree char *key = report_key (file);

  rpt_query_set_report (query, key);
  return query;
}

static guint
find_category (RptChart   *chart,
               const char *key)
{
  for (guint c = 0; c < rpt_chart_get_n_categories (chart); c++)
    if (g_strcmp0 (rpt_chart_get_category_key (chart, c), key) == 0)
      return c;
  g_error ("No category “%s”", key);
  return G_MAXUINT;
}

static gboolean
has_category (RptChart   *chart,
              const char *key)
{
  for (guint c = 0; c < rpt_chart_get_n_categories (chart); c++)
    if (g_strcmp0 (rpt_chart_get_category_key (chart, c), key) == 0)
      return TRUE;
  return FALSE;
}

/* The value of one bar; 0 when the chart has no such series. */
static double
value (RptChart   *chart,
       const char *category_key,
       const char *series_key)
{
  guint c = find_category (chart, category_key);

  for (guint s = 0; s < rpt_chart_get_n_series (chart); s++)
    if (g_strcmp0 (rpt_chart_get_series_key (chart, s), series_key) == 0)
      return rpt_chart_get_value (chart, c, s);
  return 0;
}

static double
total (RptChart   *chart,
       const char *category_key)
{
  return rpt_chart_get_category_total (chart, find_category (chart, category_key));
}

static void
test_by_group (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2022);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_by_group (library, query, &note, &error);
  static const char *order[] = {
    "ITU-R", "ITU-T SG3", "ITU-T SG9", "ITU-T SG11", "ITU-T SG12", "ITU-T SG13",
    "ITU-T SG16", "ITU-T SG17", "ITU-T SG20",
  };

  g_assert_no_error (error);
  g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_STACKED_BARS);
  g_assert_cmpint (rpt_chart_get_orientation (chart), ==, RPT_CHART_HORIZONTAL);

  /* SG17 in the 2022-2023 report: 11 approved, 1 agreed, 3 under approval. */
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "approved"), ==, 11);
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "consented"), ==, 0);
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "determined"), ==, 0);
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "agreed"), ==, 1);
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "under-approval"), ==, 3);
  g_assert_cmpfloat (total (chart, "ITU-T SG17"), ==, 15);

  /* SG20: 8 approved, 6 consented, 4 determined. */
  g_assert_cmpfloat (value (chart, "ITU-T SG20", "approved"), ==, 8);
  g_assert_cmpfloat (value (chart, "ITU-T SG20", "consented"), ==, 6);
  g_assert_cmpfloat (value (chart, "ITU-T SG20", "determined"), ==, 4);
  g_assert_cmpfloat (total (chart, "ITU-T SG20"), ==, 18);

  g_assert_cmpfloat (total (chart, "ITU-T SG11"), ==, 5);
  g_assert_cmpfloat (total (chart, "ITU-T SG16"), ==, 9);
  g_assert_cmpfloat (value (chart, "ITU-T SG3", "agreed"), ==, 2);
  g_assert_cmpfloat (total (chart, "ITU-R"), ==, 4);

  /* Natural order (SG3 before SG11), and nothing else. */
  g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (rpt_chart_get_category_key (chart, i), ==, order[i]);

  /* Every approval of this report names its group. */
  g_assert_null (note);

  /* Statuses in workflow order, only the steps of approval. */
  g_assert_cmpuint (rpt_chart_get_n_series (chart), ==, 5);
  g_assert_cmpstr (rpt_chart_get_series_key (chart, 0), ==, "approved");
  g_assert_cmpstr (rpt_chart_get_series_key (chart, 4), ==, "under-approval");

  /* What a screen reader hears. */
  {
    g_autofree char *text = rpt_chart_describe (chart);

    g_assert_nonnull (strstr (text, "ITU-T SG17: Approved 11, Agreed 1, Under approval 3, total 15."));
  }
}

static void
test_by_group_whole_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_by_group (library, NULL, &note, &error);

  g_assert_no_error (error);
  /* Approvals whose report names no group are counted in the note, not
   * drawn as a bar that could not filter the list. */
  g_assert_false (has_category (chart, ""));
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "names no group"));
  /* SG17 over all reports: at least its 15 of 2022 and 16 of 2024. */
  g_assert_cmpfloat (total (chart, "ITU-T SG17"), >=, 31);
}

static void
test_by_series (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2022);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_by_series (library, query, &note, &error);

  g_assert_no_error (error);
  g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_STACKED_BARS);

  g_assert_cmpfloat (total (chart, "Y"), ==, 33);
  g_assert_cmpfloat (value (chart, "Y", "approved"), ==, 20);
  g_assert_cmpfloat (value (chart, "Y", "consented"), ==, 6);
  g_assert_cmpfloat (value (chart, "Y", "determined"), ==, 4);
  g_assert_cmpfloat (value (chart, "Y", "agreed"), ==, 2);
  g_assert_cmpfloat (value (chart, "Y", "under-approval"), ==, 1);
  g_assert_cmpfloat (total (chart, "X"), ==, 14);
  g_assert_cmpfloat (value (chart, "X", "under-approval"), ==, 3);
  g_assert_cmpfloat (total (chart, "H"), ==, 6);
  g_assert_cmpfloat (total (chart, "Q"), ==, 5);
  g_assert_cmpfloat (total (chart, "J"), ==, 5);
  g_assert_cmpfloat (total (chart, "F"), ==, 3);
  g_assert_cmpfloat (total (chart, "M"), ==, 2);
  g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 7);

  /* The four Technical Reports (GSTR-5GQoE, XSTP-5Gsec-RM,
   * TR_AccountingIOT, dSTR-IoTM2M-Roaming) and the two ITU-R Resolutions
   * have no series letter. */
  g_assert_false (has_category (chart, ""));
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "6 texts without a series letter"));
}

static void
test_by_kind (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2022);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_by_kind (library, query, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (value (chart, "Recommendation", "approved"), ==, 50);
  g_assert_cmpfloat (value (chart, "Recommendation", "consented"), ==, 6);
  g_assert_cmpfloat (value (chart, "Recommendation", "determined"), ==, 4);
  g_assert_cmpfloat (value (chart, "Recommendation", "under-approval"), ==, 4);
  g_assert_cmpfloat (total (chart, "Supplement"), ==, 2);
  g_assert_cmpfloat (total (chart, "Technical Report"), ==, 4);
  g_assert_cmpfloat (total (chart, "Amendment"), ==, 1);
  g_assert_cmpfloat (total (chart, "Resolution-ITU-R"), ==, 2);
  g_assert_cmpfloat (total (chart, "Report-ITU-R"), ==, 1);
  /* Kinds in vocabulary order. */
  g_assert_cmpstr (rpt_chart_get_category_key (chart, 0), ==, "Recommendation");
  g_assert_cmpstr (rpt_chart_get_category_label (chart, 0), ==, "Recommendations");
}

static void
test_by_period (void)
{
  g_autofree char *k2022 = report_key (REPORT_2022);
  g_autofree char *k2023 = report_key (REPORT_2023);
  g_autofree char *k2024 = report_key (REPORT_2024);
  g_autoptr(GError) error = NULL;

  /* The whole library: more than six groups, five reports: lines of the six
   * groups with the most approvals, the others in the note. */
  {
    g_autofree char *note = NULL;
    g_autoptr(RptChart) chart = rpt_charts_build_by_period (library, NULL, &note, &error);

    g_assert_no_error (error);
    g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_LINES);
    g_assert_cmpuint (rpt_chart_get_n_series (chart), ==, RPT_CHARTS_MAX_PERIOD_GROUPS);
    g_assert_nonnull (note);
    g_assert_nonnull (strstr (note, "The 6 groups with the most texts"));

    /* The reports in order of period (2017, 2019, 2022, 2024).  The MoU/MG
     * report ("2023") names the group of none of its approvals but WTSA's
     * and TSAG's: left out (and said so) rather than drawn as a 0 that
     * would read as "these groups approved nothing". */
    g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 4);
    g_assert_cmpstr (rpt_chart_get_category_key (chart, 2), ==, k2022);
    g_assert_cmpstr (rpt_chart_get_category_key (chart, 3), ==, k2024);
    g_assert_false (has_category (chart, k2023));
    g_assert_nonnull (strstr (note, "names no approvals by these groups: 2023."));

    g_assert_cmpfloat (value (chart, k2022, "ITU-T SG17"), ==, 15);
    g_assert_cmpfloat (value (chart, k2022, "ITU-T SG20"), ==, 18);
    g_assert_cmpfloat (value (chart, k2022, "ITU-T SG13"), ==, 13);
    g_assert_cmpfloat (value (chart, k2024, "ITU-T SG17"), ==, 16);
  }

  /* One group: grouped bars. */
  {
    g_autoptr(RptQuery) query = rpt_query_new ();
    g_autofree char *note = NULL;
    g_autoptr(RptChart) chart = NULL;

    rpt_query_set_group (query, "ITU-T SG17");
    chart = rpt_charts_build_by_period (library, query, &note, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_GROUPED_BARS);
    g_assert_cmpuint (rpt_chart_get_n_series (chart), ==, 1);
    g_assert_cmpfloat (value (chart, k2022, "ITU-T SG17"), ==, 15);
    g_assert_cmpfloat (value (chart, k2024, "ITU-T SG17"), ==, 16);
    /* The MoU/MG report lists only drafts for SG17. */
    g_assert_false (has_category (chart, k2023));
    g_assert_nonnull (note);
    g_assert_nonnull (strstr (note, "2023"));
  }

  /* One report: only that report, and bars (a line of one point says
   * nothing). */
  {
    g_autoptr(RptQuery) query = report_query (REPORT_2022);
    g_autoptr(RptChart) chart = rpt_charts_build_by_period (library, query, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_GROUPED_BARS);
    g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 1);
    g_assert_cmpfloat (value (chart, k2022, "ITU-T SG11"), ==, 5);
  }
}

static void
test_stated_counted (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2022);
  g_autofree char *k2022 = report_key (REPORT_2022);
  g_autofree char *section_key = g_strdup_printf ("%s#2.1", k2022);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_stated_counted (library, query, &note, &error);
  gboolean found_22 = FALSE, found_15 = FALSE, found_determined = FALSE;
  double stated;

  g_assert_no_error (error);
  g_assert_cmpint (rpt_chart_get_kind (chart), ==, RPT_CHART_STATED_COUNTED);
  /* The 20 stated counts of the report (tests/corpus/golden) but "More than
   * 330 new/revised ITU-T Recommendations … have been approved" (§2), which
   * is in the note. */
  g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 19);
  g_assert_cmpstr (rpt_chart_get_series_key (chart, 0), ==, "counted");
  g_assert_cmpstr (rpt_chart_get_series_key (chart, RPT_CHART_REFERENCE), ==, "stated");

  for (guint c = 0; c < rpt_chart_get_n_categories (chart); c++)
    {
      const char *label = rpt_chart_get_category_label (chart, c);

      g_assert_true (rpt_chart_get_reference (chart, c, &stated));

      /* "In total, 22 Recommendations were approved by ITU-T SGs 11, 13 and
       * 17": 13 listed. */
      if (stated == 22)
        {
          g_assert_cmpstr (rpt_chart_get_category_key (chart, c), ==, section_key);
          g_assert_cmpstr (label, ==, "§2.1 Recommendations approved, SGs 11, 13, 17");
          g_assert_cmpfloat (rpt_chart_get_value (chart, c, 0), ==, 13);
          found_22 = TRUE;
        }
      /* "15 Recommendations were approved by SGs 17 and 20": 2 + 8 listed. */
      if (stated == 15)
        {
          g_assert_cmpfloat (rpt_chart_get_value (chart, c, 0), ==, 10);
          found_15 = TRUE;
        }
      /* "five draft Recommendations were determined by SG 20": 4 listed. */
      if (g_str_has_suffix (label, "determined, SG20"))
        {
          g_assert_cmpfloat (stated, ==, 5);
          g_assert_cmpfloat (rpt_chart_get_value (chart, c, 0), ==, 4);
          found_determined = TRUE;
        }
    }
  g_assert_true (found_22);
  g_assert_true (found_15);
  g_assert_true (found_determined);

  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "of 19 stated counts differ"));
  g_assert_nonnull (strstr (note, "Sector-wide totals, not drawn: more than 330 (§2, since 2022; 50 listed)."));

  {
    g_autofree char *text = rpt_chart_describe (chart);

    g_assert_nonnull (strstr (text, "§2.1 Recommendations approved, SGs 11, 13, 17: Counted in the lists 13, Stated in the text 22."));
  }

  /* The key names the report section the figure is stated in. */
  {
    g_autofree char *section = NULL;
    gint64 id = 0;

    g_assert_true (rpt_charts_parse_stated_key (section_key, &id, &section));
    g_assert_cmpint (id, ==, rpt_report_get_id (rpt_library_find_report (library, REPORT_2022)));
    g_assert_cmpstr (section, ==, "2.1");
    g_assert_false (rpt_charts_parse_stated_key ("2.1", NULL, NULL));
    g_assert_false (rpt_charts_parse_stated_key ("#2.1", NULL, NULL));
    g_assert_false (rpt_charts_parse_stated_key (NULL, NULL, NULL));
  }
}

static void
test_stated_counted_whole_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_stated_counted (library, NULL, NULL, &error);

  g_assert_no_error (error);
  /* Several reports: each label says which. */
  g_assert_cmpuint (rpt_chart_get_n_categories (chart), >, 20);
  for (guint c = 0; c < rpt_chart_get_n_categories (chart); c++)
    g_assert_nonnull (strstr (rpt_chart_get_category_label (chart, c), " · "));
}

static void
test_group_chart (void)
{
  g_autofree char *k2022 = report_key (REPORT_2022);
  g_autofree char *k2023 = report_key (REPORT_2023);
  g_autofree char *k2024 = report_key (REPORT_2024);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_group_chart (library, "ITU-T SG17", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (rpt_chart_get_title (chart), ==, "Deliverables of ITU-T SG17 per report");
  g_assert_cmpfloat (value (chart, k2022, "approved"), ==, 11);
  g_assert_cmpfloat (value (chart, k2022, "agreed"), ==, 1);
  g_assert_cmpfloat (value (chart, k2022, "under-approval"), ==, 3);
  g_assert_cmpfloat (total (chart, k2022), ==, 15);
  g_assert_cmpfloat (value (chart, k2024, "approved"), ==, 14);
  g_assert_cmpfloat (value (chart, k2024, "under-approval"), ==, 2);
  /* The MoU/MG report's six SG17 work items are drafts: every status here. */
  g_assert_cmpfloat (value (chart, k2023, "draft"), ==, 6);
  g_assert_cmpfloat (total (chart, k2023), ==, 6);

  /* Reports in order of period. */
  g_assert_cmpuint (find_category (chart, k2022), <, find_category (chart, k2023));
  g_assert_cmpuint (find_category (chart, k2023), <, find_category (chart, k2024));

  /* A group no report names: an empty chart, not an error. */
  {
    g_autoptr(RptChart) none = rpt_charts_build_group_chart (library, "ITU-T SG99", &error);

    g_assert_no_error (error);
    g_assert_true (rpt_chart_is_empty (none));
  }
}

static void
test_resolution_chart (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptChart) chart = rpt_charts_build_resolution_chart (library, "PP 206", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 2);
  g_assert_cmpfloat (value (chart, "ITU-T SG2", "in-progress"), ==, 8);
  g_assert_cmpfloat (total (chart, "ITU-T SG2"), ==, 8);
  g_assert_cmpfloat (value (chart, "ITU-T SG3", "approved"), ==, 2);
  g_assert_cmpfloat (value (chart, "ITU-T SG3", "agreed"), ==, 2);
  g_assert_cmpfloat (value (chart, "ITU-T SG3", "in-progress"), ==, 3);
}

/* A status filter replaces the steps of approval. */
static void
test_status_filter (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2023);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptChart) chart = NULL;

  rpt_query_set_status (query, "draft");
  chart = rpt_charts_build_by_group (library, query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rpt_chart_get_title (chart), ==, "Deliverables per study group");
  g_assert_cmpuint (rpt_chart_get_n_series (chart), ==, 1);
  g_assert_cmpstr (rpt_chart_get_series_key (chart, 0), ==, "draft");
  g_assert_cmpfloat (value (chart, "ITU-T SG17", "draft"), ==, 6);
}

/* A filter that matches nothing gives empty charts. */
static void
test_empty (void)
{
  g_autoptr(RptQuery) query = report_query (REPORT_2023);

  /* The MoU/MG report states no counts, and SG20 approved nothing in it. */
  rpt_query_set_group (query, "ITU-T SG20");
  rpt_query_set_status (query, "consented");
  for (RptChartsTopic topic = RPT_CHARTS_BY_GROUP; topic <= RPT_CHARTS_STATED_COUNTED; topic++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RptChart) chart = rpt_charts_build (topic, library, query, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (chart);
      g_assert_true (rpt_chart_is_empty (chart));
    }
}

/* Clicking a bar: the filters of the list it opens. */
static void
test_apply_bar (void)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  RptDimension category, series;

  rpt_query_set_report (query, "2");
  g_assert_true (rpt_charts_apply_bar (RPT_CHARTS_BY_GROUP, query, "ITU-T SG17", "approved"));
  g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG17");
  g_assert_cmpstr (rpt_query_get_status (query), ==, "approved");
  g_assert_cmpstr (rpt_query_get_report (query), ==, "2");

  g_clear_object (&query);
  query = rpt_query_new ();
  g_assert_true (rpt_charts_apply_bar (RPT_CHARTS_BY_PERIOD, query, "5", "ITU-T SG13"));
  g_assert_cmpstr (rpt_query_get_report (query), ==, "5");
  g_assert_cmpstr (rpt_query_get_group (query), ==, "ITU-T SG13");
  g_assert_null (rpt_query_get_status (query));

  g_clear_object (&query);
  query = rpt_query_new ();
  g_assert_true (rpt_charts_apply_bar (RPT_CHARTS_BY_SERIES, query, "Y", "consented"));
  g_assert_cmpstr (rpt_query_get_series (query), ==, "Y");
  g_assert_cmpstr (rpt_query_get_status (query), ==, "consented");

  g_clear_object (&query);
  query = rpt_query_new ();
  g_assert_true (rpt_charts_apply_bar (RPT_CHARTS_BY_KIND, query, "Technical Report", "agreed"));
  g_assert_cmpstr (rpt_query_get_kind (query), ==, "Technical Report");

  /* "No group stated" sets no group filter. */
  g_clear_object (&query);
  query = rpt_query_new ();
  rpt_query_set_resolution (query, "PP 101");
  g_assert_true (rpt_charts_apply_bar (RPT_CHARTS_RESOLUTION, query, "", "published"));
  g_assert_null (rpt_query_get_group (query));
  g_assert_cmpstr (rpt_query_get_status (query), ==, "published");
  g_assert_cmpstr (rpt_query_get_resolution (query), ==, "PP 101");

  g_assert_false (rpt_charts_apply_bar (RPT_CHARTS_STATED_COUNTED, query, "2#2.1", "counted"));

  rpt_charts_topic_get_dimensions (RPT_CHARTS_GROUP, &category, &series);
  g_assert_cmpint (category, ==, RPT_DIMENSION_REPORT);
  g_assert_cmpint (series, ==, RPT_DIMENSION_STATUS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  rpt_test_init (&argc, &argv);

  library = rpt_library_open (NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rpt/charts/build/by-group", test_by_group);
  g_test_add_func ("/rpt/charts/build/by-group/whole-library", test_by_group_whole_library);
  g_test_add_func ("/rpt/charts/build/by-series", test_by_series);
  g_test_add_func ("/rpt/charts/build/by-kind", test_by_kind);
  g_test_add_func ("/rpt/charts/build/by-period", test_by_period);
  g_test_add_func ("/rpt/charts/build/stated-counted", test_stated_counted);
  g_test_add_func ("/rpt/charts/build/stated-counted/whole-library", test_stated_counted_whole_library);
  g_test_add_func ("/rpt/charts/build/group-chart", test_group_chart);
  g_test_add_func ("/rpt/charts/build/resolution-chart", test_resolution_chart);
  g_test_add_func ("/rpt/charts/build/status-filter", test_status_filter);
  g_test_add_func ("/rpt/charts/build/empty", test_empty);
  g_test_add_func ("/rpt/charts/build/apply-bar", test_apply_bar);

  status = g_test_run ();

  g_clear_object (&library);
  return status;
}
