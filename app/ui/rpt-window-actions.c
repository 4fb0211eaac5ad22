/* rpt-window-actions.c: places, history, search and the window's keyboard
 * and mouse shortcuts.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-charts-page.h"
#include "rpt-list-page.h"
#include "rpt-search-page.h"
#include "rpt-window-private.h"

/* Which sidebar section a place belongs to. */
static const char *
section_for_page (const char *page)
{
  static const char *map[][2] = {
    { "resolutions", "resolutions" }, { "resolution", "resolutions" },
    { "groups", "groups" }, { "group", "groups" },
    { "deliverables", "deliverables" }, { "deliverable", "deliverables" },
    { "reports", "reports" }, { "report", "reports" },
    { "charts", "charts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i][0], page) == 0)
      return map[i][1];
  return NULL;
}

static void
update_title (RptWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *page = self->current_page;

  if (page == NULL)
    return;

  if (page == GTK_WIDGET (self->missing_page))
    title = g_strdup (_("Not in the Library"));
  else if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "title") != NULL)
    g_object_get (page, "title", &title, NULL);

  if (RPT_IS_LIST_PAGE (page))
    {
      guint n = rpt_list_page_get_n_items (RPT_LIST_PAGE (page));

      subtitle = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
    }
  else if (RPT_IS_SEARCH_PAGE (page) && rpt_search_page_get_text (RPT_SEARCH_PAGE (page)) != NULL
           && !rpt_search_page_get_busy (RPT_SEARCH_PAGE (page)))
    {
      guint n = rpt_search_page_get_n_results (RPT_SEARCH_PAGE (page));

      subtitle = g_strdup_printf (ngettext ("%u matching section", "%u matching sections", n), n);
    }

  adw_window_title_set_title (self->content_title, title ? title : "");
  adw_window_title_set_subtitle (self->content_title, subtitle ? subtitle : "");
}

static void
page_notify_cb (GtkWidget  *page,
                GParamSpec *pspec,
                RptWindow  *self)
{
  if (page != self->current_page)
    return;

  update_title (self);

  /* A list's filters changed: the same step, with other filters. */
  if (RPT_IS_LIST_PAGE (page) && g_str_equal (pspec->name, "uri") && !self->showing_place)
    {
      g_autofree char *uri = rpt_list_page_dup_uri (RPT_LIST_PAGE (page));

      rpt_navigation_replace (self->navigation, uri);
    }
  else if (RPT_IS_CHARTS_PAGE (page) && g_str_equal (pspec->name, "uri") && !self->showing_place)
    {
      g_autofree char *uri = rpt_charts_page_dup_uri (RPT_CHARTS_PAGE (page));

      rpt_navigation_replace (self->navigation, uri);
    }
}

static void
set_current_page (RptWindow *self,
                  GtkWidget *page)
{
  if (self->current_page != page)
    {
      if (self->current_page != NULL)
        g_signal_handlers_disconnect_by_func (self->current_page, page_notify_cb, self);

      self->current_page = page;
      _rpt_window_stack_show (self->content_stack, page);

      g_signal_connect_object (page, "notify", G_CALLBACK (page_notify_cb), self, 0);
    }

  update_title (self);
}


static void
show_missing (RptWindow *self,
              RptPlace  *place)
{
  g_autofree char *description = NULL;

  if (g_str_equal (place->page, "report") && place->fragment != NULL)
    /* Translators: a link led to a report section that is not there */
    description = g_strdup_printf (_("Report “%s”, section %s, is not in the library. It may have been removed."),
                                   place->key, place->fragment);
  else
    /* Translators: a link led to a deliverable, group … that is not there */
    description = g_strdup_printf (_("“%s” is not in the library. It may have been removed, or no report names it."),
                                   place->key);

  adw_status_page_set_description (self->missing_page, description);
  set_current_page (self, GTK_WIDGET (self->missing_page));
}

/**
 * _rpt_window_show_place:
 * @uri: a `rapporteur:` URI
 * @new_step: %TRUE for a new step in the history, %FALSE to show the
 *   current step again (Back, Forward, a changed filter)
 *
 * Returns: %FALSE when @uri is not a place
 */
gboolean
_rpt_window_show_place (RptWindow  *self,
                        const char *uri,
                        gboolean    new_step)
{
  g_autoptr(RptPlace) place = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *page;

  place = rpt_place_parse (uri);
  if (place == NULL)
    return FALSE;

  if (self->library == NULL)
    {
      /* Still opening: go there once the library is open. */
      g_free (self->pending_place);
      self->pending_place = g_strdup (uri);
      return TRUE;
    }

  self->showing_place = TRUE;
  page = _rpt_window_get_page (self, place->page);

  if (RPT_IS_LIST_PAGE (page))
    {
      rpt_list_page_apply_place (RPT_LIST_PAGE (page), place);
      set_current_page (self, page);
      shown = rpt_list_page_dup_uri (RPT_LIST_PAGE (page));
    }
  else if (RPT_IS_CHARTS_PAGE (page))
    {
      /* rapporteur:charts?group=…: the charts with those filters. */
      rpt_charts_page_apply_place (RPT_CHARTS_PAGE (page), place);
      set_current_page (self, page);
      shown = rpt_charts_page_dup_uri (RPT_CHARTS_PAGE (page));
    }
  else if (RPT_IS_SEARCH_PAGE (page))
    {
      const char *text = rpt_place_get_param (place, "q");

      rpt_search_page_set_text (RPT_SEARCH_PAGE (page), text);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      set_current_page (self, page);
      shown = g_strdup (uri);
    }
  else if (page != NULL && rpt_place_is_list (place))
    {
      set_current_page (self, page);
      shown = rpt_place_build_uri (place->page, NULL, NULL);
    }
  else
    {
      if (page != NULL && _rpt_window_show_detail (self, place->page, page, place->key, place->fragment))
        set_current_page (self, page);
      else
        show_missing (self, place);
      shown = g_strdup (uri);
    }

  rpt_sidebar_set_section (self->sidebar, section_for_page (place->page));

  /* Narrow: the content takes the whole window.  Set while wide too, so
   * that a window made narrow keeps the page the user was reading. */
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);

  self->showing_place = FALSE;

  if (new_step)
    rpt_navigation_push (self->navigation, shown);
  else
    rpt_navigation_replace (self->navigation, shown);

  return TRUE;
}

/**
 * rpt_window_navigate:
 * @uri: a `rapporteur:` URI
 *
 * Goes to @uri as a new step in the history (what win.navigate does).
 */
void
rpt_window_navigate (RptWindow  *self,
                     const char *uri)
{
  g_return_if_fail (RPT_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  if (!_rpt_window_show_place (self, uri, TRUE))
    {
      AdwToast *toast = adw_toast_new (_("This link does not lead anywhere in Rapporteur"));

      g_debug ("Not a place: %s", uri);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  rpt_window_navigate (RPT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RptWindow *self = RPT_WINDOW (widget);
  const char *uri = rpt_navigation_go_back (self->navigation);

  if (uri != NULL)
    {
      g_autofree char *copy = g_strdup (uri);

      _rpt_window_show_place (self, copy, FALSE);
    }
}

static void
go_forward_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RptWindow *self = RPT_WINDOW (widget);
  const char *uri = rpt_navigation_go_forward (self->navigation);

  if (uri != NULL)
    {
      g_autofree char *copy = g_strdup (uri);

      _rpt_window_show_place (self, copy, FALSE);
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RptWindow *self = RPT_WINDOW (widget);

  if (self->library == NULL)
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RptWindow *self = RPT_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  gtk_widget_child_focus (GTK_WIDGET (self->sidebar), GTK_DIR_TAB_FORWARD);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   RptWindow      *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GtkWidget *search_page = _rpt_window_get_page (self, "search");
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  gboolean on_search_page;

  if (self->showing_place || search_page == NULL)
    return;

  on_search_page = self->current_page == search_page;
  if (text[0] == '\0' && !on_search_page)
    return;

  escaped = g_uri_escape_string (text, "", TRUE);
  uri = g_strconcat (RPT_URI_SCHEME "search", text[0] ? "?q=" : "", escaped, NULL);

  /* Typing refines one search: one step in the history, not one per key. */
  _rpt_window_show_place (self, uri, !on_search_page);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    RptWindow      *self)
{
  GtkWidget *search_page = _rpt_window_get_page (self, "search");

  /* Enter: on to the results. */
  if (search_page != NULL && self->current_page == search_page)
    gtk_widget_child_focus (search_page, GTK_DIR_TAB_FORWARD);
}

static void
search_stop_cb (GtkSearchEntry *entry,
                RptWindow      *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (self->current_page != NULL)
    gtk_widget_child_focus (self->current_page, GTK_DIR_TAB_FORWARD);
}

/* The mouse's back and forward buttons (8 and 9), anywhere in the window. */
static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  RptWindow       *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-forward", NULL);
  else
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_rpt_window_update_actions (RptWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 rpt_navigation_get_can_go_back (self->navigation));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward",
                                 rpt_navigation_get_can_go_forward (self->navigation));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", self->library != NULL);
}

void
_rpt_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const char *sections[] = { "resolutions", "groups", "deliverables", "reports", "charts" };

  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "win.navigate", "s", navigate_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, go_forward_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  /* Ctrl+1 … Ctrl+5: the sidebar's sections, top to bottom. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *uri = g_strconcat (RPT_URI_SCHEME, sections[i], NULL);

      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                           "win.navigate", "s", uri);
    }
}

/* Narrow, the header bar keeps room for the title: Forward stays on
 * Alt+Right and the mouse's forward button. */
static void
folded_cb (AdwLeaflet *leaflet,
           GParamSpec *pspec,
           RptWindow  *self)
{
  gtk_widget_set_visible (self->forward_button, !adw_leaflet_get_folded (leaflet));
}

void
_rpt_window_init_actions (RptWindow *self)
{
  GtkGesture *click;

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self, 0);
  folded_cb (self->leaflet, NULL, self);

  _rpt_window_update_actions (self);
}
