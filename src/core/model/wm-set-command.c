/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-document.h"
#include "wm-set-command.h"

/* Sets one property of a model object, remembering the value it replaced. */
struct _WmSetCommand
{
  WmCommand   parent_instance;

  /* The target is always reached through the weak ref; @hold keeps it alive too, except for
   * a document: the document owns the history, which owns us, and holding it would make a
   * cycle that is never freed.
   */
  GWeakRef    target;
  WmObject   *hold;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
};

G_DEFINE_FINAL_TYPE (WmSetCommand, wm_set_command, WM_TYPE_COMMAND)

static void
set_value (WmSetCommand *self,
           const GValue *value)
{
  g_autoptr(WmObject) target = g_weak_ref_get (&self->target);

  if (target != NULL)
    g_object_set_property (G_OBJECT (target), self->pspec->name, value);
}

static void
wm_set_command_apply (WmCommand *command)
{
  WmSetCommand *self = WM_SET_COMMAND (command);

  set_value (self, &self->new_value);
}

static void
wm_set_command_revert (WmCommand *command)
{
  WmSetCommand *self = WM_SET_COMMAND (command);

  set_value (self, &self->old_value);
}

/* Typing makes one command per change of the text: merge those of the same text, keeping the
 * value from before the first. Other kinds of values (a colour picked, a score dragged) are
 * separate steps.
 */
static gboolean
wm_set_command_merge (WmCommand *command,
                      WmCommand *other_command)
{
  WmSetCommand *self = WM_SET_COMMAND (command);
  WmSetCommand *other;
  g_autoptr(WmObject) target = NULL;
  g_autoptr(WmObject) other_target = NULL;

  if (!WM_IS_SET_COMMAND (other_command))
    return FALSE;

  other = WM_SET_COMMAND (other_command);
  if (other->pspec != self->pspec || self->pspec->value_type != G_TYPE_STRING)
    return FALSE;

  target = g_weak_ref_get (&self->target);
  other_target = g_weak_ref_get (&other->target);
  if (target == NULL || target != other_target)
    return FALSE;

  g_value_copy (&other->new_value, &self->new_value);

  return TRUE;
}

static void
wm_set_command_finalize (GObject *object)
{
  WmSetCommand *self = WM_SET_COMMAND (object);

  g_weak_ref_clear (&self->target);
  g_clear_object (&self->hold);
  g_clear_pointer (&self->pspec, g_param_spec_unref);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);

  G_OBJECT_CLASS (wm_set_command_parent_class)->finalize (object);
}

static void
wm_set_command_class_init (WmSetCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WmCommandClass *command_class = WM_COMMAND_CLASS (klass);

  object_class->finalize = wm_set_command_finalize;

  command_class->apply = wm_set_command_apply;
  command_class->revert = wm_set_command_revert;
  command_class->merge = wm_set_command_merge;
}

static void
wm_set_command_init (WmSetCommand *self)
{
  g_weak_ref_init (&self->target, NULL);
}

/**
 * wm_set_command_new:
 * @target: the object to change
 * @property: the name of one of its writable properties
 * @value: the new value, of the property's type or one that transforms to it
 *
 * Makes a command that sets @property of @target to @value. The current value is taken now,
 * as the one to restore on undo, so make the command before changing anything.
 *
 * Returns: (transfer full) (nullable): a new command, not yet applied, or %NULL when
 *   @property or @value is not valid
 */
WmCommand *
wm_set_command_new (WmObject     *target,
                    const char   *property,
                    const GValue *value)
{
  WmSetCommand *self;
  GParamSpec *pspec;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_return_val_if_fail (WM_IS_OBJECT (target), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (G_IS_VALUE (value), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0, NULL);
  g_return_val_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type),
                        NULL);

  g_value_init (&new_value, pspec->value_type);
  if (!g_value_transform (value, &new_value))
    g_return_val_if_reached (NULL);
  /* An out-of-range value would be clamped by GObject with a warning at every apply. */
  g_return_val_if_fail (!g_param_value_validate (pspec, &new_value), NULL);

  self = g_object_new (WM_TYPE_SET_COMMAND, "label", _("Edit"), NULL);
  g_weak_ref_set (&self->target, target);
  if (!WM_IS_DOCUMENT (target))
    self->hold = g_object_ref (target);
  self->pspec = g_param_spec_ref (pspec);

  g_value_init (&self->new_value, pspec->value_type);
  g_value_copy (&new_value, &self->new_value);
  g_value_init (&self->old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (target), pspec->name, &self->old_value);

  return WM_COMMAND (self);
}

/**
 * wm_set_command_dup_target:
 *
 * Returns: (transfer full) (nullable): the object the command changes, or %NULL if it is gone
 */
WmObject *
wm_set_command_dup_target (WmSetCommand *self)
{
  g_return_val_if_fail (WM_IS_SET_COMMAND (self), NULL);

  return g_weak_ref_get (&self->target);
}

/**
 * wm_set_command_get_pspec:
 *
 * Returns: (transfer none): the property the command changes
 */
GParamSpec *
wm_set_command_get_pspec (WmSetCommand *self)
{
  g_return_val_if_fail (WM_IS_SET_COMMAND (self), NULL);

  return self->pspec;
}
