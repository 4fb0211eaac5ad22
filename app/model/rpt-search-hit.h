/* rpt-search-hit.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_SEARCH_HIT (rpt_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (RptSearchHit, rpt_search_hit, RPT, SEARCH_HIT, GObject)

/* One full-text search hit: a section.  Properties: report (RptReport),
 * section (number), section-heading, snippet (Pango markup: escaped text,
 * matched terms in <b></b>, cuts marked with …), snippet-text (the same
 * without markup), score (higher is better), terms (GStrv: the query terms,
 * for highlighting elsewhere), deliverable-ids (GStrv: deliverables of the
 * section whose id or title matched). */

RptReport          *rpt_search_hit_get_report          (RptSearchHit *self);
const char         *rpt_search_hit_get_section         (RptSearchHit *self);
const char         *rpt_search_hit_get_section_heading (RptSearchHit *self);
const char         *rpt_search_hit_get_snippet         (RptSearchHit *self);
const char         *rpt_search_hit_get_snippet_text    (RptSearchHit *self);
double              rpt_search_hit_get_score           (RptSearchHit *self);
const char * const *rpt_search_hit_get_terms           (RptSearchHit *self);
const char * const *rpt_search_hit_get_deliverable_ids (RptSearchHit *self);

G_END_DECLS
