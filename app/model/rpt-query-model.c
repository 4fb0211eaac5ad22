/* rpt-query-model.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-query-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

/* A list that follows a query.  The whole list is loaded with one SQL query
 * into an array and replaced in one items-changed; sorting by a property
 * happens in memory on precomputed keys.  On the window's start-up path a
 * list of deliverables loads a first page, and the rest after the first
 * frame (rpt_library_defer_lists ()). */

struct _RptQueryModel
{
  GObject parent_instance;

  RptLibrary *library;
  RptListKind kind;
  RptQuery *query;
  char *sort_property;
  gboolean sort_descending;

  GPtrArray *items;
  gboolean constructed;
  /* A deferred list (rpt_library_defer_lists ()) that has more to load
   * after its last item, and the idle that loads it page by page. */
  gboolean partial;
  guint rest_idle;
  gulong query_handler;
  gulong library_handler;
};

static void rpt_query_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RptQueryModel, rpt_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rpt_query_model_list_model_init))

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_KIND,
  PROP_QUERY,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_SORT_PROPERTY,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
rpt_query_model_get_item_type (GListModel *model)
{
  return rpt_list_kind_get_item_type (RPT_QUERY_MODEL (model)->kind);
}

static guint
rpt_query_model_get_n_items (GListModel *model)
{
  RptQueryModel *self = RPT_QUERY_MODEL (model);

  return self->items ? self->items->len : 0;
}

static gpointer
rpt_query_model_get_item (GListModel *model,
                          guint       position)
{
  RptQueryModel *self = RPT_QUERY_MODEL (model);

  if (self->items == NULL || position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
rpt_query_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rpt_query_model_get_item_type;
  iface->get_n_items = rpt_query_model_get_n_items;
  iface->get_item = rpt_query_model_get_item;
}

typedef struct
{
  gpointer item;
  GValue value;
  char *collate_key;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortEntry *x = a, *y = b;
  gboolean descending = GPOINTER_TO_INT (user_data);
  int result = 0;

  switch (G_VALUE_TYPE (&x->value))
    {
    case G_TYPE_STRING:
      result = g_strcmp0 (x->collate_key, y->collate_key);
      break;
    case G_TYPE_UINT:
      result = (g_value_get_uint (&x->value) > g_value_get_uint (&y->value)) -
               (g_value_get_uint (&x->value) < g_value_get_uint (&y->value));
      break;
    case G_TYPE_INT64:
      result = (g_value_get_int64 (&x->value) > g_value_get_int64 (&y->value)) -
               (g_value_get_int64 (&x->value) < g_value_get_int64 (&y->value));
      break;
    case G_TYPE_UINT64:
      result = (g_value_get_uint64 (&x->value) > g_value_get_uint64 (&y->value)) -
               (g_value_get_uint64 (&x->value) < g_value_get_uint64 (&y->value));
      break;
    case G_TYPE_DOUBLE:
      result = (g_value_get_double (&x->value) > g_value_get_double (&y->value)) -
               (g_value_get_double (&x->value) < g_value_get_double (&y->value));
      break;
    case G_TYPE_BOOLEAN:
      result = g_value_get_boolean (&x->value) - g_value_get_boolean (&y->value);
      break;
    default:
      result = 0;
    }

  return descending ? -result : result;
}

static void
sort_items (RptQueryModel *self,
            GPtrArray     *items)
{
  GObjectClass *klass;
  GParamSpec *pspec;
  SortEntry *entries;
  GType value_type;

  if (self->sort_property == NULL || items->len < 2)
    return;

  klass = g_type_class_peek (rpt_list_kind_get_item_type (self->kind));
  pspec = g_object_class_find_property (klass, self->sort_property);
  if (pspec == NULL)
    {
      g_warning ("%s has no property “%s” to sort by",
                 g_type_name (rpt_list_kind_get_item_type (self->kind)), self->sort_property);
      return;
    }

  value_type = pspec->value_type;
  if (value_type != G_TYPE_STRING && value_type != G_TYPE_UINT && value_type != G_TYPE_INT64 &&
      value_type != G_TYPE_UINT64 && value_type != G_TYPE_DOUBLE && value_type != G_TYPE_BOOLEAN)
    {
      g_warning ("Cannot sort by “%s”: not a string, number or boolean", self->sort_property);
      return;
    }

  entries = g_new0 (SortEntry, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      entries[i].item = g_ptr_array_index (items, i);
      g_value_init (&entries[i].value, value_type);
      g_object_get_property (entries[i].item, self->sort_property, &entries[i].value);
      if (value_type == G_TYPE_STRING)
        entries[i].collate_key = g_utf8_collate_key_for_filename (g_value_get_string (&entries[i].value)
                                                                   ? g_value_get_string (&entries[i].value) : "", -1);
    }

  /* Stable, so equal keys keep the natural order. */
  g_qsort_with_data (entries, items->len, sizeof (SortEntry), compare_entries,
                GINT_TO_POINTER (self->sort_descending));

  for (guint i = 0; i < items->len; i++)
    {
      items->pdata[i] = entries[i].item;
      g_value_unset (&entries[i].value);
      g_free (entries[i].collate_key);
    }
  g_free (entries);
}

/**
 * rpt_query_model_reload:
 * @self: a query model
 *
 * Loads the list again (done automatically when the query or the library
 * changes).
 */
void
rpt_query_model_reload (RptQueryModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) old = NULL;
  GPtrArray *items;
  guint removed;

  g_return_if_fail (RPT_IS_QUERY_MODEL (self));

  /* Properties set while constructing load once, at the end. */
  if (self->library == NULL || !self->constructed)
    return;

  g_clear_handle_id (&self->rest_idle, g_source_remove);
  self->partial = FALSE;

  /* On the start-up path, a first page (see rpt_library_defer_lists ()). */
  if (_rpt_library_defer_model (self->library, self))
    {
      items = _rpt_context_list_first (_rpt_library_get_context (self->library), self->kind,
                                       self->query, NULL, RPT_LIBRARY_FIRST_PAGE, &error);
      self->partial = items != NULL && items->len == RPT_LIBRARY_FIRST_PAGE;
    }
  else
    items = _rpt_context_list_objects (_rpt_library_get_context (self->library), self->kind,
                                       self->query, NULL, &error);
  if (items == NULL)
    {
      /* A bad text query ("AND" alone) is not worth a dialog: empty list. */
      g_debug ("%s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }

  sort_items (self, items);

  old = g_steal_pointer (&self->items);
  removed = old ? old->len : 0;
  self->items = items;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, items->len);
  if (removed != items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
load_rest_idle (gpointer data)
{
  RptQueryModel *self = data;
  gint64 start = g_get_monotonic_time ();
  guint position = self->items->len;

  g_assert (self->partial && self->items->len > 0);

  /* Pages of RPT_LIBRARY_NEXT_PAGE for about RPT_LIBRARY_PAGE_BUDGET_US,
   * then one items-changed: each change costs the window a frame (the
   * count in the header bar changes), so fewer, larger steps. */
  while (self->partial && g_get_monotonic_time () - start < RPT_LIBRARY_PAGE_BUDGET_US)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) more = NULL;
      RptDeliverable *last = g_ptr_array_index (self->items, self->items->len - 1);

      more = _rpt_context_list_first (_rpt_library_get_context (self->library), self->kind, self->query,
                                      rpt_deliverable_get_id (last), RPT_LIBRARY_NEXT_PAGE, &error);
      if (more == NULL)
        {
          g_debug ("%s", error->message);
          more = g_ptr_array_new_with_free_func (g_object_unref);
        }

      for (guint i = 0; i < more->len; i++)
        g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (more, i)));
      self->partial = more->len == RPT_LIBRARY_NEXT_PAGE;
    }

  if (!self->partial)
    self->rest_idle = 0;

  if (self->items->len > position)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, self->items->len - position);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }

  return self->partial ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Loads what a deferred list has after its first page, a page per idle
 * (at the priority of idles, after redraws). */
void
_rpt_query_model_load_rest (RptQueryModel *self)
{
  g_return_if_fail (RPT_IS_QUERY_MODEL (self));

  if (!self->partial || self->rest_idle != 0)
    return;

  /* Only deliverables load by pages (see _rpt_library_defer_model ()). */
  g_assert (self->kind == RPT_LIST_DELIVERABLES);
  self->rest_idle = g_idle_add (load_rest_idle, self);
}

static void
on_changed (RptQueryModel *self)
{
  rpt_query_model_reload (self);
}

static void
rpt_query_model_dispose (GObject *object)
{
  RptQueryModel *self = RPT_QUERY_MODEL (object);

  g_clear_handle_id (&self->rest_idle, g_source_remove);
  g_clear_signal_handler (&self->query_handler, self->query);
  g_clear_signal_handler (&self->library_handler, self->library);
  g_clear_object (&self->query);
  g_clear_object (&self->library);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rpt_query_model_parent_class)->dispose (object);
}

static void
rpt_query_model_finalize (GObject *object)
{
  RptQueryModel *self = RPT_QUERY_MODEL (object);

  g_free (self->sort_property);

  G_OBJECT_CLASS (rpt_query_model_parent_class)->finalize (object);
}

static void
rpt_query_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RptQueryModel *self = RPT_QUERY_MODEL (object);

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
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, rpt_list_kind_get_item_type (self->kind));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, rpt_query_model_get_n_items (G_LIST_MODEL (self)));
      break;
    case PROP_SORT_PROPERTY:
      g_value_set_string (value, self->sort_property);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_query_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RptQueryModel *self = RPT_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      if (self->library != NULL)
        self->library_handler = g_signal_connect_swapped (self->library, "changed",
                                                          G_CALLBACK (on_changed), self);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_QUERY:
      rpt_query_model_set_query (self, g_value_get_object (value));
      break;
    case PROP_SORT_PROPERTY:
      rpt_query_model_set_sort_property (self, g_value_get_string (value));
      break;
    case PROP_SORT_DESCENDING:
      rpt_query_model_set_sort_descending (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_query_model_constructed (GObject *object)
{
  RptQueryModel *self = RPT_QUERY_MODEL (object);

  G_OBJECT_CLASS (rpt_query_model_parent_class)->constructed (object);

  self->constructed = TRUE;
  if (self->query == NULL)
    rpt_query_model_set_query (self, NULL);
  else
    rpt_query_model_reload (self);
}

static void
rpt_query_model_class_init (RptQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rpt_query_model_dispose;
  object_class->finalize = rpt_query_model_finalize;
  object_class->get_property = rpt_query_model_get_property;
  object_class->set_property = rpt_query_model_set_property;
  object_class->constructed = rpt_query_model_constructed;

  /**
   * RptQueryModel:library:
   *
   * The library the list comes from.
   */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, RPT_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | flags);
  /**
   * RptQueryModel:kind:
   *
   * What the list holds.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RPT_TYPE_LIST_KIND, RPT_LIST_DELIVERABLES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | flags);
  /**
   * RptQueryModel:query:
   *
   * The selection; changing it (or any of its properties) reloads the list.
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, RPT_TYPE_QUERY, G_PARAM_READWRITE | G_PARAM_CONSTRUCT | flags);
  /**
   * RptQueryModel:item-type:
   *
   * The #GType of the items.
   */
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | flags);
  /**
   * RptQueryModel:n-items:
   *
   * The number of items.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | flags);
  /**
   * RptQueryModel:sort-property:
   *
   * A property of the items to sort by, or %NULL for the natural order.
   */
  properties[PROP_SORT_PROPERTY] =
    g_param_spec_string ("sort-property", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT | flags);
  /**
   * RptQueryModel:sort-descending:
   *
   * Whether to sort by RptQueryModel:sort-property in descending order.
   */
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_CONSTRUCT | flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_query_model_init (RptQueryModel *self)
{
}

/**
 * rpt_query_model_new:
 * @library: the library
 * @kind: what to list
 * @query: (nullable): the selection; %NULL creates an empty query
 *
 * Returns: (transfer full): a loaded list that follows @query
 */
RptQueryModel *
rpt_query_model_new (RptLibrary  *library,
                     RptListKind  kind,
                     RptQuery    *query)
{
  g_return_val_if_fail (RPT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (query == NULL || RPT_IS_QUERY (query), NULL);

  return g_object_new (RPT_TYPE_QUERY_MODEL,
                       "library", library,
                       "kind", kind,
                       "query", query,
                       NULL);
}

/**
 * rpt_query_model_get_library:
 * @self: a query model
 *
 * Returns: (transfer none): the library
 */
RptLibrary *
rpt_query_model_get_library (RptQueryModel *self)
{
  g_return_val_if_fail (RPT_IS_QUERY_MODEL (self), NULL);
  return self->library;
}

RptListKind
rpt_query_model_get_kind (RptQueryModel *self)
{
  g_return_val_if_fail (RPT_IS_QUERY_MODEL (self), RPT_LIST_DELIVERABLES);
  return self->kind;
}

/**
 * rpt_query_model_get_query:
 * @self: a query model
 *
 * Returns: (transfer none): the query; set its properties to filter
 */
RptQuery *
rpt_query_model_get_query (RptQueryModel *self)
{
  g_return_val_if_fail (RPT_IS_QUERY_MODEL (self), NULL);
  return self->query;
}

/**
 * rpt_query_model_set_query:
 * @self: a query model
 * @query: (nullable): the new selection; %NULL for a new empty one
 */
void
rpt_query_model_set_query (RptQueryModel *self,
                           RptQuery      *query)
{
  g_autoptr(RptQuery) owned = NULL;

  g_return_if_fail (RPT_IS_QUERY_MODEL (self));
  g_return_if_fail (query == NULL || RPT_IS_QUERY (query));

  if (query == NULL)
    query = owned = rpt_query_new ();

  if (self->query == query)
    return;

  g_clear_signal_handler (&self->query_handler, self->query);
  g_set_object (&self->query, query);
  self->query_handler = g_signal_connect_swapped (self->query, "changed", G_CALLBACK (on_changed), self);

  rpt_query_model_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

const char *
rpt_query_model_get_sort_property (RptQueryModel *self)
{
  g_return_val_if_fail (RPT_IS_QUERY_MODEL (self), NULL);
  return self->sort_property;
}

/**
 * rpt_query_model_set_sort_property:
 * @self: a query model
 * @property: (nullable): a property of the item type, or %NULL for the
 *   natural order
 */
void
rpt_query_model_set_sort_property (RptQueryModel *self,
                                   const char    *property)
{
  g_return_if_fail (RPT_IS_QUERY_MODEL (self));

  if (property != NULL && *property == '\0')
    property = NULL;
  if (g_strcmp0 (self->sort_property, property) == 0)
    return;

  g_free (self->sort_property);
  self->sort_property = g_strdup (property);
  rpt_query_model_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_PROPERTY]);
}

gboolean
rpt_query_model_get_sort_descending (RptQueryModel *self)
{
  g_return_val_if_fail (RPT_IS_QUERY_MODEL (self), FALSE);
  return self->sort_descending;
}

void
rpt_query_model_set_sort_descending (RptQueryModel *self,
                                     gboolean       descending)
{
  g_return_if_fail (RPT_IS_QUERY_MODEL (self));

  descending = !!descending;
  if (self->sort_descending == descending)
    return;

  self->sort_descending = descending;
  rpt_query_model_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}
