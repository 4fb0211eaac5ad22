/* rpt-corpus-build.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <string.h>

#include "rpt-corpus-private.h"
#include "rpt-corpus-parse-private.h"
#include "rpt-corpus-build-private.h"

/* Builds a report from cleaned text: cuts it into sections, keeps the
 * context that runs from one paragraph to the next (lead sentences, the
 * group a section is about) and turns the scanner's events into records.
 * docs/extraction-rules.md is the specification. */

#define EXCERPT_MAX 400

typedef struct
{
  RptCorpusReport *report;
  RptFamily family;
  Scan scan;

  GHashTable *sections;        /* number → RptCorpusSection* */
  GHashTable *texts;           /* number → GString* */
  RptCorpusSection *cur;
  GString *cur_text;
  GHashTable *mentions;        /* "section\x1fid" → index + 1 */
  GHashTable *groups;          /* id → RptCorpusGroup* */
  GHashTable *resolutions;     /* "body\x1fnumber" → RptCorpusResolution* */
  GHashTable *council;         /* set of document numbers */

  /* numbering of the current section */
  guint path[8];
  guint path_len;
  gboolean seen_numbered;

  /* context within a section */
  gboolean lead_active;
  gboolean lead_had_bullets;
  gboolean lead_titles;        /* "the following deliverables were published:" */
  int lead_status;             /* -1: none */
  char lead_group[48];
  int last_lead_status;
  char last_lead_group[48];
  char ctx_group[48];
  int ctx_sentence;
  guint ctx_cue;
  gboolean code_line;
  gboolean title_line_next;

  gboolean summary_heading_done;
  gboolean title_done;

  GStringChunk *keys;          /* the keys of mentions */
  RptCorpusSection *cur_section_string_of;
  char *cur_section_string;    /* cur->number in the report's strings */
  char *last_kind, *last_group, *last_sector, *last_series; /* intern_cached() */
} Builder;

static void
section_free (gpointer data)
{
  RptCorpusSection *section = data;

  g_free (section->number);
  g_free (section->heading);
  g_free (section->text);
  g_free (section->parent);
  g_free (section);
}

static void
resolution_free (gpointer data)
{
  RptCorpusResolution *resolution = data;

  g_free (resolution->body);
  g_free (resolution->number);
  g_free (resolution->revision);
  g_free (resolution->title);
  g_clear_pointer (&resolution->sections, g_ptr_array_unref);
  g_free (resolution);
}

static void
group_free (gpointer data)
{
  RptCorpusGroup *group = data;

  g_free (group->id);
  g_clear_pointer (&group->sections, g_ptr_array_unref);
  g_free (group);
}

static void
count_free (gpointer data)
{
  RptCorpusCount *c = data;

  g_free (c->kind);
  g_free (c->status);
  g_clear_pointer (&c->groups, g_ptr_array_unref);
  g_free (c->period);
  g_free (c->section);
  g_free (c->quote);
  g_free (c);
}

/* The deliverable records of a report and their strings live in one
 * arena per report (docs: rpt-corpus.h says the records are read-only):
 * a report has tens of thousands of mentions, and one malloc/free per
 * string was a fifth of the parse time.  The report struct comes first so
 * that rpt_corpus_report_free() can find the arena. */
typedef struct
{
  RptCorpusReport report;
  GStringChunk *strings;      /* every string of the deliverables */
  GSList *blocks;             /* the deliverable structs, bump-allocated */
  gsize block_used;
  char *status[N_STATUS];     /* interned status names */
} ReportStorage;

#define ARENA_BLOCK (64 * 1024)

static gpointer
arena_alloc0 (ReportStorage *storage,
              gsize          size)
{
  gpointer p;

  size = (size + 15) & ~(gsize) 15;
  if (storage->blocks == NULL || storage->block_used + size > ARENA_BLOCK)
    {
      storage->blocks = g_slist_prepend (storage->blocks, g_malloc (ARENA_BLOCK));
      storage->block_used = 0;
    }
  p = (char *) storage->blocks->data + storage->block_used;
  storage->block_used += size;
  memset (p, 0, size);
  return p;
}

void
_rpt_corpus_report_free_storage (RptCorpusReport *report)
{
  ReportStorage *storage = (ReportStorage *) report;

  g_slist_free_full (storage->blocks, g_free);
  if (storage->strings != NULL)
    g_string_chunk_free (storage->strings);
  g_free (storage);
}

RptCorpusReport *
_rpt_corpus_report_new (const char *file_name)
{
  ReportStorage *storage = g_new0 (ReportStorage, 1);
  RptCorpusReport *report = &storage->report;

  report->file = g_path_get_basename (file_name != NULL ? file_name : "report.txt");
  report->council_documents = g_ptr_array_new_with_free_func (g_free);
  report->sections = g_ptr_array_new_with_free_func (section_free);
  report->resolutions = g_ptr_array_new_with_free_func (resolution_free);
  report->groups = g_ptr_array_new_with_free_func (group_free);
  report->deliverables = g_ptr_array_new ();   /* records in the arena */
  report->counts = g_ptr_array_new_with_free_func (count_free);
  return report;
}

/* ------------------------------------------------------------------ */

static char *
text_dup (const char *s,
          gsize       n,
          gsize       max)
{
  if (n > max)
    {
      /* cut at a word boundary, with an ellipsis */
      gsize cut = max;

      while (cut > max / 2 && s[cut] != ' ')
        cut--;
      g_autofree char *head = NULL;

      while (cut > 0 && ((guchar) s[cut] & 0xC0) == 0x80)
        cut--;
      head = g_strndup (s, cut);
      return g_strconcat (head, "…", NULL);
    }
  return g_strndup (s, n);
}

static char *
excerpt_dup (const char *s,
             gsize       start,
             gsize       end)
{
  while (start < end && (s[start] == ' ' || s[start] == '\t'))
    start++;
  while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
    end--;
  if (end - start > EXCERPT_MAX)
    {
      gsize cut = start + EXCERPT_MAX - 3;
      g_autofree char *head = NULL;

      while (cut > start + EXCERPT_MAX / 2 && s[cut] != ' ')
        cut--;
      while (cut > start && ((guchar) s[cut] & 0xC0) == 0x80)
        cut--;
      head = g_strndup (s + start, cut - start);
      return g_strconcat (head, "…", NULL);
    }
  return g_strndup (s + start, end - start);
}

/* text_dup() and excerpt_dup() into the report's string chunk. */
static char *
chunk_text_dup (GStringChunk *chunk,
                const char   *s,
                gsize         n,
                gsize         max)
{
  if (n > max)
    {
      g_autofree char *dup = text_dup (s, n, max);

      return g_string_chunk_insert (chunk, dup);
    }
  return g_string_chunk_insert_len (chunk, s, n);
}

static char *
chunk_excerpt_dup (GStringChunk *chunk,
                   const char   *s,
                   gsize         start,
                   gsize         end)
{
  gsize a = start, z = end;

  while (a < z && (s[a] == ' ' || s[a] == '\t'))
    a++;
  while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
    z--;
  if (z - a > EXCERPT_MAX)
    {
      g_autofree char *dup = excerpt_dup (s, start, end);

      return g_string_chunk_insert (chunk, dup);
    }
  return g_string_chunk_insert_len (chunk, s + a, z - a);
}

/* Whether @value is in @array; the last element (the common case: the
 * section being read) is tried first. */
static gboolean
string_in_array (GPtrArray  *array,
                 const char *value)
{
  if (array->len == 0)
    return FALSE;
  if (strcmp (g_ptr_array_index (array, array->len - 1), value) == 0)
    return TRUE;
  for (guint k = 0; k + 1 < array->len; k++)
    if (strcmp (g_ptr_array_index (array, k), value) == 0)
      return TRUE;
  return FALSE;
}

static void
name_group (Builder    *b,
            const char *id)
{
  RptCorpusGroup *group;

  if (b->cur == NULL || id[0] == '\0')
    return;
  group = g_hash_table_lookup (b->groups, id);
  if (group == NULL)
    {
      group = g_new0 (RptCorpusGroup, 1);
      group->id = g_strdup (id);
      group->sections = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (b->groups, group->id, group);
      g_ptr_array_add (b->report->groups, group);
    }
  if (!string_in_array (group->sections, b->cur->number))
    g_ptr_array_add (group->sections, g_strdup (b->cur->number));
}

static RptCorpusResolution *
cite_resolution (Builder    *b,
                 const char *body,
                 const char *number,
                 const char *section)
{
  char key[96];
  RptCorpusResolution *res;

  g_snprintf (key, sizeof key, "%s\x1f%s", body, number);
  res = g_hash_table_lookup (b->resolutions, key);
  if (res == NULL)
    {
      res = g_new0 (RptCorpusResolution, 1);
      res->body = g_strdup (body);
      res->number = g_strdup (number);
      res->sections = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (b->resolutions, g_strdup (key), res);
      g_ptr_array_add (b->report->resolutions, res);
    }
  if (section != NULL && !string_in_array (res->sections, section))
    g_ptr_array_add (res->sections, g_strdup (section));
  return res;
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */

static void
open_section (Builder    *b,
              const char *number,
              const char *heading,
              guint       level)
{
  RptCorpusSection *section = g_hash_table_lookup (b->sections, number);

  if (section == NULL)
    {
      section = g_new0 (RptCorpusSection, 1);
      section->number = g_strdup (number);
      section->heading = g_strdup (heading != NULL ? heading : "");
      section->level = level;
      if (level > 1)
        {
          const char *dot = strrchr (number, '.');

          if (dot != NULL)
            {
              g_autofree char *parent = g_strndup (number, dot - number);

              if (g_hash_table_contains (b->sections, parent))
                section->parent = g_steal_pointer (&parent);
            }
        }
      g_hash_table_insert (b->sections, section->number, section);
      g_hash_table_insert (b->texts, section->number, g_string_new (NULL));
      g_ptr_array_add (b->report->sections, section);
    }
  b->cur = section;
  b->cur_text = g_hash_table_lookup (b->texts, section->number);

  /* a new section ends every context of the previous one */
  b->lead_active = FALSE;
  b->lead_had_bullets = FALSE;
  b->lead_titles = FALSE;
  b->lead_status = -1;
  b->lead_group[0] = '\0';
  b->last_lead_status = -1;
  b->last_lead_group[0] = '\0';
  b->ctx_group[0] = '\0';
  b->title_line_next = FALSE;
}

static void
append_text (Builder    *b,
             const char *s,
             gsize       len)
{
  if (b->cur_text->len > 0)
    g_string_append_c (b->cur_text, '\n');
  g_string_append_len (b->cur_text, s, len);
}

/* ------------------------------------------------------------------ */
/* Deliverables                                                        */

/* Events are in text order, so lookups are a binary search and a short
 * walk; LOOK_CAP bounds the walk so that a paragraph with a million
 * events stays linear. */
#define LOOK_CAP 256

static guint
lower_bound (GArray *array,
             gsize   pos)
{
  guint lo = 0, hi = array->len;
  guint size = g_array_get_element_size (array);

  /* every event struct starts with its gsize position */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gsize p = *(const gsize *) (array->data + (gsize) mid * size);

      if (p < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static const char *
subject_before (Scan  *scan,
                gsize  pos,
                int    sentence)
{
  guint k = lower_bound (scan->groups, pos);

  for (guint steps = 0; k > 0 && steps < LOOK_CAP; k--, steps++)
    {
      GroupEvent *g = &g_array_index (scan->groups, GroupEvent, k - 1);

      if (g->sentence != sentence)
        break;
      if (g->flags & GROUP_SUBJECT)
        return g->id;
    }
  return NULL;
}

static const char *
first_group_after (Scan  *scan,
                   gsize  pos,
                   gsize  limit,
                   int    sentence)
{
  for (guint k = lower_bound (scan->groups, pos), steps = 0;
       k < scan->groups->len && steps < LOOK_CAP; k++, steps++)
    {
      GroupEvent *g = &g_array_index (scan->groups, GroupEvent, k);

      if (g->pos >= limit || g->sentence != sentence)
        break;
      if (!(g->flags & GROUP_QTAG))
        return g->id;
    }
  return NULL;
}

static CueEvent *
cue_before (Scan    *scan,
            gsize    pos,
            int      sentence,
            int      strength)
{
  guint k = lower_bound (scan->cues, pos);

  for (guint steps = 0; k > 0 && steps < LOOK_CAP; k--, steps++)
    {
      CueEvent *c = &g_array_index (scan->cues, CueEvent, k - 1);

      if (c->sentence != sentence)
        break;
      if (c->strength == strength || (strength == CUE_CLAUSE && c->strength == CUE_VERB))
        return c;
    }
  return NULL;
}

static CueEvent *
cue_after (Scan    *scan,
           gsize    pos,
           gsize    limit,
           int      sentence)
{
  for (guint k = lower_bound (scan->cues, pos), steps = 0;
       k < scan->cues->len && steps < LOOK_CAP; k++, steps++)
    {
      CueEvent *c = &g_array_index (scan->cues, CueEvent, k);

      if (c->pos >= limit || c->sentence != sentence)
        break;
      if (c->strength == CUE_VERB)
        return c;
    }
  return NULL;
}

/* MoU/MG register entries start with the deliverable: "[Recommendation
 * ITU-T X.1377 “…”](#) establishes …", "- Draft [F.MIBS](#) …". */
static gboolean
is_entry_start (const char *s,
                gsize       pos)
{
  static const char * const fillers[] = {
    "Draft", "draft", "new", "New", "Recommendation", "ITU-T", "ITU-R", "Supplement",
    "Technical", "Report", "Paper", "Rec.", "-", "–", "•", "·",
  };
  gsize p = 0;

  while (p < pos)
    {
      gsize w;
      gboolean ok = FALSE;

      while (p < pos && (s[p] == ' ' || s[p] == '\t' || s[p] == '['))
        p++;
      if (p >= pos)
        break;
      w = p;
      while (w < pos && s[w] != ' ' && s[w] != '\t')
        w++;
      for (gsize k = 0; k < G_N_ELEMENTS (fillers); k++)
        if (strlen (fillers[k]) == w - p && memcmp (s + p, fillers[k], w - p) == 0)
          ok = TRUE;
      if (!ok)
        return FALSE;
      p = w;
    }
  return TRUE;
}

/* g_string_chunk_insert_const() behind a one-entry cache: the kind,
 * group, sector and series of a mention mostly repeat the previous one's. */
static char *
intern_cached (ReportStorage  *storage,
               char          **last,
               const char     *value)
{
  if (*last == NULL || strcmp (*last, value) != 0)
    *last = g_string_chunk_insert_const (storage->strings, value);
  return *last;
}

static char *
storage_status (ReportStorage *storage,
                RptStatus      status)
{
  if (storage->status[status] == NULL)
    storage->status[status] = g_string_chunk_insert_const (storage->strings, _rpt_status_names[status]);
  return storage->status[status];
}

static void
record_mention (Builder       *b,
                const char    *s,
                IdEvent       *ev,
                RptStatus      status,
                const char    *group,
                gsize          sentence_start,
                gsize          sentence_end)
{
  ReportStorage *storage = (ReportStorage *) b->report;
  char key[sizeof ev->id + 32];
  gpointer found;
  RptCorpusDeliverable *d;
  const char *sector = ev->sector;

  {
    /* "section\x1fid", as g_snprintf() would cut it */
    gsize nl = strlen (b->cur->number), il = strlen (ev->id), k = 0;

    nl = MIN (nl, sizeof key - 1);
    memcpy (key, b->cur->number, nl);
    k = nl;
    if (k < sizeof key - 1)
      key[k++] = '\x1f';
    il = MIN (il, sizeof key - 1 - k);
    memcpy (key + k, ev->id, il);
    key[k + il] = '\0';
  }
  found = g_hash_table_lookup (b->mentions, key);

  if (group == NULL)
    group = "";
  if (group[0] == '\0' && g_strcmp0 (sector, "ITU-R") == 0)
    group = "ITU-R";
  if (g_str_has_prefix (group, "ITU-R"))
    sector = "ITU-R";
  else if (g_str_has_prefix (group, "ITU-D"))
    sector = "ITU-D";

  if (found != NULL)
    {
      /* one record per (section, id); the status highest in the table
       * wins, with its group */
      d = g_ptr_array_index (b->report->deliverables, GPOINTER_TO_UINT (found) - 1);
      for (int k = 0; k < N_STATUS; k++)
        if (g_strcmp0 (d->status, _rpt_status_names[k]) == 0)
          {
            if ((int) status < k)
              {
                d->status = storage_status (storage, status);
                d->group = intern_cached (storage, &b->last_group, group);
                d->sector = intern_cached (storage, &b->last_sector, sector);
              }
            break;
          }
      if (d->title[0] == '\0' && ev->title_len > 0)
        d->title = chunk_text_dup (storage->strings, s + ev->title_pos, ev->title_len, 1000);
      return;
    }

  if (b->cur_section_string_of != b->cur)
    {
      b->cur_section_string = g_string_chunk_insert_const (storage->strings, b->cur->number);
      b->cur_section_string_of = b->cur;
    }
  d = arena_alloc0 (storage, sizeof *d);
  d->id = g_string_chunk_insert (storage->strings, ev->id);
  d->kind = intern_cached (storage, &b->last_kind, ev->kind);
  d->title = ev->title_len > 0 ? chunk_text_dup (storage->strings, s + ev->title_pos, ev->title_len, 1000) :
                                 g_string_chunk_insert_const (storage->strings, "");
  d->status = storage_status (storage, status);
  d->group = intern_cached (storage, &b->last_group, group);
  d->sector = intern_cached (storage, &b->last_sector, sector);
  d->series = intern_cached (storage, &b->last_series, ev->series);
  d->section = b->cur_section_string;
  d->excerpt = chunk_excerpt_dup (storage->strings, s, sentence_start, sentence_end);
  d->offset = b->cur_text->len + ev->pos + (b->cur_text->len > 0 ? 1 : 0);
  g_ptr_array_add (b->report->deliverables, d);
  g_hash_table_insert (b->mentions, g_string_chunk_insert (b->keys, key),
                       GUINT_TO_POINTER (b->report->deliverables->len));
}

/* The section's running subject: the subject of the last verb of each
 * sentence that has one. */
static void
update_context_until (Builder *b,
                      int      sentence)
{
  Scan *scan = &b->scan;

  if (b->family == RPT_FAMILY_MOU_MG || b->code_line)
    return;
  for (; b->ctx_cue < scan->cues->len; b->ctx_cue++)
    {
      CueEvent *c = &g_array_index (scan->cues, CueEvent, b->ctx_cue);
      const char *subject;

      if (c->sentence >= sentence)
        break;
      if (c->strength != CUE_VERB)
        continue;
      subject = subject_before (scan, c->pos, c->sentence);
      if (subject != NULL)
        g_strlcpy (b->ctx_group, subject, sizeof b->ctx_group);
    }
}

static guint
first_cue_of_sentence (Scan *scan,
                       int   sentence)
{
  guint lo = 0, hi = scan->cues->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (scan->cues, CueEvent, mid).sentence < sentence)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
sentence_has_verb (Scan *scan,
                   int   sentence)
{
  for (guint k = first_cue_of_sentence (scan, sentence), steps = 0;
       k < scan->cues->len && steps < LOOK_CAP; k++, steps++)
    {
      CueEvent *c = &g_array_index (scan->cues, CueEvent, k);

      if (c->sentence != sentence)
        break;
      if (c->strength != CUE_WEAK)
        return TRUE;
    }
  return FALSE;
}

static gboolean
sentence_starts_with_id (Scan  *scan,
                         int    sentence,
                         gsize  start)
{
  guint k = lower_bound (scan->ids, start);

  if (k < scan->ids->len)
    {
      IdEvent *ev = &g_array_index (scan->ids, IdEvent, k);

      return ev->sentence == sentence && ev->pos <= start + 4;
    }
  return FALSE;
}

static void
resolve_ids (Builder    *b,
             const char *s,
             gsize       len,
             gboolean    code_line)
{
  Scan *scan = &b->scan;
  gboolean mou = b->family == RPT_FAMILY_MOU_MG;

  for (guint k = 0; k < scan->ids->len; k++)
    {
      IdEvent *ev = &g_array_index (scan->ids, IdEvent, k);
      int sentence = ev->sentence;
      gsize s_start = _rpt_scan_sentence_start (scan, sentence);
      gsize s_end = _rpt_scan_sentence_end (scan, sentence, len);
      CueEvent *gov = cue_before (scan, ev->pos, sentence, CUE_CLAUSE);
      CueEvent *after = NULL, *weak;
      gboolean clause = FALSE;
      gboolean entry = mou && !code_line && k == 0 && is_entry_start (s, ev->pos);
      int status;
      const char *group = NULL;

      if (!entry)
        {
          /* "… draft Recommendation Y.3159 “…” is under approval": a
           * passive verb after the id, with no other id between, is the
           * id's own clause */
          gsize limit = s_end;

          if (k + 1 < scan->ids->len && g_array_index (scan->ids, IdEvent, k + 1).sentence == sentence)
            limit = g_array_index (scan->ids, IdEvent, k + 1).pos;
          after = cue_after (scan, ev->pos, limit, sentence);
          if (after != NULL && !after->passive)
            after = NULL;
          if (after != NULL)
            gov = NULL;
        }
      if (gov != NULL && gov->strength == CUE_CLAUSE)
        {
          gov = NULL;
          clause = TRUE;
        }

      /* "…: Q.4143 …, Q.5011 … computing. Q.5029 …": a sentence with no
       * verb that starts with an id continues the list before it */
      if (gov == NULL && after == NULL && !clause && sentence > 0 && !entry &&
          sentence_starts_with_id (scan, sentence, s_start) && !sentence_has_verb (scan, sentence))
        for (int back = sentence - 1; back >= 0 && gov == NULL; back--)
          {
            gov = cue_before (scan, ev->pos, back, CUE_CLAUSE);
            if (gov != NULL && gov->strength == CUE_CLAUSE)
              gov = NULL;
            if (sentence_has_verb (scan, back))
              break;
          }
      update_context_until (b, sentence);

      if (ev->marker >= 0)
        status = ev->marker;
      else if (gov != NULL)
        status = gov->status;
      else if (after != NULL)
        status = after->status;
      else if (b->lead_active && b->lead_status >= 0)
        status = b->lead_status;
      else if (ev->weak_marker >= 0)
        status = ev->weak_marker;
      else if (ev->draft_prefix)
        status = STATUS_DRAFT;
      else if ((weak = cue_before (scan, ev->pos, sentence, CUE_WEAK)) != NULL)
        status = weak->status;
      else if (entry)
        status = STATUS_PUBLISHED;
      else
        status = STATUS_MENTIONED;

      /* group: the subject of the governing verb, else the lead's, else
       * the section's, else the (Qn/SG) tag */
      if (gov != NULL)
        group = subject_before (scan, gov->pos, gov->sentence);
      else if (after != NULL)
        group = first_group_after (scan, after->end, s_end, sentence);
      else if (!mou && !code_line)
        group = subject_before (scan, ev->pos, sentence);
      if (group == NULL && b->lead_active && b->lead_group[0] != '\0')
        group = b->lead_group;
      if (group == NULL && !mou && !code_line)
        group = subject_before (scan, ev->pos, sentence);
      if (group == NULL && !mou && b->ctx_group[0] != '\0')
        group = b->ctx_group;
      if (group == NULL && ev->qgroup[0] != '\0')
        group = ev->qgroup;
      if ((code_line && gov == NULL) || clause)
        group = ev->qgroup[0] != '\0' ? ev->qgroup : NULL;

      record_mention (b, s, ev, status, group, s_start, s_end);
    }
}

/* ------------------------------------------------------------------ */
/* Stated counts                                                       */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_groups_between (Scan      *scan,
                    GPtrArray *out,
                    gsize      from,
                    gsize      to,
                    int        sentence)
{
  for (guint k = lower_bound (scan->groups, from), steps = 0;
       k < scan->groups->len && steps < 64; k++, steps++)
    {
      GroupEvent *g = &g_array_index (scan->groups, GroupEvent, k);
      gboolean dup = FALSE;

      if (g->pos >= to)
        break;
      if (g->sentence != sentence || (g->flags & GROUP_QTAG))
        continue;
      for (guint j = 0; j < out->len; j++)
        if (strcmp (g_ptr_array_index (out, j), g->id) == 0)
          dup = TRUE;
      if (!dup)
        g_ptr_array_add (out, g_strdup (g->id));
    }
}

/* "from 1 March 2022 to 20 April 2023" in [start, end), or NULL. */
static char *
find_period_in (const char *s,
                gsize       start,
                gsize       end)
{
  for (gsize p = start; p + 5 < end; p++)
    {
      if ((s[p] == 'f' && memcmp (s + p, "from ", 5) == 0) ||
          (s[p] == 'b' && p + 8 < end && memcmp (s + p, "between ", 8) == 0) ||
          (s[p] == 's' && p + 6 < end && memcmp (s + p, "since ", 6) == 0))
        {
          gsize q = p + (s[p] == 'f' ? 5 : s[p] == 'b' ? 8 : 6);
          gsize e;
          gboolean date = FALSE;

          if (p > 0 && g_ascii_isalpha (s[p - 1]))
            continue;
          /* a date-like phrase: digits or a month name, then up to "till
           * date", "to …", "and …" */
          for (e = q; e < end && e - q < 60; e++)
            {
              if (s[e] == '.' || s[e] == ',' || s[e] == ';' || s[e] == '(' || s[e] == ')')
                break;
              if (g_ascii_isdigit (s[e]) && e + 3 < end && g_ascii_isdigit (s[e + 1]) &&
                  g_ascii_isdigit (s[e + 2]) && g_ascii_isdigit (s[e + 3]))
                date = TRUE;
            }
          if (!date)
            continue;
          while (e > q && s[e - 1] == ' ')
            e--;
          return g_strndup (s + p, e - p);
        }
    }
  return NULL;
}

static void
resolve_counts (Builder    *b,
                const char *s,
                gsize       len)
{
  Scan *scan = &b->scan;

  for (guint k = 0; k < scan->counts->len; k++)
    {
      CountEvent *ev = &g_array_index (scan->counts, CountEvent, k);
      int sentence = ev->sentence;
      gsize s_start = _rpt_scan_sentence_start (scan, sentence);
      gsize s_end = _rpt_scan_sentence_end (scan, sentence, len);
      gsize next = s_end;
      CueEvent *before, *after, *later = NULL;
      RptCorpusCount *count;
      int status = -1;

      if (k + 1 < scan->counts->len &&
          g_array_index (scan->counts, CountEvent, k + 1).sentence == sentence)
        next = g_array_index (scan->counts, CountEvent, k + 1).pos;

      before = cue_before (scan, ev->pos, sentence, CUE_VERB);
      after = cue_after (scan, ev->end, next, sentence);
      if (after == NULL && before == NULL)
        later = cue_after (scan, ev->end, s_end, sentence);

      count = g_new0 (RptCorpusCount, 1);
      count->count = ev->count;
      count->at_least = ev->at_least;
      count->kind = g_strdup (ev->kind);
      count->groups = g_ptr_array_new_with_free_func (g_free);
      count->section = g_strdup (b->cur->number);

      if (after != NULL && (after->passive || before == NULL))
        {
          gsize limit = next;

          /* "were approved by SG13, two …": the agent ends at the next
           * count */
          status = after->status;
          add_groups_between (scan, count->groups, after->end, limit, sentence);
        }
      else if (before != NULL)
        {
          gsize from = s_start;

          status = before->status;
          if (k > 0 && g_array_index (scan->counts, CountEvent, k - 1).sentence == sentence)
            from = g_array_index (scan->counts, CountEvent, k - 1).end;
          {
            /* only the subject of this verb, not of the one before */
            CueEvent *prev = cue_before (scan, before->pos, sentence, CUE_VERB);

            if (prev != NULL && prev->end > from)
              from = prev->end;
          }
          add_groups_between (scan, count->groups, from, before->pos, sentence);
          if (count->groups->len == 0)
            {
              const char *subject = subject_before (scan, before->pos, sentence);

              if (subject != NULL)
                g_ptr_array_add (count->groups, g_strdup (subject));
            }
        }
      else if (later != NULL)
        {
          gsize limit = s_end;

          for (guint j = k + 1; j < scan->counts->len && j < k + 64; j++)
            {
              CountEvent *c = &g_array_index (scan->counts, CountEvent, j);

              if (c->sentence == sentence && c->pos > later->pos)
                {
                  limit = c->pos;
                  break;
                }
            }
          status = later->status;
          add_groups_between (scan, count->groups, later->end, limit, sentence);
        }

      if (status < 0)
        status = b->lead_status >= 0 ? b->lead_status :
                 b->last_lead_status >= 0 ? b->last_lead_status : STATUS_MENTIONED;
      if (count->groups->len == 0)
        {
          const char *g = b->lead_group[0] != '\0' ? b->lead_group :
                          b->last_lead_group[0] != '\0' ? b->last_lead_group :
                          b->family != RPT_FAMILY_MOU_MG ? b->ctx_group : "";

          if (g[0] != '\0')
            g_ptr_array_add (count->groups, g_strdup (g));
        }
      g_ptr_array_sort (count->groups, compare_strings);
      count->status = g_strdup (_rpt_status_names[status]);
      count->period = find_period_in (s, MAX (s_start, ev->pos > 300 ? ev->pos - 300 : 0),
                                      MIN (s_end, ev->end + 300));
      count->quote = excerpt_dup (s, s_start, s_end);
      g_ptr_array_add (b->report->counts, count);
    }
}

/* ------------------------------------------------------------------ */
/* Paragraphs                                                          */

static void
council_documents (Builder    *b,
                   const char *s,
                   gsize       len)
{
  const char *p = s, *end = s + len;

  while ((p = memchr (p, '/', end - p)) != NULL)
    {
      gsize at = p - s;

      if (at >= 3 && s[at - 3] == 'C' && g_ascii_isdigit (s[at - 2]) && g_ascii_isdigit (s[at - 1]) &&
          (at == 3 || !g_ascii_isalnum (s[at - 4])) && at + 1 < len && g_ascii_isdigit (s[at + 1]))
        {
          gsize e = at + 1;

          while (e < len && g_ascii_isdigit (s[e]) && e - at < 5)
            e++;
          if (e >= len || !g_ascii_isalnum (s[e]))
            {
              char *doc = g_strndup (s + at - 3, e - at + 3);

              if (g_hash_table_add (b->council, doc))
                g_ptr_array_add (b->report->council_documents, g_strdup (doc));
            }
        }
      p++;
    }
}

static void
resolve_resolutions (Builder    *b,
                     const char *s)
{
  Scan *scan = &b->scan;

  for (guint k = 0; k < scan->resolutions->len; k++)
    {
      ResolutionEvent *ev = &g_array_index (scan->resolutions, ResolutionEvent, k);
      const char *body = ev->body;
      RptCorpusResolution *res;

      if (body == NULL)
        body = b->family == RPT_FAMILY_INTERNET_ACTIVITIES ? "PP" : "Other";
      res = cite_resolution (b, body, ev->number, b->cur->number);
      if (res->revision == NULL && ev->revision[0] != '\0')
        res->revision = g_strstrip (g_strdup (ev->revision));
      if (res->title == NULL && ev->title_len > 0)
        res->title = g_strndup (s + ev->title_pos, ev->title_len);
    }
}

static gboolean
contains_ci (const char *s,
             gsize       len,
             const char *needle)
{
  gsize n = strlen (needle);
  char first = needle[0] | 0x20;

  if (n > len)
    return FALSE;
  /* letters only differ in bit 0x20; the first byte filters cheaply */
  for (gsize p = 0; p + n <= len; p++)
    if ((s[p] | 0x20) == first && g_ascii_strncasecmp (s + p, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static RptStatus
list_status (Builder *b)
{
  return b->lead_status >= 0 ? (RptStatus) b->lead_status : STATUS_PUBLISHED;
}

static void
copy_title_event (IdEvent    *ev,
                  const char *s,
                  gsize       a,
                  gsize       z)
{
  memset (ev, 0, sizeof *ev);
  ev->marker = -1;
  ev->weak_marker = -1;
  ev->kind = "Other";
  ev->sector = "ITU-T";
  ev->title_only = TRUE;
  while (z > a && (s[z - 1] == ' ' || s[z - 1] == '.' || s[z - 1] == ';' || s[z - 1] == ','))
    z--;
  if (z <= a || z - a < 8)
    return;
  ev->pos = a;
  ev->title_pos = a;
  ev->title_len = z - a;
  if (z - a >= sizeof ev->id)
    z = a + sizeof ev->id - 1;
  while (z > a && ((guchar) s[z] & 0xC0) == 0x80)
    z--;
  memcpy (ev->id, s + a, z - a);
  ev->id[z - a] = '\0';
}

/* Items of "the following deliverables were published: A, B and C" or
 * of the bullets below it: titles without quotes or ids. */
static void
add_title_list (Builder    *b,
                const char *s,
                gsize       start,
                gsize       end,
                gboolean    split_and)
{
  gsize p = start;

  while (p < end)
    {
      gsize q = p, stop = end;
      gboolean last;
      IdEvent ev;

      /* split at ", " + capital */
      for (; q + 2 < end; q++)
        if ((s[q] == ',' || s[q] == ';') && s[q + 1] == ' ' && g_ascii_isupper (s[q + 2]))
          {
            stop = q;
            break;
          }
      last = stop == end;
      if (last && split_and)
        {
          /* "… around the world and Smart public health …": the first
           * " and " + capital of the last item */
          for (q = p; q + 5 < end; q++)
            if (memcmp (s + q, " and ", 5) == 0 && g_ascii_isupper (s[q + 5]) && q > p)
              {
                gsize a = p, z = q;

                while (a < z && s[a] == ' ')
                  a++;
                memset (&ev, 0, sizeof ev);
                copy_title_event (&ev, s, a, z);
                if (ev.id[0] != '\0')
                  record_mention (b, s, &ev, list_status (b), "", start, end);
                p = q + 5;
                break;
              }
        }
      {
        gsize a = p, z = stop;

        while (a < z && (s[a] == ' ' || s[a] == '\t'))
          a++;
        while (z > a && (s[z - 1] == ' ' || s[z - 1] == '.' || s[z - 1] == ';'))
          z--;
        memset (&ev, 0, sizeof ev);
        copy_title_event (&ev, s, a, z);
        if (ev.id[0] != '\0')
          record_mention (b, s, &ev, list_status (b), "", start, end);
      }
      if (last)
        break;
      p = stop + 2;
    }
}

static gsize
bullet_length (const char *s,
               gsize       len)
{
  guchar c = (guchar) s[0];

  if (len >= 2 && (c == '-' || c == '*' || c == 'o') && (s[1] == ' ' || s[1] == '\t'))
    return 2;
  if (len >= 2 && c == 0xC2 && (guchar) s[1] == 0xB7)      /* · */
    return 2;
  if (len >= 3 && c == 0xE2 && (guchar) s[1] == 0x80 &&
      ((guchar) s[2] == 0xA2 || (guchar) s[2] == 0x93 || (guchar) s[2] == 0x94))   /* • – — */
    return 3;
  if (len >= 3 && c == 0xEF && (guchar) s[1] == 0x82 && (guchar) s[2] == 0xB7)    /* Symbol-font bullet */
    return 3;
  if (len >= 3 && c == 0xE2 && (guchar) s[1] == 0x96 && ((guchar) s[2] == 0xAA || (guchar) s[2] == 0xA0))
    return 3;
  return 0;
}

static void
process_paragraph (Builder    *b,
                   const char *s,
                   gsize       len,
                   gboolean    is_bullet,
                   gboolean    code_line,
                   gboolean    scanned)
{
  Scan *scan = &b->scan;
  gboolean lead_line;
  gsize colon = 0;

  if (!scanned)
    _rpt_scan_paragraph (scan, s, len, is_bullet);
  b->ctx_sentence = 0;
  b->ctx_cue = 0;
  b->code_line = code_line;

  for (guint k = 0; k < scan->groups->len; k++)
    name_group (b, g_array_index (scan->groups, GroupEvent, k).id);
  resolve_resolutions (b, s);
  council_documents (b, s, len);

  /* a lead sentence governs the bullets after it until the next
   * paragraph that is not a bullet */
  if (b->lead_active)
    {
      if (is_bullet)
        b->lead_had_bullets = TRUE;
      else if (b->lead_had_bullets || b->family == RPT_FAMILY_MOU_MG)
        {
          if (!(b->family == RPT_FAMILY_MOU_MG && !b->lead_had_bullets && scan->ids->len > 0 &&
                is_entry_start (s, g_array_index (scan->ids, IdEvent, 0).pos)))
            b->lead_active = FALSE;
        }
    }

  if (b->title_line_next && !code_line)
    {
      /* a table: the cell after an id is its title, not a mention */
      b->title_line_next = FALSE;
      g_array_set_size (scan->ids, 0);
    }
  else
    b->title_line_next = !code_line && scan->ids->len == 1 && len < 40 &&
                         g_array_index (scan->ids, IdEvent, 0).pos <= 3 &&
                         g_array_index (scan->ids, IdEvent, 0).attach_end + 2 >= len;

  if (b->lead_active && b->lead_titles && scan->ids->len == 0 && !code_line)
    {
      gsize bl = bullet_length (s, len);

      add_title_list (b, s, bl, len, FALSE);
    }
  else if (!code_line)
    resolve_ids (b, s, len, code_line);
  else
    resolve_ids (b, s, len, TRUE);

  update_context_until (b, scan->sentence + 1);

  /* lead sentence: ends with ':' and names no deliverable */
  {
    gsize e = len;

    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
      e--;
    lead_line = !code_line && e > 0 && s[e - 1] == ':' &&
                (scan->ids->len == 0 || b->family != RPT_FAMILY_MOU_MG);
    if (lead_line)
      colon = e - 1;
  }
  if (lead_line)
    {
      CueEvent *last = NULL;
      const char *group = NULL;

      /* only the sentence that ends with the colon leads */
      for (guint k = 0; k < scan->cues->len; k++)
        {
          CueEvent *c = &g_array_index (scan->cues, CueEvent, k);

          if (c->strength == CUE_VERB && c->sentence == scan->sentence)
            last = c;
        }
      if (last != NULL)
        group = subject_before (scan, last->pos, last->sentence);
      if (group == NULL)
        for (guint k = 0; k < scan->groups->len; k++)
          {
            GroupEvent *g = &g_array_index (scan->groups, GroupEvent, k);

            if ((g->flags & GROUP_SUBJECT) && g->sentence == scan->sentence)
              {
                group = g->id;
                break;
              }
          }
      b->lead_status = last != NULL ? last->status : b->last_lead_status;
      g_strlcpy (b->lead_group, group != NULL ? group : b->last_lead_group, sizeof b->lead_group);
      b->lead_active = TRUE;
      b->lead_had_bullets = FALSE;
      b->lead_titles = contains_ci (s, len, "following deliverables") ||
                       contains_ci (s, len, "following publications");
      b->last_lead_status = b->lead_status;
      g_strlcpy (b->last_lead_group, b->lead_group, sizeof b->last_lead_group);
    }
  else if (!code_line && scan->ids->len == 0)
    {
      /* "the following deliverables were published: A, B and C" */
      const char *colon_p = memchr (s, ':', len);

      if (colon_p != NULL && (contains_ci (s, colon_p - s, "following deliverables") ||
                              contains_ci (s, colon_p - s, "following publications")))
        {
          CueEvent *c = cue_before (scan, colon_p - s, scan->sentence, CUE_VERB);
          int saved = b->lead_status;
          gboolean saved_active = b->lead_active;

          b->lead_status = c != NULL ? c->status : STATUS_PUBLISHED;
          b->lead_active = TRUE;
          add_title_list (b, s, (colon_p - s) + 1, len, TRUE);
          b->lead_status = saved;
          b->lead_active = saved_active;
        }
    }

  resolve_counts (b, s, len);
  (void) colon;
}

/* ------------------------------------------------------------------ */
/* Lines                                                               */

static gboolean
is_code_line (const char *s,
              gsize       len)
{
  return len > 7 && (s[0] == 'R' || s[0] == 'A') && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) &&
         s[3] == '/' && g_ascii_isdigit (s[4]) && g_ascii_isdigit (s[5]) && s[6] == '\t';
}

/* "2.1.3<TAB>", " 1<TAB>", "2.<TAB>", "2.7.1 text": the number parts,
 * their count, where the rest starts, and whether the separator was weak
 * (one space). */
static guint
numbered_prefix (const char *s,
                 gsize       len,
                 guint      *parts,
                 gsize      *rest,
                 gboolean   *weak)
{
  gsize p = 0;
  guint n = 0;

  while (p < len && (s[p] == ' ' || s[p] == '\t') && p < 4)
    p++;
  if (p >= len || !g_ascii_isdigit (s[p]))
    return 0;
  for (;;)
    {
      guint v = 0;
      gsize d = p;

      while (p < len && g_ascii_isdigit (s[p]) && p - d < 3)
        v = v * 10 + (s[p++] - '0');
      if (p == d || (p < len && g_ascii_isdigit (s[p])))
        return 0;
      if (n >= 8)
        return 0;
      parts[n++] = v;
      if (p + 1 < len && s[p] == '.' && g_ascii_isdigit (s[p + 1]))
        {
          p++;
          continue;
        }
      break;
    }
  if (p < len && s[p] == '.')
    p++;
  if (p >= len)
    {
      *rest = p;
      *weak = FALSE;
      return n;
    }
  if (s[p] == '\t')
    {
      *weak = FALSE;
    }
  else if (s[p] == ' ' && p + 1 < len && s[p + 1] == ' ')
    *weak = FALSE;
  else if (s[p] == ' ')
    *weak = TRUE;
  else
    return 0;
  while (p < len && (s[p] == ' ' || s[p] == '\t'))
    p++;
  *rest = p;
  if (parts[0] == 0 || parts[0] > 30)
    return 0;
  for (guint k = 1; k < n; k++)
    if (parts[k] > 60)
      return 0;
  return n;
}

/* Whether @parts continues the numbering of @path: a next sibling at some
 * level or a first child. */
static gboolean
continues_numbering (const guint *path,
                     guint        path_len,
                     const guint *parts,
                     guint        n)
{
  if (path_len == 0)
    return n == 1 && parts[0] <= 2;
  if (n == path_len + 1 && parts[n - 1] == 1 && memcmp (path, parts, path_len * sizeof (guint)) == 0)
    return TRUE;
  if (n <= path_len && n > 0 && parts[n - 1] == path[n - 1] + 1 &&
      memcmp (path, parts, (n - 1) * sizeof (guint)) == 0)
    return TRUE;
  return FALSE;
}

static gboolean
ends_with_stop (const char *s,
                gsize       len)
{
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  return len > 0 && s[len - 1] == '.';
}

static void
ensure_summary (Builder *b)
{
  if (b->cur == NULL)
    open_section (b, "summary", "", 0);
}

static void
handle_line (Builder    *b,
             const char *line,
             gsize       len)
{
  const char *s = line;
  gsize bl;
  guint parts[8];
  guint n;
  gsize rest;
  gboolean weak;

  /* trim */
  while (len > 0 && (s[0] == ' ' || s[0] == '\t'))
    {
      s++;
      len--;
    }
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  if (len == 0)
    return;

  /* separators: "--------<TAB>---", "____" */
  {
    gboolean only = TRUE;

    for (gsize k = 0; k < len && only; k++)
      if (s[k] != '-' && s[k] != '_' && s[k] != '=' && s[k] != '\t' && s[k] != ' ')
        only = FALSE;
    if (only)
      return;
  }

  if (b->family == RPT_FAMILY_MOU_MG && is_code_line (s, len))
    {
      char code[7];
      const char *topic = s + 7;
      const char *tab = memchr (topic, '\t', len - 7);
      g_autofree char *heading = NULL;
      gsize text_at;

      memcpy (code, s, 6);
      code[6] = '\0';
      if (tab != NULL)
        {
          heading = g_strstrip (g_strndup (topic, tab - topic));
          text_at = (tab - s) + 1;
        }
      else
        {
          heading = g_strdup ("");
          text_at = 7;
        }
      open_section (b, code, heading, 1);
      if (b->cur->heading[0] == '\0' && heading[0] != '\0')
        {
          g_free (b->cur->heading);
          b->cur->heading = g_strdup (heading);
        }
      cite_resolution (b, "MoU/MG", code, code);
      {
        RptCorpusResolution *res = cite_resolution (b, "MoU/MG", code, NULL);

        if (res->title == NULL && heading[0] != '\0')
          res->title = g_strdup (heading);
      }
      if (text_at < len)
        {
          append_text (b, s + text_at, len - text_at);
          process_paragraph (b, s + text_at, len - text_at, FALSE, TRUE, FALSE);
        }
      return;
    }

  if (b->family != RPT_FAMILY_MOU_MG &&
      (n = numbered_prefix (s, len, parts, &rest, &weak)) > 0 &&
      (!weak || continues_numbering (b->path, b->path_len, parts, n)))
    {
      GString *number = g_string_new (NULL);
      const char *r = s + rest;
      gsize rlen = len - rest;
      gboolean heading;

      for (guint k = 0; k < n; k++)
        g_string_append_printf (number, k == 0 ? "%u" : ".%u", parts[k]);
      memcpy (b->path, parts, n * sizeof (guint));
      b->path_len = n;
      b->seen_numbered = TRUE;

      open_section (b, number->str, "", n);
      g_string_free (number, TRUE);

      /* a short paragraph with no final full stop, no status word and no
       * deliverable is the heading */
      _rpt_scan_paragraph (&b->scan, r, rlen, FALSE);
      heading = rlen > 0 && rlen < 200 && !ends_with_stop (r, rlen) && b->scan.ids->len == 0 &&
                b->scan.cues->len == 0 && b->scan.counts->len == 0;
      /* "2.3<TAB>On IMT-2020, ITU-T SG13:" is a lead sentence, not a
       * heading: it names the subject of what follows */
      for (guint k = 0; heading && k < b->scan.groups->len; k++)
        if (g_array_index (b->scan.groups, GroupEvent, k).flags & GROUP_SUBJECT)
          heading = FALSE;
      if (heading)
        {
          gsize e = rlen;

          while (e > 0 && (r[e - 1] == ':' || r[e - 1] == ' '))
            e--;
          if (b->cur->heading[0] == '\0')
            {
              g_free (b->cur->heading);
              b->cur->heading = g_strndup (r, e);
            }
          for (guint k = 0; k < b->scan.groups->len; k++)
            name_group (b, g_array_index (b->scan.groups, GroupEvent, k).id);
          return;
        }
      if (rlen > 0)
        {
          append_text (b, r, rlen);
          process_paragraph (b, r, rlen, FALSE, FALSE, TRUE);
        }
      return;
    }

  ensure_summary (b);

  /* "Purpose", "Summary": the heading of the summary */
  if (b->cur->level == 0 && !b->summary_heading_done && b->family != RPT_FAMILY_MOU_MG &&
      (len < 16) && (g_ascii_strncasecmp (s, "Summary", MAX (len, 7)) == 0 ||
                     g_ascii_strncasecmp (s, "Purpose", MAX (len, 7)) == 0 ||
                     g_ascii_strncasecmp (s, "Abstract", MAX (len, 8)) == 0))
    {
      g_free (b->cur->heading);
      b->cur->heading = g_strndup (s, len);
      b->summary_heading_done = TRUE;
      return;
    }

  bl = bullet_length (s, len);
  append_text (b, s, len);
  process_paragraph (b, s, len, bl > 0 || line[0] == '\t', FALSE, FALSE);
}

/* ------------------------------------------------------------------ */
/* Family and metadata                                                 */

static gboolean
word_at_ci (const char *s,
            gsize       len,
            const char *word)
{
  gsize n = strlen (word);

  return n <= len && g_ascii_strncasecmp (s, word, n) == 0 && (n == len || !g_ascii_isalpha (s[n]));
}

static gboolean
memmem_ci (const char *s,
           gsize       len,
           const char *needle)
{
  return contains_ci (s, len, needle);
}

static RptFamily
detect_family (const char *text,
               gsize       len)
{
  /* the structure shows in the first 256 kB (a report is 20 to 300 kB) */
  const char *p = text, *end = text + MIN (len, (gsize) 262144);
  guint codes = 0, numbered = 0;
  gsize head = MIN (len, (gsize) 16384);

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = (nl != NULL ? nl : end) - p;
      guint parts[8];
      gsize rest;
      gboolean weak;

      if (is_code_line (p, n))
        codes++;
      else if (numbered_prefix (p, n, parts, &rest, &weak) > 0 && !weak)
        numbered++;
      if (codes > 2 && numbered > 2)
        break;
      p = nl != NULL ? nl + 1 : end;
    }

  if (codes > 0 && memmem_ci (text, head, "MoU/MG"))
    return RPT_FAMILY_MOU_MG;
  if (numbered >= 2 && (memmem_ci (text, head, "internet activities") ||
                        memmem_ci (text, head, "Resolutions 101") ||
                        memmem_ci (text, head, "Resolution 101") ||
                        memmem_ci (text, head, "CWG-Internet")))
    return RPT_FAMILY_INTERNET_ACTIVITIES;
  return RPT_FAMILY_UNKNOWN;
}

static const char * const months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

/* "1 March 2022", "February 2022", "17-18 January 2023": ISO dates of the
 * first and last day named, or FALSE. */
static gboolean
parse_date_phrase (const char *s,
                   gsize       len,
                   char        from[11],
                   char        to[11])
{
  int day1 = 0, day2 = 0, month = 0, year = 0;
  gsize p = 0;

  while (p < len && !g_ascii_isalnum (s[p]))
    p++;
  if (p < len && g_ascii_isdigit (s[p]))
    {
      while (p < len && g_ascii_isdigit (s[p]) && day1 < 100)
        day1 = day1 * 10 + (s[p++] - '0');
      if (p < len && s[p] == '-')
        {
          p++;
          while (p < len && g_ascii_isdigit (s[p]) && day2 < 100)
            day2 = day2 * 10 + (s[p++] - '0');
        }
      while (p < len && s[p] == ' ')
        p++;
    }
  for (int m = 0; m < 12; m++)
    if (word_at_ci (s + p, len - p, months[m]))
      {
        month = m + 1;
        p += strlen (months[m]);
        break;
      }
  if (month == 0)
    return FALSE;
  while (p < len && (s[p] == ' ' || s[p] == ','))
    p++;
  for (int k = 0; k < 4 && p < len && g_ascii_isdigit (s[p]); k++)
    year = year * 10 + (s[p++] - '0');
  if (year < 1900 || day1 > 31 || day2 > 31)
    return FALSE;
  if (day1 == 0)
    {
      g_snprintf (from, 11, "%04d-%02d-01", year, month);
      g_snprintf (to, 11, "%04d-%02d-%02d", year, month,
                  g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
    }
  else
    {
      g_snprintf (from, 11, "%04d-%02d-%02d", year, month, day1);
      g_snprintf (to, 11, "%04d-%02d-%02d", year, month, day2 > 0 ? day2 : day1);
    }
  return TRUE;
}

static void
set_period (RptCorpusReport *report,
            const char      *text,
            gsize            len)
{
  char from[11], to[11];
  const char *till;

  report->period_text = g_strndup (text, len);
  /* "from X till date", "from X to Y", "since X", "X" */
  if (g_str_has_prefix (report->period_text, "from ") || g_str_has_prefix (report->period_text, "since ") ||
      g_str_has_prefix (report->period_text, "between "))
    {
      const char *a = strchr (report->period_text, ' ') + 1;
      const char *sep = strstr (a, " to ");
      const char *sep2 = strstr (a, " and ");

      till = strstr (a, " till ");
      if (sep == NULL || (sep2 != NULL && sep2 < sep))
        sep = sep2;
      if (till != NULL && (sep == NULL || till < sep))
        sep = till;
      if (parse_date_phrase (a, sep != NULL ? (gsize) (sep - a) : strlen (a), from, to))
        report->period_from = g_strdup (from);
      if (sep != NULL && sep != till && strstr (sep, "date") == NULL &&
          parse_date_phrase (sep + (sep == sep2 ? 5 : 4), strlen (sep) - (sep == sep2 ? 5 : 4), from, to))
        report->period_to = g_strdup (to);
    }
  else if (parse_date_phrase (report->period_text, len, from, to))
    {
      report->period_from = g_strdup (from);
      report->period_to = g_strdup (to);
    }
}

static void
find_metadata (Builder    *b,
               const char *text,
               gsize       len)
{
  RptCorpusReport *report = b->report;
  gsize head = MIN (len, (gsize) 16384);
  const char *p = text, *end = text + head;

  /* title: the first heading-like line */
  while (p < end && report->title == NULL)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *e = nl != NULL ? nl : end;
      const char *a = p;

      while (a < e && (*a == ' ' || *a == '\t'))
        a++;
      while (e > a && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
      if (e - a > 8 && e - a < 400)
        {
          if (b->family == RPT_FAMILY_MOU_MG && g_str_has_prefix (a, "Report"))
            report->title = g_strndup (a, e - a);
          else if (b->family != RPT_FAMILY_MOU_MG && contains_ci (a, e - a, "internet activities") &&
                   !ends_with_stop (a, e - a))
            report->title = g_strndup (a, e - a);
        }
      p = nl != NULL ? nl + 1 : end;
    }

  /* period */
  {
    static const char * const anchors[] = {
      "reporting period ", "Date of meeting: ", "for the period ", "period ",
    };

    for (gsize k = 0; k < G_N_ELEMENTS (anchors) && report->period_text == NULL; k++)
      {
        const char *hit = g_strstr_len (text, head, anchors[k]);

        if (hit != NULL)
          {
            const char *a = hit + strlen (anchors[k]);
            const char *e = a;

            while (e < end && *e != '\n' && *e != '.' && *e != ',' && *e != ';' && *e != '(' && e - a < 80)
              e++;
            while (e > a && e[-1] == ' ')
              e--;
            if (e > a)
              {
                /* "17-18 January 2023, hybrid" */
                set_period (report, a, e - a);
                if (report->period_from == NULL && report->period_to == NULL &&
                    !g_str_has_prefix (report->period_text, "from") && !g_str_has_prefix (report->period_text, "since"))
                  g_clear_pointer (&report->period_text, g_free);
              }
          }
      }
    if (report->period_text == NULL)
      {
        char *found = find_period_in (text, 0, head);

        if (found != NULL)
          {
            set_period (report, found, strlen (found));
            g_free (found);
          }
      }
  }

  if (report->title == NULL)
    {
      const char *family = b->family == RPT_FAMILY_INTERNET_ACTIVITIES ? "ITU Internet activities" :
                           b->family == RPT_FAMILY_MOU_MG ? "ITU-T report to the MoU/MG" : report->file;

      if (report->period_text != NULL)
        {
          const char *period = report->period_text;

          if (g_str_has_prefix (period, "from "))
            period += 5;
          report->title = g_strdup_printf ("%s, %s", family, period);
        }
      else
        report->title = g_strdup (family);
    }

  /* conference: the revision of the subject Resolutions in the summary */
  for (guint k = 0; k < report->resolutions->len && report->conference == NULL; k++)
    {
      RptCorpusResolution *res = g_ptr_array_index (report->resolutions, k);
      static const char * const cities[] = { "Busan", "Dubai", "Bucharest", "Guadalajara", "Antalya", "Doha" };

      if (g_strcmp0 (res->body, "PP") != 0 || res->revision == NULL)
        continue;
      for (gsize c = 0; c < G_N_ELEMENTS (cities); c++)
        {
          const char *hit = strstr (res->revision, cities[c]);

          if (hit != NULL)
            {
              const char *y = hit + strlen (cities[c]);

              while (*y == ',' || *y == ' ')
                y++;
              if (g_ascii_isdigit (y[0]) && g_ascii_isdigit (y[1]) && g_ascii_isdigit (y[2]) && g_ascii_isdigit (y[3]))
                report->conference = g_strdup_printf ("%s %.4s", cities[c], y);
            }
        }
    }
}

static gboolean
heading_has_keyword (const char *heading,
                     const char *keyword)
{
  g_autofree char *lower = g_ascii_strdown (heading, -1);
  gsize n = strlen (keyword);
  const char *p = lower;

  while ((p = strstr (p, keyword)) != NULL)
    {
      gboolean start_ok = p == lower || !g_ascii_isalnum (p[-1]);
      gboolean end_ok = !g_ascii_isalnum (p[n]);

      if (start_ok && end_ok)
        return TRUE;
      p++;
    }
  return FALSE;
}

static void
apply_mapping (Builder *b)
{
  RptCorpusMapping *mapping = rpt_corpus_get_section_mapping ();
  const GPtrArray *rules;
  RptCorpusReport *report = b->report;

  if (mapping == NULL || b->family != RPT_FAMILY_INTERNET_ACTIVITIES)
    return;
  rules = _rpt_corpus_mapping_rules (mapping, rpt_family_to_string (b->family));
  if (rules == NULL)
    return;

  for (guint k = 0; k < report->sections->len; k++)
    {
      RptCorpusSection *top = g_ptr_array_index (report->sections, k);
      const RptMappingRule *chosen = NULL;
      guint matches = 0;
      g_autofree char *prefix = NULL;

      if (top->level != 1)
        continue;
      for (guint r = 0; r < rules->len; r++)
        {
          const RptMappingRule *rule = g_ptr_array_index ((GPtrArray *) rules, r);

          for (guint w = 0; w < rule->keywords->len; w++)
            if (heading_has_keyword (top->heading, g_ptr_array_index (rule->keywords, w)))
              {
                if (chosen != rule)
                  matches++;
                chosen = rule;
                break;
              }
        }
      if (matches != 1)
        {
          chosen = NULL;
          for (guint r = 0; r < rules->len && chosen == NULL; r++)
            {
              const RptMappingRule *rule = g_ptr_array_index ((GPtrArray *) rules, r);

              if (g_strcmp0 (rule->section, top->number) == 0)
                chosen = rule;
            }
        }
      if (chosen == NULL)
        continue;

      prefix = g_strconcat (top->number, ".", NULL);
      for (guint r = 0; r < chosen->resolutions->len; r++)
        {
          const RptMappedResolution *m = g_ptr_array_index (chosen->resolutions, r);

          for (guint j = 0; j < report->sections->len; j++)
            {
              RptCorpusSection *sec = g_ptr_array_index (report->sections, j);

              if (strcmp (sec->number, top->number) == 0 || g_str_has_prefix (sec->number, prefix))
                {
                  b->cur = sec;
                  cite_resolution (b, m->body, m->number, sec->number);
                }
            }
        }
    }
}

/* ------------------------------------------------------------------ */

void
_rpt_corpus_build (RptCorpusReport *report,
                   const char      *text,
                   gsize            len)
{
  Builder b = { 0, };
  const char *p = text, *end = text + len;

  b.report = report;
  b.family = detect_family (text, len);
  report->family = b.family;
  _rpt_scan_init (&b.scan);
  b.sections = g_hash_table_new (g_str_hash, g_str_equal);
  b.texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  b.mentions = g_hash_table_new (g_str_hash, g_str_equal);
  b.keys = g_string_chunk_new (16 * 1024);
  if (((ReportStorage *) report)->strings == NULL)
    ((ReportStorage *) report)->strings = g_string_chunk_new (64 * 1024);
  b.groups = g_hash_table_new (g_str_hash, g_str_equal);
  b.resolutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.council = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.lead_status = -1;
  b.last_lead_status = -1;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *e = nl != NULL ? nl : end;

      handle_line (&b, p, e - p);
      p = nl != NULL ? nl + 1 : end;
    }
  ensure_summary (&b);

  for (guint k = 0; k < report->sections->len; k++)
    {
      RptCorpusSection *section = g_ptr_array_index (report->sections, k);
      GString *t = g_hash_table_lookup (b.texts, section->number);

      section->text = g_string_free (t, FALSE);
    }

  find_metadata (&b, text, len);
  apply_mapping (&b);

  _rpt_scan_clear (&b.scan);
  g_hash_table_unref (b.sections);
  g_hash_table_unref (b.texts);
  g_hash_table_unref (b.mentions);
  g_string_chunk_free (b.keys);
  g_hash_table_unref (b.groups);
  g_hash_table_unref (b.resolutions);
  g_hash_table_unref (b.council);
}
