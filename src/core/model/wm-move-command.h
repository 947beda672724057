/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"
#include "wm-object-list.h"

G_BEGIN_DECLS

#define WM_TYPE_MOVE_COMMAND (wm_move_command_get_type ())
G_DECLARE_FINAL_TYPE (WmMoveCommand, wm_move_command, WM, MOVE_COMMAND, WmCommand)

WmCommand *wm_move_command_new (WmObjectList *from,
                                guint         from_pos,
                                WmObjectList *to,
                                guint         to_pos);

G_END_DECLS
