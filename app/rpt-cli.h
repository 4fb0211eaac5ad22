/* rpt-cli.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit codes of the headless commands. */
#define RPT_EXIT_OK        0
#define RPT_EXIT_FAILURE   1
#define RPT_EXIT_BAD_INPUT 2

void rpt_cli_add_options    (GApplication *app);
int  rpt_cli_handle_options (GVariantDict *options);

G_END_DECLS
