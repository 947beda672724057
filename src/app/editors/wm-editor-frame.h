/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-canvas.h"

G_BEGIN_DECLS

#define WM_TYPE_EDITOR_FRAME (wm_editor_frame_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmEditorFrame, wm_editor_frame, WM, EDITOR_FRAME, GtkWidget)

struct _WmEditorFrameClass
{
  GtkWidgetClass parent_class;

  gpointer padding[4];
};

void       wm_editor_frame_set_content   (WmEditorFrame *self,
                                          WmCanvas      *canvas,
                                          GtkWidget     *inspector,
                                          const char    *canvas_label);
WmCanvas  *wm_editor_frame_get_canvas    (WmEditorFrame *self);
GtkWidget *wm_editor_frame_get_inspector (WmEditorFrame *self);

G_END_DECLS
