/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-insert-command.h"

/* Adds an object to a children list. The command keeps the object, so that redo after undo
 * brings back the very same object (ids and links stay valid).
 */
struct _WmInsertCommand
{
  WmCommand     parent_instance;

  WmObjectList *list;
  guint         position;
  WmObject     *item;
};

G_DEFINE_FINAL_TYPE (WmInsertCommand, wm_insert_command, WM_TYPE_COMMAND)

static void
wm_insert_command_apply (WmCommand *command)
{
  WmInsertCommand *self = WM_INSERT_COMMAND (command);

  wm_object_list_insert (self->list, self->position, self->item);
}

static void
wm_insert_command_revert (WmCommand *command)
{
  WmInsertCommand *self = WM_INSERT_COMMAND (command);

  g_assert (wm_object_list_get (self->list, self->position) == self->item);

  wm_object_list_remove (self->list, self->position);
}

static void
wm_insert_command_finalize (GObject *object)
{
  WmInsertCommand *self = WM_INSERT_COMMAND (object);

  g_clear_object (&self->list);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (wm_insert_command_parent_class)->finalize (object);
}

static void
wm_insert_command_class_init (WmInsertCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WmCommandClass *command_class = WM_COMMAND_CLASS (klass);

  object_class->finalize = wm_insert_command_finalize;

  command_class->apply = wm_insert_command_apply;
  command_class->revert = wm_insert_command_revert;
}

static void
wm_insert_command_init (WmInsertCommand *self)
{
}

/**
 * wm_insert_command_new:
 * @list: the list to add to
 * @position: where @item goes, at most the length of @list
 * @item: an object of the list's item type that is in no list
 *
 * Returns: (transfer full) (nullable): a new command, not yet applied, or %NULL when the
 *   arguments are not valid
 */
WmCommand *
wm_insert_command_new (WmObjectList *list,
                       guint         position,
                       WmObject     *item)
{
  WmInsertCommand *self;

  g_return_val_if_fail (WM_IS_OBJECT_LIST (list), NULL);
  g_return_val_if_fail (position <= wm_object_list_get_length (list), NULL);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, wm_object_list_get_item_type (list)),
                        NULL);
  g_return_val_if_fail (wm_object_get_parent (item) == NULL, NULL);

  self = g_object_new (WM_TYPE_INSERT_COMMAND, "label", _("Add"), NULL);
  self->list = g_object_ref (list);
  self->position = position;
  self->item = g_object_ref (item);

  return WM_COMMAND (self);
}
