/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_VIEWPORT_MIN_ZOOM 0.1
#define WM_VIEWPORT_MAX_ZOOM 4.0

#define WM_TYPE_VIEWPORT (wm_viewport_get_type ())
G_DECLARE_FINAL_TYPE (WmViewport, wm_viewport, WM, VIEWPORT, GObject)

WmViewport *wm_viewport_new                (void);
double      wm_viewport_get_zoom           (WmViewport *self);
void        wm_viewport_set_zoom           (WmViewport *self,
                                            double      zoom);
double      wm_viewport_get_x              (WmViewport *self);
double      wm_viewport_get_y              (WmViewport *self);
void        wm_viewport_set_origin         (WmViewport *self,
                                            double      x,
                                            double      y);
void        wm_viewport_set_view_size      (WmViewport *self,
                                            double      width,
                                            double      height);
void        wm_viewport_set_content_size   (WmViewport *self,
                                            double      width,
                                            double      height);
void        wm_viewport_view_to_document   (WmViewport *self,
                                            double      vx,
                                            double      vy,
                                            double     *dx,
                                            double     *dy);
void        wm_viewport_document_to_view   (WmViewport *self,
                                            double      dx,
                                            double      dy,
                                            double     *vx,
                                            double     *vy);
void        wm_viewport_zoom_at            (WmViewport *self,
                                            double      factor,
                                            double      vx,
                                            double      vy);
void        wm_viewport_pan                (WmViewport *self,
                                            double      dvx,
                                            double      dvy);
void        wm_viewport_fit                (WmViewport *self);
void        wm_viewport_scroll_to_show     (WmViewport *self,
                                            double      x,
                                            double      y,
                                            double      width,
                                            double      height);
void        wm_viewport_get_visible        (WmViewport *self,
                                            double     *x,
                                            double     *y,
                                            double     *width,
                                            double     *height);

G_END_DECLS
