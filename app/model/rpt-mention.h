/* rpt-mention.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_MENTION (rpt_mention_get_type ())

G_DECLARE_FINAL_TYPE (RptMention, rpt_mention, RPT, MENTION, GObject)

/* A deliverable named in one section of one report, with the sentence that
 * names it (provenance).  Properties: deliverable-id, kind, title, status,
 * group, sector, series, report (RptReport), section (number),
 * section-heading, excerpt, offset (gint64, byte offset in the section text
 * or -1). */

const char    *rpt_mention_get_deliverable_id  (RptMention *self);
const char    *rpt_mention_get_kind            (RptMention *self);
const char    *rpt_mention_get_title           (RptMention *self);
const char    *rpt_mention_get_status          (RptMention *self);
const char    *rpt_mention_get_group           (RptMention *self);
const char    *rpt_mention_get_sector          (RptMention *self);
const char    *rpt_mention_get_series          (RptMention *self);
RptReport     *rpt_mention_get_report          (RptMention *self);
const char    *rpt_mention_get_section         (RptMention *self);
const char    *rpt_mention_get_section_heading (RptMention *self);
const char    *rpt_mention_get_excerpt         (RptMention *self);
gint64         rpt_mention_get_offset          (RptMention *self);

G_END_DECLS
