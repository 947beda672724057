/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-empathy-canvas.h"

G_BEGIN_DECLS

#define WM_TYPE_EMPATHY_INSPECTOR (wm_empathy_inspector_get_type ())
G_DECLARE_FINAL_TYPE (WmEmpathyInspector, wm_empathy_inspector, WM, EMPATHY_INSPECTOR, GtkWidget)

GtkWidget *wm_empathy_inspector_new         (WmEmpathyCanvas    *canvas);
void       wm_empathy_inspector_set_map     (WmEmpathyInspector *self,
                                             WmDocument         *document,
                                             WmEmpathyMap       *map);
void       wm_empathy_inspector_refresh_now (WmEmpathyInspector *self);

G_END_DECLS
