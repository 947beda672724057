/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Geometry of an empathy map, in document units. */
#define WM_EMPATHY_MARGIN       24.0
#define WM_EMPATHY_NOTE_WIDTH   150.0
#define WM_EMPATHY_NOTE_GAP     10.0
#define WM_EMPATHY_NOTE_FONT    12.5

#define WM_TYPE_EMPATHY_LAYOUT (wm_empathy_layout_get_type ())
G_DECLARE_FINAL_TYPE (WmEmpathyLayout, wm_empathy_layout, WM, EMPATHY_LAYOUT, GObject)

WmEmpathyLayout *wm_empathy_layout_new               (WmDocument      *document,
                                                      WmEmpathyMap    *map,
                                                      const WmStyle   *style);
WmDisplayList   *wm_empathy_layout_get_display_list  (WmEmpathyLayout *self);
WmEmpathyMap    *wm_empathy_layout_get_map           (WmEmpathyLayout *self);
gboolean         wm_empathy_layout_get_area_bounds   (WmEmpathyLayout *self,
                                                      WmEmpathyArea    area,
                                                      WmRect          *bounds);
gboolean         wm_empathy_layout_area_at           (WmEmpathyLayout *self,
                                                      double           x,
                                                      double           y,
                                                      WmEmpathyArea   *area);
/* The notes of an area in order: (element-type WmNote) (transfer container) */
GPtrArray       *wm_empathy_layout_get_notes         (WmEmpathyLayout *self,
                                                      WmEmpathyArea    area);
gboolean         wm_empathy_layout_get_note_bounds   (WmEmpathyLayout *self,
                                                      const char      *note_id,
                                                      WmRect          *bounds);
gboolean         wm_empathy_layout_locate_note       (WmEmpathyLayout *self,
                                                      const char      *note_id,
                                                      WmEmpathyArea   *area,
                                                      guint           *index);
const char      *wm_empathy_layout_note_at           (WmEmpathyLayout *self,
                                                      double           x,
                                                      double           y);
/* Index among the area's notes at which something dropped at (x, y) would go. */
guint            wm_empathy_layout_insertion_index   (WmEmpathyLayout *self,
                                                      WmEmpathyArea    area,
                                                      double           x,
                                                      double           y);
/* Where a note at @index of @area goes: an existing note's place, or the next free one. */
gboolean         wm_empathy_layout_get_slot          (WmEmpathyLayout *self,
                                                      WmEmpathyArea    area,
                                                      guint            index,
                                                      WmRect          *bounds);
gboolean         wm_empathy_layout_get_goal_bounds   (WmEmpathyLayout *self,
                                                      WmRect          *bounds);
gboolean         wm_empathy_layout_get_persona_bounds (WmEmpathyLayout *self,
                                                      WmRect          *bounds);

G_END_DECLS
