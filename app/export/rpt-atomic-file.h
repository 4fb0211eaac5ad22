/* rpt-atomic-file.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes go to a temporary file beside the target, which replaces the target
 * only once everything was written and synced: a crash or a full disk never
 * leaves a half-written export in place of a good one. */

typedef struct _RptAtomicFile RptAtomicFile;

RptAtomicFile *rpt_atomic_file_new    (const char     *path,
                                       GError        **error);
GOutputStream *rpt_atomic_file_stream (RptAtomicFile  *self);
gboolean       rpt_atomic_file_commit (RptAtomicFile  *self,
                                       GError        **error);
void           rpt_atomic_file_free   (RptAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptAtomicFile, rpt_atomic_file_free)

G_END_DECLS
