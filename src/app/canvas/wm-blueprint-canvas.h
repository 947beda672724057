/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-canvas.h"
#include "wm-layout-blueprint.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_CANVAS (wm_blueprint_canvas_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintCanvas, wm_blueprint_canvas, WM, BLUEPRINT_CANVAS, WmCanvas)

GtkWidget          *wm_blueprint_canvas_new                (void);
void                wm_blueprint_canvas_set_blueprint      (WmBlueprintCanvas  *self,
                                                            WmDocument         *document,
                                                            WmServiceBlueprint *blueprint);
WmServiceBlueprint *wm_blueprint_canvas_get_blueprint      (WmBlueprintCanvas  *self);
WmBlueprintLayout  *wm_blueprint_canvas_get_layout         (WmBlueprintCanvas  *self);
GPtrArray          *wm_blueprint_canvas_get_selection      (WmBlueprintCanvas  *self);
const char         *wm_blueprint_canvas_get_selected_arrow (WmBlueprintCanvas  *self);
const char         *wm_blueprint_canvas_get_focus_item     (WmBlueprintCanvas  *self);
gboolean            wm_blueprint_canvas_get_focus_cell     (WmBlueprintCanvas  *self,
                                                            guint              *lane,
                                                            guint              *step);
void                wm_blueprint_canvas_focus_cell         (WmBlueprintCanvas  *self,
                                                            guint               lane,
                                                            guint               step);
void                wm_blueprint_canvas_select             (WmBlueprintCanvas  *self,
                                                            const char         *item_id);
void                wm_blueprint_canvas_select_arrow       (WmBlueprintCanvas  *self,
                                                            const char         *arrow_id);
gboolean            wm_blueprint_canvas_is_editing         (WmBlueprintCanvas  *self);
void                wm_blueprint_canvas_relayout_now       (WmBlueprintCanvas  *self);

const char         *wm_blueprint_lane_kind_label           (WmBlueprintLaneKind kind);
const char         *wm_blueprint_item_kind_label           (WmItemKind          kind);

G_END_DECLS
