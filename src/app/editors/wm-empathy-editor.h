/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-editor-frame.h"
#include "wm-empathy-canvas.h"
#include "wm-empathy-inspector.h"

G_BEGIN_DECLS

#define WM_TYPE_EMPATHY_EDITOR (wm_empathy_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmEmpathyEditor, wm_empathy_editor, WM, EMPATHY_EDITOR, WmEditorFrame)

GtkWidget          *wm_empathy_editor_new           (void);
void                wm_empathy_editor_set_map       (WmEmpathyEditor *self,
                                                     WmDocument      *document,
                                                     WmEmpathyMap    *map);
WmEmpathyCanvas    *wm_empathy_editor_get_canvas    (WmEmpathyEditor *self);
WmEmpathyInspector *wm_empathy_editor_get_inspector (WmEmpathyEditor *self);

G_END_DECLS
