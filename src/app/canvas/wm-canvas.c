/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include "wm-canvas.h"
#include "wm-render-cairo.h"

/* The machinery every editor shares: a display list drawn through a viewport, zoom (Ctrl+scroll,
 * pinch, Ctrl+plus/minus/0) and pan (scroll, touchpad, middle-button drag). Only the part of the
 * display list inside the visible area is drawn, so a huge map costs what a small one does.
 * Subclasses add selection and editing, and draw their decorations in draw_overlay.
 */

typedef struct
{
  WmViewport    *viewport;
  WmDisplayList *list;
  double         pan_start_x;
  double         pan_start_y;
  double         zoom_start;
  gboolean       fitted_once;
} WmCanvasPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WmCanvas, wm_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEWPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  WmCanvas *self = WM_CANVAS (widget);
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  WmRect visible;
  cairo_t *cr;

  if (priv->list == NULL || width <= 0 || height <= 0)
    return;

  wm_viewport_get_visible (priv->viewport, &visible.x, &visible.y, &visible.width, &visible.height);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  {
    const WmColour *bg = wm_display_list_get_background (priv->list);

    cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, bg->alpha);
    cairo_paint (cr);
  }
  cairo_scale (cr, wm_viewport_get_zoom (priv->viewport), wm_viewport_get_zoom (priv->viewport));
  cairo_translate (cr, -visible.x, -visible.y);
  wm_render_cairo (priv->list, cr, &visible, FALSE);
  if (WM_CANVAS_GET_CLASS (self)->draw_overlay != NULL)
    WM_CANVAS_GET_CLASS (self)->draw_overlay (self, cr);
  cairo_destroy (cr);
}

static void
wm_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  WmCanvas *self = WM_CANVAS (widget);
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  /* Subclasses place their children (an inline editor) and chain up. */
  wm_viewport_set_view_size (priv->viewport, width, height);
}

static void
on_viewport_changed (WmCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WmCanvas                 *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  double step = unit == GDK_SCROLL_UNIT_WHEEL ? 48 : 1;

  if (state & GDK_CONTROL_MASK)
    {
      double x = 0, y = 0;
      GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

      if (event != NULL)
        {
          gdk_event_get_position (event, &x, &y);
          gtk_widget_translate_coordinates (GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self))),
                                            GTK_WIDGET (self), x, y, &x, &y);
        }
      wm_viewport_zoom_at (priv->viewport, dy < 0 ? 1.1 : 1 / 1.1, x, y);
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  wm_viewport_pan (priv->viewport, -dx * step, -dy * step);

  return TRUE;
}

static void
on_pan_begin (GtkGestureDrag *gesture,
              double          x,
              double          y,
              WmCanvas       *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  priv->pan_start_x = wm_viewport_get_x (priv->viewport);
  priv->pan_start_y = wm_viewport_get_y (priv->viewport);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_pan_update (GtkGestureDrag *gesture,
               double          ox,
               double          oy,
               WmCanvas       *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  double zoom = wm_viewport_get_zoom (priv->viewport);

  wm_viewport_set_origin (priv->viewport, priv->pan_start_x - ox / zoom, priv->pan_start_y - oy / zoom);
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               WmCanvas         *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  priv->zoom_start = wm_viewport_get_zoom (priv->viewport);
}

static void
on_zoom_changed (GtkGestureZoom *gesture,
                 double          scale,
                 WmCanvas       *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  double cx, cy;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy);
  wm_viewport_zoom_at (priv->viewport,
                       priv->zoom_start * scale / wm_viewport_get_zoom (priv->viewport), cx, cy);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (WM_CANVAS (widget));

  if (g_str_equal (action_name, "canvas.zoom-in"))
    wm_viewport_set_zoom (priv->viewport, wm_viewport_get_zoom (priv->viewport) * 1.25);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    wm_viewport_set_zoom (priv->viewport, wm_viewport_get_zoom (priv->viewport) / 1.25);
  else if (g_str_equal (action_name, "canvas.zoom-reset"))
    wm_viewport_set_zoom (priv->viewport, 1.0);
  else
    wm_viewport_fit (priv->viewport);
}

static void
wm_canvas_dispose (GObject *object)
{
  WmCanvas *self = WM_CANVAS (object);
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->list);

  G_OBJECT_CLASS (wm_canvas_parent_class)->dispose (object);
}

static void
wm_canvas_finalize (GObject *object)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (WM_CANVAS (object));

  g_clear_object (&priv->viewport);

  G_OBJECT_CLASS (wm_canvas_parent_class)->finalize (object);
}

static void
wm_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (WM_CANVAS (object));

  switch (prop_id)
    {
    case PROP_VIEWPORT:
      g_value_set_object (value, priv->viewport);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_canvas_class_init (WmCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_canvas_dispose;
  object_class->finalize = wm_canvas_finalize;
  object_class->get_property = wm_canvas_get_property;

  widget_class->snapshot = wm_canvas_snapshot;
  widget_class->size_allocate = wm_canvas_size_allocate;

  properties[PROP_VIEWPORT] =
    g_param_spec_object ("viewport", NULL, NULL, WM_TYPE_VIEWPORT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_9, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "wmcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wm_canvas_init (WmCanvas *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  GtkEventController *scroll;
  GtkGesture *pan, *zoom;

  priv->viewport = wm_viewport_new ();
  g_signal_connect_object (priv->viewport, "changed", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  pan = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect (pan, "drag-begin", G_CALLBACK (on_pan_begin), self);
  g_signal_connect (pan, "drag-update", G_CALLBACK (on_pan_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pan));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}

/**
 * wm_canvas_get_viewport:
 *
 * Returns: (transfer none): the canvas's viewport
 */
WmViewport *
wm_canvas_get_viewport (WmCanvas *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  g_return_val_if_fail (WM_IS_CANVAS (self), NULL);

  return priv->viewport;
}

/**
 * wm_canvas_get_display_list:
 *
 * Returns: (transfer none) (nullable): what the canvas draws
 */
WmDisplayList *
wm_canvas_get_display_list (WmCanvas *self)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  g_return_val_if_fail (WM_IS_CANVAS (self), NULL);

  return priv->list;
}

void
wm_canvas_set_display_list (WmCanvas      *self,
                            WmDisplayList *list)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  g_return_if_fail (WM_IS_CANVAS (self));

  g_set_object (&priv->list, list);
  if (list != NULL)
    wm_viewport_set_content_size (priv->viewport, wm_display_list_get_width (list),
                                  wm_display_list_get_height (list));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
wm_canvas_widget_to_document (WmCanvas *self,
                              double    wx,
                              double    wy,
                              double   *dx,
                              double   *dy)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  wm_viewport_view_to_document (priv->viewport, wx, wy, dx, dy);
}

void
wm_canvas_document_to_widget (WmCanvas *self,
                              double    dx,
                              double    dy,
                              double   *wx,
                              double   *wy)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);

  wm_viewport_document_to_view (priv->viewport, dx, dy, wx, wy);
}
