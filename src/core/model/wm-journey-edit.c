/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-edit-util.h"
#include "wm-journey-edit.h"

/**
 * wm_journey_edit_add_stage:
 * @position: where among the stages
 * @name: (nullable): the stage's name
 *
 * Adds a stage with one step, so that it has a column to hold cards.
 *
 * Returns: (transfer none): the new stage
 */
WmStage *
wm_journey_edit_add_stage (WmHistory    *history,
                           WmJourneyMap *map,
                           guint         position,
                           const char   *name)
{
  g_autoptr(WmStage) stage = wm_stage_new (name ? name : _("New stage"));
  g_autoptr(WmStep) step = wm_step_new (_("New step"));
  WmObjectList *stages;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  stages = wm_journey_map_get_stages (map);
  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
  wm_edit_insert_sealed (history, stages, position, WM_OBJECT (stage));

  return stage;
}

/**
 * wm_journey_edit_add_step:
 *
 * Returns: (transfer none): the new step
 */
WmStep *
wm_journey_edit_add_step (WmHistory    *history,
                          WmJourneyMap *map,
                          WmStage      *stage,
                          guint         position,
                          const char   *name)
{
  g_autoptr(WmStep) step = wm_step_new (name ? name : _("New step"));
  WmObjectList *steps;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_STAGE (stage), NULL);

  steps = wm_stage_get_steps (stage);
  wm_edit_insert_sealed (history, steps, position, WM_OBJECT (step));

  return step;
}

/**
 * wm_journey_edit_add_lane:
 *
 * Returns: (transfer none): the new lane
 */
WmLane *
wm_journey_edit_add_lane (WmHistory    *history,
                          WmJourneyMap *map,
                          guint         position,
                          WmLaneKind    kind,
                          const char   *title)
{
  g_autoptr(WmLane) lane = wm_lane_new (kind, title);
  WmObjectList *lanes;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  lanes = wm_journey_map_get_lanes (map);
  wm_edit_insert_sealed (history, lanes, position, WM_OBJECT (lane));

  return lane;
}

/* Whether @item (a card, emotion point or metric value) is in the step @step_id. */
static gboolean
is_in_step (WmObject *item,
            gpointer  step_id)
{
  g_autofree char *item_step = NULL;

  g_object_get (item, "step-id", &item_step, NULL);
  return g_strcmp0 (item_step, step_id) == 0;
}

static void
remove_step_content (WmHistory    *history,
                     WmJourneyMap *map,
                     const char   *step_id)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      wm_edit_remove_where (history, wm_lane_get_cards (lane), is_in_step, (gpointer) step_id);
      wm_edit_remove_where (history, wm_lane_get_points (lane), is_in_step, (gpointer) step_id);
      wm_edit_remove_where (history, wm_lane_get_values (lane), is_in_step, (gpointer) step_id);
    }
}

/* Removes a step and everything in its column, as one undo step. */
void
wm_journey_edit_remove_step (WmHistory    *history,
                             WmJourneyMap *map,
                             WmStep       *step)
{
  WmStage *stage = NULL;
  guint position;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));
  g_return_if_fail (WM_IS_STEP (step));

  if (wm_journey_map_find_step (map, wm_object_get_id (WM_OBJECT (step)), &stage) == NULL
      || !wm_object_list_find (wm_stage_get_steps (stage), WM_OBJECT (step), &position))
    return;

  wm_edit_begin_step (history, _("Delete step"));
  remove_step_content (history, map, wm_object_get_id (WM_OBJECT (step)));
  wm_history_remove (history, wm_stage_get_steps (stage), position);
  wm_edit_end_step (history);
}

void
wm_journey_edit_remove_stage (WmHistory    *history,
                              WmJourneyMap *map,
                              WmStage      *stage)
{
  WmObjectList *steps;
  guint position;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_STAGE (stage));

  if (!wm_object_list_find (wm_journey_map_get_stages (map), WM_OBJECT (stage), &position))
    return;

  steps = wm_stage_get_steps (stage);
  wm_edit_begin_step (history, _("Delete stage"));
  for (guint i = 0; i < wm_object_list_get_length (steps); i++)
    remove_step_content (history, map, wm_object_get_id (wm_object_list_get (steps, i)));
  wm_history_remove (history, wm_journey_map_get_stages (map), position);
  wm_edit_end_step (history);
}

void
wm_journey_edit_remove_lane (WmHistory    *history,
                             WmJourneyMap *map,
                             WmLane       *lane)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_LANE (lane));

  wm_edit_remove_sealed (history, wm_journey_map_get_lanes (map), WM_OBJECT (lane));
}

void
wm_journey_edit_move_stage (WmHistory    *history,
                            WmJourneyMap *map,
                            guint         from,
                            guint         to)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));

  wm_edit_move_within (history, wm_journey_map_get_stages (map), from, to);
}

void
wm_journey_edit_move_lane (WmHistory    *history,
                           WmJourneyMap *map,
                           guint         from,
                           guint         to)
{
  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));

  wm_edit_move_within (history, wm_journey_map_get_lanes (map), from, to);
}

/**
 * wm_journey_edit_move_step:
 * @from: flat index of the step to move
 * @to: its flat index afterwards; a step may move into another stage
 */
void
wm_journey_edit_move_step (WmHistory    *history,
                           WmJourneyMap *map,
                           guint         from,
                           guint         to)
{
  guint n = wm_journey_map_get_n_steps (map);
  WmStep *step, *anchor;
  WmStage *from_stage = NULL, *to_stage = NULL;
  guint from_pos, anchor_pos, to_pos;

  g_return_if_fail (WM_IS_HISTORY (history));

  if (from == to || from >= n || to >= n)
    return;

  step = wm_journey_map_get_step (map, from);
  anchor = wm_journey_map_get_step (map, to);
  wm_journey_map_find_step (map, wm_object_get_id (WM_OBJECT (step)), &from_stage);
  wm_journey_map_find_step (map, wm_object_get_id (WM_OBJECT (anchor)), &to_stage);
  wm_object_list_find (wm_stage_get_steps (from_stage), WM_OBJECT (step), &from_pos);
  wm_object_list_find (wm_stage_get_steps (to_stage), WM_OBJECT (anchor), &anchor_pos);

  /* Moving right lands after the anchor, moving left before it. */
  if (from_stage == to_stage)
    to_pos = anchor_pos;
  else
    to_pos = to > from ? anchor_pos + 1 : anchor_pos;

  wm_history_move (history, wm_stage_get_steps (from_stage), from_pos,
                   wm_stage_get_steps (to_stage), to_pos);
  wm_history_seal (history);
}

/* Changes a lane's kind; content the new kind cannot hold (cards in an emotion lane, scores in a
 * card lane) is removed in the same undo step. */
void
wm_journey_edit_set_lane_kind (WmHistory  *history,
                               WmLane     *lane,
                               WmLaneKind  kind)
{
  WmObjectList *lists[3];
  gboolean keep[3];

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_LANE (lane));

  if (wm_lane_get_kind (lane) == kind)
    return;

  lists[0] = wm_lane_get_cards (lane);
  lists[1] = wm_lane_get_points (lane);
  lists[2] = wm_lane_get_values (lane);
  keep[0] = wm_lane_kind_holds_cards (kind);
  keep[1] = kind == WM_LANE_KIND_EMOTION;
  keep[2] = kind == WM_LANE_KIND_METRICS;

  wm_edit_begin_step (history, _("Change lane kind"));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    if (!keep[l])
      for (guint i = wm_object_list_get_length (lists[l]); i > 0; i--)
        wm_history_remove (history, lists[l], i - 1);
  wm_history_set (history, WM_OBJECT (lane), "kind", kind);
  wm_edit_end_step (history);
}

/**
 * wm_journey_edit_set_score:
 * @persona_id: (nullable): the persona, or %NULL for a map without personas
 * @score: −2 … +2
 *
 * Sets the emotion score of a step for a persona, adding the point if there is none.
 *
 * Returns: (transfer none): the point
 */
WmEmotionPoint *
wm_journey_edit_set_score (WmHistory  *history,
                           WmLane     *lane,
                           const char *step_id,
                           const char *persona_id,
                           int         score)
{
  WmObjectList *points;
  g_autoptr(WmEmotionPoint) point = NULL;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_LANE (lane), NULL);
  g_return_val_if_fail (wm_lane_get_kind (lane) == WM_LANE_KIND_EMOTION, NULL);

  score = CLAMP (score, -2, 2);
  points = wm_lane_get_points (lane);
  for (guint i = 0; i < wm_object_list_get_length (points); i++)
    {
      WmEmotionPoint *existing = wm_object_list_get (points, i);

      if (g_str_equal (wm_emotion_point_get_step_id (existing), step_id)
          && g_strcmp0 (wm_emotion_point_get_persona_id (existing), persona_id ? persona_id : "") == 0)
        {
          wm_history_seal (history);
          wm_history_set (history, WM_OBJECT (existing), "score", score);
          wm_history_seal (history);
          return existing;
        }
    }

  point = wm_emotion_point_new (step_id, persona_id, score);
  wm_history_append (history, points, WM_OBJECT (point));
  wm_history_seal (history);

  return point;
}

/**
 * wm_journey_edit_set_value:
 *
 * Sets a metric lane's value at a step, adding it if there is none.
 *
 * Returns: (transfer none): the value
 */
WmMetricValue *
wm_journey_edit_set_value (WmHistory  *history,
                           WmLane     *lane,
                           const char *step_id,
                           double      value)
{
  WmObjectList *values;
  g_autoptr(WmMetricValue) created = NULL;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_LANE (lane), NULL);
  g_return_val_if_fail (wm_lane_get_kind (lane) == WM_LANE_KIND_METRICS, NULL);

  values = wm_lane_get_values (lane);
  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    {
      WmMetricValue *existing = wm_object_list_get (values, i);

      if (g_str_equal (wm_metric_value_get_step_id (existing), step_id))
        {
          wm_history_seal (history);
          wm_history_set (history, WM_OBJECT (existing), "value", value);
          wm_history_seal (history);
          return existing;
        }
    }

  created = wm_metric_value_new (step_id, value);
  wm_history_append (history, values, WM_OBJECT (created));
  wm_history_seal (history);

  return created;
}

/* Links a persona to the map (its curve appears) or unlinks it; its scores are kept, so that
 * linking it again brings the curve back. */
void
wm_journey_edit_link_persona (WmHistory    *history,
                              WmJourneyMap *map,
                              const char   *persona_id,
                              gboolean      linked)
{
  const char * const *ids = wm_journey_map_get_persona_ids (map);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;
  gboolean present = FALSE;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));
  g_return_if_fail (persona_id != NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_str_equal (ids[i], persona_id))
        {
          present = TRUE;
          if (!linked)
            continue;
        }
      g_strv_builder_add (builder, ids[i]);
    }
  if (linked && !present)
    g_strv_builder_add (builder, persona_id);
  if (present == linked)
    return;

  result = g_strv_builder_end (builder);
  wm_history_seal (history);
  wm_history_set (history, WM_OBJECT (map), "persona-ids", result);
  wm_history_seal (history);
}

/**
 * wm_journey_map_new_starter:
 * @name: the map's name
 *
 * A new map ready to fill in: the five classic stages with one step each, and the lanes most
 * maps start with (actions, thoughts, touchpoints, emotions, pain points, opportunities).
 *
 * Returns: (transfer full): the map
 */
WmJourneyMap *
wm_journey_map_new_starter (const char *name)
{
  WmJourneyMap *map = wm_journey_map_new (name);
  const char *stages[] = { N_("Awareness"), N_("Consideration"), N_("Purchase"), N_("Use"),
                           N_("Advocacy") };
  WmLaneKind kinds[] = { WM_LANE_KIND_ACTIONS, WM_LANE_KIND_THOUGHTS, WM_LANE_KIND_TOUCHPOINTS,
                         WM_LANE_KIND_EMOTION, WM_LANE_KIND_PAIN_POINTS,
                         WM_LANE_KIND_OPPORTUNITIES };
  const char *titles[] = { N_("Actions"), N_("Thoughts"), N_("Touchpoints"), N_("Emotions"),
                           N_("Pain points"), N_("Opportunities") };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr(WmStage) stage = wm_stage_new (_(stages[i]));
      g_autoptr(WmStep) step = wm_step_new (_("New step"));

      wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
      wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(WmLane) lane = wm_lane_new (kinds[i], _(titles[i]));

      wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
    }

  return map;
}

/**
 * wm_journey_map_find_lane_of_kind:
 *
 * Returns: (transfer none) (nullable): the first lane of @map of the kind @kind, or %NULL
 */
WmLane *
wm_journey_map_find_lane_of_kind (WmJourneyMap *map,
                                  WmLaneKind    kind)
{
  WmObjectList *lanes;

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  lanes = wm_journey_map_get_lanes (map);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);

  return NULL;
}
