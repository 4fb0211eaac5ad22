/* rpt-library-error.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RPT_LIBRARY_ERROR (rpt_library_error_quark ())

/**
 * RptLibraryError:
 * @RPT_LIBRARY_ERROR_FAILED: anything else (the message says what)
 * @RPT_LIBRARY_ERROR_BAD_INPUT: a file or a filter value the user gave is not
 *   usable (not a report, unknown status ...); the command line exits with 2
 * @RPT_LIBRARY_ERROR_READ_ONLY: the library or its folder cannot be written
 * @RPT_LIBRARY_ERROR_DISK_FULL: no space left (or a file size limit)
 * @RPT_LIBRARY_ERROR_CORRUPT: the library file is damaged or is not a
 *   Rapporteur library (only seen when recovery itself failed)
 * @RPT_LIBRARY_ERROR_TOO_NEW: the library was written by a newer Rapporteur
 * @RPT_LIBRARY_ERROR_NOT_FOUND: no such report, deliverable, group ...
 *
 * Cancellation is reported as %G_IO_ERROR_CANCELLED.
 */
typedef enum
{
  RPT_LIBRARY_ERROR_FAILED,
  RPT_LIBRARY_ERROR_BAD_INPUT,
  RPT_LIBRARY_ERROR_READ_ONLY,
  RPT_LIBRARY_ERROR_DISK_FULL,
  RPT_LIBRARY_ERROR_CORRUPT,
  RPT_LIBRARY_ERROR_TOO_NEW,
  RPT_LIBRARY_ERROR_NOT_FOUND,
} RptLibraryError;

GQuark rpt_library_error_quark (void);

G_END_DECLS
