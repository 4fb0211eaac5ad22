/* rpt-search-hit.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-search-hit"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptSearchHit
{
  GObject parent_instance;

  RptReport *report;
  RptStoreHit *row;
};

G_DEFINE_FINAL_TYPE (RptSearchHit, rpt_search_hit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_SECTION,
  PROP_SECTION_HEADING,
  PROP_SNIPPET,
  PROP_SNIPPET_TEXT,
  PROP_SCORE,
  PROP_TERMS,
  PROP_DELIVERABLE_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_search_hit_finalize (GObject *object)
{
  RptSearchHit *self = (RptSearchHit *) object;

  g_clear_object (&self->report);
  g_clear_pointer (&self->row, rpt_store_hit_free);

  G_OBJECT_CLASS (rpt_search_hit_parent_class)->finalize (object);
}

static void
rpt_search_hit_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptSearchHit *self = (RptSearchHit *) object;

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, rpt_search_hit_get_report (self));
      break;
    case PROP_SECTION:
      g_value_set_string (value, rpt_search_hit_get_section (self));
      break;
    case PROP_SECTION_HEADING:
      g_value_set_string (value, rpt_search_hit_get_section_heading (self));
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, rpt_search_hit_get_snippet (self));
      break;
    case PROP_SNIPPET_TEXT:
      g_value_set_string (value, rpt_search_hit_get_snippet_text (self));
      break;
    case PROP_SCORE:
      g_value_set_double (value, rpt_search_hit_get_score (self));
      break;
    case PROP_TERMS:
      g_value_set_boxed (value, rpt_search_hit_get_terms (self));
      break;
    case PROP_DELIVERABLE_IDS:
      g_value_set_boxed (value, rpt_search_hit_get_deliverable_ids (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_search_hit_class_init (RptSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_search_hit_finalize;
  object_class->get_property = rpt_search_hit_get_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, RPT_TYPE_REPORT, flags);
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL, flags);
  properties[PROP_SECTION_HEADING] =
    g_param_spec_string ("section-heading", NULL, NULL, NULL, flags);
  /**
   * RptSearchHit:snippet:
   *
   * Pango markup: the matched terms in bold.
   */
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET_TEXT] =
    g_param_spec_string ("snippet-text", NULL, NULL, NULL, flags);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_TERMS] =
    g_param_spec_boxed ("terms", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DELIVERABLE_IDS] =
    g_param_spec_boxed ("deliverable-ids", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_search_hit_init (RptSearchHit *self)
{
}


RptSearchHit *
_rpt_search_hit_new (RptReport   *report,
                     RptStoreHit *row)
{
  RptSearchHit *self = g_object_new (RPT_TYPE_SEARCH_HIT, NULL);

  self->report = report ? g_object_ref (report) : NULL;
  self->row = row;

  return self;
}

/**
 * rpt_search_hit_get_report:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:report property
 */
RptReport *
rpt_search_hit_get_report (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  return self->report;
}

/**
 * rpt_search_hit_get_section:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:section property
 */
const char *
rpt_search_hit_get_section (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  return self->row->section;
}

/**
 * rpt_search_hit_get_section_heading:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:section-heading property
 */
const char *
rpt_search_hit_get_section_heading (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  return self->row->section_heading;
}

/**
 * rpt_search_hit_get_snippet:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:snippet property
 */
const char *
rpt_search_hit_get_snippet (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  rpt_store_hit_load_snippet (self->row);
  return self->row->snippet;
}

/**
 * rpt_search_hit_get_snippet_text:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:snippet-text property
 */
const char *
rpt_search_hit_get_snippet_text (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  rpt_store_hit_load_snippet (self->row);
  return self->row->snippet_text;
}

double
rpt_search_hit_get_score (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), 0.0);

  return self->row->score;
}

/**
 * rpt_search_hit_get_terms:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:terms property
 */
const char * const *
rpt_search_hit_get_terms (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  return (const char * const *) self->row->terms;
}

/**
 * rpt_search_hit_get_deliverable_ids:
 * @self: a #RptSearchHit
 *
 * Returns: (transfer none) (nullable): the #RptSearchHit:deliverable-ids property
 */
const char * const *
rpt_search_hit_get_deliverable_ids (RptSearchHit *self)
{
  g_return_val_if_fail (RPT_IS_SEARCH_HIT (self), NULL);

  return (const char * const *) self->row->deliverable_ids;
}
