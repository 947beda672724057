/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-model.h"

G_BEGIN_DECLS

#define WM_TYPE_AVATAR_WIDGET (wm_avatar_widget_get_type ())
G_DECLARE_FINAL_TYPE (WmAvatarWidget, wm_avatar_widget, WM, AVATAR_WIDGET, GtkWidget)

GtkWidget *wm_avatar_widget_new         (int             size);
void       wm_avatar_widget_set_persona (WmAvatarWidget *self,
                                         WmPersona      *persona);
void       wm_avatar_widget_update      (WmAvatarWidget *self);

G_END_DECLS
