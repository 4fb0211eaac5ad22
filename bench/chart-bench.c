/* chart-bench.c: how long one frame of a 50-bar stacked chart (5 series)
 * takes to render into an image surface.  A figure, not a test: the
 * target is under 2 ms.
 *
 *   chart-bench [--quick] [ITERATIONS]
 *
 * Prints the median and 95th percentile per render: with the layout
 * cached (a redraw on hover or focus), with the layout computed afresh
 * (the data or the size changed), and for a chart built anew (its first
 * frame, every text shaped).
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "rpt-chart.h"

static RptChart *
fifty_bars (void)
{
  const char *statuses[] = { "approved", "consented", "determined", "agreed", "under-approval" };
  const char *labels[] = { "Approved", "Consented", "Determined", "Agreed", "Under approval" };
  RptChart *chart = rpt_chart_new (RPT_CHART_STACKED_BARS, "Approvals per study group");

  rpt_chart_set_axis_titles (chart, "Study group", "Texts");
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    rpt_chart_add_series (chart, labels[s], statuses[s]);
  for (guint c = 0; c < 50; c++)
    {
      g_autofree char *label = g_strdup_printf ("Group %u", c + 1);

      rpt_chart_add_category (chart, label, label);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        rpt_chart_set_value (chart, c, s, (c * 7 + s * 3) % 11);
    }

  return chart;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *name,
        double     *times,
        guint       n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  g_print ("%-28s median %.3f ms  p95 %.3f ms  (%u renders)\n",
           name, times[n / 2], times[MIN ((guint) (n * 0.95), n - 1)], n);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 500;
  g_autoptr(RptChart) chart = fifty_bars ();
  g_autofree double *cached = NULL;
  g_autofree double *fresh = NULL;
  g_autofree double *cold = NULL;
  cairo_surface_t *surface;
  RptChartStyle style;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--quick"))
      n = 10;
    else
      n = (guint) g_ascii_strtoull (argv[i], NULL, 10);
  n = MAX (n, 10);
  cached = g_new (double, n);
  fresh = g_new (double, n);
  cold = g_new (double, n);
  rpt_chart_style_init_light (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 500);

  /* Warm the font caches. */
  for (guint i = 0; i < 10; i++)
    {
      cairo_t *cr = cairo_create (surface);

      rpt_chart_render (chart, cr, &style, 800, 500);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      rpt_chart_render (chart, cr, &style, 800, 500);
      cairo_surface_flush (surface);
      cached[i] = (g_get_monotonic_time () - start) / 1000.;
      cairo_destroy (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start;

      /* Any change drops the cached layout. */
      rpt_chart_set_value (chart, i % 50, i % 5, (i * 13) % 11);
      start = g_get_monotonic_time ();
      rpt_chart_render (chart, cr, &style, 800, 500);
      cairo_surface_flush (surface);
      fresh[i] = (g_get_monotonic_time () - start) / 1000.;
      cairo_destroy (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RptChart) other = fifty_bars ();
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      /* A chart built anew, as after a filter change: every text is shaped. */
      rpt_chart_render (other, cr, &style, 800, 500);
      cairo_surface_flush (surface);
      cold[i] = (g_get_monotonic_time () - start) / 1000.;
      cairo_destroy (cr);
    }

  g_print ("chart: 50 stacked bars x 5 series, 800x500 image surface (target: under 2 ms)\n");
  report ("render, layout cached", cached, n);
  report ("render, layout recomputed", fresh, n);
  report ("render, new chart", cold, n);

  cairo_surface_destroy (surface);
  return 0;
}
