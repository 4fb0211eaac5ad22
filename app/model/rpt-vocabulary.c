/* rpt-vocabulary.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-vocabulary"

#include "config.h"

#include <glib/gi18n.h>

#include "rpt-vocabulary.h"

typedef struct
{
  const char *name;
  const char *label;
  const char *plural;
} Word;

static const Word statuses[] = {
  { "approved",       N_("Approved"),       NULL },
  { "consented",      N_("Consented"),      NULL },
  { "determined",     N_("Determined"),     NULL },
  { "agreed",         N_("Agreed"),         NULL },
  { "under-approval", N_("Under approval"), NULL },
  { "draft",          N_("Draft"),          NULL },
  { "new-work",       N_("New work"),       NULL },
  { "in-progress",    N_("In progress"),    NULL },
  { "published",      N_("Published"),      NULL },
  { "mentioned",      N_("Mentioned"),      NULL },
};

static const Word kinds[] = {
  { "Recommendation",     N_("Recommendation"),       N_("Recommendations") },
  { "Supplement",         N_("Supplement"),           N_("Supplements") },
  { "Technical Report",   N_("Technical Report"),     N_("Technical Reports") },
  { "Technical Paper",    N_("Technical Paper"),      N_("Technical Papers") },
  { "Amendment",          N_("Amendment"),            N_("Amendments") },
  { "Corrigendum",        N_("Corrigendum"),          N_("Corrigenda") },
  { "Implementers Guide", N_("Implementers’ Guide"),  N_("Implementers’ Guides") },
  { "Handbook",           N_("Handbook"),             N_("Handbooks") },
  { "Resolution-ITU-R",   N_("ITU-R Resolution"),     N_("ITU-R Resolutions") },
  { "Report-ITU-R",       N_("ITU-R Report"),         N_("ITU-R Reports") },
  { "Other",              N_("Other"),                N_("Other texts") },
};

static const Word *
find (const Word *words,
      gsize       n_words,
      const char *name)
{
  if (name == NULL)
    return NULL;

  for (gsize i = 0; i < n_words; i++)
    if (g_strcmp0 (words[i].name, name) == 0)
      return &words[i];

  return NULL;
}

/**
 * rpt_status_get_label:
 * @status: a status name such as `under-approval`
 *
 * Returns: (transfer none): the translated label, or @status itself when it
 *   is not in the vocabulary
 */
const char *
rpt_status_get_label (const char *status)
{
  const Word *word = find (statuses, G_N_ELEMENTS (statuses), status);

  return word != NULL ? _(word->label) : status;
}

/**
 * rpt_kind_get_label:
 * @kind: a kind name such as `Technical Report`
 *
 * Returns: (transfer none): the translated label
 */
const char *
rpt_kind_get_label (const char *kind)
{
  const Word *word = find (kinds, G_N_ELEMENTS (kinds), kind);

  return word != NULL ? _(word->label) : kind;
}

/**
 * rpt_kind_get_plural_label:
 * @kind: a kind name
 *
 * Returns: (transfer none): the translated plural label
 */
const char *
rpt_kind_get_plural_label (const char *kind)
{
  const Word *word = find (kinds, G_N_ELEMENTS (kinds), kind);

  return word != NULL ? _(word->plural) : kind;
}

static const char **
names (const Word *words,
       gsize       n_words,
       const char **cache)
{
  if (cache[0] == NULL)
    for (gsize i = 0; i < n_words; i++)
      cache[i] = words[i].name;

  return cache;
}

/**
 * rpt_status_list:
 *
 * Returns: (transfer none) (array zero-terminated=1): every status name, in
 *   the order of the workflow
 */
const char **
rpt_status_list (void)
{
  static const char *cache[G_N_ELEMENTS (statuses) + 1];

  return names (statuses, G_N_ELEMENTS (statuses), cache);
}

/**
 * rpt_kind_list:
 *
 * Returns: (transfer none) (array zero-terminated=1): every kind name
 */
const char **
rpt_kind_list (void)
{
  static const char *cache[G_N_ELEMENTS (kinds) + 1];

  return names (kinds, G_N_ELEMENTS (kinds), cache);
}

/**
 * rpt_status_is_approval:
 * @status: a status name
 *
 * Whether @status is a step of the approval process that the approval
 * charts count (approved, consented, determined, agreed, under approval).
 */
gboolean
rpt_status_is_approval (const char *status)
{
  static const char *approval[] = { "approved", "consented", "determined", "agreed", "under-approval" };

  for (gsize i = 0; i < G_N_ELEMENTS (approval); i++)
    if (g_strcmp0 (status, approval[i]) == 0)
      return TRUE;

  return FALSE;
}
