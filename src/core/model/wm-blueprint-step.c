/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-blueprint-step.h"
#include "wm-object-private.h"

/* One column of a service blueprint, with how long it takes (in minutes, 0 when unknown)
 * so that the blueprint can show where time goes.
 */
struct _WmBlueprintStep
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmBlueprintStep, wm_blueprint_step, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DURATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_blueprint_step_class_init (WmBlueprintStepClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_NONE, 0);

  properties[PROP_DURATION] = g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                   PARAM_FLAGS);
  wm_object_class_add_field (object_class, "duration", properties[PROP_DURATION], WM_FIELD_NONE, 0);
}

static void
wm_blueprint_step_init (WmBlueprintStep *self)
{
}

/**
 * wm_blueprint_step_new:
 * @name: (nullable): the title of the column
 * @duration: how long the step takes, in minutes; 0 when unknown
 *
 * Returns: (transfer full): a new step
 */
WmBlueprintStep *
wm_blueprint_step_new (const char *name,
                       double      duration)
{
  g_return_val_if_fail (duration >= 0 && duration <= G_MAXDOUBLE, NULL);

  return g_object_new (WM_TYPE_BLUEPRINT_STEP, "name", name, "duration", duration, NULL);
}

const char *
wm_blueprint_step_get_name (WmBlueprintStep *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_STEP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_blueprint_step_set_name (WmBlueprintStep *self,
                            const char      *name)
{
  g_return_if_fail (WM_IS_BLUEPRINT_STEP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

double
wm_blueprint_step_get_duration (WmBlueprintStep *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_STEP (self), 0);

  return _wm_object_get_double (WM_OBJECT (self), properties[PROP_DURATION]);
}

void
wm_blueprint_step_set_duration (WmBlueprintStep *self,
                                double           duration)
{
  g_return_if_fail (WM_IS_BLUEPRINT_STEP (self));
  g_return_if_fail (duration >= 0 && duration <= G_MAXDOUBLE);

  g_object_set (self, "duration", duration, NULL);
}
