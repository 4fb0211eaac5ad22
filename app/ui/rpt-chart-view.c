/* rpt-chart-view.c
 *
 * Copyright 2026 The Rapporteur authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rpt-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rpt-chart-view.h"

/* Shows an RptChart with the theme's colours.  The renderer lays the chart
 * out; this widget only adds what needs a pointer or a keyboard: hover
 * highlight and tooltip, click and Enter to activate a bar, arrow keys to
 * move between bars, and a focus ring — all on the renderer's own bar
 * rectangles, so what is hit is what was drawn. */

struct _RptChartView
{
  GtkWidget  parent_instance;

  RptChart  *chart;

  /* What the user's preferences ask of every chart shown: -1 leaves the
   * chart's own. */
  int        orientation;
  int        show_values;

  gboolean   has_focus_bar;
  guint      focus_category;
  guint      focus_series;

  /* GtkWindow hides focus rings after a key that did not move the focus
   * between widgets, which is every key that moves between bars. */
  gboolean   keyboard_navigation;

  gboolean   has_hover;
  guint      hover_category;
  guint      hover_series;

  GtkWidget *menu;
};

enum {
  PROP_0,
  PROP_CHART,
  PROP_ORIENTATION,
  PROP_SHOW_VALUES,
  N_PROPS
};

enum {
  BAR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RptChartView, rpt_chart_view, GTK_TYPE_WIDGET)

static void ensure_focus_bar (RptChartView *self);

/**
 * rpt_chart_view_new:
 * @chart: (nullable): the chart to show
 *
 * Returns: (transfer full): a new chart view
 */
GtkWidget *
rpt_chart_view_new (RptChart *chart)
{
  return g_object_new (RPT_TYPE_CHART_VIEW, "chart", chart, NULL);
}

static void
get_theme_style (RptChartView  *self,
                 RptChartStyle *style)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark)
    rpt_chart_style_init_dark (style);
  else
    rpt_chart_style_init_light (style);

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &fg);
#else
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif

  style->foreground = (RptChartColor) { fg.red, fg.green, fg.blue, fg.alpha };
  style->grid = (RptChartColor) { fg.red, fg.green, fg.blue, fg.alpha * 0.15 };
  /* The view's own background shows through. */
  style->background.alpha = 0;
  style->font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  style->scale = gtk_widget_get_scale_factor (widget);
  style->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
}

static GdkRGBA
get_accent (RptChartView *self)
{
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  "accent_color", &accent);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return accent;
}

/* Not gtk_widget_has_visible_focus(): that also wants an active window,
 * which a window without a window manager never becomes, and the window's
 * focus-visible is cleared by the arrow keys used here. */
static gboolean
show_focus_ring (RptChartView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!gtk_widget_is_focus (GTK_WIDGET (self)))
    return FALSE;

  return self->keyboard_navigation ||
         (GTK_IS_WINDOW (root) && gtk_window_get_focus_visible (GTK_WINDOW (root)));
}

/* Lays the chart out for this widget, unless the renderer's cached layout
 * is already the one for this size and font. */
static gboolean
ensure_layout (RptChartView *self)
{
  RptChartStyle style;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->chart == NULL || width <= 0 || height <= 0)
    return FALSE;

  get_theme_style (self, &style);
  rpt_chart_layout (self->chart, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                    &style, width, height);

  return TRUE;
}

static void
rpt_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RptChartView *self = RPT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RptChartStyle style;
  RptChartRect rect;
  cairo_t *cr;

  if (!ensure_layout (self))
    return;

  get_theme_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rpt_chart_render (self->chart, cr, &style, width, height);

  if (self->has_hover &&
      rpt_chart_get_bar_rect (self->chart, self->hover_category, self->hover_series, &rect))
    {
      /* Lighten on dark, darken on light: the bar stays recognisable. */
      if (style.dark)
        cairo_set_source_rgba (cr, 1, 1, 1, 0.25);
      else
        cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill (cr);
    }

  if (!self->has_focus_bar && gtk_widget_is_focus (widget) && rpt_chart_get_n_bars (self->chart) > 0)
    {
      guint c, s;

      /* Not focus_bar_at(): no redraw from inside a snapshot. */
      rpt_chart_get_bar (self->chart, 0, &c, &s);
      self->has_focus_bar = TRUE;
      self->focus_category = c;
      self->focus_series = s;
    }

  if (self->has_focus_bar &&
      show_focus_ring (self) &&
      rpt_chart_get_bar_rect (self->chart, self->focus_category, self->focus_series, &rect))
    {
      GdkRGBA accent = get_accent (self);

      /* A gap in the background colour, then the accent: the ring stays
       * visible against a bar of the accent's own hue. */
      cairo_set_source_rgb (cr, style.background.red, style.background.green, style.background.blue);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, rect.x - 1, rect.y - 1, rect.width + 2, rect.height + 2);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_rectangle (cr, rect.x - 3.25, rect.y - 3.25, rect.width + 6.5, rect.height + 6.5);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
rpt_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RptChartView *self = RPT_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    {
      *minimum = 120;
      *natural = 300;

      /* Horizontal bars want a row per category, tall enough for its
       * label wrapped to the width the chart gets; vertical ones room for
       * their labels turned 45°. */
      if (self->chart != NULL)
        {
          RptChartStyle style;

          get_theme_style (self, &style);
          *natural = MAX (*natural,
                          (int) ceil (rpt_chart_get_natural_height (self->chart,
                                                                    gtk_widget_get_pango_context (widget),
                                                                    &style,
                                                                    for_size > 0 ? for_size : 480)));
        }
    }
}

static GtkSizeRequestMode
rpt_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The preferences' orientation and values, on the chart shown. */
static void
apply_preferences (RptChartView *self)
{
  if (self->chart == NULL)
    return;

  if (self->orientation >= 0 && rpt_chart_get_kind (self->chart) != RPT_CHART_LINES &&
      rpt_chart_get_orientation (self->chart) != (RptChartOrientation) self->orientation)
    rpt_chart_set_orientation (self->chart, self->orientation);
  if (self->show_values >= 0)
    rpt_chart_set_show_values (self->chart, self->show_values);
}

static void
rpt_chart_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RptChartView *self = RPT_CHART_VIEW (widget);

  ensure_layout (self);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
update_accessible (RptChartView *self)
{
  g_autofree char *description = NULL;

  if (self->chart == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  description = rpt_chart_describe (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rpt_chart_get_title (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

RptChart *
rpt_chart_view_get_chart (RptChartView *self)
{
  g_return_val_if_fail (RPT_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * rpt_chart_view_set_chart:
 * @chart: (nullable): the chart to show
 *
 * RptChart has no change signal: after changing the chart's data, set it
 * again (the same pointer is fine) to redraw and update the accessible
 * description.
 */
void
rpt_chart_view_set_chart (RptChartView *self,
                          RptChart     *chart)
{
  gboolean same;

  g_return_if_fail (RPT_IS_CHART_VIEW (self));

  same = self->chart == chart;
  if (chart != NULL)
    rpt_chart_ref (chart);
  g_clear_pointer (&self->chart, rpt_chart_unref);
  self->chart = chart;
  apply_preferences (self);

  self->has_hover = FALSE;
  if (!same)
    self->has_focus_bar = FALSE;
  else if (self->has_focus_bar)
    {
      guint c = self->focus_category, s = self->focus_series;

      /* Keep the focused bar only when it still exists. */
      self->has_focus_bar = ensure_layout (self) && rpt_chart_get_bar_rect (chart, c, s, &(RptChartRect) { 0 });
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * rpt_chart_view_set_orientation:
 * @orientation: an #RptChartOrientation for every chart shown (lines stay
 *   vertical), or -1 for the chart's own
 *
 * The "chart-orientation" preference.
 */
void
rpt_chart_view_set_orientation (RptChartView *self,
                                int           orientation)
{
  g_return_if_fail (RPT_IS_CHART_VIEW (self));
  g_return_if_fail (orientation >= -1 && orientation <= RPT_CHART_HORIZONTAL);

  if (self->orientation == orientation)
    return;

  self->orientation = orientation;
  if (self->chart != NULL)
    rpt_chart_view_set_chart (self, self->chart);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIENTATION]);
}

int
rpt_chart_view_get_orientation (RptChartView *self)
{
  g_return_val_if_fail (RPT_IS_CHART_VIEW (self), -1);

  return self->orientation;
}

/**
 * rpt_chart_view_set_show_values:
 * @show_values: whether bars are labelled with their values
 *
 * The "chart-show-values" preference, for every chart shown.
 */
void
rpt_chart_view_set_show_values (RptChartView *self,
                                gboolean      show_values)
{
  g_return_if_fail (RPT_IS_CHART_VIEW (self));

  if (self->show_values == !!show_values)
    return;

  self->show_values = !!show_values;
  if (self->chart != NULL)
    rpt_chart_view_set_chart (self, self->chart);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_VALUES]);
}

gboolean
rpt_chart_view_get_show_values (RptChartView *self)
{
  g_return_val_if_fail (RPT_IS_CHART_VIEW (self), TRUE);

  return self->show_values != 0;
}

/**
 * rpt_chart_view_get_focus_bar:
 * @category: (out) (optional):
 * @series: (out) (optional): a series or %RPT_CHART_REFERENCE
 *
 * Returns: whether a bar has the keyboard focus
 */
gboolean
rpt_chart_view_get_focus_bar (RptChartView *self,
                              guint        *category,
                              guint        *series)
{
  g_return_val_if_fail (RPT_IS_CHART_VIEW (self), FALSE);

  ensure_focus_bar (self);
  if (!self->has_focus_bar)
    return FALSE;

  if (category != NULL)
    *category = self->focus_category;
  if (series != NULL)
    *series = self->focus_series;

  return TRUE;
}

void
rpt_chart_view_set_focus_bar (RptChartView *self,
                              guint         category,
                              guint         series)
{
  g_return_if_fail (RPT_IS_CHART_VIEW (self));

  self->has_focus_bar = TRUE;
  self->focus_category = category;
  self->focus_series = series;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
focus_index (RptChartView *self)
{
  guint n = rpt_chart_get_n_bars (self->chart);

  for (guint i = 0; self->has_focus_bar && i < n; i++)
    {
      guint c, s;

      rpt_chart_get_bar (self->chart, i, &c, &s);
      if (c == self->focus_category && s == self->focus_series)
        return (int) i;
    }

  return -1;
}

static void
focus_bar_at (RptChartView *self,
              guint         index)
{
  guint c, s;

  if (rpt_chart_get_bar (self->chart, index, &c, &s))
    rpt_chart_view_set_focus_bar (self, c, s);
}

/* A focused chart always has a focused bar, the first one unless the user
 * moved: the focus controller's "enter" does not come while the window is
 * inactive, so this is settled lazily rather than there. */
static void
ensure_focus_bar (RptChartView *self)
{
  if (self->has_focus_bar || self->chart == NULL)
    return;
  if (!gtk_widget_is_focus (GTK_WIDGET (self)) || !ensure_layout (self))
    return;

  focus_bar_at (self, 0);
}

/* Along the category axis: the same series in the next category that has
 * a bar, or that category's first bar. */
static void
move_category (RptChartView *self,
               int           delta)
{
  guint n = rpt_chart_get_n_bars (self->chart);
  int index = focus_index (self);
  guint current, series, target = G_MAXUINT;
  int first = -1;

  if (index < 0)
    {
      focus_bar_at (self, 0);
      return;
    }

  rpt_chart_get_bar (self->chart, index, &current, &series);

  for (int i = index + delta; i >= 0 && i < (int) n; i += delta)
    {
      guint c, s;

      rpt_chart_get_bar (self->chart, i, &c, &s);
      if (c == current)
        continue;
      if (target == G_MAXUINT)
        target = c;
      if (c != target)
        break;
      /* Walking backwards ends on the last bar of the category; keep the first. */
      if (delta > 0 ? first < 0 : TRUE)
        first = i;
      if (s == series)
        {
          focus_bar_at (self, i);
          return;
        }
    }

  if (first >= 0)
    focus_bar_at (self, first);
}

static void
move_within (RptChartView *self,
             int           delta)
{
  int index = focus_index (self);
  guint c, s, current;

  if (index < 0)
    {
      focus_bar_at (self, 0);
      return;
    }

  rpt_chart_get_bar (self->chart, index, &current, NULL);
  if (rpt_chart_get_bar (self->chart, index + delta, &c, &s) && c == current)
    rpt_chart_view_set_focus_bar (self, c, s);
}

static void
activate_bar (RptChartView *self,
              guint         category,
              guint         series)
{
  g_signal_emit (self, signals[BAR_ACTIVATED], 0,
                 rpt_chart_get_category_key (self->chart, category),
                 rpt_chart_get_series_key (self->chart, series));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RptChartView          *self)
{
  gboolean vertical;
  guint n;

  if (self->chart == NULL || !ensure_layout (self))
    return GDK_EVENT_PROPAGATE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  n = rpt_chart_get_n_bars (self->chart);
  if (n == 0)
    return GDK_EVENT_PROPAGATE;

  vertical = rpt_chart_get_orientation (self->chart) == RPT_CHART_VERTICAL;
  ensure_focus_bar (self);

  /* Right to left, the chart is mirrored, and so are Left and Right. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    {
      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
        keyval = GDK_KEY_Right;
      else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
        keyval = GDK_KEY_Left;
    }
  self->keyboard_navigation = TRUE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (vertical)
        move_category (self, -1);
      else
        move_within (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (vertical)
        move_category (self, 1);
      else
        move_within (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      /* Up climbs a stack; on horizontal bars it goes to the row above. */
      if (vertical)
        move_within (self, 1);
      else
        move_category (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (vertical)
        move_within (self, -1);
      else
        move_category (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      focus_bar_at (self, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      focus_bar_at (self, n - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (focus_index (self) < 0)
        focus_bar_at (self, 0);
      activate_bar (self, self->focus_category, self->focus_series);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                RptChartView            *self)
{
  /* Tabbing in lands on a bar, so the first arrow press is not lost. */
  if (self->chart != NULL && ensure_layout (self) && focus_index (self) < 0)
    focus_bar_at (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                RptChartView            *self)
{
  self->keyboard_navigation = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover (RptChartView *self,
           gboolean      has_hover,
           guint         category,
           guint         series)
{
  if (self->has_hover == has_hover &&
      (!has_hover || (self->hover_category == category && self->hover_series == series)))
    return;

  self->has_hover = has_hover;
  self->hover_category = category;
  self->hover_series = series;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), has_hover ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RptChartView             *self)
{
  guint c = 0, s = 0;
  gboolean hit = self->chart != NULL && ensure_layout (self) &&
                 rpt_chart_hit_test (self->chart, x, y, &c, &s);

  set_hover (self, hit, c, s);
}

static void
on_leave (GtkEventControllerMotion *controller,
          RptChartView             *self)
{
  set_hover (self, FALSE, 0, 0);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   RptChartView    *self)
{
  guint c, s;

  if (self->chart == NULL || !ensure_layout (self))
    return;
  if (!rpt_chart_hit_test (self->chart, x, y, &c, &s))
    return;

  /* Pointer users see the hover highlight; the ring is for the keyboard. */
  self->keyboard_navigation = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  rpt_chart_view_set_focus_bar (self, c, s);
  activate_bar (self, c, s);
}

static void
popup_menu (RptChartView *self,
            double        x,
            double        y)
{
  if (self->menu == NULL)
    {
      g_autoptr(GMenu) model = g_menu_new ();

      g_menu_append (model, _("_Save Chart As…"), "chart.save-as");
      self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_secondary_pressed (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      RptChartView    *self)
{
  popup_menu (self, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
menu_popup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RptChartView *self = RPT_CHART_VIEW (widget);
  RptChartRect rect;

  if (self->has_focus_bar &&
      rpt_chart_get_bar_rect (self->chart, self->focus_category, self->focus_series, &rect))
    popup_menu (self, rect.x + rect.width / 2, rect.y + rect.height / 2);
  else
    popup_menu (self, gtk_widget_get_width (widget) / 2., gtk_widget_get_height (widget) / 2.);
}

static gboolean
on_query_tooltip (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip,
                  RptChartView *self)
{
  g_autofree char *text = NULL;
  RptChartRect rect;
  guint c, s;

  if (self->chart == NULL || !ensure_layout (self))
    return FALSE;

  if (keyboard_mode)
    {
      if (!self->has_focus_bar)
        return FALSE;
      c = self->focus_category;
      s = self->focus_series;
    }
  else if (!rpt_chart_hit_test (self->chart, x, y, &c, &s))
    {
      /* A category label, maybe shortened: the whole of it. */
      if (!rpt_chart_hit_test_label (self->chart, x, y, &c))
        return FALSE;

      text = rpt_chart_describe_category (self->chart, c);
      gtk_tooltip_set_text (tooltip, text);
      if (rpt_chart_get_label_rect (self->chart, c, &rect))
        gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) rect.x, (int) rect.y,
                                                             MAX ((int) rect.width, 1),
                                                             MAX ((int) rect.height, 1) });
      return TRUE;
    }

  text = rpt_chart_describe_bar (self->chart, c, s);
  gtk_tooltip_set_text (tooltip, text);
  /* A new tooltip as soon as the pointer reaches the next bar. */
  if (rpt_chart_get_bar_rect (self->chart, c, s, &rect))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) rect.x, (int) rect.y,
                                                         MAX ((int) rect.width, 1),
                                                         MAX ((int) rect.height, 1) });

  return TRUE;
}

/* "Save Chart As" */

static void
on_save_response (GtkNativeDialog *dialog,
                  int              response,
                  RptChartView    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  RptChartFormat format = RPT_CHART_FORMAT_PNG;
  RptChartStyle style;
  double width, height;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_object_unref (dialog);
  if (file == NULL || self->chart == NULL)
    goto out;

  path = g_file_get_path (file);
  if (path == NULL)
    goto out;

  if (g_str_has_suffix (path, ".svg") || g_str_has_suffix (path, ".SVG"))
    format = RPT_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".PDF"))
    format = RPT_CHART_FORMAT_PDF;
  else if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".PNG"))
    {
      char *with_suffix = g_strconcat (path, ".png", NULL);

      g_free (path);
      path = with_suffix;
    }

  /* Files are for documents: print colours, the size on screen, and a
   * PNG sharp enough for a slide. */
  rpt_chart_style_init_print (&style);
  style.scale = 2;
  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 480);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 300);

  if (!rpt_chart_save (self->chart, path, format, width, height, &style, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      /* The window's toast overlay, when there is one, tells the user. */
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      else
        g_warning ("%s", error->message);
    }

out:
  g_object_unref (self);
}

/**
 * rpt_chart_view_save_as:
 *
 * Asks for a file name and saves the chart as PNG, SVG or PDF, chosen by
 * the name's extension (also the `chart.save-as` action and the context
 * menu).
 */
void
rpt_chart_view_save_as (RptChartView *self)
{
  GtkFileChooserNative *dialog;
  GtkRoot *root;
  const char *patterns[][2] = {
    { N_("PNG image"), "*.png" },
    { N_("SVG image"), "*.svg" },
    { N_("PDF document"), "*.pdf" },
  };
  g_autofree char *name = NULL;

  g_return_if_fail (RPT_IS_CHART_VIEW (self));

  if (self->chart == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_file_chooser_native_new (_("Save Chart As"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(patterns[i][0]));
      gtk_file_filter_add_pattern (filter, patterns[i][1]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  name = g_strdup_printf ("%s.png", rpt_chart_get_title (self->chart)[0] != '\0'
                                      ? rpt_chart_get_title (self->chart)
                                      : _("Chart"));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rpt_chart_view_save_as (RPT_CHART_VIEW (widget));
}

static void
on_dark_changed (RptChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rpt_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rpt_chart_view_parent_class)->css_changed (widget, change);

  /* The colour or the font may have changed. */
  gtk_widget_queue_draw (widget);
}

static void
rpt_chart_view_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (rpt_chart_view_parent_class)->direction_changed (widget, previous);

  gtk_widget_queue_draw (widget);
}

static void
rpt_chart_view_state_flags_changed (GtkWidget     *widget,
                                    GtkStateFlags  previous)
{
  /* Focus and focus-visible come and go with the state flags. */
  if ((previous ^ gtk_widget_get_state_flags (widget)) &
      (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUS_WITHIN))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (rpt_chart_view_parent_class)->state_flags_changed (widget, previous);
}

static void
rpt_chart_view_dispose (GObject *object)
{
  RptChartView *self = RPT_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->chart, rpt_chart_unref);

  G_OBJECT_CLASS (rpt_chart_view_parent_class)->dispose (object);
}

static void
rpt_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RptChartView *self = RPT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;

    case PROP_ORIENTATION:
      g_value_set_int (value, self->orientation);
      break;

    case PROP_SHOW_VALUES:
      g_value_set_boolean (value, rpt_chart_view_get_show_values (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RptChartView *self = RPT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      rpt_chart_view_set_chart (self, g_value_get_boxed (value));
      break;

    case PROP_ORIENTATION:
      rpt_chart_view_set_orientation (self, g_value_get_int (value));
      break;

    case PROP_SHOW_VALUES:
      rpt_chart_view_set_show_values (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rpt_chart_view_class_init (RptChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rpt_chart_view_dispose;
  object_class->get_property = rpt_chart_view_get_property;
  object_class->set_property = rpt_chart_view_set_property;

  widget_class->snapshot = rpt_chart_view_snapshot;
  widget_class->measure = rpt_chart_view_measure;
  widget_class->get_request_mode = rpt_chart_view_get_request_mode;
  widget_class->size_allocate = rpt_chart_view_size_allocate;
  widget_class->css_changed = rpt_chart_view_css_changed;
  widget_class->state_flags_changed = rpt_chart_view_state_flags_changed;
  widget_class->direction_changed = rpt_chart_view_direction_changed;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL,
                        RPT_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RptChartView:orientation:
   *
   * An #RptChartOrientation imposed on every chart shown, or -1 (the
   * default) for each chart's own.
   */
  properties[PROP_ORIENTATION] =
    g_param_spec_int ("orientation", NULL, NULL,
                      -1, RPT_CHART_HORIZONTAL, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RptChartView:show-values:
   *
   * Whether bars are labelled with their values.
   */
  properties[PROP_SHOW_VALUES] =
    g_param_spec_boolean ("show-values", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RptChartView::bar-activated:
   * @category_key: the key of the bar's category, e.g. "ITU-T SG17"
   * @series_key: the key of its series, e.g. "approved", or the
   *   reference key ("stated")
   *
   * A bar was clicked, or Enter or Space pressed on it: open the list
   * filtered to it.
   */
  signals[BAR_ACTIVATED] =
    g_signal_new ("bar-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "chart.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "menu.popup", NULL, menu_popup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "menu.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "menu.popup", NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rpt_chart_view_init (RptChartView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->orientation = -1;
  self->show_values = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_dark_changed), self);
}
