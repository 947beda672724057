/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-blueprint-canvas.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_INSPECTOR (wm_blueprint_inspector_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintInspector, wm_blueprint_inspector, WM, BLUEPRINT_INSPECTOR, GtkWidget)

GtkWidget  *wm_blueprint_inspector_new           (WmBlueprintCanvas    *canvas);
void        wm_blueprint_inspector_set_blueprint (WmBlueprintInspector *self,
                                                  WmDocument           *document,
                                                  WmServiceBlueprint   *blueprint);
const char *wm_blueprint_inspector_get_mode      (WmBlueprintInspector *self);
void        wm_blueprint_inspector_refresh       (WmBlueprintInspector *self);

G_END_DECLS
