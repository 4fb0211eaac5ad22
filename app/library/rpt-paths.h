/* rpt-paths.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   rpt_paths_set_library_override (const char *path);
char  *rpt_paths_get_library_file     (void);
char  *rpt_paths_get_corpus_dir       (void);
char  *rpt_paths_get_reference_dir    (void);

G_END_DECLS
