/* test-model.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rpt-model.h"
#include "rpt-model-private.h"
#include "rpt-test-util.h"

/* The model on the five bundled reports.  Expected numbers come from the
 * hand-written golden files of tests/corpus/golden (reports 001, 003, 004:
 * read from the report text by a person) and, for the whole library, from
 * the mentions themselves counted here in C, independently of the SQL. */

static RptLibrary *library;

static const char *golden_reports[] = {
  "001_ed252d99abc55521",
  "003_eed11337dedeec64",
  "004_c9855d081390d753",
};

/* Data rows of a golden TSV, each split into @n_fields fields. */
static GPtrArray *
read_golden (const char *base,
             const char *what,
             guint       n_fields)
{
  g_autofree char *name = g_strdup_printf ("%s.%s.tsv", base, what);
  g_autofree char *path = g_build_filename (g_getenv ("RAPPORTEUR_SOURCE_DIR"), "tests", "corpus", "golden", name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean header = TRUE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char **fields;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (header)
        {
          header = FALSE;
          continue;
        }
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) < n_fields)
        {
          fields = g_renew (char *, fields, n_fields + 1);
          for (guint k = g_strv_length (fields); k < n_fields; k++)
            fields[k] = g_strdup ("");
          fields[n_fields] = NULL;
        }
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

static GHashTable *
multiset_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
multiset_add (GHashTable *set,
              const char *key)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (set, key));

  g_hash_table_replace (set, g_strdup (key), GUINT_TO_POINTER (n + 1));
}

static void
assert_multisets_equal (GHashTable *expected,
                        GHashTable *actual)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GPOINTER_TO_UINT (g_hash_table_lookup (actual, key)) != GPOINTER_TO_UINT (value))
        g_error ("%s: expected %u, got %u", (char *) key, GPOINTER_TO_UINT (value),
                 GPOINTER_TO_UINT (g_hash_table_lookup (actual, key)));
    }
  g_assert_cmpuint (g_hash_table_size (expected), ==, g_hash_table_size (actual));
}

static RptQuery *
query_for_report (const char *base)
{
  RptQuery *query = rpt_query_new ();

  rpt_query_set_report (query, base);
  return query;
}

static GListModel *
list (RptListKind  kind,
      RptQuery    *query)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = rpt_library_list (library, kind, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_true (g_list_model_get_item_type (model) == rpt_list_kind_get_item_type (kind));
  return model;
}

/* ------------------------------------------------------------------------ */

static void
test_reports (void)
{
  GListModel *reports = rpt_library_get_reports (library);
  static const char *by_period[] = { "002_84f780da303f30c0.txt", "000_0be38688fc66d4a9.txt", "001_ed252d99abc55521.txt",
                                     "003_eed11337dedeec64.txt", "004_c9855d081390d753.txt" };
  static const char *labels[] = { "since 2017", "since 2019", "since 2022", "2023", "since 2024" };

  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 5);
  g_assert_cmpuint (rpt_library_get_n_reports (library), ==, 5);
  g_assert_false (rpt_library_get_recovered (library));
  g_assert_null (rpt_library_get_recovery_message (library));

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(RptReport) report = g_list_model_get_item (reports, i);
      g_autofree char *path = rpt_test_corpus_file (rpt_report_get_file_name (report));
      g_autofree char *expected = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id;
      guint64 size;
      GDateTime *imported;

      g_assert_cmpstr (rpt_report_get_file_name (report), ==, by_period[i]);
      g_assert_cmpstr (rpt_report_get_label (report), ==, labels[i]);
      g_assert_true (rpt_report_get_bundled (report));
      g_assert_cmpuint (strlen (rpt_report_get_content_hash (report)), ==, 64);
      imported = rpt_report_get_imported (report);
      g_assert_nonnull (imported);

      /* Properties and getters agree. */
      g_object_get (report, "id", &id, "size", &size, NULL);
      g_assert_cmpint (id, ==, rpt_report_get_id (report));
      g_assert_cmpuint (size, ==, rpt_report_get_size (report));

      /* The library keeps the text itself. */
      text = rpt_report_load_text (report, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
      g_assert_cmpuint (strlen (text), ==, rpt_report_get_size (report));
      g_assert_true (g_str_has_suffix (expected, text + strlen (text) - 64) || strlen (text) > 0);

      /* The same object everywhere. */
      g_assert_true (rpt_library_lookup_report (library, id) == report);
      g_assert_cmpuint (g_list_model_get_n_items (rpt_report_get_sections (report)), ==, rpt_report_get_n_sections (report));
      g_assert_cmpuint (g_list_model_get_n_items (rpt_report_get_mentions (report)), ==, rpt_report_get_n_mentions (report));
      g_assert_cmpuint (g_list_model_get_n_items (rpt_report_get_stated_counts (report)), ==, rpt_report_get_n_stated_counts (report));
    }

  g_assert_nonnull (rpt_library_find_report (library, "001"));
  g_assert_nonnull (rpt_library_find_report (library, "001_ed252d99abc55521"));
  g_assert_nonnull (rpt_library_find_report (library, "001_ed252d99abc55521.txt"));
  g_assert_nonnull (rpt_library_find_report (library, "itu internet activities, february 2022 till date"));
  g_assert_null (rpt_library_find_report (library, "999"));
}

/* Hand-checked: the golden rows of each report, section by section. */
static void
test_golden_report (gconstpointer data)
{
  const char *base = data;
  g_autoptr(RptQuery) query = query_for_report (base);
  g_autoptr(GPtrArray) golden = read_golden (base, "deliverables", 5);
  g_autoptr(GPtrArray) golden_sections = read_golden (base, "sections", 2);
  g_autoptr(GPtrArray) golden_counts = read_golden (base, "counts", 6);
  g_autoptr(GListModel) mentions = list (RPT_LIST_MENTIONS, query);
  g_autoptr(GListModel) counts = list (RPT_LIST_STATED_COUNTS, query);
  g_autoptr(GHashTable) expected = multiset_new ();
  g_autoptr(GHashTable) actual = multiset_new ();
  g_autoptr(GHashTable) expected_table = multiset_new ();
  g_autoptr(GHashTable) actual_table = multiset_new ();
  g_autoptr(RptCountTable) table = NULL;
  g_autoptr(GError) error = NULL;
  RptReport *report = rpt_library_find_report (library, base);
  GListModel *sections;

  g_assert_nonnull (report);

  /* Mentions: one per golden row. */
  g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, golden->len);
  g_assert_cmpuint (rpt_report_get_n_mentions (report), ==, golden->len);
  for (guint i = 0; i < golden->len; i++)
    {
      char **row = g_ptr_array_index (golden, i);
      g_autofree char *key = g_strjoinv ("|", row);

      multiset_add (expected, key);
      g_free (key);
      key = g_strdup_printf ("%s|%s", row[4], row[3]);
      multiset_add (expected_table, key);
    }
  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(RptMention) m = g_list_model_get_item (mentions, i);
      g_autofree char *key = g_strdup_printf ("%s|%s|%s|%s|%s", rpt_mention_get_section (m),
                                              rpt_mention_get_deliverable_id (m), rpt_mention_get_kind (m),
                                              rpt_mention_get_status (m), rpt_mention_get_group (m));

      multiset_add (actual, key);
      g_assert_true (rpt_mention_get_report (m) == report);
      g_assert_nonnull (rpt_mention_get_excerpt (m));
    }
  assert_multisets_equal (expected, actual);

  /* The group × status aggregate of this report. */
  table = rpt_library_count_mentions (library, query, RPT_DIMENSION_GROUP, RPT_DIMENSION_STATUS, RPT_COUNT_MENTIONS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rpt_count_table_get_total (table), ==, golden->len);
  for (guint r = 0; r < rpt_count_table_get_n_rows (table); r++)
    for (guint c = 0; c < rpt_count_table_get_n_columns (table); c++)
      {
        g_autofree char *key = g_strdup_printf ("%s|%s", rpt_count_table_get_row_key (table, r),
                                                rpt_count_table_get_column_key (table, c));
        guint n = rpt_count_table_get_count (table, r, c);

        if (n > 0)
          g_hash_table_replace (actual_table, g_steal_pointer (&key), GUINT_TO_POINTER (n));
      }
  assert_multisets_equal (expected_table, actual_table);

  /* Sections in document order. */
  sections = rpt_report_get_sections (report);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, golden_sections->len);
  for (guint i = 0; i < golden_sections->len; i++)
    {
      g_autoptr(RptSection) section = g_list_model_get_item (sections, i);
      char **row = g_ptr_array_index (golden_sections, i);

      g_assert_cmpstr (rpt_section_get_number (section), ==, row[0]);
      g_assert_true (rpt_section_get_report (section) == report);
      g_assert_true (rpt_report_find_section (report, row[0]) == section);
    }

  /* Stated counts, with what was counted next to them (computed here from
   * the golden mentions by the rule in rpt-stated-count.h). */
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, golden_counts->len);
  for (guint i = 0; i < golden_counts->len; i++)
    {
      char **row = g_ptr_array_index (golden_counts, i);
      g_autoptr(RptStatedCount) count = g_list_model_get_item (counts, i);
      g_autofree char *groups = g_strjoinv (",", (char **) rpt_stated_count_get_groups (count));
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      gsize len = strlen (row[0]);

      g_assert_cmpstr (rpt_stated_count_get_section (count), ==, row[0]);
      g_assert_cmpuint (rpt_stated_count_get_count (count), ==, atoi (row[1]));
      g_assert_cmpint (rpt_stated_count_get_at_least (count), ==, g_str_equal (row[2], "true"));
      g_assert_cmpstr (rpt_stated_count_get_kind (count), ==, row[3]);
      g_assert_cmpstr (rpt_stated_count_get_status (count), ==, row[4]);
      g_assert_cmpstr (groups, ==, row[5]);

      for (guint k = 0; k < golden->len; k++)
        {
          char **m = g_ptr_array_index (golden, k);
          gboolean in_section = g_str_equal (row[0], "summary") || g_str_equal (m[0], row[0]) ||
                                (strncmp (m[0], row[0], len) == 0 && m[0][len] == '.');
          gboolean group_ok = *row[5] == '\0';
          g_auto(GStrv) wanted = g_strsplit (row[5], ",", -1);

          for (guint g = 0; !group_ok && wanted[g] != NULL; g++)
            group_ok = g_str_equal (wanted[g], m[4]);
          if (in_section && g_str_equal (m[3], row[4]) &&
              (g_str_equal (row[3], "Other") || g_str_equal (m[2], row[3])) && group_ok)
            g_hash_table_add (ids, m[1]);
        }
      g_assert_cmpuint (rpt_stated_count_get_counted (count), ==, g_hash_table_size (ids));
    }
}

/* The stated-vs-counted anchor of report 001 that the README quotes: "In
 * total, 22 Recommendations were approved by ITU-T SGs 11, 13 and 17". */
static void
test_stated_vs_counted (void)
{
  g_autoptr(RptQuery) query = query_for_report ("001");
  g_autoptr(GListModel) counts = NULL;
  gboolean found = FALSE;

  rpt_query_set_group (query, "ITU-T SG13");
  counts = list (RPT_LIST_STATED_COUNTS, query);
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(RptStatedCount) count = g_list_model_get_item (counts, i);

      g_assert_nonnull (g_strv_contains (rpt_stated_count_get_groups (count), "ITU-T SG13") ? count : NULL);
      if (rpt_stated_count_get_count (count) == 22)
        {
          found = TRUE;
          g_assert_cmpstr (rpt_stated_count_get_section (count), ==, "2.1");
          g_assert_cmpstr (rpt_stated_count_get_count_label (count), ==, "22");
          g_test_message ("stated 22, counted %u", rpt_stated_count_get_counted (count));
          g_assert_cmpuint (rpt_stated_count_get_counted (count), <=, 22);
        }
    }
  g_assert_true (found);

  /* "More than 330": at least. */
  g_object_set (query, "group", NULL, "status", "approved", "kind", "Recommendation", NULL);
  g_clear_object (&counts);
  counts = list (RPT_LIST_STATED_COUNTS, query);
  {
    g_autoptr(RptStatedCount) first = g_list_model_get_item (counts, 0);

    g_assert_cmpuint (rpt_stated_count_get_count (first), ==, 330);
    g_assert_true (rpt_stated_count_get_at_least (first));
    g_assert_cmpstr (rpt_stated_count_get_count_label (first), ==, "more than 330");
  }
}

/* Every mention of the library, filtered here in C: the reference the SQL
 * filters are checked against. */
typedef gboolean (*MentionFilter) (RptMention *m, gconstpointer data);

static guint
count_in_c (MentionFilter  filter,
            gconstpointer  data,
            GHashTable    *ids)
{
  g_autoptr(GListModel) all = list (RPT_LIST_MENTIONS, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(RptMention) m = g_list_model_get_item (all, i);

      if (filter (m, data))
        {
          n++;
          if (ids)
            g_hash_table_add (ids, g_ascii_strdown (rpt_mention_get_deliverable_id (m), -1));
        }
    }
  return n;
}

static gboolean by_status (RptMention *m, gconstpointer d) { return g_str_equal (rpt_mention_get_status (m), d); }
static gboolean by_group (RptMention *m, gconstpointer d) { return g_str_equal (rpt_mention_get_group (m), d); }
static gboolean by_kind (RptMention *m, gconstpointer d) { return g_str_equal (rpt_mention_get_kind (m), d); }
static gboolean by_series (RptMention *m, gconstpointer d) { return g_str_equal (rpt_mention_get_series (m), d); }
static gboolean by_sector (RptMention *m, gconstpointer d) { return g_str_equal (rpt_mention_get_sector (m), d); }
static gboolean by_report (RptMention *m, gconstpointer d) { return g_str_has_prefix (rpt_report_get_file_name (rpt_mention_get_report (m)), d); }
static gboolean by_approval (RptMention *m, gconstpointer d) { return rpt_status_is_approval (rpt_mention_get_status (m)); }
static gboolean by_id (RptMention *m, gconstpointer d) { return g_ascii_strcasecmp (rpt_mention_get_deliverable_id (m), d) == 0; }

static gboolean
by_resolution (RptMention    *m,
               gconstpointer  d)
{
  RptSection *section = rpt_report_find_section (rpt_mention_get_report (m), rpt_mention_get_section (m));

  return section != NULL && g_strv_contains (rpt_section_get_resolutions (section), d);
}

static void
check_filter (const char    *property,
              const char    *value,
              MentionFilter  filter)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(GListModel) mentions = NULL;
  g_autoptr(GListModel) deliverables = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RptCountTable) table = NULL;
  g_autoptr(GError) error = NULL;
  guint expected, sum = 0;

  if (g_str_equal (property, "approvals-only"))
    rpt_query_set_approvals_only (query, TRUE);
  else if (g_str_equal (property, "ids"))
    {
      const char *ids_value[] = { value, NULL };
      rpt_query_set_ids (query, ids_value);
    }
  else
    g_object_set (query, property, value, NULL);

  expected = count_in_c (filter, value, ids);
  g_assert_cmpuint (expected, >, 0);

  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, expected);
  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(RptMention) m = g_list_model_get_item (mentions, i);
      g_assert_true (filter (m, value));
    }

  /* One deliverable per id, their mention counts add up. */
  deliverables = list (RPT_LIST_DELIVERABLES, query);
  g_assert_cmpuint (g_list_model_get_n_items (deliverables), ==, g_hash_table_size (ids));
  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(RptDeliverable) d = g_list_model_get_item (deliverables, i);
      sum += rpt_deliverable_get_n_mentions (d);
    }
  g_assert_cmpuint (sum, ==, expected);

  /* The chart aggregate agrees. */
  table = rpt_library_count_mentions (library, query, RPT_DIMENSION_REPORT, RPT_DIMENSION_NONE, RPT_COUNT_MENTIONS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rpt_count_table_get_total (table), ==, expected);

  g_test_message ("%s=%s: %u mentions of %u deliverables", property, value ? value : "", expected, g_hash_table_size (ids));
}

static void
test_filters (void)
{
  check_filter ("status", "approved", by_status);
  check_filter ("status", "under-approval", by_status);
  check_filter ("group", "ITU-T SG17", by_group);
  check_filter ("group", "ITU-T SG20", by_group);
  check_filter ("kind", "Supplement", by_kind);
  check_filter ("series", "Y", by_series);
  check_filter ("sector", "ITU-R", by_sector);
  check_filter ("report", "004", by_report);
  check_filter ("approvals-only", NULL, by_approval);
  check_filter ("ids", "Y.3129", by_id);
  check_filter ("resolution", "PP 180", by_resolution);
  check_filter ("resolution", "MoU/MG R09/06", by_resolution);
}

static void
test_combined_filters (void)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(GListModel) mentions = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) resolutions = NULL;
  guint expected = 0;

  g_object_set (query, "group", "ITU-T SG13", "status", "approved", "series", "Y", NULL);
  {
    g_autoptr(GListModel) all = list (RPT_LIST_MENTIONS, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(RptMention) m = g_list_model_get_item (all, i);

        if (g_str_equal (rpt_mention_get_group (m), "ITU-T SG13") &&
            g_str_equal (rpt_mention_get_status (m), "approved") &&
            g_str_equal (rpt_mention_get_series (m), "Y"))
          expected++;
      }
  }
  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, expected);
  g_assert_cmpuint (expected, >, 0);

  /* The reports, groups and resolutions lists narrow to where it matched. */
  reports = list (RPT_LIST_REPORTS, query);
  g_assert_cmpuint (g_list_model_get_n_items (reports), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (reports), <, 5);
  groups = list (RPT_LIST_GROUPS, query);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  {
    g_autoptr(RptGroup) group = g_list_model_get_item (groups, 0);

    g_assert_cmpstr (rpt_group_get_id (group), ==, "ITU-T SG13");
    g_assert_cmpuint (rpt_group_get_n_mentions (group), ==, expected);
  }
  resolutions = list (RPT_LIST_RESOLUTIONS, query);
  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(RptResolution) resolution = g_list_model_get_item (resolutions, i);
      g_assert_cmpuint (rpt_resolution_get_n_mentions (resolution), >, 0);
      g_assert_cmpuint (rpt_resolution_get_n_mentions (resolution), <=, expected);
    }

  g_assert_true (rpt_query_get_dimension_value (query, RPT_DIMENSION_GROUP) != NULL);
  rpt_query_set_dimension_value (query, RPT_DIMENSION_GROUP, NULL);
  g_assert_null (rpt_query_get_group (query));
}

static void
test_text_filter (void)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(GListModel) mentions = NULL;
  g_autoptr(GError) error = NULL;

  /* By id: the FTS phrase "y 3129". */
  rpt_query_set_text (query, "Y.3129");
  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (g_list_model_get_n_items (mentions), >=, 1);
  {
    g_autoptr(RptMention) m = g_list_model_get_item (mentions, 0);
    g_assert_true (strstr (rpt_mention_get_deliverable_id (m), "3129") != NULL ||
                   strstr (rpt_mention_get_excerpt (m), "3129") != NULL);
  }

  /* By a word of the titles or sentences. */
  rpt_query_set_text (query, "blockchain");
  g_clear_object (&mentions);
  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (g_list_model_get_n_items (mentions), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(RptMention) m = g_list_model_get_item (mentions, i);
      g_autofree char *all = g_ascii_strdown (rpt_mention_get_title (m), -1);
      g_autofree char *excerpt = g_ascii_strdown (rpt_mention_get_excerpt (m), -1);
      g_autofree char *id = g_ascii_strdown (rpt_mention_get_deliverable_id (m), -1);

      g_assert_true (strstr (all, "blockchain") || strstr (excerpt, "blockchain") || strstr (id, "blockchain"));
    }

  /* Nothing searchable: an error, not a crash or an SQL error. */
  rpt_query_set_text (query, "(*)");
  g_assert_null (rpt_library_list (library, RPT_LIST_MENTIONS, query, &error));
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT);
}

static void
test_deliverables (void)
{
  GListModel *all = rpt_library_get_deliverables (library);
  g_autoptr(RptDeliverable) y3129 = rpt_library_lookup_deliverable (library, "y.3129");
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *history;
  guint sum = 0;

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, rpt_library_get_n_deliverables (library));
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(RptDeliverable) d = g_list_model_get_item (all, i);

      sum += rpt_deliverable_get_n_mentions (d);
      g_assert_true (g_hash_table_add (ids, g_ascii_strdown (rpt_deliverable_get_id (d), -1)));
      g_assert_nonnull (rpt_deliverable_get_first_report (d));
      g_assert_nonnull (rpt_deliverable_get_last_report (d));
      g_assert_cmpuint (rpt_deliverable_get_n_reports (d), >=, 1);
      g_assert_cmpuint (rpt_deliverable_get_n_reports (d), <=, rpt_deliverable_get_n_mentions (d));
    }
  g_assert_cmpuint (sum, ==, rpt_library_get_n_mentions (library));
  g_assert_cmpuint (sum, ==, 648);

  /* A deliverable with its history across reports, oldest first. */
  g_assert_nonnull (y3129);
  g_assert_cmpstr (rpt_deliverable_get_id (y3129), ==, "Y.3129");
  g_assert_cmpstr (rpt_deliverable_get_kind (y3129), ==, "Recommendation");
  g_assert_cmpstr (rpt_deliverable_get_series (y3129), ==, "Y");
  g_assert_nonnull (rpt_deliverable_get_series_title (y3129));
  history = rpt_deliverable_get_mentions (y3129);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, rpt_deliverable_get_n_mentions (y3129));
  {
    g_autoptr(RptMention) last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);

    g_assert_true (rpt_mention_get_report (last) == rpt_deliverable_get_last_report (y3129));
    g_assert_cmpstr (rpt_mention_get_status (last), ==, rpt_deliverable_get_status (y3129));
  }

  g_assert_null (rpt_library_lookup_deliverable (library, "Z.0000"));
}

static void
test_groups (void)
{
  GListModel *groups = rpt_library_get_groups (library);
  RptGroup *sg17 = rpt_library_lookup_group (library, "ITU-T SG17");
  RptGroup *previous = NULL;
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GListModel) mentions = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (groups), >, 20);
  g_assert_nonnull (sg17);
  g_assert_cmpstr (rpt_group_get_name (sg17), ==, "Security");
  g_assert_cmpstr (rpt_group_get_sector (sg17), ==, "ITU-T");
  g_assert_cmpstr (rpt_group_get_group_kind (sg17), ==, "study-group");
  g_assert_nonnull (rpt_group_get_mandate (sg17));
  g_assert_cmpuint (rpt_group_get_n_reports (sg17), ==, 5);

  query = rpt_group_create_query (sg17);
  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (rpt_group_get_n_mentions (sg17), ==, g_list_model_get_n_items (mentions));

  /* Natural order: SG2 before SG11. */
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      RptGroup *group = g_list_model_get_item (groups, i);

      if (g_str_equal (rpt_group_get_id (group), "ITU-T SG2"))
        previous = group;
      if (g_str_equal (rpt_group_get_id (group), "ITU-T SG11"))
        g_assert_nonnull (previous);
      g_object_unref (group);
    }
  g_assert_nonnull (rpt_library_get_group_name (library, "SG 13"));
}

static void
test_resolutions (void)
{
  GListModel *resolutions = rpt_library_get_resolutions (library);
  RptResolution *pp101 = rpt_library_lookup_resolution (library, "PP 101");
  RptResolution *pp180 = rpt_library_lookup_resolution (library, "PP 180");
  g_autoptr(RptQuery) query = NULL;
  g_autoptr(GListModel) mentions = NULL;
  GListModel *sections;

  g_assert_cmpuint (g_list_model_get_n_items (resolutions), >, 10);
  {
    g_autoptr(RptResolution) first = g_list_model_get_item (resolutions, 0);
    g_assert_cmpstr (rpt_resolution_get_body (first), ==, "PP");
  }

  g_assert_nonnull (pp101);
  g_assert_cmpstr (rpt_resolution_get_title (pp101), ==, "Internet Protocol-based networks");
  /* The four Internet-activities reports report under it. */
  g_assert_cmpuint (rpt_resolution_get_n_reports (pp101), ==, 4);
  g_assert_cmpuint (rpt_resolution_get_n_sections (pp101), >, 50);

  g_assert_nonnull (pp180);
  sections = rpt_resolution_get_sections (pp180);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, rpt_resolution_get_n_sections (pp180));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(RptSection) section = g_list_model_get_item (sections, i);
      g_assert_true (g_strv_contains (rpt_section_get_resolutions (section), "PP 180"));
    }

  query = rpt_resolution_create_query (pp180);
  mentions = list (RPT_LIST_MENTIONS, query);
  g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, rpt_resolution_get_n_mentions (pp180));

  g_assert_cmpstr (rpt_library_get_resolution_title (library, "PP 180"), !=, NULL);
  g_assert_null (rpt_library_lookup_resolution (library, "PP 9999"));
}

static void
test_count_tables (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptCountTable) by_report = NULL;
  g_autoptr(RptCountTable) distinct = NULL;
  g_autoptr(RptCountTable) by_series = NULL;
  g_autoptr(RptCountTable) by_kind = NULL;
  g_autoptr(RptCountTable) by_resolution = NULL;
  g_autoptr(RptQuery) approvals = rpt_query_new ();

  by_report = rpt_library_count_mentions (library, NULL, RPT_DIMENSION_REPORT, RPT_DIMENSION_STATUS, RPT_COUNT_MENTIONS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rpt_count_table_get_total (by_report), ==, 648);
  g_assert_cmpuint (rpt_count_table_get_n_rows (by_report), ==, 5);
  /* Reports by period, labelled for an axis; statuses in workflow order. */
  g_assert_cmpstr (rpt_count_table_get_row_label (by_report, 0), ==, "since 2017");
  g_assert_cmpstr (rpt_count_table_get_row_label (by_report, 4), ==, "since 2024");
  g_assert_cmpstr (rpt_count_table_get_column_key (by_report, 0), ==, "approved");
  g_assert_cmpstr (rpt_count_table_get_column_label (by_report, 0), ==, "Approved");
  {
    RptReport *r004 = rpt_library_find_report (library, "004");
    g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (r004));
    int row = rpt_count_table_find_row (by_report, key);
    int approved = rpt_count_table_find_column (by_report, "approved");

    /* Golden 004: 67 approved of 123. */
    g_assert_cmpuint (rpt_count_table_get_row_total (by_report, row), ==, 123);
    g_assert_cmpuint (rpt_count_table_get_count (by_report, row, approved), ==, 67);
  }

  distinct = rpt_library_count_mentions (library, NULL, RPT_DIMENSION_REPORT, RPT_DIMENSION_NONE, RPT_COUNT_DISTINCT, &error);
  g_assert_no_error (error);
  {
    GListModel *reports = rpt_library_get_reports (library);

    for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
      {
        g_autoptr(RptReport) report = g_list_model_get_item (reports, i);
        g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report));

        g_assert_cmpuint (rpt_count_table_get_count (distinct, rpt_count_table_find_row (distinct, key), 0), ==,
                          rpt_report_get_n_deliverables (report));
      }
  }

  rpt_query_set_approvals_only (approvals, TRUE);
  by_series = rpt_library_count_mentions (library, approvals, RPT_DIMENSION_SERIES, RPT_DIMENSION_NONE, RPT_COUNT_MENTIONS, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rpt_count_table_find_row (by_series, "Y"), >=, 0);
  {
    g_autoptr(RptQuery) y = rpt_query_copy (approvals);
    g_autoptr(GListModel) mentions = NULL;

    rpt_query_set_series (y, "Y");
    mentions = list (RPT_LIST_MENTIONS, y);
    g_assert_cmpuint (rpt_count_table_get_row_total (by_series, rpt_count_table_find_row (by_series, "Y")), ==,
                      g_list_model_get_n_items (mentions));
  }

  by_kind = rpt_library_count_mentions (library, NULL, RPT_DIMENSION_KIND, RPT_DIMENSION_NONE, RPT_COUNT_MENTIONS, &error);
  g_assert_cmpstr (rpt_count_table_get_row_key (by_kind, 0), ==, "Recommendation");
  g_assert_cmpstr (rpt_count_table_get_row_label (by_kind, 0), ==, "Recommendations");
  g_assert_cmpuint (rpt_count_table_get_total (by_kind), ==, 648);

  by_resolution = rpt_library_count_mentions (library, NULL, RPT_DIMENSION_RESOLUTION, RPT_DIMENSION_GROUP, RPT_COUNT_MENTIONS, &error);
  g_assert_no_error (error);
  {
    RptResolution *pp180 = rpt_library_lookup_resolution (library, "PP 180");
    int row = rpt_count_table_find_row (by_resolution, "PP 180");

    g_assert_cmpint (row, >=, 0);
    g_assert_cmpuint (rpt_count_table_get_row_total (by_resolution, row), ==, rpt_resolution_get_n_mentions (pp180));
  }
}

static void
test_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = rpt_library_search (library, "IPv6 deployment", 20, &error);
  g_autoptr(GListModel) by_id = NULL;
  double previous = G_MAXDOUBLE;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hits), <=, 20);
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(RptSearchHit) hit = g_list_model_get_item (hits, i);
      g_autofree char *lower = g_ascii_strdown (rpt_search_hit_get_snippet_text (hit), -1);

      g_assert_nonnull (rpt_search_hit_get_report (hit));
      g_assert_nonnull (rpt_search_hit_get_section (hit));
      g_assert_nonnull (strstr (rpt_search_hit_get_snippet (hit), "<b>"));
      g_assert_true (strstr (lower, "ipv6") || strstr (lower, "deploy"));
      g_assert_cmpfloat (rpt_search_hit_get_score (hit), <=, previous);
      previous = rpt_search_hit_get_score (hit);
      g_assert_cmpstr (rpt_search_hit_get_terms (hit)[0], ==, "IPv6");
      /* The markup is well formed (what Pango will parse). */
      {
        static const GMarkupParser parser = { 0 };
        g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
        g_autofree char *wrapped = g_strdup_printf ("<m>%s</m>", rpt_search_hit_get_snippet (hit));

        g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, NULL));
        g_assert_true (g_markup_parse_context_end_parse (context, NULL));
      }
    }

  /* A deliverable id finds its section, and says which deliverable. */
  by_id = rpt_library_search (library, "Y.3129", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (by_id), >, 0);
  {
    g_autoptr(RptSearchHit) hit = g_list_model_get_item (by_id, 0);
    g_assert_true (g_strv_contains (rpt_search_hit_get_deliverable_ids (hit), "Y.3129"));
  }

  g_assert_null (rpt_library_search (library, "  ", 10, &error));
  g_assert_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_query_model (void)
{
  g_autoptr(RptQueryModel) model = rpt_query_model_new (library, RPT_LIST_DELIVERABLES, NULL);
  RptQuery *query = rpt_query_model_get_query (model);
  guint changes = 0;
  guint all = g_list_model_get_n_items (G_LIST_MODEL (model));

  g_assert_cmpuint (all, ==, rpt_library_get_n_deliverables (library));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* Two filters set at once: one reload. */
  g_object_freeze_notify (G_OBJECT (query));
  rpt_query_set_group (query, "ITU-T SG20");
  rpt_query_set_status (query, "approved");
  g_object_thaw_notify (G_OBJECT (query));
  g_assert_cmpuint (changes, ==, 1);
  {
    g_autoptr(GListModel) expected = list (RPT_LIST_DELIVERABLES, query);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, g_list_model_get_n_items (expected));
    g_assert_cmpuint (g_list_model_get_n_items (expected), <, all);
  }

  /* Sorted by a property. */
  rpt_query_set_group (query, NULL);
  rpt_query_set_status (query, NULL);
  rpt_query_model_set_sort_property (model, "n-mentions");
  rpt_query_model_set_sort_descending (model, TRUE);
  {
    guint previous = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
      {
        g_autoptr(RptDeliverable) d = g_list_model_get_item (G_LIST_MODEL (model), i);

        g_assert_cmpuint (rpt_deliverable_get_n_mentions (d), <=, previous);
        previous = rpt_deliverable_get_n_mentions (d);
      }
  }
  rpt_query_model_set_sort_property (model, "title");
  rpt_query_model_set_sort_descending (model, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, all);

  /* A new query object. */
  {
    g_autoptr(RptQuery) other = rpt_query_new ();

    rpt_query_set_kind (other, "Supplement");
    rpt_query_model_set_query (model, other);
    g_assert_true (rpt_query_model_get_query (model) == other);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
      {
        g_autoptr(RptDeliverable) d = g_list_model_get_item (G_LIST_MODEL (model), i);
        g_assert_cmpstr (rpt_deliverable_get_kind (d), ==, "Supplement");
      }
  }
}

static void
on_progress (double      fraction,
             const char *message,
             gpointer    user_data)
{
  *(double *) user_data = fraction;
}

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* Opening, importing and searching in threads, the way the window does;
 * the lists follow an import. */
static void
test_async (void)
{
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "async.db", NULL);
  g_autofree char *source = rpt_test_corpus_file ("004_c9855d081390d753.txt");
  g_autofree char *variant = g_build_filename (rpt_test_get_tmpdir (), "004-amended.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) lib = NULL;
  g_autoptr(RptQueryModel) reports = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (variant);
  g_autoptr(GListModel) hits = NULL;
  guint added = 0, skipped = 0, changes = 0;
  double progress = 0.0;

  rpt_library_open_async (path, NULL, on_async_done, &result);
  lib = rpt_library_open_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpstr (rpt_library_get_path (lib), ==, path);

  reports = rpt_query_model_new (lib, RPT_LIST_REPORTS, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reports)), ==, 5);
  g_signal_connect (rpt_library_get_reports (lib), "items-changed", G_CALLBACK (on_items_changed), &changes);

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  {
    g_autofree char *amended = g_strconcat (text, "\nAmended with a note about wombats.\n", NULL);
    g_assert_true (g_file_set_contents (variant, amended, -1, NULL));
  }

  rpt_library_import_files_async (lib, &file, 1, NULL, on_progress, &progress, NULL, on_async_done, &result);
  g_assert_true (rpt_library_import_files_finish (lib, wait_for (&result), &added, &skipped, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (skipped, ==, 0);
  g_assert_cmpfloat (progress, ==, 1.0);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rpt_library_get_reports (lib)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reports)), ==, 6);

  rpt_library_search_async (lib, "wombats", 10, NULL, on_async_done, &result);
  hits = rpt_library_search_finish (lib, wait_for (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  {
    g_autoptr(RptSearchHit) hit = g_list_model_get_item (hits, 0);
    g_assert_cmpstr (rpt_report_get_file_name (rpt_search_hit_get_report (hit)), ==, "004-amended.txt");
  }

  /* Removing it again. */
  {
    RptReport *report = rpt_library_find_report (lib, "004-amended.txt");

    g_assert_nonnull (report);
    g_assert_true (rpt_library_remove_report (lib, report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reports)), ==, 5);
  }

  /* A cancelled import changes nothing and says so. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    rpt_library_import_files_async (lib, &file, 1, cancellable, NULL, NULL, NULL, on_async_done, &result);
    g_assert_false (rpt_library_import_files_finish (lib, wait_for (&result), NULL, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_object (&result);
    g_assert_cmpuint (g_list_model_get_n_items (rpt_library_get_reports (lib)), ==, 5);
  }
}

/* The library tells the window when it rebuilt a damaged file. */
static void
test_recovered (void)
{
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "recovered.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) lib = NULL;
  gboolean recovered = FALSE;

  g_assert_true (g_file_set_contents (path, "not a library", -1, NULL));
  lib = rpt_library_open (path, NULL, &error);
  g_assert_no_error (error);
  g_object_get (lib, "recovered", &recovered, NULL);
  g_assert_true (recovered);
  g_assert_nonnull (rpt_library_get_recovery_message (lib));
  g_assert_true (g_file_test (rpt_library_get_moved_aside_path (lib), G_FILE_TEST_EXISTS));
  g_assert_cmpuint (rpt_library_get_n_reports (lib), ==, 5);
}

/* Objects do not keep the library alive and are freed with their lists. */
static void
test_lifetimes (void)
{
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "lifetimes.db", NULL);
  g_autoptr(GError) error = NULL;
  RptLibrary *lib = rpt_library_open (path, NULL, &error);
  RptReport *report;
  RptMention *mention;
  GListModel *mentions;

  g_assert_no_error (error);
  report = g_list_model_get_item (rpt_library_get_reports (lib), 0);
  /* Lists that point back at the report. */
  g_assert_cmpuint (g_list_model_get_n_items (rpt_report_get_mentions (report)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rpt_report_get_stated_counts (report)), >, 0);
  {
    g_autoptr(RptSection) section = g_list_model_get_item (rpt_report_get_sections (report), 3);
    g_assert_nonnull (rpt_section_get_mentions (section));
  }
  mentions = rpt_library_list (lib, RPT_LIST_MENTIONS, NULL, &error);
  mention = g_list_model_get_item (mentions, 0);
  g_assert_nonnull (rpt_report_get_sections (report));
  g_assert_nonnull (rpt_library_get_deliverables (lib));

  g_assert_finalize_object (lib);
  g_object_unref (mentions);
  g_assert_true (rpt_mention_get_report (mention) != NULL);
  g_assert_finalize_object (mention);
  g_assert_finalize_object (report);
}

/* The start-up path: whole lists counted before they are loaded, filter
 * values without lists, and a deferred first page of deliverables. */
static void
test_start_up_lists (void)
{
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "start-up.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) lib = rpt_library_open (path, NULL, &error);
  static const RptListKind kinds[] = {
    RPT_LIST_REPORTS, RPT_LIST_RESOLUTIONS, RPT_LIST_GROUPS, RPT_LIST_DELIVERABLES,
  };
  static const RptDimension dimensions[] = {
    RPT_DIMENSION_REPORT, RPT_DIMENSION_RESOLUTION, RPT_DIMENSION_GROUP,
  };
  GListModel *whole[G_N_ELEMENTS (kinds)];
  GListModel *lists[G_N_ELEMENTS (kinds)] = { NULL, };
  g_autoptr(GHashTable) series = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) series_values = NULL;
  g_autoptr(RptQueryModel) first = NULL;
  guint n_series = 0;

  g_assert_no_error (error);

  /* Counted: the same sizes as the lists, before any item is built. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      whole[k] = kinds[k] == RPT_LIST_REPORTS ? rpt_library_get_reports (lib)
               : kinds[k] == RPT_LIST_RESOLUTIONS ? rpt_library_get_resolutions (lib)
               : kinds[k] == RPT_LIST_GROUPS ? rpt_library_get_groups (lib)
               : rpt_library_get_deliverables (lib);
      lists[k] = rpt_library_list (lib, kinds[k], NULL, &error);
      g_assert_no_error (error);
      g_assert_false (_rpt_whole_list_is_loaded (RPT_WHOLE_LIST (whole[k])));
      g_assert_cmpuint (g_list_model_get_n_items (whole[k]), ==, g_list_model_get_n_items (lists[k]));
      g_assert_cmpuint (g_list_model_get_n_items (whole[k]), >, 0);
    }
  g_assert_cmpuint (g_list_model_get_n_items (whole[0]), ==, 5);

  /* Filter values: the lists' keys, in the lists' order. */
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    {
      g_auto(GStrv) values = rpt_library_list_filter_values (lib, dimensions[d]);
      GListModel *list = lists[d];

      g_assert_cmpuint (g_strv_length (values), ==, 2 * g_list_model_get_n_items (list));
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);
          g_autofree char *key = NULL;

          if (RPT_IS_REPORT (item))
            {
              key = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (RPT_REPORT (item)));
              g_assert_cmpstr (values[2 * i + 1], ==,
                               rpt_report_get_label (RPT_REPORT (item))[0] != '\0'
                               ? rpt_report_get_label (RPT_REPORT (item)) : rpt_report_get_title (RPT_REPORT (item)));
            }
          else if (RPT_IS_RESOLUTION (item))
            key = g_strdup (rpt_resolution_get_key (RPT_RESOLUTION (item)));
          else
            key = g_strdup (rpt_group_get_id (RPT_GROUP (item)));
          g_assert_cmpstr (values[2 * i], ==, key);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (lists[3]); i++)
    {
      g_autoptr(RptDeliverable) d = g_list_model_get_item (lists[3], i);
      const char *letter = rpt_deliverable_get_series (d);

      if (letter != NULL && letter[0] != '\0')
        g_hash_table_add (series, (gpointer) letter);
    }
  series_values = rpt_library_list_filter_values (lib, RPT_DIMENSION_SERIES);
  for (guint i = 0; series_values[i] != NULL; i += 2, n_series++)
    {
      g_assert_true (g_hash_table_contains (series, series_values[i]));
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (series_values[i - 2], series_values[i]), <, 0);
    }
  g_assert_cmpuint (n_series, ==, g_hash_table_size (series));

  /* Asked for an item: loaded, the same items as the list. */
  {
    g_autoptr(RptGroup) a = g_list_model_get_item (whole[2], 0);
    g_autoptr(RptGroup) b = g_list_model_get_item (lists[2], 0);

    g_assert_true (_rpt_whole_list_is_loaded (RPT_WHOLE_LIST (whole[2])));
    g_assert_cmpstr (rpt_group_get_id (a), ==, rpt_group_get_id (b));
  }

  /* Deferred: a first page (here the whole list, under 1,000), the same
   * order; loading the rest changes nothing here; afterwards new models
   * load everything. */
  rpt_library_defer_lists (lib);
  first = rpt_query_model_new (lib, RPT_LIST_DELIVERABLES, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first)), ==, g_list_model_get_n_items (lists[3]));
  rpt_library_load_deferred_lists (lib);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first)), ==, g_list_model_get_n_items (lists[3]));
  for (guint i = 0; i < g_list_model_get_n_items (lists[3]); i += 97)
    {
      g_autoptr(RptDeliverable) a = g_list_model_get_item (G_LIST_MODEL (first), i);
      g_autoptr(RptDeliverable) b = g_list_model_get_item (lists[3], i);

      g_assert_cmpstr (rpt_deliverable_get_id (a), ==, rpt_deliverable_get_id (b));
      g_assert_true (rpt_deliverable_get_last_report (a) == rpt_deliverable_get_last_report (b));
    }

  /* Pages read one after the other, each after the last id of the one
   * before, make the whole list (what the rest of a deferred list loads). */
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
    const char *after = NULL;

    for (;;)
      {
        g_autoptr(GPtrArray) page = _rpt_context_list_first (_rpt_library_get_context (lib), RPT_LIST_DELIVERABLES,
                                                             NULL, after, 100, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (page->len, <=, 100);
        for (guint i = 0; i < page->len; i++)
          g_ptr_array_add (all, g_object_ref (g_ptr_array_index (page, i)));
        if (page->len < 100)
          break;
        after = rpt_deliverable_get_id (g_ptr_array_index (all, all->len - 1));
      }

    g_assert_cmpuint (all->len, ==, g_list_model_get_n_items (lists[3]));
    for (guint i = 0; i < all->len; i++)
      {
        g_autoptr(RptDeliverable) b = g_list_model_get_item (lists[3], i);
        RptDeliverable *a = g_ptr_array_index (all, i);

        g_assert_cmpstr (rpt_deliverable_get_id (a), ==, rpt_deliverable_get_id (b));
        g_assert_cmpuint (rpt_deliverable_get_n_mentions (a), ==, rpt_deliverable_get_n_mentions (b));
      }
  }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_object_unref (lists[k]);
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

  g_test_add_func ("/rpt/model/reports", test_reports);
  for (guint i = 0; i < G_N_ELEMENTS (golden_reports); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/rpt/model/golden/%s", golden_reports[i]);
      g_test_add_data_func (test_path, golden_reports[i], test_golden_report);
    }
  g_test_add_func ("/rpt/model/stated-vs-counted", test_stated_vs_counted);
  g_test_add_func ("/rpt/model/filters/each", test_filters);
  g_test_add_func ("/rpt/model/filters/combined", test_combined_filters);
  g_test_add_func ("/rpt/model/filters/text", test_text_filter);
  g_test_add_func ("/rpt/model/deliverables", test_deliverables);
  g_test_add_func ("/rpt/model/groups", test_groups);
  g_test_add_func ("/rpt/model/resolutions", test_resolutions);
  g_test_add_func ("/rpt/model/count-tables", test_count_tables);
  g_test_add_func ("/rpt/model/search", test_search);
  g_test_add_func ("/rpt/model/query-model", test_query_model);
  g_test_add_func ("/rpt/model/async", test_async);
  g_test_add_func ("/rpt/model/recovered", test_recovered);
  g_test_add_func ("/rpt/model/lifetimes", test_lifetimes);
  g_test_add_func ("/rpt/model/start-up-lists", test_start_up_lists);

  status = g_test_run ();
  g_clear_object (&library);
  return status;
}
