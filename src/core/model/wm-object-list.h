/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-object.h"

G_BEGIN_DECLS

#define WM_TYPE_OBJECT_LIST (wm_object_list_get_type ())
G_DECLARE_FINAL_TYPE (WmObjectList, wm_object_list, WM, OBJECT_LIST, GObject)

WmObjectList *wm_object_list_new          (GType          item_type,
                                           WmObject      *owner);
GType         wm_object_list_get_item_type (WmObjectList *self);
WmObject     *wm_object_list_get_owner    (WmObjectList  *self);
guint         wm_object_list_get_length   (WmObjectList  *self);
gpointer      wm_object_list_get          (WmObjectList  *self,
                                           guint          position);
void          wm_object_list_insert       (WmObjectList  *self,
                                           guint          position,
                                           WmObject      *item);
void          wm_object_list_append       (WmObjectList  *self,
                                           WmObject      *item);
void          wm_object_list_remove       (WmObjectList  *self,
                                           guint          position);
void          wm_object_list_move         (WmObjectList  *self,
                                           guint          from,
                                           guint          to);
gboolean      wm_object_list_find         (WmObjectList  *self,
                                           WmObject      *item,
                                           guint         *position);
gpointer      wm_object_list_find_by_id   (WmObjectList  *self,
                                           const char    *id);

G_END_DECLS
