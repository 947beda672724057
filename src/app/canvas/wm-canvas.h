/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-display-list.h"
#include "wm-viewport.h"

G_BEGIN_DECLS

#define WM_TYPE_CANVAS (wm_canvas_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmCanvas, wm_canvas, WM, CANVAS, GtkWidget)

struct _WmCanvasClass
{
  GtkWidgetClass parent_class;

  /* Draws selection, focus and drop indicators, in document units. */
  void (*draw_overlay) (WmCanvas *self,
                        cairo_t  *cr);

  gpointer padding[8];
};

WmViewport    *wm_canvas_get_viewport     (WmCanvas      *self);
WmDisplayList *wm_canvas_get_display_list (WmCanvas      *self);
void           wm_canvas_set_display_list (WmCanvas      *self,
                                           WmDisplayList *list);
void           wm_canvas_widget_to_document (WmCanvas    *self,
                                           double         wx,
                                           double         wy,
                                           double        *dx,
                                           double        *dy);
void           wm_canvas_document_to_widget (WmCanvas    *self,
                                           double         dx,
                                           double         dy,
                                           double        *wx,
                                           double        *wy);

G_END_DECLS
