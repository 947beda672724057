/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-clipboard-format.h"
#include "wm-journey-format.h"

/* What is copied travels as a small .journey workspace: cards in a lane of a one-step map,
 * items in a lane of a one-step blueprint, notes in an area of an empathy map. So the
 * clipboard is read by the same reader as files, with all its checks: what another program
 * put there under these types cannot do more harm than a hostile file. */

/* Copies of @objects (of @type) with new ids, for a workspace of their own. */
static GPtrArray *
copies_of (GPtrArray *objects,
           GType      type)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < objects->len; i++)
    {
      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (objects->pdata[i], type), copies);
      g_ptr_array_add (copies, wm_object_copy (objects->pdata[i], TRUE));
    }

  return copies;
}

/* Adds copies (new ids, no parent) of every object of @type under @object, in order. */
static void
collect (WmObject  *object,
         GType      type,
         GPtrArray *found)
{
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);

  if (G_TYPE_CHECK_INSTANCE_TYPE (object, type))
    {
      g_ptr_array_add (found, wm_object_copy (object, TRUE));
      return;
    }

  for (guint f = 0; f < wm_object_class_get_n_fields (klass); f++)
    {
      const WmField *field = wm_object_class_get_field (klass, f);
      g_autoptr(WmObjectList) children = NULL;

      if (G_PARAM_SPEC_VALUE_TYPE (field->pspec) != WM_TYPE_OBJECT_LIST)
        continue;
      g_object_get (object, field->pspec->name, &children, NULL);
      for (guint i = 0; children != NULL && i < wm_object_list_get_length (children); i++)
        collect (wm_object_list_get (children, i), type, found);
    }
}

/* Reads @bytes as a workspace and returns copies of all the objects of @type in it. */
static GPtrArray *
read_objects (GBytes  *bytes,
              GType    type,
              GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(WmDocument) document = NULL;
  GPtrArray *found;
  WmObjectList *tops[4];

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = wm_journey_format_read (bytes, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("What was copied cannot be pasted: %s"), local_error->message);
      return NULL;
    }

  found = g_ptr_array_new_with_free_func (g_object_unref);
  tops[0] = wm_document_get_personas (document);
  tops[1] = wm_document_get_maps (document);
  tops[2] = wm_document_get_empathy_maps (document);
  tops[3] = wm_document_get_blueprints (document);
  for (guint t = 0; t < G_N_ELEMENTS (tops); t++)
    for (guint i = 0; i < wm_object_list_get_length (tops[t]); i++)
      collect (wm_object_list_get (tops[t], i), type, found);

  return found;
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
  g_autoptr(GPtrArray) copies = NULL;

  g_return_val_if_fail (cards != NULL, NULL);

  copies = copies_of (cards, WM_TYPE_CARD);
  for (guint i = 0; i < copies->len; i++)
    {
      wm_card_set_step_id (copies->pdata[i], wm_object_get_id (WM_OBJECT (step)));
      /* A link points into the workspace the card came from. */
      wm_card_set_link (copies->pdata[i], "");
      wm_object_list_append (wm_lane_get_cards (lane), copies->pdata[i]);
    }
  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

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
  GPtrArray *cards = read_objects (bytes, WM_TYPE_CARD, error);

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    wm_card_set_step_id (cards->pdata[i], "");

  return cards;
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
  g_autoptr(GPtrArray) copies = NULL;

  g_return_val_if_fail (items != NULL, NULL);

  copies = copies_of (items, WM_TYPE_BLUEPRINT_ITEM);
  for (guint i = 0; i < copies->len; i++)
    {
      wm_blueprint_item_set_step_id (copies->pdata[i], wm_object_get_id (WM_OBJECT (step)));
      wm_object_list_append (wm_blueprint_lane_get_items (lane), copies->pdata[i]);
    }
  wm_object_list_append (wm_service_blueprint_get_steps (blueprint), WM_OBJECT (step));
  wm_object_list_append (wm_service_blueprint_get_lanes (blueprint), WM_OBJECT (lane));
  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (blueprint));

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
  GPtrArray *items = read_objects (bytes, WM_TYPE_BLUEPRINT_ITEM, error);

  for (guint i = 0; items != NULL && i < items->len; i++)
    wm_blueprint_item_set_step_id (items->pdata[i], "");

  return items;
}

/**
 * wm_note_clipboard_write:
 * @notes: (element-type WmNote): the notes, in order
 *
 * Returns: (transfer full): the notes in the clipboard format
 */
GBytes *
wm_note_clipboard_write (GPtrArray *notes)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmEmpathyMap) map = wm_empathy_map_new ("");
  g_autoptr(GPtrArray) copies = NULL;

  g_return_val_if_fail (notes != NULL, NULL);

  copies = copies_of (notes, WM_TYPE_NOTE);
  for (guint i = 0; i < copies->len; i++)
    wm_object_list_append (wm_empathy_map_get_area (map, WM_EMPATHY_AREA_SAYS), copies->pdata[i]);
  wm_object_list_append (wm_document_get_empathy_maps (document), WM_OBJECT (map));

  return wm_journey_format_write (document);
}

/**
 * wm_note_clipboard_read:
 * @bytes: what the clipboard held under %WM_NOTE_CLIPBOARD_MIME_TYPE
 * @error: what is wrong with it
 *
 * Returns: (transfer full) (element-type WmNote) (nullable): new notes with new ids, in
 *   order; or %NULL with @error set
 */
GPtrArray *
wm_note_clipboard_read (GBytes  *bytes,
                        GError **error)
{
  return read_objects (bytes, WM_TYPE_NOTE, error);
}
