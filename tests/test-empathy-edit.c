/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-empathy-edit.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"

/* Edits of an empathy map's notes: each is one undo step that restores the file byte for
 * byte, and notes keep their identity when they move. */

typedef struct
{
  WmDocument   *document;
  WmHistory    *history;
  WmEmpathyMap *map;
  GBytes       *original;
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
  f->map = wm_object_list_get (wm_document_get_empathy_maps (f->document), 0);
  g_assert_true (WM_IS_EMPATHY_MAP (f->map));
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->document);
  g_clear_pointer (&f->original, g_bytes_unref);
}

static void
assert_one_step_undoes (Fixture *f)
{
  g_autoptr(GBytes) after = NULL;

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  after = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (after, f->original));
}

static WmNote *
note_at (Fixture       *f,
         WmEmpathyArea  area,
         guint          index)
{
  return wm_object_list_get (wm_empathy_map_get_area (f->map, area), index);
}

static guint
n_notes (Fixture       *f,
         WmEmpathyArea  area)
{
  return wm_object_list_get_length (wm_empathy_map_get_area (f->map, area));
}

static void
test_add_note (Fixture       *f,
               gconstpointer  data)
{
  guint before = n_notes (f, WM_EMPATHY_AREA_FEELS);
  WmNote *note;

  note = wm_empathy_edit_add_note (f->history, f->map, WM_EMPATHY_AREA_FEELS, 1, "Worried");
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_FEELS), ==, before + 1);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_FEELS, 1) == note);
  g_assert_cmpstr (wm_note_get_text (note), ==, "Worried");
  g_assert_true (wm_object_get_parent (WM_OBJECT (note)) == WM_OBJECT (f->map));

  /* A position past the end appends. */
  g_assert_true (wm_history_undo (f->history));
  note = wm_empathy_edit_add_note (f->history, f->map, WM_EMPATHY_AREA_FEELS, 999, NULL);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_FEELS, before) == note);
  g_assert_cmpstr (wm_note_get_text (note), ==, "");
  assert_one_step_undoes (f);
}

/* Several notes from two areas, moved into a third at a given place, in the given order. */
static void
test_move_between_areas (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  WmNote *says0 = note_at (f, WM_EMPATHY_AREA_SAYS, 0);
  WmNote *thinks2 = note_at (f, WM_EMPATHY_AREA_THINKS, 2);
  WmNote *gains0 = note_at (f, WM_EMPATHY_AREA_GAINS, 0);
  g_autofree char *id = g_strdup (wm_object_get_id (WM_OBJECT (says0)));
  guint n_says = n_notes (f, WM_EMPATHY_AREA_SAYS);
  guint n_thinks = n_notes (f, WM_EMPATHY_AREA_THINKS);
  guint n_gains = n_notes (f, WM_EMPATHY_AREA_GAINS);
  WmEmpathyArea area;
  guint position;

  g_ptr_array_add (notes, thinks2);
  g_ptr_array_add (notes, says0);
  wm_empathy_edit_move_notes (f->history, f->map, notes, WM_EMPATHY_AREA_GAINS, 1);

  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_SAYS), ==, n_says - 1);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_THINKS), ==, n_thinks - 1);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_GAINS), ==, n_gains + 2);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_GAINS, 0) == gains0);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_GAINS, 1) == thinks2);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_GAINS, 2) == says0);
  /* The same object, with its id. */
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (says0)), ==, id);
  g_assert_true (wm_document_lookup (f->document, id) == WM_OBJECT (says0));
  g_assert_true (wm_empathy_map_locate_note (f->map, says0, &area, &position));
  g_assert_cmpint (area, ==, WM_EMPATHY_AREA_GAINS);
  g_assert_cmpuint (position, ==, 2);

  assert_one_step_undoes (f);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_SAYS, 0) == says0);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_THINKS, 2) == thinks2);
}

/* Reordering within an area: the position counts the notes that stay. */
static void
test_reorder_within_area (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  WmNote *a = note_at (f, WM_EMPATHY_AREA_DOES, 0);
  WmNote *b = note_at (f, WM_EMPATHY_AREA_DOES, 1);
  WmNote *c = note_at (f, WM_EMPATHY_AREA_DOES, 2);
  WmNote *d = note_at (f, WM_EMPATHY_AREA_DOES, 3);

  /* a to the end: b c d a */
  g_ptr_array_add (notes, a);
  wm_empathy_edit_move_notes (f->history, f->map, notes, WM_EMPATHY_AREA_DOES, G_MAXUINT);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 0) == b);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 3) == a);
  assert_one_step_undoes (f);

  /* d and b before c (the second of a, c): a d b c */
  g_ptr_array_set_size (notes, 0);
  g_ptr_array_add (notes, d);
  g_ptr_array_add (notes, b);
  wm_empathy_edit_move_notes (f->history, f->map, notes, WM_EMPATHY_AREA_DOES, 1);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 0) == a);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 1) == d);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 2) == b);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 3) == c);
  assert_one_step_undoes (f);

  /* Moving a note to where it is changes nothing and records nothing. */
  g_ptr_array_set_size (notes, 0);
  g_ptr_array_add (notes, b);
  wm_empathy_edit_move_notes (f->history, f->map, notes, WM_EMPATHY_AREA_DOES, 1);
  g_assert_true (note_at (f, WM_EMPATHY_AREA_DOES, 1) == b);
  g_assert_false (wm_history_get_can_undo (f->history));
}

static void
test_remove_notes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  WmNote *pain = note_at (f, WM_EMPATHY_AREA_PAINS, 0);
  WmNote *feel = note_at (f, WM_EMPATHY_AREA_FEELS, 3);
  g_autofree char *pain_id = g_strdup (wm_object_get_id (WM_OBJECT (pain)));
  g_autofree char *feel_id = g_strdup (wm_object_get_id (WM_OBJECT (feel)));
  g_autoptr(WmNote) stranger = wm_note_new ("not on the map");

  g_ptr_array_add (notes, pain);
  g_ptr_array_add (notes, feel);
  g_ptr_array_add (notes, stranger);
  wm_empathy_edit_remove_notes (f->history, f->map, notes);
  g_assert_null (wm_document_lookup (f->document, pain_id));
  g_assert_null (wm_document_lookup (f->document, feel_id));
  assert_one_step_undoes (f);
  g_assert_nonnull (wm_document_lookup (f->document, pain_id));
  g_assert_nonnull (wm_document_lookup (f->document, feel_id));
}

static void
test_set_text_and_colour (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  WmNote *a = note_at (f, WM_EMPATHY_AREA_SAYS, 1);
  WmNote *b = note_at (f, WM_EMPATHY_AREA_GAINS, 0);

  wm_empathy_edit_set_text (f->history, a, "Hello");
  g_assert_cmpstr (wm_note_get_text (a), ==, "Hello");
  /* The same text again is no new step. */
  wm_empathy_edit_set_text (f->history, a, "Hello");
  assert_one_step_undoes (f);

  g_ptr_array_add (notes, a);
  g_ptr_array_add (notes, b);
  wm_empathy_edit_set_colour (f->history, notes, "#62a0ea");
  g_assert_cmpstr (wm_note_get_colour (a), ==, "#62a0ea");
  g_assert_cmpstr (wm_note_get_colour (b), ==, "#62a0ea");
  assert_one_step_undoes (f);
  g_assert_cmpstr (wm_note_get_colour (a), ==, "");
}

static void
test_paste_lines (Fixture       *f,
                  gconstpointer  data)
{
  guint before = n_notes (f, WM_EMPATHY_AREA_THINKS);
  g_autoptr(GPtrArray) added = NULL;

  added = wm_empathy_edit_paste_lines (f->history, f->map, WM_EMPATHY_AREA_THINKS, 1,
                                       "one\r\n  two  \n\n\nthree\n");
  g_assert_cmpuint (added->len, ==, 3);
  g_assert_cmpuint (n_notes (f, WM_EMPATHY_AREA_THINKS), ==, before + 3);
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_THINKS, 1)), ==, "one");
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_THINKS, 2)), ==, "two");
  g_assert_cmpstr (wm_note_get_text (note_at (f, WM_EMPATHY_AREA_THINKS, 3)), ==, "three");
  g_assert_true (g_ptr_array_index (added, 2) == (gpointer) note_at (f, WM_EMPATHY_AREA_THINKS, 3));
  assert_one_step_undoes (f);

  /* Nothing to paste: no step at all. */
  g_clear_pointer (&added, g_ptr_array_unref);
  added = wm_empathy_edit_paste_lines (f->history, f->map, WM_EMPATHY_AREA_THINKS, 0, "\n  \n");
  g_assert_cmpuint (added->len, ==, 0);
  g_assert_false (wm_history_get_can_undo (f->history));
}

/* The edited map saves and reads back with the notes where they were put. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  WmNote *note = note_at (f, WM_EMPATHY_AREA_SAYS, 2);
  g_autofree char *id = g_strdup (wm_object_get_id (WM_OBJECT (note)));
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(WmDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  WmEmpathyMap *map;

  g_ptr_array_add (notes, note);
  wm_empathy_edit_move_notes (f->history, f->map, notes, WM_EMPATHY_AREA_PAINS, 0);
  saved = wm_journey_format_write (f->document);
  again = wm_journey_format_read (saved, NULL, &error);
  g_assert_no_error (error);
  map = wm_object_list_get (wm_document_get_empathy_maps (again), 0);
  g_assert_cmpstr (wm_object_get_id (wm_object_list_get (wm_empathy_map_get_pains (map), 0)), ==, id);
  g_assert_true (wm_test_schema_accepts (saved, NULL));
}

static void
test_area_labels (void)
{
  g_assert_cmpstr (wm_empathy_area_get_label (WM_EMPATHY_AREA_SAYS), ==, "Says");
  g_assert_cmpstr (wm_empathy_area_get_label (WM_EMPATHY_AREA_GAINS), ==, "Gains");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/empathy-edit/add-note", Fixture, NULL, set_up, test_add_note, tear_down);
  g_test_add ("/empathy-edit/move-between-areas", Fixture, NULL, set_up, test_move_between_areas,
              tear_down);
  g_test_add ("/empathy-edit/reorder-within-area", Fixture, NULL, set_up,
              test_reorder_within_area, tear_down);
  g_test_add ("/empathy-edit/remove-notes", Fixture, NULL, set_up, test_remove_notes, tear_down);
  g_test_add ("/empathy-edit/set-text-and-colour", Fixture, NULL, set_up,
              test_set_text_and_colour, tear_down);
  g_test_add ("/empathy-edit/paste-lines", Fixture, NULL, set_up, test_paste_lines, tear_down);
  g_test_add ("/empathy-edit/round-trip", Fixture, NULL, set_up, test_round_trip, tear_down);
  g_test_add_func ("/empathy-edit/area-labels", test_area_labels);

  return g_test_run ();
}
