/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"

G_BEGIN_DECLS

#define WM_TYPE_GROUP_COMMAND (wm_group_command_get_type ())
G_DECLARE_FINAL_TYPE (WmGroupCommand, wm_group_command, WM, GROUP_COMMAND, WmCommand)

WmCommand *wm_group_command_new        (const char     *label);
void       wm_group_command_add        (WmGroupCommand *self,
                                        WmCommand      *command);
guint      wm_group_command_get_length (WmGroupCommand *self);
WmCommand *wm_group_command_get        (WmGroupCommand *self,
                                        guint           position);

G_END_DECLS
