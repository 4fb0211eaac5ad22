/* rpt-corpus-mapping.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rpt-corpus-private.h"

/* data/reference/section-resolutions.json: which subject Resolutions each
 * top-level section of a report family is reported under.  Read once; the
 * parser only looks rules up. */

struct _RptCorpusMapping
{
  GHashTable *families;   /* family id → GPtrArray of RptMappingRule */
};

static RptCorpusMapping *current_mapping;
G_LOCK_DEFINE_STATIC (current_mapping);

static void
mapped_resolution_free (gpointer data)
{
  RptMappedResolution *m = data;

  g_free (m->body);
  g_free (m->number);
  g_free (m);
}

static void
rule_free (gpointer data)
{
  RptMappingRule *rule = data;

  g_free (rule->section);
  g_clear_pointer (&rule->keywords, g_ptr_array_unref);
  g_clear_pointer (&rule->resolutions, g_ptr_array_unref);
  g_free (rule);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
element_object (JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

RptCorpusMapping *
rpt_corpus_mapping_load (const char  *path,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RptCorpusMapping) mapping = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonArray *families;

  g_return_val_if_fail (path != NULL, NULL);

  if (!json_parser_load_from_file (parser, path, &local_error))
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_IO,
                   _("Could not read the section mapping “%s”: %s"), path, local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (g_strcmp0 (member_string (object, "format"), "rapporteur-section-resolutions") != 0)
    {
      g_set_error (error, RPT_CORPUS_ERROR, RPT_CORPUS_ERROR_NO_STRUCTURE,
                   _("“%s” is not a section mapping (format “rapporteur-section-resolutions”)"), path);
      return NULL;
    }

  mapping = g_new0 (RptCorpusMapping, 1);
  mapping->families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  families = member_array (object, "families");
  for (guint f = 0; families != NULL && f < json_array_get_length (families); f++)
    {
      JsonObject *family = element_object (families, f);
      const char *family_id = member_string (family, "family");
      JsonArray *rules = member_array (family, "rules");
      GPtrArray *list;

      if (family_id == NULL || rules == NULL)
        continue;
      list = g_ptr_array_new_with_free_func (rule_free);
      for (guint r = 0; r < json_array_get_length (rules); r++)
        {
          JsonObject *rule_object = element_object (rules, r);
          const char *section = member_string (rule_object, "section");
          JsonArray *keywords = member_array (rule_object, "heading_keywords");
          JsonArray *resolutions = member_array (rule_object, "resolutions");
          RptMappingRule *rule;

          if (section == NULL)
            continue;
          rule = g_new0 (RptMappingRule, 1);
          rule->section = g_strdup (section);
          rule->keywords = g_ptr_array_new_with_free_func (g_free);
          rule->resolutions = g_ptr_array_new_with_free_func (mapped_resolution_free);
          for (guint k = 0; keywords != NULL && k < json_array_get_length (keywords); k++)
            {
              JsonNode *node = json_array_get_element (keywords, k);

              if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
                g_ptr_array_add (rule->keywords, g_ascii_strdown (json_node_get_string (node), -1));
            }
          for (guint k = 0; resolutions != NULL && k < json_array_get_length (resolutions); k++)
            {
              JsonObject *res = element_object (resolutions, k);
              const char *body = member_string (res, "body");
              const char *number = member_string (res, "number");
              RptMappedResolution *m;

              if (body == NULL || number == NULL)
                continue;
              m = g_new0 (RptMappedResolution, 1);
              m->body = g_strdup (body);
              m->number = g_strdup (number);
              g_ptr_array_add (rule->resolutions, m);
            }
          g_ptr_array_add (list, rule);
        }
      g_hash_table_replace (mapping->families, g_strdup (family_id), list);
    }

  return g_steal_pointer (&mapping);
}

void
rpt_corpus_mapping_free (RptCorpusMapping *mapping)
{
  if (mapping == NULL)
    return;
  g_clear_pointer (&mapping->families, g_hash_table_unref);
  g_free (mapping);
}

void
rpt_corpus_set_section_mapping (RptCorpusMapping *mapping)
{
  RptCorpusMapping *old;

  G_LOCK (current_mapping);
  old = current_mapping;
  current_mapping = mapping;
  G_UNLOCK (current_mapping);
  if (old != mapping)
    rpt_corpus_mapping_free (old);
}

RptCorpusMapping *
rpt_corpus_get_section_mapping (void)
{
  RptCorpusMapping *mapping;

  G_LOCK (current_mapping);
  mapping = current_mapping;
  G_UNLOCK (current_mapping);
  return mapping;
}

const GPtrArray *
_rpt_corpus_mapping_rules (RptCorpusMapping *mapping,
                           const char       *family)
{
  if (mapping == NULL || family == NULL)
    return NULL;
  return g_hash_table_lookup (mapping->families, family);
}
