/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-remove-command.h"

/* Removes an object from a children list and keeps it, with its whole subtree, for undo. */
struct _WmRemoveCommand
{
  WmCommand     parent_instance;

  WmObjectList *list;
  guint         position;
  WmObject     *item;
};

G_DEFINE_FINAL_TYPE (WmRemoveCommand, wm_remove_command, WM_TYPE_COMMAND)

static void
wm_remove_command_apply (WmCommand *command)
{
  WmRemoveCommand *self = WM_REMOVE_COMMAND (command);

  g_assert (wm_object_list_get (self->list, self->position) == self->item);

  wm_object_list_remove (self->list, self->position);
}

static void
wm_remove_command_revert (WmCommand *command)
{
  WmRemoveCommand *self = WM_REMOVE_COMMAND (command);

  wm_object_list_insert (self->list, self->position, self->item);
}

static void
wm_remove_command_finalize (GObject *object)
{
  WmRemoveCommand *self = WM_REMOVE_COMMAND (object);

  g_clear_object (&self->list);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (wm_remove_command_parent_class)->finalize (object);
}

static void
wm_remove_command_class_init (WmRemoveCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WmCommandClass *command_class = WM_COMMAND_CLASS (klass);

  object_class->finalize = wm_remove_command_finalize;

  command_class->apply = wm_remove_command_apply;
  command_class->revert = wm_remove_command_revert;
}

static void
wm_remove_command_init (WmRemoveCommand *self)
{
}

/**
 * wm_remove_command_new:
 * @list: the list to remove from
 * @position: the position of the item to remove
 *
 * Returns: (transfer full) (nullable): a new command, not yet applied, or %NULL when
 *   @position is past the end of @list
 */
WmCommand *
wm_remove_command_new (WmObjectList *list,
                       guint         position)
{
  WmRemoveCommand *self;

  g_return_val_if_fail (WM_IS_OBJECT_LIST (list), NULL);
  g_return_val_if_fail (position < wm_object_list_get_length (list), NULL);

  self = g_object_new (WM_TYPE_REMOVE_COMMAND, "label", _("Delete"), NULL);
  self->list = g_object_ref (list);
  self->position = position;
  self->item = g_object_ref (wm_object_list_get (list, position));

  return WM_COMMAND (self);
}

/**
 * wm_remove_command_get_item:
 *
 * Returns: (transfer none): the object the command removes
 */
WmObject *
wm_remove_command_get_item (WmRemoveCommand *self)
{
  g_return_val_if_fail (WM_IS_REMOVE_COMMAND (self), NULL);

  return self->item;
}
