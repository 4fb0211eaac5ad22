/* rpt-window-private.h: what rpt-window.c and rpt-window-actions.c share.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rpt-model.h"
#include "rpt-navigation.h"
#include "rpt-sidebar.h"
#include "rpt-window.h"

G_BEGIN_DECLS

struct _RptWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  RptLibrary           *library;
  GCancellable         *cancellable;
  RptNavigation        *navigation;

  /* The place to show once the library is open (the restored one). */
  char                 *pending_place;

  /* The content pages, by name ("deliverables", "group" ...). */
  GHashTable           *pages;
  GtkWidget            *current_page;
  GBinding             *title_binding;

  /* FALSE while the library is being opened and the first list filled. */
  gboolean              ready;
  /* TRUE while a place is being shown: its own changes are not new steps. */
  gboolean              showing_place;
  gboolean              last_place_bound;
  /* Start-up: the tick of the first frame, then the idle after it that
   * loads the rest of the lists (rpt_library_load_deferred_lists ()). */
  guint                 first_tick;
  guint                 deferred_idle;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_pane;
  RptSidebar           *sidebar;
  GtkWidget            *content_pane;
  AdwHeaderBar         *content_header;
  AdwWindowTitle       *content_title;
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *forward_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *content_stack;
  AdwStatusPage        *missing_page;
};

/* rpt-window.c */
void       _rpt_window_set_ready           (RptWindow  *self,
                                            gboolean    ready);
void       _rpt_window_stack_show          (GtkStack   *stack,
                                            GtkWidget  *child);
GtkWidget *_rpt_window_get_page            (RptWindow  *self,
                                            const char *name);

/* rpt-window-actions.c */
void       _rpt_window_class_init_actions  (GtkWidgetClass *widget_class);
void       _rpt_window_init_actions        (RptWindow  *self);
void       _rpt_window_update_actions      (RptWindow  *self);
gboolean   _rpt_window_show_place          (RptWindow  *self,
                                            const char *uri,
                                            gboolean    new_step);

/* rpt-window-export.c: win.export and win.print */
void       _rpt_window_init_export         (RptWindow  *self);

/* rpt-window-details.c: the window's side of the detail pages' contract */
GtkWidget *_rpt_window_new_detail_page     (RptWindow  *self,
                                            const char *name);
gboolean   _rpt_window_show_detail         (RptWindow  *self,
                                            const char *page_name,
                                            GtkWidget  *page,
                                            const char *key,
                                            const char *fragment);

G_END_DECLS
