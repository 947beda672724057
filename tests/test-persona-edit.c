/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-journey-format.h"
#include "wm-persona-edit.h"
#include "wm-test-util.h"

typedef struct
{
  WmDocument *document;
  WmHistory  *history;
  WmPersona  *ana;      /* used by the map, the empathy map and the blueprint */
  WmPersona  *ben;      /* used by the map only */
  GBytes     *original;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GError) error = NULL;
  WmObjectList *personas;

  f->original = wm_test_load_bytes (path);
  f->document = wm_journey_format_read (f->original, NULL, &error);
  g_assert_no_error (error);
  f->history = wm_document_get_history (f->document);
  personas = wm_document_get_personas (f->document);
  f->ana = wm_object_list_get (personas, 0);
  f->ben = wm_object_list_get (personas, 1);
  g_assert_cmpstr (wm_persona_get_name (f->ana), ==, "Ana Duarte");
  g_assert_cmpstr (wm_persona_get_name (f->ben), ==, "Ben Okafor");
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->document);
  g_clear_pointer (&f->original, g_bytes_unref);
}

static void
assert_document_is_original (Fixture *f)
{
  g_autoptr(GBytes) now = wm_journey_format_write (f->document);

  g_assert_true (g_bytes_equal (now, f->original));
}

static guint
count_string (GBytes     *bytes,
              const char *needle)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_list_edits (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) before = g_strdupv ((char **) wm_persona_get_goals (f->ana));
  guint n = g_strv_length (before);
  const char * const *goals;

  g_assert_cmpuint (n, >=, 2);

  wm_persona_edit_insert_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, 1, "Pay less");
  goals = wm_persona_get_goals (f->ana);
  g_assert_cmpuint (g_strv_length ((char **) goals), ==, n + 1);
  g_assert_cmpstr (goals[0], ==, before[0]);
  g_assert_cmpstr (goals[1], ==, "Pay less");
  g_assert_cmpstr (goals[2], ==, before[1]);

  /* Past the end appends. */
  wm_persona_edit_insert_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, 999, "Last");
  goals = wm_persona_get_goals (f->ana);
  g_assert_cmpstr (goals[n + 1], ==, "Last");

  wm_persona_edit_move_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, n + 1, 0);
  goals = wm_persona_get_goals (f->ana);
  g_assert_cmpstr (goals[0], ==, "Last");
  g_assert_cmpstr (goals[1], ==, before[0]);

  wm_persona_edit_remove_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, 0);
  goals = wm_persona_get_goals (f->ana);
  g_assert_cmpstr (goals[0], ==, before[0]);
  g_assert_cmpuint (g_strv_length ((char **) goals), ==, n + 1);

  /* Changing an entry's text is a step; setting the same text is none. */
  g_assert_true (wm_history_undo (f->history));
  wm_persona_edit_set_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, 0,
                             wm_persona_get_goals (f->ana)[0]);
  g_assert_true (wm_history_get_can_redo (f->history));  /* nothing was pushed */
  g_assert_true (wm_history_redo (f->history));
  wm_persona_edit_set_entry (f->history, f->ana, WM_PERSONA_LIST_GOALS, 1, "Pay");
  g_assert_cmpstr (wm_persona_get_goals (f->ana)[1], ==, "Pay");
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstr (wm_persona_get_goals (f->ana)[1], ==, "Pay less");

  /* Other lists are their own properties. */
  wm_persona_edit_insert_entry (f->history, f->ana, WM_PERSONA_LIST_TAGS, 0, "vip");
  g_assert_cmpstr (wm_persona_get_tags (f->ana)[0], ==, "vip");
  g_assert_cmpstr (wm_persona_list_get_entries (f->ana, WM_PERSONA_LIST_TAGS)[0], ==, "vip");
  g_assert_true (wm_history_undo (f->history));

  /* remove, move, insert, insert: four steps back to the file as it was. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  assert_document_is_original (f);

  /* Out of range is refused without a change. */
  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*position < entries->len*");
  wm_persona_edit_remove_entry (f->history, f->ana, WM_PERSONA_LIST_NEEDS, 999);
  g_test_assert_expected_messages ();
  g_assert_false (wm_history_get_can_undo (f->history));
}

static gboolean
usages_contain (GPtrArray *usages,
                GType      type)
{
  for (guint i = 0; i < usages->len; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (usages, i), type))
      return TRUE;
  return FALSE;
}

static void
test_find_usages (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) ana = wm_persona_find_usages (f->document, f->ana);
  g_autoptr(GPtrArray) ben = wm_persona_find_usages (f->document, f->ben);
  g_autoptr(WmPersona) loner = wm_persona_new ("Nobody");
  g_autoptr(GPtrArray) none = NULL;

  g_assert_cmpuint (ana->len, ==, 3);
  g_assert_true (g_ptr_array_index (ana, 0)
                 == wm_object_list_get (wm_document_get_maps (f->document), 0));
  g_assert_true (WM_IS_EMPATHY_MAP (g_ptr_array_index (ana, 1)));
  g_assert_true (WM_IS_SERVICE_BLUEPRINT (g_ptr_array_index (ana, 2)));

  g_assert_cmpuint (ben->len, ==, 1);
  g_assert_true (WM_IS_JOURNEY_MAP (g_ptr_array_index (ben, 0)));

  wm_object_list_append (wm_document_get_personas (f->document), WM_OBJECT (loner));
  none = wm_persona_find_usages (f->document, loner);
  g_assert_cmpuint (none->len, ==, 0);

  /* The empathy map stops counting once it is for nobody. */
  wm_empathy_map_set_persona_id (g_ptr_array_index (ana, 1), "");
  g_clear_pointer (&ana, g_ptr_array_unref);
  ana = wm_persona_find_usages (f->document, f->ana);
  g_assert_cmpuint (ana->len, ==, 2);
  g_assert_false (usages_contain (ana, WM_TYPE_EMPATHY_MAP));
}

static void
test_delete_used (Fixture       *f,
                  gconstpointer  data)
{
  const char *id = wm_object_get_id (WM_OBJECT (f->ana));
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", id);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(WmDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left = NULL;
  WmPersona *ana = f->ana;
  WmEmpathyMap *empathy;
  WmServiceBlueprint *blueprint;
  WmJourneyMap *map;

  g_assert_cmpuint (count_string (f->original, quoted), >, 3);

  wm_persona_edit_delete (f->history, f->document, f->ana);
  g_assert_null (wm_document_lookup (f->document, id));
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (f->document)), ==, 1);

  /* Nothing refers to the persona any more, and the file reads back without errors. */
  after = wm_journey_format_write (f->document);
  g_assert_cmpuint (count_string (after, id), ==, 0);
  reread = wm_journey_format_read (after, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reread);
  empathy = wm_object_list_get (wm_document_get_empathy_maps (f->document), 0);
  blueprint = wm_object_list_get (wm_document_get_blueprints (f->document), 0);
  map = wm_object_list_get (wm_document_get_maps (f->document), 0);
  g_assert_cmpstr (wm_empathy_map_get_persona_id (empathy), ==, "");
  g_assert_cmpstr (wm_service_blueprint_get_persona_id (blueprint), ==, "");
  g_assert_cmpstrv (wm_journey_map_get_persona_ids (map),
                    ((const char * const[]) { wm_object_get_id (WM_OBJECT (f->ben)), NULL }));

  /* One step; undo brings back the persona (the same object) and every link exactly. */
  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  assert_document_is_original (f);
  g_assert_true (wm_document_lookup (f->document, id) == WM_OBJECT (ana));
  left = wm_persona_find_usages (f->document, ana);
  g_assert_cmpuint (left->len, ==, 3);

  g_assert_true (wm_history_redo (f->history));
  redone = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (redone, after));
}

static void
test_delete_unused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(WmPersona) loner = wm_persona_new ("Nobody");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) now = NULL;

  wm_history_append (f->history, wm_document_get_personas (f->document), WM_OBJECT (loner));
  before = wm_journey_format_write (f->document);
  wm_persona_edit_delete (f->history, f->document, loner);
  now = wm_journey_format_write (f->document);
  assert_document_is_original (f);
  g_assert_true (wm_history_undo (f->history));
  g_clear_pointer (&now, g_bytes_unref);
  now = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (now, before));
}

static void
test_create_empathy_map (Fixture       *f,
                         gconstpointer  data)
{
  WmObjectList *maps = wm_document_get_empathy_maps (f->document);
  guint n = wm_object_list_get_length (maps);
  WmEmpathyMap *map;
  g_autoptr(GPtrArray) usages = NULL;

  map = wm_persona_edit_create_empathy_map (f->history, f->document, f->ben);
  g_assert_nonnull (map);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, n + 1);
  g_assert_true (wm_object_list_get (maps, n) == (gpointer) map);
  g_assert_cmpstr (wm_empathy_map_get_name (map), ==, "Ben Okafor");
  g_assert_cmpstr (wm_empathy_map_get_persona_id (map), ==, wm_object_get_id (WM_OBJECT (f->ben)));
  usages = wm_persona_find_usages (f->document, f->ben);
  g_assert_true (usages_contain (usages, WM_TYPE_EMPATHY_MAP));

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  assert_document_is_original (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/persona-edit/list-edits", Fixture, NULL, set_up, test_list_edits, tear_down);
  g_test_add ("/persona-edit/find-usages", Fixture, NULL, set_up, test_find_usages, tear_down);
  g_test_add ("/persona-edit/delete-used", Fixture, NULL, set_up, test_delete_used, tear_down);
  g_test_add ("/persona-edit/delete-unused", Fixture, NULL, set_up, test_delete_unused, tear_down);
  g_test_add ("/persona-edit/create-empathy-map", Fixture, NULL, set_up, test_create_empathy_map,
              tear_down);

  return g_test_run ();
}
