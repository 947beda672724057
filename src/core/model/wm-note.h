/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_NOTE (wm_note_get_type ())
G_DECLARE_FINAL_TYPE (WmNote, wm_note, WM, NOTE, WmObject)

WmNote     *wm_note_new        (const char *text);
const char *wm_note_get_text   (WmNote     *self);
void        wm_note_set_text   (WmNote     *self,
                                const char *text);
const char *wm_note_get_colour (WmNote     *self);
void        wm_note_set_colour (WmNote     *self,
                                const char *colour);

G_END_DECLS
