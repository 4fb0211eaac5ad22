/* rpt-types.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rpt-model.h"

G_DEFINE_ENUM_TYPE (RptListKind, rpt_list_kind,
  G_DEFINE_ENUM_VALUE (RPT_LIST_REPORTS, "reports"),
  G_DEFINE_ENUM_VALUE (RPT_LIST_RESOLUTIONS, "resolutions"),
  G_DEFINE_ENUM_VALUE (RPT_LIST_GROUPS, "groups"),
  G_DEFINE_ENUM_VALUE (RPT_LIST_DELIVERABLES, "deliverables"),
  G_DEFINE_ENUM_VALUE (RPT_LIST_MENTIONS, "mentions"),
  G_DEFINE_ENUM_VALUE (RPT_LIST_STATED_COUNTS, "stated-counts"))

static const char *list_kind_names[] = {
  "reports", "resolutions", "groups", "deliverables", "mentions", "stated-counts",
};

/**
 * rpt_list_kind_to_string:
 * @kind: a list kind
 *
 * Returns: (transfer none): its name, as `--list` takes it
 */
const char *
rpt_list_kind_to_string (RptListKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (list_kind_names), NULL);
  return list_kind_names[kind];
}

/**
 * rpt_list_kind_from_string:
 * @name: "reports", "resolutions", "groups", "deliverables", "mentions",
 *   "stated-counts" (also "counts")
 * @kind: (out): the kind
 *
 * Returns: whether @name is a list kind
 */
gboolean
rpt_list_kind_from_string (const char  *name,
                           RptListKind *kind)
{
  if (g_strcmp0 (name, "counts") == 0)
    name = "stated-counts";

  for (guint i = 0; i < G_N_ELEMENTS (list_kind_names); i++)
    if (g_strcmp0 (name, list_kind_names[i]) == 0)
      {
        *kind = (RptListKind) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * rpt_list_kind_get_item_type:
 * @kind: a list kind
 *
 * Returns: the #GType of the items of such a list
 */
GType
rpt_list_kind_get_item_type (RptListKind kind)
{
  switch (kind)
    {
    case RPT_LIST_REPORTS: return RPT_TYPE_REPORT;
    case RPT_LIST_RESOLUTIONS: return RPT_TYPE_RESOLUTION;
    case RPT_LIST_GROUPS: return RPT_TYPE_GROUP;
    case RPT_LIST_DELIVERABLES: return RPT_TYPE_DELIVERABLE;
    case RPT_LIST_MENTIONS: return RPT_TYPE_MENTION;
    case RPT_LIST_STATED_COUNTS: return RPT_TYPE_STATED_COUNT;
    default:
      g_return_val_if_reached (G_TYPE_OBJECT);
    }
}
