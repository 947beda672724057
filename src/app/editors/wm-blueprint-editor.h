/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-editor-frame.h"
#include "wm-blueprint-canvas.h"
#include "wm-blueprint-inspector.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_EDITOR (wm_blueprint_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintEditor, wm_blueprint_editor, WM, BLUEPRINT_EDITOR, WmEditorFrame)

GtkWidget            *wm_blueprint_editor_new           (void);
void                  wm_blueprint_editor_set_blueprint (WmBlueprintEditor  *self,
                                                         WmDocument         *document,
                                                         WmServiceBlueprint *blueprint);
WmBlueprintCanvas    *wm_blueprint_editor_get_canvas    (WmBlueprintEditor  *self);
WmBlueprintInspector *wm_blueprint_editor_get_inspector (WmBlueprintEditor  *self);

G_END_DECLS
