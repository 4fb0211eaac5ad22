/* rpt-section.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_SECTION (rpt_section_get_type ())

G_DECLARE_FINAL_TYPE (RptSection, rpt_section, RPT, SECTION, GObject)

/* A numbered section (or MoU/MG part) of a report.  Properties: report
 * (RptReport), number ("2.1.3", "R09/06", "summary"), heading, text, level,
 * parent (number or %NULL), display-title ("2.1.3 Heading"), resolutions
 * (GStrv of keys such as "PP 101": the subject Resolutions it reports under
 * and the ones it cites), n-mentions. */

RptReport          *rpt_section_get_report        (RptSection *self);
const char         *rpt_section_get_number        (RptSection *self);
const char         *rpt_section_get_heading       (RptSection *self);
const char         *rpt_section_get_text          (RptSection *self);
guint               rpt_section_get_level         (RptSection *self);
const char         *rpt_section_get_parent        (RptSection *self);
const char         *rpt_section_get_display_title (RptSection *self);
const char * const *rpt_section_get_resolutions   (RptSection *self);
guint               rpt_section_get_n_mentions    (RptSection *self);

GListModel         *rpt_section_get_mentions      (RptSection *self);

G_END_DECLS
