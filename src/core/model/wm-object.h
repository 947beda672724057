/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_OBJECT (wm_object_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmObject, wm_object, WM, OBJECT, GObject)

/**
 * WmFieldFlags:
 * @WM_FIELD_REQUIRED: the member must be present in a file, and is always written
 * @WM_FIELD_REFERENCE: a string (or string list) of ids of objects of the field's type
 * @WM_FIELD_LOCAL: with @WM_FIELD_REFERENCE, the target must sit in the same top-level item
 * @WM_FIELD_COLOUR: a colour, "#rrggbb", or "" for the default
 * @WM_FIELD_TIMESTAMP: an ISO 8601 date and time, or ""
 *
 * How a property of a model object is stored in a .journey file and checked when read.
 */
typedef enum
{
  WM_FIELD_NONE      = 0,
  WM_FIELD_REQUIRED  = 1 << 0,
  WM_FIELD_REFERENCE = 1 << 1,
  WM_FIELD_LOCAL     = 1 << 2,
  WM_FIELD_COLOUR    = 1 << 3,
  WM_FIELD_TIMESTAMP = 1 << 4,
} WmFieldFlags;

/**
 * WmField:
 * @key: the member name in .journey files
 * @pspec: the property that holds the value
 * @flags: #WmFieldFlags
 * @type: for a children list, the type of the items; for a reference, the type of the target
 *
 * A persistent property of a model class. Children lists are read-only properties holding a
 * #WmObjectList.
 */
typedef struct
{
  const char   *key;
  GParamSpec   *pspec;
  WmFieldFlags  flags;
  GType         type;
} WmField;

struct _WmObjectClass
{
  GObjectClass parent_class;

  /* < private > */
  GPtrArray *fields;
  void     (*tree_changed) (WmObject *self,
                            WmObject *origin,
                            gboolean  structural);

  gpointer padding[8];
};

void              wm_object_class_add_field     (WmObjectClass  *klass,
                                                 const char     *key,
                                                 GParamSpec     *pspec,
                                                 WmFieldFlags    flags,
                                                 GType           type);
guint             wm_object_class_get_n_fields  (WmObjectClass  *klass);
const WmField    *wm_object_class_get_field     (WmObjectClass  *klass,
                                                 guint           index);
const WmField    *wm_object_class_find_field    (WmObjectClass  *klass,
                                                 const char     *key);

const char       *wm_object_get_id              (WmObject       *self);
WmObject         *wm_object_get_parent          (WmObject       *self);
WmObject         *wm_object_get_toplevel        (WmObject       *self);
gpointer          wm_object_get_ancestor        (WmObject       *self,
                                                 GType           type);
const char       *wm_object_get_display_name    (WmObject       *self);
WmObject         *wm_object_copy                (WmObject       *self,
                                                 gboolean        new_ids);

G_END_DECLS
