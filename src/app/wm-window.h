/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-application.h"
#include "wm-document.h"
#include "wm-drafts.h"

G_BEGIN_DECLS

#define WM_TYPE_WINDOW (wm_window_get_type ())
G_DECLARE_FINAL_TYPE (WmWindow, wm_window, WM, WINDOW, AdwApplicationWindow)

WmWindow   *wm_window_new               (WmApplication        *application);
WmDocument *wm_window_get_document      (WmWindow             *self);
GFile      *wm_window_get_file          (WmWindow             *self);
gboolean    wm_window_has_file          (WmWindow             *self,
                                         GFile                *file);
gboolean    wm_window_get_loading       (WmWindow             *self);
gboolean    wm_window_get_modified      (WmWindow             *self);
gboolean    wm_window_is_blank          (WmWindow             *self);
WmObject   *wm_window_get_selected_item (WmWindow             *self);
void        wm_window_select_item       (WmWindow             *self,
                                         WmObject             *item);
GtkWidget  *wm_window_get_sidebar       (WmWindow             *self);
GtkWidget  *wm_window_get_editor        (WmWindow             *self);
void        wm_window_add_toast         (WmWindow             *self,
                                         AdwToast             *toast);
void        wm_window_load              (WmWindow             *self,
                                         GFile                *file);
void        wm_window_save_async        (WmWindow             *self,
                                         GFile                *file,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    wm_window_save_finish       (WmWindow             *self,
                                         GAsyncResult         *result,
                                         GError              **error);
void        wm_window_close_async       (WmWindow             *self,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    wm_window_close_finish      (WmWindow             *self,
                                         GAsyncResult         *result,
                                         GError              **error);
const char *wm_window_get_draft_id      (WmWindow             *self);
void        wm_window_restore_draft     (WmWindow             *self,
                                         WmDraft              *draft,
                                         WmDocument           *document);

G_END_DECLS
