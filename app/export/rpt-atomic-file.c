/* rpt-atomic-file.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-atomic-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rpt-atomic-file.h"

struct _RptAtomicFile
{
  char              *path;
  GFile             *file;
  GFileOutputStream *stream;
  gboolean           committed;
};

/**
 * rpt_atomic_file_new:
 * @path: the file to write
 * @error: where an error that names @path goes
 *
 * Returns: (transfer full) (nullable): a writer, or %NULL when the folder
 *   cannot be written to
 */
RptAtomicFile *
rpt_atomic_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RptAtomicFile *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (RptAtomicFile, 1);
  self->path = g_strdup (path);
  self->file = g_file_new_for_path (path);
  /* g_file_replace writes to a temporary file and renames it on close;
   * closing after a cancel leaves the old file untouched. */
  self->stream = g_file_replace (self->file, NULL, FALSE,
                                 G_FILE_CREATE_REPLACE_DESTINATION,
                                 NULL, &local_error);
  if (self->stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), path, local_error->message);
      rpt_atomic_file_free (self);
      return NULL;
    }

  return self;
}

/**
 * rpt_atomic_file_stream:
 *
 * Returns: (transfer none): the stream to write to
 */
GOutputStream *
rpt_atomic_file_stream (RptAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return G_OUTPUT_STREAM (self->stream);
}

/**
 * rpt_atomic_file_commit:
 *
 * Puts the written file in place of the old one.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_atomic_file_commit (RptAtomicFile  *self,
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  self->committed = TRUE;
  if (!g_output_stream_close (G_OUTPUT_STREAM (self->stream), NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), self->path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

void
rpt_atomic_file_free (RptAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->stream != NULL && !self->committed)
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing with a cancelled cancellable drops the temporary file. */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (self->stream), cancelled, NULL);
    }

  g_clear_object (&self->stream);
  g_clear_object (&self->file);
  g_free (self->path);
  g_free (self);
}
