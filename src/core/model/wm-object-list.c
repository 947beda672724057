/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-object-list.h"
#include "wm-object-private.h"

/* An ordered list of model objects, owned by a model object (its "owner"). Items know the owner
 * as their parent, so changes deep in a document reach the document.
 */
struct _WmObjectList
{
  GObject    parent_instance;

  GType      item_type;
  WmObject  *owner;  /* weak: the owner holds us */
  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WmObjectList, wm_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
wm_object_list_get_item_type_iface (GListModel *model)
{
  return WM_OBJECT_LIST (model)->item_type;
}

static guint
wm_object_list_get_n_items (GListModel *model)
{
  return WM_OBJECT_LIST (model)->items->len;
}

static gpointer
wm_object_list_get_item (GListModel *model,
                         guint       position)
{
  WmObjectList *self = WM_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = wm_object_list_get_item_type_iface;
  iface->get_n_items = wm_object_list_get_n_items;
  iface->get_item = wm_object_list_get_item;
}

static void
wm_object_list_finalize (GObject *object)
{
  WmObjectList *self = WM_OBJECT_LIST (object);

  _wm_object_list_orphan (self);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_object_list_parent_class)->finalize (object);
}

static void
wm_object_list_class_init (WmObjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_object_list_finalize;
}

static void
wm_object_list_init (WmObjectList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
changed (WmObjectList *self,
         guint         position,
         guint         removed,
         guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (self->owner != NULL)
    _wm_object_propagate_change (self->owner, NULL, TRUE);
}

/**
 * wm_object_list_new:
 * @item_type: a subtype of #WmObject
 * @owner: (nullable): the object that holds the list, parent of its items
 *
 * Returns: (transfer full): a new, empty list
 */
WmObjectList *
wm_object_list_new (GType     item_type,
                    WmObject *owner)
{
  WmObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, WM_TYPE_OBJECT), NULL);

  self = g_object_new (WM_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  self->owner = owner;

  return self;
}

GType
wm_object_list_get_item_type (WmObjectList *self)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), G_TYPE_INVALID);

  return self->item_type;
}

/**
 * wm_object_list_get_owner:
 *
 * Returns: (transfer none) (nullable): the object that holds the list
 */
WmObject *
wm_object_list_get_owner (WmObjectList *self)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), NULL);

  return self->owner;
}

guint
wm_object_list_get_length (WmObjectList *self)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), 0);

  return self->items->len;
}

/**
 * wm_object_list_get:
 *
 * Returns: (transfer none) (nullable): the item at @position, or %NULL past the end
 */
gpointer
wm_object_list_get (WmObjectList *self,
                    guint         position)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), NULL);

  if (position >= self->items->len)
    return NULL;

  return g_ptr_array_index (self->items, position);
}

void
wm_object_list_insert (WmObjectList *self,
                       guint         position,
                       WmObject     *item)
{
  g_return_if_fail (WM_IS_OBJECT_LIST (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));
  g_return_if_fail (wm_object_get_parent (item) == NULL);
  g_return_if_fail (position <= self->items->len);

  g_ptr_array_insert (self->items, position, g_object_ref (item));
  _wm_object_set_parent (item, self->owner);
  changed (self, position, 0, 1);
}

void
wm_object_list_append (WmObjectList *self,
                       WmObject     *item)
{
  g_return_if_fail (WM_IS_OBJECT_LIST (self));

  wm_object_list_insert (self, self->items->len, item);
}

void
wm_object_list_remove (WmObjectList *self,
                       guint         position)
{
  g_autoptr(WmObject) item = NULL;

  g_return_if_fail (WM_IS_OBJECT_LIST (self));
  g_return_if_fail (position < self->items->len);

  item = g_ptr_array_steal_index (self->items, position);
  _wm_object_set_parent (item, NULL);
  changed (self, position, 1, 0);
}

/**
 * wm_object_list_move:
 * @from: the position of the item to move
 * @to: its position after the move
 */
void
wm_object_list_move (WmObjectList *self,
                     guint         from,
                     guint         to)
{
  gpointer item;

  g_return_if_fail (WM_IS_OBJECT_LIST (self));
  g_return_if_fail (from < self->items->len);
  g_return_if_fail (to < self->items->len);

  if (from == to)
    return;

  item = g_ptr_array_steal_index (self->items, from);
  g_ptr_array_insert (self->items, to, item);
  changed (self, MIN (from, to), MAX (from, to) - MIN (from, to) + 1,
           MAX (from, to) - MIN (from, to) + 1);
}

gboolean
wm_object_list_find (WmObjectList *self,
                     WmObject     *item,
                     guint        *position)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), FALSE);

  return g_ptr_array_find (self->items, item, position);
}

/**
 * wm_object_list_find_by_id:
 *
 * Returns: (transfer none) (nullable): the item of the list with that id
 */
gpointer
wm_object_list_find_by_id (WmObjectList *self,
                           const char   *id)
{
  g_return_val_if_fail (WM_IS_OBJECT_LIST (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      WmObject *item = g_ptr_array_index (self->items, i);

      if (g_str_equal (wm_object_get_id (item), id))
        return item;
    }

  return NULL;
}

void
_wm_object_list_orphan (WmObjectList *self)
{
  if (self->owner == NULL)
    return;

  for (guint i = 0; i < self->items->len; i++)
    _wm_object_set_parent (g_ptr_array_index (self->items, i), NULL);
  self->owner = NULL;
}
