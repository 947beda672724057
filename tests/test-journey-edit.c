/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-journey-edit.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"

typedef struct
{
  WmDocument   *document;
  WmHistory    *history;
  WmJourneyMap *map;
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
  f->map = wm_object_list_get (wm_document_get_maps (f->document), 0);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->document);
  g_clear_pointer (&f->original, g_bytes_unref);
}

/* The edit is one undo step, and undoing it restores the file byte for byte. */
static void
assert_one_step_undoes (Fixture *f)
{
  g_autoptr(GBytes) after = NULL;

  g_assert_true (wm_history_undo (f->history));
  g_assert_false (wm_history_get_can_undo (f->history));
  after = wm_journey_format_write (f->document);
  g_assert_true (g_bytes_equal (after, f->original));
}

static WmLane *
lane_of_kind (WmJourneyMap *map,
              WmLaneKind    kind)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);
  return NULL;
}

static guint
count_in_step (WmJourneyMap *map,
               const char   *step_id)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);
      WmObjectList *lists[] = { wm_lane_get_cards (lane), wm_lane_get_points (lane), wm_lane_get_values (lane) };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint j = 0; j < wm_object_list_get_length (lists[l]); j++)
          {
            g_autofree char *step = NULL;

            g_object_get (wm_object_list_get (lists[l], j), "step-id", &step, NULL);
            if (g_str_equal (step, step_id))
              n++;
          }
    }
  return n;
}

static void
test_remove_step (Fixture       *f,
                  gconstpointer  data)
{
  WmStep *step = wm_journey_map_get_step (f->map, 1);
  g_autofree char *id = g_strdup (wm_object_get_id (WM_OBJECT (step)));
  guint n = wm_journey_map_get_n_steps (f->map);
  g_autoptr(GBytes) written = NULL;
  g_autofree char *messages = NULL;

  g_assert_cmpuint (count_in_step (f->map, id), >, 0);
  wm_journey_edit_remove_step (f->history, f->map, step);
  g_assert_cmpuint (wm_journey_map_get_n_steps (f->map), ==, n - 1);
  g_assert_cmpuint (count_in_step (f->map, id), ==, 0);
  g_assert_null (wm_document_lookup (f->document, id));

  /* Nothing dangles: the file is valid. */
  written = wm_journey_format_write (f->document);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(WmDocument) again = wm_journey_format_read (written, NULL, &error);
    g_assert_no_error (error);
  }
  if (!wm_test_schema_accepts (written, &messages))
    g_error ("%s", messages);

  assert_one_step_undoes (f);
}

static void
test_remove_stage (Fixture       *f,
                   gconstpointer  data)
{
  WmStage *stage = wm_object_list_get (wm_journey_map_get_stages (f->map), 0);
  guint n_stages = wm_object_list_get_length (wm_journey_map_get_stages (f->map));
  guint n_steps = wm_journey_map_get_n_steps (f->map);
  guint in_stage = wm_object_list_get_length (wm_stage_get_steps (stage));

  wm_journey_edit_remove_stage (f->history, f->map, stage);
  g_assert_cmpuint (wm_object_list_get_length (wm_journey_map_get_stages (f->map)), ==, n_stages - 1);
  g_assert_cmpuint (wm_journey_map_get_n_steps (f->map), ==, n_steps - in_stage);
  assert_one_step_undoes (f);
}

static void
test_add_stage_and_step (Fixture       *f,
                         gconstpointer  data)
{
  WmStage *stage = wm_journey_edit_add_stage (f->history, f->map, 1, "Compare");
  WmStep *step;

  g_assert_true (wm_object_list_get (wm_journey_map_get_stages (f->map), 1) == (gpointer) stage);
  g_assert_cmpuint (wm_object_list_get_length (wm_stage_get_steps (stage)), ==, 1);
  assert_one_step_undoes (f);

  stage = wm_object_list_get (wm_journey_map_get_stages (f->map), 0);
  step = wm_journey_edit_add_step (f->history, f->map, stage, 0, "First");
  g_assert_true (wm_journey_map_get_step (f->map, 0) == step);
  assert_one_step_undoes (f);
}

static void
test_lane_kind (Fixture       *f,
                gconstpointer  data)
{
  WmLane *actions = lane_of_kind (f->map, WM_LANE_KIND_ACTIONS);
  WmLane *emotion = lane_of_kind (f->map, WM_LANE_KIND_EMOTION);

  /* Between card kinds, the cards stay. */
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (actions)), >, 0);
  wm_journey_edit_set_lane_kind (f->history, actions, WM_LANE_KIND_THOUGHTS);
  g_assert_cmpint (wm_lane_get_kind (actions), ==, WM_LANE_KIND_THOUGHTS);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (actions)), >, 0);
  assert_one_step_undoes (f);

  /* To an emotion lane, they cannot: removed in the same step. */
  wm_journey_edit_set_lane_kind (f->history, actions, WM_LANE_KIND_EMOTION);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (actions)), ==, 0);
  assert_one_step_undoes (f);

  wm_journey_edit_set_lane_kind (f->history, emotion, WM_LANE_KIND_METRICS);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_points (emotion)), ==, 0);
  {
    g_autoptr(GBytes) written = wm_journey_format_write (f->document);
    g_autoptr(GError) error = NULL;
    g_autoptr(WmDocument) again = wm_journey_format_read (written, NULL, &error);
    g_assert_no_error (error);
  }
  assert_one_step_undoes (f);
}

static void
test_move_step_across_stages (Fixture       *f,
                              gconstpointer  data)
{
  WmStep *first = wm_journey_map_get_step (f->map, 0);
  WmStep *fourth = wm_journey_map_get_step (f->map, 3);
  WmStage *stage = NULL;

  wm_journey_edit_move_step (f->history, f->map, 0, 3);
  g_assert_true (wm_journey_map_get_step (f->map, 3) == first);
  g_assert_true (wm_journey_map_get_step (f->map, 2) == fourth);
  wm_journey_map_find_step (f->map, wm_object_get_id (WM_OBJECT (first)), &stage);
  g_assert_true (stage == wm_object_list_get (wm_journey_map_get_stages (f->map), 1));
  assert_one_step_undoes (f);

  wm_journey_edit_move_lane (f->history, f->map, 0, 2);
  assert_one_step_undoes (f);
  wm_journey_edit_move_stage (f->history, f->map, 2, 0);
  assert_one_step_undoes (f);
}

static void
test_scores_and_values (Fixture       *f,
                        gconstpointer  data)
{
  WmLane *emotion = lane_of_kind (f->map, WM_LANE_KIND_EMOTION);
  WmLane *metric = lane_of_kind (f->map, WM_LANE_KIND_METRICS);
  const char *step = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (f->map, 0)));
  const char *persona = wm_journey_map_get_persona_ids (f->map)[0];
  guint n_points = wm_object_list_get_length (wm_lane_get_points (emotion));
  WmEmotionPoint *point;
  WmMetricValue *value;

  point = wm_journey_edit_set_score (f->history, emotion, step, persona, 7);
  g_assert_cmpint (wm_emotion_point_get_score (point), ==, 2);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_points (emotion)), ==, n_points);
  assert_one_step_undoes (f);

  /* A step without a score for a new persona gets a point. */
  point = wm_journey_edit_set_score (f->history, emotion, step, NULL, -1);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_points (emotion)), ==, n_points + 1);
  assert_one_step_undoes (f);

  value = wm_journey_edit_set_value (f->history, metric, step, 12.5);
  g_assert_cmpfloat (wm_metric_value_get_value (value), ==, 12.5);
  assert_one_step_undoes (f);
}

static void
test_link_persona (Fixture       *f,
                   gconstpointer  data)
{
  const char *persona = wm_journey_map_get_persona_ids (f->map)[0];
  g_autofree char *id = g_strdup (persona);

  wm_journey_edit_link_persona (f->history, f->map, id, FALSE);
  g_assert_cmpuint (g_strv_length ((char **) wm_journey_map_get_persona_ids (f->map)), ==, 1);
  /* Linking what is linked changes nothing and records nothing. */
  wm_journey_edit_link_persona (f->history, f->map, wm_journey_map_get_persona_ids (f->map)[0], TRUE);
  assert_one_step_undoes (f);
}

/* A new map starts with stages and lanes to fill in, and is a valid workspace item. */
static void
test_starter_map (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new_starter ("New map");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WmDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_emotion = FALSE;
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  g_assert_cmpuint (wm_object_list_get_length (wm_journey_map_get_stages (map)), ==, 5);
  g_assert_cmpuint (wm_journey_map_get_n_steps (map), ==, 5);
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, 6);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    has_emotion |= wm_lane_get_kind (wm_object_list_get (lanes, i)) == WM_LANE_KIND_EMOTION;
  g_assert_true (has_emotion);

  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  bytes = wm_journey_format_write (document);
  again = wm_journey_format_read (bytes, NULL, &error);
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/journey-edit/remove-step", Fixture, NULL, set_up, test_remove_step, tear_down);
  g_test_add ("/journey-edit/remove-stage", Fixture, NULL, set_up, test_remove_stage, tear_down);
  g_test_add ("/journey-edit/add-stage-and-step", Fixture, NULL, set_up, test_add_stage_and_step, tear_down);
  g_test_add ("/journey-edit/lane-kind", Fixture, NULL, set_up, test_lane_kind, tear_down);
  g_test_add ("/journey-edit/move-step-across-stages", Fixture, NULL, set_up, test_move_step_across_stages, tear_down);
  g_test_add ("/journey-edit/scores-and-values", Fixture, NULL, set_up, test_scores_and_values, tear_down);
  g_test_add_func ("/journey-edit/starter-map", test_starter_map);
  g_test_add ("/journey-edit/link-persona", Fixture, NULL, set_up, test_link_persona, tear_down);

  return g_test_run ();
}
