/* rpt-corpus-parse-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The paragraph scanner (rpt-corpus-parse.c) and the events it collects,
 * shared with the report builder (rpt-corpus-build.c). */

typedef enum
{
  STATUS_UNDER_APPROVAL,
  STATUS_CONSENTED,
  STATUS_DETERMINED,
  STATUS_APPROVED,
  STATUS_AGREED,
  STATUS_NEW_WORK,
  STATUS_IN_PROGRESS,
  STATUS_PUBLISHED,
  STATUS_DRAFT,
  STATUS_MENTIONED,
  N_STATUS
} RptStatus;

extern const char * const _rpt_status_names[N_STATUS];

enum
{
  CUE_VERB,    /* governs the ids that follow it in its sentence */
  CUE_WEAK,    /* applies only when no verb governs */
  CUE_CLAUSE,  /* "which": ends the reach of the verb before it */
};

enum
{
  GROUP_SUBJECT = 1 << 0,   /* may be the subject of a verb */
  GROUP_LIST    = 1 << 1,   /* one of "SGs 11, 13 and 17", or a JCA */
  GROUP_QTAG    = 1 << 2,   /* "(Q6/20)" */
};

typedef struct
{
  gsize open, start, end, close;
} QuoteSpan;

typedef struct
{
  gsize pos, end;
  int sentence;
  guint flags;
  char id[48];
} GroupEvent;

typedef struct
{
  gsize pos, end;
  int sentence;
  int status;
  int strength;
  gboolean passive;
  gboolean in_parens;
} CueEvent;

typedef struct
{
  gsize pos, end, attach_end;
  int sentence;
  char id[256];
  const char *kind;
  const char *sector;
  char series[4];
  gsize title_pos, title_len;
  int marker;        /* attached "(under approval)", or -1 */
  int weak_marker;   /* attached "(under publication)", or -1 */
  gboolean draft_prefix;
  gboolean title_only;
  char qgroup[48];
} IdEvent;

typedef struct
{
  gsize pos, end;
  int sentence;
  guint count;
  gboolean at_least;
  const char *kind;
} CountEvent;

typedef struct
{
  gsize pos;
  int sentence;
  const char *body;   /* NULL: not written */
  char number[16];
  char revision[48];
  gsize title_pos, title_len;
} ResolutionEvent;

typedef struct
{
  GArray *groups;        /* GroupEvent */
  GArray *cues;          /* CueEvent */
  GArray *ids;           /* IdEvent */
  GArray *counts;        /* CountEvent */
  GArray *resolutions;   /* ResolutionEvent */
  GArray *sentences;     /* gsize: end of each sentence but the last */
  GArray *quotes;        /* QuoteSpan */

  /* scanning state */
  int sentence;
  guint quote_cursor;
  gsize last_group_end;
  char last_group_sector[8];
  char paragraph_sector[8];
  const char *last_body;
  int last_body_sentence;
  gsize resolution_word_pos;
  int resolution_word_sentence;
  const char *title_list_kind;
  int title_list_sentence;
  gboolean in_bullet;
} Scan;

void   _rpt_scan_init            (Scan       *scan);
void   _rpt_scan_clear           (Scan       *scan);
void   _rpt_scan_paragraph       (Scan       *scan,
                                  const char *text,
                                  gsize       length,
                                  gboolean    in_bullet);
gsize  _rpt_scan_sentence_start  (Scan       *scan,
                                  int         sentence);
gsize  _rpt_scan_sentence_end    (Scan       *scan,
                                  int         sentence,
                                  gsize       length);

G_END_DECLS
