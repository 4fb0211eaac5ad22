/* rpt-group.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptGroup
{
  GObject parent_instance;

  RptContext *ctx;
  RptStoreGroup *row;
  const RptReferenceGroup *ref;
};

G_DEFINE_FINAL_TYPE (RptGroup, rpt_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_OFFICIAL_TITLE,
  PROP_FULL_NAME,
  PROP_MANDATE,
  PROP_SECTOR,
  PROP_GROUP_KIND,
  PROP_URL,
  PROP_N_REPORTS,
  PROP_N_SECTIONS,
  PROP_N_DELIVERABLES,
  PROP_N_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_group_finalize (GObject *object)
{
  RptGroup *self = (RptGroup *) object;

  g_clear_pointer (&self->row, rpt_store_group_free);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (rpt_group_parent_class)->finalize (object);
}

static void
rpt_group_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RptGroup *self = (RptGroup *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, rpt_group_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, rpt_group_get_name (self));
      break;
    case PROP_OFFICIAL_TITLE:
      g_value_set_string (value, rpt_group_get_official_title (self));
      break;
    case PROP_FULL_NAME:
      g_value_set_string (value, rpt_group_get_full_name (self));
      break;
    case PROP_MANDATE:
      g_value_set_string (value, rpt_group_get_mandate (self));
      break;
    case PROP_SECTOR:
      g_value_set_string (value, rpt_group_get_sector (self));
      break;
    case PROP_GROUP_KIND:
      g_value_set_string (value, rpt_group_get_group_kind (self));
      break;
    case PROP_URL:
      g_value_set_string (value, rpt_group_get_url (self));
      break;
    case PROP_N_REPORTS:
      g_value_set_uint (value, rpt_group_get_n_reports (self));
      break;
    case PROP_N_SECTIONS:
      g_value_set_uint (value, rpt_group_get_n_sections (self));
      break;
    case PROP_N_DELIVERABLES:
      g_value_set_uint (value, rpt_group_get_n_deliverables (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, rpt_group_get_n_mentions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_group_class_init (RptGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_group_finalize;
  object_class->get_property = rpt_group_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * RptGroup:name:
   *
   * The short name from the reference data ("Security"), else the id.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_OFFICIAL_TITLE] =
    g_param_spec_string ("official-title", NULL, NULL, NULL, flags);
  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, NULL, flags);
  properties[PROP_MANDATE] =
    g_param_spec_string ("mandate", NULL, NULL, NULL, flags);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL, flags);
  properties[PROP_GROUP_KIND] =
    g_param_spec_string ("group-kind", NULL, NULL, NULL, flags);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_N_REPORTS] =
    g_param_spec_uint ("n-reports", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_SECTIONS] =
    g_param_spec_uint ("n-sections", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_DELIVERABLES] =
    g_param_spec_uint ("n-deliverables", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_group_init (RptGroup *self)
{
}


RptGroup *
_rpt_group_new (RptContext    *ctx,
                RptStoreGroup *row)
{
  RptGroup *self = g_object_new (RPT_TYPE_GROUP, NULL);

  self->ctx = _rpt_context_ref (ctx);
  self->row = row;
  self->ref = rpt_reference_lookup_group (_rpt_context_get_reference (ctx), row->id);

  return self;
}

/**
 * rpt_group_create_query:
 * @self: a #RptGroup
 *
 * Returns: (transfer full): a query for the deliverables it is responsible for
 */
RptQuery *
rpt_group_create_query (RptGroup *self)
{
  RptQuery *query;

  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  query = rpt_query_new ();
  rpt_query_set_group (query, self->row->id);
  return query;
}

/**
 * rpt_group_get_id:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:id property
 */
const char *
rpt_group_get_id (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return self->row->id;
}

/**
 * rpt_group_get_name:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:name property
 */
const char *
rpt_group_get_name (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL && self->ref->name != NULL ? self->ref->name : self->row->id);
}

/**
 * rpt_group_get_official_title:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:official-title property
 */
const char *
rpt_group_get_official_title (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->official_title : NULL);
}

/**
 * rpt_group_get_full_name:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:full-name property
 */
const char *
rpt_group_get_full_name (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->full_name : NULL);
}

/**
 * rpt_group_get_mandate:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:mandate property
 */
const char *
rpt_group_get_mandate (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->mandate : NULL);
}

/**
 * rpt_group_get_sector:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:sector property
 */
const char *
rpt_group_get_sector (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->sector : NULL);
}

/**
 * rpt_group_get_group_kind:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:group-kind property
 */
const char *
rpt_group_get_group_kind (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->kind : NULL);
}

/**
 * rpt_group_get_url:
 * @self: a #RptGroup
 *
 * Returns: (transfer none) (nullable): the #RptGroup:url property
 */
const char *
rpt_group_get_url (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), NULL);

  return (self->ref != NULL ? self->ref->url : NULL);
}

guint
rpt_group_get_n_reports (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), 0);

  return self->row->n_reports;
}

guint
rpt_group_get_n_sections (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), 0);

  return self->row->n_sections;
}

guint
rpt_group_get_n_deliverables (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), 0);

  return self->row->n_deliverables;
}

guint
rpt_group_get_n_mentions (RptGroup *self)
{
  g_return_val_if_fail (RPT_IS_GROUP (self), 0);

  return self->row->n_mentions;
}
