/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-journey-map.h"
#include "wm-window.h"

G_BEGIN_DECLS

void          _wm_window_class_init_mermaid_actions (GtkWidgetClass *widget_class);
void          _wm_window_update_mermaid_actions     (WmWindow       *self);
WmJourneyMap *_wm_window_import_mermaid             (WmWindow       *self,
                                                     GFile          *file,
                                                     GBytes         *bytes);
gboolean      _wm_window_export_mermaid             (WmWindow       *self,
                                                     WmJourneyMap   *map,
                                                     GFile          *file);

G_END_DECLS
