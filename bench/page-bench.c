/* page-bench.c: time to switch to each sidebar page, in the real window.
 *
 *   page-bench --library PATH [--quick]
 *
 * Opens the window on PATH (deliverables shown first, as at start-up),
 * waits for its first frame, then for the rest of the first list (loaded
 * in an idle after that frame), then activates win.navigate for each
 * sidebar page in turn and measures from the activation to the end of the
 * next frame drawn: wall clock and CPU time of the main thread.  Each page
 * is visited twice: the first visit builds it (pages are built when first
 * shown), the second only shows it.  Figures, never pass/fail.
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <time.h>

#include "rpt-model.h"
#include "rpt-window.h"

static const char *places[] = {
  "rapporteur:resolutions", "rapporteur:groups", "rapporteur:reports", "rapporteur:charts",
  "rapporteur:deliverables",
};

typedef struct
{
  GtkApplication *app;
  RptWindow *window;
  RptLibrary *library;
  GdkFrameClock *clock;
  guint step;              /* index into the visits; 0 is the first frame */
  guint n_visits;
  gint64 start_wall;
  gint64 start_cpu;
  gulong handler;
} Bench;

static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void next_visit (Bench *bench);

static gboolean
next_visit_idle (gpointer data)
{
  Bench *bench = data;

  next_visit (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
first_list_loaded_idle (gpointer data)
{
  Bench *bench = data;

  /* Runs after the window's idle that loads the rest of the first list. */
  g_print ("  rest of the first list   %7.1f ms after the first frame (%u items in the list)\n",
           (g_get_monotonic_time () - bench->start_wall) / 1000.0,
           g_list_model_get_n_items (rpt_library_get_deliverables (bench->library)));
  next_visit (bench);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  double wall = (g_get_monotonic_time () - bench->start_wall) / 1000.0;
  double cpu = (cpu_now () - bench->start_cpu) / 1000.0;

  if (!rpt_window_get_ready (bench->window))
    return;

  g_signal_handler_disconnect (clock, bench->handler);
  bench->handler = 0;

  if (bench->step == 0)
    {
      g_print ("  first frame              %7.1f ms wall, %7.1f ms CPU (from creating the window)\n", wall, cpu);
      bench->start_wall = g_get_monotonic_time ();
      g_idle_add_full (G_PRIORITY_LOW, first_list_loaded_idle, bench, NULL);
    }
  else
    {
      guint i = (bench->step - 1) % G_N_ELEMENTS (places);
      gboolean first = bench->step - 1 < G_N_ELEMENTS (places);

      g_print ("  %-24s %7.1f ms wall, %7.1f ms CPU  (%s visit; target <= 50 ms)\n",
               places[i] + strlen ("rapporteur:"), wall, cpu, first ? "first" : "second");
      g_idle_add_full (G_PRIORITY_LOW, next_visit_idle, bench, NULL);
    }
  bench->step++;
}

static void
watch_next_frame (Bench *bench)
{
  bench->start_wall = g_get_monotonic_time ();
  bench->start_cpu = cpu_now ();
  bench->handler = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

static void
next_visit (Bench *bench)
{
  guint visit = bench->step - 1;

  if (visit >= bench->n_visits)
    {
      gtk_window_destroy (GTK_WINDOW (bench->window));
      return;
    }

  watch_next_frame (bench);
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.navigate", "s",
                              places[visit % G_N_ELEMENTS (places)]);
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
}

static void
realize_cb (GtkWidget *widget,
            Bench     *bench)
{
  bench->clock = gtk_widget_get_frame_clock (widget);
  bench->handler = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

static void
activate_cb (GtkApplication *app,
             Bench          *bench)
{
  bench->start_wall = g_get_monotonic_time ();
  bench->start_cpu = cpu_now ();
  bench->window = rpt_window_new_for_library (app, NULL, bench->library);
  gtk_window_set_default_size (GTK_WINDOW (bench->window), 1100, 720);
  g_signal_connect (bench->window, "realize", G_CALLBACK (realize_cb), bench);
  gtk_window_present (GTK_WINDOW (bench->window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkApplication) app = NULL;
  g_autofree char *path = NULL;
  gboolean quick = FALSE;
  Bench bench = { 0, };
  GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &path, "The library to open", "PATH" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Visit each page once", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time to switch to each sidebar page");
  int status;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  adw_init ();
  bench.library = rpt_library_open (path, NULL, &error);
  if (bench.library == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bench.n_visits = (quick ? 1 : 2) * G_N_ELEMENTS (places);

  g_print ("Page switch: %s, %u reports, %u deliverables (from win.navigate to the end of the next frame)\n",
           rpt_library_get_path (bench.library), rpt_library_get_n_reports (bench.library),
           rpt_library_get_n_deliverables (bench.library));

  app = GTK_APPLICATION (adw_application_new ("io.github.rapporteur.PageBench", G_APPLICATION_NON_UNIQUE));
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);
  status = g_application_run (G_APPLICATION (app), 0, NULL);

  g_clear_object (&bench.library);
  return status;
}
