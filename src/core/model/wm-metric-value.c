/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-metric-value.h"
#include "wm-object-private.h"
#include "wm-step.h"

/* One measurement of a metrics lane at a step; the lane names the metric and its unit. */
struct _WmMetricValue
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmMetricValue, wm_metric_value, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP_ID,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_metric_value_class_init (WmMetricValueClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_STEP_ID] = g_param_spec_string ("step-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "step", properties[PROP_STEP_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL, WM_TYPE_STEP);

  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                                PARAM_FLAGS);
  wm_object_class_add_field (object_class, "value", properties[PROP_VALUE], WM_FIELD_NONE, 0);
}

static void
wm_metric_value_init (WmMetricValue *self)
{
}

/**
 * wm_metric_value_new:
 * @step_id: the id of the step the value is for
 * @value: the measurement, a finite number
 *
 * Returns: (transfer full): a new value
 */
WmMetricValue *
wm_metric_value_new (const char *step_id,
                     double      value)
{
  g_return_val_if_fail (value >= -G_MAXDOUBLE && value <= G_MAXDOUBLE, NULL);

  return g_object_new (WM_TYPE_METRIC_VALUE, "step-id", step_id, "value", value, NULL);
}

const char *
wm_metric_value_get_step_id (WmMetricValue *self)
{
  g_return_val_if_fail (WM_IS_METRIC_VALUE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_STEP_ID]);
}

void
wm_metric_value_set_step_id (WmMetricValue *self,
                             const char    *step_id)
{
  g_return_if_fail (WM_IS_METRIC_VALUE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_STEP_ID], step_id);
}

double
wm_metric_value_get_value (WmMetricValue *self)
{
  g_return_val_if_fail (WM_IS_METRIC_VALUE (self), 0);

  return _wm_object_get_double (WM_OBJECT (self), properties[PROP_VALUE]);
}

void
wm_metric_value_set_value (WmMetricValue *self,
                           double         value)
{
  g_return_if_fail (WM_IS_METRIC_VALUE (self));
  g_return_if_fail (value >= -G_MAXDOUBLE && value <= G_MAXDOUBLE);

  g_object_set (self, "value", value, NULL);
}
