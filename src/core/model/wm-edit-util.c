/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <string.h>

#include "wm-edit-util.h"

/* What the edit modules of every document kind do the same way: put an object into a list,
 * take it out, reorder, or set a property, each as one sealed undo step. */

/**
 * wm_edit_insert_sealed:
 * @position: where in @list; past its end appends
 * @object: the object to add
 *
 * Inserts @object into @list as one undo step.
 */
void
wm_edit_insert_sealed (WmHistory    *history,
                       WmObjectList *list,
                       guint         position,
                       WmObject     *object)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_OBJECT_LIST (list));
  g_return_if_fail (WM_IS_OBJECT (object));

  wm_history_seal (history);
  wm_history_insert (history, list, MIN (position, wm_object_list_get_length (list)), object);
  wm_history_seal (history);
}

/**
 * wm_edit_remove_sealed:
 * @object: the object to take out of @list
 *
 * Removes @object from @list as one undo step.
 *
 * Returns: whether @object was in @list (when not, nothing changes)
 */
gboolean
wm_edit_remove_sealed (WmHistory    *history,
                       WmObjectList *list,
                       WmObject     *object)
{
  guint position;

  g_return_val_if_fail (WM_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (WM_IS_OBJECT_LIST (list), FALSE);
  g_return_val_if_fail (WM_IS_OBJECT (object), FALSE);

  if (!wm_object_list_find (list, object, &position))
    return FALSE;
  wm_history_seal (history);
  wm_history_remove (history, list, position);
  wm_history_seal (history);

  return TRUE;
}

/**
 * wm_edit_move_within:
 *
 * Reorders within one list, as one undo step; out-of-range positions change nothing.
 */
void
wm_edit_move_within (WmHistory    *history,
                     WmObjectList *list,
                     guint         from,
                     guint         to)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_OBJECT_LIST (list));

  if (from == to || from >= wm_object_list_get_length (list)
      || to >= wm_object_list_get_length (list))
    return;
  wm_history_seal (history);
  wm_history_move (history, list, from, list, to);
  wm_history_seal (history);
}

/**
 * wm_edit_remove_where:
 * @match: (scope call): which objects go
 *
 * Removes, from the end so positions stay valid, the objects of @list that @match accepts.
 * It does not seal: callers use it inside a group of their own.
 */
void
wm_edit_remove_where (WmHistory       *history,
                      WmObjectList    *list,
                      WmEditMatchFunc  match,
                      gpointer         user_data)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_OBJECT_LIST (list));
  g_return_if_fail (match != NULL);

  for (guint i = wm_object_list_get_length (list); i > 0; i--)
    if (match (wm_object_list_get (list, i - 1), user_data))
      wm_history_remove (history, list, i - 1);
}

/**
 * wm_edit_set_value:
 * @value: the new value; unset afterwards
 *
 * Sets one property as an undo step of its own (not merged with the edit before or after).
 */
void
wm_edit_set_value (WmHistory  *history,
                   WmObject   *object,
                   const char *property,
                   GValue     *value)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_OBJECT (object));
  g_return_if_fail (G_IS_VALUE (value));

  wm_history_seal (history);
  wm_history_set_value (history, object, property, value);
  wm_history_seal (history);
  g_value_unset (value);
}

/**
 * wm_edit_set_string:
 * @text: (nullable): the new text; %NULL sets ""
 */
void
wm_edit_set_string (WmHistory  *history,
                    WmObject   *object,
                    const char *property,
                    const char *text)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text ? text : "");
  wm_edit_set_value (history, object, property, &value);
}

void
wm_edit_set_double (WmHistory  *history,
                    WmObject   *object,
                    const char *property,
                    double      number)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  wm_edit_set_value (history, object, property, &value);
}

/**
 * wm_edit_is_colour:
 *
 * Returns: whether @text is what a colour field holds: %NULL, "" or "#rrggbb"
 */
gboolean
wm_edit_is_colour (const char *text)
{
  if (text == NULL || *text == '\0')
    return TRUE;
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * wm_edit_begin_step:
 * @label: what the step is called in the Undo menu item
 *
 * Starts an undo step of several edits, not merged with the edit before; end it with
 * wm_edit_end_step().
 */
void
wm_edit_begin_step (WmHistory  *history,
                    const char *label)
{
  g_return_if_fail (WM_IS_HISTORY (history));

  wm_history_seal (history);
  wm_history_begin_group (history, label);
}

/**
 * wm_edit_end_step:
 *
 * Ends the undo step wm_edit_begin_step() started; the next edit is a step of its own.
 */
void
wm_edit_end_step (WmHistory *history)
{
  g_return_if_fail (WM_IS_HISTORY (history));

  wm_history_end_group (history);
  wm_history_seal (history);
}
