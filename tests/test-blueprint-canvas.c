/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <X11/keysym.h>

#include "wm-blueprint-edit.h"
#include "wm-blueprint-editor.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"
#include "wm-test-xtest.h"

/* Drives the service blueprint canvas with real input events (XTest under Xvfb), then checks
 * the model after each gesture: items added, moved, connected and deleted, and undo bringing
 * back an item together with its arrows. */

typedef struct
{
  GtkWindow            *window;
  WmBlueprintEditor    *editor;
  WmBlueprintCanvas    *canvas;
  WmDocument           *document;
  WmServiceBlueprint   *blueprint;
} Fixture;

static WmBlueprintLayout *
layout (Fixture *f)
{
  WmBlueprintLayout *layout = wm_blueprint_canvas_get_layout (f->canvas);

  g_assert_nonnull (layout);

  return layout;
}

static void
show (Fixture      *f,
      const WmRect *r)
{
  wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (f->canvas)), r->x, r->y,
                              r->width, r->height);
  wm_test_pump (100);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->blueprint = wm_object_list_get (wm_document_get_blueprints (f->document), 0);
  g_assert_nonnull (f->blueprint);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1300, 850);
  f->editor = WM_BLUEPRINT_EDITOR (wm_blueprint_editor_new ());
  f->canvas = wm_blueprint_editor_get_canvas (f->editor);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  wm_blueprint_editor_set_blueprint (f->editor, f->document, f->blueprint);
  /* Room for the drags; the inspector still follows the selection while hidden. */
  g_object_set (f->editor, "show-inspector", FALSE, NULL);
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

static guint
n_items (Fixture *f)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (f->blueprint);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    n += wm_object_list_get_length (wm_blueprint_lane_get_items (wm_object_list_get (lanes, i)));

  return n;
}

static guint
n_arrows (Fixture *f)
{
  return wm_object_list_get_length (wm_service_blueprint_get_arrows (f->blueprint));
}

static const char *
step_id (Fixture *f,
         guint    index)
{
  return wm_object_get_id (wm_object_list_get (wm_service_blueprint_get_steps (f->blueprint), index));
}

/* An empty cell at or after step @from, scanning lane by lane. */
static gboolean
find_empty_cell (Fixture         *f,
                 guint            from,
                 WmBlueprintCell *cell)
{
  for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (layout (f)); l++)
    for (guint s = from; s < wm_blueprint_layout_get_n_steps (layout (f)); s++)
      {
        g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), l, s);

        if (items->len == 0)
          return wm_blueprint_layout_get_cell (layout (f), l, s, cell);
      }

  return FALSE;
}

static WmBlueprintItem *
find_item (Fixture    *f,
           const char *text)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (f->blueprint);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmObjectList *items = wm_blueprint_lane_get_items (wm_object_list_get (lanes, i));

      for (guint j = 0; j < wm_object_list_get_length (items); j++)
        if (g_str_equal (wm_blueprint_item_get_text (wm_object_list_get (items, j)), text))
          return wm_object_list_get (items, j);
    }

  return NULL;
}

static gboolean
has_arrow (Fixture    *f,
           const char *from,
           const char *to)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (f->blueprint);

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *arrow = wm_object_list_get (arrows, i);

      if (g_str_equal (wm_arrow_get_from_id (arrow), from) && g_str_equal (wm_arrow_get_to_id (arrow), to))
        return TRUE;
    }

  return FALSE;
}

static gboolean
touches_arrow (Fixture    *f,
               const char *item_id)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (f->blueprint);

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *arrow = wm_object_list_get (arrows, i);

      if (g_str_equal (wm_arrow_get_from_id (arrow), item_id) || g_str_equal (wm_arrow_get_to_id (arrow), item_id))
        return TRUE;
    }

  return FALSE;
}

/* The first item of a cell in another step than @step, to connect to. */
static const char *
other_item (Fixture *f,
            guint    lane,
            guint    step)
{
  for (guint s = 0; s < wm_blueprint_layout_get_n_steps (layout (f)); s++)
    {
      g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), lane, s);

      if (s != step && items->len > 0)
        return wm_object_get_id (g_ptr_array_index (items, 0));
    }

  return NULL;
}

/* Double-click an empty cell and type: a new item there. Drag it to another cell. Drag from its
 * handle to another item: an arrow. Delete it: the arrow goes too. Undo brings back both. */
static void
test_add_move_connect_delete (Fixture       *f,
                              gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  guint items_before = n_items (f), arrows_before = n_arrows (f);
  WmBlueprintCell cell, target;
  WmBlueprintItem *item;
  WmBlueprintLane *lane;
  const char *id, *to;
  g_autofree char *item_id = NULL;
  WmRect bounds, handle, to_bounds;

  /* Add */
  g_assert_true (find_empty_cell (f, 0, &cell));
  show (f, &cell.bounds);
  wm_test_pointer_to (f->canvas, cell.bounds.x + cell.bounds.width / 2,
                      cell.bounds.y + cell.bounds.height / 2);
  wm_test_pump (200);
  wm_test_double_click ();
  wm_test_pump (100);
  g_assert_true (wm_blueprint_canvas_is_editing (f->canvas));
  wm_test_type_text ("hello");
  wm_test_key (XK_Return, GDK_CONTROL_MASK);
  wm_test_pump (100);
  g_assert_false (wm_blueprint_canvas_is_editing (f->canvas));
  g_assert_cmpuint (n_items (f), ==, items_before + 1);
  item = find_item (f, "hello");
  g_assert_nonnull (item);
  item_id = g_strdup (wm_object_get_id (WM_OBJECT (item)));
  lane = wm_object_list_get (wm_service_blueprint_get_lanes (f->blueprint), cell.lane);
  g_assert_true (wm_object_get_parent (WM_OBJECT (item)) == WM_OBJECT (lane));
  g_assert_cmpstr (wm_blueprint_item_get_step_id (item), ==, step_id (f, cell.step));
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (wm_blueprint_canvas_get_selection (f->canvas), 0), ==, item_id);

  /* Move it to an empty cell of a later step, with the real drag gesture. */
  g_assert_true (find_empty_cell (f, cell.step + 1, &target));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), item_id, &bounds));
  show (f, &(WmRect) { MIN (bounds.x, target.bounds.x), MIN (bounds.y, target.bounds.y),
                       fabs (target.bounds.x - bounds.x) + target.bounds.width,
                       fabs (target.bounds.y - bounds.y) + target.bounds.height });
  wm_test_drag (f->canvas, bounds.x + 12, bounds.y + 10, target.bounds.x + target.bounds.width / 2,
                target.bounds.y + 14, 10);
  item = WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, item_id));
  g_assert_cmpstr (wm_blueprint_item_get_step_id (item), ==, step_id (f, target.step));
  lane = wm_object_list_get (wm_service_blueprint_get_lanes (f->blueprint), target.lane);
  g_assert_true (wm_object_get_parent (WM_OBJECT (item)) == WM_OBJECT (lane));
  g_assert_cmpuint (n_items (f), ==, items_before + 1);

  /* Connect it: hover to show the handle, drag from the handle to another item. */
  to = other_item (f, 1, target.step);
  g_assert_nonnull (to);
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), item_id, &bounds));
  g_assert_true (wm_blueprint_layout_get_item_handle (layout (f), item_id, &handle));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), to, &to_bounds));
  show (f, &(WmRect) { MIN (bounds.x, to_bounds.x) - 10, MIN (bounds.y, to_bounds.y) - 10,
                       fabs (to_bounds.x - bounds.x) + MAX (bounds.width, to_bounds.width) + 30,
                       fabs (to_bounds.y - bounds.y) + MAX (bounds.height, to_bounds.height) + 20 });
  wm_test_pointer_to (f->canvas, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
  wm_test_pointer_to (f->canvas, handle.x + handle.width / 2, handle.y + handle.height / 2);
  wm_test_drag (f->canvas, handle.x + handle.width / 2, handle.y + handle.height / 2,
                to_bounds.x + to_bounds.width / 2, to_bounds.y + to_bounds.height / 2, 10);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before + 1);
  g_assert_true (has_arrow (f, item_id, to));
  /* The new arrow is selected, for its label in the inspector; the item did not move. */
  g_assert_nonnull (wm_blueprint_canvas_get_selected_arrow (f->canvas));
  g_assert_cmpstr (wm_blueprint_item_get_step_id (item), ==, step_id (f, target.step));

  /* Delete the item with the keyboard: its arrow goes in the same undo step. */
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), item_id, &bounds));
  wm_test_click_at (f->canvas, bounds.x + 12, bounds.y + bounds.height / 2);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 1);
  wm_test_key (XK_Delete, 0);
  wm_test_pump (50);
  g_assert_null (wm_document_lookup (f->document, item_id));
  g_assert_cmpuint (n_items (f), ==, items_before);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before);
  g_assert_false (touches_arrow (f, item_id));

  /* One undo brings back both, the next ones the arrow, the move and the item. */
  g_assert_true (wm_history_undo (history));
  wm_test_pump (50);
  id = wm_object_get_id (wm_document_lookup (f->document, item_id));
  g_assert_cmpstr (id, ==, item_id);
  g_assert_true (has_arrow (f, item_id, to));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), item_id, &bounds));
  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (n_arrows (f), ==, arrows_before);
  g_assert_true (wm_history_undo (history));
  item = WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, item_id));
  g_assert_cmpstr (wm_blueprint_item_get_step_id (item), ==, step_id (f, cell.step));
  g_assert_true (wm_history_undo (history));
  g_assert_null (wm_document_lookup (f->document, item_id));
  g_assert_cmpuint (n_items (f), ==, items_before);
  g_assert_false (wm_history_get_modified (history));
}

/* Select two items (click, Ctrl+click), Ctrl+L connects them; a click on the arrow selects it
 * and Delete removes only the arrow. */
static void
test_keyboard_connect (Fixture       *f,
                       gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  g_autoptr(GPtrArray) first = wm_blueprint_layout_get_items_in_cell (layout (f), 0, 0);
  g_autoptr(GPtrArray) second = wm_blueprint_layout_get_items_in_cell (layout (f), 1, 0);
  guint items_before = n_items (f), arrows_before = n_arrows (f);
  g_autofree char *a = NULL, *b = NULL, *arrow_id = NULL;
  WmRect ra, rb;
  WmDisplayList *list;
  gboolean clicked = FALSE;

  g_assert_cmpuint (first->len, >, 0);
  g_assert_cmpuint (second->len, >, 0);
  a = g_strdup (wm_object_get_id (g_ptr_array_index (first, 0)));
  b = g_strdup (wm_object_get_id (g_ptr_array_index (second, 0)));
  g_assert_false (has_arrow (f, a, b));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), a, &ra));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), b, &rb));
  show (f, &ra);

  wm_test_click_at (f->canvas, ra.x + 10, ra.y + 10);
  /* A screen reader hears which item has the focus, and where it is. */
  {
    WmBlueprintItem *item = WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, a));
    WmBlueprintLane *lane = wm_object_list_get (wm_service_blueprint_get_lanes (f->blueprint), 0);
    WmBlueprintStep *step = wm_object_list_get (wm_service_blueprint_get_steps (f->blueprint), 0);
    g_autofree char *expected = g_strdup_printf ("Item “%s”, %s, %s, %s", wm_blueprint_item_get_text (item),
                                                 wm_blueprint_item_kind_label (wm_blueprint_item_get_kind (item)),
                                                 wm_blueprint_lane_get_title (lane),
                                                 wm_blueprint_step_get_name (step));

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  }
  wm_test_pointer_to (f->canvas, rb.x + 10, rb.y + 10);
  wm_test_modifier (XK_Control_L, TRUE);
  wm_test_click (1);
  wm_test_modifier (XK_Control_L, FALSE);
  wm_test_pump (WM_TEST_DOUBLE_CLICK_TIME + 100);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 2);

  wm_test_key (XK_l, GDK_CONTROL_MASK);
  wm_test_pump (50);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before + 1);
  g_assert_true (has_arrow (f, a, b));
  arrow_id = g_strdup (wm_blueprint_canvas_get_selected_arrow (f->canvas));
  g_assert_nonnull (arrow_id);

  /* Click elsewhere, then on the arrow's line: it is selected again. */
  wm_test_click_at (f->canvas, ra.x + 10, ra.y + 10);
  g_assert_null (wm_blueprint_canvas_get_selected_arrow (f->canvas));
  list = wm_blueprint_layout_get_display_list (layout (f));
  for (guint i = 0; !clicked && i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->id == NULL || !g_str_equal (item->id, arrow_id) || item->kind != WM_DISPLAY_PATH)
        continue;
      /* A point on the connector away from both items: along each Bézier segment. */
      for (guint p = 0; !clicked && p < 3 * item->path_segments; p++)
        {
          const double *pt = wm_display_list_get_points (list, item->path_start) + 6 * (p / 3);
          double t = (p % 3 + 1) / 4.0, u = 1 - t;
          double x = u * u * u * pt[0] + 3 * u * u * t * pt[2] + 3 * u * t * t * pt[4] + t * t * t * pt[6];
          double y = u * u * u * pt[1] + 3 * u * u * t * pt[3] + 3 * u * t * t * pt[5] + t * t * t * pt[7];

          if (wm_blueprint_layout_arrow_at (layout (f), x, y) != NULL
              && g_str_equal (wm_blueprint_layout_arrow_at (layout (f), x, y), arrow_id)
              && !wm_rect_contains (&ra, x, y) && !wm_rect_contains (&rb, x, y))
            {
              show (f, &(WmRect) { x - 20, y - 20, 40, 40 });
              wm_test_click_at (f->canvas, x, y);
              clicked = TRUE;
            }
        }
    }
  g_assert_true (clicked);
  g_assert_cmpstr (wm_blueprint_canvas_get_selected_arrow (f->canvas), ==, arrow_id);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 0);
  g_assert_cmpstr (wm_blueprint_inspector_get_mode (wm_blueprint_editor_get_inspector (f->editor)), ==, "arrow");

  wm_test_key (XK_Delete, 0);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before);
  g_assert_cmpuint (n_items (f), ==, items_before);
  g_assert_true (wm_history_undo (history));
  g_assert_true (has_arrow (f, a, b));
  g_assert_true (wm_history_undo (history));
  g_assert_false (has_arrow (f, a, b));
  g_assert_false (wm_history_get_modified (history));
}

/* Dragging a step header onto another column moves the step, with its items; one undo step. */
static void
test_reorder_step (Fixture       *f,
                   gconstpointer  data)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (f->blueprint);
  WmObject *first = wm_object_list_get (steps, 0);
  WmRect from, to;

  g_assert_true (wm_blueprint_layout_get_step_header (layout (f), 0, &from));
  g_assert_true (wm_blueprint_layout_get_step_header (layout (f), 2, &to));
  show (f, &(WmRect) { from.x, from.y, to.x + to.width - from.x, from.height });
  wm_test_drag (f->canvas, from.x + 30, from.y + from.height / 2, to.x + to.width / 2,
                from.y + from.height / 2, 10);
  g_assert_true (wm_object_list_get (steps, 2) == (gpointer) first);
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_true (wm_object_list_get (steps, 0) == (gpointer) first);
}

/* Double-click a step's header, type a name, Enter: the step is renamed in one undo step. */
static void
test_rename_step (Fixture       *f,
                  gconstpointer  data)
{
  WmBlueprintStep *step = wm_object_list_get (wm_service_blueprint_get_steps (f->blueprint), 1);
  g_autofree char *old_name = g_strdup (wm_blueprint_step_get_name (step));
  WmRect header;

  g_assert_true (wm_blueprint_layout_get_step_header (layout (f), 1, &header));
  show (f, &header);
  wm_test_pointer_to (f->canvas, header.x + header.width / 2, header.y + header.height / 2);
  wm_test_pump (200);
  wm_test_double_click ();
  wm_test_pump (100);
  g_assert_true (wm_blueprint_canvas_is_editing (f->canvas));
  wm_test_type_text ("pay");
  wm_test_key (XK_Return, 0);
  wm_test_pump (50);
  g_assert_false (wm_blueprint_canvas_is_editing (f->canvas));
  g_assert_cmpstr (wm_blueprint_step_get_name (step), ==, "pay");
  g_assert_true (wm_history_undo (wm_document_get_history (f->document)));
  g_assert_cmpstr (wm_blueprint_step_get_name (step), ==, old_name);
  g_assert_false (wm_history_get_modified (wm_document_get_history (f->document)));
}

/* The row titled @title of type @type on the inspector's page now shown. */
static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (GTK_IS_STACK (widget))
    return find_row (gtk_stack_get_visible_child (GTK_STACK (widget)), type, title);
  if (g_type_is_a (G_OBJECT_TYPE (widget), type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The inspector edits what the canvas selects: an item's kind, an arrow's label. */
static void
test_inspector (Fixture       *f,
                gconstpointer  data)
{
  WmBlueprintInspector *inspector = wm_blueprint_editor_get_inspector (f->editor);
  WmHistory *history = wm_document_get_history (f->document);
  g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), 0, 0);
  WmBlueprintItem *item = g_ptr_array_index (items, 0);
  WmArrow *arrow = wm_object_list_get (wm_service_blueprint_get_arrows (f->blueprint), 0);
  g_autofree char *label = g_strdup (wm_arrow_get_label (arrow));
  GtkWidget *row;

  g_assert_cmpstr (wm_blueprint_inspector_get_mode (inspector), ==, "blueprint");
  wm_blueprint_canvas_select (f->canvas, wm_object_get_id (WM_OBJECT (item)));
  wm_blueprint_inspector_refresh (inspector);
  g_assert_cmpstr (wm_blueprint_inspector_get_mode (inspector), ==, "item");
  row = find_row (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW, "Kind");
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, wm_blueprint_item_get_kind (item));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), WM_ITEM_KIND_WAIT);
  g_assert_cmpint (wm_blueprint_item_get_kind (item), ==, WM_ITEM_KIND_WAIT);

  wm_blueprint_canvas_select_arrow (f->canvas, wm_object_get_id (WM_OBJECT (arrow)));
  wm_blueprint_inspector_refresh (inspector);
  g_assert_cmpstr (wm_blueprint_inspector_get_mode (inspector), ==, "arrow");
  row = find_row (GTK_WIDGET (inspector), ADW_TYPE_ENTRY_ROW, "Label");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, label);
  /* Typing: a change per key, merged into one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (row), "se");
  gtk_editable_insert_text (GTK_EDITABLE (row), "nds", -1, &(int) { 2 });
  g_assert_cmpstr (wm_arrow_get_label (arrow), ==, "sends");

  /* The item shows its new kind on the canvas's next layout; undo takes back each edit. */
  g_assert_true (wm_history_undo (history));
  g_assert_cmpstr (wm_arrow_get_label (arrow), ==, label);
  g_assert_true (wm_history_undo (history));
  g_assert_cmpint (wm_blueprint_item_get_kind (item), !=, WM_ITEM_KIND_WAIT);
  g_assert_false (wm_history_get_modified (history));
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

/* The clipboard's text, read the way another app would. */
static char *
clipboard_text (Fixture *f)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)), NULL,
                                 on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static guint
count_in_cell (Fixture    *f,
               guint       lane,
               guint       step,
               const char *text)
{
  g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), lane, step);
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    if (text == NULL || g_str_equal (wm_blueprint_item_get_text (g_ptr_array_index (items, i)), text))
      n++;

  return n;
}

/* Where an item is: its cell in the layout and its place in it. */
static void
locate (Fixture    *f,
        const char *id,
        guint      *lane,
        guint      *step,
        guint      *index)
{
  for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (layout (f)); l++)
    for (guint s = 0; s < wm_blueprint_layout_get_n_steps (layout (f)); s++)
      {
        g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), l, s);

        for (guint i = 0; i < items->len; i++)
          if (g_str_equal (wm_object_get_id (g_ptr_array_index (items, i)), id))
            {
              *lane = l;
              *step = s;
              *index = i;
              return;
            }
      }
  g_assert_not_reached ();
}

/* Clicks the item, once, and waits out the double-click time so the next click is a click. */
static void
click_item (Fixture    *f,
            const char *id)
{
  WmRect bounds;

  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), id, &bounds));
  show (f, &bounds);
  wm_test_click_at (f->canvas, bounds.x + 12, bounds.y + bounds.height / 2);
  wm_test_pump (WM_TEST_DOUBLE_CLICK_TIME + 100);
  g_assert_cmpstr (wm_blueprint_canvas_get_focus_item (f->canvas), ==, id);
}

/* Ctrl+C puts the item's text on the clipboard (one line, for other apps); Ctrl+V in an empty
 * cell makes an item with that text there, selected and focused, as one undo step. Several
 * lines paste as one item each after the focused item, also one undo step. */
static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  g_autoptr(GPtrArray) first = wm_blueprint_layout_get_items_in_cell (layout (f), 0, 0);
  guint items_before = n_items (f);
  g_autofree char *id = NULL, *text = NULL, *copied = NULL;
  WmBlueprintItem *item;
  WmBlueprintCell cell;
  const char *pasted;
  guint lane, step, index;

  g_assert_cmpuint (first->len, >, 0);
  item = g_ptr_array_index (first, 0);
  id = g_strdup (wm_object_get_id (WM_OBJECT (item)));
  wm_blueprint_item_set_text (item, "Opens the\nshop");
  wm_blueprint_item_set_kind (item, WM_ITEM_KIND_WAIT);
  wm_blueprint_item_set_duration (item, 4);
  wm_blueprint_item_set_colour (item, "#8ff0a4");
  wm_test_pump (100);
  text = g_strdup (wm_blueprint_item_get_text (item));

  click_item (f, id);
  wm_test_key (XK_c, GDK_CONTROL_MASK);
  wm_test_pump (100);
  copied = clipboard_text (f);
  g_assert_cmpstr (copied, ==, "Opens the shop");

  /* Into an empty cell: in Waymark's own format, the item comes with its kind, duration,
   * colour and line break. */
  g_assert_true (find_empty_cell (f, 1, &cell));
  wm_blueprint_canvas_focus_cell (f->canvas, cell.lane, cell.step);
  wm_test_key (XK_v, GDK_CONTROL_MASK);
  wm_test_pump (300);
  g_assert_cmpuint (n_items (f), ==, items_before + 1);
  g_assert_cmpuint (count_in_cell (f, cell.lane, cell.step, NULL), ==, 1);
  g_assert_cmpuint (count_in_cell (f, cell.lane, cell.step, "Opens the\nshop"), ==, 1);
  pasted = wm_blueprint_canvas_get_focus_item (f->canvas);
  g_assert_nonnull (pasted);
  g_assert_cmpstr (pasted, !=, id);
  {
    WmBlueprintItem *copy = WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, pasted));

    g_assert_cmpint (wm_blueprint_item_get_kind (copy), ==, WM_ITEM_KIND_WAIT);
    g_assert_cmpfloat (wm_blueprint_item_get_duration (copy), ==, 4);
    g_assert_cmpstr (wm_blueprint_item_get_colour (copy), ==, "#8ff0a4");
  }
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (wm_blueprint_canvas_get_selection (f->canvas), 0), ==, pasted);
  g_assert_true (wm_history_undo (history));
  wm_test_pump (50);
  g_assert_cmpuint (count_in_cell (f, cell.lane, cell.step, NULL), ==, 0);
  g_assert_cmpuint (n_items (f), ==, items_before);

  /* Lines from another app, after the focused item: blank lines skipped, spaces trimmed. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)), "one\n  two\n\nthree\n");
  click_item (f, id);
  wm_test_key (XK_v, GDK_CONTROL_MASK);
  wm_test_pump (300);
  g_assert_cmpuint (n_items (f), ==, items_before + 3);
  g_assert_cmpuint (count_in_cell (f, 0, 0, "two"), ==, 1);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 3);
  locate (f, wm_blueprint_canvas_get_focus_item (f->canvas), &lane, &step, &index);
  g_assert_cmpuint (lane, ==, 0);
  g_assert_cmpuint (step, ==, 0);
  /* "three", the last one pasted, right after "one" and "two", after the copied item. */
  g_assert_cmpuint (index, ==, 3);
  g_assert_cmpstr (wm_blueprint_item_get_text (WM_BLUEPRINT_ITEM (wm_document_lookup (f->document,
                   wm_blueprint_canvas_get_focus_item (f->canvas)))), ==, "three");
  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (n_items (f), ==, items_before);
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, text);
}

/* Ctrl+X on two items, one with arrows: both go, with their arrows, their text on the
 * clipboard, as one undo step; undo brings back items and arrows. Ctrl+D duplicates. */
static void
test_cut_duplicate (Fixture       *f,
                    gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  WmArrow *arrow = wm_object_list_get (wm_service_blueprint_get_arrows (f->blueprint), 0);
  g_autofree char *a = g_strdup (wm_arrow_get_from_id (arrow));
  g_autofree char *to = g_strdup (wm_arrow_get_to_id (arrow));
  g_autofree char *b = NULL, *expected = NULL, *copied = NULL;
  guint items_before = n_items (f), arrows_before = n_arrows (f);
  guint lane, step, index, copy_lane, copy_step, copy_index;
  const char *copy;
  WmRect rb;

  g_assert_true (has_arrow (f, a, to));
  /* Another item, with a line break to flatten. */
  for (guint l = 0; b == NULL && l < wm_blueprint_layout_get_n_lanes (layout (f)); l++)
    {
      g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout (f), l, 0);

      for (guint i = 0; b == NULL && i < items->len; i++)
        if (!g_str_equal (wm_object_get_id (g_ptr_array_index (items, i)), a))
          b = g_strdup (wm_object_get_id (g_ptr_array_index (items, i)));
    }
  g_assert_nonnull (b);
  wm_blueprint_item_set_text (WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, b)), "Packs\nthe order");
  wm_test_pump (100);
  expected = g_strdup_printf ("%s\nPacks the order",
                              wm_blueprint_item_get_text (WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, a))));

  /* Ctrl+D: a copy right after the item, focused; no arrows for it. */
  click_item (f, a);
  locate (f, a, &lane, &step, &index);
  wm_test_key (XK_d, GDK_CONTROL_MASK);
  wm_test_pump (50);
  g_assert_cmpuint (n_items (f), ==, items_before + 1);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before);
  copy = wm_blueprint_canvas_get_focus_item (f->canvas);
  g_assert_cmpstr (copy, !=, a);
  locate (f, copy, &copy_lane, &copy_step, &copy_index);
  g_assert_cmpuint (copy_lane, ==, lane);
  g_assert_cmpuint (copy_step, ==, step);
  g_assert_cmpuint (copy_index, ==, index + 1);
  g_assert_false (touches_arrow (f, copy));
  g_assert_true (wm_history_undo (history));
  wm_test_pump (50);
  g_assert_cmpuint (n_items (f), ==, items_before);

  /* Select both: click and Ctrl+click. */
  click_item (f, a);
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout (f), b, &rb));
  show (f, &rb);
  wm_test_pointer_to (f->canvas, rb.x + 12, rb.y + rb.height / 2);
  wm_test_modifier (XK_Control_L, TRUE);
  wm_test_click (1);
  wm_test_modifier (XK_Control_L, FALSE);
  wm_test_pump (WM_TEST_DOUBLE_CLICK_TIME + 100);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 2);

  wm_test_key (XK_x, GDK_CONTROL_MASK);
  wm_test_pump (100);
  g_assert_null (wm_document_lookup (f->document, a));
  g_assert_null (wm_document_lookup (f->document, b));
  g_assert_cmpuint (n_items (f), ==, items_before - 2);
  g_assert_cmpuint (n_arrows (f), <, arrows_before);
  g_assert_false (touches_arrow (f, a));
  copied = clipboard_text (f);
  g_assert_cmpstr (copied, ==, expected);

  g_assert_true (wm_history_undo (history));
  wm_test_pump (50);
  g_assert_nonnull (wm_document_lookup (f->document, a));
  g_assert_nonnull (wm_document_lookup (f->document, b));
  g_assert_cmpuint (n_items (f), ==, items_before);
  g_assert_cmpuint (n_arrows (f), ==, arrows_before);
  g_assert_true (has_arrow (f, a, to));
  g_assert_false (wm_history_get_can_undo (history));
}

/* Whether the layout draws the arrow (its connector is in the display list). */
static gboolean
arrow_drawn (Fixture    *f,
             const char *arrow_id)
{
  WmDisplayList *list = wm_blueprint_layout_get_display_list (layout (f));

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_PATH && g_strcmp0 (item->id, arrow_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
assert_at (Fixture    *f,
           const char *id,
           guint       lane,
           guint       step,
           guint       index)
{
  guint l, s, i, focus_lane, focus_step;

  locate (f, id, &l, &s, &i);
  g_assert_cmpuint (l, ==, lane);
  g_assert_cmpuint (s, ==, step);
  g_assert_cmpuint (i, ==, index);
  /* Focus and selection followed it. */
  g_assert_cmpstr (wm_blueprint_canvas_get_focus_item (f->canvas), ==, id);
  g_assert_true (wm_blueprint_canvas_get_focus_cell (f->canvas, &focus_lane, &focus_step));
  g_assert_cmpuint (focus_lane, ==, lane);
  g_assert_cmpuint (focus_step, ==, step);
  g_assert_cmpuint (wm_blueprint_canvas_get_selection (f->canvas)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (wm_blueprint_canvas_get_selection (f->canvas), 0), ==, id);
}

/* Alt+Right/Left move the focused item to the next/previous step, Alt+Down/Up one place in
 * its cell and past its end into the next/previous lane; each one undo step. The item's
 * arrows stay attached and drawn. */
static void
test_keyboard_move (Fixture       *f,
                    gconstpointer  data)
{
  WmHistory *history = wm_document_get_history (f->document);
  WmArrow *arrow = wm_object_list_get (wm_service_blueprint_get_arrows (f->blueprint), 0);
  g_autofree char *arrow_id = g_strdup (wm_object_get_id (WM_OBJECT (arrow)));
  g_autofree char *id = g_strdup (wm_arrow_get_from_id (arrow));
  g_autofree char *to = g_strdup (wm_arrow_get_to_id (arrow));
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) restored = NULL;
  guint lane, step, index, n_steps = wm_blueprint_layout_get_n_steps (layout (f));
  guint n_lanes = wm_blueprint_layout_get_n_lanes (layout (f));
  guint next_step, next_lane, moves = 0;

  locate (f, id, &lane, &step, &index);
  next_step = step + 1 < n_steps ? step + 1 : step - 1;
  next_lane = lane + 1 < n_lanes ? lane + 1 : lane;
  g_assert_cmpuint (next_lane, !=, lane);
  /* Something to pass in the lane below, as saved. */
  g_assert_nonnull (wm_blueprint_edit_add_item (history, f->blueprint,
                                                wm_object_list_get (wm_service_blueprint_get_lanes (f->blueprint), next_lane),
                                                step_id (f, next_step), G_MAXUINT, "Below"));
  wm_history_clear (history);
  original = wm_journey_format_write (f->document);
  wm_test_pump (50);
  click_item (f, id);

  /* To the next step (or the previous one at the last), same lane, same place if there is
   * one. */
  {
    guint there = count_in_cell (f, lane, next_step, NULL);

    wm_test_key (next_step > step ? XK_Right : XK_Left, GDK_ALT_MASK);
    wm_test_pump (50);
    moves++;
    assert_at (f, id, lane, next_step, MIN (index, there));
    index = MIN (index, there);
  }
  g_assert_true (has_arrow (f, id, to));
  g_assert_true (arrow_drawn (f, arrow_id));
  g_assert_cmpstr (wm_blueprint_item_get_step_id (WM_BLUEPRINT_ITEM (wm_document_lookup (f->document, id))),
                   ==, step_id (f, next_step));
  step = next_step;

  /* Down to the end of the cell, then on into the next lane's cell, at its top. */
  while (index + 1 < count_in_cell (f, lane, step, NULL))
    {
      wm_test_key (XK_Down, GDK_ALT_MASK);
      wm_test_pump (50);
      moves++;
      index++;
      assert_at (f, id, lane, step, index);
    }
  wm_test_key (XK_Down, GDK_ALT_MASK);
  wm_test_pump (50);
  moves++;
  assert_at (f, id, next_lane, step, 0);
  g_assert_true (has_arrow (f, id, to));
  g_assert_true (arrow_drawn (f, arrow_id));
  g_assert_true (wm_object_get_parent (wm_document_lookup (f->document, id))
                 == wm_object_list_get (wm_service_blueprint_get_lanes (f->blueprint), next_lane));

  /* Past "Below" and back, within the cell. */
  g_assert_cmpuint (count_in_cell (f, next_lane, step, NULL), >=, 2);
  wm_test_key (XK_Down, GDK_ALT_MASK);
  wm_test_pump (50);
  moves++;
  assert_at (f, id, next_lane, step, 1);
  wm_test_key (XK_Up, GDK_ALT_MASK);
  wm_test_pump (50);
  moves++;
  assert_at (f, id, next_lane, step, 0);

  /* Up from the top: back to the end of the lane above. */
  wm_test_key (XK_Up, GDK_ALT_MASK);
  wm_test_pump (50);
  moves++;
  assert_at (f, id, lane, step, count_in_cell (f, lane, step, NULL) - 1);

  /* Each move is one undo step; undoing them all restores the file byte for byte. */
  for (guint i = 0; i < moves; i++)
    g_assert_true (wm_history_undo (history));
  g_assert_false (wm_history_get_can_undo (history));
  restored = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (restored, original));
  g_assert_true (has_arrow (f, id, to));
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
  wm_test_require_points_on_canvas (TRUE);

  g_test_add ("/blueprint-canvas/add-move-connect-delete", Fixture, NULL, fixture_set_up,
              test_add_move_connect_delete, fixture_tear_down);
  g_test_add ("/blueprint-canvas/keyboard-connect", Fixture, NULL, fixture_set_up,
              test_keyboard_connect, fixture_tear_down);
  g_test_add ("/blueprint-canvas/reorder-step", Fixture, NULL, fixture_set_up,
              test_reorder_step, fixture_tear_down);
  g_test_add ("/blueprint-canvas/rename-step", Fixture, NULL, fixture_set_up,
              test_rename_step, fixture_tear_down);
  g_test_add ("/blueprint-canvas/inspector", Fixture, NULL, fixture_set_up,
              test_inspector, fixture_tear_down);
  g_test_add ("/blueprint-canvas/copy-paste", Fixture, NULL, fixture_set_up,
              test_copy_paste, fixture_tear_down);
  g_test_add ("/blueprint-canvas/cut-duplicate", Fixture, NULL, fixture_set_up,
              test_cut_duplicate, fixture_tear_down);
  g_test_add ("/blueprint-canvas/keyboard-move", Fixture, NULL, fixture_set_up,
              test_keyboard_move, fixture_tear_down);

  return g_test_run ();
}
