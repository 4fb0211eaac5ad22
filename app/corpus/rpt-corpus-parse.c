/* rpt-corpus-parse.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-corpus-private.h"
#include "rpt-corpus-parse-private.h"

/* The parser proper: splits the cleaned text into sections (numbered
 * paragraphs or MoU/MG parts), then reads each paragraph once, left to
 * right, collecting events (group names, status words, deliverable ids,
 * stated numbers, sentence ends) into reusable arrays, and resolves them
 * into records.  docs/extraction-rules.md is the specification; the
 * comments below name the rule each piece implements.
 *
 * Hot loops look only at word starts and compare bytes; no regular
 * expressions and no allocation per character.  Records are deduplicated
 * per (section, id), so memory follows the number of distinct mentions,
 * not the size of the input. */

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */

const char * const _rpt_status_names[N_STATUS] = {
  "under-approval", "consented", "determined", "approved", "agreed",
  "new-work", "in-progress", "published", "draft", "mentioned",
};

static const char KIND_REC[] = "Recommendation";
static const char KIND_SUPPL[] = "Supplement";
static const char KIND_TR[] = "Technical Report";
static const char KIND_TP[] = "Technical Paper";
static const char KIND_AMD[] = "Amendment";
static const char KIND_COR[] = "Corrigendum";
static const char KIND_IG[] = "Implementers Guide";
static const char KIND_HANDBOOK[] = "Handbook";
static const char KIND_RES_R[] = "Resolution-ITU-R";
static const char KIND_REP_R[] = "Report-ITU-R";
static const char KIND_OTHER[] = "Other";

typedef struct
{
  const char *phrase;
  RptStatus status;
  int strength;
} CueWord;

/* Status words, docs/extraction-rules.md "Status".  Longer phrases first
 * where one is a prefix of another. */
static const CueWord cue_words[] = {
  { "under approval", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "started the approval", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "started approval", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "starting approval", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "start approval", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "in the approval process", STATUS_UNDER_APPROVAL, CUE_VERB },
  { "consented", STATUS_CONSENTED, CUE_VERB },
  { "consent", STATUS_CONSENTED, CUE_VERB },
  { "determined", STATUS_DETERMINED, CUE_VERB },
  { "approved", STATUS_APPROVED, CUE_VERB },
  { "approves", STATUS_APPROVED, CUE_VERB },
  { "adopted", STATUS_APPROVED, CUE_VERB },
  { "revised by", STATUS_APPROVED, CUE_VERB },
  { "agreed", STATUS_AGREED, CUE_VERB },
  { "started new work", STATUS_NEW_WORK, CUE_VERB },
  { "start new work", STATUS_NEW_WORK, CUE_VERB },
  { "new work items", STATUS_NEW_WORK, CUE_VERB },
  { "new work item", STATUS_NEW_WORK, CUE_VERB },
  { "new draft", STATUS_NEW_WORK, CUE_WEAK },
  { "progressing", STATUS_IN_PROGRESS, CUE_VERB },
  { "ongoing", STATUS_IN_PROGRESS, CUE_VERB },
  { "continues work", STATUS_IN_PROGRESS, CUE_VERB },
  { "continuing work", STATUS_IN_PROGRESS, CUE_VERB },
  { "continue work", STATUS_IN_PROGRESS, CUE_VERB },
  { "continues its work", STATUS_IN_PROGRESS, CUE_VERB },
  { "continue their work", STATUS_IN_PROGRESS, CUE_VERB },
  { "continues to work", STATUS_IN_PROGRESS, CUE_VERB },
  { "in progress", STATUS_IN_PROGRESS, CUE_VERB },
  { "under study", STATUS_IN_PROGRESS, CUE_VERB },
  { "working on", STATUS_IN_PROGRESS, CUE_VERB },
  { "under publication", STATUS_PUBLISHED, CUE_WEAK },
  { "published", STATUS_PUBLISHED, CUE_VERB },
  { "under development", STATUS_DRAFT, CUE_VERB },
  { "developing", STATUS_DRAFT, CUE_VERB },
  /* Verbs outside the vocabulary still end the reach of the one before. */
  { "completed", STATUS_MENTIONED, CUE_VERB },
  /* a relative clause is about the object before it, not the subject */
  { "which", STATUS_MENTIONED, CUE_CLAUSE },
  { "developed", STATUS_MENTIONED, CUE_VERB },
};

static gboolean cue_first_letter[256];
static gsize cue_first_word_length[G_N_ELEMENTS (cue_words)];
/* the cue words by first letter, in table order */
static guint8 cue_by_letter[128][G_N_ELEMENTS (cue_words)];
static guint8 cue_by_letter_n[128];
static gsize vocabulary_ready = 0;

/* Byte classes of the paragraph scanner's loop. */
enum
{
  BYTE_BORING = 1 << 0,     /* nothing starts here: not a letter, digit,
                             * bracket, quote, sentence or list end, or
                             * UTF-8 byte */
  BYTE_WORD_TAIL = 1 << 1,  /* letters, digits, '-' and '_' */
  BYTE_PREV_WORD = 1 << 2,  /* what previous_word() takes: letters, digits,
                             * '-', '\'' and UTF-8 bytes */
  BYTE_NO_START = 1 << 3,   /* a word does not start after it: letters,
                             * digits, '-', '_', '.', '/', UTF-8 bytes */
};
static guint8 byte_class[256];
/* bit n: a cue word of that first letter has a first word n letters long */
static guint32 cue_lengths_by_letter[256];

static void
ensure_vocabulary (void)
{
  if (g_once_init_enter (&vocabulary_ready))
    {
      for (guint c = 0; c < 256; c++)
        {
          gboolean alnum = g_ascii_isalnum ((char) c);

          if (!alnum && c < 0x80 && strchr ("().?!:\"", (int) c) == NULL && c != 0)
            byte_class[c] |= BYTE_BORING;
          if (alnum || c == '-' || c == '_')
            byte_class[c] |= BYTE_WORD_TAIL;
          if (alnum || c == '-' || c == '\'' || c >= 0x80)
            byte_class[c] |= BYTE_PREV_WORD;
          if (alnum || c == '-' || c == '_' || c == '.' || c == '/' || c >= 0x80)
            byte_class[c] |= BYTE_NO_START;
        }
      for (gsize k = 0; k < G_N_ELEMENTS (cue_words); k++)
        {
          cue_first_letter[(guchar) cue_words[k].phrase[0]] = TRUE;
          cue_first_word_length[k] = strcspn (cue_words[k].phrase, " ");
          g_assert (cue_first_word_length[k] < 32);
          cue_lengths_by_letter[(guchar) cue_words[k].phrase[0]] |= 1u << cue_first_word_length[k];
          {
            guchar f = (guchar) cue_words[k].phrase[0] & 0x7F;

            cue_by_letter[f][cue_by_letter_n[f]++] = (guint8) k;
          }
        }
      g_once_init_leave (&vocabulary_ready, 1);
    }
}

/* ------------------------------------------------------------------ */
/* Small byte helpers                                                  */

static inline gboolean
is_alnum (char c)
{
  return g_ascii_isalnum (c);
}

static inline char
ascii_lower (char c)
{
  return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

static inline gboolean
is_upper (char c)
{
  return c >= 'A' && c <= 'Z';
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_id_char (char c)
{
  return is_alnum (c) || c == '.' || c == '-' || c == '_';
}

/* Case-insensitive "starts with @word" followed by a non-letter. */
static inline __attribute__ ((always_inline)) gboolean
word_at (const char *s,
         gsize       pos,
         gsize       len,
         const char *word)
{
  gsize n = strlen (word);

  if (pos + n > len)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (ascii_lower (s[pos + k]) != ascii_lower (word[k]))
      return FALSE;
  return pos + n == len || !g_ascii_isalpha (s[pos + n]);
}

/* Case-sensitive prefix test. */
static inline __attribute__ ((always_inline)) gboolean
prefix_at (const char *s,
           gsize       pos,
           gsize       len,
           const char *word)
{
  gsize n = strlen (word);

  return pos + n <= len && memcmp (s + pos, word, n) == 0;
}

static gsize
skip_spaces (const char *s,
             gsize       pos,
             gsize       len)
{
  while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
    pos++;
  return pos;
}

/* Start of the word that ends right before @pos (spaces skipped), or
 * @pos when there is none. */
static gsize
previous_word (const char *s,
               gsize       pos,
               gsize      *word_end)
{
  gsize e = pos;

  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
    e--;
  *word_end = e;
  while (e > 0 && (byte_class[(guchar) s[e - 1]] & BYTE_PREV_WORD))
    e--;
  return e;
}

static gboolean
previous_word_is (const char *s,
                  gsize       pos,
                  const char *word)
{
  gsize e;
  gsize b = previous_word (s, pos, &e);
  gsize n = strlen (word);

  return e - b == n && g_ascii_strncasecmp (s + b, word, n) == 0;
}

static void
copy_bounded (char       *dest,
              gsize       dest_size,
              const char *src,
              gsize       n)
{
  if (n >= dest_size)
    {
      n = dest_size - 1;
      /* Do not cut a UTF-8 sequence. */
      while (n > 0 && ((guchar) src[n] & 0xC0) == 0x80)
        n--;
    }
  memcpy (dest, src, n);
  dest[n] = '\0';
}

/* ------------------------------------------------------------------ */
/* Quotes: docs/extraction-rules.md "Quotes"                           */

typedef enum
{
  Q_NONE,
  Q_OPEN_DOUBLE,   /* “ „ « */
  Q_CLOSE_DOUBLE,  /* ” » */
  Q_STRAIGHT,      /* " */
  Q_OPEN_SINGLE,   /* ‘ */
  Q_CLOSE_SINGLE,  /* ’ */
} QuoteChar;

static QuoteChar
quote_at (const char *s,
          gsize       pos,
          gsize       len,
          gsize      *width)
{
  guchar c = (guchar) s[pos];

  *width = 1;
  if (c == '"')
    return Q_STRAIGHT;
  if (c == 0xE2 && pos + 2 < len && (guchar) s[pos + 1] == 0x80)
    {
      *width = 3;
      switch ((guchar) s[pos + 2])
        {
        case 0x9C: case 0x9E: return Q_OPEN_DOUBLE;
        case 0x9D: return Q_CLOSE_DOUBLE;
        case 0x98: return Q_OPEN_SINGLE;
        case 0x99: return Q_CLOSE_SINGLE;
        default: return Q_NONE;
        }
    }
  if (c == 0xC2 && pos + 1 < len)
    {
      *width = 2;
      if ((guchar) s[pos + 1] == 0xAB)
        return Q_OPEN_DOUBLE;
      if ((guchar) s[pos + 1] == 0xBB)
        return Q_CLOSE_DOUBLE;
    }
  return Q_NONE;
}

static gboolean
opens_here (const char *s,
            gsize       pos,
            gsize       len,
            gsize       width)
{
  gboolean before_ok = pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '\t' ||
                       s[pos - 1] == '(' || s[pos - 1] == '[' || s[pos - 1] == ':';
  gboolean after_ok = pos + width < len && s[pos + width] != ' ';

  return before_ok && after_ok;
}

/* Finds the quoted spans of a paragraph, in order.  A title runs from an
 * opening quote to the next closing quote of the same paragraph; an
 * unclosed quote is not a span. */
static void
find_quotes (Scan       *scan,
             const char *s,
             gsize       len)
{
  gboolean open = FALSE;
  gboolean single = FALSE;
  QuoteSpan span = { 0, };

  g_array_set_size (scan->quotes, 0);

  for (gsize i = 0; i < len; i++)
    {
      guchar c;
      gsize w;
      QuoteChar q;

      /* eight bytes at a time while there is no '"' and no UTF-8 byte */
      while (i + 8 <= len)
        {
          guint64 v, x;

          memcpy (&v, s + i, 8);
          x = v ^ G_GUINT64_CONSTANT (0x2222222222222222);
          if (((v | ((x - G_GUINT64_CONSTANT (0x0101010101010101)) & ~x)) &
               G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          i += 8;
        }
      if (i >= len)
        break;
      c = (guchar) s[i];
      if (c != '"' && c != 0xE2 && c != 0xC2)
        continue;
      q = quote_at (s, i, len, &w);
      if (q == Q_NONE)
        continue;

      if (!open)
        {
          gboolean opener = FALSE;

          if (q == Q_OPEN_DOUBLE || q == Q_STRAIGHT)
            opener = TRUE;
          else if (q == Q_CLOSE_DOUBLE && opens_here (s, i, len, w))
            opener = TRUE;   /* ”Title” written with two closing quotes */
          else if (q == Q_OPEN_SINGLE && opens_here (s, i, len, w))
            opener = TRUE;
          if (opener)
            {
              open = TRUE;
              single = (q == Q_OPEN_SINGLE);
              span.open = i;
              span.start = i + w;
            }
        }
      else
        {
          gboolean closer;

          if (single)
            closer = (q == Q_CLOSE_SINGLE) && (i + w >= len || !g_ascii_isalpha (s[i + w]));
          else
            closer = (q == Q_CLOSE_DOUBLE || q == Q_STRAIGHT ||
                      (q == Q_OPEN_DOUBLE && !opens_here (s, i, len, w)));
          if (closer)
            {
              span.end = i;
              span.close = i + w;
              g_array_append_val (scan->quotes, span);
              open = FALSE;
            }
        }
      i += w - 1;
    }
}

/* ------------------------------------------------------------------ */
/* Groups: docs/extraction-rules.md "Groups"                           */

static const char *
sector_before (const char *s,
               gsize       pos)
{
  if (pos >= 6 && s[pos - 1] == ' ')
    {
      if (memcmp (s + pos - 6, "ITU-T", 5) == 0)
        return "ITU-T";
      if (memcmp (s + pos - 6, "ITU-D", 5) == 0)
        return "ITU-D";
      if (memcmp (s + pos - 6, "ITU-R", 5) == 0)
        return "ITU-R";
    }
  return NULL;
}

static void
add_group (Scan       *scan,
           gsize       pos,
           gsize       end,
           const char *id,
           guint       flags)
{
  GroupEvent ev = { 0, };

  ev.pos = pos;
  ev.end = end;
  ev.sentence = scan->sentence;
  ev.flags = flags;
  copy_bounded (ev.id, sizeof ev.id, id, strlen (id));
  g_array_append_val (scan->groups, ev);
  scan->last_group_end = end;
  g_strlcpy (scan->last_group_sector, id, sizeof scan->last_group_sector);
  if (strchr (scan->last_group_sector, ' ') != NULL)
    *strchr (scan->last_group_sector, ' ') = '\0';
  else
    scan->last_group_sector[0] = '\0';
}

/* Only " and ", ", ", ", and " or "&" between the previous group and @pos. */
static gboolean
joined_to_previous_group (Scan       *scan,
                          const char *s,
                          gsize       pos)
{
  gsize a = scan->last_group_end;

  if (scan->groups->len == 0 || a > pos || pos - a > 7)
    return FALSE;
  for (gsize k = a; k < pos; k++)
    if (s[k] != ' ' && s[k] != ',' && s[k] != '&' && s[k] != 'a' && s[k] != 'n' && s[k] != 'd')
      return FALSE;
  return TRUE;
}

static const char *count_noun_at (const char *s, gsize p, gsize len, gsize *end);

/* Reads a list of study group numbers: "11, 13 and 17", "5, 11, 16, 17,
 * and 20", "1 and SG 2".  Returns the end of the list. */
static gsize
read_sg_numbers (const char *s,
                 gsize       pos,
                 gsize       len,
                 guint      *numbers,
                 guint      *n_numbers,
                 guint       max_numbers)
{
  gsize p = pos;
  gsize last_end = pos;

  *n_numbers = 0;
  for (;;)
    {
      guint v = 0;
      gsize q = p;

      while (q < len && is_digit (s[q]) && q - p < 3)
        v = v * 10 + (s[q++] - '0');
      if (q == p || (q < len && (is_alnum (s[q]) || s[q] == '/')))
        break;
      if (q < len && s[q] == '.' && q + 1 < len && is_digit (s[q + 1]))
        break;
      /* "by SG 3, and 22 draft Recommendations": a number followed by a
       * word other than "and" starts something else */
      if (*n_numbers > 0 && q + 1 < len && s[q] == ' ' && g_ascii_isalpha (s[q + 1]))
        {
          gsize noun_end;

          if (count_noun_at (s, q, len, &noun_end) != NULL)
            break;
        }
      if (*n_numbers < max_numbers)
        numbers[(*n_numbers)++] = v;
      last_end = q;

      /* separator */
      p = q;
      if (p < len && s[p] == ',')
        p++;
      p = skip_spaces (s, p, len);
      if (word_at (s, p, len, "and"))
        p = skip_spaces (s, p + 3, len);
      else if (p < len && s[p] == '&')
        p = skip_spaces (s, p + 1, len);
      else if (p == q || s[q] != ',')
        break;
      if (prefix_at (s, p, len, "SG "))
        p += 3;
      else if (prefix_at (s, p, len, "SG") && p + 2 < len && is_digit (s[p + 2]))
        p += 2;
      if (p >= len || !is_digit (s[p]))
        break;
    }
  return last_end;
}

/* Tries to read a group name at @pos (a word start).  Returns the end, or
 * @pos when there is none. */
static gsize
scan_group (Scan       *scan,
            const char *s,
            gsize       pos,
            gsize       len)
{
  char id[48];
  guint numbers[16];
  guint n_numbers = 0;
  gsize p = pos;
  const char *sector;

  switch (s[pos])
    {
    case 'S':
      {
        gsize q;
        gboolean plural = FALSE;

        if (prefix_at (s, pos, len, "SGs"))
          {
            q = pos + 3;
            plural = TRUE;
          }
        else if (prefix_at (s, pos, len, "SG"))
          q = pos + 2;
        else if (prefix_at (s, pos, len, "Study Groups "))
          {
            q = pos + 13;
            plural = TRUE;
          }
        else if (prefix_at (s, pos, len, "Study Group "))
          q = pos + 12;
        else
          return pos;
        if (q < len && (s[q] == ' ' || s[q] == '-'))
          q++;
        if (q >= len || !is_digit (s[q]))
          return pos;
        p = read_sg_numbers (s, q, len, numbers, &n_numbers, G_N_ELEMENTS (numbers));
        if (n_numbers == 0)
          return pos;

        sector = sector_before (s, pos);
        if (sector == NULL && joined_to_previous_group (scan, s, pos) &&
            scan->last_group_sector[0] != '\0')
          sector = scan->last_group_sector;
        if (sector == NULL)
          sector = "ITU-T";
        {
          char sector_copy[8];

          g_strlcpy (sector_copy, sector, sizeof sector_copy);
          for (guint k = 0; k < n_numbers; k++)
            {
              g_snprintf (id, sizeof id, "%s SG%u", sector_copy, numbers[k]);
              add_group (scan, pos, p, id, (n_numbers > 1 || plural) ? GROUP_LIST : GROUP_SUBJECT);
            }
        }
        return p;
      }

    case 'T':
      if (prefix_at (s, pos, len, "TSAG") && (pos + 4 >= len || !is_alnum (s[pos + 4])))
        {
          add_group (scan, pos, pos + 4, "TSAG", GROUP_SUBJECT);
          return pos + 4;
        }
      return pos;

    case 'W':
      if (prefix_at (s, pos, len, "WTSA") && (pos + 4 >= len || !is_alnum (s[pos + 4])))
        {
          /* WTSA is a group only where it approves ("WTSA-20 approved"). */
          gsize q = pos + 4;

          if (q + 2 < len && s[q] == '-' && is_digit (s[q + 1]))
            {
              q++;
              while (q < len && is_digit (s[q]))
                q++;
            }
          p = skip_spaces (s, q, len);
          if (word_at (s, p, len, "approved") || word_at (s, p, len, "adopted") ||
              word_at (s, p, len, "agreed") || word_at (s, p, len, "also"))
            {
              add_group (scan, pos, q, "WTSA", GROUP_SUBJECT);
              return q;
            }
        }
      return pos;

    case 'I':
      if (prefix_at (s, pos, len, "ITU-R") && (pos + 5 >= len || !is_alnum (s[pos + 5])))
        {
          gsize q = skip_spaces (s, pos + 5, len);

          /* "ITU-R SG5", "ITU-R Study Group 5": read by the 'S' case. */
          if (prefix_at (s, q, len, "SG") || prefix_at (s, q, len, "Study Group"))
            return pos;
          /* A prefix of an id ("ITU-R M.2083-0", "ITU-R 65"). */
          if (q < len && (is_digit (s[q]) ||
                          (is_upper (s[q]) && q + 1 < len &&
                           (s[q + 1] == '.' || (is_upper (s[q + 1]) && q + 2 < len && s[q + 2] == '.')))))
            return pos;
          if (previous_word_is (s, pos, "Recommendation") || previous_word_is (s, pos, "Recommendations") ||
              previous_word_is (s, pos, "Report") || previous_word_is (s, pos, "Reports") ||
              previous_word_is (s, pos, "Resolution") || previous_word_is (s, pos, "Resolutions"))
            return pos;
          add_group (scan, pos, pos + 5, "ITU-R", GROUP_SUBJECT);
          return pos + 5;
        }
      return pos;

    case 'F':
      if (prefix_at (s, pos, len, "FG") && pos + 3 < len && (s[pos + 2] == '-' || s[pos + 2] == ' ') &&
          is_alnum (s[pos + 3]))
        {
          gsize q = pos + 3;

          while (q < len && (is_alnum (s[q]) || (s[q] == '-' && q + 1 < len && is_alnum (s[q + 1]))))
            q++;
          if (q - pos - 3 > 24)
            return pos;
          /* "FG AI4H" with a space only when the name is in capitals */
          if (s[pos + 2] == ' ' && !(is_upper (s[pos + 3]) && q - pos > 5))
            return pos;
          g_snprintf (id, sizeof id, "ITU-T FG-%.*s", (int) (q - pos - 3), s + pos + 3);
          add_group (scan, pos, q, id, GROUP_SUBJECT);
          return q;
        }
      return pos;

    case 'J':
      if (prefix_at (s, pos, len, "JCA-") && pos + 4 < len && is_alnum (s[pos + 4]))
        {
          gsize q = pos + 4;

          while (q < len && (is_alnum (s[q]) || (s[q] == '-' && q + 1 < len && is_alnum (s[q + 1]))))
            q++;
          if (q - pos > 28)
            return pos;
          g_snprintf (id, sizeof id, "ITU-T JCA-%.*s", (int) (q - pos - 4), s + pos + 4);
          add_group (scan, pos, q, id, GROUP_LIST);
          return q;
        }
      return pos;

    case 'Q':
      {
        /* "Q6/20", "Question 1/1": Question n of study group m. */
        gsize q = pos + 1;
        guint sg = 0;

        if (prefix_at (s, pos, len, "Question "))
          q = pos + 9;
        if (q >= len || !is_digit (s[q]))
          return pos;
        while (q < len && is_digit (s[q]) && q - pos < 12)
          q++;
        if (q + 1 >= len || s[q] != '/' || !is_digit (s[q + 1]))
          return pos;
        q++;
        while (q < len && is_digit (s[q]) && sg < 1000)
          sg = sg * 10 + (s[q++] - '0');
        if (q < len && (is_alnum (s[q]) || s[q] == '/'))
          return pos;
        sector = scan->paragraph_sector[0] != '\0' ? scan->paragraph_sector : "ITU-T";
        g_snprintf (id, sizeof id, "%s SG%u", sector, sg);
        add_group (scan, pos, q, id, GROUP_QTAG);
        return q;
      }

    default:
      return pos;
    }
}

/* ------------------------------------------------------------------ */
/* Deliverable ids: docs/extraction-rules.md "Ids"                     */

static const char * const two_letter_series[] = {
  "BO", "BR", "BS", "BT", "RA", "RS", "SA", "SF", "SM", "TF", "TR",
};

static gboolean
is_series_letters (const char *s,
                   gsize       n)
{
  if (n == 1)
    return is_upper (s[0]);
  if (n == 2)
    {
      for (gsize k = 0; k < G_N_ELEMENTS (two_letter_series); k++)
        if (memcmp (s, two_letter_series[k], 2) == 0)
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* "GSTR", "dSTR", "XSTP", "YSTR", "TR": Technical Report/Paper prefixes. */
static const char *
report_prefix_kind (const char *s,
                    gsize       n)
{
  if (n == 2 && memcmp (s, "TR", 2) == 0)
    return KIND_TR;
  if ((n == 3 || n == 4) && memcmp (s + n - 3, "ST", 2) == 0)
    {
      if (n == 4 && !g_ascii_isalpha (s[0]))
        return NULL;
      if (s[n - 1] == 'R')
        return KIND_TR;
      if (s[n - 1] == 'P')
        return KIND_TP;
    }
  return NULL;
}

/* The deliverable noun written right before @pos ("Technical Report
 * GSTR-…", "Report ITU-R M.2440", "draft Recommendation ITU-T …"), or
 * NULL.  Only filler words may stand between. */
static const char *kind_before_words (const char *s, gsize pos, gboolean *itu_r, gboolean *draft, gsize *noun_start);

static const char *
kind_before (const char *s,
             gsize       pos,
             gboolean   *itu_r,
             gboolean   *draft)
{
  gsize noun = G_MAXSIZE;
  const char *kind = kind_before_words (s, pos, itu_r, draft, &noun);

  /* "draft new Recommendation ITU-T …", "draft Technical Report …" */
  if (kind != NULL && noun != G_MAXSIZE)
    {
      gsize p = noun;

      for (int words = 0; words < 3; words++)
        {
          gsize e, b = previous_word (s, p, &e);

          if (e - b == 5 && g_ascii_strncasecmp (s + b, "draft", 5) == 0)
            {
              *draft = TRUE;
              break;
            }
          if (!((e - b == 3 && g_ascii_strncasecmp (s + b, "new", 3) == 0) ||
                (e - b == 9 && g_ascii_strncasecmp (s + b, "Technical", 9) == 0) ||
                (e - b == 7 && g_ascii_strncasecmp (s + b, "revised", 7) == 0)))
            break;
          p = b;
        }
    }
  return kind;
}

static const char *
kind_before_words (const char *s,
                   gsize       pos,
                   gboolean   *itu_r,
                   gboolean   *draft,
                   gsize      *noun_start)
{
  gsize p = pos;

  for (int words = 0; words < 5; words++)
    {
      gsize e, b = previous_word (s, p, &e);
      gsize n = e - b;
      const char *w = s + b;

      if (n == 0)
        {
          /* "[" or "(" of a link: step over one punctuation character */
          if (e > 0 && (s[e - 1] == '[' || s[e - 1] == '('))
            {
              p = e - 1;
              continue;
            }
          return NULL;
        }
      if (n == 5 && memcmp (w, "ITU-R", 5) == 0)
        *itu_r = TRUE;
      else if (n == 5 && memcmp (w, "ITU-T", 5) == 0)
        ;
      else if ((n == 5 && g_ascii_strncasecmp (w, "draft", 5) == 0))
        *draft = TRUE;
      else if ((n == 3 && g_ascii_strncasecmp (w, "new", 3) == 0) ||
               (n == 7 && g_ascii_strncasecmp (w, "revised", 7) == 0) ||
               (n == 3 && memcmp (w, "Rec", 3) == 0))
        ;
      else if (n == 6 && g_ascii_strncasecmp (w, "Report", 6) == 0)
        {
          gsize e2, b2 = previous_word (s, b, &e2);

          if (e2 - b2 == 9 && g_ascii_strncasecmp (s + b2, "Technical", 9) == 0)
            { *noun_start = b; return KIND_TR; }
          *noun_start = b;
          return *itu_r ? KIND_REP_R : NULL;
        }
      else if (n == 5 && g_ascii_strncasecmp (w, "Paper", 5) == 0)
        { *noun_start = b; return KIND_TP; }
      else if (n >= 10 && g_ascii_strncasecmp (w, "Supplement", 10) == 0)
        { *noun_start = b; return KIND_SUPPL; }
      else if (n >= 14 && g_ascii_strncasecmp (w, "Recommendation", 14) == 0)
        { *noun_start = b; return KIND_REC; }
      else if (n == 5 && g_ascii_strncasecmp (w, "Guide", 5) == 0)
        { *noun_start = b; return KIND_IG; }
      else if (n == 8 && g_ascii_strncasecmp (w, "Handbook", 8) == 0)
        { *noun_start = b; return KIND_HANDBOOK; }
      else
        return NULL;
      p = b;
    }
  return NULL;
}

/* Reads "Supp", "Suppl", "Sup", "Supplement" (any case) + separator +
 * digits at @p: the supplement number, or -1. */
static int
read_suppl_number (const char *s,
                   gsize       p,
                   gsize       len,
                   gsize      *end)
{
  static const char * const words[] = { "supplement", "suppl", "supp", "sup" };

  for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize n = strlen (words[k]);

      if (p + n <= len && g_ascii_strncasecmp (s + p, words[k], n) == 0)
        {
          gsize q = p + n;
          int v = 0;

          if (q < len && (s[q] == '.' || s[q] == ' '))
            q++;
          if (q >= len || !is_digit (s[q]))
            return -1;
          while (q < len && is_digit (s[q]) && v < 100000)
            v = v * 10 + (s[q++] - '0');
          if (q < len && is_alnum (s[q]))
            return -1;
          *end = q;
          return v;
        }
    }
  return -1;
}

/* Reads " Amd.2", "Amd 2", " Amendment 2", " Cor.1", " Corrigendum 1" at
 * @p.  Returns TRUE with the normalised suffix. */
static gboolean
read_amendment_suffix (const char *s,
                       gsize       p,
                       gsize       len,
                       char       *suffix,
                       gsize       suffix_size,
                       const char **kind,
                       gsize      *end)
{
  static const struct { const char *word; const char *norm; const char *kind; } forms[] = {
    { "Amendment", "Amd", KIND_AMD }, { "Amd", "Amd", KIND_AMD },
    { "Corrigendum", "Cor", KIND_COR }, { "Cor", "Cor", KIND_COR },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (forms); k++)
    {
      gsize n = strlen (forms[k].word);

      if (prefix_at (s, p, len, forms[k].word))
        {
          gsize q = p + n;
          guint v = 0;
          gsize d;

          if (q < len && (s[q] == '.' || s[q] == ' '))
            q++;
          d = q;
          while (q < len && is_digit (s[q]) && v < 10000)
            v = v * 10 + (s[q++] - '0');
          if (q == d || (q < len && is_alnum (s[q])))
            continue;
          g_snprintf (suffix, suffix_size, " %s.%u", forms[k].norm, v);
          *kind = forms[k].kind;
          *end = q;
          return TRUE;
        }
    }
  return FALSE;
}

static gsize
after_quote_span (Scan  *scan,
                  gsize  pos,
                  gsize *content_start,
                  gsize *content_end)
{
  for (guint k = scan->quote_cursor; k < scan->quotes->len; k++)
    {
      QuoteSpan *q = &g_array_index (scan->quotes, QuoteSpan, k);

      if (q->open == pos)
        {
          *content_start = q->start;
          *content_end = q->end;
          return q->close;
        }
      if (q->open > pos)
        break;
    }
  return 0;
}

static const QuoteSpan *
quote_ending_at (Scan  *scan,
                 gsize  close)
{
  guint lo = 0, hi = scan->quotes->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (scan->quotes, QuoteSpan, mid).close < close)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < scan->quotes->len && g_array_index (scan->quotes, QuoteSpan, lo).close == close)
    return &g_array_index (scan->quotes, QuoteSpan, lo);
  return NULL;
}

/* Reads the markers right after a mention: "(revised)", "(new)", "(V2)"
 * (returned in @version), "(ex …)", "(under approval)", "(Qn/m)" are
 * handled by the caller.  Returns the new position. */
static gsize
skip_revised_markers (const char *s,
                      gsize       p,
                      gsize       len)
{
  for (;;)
    {
      gsize q = skip_spaces (s, p, len);

      if (prefix_at (s, q, len, "(revised)"))
        p = q + 9;
      else if (prefix_at (s, q, len, "(new)"))
        p = q + 5;
      else if (prefix_at (s, q, len, "(Revised)"))
        p = q + 9;
      else
        return p;
    }
}

static gsize
finish_id_event (Scan       *scan,
                 const char *s,
                 gsize       len,
                 IdEvent    *ev,
                 gsize       p)
{
  gsize q, cs, ce, after;

  /* Title: quoted right after the id (after ", " or ":"), else quoted
   * right before it ("“title” (Y.1234)"). */
  p = skip_revised_markers (s, p, len);
  q = skip_spaces (s, p, len);

  /* "Y.Suppl.59 (revised) to ITU-T Y.3100 of Recommendations", "Y.Sup.72
   * to Y.3000-series": the Recommendation names the series of the
   * Supplement, it is not a mention */
  if (ev->kind == KIND_SUPPL && word_at (s, q, len, "to"))
    {
      gsize u = skip_spaces (s, q + 2, len);

      if (prefix_at (s, u, len, "ITU-T ") || prefix_at (s, u, len, "ITU-R "))
        u += 6;
      if (u + 2 < len && is_upper (s[u]) && s[u + 1] == '.' && is_digit (s[u + 2]))
        {
          u += 2;
          while (u < len && is_id_char (s[u]))
            u++;
          if (u + 7 <= len && s[u] == ' ' && word_at (s, u + 1, len, "series"))
            u += 7;
          if (u + 19 <= len && prefix_at (s, u, len, " of Recommendations"))
            u += 19;
          p = u;
          q = skip_spaces (s, p, len);
        }
    }
  if (q < len && (s[q] == ',' || s[q] == ':'))
    q = skip_spaces (s, q + 1, len);
  after = after_quote_span (scan, q, &cs, &ce);
  if (after != 0)
    {
      ev->title_pos = cs;
      ev->title_len = ce - cs;
      p = after;
    }
  else
    {
      gsize b = ev->pos;
      const QuoteSpan *span;

      while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '('))
        b--;
      span = quote_ending_at (scan, b);
      if (span != NULL)
        {
          ev->title_pos = span->start;
          ev->title_len = span->end - span->start;
        }
      else if (scan->in_bullet)
        {
          /* "X.1353 Blockchain-based Security Methodology …": the rest of
           * the bullet up to ';'. */
          gsize t = skip_spaces (s, p, len);
          gsize e = t;

          while (e < len && s[e] != ';' && e - t < 300)
            e++;
          while (e > t && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == ','))
            e--;
          if (e > t && g_ascii_isalpha (s[t]))
            {
              ev->title_pos = t;
              ev->title_len = e - t;
            }
        }
    }
  ev->attach_end = p;
  ev->sentence = scan->sentence;

  /* "draft Recommendation ITU-T Y.TM.DM-API “…” and Y.TM.SM-API “…”":
   * the noun phrase covers the conjoined ids */
  if (!ev->draft_prefix && scan->ids->len > 0)
    {
      IdEvent *prev = &g_array_index (scan->ids, IdEvent, scan->ids->len - 1);

      if (prev->draft_prefix && prev->sentence == ev->sentence && prev->attach_end <= ev->pos)
        {
          gboolean joined = TRUE;

          for (gsize k = prev->attach_end; k < ev->pos && joined; k++)
            if (!(s[k] == ' ' || s[k] == ',' || s[k] == 'a' || s[k] == 'n' || s[k] == 'd'))
              joined = FALSE;
          ev->draft_prefix = joined;
        }
    }
  g_array_append_val (scan->ids, *ev);
  return p;
}

static void
init_id_event (IdEvent    *ev,
               gsize       pos)
{
  memset (ev, 0, sizeof *ev);
  ev->pos = pos;
  ev->marker = -1;
  ev->weak_marker = -1;
  ev->kind = KIND_REC;
  ev->sector = "ITU-T";
}

static void
apply_kind_before (const char *s,
                   IdEvent    *ev,
                   gboolean    keep_specific)
{
  gboolean itu_r = FALSE, draft = FALSE;
  const char *k = kind_before (s, ev->pos, &itu_r, &draft);

  if (itu_r)
    ev->sector = "ITU-R";
  ev->draft_prefix = draft;
  if (k == NULL)
    return;
  if (keep_specific && (ev->kind == KIND_AMD || ev->kind == KIND_COR || ev->kind == KIND_SUPPL))
    return;
  if (k == KIND_REC && (ev->kind == KIND_TR || ev->kind == KIND_TP))
    return;
  ev->kind = k;
}

/* Tries to read a deliverable id at @pos (a word start).  Returns the end
 * of what was consumed (the id and its title), or @pos. */
static gsize
scan_id (Scan       *scan,
         const char *s,
         gsize       pos,
         gsize       len)
{
  IdEvent ev;
  gsize p = pos, letters_end;
  gsize body_start, body_end;
  const char *prefix_kind;
  char suffix[24] = "";
  int suppl;
  gsize e;

  /* "Supplement 59 to ITU-T Y.3100-series", "Amendment 1 to ITU-T
   * X.1352", "Corrigendum 1 to J.1305", "Amd.2 to ITU-T Q.931",
   * "A-series Supplement 5", "Supplement 82". */
  if (s[pos] == 'S' || s[pos] == 'A' || s[pos] == 'C')
    {
      gsize q = pos;
      char series[4] = "";

      /* "A-series Supplement 5" */
      if (is_upper (s[pos]) && prefix_at (s, pos + 1, len, "-series Supplement "))
        {
          series[0] = s[pos];
          series[1] = '\0';
          q = pos + 1 + 8;
        }
      if (prefix_at (s, q, len, "Supplement ") && q + 11 < len && is_digit (s[q + 11]))
        {
          guint v = 0;
          gsize d = q + 11;

          while (d < len && is_digit (s[d]) && v < 100000)
            v = v * 10 + (s[d++] - '0');
          if (d < len && is_alnum (s[d]))
            return pos;
          init_id_event (&ev, pos);
          ev.kind = KIND_SUPPL;
          if (series[0] == '\0')
            {
              /* "to ITU-T Y.3100-series": the series of the Supplement */
              gsize t = skip_spaces (s, d, len);

              if (word_at (s, t, len, "to"))
                {
                  gsize u = skip_spaces (s, t + 2, len);

                  if (prefix_at (s, u, len, "ITU-T ") || prefix_at (s, u, len, "ITU-R "))
                    u += 6;
                  if (u + 1 < len && is_upper (s[u]) && (s[u + 1] == '.' || s[u + 1] == '-'))
                    {
                      series[0] = s[u];
                      series[1] = '\0';
                      d = u + 1;
                      while (d < len && (is_id_char (s[d])))
                        d++;
                      if (d < len && s[d] == ' ' && word_at (s, d + 1, len, "series"))
                        d += 7;
                    }
                }
            }
          if (series[0] != '\0')
            g_snprintf (ev.id, sizeof ev.id, "%s.Suppl.%u", series, v);
          else
            g_snprintf (ev.id, sizeof ev.id, "Supplement %u", v);
          g_strlcpy (ev.series, series, sizeof ev.series);
          apply_kind_before (s, &ev, TRUE);
          ev.kind = KIND_SUPPL;
          return finish_id_event (scan, s, len, &ev, d);
        }
      if (q == pos)
        {
          const char *k = NULL;

          if (read_amendment_suffix (s, pos, len, suffix, sizeof suffix, &k, &e))
            {
              gsize t = skip_spaces (s, e, len);

              if (word_at (s, t, len, "to"))
                {
                  gsize u = skip_spaces (s, t + 2, len);
                  gsize b, be;

                  if (prefix_at (s, u, len, "ITU-T ") || prefix_at (s, u, len, "ITU-R "))
                    u += 6;
                  if (prefix_at (s, u, len, "Recommendation "))
                    u += 15;
                  if (prefix_at (s, u, len, "ITU-T ") || prefix_at (s, u, len, "ITU-R "))
                    u += 6;
                  b = u;
                  while (u < len && is_upper (s[u]) && u - b < 3)
                    u++;
                  if (u > b && u + 1 < len && s[u] == '.' && is_alnum (s[u + 1]))
                    {
                      u++;
                      while (u < len && is_id_char (s[u]))
                        u++;
                      be = u;
                      while (be > b && (s[be - 1] == '.' || s[be - 1] == '-'))
                        be--;
                      init_id_event (&ev, pos);
                      ev.kind = k;
                      g_snprintf (ev.id, sizeof ev.id, "%.*s%s", (int) (be - b), s + b, suffix);
                      copy_bounded (ev.series, sizeof ev.series, s + b, strcspn (s + b, "."));
                      return finish_id_event (scan, s, len, &ev, be);
                    }
                }
            }
        }
    }

  /* Letters: the series ("Y", "BT"), a report prefix ("GSTR", "TR"). */
  while (p < len && g_ascii_isalpha (s[p]) && p - pos < 6)
    p++;
  letters_end = p;
  if (letters_end == pos || letters_end >= len)
    return pos;

  init_id_event (&ev, pos);
  prefix_kind = report_prefix_kind (s + pos, letters_end - pos);

  if (s[p] == '.' && p + 1 < len && is_alnum (s[p + 1]) &&
      (is_series_letters (s + pos, letters_end - pos) || prefix_kind != NULL))
    {
      body_start = p + 1;
    }
  else if ((s[p] == '-' || s[p] == '_') && prefix_kind != NULL && p + 1 < len && is_alnum (s[p + 1]))
    {
      body_start = p + 1;
    }
  else if (s[p] == ' ' && is_series_letters (s + pos, letters_end - pos) && letters_end - pos == 1 &&
           (suppl = read_suppl_number (s, p + 1, len, &e)) >= 0)
    {
      /* "Y Suppl.60" */
      g_snprintf (ev.id, sizeof ev.id, "%c.Suppl.%d", s[pos], suppl);
      ev.kind = KIND_SUPPL;
      ev.series[0] = s[pos];
      apply_kind_before (s, &ev, TRUE);
      return finish_id_event (scan, s, len, &ev, e);
    }
  else
    return pos;

  /* Body of the id */
  p = body_start;
  while (p < len && is_id_char (s[p]))
    p++;
  body_end = p;
  /* "Y.QKDN- iwac": a stray space after a hyphen, kept as written */
  if (p > body_start && s[p - 1] == '-' && p + 1 < len && s[p] == ' ' && g_ascii_islower (s[p + 1]))
    {
      gsize q = p + 1;

      while (q < len && (is_alnum (s[q]) || s[q] == '-'))
        q++;
      if (q - p < 16)
        p = body_end = q;
    }
  while (body_end > body_start && (s[body_end - 1] == '.' || s[body_end - 1] == '-' || s[body_end - 1] == '_'))
    body_end--;
  if (body_end == body_start)
    return pos;

  /* "Y.3100-series", "H.550-H.599 series": a series, not a mention. */
  if (body_end - body_start > 7 && g_ascii_strncasecmp (s + body_end - 7, "-series", 7) == 0)
    return body_end;
  {
    gsize t = body_end;

    if (t + 7 <= len && s[t] == ' ' && word_at (s, t + 1, len, "series"))
      return t + 7;
  }

  /* A letter-only body must look like a provisional name, not like the
   * initials "U.S." */
  if (!is_digit (s[body_start]))
    {
      gsize n_alnum = 0;

      for (gsize k = body_start; k < body_end; k++)
        if (is_alnum (s[k]))
          n_alnum++;
      if (n_alnum < 2)
        return pos;
    }

  if (prefix_kind != NULL && !(s[letters_end] == '.' && is_series_letters (s + pos, letters_end - pos) &&
                               prefix_kind == KIND_TR && is_digit (s[body_start])))
    {
      /* GSTR-5GQoE, TR.OTTnum, YSTP.AIoT: as written */
      copy_bounded (ev.id, sizeof ev.id, s + pos, body_end - pos);
      ev.kind = prefix_kind;
    }
  else
    {
      gsize split = body_end;
      int v;

      ev.series[0] = s[pos];
      ev.series[1] = letters_end - pos > 1 ? s[pos + 1] : '\0';
      ev.series[2] = '\0';

      /* "Y.Suppl.59", "Y.Sup.72", "X.supp.40", "Y.Supplement 55": final
       * supplements; "Y.Sup-IoT-Eco-Plan": a draft one, as written. */
      if (g_ascii_strncasecmp (s + body_start, "sup", 3) == 0)
        {
          ev.kind = KIND_SUPPL;
          v = read_suppl_number (s, body_start, len, &e);
          if (v >= 0)
            {
              g_snprintf (ev.id, sizeof ev.id, "%.*s.Suppl.%d", (int) (letters_end - pos), s + pos, v);
              apply_kind_before (s, &ev, TRUE);
              ev.kind = KIND_SUPPL;
              return finish_id_event (scan, s, len, &ev, e);
            }
        }

      /* "J.1305Cor.1": a corrigendum glued to its Recommendation */
      for (gsize k = body_start + 1; k + 3 < body_end; k++)
        if (is_digit (s[k - 1]) && (memcmp (s + k, "Cor", 3) == 0 || memcmp (s + k, "Amd", 3) == 0))
          {
            split = k;
            break;
          }
      copy_bounded (ev.id, sizeof ev.id, s + pos, split - pos);
      if (split != body_end)
        {
          const char *k = NULL;

          if (read_amendment_suffix (s, split, len, suffix, sizeof suffix, &k, &e))
            {
              g_strlcat (ev.id, suffix, sizeof ev.id);
              ev.kind = k;
              body_end = e;
            }
          else
            copy_bounded (ev.id, sizeof ev.id, s + pos, body_end - pos);
        }
    }
  p = body_end;

  /* Suffixes: " (V3)", " Amd.2", " (2017) Corrigendum 1", "(revised)" */
  for (;;)
    {
      gsize q = skip_spaces (s, p, len);
      const char *k = NULL;

      if (prefix_at (s, q, len, "(V") && q + 3 < len && is_digit (s[q + 2]))
        {
          gsize d = q + 2;

          while (d < len && is_digit (s[d]))
            d++;
          if (d < len && s[d] == ')')
            {
              char version[16];

              g_snprintf (version, sizeof version, " (V%.*s)", (int) (d - q - 2), s + q + 2);
              g_strlcat (ev.id, version, sizeof ev.id);
              p = d + 1;
              continue;
            }
        }
      if (prefix_at (s, q, len, "(revised)") || prefix_at (s, q, len, "(new)"))
        {
          gsize d = q + (s[q + 1] == 'r' ? 9 : 5);
          gsize t = skip_spaces (s, d, len);

          /* only swallow it when something of the id may follow */
          if (prefix_at (s, t, len, "(V") || prefix_at (s, t, len, "Amd") || prefix_at (s, t, len, "Cor"))
            {
              p = d;
              continue;
            }
          break;
        }
      if (q < len && s[q] == '(' && q + 5 < len && is_digit (s[q + 1]) && is_digit (s[q + 4]) && s[q + 5] == ')')
        {
          /* "(2017) Corrigendum 1" */
          gsize t = skip_spaces (s, q + 6, len);

          if (read_amendment_suffix (s, t, len, suffix, sizeof suffix, &k, &e))
            {
              g_strlcat (ev.id, suffix, sizeof ev.id);
              ev.kind = k;
              p = e;
              /* "(11/2017)" */
              t = skip_spaces (s, p, len);
              if (t < len && s[t] == '(' )
                {
                  gsize r = t + 1;

                  while (r < len && r - t < 12 && (is_digit (s[r]) || s[r] == '/'))
                    r++;
                  if (r < len && s[r] == ')')
                    p = r + 1;
                }
              continue;
            }
          break;
        }
      if (q < len && (s[q] == 'A' || s[q] == 'C') && q > p &&
          read_amendment_suffix (s, q, len, suffix, sizeof suffix, &k, &e) && ev.kind == KIND_REC)
        {
          g_strlcat (ev.id, suffix, sizeof ev.id);
          ev.kind = k;
          p = e;
          continue;
        }
      break;
    }

  apply_kind_before (s, &ev, TRUE);
  if (ev.kind == KIND_REP_R || ev.sector == NULL)
    ev.sector = "ITU-R";
  if (ev.kind == KIND_REP_R)
    ev.sector = "ITU-R";

  /* "Q.5011 (ex Q.IEC-EEMA)": the alias is not a mention. */
  {
    gsize q = skip_spaces (s, p, len);

    if (prefix_at (s, q, len, "(ex ") || prefix_at (s, q, len, "(ex-"))
      {
        const char *rp = memchr (s + q, ')', MIN (len - q, (gsize) 80));

        if (rp != NULL)
          p = (rp - s) + 1;
      }
  }

  return finish_id_event (scan, s, len, &ev, p);
}

/* "Resolution(s) ITU-R 65 … and ITU-R 66": ITU-R Resolutions are
 * deliverables of the ITU-R. */
static gsize
scan_itu_r_resolution (Scan       *scan,
                       const char *s,
                       gsize       pos,
                       gsize       len)
{
  IdEvent ev;
  gsize q = pos + 6, d;

  if (!prefix_at (s, pos, len, "ITU-R ") || q >= len || !is_digit (s[q]))
    return pos;
  if (scan->resolution_word_pos == G_MAXSIZE || scan->resolution_word_sentence != scan->sentence)
    return pos;
  d = q;
  while (d < len && is_digit (s[d]) && d - q < 5)
    d++;
  if (d < len && (is_alnum (s[d]) || s[d] == '.' || s[d] == '/'))
    return pos;
  init_id_event (&ev, pos);
  copy_bounded (ev.id, sizeof ev.id, s + pos, d - pos);
  ev.kind = KIND_RES_R;
  ev.sector = "ITU-R";
  return finish_id_event (scan, s, len, &ev, d);
}

/* A title-only deliverable: a deliverable noun right before a quoted
 * title, with no id ("approved Technical report “5G related …”",
 * "Recommendation on “OTT Bypass”"). */
static const char *
title_only_kind (Scan       *scan,
                 const char *s,
                 gsize       open)
{
  gsize p = open, e, b;

  b = previous_word (s, p, &e);
  if (e - b == 2 && memcmp (s + b, "on", 2) == 0)
    {
      p = b;
      b = previous_word (s, p, &e);
    }
  if (e - b == 0)
    {
      /* ", “B”" or ": “A”" in a list after a plural noun and a colon */
      gsize k = p;

      while (k > 0 && s[k - 1] == ' ')
        k--;
      if (scan->title_list_kind != NULL && scan->title_list_sentence == scan->sentence &&
          k > 0 && (s[k - 1] == ',' || s[k - 1] == ':'))
        return scan->title_list_kind;
      return NULL;
    }
  if (scan->title_list_kind != NULL && scan->title_list_sentence == scan->sentence &&
      ((e - b == 2 && memcmp (s + b, "on", 2) == 0) || (e - b == 3 && memcmp (s + b, "and", 3) == 0)))
    return scan->title_list_kind;
  if (g_ascii_strncasecmp (s + b, "Report", 6) == 0 && e - b == 6)
    {
      gsize e2, b2 = previous_word (s, b, &e2);

      if (e2 - b2 == 9 && g_ascii_strncasecmp (s + b2, "Technical", 9) == 0)
        return KIND_TR;
      return NULL;
    }
  if (e - b == 5 && g_ascii_strncasecmp (s + b, "Paper", 5) == 0)
    {
      gsize e2, b2 = previous_word (s, b, &e2);

      if (e2 - b2 == 9 && g_ascii_strncasecmp (s + b2, "Technical", 9) == 0)
        return KIND_TP;
      return NULL;
    }
  if (e - b == 14 && memcmp (s + b, "Recommendation", 14) == 0 && p != open)
    return KIND_REC;   /* "Recommendation on “…”" */
  if (e - b == 14 && memcmp (s + b, "Recommendation", 14) == 0)
    return KIND_REC;
  if (e - b == 10 && memcmp (s + b, "Supplement", 10) == 0)
    return KIND_SUPPL;
  if (e - b == 5 && memcmp (s + b, "Study", 5) == 0)
    return KIND_OTHER;
  return NULL;
}

static void
add_title_only (Scan       *scan,
                const char *s,
                gsize       len,
                gsize       open,
                gsize       start,
                gsize       end,
                gsize       close,
                const char *kind)
{
  IdEvent ev;
  gsize a = start, b = end;

  while (a < b && s[a] == ' ')
    a++;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.' || s[b - 1] == ','))
    b--;
  if (b == a)
    return;
  init_id_event (&ev, open);
  copy_bounded (ev.id, sizeof ev.id, s + a, b - a);
  ev.kind = kind;
  ev.title_pos = a;
  ev.title_len = b - a;
  ev.title_only = TRUE;
  {
    gboolean itu_r = FALSE, draft = FALSE;
    gsize e, pb = previous_word (s, open, &e);

    if (e - pb == 2 && memcmp (s + pb, "on", 2) == 0)
      pb = previous_word (s, pb, &e);
    (void) kind_before (s, pb, &itu_r, &draft);
    ev.draft_prefix = draft;
  }
  ev.attach_end = close;
  ev.sentence = scan->sentence;
  g_array_append_val (scan->ids, ev);
  (void) len;
}

/* ------------------------------------------------------------------ */
/* Stated counts: docs/extraction-rules.md "Stated counts"             */

static const char *
count_noun_at (const char *s,
               gsize       p,
               gsize       len,
               gsize      *end)
{
  static const char * const fillers[] = {
    "more", "draft", "new/revised", "new", "revised", "ITU-T", "ITU-R", "regional",
    "additional", "other", "further", "related", "final", "separate",
  };
  static const struct { const char *noun; const char *kind; } nouns[] = {
    { "Recommendations", KIND_REC }, { "Recommendation", KIND_REC },
    { "Supplements", KIND_SUPPL }, { "Supplement", KIND_SUPPL },
    { "Technical Reports", KIND_TR }, { "Technical Report", KIND_TR },
    { "Technical reports", KIND_TR }, { "Technical report", KIND_TR },
    { "Technical Papers", KIND_TP }, { "Technical Paper", KIND_TP },
    { "technical reports", KIND_TR }, { "technical papers", KIND_TP },
    { "Amendments", KIND_AMD }, { "Amendment", KIND_AMD },
    { "Corrigenda", KIND_COR }, { "Corrigendum", KIND_COR },
    { "Implementers Guides", KIND_IG }, { "Implementer's Guide", KIND_IG },
    { "Implementer’s Guide", KIND_IG }, { "Implementers Guide", KIND_IG },
    { "Handbooks", KIND_HANDBOOK }, { "Handbook", KIND_HANDBOOK },
    { "work items", KIND_OTHER }, { "work item", KIND_OTHER },
    { "standards", KIND_OTHER }, { "deliverables", KIND_OTHER }, { "deliverable", KIND_OTHER },
  };

  for (int round = 0; round < 4; round++)
    {
      gboolean filler = FALSE;

      p = skip_spaces (s, p, len);
      for (gsize k = 0; k < G_N_ELEMENTS (nouns); k++)
        if (word_at (s, p, len, nouns[k].noun) ||
            (prefix_at (s, p, len, nouns[k].noun) && p + strlen (nouns[k].noun) < len &&
             !g_ascii_isalpha (s[p + strlen (nouns[k].noun)])))
          {
            *end = p + strlen (nouns[k].noun);
            return nouns[k].kind;
          }
      for (gsize k = 0; k < G_N_ELEMENTS (fillers); k++)
        if (word_at (s, p, len, fillers[k]) && (p + strlen (fillers[k]) >= len || s[p + strlen (fillers[k])] != '-'))
          {
            p += strlen (fillers[k]);
            filler = TRUE;
            break;
          }
      if (!filler)
        return NULL;
    }
  return NULL;
}

static gsize
scan_count (Scan       *scan,
            const char *s,
            gsize       pos,
            gsize       len)
{
  guint value;
  gsize n, end;
  const char *kind;
  CountEvent ev = { 0, };

  if (!_rpt_corpus_read_number (s + pos, len - pos, &value, &n))
    return pos;
  /* years, dates, fractions, "four-year", "Q1/1" are not counts */
  if (pos + n < len && (s[pos + n] == '-' || s[pos + n] == '/' || s[pos + n] == '.' ||
                        s[pos + n] == ':' || s[pos + n] == '%'))
    return pos + n;
  if (pos > 0 && (s[pos - 1] == '-' || s[pos - 1] == '/' || s[pos - 1] == '.'))
    return pos + n;
  kind = count_noun_at (s, pos + n, len, &end);
  if (kind == NULL)
    return pos + n;
  /* "Resolution 101 Recommendations" cannot happen, but "Supplement 59
   * Recommendations" style numbers belong to the word before. */
  if (previous_word_is (s, pos, "Supplement") || previous_word_is (s, pos, "Resolution") ||
      previous_word_is (s, pos, "Amendment") || previous_word_is (s, pos, "Corrigendum") ||
      previous_word_is (s, pos, "Section") || previous_word_is (s, pos, "the") )
    {
      /* "the two Recommendations" is anaphora, not a new statement */
      if (!previous_word_is (s, pos, "the"))
        return pos + n;
      if (!g_ascii_isalpha (s[pos]))
        return pos + n;
      return pos + n;
    }

  ev.pos = pos;
  ev.end = end;
  ev.sentence = scan->sentence;
  ev.count = value;
  ev.kind = kind;
  {
    gsize e, b = previous_word (s, pos, &e);

    if (e - b == 4 && g_ascii_strncasecmp (s + b, "than", 4) == 0)
      {
        gsize e2, b2 = previous_word (s, b, &e2);

        if (e2 - b2 == 4 && g_ascii_strncasecmp (s + b2, "more", 4) == 0)
          ev.at_least = TRUE;
      }
    else if (e - b == 4 && g_ascii_strncasecmp (s + b, "over", 4) == 0)
      ev.at_least = TRUE;
    else if (e - b == 5 && g_ascii_strncasecmp (s + b, "least", 5) == 0)
      ev.at_least = TRUE;
  }
  g_array_append_val (scan->counts, ev);
  return end;
}

/* ------------------------------------------------------------------ */
/* Status words                                                        */

static gsize
scan_cue (Scan       *scan,
          const char *s,
          gsize       pos,
          gsize       len,
          gboolean    in_parens)
{
  char c = ascii_lower (s[pos]);
  gsize wl = 0;

  if (!cue_first_letter[(guchar) c])
    return pos;
  while (pos + wl < len && g_ascii_isalpha (s[pos + wl]))
    wl++;
  /* no cue word of this letter has a first word that long */
  if (wl >= 32 || !(cue_lengths_by_letter[(guchar) c] & (1u << wl)))
    return pos;

  for (guint j = 0; j < cue_by_letter_n[(guchar) c]; j++)
    {
      guint k = cue_by_letter[(guchar) c][j];
      const CueWord *w = &cue_words[k];

      if (cue_first_word_length[k] == wl && word_at (s, pos, len, w->phrase))
        {
          CueEvent ev = { 0, };
          gsize e, b;

          ev.pos = pos;
          ev.end = pos + strlen (w->phrase);
          ev.sentence = scan->sentence;
          ev.status = w->status;
          ev.strength = w->strength;
          ev.in_parens = in_parens;
          /* "… is under approval", "were approved": the verb looks back;
           * "is working on", "is progressing" are active */
          b = previous_word (s, pos, &e);
          if (g_str_has_suffix (w->phrase, "ing") || g_str_has_suffix (w->phrase, " on") ||
              g_str_has_suffix (w->phrase, "work"))
            b = e;
          for (int words = 0; words < 3 && e > b; words++)
            {
              gsize n = e - b;

              if ((n == 2 && memcmp (s + b, "is", 2) == 0) || (n == 3 && memcmp (s + b, "are", 3) == 0) ||
                  (n == 3 && memcmp (s + b, "was", 3) == 0) || (n == 4 && memcmp (s + b, "were", 4) == 0) ||
                  (n == 4 && memcmp (s + b, "been", 4) == 0) || (n == 2 && memcmp (s + b, "be", 2) == 0))
                {
                  ev.passive = TRUE;
                  break;
                }
              if (!((n == 9 && memcmp (s + b, "currently", 9) == 0) || (n == 3 && memcmp (s + b, "now", 3) == 0) ||
                    (n == 4 && memcmp (s + b, "also", 4) == 0) || (n == 4 && memcmp (s + b, "then", 4) == 0)))
                break;
              b = previous_word (s, b, &e);
            }
          g_array_append_val (scan->cues, ev);
          return ev.end;
        }
    }
  return pos;
}

/* ------------------------------------------------------------------ */
/* Resolutions cited in the text                                       */

static const char *
body_before (const char *s,
             gsize       pos)
{
  gsize e, b = previous_word (s, pos, &e);
  gsize n = e - b;

  /* "Plenipotentiary Conference (PP) Resolution" */
  if (pos >= 5 && memcmp (s + pos - 5, "(PP) ", 5) == 0)
    return "PP";
  if (n == 2 && memcmp (s + b, "PP", 2) == 0)
    return "PP";
  if (n == 15 && memcmp (s + b, "Plenipotentiary", 15) == 0)
    return "PP";
  if (n == 10 && memcmp (s + b, "Conference", 10) == 0)
    {
      gsize e2, b2 = previous_word (s, b, &e2);

      if (e2 - b2 == 15 && memcmp (s + b2, "Plenipotentiary", 15) == 0)
        return "PP";
    }
  if (n >= 4 && memcmp (s + b, "WTSA", 4) == 0)
    return "WTSA";
  if (n >= 4 && memcmp (s + b, "WTDC", 4) == 0)
    return "WTDC";
  if (n == 7 && memcmp (s + b, "Council", 7) == 0)
    return "Council";
  if (n >= 4 && memcmp (s + b, "RA-", 3) == 0)
    return "ITU-R";
  return NULL;
}

static gsize
scan_resolution (Scan       *scan,
                 const char *s,
                 gsize       pos,
                 gsize       len)
{
  gsize p;
  const char *body;

  if (prefix_at (s, pos, len, "Resolutions "))
    p = pos + 12;
  else if (prefix_at (s, pos, len, "Resolution "))
    p = pos + 11;
  else if (prefix_at (s, pos, len, "Res. "))
    p = pos + 5;
  else
    return pos;

  scan->resolution_word_pos = pos;
  scan->resolution_word_sentence = scan->sentence;

  body = body_before (s, pos);
  if (body != NULL)
    {
      scan->last_body = body;
      scan->last_body_sentence = scan->sentence;
    }
  else if (scan->last_body != NULL && scan->last_body_sentence == scan->sentence)
    body = scan->last_body;

  if (prefix_at (s, p, len, "ITU-R "))
    return pos;   /* read as deliverables by scan_itu_r_resolution() */

  for (int guard = 0; guard < 32; guard++)
    {
      ResolutionEvent ev = { 0, };
      gsize d = p;

      if (p + 6 <= len && (s[p] == 'R' || s[p] == 'A') && is_digit (s[p + 1]) && is_digit (s[p + 2]) &&
          s[p + 3] == '/' && is_digit (s[p + 4]) && is_digit (s[p + 5]))
        {
          ev.body = "MoU/MG";
          copy_bounded (ev.number, sizeof ev.number, s + p, 6);
          d = p + 6;
        }
      else
        {
          while (d < len && is_digit (s[d]) && d - p < 5)
            d++;
          if (d == p || (d < len && (is_alnum (s[d]) || s[d] == '/' || (s[d] == '.' && d + 1 < len && is_digit (s[d + 1])))))
            break;
          ev.body = body;
          copy_bounded (ev.number, sizeof ev.number, s + p, d - p);
        }
      ev.pos = p;
      ev.sentence = scan->sentence;
      p = d;

      /* revision: "(Rev. Dubai, 2018)", "(Dubai, 2018)", "(mod 2015)" */
      {
        gsize q = skip_spaces (s, p, len);

        if (q < len && s[q] == '(')
          {
            const char *rp = memchr (s + q, ')', MIN (len - q, (gsize) 48));

            if (rp != NULL && (gsize) (rp - s) > q + 1)
              {
                gsize a = q + 1, z = rp - s;

                copy_bounded (ev.revision, sizeof ev.revision, s + a, z - a);
                p = z + 1;
              }
          }
      }
      /* title: ', “…”' or ' on “…”' */
      {
        gsize q = skip_spaces (s, p, len), cs, ce, after;

        if (q < len && s[q] == ',')
          q = skip_spaces (s, q + 1, len);
        if (word_at (s, q, len, "on"))
          q = skip_spaces (s, q + 2, len);
        after = after_quote_span (scan, q, &cs, &ce);
        if (after != 0)
          {
            ev.title_pos = cs;
            ev.title_len = ce - cs;
            p = after;
          }
      }
      g_array_append_val (scan->resolutions, ev);

      /* list: ", 102", " and 206", ", 102 (Rev. …)" */
      {
        gsize q = p;

        if (q < len && s[q] == ',')
          q++;
        q = skip_spaces (s, q, len);
        if (word_at (s, q, len, "and"))
          q = skip_spaces (s, q + 3, len);
        if (q < len && is_digit (s[q]))
          {
            p = q;
            continue;
          }
      }
      break;
    }
  return p;
}

/* ------------------------------------------------------------------ */
/* The paragraph scanner                                               */

static gboolean
is_abbreviation_before (const char *s,
                        gsize       dot)
{
  static const char * const abbreviations[] = {
    "Rev", "No", "Nos", "Res", "Rec", "Amd", "Cor", "Suppl", "Sup", "Mr", "Ms", "Mrs", "Dr",
    "Vol", "e.g", "i.e", "etc", "Fig", "Doc", "St", "Inc", "Ltd", "vs", "cf", "Prof", "approx",
  };
  gsize e, b = previous_word (s, dot, &e);

  if (e != dot)
    {
      /* "e.g." */
      if (dot >= 3 && s[dot - 2] == '.' )
        return TRUE;
      return FALSE;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (abbreviations); k++)
    {
      gsize n = strlen (abbreviations[k]);

      if (e - b == n && memcmp (s + b, abbreviations[k], n) == 0)
        return TRUE;
    }
  /* a single capital: an initial */
  if (e - b == 1 && is_upper (s[b]))
    return TRUE;
  return FALSE;
}

void
_rpt_scan_paragraph (Scan       *scan,
                     const char *s,
                     gsize       len,
                     gboolean    in_bullet)
{
  gsize i = 0;
  guint quote_index = 0;
  int paren_depth = 0;

  ensure_vocabulary ();

  g_array_set_size (scan->groups, 0);
  g_array_set_size (scan->cues, 0);
  g_array_set_size (scan->ids, 0);
  g_array_set_size (scan->counts, 0);
  g_array_set_size (scan->resolutions, 0);
  g_array_set_size (scan->sentences, 0);
  scan->sentence = 0;
  scan->last_group_end = 0;
  scan->last_group_sector[0] = '\0';
  scan->paragraph_sector[0] = '\0';
  scan->last_body = NULL;
  scan->resolution_word_pos = G_MAXSIZE;
  scan->title_list_kind = NULL;
  scan->in_bullet = in_bullet;
  scan->quote_cursor = 0;

  find_quotes (scan, s, len);

  while (i < len)
    {
      char c = s[i];
      gsize next;

      if (byte_class[(guchar) c] & BYTE_BORING)
        {
          /* spaces and punctuation that start nothing: skip them all,
           * keeping the quote cursor where the byte loop would */
          while (i + 1 < len && (byte_class[(guchar) s[i + 1]] & BYTE_BORING))
            i++;
          while (quote_index < scan->quotes->len &&
                 g_array_index (scan->quotes, QuoteSpan, quote_index).open < i)
            {
              quote_index++;
              scan->quote_cursor = quote_index;
            }
          i++;
          continue;
        }

      /* A quoted span: a title.  Nothing inside it is a mention. */
      if (quote_index < scan->quotes->len &&
          g_array_index (scan->quotes, QuoteSpan, quote_index).open == i)
        {
          QuoteSpan *q = &g_array_index (scan->quotes, QuoteSpan, quote_index);
          const char *k = title_only_kind (scan, s, i);

          if (k != NULL)
            {
              /* unless an id is right before it */
              gboolean after_id = FALSE;

              if (scan->ids->len > 0)
                {
                  IdEvent *last = &g_array_index (scan->ids, IdEvent, scan->ids->len - 1);

                  after_id = last->attach_end >= i || (last->title_len > 0 && last->title_pos == q->start);
                }
              if (!after_id)
                add_title_only (scan, s, len, q->open, q->start, q->end, q->close, k);
            }
          i = q->close;
          quote_index++;
          scan->quote_cursor = quote_index;
          continue;
        }
      while (quote_index < scan->quotes->len &&
             g_array_index (scan->quotes, QuoteSpan, quote_index).open < i)
        {
          quote_index++;
          scan->quote_cursor = quote_index;
        }

      if (c == '(')
        {
          gsize q = i + 1;

          paren_depth++;
          /* markers attached to the mention before them */
          if (scan->ids->len > 0)
            {
              IdEvent *last = &g_array_index (scan->ids, IdEvent, scan->ids->len - 1);
              gboolean attached = last->sentence == scan->sentence && i >= last->attach_end &&
                                  i - last->attach_end <= 3;

              if (attached && (prefix_at (s, q, len, "under approval)") ||
                               prefix_at (s, q, len, "currently under approval)")))
                {
                  last->marker = STATUS_UNDER_APPROVAL;
                  last->attach_end = (const char *) memchr (s + q, ')', len - q) - s + 1;
                  i = last->attach_end;
                  paren_depth--;
                  continue;
                }
              if (attached && prefix_at (s, q, len, "under publication)"))
                {
                  last->weak_marker = STATUS_PUBLISHED;
                  last->attach_end = q + 18;
                  i = last->attach_end;
                  paren_depth--;
                  continue;
                }
            }
          if (q < len && s[q] == 'Q')
            {
              guint before = scan->groups->len;

              next = scan_group (scan, s, q, len);
              if (next > q && scan->groups->len > before && scan->ids->len > 0)
                {
                  IdEvent *last = &g_array_index (scan->ids, IdEvent, scan->ids->len - 1);

                  if (last->sentence == scan->sentence && last->qgroup[0] == '\0')
                    g_strlcpy (last->qgroup, g_array_index (scan->groups, GroupEvent, before).id,
                               sizeof last->qgroup);
                  if (next < len && s[next] == ')')
                    {
                      last->attach_end = MAX (last->attach_end, next + 1);
                      paren_depth--;
                      next++;
                    }
                }
              if (next > q)
                {
                  i = next;
                  continue;
                }
            }
          i++;
          continue;
        }
      if (c == ')')
        {
          if (paren_depth > 0)
            paren_depth--;
          i++;
          continue;
        }

      /* sentence ends */
      if ((c == '.' || c == '?' || c == '!') && i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t') &&
          !is_abbreviation_before (s, i))
        {
          gsize q = skip_spaces (s, i + 1, len);
          gsize w;

          if (q < len && (is_upper (s[q]) || is_digit (s[q]) || s[q] == '(' || s[q] == '[' ||
                          quote_at (s, q, len, &w) != Q_NONE || (guchar) s[q] >= 0x80))
            {
              gsize end = i + 1;

              g_array_append_val (scan->sentences, end);
              scan->sentence++;
              paren_depth = 0;
            }
          i++;
          continue;
        }

      if (c == ':' && scan->title_list_kind == NULL && i > 0)
        {
          /* "started new work on 13 draft Recommendations: on “A”, …" */
          gsize e, b = previous_word (s, i, &e);

          if (e == i && e - b >= 7 &&
              (memcmp (s + e - 1, "s", 1) == 0) &&
              (g_ascii_strncasecmp (s + b, "Recommendations", 15) == 0 ||
               g_ascii_strncasecmp (s + b, "Reports", 7) == 0 ||
               g_ascii_strncasecmp (s + b, "Papers", 6) == 0 ||
               g_ascii_strncasecmp (s + b, "Supplements", 11) == 0))
            {
              scan->title_list_kind = (s[b] == 'R' && s[b + 2] == 'c') ? KIND_REC :
                                      (s[b] == 'P') ? KIND_TP :
                                      (s[b] == 'S') ? KIND_SUPPL : KIND_TR;
              if (scan->title_list_kind == KIND_TR)
                {
                  gsize e2, b2 = previous_word (s, b, &e2);

                  if (!(e2 - b2 == 9 && g_ascii_strncasecmp (s + b2, "Technical", 9) == 0))
                    scan->title_list_kind = NULL;
                }
              scan->title_list_sentence = scan->sentence;
            }
          i++;
          continue;
        }

      /* only word starts from here on */
      if (i > 0)
        {
          char b = s[i - 1];

          if (byte_class[(guchar) b] & BYTE_NO_START)
            {
              /* UTF-8 continuation or inside a word */
              if (!((guchar) b >= 0x80 && (guchar) c < 0x80 && !is_alnum (c)))
                {
                  i++;
                  continue;
                }
            }
        }
      if (!is_alnum (c))
        {
          i++;
          continue;
        }

      next = i;
      if (is_upper (c))
        {
          if (c == 'I' && prefix_at (s, i, len, "ITU-"))
            {
              if (s[i + 4] == 'D' || s[i + 4] == 'T')
                {
                  scan->paragraph_sector[0] = 'I';
                  memcpy (scan->paragraph_sector, s + i, 5);
                  scan->paragraph_sector[5] = '\0';
                }
              next = scan_itu_r_resolution (scan, s, i, len);
              if (next == i)
                next = scan_group (scan, s, i, len);
              if (next == i)
                next = i + 5;
            }
          else if (c == 'R' && (prefix_at (s, i, len, "Resolution") || prefix_at (s, i, len, "Res. ")))
            next = scan_resolution (scan, s, i, len);
          else
            {
              next = scan_id (scan, s, i, len);
              if (next == i)
                next = scan_group (scan, s, i, len);
            }
          if (next == i)
            next = scan_count (scan, s, i, len);
          if (next == i)
            next = scan_cue (scan, s, i, len, paren_depth > 0);
        }
      else if (is_digit (c))
        next = scan_count (scan, s, i, len);
      else
        {
          /* lower case: status words, number words, "dSTR-…" */
          if (c == 'd' && i + 4 < len && s[i + 1] == 'S')
            next = scan_id (scan, s, i, len);
          if (next == i)
            next = scan_cue (scan, s, i, len, paren_depth > 0);
          if (next == i)
            next = scan_count (scan, s, i, len);
        }

      if (next == i)
        {
          /* skip the rest of the word */
          next = i + 1;
          while (next < len && (byte_class[(guchar) s[next]] & BYTE_WORD_TAIL))
            next++;
        }
      i = next;
    }
}

/* ------------------------------------------------------------------ */
/* Scan lifetime                                                       */

void
_rpt_scan_init (Scan *scan)
{
  memset (scan, 0, sizeof *scan);
  scan->groups = g_array_new (FALSE, FALSE, sizeof (GroupEvent));
  scan->cues = g_array_new (FALSE, FALSE, sizeof (CueEvent));
  scan->ids = g_array_new (FALSE, FALSE, sizeof (IdEvent));
  scan->counts = g_array_new (FALSE, FALSE, sizeof (CountEvent));
  scan->resolutions = g_array_new (FALSE, FALSE, sizeof (ResolutionEvent));
  scan->sentences = g_array_new (FALSE, FALSE, sizeof (gsize));
  scan->quotes = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
}

void
_rpt_scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->groups, g_array_unref);
  g_clear_pointer (&scan->cues, g_array_unref);
  g_clear_pointer (&scan->ids, g_array_unref);
  g_clear_pointer (&scan->counts, g_array_unref);
  g_clear_pointer (&scan->resolutions, g_array_unref);
  g_clear_pointer (&scan->sentences, g_array_unref);
  g_clear_pointer (&scan->quotes, g_array_unref);
}

gsize
_rpt_scan_sentence_start (Scan *scan,
                          int   sentence)
{
  if (sentence <= 0)
    return 0;
  return g_array_index (scan->sentences, gsize, sentence - 1);
}

gsize
_rpt_scan_sentence_end (Scan *scan,
                        int   sentence,
                        gsize len)
{
  if ((guint) sentence >= scan->sentences->len)
    return len;
  return g_array_index (scan->sentences, gsize, sentence);
}
