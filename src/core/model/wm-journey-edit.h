/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* Edits of a journey map's structure, each one undo step on @history. They keep the map
 * consistent: removing a step removes what sits in it, changing a lane's kind drops content
 * the new kind cannot hold, and nothing is left pointing at what went away. */

WmStage        *wm_journey_edit_add_stage      (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                guint          position,
                                                const char    *name);
WmStep         *wm_journey_edit_add_step       (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                WmStage       *stage,
                                                guint          position,
                                                const char    *name);
WmLane         *wm_journey_edit_add_lane       (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                guint          position,
                                                WmLaneKind     kind,
                                                const char    *title);
void            wm_journey_edit_remove_step    (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                WmStep        *step);
void            wm_journey_edit_remove_stage   (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                WmStage       *stage);
void            wm_journey_edit_remove_lane    (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                WmLane        *lane);
void            wm_journey_edit_move_stage     (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                guint          from,
                                                guint          to);
void            wm_journey_edit_move_lane      (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                guint          from,
                                                guint          to);
void            wm_journey_edit_move_step      (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                guint          from,
                                                guint          to);
void            wm_journey_edit_set_lane_kind  (WmHistory     *history,
                                                WmLane        *lane,
                                                WmLaneKind     kind);
WmEmotionPoint *wm_journey_edit_set_score      (WmHistory     *history,
                                                WmLane        *lane,
                                                const char    *step_id,
                                                const char    *persona_id,
                                                int            score);
WmMetricValue  *wm_journey_edit_set_value      (WmHistory     *history,
                                                WmLane        *lane,
                                                const char    *step_id,
                                                double         value);
WmJourneyMap   *wm_journey_map_new_starter     (const char    *name);
WmLane         *wm_journey_map_find_lane_of_kind (WmJourneyMap *map,
                                                 WmLaneKind    kind);
void            wm_journey_edit_link_persona   (WmHistory     *history,
                                                WmJourneyMap  *map,
                                                const char    *persona_id,
                                                gboolean       linked);

G_END_DECLS
