/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wm-canvas.h"
#include "wm-render-cairo.h"
#include "wm-text.h"

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

  /* The children (the inline text editor) go on top. */
  GTK_WIDGET_CLASS (wm_canvas_parent_class)->snapshot (widget, snapshot);
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

/**
 * wm_canvas_draw_outline:
 * @rect: the rectangle to outline
 * @grow: how far outside @rect the outline runs (negative: inside)
 * @radius: of the corners
 * @width: of the line, in document units
 *
 * Outlines a rectangle with rounded corners: selection, focus and drop indicators.
 */
void
wm_canvas_draw_outline (cairo_t       *cr,
                        const WmRect  *rect,
                        double         grow,
                        double         radius,
                        const GdkRGBA *colour,
                        double         width,
                        gboolean       dashed)
{
  double x = rect->x - grow, y = rect->y - grow;
  double w = rect->width + 2 * grow, h = rect->height + 2 * grow;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_set_line_width (cr, width);
  if (dashed)
    cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/**
 * wm_canvas_draw_add_button:
 * @rect: where the button is
 * @zoom: the viewport's zoom, to keep the dashes as wide on screen at any zoom
 * @label: what it says ("+", "+ Add lane")
 *
 * Draws a dashed "add" button past the edge of a diagram.
 */
void
wm_canvas_draw_add_button (cairo_t       *cr,
                           const WmRect  *rect,
                           const GdkRGBA *colour,
                           double         zoom,
                           const char    *label)
{
  PangoLayout *layout;
  int width, height;

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x + rect->width - 8, rect->y + 8, 8, -G_PI / 2, 0);
  cairo_arc (cr, rect->x + rect->width - 8, rect->y + rect->height - 8, 8, 0, G_PI / 2);
  cairo_arc (cr, rect->x + 8, rect->y + rect->height - 8, 8, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x + 8, rect->y + 8, 8, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 0.6);
  cairo_set_line_width (cr, 1.5 / zoom);
  cairo_set_dash (cr, (double[]) { 4 / zoom, 3 / zoom }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  layout = wm_text_new_layout (label, 13, TRUE);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, rect->x + (rect->width - width) / 2, rect->y + (rect->height - height) / 2);
  gdk_cairo_set_source_rgba (cr, colour);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  /* Showing text leaves the current point: what is drawn next starts afresh. */
  cairo_new_path (cr);
  cairo_restore (cr);
}

/**
 * wm_canvas_band_rect:
 * @band: (out): the rectangle with corners (@x0, @y0) and (@x1, @y1)
 *
 * The rectangle a rubber-band drag from (@x0, @y0) to (@x1, @y1) spans, in either direction.
 */
void
wm_canvas_band_rect (double  x0,
                     double  y0,
                     double  x1,
                     double  y1,
                     WmRect *band)
{
  *band = (WmRect) { MIN (x0, x1), MIN (y0, y1), fabs (x1 - x0), fabs (y1 - y0) };
}

/**
 * wm_canvas_draw_rubber_band:
 * @band: the rectangle being selected, from wm_canvas_band_rect()
 * @accent: the accent colour
 * @zoom: the viewport's zoom, for a hairline outline
 *
 * Draws the rubber band of a selection by dragging: a faint accent fill and a thin outline.
 */
void
wm_canvas_draw_rubber_band (cairo_t       *cr,
                            const WmRect  *band,
                            const GdkRGBA *accent,
                            double         zoom)
{
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.12);
  cairo_rectangle (cr, band->x, band->y, band->width, band->height);
  cairo_fill (cr);
  wm_canvas_draw_outline (cr, band, 0, 0.01, accent, 1 / zoom, FALSE);
}

/**
 * wm_canvas_popup_menu:
 * @menu: (inout): the canvas's context menu, made on first use and kept for the next
 * @model: the menu to show
 * @wx: where to point, in widget coordinates
 * @wy: where to point, in widget coordinates
 *
 * Pops up a context menu of @self at a point, as every editor's right click and Menu key do.
 * The subclass unparents *@menu when it is disposed.
 */
void
wm_canvas_popup_menu (WmCanvas    *self,
                      GtkWidget  **menu,
                      GMenuModel  *model,
                      double       wx,
                      double       wy)
{
  g_return_if_fail (WM_IS_CANVAS (self));
  g_return_if_fail (menu != NULL);

  if (*menu == NULL)
    {
      *menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (*menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (*menu), FALSE);
      gtk_widget_set_halign (*menu, GTK_ALIGN_START);
    }
  else
    {
      gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (*menu), model);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (*menu), &(GdkRectangle) { (int) wx, (int) wy, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (*menu));
}

static GtkWidget *
zoom_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/**
 * wm_canvas_new_zoom_controls:
 * @zoom_label: (out) (transfer none): the button showing the zoom, to update
 *
 * The zoom controls an editor floats over its canvas: zoom out, the percentage (resets), zoom
 * in, fit, and the inspector toggle. They activate the editor's `editor.zoom-out`,
 * `editor.zoom-reset`, `editor.zoom-in`, `editor.zoom-fit` and `editor.toggle-inspector`.
 *
 * Returns: (transfer floating): the box
 */
GtkWidget *
wm_canvas_new_zoom_controls (GtkWidget **zoom_label)
{
  GtkWidget *box, *toggle, *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "zoom-controls");
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-out-symbolic", "editor.zoom-out", _("Zoom Out")));
  label = gtk_button_new_with_label ("100 %");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (label), "editor.zoom-reset");
  gtk_widget_set_tooltip_text (label, _("Reset Zoom"));
  gtk_widget_set_focus_on_click (label, FALSE);
  gtk_widget_add_css_class (label, "flat");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-in-symbolic", "editor.zoom-in", _("Zoom In")));
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-fit-best-symbolic", "editor.zoom-fit", _("Fit to Window")));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  toggle = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (toggle), "sidebar-show-right-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "editor.toggle-inspector");
  gtk_widget_set_tooltip_text (toggle, _("Show Inspector"));
  gtk_widget_set_focus_on_click (toggle, FALSE);
  gtk_widget_add_css_class (toggle, "flat");
  gtk_box_append (GTK_BOX (box), toggle);

  if (zoom_label != NULL)
    *zoom_label = label;

  return box;
}

/**
 * wm_canvas_add_inline_editor:
 * @label: the accessible label of the text field ("Card text")
 * @text_view: (out) (transfer none): the text field
 *
 * Makes the hidden text field that edits text in place (a card's, a note's, a header's): a
 * word-wrapping #GtkTextView in a frame, a child of the canvas. Subclasses show it over what
 * they edit and place it with wm_canvas_allocate_inline_editor() from size_allocate.
 *
 * Returns: (transfer none): the frame
 */
GtkWidget *
wm_canvas_add_inline_editor (WmCanvas   *self,
                             const char *label,
                             GtkWidget **text_view)
{
  GtkWidget *frame, *view;

  g_return_val_if_fail (WM_IS_CANVAS (self), NULL);

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "card-editor");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_parent (frame, GTK_WIDGET (self));
  gtk_widget_set_visible (frame, FALSE);

  if (text_view != NULL)
    *text_view = view;

  return frame;
}

/**
 * wm_canvas_watch_inline_editor:
 * @text_view: the text field from wm_canvas_add_inline_editor()
 * @key_pressed: a #GtkEventControllerKey::key-pressed handler, called with @self as its data
 * @focus_leave: called as `focus_leave (self)` when the keyboard focus leaves @text_view
 *
 * Connects a subclass's commit and cancel handling to its inline editor.
 */
void
wm_canvas_watch_inline_editor (WmCanvas  *self,
                               GtkWidget *text_view,
                               GCallback  key_pressed,
                               GCallback  focus_leave)
{
  GtkEventController *key, *focus;

  g_return_if_fail (WM_IS_CANVAS (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", key_pressed, self);
  gtk_widget_add_controller (text_view, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", focus_leave, self);
  gtk_widget_add_controller (text_view, focus);
}

/**
 * wm_canvas_add_pointer_gestures:
 * @click_pressed: the primary button's #GtkGestureClick::pressed handler
 * @context_pressed: the secondary button's #GtkGestureClick::pressed handler
 * @drag_begin: the primary button's #GtkGestureDrag::drag-begin handler
 * @drag_update: its #GtkGestureDrag::drag-update handler
 * @drag_end: its #GtkGestureDrag::drag-end handler
 *
 * Adds the click, context click and drag gestures every editor's canvas has, in that order;
 * each handler is called with @self as its data.
 */
void
wm_canvas_add_pointer_gestures (WmCanvas  *self,
                                GCallback  click_pressed,
                                GCallback  context_pressed,
                                GCallback  drag_begin,
                                GCallback  drag_update,
                                GCallback  drag_end)
{
  GtkGesture *click, *context, *drag;

  g_return_if_fail (WM_IS_CANVAS (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", click_pressed, self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  context = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
  g_signal_connect (context, "pressed", context_pressed, self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", drag_begin, self);
  g_signal_connect (drag, "drag-update", drag_update, self);
  g_signal_connect (drag, "drag-end", drag_end, self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/**
 * wm_canvas_allocate_inline_editor:
 * @editor: the frame from wm_canvas_add_inline_editor()
 * @bounds: what it edits, in document units
 *
 * Places the inline editor over @bounds at the current zoom, at least wide and tall enough to
 * type in; nothing happens while it is hidden.
 */
void
wm_canvas_allocate_inline_editor (WmCanvas     *self,
                                  GtkWidget    *editor,
                                  const WmRect *bounds)
{
  WmCanvasPrivate *priv = wm_canvas_get_instance_private (self);
  double x, y, zoom;
  int width, min_height;

  g_return_if_fail (WM_IS_CANVAS (self));

  if (!gtk_widget_should_layout (editor))
    return;

  zoom = wm_viewport_get_zoom (priv->viewport);
  wm_viewport_document_to_view (priv->viewport, bounds->x, bounds->y, &x, &y);
  width = (int) MAX (bounds->width * zoom, 120);
  gtk_widget_measure (editor, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
  gtk_widget_allocate (editor, width, MAX ((int) (bounds->height * zoom), MAX (min_height, 48)), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((float) x, (float) y)));
}
