/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-journey-canvas.h"

G_BEGIN_DECLS

#define WM_TYPE_JOURNEY_INSPECTOR (wm_journey_inspector_get_type ())
G_DECLARE_FINAL_TYPE (WmJourneyInspector, wm_journey_inspector, WM, JOURNEY_INSPECTOR, GtkWidget)

GtkWidget  *wm_journey_inspector_new      (WmJourneyCanvas    *canvas);
void        wm_journey_inspector_set_map  (WmJourneyInspector *self,
                                           WmDocument         *document,
                                           WmJourneyMap       *map);
const char *wm_journey_inspector_get_mode (WmJourneyInspector *self);
void        wm_journey_inspector_refresh  (WmJourneyInspector *self);

G_END_DECLS
