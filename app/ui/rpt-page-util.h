/* rpt-page-util.h: what the detail pages share (pills, rows, link text).
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-links.h"
#include "rpt-model.h"

G_BEGIN_DECLS

/* A status as a pill: a small label with the style class
 * .rpt-status-pill.status-<status> (colours in style.css, from the theme). */
GtkWidget  *_rpt_page_status_pill        (const char  *status);

/* An AdwActionRow with plain (not markup) title and subtitle; when @uri is
 * set, the row is activatable and activating it navigates there. */
GtkWidget  *_rpt_page_row_new            (const char  *title,
                                          const char  *subtitle,
                                          const char  *uri);
void        _rpt_page_row_set_uri        (GtkWidget   *row,
                                          const char  *uri);
/* A row with a value on its right-hand side ("Kind   Recommendation"). */
GtkWidget  *_rpt_page_fact_row_new       (const char  *title,
                                          const char  *value,
                                          const char  *uri);

/* A wrapping label for running text in @markup (from rpt_links_markup());
 * rapporteur: links navigate. */
GtkWidget  *_rpt_page_text_label_new     (const char  *markup,
                                          gboolean     selectable);
void        _rpt_page_label_set_links    (GtkLabel    *label);

/* An expander row whose rows are made when it is first expanded: a page
 * may list hundreds of texts, and most users open one or two groups. */
typedef void (*RptPageFillFunc) (AdwExpanderRow *expander,
                                 gpointer        data);
GtkWidget  *_rpt_page_lazy_expander_new  (const char      *title,
                                          const char      *subtitle,
                                          RptPageFillFunc  fill,
                                          gpointer         data,
                                          GDestroyNotify   destroy);

/* Removes every child of a GtkBox, GtkListBox or AdwExpanderRow content. */
void        _rpt_page_clear              (GtkWidget   *container);

/* The theme's accent colour as "#rrggbb", for highlights inside markup. */
char       *_rpt_page_highlight_color    (GtkWidget   *widget);

/* Link options that only link what the library knows. */
void        _rpt_page_link_options_init  (RptLinkOptions *options,
                                          RptLibrary     *library,
                                          RptReport      *report);
/* The text of a section as markup with its mentions, groups and
 * Resolutions linked. */
char       *_rpt_page_section_markup     (RptLibrary  *library,
                                          RptSection  *section);
/* The same as a box of wrapped, selectable labels, one per paragraph (long
 * sections lay out and draw much faster so); %NULL for an empty text. */
GtkWidget  *_rpt_page_section_text_new   (RptLibrary  *library,
                                          RptSection  *section);
/* An excerpt with one mention highlighted and the others linked. */
char       *_rpt_page_excerpt_markup     (GtkWidget   *widget,
                                          RptLibrary  *library,
                                          RptMention  *mention,
                                          const char  *highlight_id);

const char *_rpt_page_family_label       (const char  *family);
const char *_rpt_page_body_label         (const char  *body);
char       *_rpt_page_resolution_name    (const char  *body,
                                          const char  *number);
char       *_rpt_page_report_name        (RptReport   *report);
char       *_rpt_page_section_name       (RptReport   *report,
                                          const char  *number,
                                          const char  *heading);
int         _rpt_page_compare_reports    (RptReport   *a,
                                          RptReport   *b);
/* "2.2" before "2.10"; "summary" first. */
int         _rpt_page_compare_sections   (const char  *a,
                                          const char  *b);
/* For g_ptr_array_sort() of RptReport. */
int         _rpt_page_compare_report_ptrs (gconstpointer a,
                                          gconstpointer b);
/* The position of @status in the workflow order of rpt_status_list(). */
guint       _rpt_page_status_rank        (const char  *status);

G_END_DECLS
