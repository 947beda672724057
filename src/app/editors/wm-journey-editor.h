/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-editor-frame.h"
#include "wm-journey-canvas.h"
#include "wm-journey-inspector.h"

G_BEGIN_DECLS

#define WM_TYPE_JOURNEY_EDITOR (wm_journey_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmJourneyEditor, wm_journey_editor, WM, JOURNEY_EDITOR, WmEditorFrame)

GtkWidget          *wm_journey_editor_new           (void);
void                wm_journey_editor_set_map       (WmJourneyEditor *self,
                                                     WmDocument      *document,
                                                     WmJourneyMap    *map);
WmJourneyCanvas    *wm_journey_editor_get_canvas    (WmJourneyEditor *self);
WmJourneyInspector *wm_journey_editor_get_inspector (WmJourneyEditor *self);

G_END_DECLS
