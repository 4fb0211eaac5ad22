/* rpt-pdf-reader.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-formats"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "rpt-formats.h"
#include "rpt-pdf-reader.h"

/* A PDF has no paragraphs, only positioned lines.  Poppler gives the lines
 * of each page in reading order with a box per character; from the boxes we
 * rebuild what the parser needs:
 *  - running headers and footers (the same line, digits aside, near the top
 *    or bottom of most pages) are dropped, page numbers with them;
 *  - a line joins the one before it unless there is extra space between
 *    them, the font size changes, it starts with a section number or a
 *    bullet, or the line before ended early (its next word would have fit);
 *  - a section number or bullet followed by a wide gap (a tab stop in the
 *    original) becomes "2.1.3<TAB>" / "·<TAB>", any other gap much wider
 *    than a space a TAB (table cells);
 *  - pieces of one printed line are put back together and the lines of a
 *    page read top to bottom (reports are set in one column);
 *  - small raised digits glued to a word become "[footnoteRef:N]", and a
 *    small-print line at the foot of the page starting with a number is the
 *    note "[N: text]", in its own line after the page's last paragraph;
 *  - a hyphen at the end of a line is kept and the next line joins without
 *    a space ("ITU-" + "T"), unless the document itself spells the word
 *    without the hyphen elsewhere and never with it: then it was a
 *    hyphenation. */

typedef struct
{
  char *text;          /* without the final newline */
  PopplerRectangle *boxes; /* one per character of text, or NULL */
  guint n_boxes;
  double x1, y1, x2, y2; /* of the visible characters */
  double height;       /* median character height: the font size, roughly */
  guint page;
  gboolean dropped;    /* running header or footer */
  guint lead_digits;   /* bytes of a raised number starting the line */
  guint note;          /* the footnote this line starts, or 0 */
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->text);
  g_free (line->boxes);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values,
        double  fallback)
{
  if (values->len == 0)
    return fallback;
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

static void
measure_line (Line *line)
{
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  const char *p = line->text;
  gboolean any = FALSE;

  line->x1 = line->y1 = G_MAXDOUBLE;
  line->x2 = line->y2 = -G_MAXDOUBLE;

  for (guint i = 0; i < line->n_boxes && *p; i++, p = g_utf8_next_char (p))
    {
      const PopplerRectangle *r = &line->boxes[i];
      double h = r->y2 - r->y1;

      if (g_unichar_isspace (g_utf8_get_char (p)))
        continue;
      any = TRUE;
      line->x1 = MIN (line->x1, r->x1);
      line->y1 = MIN (line->y1, r->y1);
      line->x2 = MAX (line->x2, r->x2);
      line->y2 = MAX (line->y2, r->y2);
      g_array_append_val (heights, h);
    }

  if (!any)
    {
      line->x1 = line->y1 = line->x2 = line->y2 = 0;
      line->height = 0;
      return;
    }
  line->height = median (heights, 10);
}

static void merge_same_baseline (GArray *lines,
                                 guint   first);

/* Top to bottom, then left to right on the same baseline.  Poppler's own
 * order reads a table column by column and the numbers in the margin apart
 * from their paragraphs; ITU reports are set in one column, so the printed
 * order is the reading order. */
static int
compare_lines (gconstpointer pa,
               gconstpointer pb)
{
  const Line *a = pa;
  const Line *b = pb;
  double h = MIN (a->height, b->height);

  if (a->boxes == NULL || b->boxes == NULL)
    return 0;
  if (fabs (a->y2 - b->y2) > MAX (h, 1) * 0.3)
    return a->y2 < b->y2 ? -1 : 1;
  return a->x1 < b->x1 ? -1 : a->x1 > b->x1;
}

static void
sort_page (GArray *lines,
           guint   first)
{
  if (lines->len - first < 2)
    return;
  g_qsort_with_data (&g_array_index (lines, Line, first), lines->len - first, sizeof (Line),
                     (GCompareDataFunc) compare_lines, NULL);
}

/* A gap much wider than a word space inside a line is a tab stop or a
 * table column in the original: it becomes one TAB (MoU/MG reports put
 * "CODE<TAB>topic<TAB>text" rows in tables). */
static void
mark_tabs (Line *line)
{
  GString *text;
  GArray *boxes;
  const char *p;
  int last = -1;
  guint i = 0;

  if (line->boxes == NULL || line->height <= 0)
    return;

  text = g_string_new (NULL);
  boxes = g_array_new (FALSE, FALSE, sizeof (PopplerRectangle));
  p = line->text;
  while (*p && i < line->n_boxes)
    {
      const char *run = p;
      guint run_start = i;

      while (*p && i < line->n_boxes && g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          i++;
        }

      if (*p == '\0' || i >= line->n_boxes)
        {
          g_string_append_len (text, run, p - run);
          g_array_append_vals (boxes, line->boxes + run_start, i - run_start);
          break;
        }

      if (last >= 0 && line->boxes[i].x1 - line->boxes[last].x2 > line->height * 1.5)
        {
          PopplerRectangle tab = line->boxes[last];

          tab.x1 = tab.x2;
          g_string_append_c (text, '\t');
          g_array_append_val (boxes, tab);
        }
      else
        {
          g_string_append_len (text, run, p - run);
          g_array_append_vals (boxes, line->boxes + run_start, i - run_start);
        }

      g_string_append_unichar (text, g_utf8_get_char (p));
      g_array_append_val (boxes, line->boxes[i]);
      last = i;
      p = g_utf8_next_char (p);
      i++;
    }

  g_free (line->text);
  line->text = g_string_free (text, FALSE);
  g_free (line->boxes);
  line->n_boxes = boxes->len;
  line->boxes = (PopplerRectangle *) (gpointer) g_array_free (boxes, FALSE);
}

static gboolean
is_raised (const Line             *line,
           const PopplerRectangle *box)
{
  double h = line->height;

  return box->y2 - box->y1 < h * 0.8 && box->y2 < line->y2 - h * 0.15;
}

/* Footnote references are small raised digits glued to a word
 * ("texts¹"); read as text they would change "Y.3100¹" into "Y.31001".
 * They become "[footnoteRef:1]", as in the converted reports.  Raised
 * digits that start a line are a footnote's own number: remembered in
 * lead_digits for the footnote test that needs the whole document. */
static void
mark_note_refs (Line *line)
{
  GString *text;
  GArray *boxes;
  const char *p;
  guint i = 0;
  int last = -1; /* index of the last visible character copied */

  if (line->boxes == NULL || line->height <= 0)
    return;

  text = g_string_new (NULL);
  boxes = g_array_new (FALSE, FALSE, sizeof (PopplerRectangle));
  p = line->text;
  line->lead_digits = 0;
  while (*p && i < line->n_boxes)
    {
      const char *q = p;
      guint j = i;

      while (g_ascii_isdigit (*q) && j < line->n_boxes && is_raised (line, &line->boxes[j]))
        {
          q++;
          j++;
        }

      if (j > i && last < 0)
        line->lead_digits = q - p;
      else if (j > i && j - i <= 3 && (*q == '\0' || !g_ascii_isdigit (*q)) &&
               line->boxes[i].x1 - line->boxes[last].x2 < line->height * 0.3)
        {
          g_autofree char *marker = g_strdup_printf ("[footnoteRef:%.*s]", (int) (q - p), p);

          /* Poppler puts a space before a smaller font; the number is
           * glued to its word all the same. */
          while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
            {
              g_string_truncate (text, text->len - 1);
              g_array_set_size (boxes, boxes->len - 1);
            }
          g_string_append (text, marker);
          for (const char *m = marker; *m; m++)
            g_array_append_val (boxes, line->boxes[i]);
          p = q;
          i = j;
          last = j - 1;
          continue;
        }

      if (!g_unichar_isspace (g_utf8_get_char (p)))
        last = i;
      q = g_utf8_next_char (p);
      g_string_append_len (text, p, q - p);
      g_array_append_val (boxes, line->boxes[i]);
      p = q;
      i++;
    }

  g_free (line->text);
  line->text = g_string_free (text, FALSE);
  g_free (line->boxes);
  line->n_boxes = boxes->len;
  line->boxes = (PopplerRectangle *) (gpointer) g_array_free (boxes, FALSE);
}

/* Footnotes: lines in a smaller size than the body, in the lower half of
 * the page, starting with a number (raised, or followed by a space). */
static void
find_notes (GArray       *lines,
            const double *page_heights)
{
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  double body;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->boxes != NULL && !line->dropped)
        g_array_append_val (heights, line->height);
    }
  body = median (heights, 0);
  if (body <= 0)
    return;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      const char *p = line->text;
      guint digits = 0;
      guint64 number;

      if (line->boxes == NULL || line->dropped || line->height >= body * 0.88 ||
          line->y1 < page_heights[line->page] * 0.5)
        continue;

      while (g_ascii_isdigit (p[digits]))
        digits++;
      if (digits == 0 || digits > 3)
        continue;
      if (line->lead_digits != digits && !g_ascii_isspace (p[digits]))
        continue;

      number = g_ascii_strtoull (p, NULL, 10);
      if (number == 0)
        continue;
      line->note = (guint) number;
    }
}

/* Splits a page's text into lines, each with its character boxes. */
static void
read_page (PopplerPage *page,
           guint        page_number,
           GArray      *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *boxes = NULL;
  guint n_boxes = 0;
  gboolean have_boxes;
  const char *p, *start;
  guint index = 0, start_index = 0;

  guint first = lines->len;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    return;

  have_boxes = poppler_page_get_text_layout (page, &boxes, &n_boxes) &&
               n_boxes == (guint) g_utf8_strlen (text, -1);

  for (p = start = text;; p = g_utf8_next_char (p), index++)
    {
      if (*p == '\n' || *p == '\0')
        {
          Line line = { 0, };

          line.text = g_strndup (start, p - start);
          g_strchomp (line.text);
          line.page = page_number;
          if (have_boxes)
            {
              line.n_boxes = index - start_index;
              line.boxes = g_memdup2 (boxes + start_index, sizeof (PopplerRectangle) * line.n_boxes);
              measure_line (&line);
              mark_tabs (&line);
            }
          if (line.text[0] != '\0')
            g_array_append_val (lines, line);
          else
            line_clear (&line);

          if (*p == '\0')
            break;
          start = p + 1;
          start_index = index + 1;
        }
    }

  sort_page (lines, first);
  merge_same_baseline (lines, first);
  for (guint i = first; i < lines->len; i++)
    mark_note_refs (&g_array_index (lines, Line, i));
}

/* @small is a raised piece of @big's line: a footnote number. */
static gboolean
raised_within (const Line *small,
               const Line *big)
{
  return small->height < big->height * 0.8 &&
         small->y1 >= big->y1 - big->height * 0.3 &&
         small->y2 < big->y2 &&
         small->x1 - big->x2 < big->height && big->x1 - small->x2 < big->height;
}

/* Poppler may give the pieces of one printed line as separate lines (a
 * number in the margin and its text at a tab stop, a bold run-in heading):
 * pieces on the same baseline, left to right, become one line again, with a
 * TAB where the gap is wide. */
static void
merge_same_baseline (GArray *lines,
                     guint   first)
{
  guint i = first;

  while (i + 1 < lines->len)
    {
      Line *a = &g_array_index (lines, Line, i);
      Line *b = &g_array_index (lines, Line, i + 1);
      double h = MAX (a->height, b->height);
      gboolean wide;
      PopplerRectangle sep;
      char *text;

      if (a->boxes == NULL || b->boxes == NULL || a->page != b->page || b->x1 < a->x2 ||
          (fabs (a->y2 - b->y2) > h * 0.3 && !raised_within (a, b) && !raised_within (b, a)))
        {
          i++;
          continue;
        }

      wide = b->x1 - a->x2 > h * 0.9;
      text = g_strconcat (a->text, wide ? "\t" : " ", b->text, NULL);
      sep = a->boxes[a->n_boxes - 1];
      sep.x1 = sep.x2;
      a->boxes = g_renew (PopplerRectangle, a->boxes, a->n_boxes + 1 + b->n_boxes);
      a->boxes[a->n_boxes] = sep;
      memcpy (a->boxes + a->n_boxes + 1, b->boxes, sizeof (PopplerRectangle) * b->n_boxes);
      a->n_boxes += 1 + b->n_boxes;
      g_free (a->text);
      a->text = text;
      measure_line (a);
      g_array_remove_index (lines, i + 1);
    }
}

/* Digits become '#' and spaces go, so that "Page 3 of 12" on one page and
 * "Page 10 of 12" on another are the same running line ("-3-" and
 * "- 10 -" too: poppler drops narrow spaces). */
static char *
running_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (g_ascii_isdigit (*p))
        {
          if (key->len == 0 || key->str[key->len - 1] != '#')
            g_string_append_c (key, '#');
          continue;
        }
      g_string_append_c (key, *p);
    }

  return g_string_free (key, FALSE);
}

static void
drop_running_lines (GArray       *lines,
                    guint         n_pages,
                    const double *page_heights)
{
  g_autoptr(GHashTable) pages_by_key = NULL;
  guint needed;

  /* One page has nothing to compare with. */
  if (n_pages < 2)
    return;
  needed = MAX (2, (n_pages + 1) / 2);

  pages_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < lines->len; i++)
      {
        Line *line = &g_array_index (lines, Line, i);
        double h = page_heights[line->page];
        g_autofree char *key = NULL;
        GHashTable *pages;
        gboolean in_margin;

        if (line->boxes == NULL)
          continue;
        in_margin = line->y2 < h * 0.12 || line->y1 > h * 0.88;
        if (!in_margin)
          continue;

        key = running_key (line->text);
        pages = g_hash_table_lookup (pages_by_key, key);
        if (pass == 0)
          {
            if (pages == NULL)
              {
                pages = g_hash_table_new (NULL, NULL);
                g_hash_table_insert (pages_by_key, g_strdup (key), pages);
              }
            g_hash_table_add (pages, GUINT_TO_POINTER (line->page + 1));
          }
        else if (pages != NULL && g_hash_table_size (pages) >= needed)
          line->dropped = TRUE;
      }
}

/* Words of the document, lower-cased, to decide line-end hyphens. */
static void
collect_words (GHashTable *words,
               const char *text)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t", -1);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      char *t = tokens[i];
      gsize len;

      while (*t && !g_unichar_isalnum (g_utf8_get_char (t)))
        t = g_utf8_next_char (t);
      len = strlen (t);
      while (len > 0 && !g_ascii_isalnum (t[len - 1]) && (t[len - 1] & 0x80) == 0)
        len--;
      if (len > 0)
        g_hash_table_add (words, g_utf8_strdown (t, len));
    }
}

/* Letters just before the final hyphen of @text, and just at the start of
 * @next. */
static gboolean
hyphen_is_soft (GHashTable *words,
                const char *text,
                gsize       hyphen,
                const char *next)
{
  gsize start = hyphen;
  gsize end = 0;
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *hyphenated = NULL;

  while (start > 0 && g_ascii_isalpha (text[start - 1]))
    start--;
  while (g_ascii_isalpha (next[end]))
    end++;
  if (start == hyphen || end == 0 || !g_ascii_islower (next[0]))
    return FALSE;

  head = g_ascii_strdown (text + start, hyphen - start);
  tail = g_ascii_strdown (next, end);
  joined = g_strconcat (head, tail, NULL);
  hyphenated = g_strconcat (head, "-", tail, NULL);

  return g_hash_table_contains (words, joined) && !g_hash_table_contains (words, hyphenated);
}

static gboolean
is_bullet (gunichar c)
{
  return c == 0x2022 || c == 0x00B7 || c == 0xF0B7 || c == 0x25AA || c == 0x25E6 ||
         c == 0x25A0 || c == 0x2023 || c == 0x2043 || c == 0xF0A7 || c == 0x2013 || c == '-';
}

/* Horizontal space between character @i and the next visible one after
 * it, in points, or -1. */
static double
gap_after (const Line *line,
           guint       i,
           guint      *next)
{
  const char *p = g_utf8_offset_to_pointer (line->text, i + 1);
  guint j = i + 1;

  while (*p && j < line->n_boxes && g_unichar_isspace (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      j++;
    }
  if (*p == '\0' || j >= line->n_boxes)
    return -1;
  *next = j;
  return line->boxes[j].x1 - line->boxes[i].x2;
}

/* A leading section number ("2.1.3", "2.1.3.") or bullet followed by a wide
 * gap, a tab stop in the original: its byte length and the offset where the
 * text after it starts.  Poppler may put no space at all in the gap, and
 * a number may be followed by a text starting with digits, so the gap is
 * measured, not looked for in the text. */
static gboolean
find_label (const Line *line,
            gsize      *label_len,
            gsize      *text_start,
            gboolean   *bullet)
{
  const char *s = line->text;
  gunichar c = g_utf8_get_char (s);

  *bullet = is_bullet (c);
  if (!*bullet && !g_ascii_isdigit (*s))
    return FALSE;

  if (line->boxes == NULL)
    {
      /* Without boxes only an explicit tab or a run of spaces counts. */
      const char *p = g_utf8_next_char (s);
      const char *after;

      if (!*bullet)
        {
          p = s;
          while (g_ascii_isdigit (*p) || *p == '.')
            p++;
        }
      after = p;
      while (*after == ' ' || *after == '\t')
        after++;
      if (*after == '\0' || !(*p == '\t' || after - p >= 2))
        return FALSE;
      *label_len = p - s;
      *text_start = after - s;
      return TRUE;
    }

  for (guint i = 0; i < line->n_boxes && i < 24; i++)
    {
      const char *p = g_utf8_offset_to_pointer (s, i);
      gunichar ch = g_utf8_get_char (p);
      guint next = 0;
      double gap;

      if (*p == '\0')
        return FALSE;
      if (*bullet ? i > 0 : !(g_ascii_isdigit (ch) || (ch == '.' && i > 0)))
        return FALSE;
      if (ch == '.' && p[1] == '.')
        return FALSE;

      /* A word space is about a quarter of the font size; a tab stop
       * after a paragraph number is several times that. */
      gap = gap_after (line, i, &next);
      if (gap > line->height * (*bullet && c != '-' && c != 0x2013 ? 0.2 : 0.9))
        {
          *label_len = g_utf8_next_char (p) - s;
          *text_start = g_utf8_offset_to_pointer (s, next) - s;
          return TRUE;
        }
    }

  return FALSE;
}

static double
first_word_width (const Line *line)
{
  const char *p = line->text;
  guint i = 0;

  if (line->boxes == NULL || line->n_boxes == 0)
    return 0;
  while (*p && !g_ascii_isspace (*p) && i + 1 < line->n_boxes)
    {
      p = g_utf8_next_char (p);
      i++;
    }
  return line->boxes[i > 0 ? i - 1 : 0].x2 - line->boxes[0].x1;
}

static void
append_line_text (GString    *para,
                  const Line *line,
                  GHashTable *words)
{
  gsize label_len, text_start;
  gboolean bullet;

  if (para->len == 0)
    {
      if (line->note != 0)
        {
          const char *rest = line->text;

          while (g_ascii_isdigit (*rest))
            rest++;
          while (g_ascii_isspace (*rest))
            rest++;
          g_string_append_printf (para, "[%u: %s", line->note, rest);
        }
      else if (find_label (line, &label_len, &text_start, &bullet))
        {
          if (bullet)
            g_string_append (para, "·");
          else
            g_string_append_len (para, line->text, label_len);
          g_string_append_c (para, '\t');
          g_string_append (para, line->text + text_start);
        }
      else
        g_string_append (para, line->text);
      return;
    }

  while (para->len > 0 && g_ascii_isspace (para->str[para->len - 1]))
    g_string_truncate (para, para->len - 1);

  if (g_str_has_suffix (para->str, "\u00AD"))
    g_string_truncate (para, para->len - strlen ("\u00AD"));
  else if (para->len >= 2 && para->str[para->len - 1] == '-' &&
           !g_ascii_isspace (para->str[para->len - 2]))
    {
      /* A line that ends inside a word ("ITU-", "11073-", "status=-") is
       * a word broken after its own hyphen: no space. */
      if (hyphen_is_soft (words, para->str, para->len - 1, line->text))
        g_string_truncate (para, para->len - 1);
    }
  else
    g_string_append_c (para, ' ');

  g_string_append (para, line->text);
}

static gboolean
starts_paragraph (const Line *prev,
                  const Line *line,
                  gboolean    prev_is_first,
                  double      pitch,
                  double      right)
{
  gsize label_len, text_start;
  gboolean bullet;
  double h;

  if (line->note != 0)
    return TRUE;
  if (find_label (line, &label_len, &text_start, &bullet))
    return TRUE;
  if (prev->boxes == NULL || line->boxes == NULL)
    return TRUE;

  h = MAX (prev->height, line->height);
  if (fabs (prev->height - line->height) > h * 0.2)
    return TRUE;

  /* The line before ended although the first word of this one would have
   * fit: the writer ended the paragraph there. */
  if (right - prev->x2 > first_word_width (line) + h * 0.6)
    return TRUE;

  /* The lines of a paragraph line up; one that starts left of a
   * continuation line starts something new (the first line may have an
   * indent of its own). */
  if (!prev_is_first && line->x1 < prev->x1 - h)
    return TRUE;

  /* Across a page break only a finished sentence before and a capital
   * after tell that a new paragraph starts. */
  if (prev->page != line->page)
    {
      const char *end = prev->text + strlen (prev->text);
      gunichar last = end > prev->text ? g_utf8_get_char (g_utf8_prev_char (end)) : 0;

      return (last == '.' || last == ':' || last == ';') &&
             g_unichar_isupper (g_utf8_get_char (line->text));
    }

  /* Back up the page: a new column or a new text block. */
  if (line->y1 < prev->y1 - h * 0.5)
    return TRUE;

  /* More space than between the lines of a paragraph. */
  return line->y1 - prev->y1 > pitch * 1.3;
}

/* Typeset ligatures come out of some PDFs as one character ("ﬁnancial");
 * the parser wants the letters. */
static void
expand_ligatures (GString *text)
{
  static const char *ligatures[][2] = {
    { "\uFB00", "ff" }, { "\uFB01", "fi" }, { "\uFB02", "fl" },
    { "\uFB03", "ffi" }, { "\uFB04", "ffl" }, { "\uFB05", "st" }, { "\uFB06", "st" },
  };

  if (strstr (text->str, "\xEF\xAC") == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (ligatures); i++)
    g_string_replace (text, ligatures[i][0], ligatures[i][1], 0);
}

static void
flush_paragraph (GString *out,
                 GString *para,
                 gboolean note)
{
  if (para->len == 0)
    return;
  expand_ligatures (para);
  g_string_append (out, para->str);
  if (note)
    g_string_append_c (out, ']');
  g_string_append_c (out, '\n');
  g_string_truncate (para, 0);
}

char *
_rpt_pdf_read_text (GBytes        *bytes,
                    const char    *display_name,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) pitches = NULL;
  g_autoptr(GArray) rights = NULL;
  g_autoptr(GHashTable) words = NULL;
  g_autofree double *page_heights = NULL;
  GString *out;
  GString *para;
  const Line *prev = NULL;
  guint para_lines = 0;
  gboolean in_note = FALSE;
  double pitch, right;
  int n_pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_ENCRYPTED,
                     _("“%s” is protected by a password; open it, remove the password and save it again"),
                     display_name);
      else
        g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                     _("“%s” is damaged: it starts like a PDF document but cannot be read (%s)"),
                     display_name, local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_object_unref (document);
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_CORRUPT,
                   _("“%s” is damaged: the PDF document has no pages"), display_name);
      return NULL;
    }

  lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (lines, line_clear);
  page_heights = g_new0 (double, n_pages);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page;
      double width;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_object_unref (document);
          return NULL;
        }

      page = poppler_document_get_page (document, i);
      if (page == NULL)
        continue;
      poppler_page_get_size (page, &width, &page_heights[i]);
      read_page (page, i, lines);
      g_object_unref (page);
    }
  g_clear_object (&document);

  if (lines->len == 0)
    {
      g_set_error (error, RPT_FORMATS_ERROR, RPT_FORMATS_ERROR_NO_TEXT,
                   _("“%s” has no text to read: its pages are probably scanned images"),
                   display_name);
      return NULL;
    }

  drop_running_lines (lines, n_pages, page_heights);
  find_notes (lines, page_heights);

  /* The typical distance between the lines of a paragraph and the right
   * edge of the text. */
  pitches = g_array_new (FALSE, FALSE, sizeof (double));
  rights = g_array_new (FALSE, FALSE, sizeof (double));
  words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->dropped)
        continue;
      collect_words (words, line->text);
      if (line->boxes == NULL)
        continue;
      g_array_append_val (rights, line->x2);
      if (i > 0)
        {
          const Line *before = &g_array_index (lines, Line, i - 1);
          double d = line->y1 - before->y1;

          if (before->boxes != NULL && !before->dropped && before->page == line->page &&
              d > 0 && d < line->height * 3)
            g_array_append_val (pitches, d);
        }
    }
  pitch = median (pitches, 14);
  if (rights->len > 0)
    {
      g_array_sort (rights, compare_double);
      right = g_array_index (rights, double, (rights->len * 9) / 10);
    }
  else
    right = 0;

  out = g_string_new (NULL);
  para = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->dropped)
        continue;
      if (prev != NULL && starts_paragraph (prev, line, para_lines == 1, pitch, right))
        {
          flush_paragraph (out, para, in_note);
          para_lines = 0;
        }
      if (para_lines == 0)
        in_note = line->note != 0;
      append_line_text (para, line, words);
      para_lines++;
      prev = line;
    }
  flush_paragraph (out, para, in_note);
  g_string_free (para, TRUE);

  return g_string_free (out, FALSE);
}
