/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-emotion-point.h"
#include "wm-object-private.h"
#include "wm-persona.h"
#include "wm-step.h"

/* How a persona feels at a step, from -2 (very bad) to 2 (very good): one point of the
 * emotion curve. The persona is empty on a map that is not for particular personas.
 */
struct _WmEmotionPoint
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmEmotionPoint, wm_emotion_point, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP_ID,
  PROP_PERSONA_ID,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_emotion_point_class_init (WmEmotionPointClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_STEP_ID] = g_param_spec_string ("step-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "step", properties[PROP_STEP_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL, WM_TYPE_STEP);

  properties[PROP_PERSONA_ID] = g_param_spec_string ("persona-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "persona", properties[PROP_PERSONA_ID],
                             WM_FIELD_REFERENCE, WM_TYPE_PERSONA);

  properties[PROP_SCORE] = g_param_spec_int ("score", NULL, NULL, -2, 2, 0, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "score", properties[PROP_SCORE], WM_FIELD_NONE, 0);
}

static void
wm_emotion_point_init (WmEmotionPoint *self)
{
}

/**
 * wm_emotion_point_new:
 * @step_id: the id of the step the point is for
 * @persona_id: (nullable): the id of the persona who feels it
 * @score: from -2 to 2
 *
 * Returns: (transfer full): a new point
 */
WmEmotionPoint *
wm_emotion_point_new (const char *step_id,
                      const char *persona_id,
                      int         score)
{
  g_return_val_if_fail (score >= -2 && score <= 2, NULL);

  return g_object_new (WM_TYPE_EMOTION_POINT, "step-id", step_id, "persona-id", persona_id,
                       "score", score, NULL);
}

const char *
wm_emotion_point_get_step_id (WmEmotionPoint *self)
{
  g_return_val_if_fail (WM_IS_EMOTION_POINT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_STEP_ID]);
}

void
wm_emotion_point_set_step_id (WmEmotionPoint *self,
                              const char     *step_id)
{
  g_return_if_fail (WM_IS_EMOTION_POINT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_STEP_ID], step_id);
}

const char *
wm_emotion_point_get_persona_id (WmEmotionPoint *self)
{
  g_return_val_if_fail (WM_IS_EMOTION_POINT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_PERSONA_ID]);
}

void
wm_emotion_point_set_persona_id (WmEmotionPoint *self,
                                 const char     *persona_id)
{
  g_return_if_fail (WM_IS_EMOTION_POINT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_PERSONA_ID], persona_id);
}

int
wm_emotion_point_get_score (WmEmotionPoint *self)
{
  g_return_val_if_fail (WM_IS_EMOTION_POINT (self), 0);

  return _wm_object_get_int (WM_OBJECT (self), properties[PROP_SCORE]);
}

void
wm_emotion_point_set_score (WmEmotionPoint *self,
                            int             score)
{
  g_return_if_fail (WM_IS_EMOTION_POINT (self));
  g_return_if_fail (score >= -2 && score <= 2);

  g_object_set (self, "score", score, NULL);
}
