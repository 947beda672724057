/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-blueprint-edit.h"
#include "wm-journey-edit.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"

typedef struct
{
  WmDocument         *document;
  WmHistory          *history;
  WmServiceBlueprint *blueprint;
  GBytes             *original;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GError) error = NULL;

  f->original = wm_test_load_bytes (path);
  f->document = wm_journey_format_read (f->original, NULL, &error);
  g_assert_no_error (error);
  f->history = wm_document_get_history (f->document);
  f->blueprint = wm_object_list_get (wm_document_get_blueprints (f->document), 0);
  g_assert_nonnull (f->blueprint);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->document);
  g_clear_pointer (&f->original, g_bytes_unref);
}

/* The document reads back and the schema accepts it: nothing dangles. */
static void
assert_valid (Fixture *f)
{
  g_autoptr(GBytes) written = wm_journey_format_write (f->document);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) again = wm_journey_format_read (written, NULL, &error);
  g_autofree char *messages = NULL;

  g_assert_no_error (error);
  if (!wm_test_schema_accepts (written, &messages))
    g_error ("%s", messages);
}

/* The edit is one undo step, and undoing it restores the file byte for byte; redoing it
 * brings the change back. */
static void
assert_one_step_undoes (Fixture *f)
{
  g_autoptr(GBytes) changed = wm_journey_format_write (f->document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) redone = NULL;

  g_assert_false (g_bytes_equal (changed, f->original));
  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  after = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (after, f->original));

  g_assert_true (wm_history_redo (f->history));
  redone = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (redone, changed));
  g_assert_true (wm_history_undo (f->history));
}

static WmBlueprintLane *
lane_of_kind (WmServiceBlueprint  *blueprint,
              WmBlueprintLaneKind  kind)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_blueprint_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);
  return NULL;
}

static WmBlueprintStep *
step_at (Fixture *f,
         guint    index)
{
  return wm_object_list_get (wm_service_blueprint_get_steps (f->blueprint), index);
}

static const char *
step_id_at (Fixture *f,
            guint    index)
{
  return wm_object_get_id (WM_OBJECT (step_at (f, index)));
}

static guint
count_in_step (WmServiceBlueprint *blueprint,
               const char         *step_id)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      g_autoptr(GPtrArray) items = wm_service_blueprint_get_cell_items (blueprint,
                                                                        wm_object_list_get (lanes, i),
                                                                        step_id);
      n += items->len;
    }
  return n;
}

/* Arrows whose ends are not both items of the blueprint. */
static guint
count_dangling_arrows (WmServiceBlueprint *blueprint)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (blueprint);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *arrow = wm_object_list_get (arrows, i);

      if (wm_service_blueprint_find_item (blueprint, wm_arrow_get_from_id (arrow), NULL) == NULL
          || wm_service_blueprint_find_item (blueprint, wm_arrow_get_to_id (arrow), NULL) == NULL)
        n++;
    }
  return n;
}

static guint
count_arrows_of (WmServiceBlueprint *blueprint,
                 const char         *item_id)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (blueprint);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *arrow = wm_object_list_get (arrows, i);

      if (g_str_equal (wm_arrow_get_from_id (arrow), item_id)
          || g_str_equal (wm_arrow_get_to_id (arrow), item_id))
        n++;
    }
  return n;
}

/* The first item of the blueprint that has an arrow. */
static WmBlueprintItem *
item_with_arrow (Fixture *f)
{
  WmArrow *arrow = wm_object_list_get (wm_service_blueprint_get_arrows (f->blueprint), 0);
  WmBlueprintItem *item = NULL;

  g_assert_nonnull (arrow);
  wm_service_blueprint_find_item (f->blueprint, wm_arrow_get_from_id (arrow), &item);
  g_assert_nonnull (item);
  return item;
}

static void
test_add_step (Fixture       *f,
               gconstpointer  data)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (f->blueprint);
  guint n = wm_object_list_get_length (steps);
  WmBlueprintStep *step = wm_blueprint_edit_add_step (f->history, f->blueprint, 1, "Compare offers");

  g_assert_cmpuint (wm_object_list_get_length (steps), ==, n + 1);
  g_assert_true (wm_object_list_get (steps, 1) == (gpointer) step);
  g_assert_cmpstr (wm_blueprint_step_get_name (step), ==, "Compare offers");
  assert_valid (f);
  assert_one_step_undoes (f);

  /* Past the end appends. */
  step = wm_blueprint_edit_add_step (f->history, f->blueprint, 1000, NULL);
  g_assert_true (wm_object_list_get (steps, n) == (gpointer) step);
  g_assert_cmpstr (wm_blueprint_step_get_name (step), !=, "");
  assert_one_step_undoes (f);
}

static void
test_remove_step (Fixture       *f,
                  gconstpointer  data)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (f->blueprint);
  WmObjectList *arrows = wm_service_blueprint_get_arrows (f->blueprint);
  WmBlueprintItem *linked = item_with_arrow (f);
  g_autofree char *step_id = g_strdup (wm_blueprint_item_get_step_id (linked));
  g_autofree char *item_id = g_strdup (wm_object_get_id (WM_OBJECT (linked)));
  WmBlueprintStep *step = wm_object_list_find_by_id (steps, step_id);
  guint n_steps = wm_object_list_get_length (steps);
  guint n_arrows = wm_object_list_get_length (arrows);

  g_assert_cmpuint (count_in_step (f->blueprint, step_id), >, 1);
  g_assert_cmpuint (count_arrows_of (f->blueprint, item_id), >, 0);

  wm_blueprint_edit_remove_step (f->history, f->blueprint, step);
  g_assert_cmpuint (wm_object_list_get_length (steps), ==, n_steps - 1);
  g_assert_cmpuint (count_in_step (f->blueprint, step_id), ==, 0);
  g_assert_null (wm_document_lookup (f->document, step_id));
  g_assert_null (wm_document_lookup (f->document, item_id));
  g_assert_cmpuint (wm_object_list_get_length (arrows), <, n_arrows);
  g_assert_cmpuint (count_dangling_arrows (f->blueprint), ==, 0);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_move_step (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *first = g_strdup (step_id_at (f, 0));
  g_autofree char *third = g_strdup (step_id_at (f, 2));

  wm_blueprint_edit_move_step (f->history, f->blueprint, 0, 2);
  g_assert_cmpstr (step_id_at (f, 2), ==, first);
  g_assert_cmpstr (step_id_at (f, 1), ==, third);
  assert_one_step_undoes (f);

  /* Out of range: nothing happens, no undo step. */
  wm_blueprint_edit_move_step (f->history, f->blueprint, 0, 100);
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_set_step (Fixture       *f,
               gconstpointer  data)
{
  WmBlueprintStep *step = step_at (f, 2);

  wm_blueprint_edit_set_step_name (f->history, step, "Pack");
  g_assert_cmpstr (wm_blueprint_step_get_name (step), ==, "Pack");
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_step_duration (f->history, step, 90);
  g_assert_cmpfloat (wm_blueprint_step_get_duration (step), ==, 90);
  assert_one_step_undoes (f);
}

static void
test_add_custom_lane (Fixture       *f,
                      gconstpointer  data)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (f->blueprint);
  guint n = wm_object_list_get_length (lanes);
  WmBlueprintLane *lane = wm_blueprint_edit_add_lane (f->history, f->blueprint, 3,
                                                      WM_BLUEPRINT_LANE_KIND_CUSTOM,
                                                      "Employee emotion");

  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, n + 1);
  g_assert_true (wm_object_list_get (lanes, 3) == (gpointer) lane);
  g_assert_cmpint (wm_blueprint_lane_get_kind (lane), ==, WM_BLUEPRINT_LANE_KIND_CUSTOM);
  g_assert_cmpstr (wm_blueprint_lane_get_title (lane), ==, "Employee emotion");
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_remove_lane (Fixture       *f,
                  gconstpointer  data)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (f->blueprint);
  WmBlueprintItem *linked = item_with_arrow (f);
  g_autofree char *item_id = g_strdup (wm_object_get_id (WM_OBJECT (linked)));
  WmBlueprintLane *lane = wm_service_blueprint_find_item (f->blueprint, item_id, NULL);
  g_autofree char *lane_id = g_strdup (wm_object_get_id (WM_OBJECT (lane)));
  guint n = wm_object_list_get_length (lanes);

  g_assert_cmpuint (wm_object_list_get_length (wm_blueprint_lane_get_items (lane)), >, 0);
  wm_blueprint_edit_remove_lane (f->history, f->blueprint, lane);
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, n - 1);
  g_assert_null (wm_document_lookup (f->document, lane_id));
  g_assert_null (wm_document_lookup (f->document, item_id));
  g_assert_cmpuint (count_arrows_of (f->blueprint, item_id), ==, 0);
  g_assert_cmpuint (count_dangling_arrows (f->blueprint), ==, 0);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_move_lane (Fixture       *f,
                gconstpointer  data)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (f->blueprint);
  guint n = wm_object_list_get_length (lanes);
  WmBlueprintLane *customer = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER);
  guint position;

  /* The standard order is only a default: the customer lane may go to the bottom. */
  g_assert_true (wm_object_list_find (lanes, WM_OBJECT (customer), &position));
  wm_blueprint_edit_move_lane (f->history, f->blueprint, position, n - 1);
  g_assert_true (wm_object_list_get (lanes, n - 1) == (gpointer) customer);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_set_lane (Fixture       *f,
                     gconstpointer  data)
{
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_SUPPORT);

  wm_blueprint_edit_set_lane_title (f->history, lane, "Systems");
  g_assert_cmpstr (wm_blueprint_lane_get_title (lane), ==, "Systems");
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_lane_kind (f->history, lane, WM_BLUEPRINT_LANE_KIND_CUSTOM);
  g_assert_cmpint (wm_blueprint_lane_get_kind (lane), ==, WM_BLUEPRINT_LANE_KIND_CUSTOM);
  assert_valid (f);
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_lane_colour (f->history, lane, "#3584e4");
  g_assert_cmpstr (wm_blueprint_lane_get_colour (lane), ==, "#3584e4");
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_add_item (Fixture       *f,
               gconstpointer  data)
{
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER);
  const char *step_id = step_id_at (f, 0);
  g_autoptr(GPtrArray) before = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) appended = NULL;
  WmBlueprintItem *item;

  g_assert_cmpuint (before->len, >, 0);
  item = wm_blueprint_edit_add_item (f->history, f->blueprint, lane, step_id, 0, "Opens the shop");
  after = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_true (g_ptr_array_index (after, 0) == item);
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, "Opens the shop");
  assert_valid (f);
  assert_one_step_undoes (f);

  item = wm_blueprint_edit_add_item (f->history, f->blueprint, lane, step_id, 99, "Last");
  appended = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_true (g_ptr_array_index (appended, appended->len - 1) == item);
  assert_one_step_undoes (f);

  /* A step that is not the blueprint's: refused, nothing to undo. */
  g_assert_null (wm_blueprint_edit_add_item (f->history, f->blueprint, lane, "no-such-step", 0, "x"));
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_remove_items (Fixture       *f,
                   gconstpointer  data)
{
  WmBlueprintItem *linked = item_with_arrow (f);
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_SUPPORT);
  WmBlueprintItem *other = wm_object_list_get (wm_blueprint_lane_get_items (lane), 0);
  WmBlueprintItem *items[] = { linked, other };
  g_autofree char *linked_id = g_strdup (wm_object_get_id (WM_OBJECT (linked)));
  g_autofree char *other_id = g_strdup (wm_object_get_id (WM_OBJECT (other)));
  guint n_arrows = wm_object_list_get_length (wm_service_blueprint_get_arrows (f->blueprint));

  g_assert_true (linked != other);
  wm_blueprint_edit_remove_items (f->history, f->blueprint, items, G_N_ELEMENTS (items));
  g_assert_null (wm_document_lookup (f->document, linked_id));
  g_assert_null (wm_document_lookup (f->document, other_id));
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_arrows (f->blueprint)), <, n_arrows);
  g_assert_cmpuint (count_dangling_arrows (f->blueprint), ==, 0);
  assert_valid (f);
  /* Both items and the arrows: one step. */
  assert_one_step_undoes (f);
  g_assert_cmpuint (count_arrows_of (f->blueprint, linked_id), >, 0);
}

static void
test_remove_item_with_arrows (Fixture       *f,
                              gconstpointer  data)
{
  WmBlueprintItem *linked = item_with_arrow (f);
  g_autofree char *id = g_strdup (wm_object_get_id (WM_OBJECT (linked)));

  wm_blueprint_edit_remove_item (f->history, f->blueprint, linked);
  g_assert_null (wm_service_blueprint_find_item (f->blueprint, id, NULL));
  g_assert_cmpuint (count_arrows_of (f->blueprint, id), ==, 0);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_move_items_between_cells (Fixture       *f,
                               gconstpointer  data)
{
  WmBlueprintLane *front = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_FRONTSTAGE);
  WmBlueprintLane *back = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_BACKSTAGE);
  WmBlueprintItem *linked = item_with_arrow (f);
  WmBlueprintItem *b = wm_object_list_get (wm_blueprint_lane_get_items (front), 1);
  WmBlueprintItem *items[] = { linked, b };
  const char *target_step = step_id_at (f, 3);
  g_autoptr(GPtrArray) before = wm_service_blueprint_get_cell_items (f->blueprint, back, target_step);
  g_autoptr(GPtrArray) after = NULL;
  guint arrows = count_arrows_of (f->blueprint, wm_object_get_id (WM_OBJECT (linked)));

  g_assert_true (linked != b);
  g_assert_cmpuint (before->len, >=, 1);
  wm_blueprint_edit_move_items (f->history, f->blueprint, items, 2, back, target_step, 1);
  after = wm_service_blueprint_get_cell_items (f->blueprint, back, target_step);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  /* In the order given, at index 1 of the cell. */
  g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (before, 0));
  g_assert_true (g_ptr_array_index (after, 1) == linked);
  g_assert_true (g_ptr_array_index (after, 2) == b);
  g_assert_cmpstr (wm_blueprint_item_get_step_id (linked), ==, target_step);
  g_assert_true (wm_service_blueprint_find_item (f->blueprint, wm_object_get_id (WM_OBJECT (b)), NULL) == back);
  /* Arrows follow their items. */
  g_assert_cmpuint (count_arrows_of (f->blueprint, wm_object_get_id (WM_OBJECT (linked))), ==, arrows);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_move_item_within_cell (Fixture       *f,
                            gconstpointer  data)
{
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER);
  const char *step_id = step_id_at (f, 1);
  WmBlueprintItem *extra = wm_blueprint_edit_add_item (f->history, f->blueprint, lane, step_id, 99, "Second");
  g_autoptr(GPtrArray) cell = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  WmBlueprintItem *first;

  /* Start from the two-item cell as saved. */
  wm_history_mark_saved (f->history);
  g_clear_pointer (&f->original, g_bytes_unref);
  f->original = wm_journey_format_write (f->document);
  wm_history_clear (f->history);

  cell = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_cmpuint (cell->len, ==, 2);
  first = g_ptr_array_index (cell, 0);
  g_assert_true (g_ptr_array_index (cell, 1) == extra);

  /* The first to the end (index 1 among the others = after "Second"). */
  wm_blueprint_edit_move_items (f->history, f->blueprint, &first, 1, lane, step_id, 1);
  moved = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_true (g_ptr_array_index (moved, 0) == extra);
  g_assert_true (g_ptr_array_index (moved, 1) == first);
  assert_one_step_undoes (f);

  /* Where it already is: no change, no undo step. */
  wm_blueprint_edit_move_items (f->history, f->blueprint, &first, 1, lane, step_id, 0);
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_add_items (Fixture       *f,
                gconstpointer  data)
{
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_FRONTSTAGE);
  const char *step_id = step_id_at (f, 1);
  const char *texts[] = { "Greets", "Hands over", NULL };
  const char *none[] = { NULL };
  g_autoptr(GPtrArray) before = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint others = count_in_step (f->blueprint, step_id_at (f, 0));

  g_assert_cmpuint (before->len, >, 0);
  /* After the cell's first item, in the order given. */
  added = wm_blueprint_edit_add_items (f->history, f->blueprint, lane, step_id, 1, texts);
  g_assert_nonnull (added);
  g_assert_cmpuint (added->len, ==, 2);
  after = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (before, 0));
  g_assert_true (g_ptr_array_index (after, 1) == g_ptr_array_index (added, 0));
  g_assert_true (g_ptr_array_index (after, 2) == g_ptr_array_index (added, 1));
  g_assert_cmpstr (wm_blueprint_item_get_text (g_ptr_array_index (after, 1)), ==, "Greets");
  g_assert_cmpstr (wm_blueprint_item_get_text (g_ptr_array_index (after, 2)), ==, "Hands over");
  g_assert_cmpstr (wm_blueprint_item_get_step_id (g_ptr_array_index (after, 2)), ==, step_id);
  g_assert_cmpuint (count_in_step (f->blueprint, step_id_at (f, 0)), ==, others);
  assert_valid (f);
  /* Both items: one step. */
  assert_one_step_undoes (f);

  /* Nothing to add, or a step that is not the blueprint's: refused, nothing to undo. */
  g_assert_null (wm_blueprint_edit_add_items (f->history, f->blueprint, lane, step_id, 0, none));
  g_assert_null (wm_blueprint_edit_add_items (f->history, f->blueprint, lane, "no-such-step", 0, texts));
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_duplicate_items (Fixture       *f,
                      gconstpointer  data)
{
  WmBlueprintItem *linked = item_with_arrow (f);
  WmBlueprintLane *lane = wm_service_blueprint_find_item (f->blueprint,
                                                          wm_object_get_id (WM_OBJECT (linked)), NULL);
  WmBlueprintLane *support = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_SUPPORT);
  WmBlueprintItem *other = wm_object_list_get (wm_blueprint_lane_get_items (support), 0);
  WmBlueprintItem *items[] = { linked, other, linked };
  const char *step_id = wm_blueprint_item_get_step_id (linked);
  g_autoptr(GPtrArray) before = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  guint n_arrows = wm_object_list_get_length (wm_service_blueprint_get_arrows (f->blueprint));
  WmBlueprintItem *copy;
  guint position;

  g_assert_true (lane != support);
  wm_blueprint_edit_set_item_kind (f->history, linked, WM_ITEM_KIND_FAIL);
  wm_history_clear (f->history);
  g_clear_pointer (&f->original, g_bytes_unref);
  f->original = wm_journey_format_write (f->document);

  /* The item given twice is copied once. */
  copies = wm_blueprint_edit_duplicate_items (f->history, f->blueprint, items, G_N_ELEMENTS (items));
  g_assert_cmpuint (copies->len, ==, 2);
  copy = g_ptr_array_index (copies, 0);
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (copy)), !=, wm_object_get_id (WM_OBJECT (linked)));
  g_assert_cmpstr (wm_blueprint_item_get_text (copy), ==, wm_blueprint_item_get_text (linked));
  g_assert_cmpint (wm_blueprint_item_get_kind (copy), ==, WM_ITEM_KIND_FAIL);
  /* Right after the original, in its cell. */
  after = wm_service_blueprint_get_cell_items (f->blueprint, lane, step_id);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_true (g_ptr_array_find (after, linked, &position));
  g_assert_true (g_ptr_array_index (after, position + 1) == copy);
  g_assert_true (wm_service_blueprint_find_item (f->blueprint,
                                                 wm_object_get_id (g_ptr_array_index (copies, 1)),
                                                 NULL) == support);
  /* The copies get no arrows. */
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_arrows (f->blueprint)), ==, n_arrows);
  g_assert_cmpuint (count_arrows_of (f->blueprint, wm_object_get_id (WM_OBJECT (copy))), ==, 0);
  assert_valid (f);
  assert_one_step_undoes (f);
}

static void
test_set_item (Fixture       *f,
               gconstpointer  data)
{
  WmBlueprintLane *lane = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_BACKSTAGE);
  WmBlueprintItem *item = wm_object_list_get (wm_blueprint_lane_get_items (lane), 0);

  wm_blueprint_edit_set_item_text (f->history, item, "Checks stock");
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, "Checks stock");
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_item_kind (f->history, item, WM_ITEM_KIND_FAIL);
  g_assert_cmpint (wm_blueprint_item_get_kind (item), ==, WM_ITEM_KIND_FAIL);
  assert_valid (f);
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_item_duration (f->history, item, 15);
  g_assert_cmpfloat (wm_blueprint_item_get_duration (item), ==, 15);
  assert_one_step_undoes (f);

  wm_blueprint_edit_set_item_colour (f->history, item, "#e66100");
  g_assert_cmpstr (wm_blueprint_item_get_colour (item), ==, "#e66100");
  assert_valid (f);
  assert_one_step_undoes (f);

  /* Two edits in a row are two steps, not merged. */
  wm_blueprint_edit_set_item_text (f->history, item, "A");
  wm_blueprint_edit_set_item_text (f->history, item, "AB");
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, "A");
  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_arrows (Fixture       *f,
             gconstpointer  data)
{
  WmBlueprintLane *customer = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER);
  WmBlueprintLane *support = lane_of_kind (f->blueprint, WM_BLUEPRINT_LANE_KIND_SUPPORT);
  const char *a = wm_object_get_id (wm_object_list_get (wm_blueprint_lane_get_items (customer), 2));
  const char *b = wm_object_get_id (wm_object_list_get (wm_blueprint_lane_get_items (support), 1));
  WmObjectList *arrows = wm_service_blueprint_get_arrows (f->blueprint);
  guint n = wm_object_list_get_length (arrows);
  WmArrow *arrow;

  arrow = wm_blueprint_edit_add_arrow (f->history, f->blueprint, a, b, "status request");
  g_assert_nonnull (arrow);
  g_assert_cmpuint (wm_object_list_get_length (arrows), ==, n + 1);
  g_assert_cmpstr (wm_arrow_get_from_id (arrow), ==, a);
  g_assert_cmpstr (wm_arrow_get_to_id (arrow), ==, b);
  g_assert_cmpstr (wm_arrow_get_label (arrow), ==, "status request");
  assert_valid (f);

  /* The same again, to itself, to nothing: refused without an undo step. */
  g_assert_null (wm_blueprint_edit_add_arrow (f->history, f->blueprint, a, b, NULL));
  g_assert_null (wm_blueprint_edit_add_arrow (f->history, f->blueprint, a, a, NULL));
  g_assert_null (wm_blueprint_edit_add_arrow (f->history, f->blueprint, a, "no-such-item", NULL));
  g_assert_null (wm_blueprint_edit_add_arrow (f->history, f->blueprint, NULL, b, NULL));
  assert_one_step_undoes (f);

  arrow = wm_object_list_get (arrows, 0);
  wm_blueprint_edit_set_arrow_label (f->history, arrow, "new label");
  g_assert_cmpstr (wm_arrow_get_label (arrow), ==, "new label");
  assert_one_step_undoes (f);

  wm_blueprint_edit_remove_arrow (f->history, f->blueprint, arrow);
  g_assert_cmpuint (wm_object_list_get_length (arrows), ==, n - 1);
  assert_one_step_undoes (f);
}

static WmLane *
map_lane_of_kind (WmJourneyMap *map,
                  WmLaneKind    kind)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);
  return NULL;
}

/* The blueprint's items of @lane in order of steps, as texts, against the map lane's cards in
 * the same order. */
static void
assert_copied (WmServiceBlueprint *blueprint,
               WmBlueprintLane    *lane,
               WmJourneyMap       *map,
               WmLane             *from)
{
  WmObjectList *cards = wm_lane_get_cards (from);
  WmObjectList *steps = wm_service_blueprint_get_steps (blueprint);
  guint n_cards = 0;

  for (guint s = 0; s < wm_journey_map_get_n_steps (map); s++)
    {
      const char *map_step = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, s)));
      const char *bp_step = wm_object_get_id (wm_object_list_get (steps, s));
      g_autoptr(GPtrArray) items = wm_service_blueprint_get_cell_items (blueprint, lane, bp_step);
      guint k = 0;

      for (guint c = 0; c < wm_object_list_get_length (cards); c++)
        {
          WmCard *card = wm_object_list_get (cards, c);

          if (!g_str_equal (wm_card_get_step_id (card), map_step) || wm_card_get_text (card)[0] == '\0')
            continue;
          g_assert_cmpuint (k, <, items->len);
          g_assert_cmpstr (wm_blueprint_item_get_text (g_ptr_array_index (items, k)), ==,
                           wm_card_get_text (card));
          k++;
          n_cards++;
        }
      g_assert_cmpuint (k, ==, items->len);
    }
  g_assert_cmpuint (n_cards, >, 0);
}

static void
test_from_journey_map (Fixture       *f,
                       gconstpointer  data)
{
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (f->document), 0);
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new_from_journey_map (f->document, map);
  WmObjectList *steps = wm_service_blueprint_get_steps (blueprint);
  g_autofree char *name = g_strdup_printf ("%s blueprint", wm_journey_map_get_name (map));

  g_assert_cmpstr (wm_service_blueprint_get_name (blueprint), ==, name);
  g_assert_cmpstr (wm_service_blueprint_get_map_id (blueprint), ==, wm_object_get_id (WM_OBJECT (map)));
  g_assert_cmpstr (wm_service_blueprint_get_persona_id (blueprint), ==,
                   wm_journey_map_get_persona_ids (map)[0]);
  g_assert_cmpuint (wm_object_list_get_length (steps), ==, wm_journey_map_get_n_steps (map));
  for (guint s = 0; s < wm_object_list_get_length (steps); s++)
    g_assert_cmpstr (wm_blueprint_step_get_name (wm_object_list_get (steps, s)), ==,
                     wm_step_get_name (wm_journey_map_get_step (map, s)));
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_lanes (blueprint)), ==, 5);

  assert_copied (blueprint, lane_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER), map,
                 map_lane_of_kind (map, WM_LANE_KIND_ACTIONS));
  assert_copied (blueprint, lane_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_EVIDENCE), map,
                 map_lane_of_kind (map, WM_LANE_KIND_TOUCHPOINTS));
  g_assert_cmpuint (wm_object_list_get_length (wm_blueprint_lane_get_items (lane_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_BACKSTAGE))), ==, 0);
}

static void
test_add_from_journey_map (Fixture       *f,
                           gconstpointer  data)
{
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (f->document), 0);
  WmObjectList *blueprints = wm_document_get_blueprints (f->document);
  guint n = wm_object_list_get_length (blueprints);
  WmServiceBlueprint *blueprint = wm_blueprint_edit_add_from_journey_map (f->document, map);

  g_assert_cmpuint (wm_object_list_get_length (blueprints), ==, n + 1);
  g_assert_true (wm_object_list_get (blueprints, n) == (gpointer) blueprint);
  g_assert_true (wm_document_lookup (f->document, wm_object_get_id (WM_OBJECT (blueprint))) == (gpointer) blueprint);
  assert_valid (f);
  assert_one_step_undoes (f);
}

/* A map without personas, actions or touchpoints still makes a blueprint: steps, no items. */
static void
test_from_bare_map (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new_starter ("Bare");
  g_autoptr(WmServiceBlueprint) blueprint = NULL;
  WmObjectList *lanes;

  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  blueprint = wm_service_blueprint_new_from_journey_map (document, map);
  g_assert_cmpstr (wm_service_blueprint_get_name (blueprint), ==, "Bare blueprint");
  g_assert_cmpstr (wm_service_blueprint_get_persona_id (blueprint), ==, "");
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_steps (blueprint)), ==,
                    wm_journey_map_get_n_steps (map));
  lanes = wm_service_blueprint_get_lanes (blueprint);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    g_assert_cmpuint (wm_object_list_get_length (wm_blueprint_lane_get_items (wm_object_list_get (lanes, i))), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/blueprint-edit/add-step", test_add_step);
  ADD ("/blueprint-edit/remove-step", test_remove_step);
  ADD ("/blueprint-edit/move-step", test_move_step);
  ADD ("/blueprint-edit/set-step", test_set_step);
  ADD ("/blueprint-edit/add-custom-lane", test_add_custom_lane);
  ADD ("/blueprint-edit/remove-lane", test_remove_lane);
  ADD ("/blueprint-edit/move-lane", test_move_lane);
  ADD ("/blueprint-edit/set-lane", test_set_lane);
  ADD ("/blueprint-edit/add-item", test_add_item);
  ADD ("/blueprint-edit/remove-items", test_remove_items);
  ADD ("/blueprint-edit/remove-item-with-arrows", test_remove_item_with_arrows);
  ADD ("/blueprint-edit/move-items-between-cells", test_move_items_between_cells);
  ADD ("/blueprint-edit/move-item-within-cell", test_move_item_within_cell);
  ADD ("/blueprint-edit/add-items", test_add_items);
  ADD ("/blueprint-edit/duplicate-items", test_duplicate_items);
  ADD ("/blueprint-edit/set-item", test_set_item);
  ADD ("/blueprint-edit/arrows", test_arrows);
  ADD ("/blueprint-edit/from-journey-map", test_from_journey_map);
  ADD ("/blueprint-edit/add-from-journey-map", test_add_from_journey_map);
#undef ADD
  g_test_add_func ("/blueprint-edit/from-bare-map", test_from_bare_map);

  return g_test_run ();
}
