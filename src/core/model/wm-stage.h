/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_STAGE (wm_stage_get_type ())
G_DECLARE_FINAL_TYPE (WmStage, wm_stage, WM, STAGE, WmObject)

WmStage      *wm_stage_new             (const char *name);
const char   *wm_stage_get_name        (WmStage    *self);
void          wm_stage_set_name        (WmStage    *self,
                                        const char *name);
const char   *wm_stage_get_description (WmStage    *self);
void          wm_stage_set_description (WmStage    *self,
                                        const char *description);
const char   *wm_stage_get_colour      (WmStage    *self);
void          wm_stage_set_colour      (WmStage    *self,
                                        const char *colour);
WmObjectList *wm_stage_get_steps       (WmStage    *self);

G_END_DECLS
