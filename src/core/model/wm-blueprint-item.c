/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-blueprint-item.h"
#include "wm-blueprint-step.h"
#include "wm-enums.h"
#include "wm-object-private.h"

/* An activity in a cell of a service blueprint: the cell is the item's lane (its parent)
 * and its step. Items marked as fail or wait points are drawn as such.
 */
struct _WmBlueprintItem
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmBlueprintItem, wm_blueprint_item, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP_ID,
  PROP_TEXT,
  PROP_KIND,
  PROP_DURATION,
  PROP_COLOUR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_blueprint_item_class_init (WmBlueprintItemClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_STEP_ID] = g_param_spec_string ("step-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "step", properties[PROP_STEP_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL,
                             WM_TYPE_BLUEPRINT_STEP);

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "text", properties[PROP_TEXT], WM_FIELD_NONE, 0);

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, WM_TYPE_ITEM_KIND,
                                             WM_ITEM_KIND_NORMAL, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "kind", properties[PROP_KIND], WM_FIELD_NONE, 0);

  properties[PROP_DURATION] = g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                   PARAM_FLAGS);
  wm_object_class_add_field (object_class, "duration", properties[PROP_DURATION], WM_FIELD_NONE, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);
}

static void
wm_blueprint_item_init (WmBlueprintItem *self)
{
}

/**
 * wm_blueprint_item_new:
 * @step_id: the id of the blueprint step the item sits in
 * @text: (nullable): what happens
 *
 * Returns: (transfer full): a new item
 */
WmBlueprintItem *
wm_blueprint_item_new (const char *step_id,
                       const char *text)
{
  return g_object_new (WM_TYPE_BLUEPRINT_ITEM, "step-id", step_id, "text", text, NULL);
}

const char *
wm_blueprint_item_get_step_id (WmBlueprintItem *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_STEP_ID]);
}

void
wm_blueprint_item_set_step_id (WmBlueprintItem *self,
                               const char      *step_id)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_STEP_ID], step_id);
}

const char *
wm_blueprint_item_get_text (WmBlueprintItem *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TEXT]);
}

void
wm_blueprint_item_set_text (WmBlueprintItem *self,
                            const char      *text)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TEXT], text);
}

WmItemKind
wm_blueprint_item_get_kind (WmBlueprintItem *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (self), WM_ITEM_KIND_NORMAL);

  return _wm_object_get_enum (WM_OBJECT (self), properties[PROP_KIND]);
}

void
wm_blueprint_item_set_kind (WmBlueprintItem *self,
                            WmItemKind       kind)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (self));

  g_object_set (self, "kind", kind, NULL);
}

double
wm_blueprint_item_get_duration (WmBlueprintItem *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (self), 0);

  return _wm_object_get_double (WM_OBJECT (self), properties[PROP_DURATION]);
}

void
wm_blueprint_item_set_duration (WmBlueprintItem *self,
                                double           duration)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (self));
  g_return_if_fail (duration >= 0 && duration <= G_MAXDOUBLE);

  g_object_set (self, "duration", duration, NULL);
}

const char *
wm_blueprint_item_get_colour (WmBlueprintItem *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_blueprint_item_set_colour (WmBlueprintItem *self,
                              const char      *colour)
{
  g_return_if_fail (WM_IS_BLUEPRINT_ITEM (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}
