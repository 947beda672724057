/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-empathy-canvas.h"
#include "wm-clipboard.h"
#include "wm-clipboard-format.h"
#include "wm-empathy-edit.h"

/* Editing an empathy map on the canvas, the way the journey canvas edits cards: the model is
 * the truth, every gesture is one undo step on the document's history, the map's "changed"
 * signal schedules a new layout, and selection and focus are kept by note id so that they
 * survive a new layout and an undo.
 */

#define DRAG_THRESHOLD 6.0

typedef enum
{
  EDIT_NEW_NOTE,
  EDIT_NOTE,
  EDIT_GOAL,
} EditWhat;

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_NOTES,
  DRAG_RUBBER,
} DragMode;

struct _WmEmpathyCanvas
{
  WmCanvas         parent_instance;

  WmDocument      *document;
  WmEmpathyMap    *map;
  WmEmpathyLayout *layout;
  guint            relayout_source;
  gulong           changed_handler;
  gulong           document_changed_handler;

  GPtrArray       *selection;     /* note ids, in selection order */
  char            *focus_note;
  gboolean         has_focus_area;
  WmEmpathyArea    focus_area;

  /* Dragging */
  DragMode         drag_mode;
  gboolean         drag_started;
  double           drag_start_x;  /* document units */
  double           drag_start_y;
  double           drag_x;
  double           drag_y;
  double           pan_origin_x;
  double           pan_origin_y;
  gboolean         drop_valid;
  WmEmpathyArea    drop_area;
  guint            drop_index;

  /* Context menu */
  GtkWidget       *menu;
  gboolean         menu_on_goal;

  /* Inline editing */
  GtkWidget       *editor;        /* GtkFrame around a GtkTextView */
  GtkWidget       *text_view;
  EditWhat         editing_what;
  char            *editing_note;
  WmEmpathyArea    editing_area;
  guint            editing_index;
  WmRect           editing_bounds;
};

G_DEFINE_FINAL_TYPE (WmEmpathyCanvas, wm_empathy_canvas, WM_TYPE_CANVAS)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stop_editing (WmEmpathyCanvas *self,
                          gboolean         commit);

static WmHistory *
history (WmEmpathyCanvas *self)
{
  return wm_document_get_history (self->document);
}

static WmNote *
lookup_note (WmEmpathyCanvas *self,
             const char      *id)
{
  WmObject *object = id != NULL && self->document != NULL ? wm_document_lookup (self->document, id) : NULL;

  return WM_IS_NOTE (object) ? WM_NOTE (object) : NULL;
}

/* What a screen reader says about the canvas: the focused note and its area, or the area. */
static void
update_accessible_description (WmEmpathyCanvas *self)
{
  g_autofree char *text = NULL;
  WmNote *note = lookup_note (self, self->focus_note);
  WmEmpathyArea area;

  if (note != NULL && self->layout != NULL
      && wm_empathy_layout_locate_note (self->layout, self->focus_note, &area, NULL))
    /* Translators: a sticky note's text, then the area it is in ("Says", "Pains") */
    text = g_strdup_printf (_("Note “%s”, %s"), wm_note_get_text (note), wm_empathy_area_get_label (area));
  else if (self->has_focus_area && self->map != NULL)
    {
      guint n = wm_object_list_get_length (wm_empathy_map_get_area (self->map, self->focus_area));

      /* Translators: an area of an empathy map ("Says"), then how many notes it holds */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u note", "%s, %u notes", n),
                              wm_empathy_area_get_label (self->focus_area), n);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

static void
selection_changed (WmEmpathyCanvas *self)
{
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
is_selected (WmEmpathyCanvas *self,
             const char      *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selection, i), id))
      return TRUE;

  return FALSE;
}

static void
select_only (WmEmpathyCanvas *self,
             const char      *id)
{
  g_ptr_array_set_size (self->selection, 0);
  if (id != NULL)
    g_ptr_array_add (self->selection, g_strdup (id));
  selection_changed (self);
}

static void
toggle_selected (WmEmpathyCanvas *self,
                 const char      *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selection, i), id))
      {
        g_ptr_array_remove_index (self->selection, i);
        selection_changed (self);
        return;
      }
  g_ptr_array_add (self->selection, g_strdup (id));
  selection_changed (self);
}

static void
set_focus_note (WmEmpathyCanvas *self,
                const char      *note_id)
{
  WmEmpathyArea area;
  WmRect bounds;

  g_free (self->focus_note);
  self->focus_note = g_strdup (note_id);
  if (note_id != NULL && self->layout != NULL
      && wm_empathy_layout_locate_note (self->layout, note_id, &area, NULL))
    {
      self->has_focus_area = TRUE;
      self->focus_area = area;
      if (wm_empathy_layout_get_note_bounds (self->layout, note_id, &bounds))
        wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (self)), bounds.x,
                                    bounds.y, bounds.width, bounds.height);
    }
  selection_changed (self);
}

/* Selects and focuses one note, as a click on it does. */
static void
focus_and_select (WmEmpathyCanvas *self,
                  const char      *note_id)
{
  g_ptr_array_set_size (self->selection, 0);
  g_ptr_array_add (self->selection, g_strdup (note_id));
  set_focus_note (self, note_id);
}

void
wm_empathy_canvas_relayout_now (WmEmpathyCanvas *self)
{
  WmDisplayList *list;
  gboolean dark;

  g_return_if_fail (WM_IS_EMPATHY_CANVAS (self));

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_object (&self->layout);
  if (self->map == NULL)
    {
      wm_canvas_set_display_list (WM_CANVAS (self), NULL);
      return;
    }

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  self->layout = wm_empathy_layout_new (self->document, self->map, wm_style_get (dark));
  list = wm_empathy_layout_get_display_list (self->layout);
  wm_canvas_set_display_list (WM_CANVAS (self), list);

  /* Notes that went away (deleted, undone) leave the selection and the focus. */
  for (guint i = self->selection->len; i > 0; i--)
    if (!wm_empathy_layout_locate_note (self->layout, g_ptr_array_index (self->selection, i - 1), NULL, NULL))
      g_ptr_array_remove_index (self->selection, i - 1);
  if (self->focus_note != NULL && !wm_empathy_layout_locate_note (self->layout, self->focus_note, NULL, NULL))
    g_clear_pointer (&self->focus_note, g_free);

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  selection_changed (self);
}

static gboolean
relayout_idle (gpointer data)
{
  WmEmpathyCanvas *self = data;

  self->relayout_source = 0;
  wm_empathy_canvas_relayout_now (self);

  return G_SOURCE_REMOVE;
}

static void
queue_relayout (WmEmpathyCanvas *self)
{
  if (self->relayout_source == 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
}

static void
on_document_changed (WmEmpathyCanvas *self,
                     WmObject        *origin)
{
  /* The persona (name, colour, photo) is drawn in the centre. */
  if (wm_object_get_ancestor (origin, WM_TYPE_PERSONA) != NULL || WM_IS_DOCUMENT (origin))
    queue_relayout (self);
}

/* The selected notes in map order (area by area, top to bottom), which is the order they keep
 * when dragged or copied together. */
GPtrArray *
wm_empathy_canvas_dup_selected_notes (WmEmpathyCanvas *self)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), notes);

  if (self->layout == NULL)
    return notes;
  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      g_autoptr(GPtrArray) area = wm_empathy_layout_get_notes (self->layout, a);

      for (guint i = 0; i < area->len; i++)
        if (is_selected (self, wm_object_get_id (g_ptr_array_index (area, i))))
          g_ptr_array_add (notes, g_object_ref (g_ptr_array_index (area, i)));
    }

  return notes;
}

static void
delete_selection (WmEmpathyCanvas *self)
{
  g_autoptr(GPtrArray) notes = wm_empathy_canvas_dup_selected_notes (self);

  if (notes->len == 0)
    return;

  wm_empathy_edit_remove_notes (history (self), self->map, notes);
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_note, g_free);
  wm_empathy_canvas_relayout_now (self);
}

static void
move_selection (WmEmpathyCanvas *self,
                WmEmpathyArea    area,
                guint            index)
{
  g_autoptr(GPtrArray) notes = wm_empathy_canvas_dup_selected_notes (self);

  if (notes->len == 0)
    return;
  wm_empathy_edit_move_notes (history (self), self->map, notes, area, index);
  wm_empathy_canvas_relayout_now (self);
}

/* Inline editing: a note's text, a new note's, or the goal. */

static void
show_editor (WmEmpathyCanvas *self,
             const char      *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter start, end;

  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_widget_set_visible (self->editor, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &end, &start);
}

static void
start_editing_note (WmEmpathyCanvas *self,
                    const char      *note_id)
{
  WmNote *note = lookup_note (self, note_id);

  if (note == NULL || self->layout == NULL)
    return;
  stop_editing (self, TRUE);

  self->editing_what = EDIT_NOTE;
  g_free (self->editing_note);
  self->editing_note = g_strdup (note_id);
  wm_empathy_layout_get_note_bounds (self->layout, note_id, &self->editing_bounds);
  show_editor (self, wm_note_get_text (note));
}

static void
start_new_note (WmEmpathyCanvas *self,
                WmEmpathyArea    area,
                guint            index)
{
  if (self->layout == NULL)
    return;
  stop_editing (self, TRUE);

  self->editing_what = EDIT_NEW_NOTE;
  g_clear_pointer (&self->editing_note, g_free);
  self->editing_area = area;
  self->editing_index = index;
  self->has_focus_area = TRUE;
  self->focus_area = area;
  /* The editor goes where the new note will be: before the note it is inserted in front
   * of, or in the next free place. */
  wm_empathy_layout_get_slot (self->layout, area, index, &self->editing_bounds);
  show_editor (self, "");
}

static void
start_editing_goal (WmEmpathyCanvas *self)
{
  if (self->layout == NULL)
    return;
  stop_editing (self, TRUE);

  self->editing_what = EDIT_GOAL;
  g_clear_pointer (&self->editing_note, g_free);
  wm_empathy_layout_get_goal_bounds (self->layout, &self->editing_bounds);
  show_editor (self, wm_empathy_map_get_goal (self->map));
}

static void
stop_editing (WmEmpathyCanvas *self,
              gboolean         commit)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;

  if (self->editor == NULL || !gtk_widget_get_visible (self->editor))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  target = g_steal_pointer (&self->editing_note);
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (!commit || self->map == NULL)
    return;

  g_strstrip (text);
  switch (self->editing_what)
    {
    case EDIT_NOTE:
      {
        WmNote *note = lookup_note (self, target);

        if (note != NULL)
          wm_empathy_edit_set_text (history (self), note, text);
        wm_empathy_canvas_relayout_now (self);
      }
      break;

    case EDIT_NEW_NOTE:
      if (text[0] != '\0')
        {
          WmNote *note = wm_empathy_edit_add_note (history (self), self->map, self->editing_area,
                                                   self->editing_index, text);

          wm_empathy_canvas_relayout_now (self);
          focus_and_select (self, wm_object_get_id (WM_OBJECT (note)));
        }
      break;

    case EDIT_GOAL:
      if (g_strcmp0 (wm_empathy_map_get_goal (self->map), text) != 0)
        {
          wm_history_seal (history (self));
          wm_history_set (history (self), WM_OBJECT (self->map), "goal", text);
          wm_history_seal (history (self));
        }
      wm_empathy_canvas_relayout_now (self);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
on_editor_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       WmEmpathyCanvas       *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      stop_editing (self, FALSE);
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      stop_editing (self, TRUE);
      return TRUE;
    }

  return FALSE;
}

static void
on_editor_focus_leave (WmEmpathyCanvas *self)
{
  /* Clicking away commits, as in other whiteboard tools. */
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    stop_editing (self, TRUE);
}

/* Clipboard: notes go out as plain text, one line per note, for other apps, and in Waymark's
 * own format, so that a paste in Waymark keeps their colour and line breaks; plain text comes
 * in as one note per line, as on the journey canvas. */

static void
copy_selection (WmEmpathyCanvas *self)
{
  g_autoptr(GPtrArray) notes = wm_empathy_canvas_dup_selected_notes (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;

  if (notes->len == 0)
    return;

  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *line = g_strdup (wm_note_get_text (g_ptr_array_index (notes, i)));

      g_strdelimit (line, "\r\n", ' ');
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  bytes = wm_note_clipboard_write (notes);
  wm_clipboard_set_with_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                              WM_NOTE_CLIPBOARD_MIME_TYPE, bytes, text->str);
}

/* Puts @notes (new) after the focused note or at the end of the focused area, as one undo
 * step, and selects them. */
static void
paste_notes (WmEmpathyCanvas *self,
             GPtrArray       *notes)
{
  g_autoptr(GPtrArray) added = NULL;
  WmEmpathyArea area;
  guint index;

  if (self->focus_note != NULL && wm_empathy_layout_locate_note (self->layout, self->focus_note, &area, &index))
    index++;
  else if (self->has_focus_area)
    {
      area = self->focus_area;
      index = G_MAXUINT;
    }
  else
    return;

  added = wm_empathy_edit_insert_notes (history (self), self->map, area, index, notes);
  wm_empathy_canvas_relayout_now (self);
  if (added->len == 0)
    return;

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (self->selection, g_strdup (wm_object_get_id (g_ptr_array_index (added, i))));
  set_focus_note (self, wm_object_get_id (g_ptr_array_index (added, added->len - 1)));
}

static gpointer
note_from_line (const char *line)
{
  return wm_note_new (line);
}

static void
paste_into (GtkWidget *widget,
            GPtrArray *notes)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (widget);

  if (self->map != NULL && self->layout != NULL)
    paste_notes (self, notes);
}

static void
paste (WmEmpathyCanvas *self)
{
  wm_clipboard_paste (GTK_WIDGET (self), WM_NOTE_CLIPBOARD_MIME_TYPE, wm_note_clipboard_read,
                      note_from_line, paste_into);
}

/* Context menu */

static const struct
{
  const char *colour;
  const char *name;
} note_colours[] = {
  { "", N_("Area Colour") },
  { "#f9f06b", N_("Yellow") },
  { "#ffbe6f", N_("Orange") },
  { "#f66151", N_("Red") },
  { "#dc8add", N_("Purple") },
  { "#99c1f1", N_("Blue") },
  { "#8ff0a4", N_("Green") },
  { "#deddda", N_("Grey") },
};

static GMenuModel *
build_menu (WmEmpathyCanvas *self,
            gboolean         on_note)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  if (self->menu_on_goal)
    {
      g_menu_append (section, _("_Edit Goal"), "empathy.edit-goal");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  else if (on_note)
    {
      g_autoptr(GMenu) colours = g_menu_new ();

      for (guint i = 0; i < G_N_ELEMENTS (note_colours); i++)
        {
          g_autofree char *action = g_strdup_printf ("empathy.colour('%s')", note_colours[i].colour);

          g_menu_append (colours, _(note_colours[i].name), action);
        }
      g_menu_append (section, _("_Edit Text"), "empathy.edit");
      g_menu_append (section, _("Cu_t"), "canvas.cut");
      g_menu_append (section, _("_Copy"), "canvas.copy");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_menu_append_submenu (menu, _("C_olour"), G_MENU_MODEL (colours));
      g_menu_append (menu, _("_Delete"), "canvas.delete");
    }
  else
    {
      g_menu_append (section, _("_Add Note"), "empathy.add-note");
      g_menu_append (section, _("_Paste"), "canvas.paste");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  return G_MENU_MODEL (menu);
}

/* Chooses what the menu at (@dx, @dy) is about; FALSE when there is nothing there. */
static gboolean
set_menu_target (WmEmpathyCanvas *self,
                 double           dx,
                 double           dy,
                 gboolean        *on_note)
{
  const char *note = wm_empathy_layout_note_at (self->layout, dx, dy);
  WmEmpathyArea area;
  WmRect goal;

  self->menu_on_goal = FALSE;
  *on_note = FALSE;
  if (note != NULL)
    {
      if (!is_selected (self, note))
        select_only (self, note);
      set_focus_note (self, note);
      *on_note = TRUE;
      return TRUE;
    }
  if (wm_empathy_layout_area_at (self->layout, dx, dy, &area))
    {
      wm_empathy_canvas_focus_area (self, area);
      return TRUE;
    }
  if (wm_empathy_layout_get_goal_bounds (self->layout, &goal) && wm_rect_contains (&goal, dx, dy))
    {
      self->menu_on_goal = TRUE;
      return TRUE;
    }

  return FALSE;
}

static void
open_context_menu (WmEmpathyCanvas *self,
                   double           dx,
                   double           dy)
{
  g_autoptr(GMenuModel) model = NULL;
  gboolean on_note;
  double wx, wy;

  if (!set_menu_target (self, dx, dy, &on_note))
    return;

  model = build_menu (self, on_note);
  wm_canvas_document_to_widget (WM_CANVAS (self), dx, dy, &wx, &wy);
  wm_canvas_popup_menu (WM_CANVAS (self), &self->menu, model, wx, wy);
}

static void
on_context_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    WmEmpathyCanvas *self)
{
  double dx, dy;

  if (self->layout == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  open_context_menu (self, dx, dy);
}

static void
open_context_menu_at_focus (WmEmpathyCanvas *self)
{
  WmRect bounds;

  if (self->focus_note != NULL && wm_empathy_layout_get_note_bounds (self->layout, self->focus_note, &bounds))
    ;
  else if (self->has_focus_area && wm_empathy_layout_get_area_bounds (self->layout, self->focus_area, &bounds))
    bounds.height = MIN (bounds.height, 40);
  else
    return;

  open_context_menu (self, bounds.x + MIN (bounds.width / 2, 40), bounds.y + MIN (bounds.height / 2, 20));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (widget);

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "empathy.edit-goal"))
    start_editing_goal (self);
  else if (g_str_equal (action_name, "empathy.edit"))
    start_editing_note (self, self->focus_note);
  else if (g_str_equal (action_name, "empathy.add-note") && self->has_focus_area)
    start_new_note (self, self->focus_area, G_MAXUINT);
  else if (g_str_equal (action_name, "empathy.colour"))
    {
      g_autoptr(GPtrArray) notes = wm_empathy_canvas_dup_selected_notes (self);

      wm_empathy_edit_set_colour (history (self), notes, g_variant_get_string (parameter, NULL));
      wm_empathy_canvas_relayout_now (self);
    }
}

/* Pointer */

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  WmEmpathyCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const char *note;
  WmEmpathyArea area;
  WmRect goal;
  double dx, dy;

  if (self->layout == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  note = wm_empathy_layout_note_at (self->layout, dx, dy);

  if (n_press == 2)
    {
      if (note != NULL)
        start_editing_note (self, note);
      else if (wm_empathy_layout_area_at (self->layout, dx, dy, &area))
        start_new_note (self, area, wm_empathy_layout_insertion_index (self->layout, area, dx, dy));
      else if (wm_empathy_layout_get_goal_bounds (self->layout, &goal) && wm_rect_contains (&goal, dx, dy))
        start_editing_goal (self);
      return;
    }

  if (note != NULL)
    {
      g_autofree char *id = g_strdup (note);

      if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
        toggle_selected (self, id);
      else if (!is_selected (self, id))
        select_only (self, id);
      set_focus_note (self, id);
      return;
    }

  if (!(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_note, g_free);
  self->has_focus_area = wm_empathy_layout_area_at (self->layout, dx, dy, &area);
  if (self->has_focus_area)
    self->focus_area = area;
  selection_changed (self);
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               WmEmpathyCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const char *note;
  double dx, dy;

  self->drag_mode = DRAG_NONE;
  self->drag_started = FALSE;
  self->drop_valid = FALSE;
  if (self->layout == NULL)
    return;

  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  self->drag_start_x = self->drag_x = dx;
  self->drag_start_y = self->drag_y = dy;
  note = wm_empathy_layout_note_at (self->layout, dx, dy);

  if (note != NULL)
    {
      /* With Shift or Ctrl the click toggles the note; leave the selection to it. */
      self->drag_mode = DRAG_NOTES;
      if (!is_selected (self, note) && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
        select_only (self, note);
    }
  else if (state & GDK_SHIFT_MASK)
    {
      self->drag_mode = DRAG_RUBBER;
    }
  else
    {
      WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self));

      self->drag_mode = DRAG_PAN;
      self->pan_origin_x = wm_viewport_get_x (viewport);
      self->pan_origin_y = wm_viewport_get_y (viewport);
    }
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           ox,
                double           oy,
                WmEmpathyCanvas *self)
{
  WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self));
  double zoom = wm_viewport_get_zoom (viewport);
  double sx, sy;

  if (self->drag_mode == DRAG_NONE || self->layout == NULL)
    return;
  if (!self->drag_started && hypot (ox, oy) < DRAG_THRESHOLD)
    return;
  if (!self->drag_started)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_started = TRUE;

  if (self->drag_mode == DRAG_PAN)
    {
      wm_viewport_set_origin (viewport, self->pan_origin_x - ox / zoom, self->pan_origin_y - oy / zoom);
      return;
    }

  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
  wm_canvas_widget_to_document (WM_CANVAS (self), sx + ox, sy + oy, &self->drag_x, &self->drag_y);
  if (self->drag_mode == DRAG_NOTES)
    {
      self->drop_valid = wm_empathy_layout_area_at (self->layout, self->drag_x, self->drag_y, &self->drop_area);
      if (self->drop_valid)
        self->drop_index = wm_empathy_layout_insertion_index (self->layout, self->drop_area,
                                                              self->drag_x, self->drag_y);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
select_in_rect (WmEmpathyCanvas *self,
                const WmRect    *band)
{
  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      g_autoptr(GPtrArray) notes = wm_empathy_layout_get_notes (self->layout, a);

      for (guint i = 0; i < notes->len; i++)
        {
          const char *id = wm_object_get_id (g_ptr_array_index (notes, i));
          WmRect bounds;

          if (wm_empathy_layout_get_note_bounds (self->layout, id, &bounds)
              && wm_rect_intersects (&bounds, band) && !is_selected (self, id))
            g_ptr_array_add (self->selection, g_strdup (id));
        }
    }
  selection_changed (self);
}

static void
on_drag_end (GtkGestureDrag  *gesture,
             double           ox,
             double           oy,
             WmEmpathyCanvas *self)
{
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (!self->drag_started || self->layout == NULL)
    return;

  if (mode == DRAG_RUBBER)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      select_in_rect (self, &band);
    }
  else if (mode == DRAG_NOTES && self->drop_valid)
    {
      /* The insertion index counts the dragged notes themselves; the edit counts the others. */
      g_autoptr(GPtrArray) notes = wm_empathy_layout_get_notes (self->layout, self->drop_area);
      guint index = self->drop_index;

      for (guint i = 0; i < MIN (self->drop_index, notes->len); i++)
        if (is_selected (self, wm_object_get_id (g_ptr_array_index (notes, i))))
          index--;
      move_selection (self, self->drop_area, index);
    }
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Keyboard */

/* The area next to @area in a direction, as the map shows them; -1 where there is none. */
static int
neighbour (WmEmpathyArea area,
           int           dx,
           int           dy)
{
  /* Columns and rows of the areas: says thinks / does feels / pains gains. */
  static const int column[] = { 0, 1, 0, 1, 0, 1 };
  static const int row[] = { 0, 0, 1, 1, 2, 2 };
  int c = column[area] + dx, r = row[area] + dy;

  if (c < 0 || c > 1 || r < 0 || r > 2)
    return -1;

  return r * 2 + c;
}

static void
focus_area_from (WmEmpathyCanvas *self,
                 WmEmpathyArea    area,
                 gboolean         last)
{
  g_autoptr(GPtrArray) notes = wm_empathy_layout_get_notes (self->layout, area);

  if (notes->len > 0)
    {
      focus_and_select (self, wm_object_get_id (g_ptr_array_index (notes, last ? notes->len - 1 : 0)));
      return;
    }
  wm_empathy_canvas_focus_area (self, area);
}

static void
move_focus (WmEmpathyCanvas *self,
            int              dx,
            int              dy)
{
  WmEmpathyArea area = self->focus_area;
  guint index = 0;
  gboolean on_note = self->focus_note != NULL
                     && wm_empathy_layout_locate_note (self->layout, self->focus_note, &area, &index);
  g_autoptr(GPtrArray) notes = NULL;
  int next;

  if (!on_note && !self->has_focus_area)
    {
      focus_area_from (self, WM_EMPATHY_AREA_SAYS, FALSE);
      return;
    }

  /* Within an area: left and right go through the notes in order, up and down by rows. */
  notes = wm_empathy_layout_get_notes (self->layout, area);
  if (on_note)
    {
      int target = (int) index + dx + dy * 3;

      if (dy != 0)
        {
          WmRect here, there;

          /* Only onto a note of another row, in the same column. */
          if (target >= 0 && target < (int) notes->len
              && wm_empathy_layout_get_note_bounds (self->layout, self->focus_note, &here)
              && wm_empathy_layout_get_note_bounds (self->layout,
                                                    wm_object_get_id (g_ptr_array_index (notes, target)),
                                                    &there)
              && fabs (there.x - here.x) < 1)
            {
              focus_and_select (self, wm_object_get_id (g_ptr_array_index (notes, target)));
              return;
            }
        }
      else if (target >= 0 && target < (int) notes->len)
        {
          focus_and_select (self, wm_object_get_id (g_ptr_array_index (notes, target)));
          return;
        }
    }

  next = neighbour (area, dx, dy);
  if (next >= 0)
    focus_area_from (self, next, dx < 0 || dy < 0);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WmEmpathyCanvas       *self)
{
  if (self->layout == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  if (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK))
    {
      open_context_menu_at_focus (self);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, -1, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, 1, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, 0, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, 0, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      if (self->focus_note != NULL)
        start_editing_note (self, self->focus_note);
      else if (self->has_focus_area)
        start_new_note (self, self->focus_area, G_MAXUINT);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      delete_selection (self);
      return TRUE;
    case GDK_KEY_Menu:
      open_context_menu_at_focus (self);
      return TRUE;
    case GDK_KEY_Escape:
      /* First Escape drops the selection, the next one the focus too. */
      if (self->selection->len == 0)
        {
          self->has_focus_area = FALSE;
          g_clear_pointer (&self->focus_note, g_free);
        }
      select_only (self, NULL);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
canvas_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (widget);

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "canvas.select-all"))
    {
      g_ptr_array_set_size (self->selection, 0);
      for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
        {
          g_autoptr(GPtrArray) notes = wm_empathy_layout_get_notes (self->layout, a);

          for (guint i = 0; i < notes->len; i++)
            g_ptr_array_add (self->selection, g_strdup (wm_object_get_id (g_ptr_array_index (notes, i))));
        }
      selection_changed (self);
    }
  else if (g_str_equal (action_name, "canvas.copy"))
    copy_selection (self);
  else if (g_str_equal (action_name, "canvas.cut"))
    {
      copy_selection (self);
      delete_selection (self);
    }
  else if (g_str_equal (action_name, "canvas.paste"))
    paste (self);
  else if (g_str_equal (action_name, "canvas.delete"))
    delete_selection (self);
}

/* Drawing */

static void
wm_empathy_canvas_draw_overlay (WmCanvas *canvas,
                                cairo_t  *cr)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (canvas);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA accent = dark ? (GdkRGBA) { 0.47, 0.68, 0.93, 1 } : (GdkRGBA) { 0.21, 0.52, 0.89, 1 };
  double zoom = wm_viewport_get_zoom (wm_canvas_get_viewport (canvas));
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self));
  WmRect bounds;

  if (self->layout == NULL)
    return;

  for (guint i = 0; i < self->selection->len; i++)
    if (wm_empathy_layout_get_note_bounds (self->layout, g_ptr_array_index (self->selection, i), &bounds))
      wm_canvas_draw_outline (cr, &bounds, 2, 6, &accent, 2.5 / zoom, FALSE);

  if (focused && self->focus_note != NULL
      && wm_empathy_layout_get_note_bounds (self->layout, self->focus_note, &bounds))
    wm_canvas_draw_outline (cr, &bounds, 5, 8, &accent, 1.5 / zoom, TRUE);
  else if (focused && self->has_focus_area
           && wm_empathy_layout_get_area_bounds (self->layout, self->focus_area, &bounds))
    wm_canvas_draw_outline (cr, &bounds, -3, 12, &accent, 2 / zoom, TRUE);

  if (self->drag_mode == DRAG_NOTES && self->drag_started && self->drop_valid)
    {
      WmRect area, slot;

      /* The drop indicator: a bar where the notes will land, and the target area outlined. */
      wm_empathy_layout_get_area_bounds (self->layout, self->drop_area, &area);
      wm_canvas_draw_outline (cr, &area, -2, 12, &accent, 1.5 / zoom, TRUE);
      if (wm_empathy_layout_get_slot (self->layout, self->drop_area, self->drop_index, &slot))
        {
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_rectangle (cr, slot.x - WM_EMPATHY_NOTE_GAP / 2 - 1.5, slot.y, 3, slot.height);
          cairo_fill (cr);
        }

      /* A ghost of each dragged note under the pointer. */
      for (guint i = 0; i < self->selection->len; i++)
        if (wm_empathy_layout_get_note_bounds (self->layout, g_ptr_array_index (self->selection, i), &bounds))
          {
            WmRect ghost = { bounds.x + self->drag_x - self->drag_start_x,
                             bounds.y + self->drag_y - self->drag_start_y,
                             bounds.width, bounds.height };

            cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
            cairo_rectangle (cr, ghost.x, ghost.y, ghost.width, ghost.height);
            cairo_fill (cr);
            wm_canvas_draw_outline (cr, &ghost, 0, 4, &accent, 1.5 / zoom, FALSE);
          }
    }
  else if (self->drag_mode == DRAG_RUBBER && self->drag_started)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      wm_canvas_draw_rubber_band (cr, &band, &accent, zoom);
    }
}

static void
wm_empathy_canvas_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (widget);

  GTK_WIDGET_CLASS (wm_empathy_canvas_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->editor != NULL)
    wm_canvas_allocate_inline_editor (WM_CANVAS (self), self->editor, &self->editing_bounds);
}

static void
wm_empathy_canvas_dispose (GObject *object)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (object);

  wm_empathy_canvas_set_map (self, NULL, NULL);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->text_view = NULL;

  G_OBJECT_CLASS (wm_empathy_canvas_parent_class)->dispose (object);
}

static void
wm_empathy_canvas_finalize (GObject *object)
{
  WmEmpathyCanvas *self = WM_EMPATHY_CANVAS (object);

  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->focus_note, g_free);
  g_clear_pointer (&self->editing_note, g_free);

  G_OBJECT_CLASS (wm_empathy_canvas_parent_class)->finalize (object);
}

static void
wm_empathy_canvas_class_init (WmEmpathyCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WmCanvasClass *canvas_class = WM_CANVAS_CLASS (klass);

  object_class->dispose = wm_empathy_canvas_dispose;
  object_class->finalize = wm_empathy_canvas_finalize;
  widget_class->size_allocate = wm_empathy_canvas_size_allocate;
  canvas_class->draw_overlay = wm_empathy_canvas_draw_overlay;

  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, canvas_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  gtk_widget_class_install_action (widget_class, "empathy.edit", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "empathy.edit-goal", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "empathy.add-note", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "empathy.colour", "s", menu_action);

  /**
   * WmEmpathyCanvas::selection-changed:
   *
   * Emitted when the selected notes, the focused note or area, or the map's layout changed.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
wm_empathy_canvas_init (WmEmpathyCanvas *self)
{
  GtkEventController *key;

  self->selection = g_ptr_array_new_with_free_func (g_free);

  wm_canvas_add_pointer_gestures (WM_CANVAS (self), G_CALLBACK (on_click_pressed),
                                  G_CALLBACK (on_context_pressed), G_CALLBACK (on_drag_begin),
                                  G_CALLBACK (on_drag_update), G_CALLBACK (on_drag_end));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  self->editor = wm_canvas_add_inline_editor (WM_CANVAS (self), _("Note text"), &self->text_view);
  wm_canvas_watch_inline_editor (WM_CANVAS (self), self->text_view,
                                 G_CALLBACK (on_editor_key_pressed),
                                 G_CALLBACK (on_editor_focus_leave));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (queue_relayout), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wm_empathy_canvas_new (void)
{
  return g_object_new (WM_TYPE_EMPATHY_CANVAS, NULL);
}

/**
 * wm_empathy_canvas_set_map:
 * @document: (nullable): the workspace, whose history records the edits
 * @map: (nullable): the map to show and edit
 */
void
wm_empathy_canvas_set_map (WmEmpathyCanvas *self,
                           WmDocument      *document,
                           WmEmpathyMap    *map)
{
  g_return_if_fail (WM_IS_EMPATHY_CANVAS (self));
  g_return_if_fail (map == NULL || WM_IS_DOCUMENT (document));

  if (self->map != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->map);
      g_clear_signal_handler (&self->document_changed_handler, self->document);
    }
  stop_editing (self, FALSE);
  g_set_object (&self->document, document);
  g_set_object (&self->map, map);
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_note, g_free);
  self->has_focus_area = FALSE;

  if (map != NULL)
    {
      self->changed_handler = g_signal_connect_swapped (map, "changed", G_CALLBACK (queue_relayout), self);
      self->document_changed_handler = g_signal_connect_swapped (document, "changed",
                                                                 G_CALLBACK (on_document_changed), self);
    }
  wm_empathy_canvas_relayout_now (self);
}

/**
 * wm_empathy_canvas_get_map:
 *
 * Returns: (transfer none) (nullable): the map shown
 */
WmEmpathyMap *
wm_empathy_canvas_get_map (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), NULL);

  return self->map;
}

/**
 * wm_empathy_canvas_get_document:
 *
 * Returns: (transfer none) (nullable): the workspace of the map shown
 */
WmDocument *
wm_empathy_canvas_get_document (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), NULL);

  return self->document;
}

/**
 * wm_empathy_canvas_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout drawn now
 */
WmEmpathyLayout *
wm_empathy_canvas_get_layout (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), NULL);

  return self->layout;
}

/**
 * wm_empathy_canvas_get_selection:
 *
 * Returns: (transfer none) (element-type utf8): the ids of the selected notes
 */
GPtrArray *
wm_empathy_canvas_get_selection (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), NULL);

  return self->selection;
}

const char *
wm_empathy_canvas_get_focus_note (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), NULL);

  return self->focus_note;
}

gboolean
wm_empathy_canvas_get_focus_area (WmEmpathyCanvas *self,
                                  WmEmpathyArea   *area)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), FALSE);

  if (area != NULL)
    *area = self->focus_area;

  return self->has_focus_area;
}

/* Focuses an area itself (no note), and selects nothing. */
void
wm_empathy_canvas_focus_area (WmEmpathyCanvas *self,
                              WmEmpathyArea    area)
{
  g_return_if_fail (WM_IS_EMPATHY_CANVAS (self));
  g_return_if_fail ((guint) area < WM_N_EMPATHY_AREAS);

  self->has_focus_area = TRUE;
  self->focus_area = area;
  g_clear_pointer (&self->focus_note, g_free);
  select_only (self, NULL);
}

/**
 * wm_empathy_canvas_select:
 * @note_id: (nullable): the note to select and focus, or %NULL for nothing
 *
 * Selects one note and focuses it, as a click on it does. %NULL selects nothing and focuses
 * no area either: what is selected then is the map itself.
 */
void
wm_empathy_canvas_select (WmEmpathyCanvas *self,
                          const char      *note_id)
{
  g_return_if_fail (WM_IS_EMPATHY_CANVAS (self));

  if (note_id == NULL || self->layout == NULL)
    {
      self->has_focus_area = FALSE;
      g_clear_pointer (&self->focus_note, g_free);
      select_only (self, NULL);
      return;
    }

  focus_and_select (self, note_id);
}

gboolean
wm_empathy_canvas_is_editing (WmEmpathyCanvas *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_CANVAS (self), FALSE);

  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}
