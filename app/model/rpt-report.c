/* rpt-report.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-report"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-model-private.h"

struct _RptReport
{
  GObject parent_instance;

  RptContext *ctx;
  RptStoreReport *row;
  GDateTime *imported;
  GListModel *sections;
  GListModel *mentions;
  GListModel *counts;
  GListModel *resolutions;
  GListModel *groups;
};

G_DEFINE_FINAL_TYPE (RptReport, rpt_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FILE_NAME,
  PROP_TITLE,
  PROP_LABEL,
  PROP_FAMILY,
  PROP_PERIOD_TEXT,
  PROP_PERIOD_FROM,
  PROP_PERIOD_TO,
  PROP_CONFERENCE,
  PROP_COUNCIL_DOCUMENTS,
  PROP_BUNDLED,
  PROP_IMPORTED,
  PROP_CONTENT_HASH,
  PROP_SIZE,
  PROP_N_SECTIONS,
  PROP_N_MENTIONS,
  PROP_N_DELIVERABLES,
  PROP_N_STATED_COUNTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rpt_report_finalize (GObject *object)
{
  RptReport *self = (RptReport *) object;

  g_clear_object (&self->sections);
  g_clear_object (&self->mentions);
  g_clear_object (&self->counts);
  g_clear_object (&self->resolutions);
  g_clear_object (&self->groups);
  g_clear_pointer (&self->imported, g_date_time_unref);
  g_clear_pointer (&self->row, rpt_store_report_free);
  g_clear_pointer (&self->ctx, _rpt_context_unref);

  G_OBJECT_CLASS (rpt_report_parent_class)->finalize (object);
}

static void
rpt_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RptReport *self = (RptReport *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, rpt_report_get_id (self));
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, rpt_report_get_file_name (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, rpt_report_get_title (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, rpt_report_get_label (self));
      break;
    case PROP_FAMILY:
      g_value_set_string (value, rpt_report_get_family (self));
      break;
    case PROP_PERIOD_TEXT:
      g_value_set_string (value, rpt_report_get_period_text (self));
      break;
    case PROP_PERIOD_FROM:
      g_value_set_string (value, rpt_report_get_period_from (self));
      break;
    case PROP_PERIOD_TO:
      g_value_set_string (value, rpt_report_get_period_to (self));
      break;
    case PROP_CONFERENCE:
      g_value_set_string (value, rpt_report_get_conference (self));
      break;
    case PROP_COUNCIL_DOCUMENTS:
      g_value_set_boxed (value, rpt_report_get_council_documents (self));
      break;
    case PROP_BUNDLED:
      g_value_set_boolean (value, rpt_report_get_bundled (self));
      break;
    case PROP_IMPORTED:
      g_value_set_boxed (value, rpt_report_get_imported (self));
      break;
    case PROP_CONTENT_HASH:
      g_value_set_string (value, rpt_report_get_content_hash (self));
      break;
    case PROP_SIZE:
      g_value_set_uint64 (value, rpt_report_get_size (self));
      break;
    case PROP_N_SECTIONS:
      g_value_set_uint (value, rpt_report_get_n_sections (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, rpt_report_get_n_mentions (self));
      break;
    case PROP_N_DELIVERABLES:
      g_value_set_uint (value, rpt_report_get_n_deliverables (self));
      break;
    case PROP_N_STATED_COUNTS:
      g_value_set_uint (value, rpt_report_get_n_stated_counts (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_report_class_init (RptReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_report_finalize;
  object_class->get_property = rpt_report_get_property;

  /**
   * RptReport:id:
   *
   * The library's id of the report (stable while it is in the library).
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * RptReport:label:
   *
   * A short label for chart axes, such as "2022–2023".
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_FAMILY] =
    g_param_spec_string ("family", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD_TEXT] =
    g_param_spec_string ("period-text", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD_FROM] =
    g_param_spec_string ("period-from", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD_TO] =
    g_param_spec_string ("period-to", NULL, NULL, NULL, flags);
  properties[PROP_CONFERENCE] =
    g_param_spec_string ("conference", NULL, NULL, NULL, flags);
  properties[PROP_COUNCIL_DOCUMENTS] =
    g_param_spec_boxed ("council-documents", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * RptReport:bundled:
   *
   * Whether the report is one of those that come with Rapporteur.
   */
  properties[PROP_BUNDLED] =
    g_param_spec_boolean ("bundled", NULL, NULL, FALSE, flags);
  properties[PROP_IMPORTED] =
    g_param_spec_boxed ("imported", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /**
   * RptReport:content-hash:
   *
   * SHA-256 of the text: the same text is never imported twice.
   */
  properties[PROP_CONTENT_HASH] =
    g_param_spec_string ("content-hash", NULL, NULL, NULL, flags);
  properties[PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_N_SECTIONS] =
    g_param_spec_uint ("n-sections", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_DELIVERABLES] =
    g_param_spec_uint ("n-deliverables", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_STATED_COUNTS] =
    g_param_spec_uint ("n-stated-counts", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_report_init (RptReport *self)
{
}


RptReport *
_rpt_report_new (RptContext     *ctx,
                 RptStoreReport *row)
{
  RptReport *self = g_object_new (RPT_TYPE_REPORT, NULL);

  self->ctx = _rpt_context_ref (ctx);
  self->row = row;
  self->imported = g_date_time_new_from_unix_utc (row->imported);

  return self;
}

/* After an import the counts of an existing report do not change (a report
 * is immutable once stored) but a re-parse can change them. */
void
_rpt_report_update (RptReport      *self,
                    RptStoreReport *row)
{
  RptStoreReport *old = self->row;
  gboolean changed = old->n_sections != row->n_sections ||
                     old->n_mentions != row->n_mentions ||
                     old->n_deliverables != row->n_deliverables ||
                     old->n_stated_counts != row->n_stated_counts ||
                     g_strcmp0 (old->title, row->title) != 0;

  self->row = row;
  rpt_store_report_free (old);

  if (changed)
    {
      g_clear_object (&self->sections);
      g_clear_object (&self->mentions);
      g_clear_object (&self->counts);
      g_clear_object (&self->resolutions);
      g_clear_object (&self->groups);
      g_object_freeze_notify (G_OBJECT (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SECTIONS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DELIVERABLES]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STATED_COUNTS]);
      g_object_thaw_notify (G_OBJECT (self));
    }
}

/* Mentions, counts and sections point back at their report: the library
 * breaks those cycles when it closes. */
void
_rpt_report_drop_lists (RptReport *self)
{
  g_clear_object (&self->sections);
  g_clear_object (&self->mentions);
  g_clear_object (&self->counts);
  g_clear_object (&self->resolutions);
  g_clear_object (&self->groups);
}

/**
 * rpt_report_load_text:
 * @self: a #RptReport
 * @error: return location for an error
 *
 * The original text of the report, as stored in the library.
 *
 * Returns: (transfer full): the text, or %NULL with @error
 */
char *
rpt_report_load_text (RptReport  *self,
                      GError    **error)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return rpt_store_load_text (_rpt_context_get_store (self->ctx), self->row->id, error);
}

/**
 * rpt_report_get_sections:
 * @self: a #RptReport
 *
 * Returns: (transfer none): the #RptSection list, in document order
 */
GListModel *
rpt_report_get_sections (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  if (self->sections == NULL)
    {
      RptStoreScope scope = { .report_id = self->row->id };

      self->sections = _rpt_context_list_sections (self->ctx, self, &scope);
    }

  return self->sections;
}

/**
 * rpt_report_find_section:
 * @self: a #RptReport
 * @number: a section number ("2.1")
 *
 * Returns: (transfer none) (nullable): the section
 */
RptSection *
rpt_report_find_section (RptReport  *self,
                         const char *number)
{
  GListModel *sections;

  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  sections = rpt_report_get_sections (self);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(RptSection) section = g_list_model_get_item (sections, i);

      if (g_strcmp0 (rpt_section_get_number (section), number) == 0)
        return section;
    }

  return NULL;
}

/**
 * rpt_report_create_query:
 * @self: a #RptReport
 *
 * Returns: (transfer full): a query for what this report says
 */
RptQuery *
rpt_report_create_query (RptReport *self)
{
  RptQuery *query;
  char id[32];

  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  query = rpt_query_new ();
  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, self->row->id);
  rpt_query_set_report (query, id);
  return query;
}

/**
 * rpt_report_get_mentions:
 * @self: a #RptReport
 *
 * The #RptMention list of the report, in document order.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_report_get_mentions (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  if (self->mentions == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.report_id = self->row->id;
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
 * rpt_report_get_stated_counts:
 * @self: a #RptReport
 *
 * The #RptStatedCount list of the report.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_report_get_stated_counts (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  if (self->counts == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.report_id = self->row->id;
      self->counts = _rpt_context_list (self->ctx, RPT_LIST_STATED_COUNTS, NULL, &scope, &error);
      if (self->counts == NULL)
        {
          g_warning ("%s", error->message);
          self->counts = G_LIST_MODEL (g_list_store_new (rpt_list_kind_get_item_type (RPT_LIST_STATED_COUNTS)));
        }
    }

  return self->counts;
}

/**
 * rpt_report_get_resolutions:
 * @self: a #RptReport
 *
 * The #RptResolution list the report cites or reports under.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_report_get_resolutions (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  if (self->resolutions == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.report_id = self->row->id;
      self->resolutions = _rpt_context_list (self->ctx, RPT_LIST_RESOLUTIONS, NULL, &scope, &error);
      if (self->resolutions == NULL)
        {
          g_warning ("%s", error->message);
          self->resolutions = G_LIST_MODEL (g_list_store_new (rpt_list_kind_get_item_type (RPT_LIST_RESOLUTIONS)));
        }
    }

  return self->resolutions;
}

/**
 * rpt_report_get_groups:
 * @self: a #RptReport
 *
 * The #RptGroup list the report names.  Loaded from the library on first use.
 *
 * Returns: (transfer none): a #GListModel
 */
GListModel *
rpt_report_get_groups (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  if (self->groups == NULL)
    {
      RptStoreScope scope = { 0 };
      g_autoptr(GError) error = NULL;

      scope.report_id = self->row->id;
      self->groups = _rpt_context_list (self->ctx, RPT_LIST_GROUPS, NULL, &scope, &error);
      if (self->groups == NULL)
        {
          g_warning ("%s", error->message);
          self->groups = G_LIST_MODEL (g_list_store_new (rpt_list_kind_get_item_type (RPT_LIST_GROUPS)));
        }
    }

  return self->groups;
}

gint64
rpt_report_get_id (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->id;
}

/**
 * rpt_report_get_file_name:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:file-name property
 */
const char *
rpt_report_get_file_name (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->file_name;
}

/**
 * rpt_report_get_title:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:title property
 */
const char *
rpt_report_get_title (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->title;
}

/**
 * rpt_report_get_label:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:label property
 */
const char *
rpt_report_get_label (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->label;
}

/**
 * rpt_report_get_family:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:family property
 */
const char *
rpt_report_get_family (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->family;
}

/**
 * rpt_report_get_period_text:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:period-text property
 */
const char *
rpt_report_get_period_text (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->period_text;
}

/**
 * rpt_report_get_period_from:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:period-from property
 */
const char *
rpt_report_get_period_from (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->period_from;
}

/**
 * rpt_report_get_period_to:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:period-to property
 */
const char *
rpt_report_get_period_to (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->period_to;
}

/**
 * rpt_report_get_conference:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:conference property
 */
const char *
rpt_report_get_conference (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->conference;
}

/**
 * rpt_report_get_council_documents:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:council-documents property
 */
const char * const *
rpt_report_get_council_documents (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return (const char * const *) self->row->council_documents;
}

gboolean
rpt_report_get_bundled (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), FALSE);

  return self->row->bundled;
}

/**
 * rpt_report_get_imported:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:imported property
 */
GDateTime *
rpt_report_get_imported (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->imported;
}

/**
 * rpt_report_get_content_hash:
 * @self: a #RptReport
 *
 * Returns: (transfer none) (nullable): the #RptReport:content-hash property
 */
const char *
rpt_report_get_content_hash (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), NULL);

  return self->row->content_hash;
}

guint64
rpt_report_get_size (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->size;
}

guint
rpt_report_get_n_sections (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->n_sections;
}

guint
rpt_report_get_n_mentions (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->n_mentions;
}

guint
rpt_report_get_n_deliverables (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->n_deliverables;
}

guint
rpt_report_get_n_stated_counts (RptReport *self)
{
  g_return_val_if_fail (RPT_IS_REPORT (self), 0);

  return self->row->n_stated_counts;
}
