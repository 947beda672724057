/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-edit-util.h"
#include "wm-empathy-edit.h"

/* The sticky notes of an empathy map live in six lists, one per area; a note's area is the
 * list that holds it. Moving a note to another area moves the object itself, so its id (and
 * anything selected by it) survives. */

/**
 * wm_empathy_area_get_label:
 *
 * Returns: the area's name as shown on the map
 */
const char *
wm_empathy_area_get_label (WmEmpathyArea area)
{
  switch (area)
    {
    case WM_EMPATHY_AREA_SAYS:
      return _("Says");
    case WM_EMPATHY_AREA_THINKS:
      return _("Thinks");
    case WM_EMPATHY_AREA_DOES:
      return _("Does");
    case WM_EMPATHY_AREA_FEELS:
      return _("Feels");
    case WM_EMPATHY_AREA_PAINS:
      return _("Pains");
    case WM_EMPATHY_AREA_GAINS:
      return _("Gains");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * wm_empathy_map_locate_note:
 * @area: (out) (optional): the area that holds @note
 * @position: (out) (optional): its position there
 *
 * Returns: whether @note is on @map
 */
gboolean
wm_empathy_map_locate_note (WmEmpathyMap  *map,
                            WmNote        *note,
                            WmEmpathyArea *area,
                            guint         *position)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (map), FALSE);
  g_return_val_if_fail (WM_IS_NOTE (note), FALSE);

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      guint pos;

      if (wm_object_list_find (wm_empathy_map_get_area (map, a), WM_OBJECT (note), &pos))
        {
          if (area != NULL)
            *area = a;
          if (position != NULL)
            *position = pos;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * wm_empathy_edit_add_note:
 * @position: where among the area's notes; past the end appends
 * @text: (nullable): what the note says
 *
 * Returns: (transfer none): the new note
 */
WmNote *
wm_empathy_edit_add_note (WmHistory     *history,
                          WmEmpathyMap  *map,
                          WmEmpathyArea  area,
                          guint          position,
                          const char    *text)
{
  g_autoptr(WmNote) note = NULL;
  WmObjectList *notes;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (map), NULL);
  g_return_val_if_fail ((guint) area < WM_N_EMPATHY_AREAS, NULL);

  note = wm_note_new (text);
  notes = wm_empathy_map_get_area (map, area);
  wm_edit_insert_sealed (history, notes, position, WM_OBJECT (note));

  return note;
}

/* Removes the notes, wherever they are on the map, as one undo step. */
void
wm_empathy_edit_remove_notes (WmHistory    *history,
                              WmEmpathyMap *map,
                              GPtrArray    *notes)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_EMPATHY_MAP (map));
  g_return_if_fail (notes != NULL);

  wm_edit_begin_step (history, g_dngettext (GETTEXT_PACKAGE, "Delete note", "Delete notes",
                                            notes->len));
  for (guint i = 0; i < notes->len; i++)
    {
      WmEmpathyArea area;
      guint pos;

      if (wm_empathy_map_locate_note (map, g_ptr_array_index (notes, i), &area, &pos))
        wm_history_remove (history, wm_empathy_map_get_area (map, area), pos);
    }
  wm_edit_end_step (history);
}

/**
 * wm_empathy_edit_move_notes:
 * @notes: (element-type WmNote): the notes to move, in the order they end up in
 * @area: the area they go to
 * @position: where among the notes of @area that do not move; past the end appends
 *
 * Moves notes within an area or to another one, as one undo step. Afterwards they stand
 * together in @area, in the order of @notes, before what was the @position-th note of @area
 * not being moved.
 */
void
wm_empathy_edit_move_notes (WmHistory     *history,
                            WmEmpathyMap  *map,
                            GPtrArray     *notes,
                            WmEmpathyArea  area,
                            guint          position)
{
  WmObjectList *target;
  WmObject *anchor = NULL;
  guint kept = 0;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_EMPATHY_MAP (map));
  g_return_if_fail (notes != NULL);
  g_return_if_fail ((guint) area < WM_N_EMPATHY_AREAS);

  /* The anchor is the note that ends up right after the moved ones: each moved note goes
   * just before it, so they line up in order whatever lists they come from. */
  target = wm_empathy_map_get_area (map, area);
  for (guint i = 0; i < wm_object_list_get_length (target) && anchor == NULL; i++)
    {
      WmObject *item = wm_object_list_get (target, i);

      if (g_ptr_array_find (notes, item, NULL))
        continue;
      if (kept++ == position)
        anchor = item;
    }

  wm_edit_begin_step (history, g_dngettext (GETTEXT_PACKAGE, "Move note", "Move notes",
                                            notes->len));
  for (guint i = 0; i < notes->len; i++)
    {
      WmNote *note = g_ptr_array_index (notes, i);
      WmEmpathyArea from_area;
      WmObjectList *from;
      guint from_pos, to_pos;

      if (!wm_empathy_map_locate_note (map, note, &from_area, &from_pos))
        continue;
      from = wm_empathy_map_get_area (map, from_area);
      if (anchor == NULL || !wm_object_list_find (target, anchor, &to_pos))
        to_pos = wm_object_list_get_length (target);
      /* Within one list the position counts after the note left its place. */
      if (from == target && from_pos < to_pos)
        to_pos--;
      if (from != target || from_pos != to_pos)
        wm_history_move (history, from, from_pos, target, to_pos);
    }
  wm_edit_end_step (history);
}

/* Sets a note's text; an unchanged text makes no undo step. */
void
wm_empathy_edit_set_text (WmHistory  *history,
                          WmNote     *note,
                          const char *text)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_NOTE (note));

  if (g_strcmp0 (wm_note_get_text (note), text ? text : "") == 0)
    return;
  wm_edit_set_string (history, WM_OBJECT (note), "text", text);
}

/**
 * wm_empathy_edit_set_colour:
 * @notes: (element-type WmNote): the notes to colour
 * @colour: (nullable): "#rrggbb", or %NULL or "" for the area's default
 *
 * Colours the notes, as one undo step.
 */
void
wm_empathy_edit_set_colour (WmHistory  *history,
                            GPtrArray  *notes,
                            const char *colour)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (notes != NULL);

  if (colour == NULL)
    colour = "";
  wm_edit_begin_step (history, _("Set note colour"));
  for (guint i = 0; i < notes->len; i++)
    {
      WmNote *note = g_ptr_array_index (notes, i);

      if (WM_IS_NOTE (note) && g_strcmp0 (wm_note_get_colour (note), colour) != 0)
        wm_history_set (history, WM_OBJECT (note), "colour", colour);
    }
  wm_edit_end_step (history);
}

/**
 * wm_empathy_edit_paste_lines:
 * @position: where among the area's notes; past the end appends
 * @text: plain text, one note per non-empty line
 *
 * Adds a note per line of @text (lines are trimmed, empty ones skipped), as one undo step,
 * so that a list from another application pastes as notes.
 *
 * Returns: (transfer container) (element-type WmNote): the new notes, in order
 */
GPtrArray *
wm_empathy_edit_paste_lines (WmHistory     *history,
                             WmEmpathyMap  *map,
                             WmEmpathyArea  area,
                             guint          position,
                             const char    *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (text != NULL, NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (notes, wm_note_new (lines[i]));
    }

  return wm_empathy_edit_insert_notes (history, map, area, position, notes);
}

/**
 * wm_empathy_edit_insert_notes:
 * @position: where among the area's notes; past the end appends
 * @notes: (element-type WmNote): new notes, in no map yet (what a paste of copied notes brings)
 *
 * Adds @notes to the area, as one undo step.
 *
 * Returns: (transfer container) (element-type WmNote): @notes as added, in order
 */
GPtrArray *
wm_empathy_edit_insert_notes (WmHistory     *history,
                              WmEmpathyMap  *map,
                              WmEmpathyArea  area,
                              guint          position,
                              GPtrArray     *notes)
{
  GPtrArray *added;
  WmObjectList *list;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (map), NULL);
  g_return_val_if_fail ((guint) area < WM_N_EMPATHY_AREAS, NULL);
  g_return_val_if_fail (notes != NULL, NULL);

  added = g_ptr_array_new ();
  list = wm_empathy_map_get_area (map, area);
  position = MIN (position, wm_object_list_get_length (list));

  wm_edit_begin_step (history, _("Paste"));
  for (guint i = 0; i < notes->len; i++)
    {
      g_return_val_if_fail (WM_IS_NOTE (notes->pdata[i]), added);
      wm_history_insert (history, list, position++, WM_OBJECT (notes->pdata[i]));
      g_ptr_array_add (added, notes->pdata[i]);
    }
  wm_edit_end_step (history);

  return added;
}
