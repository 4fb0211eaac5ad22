/* rpt-export-doc.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rpt-model.h"

G_BEGIN_DECLS

/* An export: what to export (a query, selected ids or rows), how (title,
 * contents, page size) and the rows it resolved to.  The PDF, CSV and JSON
 * writers and the print operation all read the same request, so the three
 * files and the printout hold the same rows.
 *
 * The rows are plain strings copied out of the model (RptExportRow), so once
 * a request is loaded it can be handed to a worker thread: the writers never
 * touch the library again.  Load on the thread that owns the library. */

typedef enum
{
  RPT_EXPORT_TABLE   = 1 << 0,
  RPT_EXPORT_CHARTS  = 1 << 1,
  RPT_EXPORT_SOURCES = 1 << 2,
} RptExportContents;

#define RPT_EXPORT_ALL (RPT_EXPORT_TABLE | RPT_EXPORT_CHARTS | RPT_EXPORT_SOURCES)

typedef enum
{
  RPT_EXPORT_PAGE_A4,
  RPT_EXPORT_PAGE_LETTER,
} RptExportPageSize;

typedef enum
{
  RPT_EXPORT_PORTRAIT,
  RPT_EXPORT_LANDSCAPE,
} RptExportOrientation;

/* One row: one mention of a deliverable in one section of one report.
 * Strings are never %NULL in a loaded request ("" when unknown). */
typedef struct
{
  char *id;
  char *title;
  char *kind;
  char *status;
  char *group;
  char *sector;
  char *series;
  char *report;           /* the report's title */
  char *report_label;     /* short label ("2022–2023"), "" when none */
  char *period;           /* the report's reporting period, as it says it */
  char *section;          /* "3.2" */
  char *section_heading;
  char *excerpt;          /* the sentence that names the deliverable */
} RptExportRow;

typedef struct _RptExportRequest RptExportRequest;

#define RPT_TYPE_EXPORT_REQUEST (rpt_export_request_get_type ())

GType                 rpt_export_request_get_type        (void) G_GNUC_CONST;
RptExportRequest     *rpt_export_request_new             (void);
RptExportRequest     *rpt_export_request_ref             (RptExportRequest     *self);
void                  rpt_export_request_unref           (RptExportRequest     *self);

void                  rpt_export_request_set_title       (RptExportRequest     *self,
                                                          const char           *title);
const char           *rpt_export_request_get_title       (RptExportRequest     *self);
/* What the selection is, in words, for the title page ("Study group page",
 * "3 selected rows"); %NULL lets the filters speak for themselves. */
void                  rpt_export_request_set_description (RptExportRequest     *self,
                                                          const char           *description);
const char           *rpt_export_request_get_description (RptExportRequest     *self);
void                  rpt_export_request_set_query       (RptExportRequest     *self,
                                                          RptQuery             *query);
RptQuery             *rpt_export_request_get_query       (RptExportRequest     *self);
void                  rpt_export_request_set_contents    (RptExportRequest     *self,
                                                          RptExportContents     contents);
RptExportContents     rpt_export_request_get_contents    (RptExportRequest     *self);
void                  rpt_export_request_set_page_size   (RptExportRequest     *self,
                                                          RptExportPageSize     page_size);
RptExportPageSize     rpt_export_request_get_page_size   (RptExportRequest     *self);
void                  rpt_export_request_set_orientation (RptExportRequest     *self,
                                                          RptExportOrientation orientation);
RptExportOrientation  rpt_export_request_get_orientation (RptExportRequest     *self);
/* The export date (default: when the request was made). */
void                  rpt_export_request_set_created     (RptExportRequest     *self,
                                                          GDateTime            *created);
GDateTime            *rpt_export_request_get_created     (RptExportRequest     *self);

/* Rows given directly (selected rows of a list: RptMention or RptDeliverable
 * items; a deliverable brings its mentions that match the query).  Without
 * them, rpt_export_request_load() takes every mention the query matches. */
void                  rpt_export_request_add_row         (RptExportRequest     *self,
                                                          const RptExportRow   *row);
void                  rpt_export_request_add_mention     (RptExportRequest     *self,
                                                          RptMention           *mention);
void                  rpt_export_request_add_items       (RptExportRequest     *self,
                                                          GListModel           *items);
gboolean              rpt_export_request_load            (RptExportRequest     *self,
                                                          RptLibrary           *library,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
gboolean              rpt_export_request_is_loaded       (RptExportRequest     *self);
guint                 rpt_export_request_get_n_rows      (RptExportRequest     *self);
const RptExportRow   *rpt_export_request_get_row         (RptExportRequest     *self,
                                                          guint                 index);
guint                 rpt_export_request_count_deliverables (RptExportRequest  *self);
/* The filters as (label, value) pairs for people: "Group", "ITU-T SG17". */
GPtrArray            *rpt_export_request_list_filters    (RptExportRequest     *self);
/* The page size in points (1/72 in), orientation applied. */
void                  rpt_export_request_get_page_points (RptExportRequest     *self,
                                                          double               *width,
                                                          double               *height);
char                 *rpt_export_request_suggest_file_name (RptExportRequest   *self,
                                                          const char           *extension);

/* The page layout: paginates a loaded request onto pages of @width ×
 * @height points and paints any page on any cairo_t whose user space is in
 * points (a PDF surface, a GtkPrintContext).  Building it measures all the
 * text once; drawing a page is cheap and may be repeated (print preview).
 * Build and use it on one thread. */

typedef struct _RptExportLayout RptExportLayout;

RptExportLayout      *rpt_export_layout_new              (RptExportRequest     *request,
                                                          RptLibrary           *library,
                                                          double                width,
                                                          double                height);
void                  rpt_export_layout_free             (RptExportLayout      *self);
guint                 rpt_export_layout_get_n_pages      (RptExportLayout      *self);
void                  rpt_export_layout_draw_page        (RptExportLayout      *self,
                                                          cairo_t              *cr,
                                                          guint                 page);
/* The pages (0-based, inclusive) a part of the document is on; %FALSE when
 * the part is not in the document. */
gboolean              rpt_export_layout_get_part_pages   (RptExportLayout      *self,
                                                          RptExportContents     part,
                                                          guint                *first,
                                                          guint                *last);
guint                 rpt_export_layout_get_n_charts     (RptExportLayout      *self);

/* Writes the PDF atomically: an existing file at @path is replaced only when
 * the whole document was written.  Loads the request from @library first
 * when it is not loaded yet (@library may be %NULL otherwise). */
gboolean              rpt_export_pdf_write               (RptExportRequest     *request,
                                                          RptLibrary           *library,
                                                          const char           *path,
                                                          GCancellable         *cancellable,
                                                          GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptExportRequest, rpt_export_request_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptExportLayout, rpt_export_layout_free)

G_END_DECLS
