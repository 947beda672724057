/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"
#include "wm-object.h"

G_BEGIN_DECLS

#define WM_TYPE_SET_COMMAND (wm_set_command_get_type ())
G_DECLARE_FINAL_TYPE (WmSetCommand, wm_set_command, WM, SET_COMMAND, WmCommand)

WmCommand  *wm_set_command_new          (WmObject     *target,
                                         const char   *property,
                                         const GValue *value);
WmObject   *wm_set_command_dup_target   (WmSetCommand *self);
GParamSpec *wm_set_command_get_pspec    (WmSetCommand *self);

G_END_DECLS
