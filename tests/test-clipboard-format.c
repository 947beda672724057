/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-clipboard-format.h"
#include "wm-journey-format.h"
#include "wm-model.h"

/* Cards through the clipboard format: everything but the step and the link comes back, with
 * new ids, and what is not a clipboard of cards is refused with a reason. */

static void
test_round_trip (void)
{
  g_autoptr(WmCard) plain = wm_card_new ("step-a", "Compares three shops");
  g_autoptr(WmCard) rich = wm_card_new ("step-b", "Delivery date is unclear\nat checkout");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(WmImage) image = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "checkout", "survey", NULL };
  static const guint8 tiny_png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
    0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
    0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  };

  png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  image = wm_image_new ("image/png", png);
  wm_card_set_colour (rich, "#f6d32d");
  wm_card_set_tags (rich, tags);
  wm_card_set_evidence (rich, WM_EVIDENCE_OBSERVED);
  wm_card_set_owner (rich, "Checkout team");
  wm_card_set_link (rich, "some-other-object");
  wm_card_set_image (rich, image);
  g_ptr_array_add (cards, plain);
  g_ptr_array_add (cards, rich);

  bytes = wm_card_clipboard_write (cards);
  back = wm_card_clipboard_read (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 2);

  g_assert_cmpstr (wm_card_get_text (back->pdata[0]), ==, "Compares three shops");
  g_assert_cmpstr (wm_card_get_colour (back->pdata[0]), ==, "");
  g_assert_cmpstr (wm_card_get_text (back->pdata[1]), ==, "Delivery date is unclear\nat checkout");
  g_assert_cmpstr (wm_card_get_colour (back->pdata[1]), ==, "#f6d32d");
  g_assert_cmpstrv (wm_card_get_tags (back->pdata[1]), tags);
  g_assert_cmpint (wm_card_get_evidence (back->pdata[1]), ==, WM_EVIDENCE_OBSERVED);
  g_assert_cmpstr (wm_card_get_owner (back->pdata[1]), ==, "Checkout team");
  g_assert_true (wm_image_equal (wm_card_get_image (back->pdata[1]), image));

  /* New cards: new ids, no step yet, no link into the workspace they came from. */
  for (guint i = 0; i < back->len; i++)
    {
      g_assert_cmpstr (wm_object_get_id (back->pdata[i]), !=, wm_object_get_id (cards->pdata[i]));
      g_assert_cmpstr (wm_card_get_step_id (back->pdata[i]), ==, "");
      g_assert_cmpstr (wm_card_get_link (back->pdata[i]), ==, "");
      g_assert_null (wm_object_get_parent (back->pdata[i]));
    }
}

/* Blueprint items keep their kind, duration and colour; their arrows stay behind. */
static void
test_items (void)
{
  g_autoptr(WmBlueprintItem) wait = wm_blueprint_item_new ("step-a", "Queues at the desk");
  g_autoptr(WmBlueprintItem) plain = wm_blueprint_item_new ("step-b", "Hands over the key");
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  wm_blueprint_item_set_kind (wait, WM_ITEM_KIND_WAIT);
  wm_blueprint_item_set_duration (wait, 12);
  wm_blueprint_item_set_colour (wait, "#ffbe6f");
  g_ptr_array_add (items, wait);
  g_ptr_array_add (items, plain);

  bytes = wm_item_clipboard_write (items);
  back = wm_item_clipboard_read (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 2);
  g_assert_cmpstr (wm_blueprint_item_get_text (back->pdata[0]), ==, "Queues at the desk");
  g_assert_cmpint (wm_blueprint_item_get_kind (back->pdata[0]), ==, WM_ITEM_KIND_WAIT);
  g_assert_cmpfloat (wm_blueprint_item_get_duration (back->pdata[0]), ==, 12);
  g_assert_cmpstr (wm_blueprint_item_get_colour (back->pdata[0]), ==, "#ffbe6f");
  g_assert_cmpstr (wm_blueprint_item_get_text (back->pdata[1]), ==, "Hands over the key");
  g_assert_cmpint (wm_blueprint_item_get_kind (back->pdata[1]), ==, WM_ITEM_KIND_NORMAL);
  for (guint i = 0; i < back->len; i++)
    {
      g_assert_cmpstr (wm_object_get_id (back->pdata[i]), !=, wm_object_get_id (items->pdata[i]));
      g_assert_cmpstr (wm_blueprint_item_get_step_id (back->pdata[i]), ==, "");
    }

  /* Cards are not items: each format reads only its own kind of thing. */
  {
    g_autoptr(GPtrArray) cards = wm_card_clipboard_read (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cards->len, ==, 0);
  }
}

/* Empathy notes keep their colour and line breaks. */
static void
test_notes (void)
{
  g_autoptr(WmNote) note = wm_note_new ("Says: \"where is\nmy key?\"");
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  wm_note_set_colour (note, "#f66151");
  g_ptr_array_add (notes, note);
  bytes = wm_note_clipboard_write (notes);
  back = wm_note_clipboard_read (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpstr (wm_note_get_text (back->pdata[0]), ==, "Says: \"where is\nmy key?\"");
  g_assert_cmpstr (wm_note_get_colour (back->pdata[0]), ==, "#f66151");
  g_assert_cmpstr (wm_object_get_id (back->pdata[0]), !=, wm_object_get_id (WM_OBJECT (note)));
  g_assert_null (wm_object_get_parent (back->pdata[0]));
}

static void
test_refused (void)
{
  const char *inputs[] = {
    "",
    "not json at all",
    "{\"format\": \"waymark\", \"version\": 999}",
    "[1, 2, 3]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = wm_card_clipboard_read (bytes, &error);

      g_assert_null (cards);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "What was copied cannot be pasted: "));
      g_assert_cmpuint (strlen (error->message), >, strlen ("What was copied cannot be pasted: "));
    }
}

/* A whole workspace copied as cards gives the cards of all its maps, in order. */
static void
test_workspace (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_TEMPLATES"), "online-shop.journey",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  WmJourneyMap *map;
  WmLane *first;

  g_assert_no_error (error);
  bytes = wm_journey_format_write (document);
  cards = wm_card_clipboard_read (bytes, &error);
  g_assert_no_error (error);
  map = wm_object_list_get (wm_document_get_maps (document), 0);
  first = wm_object_list_get (wm_journey_map_get_lanes (map), 0);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (first)), >, 0);
  g_assert_cmpuint (cards->len, >=, wm_object_list_get_length (wm_lane_get_cards (first)));
  g_assert_cmpstr (wm_card_get_text (cards->pdata[0]), ==,
                   wm_card_get_text (wm_object_list_get (wm_lane_get_cards (first), 0)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clipboard-format/round-trip", test_round_trip);
  g_test_add_func ("/clipboard-format/items", test_items);
  g_test_add_func ("/clipboard-format/notes", test_notes);
  g_test_add_func ("/clipboard-format/refused", test_refused);
  g_test_add_func ("/clipboard-format/workspace", test_workspace);

  return g_test_run ();
}
