/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_SERVICE_BLUEPRINT (wm_service_blueprint_get_type ())
G_DECLARE_FINAL_TYPE (WmServiceBlueprint, wm_service_blueprint, WM, SERVICE_BLUEPRINT, WmObject)

WmServiceBlueprint *wm_service_blueprint_new                     (const char         *name);
WmServiceBlueprint *wm_service_blueprint_new_with_standard_lanes (const char         *name);
const char         *wm_service_blueprint_get_name                (WmServiceBlueprint *self);
void                wm_service_blueprint_set_name                (WmServiceBlueprint *self,
                                                                  const char         *name);
const char         *wm_service_blueprint_get_persona_id          (WmServiceBlueprint *self);
void                wm_service_blueprint_set_persona_id          (WmServiceBlueprint *self,
                                                                  const char         *persona_id);
const char         *wm_service_blueprint_get_map_id              (WmServiceBlueprint *self);
void                wm_service_blueprint_set_map_id              (WmServiceBlueprint *self,
                                                                  const char         *map_id);
WmObjectList       *wm_service_blueprint_get_steps               (WmServiceBlueprint *self);
WmObjectList       *wm_service_blueprint_get_lanes               (WmServiceBlueprint *self);
WmObjectList       *wm_service_blueprint_get_arrows              (WmServiceBlueprint *self);

G_END_DECLS
