/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-arrow.h"
#include "wm-blueprint-item.h"
#include "wm-object-private.h"

/* A dependency between two items of a service blueprint, drawn as an arrow. */
struct _WmArrow
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmArrow, wm_arrow, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM_ID,
  PROP_TO_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_arrow_class_init (WmArrowClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_FROM_ID] = g_param_spec_string ("from-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "from", properties[PROP_FROM_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL,
                             WM_TYPE_BLUEPRINT_ITEM);

  properties[PROP_TO_ID] = g_param_spec_string ("to-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "to", properties[PROP_TO_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL,
                             WM_TYPE_BLUEPRINT_ITEM);

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "label", properties[PROP_LABEL], WM_FIELD_NONE, 0);
}

static void
wm_arrow_init (WmArrow *self)
{
}

/**
 * wm_arrow_new:
 * @from_id: the id of the item the arrow starts at
 * @to_id: the id of the item it points to
 *
 * Returns: (transfer full): a new arrow
 */
WmArrow *
wm_arrow_new (const char *from_id,
              const char *to_id)
{
  return g_object_new (WM_TYPE_ARROW, "from-id", from_id, "to-id", to_id, NULL);
}

const char *
wm_arrow_get_from_id (WmArrow *self)
{
  g_return_val_if_fail (WM_IS_ARROW (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_FROM_ID]);
}

void
wm_arrow_set_from_id (WmArrow    *self,
                      const char *from_id)
{
  g_return_if_fail (WM_IS_ARROW (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_FROM_ID], from_id);
}

const char *
wm_arrow_get_to_id (WmArrow *self)
{
  g_return_val_if_fail (WM_IS_ARROW (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TO_ID]);
}

void
wm_arrow_set_to_id (WmArrow    *self,
                    const char *to_id)
{
  g_return_if_fail (WM_IS_ARROW (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TO_ID], to_id);
}

const char *
wm_arrow_get_label (WmArrow *self)
{
  g_return_val_if_fail (WM_IS_ARROW (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_LABEL]);
}

void
wm_arrow_set_label (WmArrow    *self,
                    const char *label)
{
  g_return_if_fail (WM_IS_ARROW (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_LABEL], label);
}
