/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-image.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_CARD (wm_card_get_type ())
G_DECLARE_FINAL_TYPE (WmCard, wm_card, WM, CARD, WmObject)

WmCard             *wm_card_new          (const char          *step_id,
                                          const char          *text);
const char         *wm_card_get_step_id  (WmCard              *self);
void                wm_card_set_step_id  (WmCard              *self,
                                          const char          *step_id);
const char         *wm_card_get_text     (WmCard              *self);
void                wm_card_set_text     (WmCard              *self,
                                          const char          *text);
const char         *wm_card_get_colour   (WmCard              *self);
void                wm_card_set_colour   (WmCard              *self,
                                          const char          *colour);
const char * const *wm_card_get_tags     (WmCard              *self);
void                wm_card_set_tags     (WmCard              *self,
                                          const char * const  *tags);
WmEvidence          wm_card_get_evidence (WmCard              *self);
void                wm_card_set_evidence (WmCard              *self,
                                          WmEvidence           evidence);
const char         *wm_card_get_owner    (WmCard              *self);
void                wm_card_set_owner    (WmCard              *self,
                                          const char          *owner);
const char         *wm_card_get_link     (WmCard              *self);
void                wm_card_set_link     (WmCard              *self,
                                          const char          *link);
WmImage            *wm_card_get_image    (WmCard              *self);
void                wm_card_set_image    (WmCard              *self,
                                          WmImage             *image);

G_END_DECLS
