/* rpt-reference.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The reference data of data/reference/ (JSON files) (see its README): names and
 * mandates of groups, titles of series and Resolutions, and which Resolutions
 * each report section is reported under.  Read once with json-glib;
 * immutable afterwards, so it may be shared between threads. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RptReference RptReference;

typedef struct
{
  char  *id;
  char  *sector;
  char  *kind;
  char  *name;
  char  *official_title;
  char  *full_name;
  char  *mandate;
  char  *url;
  char **aliases;
} RptReferenceGroup;

typedef struct
{
  char  *key;         /* "PP 101" */
  char  *body;
  char  *number;
  char  *title;
} RptReferenceResolution;

RptReference                 *rpt_reference_load                 (const char    *dir,
                                                                  GError       **error);
RptReference                 *rpt_reference_ref                  (RptReference  *self);
void                          rpt_reference_unref                (RptReference  *self);

const RptReferenceGroup      *rpt_reference_lookup_group         (RptReference  *self,
                                                                  const char    *id_or_alias);
const char                   *rpt_reference_get_series_title     (RptReference  *self,
                                                                  const char    *sector,
                                                                  const char    *letter);
const RptReferenceResolution *rpt_reference_lookup_resolution    (RptReference  *self,
                                                                  const char    *key);
GPtrArray                    *rpt_reference_get_resolutions      (RptReference  *self);
GPtrArray                    *rpt_reference_get_groups           (RptReference  *self);
/* SHA-256 of section-resolutions.json: part of what decides a re-parse. */
const char                   *rpt_reference_get_mapping_hash     (RptReference  *self);
const char                   *rpt_reference_get_dir              (RptReference  *self);

/* The subject Resolutions ("PP 101" ...) a top-level section of a report of
 * @family reports under, by heading keywords then by number; %NULL when
 * none. */
const char * const           *rpt_reference_section_resolutions  (RptReference  *self,
                                                                  const char    *family,
                                                                  const char    *top_section,
                                                                  const char    *heading);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptReference, rpt_reference_unref)

G_END_DECLS
