/* rpt-corpus-build-private.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-corpus.h"

G_BEGIN_DECLS

/* An empty report with its arrays, named after @file_name's base name. */
RptCorpusReport *_rpt_corpus_report_new (const char      *file_name);
/* Frees @report itself and the arena of its deliverable records; called
 * last by rpt_corpus_report_free(), after the arrays. */
void             _rpt_corpus_report_free_storage (RptCorpusReport *report);

/* Fills @report from cleaned UTF-8 @text (see _rpt_corpus_clean()). */
void             _rpt_corpus_build      (RptCorpusReport *report,
                                         const char      *text,
                                         gsize            length);

G_END_DECLS
