/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-document.h"

G_BEGIN_DECLS

#define WM_TYPE_TEMPLATE (wm_template_get_type ())
G_DECLARE_FINAL_TYPE (WmTemplate, wm_template, WM, TEMPLATE, GObject)

GListModel *wm_template_list_new_from_dir (GFile       *dir);
GFile      *wm_template_get_file          (WmTemplate  *self);
const char *wm_template_get_title         (WmTemplate  *self);
const char *wm_template_get_description   (WmTemplate  *self);
WmDocument *wm_template_load              (WmTemplate  *self,
                                           GError     **error);

G_END_DECLS
