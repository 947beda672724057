/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-canvas.h"
#include "wm-layout-journey.h"

G_BEGIN_DECLS

#define WM_TYPE_JOURNEY_CANVAS (wm_journey_canvas_get_type ())
G_DECLARE_FINAL_TYPE (WmJourneyCanvas, wm_journey_canvas, WM, JOURNEY_CANVAS, WmCanvas)

GtkWidget       *wm_journey_canvas_new             (void);
void             wm_journey_canvas_set_map         (WmJourneyCanvas *self,
                                                    WmDocument      *document,
                                                    WmJourneyMap    *map);
WmJourneyMap    *wm_journey_canvas_get_map         (WmJourneyCanvas *self);
WmJourneyLayout *wm_journey_canvas_get_layout      (WmJourneyCanvas *self);
GPtrArray       *wm_journey_canvas_get_selection   (WmJourneyCanvas *self);
const char      *wm_journey_canvas_get_focus_card  (WmJourneyCanvas *self);
gboolean         wm_journey_canvas_get_focus_cell  (WmJourneyCanvas *self,
                                                    guint           *lane,
                                                    guint           *step);
void             wm_journey_canvas_focus_cell      (WmJourneyCanvas *self,
                                                    guint            lane,
                                                    guint            step);
void             wm_journey_canvas_select          (WmJourneyCanvas *self,
                                                    const char      *card_id);
gboolean         wm_journey_canvas_is_editing      (WmJourneyCanvas *self);
void             wm_journey_canvas_relayout_now    (WmJourneyCanvas *self);

G_END_DECLS
