/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_STEP (wm_step_get_type ())
G_DECLARE_FINAL_TYPE (WmStep, wm_step, WM, STEP, WmObject)

WmStep     *wm_step_new             (const char *name);
const char *wm_step_get_name        (WmStep     *self);
void        wm_step_set_name        (WmStep     *self,
                                     const char *name);
const char *wm_step_get_description (WmStep     *self);
void        wm_step_set_description (WmStep     *self,
                                     const char *description);

G_END_DECLS
