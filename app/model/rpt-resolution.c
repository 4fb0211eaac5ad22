/* rpt-resolution.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-resolution"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptResolution
{
  GObject parent_instance;

  RptContext *ctx;
  RptStoreResolution *row;
  GListModel *sections;
};

G_DEFINE_FINAL_TYPE (RptResolution, rpt_resolution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_BODY,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_REVISION,
  PROP_REVISIONS,
  PROP_N_REPORTS,
  PROP_N_SECTIONS,
  PROP_N_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_resolution_finalize (GObject *object)
{
  RptResolution *self = (RptResolution *) object;

  g_clear_object (&self->sections);
  g_clear_pointer (&self->row, rpt_store_resolution_free);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (rpt_resolution_parent_class)->finalize (object);
}

static void
rpt_resolution_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptResolution *self = (RptResolution *) object;

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, rpt_resolution_get_key (self));
      break;
    case PROP_BODY:
      g_value_set_string (value, rpt_resolution_get_body (self));
      break;
    case PROP_NUMBER:
      g_value_set_string (value, rpt_resolution_get_number (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, rpt_resolution_get_title (self));
      break;
    case PROP_REVISION:
      g_value_set_string (value, rpt_resolution_get_revision (self));
      break;
    case PROP_REVISIONS:
      g_value_set_boxed (value, rpt_resolution_get_revisions (self));
      break;
    case PROP_N_REPORTS:
      g_value_set_uint (value, rpt_resolution_get_n_reports (self));
      break;
    case PROP_N_SECTIONS:
      g_value_set_uint (value, rpt_resolution_get_n_sections (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, rpt_resolution_get_n_mentions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_resolution_class_init (RptResolutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_resolution_finalize;
  object_class->get_property = rpt_resolution_get_property;

  /**
   * RptResolution:key:
   *
   * Body and number, "PP 101": the value RptQuery:resolution takes.
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_REVISION] =
    g_param_spec_string ("revision", NULL, NULL, NULL, flags);
  properties[PROP_REVISIONS] =
    g_param_spec_boxed ("revisions", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_N_REPORTS] =
    g_param_spec_uint ("n-reports", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_SECTIONS] =
    g_param_spec_uint ("n-sections", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_resolution_init (RptResolution *self)
{
}


RptResolution *
_rpt_resolution_new (RptContext         *ctx,
                     RptStoreResolution *row)
{
  RptResolution *self = g_object_new (RPT_TYPE_RESOLUTION, NULL);

  self->ctx = _rpt_context_ref (ctx);
  self->row = row;

  return self;
}

/**
 * rpt_resolution_get_sections:
 * @self: a #RptResolution
 *
 * Returns: (transfer none): the #RptSection list reported under or citing
 *   this Resolution, across reports
 */
GListModel *
rpt_resolution_get_sections (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  if (self->sections == NULL)
    {
      RptStoreScope scope = { .resolution = self->row->key };

      self->sections = _rpt_context_list_sections (self->ctx, NULL, &scope);
    }

  return self->sections;
}

/**
 * rpt_resolution_create_query:
 * @self: a #RptResolution
 *
 * Returns: (transfer full): a query for what is reported under it
 */
RptQuery *
rpt_resolution_create_query (RptResolution *self)
{
  RptQuery *query;

  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  query = rpt_query_new ();
  rpt_query_set_resolution (query, self->row->key);
  return query;
}

/**
 * rpt_resolution_get_key:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:key property
 */
const char *
rpt_resolution_get_key (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return self->row->key;
}

/**
 * rpt_resolution_get_body:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:body property
 */
const char *
rpt_resolution_get_body (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return self->row->body;
}

/**
 * rpt_resolution_get_number:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:number property
 */
const char *
rpt_resolution_get_number (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return self->row->number;
}

/**
 * rpt_resolution_get_title:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:title property
 */
const char *
rpt_resolution_get_title (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return self->row->title;
}

/**
 * rpt_resolution_get_revision:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:revision property
 */
const char *
rpt_resolution_get_revision (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return self->row->revision;
}

/**
 * rpt_resolution_get_revisions:
 * @self: a #RptResolution
 *
 * Returns: (transfer none) (nullable): the #RptResolution:revisions property
 */
const char * const *
rpt_resolution_get_revisions (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), NULL);

  return (const char * const *) self->row->revisions;
}

guint
rpt_resolution_get_n_reports (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), 0);

  return self->row->n_reports;
}

guint
rpt_resolution_get_n_sections (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), 0);

  return self->row->n_sections;
}

guint
rpt_resolution_get_n_mentions (RptResolution *self)
{
  g_return_val_if_fail (RPT_IS_RESOLUTION (self), 0);

  return self->row->n_mentions;
}
