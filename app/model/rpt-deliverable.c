/* rpt-deliverable.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-deliverable"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptDeliverable
{
  GObject parent_instance;

  RptContext *ctx;
  RptStoreDeliverable *row;
  /* Looked up when first asked for: a list of 34,000 deliverables would
   * otherwise look up (and build) every report on its first page. */
  RptReport *first_report;
  RptReport *last_report;
  gboolean reports_resolved;
  GListModel *mentions;
};

G_DEFINE_FINAL_TYPE (RptDeliverable, rpt_deliverable, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_SERIES,
  PROP_SERIES_TITLE,
  PROP_SECTOR,
  PROP_GROUP,
  PROP_STATUS,
  PROP_N_MENTIONS,
  PROP_N_REPORTS,
  PROP_FIRST_REPORT,
  PROP_LAST_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_deliverable_finalize (GObject *object)
{
  RptDeliverable *self = (RptDeliverable *) object;

  g_clear_object (&self->mentions);
  g_clear_object (&self->first_report);
  g_clear_object (&self->last_report);
  g_clear_pointer (&self->row, rpt_store_deliverable_free);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (rpt_deliverable_parent_class)->finalize (object);
}

static void
rpt_deliverable_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RptDeliverable *self = (RptDeliverable *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, rpt_deliverable_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_string (value, rpt_deliverable_get_kind (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, rpt_deliverable_get_title (self));
      break;
    case PROP_SERIES:
      g_value_set_string (value, rpt_deliverable_get_series (self));
      break;
    case PROP_SERIES_TITLE:
      g_value_set_string (value, rpt_deliverable_get_series_title (self));
      break;
    case PROP_SECTOR:
      g_value_set_string (value, rpt_deliverable_get_sector (self));
      break;
    case PROP_GROUP:
      g_value_set_string (value, rpt_deliverable_get_group (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, rpt_deliverable_get_status (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, rpt_deliverable_get_n_mentions (self));
      break;
    case PROP_N_REPORTS:
      g_value_set_uint (value, rpt_deliverable_get_n_reports (self));
      break;
    case PROP_FIRST_REPORT:
      g_value_set_object (value, rpt_deliverable_get_first_report (self));
      break;
    case PROP_LAST_REPORT:
      g_value_set_object (value, rpt_deliverable_get_last_report (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_deliverable_class_init (RptDeliverableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_deliverable_finalize;
  object_class->get_property = rpt_deliverable_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SERIES] =
    g_param_spec_string ("series", NULL, NULL, NULL, flags);
  properties[PROP_SERIES_TITLE] =
    g_param_spec_string ("series-title", NULL, NULL, NULL, flags);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL, flags);
  /**
   * RptDeliverable:status:
   *
   * The status in the latest report that mentions it.
   */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_REPORTS] =
    g_param_spec_uint ("n-reports", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_FIRST_REPORT] =
    g_param_spec_object ("first-report", NULL, NULL, RPT_TYPE_REPORT, flags);
  properties[PROP_LAST_REPORT] =
    g_param_spec_object ("last-report", NULL, NULL, RPT_TYPE_REPORT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_deliverable_init (RptDeliverable *self)
{
}


RptDeliverable *
_rpt_deliverable_new (RptContext          *ctx,
                      RptStoreDeliverable *row)
{
  RptDeliverable *self = g_object_new (RPT_TYPE_DELIVERABLE, NULL);

  self->ctx = _rpt_context_ref (ctx);
  self->row = row;

  return self;
}

static void
resolve_reports (RptDeliverable *self)
{
  if (self->reports_resolved)
    return;

  self->reports_resolved = TRUE;
  self->first_report = _rpt_context_get_report (self->ctx, self->row->first_report);
  self->last_report = _rpt_context_get_report (self->ctx, self->row->last_report);
  if (self->first_report != NULL)
    g_object_ref (self->first_report);
  if (self->last_report != NULL)
    g_object_ref (self->last_report);
}

/**
 * rpt_deliverable_get_series_title:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the title of its series
 */
const char *
rpt_deliverable_get_series_title (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return rpt_reference_get_series_title (_rpt_context_get_reference (self->ctx),
                                         self->row->sector, self->row->series);
}

/**
 * rpt_deliverable_create_query:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer full): a query for this deliverable only
 */
RptQuery *
rpt_deliverable_create_query (RptDeliverable *self)
{
  const char *ids[2] = { NULL, NULL };
  RptQuery *query;

  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  ids[0] = self->row->id;
  query = rpt_query_new ();
  rpt_query_set_ids (query, ids);
  return query;
}

/**
 * rpt_deliverable_get_mentions:
 * @self: a #RptDeliverable
 *
 * Its history: every #RptMention, by reporting period then document order.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_deliverable_get_mentions (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  if (self->mentions == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.deliverable_id = self->row->id;
      self->mentions = _rpt_context_list (self->ctx, RPT_LIST_MENTIONS, NULL, &scope, &error);
      if (self->mentions == NULL)
        {
          g_warning ("%s", error->message);
          self->mentions = G_LIST_MODEL (g_list_store_new (rpt_list_kind_get_item_type (RPT_LIST_MENTIONS)));
        }
    }

  return self->mentions;
}

/**
 * rpt_deliverable_get_id:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:id property
 */
const char *
rpt_deliverable_get_id (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->id;
}

/**
 * rpt_deliverable_get_kind:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:kind property
 */
const char *
rpt_deliverable_get_kind (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->kind;
}

/**
 * rpt_deliverable_get_title:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:title property
 */
const char *
rpt_deliverable_get_title (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->title;
}

/**
 * rpt_deliverable_get_series:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:series property
 */
const char *
rpt_deliverable_get_series (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->series;
}

/**
 * rpt_deliverable_get_sector:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:sector property
 */
const char *
rpt_deliverable_get_sector (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->sector;
}

/**
 * rpt_deliverable_get_group:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:group property
 */
const char *
rpt_deliverable_get_group (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->group;
}

/**
 * rpt_deliverable_get_status:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:status property
 */
const char *
rpt_deliverable_get_status (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  return self->row->status;
}

guint
rpt_deliverable_get_n_mentions (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), 0);

  return self->row->n_mentions;
}

guint
rpt_deliverable_get_n_reports (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), 0);

  return self->row->n_reports;
}

/**
 * rpt_deliverable_get_first_report:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:first-report property
 */
RptReport *
rpt_deliverable_get_first_report (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  resolve_reports (self);
  return self->first_report;
}

/**
 * rpt_deliverable_get_last_report:
 * @self: a #RptDeliverable
 *
 * Returns: (transfer none) (nullable): the #RptDeliverable:last-report property
 */
RptReport *
rpt_deliverable_get_last_report (RptDeliverable *self)
{
  g_return_val_if_fail (RPT_IS_DELIVERABLE (self), NULL);

  resolve_reports (self);
  return self->last_report;
}
