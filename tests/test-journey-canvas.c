/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <X11/keysym.h>

#include "wm-journey-editor.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"
#include "wm-test-xtest.h"

/* Drives the journey map canvas with real input events (XTest under Xvfb), then checks the
 * model: what a user does must end up in the document, as one undo step each. */

typedef struct
{
  GtkWindow       *window;
  WmJourneyEditor *editor;
  WmJourneyCanvas *canvas;
  WmDocument      *document;
  WmJourneyMap    *map;
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
  f->map = wm_object_list_get (wm_document_get_maps (f->document), 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->editor = WM_JOURNEY_EDITOR (wm_journey_editor_new ());
  f->canvas = wm_journey_editor_get_canvas (f->editor);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  wm_journey_editor_set_map (f->editor, f->document, f->map);
  gtk_window_present (f->window);
  wm_test_pump (400);
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

static WmLane *
lane_of_kind (Fixture    *f,
              WmLaneKind  kind,
              guint      *index)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (f->map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      {
        *index = i;
        return wm_object_list_get (lanes, i);
      }
  g_assert_not_reached ();
  return NULL;
}

static guint
count_cards (WmLane     *lane,
             const char *step_id,
             const char *text)
{
  WmObjectList *cards = wm_lane_get_cards (lane);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);

      if ((step_id == NULL || g_str_equal (wm_card_get_step_id (card), step_id))
          && (text == NULL || g_str_equal (wm_card_get_text (card), text)))
        n++;
    }

  return n;
}

static WmCard *
find_card (WmLane     *lane,
           const char *text)
{
  WmObjectList *cards = wm_lane_get_cards (lane);

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    if (g_str_equal (wm_card_get_text (wm_object_list_get (cards, i)), text))
      return wm_object_list_get (cards, i);

  return NULL;
}

/* Double-click an empty cell, type, Ctrl+Enter: one new card there; drag it two steps right;
 * undo twice brings everything back. */
static void
test_add_and_drag_card (Fixture       *f,
                        gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  guint lane_index;
  WmLane *lane = lane_of_kind (f, WM_LANE_KIND_PAIN_POINTS, &lane_index);
  const char *step0 = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 0)));
  const char *step2 = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 2)));
  WmJourneyCell cell, target;
  WmRect bounds;
  WmCard *card;
  guint before = count_cards (lane, NULL, NULL);

  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 0);
  g_assert_true (wm_journey_layout_get_cell (layout, lane_index, 0, &cell));
  wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (f->canvas)), cell.bounds.x,
                              cell.bounds.y, cell.bounds.width, cell.bounds.height + 200);
  wm_test_pump (100);

  wm_test_pointer_to (f->canvas, cell.bounds.x + cell.bounds.width / 2,
                      cell.bounds.y + cell.bounds.height / 2);
  wm_test_double_click ();
  wm_test_pump (100);
  g_assert_true (wm_journey_canvas_is_editing (f->canvas));

  wm_test_type_text ("hello");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  wm_test_pump (100);
  g_assert_false (wm_journey_canvas_is_editing (f->canvas));
  g_assert_cmpuint (count_cards (lane, NULL, NULL), ==, before + 1);
  g_assert_cmpuint (count_cards (lane, step0, "hello"), ==, 1);
  card = find_card (lane, "hello");

  /* Drag it with the real gesture. */
  layout = wm_journey_canvas_get_layout (f->canvas);
  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (card)), &bounds));
  g_assert_true (wm_journey_layout_get_cell (layout, lane_index, 2, &target));
  wm_test_pointer_to (f->canvas, bounds.x + 20, bounds.y + 10);
  wm_test_button (1, TRUE);
  for (int i = 1; i <= 10; i++)
    wm_test_pointer_to (f->canvas,
                        bounds.x + 20 + (target.bounds.x + 30 - bounds.x - 20) * i / 10.0,
                        bounds.y + 10 + (target.bounds.y + target.bounds.height - 8 - bounds.y - 10) * i / 10.0);
  wm_test_button (1, FALSE);
  wm_test_pump (100);
  g_assert_cmpstr (wm_card_get_step_id (card), ==, step2);
  g_assert_cmpuint (count_cards (lane, NULL, NULL), ==, before + 1);

  /* Each gesture is one undo step; the canvas follows the model. */
  g_assert_true (wm_history_undo (history));
  g_assert_cmpstr (wm_card_get_step_id (card), ==, step0);
  wm_test_pump (50);
  layout = wm_journey_canvas_get_layout (f->canvas);
  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (card)), &bounds));
  g_assert_cmpfloat (bounds.x, <, cell.bounds.x + cell.bounds.width);
  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (count_cards (lane, NULL, NULL), ==, before);
  g_assert_false (wm_history_get_modified (history));
}

/* Arrows move the focus between cells and cards; Enter on an empty cell edits a new card;
 * Escape cancels; Delete removes the focused card and undo restores it. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  guint lane_index, lane, step;
  WmLane *pains = lane_of_kind (f, WM_LANE_KIND_PAIN_POINTS, &lane_index);
  guint before = count_cards (pains, NULL, NULL);
  const char *focus;

  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  wm_test_key (XK_Return, 0);
  g_assert_true (wm_journey_canvas_is_editing (f->canvas));
  wm_test_type_text ("gone");
  wm_test_key (XK_Escape, 0);
  g_assert_false (wm_journey_canvas_is_editing (f->canvas));
  g_assert_cmpuint (count_cards (pains, NULL, NULL), ==, before);
  g_assert_false (wm_history_get_can_undo (history));

  /* The first step of the pain lane is empty; moving right reaches a card. */
  wm_test_key (XK_Right, 0);
  focus = wm_journey_canvas_get_focus_card (f->canvas);
  g_assert_nonnull (focus);
  g_assert_true (wm_journey_canvas_get_focus_cell (f->canvas, &lane, &step));
  g_assert_cmpuint (lane, ==, lane_index);
  g_assert_cmpuint (step, ==, 1);
  g_assert_true (WM_IS_CARD (wm_document_lookup (f->document, focus)));
  /* A screen reader hears which card has the focus. */
  {
    WmCard *card = WM_CARD (wm_document_lookup (f->document, focus));
    WmLane *lane_object = wm_object_list_get (wm_journey_map_get_lanes (f->map), lane_index);
    g_autofree char *expected = g_strdup_printf ("Card “%s”, %s, %s", wm_card_get_text (card),
                                                 wm_lane_get_title (lane_object),
                                                 wm_step_get_name (wm_journey_map_get_step (f->map, 1)));

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  }

  wm_test_key (XK_Up, 0);
  g_assert_true (wm_journey_canvas_get_focus_cell (f->canvas, &lane, &step));
  g_assert_cmpuint (lane, ==, lane_index - 1);

  wm_test_key (XK_Down, 0);
  focus = wm_journey_canvas_get_focus_card (f->canvas);
  g_assert_nonnull (focus);
  {
    g_autofree char *id = g_strdup (focus);

    wm_test_key (XK_Delete, 0);
    g_assert_null (wm_document_lookup (f->document, id));
    g_assert_cmpuint (count_cards (pains, NULL, NULL), ==, before - 1);
    g_assert_true (wm_history_undo (history));
    g_assert_nonnull (wm_document_lookup (f->document, id));
  }
}

static void
show (Fixture      *f,
      const WmRect *r)
{
  wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (f->canvas)), r->x, r->y,
                              r->width, r->height);
  wm_test_pump (100);
}

/* Dragging a lane header onto another row moves the lane; one undo step. */
static void
test_reorder_lane_by_drag (Fixture       *f,
                           gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmObjectList *lanes = wm_journey_map_get_lanes (f->map);
  WmObject *first = wm_object_list_get (lanes, 0);
  WmRect from, to;

  g_assert_true (wm_journey_layout_get_lane_header (layout, 0, &from));
  g_assert_true (wm_journey_layout_get_lane_header (layout, 2, &to));
  show (f, &from);
  wm_test_pointer_to (f->canvas, from.x + 60, from.y + 12);
  wm_test_button (1, TRUE);
  for (int i = 1; i <= 8; i++)
    wm_test_pointer_to (f->canvas, from.x + 60,
                        from.y + 12 + (to.y + to.height / 2 - from.y - 12) * i / 8.0);
  wm_test_button (1, FALSE);
  wm_test_pump (100);
  g_assert_true (wm_object_list_get (lanes, 2) == (gpointer) first);
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_true (wm_object_list_get (lanes, 0) == (gpointer) first);
}

/* Dragging a stage by its header moves it, with its steps and their cards. */
static void
test_reorder_stage_by_drag (Fixture       *f,
                            gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmObjectList *stages = wm_journey_map_get_stages (f->map);
  WmObject *first = wm_object_list_get (stages, 0);
  WmRect from, to;

  g_assert_true (wm_journey_layout_get_stage_header (layout, 0, &from));
  g_assert_true (wm_journey_layout_get_stage_header (layout, 1, &to));
  show (f, &from);
  wm_test_pointer_to (f->canvas, from.x + 30, from.y + from.height / 2);
  wm_test_button (1, TRUE);
  for (int i = 1; i <= 8; i++)
    wm_test_pointer_to (f->canvas, from.x + 30 + (to.x + to.width / 2 - from.x - 30) * i / 8.0,
                        from.y + from.height / 2);
  wm_test_button (1, FALSE);
  wm_test_pump (100);
  g_assert_true (wm_object_list_get (stages, 1) == (gpointer) first);
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_true (wm_object_list_get (stages, 0) == (gpointer) first);
}

/* Ctrl+click adds a card to the selection (and a click outside the cells clears it all). */
static void
test_ctrl_click_selects_more (Fixture       *f,
                              gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  g_autoptr(GPtrArray) first = wm_journey_layout_get_cards_in_cell (layout, 0, 0);
  g_autoptr(GPtrArray) second = wm_journey_layout_get_cards_in_cell (layout, 0, 1);
  WmRect a, b;
  guint lane, step;

  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (g_ptr_array_index (first, 0)), &a));
  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (g_ptr_array_index (second, 0)), &b));
  show (f, &a);
  wm_test_pointer_to (f->canvas, a.x + 10, a.y + 10);
  wm_test_click (1);
  wm_test_pump (300);
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 1);
  wm_test_pointer_to (f->canvas, b.x + 10, b.y + 10);
  wm_test_modifier (XK_Control_L, TRUE);
  wm_test_click (1);
  wm_test_modifier (XK_Control_L, FALSE);
  wm_test_pump (300);
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 2);

  /* Escape twice: no selection, no focused cell. */
  wm_test_key (XK_Escape, 0);
  wm_test_key (XK_Escape, 0);
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 0);
  g_assert_false (wm_journey_canvas_get_focus_cell (f->canvas, &lane, &step));
}

/* The "+ Add lane" button under the last lane adds a lane and lets you name it at once. */
static void
test_add_lane_button (Fixture       *f,
                      gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmObjectList *lanes = wm_journey_map_get_lanes (f->map);
  guint n = wm_object_list_get_length (lanes);
  WmRect last, button_rect;
  WmLane *lane;

  g_assert_true (wm_journey_layout_get_lane_header (layout, n - 1, &last));
  button_rect = (WmRect) { last.x, last.y + last.height + 12, last.width, 32 };
  show (f, &button_rect);
  wm_test_pointer_to (f->canvas, button_rect.x + button_rect.width / 2, button_rect.y + 16);
  wm_test_click (1);
  wm_test_pump (100);
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, n + 1);
  g_assert_true (wm_journey_canvas_is_editing (f->canvas));
  wm_test_type_text ("feelings");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  lane = wm_object_list_get (lanes, n);
  g_assert_cmpstr (wm_lane_get_title (lane), ==, "feelings");
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, n);
}

/* Double-clicking a step header renames the step in place. */
static void
test_rename_step (Fixture       *f,
                  gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmStep *step = wm_journey_map_get_step (f->map, 1);
  WmRect header;

  g_assert_true (wm_journey_layout_get_step_header (layout, 1, &header));
  show (f, &header);
  wm_test_double_click_at (f->canvas, header.x + header.width / 2, header.y + header.height / 2);
  g_assert_true (wm_journey_canvas_is_editing (f->canvas));
  wm_test_type_text ("compare");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  g_assert_cmpstr (wm_step_get_name (step), ==, "compare");
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_cmpstr (wm_step_get_name (step), !=, "compare");
}

/* Double-click a metric cell, type a value with a decimal comma. */
static void
test_edit_metric (Fixture       *f,
                  gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  guint lane_index;
  WmLane *lane = lane_of_kind (f, WM_LANE_KIND_METRICS, &lane_index);
  const char *step = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 0)));
  WmJourneyCell cell;
  WmObjectList *values = wm_lane_get_values (lane);
  gboolean found = FALSE;

  g_assert_true (wm_journey_layout_get_cell (layout, lane_index, 0, &cell));
  show (f, &cell.bounds);
  wm_test_double_click_at (f->canvas, cell.bounds.x + cell.bounds.width / 2,
                           cell.bounds.y + cell.bounds.height / 2);
  g_assert_true (wm_journey_canvas_is_editing (f->canvas));
  wm_test_type_text ("42,5");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);

  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    {
      WmMetricValue *value = wm_object_list_get (values, i);

      if (g_str_equal (wm_metric_value_get_step_id (value), step))
        {
          g_assert_cmpfloat (wm_metric_value_get_value (value), ==, 42.5);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* Pasting plain text makes one card per non-empty line, as one undo step. */
static void
test_paste_lines (Fixture       *f,
                  gconstpointer  data)
{
  guint lane_index;
  WmLane *lane = lane_of_kind (f, WM_LANE_KIND_PAIN_POINTS, &lane_index);
  const char *step0 = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 0)));
  WmHistory *history = wm_document_get_history (f->document);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)), "one\n  two\n\nthree\n");
  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.paste", NULL));
  wm_test_pump (200);
  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 3);
  g_assert_cmpuint (count_cards (lane, step0, "two"), ==, 1);
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 3);

  /* Copy them back out: the same lines. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.copy", NULL));
  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 0);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  g_assert_nonnull (*text);
}

/* Ctrl+C puts a card on the clipboard as plain text for other apps and in Waymark's format;
 * Ctrl+V in another cell makes a new card with the same colour, tags, evidence and owner,
 * as one undo step. */
static void
test_copy_keeps_details (Fixture       *f,
                         gconstpointer  data)
{
  guint lane_index;
  WmLane *lane = lane_of_kind (f, WM_LANE_KIND_PAIN_POINTS, &lane_index);
  WmHistory *history = wm_document_get_history (f->document);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->canvas));
  const char *step0 = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 0)));
  const char * const tags[] = { "price", "survey", NULL };
  g_autofree char *text = NULL;
  g_autofree char *original_id = NULL;
  WmCard *card = NULL, *pasted = NULL;
  WmObjectList *cards = wm_lane_get_cards (lane);

  /* A card not in the first step, whose cell is empty. */
  for (guint i = 0; i < wm_object_list_get_length (cards) && card == NULL; i++)
    if (!g_str_equal (wm_card_get_step_id (wm_object_list_get (cards, i)), step0))
      card = wm_object_list_get (cards, i);
  g_assert_nonnull (card);
  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 0);
  original_id = g_strdup (wm_object_get_id (WM_OBJECT (card)));
  wm_card_set_text (card, "Shipping costs\nshow up late");
  wm_card_set_colour (card, "#e01b24");
  wm_card_set_tags (card, tags);
  wm_card_set_evidence (card, WM_EVIDENCE_ASSUMED);
  wm_card_set_owner (card, "Checkout team");
  wm_test_pump (100);

  wm_journey_canvas_select (f->canvas, original_id);
  wm_test_key (XK_c, GDK_CONTROL_MASK);
  wm_test_pump (100);
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "application/x-waymark-cards+json"));
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (text, ==, "Shipping costs show up late");

  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  wm_test_key (XK_v, GDK_CONTROL_MASK);
  wm_test_pump (300);
  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 1);
  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    if (g_str_equal (wm_card_get_step_id (wm_object_list_get (cards, i)), step0))
      pasted = wm_object_list_get (cards, i);
  g_assert_nonnull (pasted);
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (pasted)), !=, original_id);
  g_assert_cmpstr (wm_card_get_text (pasted), ==, "Shipping costs\nshow up late");
  g_assert_cmpstr (wm_card_get_colour (pasted), ==, "#e01b24");
  g_assert_cmpstrv (wm_card_get_tags (pasted), tags);
  g_assert_cmpint (wm_card_get_evidence (pasted), ==, WM_EVIDENCE_ASSUMED);
  g_assert_cmpstr (wm_card_get_owner (pasted), ==, "Checkout team");
  g_assert_cmpstr (wm_journey_canvas_get_focus_card (f->canvas), ==,
                   wm_object_get_id (WM_OBJECT (pasted)));

  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (count_cards (lane, step0, NULL), ==, 0);
  g_assert_false (wm_history_get_can_undo (history));
  g_assert_nonnull (wm_document_lookup (f->document, original_id));
}

static const char *
card_id_in_cell (Fixture *f,
                 guint    lane,
                 guint    step,
                 guint    index)
{
  g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (
    wm_journey_canvas_get_layout (f->canvas), lane, step);

  return index < cards->len ? wm_object_get_id (g_ptr_array_index (cards, index)) : NULL;
}

/* Alt+arrows move the focused card as a drag would: down and up inside its cell, right and
 * left to the next and previous step, and from the top of a cell into the lane above; each
 * move is one undo step and the focus stays on the card. */
static void
test_keyboard_move (Fixture       *f,
                    gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmHistory *history = wm_document_get_history (f->document);
  g_autoptr(GBytes) before = wm_journey_format_write (f->document);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  WmObject *card, *lane_above;
  guint lane = G_MAXUINT, step = 0, l, s, index;

  /* A cell with two cards or more, in a lane that has a card lane above it. */
  for (l = 1; l < wm_journey_layout_get_n_lanes (layout) && lane == G_MAXUINT; l++)
    for (s = 0; s + 1 < wm_journey_layout_get_n_steps (layout) && lane == G_MAXUINT; s++)
      if (card_id_in_cell (f, l, s, 1) != NULL
          && wm_lane_kind_holds_cards (wm_lane_get_kind (wm_object_list_get (
               wm_journey_map_get_lanes (f->map), l - 1))))
        {
          lane = l;
          step = s;
        }
  g_assert_cmpuint (lane, !=, G_MAXUINT);
  first = g_strdup (card_id_in_cell (f, lane, step, 0));
  second = g_strdup (card_id_in_cell (f, lane, step, 1));
  card = wm_document_lookup (f->document, first);
  lane_above = WM_OBJECT (wm_object_list_get (wm_journey_map_get_lanes (f->map), lane - 1));

  wm_journey_canvas_select (f->canvas, first);
  wm_test_key (XK_Down, GDK_ALT_MASK);
  g_assert_cmpstr (card_id_in_cell (f, lane, step, 0), ==, second);
  g_assert_cmpstr (card_id_in_cell (f, lane, step, 1), ==, first);
  g_assert_cmpstr (wm_journey_canvas_get_focus_card (f->canvas), ==, first);

  wm_test_key (XK_Right, GDK_ALT_MASK);
  g_assert_cmpstr (wm_card_get_step_id (WM_CARD (card)), ==,
                   wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, step + 1))));
  g_assert_true (wm_journey_canvas_get_focus_cell (f->canvas, &l, &s));
  g_assert_cmpuint (s, ==, step + 1);
  g_assert_cmpstr (wm_journey_canvas_get_focus_card (f->canvas), ==, first);

  wm_test_key (XK_Left, GDK_ALT_MASK);
  g_assert_cmpstr (wm_card_get_step_id (WM_CARD (card)), ==,
                   wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, step))));

  /* Up to the top of the cell, then once more: into the lane above, at the end of its cell. */
  g_assert_true (wm_journey_canvas_get_focus_cell (f->canvas, &l, &s));
  while (card_id_in_cell (f, lane, step, 0) != NULL
         && !g_str_equal (card_id_in_cell (f, lane, step, 0), first))
    wm_test_key (XK_Up, GDK_ALT_MASK);
  wm_test_key (XK_Up, GDK_ALT_MASK);
  g_assert_true (wm_object_get_parent (card) == lane_above);
  index = 0;
  while (card_id_in_cell (f, lane - 1, step, index + 1) != NULL)
    index++;
  g_assert_cmpstr (card_id_in_cell (f, lane - 1, step, index), ==, first);

  /* One undo step a move: undoing them all gives the file back byte for byte. */
  while (wm_history_undo (history))
    ;
  after = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (before, after));
  wm_test_pump (100);
  g_assert_cmpstr (card_id_in_cell (f, lane, step, 0), ==, first);
}

/* A right-click on a stage opens its menu; its Delete removes the stage and its content. */
static void
test_context_menu_delete_stage (Fixture       *f,
                                gconstpointer  data)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmObjectList *stages = wm_journey_map_get_stages (f->map);
  guint n = wm_object_list_get_length (stages);
  WmObject *second = wm_object_list_get (stages, 1);
  WmRect header;

  g_assert_true (wm_journey_layout_get_stage_header (layout, 1, &header));
  show (f, &header);
  wm_test_pointer_to (f->canvas, header.x + header.width / 2, header.y + header.height / 2);
  wm_test_click (3);
  wm_test_pump (150);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "journey.delete", NULL));
  wm_test_pump (50);
  g_assert_cmpuint (wm_object_list_get_length (stages), ==, n - 1);
  g_assert_false (wm_object_list_find (stages, second, NULL));
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_true (wm_object_list_get (stages, 1) == (gpointer) second);
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

  g_test_add ("/journey-canvas/add-and-drag-card", Fixture, NULL, fixture_set_up,
              test_add_and_drag_card, fixture_tear_down);
  g_test_add ("/journey-canvas/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/journey-canvas/reorder-lane-by-drag", Fixture, NULL, fixture_set_up,
              test_reorder_lane_by_drag, fixture_tear_down);
  g_test_add ("/journey-canvas/reorder-stage-by-drag", Fixture, NULL, fixture_set_up,
              test_reorder_stage_by_drag, fixture_tear_down);
  g_test_add ("/journey-canvas/ctrl-click-selects-more", Fixture, NULL, fixture_set_up,
              test_ctrl_click_selects_more, fixture_tear_down);
  g_test_add ("/journey-canvas/add-lane-button", Fixture, NULL, fixture_set_up,
              test_add_lane_button, fixture_tear_down);
  g_test_add ("/journey-canvas/rename-step", Fixture, NULL, fixture_set_up, test_rename_step,
              fixture_tear_down);
  g_test_add ("/journey-canvas/edit-metric", Fixture, NULL, fixture_set_up, test_edit_metric,
              fixture_tear_down);
  g_test_add ("/journey-canvas/paste-lines", Fixture, NULL, fixture_set_up, test_paste_lines,
              fixture_tear_down);
  g_test_add ("/journey-canvas/keyboard-move", Fixture, NULL, fixture_set_up, test_keyboard_move,
              fixture_tear_down);
  g_test_add ("/journey-canvas/copy-keeps-details", Fixture, NULL, fixture_set_up,
              test_copy_keeps_details, fixture_tear_down);
  g_test_add ("/journey-canvas/context-menu-delete-stage", Fixture, NULL, fixture_set_up,
              test_context_menu_delete_stage, fixture_tear_down);

  return g_test_run ();
}
