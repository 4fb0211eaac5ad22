/* rpt-library-error.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rpt-library-error.h"

G_DEFINE_QUARK (rpt-library-error-quark, rpt_library_error)
