/* rpt-links.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-links"

#include "config.h"

#include <string.h>

#include "rpt-links.h"

/* A piece of the text that becomes a link or a highlight.  Spans are found
 * by several recognisers, then sorted and made disjoint: at one position the
 * longest span wins, and a span never cuts into the one before it. */
typedef struct
{
  gsize        start;
  gsize        end;
  RptLinkKind  kind;
  char        *key;        /* NULL: plain text kept out of the other spans */
  gboolean     highlight;
} Span;

static void
span_clear (gpointer data)
{
  Span *span = data;

  g_free (span->key);
}

static void
add_span (GArray      *spans,
          gsize        start,
          gsize        end,
          RptLinkKind  kind,
          const char  *key,
          gboolean     highlight)
{
  Span span = { start, end, kind, g_strdup (key), highlight };

  if (end > start)
    g_array_append_val (spans, span);
}

static int
span_compare (gconstpointer a,
              gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  /* Highlights first, then the longer span. */
  if (sa->highlight != sb->highlight)
    return sa->highlight ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end > sb->end ? -1 : 1;
  return 0;
}

static gboolean
accept (const RptLinkOptions *options,
        RptLinkKind           kind,
        const char           *key)
{
  return options->filter == NULL || options->filter (kind, key, options->user_data);
}

/* Deliverable ids: the id as the parser normalised it may be written with a
 * different spacing or spelling ("Y.1540 Amd 2", "Y.Sup.59", "J.1305Cor.1"),
 * so each id becomes a tolerant pattern: dots and spaces between its parts
 * are optional and interchangeable, and the nouns have their short forms. */
static char *
id_pattern (const char *id)
{
  GString *pattern = g_string_new ("(?<![\\w.])");
  const char *p = id;
  gboolean in_separator = FALSE;

  while (*p != '\0')
    {
      if (*p == '.' || *p == ' ')
        {
          if (!in_separator)
            g_string_append (pattern, "[.\\s]*");
          in_separator = TRUE;
          p++;
          continue;
        }
      in_separator = FALSE;

      if (g_ascii_strncasecmp (p, "Suppl", 5) == 0 && !g_ascii_isalpha (p[5]))
        {
          g_string_append (pattern, "Sup(?:pl(?:ement)?)?");
          p += 5;
        }
      else if (g_ascii_strncasecmp (p, "Amd", 3) == 0 && !g_ascii_isalpha (p[3]))
        {
          g_string_append (pattern, "Am(?:d|endment)");
          p += 3;
        }
      else if (g_ascii_strncasecmp (p, "Cor", 3) == 0 && !g_ascii_isalpha (p[3]))
        {
          g_string_append (pattern, "Cor(?:r|rigendum)?");
          p += 3;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *escaped = g_regex_escape_string (p, next - p);

          if (*p == '\\' || *p == '(' || *p == ')')
            /* "F.780.1 \(V2\)": some texts keep the escapes. */
            g_string_append (pattern, "\\\\?");
          g_string_append (pattern, escaped);
          p = next;
        }
    }

  g_string_append (pattern, "(?![\\w]|\\.\\w)");
  return g_string_free (pattern, FALSE);
}

static void
find_id (GArray     *spans,
         const char *text,
         const char *id,
         gboolean    highlight,
         gssize      highlight_offset)
{
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (int) * 2);
  guint best = 0;

  if (id == NULL || *id == '\0')
    return;

  pattern = id_pattern (id);
  regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
  if (regex == NULL)
    return;

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int pos[2];

      g_match_info_fetch_pos (match, 0, &pos[0], &pos[1]);
      g_array_append_vals (found, pos, 1);
      g_match_info_next (match, NULL);
    }

  if (!highlight)
    {
      for (guint i = 0; i < found->len; i++)
        {
          int *pos = &g_array_index (found, int, i * 2);

          add_span (spans, pos[0], pos[1], RPT_LINK_DELIVERABLE, id, FALSE);
        }
      return;
    }

  /* The occurrence at or nearest to the offset is the mention itself; the
   * others stay plain text (a page does not link to itself). */
  if (highlight_offset >= 0)
    {
      gssize best_distance = G_MAXSSIZE;

      for (guint i = 0; i < found->len; i++)
        {
          int *pos = &g_array_index (found, int, i * 2);
          gssize distance = ABS ((gssize) pos[0] - highlight_offset);

          if (distance < best_distance)
            {
              best_distance = distance;
              best = i;
            }
        }
    }

  for (guint i = 0; i < found->len; i++)
    {
      int *pos = &g_array_index (found, int, i * 2);

      add_span (spans, pos[0], pos[1], RPT_LINK_DELIVERABLE, i == best ? id : NULL, i == best);
    }
}

static GRegex *
get_regex (GRegex     **cache,
           const char  *pattern)
{
  if (g_once_init_enter (cache))
    {
      g_autoptr(GError) error = NULL;
      GRegex *regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);

      g_assert_no_error (error);
      g_once_init_leave (cache, regex);
    }
  return *cache;
}

/* A list of numbers after a noun: "11, 13 and 17".  Each number gets its
 * own span; the first one also covers what comes before it in the match
 * ("ITU-T SG11", "Resolution 101"), so that the link reads as a name. */
static void
add_number_list (GArray       *spans,
                 const char   *text,
                 gsize         match_start,
                 gsize         list_start,
                 gsize         list_end,
                 RptLinkKind   kind,
                 const char   *key_prefix,
                 const RptLinkOptions *options)
{
  gsize i = list_start;
  gboolean first = TRUE;

  while (i < list_end)
    {
      gsize start, end;
      g_autofree char *number = NULL;
      g_autofree char *key = NULL;

      if (!g_ascii_isdigit (text[i]))
        {
          i++;
          continue;
        }

      start = i;
      while (i < list_end && g_ascii_isdigit (text[i]))
        i++;
      end = i;

      number = g_strndup (text + start, end - start);
      key = g_strconcat (key_prefix, number, NULL);
      if (accept (options, kind, key))
        add_span (spans, first ? match_start : start, end, kind, key, FALSE);
      first = FALSE;
    }
}

#define ITU_DASH "(?:-|\\x{2010}|\\x{2011}|\\x{2013})"
#define NUMBER_LIST(digits) "(\\d{1," digits "}(?:(?:\\s*,\\s*|\\s*,?\\s*and\\s+|\\s*&\\s*)\\d{1," digits "}\\b)*)"

static void
find_groups (GArray               *spans,
             const char           *text,
             const RptLinkOptions *options)
{
  static GRegex *study_groups, *questions, *acronyms;
  g_autoptr(GMatchInfo) match = NULL;

  /* "ITU-T SG17", "SG 17", "Study Group 17", "SGs 11, 13 and 17",
   * "ITU-D Study Group 1". */
  get_regex (&study_groups,
             "\\b(?:ITU" ITU_DASH "([TDR])\\s+)?(?:SGs?|Study\\s+Groups?)\\s?-?" NUMBER_LIST ("2"));
  g_regex_match (study_groups, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *sector = g_match_info_fetch (match, 1);
      g_autofree char *prefix = NULL;
      int start, end, list_start, list_end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_match_info_fetch_pos (match, 2, &list_start, &list_end);
      prefix = g_strdup_printf ("ITU-%s SG", sector != NULL && *sector != '\0' ? sector : "T");
      add_number_list (spans, text, start, list_start, list_end, RPT_LINK_GROUP, prefix, options);
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  /* "Q6/20": Question 6 of Study Group 20. */
  get_regex (&questions, "\\bQ\\d{1,2}/(\\d{1,2})\\b");
  g_regex_match (questions, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *key = g_strconcat ("ITU-T SG", number, NULL);
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      if (accept (options, RPT_LINK_GROUP, key))
        add_span (spans, start, end, RPT_LINK_GROUP, key, FALSE);
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  /* "FG-AN", "ITU-T JCA-IoT", "TSAG". */
  get_regex (&acronyms,
             "\\b(?:ITU" ITU_DASH "T\\s+)?((?:FG|JCA)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|TSAG)\\b");
  g_regex_match (acronyms, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *key = NULL;
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      key = g_str_equal (name, "TSAG") ? g_strdup (name) : g_strconcat ("ITU-T ", name, NULL);
      if (accept (options, RPT_LINK_GROUP, key))
        add_span (spans, start, end, RPT_LINK_GROUP, key, FALSE);
      g_match_info_next (match, NULL);
    }
}

static gboolean
sentence_ends_between (const char *text,
                       gsize       start,
                       gsize       end)
{
  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '\n' || text[i] == ';')
        return TRUE;
      if (text[i] == '.' && (text[i + 1] == ' ' || text[i + 1] == '\n') &&
          i + 2 <= end && g_ascii_isupper (text[i + 2]))
        return TRUE;
    }
  return FALSE;
}

static void
find_resolutions (GArray               *spans,
                  const char           *text,
                  const RptLinkOptions *options)
{
  static GRegex *citations, *codes;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *last_body = NULL;
  gsize last_end = 0;

  /* "PP Resolution 101", "Plenipotentiary Conference (PP) Resolution 101",
   * "WTSA-20 Resolution 69", "Resolutions 101, 102, 133, 180 and 206",
   * "WTSA Res. 64".  "Resolution ITU-R 65" is a deliverable, not this. */
  get_regex (&citations,
             "\\b(?:(PP|Plenipotentiary|WTSA|WTDC|Council)(?:" ITU_DASH "\\d{2})?"
             "(?:\\s+Conference)?(?:\\s*\\(PP\\))?\\s+)?"
             "(?:Resolutions?|Res\\.)\\s+" NUMBER_LIST ("4"));
  g_regex_match (citations, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *body = g_match_info_fetch (match, 1);
      int start, end, list_start, list_end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_match_info_fetch_pos (match, 2, &list_start, &list_end);

      if (last_body != NULL && sentence_ends_between (text, last_end, start))
        g_clear_pointer (&last_body, g_free);

      if (body != NULL && *body != '\0')
        {
          g_free (last_body);
          last_body = g_str_equal (body, "Plenipotentiary") ? g_strdup ("PP") : g_strdup (body);
        }

      if (last_body != NULL || options->default_body != NULL)
        {
          g_autofree char *prefix = g_strconcat (last_body != NULL ? last_body : options->default_body, " ", NULL);

          add_number_list (spans, text, start, list_start, list_end, RPT_LINK_RESOLUTION, prefix, options);
        }

      last_end = end;
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  /* MoU/MG parts: "R09/06", "A21/01". */
  get_regex (&codes, "(?<![\\w/])([RA]\\d{2}/\\d{2})(?![\\w/])");
  g_regex_match (codes, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *code = g_match_info_fetch (match, 1);
      g_autofree char *key = g_strconcat ("MoU/MG ", code, NULL);
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      if (accept (options, RPT_LINK_RESOLUTION, key))
        add_span (spans, start, end, RPT_LINK_RESOLUTION, key, FALSE);
      g_match_info_next (match, NULL);
    }
}

static void
append_escaped (GString    *markup,
                const char *text,
                gsize       length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (markup, escaped);
}

/**
 * rpt_links_markup:
 * @text: report text (UTF-8)
 * @options: (nullable): what to link and highlight
 *
 * Turns report text into Pango markup for a GtkLabel: the deliverables,
 * groups and Resolutions it names become `rapporteur:` links and one
 * mention may be highlighted.  All text is escaped.
 *
 * Returns: (transfer full): the markup
 */
char *
rpt_links_markup (const char           *text,
                  const RptLinkOptions *options)
{
  static const RptLinkOptions defaults = RPT_LINK_OPTIONS_INIT;
  g_autoptr(GArray) spans = NULL;
  GString *markup;
  gsize position = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_array_set_clear_func (spans, span_clear);

  if (options->highlight_id != NULL)
    find_id (spans, text, options->highlight_id, TRUE, options->highlight_offset);

  for (guint i = 0; options->deliverable_ids != NULL && options->deliverable_ids[i] != NULL; i++)
    {
      const char *id = options->deliverable_ids[i];
      gboolean seen = FALSE;

      if (g_strcmp0 (id, options->highlight_id) == 0)
        continue;
      /* One id may be listed once per mention. */
      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (options->deliverable_ids[j], id);
      if (!seen && accept (options, RPT_LINK_DELIVERABLE, id))
        find_id (spans, text, id, FALSE, -1);
    }

  if (options->link_groups)
    find_groups (spans, text, options);
  if (options->link_resolutions)
    find_resolutions (spans, text, options);

  g_array_sort (spans, span_compare);

  markup = g_string_sized_new (strlen (text) + 64 * spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);
      g_autofree char *uri = NULL;
      g_autofree char *escaped_uri = NULL;

      if (span->start < position)
        continue;

      append_escaped (markup, text + position, span->start - position);

      if (span->highlight)
        {
          g_string_append (markup, "<span weight=\"bold\"");
          if (options->highlight_color != NULL)
            g_string_append_printf (markup, " background=\"%s\" bgalpha=\"35%%\"", options->highlight_color);
          g_string_append (markup, ">");
          append_escaped (markup, text + span->start, span->end - span->start);
          g_string_append (markup, "</span>");
        }
      else if (span->key != NULL)
        {
          uri = rpt_link_uri (span->kind, span->key);
          escaped_uri = g_markup_escape_text (uri, -1);
          g_string_append_printf (markup, "<a href=\"%s\">", escaped_uri);
          append_escaped (markup, text + span->start, span->end - span->start);
          g_string_append (markup, "</a>");
        }
      else
        append_escaped (markup, text + span->start, span->end - span->start);

      position = span->end;
    }
  append_escaped (markup, text + position, strlen (text + position));

  return g_string_free (markup, FALSE);
}

static char *
escape (const char *component)
{
  return g_uri_escape_string (component, NULL, FALSE);
}

/**
 * rpt_link_uri:
 * @kind: what the link points at
 * @key: its id or key
 *
 * Returns: (transfer full): `rapporteur:deliverable/X.1813` and the like
 */
char *
rpt_link_uri (RptLinkKind  kind,
              const char  *key)
{
  static const char *pages[] = { "deliverable", "group", "resolution" };
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (kind <= RPT_LINK_RESOLUTION, NULL);

  escaped = escape (key);
  return g_strconcat ("rapporteur:", pages[kind], "/", escaped, NULL);
}

/**
 * rpt_link_uri_for_report:
 * @report_id: the report's id in the library
 * @section: (nullable): a section number to scroll to
 *
 * Returns: (transfer full): `rapporteur:report/3#2.1.4`
 */
char *
rpt_link_uri_for_report (gint64      report_id,
                         const char *section)
{
  g_autofree char *escaped = NULL;

  if (section == NULL || *section == '\0')
    return g_strdup_printf ("rapporteur:report/%" G_GINT64_FORMAT, report_id);

  escaped = escape (section);
  return g_strdup_printf ("rapporteur:report/%" G_GINT64_FORMAT "#%s", report_id, escaped);
}

/**
 * rpt_link_uri_for_list:
 * @list: "deliverables", "groups" ...
 * @filter_key: (nullable): "group", "status", "kind", "series", "report",
 *   "resolution" or "q"
 * @filter_value: (nullable): its value
 *
 * Returns: (transfer full): `rapporteur:deliverables?series=X`
 */
char *
rpt_link_uri_for_list (const char *list,
                       const char *filter_key,
                       const char *filter_value)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (list != NULL, NULL);

  if (filter_key == NULL || filter_value == NULL)
    return g_strconcat ("rapporteur:", list, NULL);

  escaped = escape (filter_value);
  return g_strconcat ("rapporteur:", list, "?", filter_key, "=", escaped, NULL);
}

/**
 * rpt_link_navigate:
 * @widget: a widget inside the window
 * @uri: a `rapporteur:` URI
 *
 * Returns: %TRUE when a window took the navigation
 */
gboolean
rpt_link_navigate (GtkWidget  *widget,
                   const char *uri)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  return gtk_widget_activate_action (widget, "win.navigate", "s", uri);
}

gboolean
rpt_link_on_activate_link (GtkLabel   *label,
                           const char *uri,
                           gpointer    user_data)
{
  if (!g_str_has_prefix (uri, "rapporteur:"))
    return FALSE;

  rpt_link_navigate (GTK_WIDGET (label), uri);
  return TRUE;
}
