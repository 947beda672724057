/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-canvas.h"
#include "wm-layout-empathy.h"

G_BEGIN_DECLS

#define WM_TYPE_EMPATHY_CANVAS (wm_empathy_canvas_get_type ())
G_DECLARE_FINAL_TYPE (WmEmpathyCanvas, wm_empathy_canvas, WM, EMPATHY_CANVAS, WmCanvas)

GtkWidget       *wm_empathy_canvas_new                (void);
void             wm_empathy_canvas_set_map            (WmEmpathyCanvas *self,
                                                       WmDocument      *document,
                                                       WmEmpathyMap    *map);
WmEmpathyMap    *wm_empathy_canvas_get_map            (WmEmpathyCanvas *self);
WmDocument      *wm_empathy_canvas_get_document       (WmEmpathyCanvas *self);
WmEmpathyLayout *wm_empathy_canvas_get_layout         (WmEmpathyCanvas *self);
GPtrArray       *wm_empathy_canvas_get_selection      (WmEmpathyCanvas *self);
GPtrArray       *wm_empathy_canvas_dup_selected_notes (WmEmpathyCanvas *self);
const char      *wm_empathy_canvas_get_focus_note     (WmEmpathyCanvas *self);
gboolean         wm_empathy_canvas_get_focus_area     (WmEmpathyCanvas *self,
                                                       WmEmpathyArea   *area);
void             wm_empathy_canvas_focus_area         (WmEmpathyCanvas *self,
                                                       WmEmpathyArea    area);
void             wm_empathy_canvas_select             (WmEmpathyCanvas *self,
                                                       const char      *note_id);
gboolean         wm_empathy_canvas_is_editing         (WmEmpathyCanvas *self);
void             wm_empathy_canvas_relayout_now       (WmEmpathyCanvas *self);

G_END_DECLS
