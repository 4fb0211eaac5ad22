/* rpt-navigation.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rpt-model.h"

G_BEGIN_DECLS

/* Places are URIs (the contract every page links with):
 *   rapporteur:resolutions | groups | deliverables | reports | charts
 *     with an optional query: ?group=…&status=…&kind=…&series=…&report=…
 *     &resolution=…&q=…
 *   rapporteur:resolution/<key>, rapporteur:group/<id>,
 *   rapporteur:deliverable/<id>, rapporteur:report/<id>[#<section>]
 *   rapporteur:search?q=… (the full-text search results)
 * Every component is escaped with g_uri_escape_string (…, "", TRUE). */

#define RPT_URI_SCHEME "rapporteur:"

typedef struct
{
  char       *page;      /* "deliverables", "deliverable", "search" ... */
  char       *key;       /* unescaped, %NULL for a list */
  char       *fragment;  /* unescaped, or %NULL */
  GHashTable *params;    /* unescaped name → value; never %NULL */
} RptPlace;

RptPlace   *rpt_place_parse              (const char  *uri);
void        rpt_place_free               (RptPlace    *place);
gboolean    rpt_place_is_list            (RptPlace    *place);
const char *rpt_place_get_param          (RptPlace    *place,
                                          const char  *name);
char       *rpt_place_build_uri          (const char  *page,
                                          const char  *key,
                                          const char  *fragment);
char       *rpt_place_build_list_uri     (const char  *page,
                                          RptQuery    *query);
void        rpt_place_apply_to_query     (RptPlace    *place,
                                          RptQuery    *query);
const char *rpt_place_get_section        (RptPlace    *place);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptPlace, rpt_place_free)

#define RPT_TYPE_NAVIGATION (rpt_navigation_get_type ())

G_DECLARE_FINAL_TYPE (RptNavigation, rpt_navigation, RPT, NAVIGATION, GObject)

/* The window's history of places: properties current (string),
 * can-go-back and can-go-forward. */

RptNavigation *rpt_navigation_new              (void);
const char    *rpt_navigation_get_current      (RptNavigation *self);
gboolean       rpt_navigation_get_can_go_back  (RptNavigation *self);
gboolean       rpt_navigation_get_can_go_forward (RptNavigation *self);
void           rpt_navigation_push             (RptNavigation *self,
                                                const char    *uri);
void           rpt_navigation_replace          (RptNavigation *self,
                                                const char    *uri);
const char    *rpt_navigation_go_back          (RptNavigation *self);
const char    *rpt_navigation_go_forward       (RptNavigation *self);

G_END_DECLS
