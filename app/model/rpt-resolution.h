/* rpt-resolution.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_RESOLUTION (rpt_resolution_get_type ())

G_DECLARE_FINAL_TYPE (RptResolution, rpt_resolution, RPT, RESOLUTION, GObject)

/* A Resolution as the library knows it: cited by one or more reports, or
 * only in the reference data.  Properties: key ("PP 101", "MoU/MG R09/06"),
 * body, number, title (reference data, else as the report gives it),
 * revision (the latest revision a report cites, or %NULL), revisions (GStrv),
 * n-reports, n-sections, n-mentions (of deliverables in its sections). */

const char         *rpt_resolution_get_key        (RptResolution *self);
const char         *rpt_resolution_get_body       (RptResolution *self);
const char         *rpt_resolution_get_number     (RptResolution *self);
const char         *rpt_resolution_get_title      (RptResolution *self);
const char         *rpt_resolution_get_revision   (RptResolution *self);
const char * const *rpt_resolution_get_revisions  (RptResolution *self);
guint               rpt_resolution_get_n_reports  (RptResolution *self);
guint               rpt_resolution_get_n_sections (RptResolution *self);
guint               rpt_resolution_get_n_mentions (RptResolution *self);

GListModel         *rpt_resolution_get_sections   (RptResolution *self);
RptQuery           *rpt_resolution_create_query   (RptResolution *self);

G_END_DECLS
