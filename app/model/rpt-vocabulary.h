/* rpt-vocabulary.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The shared vocabulary of DESIGN.md: the strings stored in the library and
 * written to JSON are the machine names; these give the words users read. */

const char  *rpt_status_get_label      (const char *status);
const char  *rpt_kind_get_label        (const char *kind);
const char  *rpt_kind_get_plural_label (const char *kind);
const char **rpt_status_list           (void);
const char **rpt_kind_list             (void);
gboolean     rpt_status_is_approval    (const char *status);

G_END_DECLS
