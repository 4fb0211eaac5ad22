/* rpt-links.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a link in report text points at. */
typedef enum
{
  RPT_LINK_DELIVERABLE,
  RPT_LINK_GROUP,
  RPT_LINK_RESOLUTION,
} RptLinkKind;

/* Whether @key (a deliverable id, a group id such as "ITU-T SG17", a
 * Resolution key such as "PP 101") deserves a link: the pages pass one that
 * asks the library, so that no link leads nowhere. */
typedef gboolean (*RptLinkFilter) (RptLinkKind  kind,
                                   const char  *key,
                                   gpointer     user_data);

/**
 * RptLinkOptions:
 * @deliverable_ids: (nullable): the deliverable ids the text is known to
 *   mention (the mentions of its section); each occurrence becomes a link
 * @highlight_id: (nullable): the mention to highlight; it is the subject of
 *   the page, so it is emphasised and never a link
 * @highlight_offset: byte offset in the text of that mention (the occurrence
 *   nearest to it is highlighted), or -1 for the first occurrence
 * @highlight_color: (nullable): a colour for the highlight's background
 *   (taken from the theme by the caller), or %NULL for bold only
 * @link_groups: whether group names become links
 * @link_resolutions: whether Resolution citations become links
 * @default_body: (nullable): the body of a bare "Resolution N" when the
 *   sentence names none ("PP" in Internet activities reports); %NULL leaves
 *   such citations alone
 * @filter: (nullable): which keys get a link; %NULL links every match
 * @user_data: for @filter
 */
typedef struct
{
  const char * const *deliverable_ids;
  const char         *highlight_id;
  gssize              highlight_offset;
  const char         *highlight_color;
  gboolean            link_groups;
  gboolean            link_resolutions;
  const char         *default_body;
  RptLinkFilter       filter;
  gpointer            user_data;
} RptLinkOptions;

#define RPT_LINK_OPTIONS_INIT { NULL, NULL, -1, NULL, TRUE, TRUE, "PP", NULL, NULL }

char     *rpt_links_markup             (const char           *text,
                                        const RptLinkOptions *options);

char     *rpt_link_uri                 (RptLinkKind           kind,
                                        const char           *key);
char     *rpt_link_uri_for_report      (gint64                report_id,
                                        const char           *section);
char     *rpt_link_uri_for_list        (const char           *list,
                                        const char           *filter_key,
                                        const char           *filter_value);

/* Navigation from any widget inside the window: activates win.navigate. */
gboolean  rpt_link_navigate            (GtkWidget            *widget,
                                        const char           *uri);
/* A GtkLabel::activate-link handler: rapporteur: links navigate inside the
 * window, other links open as usual. */
gboolean  rpt_link_on_activate_link    (GtkLabel             *label,
                                        const char           *uri,
                                        gpointer              user_data);

G_END_DECLS
