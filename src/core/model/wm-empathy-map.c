/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-empathy-map.h"
#include "wm-note.h"
#include "wm-object-private.h"
#include "wm-persona.h"

/* What a persona says, thinks, does and feels, with their pains and gains: six areas of
 * notes around a goal.
 */
struct _WmEmpathyMap
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmEmpathyMap, wm_empathy_map, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSONA_ID,
  PROP_GOAL,
  PROP_SAYS,
  PROP_THINKS,
  PROP_DOES,
  PROP_FEELS,
  PROP_PAINS,
  PROP_GAINS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
wm_empathy_map_class_init (WmEmpathyMapClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_REQUIRED, 0);

  properties[PROP_PERSONA_ID] = g_param_spec_string ("persona-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "persona", properties[PROP_PERSONA_ID],
                             WM_FIELD_REFERENCE, WM_TYPE_PERSONA);

  properties[PROP_GOAL] = g_param_spec_string ("goal", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "goal", properties[PROP_GOAL], WM_FIELD_NONE, 0);

  properties[PROP_SAYS] = g_param_spec_object ("says", NULL, NULL, WM_TYPE_OBJECT_LIST, LIST_FLAGS);
  wm_object_class_add_field (object_class, "says", properties[PROP_SAYS], WM_FIELD_NONE,
                             WM_TYPE_NOTE);

  properties[PROP_THINKS] = g_param_spec_object ("thinks", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                 LIST_FLAGS);
  wm_object_class_add_field (object_class, "thinks", properties[PROP_THINKS], WM_FIELD_NONE,
                             WM_TYPE_NOTE);

  properties[PROP_DOES] = g_param_spec_object ("does", NULL, NULL, WM_TYPE_OBJECT_LIST, LIST_FLAGS);
  wm_object_class_add_field (object_class, "does", properties[PROP_DOES], WM_FIELD_NONE,
                             WM_TYPE_NOTE);

  properties[PROP_FEELS] = g_param_spec_object ("feels", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "feels", properties[PROP_FEELS], WM_FIELD_NONE,
                             WM_TYPE_NOTE);

  properties[PROP_PAINS] = g_param_spec_object ("pains", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "pains", properties[PROP_PAINS], WM_FIELD_NONE,
                             WM_TYPE_NOTE);

  properties[PROP_GAINS] = g_param_spec_object ("gains", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                LIST_FLAGS);
  wm_object_class_add_field (object_class, "gains", properties[PROP_GAINS], WM_FIELD_NONE,
                             WM_TYPE_NOTE);
}

static void
wm_empathy_map_init (WmEmpathyMap *self)
{
}

/**
 * wm_empathy_map_new:
 * @name: (nullable): the name of the map
 *
 * Returns: (transfer full): a new, empty empathy map
 */
WmEmpathyMap *
wm_empathy_map_new (const char *name)
{
  return g_object_new (WM_TYPE_EMPATHY_MAP, "name", name, NULL);
}

const char *
wm_empathy_map_get_name (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_empathy_map_set_name (WmEmpathyMap *self,
                         const char   *name)
{
  g_return_if_fail (WM_IS_EMPATHY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_empathy_map_get_persona_id (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_PERSONA_ID]);
}

void
wm_empathy_map_set_persona_id (WmEmpathyMap *self,
                               const char   *persona_id)
{
  g_return_if_fail (WM_IS_EMPATHY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_PERSONA_ID], persona_id);
}

const char *
wm_empathy_map_get_goal (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_GOAL]);
}

void
wm_empathy_map_set_goal (WmEmpathyMap *self,
                         const char   *goal)
{
  g_return_if_fail (WM_IS_EMPATHY_MAP (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_GOAL], goal);
}

/**
 * wm_empathy_map_get_says:
 *
 * Returns: (transfer none): the notes on what the persona says
 */
WmObjectList *
wm_empathy_map_get_says (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_SAYS]);
}

/**
 * wm_empathy_map_get_thinks:
 *
 * Returns: (transfer none): the notes on what the persona thinks
 */
WmObjectList *
wm_empathy_map_get_thinks (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_THINKS]);
}

/**
 * wm_empathy_map_get_does:
 *
 * Returns: (transfer none): the notes on what the persona does
 */
WmObjectList *
wm_empathy_map_get_does (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_DOES]);
}

/**
 * wm_empathy_map_get_feels:
 *
 * Returns: (transfer none): the notes on what the persona feels
 */
WmObjectList *
wm_empathy_map_get_feels (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_FEELS]);
}

/**
 * wm_empathy_map_get_pains:
 *
 * Returns: (transfer none): the notes on the persona's pains
 */
WmObjectList *
wm_empathy_map_get_pains (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_PAINS]);
}

/**
 * wm_empathy_map_get_gains:
 *
 * Returns: (transfer none): the notes on what the persona hopes to gain
 */
WmObjectList *
wm_empathy_map_get_gains (WmEmpathyMap *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_GAINS]);
}

/**
 * wm_empathy_map_get_area:
 * @area: one of the six areas
 *
 * Gives the notes of an area, for code that treats the areas alike.
 *
 * Returns: (transfer none): the notes of @area
 */
WmObjectList *
wm_empathy_map_get_area (WmEmpathyMap  *self,
                         WmEmpathyArea  area)
{
  /* The properties of the areas are declared in the order of WmEmpathyArea. */
  G_STATIC_ASSERT (PROP_GAINS - PROP_SAYS == WM_EMPATHY_AREA_GAINS);
  G_STATIC_ASSERT (WM_N_EMPATHY_AREAS == WM_EMPATHY_AREA_GAINS + 1);

  g_return_val_if_fail (WM_IS_EMPATHY_MAP (self), NULL);
  g_return_val_if_fail ((guint) area < WM_N_EMPATHY_AREAS, NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_SAYS + area]);
}
