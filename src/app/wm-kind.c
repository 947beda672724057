/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-empathy-map.h"
#include "wm-journey-map.h"
#include "wm-kind.h"
#include "wm-journey-edit.h"
#include "wm-persona.h"
#include "wm-service-blueprint.h"

static const WmKindInfo kinds[WM_N_KINDS] = {
  {
    WM_KIND_PERSONA, "persona", "wm-persona-symbolic",
    N_("Personas"), N_("New Persona"),
    N_("The editor for personas is coming."),
  },
  {
    WM_KIND_JOURNEY_MAP, "journey-map", "wm-journey-map-symbolic",
    N_("Journey Maps"), N_("New Journey Map"),
    N_("The editor for journey maps is coming."),
  },
  {
    WM_KIND_EMPATHY_MAP, "empathy-map", "wm-empathy-map-symbolic",
    N_("Empathy Maps"), N_("New Empathy Map"),
    N_("The editor for empathy maps is coming."),
  },
  {
    WM_KIND_SERVICE_BLUEPRINT, "service-blueprint", "wm-service-blueprint-symbolic",
    N_("Service Blueprints"), N_("New Service Blueprint"),
    N_("The editor for service blueprints is coming."),
  },
};

const WmKindInfo *
wm_kind_get_info (WmKind kind)
{
  g_return_val_if_fail (kind < WM_N_KINDS, NULL);

  return &kinds[kind];
}

gboolean
wm_kind_from_nick (const char *nick,
                   WmKind     *kind)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < WM_N_KINDS; i++)
    {
      if (g_str_equal (nick, kinds[i].nick))
        {
          if (kind != NULL)
            *kind = kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * wm_kind_of_item:
 *
 * Returns: the kind of a workspace item, or %WM_N_KINDS when @item is none
 */
WmKind
wm_kind_of_item (WmObject *item)
{
  g_return_val_if_fail (item == NULL || WM_IS_OBJECT (item), WM_N_KINDS);

  if (WM_IS_PERSONA (item))
    return WM_KIND_PERSONA;
  if (WM_IS_JOURNEY_MAP (item))
    return WM_KIND_JOURNEY_MAP;
  if (WM_IS_EMPATHY_MAP (item))
    return WM_KIND_EMPATHY_MAP;
  if (WM_IS_SERVICE_BLUEPRINT (item))
    return WM_KIND_SERVICE_BLUEPRINT;

  return WM_N_KINDS;
}

/**
 * wm_kind_get_list:
 *
 * Returns: (transfer none): the list of @document that holds items of @kind
 */
WmObjectList *
wm_kind_get_list (WmKind      kind,
                  WmDocument *document)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);

  switch (kind)
    {
    case WM_KIND_PERSONA:
      return wm_document_get_personas (document);
    case WM_KIND_JOURNEY_MAP:
      return wm_document_get_maps (document);
    case WM_KIND_EMPATHY_MAP:
      return wm_document_get_empathy_maps (document);
    case WM_KIND_SERVICE_BLUEPRINT:
      return wm_document_get_blueprints (document);
    case WM_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * wm_kind_new_item:
 *
 * Returns: (transfer full): a blank item of @kind with a default name
 */
WmObject *
wm_kind_new_item (WmKind kind)
{
  const char *name;

  g_return_val_if_fail (kind < WM_N_KINDS, NULL);

  name = _(kinds[kind].new_name);
  switch (kind)
    {
    case WM_KIND_PERSONA:
      return WM_OBJECT (wm_persona_new (name));
    case WM_KIND_JOURNEY_MAP:
      return WM_OBJECT (wm_journey_map_new_starter (name));
    case WM_KIND_EMPATHY_MAP:
      return WM_OBJECT (wm_empathy_map_new (name));
    case WM_KIND_SERVICE_BLUEPRINT:
      return WM_OBJECT (wm_service_blueprint_new_with_standard_lanes (name));
    case WM_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * wm_kind_find_item:
 * @list: (out) (optional) (transfer none): the list that holds @item
 * @position: (out) (optional): where in @list
 *
 * Returns: whether @item is a top-level item of @document
 */
gboolean
wm_kind_find_item (WmDocument    *document,
                   WmObject      *item,
                   WmObjectList **list,
                   guint         *position)
{
  WmKind kind;
  WmObjectList *items;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (WM_IS_OBJECT (item), FALSE);

  kind = wm_kind_of_item (item);
  if (kind == WM_N_KINDS)
    return FALSE;

  items = wm_kind_get_list (kind, document);
  if (!wm_object_list_find (items, item, position))
    return FALSE;

  if (list != NULL)
    *list = items;

  return TRUE;
}
