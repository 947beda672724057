/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_ARROW (wm_arrow_get_type ())
G_DECLARE_FINAL_TYPE (WmArrow, wm_arrow, WM, ARROW, WmObject)

WmArrow    *wm_arrow_new         (const char *from_id,
                                  const char *to_id);
const char *wm_arrow_get_from_id (WmArrow    *self);
void        wm_arrow_set_from_id (WmArrow    *self,
                                  const char *from_id);
const char *wm_arrow_get_to_id   (WmArrow    *self);
void        wm_arrow_set_to_id   (WmArrow    *self,
                                  const char *to_id);
const char *wm_arrow_get_label   (WmArrow    *self);
void        wm_arrow_set_label   (WmArrow    *self,
                                  const char *label);

G_END_DECLS
