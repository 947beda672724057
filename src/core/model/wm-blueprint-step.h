/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_BLUEPRINT_STEP (wm_blueprint_step_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintStep, wm_blueprint_step, WM, BLUEPRINT_STEP, WmObject)

WmBlueprintStep *wm_blueprint_step_new          (const char      *name,
                                                 double           duration);
const char      *wm_blueprint_step_get_name     (WmBlueprintStep *self);
void             wm_blueprint_step_set_name     (WmBlueprintStep *self,
                                                 const char      *name);
double           wm_blueprint_step_get_duration (WmBlueprintStep *self);
void             wm_blueprint_step_set_duration (WmBlueprintStep *self,
                                                 double           duration);

G_END_DECLS
