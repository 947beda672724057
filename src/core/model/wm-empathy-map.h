/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_EMPATHY_MAP (wm_empathy_map_get_type ())
G_DECLARE_FINAL_TYPE (WmEmpathyMap, wm_empathy_map, WM, EMPATHY_MAP, WmObject)

WmEmpathyMap *wm_empathy_map_new            (const char    *name);
const char   *wm_empathy_map_get_name       (WmEmpathyMap  *self);
void          wm_empathy_map_set_name       (WmEmpathyMap  *self,
                                             const char    *name);
const char   *wm_empathy_map_get_persona_id (WmEmpathyMap  *self);
void          wm_empathy_map_set_persona_id (WmEmpathyMap  *self,
                                             const char    *persona_id);
const char   *wm_empathy_map_get_goal       (WmEmpathyMap  *self);
void          wm_empathy_map_set_goal       (WmEmpathyMap  *self,
                                             const char    *goal);
WmObjectList *wm_empathy_map_get_says       (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_thinks     (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_does       (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_feels      (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_pains      (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_gains      (WmEmpathyMap  *self);
WmObjectList *wm_empathy_map_get_area       (WmEmpathyMap  *self,
                                             WmEmpathyArea  area);

G_END_DECLS
