/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Geometry of a persona sheet, in document units. */
#define WM_PERSONA_SHEET_WIDTH  960.0
#define WM_PERSONA_MARGIN       32.0
#define WM_PERSONA_AVATAR_SIZE  136.0

WmDisplayList *wm_layout_persona (WmDocument    *document,
                                  WmPersona     *persona,
                                  const WmStyle *style);

G_END_DECLS
