/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_LANE (wm_lane_get_type ())
G_DECLARE_FINAL_TYPE (WmLane, wm_lane, WM, LANE, WmObject)

WmLane       *wm_lane_new        (WmLaneKind  kind,
                                  const char *title);
const char   *wm_lane_get_title  (WmLane     *self);
void          wm_lane_set_title  (WmLane     *self,
                                  const char *title);
WmLaneKind    wm_lane_get_kind   (WmLane     *self);
void          wm_lane_set_kind   (WmLane     *self,
                                  WmLaneKind  kind);
const char   *wm_lane_get_colour (WmLane     *self);
void          wm_lane_set_colour (WmLane     *self,
                                  const char *colour);
const char   *wm_lane_get_unit   (WmLane     *self);
void          wm_lane_set_unit   (WmLane     *self,
                                  const char *unit);
WmObjectList *wm_lane_get_cards  (WmLane     *self);
WmObjectList *wm_lane_get_points (WmLane     *self);
WmObjectList *wm_lane_get_values (WmLane     *self);

G_END_DECLS
