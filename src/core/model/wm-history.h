/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-command.h"
#include "wm-object-list.h"
#include "wm-object.h"

G_BEGIN_DECLS

#define WM_TYPE_HISTORY (wm_history_get_type ())
G_DECLARE_FINAL_TYPE (WmHistory, wm_history, WM, HISTORY, GObject)

WmHistory  *wm_history_new            (void);
void        wm_history_push           (WmHistory    *self,
                                       WmCommand    *command);
gboolean    wm_history_undo           (WmHistory    *self);
gboolean    wm_history_redo           (WmHistory    *self);
void        wm_history_begin_group    (WmHistory    *self,
                                       const char   *label);
void        wm_history_end_group      (WmHistory    *self);
void        wm_history_seal           (WmHistory    *self);
void        wm_history_mark_saved     (WmHistory    *self);
void        wm_history_clear          (WmHistory    *self);
gboolean    wm_history_get_can_undo   (WmHistory    *self);
gboolean    wm_history_get_can_redo   (WmHistory    *self);
gboolean    wm_history_get_modified   (WmHistory    *self);
const char *wm_history_get_undo_label (WmHistory    *self);
const char *wm_history_get_redo_label (WmHistory    *self);

void        wm_history_set            (WmHistory    *self,
                                       WmObject     *object,
                                       const char   *property,
                                       ...);
void        wm_history_set_value      (WmHistory    *self,
                                       WmObject     *object,
                                       const char   *property,
                                       const GValue *value);
void        wm_history_insert         (WmHistory    *self,
                                       WmObjectList *list,
                                       guint         position,
                                       WmObject     *item);
void        wm_history_append         (WmHistory    *self,
                                       WmObjectList *list,
                                       WmObject     *item);
void        wm_history_remove         (WmHistory    *self,
                                       WmObjectList *list,
                                       guint         position);
void        wm_history_move           (WmHistory    *self,
                                       WmObjectList *from,
                                       guint         from_pos,
                                       WmObjectList *to,
                                       guint         to_pos);

G_END_DECLS
