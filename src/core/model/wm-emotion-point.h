/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_EMOTION_POINT (wm_emotion_point_get_type ())
G_DECLARE_FINAL_TYPE (WmEmotionPoint, wm_emotion_point, WM, EMOTION_POINT, WmObject)

WmEmotionPoint *wm_emotion_point_new            (const char     *step_id,
                                                 const char     *persona_id,
                                                 int             score);
const char     *wm_emotion_point_get_step_id    (WmEmotionPoint *self);
void            wm_emotion_point_set_step_id    (WmEmotionPoint *self,
                                                 const char     *step_id);
const char     *wm_emotion_point_get_persona_id (WmEmotionPoint *self);
void            wm_emotion_point_set_persona_id (WmEmotionPoint *self,
                                                 const char     *persona_id);
int             wm_emotion_point_get_score      (WmEmotionPoint *self);
void            wm_emotion_point_set_score      (WmEmotionPoint *self,
                                                 int             score);

G_END_DECLS
