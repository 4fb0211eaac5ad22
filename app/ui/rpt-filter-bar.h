/* rpt-filter-bar.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rpt-model.h"

G_BEGIN_DECLS

#define RPT_TYPE_FILTER_BAR (rpt_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (RptFilterBar, rpt_filter_bar, RPT, FILTER_BAR, GtkWidget)

/* Drop-downs for group, status, kind, series, report and Resolution that
 * set the filters of one RptQuery (they combine: all must hold) and follow
 * it when it is changed elsewhere. */

GtkWidget  *rpt_filter_bar_new              (void);
RptLibrary *rpt_filter_bar_get_library      (RptFilterBar *self);
void        rpt_filter_bar_set_library      (RptFilterBar *self,
                                             RptLibrary   *library);
RptQuery   *rpt_filter_bar_get_query        (RptFilterBar *self);
void        rpt_filter_bar_set_query        (RptFilterBar *self,
                                             RptQuery     *query);
void        rpt_filter_bar_set_filter_visible (RptFilterBar *self,
                                             RptDimension  dimension,
                                             gboolean      visible);
GtkDropDown *rpt_filter_bar_get_dropdown    (RptFilterBar *self,
                                             RptDimension  dimension);

G_END_DECLS
