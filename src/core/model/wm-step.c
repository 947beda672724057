/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-step.h"
#include "wm-object-private.h"

/* One column of a journey map. Cards, emotion points and metric values refer to their
 * step by id rather than sitting inside it, so reordering steps moves whole columns.
 */
struct _WmStep
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmStep, wm_step, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_step_class_init (WmStepClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_NONE, 0);

  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "description", properties[PROP_DESCRIPTION],
                             WM_FIELD_NONE, 0);
}

static void
wm_step_init (WmStep *self)
{
}

/**
 * wm_step_new:
 * @name: (nullable): the title of the column
 *
 * Returns: (transfer full): a new step
 */
WmStep *
wm_step_new (const char *name)
{
  return g_object_new (WM_TYPE_STEP, "name", name, NULL);
}

const char *
wm_step_get_name (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_step_set_name (WmStep     *self,
                  const char *name)
{
  g_return_if_fail (WM_IS_STEP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_step_get_description (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
wm_step_set_description (WmStep     *self,
                         const char *description)
{
  g_return_if_fail (WM_IS_STEP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_DESCRIPTION], description);
}
