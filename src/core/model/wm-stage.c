/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-stage.h"
#include "wm-object-private.h"
#include "wm-step.h"

/* A phase of a journey (Discover, Buy, Use, …): a run of consecutive steps under one
 * heading. The stage owns its steps so that moving a stage moves its columns with it.
 */
struct _WmStage
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmStage, wm_stage, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_COLOUR,
  PROP_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_stage_class_init (WmStageClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_NONE, 0);

  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "description", properties[PROP_DESCRIPTION],
                             WM_FIELD_NONE, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);

  properties[PROP_STEPS] = g_param_spec_object ("steps", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "steps", properties[PROP_STEPS], WM_FIELD_NONE,
                             WM_TYPE_STEP);
}

static void
wm_stage_init (WmStage *self)
{
}

/**
 * wm_stage_new:
 * @name: (nullable): the heading of the stage
 *
 * Returns: (transfer full): a new stage without steps
 */
WmStage *
wm_stage_new (const char *name)
{
  return g_object_new (WM_TYPE_STAGE, "name", name, NULL);
}

const char *
wm_stage_get_name (WmStage *self)
{
  g_return_val_if_fail (WM_IS_STAGE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_stage_set_name (WmStage    *self,
                   const char *name)
{
  g_return_if_fail (WM_IS_STAGE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_stage_get_description (WmStage *self)
{
  g_return_val_if_fail (WM_IS_STAGE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
wm_stage_set_description (WmStage    *self,
                          const char *description)
{
  g_return_if_fail (WM_IS_STAGE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_DESCRIPTION], description);
}

const char *
wm_stage_get_colour (WmStage *self)
{
  g_return_val_if_fail (WM_IS_STAGE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_stage_set_colour (WmStage    *self,
                     const char *colour)
{
  g_return_if_fail (WM_IS_STAGE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}

/**
 * wm_stage_get_steps:
 *
 * Returns: (transfer none): the steps of the stage, in order
 */
WmObjectList *
wm_stage_get_steps (WmStage *self)
{
  g_return_val_if_fail (WM_IS_STAGE (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_STEPS]);
}
