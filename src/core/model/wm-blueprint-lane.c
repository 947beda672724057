/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-blueprint-lane.h"
#include "wm-blueprint-item.h"
#include "wm-enums.h"
#include "wm-object-private.h"

/* A row of a service blueprint. Its kind places it relative to the lines of interaction,
 * visibility and internal interaction; custom lanes are the user's own.
 */
struct _WmBlueprintLane
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmBlueprintLane, wm_blueprint_lane, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_COLOUR,
  PROP_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_blueprint_lane_class_init (WmBlueprintLaneClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "title", properties[PROP_TITLE], WM_FIELD_NONE, 0);

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, WM_TYPE_BLUEPRINT_LANE_KIND,
                                             WM_BLUEPRINT_LANE_KIND_EVIDENCE, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "kind", properties[PROP_KIND], WM_FIELD_REQUIRED, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);

  properties[PROP_ITEMS] = g_param_spec_object ("items", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "items", properties[PROP_ITEMS], WM_FIELD_NONE,
                             WM_TYPE_BLUEPRINT_ITEM);
}

static void
wm_blueprint_lane_init (WmBlueprintLane *self)
{
}

/**
 * wm_blueprint_lane_new:
 * @kind: where the lane sits in the blueprint
 * @title: (nullable): the heading of the row
 *
 * Returns: (transfer full): a new, empty lane
 */
WmBlueprintLane *
wm_blueprint_lane_new (WmBlueprintLaneKind  kind,
                       const char          *title)
{
  return g_object_new (WM_TYPE_BLUEPRINT_LANE, "kind", kind, "title", title, NULL);
}

const char *
wm_blueprint_lane_get_title (WmBlueprintLane *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TITLE]);
}

void
wm_blueprint_lane_set_title (WmBlueprintLane *self,
                             const char      *title)
{
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TITLE], title);
}

WmBlueprintLaneKind
wm_blueprint_lane_get_kind (WmBlueprintLane *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (self), WM_BLUEPRINT_LANE_KIND_EVIDENCE);

  return _wm_object_get_enum (WM_OBJECT (self), properties[PROP_KIND]);
}

void
wm_blueprint_lane_set_kind (WmBlueprintLane     *self,
                            WmBlueprintLaneKind  kind)
{
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
wm_blueprint_lane_get_colour (WmBlueprintLane *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_blueprint_lane_set_colour (WmBlueprintLane *self,
                              const char      *colour)
{
  g_return_if_fail (WM_IS_BLUEPRINT_LANE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}

/**
 * wm_blueprint_lane_get_items:
 *
 * Returns: (transfer none): the items of the lane, in order
 */
WmObjectList *
wm_blueprint_lane_get_items (WmBlueprintLane *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LANE (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_ITEMS]);
}
