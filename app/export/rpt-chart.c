/* rpt-chart.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "rpt-atomic-file.h"
#include "rpt-chart.h"

/* ------------------------------------------------------------------------ */
/* Palette                                                                  */
/* ------------------------------------------------------------------------ */

/* Hues after Okabe and Ito's colour-blind-safe set, re-tuned twice: for
 * light backgrounds (every colour at least 3:1 against white and #fafafa,
 * WCAG non-text contrast) and for dark ones (against #1e1e1e to #303030).
 * The lightness of each was then spread so that the eight statuses stay
 * apart for protan, deutan and tritan vision too: simulated with Machado,
 * Oliveira and Fernandes' matrices (2009, full severity), every two status
 * colours differ by a CIEDE2000 distance of 8 or more in both themes
 * (vermilion and amber, the closest pair of the plain Okabe–Ito darkened
 * for white, were 0.2 apart for deutans).
 *
 * The first N_GENERIC hues also colour series without a fixed colour
 * (study groups); the neutral is reserved for the stated figures. */
typedef struct
{
  guint32 light;
  guint32 dark;
} PaletteEntry;

enum {
  PAL_BLUE,
  PAL_AMBER,
  PAL_GREEN,
  PAL_VERMILION,
  PAL_PURPLE,
  PAL_YELLOW,
  N_GENERIC,
  PAL_SKY = N_GENERIC,
  PAL_INK,
  PAL_NEUTRAL,
  N_PALETTE
};

static const PaletteEntry palette[N_PALETTE] = {
  [PAL_BLUE]      = { 0x0066AA, 0x7799FF },
  [PAL_AMBER]     = { 0x7A4A1C, 0xFFAA22 },
  [PAL_GREEN]     = { 0x008877, 0x00A070 },
  [PAL_VERMILION] = { 0xE64A00, 0xF04A10 },
  [PAL_PURPLE]    = { 0xCC5C9E, 0xD870AA },
  [PAL_YELLOW]    = { 0x998855, 0xEEF0A0 },
  [PAL_SKY]       = { 0x5C85F0, 0x33D6F5 },
  [PAL_INK]       = { 0x262626, 0xE6E6E6 },
  [PAL_NEUTRAL]   = { 0x737373, 0x9A9A9A },
};

/* A status is the same colour on every chart, whatever else is shown; the
 * two statuses past the palette's hues are told apart by a hatch. */
static const struct
{
  const char *key;
  guint       colour;
  guint       variant;
} fixed_colours[] = {
  { "approved",       PAL_BLUE,      0 },
  { "consented",      PAL_GREEN,     0 },
  { "determined",     PAL_VERMILION, 0 },
  { "agreed",         PAL_PURPLE,    0 },
  { "under-approval", PAL_AMBER,     0 },
  { "draft",          PAL_YELLOW,    0 },
  { "new-work",       PAL_SKY,       0 },
  { "in-progress",    PAL_INK,       0 },
  { "published",      PAL_NEUTRAL,   0 },
  { "mentioned",      PAL_NEUTRAL,   1 },
  { "counted",        PAL_BLUE,      0 },
  { "stated",         PAL_NEUTRAL,   0 },
};

static void
color_from_hex (guint32        hex,
                RptChartColor *color)
{
  color->red = ((hex >> 16) & 0xff) / 255.;
  color->green = ((hex >> 8) & 0xff) / 255.;
  color->blue = (hex & 0xff) / 255.;
  color->alpha = 1.;
}

guint
rpt_chart_palette_get_size (void)
{
  return N_PALETTE;
}

/**
 * rpt_chart_palette_get_color:
 * @index: a palette index, taken modulo the palette size
 * @dark: whether the colour goes on a dark background
 * @color: (out): the colour
 */
void
rpt_chart_palette_get_color (guint          index,
                             gboolean       dark,
                             RptChartColor *color)
{
  const PaletteEntry *entry = &palette[index % N_PALETTE];

  g_return_if_fail (color != NULL);

  color_from_hex (dark ? entry->dark : entry->light, color);
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
color_luminance (const RptChartColor *c)
{
  return 0.2126 * channel_luminance (c->red)
       + 0.7152 * channel_luminance (c->green)
       + 0.0722 * channel_luminance (c->blue);
}

/**
 * rpt_chart_color_contrast:
 *
 * Returns: the WCAG contrast ratio of two opaque colours, 1 to 21
 */
double
rpt_chart_color_contrast (const RptChartColor *a,
                          const RptChartColor *b)
{
  double la = color_luminance (a);
  double lb = color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* ------------------------------------------------------------------------ */
/* Styles                                                                   */
/* ------------------------------------------------------------------------ */

void
rpt_chart_style_init_light (RptChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (RptChartStyle) {
    .foreground = { 0, 0, 0, 0.8 },
    .background = { 1, 1, 1, 1 },
    .grid = { 0, 0, 0, 0.12 },
    .font = NULL,
    .scale = 1,
    .dark = FALSE,
  };
}

void
rpt_chart_style_init_dark (RptChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (RptChartStyle) {
    .foreground = { 1, 1, 1, 1 },
    .background = { 0x1e / 255., 0x1e / 255., 0x1e / 255., 1 },
    .grid = { 1, 1, 1, 0.15 },
    .font = NULL,
    .scale = 1,
    .dark = TRUE,
  };
}

/* Print: pure black text on white, grid light enough to stay out of the way
 * but dark enough to survive a laser printer. */
void
rpt_chart_style_init_print (RptChartStyle *style)
{
  g_return_if_fail (style != NULL);

  rpt_chart_style_init_light (style);
  style->foreground = (RptChartColor) { 0, 0, 0, 1 };
  style->grid = (RptChartColor) { 0, 0, 0, 0.2 };
}

/* ------------------------------------------------------------------------ */
/* Ticks                                                                    */
/* ------------------------------------------------------------------------ */

/**
 * rpt_chart_compute_ticks:
 * @max_value: the largest value to show (the axis starts at 0)
 * @max_ticks: at most this many intervals
 * @integer: whether the values are counts, which never get fractional ticks
 * @ticks: (out): the step (1, 2 or 5 × 10ⁿ), the axis maximum, the number
 *   of tick marks including 0, and how many decimals their labels need
 */
void
rpt_chart_compute_ticks (double         max_value,
                         guint          max_ticks,
                         gboolean       integer,
                         RptChartTicks *ticks)
{
  static const double mantissas[] = { 1, 2, 5 };
  double raw, magnitude, step = 0;
  int exponent;

  g_return_if_fail (ticks != NULL);

  if (!isfinite (max_value) || max_value <= 0)
    max_value = integer ? 1 : 1;
  max_ticks = MAX (max_ticks, 1);

  raw = max_value / max_ticks;
  exponent = (int) floor (log10 (raw));
  magnitude = pow (10, exponent);

  /* The smallest 1-2-5 step that covers max_value in max_ticks intervals. */
  for (int e = 0; e < 2 && step == 0; e++)
    for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
      {
        double candidate = mantissas[i] * magnitude * pow (10, e);

        if (candidate * max_ticks >= max_value * (1 - 1e-9))
          {
            step = candidate;
            break;
          }
      }
  if (step == 0)
    step = 10 * magnitude;

  if (integer && step < 1)
    step = 1;

  ticks->step = step;
  ticks->n_ticks = (guint) ceil (max_value / step - 1e-9) + 1;
  ticks->max = step * (ticks->n_ticks - 1);
  if (integer || exponent >= 0 || step >= 1)
    ticks->decimals = 0;
  else
    {
      /* 0.25 is not a 1-2-5 step, so -exponent decimals always suffice. */
      ticks->decimals = (guint) (-floor (log10 (step) + 1e-9));
    }
}

/* ------------------------------------------------------------------------ */
/* The chart                                                                */
/* ------------------------------------------------------------------------ */

typedef struct
{
  char *label;
  char *key;
  char *description;  /* categories: the full text behind a short label */
} Item;

typedef struct
{
  RptChartRect rect;
  guint        category;
  guint        series;
} Bar;

typedef struct
{
  gboolean     valid;
  guint        generation;
  double       width;
  double       height;
  double       scale;
  gboolean     rtl;         /* drawn mirrored; kept in left-to-right terms */
  char        *font;

  double       em;          /* font size in user units */
  double       line;        /* line height */
  double       padding;
  gboolean     axis_titles;  /* dropped on small charts */

  RptChartRect title;
  RptChartRect legend;
  GArray      *legend_items; /* LegendItem */
  RptChartRect plot;
  RptChartTicks ticks;
  double       tick_label_width;

  /* category labels */
  double       slot;        /* size of a category along its axis */
  gboolean     rotated;
  double       label_limit; /* width labels are ellipsized to */
  guint        label_step;  /* draw every label_step-th label */
  guint        label_lines; /* lines a horizontal chart's label may wrap to */
  GArray      *label_rects; /* RptChartRect per category, width 0 when not drawn */

  GArray      *bars;        /* Bar, in keyboard order */
} Layout;

typedef struct
{
  RptChartRect swatch;
  double       text_x;
  double       text_y;
  double       text_width;
  guint        series;      /* or RPT_CHART_REFERENCE */
} LegendItem;

struct _RptChart
{
  gatomicrefcount     ref_count;

  RptChartKind        kind;
  RptChartOrientation orientation;
  char               *title;
  char               *category_title;
  char               *value_title;
  char               *reference_label;
  char               *reference_key;
  gboolean            integer;
  gboolean            show_values;

  GArray             *categories; /* Item */
  GArray             *series;     /* Item */
  GArray             *values;     /* double, category-major, grown on demand */
  GArray             *references; /* double, NAN when unset */

  guint               generation;
  Layout              layout;
};

/* Drawing reuses one Pango context per thread and the layouts of the texts
 * drawn, so a redraw (hover, focus) shapes no text, and neither does a new
 * chart of the same study groups.  Per thread: the PDF export draws charts
 * in a worker thread while the widgets draw in the main one. */
typedef struct
{
  PangoContext         *context;
  GHashTable           *texts;    /* font, limit and text → PangoLayout */
  cairo_matrix_t        matrix;
  cairo_font_options_t *options;
} TextCache;

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  g_clear_object (&cache->context);
  g_clear_pointer (&cache->texts, g_hash_table_unref);
  g_clear_pointer (&cache->options, cairo_font_options_destroy);
  g_free (cache);
}

static GPrivate text_cache_key = G_PRIVATE_INIT (text_cache_free);

static TextCache *
get_text_cache (void)
{
  TextCache *cache = g_private_get (&text_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (TextCache, 1);
      cache->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_private_set (&text_cache_key, cache);
    }

  return cache;
}

G_DEFINE_BOXED_TYPE (RptChart, rpt_chart, rpt_chart_ref, rpt_chart_unref)

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->label, g_free);
  g_clear_pointer (&item->key, g_free);
  g_clear_pointer (&item->description, g_free);
}

/**
 * rpt_chart_new:
 * @kind: how the values are drawn
 * @title: (nullable): the title, also the accessible label
 *
 * Values are counts by default (see rpt_chart_set_integer()); negative
 * values are drawn as 0.
 *
 * Returns: (transfer full): a new, empty chart
 */
RptChart *
rpt_chart_new (RptChartKind  kind,
               const char   *title)
{
  RptChart *self = g_new0 (RptChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->orientation = RPT_CHART_VERTICAL;
  self->title = g_strdup (title != NULL ? title : "");
  self->integer = TRUE;
  self->show_values = TRUE;
  self->reference_label = g_strdup (C_("chart", "Stated"));
  self->reference_key = g_strdup ("stated");
  self->categories = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->categories, item_clear);
  self->series = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->series, item_clear);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  self->references = g_array_new (FALSE, TRUE, sizeof (double));
  self->layout.bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  self->layout.legend_items = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  self->layout.label_rects = g_array_new (FALSE, TRUE, sizeof (RptChartRect));
  self->layout.label_lines = 1;

  return self;
}

RptChart *
rpt_chart_ref (RptChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rpt_chart_unref (RptChart *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->category_title);
  g_free (self->value_title);
  g_free (self->reference_label);
  g_free (self->reference_key);
  g_array_unref (self->categories);
  g_array_unref (self->series);
  g_array_unref (self->values);
  g_array_unref (self->references);
  g_array_unref (self->layout.bars);
  g_array_unref (self->layout.legend_items);
  g_array_unref (self->layout.label_rects);
  g_free (self->layout.font);
  g_free (self);
}

static void
changed (RptChart *self)
{
  self->generation++;
  self->layout.valid = FALSE;
}

RptChartKind
rpt_chart_get_kind (RptChart *self)
{
  g_return_val_if_fail (self != NULL, RPT_CHART_STACKED_BARS);

  return self->kind;
}

const char *
rpt_chart_get_title (RptChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * rpt_chart_set_orientation:
 *
 * Horizontal bars suit long category names (study group and series names);
 * vertical bars suit reports in time order.  Lines are always vertical.
 */
void
rpt_chart_set_orientation (RptChart            *self,
                           RptChartOrientation  orientation)
{
  g_return_if_fail (self != NULL);

  self->orientation = orientation;
  changed (self);
}

RptChartOrientation
rpt_chart_get_orientation (RptChart *self)
{
  g_return_val_if_fail (self != NULL, RPT_CHART_VERTICAL);

  return self->kind == RPT_CHART_LINES ? RPT_CHART_VERTICAL : self->orientation;
}

/**
 * rpt_chart_set_axis_titles:
 * @category_title: (nullable): what the categories are, e.g. "Study group"
 * @value_title: (nullable): what the values are, e.g. "Approved texts"
 */
void
rpt_chart_set_axis_titles (RptChart   *self,
                           const char *category_title,
                           const char *value_title)
{
  g_return_if_fail (self != NULL);

  g_free (self->category_title);
  self->category_title = g_strdup (category_title);
  g_free (self->value_title);
  self->value_title = g_strdup (value_title);
  changed (self);
}

/**
 * rpt_chart_set_integer:
 * @integer: %TRUE (the default) when the values are counts
 */
void
rpt_chart_set_integer (RptChart *self,
                       gboolean  integer)
{
  g_return_if_fail (self != NULL);

  self->integer = !!integer;
  changed (self);
}

/**
 * rpt_chart_set_show_values:
 * @show_values: %TRUE (the default) to write each bar's value on or past it
 *
 * Without them the chart is quieter; the tooltips, the accessible
 * description and the axis still give every number.
 */
void
rpt_chart_set_show_values (RptChart *self,
                           gboolean  show_values)
{
  g_return_if_fail (self != NULL);

  if (self->show_values == !!show_values)
    return;
  self->show_values = !!show_values;
  changed (self);
}

gboolean
rpt_chart_get_show_values (RptChart *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->show_values;
}

/**
 * rpt_chart_set_reference_label:
 * @label: what the reference values are called ("Stated" by default)
 * @key: the key passed on when a reference bar is activated ("stated")
 */
void
rpt_chart_set_reference_label (RptChart   *self,
                               const char *label,
                               const char *key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  g_free (self->reference_label);
  self->reference_label = g_strdup (label);
  g_free (self->reference_key);
  self->reference_key = g_strdup (key != NULL ? key : "stated");
  changed (self);
}

static void
resize_values (RptChart *self,
               guint     old_n_series)
{
  guint n_categories = self->categories->len;
  guint n_series = self->series->len;
  g_autoptr(GArray) values = g_array_sized_new (FALSE, TRUE, sizeof (double),
                                                n_categories * n_series);

  g_array_set_size (values, n_categories * n_series);
  for (guint c = 0; c < n_categories; c++)
    for (guint s = 0; s < MIN (old_n_series, n_series); s++)
      if (c * old_n_series + s < self->values->len)
        g_array_index (values, double, c * n_series + s) =
          g_array_index (self->values, double, c * old_n_series + s);

  g_array_unref (self->values);
  self->values = g_steal_pointer (&values);
}

/**
 * rpt_chart_add_category:
 * @label: the label shown on the axis, e.g. "SG17"
 * @key: (nullable): an opaque key for click-to-filter, e.g. "ITU-T SG17"
 *
 * Returns: the index of the new category; its values start at 0
 */
guint
rpt_chart_add_category (RptChart   *self,
                        const char *label,
                        const char *key)
{
  Item item = { 0 };
  double nan_value = NAN;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  item.label = g_strdup (label);
  item.key = g_strdup (key != NULL ? key : label);
  g_array_append_val (self->categories, item);
  g_array_append_val (self->references, nan_value);
  resize_values (self, self->series->len);
  changed (self);

  return self->categories->len - 1;
}

/**
 * rpt_chart_add_series:
 * @label: the label shown in the legend, e.g. "Approved"
 * @key: (nullable): an opaque key, e.g. the status "approved"; keys that
 *   name a status get that status's fixed colour
 *
 * Returns: the index of the new series
 */
guint
rpt_chart_add_series (RptChart   *self,
                      const char *label,
                      const char *key)
{
  Item item = { 0 };
  guint old_n_series = self->series->len;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  item.label = g_strdup (label);
  item.key = g_strdup (key != NULL ? key : label);
  g_array_append_val (self->series, item);
  resize_values (self, old_n_series);
  changed (self);

  return self->series->len - 1;
}

void
rpt_chart_set_value (RptChart *self,
                     guint     category,
                     guint     series,
                     double    value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (category < self->categories->len);
  g_return_if_fail (series < self->series->len);

  if (!isfinite (value) || value < 0)
    value = 0;
  g_array_index (self->values, double, category * self->series->len + series) = value;
  changed (self);
}

/**
 * rpt_chart_set_reference:
 * @value: the figure the report states for @category, or NAN for none
 */
void
rpt_chart_set_reference (RptChart *self,
                         guint     category,
                         double    value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (category < self->categories->len);

  if (isfinite (value) && value < 0)
    value = 0;
  g_array_index (self->references, double, category) = value;
  changed (self);
}

/**
 * rpt_chart_set_category_description:
 * @description: (nullable): the full text behind a category's short label
 *   (a stated count's sentence), for the tooltips and the accessible
 *   description
 */
void
rpt_chart_set_category_description (RptChart   *self,
                                    guint       category,
                                    const char *description)
{
  Item *item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (category < self->categories->len);

  item = &g_array_index (self->categories, Item, category);
  g_free (item->description);
  item->description = description != NULL && description[0] != '\0' ? g_strdup (description) : NULL;
}

/**
 * rpt_chart_get_category_description:
 *
 * Returns: (nullable): the category's description
 */
const char *
rpt_chart_get_category_description (RptChart *self,
                                    guint     category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_array_index (self->categories, Item, category).description;
}

guint
rpt_chart_get_n_categories (RptChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->categories->len;
}

guint
rpt_chart_get_n_series (RptChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

const char *
rpt_chart_get_category_label (RptChart *self,
                              guint     category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_array_index (self->categories, Item, category).label;
}

const char *
rpt_chart_get_category_key (RptChart *self,
                            guint     category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_array_index (self->categories, Item, category).key;
}

/**
 * rpt_chart_get_series_label:
 * @series: a series index or %RPT_CHART_REFERENCE
 */
const char *
rpt_chart_get_series_label (RptChart *self,
                            guint     series)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (series == RPT_CHART_REFERENCE)
    return self->reference_label;

  g_return_val_if_fail (series < self->series->len, NULL);

  return g_array_index (self->series, Item, series).label;
}

/**
 * rpt_chart_get_series_key:
 * @series: a series index or %RPT_CHART_REFERENCE
 */
const char *
rpt_chart_get_series_key (RptChart *self,
                          guint     series)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (series == RPT_CHART_REFERENCE)
    return self->reference_key;

  g_return_val_if_fail (series < self->series->len, NULL);

  return g_array_index (self->series, Item, series).key;
}

/**
 * rpt_chart_get_value:
 * @series: a series index or %RPT_CHART_REFERENCE (NAN when unset)
 */
double
rpt_chart_get_value (RptChart *self,
                     guint     category,
                     guint     series)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (category < self->categories->len, 0);

  if (series == RPT_CHART_REFERENCE)
    return g_array_index (self->references, double, category);

  g_return_val_if_fail (series < self->series->len, 0);

  return g_array_index (self->values, double, category * self->series->len + series);
}

/**
 * rpt_chart_get_reference:
 * @value: (out) (optional): the stated figure
 *
 * Returns: whether @category has a stated figure
 */
gboolean
rpt_chart_get_reference (RptChart *self,
                         guint     category,
                         double   *value)
{
  double v;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (category < self->categories->len, FALSE);

  v = g_array_index (self->references, double, category);
  if (value != NULL)
    *value = v;

  return !isnan (v);
}

double
rpt_chart_get_category_total (RptChart *self,
                              guint     category)
{
  double total = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (category < self->categories->len, 0);

  for (guint s = 0; s < self->series->len; s++)
    total += rpt_chart_get_value (self, category, s);

  return total;
}

static gboolean
has_references (RptChart *self)
{
  for (guint c = 0; c < self->categories->len; c++)
    if (rpt_chart_get_reference (self, c, NULL))
      return TRUE;

  return FALSE;
}

/**
 * rpt_chart_is_empty:
 *
 * Returns: whether there is nothing to draw; the renderer then says
 *   "No data"
 */
gboolean
rpt_chart_is_empty (RptChart *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->categories->len == 0)
    return TRUE;

  return self->series->len == 0 && !has_references (self);
}

/**
 * rpt_chart_get_series_color:
 * @series: a series index or %RPT_CHART_REFERENCE
 * @color: (out): the fill colour of that series
 */
void
rpt_chart_get_series_color (RptChart      *self,
                            guint          series,
                            gboolean       dark,
                            RptChartColor *color)
{
  const char *key;

  g_return_if_fail (self != NULL);
  g_return_if_fail (color != NULL);

  key = rpt_chart_get_series_key (self, series);
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (fixed_colours); i++)
    if (g_str_equal (key, fixed_colours[i].key))
      {
        rpt_chart_palette_get_color (fixed_colours[i].colour, dark, color);
        return;
      }

  if (series == RPT_CHART_REFERENCE)
    rpt_chart_palette_get_color (PAL_NEUTRAL, dark, color);
  else
    /* The neutral stays for the stated figures. */
    rpt_chart_palette_get_color (series % N_GENERIC, dark, color);
}

/* Past the palette's six generic hues, series repeat a colour with a hatch
 * (bars) or a dash (lines), so two series never look the same. */
static guint
series_variant (RptChart *self,
                guint     series)
{
  const char *key;

  if (series == RPT_CHART_REFERENCE)
    return 0;

  key = rpt_chart_get_series_key (self, series);
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (fixed_colours); i++)
    if (g_str_equal (key, fixed_colours[i].key))
      return fixed_colours[i].variant;

  return (series / N_GENERIC) % 4;
}

/* ------------------------------------------------------------------------ */
/* Text                                                                     */
/* ------------------------------------------------------------------------ */

/**
 * rpt_chart_format_value:
 *
 * Returns: (transfer full): @value as the chart writes it
 */
char *
rpt_chart_format_value (RptChart *self,
                        double    value)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (isnan (value))
    return g_strdup ("—");
  if (self->integer || fabs (value - round (value)) < 1e-9)
    /* Grouped as the locale groups thousands: 1,234 or 1 234. */
    return g_strdup_printf ("%'.0f", value);

  {
    /* Two decimals at most, without trailing zeros: 0.25, 1.5, 12.1. */
    char *text = g_strdup_printf ("%'.2f", value);
    gsize len = strlen (text);

    while (len > 0 && text[len - 1] == '0')
      text[--len] = '\0';
    if (len > 0 && !g_ascii_isdigit (text[len - 1]))
      text[--len] = '\0';

    return text;
  }
}

static const char *
kind_sentence (RptChart *self)
{
  switch (self->kind)
    {
    case RPT_CHART_STACKED_BARS:
      return _("Stacked bar chart.");
    case RPT_CHART_GROUPED_BARS:
      return _("Grouped bar chart.");
    case RPT_CHART_LINES:
      return _("Line chart.");
    case RPT_CHART_STATED_COUNTED:
      return _("Bar chart of stated and counted figures.");
    default:
      g_assert_not_reached ();
    }
}

/**
 * rpt_chart_describe:
 *
 * Every value of the chart as plain text, one category a line, for screen
 * readers (the widget's accessible description) and for a PDF's alternative
 * text.
 *
 * Returns: (transfer full): the description
 */
char *
rpt_chart_describe (RptChart *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  if (self->title[0] != '\0')
    g_string_append_printf (text, _("%s."), self->title);

  if (rpt_chart_is_empty (self))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("No data."));
      return g_string_free (text, FALSE);
    }

  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, kind_sentence (self));
  if (self->value_title != NULL && self->category_title != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: "Approved texts by Study group." */
      g_string_append_printf (text, _("%s by %s."), self->value_title, self->category_title);
    }

  for (guint c = 0; c < self->categories->len; c++)
    {
      g_autoptr(GString) parts = g_string_new (NULL);
      double reference;
      gboolean has_reference = rpt_chart_get_reference (self, c, &reference);

      for (guint s = 0; s < self->series->len; s++)
        {
          double value = rpt_chart_get_value (self, c, s);
          g_autofree char *v = rpt_chart_format_value (self, value);

          /* A stack lists only what it is made of; elsewhere a 0 is a bar. */
          if (self->kind == RPT_CHART_STACKED_BARS && value == 0 && self->series->len > 1)
            continue;
          if (parts->len > 0)
            g_string_append (parts, _(", "));
          /* Translators: a series and its value, "Approved 3" */
          g_string_append_printf (parts, _("%s %s"), rpt_chart_get_series_label (self, s), v);
        }

      if (self->kind == RPT_CHART_STACKED_BARS && self->series->len > 1)
        {
          g_autofree char *total = rpt_chart_format_value (self, rpt_chart_get_category_total (self, c));

          if (parts->len > 0)
            g_string_append (parts, _(", "));
          /* Translators: the total of a stacked bar */
          g_string_append_printf (parts, _("total %s"), total);
        }

      if (has_reference)
        {
          g_autofree char *v = rpt_chart_format_value (self, reference);

          if (parts->len > 0)
            g_string_append (parts, _(", "));
          g_string_append_printf (parts, _("%s %s"), self->reference_label, v);
        }

      if (parts->len == 0)
        g_string_append (parts, _("no values"));

      g_string_append_c (text, '\n');
      /* Translators: a category and its values, "SG17: Approved 3, Consented 1." */
      g_string_append_printf (text, _("%s: %s."), rpt_chart_get_category_label (self, c), parts->str);
      if (rpt_chart_get_category_description (self, c) != NULL)
        {
          g_string_append_c (text, ' ');
          /* Translators: after a category's values, the report's own sentence */
          g_string_append_printf (text, _("“%s”"), rpt_chart_get_category_description (self, c));
        }
    }

  return g_string_free (text, FALSE);
}

/**
 * rpt_chart_describe_bar:
 * @series: a series index or %RPT_CHART_REFERENCE
 *
 * The exact numbers behind one bar, for the tooltip and for the screen
 * reader when the bar has keyboard focus.
 *
 * Returns: (transfer full): the text
 */
char *
rpt_chart_describe_bar (RptChart *self,
                        guint     category,
                        guint     series)
{
  g_autofree char *value = NULL;
  GString *text;
  double reference;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  value = rpt_chart_format_value (self, rpt_chart_get_value (self, category, series));
  text = g_string_new (NULL);
  /* Translators: category, series and value, "SG17 · Approved: 4" */
  g_string_append_printf (text, _("%s · %s: %s"),
                          rpt_chart_get_category_label (self, category),
                          rpt_chart_get_series_label (self, series), value);

  if (self->kind == RPT_CHART_STACKED_BARS && self->series->len > 1)
    {
      g_autofree char *total = rpt_chart_format_value (self, rpt_chart_get_category_total (self, category));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Total: %s"), total);
    }

  if (series != RPT_CHART_REFERENCE && rpt_chart_get_reference (self, category, &reference))
    {
      g_autofree char *v = rpt_chart_format_value (self, reference);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"), self->reference_label, v);
    }
  else if (series == RPT_CHART_REFERENCE && self->series->len > 0)
    {
      g_autofree char *v = NULL;

      v = rpt_chart_format_value (self, self->kind == RPT_CHART_STACKED_BARS
                                          ? rpt_chart_get_category_total (self, category)
                                          : rpt_chart_get_value (self, category, 0));
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"),
                              self->kind == RPT_CHART_STACKED_BARS
                                ? _("Total")
                                : rpt_chart_get_series_label (self, 0),
                              v);
    }

  if (rpt_chart_get_category_description (self, category) != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("“%s”"), rpt_chart_get_category_description (self, category));
    }

  return g_string_free (text, FALSE);
}

/**
 * rpt_chart_describe_category:
 *
 * A category's whole label, its values and its description, for the
 * tooltip of a category label that may have been shortened.
 *
 * Returns: (transfer full): the text
 */
char *
rpt_chart_describe_category (RptChart *self,
                             guint     category)
{
  GString *text;
  double reference;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  text = g_string_new (rpt_chart_get_category_label (self, category));

  for (guint s = 0; s < self->series->len; s++)
    {
      double value = rpt_chart_get_value (self, category, s);
      g_autofree char *v = NULL;

      if (self->kind == RPT_CHART_STACKED_BARS && value == 0 && self->series->len > 1)
        continue;
      v = rpt_chart_format_value (self, value);
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"), rpt_chart_get_series_label (self, s), v);
    }

  if (self->kind == RPT_CHART_STACKED_BARS && self->series->len > 1)
    {
      g_autofree char *total = rpt_chart_format_value (self, rpt_chart_get_category_total (self, category));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Total: %s"), total);
    }

  if (rpt_chart_get_reference (self, category, &reference))
    {
      g_autofree char *v = rpt_chart_format_value (self, reference);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"), self->reference_label, v);
    }

  if (rpt_chart_get_category_description (self, category) != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("“%s”"), rpt_chart_get_category_description (self, category));
    }

  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Layout                                                                   */
/* ------------------------------------------------------------------------ */

static PangoFontDescription *
style_font (const RptChartStyle *style)
{
  PangoFontDescription *font;

  if (style != NULL && style->font != NULL)
    font = pango_font_description_copy (style->font);
  else
    font = pango_font_description_from_string ("Sans 10");

  if (pango_font_description_get_size (font) == 0)
    pango_font_description_set_size (font, 10 * PANGO_SCALE);

  return font;
}

static PangoLayout *
make_text (PangoContext               *context,
           const PangoFontDescription *font,
           const char                 *text)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

/* A text in the chart's font, wrapped at word boundaries to at most
 * @lines lines of @limit (0 for no limit) and ellipsized on the last, its
 * lines aligned by @align.  Measured or drawn with the thread's drawing context, the
 * layout is kept for the next time.  Returns a new reference either way. */
static PangoLayout *
text_layout_wrapped (RptChart                   *self,
                     PangoContext               *context,
                     const PangoFontDescription *font,
                     const char                 *text,
                     double                      limit,
                     guint                       lines,
                     PangoAlignment              align)
{
  TextCache *cache = get_text_cache ();
  g_autofree char *key = NULL;
  PangoLayout *layout;
  int width;

  lines = MAX (lines, 1);
  if (context == cache->context && self->layout.font != NULL)
    {
      key = g_strdup_printf ("%s\x1f%d\x1f%u\x1f%d\x1f%s", self->layout.font,
                             limit > 0 ? (int) (limit * PANGO_SCALE) : 0, lines, (int) align, text);
      layout = g_hash_table_lookup (cache->texts, key);
      if (layout != NULL)
        return g_object_ref (layout);
    }

  layout = make_text (context, font, text);
  if (limit > 0)
    {
      pango_layout_get_size (layout, &width, NULL);
      if (width > limit * PANGO_SCALE)
        {
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_width (layout, (int) (limit * PANGO_SCALE));
          if (lines > 1)
            {
              pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
              pango_layout_set_height (layout, -(int) lines);
              pango_layout_set_alignment (layout, align);
            }
        }
    }

  if (key != NULL)
    {
      /* Values come and go with the data; keep the cache bounded. */
      if (g_hash_table_size (cache->texts) > 1024)
        g_hash_table_remove_all (cache->texts);
      g_hash_table_insert (cache->texts, g_steal_pointer (&key), g_object_ref (layout));
    }

  return layout;
}

/* One line, ellipsized to @limit when longer (0 for no limit). */
static PangoLayout *
text_layout (RptChart                   *self,
             PangoContext               *context,
             const PangoFontDescription *font,
             const char                 *text,
             double                      limit)
{
  return text_layout_wrapped (self, context, font, text, limit, 1, PANGO_ALIGN_LEFT);
}

static double
text_width (RptChart                   *self,
            PangoContext               *context,
            const PangoFontDescription *font,
            const char                 *text)
{
  g_autoptr(PangoLayout) layout = text_layout (self, context, font, text, 0);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static PangoFontDescription *
title_font (const PangoFontDescription *font)
{
  PangoFontDescription *title = pango_font_description_copy (font);

  pango_font_description_set_weight (title, PANGO_WEIGHT_BOLD);
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (title, pango_font_description_get_size (font) * 1.15);
  else
    pango_font_description_set_size (title, pango_font_description_get_size (font) * 1.15);

  return title;
}

static double
max_value (RptChart *self)
{
  double max = 0;

  for (guint c = 0; c < self->categories->len; c++)
    {
      double reference;

      if (self->kind == RPT_CHART_STACKED_BARS)
        max = MAX (max, rpt_chart_get_category_total (self, c));
      else
        for (guint s = 0; s < self->series->len; s++)
          max = MAX (max, rpt_chart_get_value (self, c, s));

      if (rpt_chart_get_reference (self, c, &reference))
        max = MAX (max, reference);
    }

  return max;
}

static double
tick_label_width (RptChart                   *self,
                  PangoContext               *context,
                  const PangoFontDescription *font,
                  const RptChartTicks        *ticks)
{
  double width = 0;

  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      g_autofree char *label = g_strdup_printf ("%'.*f", ticks->decimals, i * ticks->step);

      width = MAX (width, text_width (self, context, font, label));
    }

  return width;
}

static double
snap (double v,
      double scale)
{
  return round (v * scale) / scale;
}

/* Places a rectangle given along the category axis (c0..c1, pixels from
 * the plot's start) and the value axis (v0..v1, data units). */
static RptChartRect
place (RptChart *self,
       Layout   *layout,
       double    c0,
       double    c1,
       double    v0,
       double    v1)
{
  RptChartRect r;
  const RptChartRect *plot = &layout->plot;
  double s = layout->scale;

  if (rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL)
    {
      double y0 = plot->y + plot->height - v0 / layout->ticks.max * plot->height;
      double y1 = plot->y + plot->height - v1 / layout->ticks.max * plot->height;

      r.x = snap (plot->x + c0, s);
      r.width = snap (plot->x + c1, s) - r.x;
      r.y = snap (y1, s);
      r.height = snap (y0, s) - r.y;
    }
  else
    {
      double x0 = plot->x + v0 / layout->ticks.max * plot->width;
      double x1 = plot->x + v1 / layout->ticks.max * plot->width;

      r.y = snap (plot->y + c0, s);
      r.height = snap (plot->y + c1, s) - r.y;
      r.x = snap (x0, s);
      r.width = snap (x1, s) - r.x;
    }

  return r;
}

static void
add_bar (Layout       *layout,
         RptChartRect  rect,
         guint         category,
         guint         series)
{
  Bar bar = { rect, category, series };

  g_array_append_val (layout->bars, bar);
}

static void
layout_bars (RptChart *self,
             Layout   *layout)
{
  gboolean vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;
  double slot = layout->slot;
  /* Separates stacked segments and neighbouring bars by a device pixel. */
  double gap = 1.0 / layout->scale;
  guint n_series = self->series->len;

  g_array_set_size (layout->bars, 0);

  for (guint c = 0; c < self->categories->len; c++)
    {
      double start = c * slot;
      double reference;
      gboolean has_reference = rpt_chart_get_reference (self, c, &reference);

      switch (self->kind)
        {
        case RPT_CHART_STACKED_BARS:
          {
            double thickness = MIN (slot * 0.65, layout->em * (vertical ? 4.5 : 2.2));
            double c0 = start + (slot - thickness) / 2;
            double base = 0;

            for (guint s = 0; s < n_series; s++)
              {
                double value = rpt_chart_get_value (self, c, s);
                RptChartRect r;

                if (value <= 0)
                  continue;
                r = place (self, layout, c0, c0 + thickness, base, base + value);
                /* Shave the gap off the far end, where the next one starts. */
                if (vertical)
                  {
                    r.y += gap;
                    r.height = MAX (r.height - gap, gap);
                  }
                else
                  r.width = MAX (r.width - gap, gap);
                add_bar (layout, r, c, s);
                base += value;
              }
          }
          break;

        case RPT_CHART_GROUPED_BARS:
        case RPT_CHART_STATED_COUNTED:
          {
            /* Stated versus counted pairs the reference with series 0 only. */
            gboolean paired = self->kind == RPT_CHART_STATED_COUNTED;
            guint n_drawn = paired ? MIN (n_series, 1) : n_series;
            guint n_bars = n_drawn + (paired ? 1 : 0);
            double group = MIN (slot * 0.8, layout->em * (vertical ? 2.5 : 1.4) * n_bars);
            double thickness = group / MAX (n_bars, 1);
            double c0 = start + (slot - group) / 2;
            guint i = 0;

            if (paired)
              {
                /* A stated 0 is still a bar to focus and read, with no height. */
                if (has_reference)
                  add_bar (layout, place (self, layout, c0, c0 + thickness - gap, 0, reference),
                           c, RPT_CHART_REFERENCE);
                i = 1;
              }

            for (guint s = 0; s < n_drawn; s++, i++)
              add_bar (layout,
                       place (self, layout, c0 + i * thickness, c0 + (i + 1) * thickness - gap,
                              0, rpt_chart_get_value (self, c, s)),
                       c, s);
          }
          break;

        case RPT_CHART_LINES:
          {
            double radius = MAX (4, layout->em * 0.4);

            for (guint s = 0; s < n_series; s++)
              {
                RptChartRect p = place (self, layout, start + slot / 2, start + slot / 2,
                                        0, rpt_chart_get_value (self, c, s));
                RptChartRect r = { p.x - radius, p.y - radius, 2 * radius, 2 * radius };

                add_bar (layout, r, c, s);
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
layout_legend (RptChart                   *self,
               Layout                     *layout,
               PangoContext               *context,
               const PangoFontDescription *font,
               double                      top)
{
  double x = layout->padding;
  double y = top;
  double right = layout->width - layout->padding;
  double swatch = layout->em * 0.85;
  /* Lines show a stretch of line, long enough for its dashes. */
  double swatch_width = self->kind == RPT_CHART_LINES ? layout->em * 2 : swatch;
  double max_text = MAX (right - x - swatch_width - layout->em * 0.4, layout->em);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean references = has_references (self);

  g_array_set_size (layout->legend_items, 0);
  layout->legend = (RptChartRect) { x, top, 0, 0 };

  if (self->kind == RPT_CHART_STATED_COUNTED)
    {
      guint r = RPT_CHART_REFERENCE;

      g_array_append_val (order, r);
      for (guint s = 0; s < MIN (self->series->len, 1); s++)
        g_array_append_val (order, s);
    }
  else
    {
      /* A single series needs no legend, but stated markers do. */
      for (guint s = 0; self->series->len > 1 && s < self->series->len; s++)
        g_array_append_val (order, s);
      if (references)
        {
          guint r = RPT_CHART_REFERENCE;

          g_array_append_val (order, r);
        }
    }

  if (order->len == 0)
    return;

  for (guint i = 0; i < order->len; i++)
    {
      guint series = g_array_index (order, guint, i);
      double w = MIN (text_width (self, context, font, rpt_chart_get_series_label (self, series)), max_text);
      double item_width = swatch_width + layout->em * 0.4 + w;
      LegendItem item;

      if (x > layout->padding && x + item_width > right)
        {
          x = layout->padding;
          y += layout->line + layout->em * 0.2;
        }

      item.swatch = (RptChartRect) { x, y + (layout->line - swatch) / 2, swatch_width, swatch };
      item.text_x = x + swatch_width + layout->em * 0.4;
      item.text_y = y;
      item.text_width = w;
      item.series = series;
      g_array_append_val (layout->legend_items, item);

      x += item_width + layout->em * 1.2;
    }

  layout->legend.width = right - layout->padding;
  layout->legend.height = y + layout->line - top;
}

/* How wide a horizontal chart's label column may be: a third of the chart,
 * more on a narrow one, where labels wrap and a long word needs the room. */
static double
label_column_width (double max_label,
                    double width)
{
  return MIN (max_label, width * (width < 560 ? 0.42 : 0.35));
}

/* A category's label as it is drawn: ellipsized, or wrapped first where
 * the layout gives it more than a line. */
static PangoLayout *
category_label (RptChart                   *self,
                PangoContext               *context,
                const PangoFontDescription *font,
                guint                       category)
{
  Layout *layout = &self->layout;
  gboolean vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;
  PangoAlignment align;

  if (vertical)
    align = PANGO_ALIGN_CENTER;
  else
    /* Towards the axis; right to left, the box is mirrored, not the text. */
    align = layout->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;

  return text_layout_wrapped (self, context, font, rpt_chart_get_category_label (self, category),
                              layout->label_limit, layout->rotated ? 1 : layout->label_lines, align);
}

/* Where each drawn category label goes (in left-to-right terms), for
 * drawing and for rpt_chart_hit_test_label().  A rotated label's box is
 * the square around it. */
static void
layout_labels (RptChart                   *self,
               Layout                     *layout,
               PangoContext               *context,
               const PangoFontDescription *font)
{
  const RptChartRect *plot = &layout->plot;
  gboolean vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;

  g_array_set_size (layout->label_rects, self->categories->len);
  for (guint c = 0; c < self->categories->len; c++)
    {
      RptChartRect *r = &g_array_index (layout->label_rects, RptChartRect, c);
      g_autoptr(PangoLayout) label = NULL;
      double center = (c + 0.5) * layout->slot;
      double w, h;
      int lw, lh;

      *r = (RptChartRect) { 0, 0, 0, 0 };
      if (c % layout->label_step != 0)
        continue;

      label = category_label (self, context, font, c);
      pango_layout_get_size (label, &lw, &lh);
      h = (double) lh / PANGO_SCALE;
      /* A shortened label fills its box, aligned inside it. */
      if (pango_layout_get_width (label) >= 0 && !layout->rotated)
        w = (double) pango_layout_get_width (label) / PANGO_SCALE;
      else
        w = MIN ((double) lw / PANGO_SCALE, layout->label_limit);

      if (vertical && !layout->rotated)
        *r = (RptChartRect) { plot->x + center - w / 2, plot->y + plot->height + layout->em * 0.4, w, h };
      else if (vertical)
        {
          double extent = (w + h) * G_SQRT2 / 2;

          *r = (RptChartRect) { plot->x + center - extent, plot->y + plot->height + layout->em * 0.2,
                                extent + h, extent };
        }
      else
        *r = (RptChartRect) { plot->x - layout->em * 0.6 - w, plot->y + center - h / 2, w, h };
    }
}

/**
 * rpt_chart_layout:
 * @context: the Pango context text is measured with
 * @style: (nullable): the style (only its font and scale matter here)
 *
 * Computes where everything goes for a @width × @height drawing and keeps
 * the result, for rpt_chart_hit_test() and rpt_chart_get_bar_rect().
 * rpt_chart_render() calls it when the size, style or data changed.
 */
void
rpt_chart_layout (RptChart            *self,
                  PangoContext        *context,
                  const RptChartStyle *style,
                  double               width,
                  double               height)
{
  Layout *layout;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoFontDescription) bold = NULL;
  PangoFontMetrics *metrics;
  g_autofree char *font_key = NULL;
  gboolean vertical;
  guint n_categories;
  double top, bottom, left, right, max, max_label = 0;
  double scale = style != NULL && style->scale > 0 ? style->scale : 1;

  g_return_if_fail (self != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  layout = &self->layout;
  font = style_font (style);
  font_key = pango_font_description_to_string (font);

  if (layout->valid &&
      layout->generation == self->generation &&
      layout->rtl == (style != NULL && style->rtl) &&
      layout->width == width &&
      layout->height == height &&
      layout->scale == scale &&
      g_strcmp0 (layout->font, font_key) == 0)
    return;

  layout->valid = TRUE;
  layout->generation = self->generation;
  layout->width = width;
  layout->height = height;
  layout->scale = scale;
  layout->rtl = style != NULL && style->rtl;
  g_free (layout->font);
  layout->font = g_steal_pointer (&font_key);
  g_array_set_size (layout->bars, 0);
  g_array_set_size (layout->legend_items, 0);

  metrics = pango_context_get_metrics (context, font, NULL);
  layout->line = (double) (pango_font_metrics_get_ascent (metrics) +
                           pango_font_metrics_get_descent (metrics)) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  layout->em = layout->line / 1.2;
  layout->padding = round (layout->em * 0.8);

  vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;
  n_categories = self->categories->len;

  /* Title, then legend, along the top. */
  top = layout->padding;
  layout->title = (RptChartRect) { layout->padding, top, width - 2 * layout->padding, 0 };
  if (self->title[0] != '\0')
    {
      g_autoptr(PangoLayout) title = NULL;
      int h;

      bold = title_font (font);
      title = make_text (context, bold, self->title);
      pango_layout_get_size (title, NULL, &h);
      /* A tiny chart sits under a heading of its own: the plot comes first. */
      if (height >= (double) h / PANGO_SCALE + 2 * layout->padding + 5 * layout->line)
        {
          layout->title.height = (double) h / PANGO_SCALE;
          top += layout->title.height + layout->em * 0.5;
        }
    }

  if (rpt_chart_is_empty (self))
    {
      layout->plot = (RptChartRect) { layout->padding, top,
                                      MAX (width - 2 * layout->padding, 0),
                                      MAX (height - top - layout->padding, 0) };
      return;
    }

  /* Small charts (a study group's page) keep their plot: the legend and the
   * axis titles go first when they would leave it too little room.  The
   * tooltips and the description still name every series. */
  {
    double fixed = layout->padding + layout->line * 2.6;
    double enough = MAX (layout->line * 3, height * 0.4);

    layout_legend (self, layout, context, font, top);
    if (layout->legend_items->len > 0)
      {
        if (height - top - layout->legend.height - layout->em * 0.6 - fixed >= enough)
          top += layout->legend.height + layout->em * 0.6;
        else
          g_array_set_size (layout->legend_items, 0);
      }
    layout->axis_titles = height - top - fixed - 2 * layout->line >= enough;
  }

  max = max_value (self);

  for (guint c = 0; c < n_categories; c++)
    max_label = MAX (max_label, text_width (self, context, font, rpt_chart_get_category_label (self, c)));

  bottom = layout->padding;
  right = layout->padding;

  if (vertical)
    {
      double label_height, plot_height, slot, tick_width;
      double step_space;

      if (self->value_title != NULL && layout->axis_titles)
        top += layout->line + layout->em * 0.2;
      top += layout->line * 0.6;   /* room for the top tick label and value labels */
      if (self->category_title != NULL && layout->axis_titles)
        bottom += layout->line + layout->em * 0.3;

      /* First guess: horizontal labels. */
      label_height = layout->line + layout->em * 0.4;
      plot_height = MAX (height - top - bottom - label_height, layout->line);
      rpt_chart_compute_ticks (max, MAX ((guint) (plot_height / (layout->line * 2.2)), 1),
                               self->integer, &layout->ticks);
      tick_width = tick_label_width (self, context, font, &layout->ticks);
      left = layout->padding + tick_width + layout->em * 0.5;

      for (int pass = 0; pass < 2; pass++)
        {
          slot = MAX (width - left - right, 1) / MAX (n_categories, 1);

          layout->rotated = FALSE;
          layout->label_step = 1;
          layout->label_lines = 1;
          /* A quarter em between neighbours is enough to tell them apart. */
          if (max_label <= slot - layout->em * 0.25)
            {
              layout->label_limit = slot;
              label_height = layout->line + layout->em * 0.4;
            }
          else if (slot >= layout->em * 5)
            {
              /* Two lines, then ellipsized; the tooltip has the rest. */
              layout->label_limit = slot - layout->em * 0.4;
              layout->label_lines = 2;
              label_height = 2 * layout->line + layout->em * 0.4;
            }
          else
            {
              double extent;

              layout->rotated = TRUE;
              layout->label_limit = MIN (max_label, MAX (layout->em * 5, height * 0.28));
              label_height = (layout->label_limit + layout->line) * G_SQRT2 / 2 + layout->em * 0.4;
              step_space = slot * G_SQRT2 / 2;
              layout->label_step = (guint) ceil (layout->line * 1.05 / MAX (step_space, 0.01));
              layout->label_step = MAX (layout->label_step, 1);

              /* The first label reaches left of its bar. */
              extent = layout->padding + layout->label_limit * G_SQRT2 / 2 - slot / 2;
              if (pass == 0 && extent > left)
                {
                  left = extent;
                  continue;
                }
            }
          break;
        }

      plot_height = MAX (height - top - bottom - label_height, layout->line);
      rpt_chart_compute_ticks (max, MAX ((guint) (plot_height / (layout->line * 2.2)), 1),
                               self->integer, &layout->ticks);
      layout->tick_label_width = tick_label_width (self, context, font, &layout->ticks);
      left = MAX (left, layout->padding + layout->tick_label_width + layout->em * 0.5);
      /* Half a category label may hang past the last bar. */
      right = layout->padding;

      layout->plot = (RptChartRect) { snap (left, scale), snap (top, scale), 0, 0 };
      layout->plot.width = snap (MAX (width - left - right, 1), scale);
      layout->plot.height = snap (plot_height, scale);
      layout->slot = layout->plot.width / MAX (n_categories, 1);
    }
  else
    {
      double label_width = label_column_width (max_label, width);
      double plot_width, plot_height, value_label_width, tick_width;
      guint n;

      if (self->category_title != NULL && layout->axis_titles)
        top += layout->line + layout->em * 0.2;
      top += layout->em * 0.3;
      if (self->value_title != NULL && layout->axis_titles)
        bottom += layout->line + layout->em * 0.2;
      bottom += layout->line + layout->em * 0.4;  /* tick labels */

      left = layout->padding + label_width + layout->em * 0.6;
      layout->label_limit = label_width;
      layout->rotated = FALSE;

      /* Values are written past the bar ends. */
      rpt_chart_compute_ticks (max, 5, self->integer, &layout->ticks);
      {
        g_autofree char *widest = rpt_chart_format_value (self, layout->ticks.max);

        value_label_width = text_width (self, context, font, widest);
      }
      /* Without values, only half the last tick label hangs past the plot. */
      if (self->show_values)
        right = layout->padding + MAX (value_label_width + layout->em * 0.4, value_label_width / 2);
      else
        right = layout->padding + value_label_width / 2;
      plot_width = MAX (width - left - right, layout->em);

      tick_width = tick_label_width (self, context, font, &layout->ticks);
      n = MAX ((guint) (plot_width / (tick_width + layout->em * 2.5)), 1);
      rpt_chart_compute_ticks (max, CLAMP (n, 2, 10), self->integer, &layout->ticks);
      layout->tick_label_width = tick_label_width (self, context, font, &layout->ticks);

      plot_height = MAX (height - top - bottom, layout->line);
      layout->plot = (RptChartRect) { snap (left, scale), snap (top, scale),
                                      snap (plot_width, scale), snap (plot_height, scale) };
      layout->slot = layout->plot.height / MAX (n_categories, 1);
      /* Rows may come a little closer than a line: descenders and accents
       * rarely meet. */
      layout->label_step = MAX ((guint) ceil (layout->line * 0.85 / MAX (layout->slot, 0.01)), 1);
      /* Long labels (a stated count's words) wrap to the lines their row
       * has room for, three at most, and are ellipsized after that. */
      layout->label_lines = layout->label_step > 1
                            ? 1 : CLAMP ((guint) floor (layout->slot * 0.95 / layout->line), 1, 3);
    }

  layout_bars (self, layout);
  layout_labels (self, layout, context, font);
}

/* ------------------------------------------------------------------------ */
/* Geometry queries                                                         */
/* ------------------------------------------------------------------------ */

/* The layout is kept left to right; what callers see is what was drawn. */
static RptChartRect
mirror (RptChart           *self,
        const RptChartRect *rect)
{
  RptChartRect r = *rect;

  if (self->layout.rtl)
    r.x = self->layout.width - rect->x - rect->width;

  return r;
}

/**
 * rpt_chart_get_n_bars:
 *
 * Bars in keyboard order (category by category; within one, the stack
 * from the axis outwards, or left to right), as last laid out.  Zero
 * segments of a stack are not bars.
 *
 * Returns: the number of bars, 0 before the first layout
 */
guint
rpt_chart_get_n_bars (RptChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->layout.valid ? self->layout.bars->len : 0;
}

/**
 * rpt_chart_get_bar:
 * @index: a bar index below rpt_chart_get_n_bars()
 * @category: (out) (optional):
 * @series: (out) (optional): a series or %RPT_CHART_REFERENCE
 */
gboolean
rpt_chart_get_bar (RptChart *self,
                   guint     index,
                   guint    *category,
                   guint    *series)
{
  const Bar *bar;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->layout.valid || index >= self->layout.bars->len)
    return FALSE;

  bar = &g_array_index (self->layout.bars, Bar, index);
  if (category != NULL)
    *category = bar->category;
  if (series != NULL)
    *series = bar->series;

  return TRUE;
}

/**
 * rpt_chart_get_bar_rect:
 * @series: a series or %RPT_CHART_REFERENCE
 * @rect: (out): where the bar (or a line's point marker) was drawn
 *
 * Returns: %FALSE when there is no such bar in the last layout
 */
gboolean
rpt_chart_get_bar_rect (RptChart     *self,
                        guint         category,
                        guint         series,
                        RptChartRect *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!self->layout.valid)
    return FALSE;

  for (guint i = 0; i < self->layout.bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->layout.bars, Bar, i);

      if (bar->category == category && bar->series == series)
        {
          *rect = mirror (self, &bar->rect);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rpt_chart_get_plot_rect:
 * @rect: (out): the area inside the axes
 */
gboolean
rpt_chart_get_plot_rect (RptChart     *self,
                         RptChartRect *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!self->layout.valid)
    return FALSE;

  *rect = mirror (self, &self->layout.plot);
  return TRUE;
}

/**
 * rpt_chart_hit_test:
 * @category: (out) (optional):
 * @series: (out) (optional): a series or %RPT_CHART_REFERENCE
 *
 * Finds the bar under a point of the last layout.  Thin bars and line
 * points get a little slack around them.
 *
 * Returns: whether a bar is there
 */
gboolean
rpt_chart_hit_test (RptChart *self,
                    double    x,
                    double    y,
                    guint    *category,
                    guint    *series)
{
  const Bar *best = NULL;
  double best_distance = G_MAXDOUBLE;
  double slack;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->layout.valid)
    return FALSE;

  slack = self->kind == RPT_CHART_LINES ? self->layout.em * 0.4 : 1.0 / self->layout.scale;
  if (self->layout.rtl)
    x = self->layout.width - x;

  for (guint i = 0; i < self->layout.bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->layout.bars, Bar, i);
      const RptChartRect *r = &bar->rect;
      double dx = MAX (MAX (r->x - x, x - (r->x + r->width)), 0);
      double dy = MAX (MAX (r->y - y, y - (r->y + r->height)), 0);
      double distance = hypot (dx, dy);

      if (distance <= slack && distance < best_distance)
        {
          best = bar;
          best_distance = distance;
        }
    }

  if (best == NULL)
    return FALSE;

  if (category != NULL)
    *category = best->category;
  if (series != NULL)
    *series = best->series;

  return TRUE;
}

/**
 * rpt_chart_hit_test_label:
 * @category: (out) (optional):
 *
 * Finds the category label under a point of the last layout (labels may
 * be shortened: their tooltip gives the whole text).
 *
 * Returns: whether a label is there
 */
gboolean
rpt_chart_hit_test_label (RptChart *self,
                          double    x,
                          double    y,
                          guint    *category)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->layout.valid)
    return FALSE;

  for (guint c = 0; c < self->layout.label_rects->len; c++)
    {
      RptChartRect r = mirror (self, &g_array_index (self->layout.label_rects, RptChartRect, c));

      if (r.width > 0 && x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
        {
          if (category != NULL)
            *category = c;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rpt_chart_get_label_rect:
 * @rect: (out): where the category's label was drawn
 *
 * Returns: %FALSE when the label was not drawn (too many to show them all)
 */
gboolean
rpt_chart_get_label_rect (RptChart     *self,
                          guint         category,
                          RptChartRect *rect)
{
  const RptChartRect *r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!self->layout.valid || category >= self->layout.label_rects->len)
    return FALSE;

  r = &g_array_index (self->layout.label_rects, RptChartRect, category);
  if (r->width <= 0)
    return FALSE;
  *rect = mirror (self, r);
  return TRUE;
}

/**
 * rpt_chart_get_label_lines:
 * @category: a category whose label was drawn
 *
 * Returns: how many lines its label took in the last layout (0 when it was
 *   not drawn)
 */
guint
rpt_chart_get_label_lines (RptChart     *self,
                           PangoContext *context,
                           guint         category)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoLayout) label = NULL;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  if (!self->layout.valid || category >= self->layout.label_rects->len ||
      g_array_index (self->layout.label_rects, RptChartRect, category).width <= 0)
    return 0;

  font = pango_font_description_from_string (self->layout.font);
  label = category_label (self, context, font, category);
  return (guint) pango_layout_get_line_count (label);
}

/**
 * rpt_chart_get_natural_height:
 * @context: the Pango context text is measured with
 * @style: (nullable): the style (only its font matters)
 * @width: the width the chart will have
 *
 * A height at which a horizontal chart gives each category a row tall
 * enough for its label wrapped to the label column (three lines at most),
 * and a vertical one a plot of a good shape.
 *
 * Returns: the height, in the units of @width
 */
double
rpt_chart_get_natural_height (RptChart            *self,
                              PangoContext        *context,
                              const RptChartStyle *style,
                              double               width)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoFontMetrics *metrics;
  double line, em, label_width, height, max_label = 0;
  guint n_bars = 1;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  font = style_font (style);
  metrics = pango_context_get_metrics (context, font, NULL);
  line = (double) (pango_font_metrics_get_ascent (metrics) +
                   pango_font_metrics_get_descent (metrics)) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  em = line / 1.2;

  if (rpt_chart_is_empty (self))
    return 300;

  if (rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL)
    {
      /* Title, legend and axes, a plot of ten lines, and room for labels
       * turned 45° (as long as rpt_chart_layout() lets them be). */
      for (guint c = 0; c < self->categories->len; c++)
        max_label = MAX (max_label, text_width (self, context, font, rpt_chart_get_category_label (self, c)));
      return ceil (MAX (300, line * 19 + MIN (max_label, em * 12) * G_SQRT2 / 2));
    }

  /* Title, legend, axis titles and tick labels. */
  height = line * 9;
  for (guint c = 0; c < self->categories->len; c++)
    max_label = MAX (max_label, text_width (self, context, font, rpt_chart_get_category_label (self, c)));
  label_width = label_column_width (max_label, width);

  /* Side-by-side bars, each with its value beside it, want a line each. */
  if (self->show_values && self->kind == RPT_CHART_STATED_COUNTED)
    n_bars = 2;
  else if (self->show_values && self->kind == RPT_CHART_GROUPED_BARS)
    n_bars = MAX (self->series->len, 1);

  for (guint c = 0; c < self->categories->len; c++)
    {
      const char *text = rpt_chart_get_category_label (self, c);
      int lines = 1;

      if (label_width > 0 && text_width (self, context, font, text) > label_width)
        {
          g_autoptr(PangoLayout) wrapped = make_text (context, font, text);

          pango_layout_set_width (wrapped, (int) (label_width * PANGO_SCALE));
          pango_layout_set_wrap (wrapped, PANGO_WRAP_WORD_CHAR);
          lines = MIN (pango_layout_get_line_count (wrapped), 3);
        }
      /* A row's lines may fill 95% of it (see rpt_chart_layout()). */
      height += MAX (MAX (line * 1.5, n_bars * line + line * 0.4),
                     (lines * line) / 0.9 + (lines > 1 ? em * 0.4 : 0));
    }

  return ceil (height);
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                  */
/* ------------------------------------------------------------------------ */

static void
set_color (cairo_t             *cr,
           const RptChartColor *c,
           double               alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* A crisp line one device pixel wide (two at scale 2 would be too heavy
 * for a grid; one logical pixel for the axis). */
static double
crisp (double v,
       double scale,
       double device_width)
{
  return (floor (v * scale) + device_width / 2) / scale;
}

/* Draws @layout in the box that starts at @x.  Right to left, the drawing
 * is mirrored, but text must not be: the box is mirrored instead. */
static void
show_text (RptChart    *self,
           cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  if (self->layout.rtl)
    {
      double w;

      if (pango_layout_get_width (layout) >= 0)
        w = (double) pango_layout_get_width (layout) / PANGO_SCALE;
      else
        {
          PangoRectangle logical;

          pango_layout_get_pixel_extents (layout, NULL, &logical);
          w = logical.x + logical.width;
        }

      cairo_save (cr);
      cairo_translate (cr, x + w, y);
      cairo_scale (cr, -1, 1);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      return;
    }

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
text_size (PangoLayout *layout,
           double      *width,
           double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

static gboolean
light_text_on (const RptChartColor *fill)
{
  RptChartColor white = { 1, 1, 1, 1 };
  RptChartColor black = { 0, 0, 0, 1 };

  return rpt_chart_color_contrast (fill, &white) >= rpt_chart_color_contrast (fill, &black);
}

static void
draw_value_label (RptChart                   *self,
                  cairo_t                    *cr,
                  PangoContext               *context,
                  const PangoFontDescription *font,
                  const RptChartStyle        *style,
                  const RptChartRect         *bar,
                  double                      value,
                  const RptChartColor        *inside_fill)
{
  Layout *layout = &self->layout;
  gboolean vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;
  g_autofree char *text = rpt_chart_format_value (self, value);
  g_autoptr(PangoLayout) label = text_layout (self, context, font, text, 0);
  double w, h;

  text_size (label, &w, &h);

  if (inside_fill != NULL)
    {
      /* Inside a stack segment, only when it fits with a margin. */
      if (w + layout->em * 0.3 > bar->width || h > bar->height)
        return;
      if (light_text_on (inside_fill))
        cairo_set_source_rgb (cr, 1, 1, 1);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      show_text (self, cr, label, bar->x + (bar->width - w) / 2, bar->y + (bar->height - h) / 2);
      return;
    }

  set_color (cr, &style->foreground, 1);
  if (vertical)
    {
      /* A stack's total has its whole slot; side-by-side bars only their own width. */
      double room = self->kind == RPT_CHART_STACKED_BARS ? layout->slot * 0.95
                                                         : bar->width + layout->em * 0.2;

      if (w > room)
        return;
      show_text (self, cr, label, bar->x + (bar->width - w) / 2, bar->y - h);
    }
  else
    {
      /* The same slack as the category labels get (label_step). */
      double room = self->kind == RPT_CHART_STACKED_BARS ? layout->slot / 0.85 : bar->height + layout->em * 0.3;

      if (h > room)
        return;
      show_text (self, cr, label, bar->x + bar->width + layout->em * 0.3, bar->y + (bar->height - h) / 2);
    }
}

static void
draw_axes (RptChart                   *self,
           cairo_t                    *cr,
           PangoContext               *context,
           const PangoFontDescription *font,
           const RptChartStyle        *style)
{
  Layout *layout = &self->layout;
  const RptChartRect *plot = &layout->plot;
  gboolean vertical = rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL;
  double s = layout->scale;
  double device = MAX (round (s), 1);

  /* Grid lines and tick labels along the value axis. */
  cairo_set_line_width (cr, device / s);
  for (guint i = 0; i < layout->ticks.n_ticks; i++)
    {
      double value = i * layout->ticks.step;
      double f = layout->ticks.max > 0 ? value / layout->ticks.max : 0;
      g_autofree char *text = g_strdup_printf ("%'.*f", layout->ticks.decimals, value);
      g_autoptr(PangoLayout) label = text_layout (self, context, font, text, 0);
      double w, h;

      text_size (label, &w, &h);

      if (vertical)
        {
          double y = crisp (plot->y + plot->height - f * plot->height, s, device);

          if (i > 0)
            {
              set_color (cr, &style->grid, 1);
              cairo_move_to (cr, plot->x, y);
              cairo_line_to (cr, plot->x + plot->width, y);
              cairo_stroke (cr);
            }
          set_color (cr, &style->foreground, 0.7);
          show_text (self, cr, label, plot->x - layout->em * 0.5 - w, y - h / 2);
        }
      else
        {
          double x = crisp (plot->x + f * plot->width, s, device);

          if (i > 0)
            {
              set_color (cr, &style->grid, 1);
              cairo_move_to (cr, x, plot->y);
              cairo_line_to (cr, x, plot->y + plot->height);
              cairo_stroke (cr);
            }
          set_color (cr, &style->foreground, 0.7);
          show_text (self, cr, label, x - w / 2, plot->y + plot->height + layout->em * 0.4);
        }
    }

  /* Category labels. */
  set_color (cr, &style->foreground, 0.85);
  for (guint c = 0; c < self->categories->len; c += layout->label_step)
    {
      g_autoptr(PangoLayout) label = category_label (self, context, font, c);
      const RptChartRect *box = &g_array_index (layout->label_rects, RptChartRect, c);
      double center = (c + 0.5) * layout->slot;
      double w, h;

      text_size (label, &w, &h);
      w = MIN (w, layout->label_limit);

      if (vertical && !layout->rotated)
        show_text (self, cr, label, box->x, box->y);
      else if (vertical)
        {
          /* Rotated 45°, the end of the text just below its bar's middle. */
          cairo_save (cr);
          cairo_translate (cr, plot->x + center, plot->y + plot->height + h * 0.4 + layout->em * 0.2);
          /* No pango_cairo_update_layout(): a rotated matrix in the shared
           * context would reshape every text on the next frame. */
          if (layout->rtl)
            {
              /* Unmirrored, hanging down to the right of the bar. */
              cairo_scale (cr, -1, 1);
              cairo_rotate (cr, G_PI / 4);
              cairo_move_to (cr, 0, -h / 2);
            }
          else
            {
              cairo_rotate (cr, -G_PI / 4);
              cairo_move_to (cr, -w, -h / 2);
            }
          pango_cairo_show_layout (cr, label);
          cairo_restore (cr);
        }
      else
        show_text (self, cr, label, box->x, box->y);
    }

  /* The baseline at 0, on top of everything else in the plot. */
  set_color (cr, &style->foreground, 0.55);
  if (vertical)
    {
      double y = crisp (plot->y + plot->height, s, device);

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  else
    {
      double x = crisp (plot->x, s, device);

      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
    }
  cairo_stroke (cr);

  /* Axis titles. */
  set_color (cr, &style->foreground, 0.7);
  if (self->value_title != NULL && layout->axis_titles)
    {
      g_autoptr(PangoLayout) label = text_layout (self, context, font, self->value_title,
                                                 layout->width - 2 * layout->padding);
      double w, h;

      text_size (label, &w, &h);
      if (vertical)
        show_text (self, cr, label, layout->padding, plot->y - layout->line * 0.6 - layout->em * 0.2 - h);
      else
        {
          PangoRectangle logical;

          pango_layout_get_pixel_extents (label, NULL, &logical);
          show_text (self, cr, label, plot->x + (plot->width - logical.width) / 2,
                     layout->height - layout->padding - h);
        }
    }
  if (self->category_title != NULL && layout->axis_titles)
    {
      g_autoptr(PangoLayout) label = text_layout (self, context, font, self->category_title,
                                                 layout->width - 2 * layout->padding);
      PangoRectangle logical;
      double h;

      pango_layout_get_pixel_extents (label, NULL, &logical);
      text_size (label, NULL, &h);
      if (vertical)
        show_text (self, cr, label, plot->x + (plot->width - logical.width) / 2,
                   layout->height - layout->padding - h);
      else
        show_text (self, cr, label, layout->padding, plot->y - layout->em * 0.3 - layout->em * 0.2 - h);
    }
}

static void
draw_reference_marker (RptChart            *self,
                       cairo_t             *cr,
                       const RptChartStyle *style,
                       guint                category,
                       double               reference)
{
  Layout *layout = &self->layout;
  double start = category * layout->slot + layout->slot * 0.1;
  double end = (category + 1) * layout->slot - layout->slot * 0.1;
  RptChartRect r = place (self, layout, start, end, reference, reference);
  double dashes[] = { 3, 2 };

  /* A dashed tick across the bar at the stated figure. */
  cairo_save (cr);
  set_color (cr, &style->foreground, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_move_to (cr, r.x, r.y);
  cairo_line_to (cr, r.x + r.width, r.y + r.height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
hatch (cairo_t             *cr,
       const RptChartRect  *r,
       const RptChartStyle *style,
       guint                variant)
{
  double step = 5;

  if (variant == 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, 0.6);
  cairo_set_line_width (cr, 1.5);
  for (double d = -r->height; d < r->width + r->height; d += step)
    {
      if (variant & 1)
        {
          cairo_move_to (cr, r->x + d, r->y + r->height);
          cairo_line_to (cr, r->x + d + r->height, r->y);
        }
      if (variant & 2)
        {
          cairo_move_to (cr, r->x + d, r->y);
          cairo_line_to (cr, r->x + d + r->height, r->y + r->height);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
set_line_dash (cairo_t *cr,
               guint    variant)
{
  static const double dashes[4][4] = {
    { 0 }, { 7, 3 }, { 2, 3 }, { 8, 3, 2, 3 },
  };
  static const int n_dashes[4] = { 0, 2, 2, 4 };

  cairo_set_dash (cr, dashes[variant], n_dashes[variant], 0);
}

static void
draw_data (RptChart                   *self,
           cairo_t                    *cr,
           PangoContext               *context,
           const PangoFontDescription *font,
           const RptChartStyle        *style)
{
  Layout *layout = &self->layout;
  gboolean dark = style->dark;

  if (self->kind == RPT_CHART_LINES)
    {
      double width = MAX (2, layout->em * 0.2);

      cairo_set_line_width (cr, width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint s = 0; s < self->series->len; s++)
        {
          RptChartColor color;
          gboolean first = TRUE;

          rpt_chart_get_series_color (self, s, dark, &color);
          set_color (cr, &color, 1);
          set_line_dash (cr, series_variant (self, s));
          for (guint i = 0; i < layout->bars->len; i++)
            {
              const Bar *bar = &g_array_index (layout->bars, Bar, i);
              double x = bar->rect.x + bar->rect.width / 2;
              double y = bar->rect.y + bar->rect.height / 2;

              if (bar->series != s)
                continue;
              if (first)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
              first = FALSE;
            }
          cairo_stroke (cr);
        }
      set_line_dash (cr, 0);

      for (guint i = 0; i < layout->bars->len; i++)
        {
          const Bar *bar = &g_array_index (layout->bars, Bar, i);
          RptChartColor color;

          rpt_chart_get_series_color (self, bar->series, dark, &color);
          cairo_arc (cr, bar->rect.x + bar->rect.width / 2, bar->rect.y + bar->rect.height / 2,
                     bar->rect.width / 2 - 1, 0, 2 * G_PI);
          set_color (cr, &color, 1);
          cairo_fill_preserve (cr);
          /* A ring in the background colour keeps crossing points apart. */
          cairo_set_source_rgb (cr, style->background.red, style->background.green,
                                style->background.blue);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      return;
    }

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const Bar *bar = &g_array_index (layout->bars, Bar, i);
      RptChartColor color;

      rpt_chart_get_series_color (self, bar->series, dark, &color);
      set_color (cr, &color, 1);
      cairo_rectangle (cr, bar->rect.x, bar->rect.y, bar->rect.width, bar->rect.height);
      cairo_fill (cr);
      hatch (cr, &bar->rect, style, series_variant (self, bar->series));

      if (!self->show_values)
        continue;
      if (self->kind == RPT_CHART_STACKED_BARS && self->series->len > 1)
        draw_value_label (self, cr, context, font, style, &bar->rect,
                          rpt_chart_get_value (self, bar->category, bar->series), &color);
      else if (self->kind != RPT_CHART_STACKED_BARS)
        draw_value_label (self, cr, context, font, style, &bar->rect,
                          rpt_chart_get_value (self, bar->category, bar->series), NULL);
    }

  if (self->kind == RPT_CHART_STACKED_BARS && self->show_values)
    {
      /* Totals past the end of each stack. */
      for (guint c = 0; c < self->categories->len; c++)
        {
          double total = rpt_chart_get_category_total (self, c);
          double thickness = MIN (layout->slot * 0.65,
                                  layout->em * (rpt_chart_get_orientation (self) == RPT_CHART_VERTICAL ? 4.5 : 2.2));
          double c0 = c * layout->slot + (layout->slot - thickness) / 2;
          RptChartRect r = place (self, layout, c0, c0 + thickness, 0, total);

          draw_value_label (self, cr, context, font, style, &r, total, NULL);
        }
    }

  if (self->kind != RPT_CHART_STATED_COUNTED)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double reference;

        if (rpt_chart_get_reference (self, c, &reference))
          draw_reference_marker (self, cr, style, c, reference);
      }
}

static void
draw_legend (RptChart                   *self,
             cairo_t                    *cr,
             PangoContext               *context,
             const PangoFontDescription *font,
             const RptChartStyle        *style)
{
  Layout *layout = &self->layout;

  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const LegendItem *item = &g_array_index (layout->legend_items, LegendItem, i);
      g_autoptr(PangoLayout) label = text_layout (self, context, font, rpt_chart_get_series_label (self, item->series),
                                                 item->text_width + 1);
      RptChartColor color;

      if (item->series == RPT_CHART_REFERENCE && self->kind != RPT_CHART_STATED_COUNTED)
        {
          double dashes[] = { 3, 2 };
          double y = item->swatch.y + item->swatch.height / 2;

          cairo_save (cr);
          set_color (cr, &style->foreground, 1);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_move_to (cr, item->swatch.x, y);
          cairo_line_to (cr, item->swatch.x + item->swatch.width, y);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          guint variant = series_variant (self, item->series);

          rpt_chart_get_series_color (self, item->series, style->dark, &color);
          set_color (cr, &color, 1);
          if (self->kind == RPT_CHART_LINES)
            {
              /* A stretch of the line, dashed as it is, through a point. */
              double y = item->swatch.y + item->swatch.height / 2;

              cairo_save (cr);
              cairo_set_line_width (cr, MAX (2, self->layout.em * 0.2));
              set_line_dash (cr, variant);
              cairo_move_to (cr, item->swatch.x, y);
              cairo_line_to (cr, item->swatch.x + item->swatch.width, y);
              cairo_stroke (cr);
              cairo_restore (cr);
              cairo_arc (cr, item->swatch.x + item->swatch.width / 2, y,
                         item->swatch.height * 0.35, 0, 2 * G_PI);
              cairo_fill (cr);
            }
          else
            {
              cairo_rectangle (cr, item->swatch.x, item->swatch.y, item->swatch.width, item->swatch.height);
              cairo_fill (cr);
              hatch (cr, &item->swatch, style, variant);
            }
        }

      set_color (cr, &style->foreground, 0.85);
      show_text (self, cr, label, item->text_x, item->text_y);
    }
}

/* Updating a Pango context always invalidates its layouts, so only do it
 * when the surface's font options or the scale and rotation changed. */
static PangoContext *
update_context (cairo_t *cr)
{
  TextCache *cache = get_text_cache ();
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_font_options (cairo_get_target (cr), options);

  if (cache->context == NULL)
    cache->context = pango_cairo_create_context (cr);
  else if (matrix.xx != cache->matrix.xx || matrix.xy != cache->matrix.xy ||
           matrix.yx != cache->matrix.yx || matrix.yy != cache->matrix.yy ||
           cache->options == NULL ||
           !cairo_font_options_equal (options, cache->options))
    pango_cairo_update_context (cr, cache->context);

  cache->matrix = matrix;
  g_clear_pointer (&cache->options, cairo_font_options_destroy);
  cache->options = options;

  return cache->context;
}

/**
 * rpt_chart_render:
 * @cr: where to draw, in user units with (0, 0) at the chart's top left
 * @style: (nullable): colours and font; light by default
 *
 * Draws the whole chart — title, legend, axes with ticks, bars or lines,
 * value labels — or "No data" when there is nothing to show.
 */
void
rpt_chart_render (RptChart            *self,
                  cairo_t             *cr,
                  const RptChartStyle *style,
                  double               width,
                  double               height)
{
  RptChartStyle light;
  PangoContext *context;
  g_autoptr(PangoFontDescription) font = NULL;
  Layout *layout;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (style == NULL)
    {
      rpt_chart_style_init_light (&light);
      style = &light;
    }

  context = update_context (cr);
  font = style_font (style);
  rpt_chart_layout (self, context, style, width, height);
  layout = &self->layout;

  cairo_save (cr);

  if (style->background.alpha > 0)
    {
      set_color (cr, &style->background, 1);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  if (layout->rtl)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  if (self->title[0] != '\0' && layout->title.height > 0)
    {
      g_autoptr(PangoFontDescription) bold = title_font (font);
      g_autoptr(PangoLayout) title = make_text (context, bold, self->title);

      int natural;

      /* A width only when it must be ellipsized: a box as wide as the chart
       * would keep a short title at the left in a right-to-left chart. */
      pango_layout_get_size (title, &natural, NULL);
      if (natural > MAX (layout->title.width, 1) * PANGO_SCALE)
        {
          pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
          pango_layout_set_width (title, (int) (MAX (layout->title.width, 1) * PANGO_SCALE));
        }
      set_color (cr, &style->foreground, 1);
      show_text (self, cr, title, layout->title.x, layout->title.y);
    }

  if (rpt_chart_is_empty (self))
    {
      g_autoptr(PangoLayout) message = text_layout (self, context, font, _("No data"), 0);
      double w, h;

      text_size (message, &w, &h);
      set_color (cr, &style->foreground, 0.55);
      show_text (self, cr, message,
                 layout->plot.x + (layout->plot.width - w) / 2,
                 layout->plot.y + (layout->plot.height - h) / 2);
    }
  else
    {
      draw_legend (self, cr, context, font, style);
      draw_axes (self, cr, context, font, style);
      draw_data (self, cr, context, font, style);
    }

  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  WriteClosure *closure = data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, bytes, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/**
 * rpt_chart_save:
 * @path: the file to write; replaced only once complete
 * @format: PNG, SVG or PDF
 * @width: the width in points (SVG, PDF) or logical pixels (PNG, times
 *   @style's scale)
 * @style: (nullable): colours; the print style by default
 * @error: where an error naming @path goes
 *
 * Writes the chart as a file, as "Save chart as" does.  The PDF carries the
 * title as its title and rpt_chart_describe() as its subject.
 *
 * Returns: %TRUE on success
 */
gboolean
rpt_chart_save (RptChart             *self,
                const char           *path,
                RptChartFormat        format,
                double                width,
                double                height,
                const RptChartStyle  *style,
                GError              **error)
{
  g_autoptr(RptAtomicFile) file = NULL;
  RptChartStyle print;
  WriteClosure closure = { NULL, NULL };
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;
  double scale = 1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (style == NULL)
    {
      rpt_chart_style_init_print (&print);
      style = &print;
    }

  file = rpt_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  closure.stream = rpt_atomic_file_stream (file);

  switch (format)
    {
    case RPT_CHART_FORMAT_PNG:
      scale = style->scale > 0 ? style->scale : 1;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;

    case RPT_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_stream, &closure, width, height);
      break;

    case RPT_CHART_FORMAT_PDF:
      {
        g_autofree char *description = rpt_chart_describe (self);

        surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure, width, height);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Rapporteur");
      }
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  {
    /* Vector output has no pixel grid to snap to. */
    RptChartStyle copy = *style;

    copy.scale = format == RPT_CHART_FORMAT_PNG ? scale : 1;
    rpt_chart_render (self, cr, &copy, width, height);
  }
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == RPT_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, &closure);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

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
                   _("Could not draw the chart into “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  return rpt_atomic_file_commit (file, error);
}
