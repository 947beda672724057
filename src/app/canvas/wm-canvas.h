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

/* Decorations the editors share, drawn in document units. */
void           wm_canvas_draw_outline     (cairo_t       *cr,
                                           const WmRect  *rect,
                                           double         grow,
                                           double         radius,
                                           const GdkRGBA *colour,
                                           double         width,
                                           gboolean       dashed);
void           wm_canvas_draw_add_button  (cairo_t       *cr,
                                           const WmRect  *rect,
                                           const GdkRGBA *colour,
                                           double         zoom,
                                           const char    *label);
void           wm_canvas_band_rect        (double         x0,
                                           double         y0,
                                           double         x1,
                                           double         y1,
                                           WmRect        *band);
void           wm_canvas_draw_rubber_band (cairo_t       *cr,
                                           const WmRect  *band,
                                           const GdkRGBA *accent,
                                           double         zoom);
void           wm_canvas_popup_menu       (WmCanvas      *self,
                                           GtkWidget    **menu,
                                           GMenuModel    *model,
                                           double         wx,
                                           double         wy);
GtkWidget     *wm_canvas_new_zoom_controls (GtkWidget    **zoom_label);
GtkWidget     *wm_canvas_add_inline_editor (WmCanvas     *self,
                                           const char    *label,
                                           GtkWidget    **text_view);
void           wm_canvas_watch_inline_editor (WmCanvas *self,
                                           GtkWidget     *text_view,
                                           GCallback      key_pressed,
                                           GCallback      focus_leave);
void           wm_canvas_add_pointer_gestures (WmCanvas *self,
                                           GCallback      click_pressed,
                                           GCallback      context_pressed,
                                           GCallback      drag_begin,
                                           GCallback      drag_update,
                                           GCallback      drag_end);
void           wm_canvas_allocate_inline_editor (WmCanvas *self,
                                           GtkWidget     *editor,
                                           const WmRect  *bounds);

G_END_DECLS
