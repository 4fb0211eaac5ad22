/* rpt-list-page.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-list-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "rpt-filter-bar.h"
#include "rpt-list-page.h"

static const struct {
  RptListKind   kind;
  const char   *section;   /* the place and the view's name in the .ui */
  const char   *item_page; /* the place of one item */
  RptDimension  own;       /* the filter a list of this kind does not need */
} kinds[] = {
  { RPT_LIST_DELIVERABLES, "deliverables", "deliverable", RPT_DIMENSION_NONE },
  { RPT_LIST_RESOLUTIONS, "resolutions", "resolution", RPT_DIMENSION_RESOLUTION },
  { RPT_LIST_GROUPS, "groups", "group", RPT_DIMENSION_GROUP },
  { RPT_LIST_REPORTS, "reports", "report", RPT_DIMENSION_REPORT },
};

struct _RptListPage
{
  GtkWidget         parent_instance;

  RptLibrary       *library;
  RptListKind       kind;
  guint             kind_index;
  RptQuery         *query;
  RptQueryModel    *items;

  /* The view of this page's kind (the other kinds' are dropped). */
  GtkColumnView    *view;
  GtkSortListModel *sort_model;
  GtkMultiSelection *selection;

  /* Template widgets */
  GtkWidget        *scrollers[G_N_ELEMENTS (kinds)];
  GtkColumnView    *views[G_N_ELEMENTS (kinds)];
  GtkSortListModel *sort_models[G_N_ELEMENTS (kinds)];
  GtkMultiSelection *selections[G_N_ELEMENTS (kinds)];
  RptFilterBar     *filter_bar;
  GtkStack         *view_stack;
  AdwStatusPage    *empty_page;
  GtkButton        *empty_button;
  GtkColumnViewColumn *deliverables_id_column;
  GtkColumnViewColumn *deliverables_group_column;
  GtkColumnViewColumn *groups_id_column;
  GtkColumnViewColumn *resolutions_key_column;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_KIND,
  PROP_QUERY,
  PROP_TITLE,
  PROP_SECTION,
  PROP_URI,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptListPage, rpt_list_page, GTK_TYPE_WIDGET)

/* Template closures: the words users read for the stored machine names. */
static char *
kind_label (gpointer    item,
            const char *kind)
{
  const char *label = kind ? rpt_kind_get_label (kind) : NULL;

  return g_strdup (label ? label : kind ? kind : "");
}

static char *
status_label (gpointer    item,
              const char *status)
{
  const char *label = status ? rpt_status_get_label (status) : NULL;

  return g_strdup (label ? label : status ? status : "");
}

/* The fullest name a group has; not its id again. */
static char *
group_name (gpointer    item,
            const char *full_name,
            const char *official_title,
            const char *name,
            const char *id)
{
  if (full_name != NULL && full_name[0] != '\0')
    return g_strdup (full_name);
  if (official_title != NULL && official_title[0] != '\0')
    return g_strdup (official_title);
  if (name != NULL && g_strcmp0 (name, id) != 0)
    return g_strdup (name);
  return g_strdup ("");
}

/* A deliverable named only by its title has the title as its id: the ID
 * column leaves it empty rather than repeat the title. */
static gboolean
is_title_only (const char *id,
               const char *title)
{
  return id != NULL && title != NULL && g_utf8_collate (id, title) == 0;
}

static char *
deliverable_id_label (gpointer    item,
                      const char *id,
                      const char *title)
{
  return g_strdup (id == NULL || is_title_only (id, title) ? "" : id);
}

/* Natural order for ids: X.509 before X.1813, ITU-T SG2 before SG11,
 * F.743.4 before F.743.10.  Items without one (no group, a title-only
 * deliverable) come after the others. */

typedef const char *(*StringGetter) (gpointer item);

typedef struct
{
  StringGetter  get;
  gboolean      title_only_is_empty;
  GQuark        quark;
} NaturalSort;

typedef struct
{
  char *source;
  char *key;
} SortKey;

static void
sort_key_free (gpointer data)
{
  SortKey *key = data;

  g_free (key->source);
  g_free (key->key);
  g_free (key);
}

/* The collation key is kept on the item: a sort compares each item many
 * times, and a 1,000-report library has thousands of rows. */
static const char *
natural_key (gpointer     item,
             NaturalSort *sort)
{
  const char *value = sort->get (item);
  SortKey *key = g_object_get_qdata (item, sort->quark);

  if (key != NULL && g_strcmp0 (key->source, value) == 0)
    return key->key;

  key = g_new0 (SortKey, 1);
  key->source = g_strdup (value);
  if (value == NULL || value[0] == '\0' ||
      (sort->title_only_is_empty && is_title_only (value, rpt_deliverable_get_title (item))))
    key->key = g_strdup ("1");
  else
    {
      g_autofree char *folded = g_utf8_casefold (value, -1);
      g_autofree char *collated = g_utf8_collate_key_for_filename (folded, -1);

      key->key = g_strconcat ("0", collated, NULL);
    }
  g_object_set_qdata_full (item, sort->quark, key, sort_key_free);
  return key->key;
}

static int
natural_compare (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  NaturalSort *sort = user_data;
  int result = strcmp (natural_key ((gpointer) a, sort), natural_key ((gpointer) b, sort));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
set_natural_sorter (GtkColumnViewColumn *column,
                    StringGetter         get,
                    gboolean             title_only_is_empty,
                    const char          *name)
{
  g_autoptr(GtkSorter) sorter = NULL;
  NaturalSort *sort = g_new0 (NaturalSort, 1);

  sort->get = get;
  sort->title_only_is_empty = title_only_is_empty;
  sort->quark = g_quark_from_static_string (name);
  sorter = GTK_SORTER (gtk_custom_sorter_new (natural_compare, sort, g_free));
  gtk_column_view_column_set_sorter (column, sorter);
}

/* Remove from Library, on each row of the Reports list: the window's
 * win.remove-report (rpt-import-controller.c) does it, with Undo. */
static void
remove_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 RptListPage              *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, _("Remove from Library"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_list_item_set_child (list_item, button);
}

static void
remove_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                RptListPage              *self)
{
  RptReport *report = gtk_list_item_get_item (list_item);
  GtkWidget *button = gtk_list_item_get_child (list_item);
  g_autofree char *label = NULL;
  const char *title;

  if (report == NULL || button == NULL)
    return;

  title = rpt_report_get_title (report);
  if (title == NULL || title[0] == '\0')
    title = rpt_report_get_file_name (report);

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (rpt_report_get_id (report)));
  /* The name after the target: the action takes an int64 (x). */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.remove-report");
  /* TRANSLATORS: the button on a row of the Reports list; %s is the report's title */
  label = g_strdup_printf (_("Remove “%s” from Library"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

gboolean
rpt_list_page_kind_for_section (const char  *section,
                                RptListKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].section, section) == 0)
      {
        if (kind != NULL)
          *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

static const char *
kind_title (RptListKind kind)
{
  switch (kind)
    {
    case RPT_LIST_DELIVERABLES:
      return _("Recommendations");
    case RPT_LIST_RESOLUTIONS:
      return _("Resolutions");
    case RPT_LIST_GROUPS:
      return _("Study Groups");
    case RPT_LIST_REPORTS:
      return _("Reports");
    case RPT_LIST_MENTIONS:
    case RPT_LIST_STATED_COUNTS:
    default:
      return "";
    }
}

static gboolean
query_has_filters (RptQuery *query)
{
  return query != NULL && !rpt_query_is_empty (query);
}

static void
update_state (RptListPage *self)
{
  guint n = rpt_list_page_get_n_items (self);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->view_stack, kinds[self->kind_index].section);
      return;
    }

  /* Say why the list is empty and what to do about it. */
  if (query_has_filters (self->query))
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Matches"));
      adw_status_page_set_description (self->empty_page,
                                       _("Nothing in the library fits all of these filters. Clear the filters, or choose fewer of them."));
      gtk_widget_set_visible (GTK_WIDGET (self->empty_button), TRUE);
    }
  else
    {
      const char *description;

      switch (self->kind)
        {
        case RPT_LIST_RESOLUTIONS:
          description = _("No report in the library is organised by a Resolution yet. Import an ITU activity report to see the Resolutions it reports under.");
          break;
        case RPT_LIST_GROUPS:
          description = _("No report in the library names a study group yet. Import an ITU activity report to see the groups it names.");
          break;
        case RPT_LIST_REPORTS:
          description = _("The library holds no reports. Import an ITU activity report (.txt, .docx or .pdf) to start.");
          break;
        case RPT_LIST_DELIVERABLES:
        case RPT_LIST_MENTIONS:
        case RPT_LIST_STATED_COUNTS:
        default:
          description = _("No report in the library lists Recommendations or other deliverables yet. Import an ITU activity report to see them.");
          break;
        }

      adw_status_page_set_icon_name (self->empty_page, "folder-documents-symbolic");
      adw_status_page_set_title (self->empty_page, _("Nothing Here Yet"));
      adw_status_page_set_description (self->empty_page, description);
      gtk_widget_set_visible (GTK_WIDGET (self->empty_button), FALSE);
    }

  gtk_stack_set_visible_child_name (self->view_stack, "empty");
}

static void
items_changed_cb (GListModel  *model,
                  guint        position,
                  guint        removed,
                  guint        added,
                  RptListPage *self)
{
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  update_state (self);
}

static void
query_changed_cb (RptQuery    *query,
                  RptListPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
  update_state (self);
}

static char *
item_uri (RptListPage *self,
          gpointer     item)
{
  const char *page = kinds[self->kind_index].item_page;
  g_autofree char *id = NULL;

  switch (self->kind)
    {
    case RPT_LIST_DELIVERABLES:
      return rpt_place_build_uri (page, rpt_deliverable_get_id (item), NULL);
    case RPT_LIST_RESOLUTIONS:
      return rpt_place_build_uri (page, rpt_resolution_get_key (item), NULL);
    case RPT_LIST_GROUPS:
      return rpt_place_build_uri (page, rpt_group_get_id (item), NULL);
    case RPT_LIST_REPORTS:
      id = g_strdup_printf ("%" G_GINT64_FORMAT, rpt_report_get_id (item));
      return rpt_place_build_uri (page, id, NULL);
    case RPT_LIST_MENTIONS:
    case RPT_LIST_STATED_COUNTS:
    default:
      return NULL;
    }
}

static void
view_activate_cb (GtkColumnView *view,
                  guint          position,
                  RptListPage   *self)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *uri = NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (item == NULL)
    return;

  uri = item_uri (self, item);
  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.navigate", "s", uri);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RptListPage *self = RPT_LIST_PAGE (widget);
  g_autoptr(RptPlace) place = rpt_place_parse (RPT_URI_SCHEME "deliverables");

  rpt_place_apply_to_query (place, self->query);
}

static void
rpt_list_page_constructed (GObject *object)
{
  RptListPage *self = RPT_LIST_PAGE (object);
  const char *section;

  G_OBJECT_CLASS (rpt_list_page_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (kinds[i].kind == self->kind)
        {
          self->kind_index = i;
          self->view = self->views[i];
          self->sort_model = self->sort_models[i];
          self->selection = self->selections[i];
        }
      else
        {
          /* Only one kind per page: the other views go. */
          gtk_stack_remove (self->view_stack, self->scrollers[i]);
        }
    }

  g_assert (self->view != NULL);

  set_natural_sorter (self->deliverables_id_column, (StringGetter) rpt_deliverable_get_id, TRUE,
                      "rpt-sort-deliverable-id");
  set_natural_sorter (self->deliverables_group_column, (StringGetter) rpt_deliverable_get_group, FALSE,
                      "rpt-sort-deliverable-group");
  set_natural_sorter (self->groups_id_column, (StringGetter) rpt_group_get_id, FALSE,
                      "rpt-sort-group-id");
  set_natural_sorter (self->resolutions_key_column, (StringGetter) rpt_resolution_get_key, FALSE,
                      "rpt-sort-resolution-key");

  /* Deliverables open sorted by id, so those named only by a title (an
   * empty ID cell) gather at the end rather than among the ids. */
  if (self->kind == RPT_LIST_DELIVERABLES)
    gtk_column_view_sort_by_column (self->view, self->deliverables_id_column, GTK_SORT_ASCENDING);

  section = kinds[self->kind_index].section;
  if (kinds[self->kind_index].own != RPT_DIMENSION_NONE)
    rpt_filter_bar_set_filter_visible (self->filter_bar, kinds[self->kind_index].own, FALSE);

  gtk_widget_set_name (GTK_WIDGET (self), section);

  self->items = rpt_query_model_new (self->library, self->kind, self->query);
  g_signal_connect_object (self->items, "items-changed", G_CALLBACK (items_changed_cb), self, 0);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->items));

  rpt_filter_bar_set_library (self->filter_bar, self->library);
  rpt_filter_bar_set_query (self->filter_bar, self->query);

  update_state (self);
}

static void
rpt_list_page_dispose (GObject *object)
{
  RptListPage *self = RPT_LIST_PAGE (object);
  GtkWidget *child;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RPT_TYPE_LIST_PAGE);
  /* Children the class does not bind (separators, scrollers) too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->view = NULL;
  self->sort_model = NULL;
  self->selection = NULL;

  g_clear_object (&self->items);
  g_clear_object (&self->query);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rpt_list_page_parent_class)->dispose (object);
}

static void
rpt_list_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RptListPage *self = RPT_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_TITLE:
      g_value_set_string (value, rpt_list_page_get_title (self));
      break;

    case PROP_SECTION:
      g_value_set_string (value, rpt_list_page_get_section (self));
      break;

    case PROP_URI:
      g_value_take_string (value, rpt_list_page_dup_uri (self));
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, rpt_list_page_get_n_items (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_list_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RptListPage *self = RPT_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_list_page_class_init (RptListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rpt_list_page_constructed;
  object_class->dispose = rpt_list_page_dispose;
  object_class->get_property = rpt_list_page_get_property;
  object_class->set_property = rpt_list_page_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RPT_TYPE_LIST_KIND, RPT_LIST_DELIVERABLES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         RPT_TYPE_QUERY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The .ui names these types in expressions before anything else has. */
  g_type_ensure (RPT_TYPE_FILTER_BAR);
  g_type_ensure (RPT_TYPE_DELIVERABLE);
  g_type_ensure (RPT_TYPE_RESOLUTION);
  g_type_ensure (RPT_TYPE_GROUP);
  g_type_ensure (RPT_TYPE_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rpt-list-page.ui");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      /* The names live as long as the class. */
      char *name;

      name = g_strdup_printf ("%s_scroller", kinds[i].section);
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (name), FALSE,
                                                 G_STRUCT_OFFSET (RptListPage, scrollers) + i * sizeof (gpointer));
      g_free (name);
      name = g_strdup_printf ("%s_view", kinds[i].section);
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (name), FALSE,
                                                 G_STRUCT_OFFSET (RptListPage, views) + i * sizeof (gpointer));
      g_free (name);
      name = g_strdup_printf ("%s_sort_model", kinds[i].section);
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (name), FALSE,
                                                 G_STRUCT_OFFSET (RptListPage, sort_models) + i * sizeof (gpointer));
      g_free (name);
      name = g_strdup_printf ("%s_selection", kinds[i].section);
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (name), FALSE,
                                                 G_STRUCT_OFFSET (RptListPage, selections) + i * sizeof (gpointer));
      g_free (name);
    }
  gtk_widget_class_bind_template_child (widget_class, RptListPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, deliverables_id_column);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, deliverables_group_column);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, groups_id_column);
  gtk_widget_class_bind_template_child (widget_class, RptListPage, resolutions_key_column);
  gtk_widget_class_bind_template_callback (widget_class, deliverable_id_label);
  gtk_widget_class_bind_template_callback (widget_class, remove_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_label);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, group_name);

  gtk_widget_class_install_action (widget_class, "listpage.clear-filters", NULL, clear_filters_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rptlistpage");
}

static void
rpt_list_page_init (RptListPage *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->query = rpt_query_new ();
  g_signal_connect (self->query, "changed", G_CALLBACK (query_changed_cb), self);
}

/**
 * rpt_list_page_new:
 * @library: the library
 * @kind: what the list holds (deliverables, Resolutions, groups, reports)
 *
 * Returns: (transfer floating): a new list page
 */
GtkWidget *
rpt_list_page_new (RptLibrary  *library,
                   RptListKind  kind)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (kind == RPT_LIST_DELIVERABLES || kind == RPT_LIST_RESOLUTIONS ||
                        kind == RPT_LIST_GROUPS || kind == RPT_LIST_REPORTS, NULL);

  return g_object_new (RPT_TYPE_LIST_PAGE,
                       "library", library,
                       "kind", kind,
                       NULL);
}

RptLibrary *
rpt_list_page_get_library (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return self->library;
}

RptListKind
rpt_list_page_get_kind (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), RPT_LIST_DELIVERABLES);

  return self->kind;
}

/**
 * rpt_list_page_get_query:
 *
 * The filters the list shows (group, status, kind, series, report,
 * Resolution, text).  Changing it changes the list.
 *
 * Returns: (transfer none): the page's query
 */
RptQuery *
rpt_list_page_get_query (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return self->query;
}

const char *
rpt_list_page_get_title (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return kind_title (self->kind);
}

const char *
rpt_list_page_get_section (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return kinds[self->kind_index].section;
}

/**
 * rpt_list_page_dup_uri:
 *
 * Returns: (transfer full): the page's place, with its filters
 */
char *
rpt_list_page_dup_uri (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return rpt_place_build_list_uri (rpt_list_page_get_section (self), self->query);
}

guint
rpt_list_page_get_n_items (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), 0);

  return self->items ? g_list_model_get_n_items (G_LIST_MODEL (self->items)) : 0;
}

/**
 * rpt_list_page_get_model:
 *
 * Returns: (transfer none): the items as shown: filtered and sorted
 */
GListModel *
rpt_list_page_get_model (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * rpt_list_page_get_selected:
 *
 * The rows the user selected, in the order shown: #RptDeliverable,
 * #RptResolution, #RptGroup or #RptReport items, by the page's kind.
 *
 * Returns: (transfer full): a new list of the selected items
 */
GListModel *
rpt_list_page_get_selected (RptListPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GListStore *store;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  store = g_list_store_new (rpt_list_kind_get_item_type (self->kind));
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    {
      do
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

          if (item != NULL)
            g_list_store_append (store, item);
        }
      while (gtk_bitset_iter_next (&iter, &position));
    }

  return G_LIST_MODEL (store);
}

/**
 * rpt_list_page_get_view:
 *
 * Returns: (transfer none): the column view
 */
GtkColumnView *
rpt_list_page_get_view (RptListPage *self)
{
  g_return_val_if_fail (RPT_IS_LIST_PAGE (self), NULL);

  return self->view;
}

/* Shows the filters a place names (rapporteur:deliverables?group=…). */
void
rpt_list_page_apply_place (RptListPage *self,
                           RptPlace    *place)
{
  g_return_if_fail (RPT_IS_LIST_PAGE (self));
  g_return_if_fail (place != NULL);

  rpt_place_apply_to_query (place, self->query);
}
