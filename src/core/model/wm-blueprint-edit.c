/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-blueprint-edit.h"
#include "wm-edit-util.h"
#include "wm-journey-edit.h"

/* Edits of a service blueprint. Items live in their lane's list and name their step, so a
 * cell is the lane's items of one step, in list order. Arrows name their items by id; every
 * edit that takes items away takes their arrows with them, so that no arrow ever dangles.
 */

/**
 * wm_service_blueprint_find_item:
 * @item_id: the id of an item
 * @item: (out) (optional) (transfer none): the item
 *
 * Returns: (transfer none) (nullable): the lane that holds the item, or %NULL when no lane of
 *   @blueprint does
 */
WmBlueprintLane *
wm_service_blueprint_find_item (WmServiceBlueprint  *blueprint,
                                const char          *item_id,
                                WmBlueprintItem    **item)
{
  WmObjectList *lanes;

  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);

  if (item != NULL)
    *item = NULL;
  if (item_id == NULL || *item_id == '\0')
    return NULL;

  lanes = wm_service_blueprint_get_lanes (blueprint);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmBlueprintLane *lane = wm_object_list_get (lanes, i);
      WmBlueprintItem *found = wm_object_list_find_by_id (wm_blueprint_lane_get_items (lane),
                                                          item_id);

      if (found != NULL)
        {
          if (item != NULL)
            *item = found;
          return lane;
        }
    }
  return NULL;
}

/**
 * wm_service_blueprint_get_cell_items:
 * @lane: a lane of @blueprint
 * @step_id: the id of a step of @blueprint
 *
 * Returns: (transfer container) (element-type WmBlueprintItem): the items of the cell, in order
 */
GPtrArray *
wm_service_blueprint_get_cell_items (WmServiceBlueprint *blueprint,
                                     WmBlueprintLane    *lane,
                                     const char         *step_id)
{
  GPtrArray *result = g_ptr_array_new ();
  WmObjectList *items;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (lane), result);

  items = wm_blueprint_lane_get_items (lane);
  for (guint i = 0; i < wm_object_list_get_length (items); i++)
    {
      WmBlueprintItem *item = wm_object_list_get (items, i);

      if (g_strcmp0 (wm_blueprint_item_get_step_id (item), step_id) == 0)
        g_ptr_array_add (result, item);
    }
  return result;
}

/* Whether @arrow starts or ends at any item whose id is in the set @ids. */
static gboolean
arrow_touches (WmObject *arrow,
               gpointer  ids)
{
  return g_hash_table_contains (ids, wm_arrow_get_from_id (WM_ARROW (arrow)))
         || g_hash_table_contains (ids, wm_arrow_get_to_id (WM_ARROW (arrow)));
}

/* Whether the id of @object is in the set @ids. */
static gboolean
id_in (WmObject *object,
       gpointer  ids)
{
  return g_hash_table_contains (ids, wm_object_get_id (object));
}

/* Removes the items of @lane in the step @step_id (all of them when it is %NULL), from the
 * end so positions stay valid, after their arrows. */
static void
remove_lane_items (WmHistory          *history,
                   WmServiceBlueprint *blueprint,
                   WmBlueprintLane    *lane,
                   const char         *step_id)
{
  WmObjectList *items = wm_blueprint_lane_get_items (lane);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < wm_object_list_get_length (items); i++)
    {
      WmBlueprintItem *item = wm_object_list_get (items, i);

      if (step_id == NULL || g_strcmp0 (wm_blueprint_item_get_step_id (item), step_id) == 0)
        g_hash_table_add (ids, (gpointer) wm_object_get_id (WM_OBJECT (item)));
    }
  if (g_hash_table_size (ids) == 0)
    return;

  wm_edit_remove_where (history, wm_service_blueprint_get_arrows (blueprint), arrow_touches, ids);
  wm_edit_remove_where (history, items, id_in, ids);
}

/**
 * wm_blueprint_edit_add_step:
 * @position: where among the steps
 * @name: (nullable): the step's name
 *
 * Returns: (transfer none): the new step
 */
WmBlueprintStep *
wm_blueprint_edit_add_step (WmHistory          *history,
                            WmServiceBlueprint *blueprint,
                            guint               position,
                            const char         *name)
{
  g_autoptr(WmBlueprintStep) step = NULL;
  WmObjectList *steps;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);

  step = wm_blueprint_step_new (name ? name : _("New step"), 0);
  steps = wm_service_blueprint_get_steps (blueprint);
  wm_edit_insert_sealed (history, steps, position, WM_OBJECT (step));

  return step;
}

/* Removes a step with the items in its column and their arrows, as one undo step. */
void
wm_blueprint_edit_remove_step (WmHistory          *history,
                               WmServiceBlueprint *blueprint,
                               WmBlueprintStep    *step)
{
  WmObjectList *steps, *lanes;
  guint position;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));
  g_return_if_fail (WM_IS_BLUEPRINT_STEP (step));

  steps = wm_service_blueprint_get_steps (blueprint);
  if (!wm_object_list_find (steps, WM_OBJECT (step), &position))
    return;

  lanes = wm_service_blueprint_get_lanes (blueprint);
  wm_edit_begin_step (history, _("Delete step"));
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    remove_lane_items (history, blueprint, wm_object_list_get (lanes, i),
                       wm_object_get_id (WM_OBJECT (step)));
  wm_history_remove (history, steps, position);
  wm_edit_end_step (history);
}

void
wm_blueprint_edit_move_step (WmHistory          *history,
                             WmServiceBlueprint *blueprint,
                             guint               from,
                             guint               to)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));

  wm_edit_move_within (history, wm_service_blueprint_get_steps (blueprint), from, to);
}

void
wm_blueprint_edit_set_step_name (WmHistory       *history,
                                 WmBlueprintStep *step,
                                 const char      *name)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_STEP (step));

  wm_edit_set_string (history, WM_OBJECT (step), "name", name);
}

/**
 * wm_blueprint_edit_set_step_duration:
 * @minutes: how long the step takes, in minutes; 0 for unknown
 */
void
wm_blueprint_edit_set_step_duration (WmHistory       *history,
                                     WmBlueprintStep *step,
                                     double           minutes)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_STEP (step));
  g_return_if_fail (minutes >= 0 && minutes <= G_MAXDOUBLE);

  wm_edit_set_double (history, WM_OBJECT (step), "duration", minutes);
}

/**
 * wm_blueprint_edit_add_lane:
 * @position: where among the lanes; the standard lanes have a usual order, but any order is
 *   allowed
 * @kind: the lane's kind; %WM_BLUEPRINT_LANE_KIND_CUSTOM for the lanes users make up
 *   (employee emotion, policies, metrics)
 * @title: (nullable): the lane's title
 *
 * Returns: (transfer none): the new lane
 */
WmBlueprintLane *
wm_blueprint_edit_add_lane (WmHistory           *history,
                            WmServiceBlueprint  *blueprint,
                            guint                position,
                            WmBlueprintLaneKind  kind,
                            const char          *title)
{
  g_autoptr(WmBlueprintLane) lane = NULL;
  WmObjectList *lanes;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (kind <= WM_BLUEPRINT_LANE_KIND_CUSTOM, NULL);

  lane = wm_blueprint_lane_new (kind, title ? title : _("New lane"));
  lanes = wm_service_blueprint_get_lanes (blueprint);
  wm_edit_insert_sealed (history, lanes, position, WM_OBJECT (lane));

  return lane;
}

/* Removes a lane with its items and their arrows, as one undo step. */
void
wm_blueprint_edit_remove_lane (WmHistory          *history,
                               WmServiceBlueprint *blueprint,
                               WmBlueprintLane    *lane)
{
  WmObjectList *lanes;
  guint position;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (lane));

  lanes = wm_service_blueprint_get_lanes (blueprint);
  if (!wm_object_list_find (lanes, WM_OBJECT (lane), &position))
    return;

  wm_edit_begin_step (history, _("Delete lane"));
  remove_lane_items (history, blueprint, lane, NULL);
  wm_history_remove (history, lanes, position);
  wm_edit_end_step (history);
}

void
wm_blueprint_edit_move_lane (WmHistory          *history,
                             WmServiceBlueprint *blueprint,
                             guint               from,
                             guint               to)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));

  wm_edit_move_within (history, wm_service_blueprint_get_lanes (blueprint), from, to);
}

void
wm_blueprint_edit_set_lane_title (WmHistory       *history,
                                  WmBlueprintLane *lane,
                                  const char      *title)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (lane));

  wm_edit_set_string (history, WM_OBJECT (lane), "title", title);
}

/* A lane's kind decides where the blueprint's lines go; its items stay as they are. */
void
wm_blueprint_edit_set_lane_kind (WmHistory           *history,
                                 WmBlueprintLane     *lane,
                                 WmBlueprintLaneKind  kind)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (lane));
  g_return_if_fail (kind <= WM_BLUEPRINT_LANE_KIND_CUSTOM);

  wm_history_seal (history);
  wm_history_set (history, WM_OBJECT (lane), "kind", kind);
  wm_history_seal (history);
}

/**
 * wm_blueprint_edit_set_lane_colour:
 * @colour: (nullable): "#rrggbb", or %NULL or "" for none
 */
void
wm_blueprint_edit_set_lane_colour (WmHistory       *history,
                                   WmBlueprintLane *lane,
                                   const char      *colour)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (lane));
  g_return_if_fail (wm_edit_is_colour (colour));

  wm_edit_set_string (history, WM_OBJECT (lane), "colour", colour);
}

/* Where in @lane's list an item goes to sit at @index in the cell of @step_id, not counting
 * the items in @skip (those being moved): before the cell's item now at that index, else
 * after the cell's last item, else at the end of the list. */
static guint
list_position_for (WmServiceBlueprint *blueprint,
                   WmBlueprintLane    *lane,
                   const char         *step_id,
                   guint               index,
                   GHashTable         *skip)
{
  WmObjectList *items = wm_blueprint_lane_get_items (lane);
  guint seen = 0;
  gboolean any = FALSE;
  guint after_last = 0;

  for (guint i = 0; i < wm_object_list_get_length (items); i++)
    {
      WmBlueprintItem *item = wm_object_list_get (items, i);

      if (g_strcmp0 (wm_blueprint_item_get_step_id (item), step_id) != 0
          || (skip != NULL && g_hash_table_contains (skip, item)))
        continue;
      if (seen == index)
        return i;
      seen++;
      any = TRUE;
      after_last = i + 1;
    }
  return any ? after_last : wm_object_list_get_length (items);
}

static gboolean
is_step_of (WmServiceBlueprint *blueprint,
            const char         *step_id)
{
  return step_id != NULL
         && wm_object_list_find_by_id (wm_service_blueprint_get_steps (blueprint), step_id) != NULL;
}

/**
 * wm_blueprint_edit_add_item:
 * @lane: a lane of @blueprint
 * @step_id: the id of a step of @blueprint
 * @index: where among the items of the cell
 * @text: (nullable): the item's text
 *
 * Returns: (transfer none) (nullable): the new item, or %NULL when @lane or @step_id is not
 *   part of @blueprint
 */
WmBlueprintItem *
wm_blueprint_edit_add_item (WmHistory          *history,
                            WmServiceBlueprint *blueprint,
                            WmBlueprintLane    *lane,
                            const char         *step_id,
                            guint               index,
                            const char         *text)
{
  g_autoptr(WmBlueprintItem) item = NULL;
  guint position;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (lane), NULL);

  if (!wm_object_list_find (wm_service_blueprint_get_lanes (blueprint), WM_OBJECT (lane), NULL)
      || !is_step_of (blueprint, step_id))
    return NULL;

  item = wm_blueprint_item_new (step_id, text ? text : "");
  position = list_position_for (blueprint, lane, step_id, index, NULL);
  wm_edit_insert_sealed (history, wm_blueprint_lane_get_items (lane), position, WM_OBJECT (item));

  return item;
}

/**
 * wm_blueprint_edit_remove_items:
 * @items: (array length=n_items): items of @blueprint
 *
 * Removes the items and every arrow from or to them, as one undo step. Items that are not
 * (or no longer) in @blueprint are passed over.
 */
void
wm_blueprint_edit_remove_items (WmHistory           *history,
                                WmServiceBlueprint  *blueprint,
                                WmBlueprintItem    **items,
                                guint                n_items)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));
  g_return_if_fail (items != NULL || n_items == 0);

  for (guint i = 0; i < n_items; i++)
    {
      const char *id;

      g_return_if_fail (WM_IS_BLUEPRINT_ITEM (items[i]));
      id = wm_object_get_id (WM_OBJECT (items[i]));
      if (wm_service_blueprint_find_item (blueprint, id, NULL) != NULL
          && !g_hash_table_contains (ids, id))
        {
          g_hash_table_add (ids, (gpointer) id);
          g_ptr_array_add (found, g_object_ref (items[i]));
        }
    }
  if (found->len == 0)
    return;

  wm_edit_begin_step (history, found->len == 1 ? _("Delete item") : _("Delete items"));
  wm_edit_remove_where (history, wm_service_blueprint_get_arrows (blueprint), arrow_touches, ids);
  for (guint i = 0; i < found->len; i++)
    {
      WmObject *item = g_ptr_array_index (found, i);
      WmBlueprintLane *lane = wm_service_blueprint_find_item (blueprint, wm_object_get_id (item),
                                                              NULL);
      WmObjectList *list = wm_blueprint_lane_get_items (lane);
      guint position;

      if (wm_object_list_find (list, item, &position))
        wm_history_remove (history, list, position);
    }
  wm_edit_end_step (history);
}

/* Removes an item and the arrows from and to it, as one undo step. */
void
wm_blueprint_edit_remove_item (WmHistory          *history,
                               WmServiceBlueprint *blueprint,
                               WmBlueprintItem    *item)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (item));

  wm_blueprint_edit_remove_items (history, blueprint, &item, 1);
}

/**
 * wm_blueprint_edit_move_items:
 * @items: (array length=n_items): items of @blueprint, in the order they are to have
 * @lane: the lane to move them to
 * @step_id: the step to move them to
 * @index: where among the target cell's items as it is now (see
 *   wm_blueprint_layout_insertion_index()), the moved items themselves not counted
 *
 * Moves items into a cell, within it or from other cells, as one undo step. Their arrows
 * stay attached.
 */
void
wm_blueprint_edit_move_items (WmHistory           *history,
                              WmServiceBlueprint  *blueprint,
                              WmBlueprintItem    **items,
                              guint                n_items,
                              WmBlueprintLane     *lane,
                              const char          *step_id,
                              guint                index)
{
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  WmObjectList *target;
  WmBlueprintItem *anchor = NULL;
  WmBlueprintItem *previous = NULL;
  guint anchor_pos;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (lane));
  g_return_if_fail (items != NULL || n_items == 0);

  if (!wm_object_list_find (wm_service_blueprint_get_lanes (blueprint), WM_OBJECT (lane), NULL)
      || !is_step_of (blueprint, step_id))
    return;

  for (guint i = 0; i < n_items; i++)
    {
      g_return_if_fail (WM_IS_BLUEPRINT_ITEM (items[i]));
      if (wm_service_blueprint_find_item (blueprint, wm_object_get_id (WM_OBJECT (items[i])),
                                          NULL) != NULL
          && !g_hash_table_contains (moving, items[i]))
        {
          g_hash_table_add (moving, items[i]);
          g_ptr_array_add (found, items[i]);
        }
    }
  if (found->len == 0)
    return;

  /* The items go, in order, before the cell's item that is at @index once they are out of
   * the way (the anchor), or after the cell's last item when there is none. */
  target = wm_blueprint_lane_get_items (lane);
  anchor_pos = list_position_for (blueprint, lane, step_id, index, moving);
  if (anchor_pos < wm_object_list_get_length (target))
    {
      WmBlueprintItem *candidate = wm_object_list_get (target, anchor_pos);

      if (g_strcmp0 (wm_blueprint_item_get_step_id (candidate), step_id) == 0
          && !g_hash_table_contains (moving, candidate))
        anchor = candidate;
    }
  if (anchor == NULL && anchor_pos > 0)
    {
      WmBlueprintItem *candidate = wm_object_list_get (target, anchor_pos - 1);

      if (g_strcmp0 (wm_blueprint_item_get_step_id (candidate), step_id) == 0
          && !g_hash_table_contains (moving, candidate))
        previous = candidate;
    }

  wm_edit_begin_step (history, found->len == 1 ? _("Move item") : _("Move items"));
  for (guint i = 0; i < found->len; i++)
    {
      WmBlueprintItem *item = g_ptr_array_index (found, i);
      WmBlueprintLane *source = wm_service_blueprint_find_item (blueprint,
                                                                wm_object_get_id (WM_OBJECT (item)),
                                                                NULL);
      WmObjectList *from = wm_blueprint_lane_get_items (source);
      guint from_pos, insert_at, to_pos;

      wm_object_list_find (from, WM_OBJECT (item), &from_pos);
      if (anchor != NULL)
        wm_object_list_find (target, WM_OBJECT (anchor), &insert_at);
      else if (previous != NULL)
        {
          wm_object_list_find (target, WM_OBJECT (previous), &insert_at);
          insert_at++;
        }
      else
        insert_at = wm_object_list_get_length (target);

      /* In the same list, the position after the move counts without the item itself. */
      to_pos = insert_at;
      if (from == target && from_pos < insert_at)
        to_pos--;
      if (from != target || from_pos != to_pos)
        wm_history_move (history, from, from_pos, target, to_pos);
      if (g_strcmp0 (wm_blueprint_item_get_step_id (item), step_id) != 0)
        wm_history_set (history, WM_OBJECT (item), "step-id", step_id);
      previous = item;
    }
  wm_edit_end_step (history);
}

/**
 * wm_blueprint_edit_add_items:
 * @lane: a lane of @blueprint
 * @step_id: the id of a step of @blueprint
 * @index: where among the items of the cell
 * @texts: (array zero-terminated=1): the new items' texts, in order
 *
 * Adds one item per text to the cell, the first at @index, as one undo step (a paste).
 *
 * Returns: (transfer container) (element-type WmBlueprintItem) (nullable): the new items, in
 *   order, or %NULL when @lane or @step_id is not part of @blueprint or @texts is empty
 */
GPtrArray *
wm_blueprint_edit_add_items (WmHistory           *history,
                             WmServiceBlueprint  *blueprint,
                             WmBlueprintLane     *lane,
                             const char          *step_id,
                             guint                index,
                             const char * const  *texts)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (lane), NULL);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_ptr_array_add (items, wm_blueprint_item_new (step_id, texts[i]));

  return wm_blueprint_edit_insert_items (history, blueprint, lane, step_id, index, items);
}

/**
 * wm_blueprint_edit_insert_items:
 * @lane: a lane of @blueprint
 * @step_id: the id of a step of @blueprint
 * @index: where among the items of the cell
 * @items: (element-type WmBlueprintItem): new items, in no blueprint yet (what a paste of
 *   copied items brings); they are put in the step @step_id
 *
 * Adds @items to the cell, the first at @index, as one undo step.
 *
 * Returns: (transfer container) (element-type WmBlueprintItem) (nullable): @items as added,
 *   or %NULL when @lane or @step_id is not part of @blueprint or @items is empty
 */
GPtrArray *
wm_blueprint_edit_insert_items (WmHistory           *history,
                                WmServiceBlueprint  *blueprint,
                                WmBlueprintLane     *lane,
                                const char          *step_id,
                                guint                index,
                                GPtrArray           *items)
{
  GPtrArray *added;
  WmObjectList *list;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (lane), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  if (items->len == 0
      || !wm_object_list_find (wm_service_blueprint_get_lanes (blueprint), WM_OBJECT (lane), NULL)
      || !is_step_of (blueprint, step_id))
    return NULL;

  list = wm_blueprint_lane_get_items (lane);
  added = g_ptr_array_new ();
  wm_edit_begin_step (history, items->len == 1 ? _("Paste item") : _("Paste items"));
  for (guint i = 0; i < items->len; i++)
    {
      WmBlueprintItem *item = g_ptr_array_index (items, i);

      g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (item), added);
      wm_blueprint_item_set_step_id (item, step_id);
      wm_history_insert (history, list, list_position_for (blueprint, lane, step_id, index + i, NULL),
                         WM_OBJECT (item));
      g_ptr_array_add (added, item);
    }
  wm_edit_end_step (history);

  return added;
}

/**
 * wm_blueprint_edit_duplicate_items:
 * @items: (array length=n_items): items of @blueprint
 *
 * Puts a copy of each item (its text, kind, duration and colour, but no arrows) right after
 * it in its cell, as one undo step. Items that are not (or no longer) in @blueprint are
 * passed over.
 *
 * Returns: (transfer container) (element-type WmBlueprintItem): the copies, in the order of
 *   @items
 */
GPtrArray *
wm_blueprint_edit_duplicate_items (WmHistory           *history,
                                   WmServiceBlueprint  *blueprint,
                                   WmBlueprintItem    **items,
                                   guint                n_items)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GPtrArray *copies;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  copies = g_ptr_array_new ();
  for (guint i = 0; i < n_items; i++)
    {
      g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (items[i]), copies);
      if (wm_service_blueprint_find_item (blueprint, wm_object_get_id (WM_OBJECT (items[i])),
                                          NULL) != NULL
          && !g_hash_table_contains (seen, items[i]))
        {
          g_hash_table_add (seen, items[i]);
          g_ptr_array_add (found, items[i]);
        }
    }
  if (found->len == 0)
    return copies;

  wm_edit_begin_step (history, found->len == 1 ? _("Duplicate item") : _("Duplicate items"));
  for (guint i = 0; i < found->len; i++)
    {
      WmObject *item = g_ptr_array_index (found, i);
      WmBlueprintLane *lane = wm_service_blueprint_find_item (blueprint, wm_object_get_id (item),
                                                              NULL);
      WmObjectList *list = wm_blueprint_lane_get_items (lane);
      g_autoptr(WmObject) copy = wm_object_copy (item, TRUE);
      guint position;

      wm_object_list_find (list, item, &position);
      wm_history_insert (history, list, position + 1, copy);
      g_ptr_array_add (copies, copy);
    }
  wm_edit_end_step (history);

  return copies;
}

void
wm_blueprint_edit_set_item_text (WmHistory       *history,
                                 WmBlueprintItem *item,
                                 const char      *text)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (item));

  wm_edit_set_string (history, WM_OBJECT (item), "text", text);
}

void
wm_blueprint_edit_set_item_kind (WmHistory       *history,
                                 WmBlueprintItem *item,
                                 WmItemKind       kind)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (item));
  g_return_if_fail (kind <= WM_ITEM_KIND_WAIT);

  wm_history_seal (history);
  wm_history_set (history, WM_OBJECT (item), "kind", kind);
  wm_history_seal (history);
}

/**
 * wm_blueprint_edit_set_item_duration:
 * @minutes: how long the wait is, in minutes; 0 for unknown
 */
void
wm_blueprint_edit_set_item_duration (WmHistory       *history,
                                     WmBlueprintItem *item,
                                     double           minutes)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (item));
  g_return_if_fail (minutes >= 0 && minutes <= G_MAXDOUBLE);

  wm_edit_set_double (history, WM_OBJECT (item), "duration", minutes);
}

/**
 * wm_blueprint_edit_set_item_colour:
 * @colour: (nullable): "#rrggbb", or %NULL or "" for the lane's colour
 */
void
wm_blueprint_edit_set_item_colour (WmHistory       *history,
                                   WmBlueprintItem *item,
                                   const char      *colour)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (item));
  g_return_if_fail (wm_edit_is_colour (colour));

  wm_edit_set_string (history, WM_OBJECT (item), "colour", colour);
}

/**
 * wm_blueprint_edit_add_arrow:
 * @from_id: the id of the item the arrow starts at
 * @to_id: the id of the item it points to
 * @label: (nullable): what flows along it
 *
 * Returns: (transfer none) (nullable): the new arrow, or %NULL when either end is not an item
 *   of @blueprint, both ends are the same item, or the same arrow exists already
 */
WmArrow *
wm_blueprint_edit_add_arrow (WmHistory          *history,
                             WmServiceBlueprint *blueprint,
                             const char         *from_id,
                             const char         *to_id,
                             const char         *label)
{
  g_autoptr(WmArrow) arrow = NULL;
  WmObjectList *arrows;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);

  if (g_strcmp0 (from_id, to_id) == 0
      || wm_service_blueprint_find_item (blueprint, from_id, NULL) == NULL
      || wm_service_blueprint_find_item (blueprint, to_id, NULL) == NULL)
    return NULL;

  arrows = wm_service_blueprint_get_arrows (blueprint);
  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *existing = wm_object_list_get (arrows, i);

      if (g_str_equal (wm_arrow_get_from_id (existing), from_id)
          && g_str_equal (wm_arrow_get_to_id (existing), to_id))
        return NULL;
    }

  arrow = wm_arrow_new (from_id, to_id);
  if (label != NULL)
    wm_arrow_set_label (arrow, label);
  wm_history_seal (history);
  wm_history_append (history, arrows, WM_OBJECT (arrow));
  wm_history_seal (history);

  return arrow;
}

void
wm_blueprint_edit_remove_arrow (WmHistory          *history,
                                WmServiceBlueprint *blueprint,
                                WmArrow            *arrow)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint));
  g_return_if_fail (WM_IS_ARROW (arrow));

  wm_edit_remove_sealed (history, wm_service_blueprint_get_arrows (blueprint), WM_OBJECT (arrow));
}

void
wm_blueprint_edit_set_arrow_label (WmHistory  *history,
                                   WmArrow    *arrow,
                                   const char *label)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_ARROW (arrow));

  wm_edit_set_string (history, WM_OBJECT (arrow), "label", label);
}

static WmBlueprintLane *
blueprint_lane_of_kind (WmServiceBlueprint  *blueprint,
                        WmBlueprintLaneKind  kind)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_blueprint_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);
  return NULL;
}

/* Copies the cards of a journey lane, step by step, into a blueprint lane. */
static void
copy_cards (WmLane          *from,
            WmBlueprintLane *to,
            GHashTable      *step_ids)
{
  WmObjectList *cards;

  if (from == NULL)
    return;

  cards = wm_lane_get_cards (from);
  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);
      const char *step_id = g_hash_table_lookup (step_ids, wm_card_get_step_id (card));
      g_autoptr(WmBlueprintItem) item = NULL;

      if (step_id == NULL || *wm_card_get_text (card) == '\0')
        continue;
      item = wm_blueprint_item_new (step_id, wm_card_get_text (card));
      wm_object_list_append (wm_blueprint_lane_get_items (to), WM_OBJECT (item));
    }
}

/**
 * wm_service_blueprint_new_from_journey_map:
 * @document: the workspace that holds @map
 * @map: a journey map
 *
 * Drafts the blueprint behind a journey: one step per step of the map, the map's actions as
 * the customer actions and its touchpoints as the physical evidence, in the five standard
 * lanes. The blueprint names the map and the map's first persona (if it is in @document).
 *
 * Returns: (transfer full): the new blueprint, not yet part of @document
 */
WmServiceBlueprint *
wm_service_blueprint_new_from_journey_map (WmDocument   *document,
                                           WmJourneyMap *map)
{
  g_autoptr(WmServiceBlueprint) blueprint = NULL;
  g_autoptr(GHashTable) step_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = NULL;
  const char * const *persona_ids;
  guint n_steps;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  /* TRANSLATORS: the name of a blueprint made from a journey map; %s is the map's name */
  name = g_strdup_printf (_("%s blueprint"), wm_journey_map_get_name (map));
  blueprint = wm_service_blueprint_new_with_standard_lanes (name);
  wm_service_blueprint_set_map_id (blueprint, wm_object_get_id (WM_OBJECT (map)));

  persona_ids = wm_journey_map_get_persona_ids (map);
  for (guint i = 0; persona_ids != NULL && persona_ids[i] != NULL; i++)
    if (WM_IS_PERSONA (wm_document_lookup (document, persona_ids[i])))
      {
        wm_service_blueprint_set_persona_id (blueprint, persona_ids[i]);
        break;
      }

  n_steps = wm_journey_map_get_n_steps (map);
  for (guint i = 0; i < n_steps; i++)
    {
      WmStep *step = wm_journey_map_get_step (map, i);
      g_autoptr(WmBlueprintStep) copy = wm_blueprint_step_new (wm_step_get_name (step), 0);

      wm_object_list_append (wm_service_blueprint_get_steps (blueprint), WM_OBJECT (copy));
      g_hash_table_insert (step_ids, (gpointer) wm_object_get_id (WM_OBJECT (step)),
                           (gpointer) wm_object_get_id (WM_OBJECT (copy)));
    }

  copy_cards (wm_journey_map_find_lane_of_kind (map, WM_LANE_KIND_ACTIONS),
              blueprint_lane_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER), step_ids);
  copy_cards (wm_journey_map_find_lane_of_kind (map, WM_LANE_KIND_TOUCHPOINTS),
              blueprint_lane_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_EVIDENCE), step_ids);

  return g_steal_pointer (&blueprint);
}

/**
 * wm_blueprint_edit_add_from_journey_map:
 * @document: the workspace that holds @map
 * @map: a journey map
 *
 * Creates the blueprint of wm_service_blueprint_new_from_journey_map() and appends it to
 * @document's blueprints, as one undo step.
 *
 * Returns: (transfer none): the new blueprint
 */
WmServiceBlueprint *
wm_blueprint_edit_add_from_journey_map (WmDocument   *document,
                                        WmJourneyMap *map)
{
  g_autoptr(WmServiceBlueprint) blueprint = NULL;
  WmHistory *history;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  blueprint = wm_service_blueprint_new_from_journey_map (document, map);
  history = wm_document_get_history (document);
  wm_edit_begin_step (history, _("Create blueprint from journey map"));
  wm_history_append (history, wm_document_get_blueprints (document), WM_OBJECT (blueprint));
  wm_edit_end_step (history);

  return blueprint;
}
