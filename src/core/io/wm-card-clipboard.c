/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-card-clipboard.h"
#include "wm-journey-format.h"

/* The cards travel as a small .journey workspace: one map, one step, one lane holding copies
 * of them (blueprint items likewise, in a blueprint). So the clipboard is read by the same
 * reader as files, with all its checks: what another program put there under these types
 * cannot do more harm than a hostile file. */

static WmDocument *
read_workspace (GBytes  *bytes,
                GError **error)
{
  g_autoptr(GError) local_error = NULL;
  WmDocument *document = wm_journey_format_read (bytes, NULL, &local_error);

  if (document == NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 _("What was copied cannot be pasted: %s"), local_error->message);

  return document;
}

/**
 * wm_card_clipboard_write:
 * @cards: (element-type WmCard): the cards, in order
 *
 * Returns: (transfer full): the cards in the clipboard format
 */
GBytes *
wm_card_clipboard_write (GPtrArray *cards)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("");
  g_autoptr(WmStage) stage = wm_stage_new ("");
  g_autoptr(WmStep) step = wm_step_new ("");
  g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_TEXT, "");
  const char *step_id = wm_object_get_id (WM_OBJECT (step));

  g_return_val_if_fail (cards != NULL, NULL);

  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(WmObject) copy = NULL;

      g_return_val_if_fail (WM_IS_CARD (cards->pdata[i]), NULL);
      copy = wm_object_copy (cards->pdata[i], TRUE);
      wm_card_set_step_id (WM_CARD (copy), step_id);
      /* A link points into the workspace the card came from. */
      wm_card_set_link (WM_CARD (copy), "");
      wm_object_list_append (wm_lane_get_cards (lane), copy);
    }

  return wm_journey_format_write (document);
}

/**
 * wm_card_clipboard_read:
 * @bytes: what the clipboard held under %WM_CARD_CLIPBOARD_MIME_TYPE
 * @error: what is wrong with it
 *
 * Returns: (transfer full) (element-type WmCard) (nullable): new cards with new ids and no
 *   step yet, in order; or %NULL with @error set
 */
GPtrArray *
wm_card_clipboard_read (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  WmObjectList *maps;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = read_workspace (bytes, error);
  if (document == NULL)
    return NULL;

  maps = wm_document_get_maps (document);
  for (guint m = 0; m < wm_object_list_get_length (maps); m++)
    {
      WmObjectList *lanes = wm_journey_map_get_lanes (wm_object_list_get (maps, m));

      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        {
          WmObjectList *lane_cards = wm_lane_get_cards (wm_object_list_get (lanes, l));

          for (guint c = 0; c < wm_object_list_get_length (lane_cards); c++)
            {
              WmObject *copy = wm_object_copy (wm_object_list_get (lane_cards, c), TRUE);

              wm_card_set_step_id (WM_CARD (copy), "");
              g_ptr_array_add (cards, copy);
            }
        }
    }

  return g_steal_pointer (&cards);
}

/**
 * wm_item_clipboard_write:
 * @items: (element-type WmBlueprintItem): the items, in order
 *
 * Returns: (transfer full): the items in the clipboard format (without their arrows)
 */
GBytes *
wm_item_clipboard_write (GPtrArray *items)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new ("");
  g_autoptr(WmBlueprintStep) step = wm_blueprint_step_new ("", 0);
  g_autoptr(WmBlueprintLane) lane = wm_blueprint_lane_new (WM_BLUEPRINT_LANE_KIND_CUSTOM, "");
  const char *step_id = wm_object_get_id (WM_OBJECT (step));

  g_return_val_if_fail (items != NULL, NULL);

  wm_object_list_append (wm_service_blueprint_get_steps (blueprint), WM_OBJECT (step));
  wm_object_list_append (wm_service_blueprint_get_lanes (blueprint), WM_OBJECT (lane));
  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (blueprint));

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(WmObject) copy = NULL;

      g_return_val_if_fail (WM_IS_BLUEPRINT_ITEM (items->pdata[i]), NULL);
      copy = wm_object_copy (items->pdata[i], TRUE);
      wm_blueprint_item_set_step_id (WM_BLUEPRINT_ITEM (copy), step_id);
      wm_object_list_append (wm_blueprint_lane_get_items (lane), copy);
    }

  return wm_journey_format_write (document);
}

/**
 * wm_item_clipboard_read:
 * @bytes: what the clipboard held under %WM_ITEM_CLIPBOARD_MIME_TYPE
 * @error: what is wrong with it
 *
 * Returns: (transfer full) (element-type WmBlueprintItem) (nullable): new items with new ids
 *   and no step yet, in order; or %NULL with @error set
 */
GPtrArray *
wm_item_clipboard_read (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  WmObjectList *blueprints;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = read_workspace (bytes, error);
  if (document == NULL)
    return NULL;

  blueprints = wm_document_get_blueprints (document);
  for (guint b = 0; b < wm_object_list_get_length (blueprints); b++)
    {
      WmObjectList *lanes = wm_service_blueprint_get_lanes (wm_object_list_get (blueprints, b));

      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        {
          WmObjectList *lane_items = wm_blueprint_lane_get_items (wm_object_list_get (lanes, l));

          for (guint i = 0; i < wm_object_list_get_length (lane_items); i++)
            {
              WmObject *copy = wm_object_copy (wm_object_list_get (lane_items, i), TRUE);

              wm_blueprint_item_set_step_id (WM_BLUEPRINT_ITEM (copy), "");
              g_ptr_array_add (items, copy);
            }
        }
    }

  return g_steal_pointer (&items);
}
