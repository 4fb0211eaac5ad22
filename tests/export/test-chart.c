/* test-chart.c: the chart renderer — scales and ticks, layout, drawing
 * into an image surface, palette contrast, text for screen readers, and
 * saving as PNG, SVG and PDF.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "rpt-chart.h"
#include "rpt-test-util.h"

/* The study-group approvals of a small report, by status. */
static const char *groups[] = { "SG11", "SG12", "SG13", "SG17", "SG20" };
static const char *statuses[] = { "approved", "consented", "determined" };
static const char *status_labels[] = { "Approved", "Consented", "Determined" };
static const double sample[5][3] = {
  { 3, 1, 0 },
  { 1, 0, 0 },
  { 6, 2, 1 },
  { 4, 0, 3 },
  { 0, 0, 0 },
};

static RptChart *
sample_chart (RptChartKind kind)
{
  RptChart *chart = rpt_chart_new (kind, "Approvals per study group");

  rpt_chart_set_axis_titles (chart, "Study group", "Texts");
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    rpt_chart_add_series (chart, status_labels[s], statuses[s]);
  for (guint c = 0; c < G_N_ELEMENTS (groups); c++)
    {
      g_autofree char *key = g_strdup_printf ("ITU-T %s", groups[c]);

      rpt_chart_add_category (chart, groups[c], key);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        rpt_chart_set_value (chart, c, s, sample[c][s]);
    }

  return chart;
}

static RptChart *
stated_counted_chart (void)
{
  RptChart *chart = rpt_chart_new (RPT_CHART_STATED_COUNTED, "Stated and counted");

  rpt_chart_add_series (chart, "Counted", "counted");
  rpt_chart_add_category (chart, "ITU-T SGs 11, 13 and 17", "stated-1");
  rpt_chart_add_category (chart, "ITU-T Recommendations", "stated-2");
  rpt_chart_add_category (chart, "IPv6", "stated-3");
  rpt_chart_set_value (chart, 0, 0, 19);
  rpt_chart_set_value (chart, 1, 0, 41);
  rpt_chart_set_value (chart, 2, 0, 7);
  rpt_chart_set_reference (chart, 0, 22);
  rpt_chart_set_reference (chart, 1, 330);

  return chart;
}

static cairo_surface_t *
render (RptChart            *chart,
        const RptChartStyle *style,
        int                  width,
        int                  height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale = style != NULL && style->scale > 0 ? style->scale : 1;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale), (int) (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  rpt_chart_render (chart, cr, style, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  return *(guint32 *) (data + y * stride + x * 4);
}

static void
assert_pixel_is (cairo_surface_t     *surface,
                 int                  x,
                 int                  y,
                 const RptChartColor *color)
{
  guint32 p = pixel_at (surface, x, y);
  int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

  if (abs (r - (int) round (color->red * 255)) > 2 ||
      abs (g - (int) round (color->green * 255)) > 2 ||
      abs (b - (int) round (color->blue * 255)) > 2)
    g_error ("pixel %d,%d is #%02x%02x%02x, expected #%02x%02x%02x", x, y, r, g, b,
             (int) round (color->red * 255), (int) round (color->green * 255),
             (int) round (color->blue * 255));
}

static gboolean
rect_inside (const RptChartRect *inner,
             const RptChartRect *outer)
{
  return inner->x >= outer->x - 0.01 &&
         inner->y >= outer->y - 0.01 &&
         inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y + inner->height <= outer->y + outer->height + 0.01;
}

/* ------------------------------------------------------------------------ */

static void
assert_ticks (double   max,
              guint    max_ticks,
              gboolean integer,
              double   step,
              double   axis_max,
              guint    decimals)
{
  RptChartTicks ticks;

  rpt_chart_compute_ticks (max, max_ticks, integer, &ticks);
  g_assert_cmpfloat_with_epsilon (ticks.step, step, step * 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.max, axis_max, step * 1e-9);
  g_assert_cmpuint (ticks.n_ticks, ==, (guint) round (axis_max / step) + 1);
  g_assert_cmpuint (ticks.decimals, ==, decimals);
}

static void
test_ticks_examples (void)
{
  assert_ticks (7, 5, TRUE, 2, 8, 0);
  assert_ticks (22, 5, TRUE, 5, 25, 0);
  assert_ticks (330, 5, TRUE, 100, 400, 0);
  assert_ticks (330, 8, TRUE, 50, 350, 0);
  assert_ticks (10, 5, TRUE, 2, 10, 0);
  assert_ticks (1000000, 4, TRUE, 500000, 1000000, 0);
  /* Counts never get half ticks, however tall the axis. */
  assert_ticks (3, 10, TRUE, 1, 3, 0);
  assert_ticks (1, 8, TRUE, 1, 1, 0);
  /* An all-zero chart still has a 0..1 axis. */
  assert_ticks (0, 5, TRUE, 1, 1, 0);
  /* Fractions are allowed when the values are not counts. */
  assert_ticks (0.37, 5, FALSE, 0.1, 0.4, 1);
  assert_ticks (0.037, 4, FALSE, 0.01, 0.04, 2);
  assert_ticks (2.5, 5, FALSE, 0.5, 2.5, 1);
}

static void
test_ticks_properties (void)
{
  for (guint i = 1; i < 2000; i++)
    for (guint max_ticks = 1; max_ticks <= 12; max_ticks++)
      for (int integer = 0; integer < 2; integer++)
        {
          double max = i * (integer ? 1 : 0.013) * (i % 7 == 0 ? 1000 : 1);
          RptChartTicks ticks;
          double mantissa;

          rpt_chart_compute_ticks (max, max_ticks, integer, &ticks);
          mantissa = ticks.step / pow (10, floor (log10 (ticks.step) + 1e-9));

          /* 1, 2 or 5 × 10ⁿ */
          g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                         fabs (mantissa - 5) < 1e-6);
          g_assert_cmpfloat (ticks.max, >=, max * (1 - 1e-9));
          g_assert_cmpfloat (ticks.max - ticks.step, <, max);
          if (integer)
            {
              g_assert_cmpfloat (ticks.step, >=, 1);
              g_assert_cmpfloat (ticks.step, ==, round (ticks.step));
            }
          else
            g_assert_cmpuint (ticks.n_ticks - 1, <=, max_ticks);
          if (integer && ticks.step > 1)
            g_assert_cmpuint (ticks.n_ticks - 1, <=, max_ticks);
        }
}

static void
test_model (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  g_autoptr(RptChart) chart2 = NULL;
  double reference;
  guint extra;

  g_assert_cmpuint (rpt_chart_get_n_categories (chart), ==, 5);
  g_assert_cmpuint (rpt_chart_get_n_series (chart), ==, 3);
  g_assert_cmpstr (rpt_chart_get_category_label (chart, 3), ==, "SG17");
  g_assert_cmpstr (rpt_chart_get_category_key (chart, 3), ==, "ITU-T SG17");
  g_assert_cmpstr (rpt_chart_get_series_key (chart, 1), ==, "consented");
  g_assert_cmpstr (rpt_chart_get_series_key (chart, RPT_CHART_REFERENCE), ==, "stated");
  g_assert_cmpfloat (rpt_chart_get_value (chart, 2, 0), ==, 6);
  g_assert_cmpfloat (rpt_chart_get_category_total (chart, 2), ==, 9);
  g_assert_false (rpt_chart_get_reference (chart, 2, &reference));
  g_assert_true (isnan (reference));
  g_assert_false (rpt_chart_is_empty (chart));

  /* A series added later starts at 0 and keeps the others' values. */
  extra = rpt_chart_add_series (chart, "Agreed", "agreed");
  g_assert_cmpuint (extra, ==, 3);
  g_assert_cmpfloat (rpt_chart_get_value (chart, 2, 0), ==, 6);
  g_assert_cmpfloat (rpt_chart_get_value (chart, 3, 2), ==, 3);
  g_assert_cmpfloat (rpt_chart_get_value (chart, 3, extra), ==, 0);

  /* Counts cannot be negative. */
  rpt_chart_set_value (chart, 0, 0, -4);
  g_assert_cmpfloat (rpt_chart_get_value (chart, 0, 0), ==, 0);
  rpt_chart_set_reference (chart, 1, 22);
  g_assert_true (rpt_chart_get_reference (chart, 1, &reference));
  g_assert_cmpfloat (reference, ==, 22);

  /* A key defaults to the label. */
  chart2 = rpt_chart_new (RPT_CHART_GROUPED_BARS, NULL);
  g_assert_true (rpt_chart_is_empty (chart2));
  rpt_chart_add_category (chart2, "Y", NULL);
  g_assert_cmpstr (rpt_chart_get_category_key (chart2, 0), ==, "Y");
  g_assert_true (rpt_chart_is_empty (chart2));
  rpt_chart_add_series (chart2, "Count", NULL);
  g_assert_false (rpt_chart_is_empty (chart2));
  g_assert_cmpstr (rpt_chart_get_title (chart2), ==, "");

  g_assert_true (g_type_is_a (RPT_TYPE_CHART, G_TYPE_BOXED));

  /* Counts print whole; other values with at most two decimals. */
  {
    g_autofree char *a = rpt_chart_format_value (chart2, 12);
    g_autofree char *b = NULL, *c = NULL, *d = NULL;

    g_assert_cmpstr (a, ==, "12");
    rpt_chart_set_integer (chart2, FALSE);
    b = rpt_chart_format_value (chart2, 150.5);
    c = rpt_chart_format_value (chart2, 0.25);
    d = rpt_chart_format_value (chart2, 3.0);
    g_assert_cmpstr (b, ==, "150.5");
    g_assert_cmpstr (c, ==, "0.25");
    g_assert_cmpstr (d, ==, "3");
  }
}

static void
test_layout_stacked_vertical (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  cairo_surface_t *surface;
  RptChartRect plot, a, b;
  double unit = 0, previous_right = -1;

  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 0);
  g_assert_false (rpt_chart_get_plot_rect (chart, &plot));

  surface = render (chart, NULL, 600, 400);
  g_assert_true (rpt_chart_get_plot_rect (chart, &plot));
  g_assert_cmpfloat (plot.width, >, 300);
  g_assert_cmpfloat (plot.height, >, 200);

  /* One bar per non-zero segment: 2 + 1 + 3 + 2 + 0. */
  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 8);

  for (guint c = 0; c < G_N_ELEMENTS (groups); c++)
    {
      double top = plot.y + plot.height;
      double x = -1;

      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        {
          RptChartRect r;
          gboolean has = rpt_chart_get_bar_rect (chart, c, s, &r);

          g_assert_cmpint (has, ==, sample[c][s] > 0);
          if (!has)
            continue;

          g_assert_true (rect_inside (&r, &plot));
          /* Stacked: the same column, each segment on top of the last. */
          if (x >= 0)
            g_assert_cmpfloat (r.x, ==, x);
          x = r.x;
          g_assert_cmpfloat (r.y + r.height, <=, top + 0.01);
          g_assert_cmpfloat (r.y + r.height, >=, top - 1.01);
          top = r.y;

          /* Heights proportional to the values, give or take the gap and a pixel. */
          if (unit == 0)
            unit = (r.height + 1) / sample[c][s];
          g_assert_cmpfloat (fabs ((r.height + 1) - unit * sample[c][s]), <=, 2);
        }

      /* Columns left to right, apart. */
      if (x >= 0)
        {
          RptChartRect r;

          g_assert_cmpfloat (x, >, previous_right);
          for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
            if (rpt_chart_get_bar_rect (chart, c, s, &r))
              previous_right = r.x + r.width;
        }
    }

  /* Same width for every bar. */
  g_assert_true (rpt_chart_get_bar_rect (chart, 0, 0, &a));
  g_assert_true (rpt_chart_get_bar_rect (chart, 3, 2, &b));
  g_assert_cmpfloat (fabs (a.width - b.width), <=, 1);

  cairo_surface_destroy (surface);
}

static void
test_layout_horizontal (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_GROUPED_BARS);
  cairo_surface_t *surface;
  RptChartRect plot, r0, r1;

  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  surface = render (chart, NULL, 500, 500);
  g_assert_true (rpt_chart_get_plot_rect (chart, &plot));

  /* Grouped bars: every category × series is a bar, zeros included. */
  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 15);

  for (guint c = 0; c + 1 < G_N_ELEMENTS (groups); c++)
    {
      g_assert_true (rpt_chart_get_bar_rect (chart, c, 0, &r0));
      g_assert_true (rpt_chart_get_bar_rect (chart, c + 1, 0, &r1));
      /* Categories run down the page; bars start at the axis. */
      g_assert_cmpfloat (r1.y, >, r0.y + r0.height);
      g_assert_cmpfloat (r0.x, ==, plot.x);
      g_assert_true (rect_inside (&r0, &plot));
    }

  /* SG13 approved 6, SG11 approved 3: twice as long. */
  g_assert_true (rpt_chart_get_bar_rect (chart, 2, 0, &r0));
  g_assert_true (rpt_chart_get_bar_rect (chart, 0, 0, &r1));
  g_assert_cmpfloat (fabs (r0.width - 2 * r1.width), <=, 2);

  cairo_surface_destroy (surface);
}

static void
test_layout_hit_test (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  cairo_surface_t *surface = render (chart, NULL, 600, 400);
  guint category, series;

  for (guint i = 0; i < rpt_chart_get_n_bars (chart); i++)
    {
      guint c, s;
      RptChartRect r;

      g_assert_true (rpt_chart_get_bar (chart, i, &c, &s));
      g_assert_true (rpt_chart_get_bar_rect (chart, c, s, &r));
      g_assert_true (rpt_chart_hit_test (chart, r.x + r.width / 2, r.y + r.height / 2, &category, &series));
      g_assert_cmpuint (category, ==, c);
      g_assert_cmpuint (series, ==, s);
    }

  g_assert_false (rpt_chart_get_bar (chart, rpt_chart_get_n_bars (chart), NULL, NULL));
  g_assert_false (rpt_chart_hit_test (chart, 1, 1, NULL, NULL));
  g_assert_false (rpt_chart_hit_test (chart, 599, 399, NULL, NULL));

  cairo_surface_destroy (surface);
}

static void
test_layout_stated_counted (void)
{
  g_autoptr(RptChart) chart = stated_counted_chart ();
  cairo_surface_t *surface = render (chart, NULL, 600, 400);
  RptChartRect stated, counted;
  guint c, s;

  /* Two bars where a figure is stated, one where none is. */
  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 5);
  g_assert_true (rpt_chart_get_bar_rect (chart, 1, RPT_CHART_REFERENCE, &stated));
  g_assert_true (rpt_chart_get_bar_rect (chart, 1, 0, &counted));
  g_assert_false (rpt_chart_get_bar_rect (chart, 2, RPT_CHART_REFERENCE, &counted));
  g_assert_true (rpt_chart_get_bar_rect (chart, 1, 0, &counted));
  g_assert_cmpfloat (stated.x + stated.width, <=, counted.x);
  g_assert_cmpfloat (fabs (stated.height / counted.height - 330. / 41.), <, 0.3);

  g_assert_true (rpt_chart_hit_test (chart, stated.x + stated.width / 2, stated.y + stated.height / 2, &c, &s));
  g_assert_cmpuint (c, ==, 1);
  g_assert_cmpuint (s, ==, RPT_CHART_REFERENCE);
  g_assert_cmpstr (rpt_chart_get_series_key (chart, s), ==, "stated");

  cairo_surface_destroy (surface);
}

static void
test_layout_many_long_labels (void)
{
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Fifty categories with long names");
  cairo_surface_t *surface;
  RptChartRect plot, r;

  rpt_chart_add_series (chart, "Approved", "approved");
  for (guint c = 0; c < 50; c++)
    {
      g_autofree char *label = g_strdup_printf ("A study group with a long name %u", c);

      rpt_chart_add_category (chart, label, NULL);
      rpt_chart_set_value (chart, c, 0, c % 9 + 1);
    }

  for (int width = 200; width <= 1200; width += 250)
    {
      surface = render (chart, NULL, width, 400);
      g_assert_true (rpt_chart_get_plot_rect (chart, &plot));
      /* Rotated, ellipsized labels leave the bars most of the height. */
      g_assert_cmpfloat (plot.height, >, 150);
      g_assert_cmpfloat (plot.x + plot.width, <=, width);
      g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 50);
      for (guint c = 0; c < 50; c++)
        {
          g_assert_true (rpt_chart_get_bar_rect (chart, c, 0, &r));
          g_assert_true (rect_inside (&r, &plot));
          g_assert_cmpfloat (r.width, >, 0);
        }
      cairo_surface_destroy (surface);
    }
}

static void
test_layout_small (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  int sizes[][2] = { { 320, 200 }, { 240, 150 }, { 200, 120 } };

  /* A study group's page shows a small chart: the legend and axis titles
   * give way, the plot stays inside and keeps a useful height. */
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render (chart, NULL, sizes[i][0], sizes[i][1]);
      RptChartRect plot, r;

      g_assert_true (rpt_chart_get_plot_rect (chart, &plot));
      g_assert_cmpfloat (plot.y, >=, 0);
      g_assert_cmpfloat (plot.y + plot.height, <=, sizes[i][1]);
      g_assert_cmpfloat (plot.x + plot.width, <=, sizes[i][0]);
      g_assert_cmpfloat (plot.height, >=, sizes[i][1] * 0.3);
      for (guint b = 0; b < rpt_chart_get_n_bars (chart); b++)
        {
          guint c, s;

          rpt_chart_get_bar (chart, b, &c, &s);
          rpt_chart_get_bar_rect (chart, c, s, &r);
          g_assert_true (rect_inside (&r, &plot));
        }
      cairo_surface_destroy (surface);
    }
}

static void
test_layout_lines (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_LINES);
  cairo_surface_t *surface = render (chart, NULL, 600, 400);
  RptChartRect a, b;
  guint c, s;

  /* A point per value, zeros included. */
  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 15);
  g_assert_true (rpt_chart_get_bar_rect (chart, 2, 0, &a));
  g_assert_true (rpt_chart_get_bar_rect (chart, 3, 0, &b));
  g_assert_cmpfloat (a.y, <, b.y);
  g_assert_true (rpt_chart_hit_test (chart, a.x + a.width / 2 + 2, a.y + a.height / 2, &c, &s));
  g_assert_cmpuint (c, ==, 2);
  g_assert_cmpuint (s, ==, 0);

  cairo_surface_destroy (surface);
}

static guint
count_ink (cairo_surface_t *surface,
           guint32          background)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixel_at (surface, x, y) != background)
        n++;

  return n;
}

static void
check_bar_pixels (gboolean dark,
                  double   scale)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  RptChartStyle style;
  cairo_surface_t *surface;
  guint32 background;

  if (dark)
    rpt_chart_style_init_dark (&style);
  else
    rpt_chart_style_init_light (&style);
  style.scale = scale;

  surface = render (chart, &style, 600, 400);
  background = pixel_at (surface, 1, 1);
  g_assert_cmphex (background & 0xffffff, ==, dark ? 0x1e1e1e : 0xffffff);
  g_assert_cmpuint (count_ink (surface, background), >, 600 * 400 * scale * scale / 20);

  for (guint i = 0; i < rpt_chart_get_n_bars (chart); i++)
    {
      RptChartColor color;
      RptChartRect r;
      guint c, s;

      rpt_chart_get_bar (chart, i, &c, &s);
      rpt_chart_get_bar_rect (chart, c, s, &r);
      rpt_chart_get_series_color (chart, s, dark, &color);
      if (r.width < 4 || r.height < 4)
        continue;

      /* Near the bottom-left corner, clear of the centred value label. */
      assert_pixel_is (surface, (int) ((r.x + 1.5) * scale), (int) ((r.y + r.height - 1.5) * scale), &color);
      assert_pixel_is (surface, (int) ((r.x + r.width - 1.5) * scale), (int) ((r.y + 1.5) * scale), &color);
    }

  /* Nothing but background left of the plot's bars, above the labels. */
  {
    RptChartRect plot;

    rpt_chart_get_plot_rect (chart, &plot);
    g_assert_cmphex (pixel_at (surface, (int) ((plot.x + 2) * scale), (int) ((plot.y + plot.height / 2 + 3) * scale)), ==, background);
  }

  cairo_surface_destroy (surface);
}

static void
test_render_light (void)
{
  check_bar_pixels (FALSE, 1);
}

static void
test_render_dark (void)
{
  check_bar_pixels (TRUE, 1);
}

static void
test_render_hidpi (void)
{
  check_bar_pixels (FALSE, 2);
}

static void
test_render_rtl (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  cairo_surface_t *surface;
  RptChartStyle style;
  RptChartRect first, second, plot;
  RptChartColor color;
  guint c, s;

  rpt_chart_style_init_light (&style);
  style.rtl = TRUE;
  surface = render (chart, &style, 600, 400);

  /* Mirrored: the first study group on the right, the value axis too. */
  g_assert_true (rpt_chart_get_bar_rect (chart, 0, 0, &first));
  g_assert_true (rpt_chart_get_bar_rect (chart, 1, 0, &second));
  g_assert_cmpfloat (first.x, >, second.x + second.width);
  g_assert_true (rpt_chart_get_plot_rect (chart, &plot));
  g_assert_cmpfloat (first.x + first.width, <=, plot.x + plot.width + 0.01);
  g_assert_cmpfloat (plot.x + plot.width, <, 600 - 20);

  /* What is hit and what is drawn are the mirrored rectangles. */
  g_assert_true (rpt_chart_hit_test (chart, first.x + first.width / 2, first.y + first.height / 2, &c, &s));
  g_assert_cmpuint (c, ==, 0);
  g_assert_cmpuint (s, ==, 0);
  rpt_chart_get_series_color (chart, 0, FALSE, &color);
  assert_pixel_is (surface, (int) (first.x + 1.5), (int) (first.y + first.height - 1.5), &color);

  cairo_surface_destroy (surface);
}

static void
test_render_empty (void)
{
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Nothing here");
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  RptChartStyle style;
  guint ink = 0;

  rpt_chart_style_init_light (&style);
  surface = render (chart, &style, 400, 300);
  g_assert_cmpuint (rpt_chart_get_n_bars (chart), ==, 0);

  /* The "No data" message sits in the middle. */
  for (int y = 120; y < 200; y++)
    for (int x = 100; x < 300; x++)
      if ((pixel_at (surface, x, y) & 0xffffff) != 0xffffff)
        ink++;
  g_assert_cmpuint (ink, >, 20);

  text = rpt_chart_describe (chart);
  g_assert_cmpstr (text, ==, "Nothing here. No data.");

  cairo_surface_destroy (surface);
}

static void
test_palette_contrast (void)
{
  RptChartColor white = { 1, 1, 1, 1 };
  RptChartColor black = { 0, 0, 0, 1 };
  RptChartColor dark_view = { 0x1e / 255., 0x1e / 255., 0x1e / 255., 1 };
  RptChartColor dark_window = { 0x24 / 255., 0x24 / 255., 0x24 / 255., 1 };
  RptChartColor light_window = { 0xfa / 255., 0xfa / 255., 0xfa / 255., 1 };
  guint n = rpt_chart_palette_get_size ();

  g_assert_cmpfloat_with_epsilon (rpt_chart_color_contrast (&white, &black), 21, 0.01);
  g_assert_cmpuint (n, >=, 6);

  for (guint i = 0; i < n; i++)
    {
      RptChartColor light, dark;

      rpt_chart_palette_get_color (i, FALSE, &light);
      rpt_chart_palette_get_color (i, TRUE, &dark);

      /* WCAG 1.4.11: graphics need 3:1 against what surrounds them. */
      g_assert_cmpfloat (rpt_chart_color_contrast (&light, &white), >=, 3);
      g_assert_cmpfloat (rpt_chart_color_contrast (&light, &light_window), >=, 3);
      g_assert_cmpfloat (rpt_chart_color_contrast (&dark, &dark_view), >=, 3);
      g_assert_cmpfloat (rpt_chart_color_contrast (&dark, &dark_window), >=, 3);

      /* No two colours alike. */
      for (guint j = 0; j < i; j++)
        for (int d = 0; d < 2; d++)
          {
            RptChartColor a, b;
            double distance;

            rpt_chart_palette_get_color (i, d, &a);
            rpt_chart_palette_get_color (j, d, &b);
            distance = sqrt (pow (a.red - b.red, 2) + pow (a.green - b.green, 2) + pow (a.blue - b.blue, 2));
            g_assert_cmpfloat (distance, >, 0.12);
          }
    }
}

static void
test_palette_status_fixed (void)
{
  g_autoptr(RptChart) a = rpt_chart_new (RPT_CHART_STACKED_BARS, NULL);
  g_autoptr(RptChart) b = rpt_chart_new (RPT_CHART_GROUPED_BARS, NULL);
  RptChartColor ca, cb;

  /* "approved" is series 0 in one chart and series 2 in the other. */
  rpt_chart_add_series (a, "Approved", "approved");
  rpt_chart_add_series (b, "Agreed", "agreed");
  rpt_chart_add_series (b, "Consented", "consented");
  rpt_chart_add_series (b, "Approved", "approved");

  for (int dark = 0; dark < 2; dark++)
    {
      rpt_chart_get_series_color (a, 0, dark, &ca);
      rpt_chart_get_series_color (b, 2, dark, &cb);
      g_assert_true (memcmp (&ca, &cb, sizeof ca) == 0);

      rpt_chart_get_series_color (b, 0, dark, &ca);
      rpt_chart_get_series_color (b, 1, dark, &cb);
      g_assert_false (memcmp (&ca, &cb, sizeof ca) == 0);
    }
}

static guint
distinct_colours_in (cairo_surface_t    *surface,
                     const RptChartRect *r)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (int y = (int) r->y + 1; y < (int) (r->y + r->height) - 1; y++)
    for (int x = (int) r->x + 1; x < (int) (r->x + r->width) - 1; x++)
      g_hash_table_add (seen, GUINT_TO_POINTER (pixel_at (surface, x, y)));

  return g_hash_table_size (seen);
}

static void
test_palette_beyond_six (void)
{
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_GROUPED_BARS, NULL);
  cairo_surface_t *surface;
  RptChartColor first, seventh;
  RptChartRect r0, r6;

  /* Eleven study groups: the seventh shares the first one's hue ... */
  for (guint s = 0; s < 11; s++)
    {
      g_autofree char *label = g_strdup_printf ("SG%u", s + 1);

      rpt_chart_add_series (chart, label, label);
    }
  rpt_chart_add_category (chart, "2024", NULL);
  for (guint s = 0; s < 11; s++)
    rpt_chart_set_value (chart, 0, s, 10);

  rpt_chart_get_series_color (chart, 0, FALSE, &first);
  rpt_chart_get_series_color (chart, 6, FALSE, &seventh);
  g_assert_true (memcmp (&first, &seventh, sizeof first) == 0);

  /* ... but is hatched, so the two never look alike. */
  surface = render (chart, NULL, 800, 400);
  g_assert_true (rpt_chart_get_bar_rect (chart, 0, 0, &r0));
  g_assert_true (rpt_chart_get_bar_rect (chart, 0, 6, &r6));
  g_assert_cmpuint (distinct_colours_in (surface, &r0), <=, 2);
  g_assert_cmpuint (distinct_colours_in (surface, &r6), >=, 2);
  g_assert_cmpuint (distinct_colours_in (surface, &r6), >, distinct_colours_in (surface, &r0));

  cairo_surface_destroy (surface);
}

/* How many pixels of @surface are @color (opaque, as drawn on white). */
static guint
count_colour (cairo_surface_t     *surface,
              const RptChartColor *color)
{
  guint32 want = 0xff000000u |
                 ((guint32) round (color->red * 255) << 16) |
                 ((guint32) round (color->green * 255) << 8) |
                 (guint32) round (color->blue * 255);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      n += pixel_at (surface, x, y) == want;

  return n;
}

/* Every status its own colour (draft, new work and in progress used to
 * share one), in both themes, and each in the legend and in its bar. */
static void
test_palette_statuses (void)
{
  static const char *keys[] = { "approved", "consented", "determined", "agreed", "under-approval",
                                "draft", "new-work", "in-progress" };
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Statuses");
  RptChartColor colours[2][G_N_ELEMENTS (keys)];

  rpt_chart_add_category (chart, "2024", NULL);
  for (guint s = 0; s < G_N_ELEMENTS (keys); s++)
    {
      rpt_chart_add_series (chart, keys[s], keys[s]);
      rpt_chart_set_value (chart, 0, s, 5);
    }

  for (int dark = 0; dark < 2; dark++)
    for (guint s = 0; s < G_N_ELEMENTS (keys); s++)
      {
        rpt_chart_get_series_color (chart, s, dark, &colours[dark][s]);
        for (guint t = 0; t < s; t++)
          {
            RptChartColor *a = &colours[dark][s], *b = &colours[dark][t];
            double distance = sqrt (pow (a->red - b->red, 2) + pow (a->green - b->green, 2) +
                                    pow (a->blue - b->blue, 2));

            if (distance <= 0.12)
              g_error ("%s and %s look alike (%s)", keys[s], keys[t], dark ? "dark" : "light");
          }
      }

  for (int dark = 0; dark < 2; dark++)
    {
      RptChartStyle style;
      cairo_surface_t *surface;

      if (dark)
        rpt_chart_style_init_dark (&style);
      else
        rpt_chart_style_init_light (&style);
      surface = render (chart, &style, 900, 300);
      for (guint s = 0; s < G_N_ELEMENTS (keys); s++)
        {
          RptChartRect bar;
          guint in_bar;

          g_assert_true (rpt_chart_get_bar_rect (chart, 0, s, &bar));
          in_bar = distinct_colours_in (surface, &bar);
          /* A plain fill (and its value written inside). */
          g_assert_cmpuint (in_bar, >=, 1);
          /* The bar and the legend's swatch: more than the bar's area alone. */
          g_assert_cmpuint (count_colour (surface, &colours[dark][s]), >,
                            (guint) ((bar.width - 2) * (bar.height - 2) * 0.5));
        }
      cairo_surface_destroy (surface);
    }

  /* "mentioned" shares the neutral with "published", hatched. */
  {
    g_autoptr(RptChart) other = rpt_chart_new (RPT_CHART_STACKED_BARS, NULL);
    cairo_surface_t *surface;
    RptChartRect published, mentioned;

    rpt_chart_add_category (other, "2024", NULL);
    rpt_chart_add_series (other, "Published", "published");
    rpt_chart_add_series (other, "Mentioned", "mentioned");
    rpt_chart_set_value (other, 0, 0, 10);
    rpt_chart_set_value (other, 0, 1, 10);
    surface = render (other, NULL, 800, 300);
    g_assert_true (rpt_chart_get_bar_rect (other, 0, 0, &published));
    g_assert_true (rpt_chart_get_bar_rect (other, 0, 1, &mentioned));
    g_assert_cmpuint (distinct_colours_in (surface, &mentioned), >, distinct_colours_in (surface, &published));
    cairo_surface_destroy (surface);
  }
}

/* Preferences ▸ Show Values on the Bars: off, no number is written on or
 * past a bar, and the plot takes the room the values had. */
static void
test_show_values (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  cairo_surface_t *with, *without;
  RptChartRect plot_with, plot_without;
  guint ink_with = 0, ink_without = 0;

  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  g_assert_true (rpt_chart_get_show_values (chart));
  with = render (chart, NULL, 640, 400);
  g_assert_true (rpt_chart_get_plot_rect (chart, &plot_with));

  rpt_chart_set_show_values (chart, FALSE);
  g_assert_false (rpt_chart_get_show_values (chart));
  without = render (chart, NULL, 640, 400);
  g_assert_true (rpt_chart_get_plot_rect (chart, &plot_without));
  g_assert_cmpfloat (plot_without.width, >, plot_with.width);

  /* Dark ink (text) on and past the bars, inside the plot. */
  for (int y = (int) plot_with.y + 1; y < (int) (plot_with.y + plot_with.height) - 1; y++)
    for (int x = (int) plot_with.x + 2; x < 640 - 2; x++)
      {
        guint32 pixel = pixel_at (with, x, y);

        ink_with += (pixel & 0xff) < 0x60 && ((pixel >> 8) & 0xff) < 0x60 && ((pixel >> 16) & 0xff) < 0x60;
        pixel = pixel_at (without, x, y);
        ink_without += (pixel & 0xff) < 0x60 && ((pixel >> 8) & 0xff) < 0x60 && ((pixel >> 16) & 0xff) < 0x60;
      }
  g_assert_cmpuint (ink_with, >, 20);
  g_assert_cmpuint (ink_without, ==, 0);

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

/* Long labels of a horizontal chart wrap to the lines their row has room
 * for, and are hit by the pointer for their tooltip. */
static void
test_layout_wrapped_labels (void)
{
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STATED_COUNTED, "Stated versus counted");
  cairo_surface_t *surface;
  cairo_surface_t *measure = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (measure);
  PangoContext *context = pango_cairo_create_context (cr);
  const char *label = "2022-2023 · §2.1 Recommendations approved, SGs 11, 13, 16, 17 and 20";
  guint c, hit;
  double height;
  RptChartRect rect;

  rpt_chart_set_orientation (chart, RPT_CHART_HORIZONTAL);
  rpt_chart_add_series (chart, "Counted", "counted");
  c = rpt_chart_add_category (chart, label, "1#2.1");
  rpt_chart_set_value (chart, c, 0, 13);
  rpt_chart_set_reference (chart, c, 22);
  rpt_chart_set_category_description (chart, c, "In total, 22 Recommendations were approved");
  rpt_chart_add_category (chart, "§3 Supplements agreed", "1#3");

  /* Tall enough (its natural height) for the label on three lines or fewer. */
  height = rpt_chart_get_natural_height (chart, context, NULL, 360);
  g_assert_cmpfloat (height, >, 150);
  surface = render (chart, NULL, 360, (int) height);
  g_assert_cmpuint (rpt_chart_get_label_lines (chart, context, c), >=, 2);
  g_assert_cmpuint (rpt_chart_get_label_lines (chart, context, c), <=, 3);
  g_assert_cmpuint (rpt_chart_get_label_lines (chart, context, 1), ==, 1);

  /* The label's box is left of the plot and hit there. */
  g_assert_true (rpt_chart_get_label_rect (chart, c, &rect));
  {
    RptChartRect plot;

    g_assert_true (rpt_chart_get_plot_rect (chart, &plot));
    g_assert_cmpfloat (rect.x + rect.width, <=, plot.x);
  }
  g_assert_true (rpt_chart_hit_test_label (chart, rect.x + rect.width - 2, rect.y + rect.height / 2, &hit));
  g_assert_cmpuint (hit, ==, c);
  g_assert_false (rpt_chart_hit_test_label (chart, 355, 5, NULL));

  /* The whole text, values and the report's words: tooltip and screen reader. */
  {
    g_autofree char *tip = rpt_chart_describe_category (chart, c);
    g_autofree char *bar = rpt_chart_describe_bar (chart, c, 0);
    g_autofree char *all = rpt_chart_describe (chart);

    g_assert_true (g_str_has_prefix (tip, label));
    g_assert_nonnull (strstr (tip, "Counted: 13"));
    g_assert_nonnull (strstr (tip, "22 Recommendations were approved"));
    g_assert_nonnull (strstr (bar, "22 Recommendations were approved"));
    g_assert_nonnull (strstr (all, label));
    g_assert_nonnull (strstr (all, "22 Recommendations were approved"));
  }

  cairo_surface_destroy (surface);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (measure);
}

/* Numbers as the locale writes them: no grouping in C, and grouped where
 * a locale groups (when one is installed). */
static void
test_format_grouping (void)
{
  g_autoptr(RptChart) chart = rpt_chart_new (RPT_CHART_STACKED_BARS, NULL);
  g_autofree char *plain = rpt_chart_format_value (chart, 1234567);
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  g_assert_cmpstr (plain, ==, "1234567");

  if (setlocale (LC_NUMERIC, "en_US.UTF-8") != NULL || setlocale (LC_NUMERIC, "en_GB.UTF-8") != NULL)
    {
      g_autofree char *grouped = rpt_chart_format_value (chart, 1234567);

      g_assert_cmpstr (grouped, ==, "1,234,567");
    }
  else
    g_test_message ("No English locale installed: grouping not checked");
  setlocale (LC_NUMERIC, saved);
}

static void
test_describe (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  g_autoptr(RptChart) stated = stated_counted_chart ();
  g_autofree char *text = rpt_chart_describe (chart);
  g_autofree char *text2 = rpt_chart_describe (stated);
  g_autofree char *bar = NULL;

  g_assert_true (g_str_has_prefix (text, "Approvals per study group. Stacked bar chart. Texts by Study group."));
  g_assert_nonnull (strstr (text, "\nSG11: Approved 3, Consented 1, total 4."));
  g_assert_nonnull (strstr (text, "\nSG13: Approved 6, Consented 2, Determined 1, total 9."));
  g_assert_nonnull (strstr (text, "\nSG17: Approved 4, Determined 3, total 7."));
  g_assert_nonnull (strstr (text, "\nSG20: total 0."));

  g_assert_nonnull (strstr (text2, "\nITU-T SGs 11, 13 and 17: Counted 19, Stated 22."));
  g_assert_nonnull (strstr (text2, "\nITU-T Recommendations: Counted 41, Stated 330."));
  g_assert_nonnull (strstr (text2, "\nIPv6: Counted 7."));

  bar = rpt_chart_describe_bar (chart, 3, 0);
  g_assert_cmpstr (bar, ==, "SG17 · Approved: 4\nTotal: 7");
  g_clear_pointer (&bar, g_free);
  bar = rpt_chart_describe_bar (stated, 1, RPT_CHART_REFERENCE);
  g_assert_cmpstr (bar, ==, "ITU-T Recommendations · Stated: 330\nCounted: 41");
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_save_formats (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  g_autoptr(GError) error = NULL;
  g_autofree char *png = g_build_filename (rpt_test_get_tmpdir (), "chart.png", NULL);
  g_autofree char *svg = g_build_filename (rpt_test_get_tmpdir (), "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (rpt_test_get_tmpdir (), "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = NULL;
  cairo_surface_t *image;
  RptChartStyle style;
  gsize length;

  rpt_chart_style_init_print (&style);
  style.scale = 2;

  g_assert_true (rpt_chart_save (chart, png, RPT_CHART_FORMAT_PNG, 640, 400, &style, &error));
  g_assert_no_error (error);
  contents = read_file (png, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_clear_pointer (&contents, g_free);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 800);
  cairo_surface_destroy (image);

  g_assert_true (rpt_chart_save (chart, svg, RPT_CHART_FORMAT_SVG, 640, 400, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (svg, &length);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"640"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (rpt_chart_save (chart, pdf, RPT_CHART_FORMAT_PDF, 640, 400, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (pdf, &length);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 16);
  /* Binary streams hold NULs: look at the trailer only. */
  g_assert_nonnull (g_strstr_len (contents + length - 16, 16, "%%EOF"));

  pdfinfo = g_find_program_in_path ("pdfinfo");
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, pdf, NULL };
      g_autofree char *out = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple ("^Title: +Approvals per study group$", out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Subject: +Approvals per study group. Stacked", out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Pages: +1$", out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Page size: +640 x 400 pts", out, G_REGEX_MULTILINE, 0));
    }
}

static void
test_save_error (void)
{
  g_autoptr(RptChart) chart = sample_chart (RPT_CHART_STACKED_BARS);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (rpt_test_get_tmpdir (), "missing", "chart.png", NULL);
  g_autofree char *existing = g_build_filename (rpt_test_get_tmpdir (), "kept.png", NULL);
  g_autofree char *contents = NULL;

  g_assert_false (rpt_chart_save (chart, path, RPT_CHART_FORMAT_PNG, 100, 100, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Saving over a file replaces it whole. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_clear_error (&error);
  g_assert_true (rpt_chart_save (chart, existing, RPT_CHART_FORMAT_PNG, 100, 100, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (existing, NULL);
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
}

int
main (int   argc,
      char *argv[])
{
  rpt_test_init (&argc, &argv);

  g_test_add_func ("/rpt/chart/ticks/examples", test_ticks_examples);
  g_test_add_func ("/rpt/chart/ticks/properties", test_ticks_properties);
  g_test_add_func ("/rpt/chart/model", test_model);
  g_test_add_func ("/rpt/chart/layout/stacked-vertical", test_layout_stacked_vertical);
  g_test_add_func ("/rpt/chart/layout/horizontal", test_layout_horizontal);
  g_test_add_func ("/rpt/chart/layout/hit-test", test_layout_hit_test);
  g_test_add_func ("/rpt/chart/layout/stated-counted", test_layout_stated_counted);
  g_test_add_func ("/rpt/chart/layout/many-long-labels", test_layout_many_long_labels);
  g_test_add_func ("/rpt/chart/layout/small", test_layout_small);
  g_test_add_func ("/rpt/chart/layout/lines", test_layout_lines);
  g_test_add_func ("/rpt/chart/render/light", test_render_light);
  g_test_add_func ("/rpt/chart/render/dark", test_render_dark);
  g_test_add_func ("/rpt/chart/render/hidpi", test_render_hidpi);
  g_test_add_func ("/rpt/chart/render/rtl", test_render_rtl);
  g_test_add_func ("/rpt/chart/render/empty", test_render_empty);
  g_test_add_func ("/rpt/chart/palette/contrast", test_palette_contrast);
  g_test_add_func ("/rpt/chart/palette/status-fixed", test_palette_status_fixed);
  g_test_add_func ("/rpt/chart/palette/beyond-six", test_palette_beyond_six);
  g_test_add_func ("/rpt/chart/palette/statuses", test_palette_statuses);
  g_test_add_func ("/rpt/chart/render/show-values", test_show_values);
  g_test_add_func ("/rpt/chart/layout/wrapped-labels", test_layout_wrapped_labels);
  g_test_add_func ("/rpt/chart/format/grouping", test_format_grouping);
  g_test_add_func ("/rpt/chart/describe", test_describe);
  g_test_add_func ("/rpt/chart/save/formats", test_save_formats);
  g_test_add_func ("/rpt/chart/save/error", test_save_error);

  return g_test_run ();
}
