/* rpt-navigation.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-navigation"

#include "config.h"

#include "rpt-navigation.h"

/* The list filters a place may carry, in the order they are written. */
static const struct {
  const char   *param;
  RptDimension  dimension;
} list_params[] = {
  { "group", RPT_DIMENSION_GROUP },
  { "status", RPT_DIMENSION_STATUS },
  { "kind", RPT_DIMENSION_KIND },
  { "series", RPT_DIMENSION_SERIES },
  { "report", RPT_DIMENSION_REPORT },
  { "resolution", RPT_DIMENSION_RESOLUTION },
};

static const char *list_pages[] = {
  "resolutions", "groups", "deliverables", "reports", "charts", "search",
};

void
rpt_place_free (RptPlace *place)
{
  if (place == NULL)
    return;

  g_free (place->page);
  g_free (place->key);
  g_free (place->fragment);
  g_clear_pointer (&place->params, g_hash_table_unref);
  g_free (place);
}

/**
 * rpt_place_parse:
 * @uri: a `rapporteur:` URI
 *
 * Returns: (transfer full) (nullable): the place, or %NULL when @uri is not
 *   one of ours
 */
RptPlace *
rpt_place_parse (const char *uri)
{
  g_autoptr(RptPlace) place = NULL;
  g_autofree char *rest = NULL;
  char *hash, *question, *slash;

  if (uri == NULL || !g_str_has_prefix (uri, RPT_URI_SCHEME))
    return NULL;

  rest = g_strdup (uri + strlen (RPT_URI_SCHEME));
  place = g_new0 (RptPlace, 1);
  place->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if ((hash = strchr (rest, '#')) != NULL)
    {
      *hash = '\0';
      place->fragment = g_uri_unescape_string (hash + 1, NULL);
      if (place->fragment == NULL)
        return NULL;
    }

  if ((question = strchr (rest, '?')) != NULL)
    {
      g_auto(GStrv) pairs = NULL;

      *question = '\0';
      pairs = g_strsplit (question + 1, "&", -1);
      for (guint i = 0; pairs[i] != NULL; i++)
        {
          char *eq = strchr (pairs[i], '=');
          g_autofree char *name = NULL;
          g_autofree char *value = NULL;

          if (pairs[i][0] == '\0')
            continue;
          if (eq != NULL)
            *eq = '\0';
          name = g_uri_unescape_string (pairs[i], NULL);
          value = g_uri_unescape_string (eq ? eq + 1 : "", NULL);
          if (name == NULL || value == NULL)
            return NULL;
          if (value[0] != '\0')
            g_hash_table_replace (place->params, g_steal_pointer (&name), g_steal_pointer (&value));
        }
    }

  if ((slash = strchr (rest, '/')) != NULL)
    {
      *slash = '\0';
      place->key = g_uri_unescape_string (slash + 1, NULL);
      if (place->key == NULL || place->key[0] == '\0')
        return NULL;
    }

  if (rest[0] == '\0')
    return NULL;

  place->page = g_strdup (rest);

  if (place->key == NULL)
    {
      if (!g_strv_contains (list_pages, place->page))
        return NULL;
    }
  else if (!g_str_equal (place->page, "resolution") &&
           !g_str_equal (place->page, "group") &&
           !g_str_equal (place->page, "deliverable") &&
           !g_str_equal (place->page, "report"))
    return NULL;

  return g_steal_pointer (&place);
}

gboolean
rpt_place_is_list (RptPlace *place)
{
  g_return_val_if_fail (place != NULL, FALSE);

  return place->key == NULL;
}

const char *
rpt_place_get_param (RptPlace   *place,
                     const char *name)
{
  g_return_val_if_fail (place != NULL, NULL);

  return g_hash_table_lookup (place->params, name);
}

/* The section a report place points at (its fragment), if any. */
const char *
rpt_place_get_section (RptPlace *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  return place->fragment;
}

static void
append_escaped (GString    *uri,
                const char *component)
{
  g_autofree char *escaped = g_uri_escape_string (component, "", TRUE);

  g_string_append (uri, escaped);
}

/**
 * rpt_place_build_uri:
 * @page: "deliverable", "groups" ...
 * @key: (nullable): the entity's key, unescaped
 * @fragment: (nullable): a report section
 *
 * Returns: (transfer full): the place's URI
 */
char *
rpt_place_build_uri (const char *page,
                     const char *key,
                     const char *fragment)
{
  GString *uri;

  g_return_val_if_fail (page != NULL, NULL);

  uri = g_string_new (RPT_URI_SCHEME);
  g_string_append (uri, page);
  if (key != NULL)
    {
      g_string_append_c (uri, '/');
      append_escaped (uri, key);
    }
  if (fragment != NULL && fragment[0] != '\0')
    {
      g_string_append_c (uri, '#');
      append_escaped (uri, fragment);
    }

  return g_string_free (uri, FALSE);
}

/**
 * rpt_place_build_list_uri:
 * @page: "deliverables" ...
 * @query: (nullable): the filters to keep in the URI
 *
 * Returns: (transfer full): the list's URI with its filters
 */
char *
rpt_place_build_list_uri (const char *page,
                          RptQuery   *query)
{
  GString *uri;
  char sep = '?';

  g_return_val_if_fail (page != NULL, NULL);

  uri = g_string_new (RPT_URI_SCHEME);
  g_string_append (uri, page);

  if (query != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (list_params); i++)
        {
          const char *value = rpt_query_get_dimension_value (query, list_params[i].dimension);

          if (value == NULL || value[0] == '\0')
            continue;
          g_string_append_printf (uri, "%c%s=", sep, list_params[i].param);
          append_escaped (uri, value);
          sep = '&';
        }

      if (rpt_query_get_text (query) != NULL && rpt_query_get_text (query)[0] != '\0')
        {
          g_string_append_printf (uri, "%cq=", sep);
          append_escaped (uri, rpt_query_get_text (query));
        }
    }

  return g_string_free (uri, FALSE);
}

/* Sets every list filter of @query from @place (unset ones are cleared). */
void
rpt_place_apply_to_query (RptPlace *place,
                          RptQuery *query)
{
  g_return_if_fail (place != NULL);
  g_return_if_fail (RPT_IS_QUERY (query));

  g_object_freeze_notify (G_OBJECT (query));
  for (guint i = 0; i < G_N_ELEMENTS (list_params); i++)
    rpt_query_set_dimension_value (query, list_params[i].dimension,
                                   rpt_place_get_param (place, list_params[i].param));
  rpt_query_set_text (query, rpt_place_get_param (place, "q"));
  g_object_thaw_notify (G_OBJECT (query));
}

/* ------------------------------------------------------------------------
 * RptNavigation
 * ------------------------------------------------------------------------ */

struct _RptNavigation
{
  GObject    parent_instance;

  GPtrArray *places;   /* char* URIs */
  int        position; /* index of the current place, -1 when none */
};

enum {
  PROP_0,
  PROP_CURRENT,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RptNavigation, rpt_navigation, G_TYPE_OBJECT)

/* Enough to walk back through a session, small enough to not matter. */
#define MAX_PLACES 100

static void
rpt_navigation_finalize (GObject *object)
{
  RptNavigation *self = RPT_NAVIGATION (object);

  g_clear_pointer (&self->places, g_ptr_array_unref);

  G_OBJECT_CLASS (rpt_navigation_parent_class)->finalize (object);
}

static void
rpt_navigation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptNavigation *self = RPT_NAVIGATION (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_string (value, rpt_navigation_get_current (self));
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, rpt_navigation_get_can_go_back (self));
      break;

    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, rpt_navigation_get_can_go_forward (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_navigation_class_init (RptNavigationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rpt_navigation_finalize;
  object_class->get_property = rpt_navigation_get_property;

  properties[PROP_CURRENT] =
    g_param_spec_string ("current", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rpt_navigation_init (RptNavigation *self)
{
  self->places = g_ptr_array_new_with_free_func (g_free);
  self->position = -1;
}

RptNavigation *
rpt_navigation_new (void)
{
  return g_object_new (RPT_TYPE_NAVIGATION, NULL);
}

const char *
rpt_navigation_get_current (RptNavigation *self)
{
  g_return_val_if_fail (RPT_IS_NAVIGATION (self), NULL);

  if (self->position < 0)
    return NULL;
  return g_ptr_array_index (self->places, self->position);
}

gboolean
rpt_navigation_get_can_go_back (RptNavigation *self)
{
  g_return_val_if_fail (RPT_IS_NAVIGATION (self), FALSE);

  return self->position > 0;
}

gboolean
rpt_navigation_get_can_go_forward (RptNavigation *self)
{
  g_return_val_if_fail (RPT_IS_NAVIGATION (self), FALSE);

  return self->position >= 0 && (guint) self->position + 1 < self->places->len;
}

static void
notify_all (RptNavigation *self,
            gboolean       could_go_back,
            gboolean       could_go_forward)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  if (could_go_back != rpt_navigation_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_go_forward != rpt_navigation_get_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

/* A new place: the places ahead of the current one are dropped, as in a
 * browser.  Going to the current place again changes nothing. */
void
rpt_navigation_push (RptNavigation *self,
                     const char    *uri)
{
  gboolean could_go_back, could_go_forward;

  g_return_if_fail (RPT_IS_NAVIGATION (self));
  g_return_if_fail (uri != NULL);

  if (g_strcmp0 (rpt_navigation_get_current (self), uri) == 0)
    return;

  could_go_back = rpt_navigation_get_can_go_back (self);
  could_go_forward = rpt_navigation_get_can_go_forward (self);

  if ((guint) (self->position + 1) < self->places->len)
    g_ptr_array_remove_range (self->places, self->position + 1,
                              self->places->len - (self->position + 1));
  g_ptr_array_add (self->places, g_strdup (uri));
  if (self->places->len > MAX_PLACES)
    g_ptr_array_remove_index (self->places, 0);
  self->position = self->places->len - 1;

  notify_all (self, could_go_back, could_go_forward);
}

/* The current place changed in place (a list's filters): no new step. */
void
rpt_navigation_replace (RptNavigation *self,
                        const char    *uri)
{
  g_return_if_fail (RPT_IS_NAVIGATION (self));
  g_return_if_fail (uri != NULL);

  if (self->position < 0)
    {
      rpt_navigation_push (self, uri);
      return;
    }

  if (g_strcmp0 (rpt_navigation_get_current (self), uri) == 0)
    return;

  g_free (self->places->pdata[self->position]);
  self->places->pdata[self->position] = g_strdup (uri);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/* Returns: (nullable): the place gone back to */
const char *
rpt_navigation_go_back (RptNavigation *self)
{
  gboolean could_go_forward;

  g_return_val_if_fail (RPT_IS_NAVIGATION (self), NULL);

  if (!rpt_navigation_get_can_go_back (self))
    return NULL;

  could_go_forward = rpt_navigation_get_can_go_forward (self);
  self->position--;
  notify_all (self, TRUE, could_go_forward);
  return rpt_navigation_get_current (self);
}

/* Returns: (nullable): the place gone forward to */
const char *
rpt_navigation_go_forward (RptNavigation *self)
{
  gboolean could_go_back;

  g_return_val_if_fail (RPT_IS_NAVIGATION (self), NULL);

  if (!rpt_navigation_get_can_go_forward (self))
    return NULL;

  could_go_back = rpt_navigation_get_can_go_back (self);
  self->position++;
  notify_all (self, could_go_back, TRUE);
  return rpt_navigation_get_current (self);
}
