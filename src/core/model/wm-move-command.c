/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-move-command.h"

/* Moves an object within a list, or to another list of the same kind (a card dragged to
 * another lane). The object itself moves, so its id and the links to it survive.
 */
struct _WmMoveCommand
{
  WmCommand     parent_instance;

  WmObjectList *from;
  guint         from_pos;
  WmObjectList *to;
  guint         to_pos;
  WmObject     *item;
};

G_DEFINE_FINAL_TYPE (WmMoveCommand, wm_move_command, WM_TYPE_COMMAND)

/* Whether @object is @ancestor or one of its descendants. */
static gboolean
is_within (WmObject *object,
           WmObject *ancestor)
{
  for (WmObject *o = object; o != NULL; o = wm_object_get_parent (o))
    if (o == ancestor)
      return TRUE;

  return FALSE;
}

static void
move (WmObjectList *from,
      guint         from_pos,
      WmObjectList *to,
      guint         to_pos,
      WmObject     *item)
{
  g_assert (wm_object_list_get (from, from_pos) == item);

  if (from == to)
    {
      wm_object_list_move (from, from_pos, to_pos);
    }
  else
    {
      /* The list's reference goes with the removal; ours keeps the item alive between. */
      wm_object_list_remove (from, from_pos);
      wm_object_list_insert (to, to_pos, item);
    }
}

static void
wm_move_command_apply (WmCommand *command)
{
  WmMoveCommand *self = WM_MOVE_COMMAND (command);

  move (self->from, self->from_pos, self->to, self->to_pos, self->item);
}

static void
wm_move_command_revert (WmCommand *command)
{
  WmMoveCommand *self = WM_MOVE_COMMAND (command);

  move (self->to, self->to_pos, self->from, self->from_pos, self->item);
}

static void
wm_move_command_finalize (GObject *object)
{
  WmMoveCommand *self = WM_MOVE_COMMAND (object);

  g_clear_object (&self->from);
  g_clear_object (&self->to);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (wm_move_command_parent_class)->finalize (object);
}

static void
wm_move_command_class_init (WmMoveCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WmCommandClass *command_class = WM_COMMAND_CLASS (klass);

  object_class->finalize = wm_move_command_finalize;

  command_class->apply = wm_move_command_apply;
  command_class->revert = wm_move_command_revert;
}

static void
wm_move_command_init (WmMoveCommand *self)
{
}

/**
 * wm_move_command_new:
 * @from: the list that holds the item
 * @from_pos: the position of the item in @from
 * @to: the list to move it to, perhaps @from itself
 * @to_pos: the position of the item in @to after the move
 *
 * Returns: (transfer full) (nullable): a new command, not yet applied, or %NULL when the
 *   arguments are not valid
 */
WmCommand *
wm_move_command_new (WmObjectList *from,
                     guint         from_pos,
                     WmObjectList *to,
                     guint         to_pos)
{
  WmMoveCommand *self;
  WmObject *item;

  g_return_val_if_fail (WM_IS_OBJECT_LIST (from), NULL);
  g_return_val_if_fail (WM_IS_OBJECT_LIST (to), NULL);
  g_return_val_if_fail (from_pos < wm_object_list_get_length (from), NULL);

  item = wm_object_list_get (from, from_pos);

  if (from == to)
    {
      g_return_val_if_fail (to_pos < wm_object_list_get_length (to), NULL);
    }
  else
    {
      g_return_val_if_fail (to_pos <= wm_object_list_get_length (to), NULL);
      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, wm_object_list_get_item_type (to)),
                            NULL);
      /* Moving an object into its own subtree would cut the subtree off the document. */
      g_return_val_if_fail (!is_within (wm_object_list_get_owner (to), item), NULL);
    }

  self = g_object_new (WM_TYPE_MOVE_COMMAND, "label", _("Move"), NULL);
  self->from = g_object_ref (from);
  self->from_pos = from_pos;
  self->to = g_object_ref (to);
  self->to_pos = to_pos;
  self->item = g_object_ref (item);

  return WM_COMMAND (self);
}
