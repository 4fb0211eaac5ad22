/* rpt-model.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Everything the views need from the model layer. */

#include "rpt-types.h"
#include "rpt-count-table.h"
#include "rpt-query.h"
#include "rpt-library.h"
#include "rpt-report.h"
#include "rpt-section.h"
#include "rpt-resolution.h"
#include "rpt-group.h"
#include "rpt-deliverable.h"
#include "rpt-mention.h"
#include "rpt-stated-count.h"
#include "rpt-search-hit.h"
#include "rpt-query-model.h"
#include "rpt-vocabulary.h"
