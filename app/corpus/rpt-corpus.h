/* rpt-corpus.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The corpus layer turns the text of one report into plain data.  It knows
 * nothing of SQLite or GTK: GLib (and json-glib for the dump) only.  The
 * records are plain structs so that the library layer can copy them into
 * its tables without a GObject per mention.  See docs/extraction-rules.md
 * for what each field means. */

#include <glib.h>

G_BEGIN_DECLS

#define RPT_CORPUS_ERROR (rpt_corpus_error_quark ())

typedef enum
{
  RPT_CORPUS_ERROR_EMPTY,       /* no text at all */
  RPT_CORPUS_ERROR_BINARY,      /* NUL bytes or undecodable */
  RPT_CORPUS_ERROR_ENCODING,    /* neither UTF-8 nor Windows-1252 */
  RPT_CORPUS_ERROR_TOO_LARGE,   /* over RPT_CORPUS_MAX_SIZE */
  RPT_CORPUS_ERROR_IO,          /* could not be read */
  RPT_CORPUS_ERROR_NO_STRUCTURE /* text, but not a report */
} RptCorpusError;

/* Reports are a few hundred kilobytes; anything much larger is not one. */
#define RPT_CORPUS_MAX_SIZE (256 * 1024 * 1024)

/* Bumped whenever a change to the parser can change its output, so that the
 * library re-parses stored reports. */
#define RPT_CORPUS_PARSER_VERSION 1

typedef enum
{
  RPT_FAMILY_UNKNOWN,
  RPT_FAMILY_INTERNET_ACTIVITIES,
  RPT_FAMILY_MOU_MG,
} RptFamily;

typedef struct
{
  char *number;     /* "2.1.3", "R09/06", "summary" */
  char *heading;    /* may be "" */
  char *text;       /* cleaned text of the section's own paragraphs */
  guint level;      /* 0 for summary, 1 for "2", 2 for "2.1" ... */
  char *parent;     /* number of the enclosing section or NULL */
} RptCorpusSection;

typedef struct
{
  char *body;       /* "PP", "WTSA", "WTDC", "Council", "ITU-R", "MoU/MG", "Other" */
  char *number;     /* "101", "R09/06" */
  char *revision;   /* "Rev. Dubai, 2018" or NULL */
  char *title;      /* or NULL */
  GPtrArray *sections; /* (element-type utf8) section numbers, document order */
} RptCorpusResolution;

typedef struct
{
  char *id;         /* "ITU-T SG17" */
  GPtrArray *sections; /* (element-type utf8) */
} RptCorpusGroup;

/* Read-only: the records and their strings live in an arena owned by the
 * report, freed by rpt_corpus_report_free(); never free or replace a
 * field, and do not add to or remove from report->deliverables. */
typedef struct
{
  char *id;         /* normalised, see docs/extraction-rules.md */
  char *kind;       /* "Recommendation", "Supplement", ... */
  char *title;      /* or "" */
  char *status;     /* "approved", "under-approval", ... */
  char *group;      /* "ITU-T SG20" or "" */
  char *sector;     /* "ITU-T", "ITU-R", "ITU-D" */
  char *series;     /* "Y", "BT", or "" when the id has none */
  char *section;    /* number of the section it stands in */
  char *excerpt;    /* the sentence it came from */
  gsize offset;     /* byte offset of the mention in the section text, or G_MAXSIZE */
} RptCorpusDeliverable;

typedef struct
{
  guint count;
  gboolean at_least;
  char *kind;
  char *status;
  GPtrArray *groups; /* (element-type utf8) */
  char *period;      /* as written, or NULL */
  char *section;
  char *quote;
} RptCorpusCount;

typedef struct
{
  char *file;           /* base name */
  char *title;
  RptFamily family;
  char *period_text;    /* as written, or NULL */
  char *period_from;    /* ISO date "2022-02-01", or NULL */
  char *period_to;      /* ISO date, or NULL ("till date") */
  char *conference;     /* "Dubai 2018", or NULL */
  GPtrArray *council_documents; /* (element-type utf8) "C23/35" */
  GPtrArray *sections;      /* (element-type RptCorpusSection) */
  GPtrArray *resolutions;   /* (element-type RptCorpusResolution) */
  GPtrArray *groups;        /* (element-type RptCorpusGroup) */
  GPtrArray *deliverables;  /* (element-type RptCorpusDeliverable) */
  GPtrArray *counts;        /* (element-type RptCorpusCount) */
} RptCorpusReport;

GQuark           rpt_corpus_error_quark        (void);
const char      *rpt_family_to_string          (RptFamily            family);

/* Decodes (UTF-8 with or without BOM, else Windows-1252), normalises line
 * ends and returns UTF-8 text, or NULL with @error naming @file_name. */
char            *rpt_corpus_decode             (const char          *data,
                                                gsize                length,
                                                const char          *file_name,
                                                GError             **error);

/* The table of subject Resolutions per section
 * (data/reference/section-resolutions.json).  Optional: without it the
 * parser extracts only the Resolutions the text cites.  The corpus layer
 * does not know where the file lives; callers pass its path. */
typedef struct _RptCorpusMapping RptCorpusMapping;

RptCorpusMapping *rpt_corpus_mapping_load      (const char          *path,
                                                GError             **error);
void             rpt_corpus_mapping_free       (RptCorpusMapping    *mapping);
/* Takes ownership; used by every later rpt_corpus_parse_*() call.  %NULL
 * removes the mapping.  Set it once, before parsing in threads. */
void             rpt_corpus_set_section_mapping (RptCorpusMapping   *mapping);
RptCorpusMapping *rpt_corpus_get_section_mapping (void);

RptCorpusReport *rpt_corpus_parse_text         (const char          *utf8_text,
                                                gsize                length,
                                                const char          *file_name,
                                                GError             **error);
RptCorpusReport *rpt_corpus_parse_bytes        (GBytes              *bytes,
                                                const char          *file_name,
                                                GError             **error);
RptCorpusReport *rpt_corpus_parse_file         (const char          *path,
                                                GError             **error);
void             rpt_corpus_report_free        (RptCorpusReport     *report);

/* The JSON dump of `rapporteur --dump-json` (docs/json-format.md). */
char            *rpt_corpus_reports_to_json    (RptCorpusReport    **reports,
                                                guint                n_reports,
                                                gboolean             pretty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptCorpusReport, rpt_corpus_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptCorpusMapping, rpt_corpus_mapping_free)

G_END_DECLS
