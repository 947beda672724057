/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-journey-map.h"
#include "wm-object-private.h"
#include "wm-persona.h"

/* A customer journey: stages of steps across (the columns), lanes down (the rows), and the
 * personas whose journey it is. Cells are not stored: a lane's cards name their step.
 */
struct _WmJourneyMap
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmJourneyMap, wm_journey_map, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_SCENARIO,
  PROP_PERSONA_IDS,
  PROP_STAGES,
  PROP_LANES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_journey_map_class_init (WmJourneyMapClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_REQUIRED, 0);

  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "description", properties[PROP_DESCRIPTION],
                             WM_FIELD_NONE, 0);

  properties[PROP_SCENARIO] = g_param_spec_string ("scenario", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "scenario", properties[PROP_SCENARIO], WM_FIELD_NONE, 0);

  properties[PROP_PERSONA_IDS] = g_param_spec_boxed ("persona-ids", NULL, NULL, G_TYPE_STRV,
                                                     PARAM_FLAGS);
  wm_object_class_add_field (object_class, "personas", properties[PROP_PERSONA_IDS],
                             WM_FIELD_REFERENCE, WM_TYPE_PERSONA);

  properties[PROP_STAGES] = g_param_spec_object ("stages", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                 LIST_FLAGS);
  wm_object_class_add_field (object_class, "stages", properties[PROP_STAGES], WM_FIELD_NONE,
                             WM_TYPE_STAGE);

  properties[PROP_LANES] = g_param_spec_object ("lanes", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "lanes", properties[PROP_LANES], WM_FIELD_NONE,
                             WM_TYPE_LANE);
}

static void
wm_journey_map_init (WmJourneyMap *self)
{
}

/**
 * wm_journey_map_new:
 * @name: (nullable): the name of the map
 *
 * Returns: (transfer full): a new map without stages or lanes
 */
WmJourneyMap *
wm_journey_map_new (const char *name)
{
  return g_object_new (WM_TYPE_JOURNEY_MAP, "name", name, NULL);
}

const char *
wm_journey_map_get_name (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_journey_map_set_name (WmJourneyMap *self,
                         const char   *name)
{
  g_return_if_fail (WM_IS_JOURNEY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_journey_map_get_description (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
wm_journey_map_set_description (WmJourneyMap *self,
                                const char   *description)
{
  g_return_if_fail (WM_IS_JOURNEY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_DESCRIPTION], description);
}

const char *
wm_journey_map_get_scenario (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_SCENARIO]);
}

void
wm_journey_map_set_scenario (WmJourneyMap *self,
                             const char   *scenario)
{
  g_return_if_fail (WM_IS_JOURNEY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_SCENARIO], scenario);
}

const char * const *
wm_journey_map_get_persona_ids (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_PERSONA_IDS]);
}

void
wm_journey_map_set_persona_ids (WmJourneyMap       *self,
                                const char * const *persona_ids)
{
  g_return_if_fail (WM_IS_JOURNEY_MAP (self));

  g_object_set (self, "persona-ids", persona_ids, NULL);
}

/**
 * wm_journey_map_get_stages:
 *
 * Returns: (transfer none): the stages of the map, in order
 */
WmObjectList *
wm_journey_map_get_stages (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_STAGES]);
}

/**
 * wm_journey_map_get_lanes:
 *
 * Returns: (transfer none): the lanes of the map, top to bottom
 */
WmObjectList *
wm_journey_map_get_lanes (WmJourneyMap *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_LANES]);
}

/**
 * wm_journey_map_get_n_steps:
 *
 * Returns: the number of steps of all stages, which is the number of columns of the map
 */
guint
wm_journey_map_get_n_steps (WmJourneyMap *self)
{
  WmObjectList *stages;
  guint n = 0;

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), 0);

  stages = wm_journey_map_get_stages (self);
  for (guint i = 0; i < wm_object_list_get_length (stages); i++)
    n += wm_object_list_get_length (wm_stage_get_steps (wm_object_list_get (stages, i)));

  return n;
}

/**
 * wm_journey_map_get_step:
 * @index: a column of the map: steps are counted across stages, in order
 *
 * Returns: (transfer none) (nullable): the step of column @index, or %NULL past the last one
 */
WmStep *
wm_journey_map_get_step (WmJourneyMap *self,
                         guint         index)
{
  WmObjectList *stages;

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);

  stages = wm_journey_map_get_stages (self);
  for (guint i = 0; i < wm_object_list_get_length (stages); i++)
    {
      WmObjectList *steps = wm_stage_get_steps (wm_object_list_get (stages, i));
      guint n_steps = wm_object_list_get_length (steps);

      if (index < n_steps)
        return wm_object_list_get (steps, index);
      index -= n_steps;
    }

  return NULL;
}

/* The one walk over the steps behind find_step and get_step_index. */
static WmStep *
locate_step (WmJourneyMap  *self,
             const char    *id,
             WmStage      **stage_out,
             guint         *column_out)
{
  WmObjectList *stages = wm_journey_map_get_stages (self);
  guint column = 0;

  for (guint i = 0; i < wm_object_list_get_length (stages); i++)
    {
      WmStage *stage = wm_object_list_get (stages, i);
      WmObjectList *steps = wm_stage_get_steps (stage);

      for (guint j = 0; j < wm_object_list_get_length (steps); j++, column++)
        {
          WmStep *step = wm_object_list_get (steps, j);

          if (g_str_equal (wm_object_get_id (WM_OBJECT (step)), id))
            {
              if (stage_out != NULL)
                *stage_out = stage;
              if (column_out != NULL)
                *column_out = column;
              return step;
            }
        }
    }

  if (stage_out != NULL)
    *stage_out = NULL;

  return NULL;
}

/**
 * wm_journey_map_find_step:
 * @id: the id of a step
 * @stage: (out) (optional) (transfer none) (nullable): where to store the stage of the step,
 *   or %NULL when there is no such step
 *
 * Returns: (transfer none) (nullable): the step of the map with that id
 */
WmStep *
wm_journey_map_find_step (WmJourneyMap  *self,
                          const char    *id,
                          WmStage      **stage)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return locate_step (self, id, stage, NULL);
}

/**
 * wm_journey_map_get_step_index:
 * @id: the id of a step
 *
 * Returns: the column of that step, counting across stages, or -1 when the map has no such step
 */
int
wm_journey_map_get_step_index (WmJourneyMap *self,
                               const char   *id)
{
  guint column;

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  if (locate_step (self, id, NULL, &column) == NULL)
    return -1;

  return (int) column;
}

/**
 * wm_journey_map_find_lane:
 * @id: the id of a lane
 *
 * Returns: (transfer none) (nullable): the lane of the map with that id
 */
WmLane *
wm_journey_map_find_lane (WmJourneyMap *self,
                          const char   *id)
{
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return wm_object_list_find_by_id (wm_journey_map_get_lanes (self), id);
}
