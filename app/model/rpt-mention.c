/* rpt-mention.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-mention"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptMention
{
  GObject parent_instance;

  RptReport *report;
  RptStoreMention *row;
};

G_DEFINE_FINAL_TYPE (RptMention, rpt_mention, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DELIVERABLE_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_STATUS,
  PROP_GROUP,
  PROP_SECTOR,
  PROP_SERIES,
  PROP_REPORT,
  PROP_SECTION,
  PROP_SECTION_HEADING,
  PROP_EXCERPT,
  PROP_OFFSET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_mention_finalize (GObject *object)
{
  RptMention *self = (RptMention *) object;

  g_clear_object (&self->report);
  g_clear_pointer (&self->row, rpt_store_mention_free);

  G_OBJECT_CLASS (rpt_mention_parent_class)->finalize (object);
}

static void
rpt_mention_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RptMention *self = (RptMention *) object;

  switch (prop_id)
    {
    case PROP_DELIVERABLE_ID:
      g_value_set_string (value, rpt_mention_get_deliverable_id (self));
      break;
    case PROP_KIND:
      g_value_set_string (value, rpt_mention_get_kind (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, rpt_mention_get_title (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, rpt_mention_get_status (self));
      break;
    case PROP_GROUP:
      g_value_set_string (value, rpt_mention_get_group (self));
      break;
    case PROP_SECTOR:
      g_value_set_string (value, rpt_mention_get_sector (self));
      break;
    case PROP_SERIES:
      g_value_set_string (value, rpt_mention_get_series (self));
      break;
    case PROP_REPORT:
      g_value_set_object (value, rpt_mention_get_report (self));
      break;
    case PROP_SECTION:
      g_value_set_string (value, rpt_mention_get_section (self));
      break;
    case PROP_SECTION_HEADING:
      g_value_set_string (value, rpt_mention_get_section_heading (self));
      break;
    case PROP_EXCERPT:
      g_value_set_string (value, rpt_mention_get_excerpt (self));
      break;
    case PROP_OFFSET:
      g_value_set_int64 (value, rpt_mention_get_offset (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_mention_class_init (RptMentionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_mention_finalize;
  object_class->get_property = rpt_mention_get_property;

  properties[PROP_DELIVERABLE_ID] =
    g_param_spec_string ("deliverable-id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL, flags);
  properties[PROP_SERIES] =
    g_param_spec_string ("series", NULL, NULL, NULL, flags);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, RPT_TYPE_REPORT, flags);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL, flags);
  properties[PROP_SECTION_HEADING] =
    g_param_spec_string ("section-heading", NULL, NULL, NULL, flags);
  /**
   * RptMention:excerpt:
   *
   * The sentence the deliverable is named in (provenance).
   */
  properties[PROP_EXCERPT] =
    g_param_spec_string ("excerpt", NULL, NULL, NULL, flags);
  properties[PROP_OFFSET] =
    g_param_spec_int64 ("offset", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_mention_init (RptMention *self)
{
}


RptMention *
_rpt_mention_new (RptReport       *report,
                  RptStoreMention *row)
{
  RptMention *self = g_object_new (RPT_TYPE_MENTION, NULL);

  self->report = report ? g_object_ref (report) : NULL;
  self->row = row;

  return self;
}

/**
 * rpt_mention_get_deliverable_id:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:deliverable-id property
 */
const char *
rpt_mention_get_deliverable_id (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->deliverable_id;
}

/**
 * rpt_mention_get_kind:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:kind property
 */
const char *
rpt_mention_get_kind (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->kind;
}

/**
 * rpt_mention_get_title:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:title property
 */
const char *
rpt_mention_get_title (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->title;
}

/**
 * rpt_mention_get_status:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:status property
 */
const char *
rpt_mention_get_status (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->status;
}

/**
 * rpt_mention_get_group:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:group property
 */
const char *
rpt_mention_get_group (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->group;
}

/**
 * rpt_mention_get_sector:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:sector property
 */
const char *
rpt_mention_get_sector (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->sector;
}

/**
 * rpt_mention_get_series:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:series property
 */
const char *
rpt_mention_get_series (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->series;
}

/**
 * rpt_mention_get_report:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:report property
 */
RptReport *
rpt_mention_get_report (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->report;
}

/**
 * rpt_mention_get_section:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:section property
 */
const char *
rpt_mention_get_section (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->section;
}

/**
 * rpt_mention_get_section_heading:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:section-heading property
 */
const char *
rpt_mention_get_section_heading (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->section_heading;
}

/**
 * rpt_mention_get_excerpt:
 * @self: a #RptMention
 *
 * Returns: (transfer none) (nullable): the #RptMention:excerpt property
 */
const char *
rpt_mention_get_excerpt (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), NULL);

  return self->row->excerpt;
}

gint64
rpt_mention_get_offset (RptMention *self)
{
  g_return_val_if_fail (RPT_IS_MENTION (self), 0);

  return self->row->offset;
}
