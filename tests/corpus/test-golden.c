/* test-golden.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rpt-corpus.h"
#include "rpt-test-util.h"

/* Scores the parser against the hand-checked expectations in
 * tests/corpus/golden/ (written by reading the reports, never from parser
 * output).  Deliverable mentions are matched on (section, id); the test
 * prints precision and recall, and the accuracy of status and group among
 * the matched mentions, with every miss and extra as a TAP comment, and
 * asserts the targets of the parser issue. */

#define TARGET_PRECISION 0.95
#define TARGET_RECALL    0.95
#define TARGET_STATUS    0.90
#define TARGET_GROUP     0.90

typedef struct
{
  GPtrArray *header;   /* (element-type utf8) */
  GPtrArray *rows;     /* (element-type GStrv) */
} Tsv;

static void
tsv_free (Tsv *tsv)
{
  g_clear_pointer (&tsv->header, g_ptr_array_unref);
  g_clear_pointer (&tsv->rows, g_ptr_array_unref);
  g_free (tsv);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Tsv, tsv_free)

/* Lines starting with '#' are comments; the first other line is the
 * header; fields are TAB-separated, missing trailing fields are empty. */
static Tsv *
tsv_load (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  Tsv *tsv = g_new0 (Tsv, 1);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  tsv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  lines = g_strsplit (contents, "\n", -1);
  for (guint k = 0; lines[k] != NULL; k++)
    {
      char **fields;
      gsize n;

      g_strchomp (lines[k]);
      if (lines[k][0] == '#' || lines[k][0] == '\0')
        continue;
      fields = g_strsplit (lines[k], "\t", -1);
      if (tsv->header == NULL)
        {
          tsv->header = g_ptr_array_new_with_free_func (g_free);
          for (n = 0; fields[n] != NULL; n++)
            g_ptr_array_add (tsv->header, g_strdup (fields[n]));
          g_strfreev (fields);
          continue;
        }
      n = g_strv_length (fields);
      if (n < tsv->header->len)
        {
          fields = g_renew (char *, fields, tsv->header->len + 1);
          for (; n < tsv->header->len; n++)
            fields[n] = g_strdup ("");
          fields[n] = NULL;
        }
      g_ptr_array_add (tsv->rows, fields);
    }
  g_assert_nonnull (tsv->header);
  return tsv;
}

static int
tsv_column (Tsv        *tsv,
            const char *name)
{
  for (guint k = 0; k < tsv->header->len; k++)
    if (g_str_equal (g_ptr_array_index (tsv->header, k), name))
      return k;
  g_error ("golden file has no column “%s”", name);
  return -1;
}

static char *
golden_dir (void)
{
  const char *source = g_getenv ("RAPPORTEUR_SOURCE_DIR");

  g_assert_nonnull (source);
  return g_build_filename (source, "tests", "corpus", "golden", NULL);
}

static RptCorpusReport *
parse_corpus_file (const char *base)
{
  g_autofree char *name = g_strconcat (base, ".txt", NULL);
  g_autofree char *path = rpt_test_corpus_file (name);
  g_autoptr(GError) error = NULL;
  RptCorpusReport *report = rpt_corpus_parse_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
test_deliverables (gconstpointer data)
{
  const char *base = data;
  g_autofree char *dir = golden_dir ();
  g_autofree char *file = g_strconcat (base, ".deliverables.tsv", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(Tsv) golden = tsv_load (path);
  g_autoptr(RptCorpusReport) report = parse_corpus_file (base);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int c_section = tsv_column (golden, "section");
  int c_id = tsv_column (golden, "id");
  int c_status = tsv_column (golden, "status");
  int c_group = tsv_column (golden, "group");
  guint matched = 0, status_ok = 0, group_ok = 0;
  double precision, recall, status_accuracy, group_accuracy;

  for (guint k = 0; k < report->deliverables->len; k++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, k);

      g_hash_table_insert (found, g_strconcat (d->section, "\t", d->id, NULL), d);
    }

  for (guint k = 0; k < golden->rows->len; k++)
    {
      char **row = g_ptr_array_index (golden->rows, k);
      char *key = g_strconcat (row[c_section], "\t", row[c_id], NULL);
      RptCorpusDeliverable *d = g_hash_table_lookup (found, key);

      g_hash_table_insert (expected, key, row);
      if (d == NULL)
        {
          g_test_message ("miss %s %s", row[c_section], row[c_id]);
          continue;
        }
      matched++;
      if (g_str_equal (d->status, row[c_status]))
        status_ok++;
      else
        g_test_message ("status %s %s: expected %s, got %s", row[c_section], row[c_id],
                        row[c_status], d->status);
      if (g_str_equal (d->group, row[c_group]))
        group_ok++;
      else
        g_test_message ("group %s %s: expected “%s”, got “%s”", row[c_section], row[c_id],
                        row[c_group], d->group);
    }
  for (guint k = 0; k < report->deliverables->len; k++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, k);
      g_autofree char *key = g_strconcat (d->section, "\t", d->id, NULL);

      if (!g_hash_table_contains (expected, key))
        g_test_message ("extra %s %s (%s)", d->section, d->id, d->status);
    }

  precision = report->deliverables->len > 0 ? (double) matched / report->deliverables->len : 1.0;
  recall = golden->rows->len > 0 ? (double) matched / golden->rows->len : 1.0;
  status_accuracy = matched > 0 ? (double) status_ok / matched : 1.0;
  group_accuracy = matched > 0 ? (double) group_ok / matched : 1.0;

  g_test_message ("%s: precision %.3f (%u/%u), recall %.3f (%u/%u), status accuracy %.3f, group accuracy %.3f",
                  base, precision, matched, report->deliverables->len, recall, matched, golden->rows->len,
                  status_accuracy, group_accuracy);

  g_assert_cmpfloat (precision, >=, TARGET_PRECISION);
  g_assert_cmpfloat (recall, >=, TARGET_RECALL);
  g_assert_cmpfloat (status_accuracy, >=, TARGET_STATUS);
  g_assert_cmpfloat (group_accuracy, >=, TARGET_GROUP);
}

static char *
count_key (const char *section,
           const char *count,
           const char *at_least,
           const char *kind,
           const char *status,
           const char *groups)
{
  return g_strjoin ("\t", section, count, at_least, kind, status, groups, NULL);
}

/* Stated counts, compared as multisets of whole rows. */
static void
test_counts (gconstpointer data)
{
  const char *base = data;
  g_autofree char *dir = golden_dir ();
  g_autofree char *file = g_strconcat (base, ".counts.tsv", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(Tsv) golden = NULL;
  g_autoptr(RptCorpusReport) report = NULL;
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);
  guint matched = 0;
  double precision, recall;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no golden counts");
      return;
    }
  golden = tsv_load (path);
  report = parse_corpus_file (base);

  for (guint k = 0; k < report->counts->len; k++)
    {
      RptCorpusCount *c = g_ptr_array_index (report->counts, k);
      g_autofree char *number = g_strdup_printf ("%u", c->count);
      g_autofree char *groups = NULL;

      g_ptr_array_add (c->groups, NULL);
      groups = g_strjoinv (",", (char **) c->groups->pdata);
      g_ptr_array_set_size (c->groups, c->groups->len - 1);
      g_ptr_array_add (got, count_key (c->section, number, c->at_least ? "true" : "false",
                                       c->kind, c->status, groups));
    }

  for (guint k = 0; k < golden->rows->len; k++)
    {
      char **row = g_ptr_array_index (golden->rows, k);
      g_autofree char *key = count_key (row[tsv_column (golden, "section")], row[tsv_column (golden, "count")],
                                        row[tsv_column (golden, "at_least")], row[tsv_column (golden, "kind")],
                                        row[tsv_column (golden, "status")], row[tsv_column (golden, "groups")]);
      gboolean hit = FALSE;

      for (guint j = 0; j < got->len && !hit; j++)
        if (g_ptr_array_index (got, j) != NULL && g_str_equal (g_ptr_array_index (got, j), key))
          {
            g_free (g_ptr_array_index (got, j));
            g_ptr_array_index (got, j) = NULL;
            hit = TRUE;
          }
      if (hit)
        matched++;
      else
        g_test_message ("miss count %s", key);
    }
  for (guint j = 0; j < got->len; j++)
    if (g_ptr_array_index (got, j) != NULL)
      g_test_message ("extra count %s", (char *) g_ptr_array_index (got, j));

  precision = report->counts->len > 0 ? (double) matched / report->counts->len : 1.0;
  recall = golden->rows->len > 0 ? (double) matched / golden->rows->len : 1.0;
  g_test_message ("%s counts: precision %.3f (%u/%u), recall %.3f (%u/%u)", base,
                  precision, matched, report->counts->len, recall, matched, golden->rows->len);
  g_assert_cmpfloat (precision, >=, TARGET_PRECISION);
  g_assert_cmpfloat (recall, >=, TARGET_RECALL);
}

/* Sections (numbers and headings) in document order. */
static void
test_sections (gconstpointer data)
{
  const char *base = data;
  g_autofree char *dir = golden_dir ();
  g_autofree char *file = g_strconcat (base, ".sections.tsv", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(Tsv) golden = NULL;
  g_autoptr(RptCorpusReport) report = NULL;
  guint same = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no golden sections");
      return;
    }
  golden = tsv_load (path);
  report = parse_corpus_file (base);

  for (guint k = 0; k < golden->rows->len; k++)
    {
      char **row = g_ptr_array_index (golden->rows, k);
      const char *number = row[tsv_column (golden, "number")];
      const char *heading = row[tsv_column (golden, "heading")];
      RptCorpusSection *s = k < report->sections->len ? g_ptr_array_index (report->sections, k) : NULL;

      if (s != NULL && g_str_equal (s->number, number) && g_str_equal (s->heading, heading))
        same++;
      else
        g_test_message ("section %u: expected %s “%s”, got %s “%s”", k, number, heading,
                        s != NULL ? s->number : "(none)", s != NULL ? s->heading : "");
    }
  g_test_message ("%s sections: %u of %u as expected, %u found", base, same, golden->rows->len,
                  report->sections->len);
  g_assert_cmpuint (report->sections->len, ==, golden->rows->len);
  g_assert_cmpfloat ((double) same / golden->rows->len, >=, TARGET_RECALL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  const char *reference;

  rpt_test_init (&argc, &argv);

  reference = g_getenv ("RAPPORTEUR_REFERENCE_DIR");
  if (reference != NULL)
    {
      g_autofree char *mapping_path = g_build_filename (reference, "section-resolutions.json", NULL);
      g_autoptr(GError) error = NULL;
      RptCorpusMapping *mapping = rpt_corpus_mapping_load (mapping_path, &error);

      g_assert_no_error (error);
      rpt_corpus_set_section_mapping (mapping);
    }

  /* every report that has golden files */
  dir = golden_dir ();
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".deliverables.tsv"))
      g_ptr_array_add (bases, g_strndup (name, strlen (name) - strlen (".deliverables.tsv")));
  g_ptr_array_sort (bases, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (bases->len, >, 0);

  for (guint k = 0; k < bases->len; k++)
    {
      const char *base = g_ptr_array_index (bases, k);
      g_autofree char *p1 = g_strdup_printf ("/rpt/corpus/golden/%s/deliverables", base);
      g_autofree char *p2 = g_strdup_printf ("/rpt/corpus/golden/%s/counts", base);
      g_autofree char *p3 = g_strdup_printf ("/rpt/corpus/golden/%s/sections", base);

      g_test_add_data_func (p1, base, test_deliverables);
      g_test_add_data_func (p2, base, test_counts);
      g_test_add_data_func (p3, base, test_sections);
    }

  return g_test_run ();
}
