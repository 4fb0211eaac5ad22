/* rpt-query.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-query"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rpt-library-error.h"
#include "rpt-query.h"

G_DEFINE_ENUM_TYPE (RptDimension, rpt_dimension,
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_GROUP, "group"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_STATUS, "status"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_KIND, "kind"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_SERIES, "series"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_REPORT, "report"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_RESOLUTION, "resolution"),
  G_DEFINE_ENUM_VALUE (RPT_DIMENSION_SECTOR, "sector"))

static const char *dimension_names[] = {
  "none", "group", "status", "kind", "series", "report", "resolution", "sector",
};

/**
 * rpt_dimension_to_string:
 * @dimension: a dimension
 *
 * Returns: (transfer none): its machine name ("group", "status" ...)
 */
const char *
rpt_dimension_to_string (RptDimension dimension)
{
  if ((guint) dimension < G_N_ELEMENTS (dimension_names))
    return dimension_names[dimension];
  return "none";
}

/**
 * rpt_dimension_from_string:
 * @name: a machine name
 *
 * Returns: the dimension, or %RPT_DIMENSION_NONE when @name is unknown
 */
RptDimension
rpt_dimension_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (dimension_names); i++)
    if (g_strcmp0 (name, dimension_names[i]) == 0)
      return (RptDimension) i;
  return RPT_DIMENSION_NONE;
}

struct _RptQuery
{
  GObject parent_instance;

  char *group;
  char *status;
  char *kind;
  char *series;
  char *sector;
  char *report;
  char *resolution;
  char *text;
  char **ids;
  gboolean approvals_only;
};

G_DEFINE_FINAL_TYPE (RptQuery, rpt_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GROUP,
  PROP_STATUS,
  PROP_KIND,
  PROP_SERIES,
  PROP_SECTOR,
  PROP_REPORT,
  PROP_RESOLUTION,
  PROP_TEXT,
  PROP_IDS,
  PROP_APPROVALS_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rpt_query_finalize (GObject *object)
{
  RptQuery *self = RPT_QUERY (object);

  g_free (self->group);
  g_free (self->status);
  g_free (self->kind);
  g_free (self->series);
  g_free (self->sector);
  g_free (self->report);
  g_free (self->resolution);
  g_free (self->text);
  g_strfreev (self->ids);

  G_OBJECT_CLASS (rpt_query_parent_class)->finalize (object);
}

static char **
string_slot (RptQuery *self,
             guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_GROUP: return &self->group;
    case PROP_STATUS: return &self->status;
    case PROP_KIND: return &self->kind;
    case PROP_SERIES: return &self->series;
    case PROP_SECTOR: return &self->sector;
    case PROP_REPORT: return &self->report;
    case PROP_RESOLUTION: return &self->resolution;
    case PROP_TEXT: return &self->text;
    default: return NULL;
    }
}

static void
rpt_query_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RptQuery *self = RPT_QUERY (object);
  char **slot = string_slot (self, prop_id);

  if (slot != NULL)
    {
      g_value_set_string (value, *slot);
      return;
    }

  switch (prop_id)
    {
    case PROP_IDS:
      g_value_set_boxed (value, self->ids);
      break;
    case PROP_APPROVALS_ONLY:
      g_value_set_boolean (value, self->approvals_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (RptQuery   *self,
            guint       prop_id,
            const char *value)
{
  char **slot = string_slot (self, prop_id);

  g_assert (slot != NULL);

  /* "" and NULL both mean "no filter"; keep one representation. */
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
rpt_query_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RptQuery *self = RPT_QUERY (object);

  if (string_slot (self, prop_id) != NULL)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_IDS:
      rpt_query_set_ids (self, g_value_get_boxed (value));
      break;
    case PROP_APPROVALS_ONLY:
      rpt_query_set_approvals_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Notifications are batched by freeze/thaw: one "changed" per dispatch. */
static void
rpt_query_dispatch_properties_changed (GObject     *object,
                                       guint        n_pspecs,
                                       GParamSpec **pspecs)
{
  G_OBJECT_CLASS (rpt_query_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);

  if (n_pspecs > 0)
    g_signal_emit (object, signals[CHANGED], 0);
}

static void
rpt_query_class_init (RptQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rpt_query_finalize;
  object_class->get_property = rpt_query_get_property;
  object_class->set_property = rpt_query_set_property;
  object_class->dispatch_properties_changed = rpt_query_dispatch_properties_changed;

  /**
   * RptQuery:group:
   *
   * Only mentions whose responsible group is this ("ITU-T SG17").
   */
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  /**
   * RptQuery:status:
   *
   * Only mentions with this status ("approved").
   */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  /**
   * RptQuery:kind:
   *
   * Only deliverables of this kind ("Recommendation").
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * RptQuery:series:
   *
   * Only deliverables of this series ("Y").
   */
  properties[PROP_SERIES] = g_param_spec_string ("series", NULL, NULL, NULL, flags);
  /**
   * RptQuery:sector:
   *
   * Only deliverables of this sector ("ITU-T").
   */
  properties[PROP_SECTOR] = g_param_spec_string ("sector", NULL, NULL, NULL, flags);
  /**
   * RptQuery:report:
   *
   * Only what this report says: its id (decimal), file name (with or
   * without extension, or the part before the first "_") or title.
   */
  properties[PROP_REPORT] = g_param_spec_string ("report", NULL, NULL, NULL, flags);
  /**
   * RptQuery:resolution:
   *
   * Only what is reported under this Resolution: "PP 101", "WTSA 69",
   * "MoU/MG R09/06", or a bare number ("101") for any body.
   */
  properties[PROP_RESOLUTION] = g_param_spec_string ("resolution", NULL, NULL, NULL, flags);
  /**
   * RptQuery:text:
   *
   * Only mentions whose id, title or sentence matches this full-text query.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  /**
   * RptQuery:ids:
   *
   * Only these deliverables.
   */
  properties[PROP_IDS] = g_param_spec_boxed ("ids", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * RptQuery:approvals-only:
   *
   * Only the steps of approval (see rpt_status_is_approval()).
   */
  properties[PROP_APPROVALS_ONLY] = g_param_spec_boolean ("approvals-only", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RptQuery::changed:
   *
   * Emitted once after one or more properties changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rpt_query_init (RptQuery *self)
{
}

/**
 * rpt_query_new:
 *
 * Returns: (transfer full): a query that matches everything
 */
RptQuery *
rpt_query_new (void)
{
  return g_object_new (RPT_TYPE_QUERY, NULL);
}

/**
 * rpt_query_copy:
 * @self: a query
 *
 * Returns: (transfer full): a new query with the same filters
 */
RptQuery *
rpt_query_copy (RptQuery *self)
{
  RptQuery *copy;

  g_return_val_if_fail (RPT_IS_QUERY (self), NULL);

  copy = rpt_query_new ();
  copy->group = g_strdup (self->group);
  copy->status = g_strdup (self->status);
  copy->kind = g_strdup (self->kind);
  copy->series = g_strdup (self->series);
  copy->sector = g_strdup (self->sector);
  copy->report = g_strdup (self->report);
  copy->resolution = g_strdup (self->resolution);
  copy->text = g_strdup (self->text);
  copy->ids = g_strdupv (self->ids);
  copy->approvals_only = self->approvals_only;

  return copy;
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/**
 * rpt_query_equal:
 * @a: a query
 * @b: another query
 *
 * Returns: whether @a and @b select the same mentions by the same filters
 */
gboolean
rpt_query_equal (RptQuery *a,
                 RptQuery *b)
{
  g_return_val_if_fail (RPT_IS_QUERY (a), FALSE);
  g_return_val_if_fail (RPT_IS_QUERY (b), FALSE);

  return g_strcmp0 (a->group, b->group) == 0 &&
         g_strcmp0 (a->status, b->status) == 0 &&
         g_strcmp0 (a->kind, b->kind) == 0 &&
         g_strcmp0 (a->series, b->series) == 0 &&
         g_strcmp0 (a->sector, b->sector) == 0 &&
         g_strcmp0 (a->report, b->report) == 0 &&
         g_strcmp0 (a->resolution, b->resolution) == 0 &&
         g_strcmp0 (a->text, b->text) == 0 &&
         strv_equal0 (a->ids, b->ids) &&
         a->approvals_only == b->approvals_only;
}

/**
 * rpt_query_is_empty:
 * @self: a query
 *
 * Returns: whether @self does not filter at all
 */
gboolean
rpt_query_is_empty (RptQuery *self)
{
  g_autoptr(RptQuery) empty = rpt_query_new ();

  g_return_val_if_fail (RPT_IS_QUERY (self), TRUE);

  return rpt_query_equal (self, empty);
}

/**
 * rpt_query_describe:
 * @self: a query
 *
 * A one-line description for titles of exports and charts, such as
 * "Group ITU-T SG17 · Status approved · Report 001".
 *
 * Returns: (transfer full): the description, "All deliverables" when empty
 */
char *
rpt_query_describe (RptQuery *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (RPT_IS_QUERY (self), NULL);

  if (self->group)
    g_ptr_array_add (parts, g_strdup_printf (_("Group %s"), self->group));
  if (self->status)
    g_ptr_array_add (parts, g_strdup_printf (_("Status %s"), self->status));
  if (self->approvals_only)
    g_ptr_array_add (parts, g_strdup (_("Approvals only")));
  if (self->kind)
    g_ptr_array_add (parts, g_strdup_printf (_("Kind %s"), self->kind));
  if (self->series)
    g_ptr_array_add (parts, g_strdup_printf (_("Series %s"), self->series));
  if (self->sector)
    g_ptr_array_add (parts, g_strdup_printf (_("Sector %s"), self->sector));
  if (self->report)
    g_ptr_array_add (parts, g_strdup_printf (_("Report %s"), self->report));
  if (self->resolution)
    g_ptr_array_add (parts, g_strdup_printf (_("Resolution %s"), self->resolution));
  if (self->text)
    g_ptr_array_add (parts, g_strdup_printf (_("Matching “%s”"), self->text));
  if (self->ids && self->ids[0])
    {
      g_autofree char *joined = g_strjoinv (", ", self->ids);
      g_ptr_array_add (parts, g_strdup_printf (_("Deliverables %s"), joined));
    }

  if (parts->len == 0)
    return g_strdup (_("All deliverables"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static const char *known_bodies[] = { "PP", "WTSA", "WTDC", "Council", "ITU-R", "MoU/MG", "Other" };

static gboolean
resolution_is_valid (const char *text)
{
  const char *space = strchr (text, ' ');

  if (space == NULL)
    return *text != '\0';

  for (guint i = 0; i < G_N_ELEMENTS (known_bodies); i++)
    if (strlen (known_bodies[i]) == (gsize) (space - text) &&
        g_ascii_strncasecmp (text, known_bodies[i], space - text) == 0)
      return space[1] != '\0';

  return FALSE;
}

/**
 * rpt_query_new_from_options:
 * @options: the command line options ("group", "status", "kind", "series",
 *   "report", "resolution", "query", "ids": strings)
 * @error: return location for a %RPT_LIBRARY_ERROR_BAD_INPUT error
 *
 * The selection the command line asks for, shared by --list and the
 * exports.  Resolution values are "BODY NUMBER" ("PP 101") or a number.
 *
 * Returns: (transfer full): a query, or %NULL when a value is not usable
 */
RptQuery *
rpt_query_new_from_options (GVariantDict  *options,
                            GError       **error)
{
  static const struct { const char *option; guint prop; } map[] = {
    { "group", PROP_GROUP }, { "status", PROP_STATUS }, { "kind", PROP_KIND },
    { "series", PROP_SERIES }, { "sector", PROP_SECTOR }, { "report", PROP_REPORT },
    { "resolution", PROP_RESOLUTION }, { "query", PROP_TEXT },
  };
  g_autoptr(RptQuery) query = rpt_query_new ();
  const char *value;

  g_return_val_if_fail (options != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_variant_dict_lookup (options, map[i].option, "&s", &value))
      {
        g_autofree char *stripped = g_strstrip (g_strdup (value));

        if (*stripped == '\0')
          {
            g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                         _("--%s needs a value"), map[i].option);
            return NULL;
          }
        set_string (query, map[i].prop, stripped);
      }

  if (query->resolution != NULL && !resolution_is_valid (query->resolution))
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                   _("“%s” is not a Resolution: write the body and the number, such as “PP 101” or “WTSA 69”"),
                   query->resolution);
      return NULL;
    }

  if (g_variant_dict_lookup (options, "ids", "&s", &value))
    {
      g_auto(GStrv) parts = g_strsplit (value, ",", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) ids = NULL;

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (*parts[i] != '\0')
            g_strv_builder_add (builder, parts[i]);
        }
      ids = g_strv_builder_end (builder);
      if (ids[0] == NULL)
        {
          g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_BAD_INPUT,
                       _("--ids needs at least one deliverable id"));
          return NULL;
        }
      rpt_query_set_ids (query, (const char * const *) ids);
    }

  return g_steal_pointer (&query);
}

#define STRING_ACCESSORS(name, PROP)                                    \
const char *                                                            \
rpt_query_get_##name (RptQuery *self)                                   \
{                                                                       \
  g_return_val_if_fail (RPT_IS_QUERY (self), NULL);                     \
  return self->name;                                                    \
}                                                                       \
void                                                                    \
rpt_query_set_##name (RptQuery   *self,                                 \
                      const char *value)                                \
{                                                                       \
  g_return_if_fail (RPT_IS_QUERY (self));                               \
  set_string (self, PROP, value);                                       \
}

STRING_ACCESSORS (group, PROP_GROUP)
STRING_ACCESSORS (status, PROP_STATUS)
STRING_ACCESSORS (kind, PROP_KIND)
STRING_ACCESSORS (series, PROP_SERIES)
STRING_ACCESSORS (sector, PROP_SECTOR)
STRING_ACCESSORS (report, PROP_REPORT)
STRING_ACCESSORS (resolution, PROP_RESOLUTION)
STRING_ACCESSORS (text, PROP_TEXT)

/**
 * rpt_query_get_ids:
 * @self: a query
 *
 * Returns: (transfer none) (nullable): the deliverable ids, or %NULL
 */
const char * const *
rpt_query_get_ids (RptQuery *self)
{
  g_return_val_if_fail (RPT_IS_QUERY (self), NULL);
  return (const char * const *) self->ids;
}

/**
 * rpt_query_set_ids:
 * @self: a query
 * @ids: (nullable) (array zero-terminated=1): deliverable ids
 */
void
rpt_query_set_ids (RptQuery           *self,
                   const char * const *ids)
{
  g_return_if_fail (RPT_IS_QUERY (self));

  if (ids != NULL && ids[0] == NULL)
    ids = NULL;
  if (strv_equal0 (self->ids, (char **) ids))
    return;

  g_strfreev (self->ids);
  self->ids = g_strdupv ((char **) ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDS]);
}

gboolean
rpt_query_get_approvals_only (RptQuery *self)
{
  g_return_val_if_fail (RPT_IS_QUERY (self), FALSE);
  return self->approvals_only;
}

void
rpt_query_set_approvals_only (RptQuery *self,
                              gboolean  approvals_only)
{
  g_return_if_fail (RPT_IS_QUERY (self));

  approvals_only = !!approvals_only;
  if (self->approvals_only == approvals_only)
    return;
  self->approvals_only = approvals_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVALS_ONLY]);
}

static guint
dimension_prop (RptDimension dimension)
{
  switch (dimension)
    {
    case RPT_DIMENSION_GROUP: return PROP_GROUP;
    case RPT_DIMENSION_STATUS: return PROP_STATUS;
    case RPT_DIMENSION_KIND: return PROP_KIND;
    case RPT_DIMENSION_SERIES: return PROP_SERIES;
    case RPT_DIMENSION_REPORT: return PROP_REPORT;
    case RPT_DIMENSION_RESOLUTION: return PROP_RESOLUTION;
    case RPT_DIMENSION_SECTOR: return PROP_SECTOR;
    case RPT_DIMENSION_NONE:
    default:
      return 0;
    }
}

/**
 * rpt_query_get_dimension_value:
 * @self: a query
 * @dimension: a dimension
 *
 * The filter on @dimension: what a chart click sets.
 *
 * Returns: (transfer none) (nullable): the value, or %NULL
 */
const char *
rpt_query_get_dimension_value (RptQuery     *self,
                               RptDimension  dimension)
{
  char **slot;

  g_return_val_if_fail (RPT_IS_QUERY (self), NULL);

  slot = string_slot (self, dimension_prop (dimension));
  return slot != NULL ? *slot : NULL;
}

/**
 * rpt_query_set_dimension_value:
 * @self: a query
 * @dimension: a dimension other than %RPT_DIMENSION_NONE
 * @value: (nullable): a key of a #RptCountTable row or column
 */
void
rpt_query_set_dimension_value (RptQuery     *self,
                               RptDimension  dimension,
                               const char   *value)
{
  guint prop;

  g_return_if_fail (RPT_IS_QUERY (self));

  prop = dimension_prop (dimension);
  g_return_if_fail (prop != 0);
  set_string (self, prop, value);
}
