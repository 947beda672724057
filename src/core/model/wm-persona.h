/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-image.h"
#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_PERSONA (wm_persona_get_type ())
G_DECLARE_FINAL_TYPE (WmPersona, wm_persona, WM, PERSONA, WmObject)

WmPersona          *wm_persona_new                  (const char         *name);
const char         *wm_persona_get_name             (WmPersona          *self);
void                wm_persona_set_name             (WmPersona          *self,
                                                     const char         *name);
const char         *wm_persona_get_colour           (WmPersona          *self);
void                wm_persona_set_colour           (WmPersona          *self,
                                                     const char         *colour);
WmImage            *wm_persona_get_photo            (WmPersona          *self);
void                wm_persona_set_photo            (WmPersona          *self,
                                                     WmImage            *photo);
const char         *wm_persona_get_role             (WmPersona          *self);
void                wm_persona_set_role             (WmPersona          *self,
                                                     const char         *role);
const char         *wm_persona_get_age              (WmPersona          *self);
void                wm_persona_set_age              (WmPersona          *self,
                                                     const char         *age);
const char         *wm_persona_get_location         (WmPersona          *self);
void                wm_persona_set_location         (WmPersona          *self,
                                                     const char         *location);
const char         *wm_persona_get_segment          (WmPersona          *self);
void                wm_persona_set_segment          (WmPersona          *self,
                                                     const char         *segment);
const char         *wm_persona_get_quote            (WmPersona          *self);
void                wm_persona_set_quote            (WmPersona          *self,
                                                     const char         *quote);
const char         *wm_persona_get_bio              (WmPersona          *self);
void                wm_persona_set_bio              (WmPersona          *self,
                                                     const char         *bio);
const char * const *wm_persona_get_goals            (WmPersona          *self);
void                wm_persona_set_goals            (WmPersona          *self,
                                                     const char * const *goals);
const char * const *wm_persona_get_needs            (WmPersona          *self);
void                wm_persona_set_needs            (WmPersona          *self,
                                                     const char * const *needs);
const char * const *wm_persona_get_frustrations     (WmPersona          *self);
void                wm_persona_set_frustrations     (WmPersona          *self,
                                                     const char * const *frustrations);
const char * const *wm_persona_get_behaviours       (WmPersona          *self);
void                wm_persona_set_behaviours       (WmPersona          *self,
                                                     const char * const *behaviours);
const char * const *wm_persona_get_motivations      (WmPersona          *self);
void                wm_persona_set_motivations      (WmPersona          *self,
                                                     const char * const *motivations);
const char * const *wm_persona_get_channels         (WmPersona          *self);
void                wm_persona_set_channels         (WmPersona          *self,
                                                     const char * const *channels);
int                 wm_persona_get_tech_proficiency (WmPersona          *self);
void                wm_persona_set_tech_proficiency (WmPersona          *self,
                                                     int                 tech_proficiency);
const char * const *wm_persona_get_tags             (WmPersona          *self);
void                wm_persona_set_tags             (WmPersona          *self,
                                                     const char * const *tags);

G_END_DECLS
