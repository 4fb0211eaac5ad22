/* rpt-window-details.c: the detail pages in the window (resolution, group,
 * deliverable, report).  The pages are their own classes; this file is the
 * window's side of the contract: each page has rpt_X_page_new (library),
 * rpt_X_page_show (page, key, fragment) and a title property.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-window"

#include "config.h"

#include "rpt-deliverable-page.h"
#include "rpt-group-page.h"
#include "rpt-report-page.h"
#include "rpt-resolution-page.h"
#include "rpt-window-private.h"

/* A new detail page for the place @name ("resolution", "group",
 * "deliverable", "report"), or NULL: the window adds it to its content
 * the first time that place is shown. */
GtkWidget *
_rpt_window_new_detail_page (RptWindow  *self,
                             const char *name)
{
  g_assert (self->library != NULL);

  if (g_str_equal (name, "resolution"))
    return rpt_resolution_page_new (self->library);
  if (g_str_equal (name, "group"))
    return rpt_group_page_new (self->library);
  if (g_str_equal (name, "deliverable"))
    return rpt_deliverable_page_new (self->library);
  if (g_str_equal (name, "report"))
    return rpt_report_page_new (self->library);

  return NULL;
}

/* Shows @key (and @fragment) on the detail page @page; FALSE when the
 * library has no such thing. */
gboolean
_rpt_window_show_detail (RptWindow  *self,
                         const char *page_name,
                         GtkWidget  *page,
                         const char *key,
                         const char *fragment)
{
  if (RPT_IS_RESOLUTION_PAGE (page))
    return rpt_resolution_page_show (RPT_RESOLUTION_PAGE (page), key, fragment);
  if (RPT_IS_GROUP_PAGE (page))
    return rpt_group_page_show (RPT_GROUP_PAGE (page), key, fragment);
  if (RPT_IS_DELIVERABLE_PAGE (page))
    return rpt_deliverable_page_show (RPT_DELIVERABLE_PAGE (page), key, fragment);
  if (RPT_IS_REPORT_PAGE (page))
    return rpt_report_page_show (RPT_REPORT_PAGE (page), key, fragment);

  return FALSE;
}
