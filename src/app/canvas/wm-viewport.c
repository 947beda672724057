/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include <math.h>

#include "wm-viewport.h"

/* Which part of a document a canvas shows: the zoom and the document point at the view's
 * top-left corner. Knows nothing of widgets, so it is tested without a display. The origin is
 * kept so that the content cannot be scrolled entirely out of view.
 */
struct _WmViewport
{
  GObject parent_instance;

  double  zoom;
  double  x;
  double  y;
  double  view_width;
  double  view_height;
  double  content_width;
  double  content_height;
};

G_DEFINE_FINAL_TYPE (WmViewport, wm_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_X,
  PROP_Y,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Keep at least a margin of the content visible, and centre content smaller than the view. */
static void
clamp_origin (WmViewport *self)
{
  double visible_w = self->view_width / self->zoom;
  double visible_h = self->view_height / self->zoom;
  double margin = 48 / self->zoom;

  if (self->content_width <= visible_w)
    self->x = -(visible_w - self->content_width) / 2;
  else
    self->x = CLAMP (self->x, -margin, self->content_width - visible_w + margin);

  if (self->content_height <= visible_h)
    self->y = 0;
  else
    self->y = CLAMP (self->y, -margin, self->content_height - visible_h + margin);
}

static void
update (WmViewport *self,
        double      old_zoom,
        double      old_x,
        double      old_y)
{
  clamp_origin (self);

  if (self->zoom != old_zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  if (self->x != old_x)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
  if (self->y != old_y)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
  if (self->zoom != old_zoom || self->x != old_x || self->y != old_y)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
wm_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WmViewport *self = WM_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_X:
      g_value_set_double (value, self->x);
      break;
    case PROP_Y:
      g_value_set_double (value, self->y);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_viewport_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WmViewport *self = WM_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      wm_viewport_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_viewport_class_init (WmViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wm_viewport_get_property;
  object_class->set_property = wm_viewport_set_property;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, WM_VIEWPORT_MIN_ZOOM, WM_VIEWPORT_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmViewport::changed:
   *
   * Emitted once after the zoom or the origin changed, for a redraw.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wm_viewport_init (WmViewport *self)
{
  self->zoom = 1.0;
}

WmViewport *
wm_viewport_new (void)
{
  return g_object_new (WM_TYPE_VIEWPORT, NULL);
}

double
wm_viewport_get_zoom (WmViewport *self)
{
  g_return_val_if_fail (WM_IS_VIEWPORT (self), 1.0);

  return self->zoom;
}

/* Zooms about the centre of the view. */
void
wm_viewport_set_zoom (WmViewport *self,
                      double      zoom)
{
  g_return_if_fail (WM_IS_VIEWPORT (self));

  wm_viewport_zoom_at (self, zoom / self->zoom, self->view_width / 2, self->view_height / 2);
}

double
wm_viewport_get_x (WmViewport *self)
{
  g_return_val_if_fail (WM_IS_VIEWPORT (self), 0);

  return self->x;
}

double
wm_viewport_get_y (WmViewport *self)
{
  g_return_val_if_fail (WM_IS_VIEWPORT (self), 0);

  return self->y;
}

void
wm_viewport_set_origin (WmViewport *self,
                        double      x,
                        double      y)
{
  double old_x, old_y;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  old_x = self->x;
  old_y = self->y;
  self->x = x;
  self->y = y;
  update (self, self->zoom, old_x, old_y);
}

void
wm_viewport_set_view_size (WmViewport *self,
                           double      width,
                           double      height)
{
  double old_x, old_y;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  old_x = self->x;
  old_y = self->y;
  self->view_width = MAX (width, 1);
  self->view_height = MAX (height, 1);
  update (self, self->zoom, old_x, old_y);
}

void
wm_viewport_set_content_size (WmViewport *self,
                              double      width,
                              double      height)
{
  double old_x, old_y;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  old_x = self->x;
  old_y = self->y;
  self->content_width = MAX (width, 0);
  self->content_height = MAX (height, 0);
  update (self, self->zoom, old_x, old_y);
}

void
wm_viewport_view_to_document (WmViewport *self,
                              double      vx,
                              double      vy,
                              double     *dx,
                              double     *dy)
{
  g_return_if_fail (WM_IS_VIEWPORT (self));

  *dx = self->x + vx / self->zoom;
  *dy = self->y + vy / self->zoom;
}

void
wm_viewport_document_to_view (WmViewport *self,
                              double      dx,
                              double      dy,
                              double     *vx,
                              double     *vy)
{
  g_return_if_fail (WM_IS_VIEWPORT (self));

  *vx = (dx - self->x) * self->zoom;
  *vy = (dy - self->y) * self->zoom;
}

/**
 * wm_viewport_zoom_at:
 * @factor: multiplies the zoom (clamped to the allowed range)
 * @vx: the view point that stays in place (the pointer, for Ctrl+scroll and pinch)
 */
void
wm_viewport_zoom_at (WmViewport *self,
                     double      factor,
                     double      vx,
                     double      vy)
{
  double old_zoom, old_x, old_y, dx, dy;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  old_zoom = self->zoom;
  old_x = self->x;
  old_y = self->y;
  wm_viewport_view_to_document (self, vx, vy, &dx, &dy);
  self->zoom = CLAMP (self->zoom * factor, WM_VIEWPORT_MIN_ZOOM, WM_VIEWPORT_MAX_ZOOM);
  /* Snap to 100 % when close, so that text returns to its crisp size. */
  if (fabs (self->zoom - 1.0) < 0.02)
    self->zoom = 1.0;
  self->x = dx - vx / self->zoom;
  self->y = dy - vy / self->zoom;
  update (self, old_zoom, old_x, old_y);
}

/* Moves the content by (@dvx, @dvy) view pixels, as dragging it would. */
void
wm_viewport_pan (WmViewport *self,
                 double      dvx,
                 double      dvy)
{
  g_return_if_fail (WM_IS_VIEWPORT (self));

  wm_viewport_set_origin (self, self->x - dvx / self->zoom, self->y - dvy / self->zoom);
}

/* Zooms so that the whole content fits the view, never above 100 %. */
void
wm_viewport_fit (WmViewport *self)
{
  double old_zoom, old_x, old_y;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  if (self->content_width <= 0 || self->content_height <= 0)
    return;

  old_zoom = self->zoom;
  old_x = self->x;
  old_y = self->y;
  self->zoom = CLAMP (MIN (self->view_width / self->content_width,
                           self->view_height / self->content_height),
                      WM_VIEWPORT_MIN_ZOOM, 1.0);
  self->x = 0;
  self->y = 0;
  update (self, old_zoom, old_x, old_y);
}

/* Scrolls as little as needed to show the rectangle (a focused card), with some room. */
void
wm_viewport_scroll_to_show (WmViewport *self,
                            double      x,
                            double      y,
                            double      width,
                            double      height)
{
  double vx, vy, vw, vh;
  double nx, ny, pad = 24 / self->zoom;

  g_return_if_fail (WM_IS_VIEWPORT (self));

  wm_viewport_get_visible (self, &vx, &vy, &vw, &vh);
  nx = vx;
  ny = vy;
  if (x - pad < vx)
    nx = x - pad;
  else if (x + width + pad > vx + vw)
    nx = MIN (x - pad, x + width + pad - vw);
  if (y - pad < vy)
    ny = y - pad;
  else if (y + height + pad > vy + vh)
    ny = MIN (y - pad, y + height + pad - vh);

  wm_viewport_set_origin (self, nx, ny);
}

void
wm_viewport_get_visible (WmViewport *self,
                         double     *x,
                         double     *y,
                         double     *width,
                         double     *height)
{
  g_return_if_fail (WM_IS_VIEWPORT (self));

  *x = self->x;
  *y = self->y;
  *width = self->view_width / self->zoom;
  *height = self->view_height / self->zoom;
}
