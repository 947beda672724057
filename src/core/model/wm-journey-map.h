/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-lane.h"
#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-stage.h"
#include "wm-step.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_JOURNEY_MAP (wm_journey_map_get_type ())
G_DECLARE_FINAL_TYPE (WmJourneyMap, wm_journey_map, WM, JOURNEY_MAP, WmObject)

WmJourneyMap       *wm_journey_map_new             (const char          *name);
const char         *wm_journey_map_get_name        (WmJourneyMap        *self);
void                wm_journey_map_set_name        (WmJourneyMap        *self,
                                                    const char          *name);
const char         *wm_journey_map_get_description (WmJourneyMap        *self);
void                wm_journey_map_set_description (WmJourneyMap        *self,
                                                    const char          *description);
const char         *wm_journey_map_get_scenario    (WmJourneyMap        *self);
void                wm_journey_map_set_scenario    (WmJourneyMap        *self,
                                                    const char          *scenario);
const char * const *wm_journey_map_get_persona_ids (WmJourneyMap        *self);
void                wm_journey_map_set_persona_ids (WmJourneyMap        *self,
                                                    const char * const  *persona_ids);
WmObjectList       *wm_journey_map_get_stages      (WmJourneyMap        *self);
WmObjectList       *wm_journey_map_get_lanes       (WmJourneyMap        *self);
guint               wm_journey_map_get_n_steps     (WmJourneyMap        *self);
WmStep             *wm_journey_map_get_step        (WmJourneyMap        *self,
                                                    guint                index);
WmStep             *wm_journey_map_find_step       (WmJourneyMap        *self,
                                                    const char          *id,
                                                    WmStage            **stage);
int                 wm_journey_map_get_step_index  (WmJourneyMap        *self,
                                                    const char          *id);
WmLane             *wm_journey_map_find_lane       (WmJourneyMap        *self,
                                                    const char          *id);

G_END_DECLS
