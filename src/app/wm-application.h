/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WM_TYPE_APPLICATION (wm_application_get_type ())
G_DECLARE_FINAL_TYPE (WmApplication, wm_application, WM, APPLICATION, AdwApplication)

typedef struct _WmWindow WmWindow;

WmApplication *wm_application_new           (void);
GListModel    *wm_application_get_templates (WmApplication *self);
WmWindow      *wm_application_find_window   (WmApplication *self,
                                             GFile         *file);
WmWindow      *wm_application_open_file     (WmApplication *self,
                                             GFile         *file,
                                             WmWindow      *from);
void           wm_application_offer_drafts  (WmApplication *self);

G_END_DECLS
