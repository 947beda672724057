/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_METRIC_VALUE (wm_metric_value_get_type ())
G_DECLARE_FINAL_TYPE (WmMetricValue, wm_metric_value, WM, METRIC_VALUE, WmObject)

WmMetricValue *wm_metric_value_new         (const char    *step_id,
                                            double         value);
const char    *wm_metric_value_get_step_id (WmMetricValue *self);
void           wm_metric_value_set_step_id (WmMetricValue *self,
                                            const char    *step_id);
double         wm_metric_value_get_value   (WmMetricValue *self);
void           wm_metric_value_set_value   (WmMetricValue *self,
                                            double         value);

G_END_DECLS
