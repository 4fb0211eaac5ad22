/* rpt-corpus-text.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <string.h>

#include "rpt-corpus-private.h"

/* Text clean-up before any parsing (docs/extraction-rules.md, "Text
 * clean-up").  Everything here is a single forward pass over the bytes:
 * plain runs are copied with memcpy, only a handful of bytes start a
 * special case, and no look-ahead goes further than a bounded window, so
 * the cost stays linear even on one 10 MB line. */

/* How far a bracket may be from its partner.  Word noise and links are
 * short; a bound keeps a line full of '[' from becoming quadratic. */
#define BRACKET_WINDOW 4096

static const guint16 cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

char *
_rpt_corpus_from_cp1252 (const char *data,
                         gsize       length,
                         gsize      *n_undefined,
                         gsize      *n_control)
{
  char *out = g_malloc (length * 3 + 1);
  char *o = out;
  gsize undefined = 0, control = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];
      gunichar u;

      if (c < 0x80)
        {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            control++;
          *o++ = (char) c;
          continue;
        }
      if (c < 0xA0)
        {
          u = cp1252_high[c - 0x80];
          if (u == 0xFFFD)
            undefined++;
        }
      else
        u = c;
      o += g_unichar_to_utf8 (u, o);
    }
  *o = '\0';

  if (n_undefined != NULL)
    *n_undefined = undefined;
  if (n_control != NULL)
    *n_control = control;
  return out;
}

/* Brackets are looked for with cached positions of the next ']' and the
 * next line end, so that a line full of '[' stays linear. */
typedef struct
{
  const char *end;
  const char *next_close;   /* next ']' at or after the last query, or end */
  const char *next_nl;      /* next '\n', or end */
} Brackets;

static const char *
next_close_from (Brackets   *b,
                 const char *p)
{
  if (b->next_close < p)
    {
      b->next_close = memchr (p, ']', b->end - p);
      if (b->next_close == NULL)
        b->next_close = b->end;
    }
  if (b->next_nl < p)
    {
      b->next_nl = memchr (p, '\n', b->end - p);
      if (b->next_nl == NULL)
        b->next_nl = b->end;
    }
  if (b->next_close == b->end || b->next_close > b->next_nl || b->next_close - p > BRACKET_WINDOW)
    return NULL;
  return b->next_close;
}

/* The ']' that closes the '[' at @open, counting nesting (at most a few
 * levels), on the same line and within the window; or NULL. */
static const char *
matching_bracket (Brackets   *b,
                  const char *open)
{
  int depth = 0;
  const char *limit;

  if (next_close_from (b, open + 1) == NULL)
    return NULL;
  limit = MIN (b->next_nl, open + BRACKET_WINDOW);
  for (const char *p = open; p < limit; p++)
    {
      if (*p == '[')
        {
          if (++depth > 8)
            return NULL;
        }
      else if (*p == ']' && --depth == 0)
        return p;
    }
  return NULL;
}

/* The ')' of a link target "(#)" or "(https://…)": no spaces, no brackets. */
static const char *
link_target_end (const char *p,
                 const char *end)
{
  const char *limit = p + MIN ((gsize) (end - p), (gsize) BRACKET_WINDOW);

  for (const char *q = p + 1; q < limit; q++)
    {
      if (*q == ')')
        return q;
      if (*q == ' ' || *q == '\n' || *q == '\t' || *q == '[' || *q == ']' || *q == '(')
        return NULL;
    }
  return NULL;
}

static gboolean
is_space_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

char *
_rpt_corpus_clean (const char *text,
                   gsize       length,
                   gsize      *out_length)
{
  /* Bytes that may start something to rewrite. */
  static gboolean special[256];
  static gsize special_init = 0;
  const char *p = text;
  const char *end = text + length;
  char *out = g_malloc (length + 2);
  char *o = out;
  /* Closing brackets of markdown links whose '[' was dropped, with the end
   * of their "(target)". */
  const char *link_close[8];
  const char *link_skip[8];
  guint n_links = 0;
  Brackets brackets = { end, NULL, NULL };

  if (g_once_init_enter (&special_init))
    {
      special['['] = TRUE;
      special[']'] = TRUE;
      special['\\'] = TRUE;
      special['*'] = TRUE;
      special['\r'] = TRUE;
      special[0xC2] = TRUE;
      special[0xE2] = TRUE;
      special[0xEF] = TRUE;
      for (int c = 0; c < 0x20; c++)
        if (c != '\n' && c != '\t')
          special[c] = TRUE;
      g_once_init_leave (&special_init, 1);
    }

  /* A byte-order mark is not text. */
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *run = p;
      guchar c;

      /* eight bytes at a time while they are plain printable ASCII other
       * than '[', ']', '\\' and '*' (none of them special) */
      for (;;)
        {
          const char *lim;

          while (end - p >= 8)
            {
              guint64 v, a, b, c3, d;
              const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
              const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

              memcpy (&v, p, 8);
              a = v ^ (ones * '[');
              b = v ^ (ones * ']');
              c3 = v ^ (ones * '\\');
              d = v ^ (ones * '*');
              if (((v | ((v - ones * 0x20) & ~v) |
                    ((a - ones) & ~a) | ((b - ones) & ~b) |
                    ((c3 - ones) & ~c3) | ((d - ones) & ~d)) & highs) != 0)
                break;
              p += 8;
            }
          lim = p + MIN ((gsize) (end - p), (gsize) 8);
          while (p < lim && !special[(guchar) *p])
            p++;
          if (p < lim || p >= end)
            break;
        }
      if (p > run)
        {
          memcpy (o, run, p - run);
          o += p - run;
        }
      if (p >= end)
        break;

      c = (guchar) *p;
      switch (c)
        {
        case '\r':
          *o++ = '\n';
          p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
          break;

        case '[':
          {
            const char *close;

            if (end - p > 11 && memcmp (p, "[bookmark: ", 11) == 0 &&
                (close = next_close_from (&brackets, p)) != NULL)
              {
                p = close + 1;
                break;
              }
            if (end - p > 13 && memcmp (p, "[footnoteRef:", 13) == 0 &&
                (close = next_close_from (&brackets, p)) != NULL)
              {
                p = close + 1;
                break;
              }
            if (end - p > 2 && g_ascii_isdigit (p[1]))
              {
                const char *q = p + 1;

                while (q < end && g_ascii_isdigit (*q) && q - p < 6)
                  q++;
                if (q < end && *q == ':' && (close = matching_bracket (&brackets, p)) != NULL)
                  {
                    /* A footnote body: its own paragraph of the section,
                     * not part of the sentence it interrupts. */
                    const char *b = q + 1;

                    while (b < close && *b == ' ')
                      b++;
                    *o++ = '\n';
                    /* The body is copied as is; noise inside it is rare
                     * and harmless. */
                    memcpy (o, b, close - b);
                    o += close - b;
                    *o++ = '\n';
                    p = close + 1;
                    while (p < end && *p == ' ')
                      p++;
                    break;
                  }
              }
            close = matching_bracket (&brackets, p);
            if (close != NULL && close + 1 < end && close[1] == '(' && n_links < G_N_ELEMENTS (link_close))
              {
                const char *rp = link_target_end (close + 1, end);

                if (rp != NULL)
                  {
                    link_close[n_links] = close;
                    link_skip[n_links] = rp + 1;
                    n_links++;
                    p++;
                    break;
                  }
              }
            *o++ = *p++;
          }
          break;

        case ']':
          if (n_links > 0 && link_close[n_links - 1] == p)
            {
              n_links--;
              p = link_skip[n_links];
            }
          else
            *o++ = *p++;
          break;

        case '\\':
          if (p + 1 < end && strchr ("()[]*_#.-!`{}+<>", p[1]) != NULL && p[1] != '\0')
            {
              *o++ = p[1];
              p += 2;
            }
          else
            *o++ = *p++;
          break;

        case '*':
          {
            const char *q = p;

            while (q < end && *q == '*')
              q++;
            if (q - p == 1)
              {
                *o++ = '*';
                p = q;
                break;
              }
            /* Emphasis markers go; where they glue two headings together
             * they become a line break. */
            if (o > out && !is_space_byte (o[-1]) && q < end && !is_space_byte (*q))
              *o++ = '\n';
            p = q;
          }
          break;

        case 0xC2:
          if (p + 1 < end && (guchar) p[1] == 0xA0)
            {
              *o++ = ' ';
              p += 2;
            }
          else
            {
              *o++ = *p++;
            }
          break;

        case 0xE2:
          if (p + 2 < end && (guchar) p[1] == 0x80)
            {
              guchar d = (guchar) p[2];

              if (d >= 0x90 && d <= 0x92)   /* hyphen, non-breaking hyphen, figure dash */
                {
                  *o++ = '-';
                  p += 3;
                  break;
                }
              if ((d == 0x93 || d == 0x94) && o > out && g_ascii_isalnum (o[-1]) &&
                  p + 3 < end && g_ascii_isalnum (p[3]))
                {
                  /* A dash glued inside an id ("ITU–T"). */
                  *o++ = '-';
                  p += 3;
                  break;
                }
              if (d == 0xAF || (d >= 0x80 && d <= 0x8A))   /* narrow and other spaces */
                {
                  *o++ = ' ';
                  p += 3;
                  break;
                }
              if (d == 0x8B || d == 0x8C || d == 0x8D)      /* zero-width */
                {
                  p += 3;
                  break;
                }
            }
          memcpy (o, p, MIN (3, end - p));
          o += MIN (3, end - p);
          p += MIN (3, end - p);
          break;

        case 0xEF:
          if (p + 2 < end && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
            {
              p += 3;   /* a stray BOM inside the text */
              break;
            }
          memcpy (o, p, MIN (3, end - p));
          o += MIN (3, end - p);
          p += MIN (3, end - p);
          break;

        default:
          /* Other control characters: a form feed ends a paragraph, the
           * rest are spaces. */
          *o++ = (c == '\f' || c == '\v') ? '\n' : ' ';
          p++;
          break;
        }
    }

  *o = '\0';
  if (out_length != NULL)
    *out_length = o - out;
  return out;
}

typedef struct
{
  const char *word;
  guint value;
} NumberWord;

static const NumberWord number_words[] = {
  { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
  { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
  { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
  { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
  { "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 },
  { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 },
  { "ninety", 90 }, { "hundred", 100 }, { "dozen", 12 },
};

/* strlen() of each number word */
static const guint8 number_word_length[] = {
  3, 3, 5, 4, 4, 3, 5, 5, 4, 3, 6, 6, 8, 8, 7, 7, 9, 8, 8, 6, 6, 5, 5, 5, 7, 6, 6, 7, 5,
};
G_STATIC_ASSERT (G_N_ELEMENTS (number_word_length) == G_N_ELEMENTS (number_words));

static gboolean
read_word_number (const char *s,
                  gsize       length,
                  guint      *value,
                  gsize      *consumed)
{
  gsize n = 0;
  char first = s[0] | 0x20;

  /* cheap refusals first: most words are not numbers */
  switch (first)
    {
    case 'o': case 't': case 'f': case 's': case 'e': case 'n': case 'h': case 'd':
      break;
    default:
      return FALSE;
    }
  while (n < length && n < 10 && g_ascii_isalpha (s[n]))
    n++;
  if (n < 3 || n > 9 || (n < length && g_ascii_isalpha (s[n])))
    return FALSE;
  /* only the words of that first letter and length, in table order */
  {
    static guint8 candidates[26][10][4];   /* index + 1, 0 ends */
    static gsize ready = 0;
    const guint8 *c;

    if (g_once_init_enter (&ready))
      {
        for (gsize k = 0; k < G_N_ELEMENTS (number_words); k++)
          {
            guint8 *slot = candidates[number_words[k].word[0] - 'a'][number_word_length[k]];
            int j = 0;

            while (slot[j] != 0)
              j++;
            g_assert (j < 3);
            slot[j] = (guint8) (k + 1);
          }
        g_once_init_leave (&ready, 1);
      }
    c = candidates[first - 'a'][n];
    for (int j = 0; c[j] != 0; j++)
      {
        gsize k = c[j] - 1;

        if (g_ascii_strncasecmp (s, number_words[k].word, n) == 0)
          {
            *value = number_words[k].value;
            *consumed = n;
            return TRUE;
          }
      }
  }
  return FALSE;
}

gboolean
_rpt_corpus_read_number (const char *s,
                         gsize       length,
                         guint      *value,
                         gsize      *consumed)
{
  guint v = 0, w;
  gsize n = 0, m;

  if (length == 0)
    return FALSE;

  if (g_ascii_isdigit (s[0]))
    {
      while (n < length && g_ascii_isdigit (s[n]) && n < 9)
        v = v * 10 + (s[n++] - '0');
      /* "1,200" */
      while (n + 3 < length + 0 && s[n] == ',' && g_ascii_isdigit (s[n + 1]) &&
             g_ascii_isdigit (s[n + 2]) && g_ascii_isdigit (s[n + 3]) &&
             (n + 4 >= length || !g_ascii_isdigit (s[n + 4])) && v < 1000000)
        {
          v = v * 1000 + (s[n + 1] - '0') * 100 + (s[n + 2] - '0') * 10 + (s[n + 3] - '0');
          n += 4;
        }
      if (n < length && (g_ascii_isalpha (s[n]) || g_ascii_isdigit (s[n])))
        return FALSE;
      *value = v;
      *consumed = n;
      return TRUE;
    }

  if (!read_word_number (s, length, &v, &n))
    return FALSE;

  /* "twenty-two", "twenty two", "one hundred", "hundred and five" */
  if (v >= 20 && v < 100 && v % 10 == 0 && n + 1 < length && (s[n] == '-' || s[n] == ' ') &&
      read_word_number (s + n + 1, length - n - 1, &w, &m) && w < 10)
    {
      v += w;
      n += 1 + m;
    }
  if (v < 10 && n + 1 < length && s[n] == ' ' &&
      read_word_number (s + n + 1, length - n - 1, &w, &m) && w == 100)
    {
      v *= 100;
      n += 1 + m;
    }
  *value = v;
  *consumed = n;
  return TRUE;
}
