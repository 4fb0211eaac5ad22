/* rpt-test-util.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Gives the test a fresh, private XDG data/config/cache folder (removed at
 * exit) and a temporary library path, then calls g_test_init(). */
void        rpt_test_init        (int    *argc,
                                  char ***argv);
const char *rpt_test_get_tmpdir  (void);
char       *rpt_test_corpus_file (const char *base_name);

G_END_DECLS
