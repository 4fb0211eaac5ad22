/* rpt-whole-list.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-library"

#include "config.h"

#include "rpt-model-private.h"

/* A whole-library list (rpt_library_get_reports () ...) that counts before
 * it loads: its size comes from a COUNT query over the indexes, and its
 * objects are built the first time an item is asked for.  The sidebar
 * only shows the sizes, so at start-up it builds none of the 34,000
 * deliverables of a 1,000-report library. */

struct _RptWholeList
{
  GObject parent_instance;

  RptContext *ctx;
  RptListKind kind;
  GPtrArray *items;             /* NULL until an item is asked for */
  guint n_items;                /* the count, while items is NULL */
  guint notify_idle;
};

static void rpt_whole_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RptWholeList, _rpt_whole_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rpt_whole_list_list_model_init))

static guint
count_items (RptWholeList *self)
{
  g_autoptr(GError) error = NULL;
  guint list, n = 0;

  switch (self->kind)
    {
    case RPT_LIST_REPORTS:
      list = 0;
      break;
    case RPT_LIST_RESOLUTIONS:
      list = 1;
      break;
    case RPT_LIST_GROUPS:
      list = 2;
      break;
    case RPT_LIST_DELIVERABLES:
      list = 3;
      break;
    case RPT_LIST_MENTIONS:
    case RPT_LIST_STATED_COUNTS:
    default:
      g_assert_not_reached ();
    }

  if (!rpt_store_count_list (_rpt_context_get_store (self->ctx), list, &n, &error))
    g_warning ("%s", error->message);
  return n;
}

static GPtrArray *
load_items (RptWholeList *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = _rpt_context_list_objects (self->ctx, self->kind, NULL, NULL, &error);

  if (items == NULL)
    {
      g_warning ("%s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return items;
}

static gboolean
notify_idle_cb (gpointer data)
{
  RptWholeList *self = data;
  guint counted = self->n_items;

  self->notify_idle = 0;
  self->n_items = self->items->len;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, counted, self->items->len);
  return G_SOURCE_REMOVE;
}

static void
ensure_items (RptWholeList *self)
{
  if (self->items != NULL)
    return;

  self->items = load_items (self);

  /* The count and the list are the same rows; should they ever differ,
   * say so after this call rather than inside it. */
  if (self->items->len != self->n_items && self->notify_idle == 0)
    {
      g_debug ("%s: counted %u, listed %u", g_type_name (rpt_list_kind_get_item_type (self->kind)),
               self->n_items, self->items->len);
      self->notify_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, notify_idle_cb, g_object_ref (self),
                                           g_object_unref);
    }
}

static GType
rpt_whole_list_get_item_type (GListModel *model)
{
  return rpt_list_kind_get_item_type (RPT_WHOLE_LIST (model)->kind);
}

static guint
rpt_whole_list_get_n_items (GListModel *model)
{
  RptWholeList *self = RPT_WHOLE_LIST (model);

  /* Until the idle above has told the change, the count stands. */
  return self->items != NULL && self->notify_idle == 0 ? self->items->len : self->n_items;
}

static gpointer
rpt_whole_list_get_item (GListModel *model,
                         guint       position)
{
  RptWholeList *self = RPT_WHOLE_LIST (model);

  if (position >= rpt_whole_list_get_n_items (model))
    return NULL;
  ensure_items (self);
  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
rpt_whole_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rpt_whole_list_get_item_type;
  iface->get_n_items = rpt_whole_list_get_n_items;
  iface->get_item = rpt_whole_list_get_item;
}

static void
rpt_whole_list_finalize (GObject *object)
{
  RptWholeList *self = RPT_WHOLE_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (_rpt_whole_list_parent_class)->finalize (object);
}

static void
_rpt_whole_list_class_init (RptWholeListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rpt_whole_list_finalize;
}

static void
_rpt_whole_list_init (RptWholeList *self)
{
}

/* (transfer full): the whole list of @kind (reports, Resolutions, groups
 * or deliverables), counted but not loaded. */
RptWholeList *
_rpt_whole_list_new (RptContext  *ctx,
                     RptListKind  kind)
{
  RptWholeList *self = g_object_new (RPT_TYPE_WHOLE_LIST, NULL);

  self->ctx = _rpt_context_ref (ctx);
  self->kind = kind;
  self->n_items = count_items (self);
  return self;
}

/* The library changed: loads the list again if it was loaded, else counts
 * it again, and tells the change in one items-changed. */
void
_rpt_whole_list_reload (RptWholeList *self)
{
  guint removed = rpt_whole_list_get_n_items (G_LIST_MODEL (self));

  g_clear_handle_id (&self->notify_idle, g_source_remove);

  if (self->items != NULL)
    {
      g_ptr_array_unref (self->items);
      self->items = load_items (self);
      self->n_items = self->items->len;
    }
  else
    self->n_items = count_items (self);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

/* Whether the objects were built (for the benchmarks and tests). */
gboolean
_rpt_whole_list_is_loaded (RptWholeList *self)
{
  return self->items != NULL;
}
