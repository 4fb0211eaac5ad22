/* rpt-chart.h
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* One chart renderer for every surface (STYLE.md, Charts): the widget, the
 * PDF export and "Save chart as" all draw an RptChart on a cairo_t with
 * rpt_chart_render().  The chart holds plain data (categories × series of
 * numbers), so the model layer feeds it and the renderer knows nothing of
 * the library or of GTK.
 *
 * RptChart is a reference-counted boxed type (rpt_chart_ref() /
 * rpt_chart_unref(), g_autoptr works).  Use one chart from one thread at a
 * time (build it in a worker, hand it to the UI, or give the PDF export its
 * own): rendering updates the layout cached inside the chart, which hit
 * testing and focus rectangles then use, so what is hit is what was drawn.
 * Shaped texts are kept per thread and shared between charts. */

#define RPT_TYPE_CHART (rpt_chart_get_type ())

typedef struct _RptChart RptChart;

typedef enum
{
  RPT_CHART_STACKED_BARS,   /* one bar per category, series stacked */
  RPT_CHART_GROUPED_BARS,   /* one bar per category × series, side by side */
  RPT_CHART_LINES,          /* one line per series across the categories */
  RPT_CHART_STATED_COUNTED, /* per category: the stated figure (reference)
                             * beside the counted one (series 0) */
} RptChartKind;

typedef enum
{
  RPT_CHART_VERTICAL,       /* categories along x, values up */
  RPT_CHART_HORIZONTAL,     /* categories down the y axis, values to the right */
} RptChartOrientation;

typedef enum
{
  RPT_CHART_FORMAT_PNG,
  RPT_CHART_FORMAT_SVG,
  RPT_CHART_FORMAT_PDF,
} RptChartFormat;

/* The series index of the per-category reference ("stated") value, as
 * returned by hit testing and taken by rpt_chart_get_bar_rect(). */
#define RPT_CHART_REFERENCE G_MAXUINT

typedef struct
{
  double red, green, blue, alpha;
} RptChartColor;

typedef struct
{
  double x, y, width, height;
} RptChartRect;

/* How to draw: the widget fills this from the theme, the PDF with print
 * colours.  @background with alpha 0 leaves the surface unpainted. */
typedef struct
{
  RptChartColor               foreground;
  RptChartColor               background;
  RptChartColor               grid;
  const PangoFontDescription *font;   /* nullable: "Sans 10" */
  double                      scale;  /* device pixels per unit, for crisp lines */
  gboolean                    dark;   /* pick the palette tuned for dark backgrounds */
  gboolean                    rtl;    /* mirror: categories and legend from the right */
} RptChartStyle;

/* Ticks along the value axis: @n_ticks values 0, step, 2 × step, ... max. */
typedef struct
{
  double step;
  double max;
  guint  n_ticks;
  guint  decimals;
} RptChartTicks;

GType             rpt_chart_get_type            (void) G_GNUC_CONST;

RptChart         *rpt_chart_new                 (RptChartKind         kind,
                                                 const char          *title);
RptChart         *rpt_chart_ref                 (RptChart            *self);
void              rpt_chart_unref               (RptChart            *self);

RptChartKind      rpt_chart_get_kind            (RptChart            *self);
const char       *rpt_chart_get_title           (RptChart            *self);
void              rpt_chart_set_orientation     (RptChart            *self,
                                                 RptChartOrientation  orientation);
RptChartOrientation rpt_chart_get_orientation   (RptChart            *self);
void              rpt_chart_set_axis_titles     (RptChart            *self,
                                                 const char          *category_title,
                                                 const char          *value_title);
void              rpt_chart_set_integer         (RptChart            *self,
                                                 gboolean             integer);
void              rpt_chart_set_show_values     (RptChart            *self,
                                                 gboolean             show_values);
gboolean          rpt_chart_get_show_values     (RptChart            *self);
void              rpt_chart_set_reference_label (RptChart            *self,
                                                 const char          *label,
                                                 const char          *key);

guint             rpt_chart_add_category        (RptChart            *self,
                                                 const char          *label,
                                                 const char          *key);
guint             rpt_chart_add_series          (RptChart            *self,
                                                 const char          *label,
                                                 const char          *key);
void              rpt_chart_set_value           (RptChart            *self,
                                                 guint                category,
                                                 guint                series,
                                                 double               value);
void              rpt_chart_set_reference       (RptChart            *self,
                                                 guint                category,
                                                 double               value);
void              rpt_chart_set_category_description (RptChart       *self,
                                                 guint                category,
                                                 const char          *description);
const char       *rpt_chart_get_category_description (RptChart       *self,
                                                 guint                category);

guint             rpt_chart_get_n_categories    (RptChart            *self);
guint             rpt_chart_get_n_series        (RptChart            *self);
const char       *rpt_chart_get_category_label  (RptChart            *self,
                                                 guint                category);
const char       *rpt_chart_get_category_key    (RptChart            *self,
                                                 guint                category);
const char       *rpt_chart_get_series_label    (RptChart            *self,
                                                 guint                series);
const char       *rpt_chart_get_series_key      (RptChart            *self,
                                                 guint                series);
double            rpt_chart_get_value           (RptChart            *self,
                                                 guint                category,
                                                 guint                series);
gboolean          rpt_chart_get_reference       (RptChart            *self,
                                                 guint                category,
                                                 double              *value);
double            rpt_chart_get_category_total  (RptChart            *self,
                                                 guint                category);
gboolean          rpt_chart_is_empty            (RptChart            *self);

char             *rpt_chart_format_value        (RptChart            *self,
                                                 double               value);
char             *rpt_chart_describe            (RptChart            *self);
char             *rpt_chart_describe_bar        (RptChart            *self,
                                                 guint                category,
                                                 guint                series);
char             *rpt_chart_describe_category   (RptChart            *self,
                                                 guint                category);

/* Layout, drawing, hit testing */
void              rpt_chart_layout              (RptChart            *self,
                                                 PangoContext        *context,
                                                 const RptChartStyle *style,
                                                 double               width,
                                                 double               height);
void              rpt_chart_render              (RptChart            *self,
                                                 cairo_t             *cr,
                                                 const RptChartStyle *style,
                                                 double               width,
                                                 double               height);
gboolean          rpt_chart_get_bar_rect        (RptChart            *self,
                                                 guint                category,
                                                 guint                series,
                                                 RptChartRect        *rect);
gboolean          rpt_chart_get_plot_rect       (RptChart            *self,
                                                 RptChartRect        *rect);
gboolean          rpt_chart_hit_test            (RptChart            *self,
                                                 double               x,
                                                 double               y,
                                                 guint               *category,
                                                 guint               *series);
gboolean          rpt_chart_hit_test_label      (RptChart            *self,
                                                 double               x,
                                                 double               y,
                                                 guint               *category);
gboolean          rpt_chart_get_label_rect      (RptChart            *self,
                                                 guint                category,
                                                 RptChartRect        *rect);
guint             rpt_chart_get_label_lines     (RptChart            *self,
                                                 PangoContext        *context,
                                                 guint                category);
double            rpt_chart_get_natural_height  (RptChart            *self,
                                                 PangoContext        *context,
                                                 const RptChartStyle *style,
                                                 double               width);
guint             rpt_chart_get_n_bars          (RptChart            *self);
gboolean          rpt_chart_get_bar             (RptChart            *self,
                                                 guint                index,
                                                 guint               *category,
                                                 guint               *series);

gboolean          rpt_chart_save                (RptChart            *self,
                                                 const char          *path,
                                                 RptChartFormat       format,
                                                 double               width,
                                                 double               height,
                                                 const RptChartStyle *style,
                                                 GError             **error);

/* Style and palette */
void              rpt_chart_style_init_light    (RptChartStyle       *style);
void              rpt_chart_style_init_dark     (RptChartStyle       *style);
void              rpt_chart_style_init_print    (RptChartStyle       *style);
guint             rpt_chart_palette_get_size    (void);
void              rpt_chart_palette_get_color   (guint                index,
                                                 gboolean             dark,
                                                 RptChartColor       *color);
void              rpt_chart_get_series_color    (RptChart            *self,
                                                 guint                series,
                                                 gboolean             dark,
                                                 RptChartColor       *color);
double            rpt_chart_color_contrast      (const RptChartColor *a,
                                                 const RptChartColor *b);

/* Scales (exposed for the tests) */
void              rpt_chart_compute_ticks       (double               max_value,
                                                 guint                max_ticks,
                                                 gboolean             integer,
                                                 RptChartTicks       *ticks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RptChart, rpt_chart_unref)

G_END_DECLS
