/* rpt-reference.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-reference"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rpt-library-error.h"
#include "rpt-reference.h"

typedef struct
{
  char  *family;
  char  *section;
  char **keywords;
  char **resolutions;   /* "PP 101" */
} Rule;

struct _RptReference
{
  gatomicrefcount ref_count;
  GPtrArray *groups;            /* RptReferenceGroup */
  GHashTable *group_index;      /* id and lower-case aliases → group */
  GHashTable *series;           /* "ITU-T Y" → title */
  GPtrArray *resolutions;       /* RptReferenceResolution */
  GHashTable *resolution_index; /* key → resolution */
  GPtrArray *rules;             /* Rule */
  char *mapping_hash;
  char *dir;
};

static void
group_free (gpointer data)
{
  RptReferenceGroup *group = data;

  g_free (group->id);
  g_free (group->sector);
  g_free (group->kind);
  g_free (group->name);
  g_free (group->official_title);
  g_free (group->full_name);
  g_free (group->mandate);
  g_free (group->url);
  g_strfreev (group->aliases);
  g_free (group);
}

static void
resolution_free (gpointer data)
{
  RptReferenceResolution *resolution = data;

  g_free (resolution->key);
  g_free (resolution->body);
  g_free (resolution->number);
  g_free (resolution->title);
  g_free (resolution);
}

static void
rule_free (gpointer data)
{
  Rule *rule = data;

  g_free (rule->family);
  g_free (rule->section);
  g_strfreev (rule->keywords);
  g_strfreev (rule->resolutions);
  g_free (rule);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (!json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* json_array_get_object_element() is a critical on an element that is not an
 * object: hand-edited files may hold anything. */
static JsonObject *
object_element (JsonArray *array,
                guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char **
member_strv (JsonObject *object,
             const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (json_object_has_member (object, name) &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, name)))
    {
      array = json_object_get_array_member (object, name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (node));
        }
    }

  return g_strv_builder_end (builder);
}

static JsonArray *
load_array (const char  *dir,
            const char  *file_name,
            const char  *format,
            const char  *member,
            JsonParser **parser_out,
            GError     **error)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;

  if (!json_parser_load_from_mapped_file (parser, path, &local_error))
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED,
                   _("Could not read the reference data “%s”: %s"), path, local_error->message);
      return NULL;
    }

  /* An empty file parses, to no root at all. */
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      g_strcmp0 (member_string (root = json_node_get_object (json_parser_get_root (parser)), "format"), format) != 0 ||
      !json_object_has_member (root, member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, member)))
    {
      g_set_error (error, RPT_LIBRARY_ERROR, RPT_LIBRARY_ERROR_FAILED,
                   _("The reference data “%s” is not in the expected format “%s”"), path, format);
      return NULL;
    }

  *parser_out = g_steal_pointer (&parser);
  return json_object_get_array_member (root, member);
}

static char *
resolution_key (const char *body,
                const char *number)
{
  return g_strdup_printf ("%s %s", body, number);
}

static gboolean
load_groups (RptReference *self,
             const char   *dir,
             GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *array = load_array (dir, "groups.json", "rapporteur-groups", "groups", &parser, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_element (array, i);
      RptReferenceGroup *group;

      if (object == NULL || member_string (object, "id") == NULL)
        continue;

      group = g_new0 (RptReferenceGroup, 1);
      group->id = g_strdup (member_string (object, "id"));
      group->sector = g_strdup (member_string (object, "sector"));
      group->kind = g_strdup (member_string (object, "kind"));
      group->name = g_strdup (member_string (object, "name"));
      group->official_title = g_strdup (member_string (object, "official_title"));
      group->full_name = g_strdup (member_string (object, "full_name"));
      group->mandate = g_strdup (member_string (object, "mandate"));
      group->url = g_strdup (member_string (object, "url"));
      group->aliases = member_strv (object, "aliases");
      g_ptr_array_add (self->groups, group);

      g_hash_table_insert (self->group_index, g_utf8_casefold (group->id, -1), group);
      for (guint a = 0; group->aliases[a] != NULL; a++)
        {
          char *folded = g_utf8_casefold (group->aliases[a], -1);

          if (!g_hash_table_contains (self->group_index, folded))
            g_hash_table_insert (self->group_index, folded, group);
          else
            g_free (folded);
        }
    }

  return TRUE;
}

static gboolean
load_series (RptReference *self,
             const char   *dir,
             GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *array = load_array (dir, "series.json", "rapporteur-series", "series", &parser, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_element (array, i);
      const char *sector, *letter, *title;

      if (object == NULL ||
          (sector = member_string (object, "sector")) == NULL ||
          (letter = member_string (object, "letter")) == NULL ||
          (title = member_string (object, "title")) == NULL)
        continue;

      g_hash_table_insert (self->series, g_strdup_printf ("%s %s", sector, letter), g_strdup (title));
    }

  return TRUE;
}

static gboolean
load_resolutions (RptReference *self,
                  const char   *dir,
                  GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *array = load_array (dir, "resolutions.json", "rapporteur-resolutions", "resolutions", &parser, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = object_element (array, i);
      RptReferenceResolution *resolution;
      const char *body, *number;

      if (object == NULL ||
          (body = member_string (object, "body")) == NULL ||
          (number = member_string (object, "number")) == NULL)
        continue;

      resolution = g_new0 (RptReferenceResolution, 1);
      resolution->body = g_strdup (body);
      resolution->number = g_strdup (number);
      resolution->key = resolution_key (body, number);
      resolution->title = g_strdup (member_string (object, "title"));
      g_ptr_array_add (self->resolutions, resolution);
      g_hash_table_insert (self->resolution_index, resolution->key, resolution);
    }

  return TRUE;
}

static gboolean
load_rules (RptReference *self,
            const char   *dir,
            GError      **error)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *families = load_array (dir, "section-resolutions.json", "rapporteur-section-resolutions",
                                    "families", &parser, error);

  if (families == NULL)
    return FALSE;

  {
    g_autofree char *path = g_build_filename (dir, "section-resolutions.json", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    if (g_file_get_contents (path, &contents, &length, NULL))
      self->mapping_hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  }

  for (guint f = 0; f < json_array_get_length (families); f++)
    {
      JsonObject *family = object_element (families, f);
      JsonArray *rules;

      if (family == NULL || member_string (family, "family") == NULL ||
          !json_object_has_member (family, "rules") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (family, "rules")))
        continue;

      rules = json_object_get_array_member (family, "rules");
      for (guint r = 0; r < json_array_get_length (rules); r++)
        {
          JsonObject *object = object_element (rules, r);
          g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
          JsonArray *resolutions;
          Rule *rule;

          if (object == NULL || member_string (object, "section") == NULL ||
              !json_object_has_member (object, "resolutions") ||
              !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "resolutions")))
            continue;

          resolutions = json_object_get_array_member (object, "resolutions");
          for (guint k = 0; k < json_array_get_length (resolutions); k++)
            {
              JsonObject *ref = object_element (resolutions, k);
              const char *body, *number;

              if (ref != NULL &&
                  (body = member_string (ref, "body")) != NULL &&
                  (number = member_string (ref, "number")) != NULL)
                {
                  g_autofree char *key = resolution_key (body, number);

                  g_strv_builder_add (keys, key);
                }
            }

          rule = g_new0 (Rule, 1);
          rule->family = g_strdup (member_string (family, "family"));
          rule->section = g_strdup (member_string (object, "section"));
          rule->keywords = member_strv (object, "heading_keywords");
          rule->resolutions = g_strv_builder_end (keys);
          g_ptr_array_add (self->rules, rule);
        }
    }

  return TRUE;
}

/**
 * rpt_reference_load:
 * @dir: the folder of the reference JSON files
 * @error: return location for an error
 *
 * Returns: (transfer full): the reference data, or %NULL with @error
 */
RptReference *
rpt_reference_load (const char  *dir,
                    GError     **error)
{
  g_autoptr(RptReference) self = g_new0 (RptReference, 1);

  g_return_val_if_fail (dir != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->group_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->resolutions = g_ptr_array_new_with_free_func (resolution_free);
  self->resolution_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->rules = g_ptr_array_new_with_free_func (rule_free);
  self->dir = g_strdup (dir);

  if (!load_groups (self, dir, error) ||
      !load_series (self, dir, error) ||
      !load_resolutions (self, dir, error) ||
      !load_rules (self, dir, error))
    return NULL;

  return g_steal_pointer (&self);
}

RptReference *
rpt_reference_ref (RptReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_reference_unref (RptReference *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->group_index);
  g_hash_table_unref (self->series);
  g_hash_table_unref (self->resolution_index);
  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->resolutions);
  g_ptr_array_unref (self->rules);
  g_free (self->mapping_hash);
  g_free (self->dir);
  g_free (self);
}

/**
 * rpt_reference_lookup_group:
 * @self: the reference data
 * @id_or_alias: a group id or one of its aliases (any case)
 *
 * Returns: (transfer none) (nullable): the group
 */
const RptReferenceGroup *
rpt_reference_lookup_group (RptReference *self,
                            const char   *id_or_alias)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (id_or_alias == NULL || *id_or_alias == '\0')
    return NULL;
  folded = g_utf8_casefold (id_or_alias, -1);
  return g_hash_table_lookup (self->group_index, folded);
}

/**
 * rpt_reference_get_series_title:
 * @self: the reference data
 * @sector: (nullable): "ITU-T" or "ITU-R"; %NULL means ITU-T
 * @letter: the series letter
 *
 * Returns: (transfer none) (nullable): the series title
 */
const char *
rpt_reference_get_series_title (RptReference *self,
                                const char   *sector,
                                const char   *letter)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (letter == NULL || *letter == '\0')
    return NULL;
  if (g_strcmp0 (sector, "ITU-R") != 0)
    sector = "ITU-T";
  key = g_strdup_printf ("%s %s", sector, letter);
  return g_hash_table_lookup (self->series, key);
}

/**
 * rpt_reference_lookup_resolution:
 * @self: the reference data
 * @key: "PP 101"
 *
 * Returns: (transfer none) (nullable): the Resolution
 */
const RptReferenceResolution *
rpt_reference_lookup_resolution (RptReference *self,
                                 const char   *key)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (self->resolution_index, key);
}

/**
 * rpt_reference_get_resolutions:
 * @self: the reference data
 *
 * Returns: (transfer none) (element-type RptReferenceResolution): all of them
 */
GPtrArray *
rpt_reference_get_resolutions (RptReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->resolutions;
}

/**
 * rpt_reference_get_groups:
 * @self: the reference data
 *
 * Returns: (transfer none) (element-type RptReferenceGroup): all of them
 */
GPtrArray *
rpt_reference_get_groups (RptReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->groups;
}

static gboolean
has_phrase (const char *haystack,
            const char *phrase)
{
  gsize len = strlen (phrase);

  if (len == 0)
    return FALSE;

  for (const char *p = strstr (haystack, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      gboolean start_ok = p == haystack || !g_ascii_isalnum (p[-1]);
      gboolean end_ok = !g_ascii_isalnum (p[len]);

      if (start_ok && end_ok)
        return TRUE;
    }

  return FALSE;
}

/**
 * rpt_reference_section_resolutions:
 * @self: the reference data
 * @family: "internet-activities", "mou-mg"
 * @top_section: the top-level section number or code
 * @heading: (nullable): its heading
 *
 * Returns: (transfer none) (nullable): the subject Resolution keys
 */
const char * const *
rpt_reference_section_resolutions (RptReference *self,
                                   const char   *family,
                                   const char   *top_section,
                                   const char   *heading)
{
  g_autofree char *folded = heading ? g_utf8_strdown (heading, -1) : NULL;
  Rule *matched = NULL;
  guint n_matched = 0;

  g_return_val_if_fail (self != NULL, NULL);

  if (family == NULL || top_section == NULL)
    return NULL;

  if (folded != NULL)
    for (guint i = 0; i < self->rules->len; i++)
      {
        Rule *rule = g_ptr_array_index (self->rules, i);

        if (g_strcmp0 (rule->family, family) != 0)
          continue;
        for (guint k = 0; rule->keywords[k] != NULL; k++)
          if (has_phrase (folded, rule->keywords[k]))
            {
              matched = rule;
              n_matched++;
              break;
            }
      }

  if (n_matched != 1)
    {
      matched = NULL;
      for (guint i = 0; i < self->rules->len && matched == NULL; i++)
        {
          Rule *rule = g_ptr_array_index (self->rules, i);

          if (g_strcmp0 (rule->family, family) == 0 && g_strcmp0 (rule->section, top_section) == 0)
            matched = rule;
        }
    }

  return matched ? (const char * const *) matched->resolutions : NULL;
}

/**
 * rpt_reference_get_mapping_hash:
 * @self: the reference data
 *
 * Returns: (transfer none): the SHA-256 of section-resolutions.json
 */
const char *
rpt_reference_get_mapping_hash (RptReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->mapping_hash ? self->mapping_hash : "";
}

/**
 * rpt_reference_get_dir:
 * @self: the reference data
 *
 * Returns: (transfer none): the folder it was read from
 */
const char *
rpt_reference_get_dir (RptReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->dir;
}
