/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-document.h"

G_BEGIN_DECLS

#define WM_TYPE_SIDEBAR (wm_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (WmSidebar, wm_sidebar, WM, SIDEBAR, GtkWidget)

GtkWidget  *wm_sidebar_new                 (void);
WmDocument *wm_sidebar_get_document        (WmSidebar  *self);
void        wm_sidebar_set_document        (WmSidebar  *self,
                                            WmDocument *document);
WmObject   *wm_sidebar_get_selected_item   (WmSidebar  *self);
void        wm_sidebar_set_selected_item   (WmSidebar  *self,
                                            WmObject   *item);
const char *wm_sidebar_get_search_text     (WmSidebar  *self);
void        wm_sidebar_set_search_text     (WmSidebar  *self,
                                            const char *text);
void        wm_sidebar_focus_search        (WmSidebar  *self);
guint       wm_sidebar_get_n_visible_items (WmSidebar  *self);
gboolean    wm_sidebar_move_item           (WmSidebar  *self,
                                            WmObject   *item,
                                            guint       position);

G_END_DECLS
