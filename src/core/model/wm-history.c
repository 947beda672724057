/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "wm-group-command.h"
#include "wm-history.h"
#include "wm-insert-command.h"
#include "wm-move-command.h"
#include "wm-remove-command.h"
#include "wm-set-command.h"

/* The undo and redo stacks of a document, and where its last save sits among them.
 *
 * Every command on the undo stack has been applied, every one on the redo stack reverted. The
 * save point is the depth of the undo stack when the document was saved: the document is
 * unmodified exactly when the undo stack is back at that depth. Nothing ever changes the
 * document without moving that depth (a merge into the command below the save point would),
 * so "modified" cannot go wrong.
 */
struct _WmHistory
{
  GObject    parent_instance;

  GPtrArray *undo_stack;   /* WmCommand, oldest first */
  GPtrArray *redo_stack;   /* WmCommand, the next to redo last */
  GPtrArray *groups;       /* open WmGroupCommand, innermost last */
  int        saved_depth;  /* -1 when neither undo nor redo can get back to the saved state */
  gboolean   sealed;       /* the next push must not merge into the last command */

  /* The values last notified, so that notify is emitted only on a real change. */
  gboolean   can_undo;
  gboolean   can_redo;
  gboolean   modified;
  char      *undo_label;
  char      *redo_label;
};

G_DEFINE_FINAL_TYPE (WmHistory, wm_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static WmGroupCommand *
innermost_group (WmHistory *self)
{
  if (self->groups->len == 0)
    return NULL;

  return g_ptr_array_index (self->groups, self->groups->len - 1);
}

/* Whether an open group holds commands, which are applied but on no stack yet. */
static gboolean
has_pending_commands (WmHistory *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    if (wm_group_command_get_length (g_ptr_array_index (self->groups, i)) > 0)
      return TRUE;

  return FALSE;
}

static gboolean
compute_modified (WmHistory *self)
{
  return has_pending_commands (self) || self->saved_depth != (int) self->undo_stack->len;
}

static const char *
top_label (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;

  return wm_command_get_label (g_ptr_array_index (stack, stack->len - 1));
}

static void
update_flag (WmHistory *self,
             gboolean  *cached,
             gboolean   value,
             guint      prop)
{
  if (*cached == value)
    return;

  *cached = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_label (WmHistory  *self,
              char      **cached,
              const char *value,
              guint       prop)
{
  if (g_strcmp0 (*cached, value) == 0)
    return;

  g_free (*cached);
  *cached = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Undo and redo are refused while a group is open: the group's commands are applied but are
 * not on the stack yet, so undoing would take back the wrong thing.
 */
static void
update_state (WmHistory *self)
{
  gboolean idle = self->groups->len == 0;
  gboolean can_undo = idle && self->undo_stack->len > 0;
  gboolean can_redo = idle && self->redo_stack->len > 0;

  update_flag (self, &self->can_undo, can_undo, PROP_CAN_UNDO);
  update_flag (self, &self->can_redo, can_redo, PROP_CAN_REDO);
  update_flag (self, &self->modified, compute_modified (self), PROP_MODIFIED);
  update_label (self, &self->undo_label, can_undo ? top_label (self->undo_stack) : NULL,
                PROP_UNDO_LABEL);
  update_label (self, &self->redo_label, can_redo ? top_label (self->redo_stack) : NULL,
                PROP_REDO_LABEL);
}

static void
drop_redo_stack (WmHistory *self)
{
  if (self->redo_stack->len == 0)
    return;

  /* The save point was on the branch we drop: nothing gets back to it any more. */
  if (self->saved_depth > (int) self->undo_stack->len)
    self->saved_depth = -1;

  g_ptr_array_set_size (self->redo_stack, 0);
}

static gboolean
merge_into_last (WmHistory *self,
                 WmCommand *command)
{
  if (self->sealed || self->undo_stack->len == 0)
    return FALSE;

  /* The last command is the one the save point sits on: merging would carry the saved
   * state away, and undoing would no longer return to it.
   */
  if (self->saved_depth == (int) self->undo_stack->len)
    return FALSE;

  return wm_command_merge (g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1),
                           command);
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);

      /* The model keeps "" for an empty string: NULL means the same. */
      return g_strcmp0 (sa ? sa : "", sb ? sb : "") == 0;
    }

  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      guint na = sa ? g_strv_length ((char **) sa) : 0;
      guint nb = sb ? g_strv_length ((char **) sb) : 0;

      if (na != nb)
        return FALSE;
      for (guint i = 0; i < na; i++)
        if (!g_str_equal (sa[i], sb[i]))
          return FALSE;

      return TRUE;
    }

  /* GLib takes doubles within an epsilon as equal; a change of a tiny value is still one. */
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);

  /* Integers, booleans and enumerations compare by value, objects by identity. */
  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
wm_history_dispose (GObject *object)
{
  WmHistory *self = WM_HISTORY (object);

  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_set_size (self->undo_stack, 0);

  G_OBJECT_CLASS (wm_history_parent_class)->dispose (object);
}

static void
wm_history_finalize (GObject *object)
{
  WmHistory *self = WM_HISTORY (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);

  G_OBJECT_CLASS (wm_history_parent_class)->finalize (object);
}

static void
wm_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WmHistory *self = WM_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_history_class_init (WmHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wm_history_dispose;
  object_class->finalize = wm_history_finalize;
  object_class->get_property = wm_history_get_property;

  /**
   * WmHistory:can-undo:
   *
   * Whether there is a step to undo. It is %FALSE while a group is open.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WmHistory:can-redo:
   *
   * Whether there is an undone step to redo. It is %FALSE while a group is open.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WmHistory:modified:
   *
   * Whether the document differs from what was last saved (or loaded).
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WmHistory:undo-label:
   *
   * The label of the command undo would revert, or %NULL when there is none.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WmHistory:redo-label:
   *
   * The label of the command redo would apply, or %NULL when there is none.
   */
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_history_init (WmHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * wm_history_new:
 *
 * Returns: (transfer full): a new, empty history of an unmodified document
 */
WmHistory *
wm_history_new (void)
{
  return g_object_new (WM_TYPE_HISTORY, NULL);
}

/**
 * wm_history_push:
 * @command: (transfer full): a command that is not applied yet
 *
 * Applies @command and records it as the next undo step, which drops whatever could be
 * redone. When the last step can absorb it (typing in the same text), it does, unless the
 * history was sealed since or the document was saved in between. Inside a group, @command
 * becomes part of the group.
 */
void
wm_history_push (WmHistory *self,
                 WmCommand *command)
{
  g_autoptr(WmCommand) owned = command;

  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (WM_IS_COMMAND (command));

  wm_command_apply (command);
  drop_redo_stack (self);

  if (self->groups->len > 0)
    wm_group_command_add (innermost_group (self), g_steal_pointer (&owned));
  else if (!merge_into_last (self, command))
    g_ptr_array_add (self->undo_stack, g_steal_pointer (&owned));

  self->sealed = FALSE;
  update_state (self);
}

/**
 * wm_history_undo:
 *
 * Reverts the last undo step.
 *
 * Returns: %TRUE if a step was undone, %FALSE when there was none or a group is open
 */
gboolean
wm_history_undo (WmHistory *self)
{
  g_autoptr(WmCommand) command = NULL;

  g_return_val_if_fail (WM_IS_HISTORY (self), FALSE);

  if (self->groups->len > 0 || self->undo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  wm_command_revert (command);
  g_ptr_array_add (self->redo_stack, g_steal_pointer (&command));

  /* Typing after an undo is a new step, not more of the one below. */
  self->sealed = TRUE;
  update_state (self);

  return TRUE;
}

/**
 * wm_history_redo:
 *
 * Applies again the last undone step.
 *
 * Returns: %TRUE if a step was redone, %FALSE when there was none or a group is open
 */
gboolean
wm_history_redo (WmHistory *self)
{
  g_autoptr(WmCommand) command = NULL;

  g_return_val_if_fail (WM_IS_HISTORY (self), FALSE);

  if (self->groups->len > 0 || self->redo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  wm_command_apply (command);
  g_ptr_array_add (self->undo_stack, g_steal_pointer (&command));

  self->sealed = TRUE;
  update_state (self);

  return TRUE;
}

/**
 * wm_history_begin_group:
 * @label: (nullable): what the group does, for the user; %NULL takes the label of its first
 *   command
 *
 * Starts a group: the commands pushed until the matching wm_history_end_group() are applied
 * as they come and make one undo step together. Groups nest; only the outermost one makes a
 * step. A group that gets no command makes none.
 */
void
wm_history_begin_group (WmHistory  *self,
                        const char *label)
{
  g_return_if_fail (WM_IS_HISTORY (self));

  g_ptr_array_add (self->groups, wm_group_command_new (label));
  update_state (self);
}

/**
 * wm_history_end_group:
 *
 * Ends the group begun last. Its commands, already applied, become one undo step, or part of
 * the enclosing group.
 */
void
wm_history_end_group (WmHistory *self)
{
  g_autoptr(WmCommand) group = NULL;
  WmGroupCommand *group_command;

  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  group_command = WM_GROUP_COMMAND (group);

  if (wm_group_command_get_length (group_command) > 0)
    {
      if (wm_command_get_label (group) == NULL)
        wm_command_set_label (group,
                              wm_command_get_label (wm_group_command_get (group_command, 0)));

      if (self->groups->len > 0)
        wm_group_command_add (innermost_group (self), g_steal_pointer (&group));
      else
        g_ptr_array_add (self->undo_stack, g_steal_pointer (&group));
    }

  update_state (self);
}

/**
 * wm_history_seal:
 *
 * Makes the next push a step of its own even if it could merge into the last one, for
 * example when the user leaves a text field and comes back to it.
 */
void
wm_history_seal (WmHistory *self)
{
  g_return_if_fail (WM_IS_HISTORY (self));

  self->sealed = TRUE;
}

/**
 * wm_history_mark_saved:
 *
 * Records that the document was saved in its current state: it is unmodified until the
 * next change, and again whenever undo or redo brings it back to this state.
 */
void
wm_history_mark_saved (WmHistory *self)
{
  g_return_if_fail (WM_IS_HISTORY (self));

  /* Inside a group the saved state is half a gesture, which undo and redo never return to. */
  if (has_pending_commands (self))
    self->saved_depth = -1;
  else
    self->saved_depth = self->undo_stack->len;

  update_state (self);
}

/**
 * wm_history_clear:
 *
 * Forgets every undo and redo step (after loading a file, say). Whether the document is
 * modified does not change.
 */
void
wm_history_clear (WmHistory *self)
{
  gboolean modified;

  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (self->groups->len == 0);

  modified = compute_modified (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->saved_depth = modified ? -1 : 0;
  self->sealed = FALSE;

  update_state (self);
}

gboolean
wm_history_get_can_undo (WmHistory *self)
{
  g_return_val_if_fail (WM_IS_HISTORY (self), FALSE);

  return self->can_undo;
}

gboolean
wm_history_get_can_redo (WmHistory *self)
{
  g_return_val_if_fail (WM_IS_HISTORY (self), FALSE);

  return self->can_redo;
}

gboolean
wm_history_get_modified (WmHistory *self)
{
  g_return_val_if_fail (WM_IS_HISTORY (self), FALSE);

  return self->modified;
}

/**
 * wm_history_get_undo_label:
 *
 * Returns: (nullable): the label of the step undo would revert
 */
const char *
wm_history_get_undo_label (WmHistory *self)
{
  g_return_val_if_fail (WM_IS_HISTORY (self), NULL);

  return self->undo_label;
}

/**
 * wm_history_get_redo_label:
 *
 * Returns: (nullable): the label of the step redo would apply
 */
const char *
wm_history_get_redo_label (WmHistory *self)
{
  g_return_val_if_fail (WM_IS_HISTORY (self), NULL);

  return self->redo_label;
}

/**
 * wm_history_set:
 * @object: the object to change
 * @property: the name of the property to set
 * @...: the new value, as for g_object_set()
 *
 * Sets one property through an undoable command. Setting the value the property already has
 * does nothing and records no step.
 */
void
wm_history_set (WmHistory  *self,
                WmObject   *object,
                const char *property,
                ...)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *error = NULL;
  GParamSpec *pspec;
  va_list args;

  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (WM_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  if (pspec == NULL)
    {
      g_critical ("%s: object class '%s' has no property named '%s'",
                  G_STRFUNC, G_OBJECT_TYPE_NAME (object), property);
      return;
    }

  va_start (args, property);
  G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
  va_end (args);

  if (error != NULL)
    {
      g_critical ("%s: %s", G_STRFUNC, error);
      return;
    }

  wm_history_set_value (self, object, property, &value);
}

/**
 * wm_history_set_value:
 * @object: the object to change
 * @property: the name of the property to set
 * @value: the new value, of the property's type or one that transforms to it
 *
 * Like wm_history_set(), with the value in a #GValue.
 */
void
wm_history_set_value (WmHistory    *self,
                      WmObject     *object,
                      const char   *property,
                      const GValue *value)
{
  g_auto(GValue) current = G_VALUE_INIT;
  g_auto(GValue) wanted = G_VALUE_INIT;
  GParamSpec *pspec;
  WmCommand *command;

  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (WM_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail ((pspec->flags & G_PARAM_READABLE) != 0);
  g_return_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type));

  g_value_init (&wanted, pspec->value_type);
  if (!g_value_transform (value, &wanted))
    g_return_if_reached ();
  g_value_init (&current, pspec->value_type);
  g_object_get_property (G_OBJECT (object), pspec->name, &current);

  if (values_equal (pspec, &current, &wanted))
    return;

  command = wm_set_command_new (object, pspec->name, &wanted);
  if (command != NULL)
    wm_history_push (self, command);
}

/**
 * wm_history_insert:
 * @list: the list to add to
 * @position: where @item goes, at most the length of @list
 * @item: an object in no list
 *
 * Inserts @item through an undoable command.
 */
void
wm_history_insert (WmHistory    *self,
                   WmObjectList *list,
                   guint         position,
                   WmObject     *item)
{
  WmCommand *command;

  g_return_if_fail (WM_IS_HISTORY (self));

  command = wm_insert_command_new (list, position, item);
  if (command != NULL)
    wm_history_push (self, command);
}

/**
 * wm_history_append:
 * @list: the list to add to
 * @item: an object in no list
 *
 * Appends @item through an undoable command.
 */
void
wm_history_append (WmHistory    *self,
                   WmObjectList *list,
                   WmObject     *item)
{
  g_return_if_fail (WM_IS_HISTORY (self));
  g_return_if_fail (WM_IS_OBJECT_LIST (list));

  wm_history_insert (self, list, wm_object_list_get_length (list), item);
}

/**
 * wm_history_remove:
 * @list: the list to remove from
 * @position: the position of the item to remove
 *
 * Removes an item, with everything in it, through an undoable command.
 */
void
wm_history_remove (WmHistory    *self,
                   WmObjectList *list,
                   guint         position)
{
  WmCommand *command;

  g_return_if_fail (WM_IS_HISTORY (self));

  command = wm_remove_command_new (list, position);
  if (command != NULL)
    wm_history_push (self, command);
}

/**
 * wm_history_move:
 * @from: the list that holds the item
 * @from_pos: the position of the item in @from
 * @to: the list to move it to, perhaps @from itself
 * @to_pos: the position of the item in @to after the move
 *
 * Moves an item through an undoable command. Moving an item to where it is does nothing.
 */
void
wm_history_move (WmHistory    *self,
                 WmObjectList *from,
                 guint         from_pos,
                 WmObjectList *to,
                 guint         to_pos)
{
  WmCommand *command;

  g_return_if_fail (WM_IS_HISTORY (self));

  if (from == to && from_pos == to_pos)
    return;

  command = wm_move_command_new (from, from_pos, to, to_pos);
  if (command != NULL)
    wm_history_push (self, command);
}
