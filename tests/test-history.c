/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "wm-journey-format.h"
#include "wm-model.h"

/* Undo must bring back exactly what was there: the tests compare the saved form of the whole
 * workspace before and after, so that nothing a command forgets goes unnoticed.
 */
static GBytes *
snapshot (WmDocument *document)
{
  return wm_journey_format_write (document);
}

static void
assert_snapshot (WmDocument *document,
                 GBytes     *expected)
{
  g_autoptr(GBytes) now = snapshot (document);

  if (!g_bytes_equal (now, expected))
    {
      g_autofree char *a = g_strndup (g_bytes_get_data (now, NULL), g_bytes_get_size (now));
      g_autofree char *b = g_strndup (g_bytes_get_data (expected, NULL),
                                      g_bytes_get_size (expected));

      g_assert_cmpstr (a, ==, b);
    }
}

/* A map with one stage of three steps and two card lanes: "a b c" in the first, "d" in the
 * second, every card in the first step.
 */
static WmDocument *
make_document (void)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Commute");
  g_autoptr(WmStage) stage = wm_stage_new ("Ride");
  g_autoptr(WmLane) first = wm_lane_new (WM_LANE_KIND_ACTIONS, "Actions");
  g_autoptr(WmLane) second = wm_lane_new (WM_LANE_KIND_PAIN_POINTS, "Pains");
  const char *texts[] = { "a", "b", "c" };
  const char *step_id;

  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Step %u", i + 1);
      g_autoptr(WmStep) step = wm_step_new (name);

      wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
    }
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (first));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (second));

  step_id = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, 0)));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(WmCard) card = wm_card_new (step_id, texts[i]);

      wm_object_list_append (wm_lane_get_cards (first), WM_OBJECT (card));
    }
  {
    g_autoptr(WmCard) card = wm_card_new (step_id, "d");

    wm_object_list_append (wm_lane_get_cards (second), WM_OBJECT (card));
  }

  return document;
}

static WmJourneyMap *
get_map (WmDocument *document)
{
  return wm_object_list_get (wm_document_get_maps (document), 0);
}

static WmObjectList *
get_cards (WmDocument *document,
           guint       lane)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (get_map (document));

  return wm_lane_get_cards (wm_object_list_get (lanes, lane));
}

static WmCard *
get_card (WmDocument *document,
          guint       lane,
          guint       position)
{
  return wm_object_list_get (get_cards (document, lane), position);
}

/* The texts of the cards of a lane, joined: "abc". */
static char *
card_texts (WmDocument *document,
            guint       lane)
{
  WmObjectList *cards = get_cards (document, lane);
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    g_string_append (texts, wm_card_get_text (wm_object_list_get (cards, i)));

  return g_string_free (texts, FALSE);
}

#define assert_cards(document, lane, expected) \
  G_STMT_START { \
    g_autofree char *ac_texts = card_texts ((document), (lane)); \
    g_assert_cmpstr (ac_texts, ==, (expected)); \
  } G_STMT_END

static guint
count_undo_steps (WmHistory *history)
{
  guint n = 0;

  while (wm_history_undo (history))
    n++;
  for (guint i = 0; i < n; i++)
    g_assert_true (wm_history_redo (history));

  return n;
}

/* Applies nothing more, undoes, redoes, and checks the workspace each time. */
static void
assert_undo_redo (WmDocument *document,
                  GBytes     *before)
{
  WmHistory *history = wm_document_get_history (document);
  g_autoptr(GBytes) after = snapshot (document);

  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (wm_history_get_can_undo (history));
  g_assert_true (wm_history_undo (history));
  assert_snapshot (document, before);
  g_assert_true (wm_history_get_can_redo (history));
  g_assert_true (wm_history_redo (history));
  assert_snapshot (document, after);
  g_assert_false (wm_history_get_can_redo (history));
}

static void
test_set (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);
  WmLane *lane = wm_object_list_get (wm_journey_map_get_lanes (get_map (document)), 1);
  const char *tags[] = { "web", "mobile", NULL };
  g_autoptr(GBytes) before = NULL;

  g_assert_false (wm_history_get_can_undo (history));
  g_assert_false (wm_history_undo (history));
  g_assert_false (wm_history_redo (history));

  /* Strings */
  before = snapshot (document);
  wm_history_set (history, WM_OBJECT (card), "text", "Unlocks the bike");
  g_assert_cmpstr (wm_card_get_text (card), ==, "Unlocks the bike");
  assert_undo_redo (document, before);
  g_assert_cmpstr (wm_card_get_text (card), ==, "Unlocks the bike");
  g_clear_pointer (&before, g_bytes_unref);

  /* Enumerations */
  wm_history_seal (history);
  before = snapshot (document);
  wm_history_set (history, WM_OBJECT (lane), "kind", WM_LANE_KIND_OPPORTUNITIES);
  g_assert_cmpint (wm_lane_get_kind (lane), ==, WM_LANE_KIND_OPPORTUNITIES);
  assert_undo_redo (document, before);
  g_clear_pointer (&before, g_bytes_unref);

  /* String lists */
  before = snapshot (document);
  wm_history_set (history, WM_OBJECT (card), "tags", tags);
  g_assert_cmpstrv (wm_card_get_tags (card), tags);
  assert_undo_redo (document, before);
  g_clear_pointer (&before, g_bytes_unref);

  /* The document itself */
  before = snapshot (document);
  wm_history_set (history, WM_OBJECT (document), "title", "Bikes");
  g_assert_cmpstr (wm_document_get_title (document), ==, "Bikes");
  assert_undo_redo (document, before);
  g_clear_pointer (&before, g_bytes_unref);

  g_assert_cmpuint (count_undo_steps (history), ==, 4);

  /* Setting what is there records nothing. */
  wm_history_set (history, WM_OBJECT (card), "text", "Unlocks the bike");
  wm_history_set (history, WM_OBJECT (card), "colour", NULL);
  wm_history_set (history, WM_OBJECT (lane), "kind", WM_LANE_KIND_OPPORTUNITIES);
  wm_history_set (history, WM_OBJECT (card), "tags", tags);
  g_assert_cmpuint (count_undo_steps (history), ==, 4);
}

static void
test_set_numbers (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  WmHistory *history = wm_document_get_history (document);
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new ("Stay");
  g_autoptr(WmBlueprintStep) step = wm_blueprint_step_new ("Check in", 0);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GBytes) before = NULL;

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (blueprint));
  wm_object_list_append (wm_service_blueprint_get_steps (blueprint), WM_OBJECT (step));

  before = snapshot (document);
  wm_history_set (history, WM_OBJECT (persona), "tech-proficiency", 80);
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 80);
  assert_undo_redo (document, before);
  g_clear_pointer (&before, g_bytes_unref);

  /* A value of another type is transformed to the property's. */
  before = snapshot (document);
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 15);
  wm_history_set_value (history, WM_OBJECT (step), "duration", &value);
  g_assert_cmpfloat (wm_blueprint_step_get_duration (step), ==, 15.0);
  assert_undo_redo (document, before);
  g_clear_pointer (&before, g_bytes_unref);

  /* Numbers do not merge: each drag of a slider is its own step. */
  wm_history_set (history, WM_OBJECT (step), "duration", 20.0);
  wm_history_set (history, WM_OBJECT (step), "duration", 25.0);
  g_assert_cmpuint (count_undo_steps (history), ==, 4);

  /* Out of range is refused before anything changes. */
  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*validate*");
  wm_history_set (history, WM_OBJECT (persona), "tech-proficiency", 101);
  g_test_assert_expected_messages ();
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 80);
  g_assert_cmpuint (count_undo_steps (history), ==, 4);
}

static void
test_insert (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmObjectList *cards = get_cards (document, 0);
  g_autoptr(WmCard) card = wm_card_new ("step", "x");
  g_autoptr(WmCard) last = wm_card_new ("step", "z");
  g_autoptr(GBytes) before = snapshot (document);
  const char *id = wm_object_get_id (WM_OBJECT (card));

  wm_history_insert (history, cards, 1, WM_OBJECT (card));
  assert_cards (document, 0, "axbc");
  g_assert_true (wm_document_lookup (document, id) == WM_OBJECT (card));
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Add");

  wm_history_undo (history);
  assert_snapshot (document, before);
  g_assert_null (wm_object_get_parent (WM_OBJECT (card)));
  g_assert_null (wm_document_lookup (document, id));

  /* Redo brings back the very object, so links to it hold. */
  wm_history_redo (history);
  g_assert_true (get_card (document, 0, 1) == card);
  g_assert_true (wm_document_lookup (document, id) == WM_OBJECT (card));
  assert_undo_redo (document, before);

  wm_history_append (history, cards, WM_OBJECT (last));
  assert_cards (document, 0, "axbcz");
  g_assert_cmpuint (count_undo_steps (history), ==, 2);
}

static void
test_remove (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmObjectList *lanes = wm_journey_map_get_lanes (get_map (document));
  WmCard *card = get_card (document, 0, 1);
  WmLane *lane = wm_object_list_get (lanes, 0);
  g_autoptr(GBytes) before = snapshot (document);
  g_autoptr(GBytes) middle = NULL;

  wm_history_remove (history, get_cards (document, 0), 1);
  assert_cards (document, 0, "ac");
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Delete");
  assert_undo_redo (document, before);

  /* A whole lane, cards and all. */
  middle = snapshot (document);
  wm_history_remove (history, lanes, 0);
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, 1);
  assert_undo_redo (document, middle);

  wm_history_undo (history);
  wm_history_undo (history);
  assert_snapshot (document, before);
  g_assert_true (wm_object_list_get (lanes, 0) == lane);
  g_assert_true (get_card (document, 0, 1) == card);
  g_assert_true (wm_object_get_parent (WM_OBJECT (card)) == WM_OBJECT (lane));
}

static void
test_move_within_list (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmObjectList *cards = get_cards (document, 0);
  g_autoptr(GBytes) before = snapshot (document);
  g_autoptr(GBytes) middle = NULL;

  wm_history_move (history, cards, 0, cards, 2);
  assert_cards (document, 0, "bca");
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Move");
  assert_undo_redo (document, before);

  middle = snapshot (document);
  wm_history_move (history, cards, 2, cards, 0);
  assert_cards (document, 0, "abc");
  assert_undo_redo (document, middle);

  /* Moving to where it is records nothing. */
  wm_history_move (history, cards, 1, cards, 1);
  g_assert_cmpuint (count_undo_steps (history), ==, 2);

  wm_history_undo (history);
  wm_history_undo (history);
  assert_snapshot (document, before);
}

static void
test_move_between_lists (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmObjectList *lanes = wm_journey_map_get_lanes (get_map (document));
  WmCard *card = get_card (document, 0, 0);
  g_autoptr(GBytes) before = snapshot (document);

  /* The position is the one the card has after the move. */
  wm_history_move (history, get_cards (document, 0), 0, get_cards (document, 1), 1);
  assert_cards (document, 0, "bc");
  assert_cards (document, 1, "da");
  g_assert_true (get_card (document, 1, 1) == card);
  g_assert_true (wm_object_get_parent (WM_OBJECT (card)) == wm_object_list_get (lanes, 1));
  assert_undo_redo (document, before);

  wm_history_undo (history);
  assert_cards (document, 0, "abc");
  assert_cards (document, 1, "d");
  g_assert_true (get_card (document, 0, 0) == card);
  g_assert_true (wm_object_get_parent (WM_OBJECT (card)) == wm_object_list_get (lanes, 0));

  /* A card cannot go into a list of stages. */
  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*TYPE*");
  wm_history_move (history, get_cards (document, 0), 0,
                   wm_journey_map_get_stages (get_map (document)), 0);
  g_test_assert_expected_messages ();
  assert_snapshot (document, before);
}

static void
test_group (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmJourneyMap *map = get_map (document);
  WmCard *card = get_card (document, 0, 0);
  const char *third_step = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, 2)));
  g_autoptr(GBytes) before = snapshot (document);
  g_autoptr(WmCard) pasted = wm_card_new (third_step, "e");

  /* A drag: the card changes lane and step in one gesture. */
  wm_history_begin_group (history, "Move Card");
  g_assert_false (wm_history_get_can_undo (history));
  wm_history_move (history, get_cards (document, 0), 0, get_cards (document, 1), 0);
  wm_history_set (history, WM_OBJECT (card), "step-id", third_step);
  /* Nothing can be undone in the middle of the gesture. */
  g_assert_false (wm_history_undo (history));
  wm_history_end_group (history);

  assert_cards (document, 1, "ad");
  g_assert_cmpstr (wm_card_get_step_id (card), ==, third_step);
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Move Card");
  assert_undo_redo (document, before);

  wm_history_undo (history);
  assert_snapshot (document, before);
  g_assert_cmpstr (wm_history_get_redo_label (history), ==, "Move Card");

  /* An empty group records nothing and keeps what can be redone. */
  wm_history_begin_group (history, "Nothing");
  wm_history_end_group (history);
  g_assert_true (wm_history_get_can_redo (history));
  g_assert_false (wm_history_get_can_undo (history));
  wm_history_redo (history);

  /* A group is undone backwards: here the second insert moved the first one along. */
  {
    g_autoptr(GBytes) before_inserts = snapshot (document);
    g_autoptr(WmCard) x = wm_card_new (third_step, "x");
    g_autoptr(WmCard) y = wm_card_new (third_step, "y");

    wm_history_begin_group (history, "Insert Two");
    wm_history_insert (history, get_cards (document, 0), 0, WM_OBJECT (x));
    wm_history_insert (history, get_cards (document, 0), 0, WM_OBJECT (y));
    wm_history_end_group (history);
    assert_cards (document, 0, "yxbc");
    assert_undo_redo (document, before_inserts);
    wm_history_undo (history);
  }

  /* Nested groups make one step; without a label, the first command names it. */
  wm_history_begin_group (history, NULL);
  wm_history_set (history, WM_OBJECT (card), "text", "A");
  wm_history_begin_group (history, "Paste");
  wm_history_append (history, get_cards (document, 1), WM_OBJECT (pasted));
  wm_history_remove (history, get_cards (document, 0), 0);
  wm_history_end_group (history);
  wm_history_begin_group (history, "Empty");
  wm_history_end_group (history);
  wm_history_end_group (history);

  assert_cards (document, 0, "c");
  assert_cards (document, 1, "Ade");
  g_assert_cmpuint (count_undo_steps (history), ==, 2);
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Edit");
  wm_history_undo (history);
  assert_cards (document, 0, "bc");
  assert_cards (document, 1, "ad");
  wm_history_undo (history);
  assert_snapshot (document, before);
  wm_history_redo (history);
  wm_history_redo (history);
  assert_cards (document, 0, "c");
  assert_cards (document, 1, "Ade");
}

/* Typing makes one step per text, not one per key. */
static void
test_merge (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);
  WmCard *other = get_card (document, 0, 1);
  g_autoptr(GBytes) before = snapshot (document);

  wm_history_set (history, WM_OBJECT (card), "text", "U");
  wm_history_set (history, WM_OBJECT (card), "text", "Un");
  wm_history_set (history, WM_OBJECT (card), "text", "Unl");
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  assert_undo_redo (document, before);
  g_assert_cmpstr (wm_card_get_text (card), ==, "Unl");

  /* Another object's text, or another text of the object, is another step. */
  wm_history_set (history, WM_OBJECT (card), "text", "Unlo");
  wm_history_set (history, WM_OBJECT (other), "text", "L");
  wm_history_set (history, WM_OBJECT (other), "owner", "Bo");
  g_assert_cmpuint (count_undo_steps (history), ==, 4);

  /* Undo seals the step below it: typing on starts a new one. */
  wm_history_undo (history);
  wm_history_set (history, WM_OBJECT (other), "text", "Lo");
  g_assert_cmpuint (count_undo_steps (history), ==, 4);
  wm_history_undo (history);
  g_assert_cmpstr (wm_card_get_text (other), ==, "L");
  wm_history_undo (history);
  g_assert_cmpstr (wm_card_get_text (other), ==, "b");
  wm_history_undo (history);
  g_assert_cmpstr (wm_card_get_text (card), ==, "Unl");
  wm_history_undo (history);
  assert_snapshot (document, before);
  g_assert_false (wm_history_get_can_undo (history));
}

static void
test_seal (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);

  wm_history_set (history, WM_OBJECT (card), "text", "U");
  wm_history_seal (history);
  wm_history_set (history, WM_OBJECT (card), "text", "Un");
  wm_history_set (history, WM_OBJECT (card), "text", "Unl");
  g_assert_cmpuint (count_undo_steps (history), ==, 2);

  wm_history_undo (history);
  g_assert_cmpstr (wm_card_get_text (card), ==, "U");
  wm_history_undo (history);
  g_assert_cmpstr (wm_card_get_text (card), ==, "a");
}

/* "modified" is true exactly when the workspace differs from its last save. */
static void
test_modified (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);
  g_autoptr(GBytes) saved = NULL;

  g_assert_false (wm_history_get_modified (history));

  wm_history_set (history, WM_OBJECT (card), "text", "U");
  g_assert_true (wm_history_get_modified (history));
  wm_history_mark_saved (history);
  g_assert_false (wm_history_get_modified (history));
  saved = snapshot (document);

  /* This edit would merge with the last but for the save between them. */
  wm_history_set (history, WM_OBJECT (card), "text", "Un");
  g_assert_true (wm_history_get_modified (history));
  g_assert_cmpuint (count_undo_steps (history), ==, 2);

  wm_history_undo (history);
  g_assert_false (wm_history_get_modified (history));
  assert_snapshot (document, saved);
  wm_history_undo (history);
  g_assert_true (wm_history_get_modified (history));
  wm_history_redo (history);
  g_assert_false (wm_history_get_modified (history));
  wm_history_redo (history);
  g_assert_true (wm_history_get_modified (history));

  /* Edit, save, undo: modified; redo: not modified. */
  wm_history_mark_saved (history);
  wm_history_undo (history);
  g_assert_true (wm_history_get_modified (history));
  wm_history_redo (history);
  g_assert_false (wm_history_get_modified (history));

  /* When the saved state is undone and overwritten, nothing returns to it. */
  wm_history_undo (history);
  wm_history_set (history, WM_OBJECT (card), "text", "Other");
  g_assert_true (wm_history_get_modified (history));
  wm_history_undo (history);
  g_assert_true (wm_history_get_modified (history));
  wm_history_undo (history);
  g_assert_true (wm_history_get_modified (history));

  /* Clearing the history does not make a modified document saved... */
  wm_history_clear (history);
  g_assert_false (wm_history_get_can_undo (history));
  g_assert_false (wm_history_get_can_redo (history));
  g_assert_true (wm_history_get_modified (history));

  /* ...nor an unmodified one modified. */
  wm_history_mark_saved (history);
  wm_history_clear (history);
  g_assert_false (wm_history_get_modified (history));

  /* Saving in the middle of a gesture saves half of it: never unmodified again until the
   * next save.
   */
  wm_history_begin_group (history, "Drag");
  wm_history_set (history, WM_OBJECT (card), "text", "X");
  g_assert_true (wm_history_get_modified (history));
  wm_history_mark_saved (history);
  g_assert_true (wm_history_get_modified (history));
  wm_history_set (history, WM_OBJECT (card), "owner", "Bo");
  wm_history_end_group (history);
  g_assert_true (wm_history_get_modified (history));
  wm_history_undo (history);
  g_assert_true (wm_history_get_modified (history));

  /* An empty group changes nothing. */
  wm_history_mark_saved (history);
  wm_history_begin_group (history, "Click");
  g_assert_false (wm_history_get_modified (history));
  wm_history_end_group (history);
  g_assert_false (wm_history_get_modified (history));
}

static void
test_notify (void)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(WmDocument) document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);
  gboolean can_undo, can_redo, modified;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  gt_signal_logger_connect (logger, history, "notify");

  wm_history_set (history, WM_OBJECT (card), "text", "U");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "can-undo");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "modified");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "undo-label");
  gt_signal_logger_assert_no_emissions (logger);

  /* A merge or another step of the same label changes none of them. */
  wm_history_set (history, WM_OBJECT (card), "text", "Un");
  wm_history_set (history, WM_OBJECT (card), "owner", "Bo");
  gt_signal_logger_assert_no_emissions (logger);

  wm_history_undo (history);
  gt_signal_logger_assert_notify_emission_pop (logger, history, "can-redo");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "redo-label");
  gt_signal_logger_assert_no_emissions (logger);

  wm_history_undo (history);
  gt_signal_logger_assert_notify_emission_pop (logger, history, "can-undo");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "modified");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "undo-label");
  gt_signal_logger_assert_no_emissions (logger);

  g_object_get (history,
                "can-undo", &can_undo,
                "can-redo", &can_redo,
                "modified", &modified,
                "undo-label", &undo_label,
                "redo-label", &redo_label,
                NULL);
  g_assert_false (can_undo);
  g_assert_true (can_redo);
  g_assert_false (modified);
  g_assert_null (undo_label);
  g_assert_cmpstr (redo_label, ==, "Edit");

  wm_history_redo (history);
  gt_signal_logger_assert_notify_emission_pop (logger, history, "can-undo");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "modified");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "undo-label");
  gt_signal_logger_assert_no_emissions (logger);

  /* A new step drops what could be redone. */
  wm_history_set (history, WM_OBJECT (card), "colour", "#336699");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "can-redo");
  gt_signal_logger_assert_notify_emission_pop (logger, history, "redo-label");
  gt_signal_logger_assert_no_emissions (logger);

  wm_history_mark_saved (history);
  gt_signal_logger_assert_notify_emission_pop (logger, history, "modified");
  wm_history_mark_saved (history);
  wm_history_seal (history);
  gt_signal_logger_assert_no_emissions (logger);
}

/* Nothing in the history keeps a document alive or outlives it. */
static void
test_lifetime (void)
{
  WmDocument *document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmCard *card = get_card (document, 0, 0);
  g_autoptr(WmCard) added = wm_card_new ("step", "z");
  gpointer weak_history = history, weak_card = card, weak_added = added;

  g_object_add_weak_pointer (G_OBJECT (history), &weak_history);
  g_object_add_weak_pointer (G_OBJECT (card), &weak_card);
  g_object_add_weak_pointer (G_OBJECT (added), &weak_added);

  wm_history_set (history, WM_OBJECT (document), "title", "Bikes");
  wm_history_set (history, WM_OBJECT (document), "description", "Everything about bikes");
  wm_history_append (history, get_cards (document, 1), WM_OBJECT (added));
  g_clear_object (&added);
  wm_history_remove (history, get_cards (document, 0), 0);
  wm_history_undo (history);
  wm_history_undo (history);

  g_assert_finalize_object (document);
  g_assert_null (weak_history);
  g_assert_null (weak_card);
  g_assert_null (weak_added);
}

/* Commands work without a history too, and check their arguments. */
static void
test_commands (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmCard *card = get_card (document, 0, 0);
  g_autoptr(WmCommand) group = wm_group_command_new ("Both");
  g_autoptr(GBytes) before = snapshot (document);
  g_autoptr(GBytes) after = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  WmCommand *set;
  WmCommand *bad;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Z");
  set = wm_set_command_new (WM_OBJECT (card), "text", &value);
  g_assert_true (WM_IS_SET_COMMAND (set));
  {
    g_autoptr(WmObject) target = wm_set_command_dup_target (WM_SET_COMMAND (set));

    g_assert_true (target == WM_OBJECT (card));
  }
  g_assert_cmpstr (wm_set_command_get_pspec (WM_SET_COMMAND (set))->name, ==, "text");
  g_assert_cmpstr (wm_card_get_text (card), ==, "a");

  wm_group_command_add (WM_GROUP_COMMAND (group), set);
  wm_group_command_add (WM_GROUP_COMMAND (group), wm_remove_command_new (get_cards (document, 0),
                                                                        1));
  g_assert_cmpuint (wm_group_command_get_length (WM_GROUP_COMMAND (group)), ==, 2);
  g_assert_true (wm_group_command_get (WM_GROUP_COMMAND (group), 0) == set);
  g_assert_null (wm_group_command_get (WM_GROUP_COMMAND (group), 2));

  wm_command_apply (group);
  assert_cards (document, 0, "Zc");
  after = snapshot (document);
  wm_command_revert (group);
  assert_snapshot (document, before);
  wm_command_apply (group);
  assert_snapshot (document, after);
  g_assert_cmpstr (wm_command_get_label (group), ==, "Both");
  g_assert_false (wm_command_merge (group, set));

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*pspec != NULL*");
  bad = wm_set_command_new (WM_OBJECT (card), "no-such-property", &value);
  g_test_assert_expected_messages ();
  g_assert_null (bad);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*CONSTRUCT_ONLY*");
  bad = wm_set_command_new (WM_OBJECT (card), "id", &value);
  g_test_assert_expected_messages ();
  g_assert_null (bad);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*position*");
  bad = wm_remove_command_new (get_cards (document, 0), 2);
  g_test_assert_expected_messages ();
  g_assert_null (bad);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*parent*");
  bad = wm_insert_command_new (get_cards (document, 1), 0, WM_OBJECT (card));
  g_test_assert_expected_messages ();
  g_assert_null (bad);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/set", test_set);
  g_test_add_func ("/history/set-numbers", test_set_numbers);
  g_test_add_func ("/history/insert", test_insert);
  g_test_add_func ("/history/remove", test_remove);
  g_test_add_func ("/history/move-within-list", test_move_within_list);
  g_test_add_func ("/history/move-between-lists", test_move_between_lists);
  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/merge", test_merge);
  g_test_add_func ("/history/seal", test_seal);
  g_test_add_func ("/history/modified", test_modified);
  g_test_add_func ("/history/notify", test_notify);
  g_test_add_func ("/history/lifetime", test_lifetime);
  g_test_add_func ("/history/commands", test_commands);

  return g_test_run ();
}
