/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-lane.h"
#include "wm-card.h"
#include "wm-emotion-point.h"
#include "wm-enums.h"
#include "wm-metric-value.h"
#include "wm-object-private.h"

/* A row of a journey map. Its kind says which of its lists is used: cards for the card
 * kinds, points for an emotion curve, values for a metric (whose name is the title).
 * All three lists exist on every lane so that changing the kind loses nothing.
 */
struct _WmLane
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmLane, wm_lane, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_COLOUR,
  PROP_UNIT,
  PROP_CARDS,
  PROP_POINTS,
  PROP_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_lane_class_init (WmLaneClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "title", properties[PROP_TITLE], WM_FIELD_NONE, 0);

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, WM_TYPE_LANE_KIND,
                                             WM_LANE_KIND_ACTIONS, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "kind", properties[PROP_KIND], WM_FIELD_REQUIRED, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);

  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "unit", properties[PROP_UNIT], WM_FIELD_NONE, 0);

  properties[PROP_CARDS] = g_param_spec_object ("cards", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "cards", properties[PROP_CARDS], WM_FIELD_NONE,
                             WM_TYPE_CARD);

  properties[PROP_POINTS] = g_param_spec_object ("points", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                 LIST_FLAGS);
  wm_object_class_add_field (object_class, "points", properties[PROP_POINTS], WM_FIELD_NONE,
                             WM_TYPE_EMOTION_POINT);

  properties[PROP_VALUES] = g_param_spec_object ("values", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                 LIST_FLAGS);
  wm_object_class_add_field (object_class, "values", properties[PROP_VALUES], WM_FIELD_NONE,
                             WM_TYPE_METRIC_VALUE);
}

static void
wm_lane_init (WmLane *self)
{
}

/**
 * wm_lane_new:
 * @kind: what the lane holds
 * @title: (nullable): the heading of the row
 *
 * Returns: (transfer full): a new, empty lane
 */
WmLane *
wm_lane_new (WmLaneKind  kind,
             const char *title)
{
  return g_object_new (WM_TYPE_LANE, "kind", kind, "title", title, NULL);
}

const char *
wm_lane_get_title (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TITLE]);
}

void
wm_lane_set_title (WmLane     *self,
                   const char *title)
{
  g_return_if_fail (WM_IS_LANE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TITLE], title);
}

WmLaneKind
wm_lane_get_kind (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), WM_LANE_KIND_ACTIONS);

  return _wm_object_get_enum (WM_OBJECT (self), properties[PROP_KIND]);
}

void
wm_lane_set_kind (WmLane     *self,
                  WmLaneKind  kind)
{
  g_return_if_fail (WM_IS_LANE (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
wm_lane_get_colour (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_lane_set_colour (WmLane     *self,
                    const char *colour)
{
  g_return_if_fail (WM_IS_LANE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}

const char *
wm_lane_get_unit (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_UNIT]);
}

void
wm_lane_set_unit (WmLane     *self,
                  const char *unit)
{
  g_return_if_fail (WM_IS_LANE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_UNIT], unit);
}

/**
 * wm_lane_get_cards:
 *
 * Returns: (transfer none): the cards of the lane, in order
 */
WmObjectList *
wm_lane_get_cards (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_CARDS]);
}

/**
 * wm_lane_get_points:
 *
 * Returns: (transfer none): the emotion scores of an emotion lane
 */
WmObjectList *
wm_lane_get_points (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_POINTS]);
}

/**
 * wm_lane_get_values:
 *
 * Returns: (transfer none): the measurements of a metrics lane
 */
WmObjectList *
wm_lane_get_values (WmLane *self)
{
  g_return_val_if_fail (WM_IS_LANE (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_VALUES]);
}
