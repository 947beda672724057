/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_ITEM (wm_blueprint_item_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintItem, wm_blueprint_item, WM, BLUEPRINT_ITEM, WmObject)

WmBlueprintItem *wm_blueprint_item_new          (const char      *step_id,
                                                 const char      *text);
const char      *wm_blueprint_item_get_step_id  (WmBlueprintItem *self);
void             wm_blueprint_item_set_step_id  (WmBlueprintItem *self,
                                                 const char      *step_id);
const char      *wm_blueprint_item_get_text     (WmBlueprintItem *self);
void             wm_blueprint_item_set_text     (WmBlueprintItem *self,
                                                 const char      *text);
WmItemKind       wm_blueprint_item_get_kind     (WmBlueprintItem *self);
void             wm_blueprint_item_set_kind     (WmBlueprintItem *self,
                                                 WmItemKind       kind);
double           wm_blueprint_item_get_duration (WmBlueprintItem *self);
void             wm_blueprint_item_set_duration (WmBlueprintItem *self,
                                                 double           duration);
const char      *wm_blueprint_item_get_colour   (WmBlueprintItem *self);
void             wm_blueprint_item_set_colour   (WmBlueprintItem *self,
                                                 const char      *colour);

G_END_DECLS
