/* test-rules.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rpt-corpus.h"
#include "rpt-corpus-private.h"
#include "rpt-test-util.h"

/* One test per rule of docs/extraction-rules.md, on small made-up texts
 * (never on the bundled reports), so that a rule that breaks names
 * itself. */

/* A minimal Internet-activities report whose section 2.1 is @paragraph
 * (which may hold several lines). */
static RptCorpusReport *
parse_paragraph (const char *paragraph)
{
  g_autofree char *text = g_strdup_printf ("ITU INTERNET ACTIVITIES: RESOLUTIONS 101, 102, 133, 180 and 206\n"
                                           "\tSummary\n"
                                           "This report covers Resolution 101 (Rev. Dubai, 2018).\n"
                                           "1\tIntroduction\n"
                                           "Text.\n"
                                           "2\tActivities related to Internet Protocol (IP) networks\n"
                                           "2.1\t%s\n", paragraph);
  g_autoptr(GError) error = NULL;
  RptCorpusReport *report = rpt_corpus_parse_text (text, strlen (text), "rules.txt", &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (report->family, ==, RPT_FAMILY_INTERNET_ACTIVITIES);
  return report;
}

static RptCorpusDeliverable *
get_deliverable (RptCorpusReport *report,
                 const char      *id);

static RptCorpusDeliverable *
find_deliverable (RptCorpusReport *report,
                  const char      *id)
{
  for (guint k = 0; k < report->deliverables->len; k++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, k);

      if (g_str_equal (d->id, id))
        return d;
    }
  return NULL;
}

static RptCorpusDeliverable *
get_deliverable (RptCorpusReport *report,
                 const char      *id)
{
  RptCorpusDeliverable *d = find_deliverable (report, id);

  if (d == NULL)
    g_error ("no mention of “%s”", id);
  return d;
}

static void
assert_mention (RptCorpusReport *report,
                const char      *id,
                const char      *kind,
                const char      *status,
                const char      *group)
{
  RptCorpusDeliverable *d = find_deliverable (report, id);

  if (d == NULL)
    {
      GString *all = g_string_new (NULL);

      for (guint k = 0; k < report->deliverables->len; k++)
        g_string_append_printf (all, " [%s]", ((RptCorpusDeliverable *) g_ptr_array_index (report->deliverables, k))->id);
      g_error ("no mention of “%s”; found:%s", id, all->str);
    }
  if (kind != NULL)
    g_assert_cmpstr (d->kind, ==, kind);
  if (status != NULL)
    g_assert_cmpstr (d->status, ==, status);
  if (group != NULL)
    g_assert_cmpstr (d->group, ==, group);
}

/* ---- ids -------------------------------------------------------- */

static void
test_ids (void)
{
  static const struct { const char *written; const char *id; const char *kind; } cases[] = {
    { "Recommendation ITU-T Y.3129 “A”", "Y.3129", "Recommendation" },
    { "ITU-T Y.1540 Amd.2 “A”", "Y.1540 Amd.2", "Amendment" },
    { "ITU-T Y.1540 Amd 2 “A”", "Y.1540 Amd.2", "Amendment" },
    { "Amendment 2 to ITU-T Y.1541 “A”", "Y.1541 Amd.2", "Amendment" },
    { "J.1305Cor.1 “A”", "J.1305 Cor.1", "Corrigendum" },
    { "Corrigendum 1 to J.1306 “A”", "J.1306 Cor.1", "Corrigendum" },
    { "ITU-T Y.Suppl.59 “A”", "Y.Suppl.59", "Supplement" },
    { "ITU-T Y Suppl.60 “A”", "Y.Suppl.60", "Supplement" },
    { "ITU-T Y.Sup.61 “A”", "Y.Suppl.61", "Supplement" },
    { "Supplement 62 to ITU-T Y.3100-series “A”", "Y.Suppl.62", "Supplement" },
    { "ITU-T H.Sup20 “A”", "H.Suppl.20", "Supplement" },
    { "ITU-T Y.Supplement 55 “A”", "Y.Suppl.55", "Supplement" },
    { "ITU-T Y.Sup-IoT-Eco-Plan “A”", "Y.Sup-IoT-Eco-Plan", "Supplement" },
    { "ITU-T H.721 (V3) (revised) “A”", "H.721 (V3)", "Recommendation" },
    { "ITU-T F.780.1 \\(V2\\) \\(revised\\) “A”", "F.780.1 (V2)", "Recommendation" },
    { "ITU-T D.608R “A”", "D.608R", "Recommendation" },
    { "Report ITU-R M.2370 “A”", "M.2370", "Report-ITU-R" },
    { "Technical Report GSTR-5GQoE “A”", "GSTR-5GQoE", "Technical Report" },
    { "Technical Report XSTP-5Gsec-RM “A”", "XSTP-5Gsec-RM", "Technical Report" },
    { "ITU-T TR_AccountingIOT “A”", "TR_AccountingIOT", "Technical Report" },
    { "ITU-T dSTR-IoTM2M-Roaming “A”", "dSTR-IoTM2M-Roaming", "Technical Report" },
    { "Technical Paper FSTP-CONF-F780.1 “A”", "FSTP-CONF-F780.1", "Technical Paper" },
    { "ITU-T HSTP-CONF-H870 (V2) “A”", "HSTP-CONF-H870 (V2)", "Technical Paper" },
    { "ITU-T Y.dec-IoT-arch “A”", "Y.dec-IoT-arch", "Recommendation" },
    { "ITU-T Y.oneM2M.SEC.SOL “A”", "Y.oneM2M.SEC.SOL", "Recommendation" },
    { "ITU-T BT.2100 “A”", "BT.2100", "Recommendation" },
    { "Q.5011 (ex Q.IEC-EEMA) Signalling requirements", "Q.5011", "Recommendation" },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *paragraph = g_strdup_printf ("ITU-T SG13 approved %s.", cases[k].written);
      g_autoptr(RptCorpusReport) report = parse_paragraph (paragraph);

      g_test_message ("%s → %s", cases[k].written, cases[k].id);
      assert_mention (report, cases[k].id, cases[k].kind, "approved", "ITU-T SG13");
      g_assert_cmpuint (report->deliverables->len, ==, 1);
    }
}

static void
test_ids_not_mentions (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("ITU-T SG17 approved ITU-T X.Suppl.38 “Supplement to ITU-T X.1152: Use cases” and "
                     "ITU-T Y.Suppl.59 (revised) to ITU-T Y.3100 of Recommendations “Roadmap”, "
                     "and Q.5029 (ex Q.IEC-DTINF) “B”, under WTSA Resolution 69 in the H.550-H.599 series, "
                     "e.g. in the U.S. and in WP.6.");

  assert_mention (report, "X.Suppl.38", "Supplement", "approved", "ITU-T SG17");
  assert_mention (report, "Y.Suppl.59", "Supplement", "approved", "ITU-T SG17");
  assert_mention (report, "Q.5029", NULL, "approved", NULL);
  g_assert_null (find_deliverable (report, "X.1152"));
  g_assert_null (find_deliverable (report, "Y.3100"));
  g_assert_null (find_deliverable (report, "Q.IEC-DTINF"));
  g_assert_cmpuint (report->deliverables->len, ==, 3);
}

static void
test_title_only (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("ITU-T SG3 approved Technical report “5G related policy considering MVNOs”. "
                     "ITU-T SG2 started new work on two draft Recommendations: on “First title”, and on “Second title”.");

  assert_mention (report, "5G related policy considering MVNOs", "Technical Report", "approved", "ITU-T SG3");
  assert_mention (report, "First title", "Recommendation", "new-work", "ITU-T SG2");
  assert_mention (report, "Second title", "Recommendation", "new-work", "ITU-T SG2");
}

/* ---- quotes ----------------------------------------------------- */

static void
test_quotes (void)
{
  static const char * const forms[] = {
    "ITU-T Y.4001 “Title with Y.9999 inside”",
    "ITU-T Y.4001 \"Title with Y.9999 inside\"",
    "ITU-T Y.4001 „Title with Y.9999 inside”",
    "ITU-T Y.4001 «Title with Y.9999 inside»",
    "ITU-T Y.4001 ”Title with Y.9999 inside”",
    "ITU-T Y.4001 \" Title with Y.9999 inside\"",
  };

  for (gsize k = 0; k < G_N_ELEMENTS (forms); k++)
    {
      g_autofree char *paragraph = g_strdup_printf ("ITU-T SG20 approved %s; and ITU-T Y.4002.", forms[k]);
      g_autoptr(RptCorpusReport) report = parse_paragraph (paragraph);
      RptCorpusDeliverable *d;

      g_test_message ("%s", forms[k]);
      d = get_deliverable (report, "Y.4001");
      g_assert_true (strstr (d->title, "Title with Y.9999 inside") != NULL);
      g_assert_null (find_deliverable (report, "Y.9999"));
      assert_mention (report, "Y.4002", NULL, "approved", "ITU-T SG20");
    }
}

/* ---- status and leads ------------------------------------------- */

static void
test_status_words (void)
{
  static const struct { const char *sentence; const char *status; } cases[] = {
    { "ITU-T SG11 approved ITU-T Q.1.", "approved" },
    { "ITU-T SG11 consented ITU-T Q.1.", "consented" },
    { "ITU-T SG11 determined ITU-T Q.1.", "determined" },
    { "ITU-T SG11 agreed ITU-T Q.1.", "agreed" },
    { "ITU-T SG11 started approval of ITU-T Q.1.", "under-approval" },
    { "ITU-T SG11 started new work on ITU-T Q.1.", "new-work" },
    { "ITU-T SG11 is progressing ITU-T Q.1.", "in-progress" },
    { "ITU-T SG11 published ITU-T Q.1.", "published" },
    { "ITU-T SG11 discussed draft Recommendation ITU-T Q.1.", "draft" },
    { "ITU-T SG11 discussed ITU-T Q.1.", "mentioned" },
    { "ITU-T SG11 approved ITU-T Q.1 “T” (under approval).", "under-approval" },
    { "Draft Recommendation ITU-T Q.1 “T” is under approval in ITU-T SG11.", "under-approval" },
    { "ITU-T SG11 agreed ITU-T Q.1 “T” (under publication).", "agreed" },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(RptCorpusReport) report = parse_paragraph (cases[k].sentence);

      g_test_message ("%s → %s", cases[k].sentence, cases[k].status);
      assert_mention (report, "Q.1", NULL, cases[k].status, "ITU-T SG11");
    }
}

static void
test_verb_reach (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("ITU-T SG20 determined ITU-T Y.1 “A”; ITU-T Y.2 “B”; and consented draft ITU-T Y.3 “C”. "
                     "SG17 approved ITU-T X.1 “D” which replaces ITU-T X.2.");

  assert_mention (report, "Y.1", NULL, "determined", "ITU-T SG20");
  assert_mention (report, "Y.2", NULL, "determined", "ITU-T SG20");
  assert_mention (report, "Y.3", NULL, "consented", "ITU-T SG20");
  assert_mention (report, "X.1", NULL, "approved", "ITU-T SG17");
  assert_mention (report, "X.2", NULL, "mentioned", "");
}

static void
test_bullets_and_leads (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("In total, 3 Recommendations were approved. More information below:\n"
                     "· ITU-T SG20:\n"
                     "· approved the following Recommendations: ITU-T Y.4052 “A”; ITU-T Y.4217 “B”\n"
                     "· continued coordination on ITU-T Y.4480.\n"
                     "ITU-T SG13 consented to 2 draft Recommendations (under approval):\n"
                     "– ITU-T Y.3100 “C”;\n"
                     "• ITU-T Y.3101 “D”\n"
                     "Outside the list, ITU-T Y.3102 is cited.");

  assert_mention (report, "Y.4052", NULL, "approved", "ITU-T SG20");
  assert_mention (report, "Y.4217", NULL, "approved", "ITU-T SG20");
  assert_mention (report, "Y.4480", NULL, "mentioned", "ITU-T SG20");
  assert_mention (report, "Y.3100", NULL, "under-approval", "ITU-T SG13");
  assert_mention (report, "Y.3101", NULL, "under-approval", "ITU-T SG13");
  assert_mention (report, "Y.3102", NULL, "mentioned", NULL);
}

static void
test_title_list (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("Under the U4SSC initiative, the following deliverables were published: Guidelines on tools "
                     "and mechanisms, Digital solutions for cities and Smart public health and ICT implementations.");

  assert_mention (report, "Guidelines on tools and mechanisms", "Other", "published", "");
  assert_mention (report, "Digital solutions for cities", "Other", "published", "");
  assert_mention (report, "Smart public health and ICT implementations", "Other", "published", "");
}

/* ---- groups ----------------------------------------------------- */

static gboolean
has_group (RptCorpusReport *report,
           const char      *id)
{
  for (guint k = 0; k < report->groups->len; k++)
    if (g_str_equal (((RptCorpusGroup *) g_ptr_array_index (report->groups, k))->id, id))
      return TRUE;
  return FALSE;
}

static void
test_groups (void)
{
  static const struct { const char *text; const char * const ids[6]; } cases[] = {
    { "ITU-T SGs 11, 13 and 17 met.", { "ITU-T SG11", "ITU-T SG13", "ITU-T SG17" } },
    { "SGs 5, 11, 16, 17, and 20 met.", { "ITU-T SG5", "ITU-T SG11", "ITU-T SG16", "ITU-T SG17", "ITU-T SG20" } },
    { "SG 12 and 17 met.", { "ITU-T SG12", "ITU-T SG17" } },
    { "Study Group 16 and ITU-T Study Group 9 met.", { "ITU-T SG16", "ITU-T SG9" } },
    { "ITU-D SG 1 and SG 2 continue.", { "ITU-D SG1", "ITU-D SG2" } },
    { "Work in (Q6/20) and Q13/17.", { "ITU-T SG20", "ITU-T SG17" } },
    { "The Focus Group on Autonomous Networks (FG-AN) and FG AI4H.", { "ITU-T FG-AN", "ITU-T FG-AI4H" } },
    { "TSAG and ITU-R met; the JCA-IoT too.", { "TSAG", "ITU-R", "ITU-T JCA-IoT" } },
    { "WTSA-20 approved it.", { "WTSA" } },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(RptCorpusReport) report = parse_paragraph (cases[k].text);

      g_test_message ("%s", cases[k].text);
      for (gsize j = 0; cases[k].ids[j] != NULL; j++)
        g_assert_true (has_group (report, cases[k].ids[j]));
    }

  {
    /* "WTSA Resolution 69" is a Resolution, not a group; "SG 3, and 22
     * draft Recommendations" is not SG22 */
    g_autoptr(RptCorpusReport) report =
      parse_paragraph ("Under WTSA Resolution 69, two Technical Reports were agreed by SG 3, and 22 draft "
                       "Recommendations are under approval.");

    g_assert_false (has_group (report, "WTSA"));
    g_assert_false (has_group (report, "ITU-T SG22"));
    g_assert_true (has_group (report, "ITU-T SG3"));
  }
}

/* ---- numbers and counts ----------------------------------------- */

static void
test_number_words (void)
{
  static const struct { const char *text; guint value; gsize consumed; } cases[] = {
    { "six ", 6, 3 }, { "Twelve", 12, 6 }, { "twenty-two x", 22, 10 }, { "330 new", 330, 3 },
    { "one", 1, 3 }, { "ninety nine", 99, 11 }, { "1,200 texts", 1200, 5 },
  };
  guint value;
  gsize consumed;

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_assert_true (_rpt_corpus_read_number (cases[k].text, strlen (cases[k].text), &value, &consumed));
      g_assert_cmpuint (value, ==, cases[k].value);
      g_assert_cmpuint (consumed, ==, cases[k].consumed);
    }
  g_assert_false (_rpt_corpus_read_number ("someone", 7, &value, &consumed));
  g_assert_false (_rpt_corpus_read_number ("5G", 2, &value, &consumed));
}

static RptCorpusCount *
find_count (RptCorpusReport *report,
            guint            count,
            const char      *kind)
{
  for (guint k = 0; k < report->counts->len; k++)
    {
      RptCorpusCount *c = g_ptr_array_index (report->counts, k);

      if (c->count == count && g_str_equal (c->kind, kind))
        return c;
    }
  g_error ("no stated count %u %s", count, kind);
}

static void
test_counts (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("In total, twenty-two Recommendations were approved by ITU-T SGs 11, 13 and 17. "
                     "One Supplement was agreed by SG13, two Technical Reports were agreed by SGs 12 and 17, "
                     "and seven draft Recommendations are under approval in SGs 13 and 17. "
                     "More than 330 new/revised ITU-T Recommendations and other texts have been approved from "
                     "1 March 2022 to 20 April 2023. ITU-T SG11 approved the following five Recommendations: "
                     "Q.1, Q.2. The 3 meetings had 120 participants over 4 years.");
  RptCorpusCount *c;

  c = find_count (report, 22, "Recommendation");
  g_assert_cmpstr (c->status, ==, "approved");
  g_assert_cmpuint (c->groups->len, ==, 3);
  c = find_count (report, 1, "Supplement");
  g_assert_cmpstr (c->status, ==, "agreed");
  g_assert_cmpuint (c->groups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (c->groups, 0), ==, "ITU-T SG13");
  c = find_count (report, 2, "Technical Report");
  g_assert_cmpstr (c->status, ==, "agreed");
  c = find_count (report, 7, "Recommendation");
  g_assert_cmpstr (c->status, ==, "under-approval");
  g_assert_cmpstr (g_ptr_array_index (c->groups, 0), ==, "ITU-T SG13");
  g_assert_cmpstr (g_ptr_array_index (c->groups, 1), ==, "ITU-T SG17");
  c = find_count (report, 330, "Recommendation");
  g_assert_true (c->at_least);
  g_assert_cmpstr (c->period, ==, "from 1 March 2022 to 20 April 2023");
  c = find_count (report, 5, "Recommendation");
  g_assert_cmpstr (c->status, ==, "approved");
  g_assert_cmpstr (g_ptr_array_index (c->groups, 0), ==, "ITU-T SG11");
  g_assert_cmpuint (report->counts->len, ==, 6);
}

/* ---- text clean-up ---------------------------------------------- */

static void
test_noise (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "[bookmark: _Hlt239152104][bookmark: x]2.11\tText", "2.11\tText" },
    { "texts[footnoteRef:1] have", "texts have" },
    { "Report.  [1:  The total number.] ", "Report.  \nThe total number.\n" },
    { "[Recommendation ITU-T X.1377 \"T\"](#) establishes", "Recommendation ITU-T X.1377 \"T\" establishes" },
    { "F.780.1 \\(V2\\) \\(revised\\)", "F.780.1 (V2) (revised)" },
    { "2023**ITU-T report***By", "2023\nITU-T report\nBy" },
    { "New **ITU-T JCA-ML** with", "New ITU-T JCA-ML with" },
    { "ITU\xe2\x80\x91R and 330\xc2\xa0new", "ITU-R and 330 new" },
    { "a\r\nb\rc", "a\nb\nc" },
    { "\xef\xbb\xbftext", "text" },
    { "[ITU-T Y.4100] stays", "[ITU-T Y.4100] stays" },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *out = _rpt_corpus_clean (cases[k].in, strlen (cases[k].in), NULL);

      g_assert_cmpstr (out, ==, cases[k].out);
    }
}

static void
test_decode (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *utf8 = NULL;
  /* “Résumé” – in Windows-1252 */
  const char cp1252[] = "\x93R\xe9sum\xe9\x94 \x96 text\r\nnext";

  utf8 = rpt_corpus_decode (cp1252, strlen (cp1252), "w.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (utf8, ==, "“Résumé” – text\nnext");
  g_clear_pointer (&utf8, g_free);

  utf8 = rpt_corpus_decode ("\xef\xbb\xbfok", 5, "b.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (utf8, ==, "ok");
  g_clear_pointer (&utf8, g_free);

  utf8 = rpt_corpus_decode ("", 0, "e.txt", &error);
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_EMPTY);
  g_assert_true (strstr (error->message, "e.txt") != NULL);
  g_clear_error (&error);

  utf8 = rpt_corpus_decode ("a\0b", 3, "n.txt", &error);
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_BINARY);
  g_clear_error (&error);

  /* bytes that are neither UTF-8 nor Windows-1252 */
  utf8 = rpt_corpus_decode ("\x81\x8d\x8f\x90\x9d\x81\x8d\x8f", 8, "x.txt", &error);
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_ENCODING);
  g_assert_true (strstr (error->message, "x.txt") != NULL);
}

/* ---- structure -------------------------------------------------- */

static void
test_sections (void)
{
  const char *text =
    "ITU INTERNET ACTIVITIES\n"
    " \tPurpose\n"
    "Covers Resolution 101 (Rev. Bucharest, 2022) for the reporting period from February 2022 till date.\n"
    " 1\tIntroduction\n"
    "Intro text.\n"
    "2.\tActivities related to Internet Protocol (IP) networks\n"
    "2.1\tIMT-2020: In total, 2 Recommendations were approved.\n"
    "2.2\tSecurity: \n"
    "2.2.1 ITU-T SG17 approved ITU-T X.1.\n"
    "1. not a section\n"
    "3\tIPv6\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCorpusReport) report = rpt_corpus_parse_text (text, strlen (text), "/some/dir/s.txt", &error);
  static const char * const numbers[] = { "summary", "1", "2", "2.1", "2.2", "2.2.1", "3" };
  static const char * const headings[] = { "Purpose", "Introduction", "Activities related to Internet Protocol (IP) networks",
                                           "", "Security", "", "IPv6" };

  g_assert_no_error (error);
  g_assert_cmpstr (report->file, ==, "s.txt");
  g_assert_cmpuint (report->sections->len, ==, G_N_ELEMENTS (numbers));
  for (guint k = 0; k < report->sections->len; k++)
    {
      RptCorpusSection *s = g_ptr_array_index (report->sections, k);

      g_assert_cmpstr (s->number, ==, numbers[k]);
      g_assert_cmpstr (s->heading, ==, headings[k]);
    }
  g_assert_cmpstr (((RptCorpusSection *) g_ptr_array_index (report->sections, 5))->parent, ==, "2.2");
  g_assert_nonnull (strstr (((RptCorpusSection *) g_ptr_array_index (report->sections, 5))->text, "not a section"));
  g_assert_cmpstr (report->period_text, ==, "from February 2022 till date");
  g_assert_cmpstr (report->period_from, ==, "2022-02-01");
  g_assert_null (report->period_to);
  g_assert_cmpstr (report->conference, ==, "Bucharest 2022");
  g_assert_cmpstr (report->title, ==, "ITU INTERNET ACTIVITIES");
}

static void
test_mou_parts (void)
{
  const char *text =
    "MoU/MG \"Memorandum of Understanding on e-Business Management Group\"\n"
    "Report of ITU-T to 50th MoU/MG meeting 3-4 March 2031\n"
    "Date of meeting: 3-4 March 2031, hybrid\n"
    "Resolution R01/01\n"
    "R01/01\tHealth\tThe MoU/MG invites ITU-T SG 16 to coordinate.\n"
    "--------\t---\t--\n"
    "[Recommendation ITU-T F.1 \\(revised\\) \"Title\"](#) describes requirements; see [ITU-T Y.2].\n"
    "Draft Recommendation ITU-T X.3 “T” (under approval): text.\n"
    "Work items under development:\n"
    "- Draft [F.ABC](#) “Title” (Q24/16)\n"
    "A02/03\tOther topic\tThe MoU/MG notes.\n"
    "TSAG approved:\n"
    "- new [Recommendation ITU-T A.23 Amd.1](#) “T”.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCorpusReport) report = rpt_corpus_parse_text (text, strlen (text), "m.txt", &error);
  RptCorpusSection *part;

  g_assert_no_error (error);
  g_assert_cmpint (report->family, ==, RPT_FAMILY_MOU_MG);
  g_assert_cmpuint (report->sections->len, ==, 3);
  part = g_ptr_array_index (report->sections, 1);
  g_assert_cmpstr (part->number, ==, "R01/01");
  g_assert_cmpstr (part->heading, ==, "Health");
  g_assert_cmpstr (report->title, ==, "Report of ITU-T to 50th MoU/MG meeting 3-4 March 2031");
  g_assert_cmpstr (report->period_from, ==, "2031-03-03");
  g_assert_cmpstr (report->period_to, ==, "2031-03-04");

  assert_mention (report, "F.1", "Recommendation", "published", "");
  assert_mention (report, "Y.2", "Recommendation", "mentioned", "");
  assert_mention (report, "X.3", "Recommendation", "under-approval", "");
  assert_mention (report, "F.ABC", "Recommendation", "draft", "ITU-T SG16");
  assert_mention (report, "A.23 Amd.1", "Amendment", "approved", "TSAG");
  g_assert_cmpstr (get_deliverable (report, "A.23 Amd.1")->section, ==, "A02/03");
}

static void
test_resolutions (void)
{
  g_autoptr(RptCorpusReport) report =
    parse_paragraph ("Under Plenipotentiary Conference (PP) Resolution 102 (Rev. Dubai, 2018), “Title”, "
                     "WTSA Res. 64 and Resolutions 133, 180 and 206, see Document C23/35.");
  gboolean seen_64 = FALSE, seen_206 = FALSE;

  for (guint k = 0; k < report->resolutions->len; k++)
    {
      RptCorpusResolution *r = g_ptr_array_index (report->resolutions, k);

      if (g_str_equal (r->number, "102"))
        {
          g_assert_cmpstr (r->body, ==, "PP");
          g_assert_cmpstr (r->revision, ==, "Rev. Dubai, 2018");
          g_assert_cmpstr (r->title, ==, "Title");
        }
      if (g_str_equal (r->number, "64"))
        {
          g_assert_cmpstr (r->body, ==, "WTSA");
          seen_64 = TRUE;
        }
      if (g_str_equal (r->number, "206"))
        {
          /* the nearest explicit body of the sentence */
          g_assert_cmpstr (r->body, ==, "WTSA");
          seen_206 = TRUE;
        }
    }
  g_assert_true (seen_64);
  g_assert_true (seen_206);
  g_assert_cmpuint (report->council_documents->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->council_documents, 0), ==, "C23/35");
}

static void
test_mapping (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("RAPPORTEUR_REFERENCE_DIR"), "section-resolutions.json", NULL);
  g_autoptr(GError) error = NULL;
  RptCorpusMapping *mapping = rpt_corpus_mapping_load (path, &error);
  g_autoptr(RptCorpusReport) report = NULL;
  gboolean governed = FALSE;

  g_assert_no_error (error);
  rpt_corpus_set_section_mapping (mapping);
  report = parse_paragraph ("Nothing cited here.");
  for (guint k = 0; k < report->resolutions->len; k++)
    {
      RptCorpusResolution *r = g_ptr_array_index (report->resolutions, k);

      if (g_str_equal (r->body, "PP") && g_str_equal (r->number, "101"))
        for (guint j = 0; j < r->sections->len; j++)
          if (g_str_equal (g_ptr_array_index (r->sections, j), "2.1"))
            governed = TRUE;
    }
  g_assert_true (governed);
  rpt_corpus_set_section_mapping (NULL);

  g_assert_null (rpt_corpus_mapping_load ("/nonexistent/mapping.json", &error));
  g_assert_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO);
}

static void
test_json (void)
{
  g_autoptr(RptCorpusReport) report = parse_paragraph ("ITU-T SG13 approved ITU-T Y.1 “T”.");
  RptCorpusReport *reports[] = { report };
  g_autofree char *json = rpt_corpus_reports_to_json (reports, 1, FALSE);

  g_assert_true (g_str_has_prefix (json, "{\"format\":\"rapporteur-corpus\",\"version\":1"));
  g_assert_nonnull (strstr (json, "\"id\":\"Y.1\""));
  g_assert_nonnull (strstr (json, "\"file\":\"rules.txt\""));
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/corpus/rules/ids", test_ids);
  g_test_add_func ("/rpt/corpus/rules/ids-not-mentions", test_ids_not_mentions);
  g_test_add_func ("/rpt/corpus/rules/title-only", test_title_only);
  g_test_add_func ("/rpt/corpus/rules/quotes", test_quotes);
  g_test_add_func ("/rpt/corpus/rules/status-words", test_status_words);
  g_test_add_func ("/rpt/corpus/rules/verb-reach", test_verb_reach);
  g_test_add_func ("/rpt/corpus/rules/bullets-and-leads", test_bullets_and_leads);
  g_test_add_func ("/rpt/corpus/rules/title-list", test_title_list);
  g_test_add_func ("/rpt/corpus/rules/groups", test_groups);
  g_test_add_func ("/rpt/corpus/rules/number-words", test_number_words);
  g_test_add_func ("/rpt/corpus/rules/stated-counts", test_counts);
  g_test_add_func ("/rpt/corpus/rules/noise", test_noise);
  g_test_add_func ("/rpt/corpus/rules/decode", test_decode);
  g_test_add_func ("/rpt/corpus/rules/sections", test_sections);
  g_test_add_func ("/rpt/corpus/rules/mou-parts", test_mou_parts);
  g_test_add_func ("/rpt/corpus/rules/resolutions", test_resolutions);
  g_test_add_func ("/rpt/corpus/rules/mapping", test_mapping);
  g_test_add_func ("/rpt/corpus/rules/json", test_json);

  return g_test_run ();
}
