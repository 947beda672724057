/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <X11/keysym.h>

#include "wm-empathy-edit.h"
#include "wm-empathy-editor.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"
#include "wm-test-xtest.h"

/* Drives the empathy map canvas with real input events (XTest under Xvfb), then checks the
 * model: each gesture must end up in the document as one undo step. */

typedef struct
{
  GtkWindow       *window;
  WmEmpathyEditor *editor;
  WmEmpathyCanvas *canvas;
  WmDocument      *document;
  WmHistory       *history;
  WmEmpathyMap    *map;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->history = wm_document_get_history (f->document);
  f->map = wm_object_list_get (wm_document_get_empathy_maps (f->document), 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1300, 860);
  f->editor = WM_EMPATHY_EDITOR (wm_empathy_editor_new ());
  f->canvas = wm_empathy_editor_get_canvas (f->editor);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  wm_empathy_editor_set_map (f->editor, f->document, f->map);
  gtk_window_present (f->window);
  wm_test_pump (400);
  /* The whole map on screen, so that drags can reach every area. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-fit", NULL));
  wm_test_pump (100);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wm_test_pump (50);
  g_clear_object (&f->document);
}

static guint
n_notes (Fixture       *f,
         WmEmpathyArea  area)
{
  return wm_object_list_get_length (wm_empathy_map_get_area (f->map, area));
}

static WmNote *
note_at (Fixture       *f,
         WmEmpathyArea  area,
         guint          index)
{
  return wm_object_list_get (wm_empathy_map_get_area (f->map, area), index);
}

static WmEmpathyLayout *
layout (Fixture *f)
{
  return wm_empathy_canvas_get_layout (f->canvas);
}

static void
note_bounds (Fixture *f,
             WmNote  *note,
             WmRect  *bounds)
{
  g_assert_true (wm_empathy_layout_get_note_bounds (layout (f), wm_object_get_id (WM_OBJECT (note)), bounds));
}

/* Double-click the free place in an area, type, Ctrl+Enter: a new note there. Drag it into
 * another area. Undo twice: back where it was, then gone, and the document as saved. */
static void
test_add_and_drag_note (Fixture       *f,
                        gconstpointer  data)
{
  guint says = n_notes (f, WM_EMPATHY_AREA_SAYS);
  guint pains = n_notes (f, WM_EMPATHY_AREA_PAINS);
  WmRect slot, bounds, target;
  WmNote *note;
  WmEmpathyArea area;
  guint index;

  g_assert_true (wm_empathy_layout_get_slot (layout (f), WM_EMPATHY_AREA_SAYS, says, &slot));
  wm_test_double_click_at (f->canvas, slot.x + slot.width / 2, slot.y + slot.height / 2);
  g_assert_true (wm_empathy_canvas_is_editing (f->canvas));
  wm_test_type_text ("hello there");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  wm_test_pump (100);
  g_assert_false (wm_empathy_canvas_is_editing (f->canvas));
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_SAYS), ==, says + 1);
  note = note_at (f, WM_EMPATHY_AREA_SAYS, says);
  g_assert_cmpstr (wm_note_get_text (note), ==, "hello there");
  /* The new note is selected and focused, and a screen reader hears it. */
  g_assert_cmpstr (wm_empathy_canvas_get_focus_note (f->canvas), ==, wm_object_get_id (WM_OBJECT (note)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Note “hello there”, Says");

  /* Drag it to the front of the pains, with the real gesture. */
  note_bounds (f, note, &bounds);
  g_assert_true (wm_empathy_layout_get_slot (layout (f), WM_EMPATHY_AREA_PAINS, 0, &target));
  wm_test_drag (f->canvas, bounds.x + 20, bounds.y + 15, target.x + 10,
                target.y + target.height / 2, 12);
  g_assert_true (wm_empathy_map_locate_note (f->map, note, &area, &index));
  g_assert_cmpint (area, ==, WM_EMPATHY_AREA_PAINS);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_PAINS), ==, pains + 1);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_SAYS), ==, says);

  /* Each gesture is one undo step; the canvas follows the model. */
  g_assert_true (wm_history_undo (f->history));
  g_assert_true (wm_empathy_map_locate_note (f->map, note, &area, &index));
  g_assert_cmpint (area, ==, WM_EMPATHY_AREA_SAYS);
  wm_test_pump (50);
  note_bounds (f, note, &bounds);
  g_assert_true (wm_empathy_layout_get_area_bounds (layout (f), WM_EMPATHY_AREA_SAYS, &target));
  g_assert_true (wm_rect_contains (&target, bounds.x, bounds.y));
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_SAYS), ==, says);
  g_assert_false (wm_history_get_modified (f->history));
}

/* Dragging within an area reorders; the first note goes after the third. */
static void
test_reorder_by_drag (Fixture       *f,
                      gconstpointer  data)
{
  WmNote *first = note_at (f, WM_EMPATHY_AREA_DOES, 0);
  WmNote *third = note_at (f, WM_EMPATHY_AREA_DOES, 2);
  WmRect from, to;

  note_bounds (f, first, &from);
  note_bounds (f, third, &to);
  wm_test_drag (f->canvas, from.x + 20, from.y + 15, to.x + to.width - 12, to.y + to.height / 2,
                12);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 1) == third);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 2) == first);
  g_assert_true (wm_history_undo (f->history));
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 0) == first);
  g_assert_false (wm_history_get_can_undo (f->history));
}

/* Click one note, Ctrl+click one in another area, Delete: both go, in one undo step. */
static void
test_multi_select_and_delete (Fixture       *f,
                              gconstpointer  data)
{
  WmNote *a = note_at (f, WM_EMPATHY_AREA_THINKS, 1);
  WmNote *b = note_at (f, WM_EMPATHY_AREA_FEELS, 2);
  g_autofree char *a_id = g_strdup (wm_object_get_id (WM_OBJECT (a)));
  g_autofree char *b_id = g_strdup (wm_object_get_id (WM_OBJECT (b)));
  guint thinks = n_notes (f, WM_EMPATHY_AREA_THINKS), feels = n_notes (f, WM_EMPATHY_AREA_FEELS);
  WmRect ra, rb;

  note_bounds (f, a, &ra);
  note_bounds (f, b, &rb);
  wm_test_click_at (f->canvas, ra.x + 15, ra.y + 15);
  g_assert_cmpuint (wm_empathy_canvas_get_selection (f->canvas)->len, ==, 1);
  wm_test_modifier (XK_Control_L, TRUE);
  wm_test_click_at (f->canvas, rb.x + 15, rb.y + 15);
  wm_test_modifier (XK_Control_L, FALSE);
  g_assert_cmpuint (wm_empathy_canvas_get_selection (f->canvas)->len, ==, 2);

  wm_test_key (XK_Delete, 0);
  g_assert_null (wm_document_lookup (f->document, a_id));
  g_assert_null (wm_document_lookup (f->document, b_id));
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_THINKS), ==, thinks - 1);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_FEELS), ==, feels - 1);
  g_assert_cmpuint (wm_empathy_canvas_get_selection (f->canvas)->len, ==, 0);

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_true (note_at (f, WM_EMPATHY_AREA_THINKS, 1) == a);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_FEELS, 2) == b);
}

/* Shift+drag on empty space draws a rubber band that selects the notes it touches; dragging
 * them moves them all, as one step. */
static void
test_rubber_band_and_drag_several (Fixture       *f,
                                   gconstpointer  data)
{
  WmNote *a = note_at (f, WM_EMPATHY_AREA_DOES, 0);
  WmNote *b = note_at (f, WM_EMPATHY_AREA_DOES, 1);
  guint gains = n_notes (f, WM_EMPATHY_AREA_GAINS);
  WmRect area, ra, rb, target;
  WmEmpathyArea where;
  guint index;

  g_assert_true (wm_empathy_layout_get_area_bounds (layout (f), WM_EMPATHY_AREA_DOES, &area));
  note_bounds (f, a, &ra);
  note_bounds (f, b, &rb);
  /* From the empty area title strip, down over the first two notes. */
  wm_test_modifier (XK_Shift_L, TRUE);
  wm_test_drag (f->canvas, ra.x + 5, area.y + 8, rb.x + rb.width - 10, ra.y + 20, 12);
  wm_test_modifier (XK_Shift_L, FALSE);
  g_assert_cmpuint (wm_empathy_canvas_get_selection (f->canvas)->len, ==, 2);

  g_assert_true (wm_empathy_layout_get_slot (layout (f), WM_EMPATHY_AREA_GAINS, gains, &target));
  wm_test_drag (f->canvas, ra.x + 20, ra.y + 15, target.x + target.width / 2,
                target.y + target.height / 2, 12);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_GAINS), ==, gains + 2);
  g_assert_true (wm_empathy_map_locate_note (f->map, a, &where, &index));
  g_assert_cmpint (where, ==, WM_EMPATHY_AREA_GAINS);
  g_assert_cmpuint (index, ==, gains);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_GAINS, gains + 1) == b);
  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 0) == a);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 1) == b);
}

/* The keyboard: arrows move the focus between notes and areas, F2 and Enter edit the focused
 * note, Escape cancels, Ctrl+Enter commits. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  guint feels = n_notes (f, WM_EMPATHY_AREA_FEELS);
  const char *focus;

  wm_empathy_canvas_focus_area (f->canvas, WM_EMPATHY_AREA_THINKS);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Thinks, 4 notes");
  /* Down from the area: the first note of the area below. */
  wm_test_key (XK_Down, 0);
  focus = wm_empathy_canvas_get_focus_note (f->canvas);
  g_assert_cmpstr (focus, ==, wm_object_get_id (WM_OBJECT (note_at (f, WM_EMPATHY_AREA_FEELS, 0))));
  wm_test_key (XK_Right, 0);
  focus = wm_empathy_canvas_get_focus_note (f->canvas);
  g_assert_cmpstr (focus, ==, wm_object_get_id (WM_OBJECT (note_at (f, WM_EMPATHY_AREA_FEELS, 1))));

  wm_test_key (XK_F2, 0);
  g_assert_true (wm_empathy_canvas_is_editing (f->canvas));
  wm_test_type_text ("gone");
  wm_test_key (XK_Escape, 0);
  g_assert_false (wm_empathy_canvas_is_editing (f->canvas));
  g_assert_false (wm_history_get_can_undo (f->history));

  wm_test_key (XK_Return, 0);
  g_assert_true (wm_empathy_canvas_is_editing (f->canvas));
  wm_test_type_text ("calm");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_FEELS, 1)), ==, "calm");
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_FEELS), ==, feels);
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_FEELS, 1)), !=, "calm");

  /* Escape twice: no selection, no focus; Enter then does nothing. */
  wm_test_key (XK_Escape, 0);
  wm_test_key (XK_Escape, 0);
  g_assert_null (wm_empathy_canvas_get_focus_note (f->canvas));
  g_assert_false (wm_empathy_canvas_get_focus_area (f->canvas, NULL));
}

/* Double-clicking the goal line edits it in place. */
static void
test_edit_goal (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = g_strdup (wm_empathy_map_get_goal (f->map));
  WmRect goal;

  g_assert_true (wm_empathy_layout_get_goal_bounds (layout (f), &goal));
  wm_test_double_click_at (f->canvas, goal.x + goal.width / 2, goal.y + goal.height / 2);
  g_assert_true (wm_empathy_canvas_is_editing (f->canvas));
  wm_test_type_text ("a calm morning");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  g_assert_cmpstr (wm_empathy_map_get_goal (f->map), ==, "a calm morning");
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstr (wm_empathy_map_get_goal (f->map), ==, before);
}

/* Ctrl+C then Ctrl+V on another area: the notes come back as new notes, with their colour
 * and line breaks (Waymark's own clipboard format); one step. */
static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  WmNote *source = note_at (f, WM_EMPATHY_AREA_PAINS, 0);
  guint gains = n_notes (f, WM_EMPATHY_AREA_GAINS);
  WmRect bounds;

  wm_note_set_text (source, "Queues at\nlate check-in");
  wm_note_set_colour (source, "#99c1f1");
  wm_test_pump (100);
  note_bounds (f, source, &bounds);
  wm_test_click_at (f->canvas, bounds.x + 15, bounds.y + 15);
  wm_test_key (XK_c, GDK_CONTROL_MASK);
  wm_test_pump (100);
  wm_empathy_canvas_focus_area (f->canvas, WM_EMPATHY_AREA_GAINS);
  wm_test_key (XK_v, GDK_CONTROL_MASK);
  wm_test_pump (300);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_GAINS), ==, gains + 1);
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_GAINS, gains)), ==,
                   wm_note_get_text (source));
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_GAINS, gains)), ==,
                   "Queues at\nlate check-in");
  g_assert_cmpstr (wm_note_get_colour (note_at (f, WM_EMPATHY_AREA_GAINS, gains)), ==, "#99c1f1");
  g_assert_true (note_at (f, WM_EMPATHY_AREA_GAINS, gains) != source);
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_GAINS), ==, gains);
}

/* A right-click on a note opens its menu; its colour entry colours the note. */
static void
test_context_menu_colour (Fixture       *f,
                          gconstpointer  data)
{
  WmNote *note = note_at (f, WM_EMPATHY_AREA_SAYS, 1);
  WmRect bounds;

  note_bounds (f, note, &bounds);
  wm_test_pointer_to (f->canvas, bounds.x + 20, bounds.y + 20);
  wm_test_click (3);
  wm_test_pump (200);
  g_assert_cmpstr (wm_empathy_canvas_get_focus_note (f->canvas), ==, wm_object_get_id (WM_OBJECT (note)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "empathy.colour", "s", "#ffbe6f"));
  g_assert_cmpstr (wm_note_get_colour (note), ==, "#ffbe6f");
  /* The menu is still open (its grab would swallow the next test's first click): close it. */
  wm_test_key (XK_Escape, 0);
  wm_test_pump (100);
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstr (wm_note_get_colour (note), ==, "");
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The inspector shows the selected note; typing there edits it, a burst of keys being one
 * undo step; an undo shows the old text again without recording anything. */
static void
test_inspector (Fixture       *f,
                gconstpointer  data)
{
  WmNote *note = note_at (f, WM_EMPATHY_AREA_GAINS, 1);
  g_autofree char *before = g_strdup (wm_note_get_text (note));
  g_autofree char *expected = g_strconcat (before, "ok", NULL);
  g_autofree char *shown = NULL;
  GtkWidget *inspector = GTK_WIDGET (wm_empathy_editor_get_inspector (f->editor));
  GtkTextView *view;
  WmRect bounds;

  note_bounds (f, note, &bounds);
  wm_test_click_at (f->canvas, bounds.x + 15, bounds.y + 15);
  view = GTK_TEXT_VIEW (find_descendant (inspector, GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (view)));
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, before);

  wm_test_click_widget (GTK_WIDGET (view));
  wm_test_key (XK_End, GDK_CONTROL_MASK);
  wm_test_type_text ("ok");
  wm_test_pump (100);
  g_assert_cmpstr (wm_note_get_text (note), ==, expected);

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_cmpstr (wm_note_get_text (note), ==, before);
  wm_test_pump (100);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, before);
  /* Showing the old text recorded nothing: the edit can still be redone. */
  g_assert_true (wm_history_get_can_redo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
}

/* The inspector's persona row links the map to another persona of the workspace (the row is
 * set as its popover list would set it); the centre of the map follows; one undo step. */
static void
test_inspector_persona (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *inspector = GTK_WIDGET (wm_empathy_editor_get_inspector (f->editor));
  AdwComboRow *row = ADW_COMBO_ROW (find_descendant (inspector, ADW_TYPE_COMBO_ROW));
  WmPersona *ben = wm_object_list_get (wm_document_get_personas (f->document), 1);
  g_autofree char *before = g_strdup (wm_empathy_map_get_persona_id (f->map));
  WmDisplayList *list;
  gboolean drawn = FALSE;

  g_assert_nonnull (row);
  g_assert_cmpstr (wm_persona_get_name (ben), ==, "Ben Okafor");
  /* "None", then the personas in order; the map's own is shown. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  adw_combo_row_set_selected (row, 2);
  wm_test_pump (100);
  g_assert_cmpstr (wm_empathy_map_get_persona_id (f->map), ==, wm_object_get_id (WM_OBJECT (ben)));

  list = wm_empathy_layout_get_display_list (layout (f));
  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_TEXT && g_str_equal (item->text, "Ben Okafor"))
        drawn = TRUE;
    }
  g_assert_true (drawn);

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_cmpstr (wm_empathy_map_get_persona_id (f->map), ==, before);
  wm_test_pump (100);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_assert_true (wm_history_get_can_redo (f->history));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (!wm_test_xtest_init ())
    {
      g_test_skip ("needs an X11 display (run under Xvfb with GDK_BACKEND=x11)");
      return 77;
    }

  g_test_add ("/empathy-canvas/add-and-drag-note", Fixture, NULL, fixture_set_up,
              test_add_and_drag_note, fixture_tear_down);
  g_test_add ("/empathy-canvas/reorder-by-drag", Fixture, NULL, fixture_set_up,
              test_reorder_by_drag, fixture_tear_down);
  g_test_add ("/empathy-canvas/multi-select-and-delete", Fixture, NULL, fixture_set_up,
              test_multi_select_and_delete, fixture_tear_down);
  g_test_add ("/empathy-canvas/rubber-band-and-drag-several", Fixture, NULL, fixture_set_up,
              test_rubber_band_and_drag_several, fixture_tear_down);
  g_test_add ("/empathy-canvas/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/empathy-canvas/edit-goal", Fixture, NULL, fixture_set_up, test_edit_goal,
              fixture_tear_down);
  g_test_add ("/empathy-canvas/copy-paste", Fixture, NULL, fixture_set_up, test_copy_paste,
              fixture_tear_down);
  g_test_add ("/empathy-canvas/context-menu-colour", Fixture, NULL, fixture_set_up,
              test_context_menu_colour, fixture_tear_down);
  g_test_add ("/empathy-canvas/inspector", Fixture, NULL, fixture_set_up, test_inspector,
              fixture_tear_down);
  g_test_add ("/empathy-canvas/inspector-persona", Fixture, NULL, fixture_set_up,
              test_inspector_persona, fixture_tear_down);

  return g_test_run ();
}
