/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* Edits of a service blueprint, each one undo step on @history. They keep the blueprint
 * consistent: removing a step or a lane removes the items in it, and removing an item removes
 * the arrows from and to it, in the same undo step. Positions out of range are clamped
 * (adding) or change nothing (moving). */

WmBlueprintStep    *wm_blueprint_edit_add_step          (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         guint                position,
                                                         const char          *name);
void                wm_blueprint_edit_remove_step       (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintStep     *step);
void                wm_blueprint_edit_move_step         (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         guint                from,
                                                         guint                to);
void                wm_blueprint_edit_set_step_name     (WmHistory           *history,
                                                         WmBlueprintStep     *step,
                                                         const char          *name);
void                wm_blueprint_edit_set_step_duration (WmHistory           *history,
                                                         WmBlueprintStep     *step,
                                                         double               minutes);

WmBlueprintLane    *wm_blueprint_edit_add_lane          (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         guint                position,
                                                         WmBlueprintLaneKind  kind,
                                                         const char          *title);
void                wm_blueprint_edit_remove_lane       (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintLane     *lane);
void                wm_blueprint_edit_move_lane         (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         guint                from,
                                                         guint                to);
void                wm_blueprint_edit_set_lane_title    (WmHistory           *history,
                                                         WmBlueprintLane     *lane,
                                                         const char          *title);
void                wm_blueprint_edit_set_lane_kind     (WmHistory           *history,
                                                         WmBlueprintLane     *lane,
                                                         WmBlueprintLaneKind  kind);
void                wm_blueprint_edit_set_lane_colour   (WmHistory           *history,
                                                         WmBlueprintLane     *lane,
                                                         const char          *colour);

WmBlueprintItem    *wm_blueprint_edit_add_item          (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintLane     *lane,
                                                         const char          *step_id,
                                                         guint                index,
                                                         const char          *text);
void                wm_blueprint_edit_remove_items      (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintItem    **items,
                                                         guint                n_items);
void                wm_blueprint_edit_remove_item       (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintItem     *item);
void                wm_blueprint_edit_move_items        (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintItem    **items,
                                                         guint                n_items,
                                                         WmBlueprintLane     *lane,
                                                         const char          *step_id,
                                                         guint                index);
GPtrArray          *wm_blueprint_edit_add_items         (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintLane     *lane,
                                                         const char          *step_id,
                                                         guint                index,
                                                         const char * const  *texts);
GPtrArray          *wm_blueprint_edit_insert_items      (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintLane     *lane,
                                                         const char          *step_id,
                                                         guint                index,
                                                         GPtrArray           *items);
GPtrArray          *wm_blueprint_edit_duplicate_items   (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmBlueprintItem    **items,
                                                         guint                n_items);
void                wm_blueprint_edit_set_item_text     (WmHistory           *history,
                                                         WmBlueprintItem     *item,
                                                         const char          *text);
void                wm_blueprint_edit_set_item_kind     (WmHistory           *history,
                                                         WmBlueprintItem     *item,
                                                         WmItemKind           kind);
void                wm_blueprint_edit_set_item_duration (WmHistory           *history,
                                                         WmBlueprintItem     *item,
                                                         double               minutes);
void                wm_blueprint_edit_set_item_colour   (WmHistory           *history,
                                                         WmBlueprintItem     *item,
                                                         const char          *colour);

WmArrow            *wm_blueprint_edit_add_arrow         (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         const char          *from_id,
                                                         const char          *to_id,
                                                         const char          *label);
void                wm_blueprint_edit_remove_arrow      (WmHistory           *history,
                                                         WmServiceBlueprint  *blueprint,
                                                         WmArrow             *arrow);
void                wm_blueprint_edit_set_arrow_label   (WmHistory           *history,
                                                         WmArrow             *arrow,
                                                         const char          *label);

WmBlueprintLane    *wm_service_blueprint_find_item      (WmServiceBlueprint  *blueprint,
                                                         const char          *item_id,
                                                         WmBlueprintItem    **item);
GPtrArray          *wm_service_blueprint_get_cell_items (WmServiceBlueprint  *blueprint,
                                                         WmBlueprintLane     *lane,
                                                         const char          *step_id);

WmServiceBlueprint *wm_service_blueprint_new_from_journey_map (WmDocument    *document,
                                                               WmJourneyMap  *map);
WmServiceBlueprint *wm_blueprint_edit_add_from_journey_map    (WmDocument    *document,
                                                               WmJourneyMap  *map);

G_END_DECLS
