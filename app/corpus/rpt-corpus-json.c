/* rpt-corpus-json.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-corpus"

#include "config.h"

#include <json-glib/json-glib.h>

#include "rpt-corpus.h"

/* The JSON dump of parsed reports, format "rapporteur-corpus" version 1,
 * documented in docs/json-format.md. */

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_string_array (JsonBuilder *builder,
                  const char  *name,
                  GPtrArray   *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint k = 0; values != NULL && k < values->len; k++)
    json_builder_add_string_value (builder, g_ptr_array_index (values, k));
  json_builder_end_array (builder);
}

static void
add_report (JsonBuilder     *builder,
            RptCorpusReport *report)
{
  json_builder_begin_object (builder);
  add_string (builder, "file", report->file);
  add_string (builder, "title", report->title);
  add_string (builder, "family", rpt_family_to_string (report->family));

  json_builder_set_member_name (builder, "period");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "text", report->period_text);
  add_string_or_null (builder, "from", report->period_from);
  add_string_or_null (builder, "to", report->period_to);
  json_builder_end_object (builder);

  add_string_or_null (builder, "conference", report->conference);
  add_string_array (builder, "council_documents", report->council_documents);

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint k = 0; k < report->sections->len; k++)
    {
      RptCorpusSection *s = g_ptr_array_index (report->sections, k);

      json_builder_begin_object (builder);
      add_string (builder, "number", s->number);
      add_string (builder, "heading", s->heading);
      add_string (builder, "text", s->text);
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, s->level);
      add_string_or_null (builder, "parent", s->parent);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "resolutions");
  json_builder_begin_array (builder);
  for (guint k = 0; k < report->resolutions->len; k++)
    {
      RptCorpusResolution *r = g_ptr_array_index (report->resolutions, k);

      json_builder_begin_object (builder);
      add_string (builder, "body", r->body);
      add_string (builder, "number", r->number);
      add_string_or_null (builder, "revision", r->revision);
      add_string_or_null (builder, "title", r->title);
      add_string_array (builder, "sections", r->sections);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint k = 0; k < report->groups->len; k++)
    {
      RptCorpusGroup *g = g_ptr_array_index (report->groups, k);

      json_builder_begin_object (builder);
      add_string (builder, "id", g->id);
      add_string_array (builder, "sections", g->sections);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "deliverables");
  json_builder_begin_array (builder);
  for (guint k = 0; k < report->deliverables->len; k++)
    {
      RptCorpusDeliverable *d = g_ptr_array_index (report->deliverables, k);

      json_builder_begin_object (builder);
      add_string (builder, "id", d->id);
      add_string (builder, "kind", d->kind);
      add_string (builder, "title", d->title);
      add_string (builder, "status", d->status);
      add_string (builder, "group", d->group);
      add_string (builder, "sector", d->sector);
      add_string (builder, "series", d->series);
      add_string (builder, "section", d->section);
      add_string (builder, "excerpt", d->excerpt);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_array (builder);
  for (guint k = 0; k < report->counts->len; k++)
    {
      RptCorpusCount *c = g_ptr_array_index (report->counts, k);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, c->count);
      json_builder_set_member_name (builder, "at_least");
      json_builder_add_boolean_value (builder, c->at_least);
      add_string (builder, "kind", c->kind);
      add_string (builder, "status", c->status);
      add_string_array (builder, "groups", c->groups);
      add_string_or_null (builder, "period", c->period);
      add_string (builder, "section", c->section);
      add_string (builder, "quote", c->quote);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

char *
rpt_corpus_reports_to_json (RptCorpusReport **reports,
                            guint             n_reports,
                            gboolean          pretty)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (reports != NULL || n_reports == 0, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", "rapporteur-corpus");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "parser_version");
  json_builder_add_int_value (builder, RPT_CORPUS_PARSER_VERSION);
  json_builder_set_member_name (builder, "reports");
  json_builder_begin_array (builder);
  for (guint k = 0; k < n_reports; k++)
    add_report (builder, reports[k]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  if (pretty)
    json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}
