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

/* Not handled: go on and open the window. */
#define RPT_EXIT_CONTINUE  (-1)

void rpt_cli_add_options    (GApplication *app);
int  rpt_cli_handle_options (GVariantDict *options);

/* Each command lives beside the layer it drives.  @files is the
 * %NULL-terminated list of remaining arguments (may be %NULL).  They return
 * an exit code, or RPT_EXIT_CONTINUE when none of their options was given. */
int  rpt_cli_corpus_run     (GVariantDict        *options,
                             const char * const  *files);   /* rpt-cli-corpus.c: --dump-json */
int  rpt_cli_library_run    (GVariantDict        *options,
                             const char * const  *files);   /* rpt-cli-library.c: --import, --list, --search */
int  rpt_cli_export_run     (GVariantDict        *options,
                             const char * const  *files);   /* rpt-cli-export.c: --export-pdf/-csv/-json */

G_END_DECLS
