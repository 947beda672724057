/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-service-blueprint.h"
#include "wm-arrow.h"
#include "wm-blueprint-lane.h"
#include "wm-blueprint-step.h"
#include "wm-journey-map.h"
#include "wm-object-private.h"
#include "wm-persona.h"

/* How a service is delivered: steps across, the standard lanes down (what the customer
 * sees and does, what the staff do in front and behind, what supports them), and arrows
 * between items. It may be drawn from a journey map, which it then names.
 */
struct _WmServiceBlueprint
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmServiceBlueprint, wm_service_blueprint, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSONA_ID,
  PROP_MAP_ID,
  PROP_STEPS,
  PROP_LANES,
  PROP_ARROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_service_blueprint_class_init (WmServiceBlueprintClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_REQUIRED, 0);

  properties[PROP_PERSONA_ID] = g_param_spec_string ("persona-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "persona", properties[PROP_PERSONA_ID],
                             WM_FIELD_REFERENCE, WM_TYPE_PERSONA);

  properties[PROP_MAP_ID] = g_param_spec_string ("map-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "map", properties[PROP_MAP_ID], WM_FIELD_REFERENCE,
                             WM_TYPE_JOURNEY_MAP);

  properties[PROP_STEPS] = g_param_spec_object ("steps", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "steps", properties[PROP_STEPS], WM_FIELD_NONE,
                             WM_TYPE_BLUEPRINT_STEP);

  properties[PROP_LANES] = g_param_spec_object ("lanes", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "lanes", properties[PROP_LANES], WM_FIELD_NONE,
                             WM_TYPE_BLUEPRINT_LANE);

  properties[PROP_ARROWS] = g_param_spec_object ("arrows", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                 LIST_FLAGS);
  wm_object_class_add_field (object_class, "arrows", properties[PROP_ARROWS], WM_FIELD_NONE,
                             WM_TYPE_ARROW);
}

static void
wm_service_blueprint_init (WmServiceBlueprint *self)
{
}

/**
 * wm_service_blueprint_new:
 * @name: (nullable): the name of the blueprint
 *
 * Returns: (transfer full): a new, empty blueprint
 */
WmServiceBlueprint *
wm_service_blueprint_new (const char *name)
{
  return g_object_new (WM_TYPE_SERVICE_BLUEPRINT, "name", name, NULL);
}

/**
 * wm_service_blueprint_new_with_standard_lanes:
 * @name: (nullable): the name of the blueprint
 *
 * Makes a blueprint with the five lanes every service blueprint has, from physical evidence
 * down to support processes, so that the lines between them can be drawn at once.
 *
 * Returns: (transfer full): a new blueprint with five lanes and no steps
 */
WmServiceBlueprint *
wm_service_blueprint_new_with_standard_lanes (const char *name)
{
  static const struct
  {
    WmBlueprintLaneKind  kind;
    const char          *title;
  } standard[] = {
    { WM_BLUEPRINT_LANE_KIND_EVIDENCE, N_("Physical Evidence") },
    { WM_BLUEPRINT_LANE_KIND_CUSTOMER, N_("Customer Actions") },
    { WM_BLUEPRINT_LANE_KIND_FRONTSTAGE, N_("Frontstage") },
    { WM_BLUEPRINT_LANE_KIND_BACKSTAGE, N_("Backstage") },
    { WM_BLUEPRINT_LANE_KIND_SUPPORT, N_("Support Processes") },
  };
  WmServiceBlueprint *self = wm_service_blueprint_new (name);
  WmObjectList *lanes = wm_service_blueprint_get_lanes (self);

  for (guint i = 0; i < G_N_ELEMENTS (standard); i++)
    {
      g_autoptr(WmBlueprintLane) lane = wm_blueprint_lane_new (standard[i].kind,
                                                               _(standard[i].title));

      wm_object_list_append (lanes, WM_OBJECT (lane));
    }

  return self;
}

const char *
wm_service_blueprint_get_name (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_service_blueprint_set_name (WmServiceBlueprint *self,
                               const char         *name)
{
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_service_blueprint_get_persona_id (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_PERSONA_ID]);
}

void
wm_service_blueprint_set_persona_id (WmServiceBlueprint *self,
                                     const char         *persona_id)
{
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_PERSONA_ID], persona_id);
}

const char *
wm_service_blueprint_get_map_id (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_MAP_ID]);
}

void
wm_service_blueprint_set_map_id (WmServiceBlueprint *self,
                                 const char         *map_id)
{
  g_return_if_fail (WM_IS_SERVICE_BLUEPRINT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_MAP_ID], map_id);
}

/**
 * wm_service_blueprint_get_steps:
 *
 * Returns: (transfer none): the steps, left to right
 */
WmObjectList *
wm_service_blueprint_get_steps (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_STEPS]);
}

/**
 * wm_service_blueprint_get_lanes:
 *
 * Returns: (transfer none): the lanes, top to bottom
 */
WmObjectList *
wm_service_blueprint_get_lanes (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_LANES]);
}

/**
 * wm_service_blueprint_get_arrows:
 *
 * Returns: (transfer none): the arrows between items
 */
WmObjectList *
wm_service_blueprint_get_arrows (WmServiceBlueprint *self)
{
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_ARROWS]);
}
