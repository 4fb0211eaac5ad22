/* rpt-section.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptSection
{
  GObject parent_instance;

  RptContext *ctx;
  RptReport *report;
  gboolean owns_report;
  RptStoreSection *row;
  char *display_title;
  GListModel *mentions;
};

G_DEFINE_FINAL_TYPE (RptSection, rpt_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_NUMBER,
  PROP_HEADING,
  PROP_TEXT,
  PROP_LEVEL,
  PROP_PARENT,
  PROP_DISPLAY_TITLE,
  PROP_RESOLUTIONS,
  PROP_N_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_section_finalize (GObject *object)
{
  RptSection *self = (RptSection *) object;

  g_clear_object (&self->mentions);
  if (self->owns_report)
    g_clear_object (&self->report);
  g_clear_pointer (&self->display_title, g_free);
  g_clear_pointer (&self->row, rpt_store_section_free);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (rpt_section_parent_class)->finalize (object);
}

static void
rpt_section_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RptSection *self = (RptSection *) object;

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, rpt_section_get_report (self));
      break;
    case PROP_NUMBER:
      g_value_set_string (value, rpt_section_get_number (self));
      break;
    case PROP_HEADING:
      g_value_set_string (value, rpt_section_get_heading (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, rpt_section_get_text (self));
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, rpt_section_get_level (self));
      break;
    case PROP_PARENT:
      g_value_set_string (value, rpt_section_get_parent (self));
      break;
    case PROP_DISPLAY_TITLE:
      g_value_set_string (value, rpt_section_get_display_title (self));
      break;
    case PROP_RESOLUTIONS:
      g_value_set_boxed (value, rpt_section_get_resolutions (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, rpt_section_get_n_mentions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_section_class_init (RptSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_section_finalize;
  object_class->get_property = rpt_section_get_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, RPT_TYPE_REPORT, flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PARENT] =
    g_param_spec_string ("parent", NULL, NULL, NULL, flags);
  properties[PROP_DISPLAY_TITLE] =
    g_param_spec_string ("display-title", NULL, NULL, NULL, flags);
  /**
   * RptSection:resolutions:
   *
   * Keys ("PP 101") of the Resolutions the section reports under or cites.
   */
  properties[PROP_RESOLUTIONS] =
    g_param_spec_boxed ("resolutions", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_section_init (RptSection *self)
{
}


RptSection *
_rpt_section_new (RptContext      *ctx,
                  RptReport       *report,
                  RptStoreSection *row,
                  gboolean         owner_keeps_sections)
{
  RptSection *self = g_object_new (RPT_TYPE_SECTION, NULL);

  self->ctx = _rpt_context_ref (ctx);
  /* A report's own sections do not keep it alive (it owns them); the
   * sections of a Resolution, across reports, do. */
  self->owns_report = owner_keeps_sections == FALSE;
  self->report = self->owns_report ? g_object_ref (report) : report;
  self->row = row;
  if (row->heading != NULL && *row->heading != '\0')
    self->display_title = g_strdup_printf ("%s %s", row->number, row->heading);
  else
    self->display_title = g_strdup (row->number);

  return self;
}

/**
 * rpt_section_get_mentions:
 * @self: a #RptSection
 *
 * The #RptMention list of this section.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_section_get_mentions (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  if (self->mentions == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.report_id = self->row->report_id;
      scope.section = self->row->number;
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
 * rpt_section_get_report:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:report property
 */
RptReport *
rpt_section_get_report (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->report;
}

/**
 * rpt_section_get_number:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:number property
 */
const char *
rpt_section_get_number (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->row->number;
}

/**
 * rpt_section_get_heading:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:heading property
 */
const char *
rpt_section_get_heading (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->row->heading;
}

/**
 * rpt_section_get_text:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:text property
 */
const char *
rpt_section_get_text (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->row->text;
}

guint
rpt_section_get_level (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), 0);

  return self->row->level;
}

/**
 * rpt_section_get_parent:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:parent property
 */
const char *
rpt_section_get_parent (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->row->parent;
}

/**
 * rpt_section_get_display_title:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:display-title property
 */
const char *
rpt_section_get_display_title (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return self->display_title;
}

/**
 * rpt_section_get_resolutions:
 * @self: a #RptSection
 *
 * Returns: (transfer none) (nullable): the #RptSection:resolutions property
 */
const char * const *
rpt_section_get_resolutions (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), NULL);

  return (const char * const *) self->row->resolutions;
}

guint
rpt_section_get_n_mentions (RptSection *self)
{
  g_return_val_if_fail (RPT_IS_SECTION (self), 0);

  return self->row->n_mentions;
}
