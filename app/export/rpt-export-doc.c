/* rpt-export-doc.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "rpt-atomic-file.h"
#include "rpt-chart.h"
#include "rpt-export-doc.h"

/* The briefing document: a title page, the table of rows, three charts and
 * the source sentences with their citations.  Everything is measured once
 * (rpt_export_layout_new) into pages of positioned items; painting a page
 * replays its items, so the PDF writer and the print operation draw the very
 * same pages.
 *
 * Units are points.  Fonts use absolute sizes, so a page looks the same on
 * any cairo_t whatever the Pango resolution of its context.  Text goes
 * through Pango, which picks fallback fonts for Arabic, Chinese or Cyrillic
 * and lays out right-to-left paragraphs by their own direction (auto-dir);
 * on a PDF surface the text stays text (selectable, searchable). */

#define FONT_FAMILY "Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, DejaVu Sans, Sans"

/* Sizes in points */
#define SIZE_BODY      9.5
#define SIZE_TABLE     8.0
#define SIZE_SMALL     7.5
#define SIZE_H1       16.0
#define SIZE_H2       11.5
#define SIZE_TITLE    26.0

#define CELL_PAD_X     3.5
#define CELL_PAD_Y     3.0

typedef struct { double r, g, b; } Rgb;

static const Rgb color_text    = { 0.11, 0.11, 0.12 };
static const Rgb color_muted   = { 0.37, 0.40, 0.44 };
static const Rgb color_accent  = { 0.10, 0.37, 0.71 };   /* GNOME blue 4 */
static const Rgb color_rule    = { 0.75, 0.78, 0.81 };
static const Rgb color_header  = { 0.89, 0.92, 0.96 };
static const Rgb color_zebra   = { 0.965, 0.972, 0.98 };
static const Rgb color_quote   = { 0.80, 0.85, 0.92 };

typedef enum
{
  ITEM_TEXT,
  ITEM_RECT,
  ITEM_CHART,
} ItemKind;

typedef struct
{
  ItemKind     kind;
  double       x, y, width, height;
  Rgb          color;
  PangoLayout *layout;   /* ITEM_TEXT */
  RptChart    *chart;    /* ITEM_CHART */
  int          link;     /* ITEM_TEXT: 0-based page it links to, or -1 */
} Item;

typedef struct
{
  GArray *items;         /* Item */
} Page;

typedef struct
{
  char  *title;
  guint  page;
  double y;
  int    parent;         /* index into outline, or -1 */
} OutlineEntry;

typedef enum
{
  COL_ID,
  COL_TITLE,
  COL_KIND,
  COL_STATUS,
  COL_GROUP,
  COL_REPORT,
  COL_SECTION,
  N_COLUMNS
} Column;


struct _RptExportLayout
{
  RptExportRequest *request;
  double            width, height;
  double            left, right, top, bottom;  /* the body area */
  PangoContext     *context;
  PangoFontDescription *font_body;
  PangoFontDescription *font_bold;
  PangoFontDescription *font_table;
  PangoFontDescription *font_table_bold;
  PangoFontDescription *font_small;
  PangoFontDescription *font_h1;
  PangoFontDescription *font_h2;
  PangoFontDescription *font_title;
  PangoFontDescription *font_quote;
  PangoAttrList    *no_hyphens;
  double            column_width[N_COLUMNS];
  GPtrArray        *pages;     /* Page* */
  GArray           *outline;   /* OutlineEntry */
  GPtrArray        *charts;    /* RptChart* */
  guint             part_first[3];
  guint             part_last[3];
  gboolean          part_present[3];
  char             *date_text;

  /* While building */
  Page             *page;
  double            y;
  gboolean          building_title;
};

/* ------------------------------------------------------------------------ */
/* Items and pages                                                          */
/* ------------------------------------------------------------------------ */

static void
item_clear (Item *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->chart, rpt_chart_unref);
}

static void
page_free (Page *page)
{
  g_array_unref (page->items);
  g_free (page);
}

static Page *
page_new (void)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->items, (GDestroyNotify) item_clear);
  return page;
}

static void
outline_entry_clear (OutlineEntry *entry)
{
  g_free (entry->title);
}

static PangoFontDescription *
make_font (double       size,
           PangoWeight  weight,
           PangoStyle   style)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  return font;
}

static PangoLayout *
make_layout (RptExportLayout            *self,
             const PangoFontDescription *font,
             const char                 *text,
             double                      width,
             gboolean                    markup)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* A hyphen added at a line break would end up in the copied text. */
  pango_layout_set_attributes (layout, self->no_hyphens);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Takes @layout. */
static Item *
add_text (RptExportLayout *self,
          PangoLayout     *layout,
          double           x,
          double           y,
          Rgb              color)
{
  Item item = { ITEM_TEXT, x, y, layout_width (layout), layout_height (layout), color, layout, NULL, -1 };

  g_array_append_val (self->page->items, item);
  return &g_array_index (self->page->items, Item, self->page->items->len - 1);
}

static void
add_rect (RptExportLayout *self,
          double           x,
          double           y,
          double           width,
          double           height,
          Rgb              color)
{
  Item item = { ITEM_RECT, x, y, width, height, color, NULL, NULL, -1 };

  g_array_append_val (self->page->items, item);
}

static void
new_page (RptExportLayout *self)
{
  self->page = page_new ();
  g_ptr_array_add (self->pages, self->page);
  self->y = self->top;
}

static guint
current_page (RptExportLayout *self)
{
  return self->pages->len - 1;
}

static int
add_outline (RptExportLayout *self,
             const char      *title,
             int              parent)
{
  OutlineEntry entry = { g_strdup (title), current_page (self), self->y, parent };

  g_array_append_val (self->outline, entry);
  return self->outline->len - 1;
}

static void
mark_part (RptExportLayout   *self,
           RptExportContents  part)
{
  guint index = part == RPT_EXPORT_TABLE ? 0 : part == RPT_EXPORT_CHARTS ? 1 : 2;

  if (!self->part_present[index])
    {
      self->part_present[index] = TRUE;
      self->part_first[index] = current_page (self);
    }
  self->part_last[index] = current_page (self);
}

static double
content_width (RptExportLayout *self)
{
  return self->right - self->left;
}

/* A paragraph that flows: starts a new page when it does not fit. */
static void
add_paragraph (RptExportLayout            *self,
               const PangoFontDescription *font,
               const char                 *text,
               gboolean                    markup,
               Rgb                         color,
               double                      space_after)
{
  PangoLayout *layout = make_layout (self, font, text, content_width (self), markup);
  double height = layout_height (layout);

  if (self->y + height > self->bottom && self->y > self->top)
    new_page (self);
  add_text (self, layout, self->left, self->y, color);
  self->y += height + space_after;
}

static void
add_heading (RptExportLayout            *self,
             const PangoFontDescription *font,
             const char                 *text,
             double                      keep_with_next)
{
  PangoLayout *layout = make_layout (self, font, text, content_width (self), FALSE);
  double height = layout_height (layout);

  /* A heading never ends a page: keep room for what follows it. */
  if (self->y + height + keep_with_next > self->bottom && self->y > self->top &&
      !self->building_title)
    new_page (self);
  add_text (self, layout, self->left, self->y, font == self->font_h1 ? color_accent : color_text);
  self->y += height;
  if (font == self->font_h1)
    {
      self->y += 3;
      add_rect (self, self->left, self->y, content_width (self), 0.8, color_accent);
      self->y += 10;
    }
  else
    self->y += 5;
}

/* ------------------------------------------------------------------------ */
/* The table                                                                */
/* ------------------------------------------------------------------------ */

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COL_ID:      return _("Id");
    case COL_TITLE:   return _("Title");
    case COL_KIND:    return _("Kind");
    case COL_STATUS:  return _("Status");
    case COL_GROUP:   return _("Group");
    case COL_REPORT:  return _("Report");
    case COL_SECTION: return _("Section");
    case N_COLUMNS:
    default:          g_assert_not_reached ();
    }
}

static const char *
report_short (const RptExportRow *row)
{
  return row->report_label[0] != '\0' ? row->report_label : row->report;
}

static const char *
cell_text (const RptExportRow *row,
           Column              column)
{
  switch (column)
    {
    case COL_ID:      return row->id;
    case COL_TITLE:   return row->title;
    case COL_KIND:    return row->kind[0] ? rpt_kind_get_label (row->kind) : "";
    case COL_STATUS:  return row->status[0] ? rpt_status_get_label (row->status) : "";
    case COL_GROUP:   return row->group;
    case COL_REPORT:  return report_short (row);
    case COL_SECTION: return row->section;
    case N_COLUMNS:
    default:          g_assert_not_reached ();
    }
}

static void
column_geometry (RptExportLayout *self,
                 double           x[N_COLUMNS],
                 double           w[N_COLUMNS])
{
  double at = self->left;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      x[c] = at;
      w[c] = self->column_width[c];
      at += w[c];
    }
}

/* The width a cell needs so that its words are never cut: the whole text
 * for ids, groups and sections, the widest word for the others. */
static double
natural_width (RptExportLayout            *self,
               PangoLayout                *measure,
               const PangoFontDescription *font,
               const char                 *text,
               gboolean                    whole)
{
  g_auto(GStrv) words = whole ? NULL : g_strsplit (text, " ", -1);
  double width = 0;

  pango_layout_set_font_description (measure, font);
  if (whole)
    {
      pango_layout_set_text (measure, text, -1);
      return layout_width (measure);
    }
  for (guint i = 0; words[i] != NULL; i++)
    {
      pango_layout_set_text (measure, words[i], -1);
      width = MAX (width, layout_width (measure));
    }
  return width;
}

/* Short columns as wide as their content (within limits) but never so
 * narrow that a word is cut, the title all the rest. */
static void
size_columns (RptExportLayout *self)
{
  static const double max_share[N_COLUMNS] = { 0.15, 0, 0.16, 0.14, 0.14, 0.15, 0.10 };
  static const gboolean whole[N_COLUMNS] = { TRUE, FALSE, FALSE, FALSE, TRUE, FALSE, TRUE };
  RptExportRequest *request = self->request;
  g_autoptr(PangoLayout) measure = pango_layout_new (self->context);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  double total = content_width (self);
  double min_width[N_COLUMNS] = { 0 };
  double used = 0, slack = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const PangoFontDescription *font = c == COL_ID ? self->font_table_bold : self->font_table;
      double width;

      if (c == COL_TITLE)
        continue;

      width = min_width[c] = natural_width (self, measure, self->font_table_bold, column_title (c), FALSE);
      g_hash_table_remove_all (seen);
      for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
        {
          const char *text = cell_text (rpt_export_request_get_row (request, i), c);

          if (!g_hash_table_add (seen, g_strdup (text)))
            continue;
          min_width[c] = MAX (min_width[c], natural_width (self, measure, font, text, FALSE));
          if (whole[c])
            width = MAX (width, natural_width (self, measure, font, text, TRUE));
        }
      min_width[c] = MIN (min_width[c], total * max_share[c]) + 2 * CELL_PAD_X + 1;
      width = MAX (MIN (width + 2 * CELL_PAD_X + 1, total * max_share[c]), min_width[c]);
      if (c == COL_REPORT)
        width = MAX (width, total * 0.12);
      self->column_width[c] = width;
      used += width;
      slack += width - min_width[c];
    }

  /* The title is what people read: it keeps at least a third, taken from
   * what the other columns have beyond their longest word, long ids
   * (draft work items named in words) first. */
  if (total - used < total / 3 && slack > 0)
    {
      static const Column order[] = { COL_ID, COL_REPORT, COL_GROUP, COL_KIND, COL_STATUS, COL_SECTION };
      double need = total / 3 - (total - used);

      for (guint i = 0; i < G_N_ELEMENTS (order) && need > 0; i++)
        {
          Column c = order[i];
          double cut = MIN (need, self->column_width[c] - min_width[c]);

          self->column_width[c] -= cut;
          used -= cut;
          need -= cut;
        }
    }

  self->column_width[COL_TITLE] = total - used;
}

static void
add_table_header (RptExportLayout *self)
{
  double x[N_COLUMNS], w[N_COLUMNS];
  PangoLayout *cells[N_COLUMNS];
  double height = 0;

  column_geometry (self, x, w);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      cells[c] = make_layout (self, self->font_table_bold, column_title (c), w[c] - 2 * CELL_PAD_X, FALSE);
      height = MAX (height, layout_height (cells[c]));
    }
  height += 2 * CELL_PAD_Y + 1;

  add_rect (self, self->left, self->y, content_width (self), height, color_header);
  for (guint c = 0; c < N_COLUMNS; c++)
    add_text (self, cells[c], x[c] + CELL_PAD_X, self->y + CELL_PAD_Y + 0.5, color_text);
  add_rect (self, self->left, self->y + height - 0.8, content_width (self), 0.8, color_accent);
  self->y += height;
}

static void
add_table (RptExportLayout *self)
{
  RptExportRequest *request = self->request;
  guint n_rows = rpt_export_request_get_n_rows (request);
  double x[N_COLUMNS], w[N_COLUMNS];
  g_autofree char *intro = NULL;
  g_autoptr(GHashTable) cell_cache = NULL;

  size_columns (self);
  column_geometry (self, x, w);

  add_heading (self, self->font_h1, _("Deliverables"), 80);
  add_outline (self, _("Deliverables"), -1);
  mark_part (self, RPT_EXPORT_TABLE);

  if (n_rows == 0)
    {
      add_paragraph (self, self->font_body, _("No deliverable matches this selection."),
                     FALSE, color_muted, 8);
      return;
    }

  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "One row per mention of a deliverable in a report section: %u row.",
                                        "One row per mention of a deliverable in a report section: %u rows.",
                                        n_rows),
                           n_rows);
  add_paragraph (self, self->font_small, intro, FALSE, color_muted, 6);
  add_table_header (self);

  cell_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < n_rows; i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      PangoLayout *cells[N_COLUMNS];
      double height = 0;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const PangoFontDescription *font = c == COL_ID ? self->font_table_bold : self->font_table;

          const char *text = cell_text (row, c);
          g_autofree char *key = g_strdup_printf ("%u\037%s", c, text);

          /* Kinds, statuses, groups, reports repeat down the table: a cell
           * seen before in the column shares its layout (shaping the text is
           * most of the layout's time). */
          cells[c] = g_hash_table_lookup (cell_cache, key);
          if (cells[c] != NULL)
            g_object_ref (cells[c]);
          else
            {
              cells[c] = make_layout (self, font, text, w[c] - 2 * CELL_PAD_X, FALSE);
              g_hash_table_insert (cell_cache, g_steal_pointer (&key), g_object_ref (cells[c]));
            }
          height = MAX (height, layout_height (cells[c]));
        }
      height += 2 * CELL_PAD_Y;

      if (self->y + height > self->bottom)
        {
          g_autofree char *continued = g_strdup_printf (_("%s (continued)"), _("Deliverables"));

          new_page (self);
          mark_part (self, RPT_EXPORT_TABLE);
          add_text (self, make_layout (self, self->font_small, continued, 0, FALSE),
                    self->left, self->y, color_muted);
          self->y += SIZE_SMALL * 1.6;
          add_table_header (self);
        }

      if (i % 2 == 1)
        add_rect (self, self->left, self->y, content_width (self), height, color_zebra);
      for (guint c = 0; c < N_COLUMNS; c++)
        add_text (self, cells[c], x[c] + CELL_PAD_X, self->y + CELL_PAD_Y, color_text);
      self->y += height;
      add_rect (self, self->left, self->y - 0.3, content_width (self), 0.3, color_rule);
    }

  self->y += 12;
}

/* ------------------------------------------------------------------------ */
/* The charts                                                               */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *key;
  char       *label;
  guint       total;
  guint       index;      /* first seen */
  guint      *counts;     /* per status */
} Bucket;

static void
bucket_free (Bucket *bucket)
{
  g_free (bucket->label);
  g_free (bucket->counts);
  g_free (bucket);
}

static int
compare_buckets (gconstpointer a,
                 gconstpointer b)
{
  const Bucket *x = *(Bucket **) a;
  const Bucket *y = *(Bucket **) b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

typedef const char *(*RowKeyFunc) (const RptExportRow *row);

static const char *key_group (const RptExportRow *row) { return row->group; }
static const char *key_series (const RptExportRow *row) { return row->series; }
static const char *key_kind (const RptExportRow *row) { return row->kind; }

/* Categories by decreasing total, the rest folded into "Other" after
 * @max_categories; series are the statuses present, in workflow order (or
 * one series when @by_status is %FALSE). */
static RptChart *
build_chart (RptExportRequest *request,
             const char       *title,
             const char       *category_title,
             RowKeyFunc        key_func,
             const char       *empty_label,
             gboolean          kind_labels,
             gboolean          by_status,
             guint             max_categories)
{
  const char **statuses = rpt_status_list ();
  guint n_statuses = g_strv_length ((char **) statuses);
  g_autoptr(GHashTable) buckets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) bucket_free);
  g_autofree guint *status_totals = g_new0 (guint, n_statuses + 1);
  g_autofree guint *series_of_status = g_new0 (guint, n_statuses + 1);
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STACKED_BARS, title);
  guint n_series = 0;
  guint n_shown;

  for (guint i = 0; i < rpt_export_request_get_n_rows (request); i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      const char *key = key_func (row);
      Bucket *bucket = g_hash_table_lookup (buckets, key);
      guint s = n_statuses;   /* unknown statuses go last */

      for (guint j = 0; j < n_statuses; j++)
        if (g_str_equal (statuses[j], row->status))
          s = j;

      if (bucket == NULL)
        {
          bucket = g_new0 (Bucket, 1);
          bucket->key = key;
          if (*key == '\0')
            bucket->label = g_strdup (empty_label);
          else
            bucket->label = g_strdup (kind_labels ? rpt_kind_get_label (key) : key);
          bucket->index = sorted->len;
          bucket->counts = g_new0 (guint, n_statuses + 1);
          g_hash_table_insert (buckets, (gpointer) key, bucket);
          g_ptr_array_add (sorted, bucket);
        }
      bucket->total++;
      bucket->counts[by_status ? s : 0]++;
      status_totals[by_status ? s : 0]++;
    }

  g_ptr_array_sort (sorted, compare_buckets);

  rpt_chart_set_integer (chart, TRUE);
  rpt_chart_set_axis_titles (chart, category_title, _("Mentions"));
  if (by_status)
    {
      for (guint s = 0; s <= n_statuses; s++)
        if (status_totals[s] > 0)
          {
            const char *key = s < n_statuses ? statuses[s] : "other";

            series_of_status[s] = n_series++;
            rpt_chart_add_series (chart, s < n_statuses ? rpt_status_get_label (key) : _("Other"), key);
          }
    }
  else if (sorted->len > 0)
    {
      rpt_chart_add_series (chart, _("Mentions"), "mentions");
      n_series = 1;
    }

  n_shown = MIN (sorted->len, max_categories);
  if (sorted->len > max_categories)
    n_shown = max_categories - 1;
  for (guint i = 0; i < n_shown; i++)
    {
      Bucket *bucket = g_ptr_array_index (sorted, i);
      guint category = rpt_chart_add_category (chart, bucket->label, bucket->key);

      for (guint s = 0; s <= n_statuses; s++)
        if (bucket->counts[s] > 0)
          rpt_chart_set_value (chart, category, by_status ? series_of_status[s] : 0, bucket->counts[s]);
    }
  if (n_shown < sorted->len)
    {
      g_autofree guint *rest = g_new0 (guint, n_statuses + 1);
      guint category;

      for (guint i = n_shown; i < sorted->len; i++)
        {
          Bucket *bucket = g_ptr_array_index (sorted, i);

          for (guint s = 0; s <= n_statuses; s++)
            rest[s] += bucket->counts[s];
        }
      category = rpt_chart_add_category (chart, _("All others"), "");
      for (guint s = 0; s <= n_statuses; s++)
        if (rest[s] > 0)
          rpt_chart_set_value (chart, category, by_status ? series_of_status[s] : 0, rest[s]);
    }

  return g_steal_pointer (&chart);
}

static void
add_chart (RptExportLayout *self,
           RptChart        *chart,
           int              parent)
{
  double width = content_width (self);
  double height;
  g_autofree char *description = NULL;
  PangoLayout *caption;
  double caption_height;
  Item item = { ITEM_CHART };

  if (rpt_chart_get_orientation (chart) == RPT_CHART_HORIZONTAL)
    height = 90 + 17 * rpt_chart_get_n_categories (chart);
  else
    height = 250;
  height = CLAMP (height, 170, (self->bottom - self->top) * 0.75);

  /* The screen reader's description, as one paragraph: the numbers stay
   * in the text for those who copy them or cannot see the bars. */
  description = rpt_chart_describe (chart);
  g_strdelimit (description, "\n", ' ');
  caption = make_layout (self, self->font_small, description, width, FALSE);
  caption_height = layout_height (caption);

  if (self->y + height + caption_height + 6 > self->bottom && self->y > self->top)
    new_page (self);
  mark_part (self, RPT_EXPORT_CHARTS);
  add_outline (self, rpt_chart_get_title (chart), parent);

  item.x = self->left;
  item.y = self->y;
  item.width = width;
  item.height = height;
  item.chart = rpt_chart_ref (chart);
  g_array_append_val (self->page->items, item);
  self->y += height + 4;

  add_text (self, caption, self->left, self->y, color_muted);
  self->y += caption_height + 18;
}

static void
add_charts (RptExportLayout *self)
{
  RptExportRequest *request = self->request;
  RptChart *chart;
  int parent;

  if (rpt_export_request_get_n_rows (request) == 0)
    return;

  /* Charts start on a fresh page: a chart cut from its heading reads badly. */
  if (self->y > self->top)
    new_page (self);
  add_heading (self, self->font_h1, _("Charts"), 200);
  parent = add_outline (self, _("Charts"), -1);
  mark_part (self, RPT_EXPORT_CHARTS);

  chart = build_chart (request, _("Mentions by group and status"), _("Group"),
                       key_group, _("Group not stated"), FALSE, TRUE, 14);
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  g_ptr_array_add (self->charts, chart);

  chart = build_chart (request, _("Mentions by series"), _("Series"),
                       key_series, _("No series"), FALSE, FALSE, 16);
  rpt_chart_set_orientation (chart, RPT_CHART_VERTICAL);
  g_ptr_array_add (self->charts, chart);

  chart = build_chart (request, _("Mentions by kind"), _("Kind"),
                       key_kind, _("Kind not stated"), TRUE, FALSE, 12);
  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  g_ptr_array_add (self->charts, chart);

  for (guint i = 0; i < self->charts->len; i++)
    add_chart (self, g_ptr_array_index (self->charts, i), parent);
}

/* ------------------------------------------------------------------------ */
/* The source sentences                                                     */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const RptExportRow *first;
  GPtrArray          *rows;      /* const RptExportRow*, same report, section and sentence */
  char               *sort_key;
  guint               index;
} SourceEntry;

typedef struct
{
  const RptExportRow *first;
  GPtrArray          *entries;   /* SourceEntry* */
  GHashTable         *by_text;   /* "section\x1fexcerpt" → SourceEntry* */
} SourceReport;

static void
source_entry_free (SourceEntry *entry)
{
  g_ptr_array_unref (entry->rows);
  g_free (entry->sort_key);
  g_free (entry);
}

static void
source_report_free (SourceReport *report)
{
  g_ptr_array_unref (report->entries);
  g_hash_table_unref (report->by_text);
  g_free (report);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SourceEntry *x = *(SourceEntry **) a;
  const SourceEntry *y = *(SourceEntry **) b;
  int cmp = strcmp (x->sort_key, y->sort_key);

  if (cmp != 0)
    return cmp;
  return x->index < y->index ? -1 : x->index > y->index;
}

static char *
format_citation (const RptExportRow *row)
{
  GString *citation = g_string_new (row->report[0] ? row->report : _("Unknown report"));

  if (row->period[0] != '\0')
    g_string_append_printf (citation, " (%s)", row->period);
  if (row->section[0] != '\0')
    {
      g_string_append (citation, ", ");
      g_string_append_printf (citation, _("section %s"), row->section);
    }
  if (row->section_heading[0] != '\0')
    g_string_append_printf (citation, " “%s”", row->section_heading);

  return g_string_free (citation, FALSE);
}

static void
add_source_entry (RptExportLayout *self,
                  SourceEntry     *entry)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autofree char *citation = format_citation (entry->first);
  g_autofree char *quote = NULL;
  g_autofree char *citation_markup = NULL;
  PangoLayout *ids_layout, *quote_layout, *citation_layout;
  double indent = 10;
  double height;
  const char *excerpt = entry->first->excerpt;

  /* List bullets and dashes the sentence was printed after are not part of
   * the quote. */
  while (*excerpt != '\0')
    {
      gunichar c = g_utf8_get_char (excerpt);

      if (!g_unichar_isspace (c) && c != '-' && c != 0x2022 && c != 0x2013 && c != 0x2014 &&
          c != 0x00b7 && c != 0x25aa && c != 0xf0b7)
        break;
      excerpt = g_utf8_next_char (excerpt);
    }

  for (guint i = 0; i < entry->rows->len; i++)
    {
      const RptExportRow *row = g_ptr_array_index (entry->rows, i);
      g_autofree char *line = NULL;

      if (i > 0)
        g_string_append_c (ids, '\n');
      if (row->title[0] != '\0')
        line = g_markup_printf_escaped ("<b>%s</b>  %s", row->id, row->title);
      else
        line = g_markup_printf_escaped ("<b>%s</b>", row->id);
      g_string_append (ids, line);
    }

  /* A sentence long enough to fill a page is a parsing accident: cut it. */
  if (g_utf8_strlen (excerpt, -1) > 1200)
    {
      g_autofree char *cut = g_utf8_substring (excerpt, 0, 1200);

      quote = g_strdup_printf ("“%s…”", cut);
    }
  else if (excerpt[0] != '\0')
    quote = g_strdup_printf ("“%s”", excerpt);
  else
    quote = g_strdup (_("(The report names the deliverable without a sentence to quote.)"));

  citation_markup = g_markup_printf_escaped ("— %s", citation);

  ids_layout = make_layout (self, self->font_body, ids->str, content_width (self), TRUE);
  quote_layout = make_layout (self, self->font_quote, quote, content_width (self) - indent, FALSE);
  citation_layout = make_layout (self, self->font_small, citation_markup, content_width (self) - indent, TRUE);

  height = layout_height (ids_layout) + 3 + layout_height (quote_layout) + 3 + layout_height (citation_layout);
  if (self->y + height > self->bottom && self->y > self->top)
    {
      new_page (self);
      mark_part (self, RPT_EXPORT_SOURCES);
    }

  add_text (self, ids_layout, self->left, self->y, color_text);
  self->y += layout_height (ids_layout) + 3;
  add_rect (self, self->left + 1, self->y, 2,
            layout_height (quote_layout) + 3 + layout_height (citation_layout), color_quote);
  add_text (self, quote_layout, self->left + indent, self->y, color_text);
  self->y += layout_height (quote_layout) + 3;
  add_text (self, citation_layout, self->left + indent, self->y, color_muted);
  self->y += layout_height (citation_layout) + 11;
}

static void
add_sources (RptExportLayout *self)
{
  RptExportRequest *request = self->request;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) source_report_free);
  g_autoptr(GHashTable) by_report = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_rows = rpt_export_request_get_n_rows (request);
  int parent;

  if (n_rows == 0)
    return;

  for (guint i = 0; i < n_rows; i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);
      g_autofree char *key = g_strconcat (row->section, "\x1f", row->excerpt, NULL);
      SourceReport *report = g_hash_table_lookup (by_report, row->report);
      SourceEntry *entry;

      if (report == NULL)
        {
          report = g_new0 (SourceReport, 1);
          report->first = row;
          report->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) source_entry_free);
          report->by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (by_report, row->report, report);
          g_ptr_array_add (reports, report);
        }

      entry = g_hash_table_lookup (report->by_text, key);
      if (entry == NULL)
        {
          entry = g_new0 (SourceEntry, 1);
          entry->first = row;
          entry->rows = g_ptr_array_new ();
          entry->sort_key = g_utf8_collate_key_for_filename (row->section, -1);
          entry->index = report->entries->len;
          g_hash_table_insert (report->by_text, g_steal_pointer (&key), entry);
          g_ptr_array_add (report->entries, entry);
        }

      /* The same id twice in one sentence is listed once. */
      for (guint j = 0; j < entry->rows->len; j++)
        if (g_str_equal (((RptExportRow *) g_ptr_array_index (entry->rows, j))->id, row->id))
          goto next;
      g_ptr_array_add (entry->rows, (gpointer) row);
    next:
      ;
    }

  if (self->y > self->top)
    new_page (self);
  add_heading (self, self->font_h1, _("Source sentences"), 60);
  parent = add_outline (self, _("Source sentences"), -1);
  mark_part (self, RPT_EXPORT_SOURCES);
  add_paragraph (self, self->font_small,
                 _("Each entry quotes the sentence of the report that names the deliverables, "
                   "followed by the report and the section it comes from."),
                 FALSE, color_muted, 10);

  for (guint r = 0; r < reports->len; r++)
    {
      SourceReport *report = g_ptr_array_index (reports, r);
      const RptExportRow *first = report->first;
      g_autofree char *heading = NULL;

      if (first->period[0] != '\0')
        heading = g_strdup_printf ("%s — %s", first->report[0] ? first->report : _("Unknown report"), first->period);
      else
        heading = g_strdup (first->report[0] ? first->report : _("Unknown report"));

      g_ptr_array_sort (report->entries, compare_entries);
      add_heading (self, self->font_h2, heading, 60);
      mark_part (self, RPT_EXPORT_SOURCES);
      add_outline (self, heading, parent);

      for (guint e = 0; e < report->entries->len; e++)
        add_source_entry (self, g_ptr_array_index (report->entries, e));
      self->y += 6;
    }
}

/* ------------------------------------------------------------------------ */
/* The title page                                                           */
/* ------------------------------------------------------------------------ */

static void
add_key_value (RptExportLayout *self,
               const char      *key,
               const char      *value,
               double           key_width)
{
  PangoLayout *k = make_layout (self, self->font_small, key, key_width - 8, FALSE);
  PangoLayout *v = make_layout (self, self->font_body, value, content_width (self) - key_width, FALSE);

  /* The title page has one page: a list of a thousand ids gets cut. */
  pango_layout_set_height (v, -4);
  pango_layout_set_ellipsize (v, PANGO_ELLIPSIZE_END);
  double height = MAX (layout_height (k), layout_height (v));

  add_text (self, k, self->left, self->y + 1.5, color_muted);
  add_text (self, v, self->left + key_width, self->y, color_text);
  self->y += height + 4;
}

static void
add_title_page (RptExportLayout *self)
{
  RptExportRequest *request = self->request;
  guint n_rows = rpt_export_request_get_n_rows (request);
  guint n_deliverables = rpt_export_request_count_deliverables (request);
  g_autoptr(GPtrArray) filters = rpt_export_request_list_filters (request);
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *summary = NULL;
  g_autofree char *rows_text = NULL;
  g_autofree char *kicker = NULL;
  const char *description = rpt_export_request_get_description (request);
  double key_width = 110;
  PangoLayout *layout;
  struct { const char *title; int index; } contents[] = {
    { _("Deliverables"), 0 }, { _("Charts"), 1 }, { _("Source sentences"), 2 },
  };

  /* The title page is page 0, made after the body so it can give page
   * numbers: build it aside and put it first. */
  self->page = page_new ();
  g_ptr_array_insert (self->pages, 0, self->page);
  self->y = self->top + 40;

  add_rect (self, 0, 0, self->width, 10, color_accent);

  kicker = g_utf8_strup (_("Rapporteur briefing"), -1);
  layout = make_layout (self, self->font_small, kicker, content_width (self), FALSE);
  add_text (self, layout, self->left, self->y, color_accent);
  self->y += layout_height (layout) + 10;

  layout = make_layout (self, self->font_title, rpt_export_request_get_title (request), content_width (self), FALSE);
  add_text (self, layout, self->left, self->y, color_text);
  self->y += layout_height (layout) + 10;

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u deliverable", "%u deliverables", n_deliverables),
                             n_deliverables);
  {
    g_autofree char *mentions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u mention in ITU reports",
                                                              "%u mentions in ITU reports", n_rows),
                                                 n_rows);
    g_autofree char *line = g_strdup_printf ("%s · %s", summary, mentions);

    layout = make_layout (self, self->font_h2, line, content_width (self), FALSE);
    add_text (self, layout, self->left, self->y, color_muted);
    self->y += layout_height (layout) + 18;
  }

  add_rect (self, self->left, self->y, content_width (self), 0.8, color_rule);
  self->y += 16;

  add_heading (self, self->font_h2, _("Selection"), 0);
  if (description != NULL && *description != '\0')
    add_key_value (self, _("Scope"), description, key_width);
  for (guint i = 0; i + 1 < filters->len; i += 2)
    add_key_value (self, g_ptr_array_index (filters, i), g_ptr_array_index (filters, i + 1), key_width);
  if (filters->len == 0 && (description == NULL || *description == '\0'))
    add_key_value (self, _("Filters"), _("None: every deliverable in the library"), key_width);
  rows_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  add_key_value (self, _("Rows"), rows_text, key_width);
  add_key_value (self, _("Exported"), self->date_text, key_width);
  self->y += 14;

  for (guint i = 0; i < n_rows; i++)
    {
      const RptExportRow *row = rpt_export_request_get_row (request, i);

      if (g_hash_table_add (seen, row->report))
        g_ptr_array_add (reports, (gpointer) row);
    }
  if (reports->len > 0)
    {
      guint shown = MIN (reports->len, 8);

      add_heading (self, self->font_h2, _("Reports cited"), 0);
      for (guint i = 0; i < shown; i++)
        {
          const RptExportRow *row = g_ptr_array_index (reports, i);
          g_autofree char *markup = NULL;

          if (row->period[0] != '\0')
            markup = g_markup_printf_escaped ("%s  <span foreground=\"#5e6570\">%s</span>",
                                              row->report[0] ? row->report : _("Unknown report"), row->period);
          else
            markup = g_markup_printf_escaped ("%s", row->report[0] ? row->report : _("Unknown report"));
          layout = make_layout (self, self->font_body, markup, content_width (self), TRUE);
          add_text (self, layout, self->left, self->y, color_text);
          self->y += layout_height (layout) + 3;
        }
      if (shown < reports->len)
        {
          guint n_more = reports->len - shown;
          /* Translators: after the first reports cited, how many more */
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n_more),
                                                   n_more);

          layout = make_layout (self, self->font_small, more, content_width (self), FALSE);
          add_text (self, layout, self->left, self->y, color_muted);
          self->y += layout_height (layout) + 3;
        }
      self->y += 14;
    }

  add_heading (self, self->font_h2, _("Contents"), 0);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      int part = contents[i].index;
      g_autofree char *number = NULL;
      PangoLayout *right_layout;
      Item *item;

      if (!self->part_present[part])
        continue;
      number = g_strdup_printf ("%u", self->part_first[part] + 1);
      layout = make_layout (self, self->font_body, contents[i].title, 0, FALSE);
      item = add_text (self, layout, self->left, self->y, color_text);
      item->link = self->part_first[part];
      right_layout = make_layout (self, self->font_body, number, 0, FALSE);
      item = add_text (self, right_layout, self->right - layout_width (right_layout), self->y, color_text);
      item->link = self->part_first[part];
      add_rect (self, self->left + layout_width (layout) + 6, self->y + SIZE_BODY * 1.05,
                content_width (self) - layout_width (layout) - layout_width (right_layout) - 12,
                0.4, color_rule);
      self->y += layout_height (layout) + 5;
    }

  {
    g_autofree char *note = g_strdup_printf (_("Every row cites the report and the section it was extracted from. "
                                               "Made with Rapporteur %s from the reports in the library."),
                                             PACKAGE_VERSION);

    layout = make_layout (self, self->font_small, note, content_width (self), FALSE);
    add_text (self, layout, self->left, self->bottom - layout_height (layout), color_muted);
  }
}

/* ------------------------------------------------------------------------ */
/* Public                                                                   */
/* ------------------------------------------------------------------------ */

static char *
format_date (GDateTime *created)
{
  /* A date every reader parses the same way, in their own language and
   * order.  Translators: the export date on the title page and in the page
   * headers, a g_date_time_format() format ("22 November 2026, 09:30"):
   * %-d the day, %B the month's name, %Y the year, %H:%M the time */
  return g_date_time_format (created, _("%-d %B %Y, %H:%M"));
}

/**
 * rpt_export_layout_new:
 * @request: the request, loaded (or loadable from @library)
 * @library: (nullable): to load the request from when it is not loaded
 * @width: page width in points
 * @height: page height in points
 *
 * Returns: (transfer full): the paginated document
 */
RptExportLayout *
rpt_export_layout_new (RptExportRequest *request,
                       RptLibrary       *library,
                       double            width,
                       double            height)
{
  RptExportLayout *self;
  cairo_font_options_t *options;
  double margin;
  RptExportContents contents;

  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (width > 100 && height > 100, NULL);

  if (!rpt_export_request_is_loaded (request) && library != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!rpt_export_request_load (request, library, NULL, &error))
        g_warning ("Could not load the export rows: %s", error->message);
    }

  self = g_new0 (RptExportLayout, 1);
  self->request = rpt_export_request_ref (request);
  self->width = width;
  self->height = height;
  margin = width < height ? 54 : 50;
  self->left = margin;
  self->right = width - margin;
  self->top = 66;
  self->bottom = height - 58;

  /* Metrics without hinting: the same line breaks on paper and on screen. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_get_default ());

  self->font_body = make_font (SIZE_BODY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  self->font_bold = make_font (SIZE_BODY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->font_table = make_font (SIZE_TABLE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  self->font_table_bold = make_font (SIZE_TABLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->font_small = make_font (SIZE_SMALL, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  self->font_h1 = make_font (SIZE_H1, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->font_h2 = make_font (SIZE_H2, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->font_title = make_font (SIZE_TITLE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->font_quote = make_font (SIZE_BODY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
  self->no_hyphens = pango_attr_list_new ();
  pango_attr_list_insert (self->no_hyphens, pango_attr_insert_hyphens_new (FALSE));

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OutlineEntry));
  g_array_set_clear_func (self->outline, (GDestroyNotify) outline_entry_clear);
  self->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) rpt_chart_unref);
  self->date_text = format_date (rpt_export_request_get_created (request));

  /* The body first (page numbers from 0 here, 1 once the title page is in). */
  new_page (self);
  contents = rpt_export_request_get_contents (request);
  if (contents & RPT_EXPORT_TABLE)
    add_table (self);
  if (contents & RPT_EXPORT_CHARTS)
    add_charts (self);
  if (contents & RPT_EXPORT_SOURCES)
    add_sources (self);

  /* Nothing asked for, or nothing on the last page: no empty page. */
  if (((Page *) g_ptr_array_index (self->pages, self->pages->len - 1))->items->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);

  for (guint i = 0; i < self->outline->len; i++)
    g_array_index (self->outline, OutlineEntry, i).page++;
  for (guint p = 0; p < G_N_ELEMENTS (self->part_first); p++)
    {
      self->part_first[p]++;
      self->part_last[p]++;
    }
  self->building_title = TRUE;
  add_title_page (self);
  self->building_title = FALSE;

  {
    OutlineEntry entry = { g_strdup (_("Title page")), 0, 0, -1 };

    g_array_insert_val (self->outline, 0, entry);
    for (guint i = 1; i < self->outline->len; i++)
      if (g_array_index (self->outline, OutlineEntry, i).parent >= 0)
        g_array_index (self->outline, OutlineEntry, i).parent++;
  }

  self->page = NULL;
  return self;
}

void
rpt_export_layout_free (RptExportLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->pages);
  g_array_unref (self->outline);
  g_ptr_array_unref (self->charts);
  pango_font_description_free (self->font_body);
  pango_font_description_free (self->font_bold);
  pango_font_description_free (self->font_table);
  pango_font_description_free (self->font_table_bold);
  pango_font_description_free (self->font_small);
  pango_font_description_free (self->font_h1);
  pango_font_description_free (self->font_h2);
  pango_font_description_free (self->font_title);
  pango_font_description_free (self->font_quote);
  pango_attr_list_unref (self->no_hyphens);
  g_object_unref (self->context);
  g_free (self->date_text);
  rpt_export_request_unref (self->request);
  g_free (self);
}

guint
rpt_export_layout_get_n_pages (RptExportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

guint
rpt_export_layout_get_n_charts (RptExportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->charts->len;
}

gboolean
rpt_export_layout_get_part_pages (RptExportLayout   *self,
                                  RptExportContents  part,
                                  guint             *first,
                                  guint             *last)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (part == RPT_EXPORT_TABLE || part == RPT_EXPORT_CHARTS ||
                        part == RPT_EXPORT_SOURCES, FALSE);

  index = part == RPT_EXPORT_TABLE ? 0 : part == RPT_EXPORT_CHARTS ? 1 : 2;
  if (!self->part_present[index])
    return FALSE;

  if (first != NULL)
    *first = self->part_first[index];
  if (last != NULL)
    *last = self->part_last[index];
  return TRUE;
}

static void
set_rgb (cairo_t *cr,
         Rgb      color)
{
  cairo_set_source_rgb (cr, color.r, color.g, color.b);
}

static void
draw_running_text (RptExportLayout *self,
                   cairo_t         *cr,
                   guint            page)
{
  RptExportRequest *request = self->request;
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) footer = make_layout (self, self->font_small, number, 0, FALSE);

  set_rgb (cr, color_muted);
  cairo_move_to (cr, (self->width - layout_width (footer)) / 2, self->height - 34);
  pango_cairo_show_layout (cr, footer);

  if (page > 0)
    {
      g_autoptr(PangoLayout) title = make_layout (self, self->font_small, rpt_export_request_get_title (request),
                                                  content_width (self) * 0.62, FALSE);
      g_autoptr(PangoLayout) date = make_layout (self, self->font_small, self->date_text, 0, FALSE);

      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (title, -1);
      cairo_move_to (cr, self->left, 34);
      pango_cairo_show_layout (cr, title);
      cairo_move_to (cr, self->right - layout_width (date), 34);
      pango_cairo_show_layout (cr, date);
      set_rgb (cr, color_rule);
      cairo_rectangle (cr, self->left, 34 + SIZE_SMALL * 1.6, content_width (self), 0.5);
      cairo_fill (cr);
    }
}

/**
 * rpt_export_layout_draw_page:
 * @cr: a cairo context whose user space is in points, origin at the page's
 *   top left corner
 * @page: 0-based
 *
 * Paints one page.  The page background is left alone (paper is white).
 */
void
rpt_export_layout_draw_page (RptExportLayout *self,
                             cairo_t         *cr,
                             guint            page)
{
  Page *p;
  RptChartStyle style;
  g_autoptr(PangoFontDescription) chart_font = make_font (8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  rpt_chart_style_init_print (&style);
  style.font = chart_font;
  style.scale = 1;
  style.background.alpha = 0;

  cairo_save (cr);
  for (guint i = 0; i < p->items->len; i++)
    {
      Item *item = &g_array_index (p->items, Item, i);

      switch (item->kind)
        {
        case ITEM_RECT:
          set_rgb (cr, item->color);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_fill (cr);
          break;

        case ITEM_TEXT:
          if (item->link >= 0)
            {
              g_autofree char *attributes = g_strdup_printf ("page=%d pos=[0 0]", item->link + 1);

              cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
            }
          set_rgb (cr, item->color);
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout (cr, item->layout);
          if (item->link >= 0)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
          break;

        case ITEM_CHART:
          cairo_save (cr);
          cairo_translate (cr, item->x, item->y);
          rpt_chart_render (item->chart, cr, &style, item->width, item->height);
          cairo_restore (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  draw_running_text (self, cr, page);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                      */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *buffer,
                 unsigned int         length)
{
  WriteClosure *closure = data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (closure->stream, buffer, length, NULL,
                                  closure->cancellable, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
add_pdf_outline (RptExportLayout *self,
                 cairo_surface_t *surface)
{
  g_autofree int *ids = g_new0 (int, self->outline->len);

  for (guint i = 0; i < self->outline->len; i++)
    {
      OutlineEntry *entry = &g_array_index (self->outline, OutlineEntry, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", entry->page + 1,
                                               (int) MAX (0, entry->y - 8));
      int parent = entry->parent >= 0 ? ids[entry->parent] : CAIRO_PDF_OUTLINE_ROOT;

      ids[i] = cairo_pdf_surface_add_outline (surface, parent, entry->title, link,
                                              entry->parent < 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    }
}

/**
 * rpt_export_pdf_write:
 * @request: what to export
 * @library: (nullable): to load the request from, when not loaded yet
 * @path: the PDF file to write
 *
 * Returns: %TRUE when the whole document is in place at @path
 */
gboolean
rpt_export_pdf_write (RptExportRequest  *request,
                      RptLibrary        *library,
                      const char        *path,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autoptr(RptExportLayout) layout = NULL;
  g_autoptr(RptAtomicFile) file = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GPtrArray) filters = NULL;
  g_autoptr(GString) filter_text = g_string_new (NULL);
  WriteClosure closure = { NULL, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_deliverables;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rpt_export_request_is_loaded (request) &&
      !rpt_export_request_load (request, library, cancellable, error))
    return FALSE;

  /* Fail on an unwritable folder before the work, not after it. */
  file = rpt_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  closure.stream = rpt_atomic_file_stream (file);

  rpt_export_request_get_page_points (request, &width, &height);
  layout = rpt_export_layout_new (request, NULL, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure, width, height);
  filters = rpt_export_request_list_filters (request);
  for (guint i = 0; i + 1 < filters->len; i += 2)
    g_string_append_printf (filter_text, "%s%s: %s", filter_text->len ? "; " : "",
                            (char *) g_ptr_array_index (filters, i),
                            (char *) g_ptr_array_index (filters, i + 1));
  n_deliverables = rpt_export_request_count_deliverables (request);
  /* Translators: the PDF's Subject; the %s%s are " — " and the filters */
  subject = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deliverable mentioned in ITU reports%s%s",
                                          "%u deliverables mentioned in ITU reports%s%s", n_deliverables),
                             n_deliverables, filter_text->len ? " — " : "", filter_text->str);
  creator = g_strdup_printf ("Rapporteur %s", PACKAGE_VERSION);
  date = g_date_time_format (rpt_export_request_get_created (request), "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, rpt_export_request_get_title (request));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  for (guint page = 0; page < rpt_export_layout_get_n_pages (layout); page++)
    {
      if (g_cancellable_is_cancelled (cancellable) || closure.error != NULL)
        break;
      rpt_export_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  /* Only once every page is there: cairo 1.16 crashes on an outline that
   * points past the last page (a cancelled export). */
  if (!g_cancellable_is_cancelled (cancellable) && closure.error == NULL)
    add_pdf_outline (layout, surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_error (&closure.error);
      return FALSE;
    }

  if (closure.error != NULL)
    {
      g_set_error (error, closure.error->domain, closure.error->code,
                   _("Could not write “%s”: %s"), path, closure.error->message);
      g_clear_error (&closure.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the PDF document “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  return rpt_atomic_file_commit (file, error);
}
