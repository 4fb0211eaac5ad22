/* rpt-corpus-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-corpus.h"

G_BEGIN_DECLS

/* Internal pieces of the parser, shared between its files and exposed to
 * the unit tests (tests/corpus/test-rules.c).  Not for other layers. */

/* Text clean-up (rpt-corpus-text.c): CR/CRLF to LF, Word noise
 * ([bookmark: …], [footnoteRef:N]), footnote bodies moved to their own
 * line, markdown links and escapes, glued ** emphasis, no-break spaces and
 * hyphens.  @text must be valid UTF-8.  Returns a new string, one pass. */
char        *_rpt_corpus_clean          (const char  *text,
                                         gsize        length,
                                         gsize       *out_length);

/* Windows-1252 to UTF-8; counts the bytes that have no character. */
char        *_rpt_corpus_from_cp1252    (const char  *data,
                                         gsize        length,
                                         gsize       *n_undefined,
                                         gsize       *n_control);

/* "twenty-two", "Seven", "330": the value and the bytes read, or FALSE. */
gboolean     _rpt_corpus_read_number    (const char  *s,
                                         gsize        length,
                                         guint       *value,
                                         gsize       *consumed);

/* The mapping file (rpt-corpus-mapping.c). */
typedef struct
{
  char  *body;
  char  *number;
} RptMappedResolution;

typedef struct
{
  char      *section;       /* "2", "R09/06" */
  GPtrArray *keywords;      /* (element-type utf8) lower case */
  GPtrArray *resolutions;   /* (element-type RptMappedResolution) */
} RptMappingRule;

const GPtrArray *_rpt_corpus_mapping_rules (RptCorpusMapping *mapping,
                                            const char       *family);

G_END_DECLS
