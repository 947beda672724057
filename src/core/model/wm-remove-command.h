/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"
#include "wm-object-list.h"

G_BEGIN_DECLS

#define WM_TYPE_REMOVE_COMMAND (wm_remove_command_get_type ())
G_DECLARE_FINAL_TYPE (WmRemoveCommand, wm_remove_command, WM, REMOVE_COMMAND, WmCommand)

WmCommand *wm_remove_command_new      (WmObjectList    *list,
                                       guint            position);
WmObject  *wm_remove_command_get_item (WmRemoveCommand *self);

G_END_DECLS
