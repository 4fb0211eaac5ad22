/* rpt-charts-build.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-charts-build"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rpt-charts-build.h"

/* The query of an approval chart: the caller's filters, and only the steps
 * of approval unless the caller asked for one status. */
static RptQuery *
approvals_query (RptQuery *query)
{
  RptQuery *copy = query != NULL ? rpt_query_copy (query) : rpt_query_new ();
  const char *status = rpt_query_get_status (copy);

  if (status == NULL || status[0] == '\0')
    rpt_query_set_approvals_only (copy, TRUE);

  return copy;
}

static gboolean
query_has_status (RptQuery *query)
{
  const char *status = query != NULL ? rpt_query_get_status (query) : NULL;

  return status != NULL && status[0] != '\0';
}

static void
set_note (char       **note,
          const char  *text)
{
  if (note != NULL)
    *note = text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

/* Series for the statuses of @table's columns, in workflow order; returns
 * the chart series index of each column. */
static GArray *
add_status_series (RptChart      *chart,
                   RptCountTable *table)
{
  guint n = rpt_count_table_get_n_columns (table);
  GArray *map = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint c = 0; c < n; c++)
    {
      const char *key = rpt_count_table_get_column_key (table, c);
      guint s = rpt_chart_add_series (chart, rpt_count_table_get_column_label (table, c), key);

      g_array_append_val (map, s);
    }

  return map;
}

/* Rows of @table as categories, stacked by its status columns.  Rows with an
 * empty key ("no group stated", "no series") are left out and counted in
 * @left_out, so that every bar filters the list to what it shows. */
static void
fill_stacked (RptChart      *chart,
              RptCountTable *table,
              gboolean       keep_empty_rows,
              guint         *left_out)
{
  g_autoptr(GArray) series = add_status_series (chart, table);

  *left_out = 0;
  for (guint r = 0; r < rpt_count_table_get_n_rows (table); r++)
    {
      const char *key = rpt_count_table_get_row_key (table, r);
      guint category;

      if (!keep_empty_rows && (key == NULL || key[0] == '\0'))
        {
          *left_out += rpt_count_table_get_row_total (table, r);
          continue;
        }

      category = rpt_chart_add_category (chart, rpt_count_table_get_row_label (table, r), key);
      for (guint c = 0; c < rpt_count_table_get_n_columns (table); c++)
        rpt_chart_set_value (chart, category, g_array_index (series, guint, c),
                             rpt_count_table_get_count (table, r, c));
    }
}

static const char *
value_title (RptQuery *query)
{
  return query_has_status (query) ? _("Deliverables") : _("Approvals");
}

/**
 * rpt_charts_build_by_group:
 * @library: a library
 * @query: (nullable): the filters
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * Approvals per study group (and other groups), stacked by status, one row
 * per group in natural order (SG2 before SG11).
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_by_group (RptLibrary  *library,
                           RptQuery    *query,
                           char       **note,
                           GError     **error)
{
  g_autoptr(RptQuery) q = NULL;
  g_autoptr(RptCountTable) table = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RptChart *chart;
  guint left_out;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  q = approvals_query (query);
  table = rpt_library_count_mentions (library, q, RPT_DIMENSION_GROUP, RPT_DIMENSION_STATUS,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  chart = rpt_chart_new (RPT_CHART_STACKED_BARS,
                         query_has_status (query) ? _("Deliverables per study group")
                                                  : _("Approvals per study group"));
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Group"), value_title (query));
  fill_stacked (chart, table, FALSE, &left_out);

  if (left_out > 0)
    g_string_append_printf (text,
                            /* Translators: under the chart of approvals per group */
                            ngettext ("%'u text for which the report names no group is not shown.",
                                      "%'u texts for which the report names no group are not shown.",
                                      left_out),
                            left_out);
  set_note (note, text->str);

  return chart;
}

typedef struct
{
  guint column;
  guint total;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->total != y->total)
    return x->total < y->total ? 1 : -1;
  /* Ties keep the table's natural order. */
  return x->column < y->column ? -1 : (x->column > y->column);
}

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  return x->column < y->column ? -1 : (x->column > y->column);
}

/**
 * rpt_charts_build_by_period:
 * @library: a library
 * @query: (nullable): the filters
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * How each group's approvals changed from report to report: the reports in
 * order of their period along the category axis, one series per group.  Up
 * to %RPT_CHARTS_MAX_PERIOD_GROUPS groups are shown, those with the most
 * approvals; as grouped bars when all groups fit (or when there are fewer
 * than three reports, where a line says little), else as lines.  Reports
 * that name none of the shown groups' approvals are left out (the note
 * names them): a 0 there would read as "the groups approved nothing".
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_by_period (RptLibrary  *library,
                            RptQuery    *query,
                            char       **note,
                            GError     **error)
{
  g_autoptr(RptQuery) q = NULL;
  g_autoptr(RptCountTable) table = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GPtrArray) report_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) report_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) skipped = g_string_new (NULL);
  g_autoptr(GArray) kept = NULL;
  guint n_skipped = 0;
  const char *report_filter;
  RptChartKind kind;
  RptChart *chart;
  guint n_groups = 0;
  guint n_shown;
  guint hidden_total = 0;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  q = approvals_query (query);
  table = rpt_library_count_mentions (library, q, RPT_DIMENSION_REPORT, RPT_DIMENSION_GROUP,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  /* Every report of the period axis, also those with nothing to count: a
   * report where a group approved nothing is a 0, not a gap. */
  report_filter = query != NULL ? rpt_query_get_report (query) : NULL;
  if (report_filter == NULL || report_filter[0] == '\0')
    {
      GListModel *reports = rpt_library_get_reports (library);

      for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
        {
          g_autoptr(RptReport) report = g_list_model_get_item (reports, i);
          const char *label = rpt_report_get_label (report);

          g_ptr_array_add (report_keys, g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (report)));
          g_ptr_array_add (report_labels, g_strdup (label != NULL && label[0] != '\0'
                                                    ? label : rpt_report_get_title (report)));
        }
    }
  if (report_keys->len == 0)
    for (guint r = 0; r < rpt_count_table_get_n_rows (table); r++)
      {
        g_ptr_array_add (report_keys, g_strdup (rpt_count_table_get_row_key (table, r)));
        g_ptr_array_add (report_labels, g_strdup (rpt_count_table_get_row_label (table, r)));
      }

  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  for (guint c = 0; c < rpt_count_table_get_n_columns (table); c++)
    {
      const char *key = rpt_count_table_get_column_key (table, c);
      Ranked item = { c, rpt_count_table_get_column_total (table, c) };

      if (key == NULL || key[0] == '\0')
        continue;
      g_array_append_val (ranked, item);
      n_groups++;
    }
  g_array_sort (ranked, compare_ranked);

  n_shown = MIN (n_groups, RPT_CHARTS_MAX_PERIOD_GROUPS);
  for (guint i = n_shown; i < ranked->len; i++)
    hidden_total += g_array_index (ranked, Ranked, i).total;
  g_array_set_size (ranked, n_shown);
  /* The groups shown, in their natural order again (SG2 before SG11). */
  g_array_sort (ranked, compare_columns);

  /* A report that names none of these groups' approvals (the MoU/MG report
   * lists texts without their group) would draw every line down to 0 as if
   * the groups had stopped working: it is left out, and the note says so. */
  kept = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint r = 0; r < report_keys->len; r++)
    {
      int row = rpt_count_table_find_row (table, g_ptr_array_index (report_keys, r));
      guint shown_total = 0;

      for (guint i = 0; row >= 0 && i < ranked->len; i++)
        shown_total += rpt_count_table_get_count (table, row, g_array_index (ranked, Ranked, i).column);

      if (shown_total > 0)
        g_array_append_val (kept, r);
      else if (ranked->len > 0)
        {
          if (skipped->len > 0)
            g_string_append (skipped, _(", "));
          g_string_append (skipped, g_ptr_array_index (report_labels, r));
          n_skipped++;
        }
    }

  /* Lines when there are too many groups for bars side by side, but a line
   * through one or two reports says little. */
  kind = n_groups <= RPT_CHARTS_MAX_PERIOD_GROUPS || kept->len < 3
         ? RPT_CHART_GROUPED_BARS : RPT_CHART_LINES;
  chart = rpt_chart_new (kind,
                         query_has_status (query) ? _("Deliverables per report period")
                                                  : _("Approvals per report period"));
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Report"), value_title (query));

  for (guint i = 0; i < ranked->len; i++)
    {
      guint c = g_array_index (ranked, Ranked, i).column;

      rpt_chart_add_series (chart, rpt_count_table_get_column_label (table, c),
                            rpt_count_table_get_column_key (table, c));
    }

  for (guint k = 0; k < kept->len; k++)
    {
      guint r = g_array_index (kept, guint, k);
      const char *key = g_ptr_array_index (report_keys, r);
      int row = rpt_count_table_find_row (table, key);
      guint category = rpt_chart_add_category (chart, g_ptr_array_index (report_labels, r), key);

      for (guint i = 0; i < ranked->len; i++)
        rpt_chart_set_value (chart, category, i,
                             rpt_count_table_get_count (table, row, g_array_index (ranked, Ranked, i).column));
    }

  if (n_groups > n_shown)
    {
      guint n_hidden = n_groups - n_shown;
      g_autofree char *shown = NULL;
      g_autofree char *others = NULL;
      g_autofree char *texts = NULL;

      /* Translators: under the chart of approvals per report period, the
       * start of "The 6 groups with the most texts; 3 other groups (12 texts) are not shown." */
      shown = g_strdup_printf (ngettext ("The %u group with the most texts",
                                         "The %u groups with the most texts", n_shown),
                               n_shown);
      /* Translators: "3 other groups" in "The 6 groups with the most texts; 3 other groups (12 texts) are not shown." */
      others = g_strdup_printf (ngettext ("%'u other group", "%'u other groups", n_hidden), n_hidden);
      /* Translators: "12 texts" in "The 6 groups with the most texts; 3 other groups (12 texts) are not shown." */
      texts = g_strdup_printf (ngettext ("%'u text", "%'u texts", hidden_total), hidden_total);
      g_string_append_printf (text,
                              /* Translators: under the chart of approvals per report period:
                               * "The 6 groups with the most texts; 3 other groups (12 texts) are not shown." */
                              ngettext ("%s; %s (%s) is not shown.", "%s; %s (%s) are not shown.", n_hidden),
                              shown, others, texts);
    }
  if (n_skipped > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              /* Translators: under the chart of approvals per report period;
                               * %s is a list of reports ("2023, since 2017") */
                              ngettext ("Left out, as it names no approvals by these groups: %s.",
                                        "Left out, as they name no approvals by these groups: %s.",
                                        n_skipped),
                              skipped->str);
    }
  set_note (note, text->str);

  return chart;
}

/**
 * rpt_charts_build_by_series:
 * @library: a library
 * @query: (nullable): the filters
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * Approvals per series letter (Y, X, Q, H …), stacked by status.  Texts
 * without a series letter (Technical Reports, U4SSC deliverables …) are left
 * out and counted in the note.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_by_series (RptLibrary  *library,
                            RptQuery    *query,
                            char       **note,
                            GError     **error)
{
  g_autoptr(RptQuery) q = NULL;
  g_autoptr(RptCountTable) table = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RptChart *chart;
  guint left_out;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  q = approvals_query (query);
  table = rpt_library_count_mentions (library, q, RPT_DIMENSION_SERIES, RPT_DIMENSION_STATUS,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  chart = rpt_chart_new (RPT_CHART_STACKED_BARS,
                         query_has_status (query) ? _("Deliverables by series")
                                                  : _("Approvals by series"));
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Series"), value_title (query));
  fill_stacked (chart, table, FALSE, &left_out);

  if (left_out > 0)
    g_string_append_printf (text,
                            /* Translators: under the chart by series letter */
                            ngettext ("%'u text without a series letter (a Technical Report, for example) is not shown.",
                                      "%'u texts without a series letter (Technical Reports, for example) are not shown.",
                                      left_out),
                            left_out);
  set_note (note, text->str);

  return chart;
}

/**
 * rpt_charts_build_by_kind:
 * @library: a library
 * @query: (nullable): the filters
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * Approvals per kind (Recommendations, Supplements …), stacked by status.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_by_kind (RptLibrary  *library,
                          RptQuery    *query,
                          char       **note,
                          GError     **error)
{
  g_autoptr(RptQuery) q = NULL;
  g_autoptr(RptCountTable) table = NULL;
  RptChart *chart;
  guint left_out;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  q = approvals_query (query);
  table = rpt_library_count_mentions (library, q, RPT_DIMENSION_KIND, RPT_DIMENSION_STATUS,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  chart = rpt_chart_new (RPT_CHART_STACKED_BARS,
                         query_has_status (query) ? _("Deliverables by kind")
                                                  : _("Approvals by kind"));
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Kind"), value_title (query));
  fill_stacked (chart, table, TRUE, &left_out);
  set_note (note, NULL);

  return chart;
}

static int
compare_numbers (const void *a,
                 const void *b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : (x > y);
}

/* "ITU-T SG17" → "17" when every group is an ITU-T study group, so that
 * "SGs 11, 13, 17" reads like the reports themselves. */
static char *
groups_label (const char * const *groups)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = groups != NULL ? g_strv_length ((char **) groups) : 0;
  gboolean all_sgs = n > 0;

  for (guint i = 0; i < n; i++)
    if (!g_str_has_prefix (groups[i], "ITU-T SG"))
      all_sgs = FALSE;

  if (n == 0)
    return NULL;

  if (all_sgs && n == 1)
    return g_strdup (groups[0] + strlen ("ITU-T "));

  if (all_sgs)
    {
      g_autofree guint64 *numbers = g_new0 (guint64, n);

      /* In numeric order, as the reports write them (5 before 11). */
      for (guint i = 0; i < n; i++)
        numbers[i] = g_ascii_strtoull (groups[i] + strlen ("ITU-T SG"), NULL, 10);
      qsort (numbers, n, sizeof (guint64), compare_numbers);
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (text, _(", "));
          g_string_append_printf (text, "%" G_GUINT64_FORMAT, numbers[i]);
        }
      /* Translators: study groups named by a stated count, "SGs 11, 13, 17" */
      return g_strdup_printf (_("SGs %s"), text->str);
    }

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, _(", "));
      g_string_append (text, groups[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
section_label (const char *section)
{
  if (section == NULL || section[0] == '\0' || g_str_equal (section, "summary"))
    return g_strdup (_("Summary"));
  /* Translators: a report section in a short chart label, "§2.1" */
  return g_strdup_printf (_("§%s"), section);
}

/* A short label for a stated count: where, what, by whom.
 * "§2.1 Recommendations approved, SGs 11, 13, 17". */
static char *
stated_label (RptStatedCount *count,
              gboolean        with_report)
{
  g_autofree char *where = section_label (rpt_stated_count_get_section (count));
  g_autofree char *status = NULL;
  g_autofree char *groups = groups_label (rpt_stated_count_get_groups (count));
  g_autofree char *what = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RptReport *report = rpt_stated_count_get_report (count);

  status = g_utf8_strdown (rpt_status_get_label (rpt_stated_count_get_status (count)), -1);
  /* Translators: what a stated count counts, "Recommendations approved" */
  what = g_strdup_printf (C_("stated count", "%s %s"),
                          rpt_kind_get_plural_label (rpt_stated_count_get_kind (count)), status);

  if (with_report && report != NULL)
    {
      const char *label = rpt_report_get_label (report);

      g_string_append (text, label != NULL && label[0] != '\0' ? label : rpt_report_get_title (report));
      g_string_append (text, " · ");
    }
  g_string_append_printf (text, "%s %s", where, what);
  if (groups != NULL)
    {
      /* Translators: a stated count's groups after what it counts */
      g_string_append_printf (text, _(", %s"), groups);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rpt_charts_build_stated_counted:
 * @library: a library
 * @query: (nullable): the filters (report, group, kind, status, Resolution)
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * For every stated count ("In total, 22 Recommendations were approved by
 * ITU-T SGs 11, 13 and 17"), the stated figure (the reference) beside the
 * number of listed items the library counted (series "counted"), in
 * reporting order.  Category keys are "<report id>#<section>".  Totals
 * stated as "more than N" (a whole sector's approvals, which no report
 * lists) are not drawn but named in the note, so that they do not flatten
 * the other bars.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_stated_counted (RptLibrary  *library,
                                 RptQuery    *query,
                                 char       **note,
                                 GError     **error)
{
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RptChart *chart;
  gint64 first_report = -1;
  gboolean several_reports = FALSE;
  g_autoptr(GString) totals = g_string_new (NULL);
  guint n, n_differ = 0, n_drawn = 0;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  counts = rpt_library_list (library, RPT_LIST_STATED_COUNTS, query, error);
  if (counts == NULL)
    return NULL;

  n = g_list_model_get_n_items (counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptStatedCount) count = g_list_model_get_item (counts, i);
      RptReport *report = rpt_stated_count_get_report (count);
      gint64 id = report != NULL ? rpt_report_get_id (report) : 0;

      if (rpt_stated_count_get_at_least (count))
        continue;
      if (first_report < 0)
        first_report = id;
      else if (id != first_report)
        several_reports = TRUE;
    }

  chart = rpt_chart_new (RPT_CHART_STATED_COUNTED, _("Stated versus counted"));
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Stated count"), _("Texts"));
  rpt_chart_add_series (chart, _("Counted in the lists"), "counted");
  rpt_chart_set_reference_label (chart, _("Stated in the text"), "stated");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptStatedCount) count = g_list_model_get_item (counts, i);
      RptReport *report = rpt_stated_count_get_report (count);
      g_autofree char *label = stated_label (count, several_reports);
      g_autofree char *key = NULL;
      guint category;

      /* "More than 330 … were approved" is a total for a whole sector that
       * no report lists one by one: on the same axis it would flatten every
       * other bar.  It goes into the note instead. */
      if (rpt_stated_count_get_at_least (count))
        {
          g_autofree char *where = section_label (rpt_stated_count_get_section (count));

          if (totals->len > 0)
            g_string_append (totals, _("; "));
          /* Translators: a sector-wide total in the note of the stated-versus-counted
           * chart: "more than 330 (§2, since 2022; 50 listed)" */
          g_string_append_printf (totals, ngettext ("%s (%s, %s; %'u listed)", "%s (%s, %s; %'u listed)",
                                                    rpt_stated_count_get_counted (count)),
                                  rpt_stated_count_get_count_label (count), where,
                                  report != NULL ? rpt_report_get_label (report) : "",
                                  rpt_stated_count_get_counted (count));
          continue;
        }
      n_drawn++;

      key = g_strdup_printf ("%" G_GINT64_FORMAT "#%s",
                             report != NULL ? rpt_report_get_id (report) : 0,
                             rpt_stated_count_get_section (count) ? rpt_stated_count_get_section (count) : "");
      category = rpt_chart_add_category (chart, label, key);
      /* The report's own sentence, for the tooltip and screen readers. */
      rpt_chart_set_category_description (chart, category, rpt_stated_count_get_quote (count));
      rpt_chart_set_value (chart, category, 0, rpt_stated_count_get_counted (count));
      rpt_chart_set_reference (chart, category, rpt_stated_count_get_count (count));

      if (rpt_stated_count_get_counted (count) != rpt_stated_count_get_count (count))
        n_differ++;
    }

  if (n_drawn > 0)
    g_string_append_printf (text,
                            /* Translators: under the stated-versus-counted chart */
                            ngettext ("%u of %u stated count differs from the items the report lists.",
                                      "%u of %u stated counts differ from the items the report lists.",
                                      n_drawn),
                            n_differ, n_drawn);
  if (totals->len > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: %s lists totals such as "more than 330 (§2, since 2022; 50 listed)" */
      g_string_append_printf (text, _("Sector-wide totals, not drawn: %s."), totals->str);
    }
  set_note (note, text->str);

  return chart;
}

/**
 * rpt_charts_build_group_chart:
 * @library: a library
 * @group_id: a group ("ITU-T SG17")
 * @error: return location for an error
 *
 * The small chart of a group's page: its deliverables per report (in order
 * of period), stacked by status.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_group_chart (RptLibrary  *library,
                              const char  *group_id,
                              GError     **error)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(RptCountTable) table = NULL;
  g_autofree char *title = NULL;
  RptChart *chart;
  guint left_out;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (group_id != NULL, NULL);

  rpt_query_set_group (query, group_id);
  table = rpt_library_count_mentions (library, query, RPT_DIMENSION_REPORT, RPT_DIMENSION_STATUS,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  /* Translators: the chart on a group's page, "ITU-T SG17 by report" */
  title = g_strdup_printf (_("Deliverables of %s per report"), group_id);
  chart = rpt_chart_new (RPT_CHART_STACKED_BARS, title);
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Report"), _("Deliverables"));
  fill_stacked (chart, table, TRUE, &left_out);

  return chart;
}

/**
 * rpt_charts_build_resolution_chart:
 * @library: a library
 * @key: a Resolution ("PP 101")
 * @error: return location for an error
 *
 * The small chart of a Resolution's page: the deliverables reported under
 * it, per group, stacked by status (texts whose report names no group are
 * in a last "No group stated" row).
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build_resolution_chart (RptLibrary  *library,
                                   const char  *key,
                                   GError     **error)
{
  g_autoptr(RptQuery) query = rpt_query_new ();
  g_autoptr(RptCountTable) table = NULL;
  g_autofree char *title = NULL;
  RptChart *chart;
  guint left_out;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  rpt_query_set_resolution (query, key);
  table = rpt_library_count_mentions (library, query, RPT_DIMENSION_GROUP, RPT_DIMENSION_STATUS,
                                      RPT_COUNT_DISTINCT, error);
  if (table == NULL)
    return NULL;

  /* Translators: the chart on a Resolution's page, "Deliverables under PP 101 per group" */
  title = g_strdup_printf (_("Deliverables under %s per group"), key);
  chart = rpt_chart_new (RPT_CHART_STACKED_BARS, title);
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, _("Group"), _("Deliverables"));
  fill_stacked (chart, table, TRUE, &left_out);

  return chart;
}

/**
 * rpt_charts_build:
 * @topic: which chart
 * @library: a library
 * @query: (nullable): the filters; for %RPT_CHARTS_GROUP its group and for
 *   %RPT_CHARTS_RESOLUTION its Resolution say which
 * @note: (out) (optional) (nullable) (transfer full): a note for the reader
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL on error
 */
RptChart *
rpt_charts_build (RptChartsTopic   topic,
                  RptLibrary      *library,
                  RptQuery        *query,
                  char           **note,
                  GError         **error)
{
  const char *key;

  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);

  set_note (note, NULL);

  switch (topic)
    {
    case RPT_CHARTS_BY_GROUP:
      return rpt_charts_build_by_group (library, query, note, error);
    case RPT_CHARTS_BY_PERIOD:
      return rpt_charts_build_by_period (library, query, note, error);
    case RPT_CHARTS_BY_SERIES:
      return rpt_charts_build_by_series (library, query, note, error);
    case RPT_CHARTS_BY_KIND:
      return rpt_charts_build_by_kind (library, query, note, error);
    case RPT_CHARTS_STATED_COUNTED:
      return rpt_charts_build_stated_counted (library, query, note, error);
    case RPT_CHARTS_GROUP:
      g_return_val_if_fail (query != NULL, NULL);
      key = rpt_query_get_group (query);
      g_return_val_if_fail (key != NULL, NULL);
      return rpt_charts_build_group_chart (library, key, error);
    case RPT_CHARTS_RESOLUTION:
      g_return_val_if_fail (query != NULL, NULL);
      key = rpt_query_get_resolution (query);
      g_return_val_if_fail (key != NULL, NULL);
      return rpt_charts_build_resolution_chart (library, key, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
rpt_charts_topic_get_dimensions (RptChartsTopic  topic,
                                 RptDimension   *category,
                                 RptDimension   *series)
{
  RptDimension c = RPT_DIMENSION_NONE;
  RptDimension s = RPT_DIMENSION_NONE;

  switch (topic)
    {
    case RPT_CHARTS_BY_GROUP:
    case RPT_CHARTS_RESOLUTION:
      c = RPT_DIMENSION_GROUP;
      s = RPT_DIMENSION_STATUS;
      break;
    case RPT_CHARTS_BY_PERIOD:
      c = RPT_DIMENSION_REPORT;
      s = RPT_DIMENSION_GROUP;
      break;
    case RPT_CHARTS_BY_SERIES:
      c = RPT_DIMENSION_SERIES;
      s = RPT_DIMENSION_STATUS;
      break;
    case RPT_CHARTS_BY_KIND:
      c = RPT_DIMENSION_KIND;
      s = RPT_DIMENSION_STATUS;
      break;
    case RPT_CHARTS_GROUP:
      c = RPT_DIMENSION_REPORT;
      s = RPT_DIMENSION_STATUS;
      break;
    case RPT_CHARTS_STATED_COUNTED:
    default:
      break;
    }

  if (category != NULL)
    *category = c;
  if (series != NULL)
    *series = s;
}

/**
 * rpt_charts_topic_get_title:
 *
 * Returns: (transfer none): a short name of the chart, for menus and
 *   accessible names of controls next to it
 */
const char *
rpt_charts_topic_get_title (RptChartsTopic topic)
{
  switch (topic)
    {
    case RPT_CHARTS_BY_GROUP: return _("Approvals per study group");
    case RPT_CHARTS_BY_PERIOD: return _("Approvals per report period");
    case RPT_CHARTS_BY_SERIES: return _("Approvals by series");
    case RPT_CHARTS_BY_KIND: return _("Approvals by kind");
    case RPT_CHARTS_STATED_COUNTED: return _("Stated versus counted");
    case RPT_CHARTS_GROUP: return _("Deliverables per report");
    case RPT_CHARTS_RESOLUTION: return _("Deliverables per group");
    default: return "";
    }
}

/**
 * rpt_charts_parse_stated_key:
 * @key: a category key of the stated-versus-counted chart
 * @report_id: (out) (optional): the report
 * @section: (out) (optional) (transfer full): the section ("2.1", "summary")
 *
 * Returns: %TRUE when @key is "<report id>#<section>"
 */
gboolean
rpt_charts_parse_stated_key (const char  *key,
                             gint64      *report_id,
                             char       **section)
{
  const char *hash;
  char *end = NULL;
  gint64 id;

  if (key == NULL || (hash = strchr (key, '#')) == NULL || hash == key)
    return FALSE;

  id = g_ascii_strtoll (key, &end, 10);
  if (end != hash || id <= 0)
    return FALSE;

  if (report_id != NULL)
    *report_id = id;
  if (section != NULL)
    *section = g_strdup (hash + 1);
  return TRUE;
}

/**
 * rpt_charts_apply_bar:
 * @topic: the chart's topic
 * @query: the filters the chart was made with; the bar's are added
 * @category_key: (nullable): the bar's category key
 * @series_key: (nullable): the bar's series key
 *
 * Narrows @query to what one bar counts, for the list it opens.  Empty keys
 * set nothing.  The five approval statuses of a bar without a status (a
 * per-period bar) cannot be one list filter: that list shows every status.
 *
 * Returns: %FALSE for a topic whose bars are no list (stated versus counted:
 *   open the report section, see rpt_charts_parse_stated_key())
 */
gboolean
rpt_charts_apply_bar (RptChartsTopic  topic,
                      RptQuery       *query,
                      const char     *category_key,
                      const char     *series_key)
{
  RptDimension category, series;

  g_return_val_if_fail (RPT_IS_QUERY (query), FALSE);

  if (topic == RPT_CHARTS_STATED_COUNTED)
    return FALSE;

  rpt_charts_topic_get_dimensions (topic, &category, &series);

  g_object_freeze_notify (G_OBJECT (query));
  if (category != RPT_DIMENSION_NONE && category_key != NULL && category_key[0] != '\0')
    rpt_query_set_dimension_value (query, category, category_key);
  if (series != RPT_DIMENSION_NONE && series_key != NULL && series_key[0] != '\0')
    rpt_query_set_dimension_value (query, series, series_key);
  g_object_thaw_notify (G_OBJECT (query));

  return TRUE;
}
