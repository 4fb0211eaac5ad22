/* rpt-window.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-charts-page.h"
#include "rpt-import-controller.h"
#include "rpt-list-page.h"
#include "rpt-resources.h"
#include "rpt-search-page.h"
#include "rpt-window-private.h"

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_LIBRARY,
  PROP_READY,
  PROP_PLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptWindow, rpt_window, ADW_TYPE_APPLICATION_WINDOW)

/* Where a window opens when nothing was saved, or the saved place is gone. */
#define FIRST_PLACE RPT_URI_SCHEME "deliverables"

void
rpt_ui_register_resources (void)
{
  static gsize once;

  /* The bundle sits in a static library, so its constructor may never be
   * linked in: register it by hand, once. */
  if (g_once_init_enter (&once))
    {
      g_resources_register (rpt_get_resource ());
      g_once_init_leave (&once, 1);
    }
}

/**
 * rpt_window_new:
 * @application: the application
 * @settings: (nullable): where the window keeps its size and state
 *
 * A window that opens the library (rpt_library_open_async() with the
 * default path) and shows it.
 *
 * Returns: (transfer full): a new window
 */
RptWindow *
rpt_window_new (GtkApplication *application,
                GSettings      *settings)
{
  return rpt_window_new_for_library (application, settings, NULL);
}

/**
 * rpt_window_new_for_library:
 * @application: the application
 * @settings: (nullable): where the window keeps its size and state
 * @library: (nullable): an open library, or %NULL to open the default one
 *
 * Returns: (transfer full): a new window
 */
RptWindow *
rpt_window_new_for_library (GtkApplication *application,
                            GSettings      *settings,
                            RptLibrary     *library)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (library == NULL || RPT_IS_LIBRARY (library), NULL);

  return g_object_new (RPT_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       "library", library,
                       NULL);
}

/* Shows @child of @stack and hides the others, so that what is not on
 * screen is not in the accessibility tree either. */
void
_rpt_window_stack_show (GtkStack  *stack,
                        GtkWidget *child)
{
  GtkWidget *other;

  gtk_widget_set_visible (child, TRUE);
  gtk_stack_set_visible_child (stack, child);

  for (other = gtk_widget_get_first_child (GTK_WIDGET (stack));
       other != NULL;
       other = gtk_widget_get_next_sibling (other))
    if (other != child)
      gtk_widget_set_visible (other, FALSE);
}

static void
show_main_page (RptWindow  *self,
                const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->main_stack, name);

  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (name, "loading"));
  _rpt_window_stack_show (self->main_stack, child);
}

static void
add_page (RptWindow  *self,
          const char *name,
          GtkWidget  *page)
{
  gtk_widget_set_visible (page, FALSE);
  gtk_stack_add_named (self->content_stack, page, name);
  g_hash_table_insert (self->pages, g_strdup (name), page);
}

/* The content page @name ("deliverables", "charts", "search", "group" …),
 * built the first time it is asked for: at start-up only the page shown is
 * built (with its list), the others when first visited.  NULL for a name
 * that is no page, or before the library is open. */
GtkWidget *
_rpt_window_get_page (RptWindow  *self,
                      const char *name)
{
  GtkWidget *page = g_hash_table_lookup (self->pages, name);
  RptListKind kind;

  if (page != NULL || self->library == NULL || name == NULL)
    return page;

  if (rpt_list_page_kind_for_section (name, &kind) &&
      (kind == RPT_LIST_DELIVERABLES || kind == RPT_LIST_RESOLUTIONS ||
       kind == RPT_LIST_GROUPS || kind == RPT_LIST_REPORTS))
    page = rpt_list_page_new (self->library, kind);
  else if (g_str_equal (name, "charts"))
    page = rpt_charts_page_new (self->library);
  else if (g_str_equal (name, "search"))
    page = rpt_search_page_new (self->library);
  else
    page = _rpt_window_new_detail_page (self, name);

  if (page != NULL)
    add_page (self, name, page);
  return page;
}

/* After the first frame with the library: the lists that loaded only a
 * first page for it load the rest. */
static gboolean
load_deferred_idle (gpointer data)
{
  RptWindow *self = data;

  self->deferred_idle = 0;
  if (self->library != NULL)
    rpt_library_load_deferred_lists (self->library);
  return G_SOURCE_REMOVE;
}

static gboolean
first_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  RptWindow *self = RPT_WINDOW (widget);

  /* A tick comes before the frame's paint, in the same dispatch: an idle
   * added now runs after the frame is drawn. */
  self->first_tick = 0;
  if (self->deferred_idle == 0)
    self->deferred_idle = g_idle_add (load_deferred_idle, self);
  return G_SOURCE_REMOVE;
}

/* Gets the content ready for the open library: the sidebar counts its
 * sections (COUNT queries, no lists); pages are built when shown. */
static void
create_pages (RptWindow *self)
{
  rpt_sidebar_set_library (self->sidebar, self->library);
}

static void
show_library (RptWindow *self)
{
  g_autofree char *place = NULL;

  g_assert (self->library != NULL);

  /* The first list loads a first page; the rest after the first frame. */
  rpt_library_defer_lists (self->library);
  if (self->first_tick == 0)
    self->first_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), first_tick_cb, NULL, NULL);

  create_pages (self);
  show_main_page (self, "library");

  if (rpt_library_get_recovered (self->library))
    {
      AdwToast *toast;
      const char *message = rpt_library_get_recovery_message (self->library);

      /* The user must learn that their library was rebuilt: the toast stays
       * until dismissed. */
      toast = adw_toast_new (message != NULL ? message : _("The library was damaged and has been rebuilt"));
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  place = g_steal_pointer (&self->pending_place);
  if (place == NULL && self->settings != NULL)
    place = g_settings_get_string (self->settings, "last-place");

  if (place == NULL || !_rpt_window_show_place (self, place, TRUE))
    _rpt_window_show_place (self, FIRST_PLACE, TRUE);

  /* From now on the place is remembered for the next start. */
  if (self->settings != NULL && !self->last_place_bound)
    {
      g_settings_bind (self->settings, "last-place", self->navigation, "current",
                       G_SETTINGS_BIND_SET);
      self->last_place_bound = TRUE;
    }

  _rpt_window_set_ready (self, TRUE);
}

static void
open_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RptLibrary) library = NULL;
  RptWindow *self;

  library = rpt_library_open_finish (result, &error);

  /* Cancelled means the window is gone: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = RPT_WINDOW (user_data);
  g_clear_object (&self->cancellable);

  if (library == NULL)
    {
      g_debug ("Could not open the library: %s", error->message);
      adw_status_page_set_description (self->error_page, error->message);
      show_main_page (self, "error");
      /* Something final is on screen: the start-up is over. */
      _rpt_window_set_ready (self, TRUE);
      return;
    }

  self->library = g_steal_pointer (&library);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
  show_library (self);
}

static void
open_library (RptWindow *self)
{
  g_assert (self->library == NULL);

  _rpt_window_set_ready (self, FALSE);
  show_main_page (self, "loading");

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* No reference: dispose cancels, and the callback then returns at once. */
  rpt_library_open_async (NULL, self->cancellable, open_cb, self);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RptWindow *self = RPT_WINDOW (widget);

  if (self->library == NULL && self->cancellable == NULL)
    open_library (self);
}

static void
rpt_window_constructed (GObject *object)
{
  RptWindow *self = RPT_WINDOW (object);

  G_OBJECT_CLASS (rpt_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Importing: win.import (Ctrl+O), drops, the progress bar, Remove/Undo. */
  {
    RptImportController *importer = rpt_import_controller_new (GTK_WINDOW (self), self->toast_overlay,
                                                               GTK_BOX (self->content_pane));

    g_object_bind_property (self, "library", importer, "library", G_BINDING_SYNC_CREATE);
    g_object_set_data_full (object, "rpt-import-controller", importer, g_object_unref);
  }

  if (self->library != NULL)
    show_library (self);
  else
    open_library (self);
}

static void
rpt_window_dispose (GObject *object)
{
  RptWindow *self = RPT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->deferred_idle, g_source_remove);
  if (self->first_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->first_tick);
      self->first_tick = 0;
    }

  if (self->last_place_bound)
    {
      g_settings_unbind (self->navigation, "current");
      self->last_place_bound = FALSE;
    }

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  self->current_page = NULL;
  g_clear_pointer (&self->pages, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_WINDOW);

  /* A library that outlives the window lists in full again; what the
   * pages loaded goes with them. */
  if (self->library != NULL)
    rpt_library_drop_deferred_lists (self->library);

  g_clear_object (&self->navigation);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rpt_window_parent_class)->dispose (object);
}

static void
rpt_window_finalize (GObject *object)
{
  RptWindow *self = RPT_WINDOW (object);

  g_free (self->pending_place);

  G_OBJECT_CLASS (rpt_window_parent_class)->finalize (object);
}

static void
rpt_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RptWindow *self = RPT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    case PROP_PLACE:
      g_value_set_string (value, rpt_window_get_place (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RptWindow *self = RPT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    case PROP_LIBRARY:
      g_set_object (&self->library, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_window_class_init (RptWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rpt_window_constructed;
  object_class->dispose = rpt_window_dispose;
  object_class->finalize = rpt_window_finalize;
  object_class->get_property = rpt_window_get_property;
  object_class->set_property = rpt_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * RptWindow:library:
   *
   * The library shown; given at construction, or opened by the window.
   */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RptWindow:ready:
   *
   * Whether the window shows the loaded library (the start-up benchmark
   * waits for the first frame drawn after this turns true).
   */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RptWindow:place:
   *
   * The URI of the place shown (`rapporteur:deliverables?group=…`).
   */
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  rpt_ui_register_resources ();

  g_type_ensure (RPT_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RptWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, forward_button);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RptWindow, missing_page);

  gtk_widget_class_install_action (widget_class, "win.retry", NULL, retry_action);

  _rpt_window_class_init_actions (widget_class);
}

void
_rpt_window_set_ready (RptWindow *self,
                       gboolean   ready)
{
  ready = !!ready;
  if (self->ready == ready)
    return;

  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

/**
 * rpt_window_get_ready:
 *
 * Returns: whether the window shows the loaded library
 */
gboolean
rpt_window_get_ready (RptWindow *self)
{
  g_return_val_if_fail (RPT_IS_WINDOW (self), FALSE);

  return self->ready;
}

/**
 * rpt_window_get_library:
 *
 * Returns: (transfer none) (nullable): the library, once open
 */
RptLibrary *
rpt_window_get_library (RptWindow *self)
{
  g_return_val_if_fail (RPT_IS_WINDOW (self), NULL);

  return self->library;
}

/**
 * rpt_window_get_place:
 *
 * Returns: (nullable): the URI of the place shown
 */
const char *
rpt_window_get_place (RptWindow *self)
{
  g_return_val_if_fail (RPT_IS_WINDOW (self), NULL);

  return rpt_navigation_get_current (self->navigation);
}

/**
 * rpt_window_get_visible_page:
 *
 * Returns: (transfer none) (nullable): the content page shown (an
 *   #RptListPage, a detail page, the search results ...)
 */
GtkWidget *
rpt_window_get_visible_page (RptWindow *self)
{
  g_return_val_if_fail (RPT_IS_WINDOW (self), NULL);

  return self->current_page;
}

static void
navigation_current_cb (RptNavigation *navigation,
                       GParamSpec    *pspec,
                       RptWindow     *self)
{
  _rpt_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

static void
rpt_window_init (RptWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->navigation = rpt_navigation_new ();
  g_signal_connect_object (self->navigation, "notify::current",
                           G_CALLBACK (navigation_current_cb), self, 0);

  _rpt_window_init_actions (self);
  _rpt_window_init_export (self);
}
