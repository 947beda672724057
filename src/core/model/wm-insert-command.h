/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"
#include "wm-object-list.h"

G_BEGIN_DECLS

#define WM_TYPE_INSERT_COMMAND (wm_insert_command_get_type ())
G_DECLARE_FINAL_TYPE (WmInsertCommand, wm_insert_command, WM, INSERT_COMMAND, WmCommand)

WmCommand *wm_insert_command_new (WmObjectList *list,
                                  guint         position,
                                  WmObject     *item);

G_END_DECLS
