/* rpt-stated-count.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-stated-count"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptStatedCount
{
  GObject parent_instance;

  RptReport *report;
  RptStoreCount *row;
  char *count_label;
};

G_DEFINE_FINAL_TYPE (RptStatedCount, rpt_stated_count, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_SECTION,
  PROP_COUNT,
  PROP_AT_LEAST,
  PROP_COUNT_LABEL,
  PROP_KIND,
  PROP_STATUS,
  PROP_GROUPS,
  PROP_PERIOD,
  PROP_QUOTE,
  PROP_COUNTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_stated_count_finalize (GObject *object)
{
  RptStatedCount *self = (RptStatedCount *) object;

  g_clear_object (&self->report);
  g_clear_pointer (&self->count_label, g_free);
  g_clear_pointer (&self->row, rpt_store_count_free);

  G_OBJECT_CLASS (rpt_stated_count_parent_class)->finalize (object);
}

static void
rpt_stated_count_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RptStatedCount *self = (RptStatedCount *) object;

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, rpt_stated_count_get_report (self));
      break;
    case PROP_SECTION:
      g_value_set_string (value, rpt_stated_count_get_section (self));
      break;
    case PROP_COUNT:
      g_value_set_uint (value, rpt_stated_count_get_count (self));
      break;
    case PROP_AT_LEAST:
      g_value_set_boolean (value, rpt_stated_count_get_at_least (self));
      break;
    case PROP_COUNT_LABEL:
      g_value_set_string (value, rpt_stated_count_get_count_label (self));
      break;
    case PROP_KIND:
      g_value_set_string (value, rpt_stated_count_get_kind (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, rpt_stated_count_get_status (self));
      break;
    case PROP_GROUPS:
      g_value_set_boxed (value, rpt_stated_count_get_groups (self));
      break;
    case PROP_PERIOD:
      g_value_set_string (value, rpt_stated_count_get_period (self));
      break;
    case PROP_QUOTE:
      g_value_set_string (value, rpt_stated_count_get_quote (self));
      break;
    case PROP_COUNTED:
      g_value_set_uint (value, rpt_stated_count_get_counted (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_stated_count_class_init (RptStatedCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_stated_count_finalize;
  object_class->get_property = rpt_stated_count_get_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, RPT_TYPE_REPORT, flags);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL, flags);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_AT_LEAST] =
    g_param_spec_boolean ("at-least", NULL, NULL, FALSE, flags);
  properties[PROP_COUNT_LABEL] =
    g_param_spec_string ("count-label", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_GROUPS] =
    g_param_spec_boxed ("groups", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, NULL, flags);
  /**
   * RptStatedCount:counted:
   *
   * What the library counted for the same statement (see rpt-stated-count.h).
   */
  properties[PROP_COUNTED] =
    g_param_spec_uint ("counted", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_stated_count_init (RptStatedCount *self)
{
}


RptStatedCount *
_rpt_stated_count_new (RptReport     *report,
                       RptStoreCount *row)
{
  RptStatedCount *self = g_object_new (RPT_TYPE_STATED_COUNT, NULL);

  self->report = report ? g_object_ref (report) : NULL;
  self->row = row;
  if (row->at_least)
    /* Translators: a count a report states, "more than 330" */
    self->count_label = g_strdup_printf (_("more than %u"), row->count);
  else
    self->count_label = g_strdup_printf ("%u", row->count);

  return self;
}

/**
 * rpt_stated_count_get_report:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:report property
 */
RptReport *
rpt_stated_count_get_report (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->report;
}

/**
 * rpt_stated_count_get_section:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:section property
 */
const char *
rpt_stated_count_get_section (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->row->section;
}

guint
rpt_stated_count_get_count (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), 0);

  return self->row->count;
}

gboolean
rpt_stated_count_get_at_least (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), FALSE);

  return self->row->at_least;
}

/**
 * rpt_stated_count_get_count_label:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:count-label property
 */
const char *
rpt_stated_count_get_count_label (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->count_label;
}

/**
 * rpt_stated_count_get_kind:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:kind property
 */
const char *
rpt_stated_count_get_kind (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->row->kind;
}

/**
 * rpt_stated_count_get_status:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:status property
 */
const char *
rpt_stated_count_get_status (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->row->status;
}

/**
 * rpt_stated_count_get_groups:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:groups property
 */
const char * const *
rpt_stated_count_get_groups (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return (const char * const *) self->row->groups;
}

/**
 * rpt_stated_count_get_period:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:period property
 */
const char *
rpt_stated_count_get_period (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->row->period;
}

/**
 * rpt_stated_count_get_quote:
 * @self: a #RptStatedCount
 *
 * Returns: (transfer none) (nullable): the #RptStatedCount:quote property
 */
const char *
rpt_stated_count_get_quote (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), NULL);

  return self->row->quote;
}

guint
rpt_stated_count_get_counted (RptStatedCount *self)
{
  g_return_val_if_fail (RPT_IS_STATED_COUNT (self), 0);

  return self->row->counted;
}
