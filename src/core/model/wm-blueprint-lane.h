/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_LANE (wm_blueprint_lane_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintLane, wm_blueprint_lane, WM, BLUEPRINT_LANE, WmObject)

WmBlueprintLane     *wm_blueprint_lane_new        (WmBlueprintLaneKind  kind,
                                                   const char          *title);
const char          *wm_blueprint_lane_get_title  (WmBlueprintLane     *self);
void                 wm_blueprint_lane_set_title  (WmBlueprintLane     *self,
                                                   const char          *title);
WmBlueprintLaneKind  wm_blueprint_lane_get_kind   (WmBlueprintLane     *self);
void                 wm_blueprint_lane_set_kind   (WmBlueprintLane     *self,
                                                   WmBlueprintLaneKind  kind);
const char          *wm_blueprint_lane_get_colour (WmBlueprintLane     *self);
void                 wm_blueprint_lane_set_colour (WmBlueprintLane     *self,
                                                   const char          *colour);
WmObjectList        *wm_blueprint_lane_get_items  (WmBlueprintLane     *self);

G_END_DECLS
