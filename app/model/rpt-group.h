/* rpt-group.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rpt-types.h"

G_BEGIN_DECLS

#define RPT_TYPE_GROUP (rpt_group_get_type ())

G_DECLARE_FINAL_TYPE (RptGroup, rpt_group, RPT, GROUP, GObject)

/* A study group or other body.  Properties: id ("ITU-T SG17"), name
 * (reference short name, else the id), official-title, full-name, mandate,
 * sector, group-kind ("study-group", "focus-group" ...), url (all %NULL when
 * the reference data does not know the group), n-reports, n-sections (where
 * it is named), n-deliverables, n-mentions (of deliverables it is
 * responsible for). */

const char    *rpt_group_get_id             (RptGroup *self);
const char    *rpt_group_get_name           (RptGroup *self);
const char    *rpt_group_get_official_title (RptGroup *self);
const char    *rpt_group_get_full_name      (RptGroup *self);
const char    *rpt_group_get_mandate        (RptGroup *self);
const char    *rpt_group_get_sector         (RptGroup *self);
const char    *rpt_group_get_group_kind     (RptGroup *self);
const char    *rpt_group_get_url            (RptGroup *self);
guint          rpt_group_get_n_reports      (RptGroup *self);
guint          rpt_group_get_n_sections     (RptGroup *self);
guint          rpt_group_get_n_deliverables (RptGroup *self);
guint          rpt_group_get_n_mentions     (RptGroup *self);

RptQuery      *rpt_group_create_query       (RptGroup *self);

G_END_DECLS
