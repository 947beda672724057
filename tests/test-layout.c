/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-journey-format.h"
#include "wm-layout-journey.h"
#include "wm-test-util.h"

static WmDocument *
load_template (const char *name)
{
  g_autofree char *path = wm_test_template_path (name);
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  WmDocument *document = wm_journey_format_read (bytes, NULL, &error);

  g_assert_no_error (error);

  return document;
}

/* A map of @n_stages × @n_steps steps and @n_lanes actions lanes with @per_cell cards each. */
static WmDocument *
build_map (guint n_stages,
           guint n_steps,
           guint n_lanes,
           guint per_cell)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Generated");

  for (guint s = 0; s < n_stages; s++)
    {
      g_autoptr(WmStage) stage = wm_stage_new ("Stage");

      for (guint t = 0; t < n_steps; t++)
        {
          g_autoptr(WmStep) step = wm_step_new ("Step");
          wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
        }
      wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
    }
  for (guint l = 0; l < n_lanes; l++)
    {
      g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_ACTIONS, "Actions");

      for (guint i = 0; i < wm_journey_map_get_n_steps (map); i++)
        for (guint c = 0; c < per_cell; c++)
          {
            g_autoptr(WmCard) card = wm_card_new (wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, i))),
                                                  "Compares prices on two sites");
            wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (card));
          }
      wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
    }
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

  return document;
}

static gboolean
rect_inside (const WmRect *inner,
             const WmRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y
         && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}

/* Every card of every template sits inside its cell, cells do not overlap, steps are columns
 * left to right, lanes rows top to bottom. */
static void
test_geometry (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint p = 0; paths[p] != NULL; p++)
    {
      g_autofree char *name = g_path_get_basename (paths[p]);
      g_autoptr(WmDocument) document = load_template (name);
      WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
      g_autoptr(WmJourneyLayout) layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
      WmDisplayList *list = wm_journey_layout_get_display_list (layout);
      guint n_lanes = wm_journey_layout_get_n_lanes (layout);
      guint n_steps = wm_journey_layout_get_n_steps (layout);
      guint placed = 0, total = 0;

      g_assert_cmpuint (n_steps, ==, wm_journey_map_get_n_steps (map));
      g_assert_cmpuint (n_lanes, ==, wm_object_list_get_length (wm_journey_map_get_lanes (map)));

      for (guint l = 0; l < n_lanes; l++)
        {
          WmLane *lane = wm_object_list_get (wm_journey_map_get_lanes (map), l);

          if (wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
            total += wm_object_list_get_length (wm_lane_get_cards (lane));

          for (guint s = 0; s < n_steps; s++)
            {
              WmJourneyCell cell, right, below;
              g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (layout, l, s);
              double last_bottom;
              gboolean chips = wm_lane_get_kind (lane) == WM_LANE_KIND_CHANNELS;

              g_assert_true (wm_journey_layout_get_cell (layout, l, s, &cell));
              last_bottom = cell.bounds.y;
              if (wm_journey_layout_get_cell (layout, l, s + 1, &right))
                g_assert_cmpfloat (right.bounds.x, >=, cell.bounds.x + cell.bounds.width);
              if (wm_journey_layout_get_cell (layout, l + 1, s, &below))
                g_assert_cmpfloat (below.bounds.y, >=, cell.bounds.y + cell.bounds.height);

              for (guint i = 0; i < cards->len; i++)
                {
                  WmCard *card = g_ptr_array_index (cards, i);
                  WmRect bounds;
                  const WmDisplayItem *item;

                  g_assert_cmpstr (wm_card_get_step_id (card), ==,
                                   wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, s))));
                  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (card)), &bounds));
                  g_assert_true (rect_inside (&bounds, &cell.bounds));
                  /* Cards in a cell stack downwards in list order, without overlapping;
                   * channel chips flow in rows. */
                  if (!chips)
                    g_assert_cmpfloat (bounds.y, >=, last_bottom);
                  last_bottom = bounds.y + bounds.height;

                  /* Hit-testing the display list at the card's centre finds the card. */
                  item = wm_display_list_hit (list, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2,
                                              WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_CARD));
                  g_assert_nonnull (item);
                  g_assert_cmpstr (item->id, ==, wm_object_get_id (WM_OBJECT (card)));
                  placed++;
                }
            }
        }
      g_assert_cmpuint (placed, ==, total);
      g_assert_cmpfloat (wm_display_list_get_width (list), >, WM_JOURNEY_HEADER_WIDTH + n_steps * WM_JOURNEY_STEP_WIDTH);
    }
}

/* Text wraps at the card width: a longer text makes a taller card, and every word of it is in
 * the display list, in order. */
static void
test_wrapping (void)
{
  g_autoptr(WmDocument) document = build_map (1, 2, 1, 0);
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
  WmLane *lane = wm_object_list_get (wm_journey_map_get_lanes (map), 0);
  const char *step = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, 0)));
  const char *long_text = "Reads three reviews on two different sites and then asks a friend who owns the older model";
  g_autoptr(WmCard) short_card = wm_card_new (step, "Short");
  g_autoptr(WmCard) long_card = wm_card_new (step, long_text);
  g_autoptr(WmJourneyLayout) layout = NULL;
  WmDisplayList *list;
  WmRect a, b;
  GString *joined = g_string_new (NULL);
  guint lines = 0;

  wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (short_card));
  wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (long_card));
  layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
  list = wm_journey_layout_get_display_list (layout);

  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (short_card)), &a));
  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (long_card)), &b));
  g_assert_cmpfloat (b.height, >, a.height * 2);
  g_assert_cmpfloat (b.y, >=, a.y + a.height);

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_TEXT && g_strcmp0 (item->id, wm_object_get_id (WM_OBJECT (long_card))) == 0)
        {
          g_assert_cmpfloat (item->width, <=, b.width - 2 * WM_JOURNEY_CARD_PADDING + 0.5);
          g_string_append_printf (joined, "%s%s", joined->len ? " " : "", item->text);
          lines++;
        }
    }
  g_assert_cmpuint (lines, >=, 3);
  g_assert_cmpstr (joined->str, ==, long_text);
  g_string_free (joined, TRUE);
}

static void
test_insertion_index (void)
{
  g_autoptr(WmDocument) document = build_map (1, 1, 1, 3);
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
  g_autoptr(WmJourneyLayout) layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
  g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (layout, 0, 0);
  WmRect second;
  WmJourneyCell cell;

  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_true (wm_journey_layout_get_cell (layout, 0, 0, &cell));
  wm_journey_layout_get_card_bounds (layout, wm_object_get_id (g_ptr_array_index (cards, 1)), &second);
  g_assert_cmpuint (wm_journey_layout_insertion_index (layout, 0, 0, cell.bounds.y), ==, 0);
  g_assert_cmpuint (wm_journey_layout_insertion_index (layout, 0, 0, second.y + 2), ==, 1);
  g_assert_cmpuint (wm_journey_layout_insertion_index (layout, 0, 0, second.y + second.height - 2), ==, 2);
  g_assert_cmpuint (wm_journey_layout_insertion_index (layout, 0, 0, cell.bounds.y + cell.bounds.height), ==, 3);
  g_assert_true (wm_journey_layout_cell_at (layout, second.x + 5, second.y + 5, &cell));
  g_assert_cmpuint (cell.lane, ==, 0);
  g_assert_cmpuint (cell.step, ==, 0);
  g_assert_false (wm_journey_layout_cell_at (layout, 1, 1, &cell));
}

/* Emotion points sit where their score says, and score_at inverts that. */
static void
test_emotion_scores (void)
{
  g_autoptr(WmDocument) document = load_template ("online-shop.journey");
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
  g_autoptr(WmJourneyLayout) layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
  WmDisplayList *list = wm_journey_layout_get_display_list (layout);
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  guint checked = 0;

  for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
    {
      WmLane *lane = wm_object_list_get (lanes, l);
      WmObjectList *points = wm_lane_get_points (lane);

      if (wm_lane_get_kind (lane) != WM_LANE_KIND_EMOTION)
        continue;
      for (guint i = 0; i < wm_object_list_get_length (points); i++)
        {
          WmEmotionPoint *point = wm_object_list_get (points, i);
          WmRect bounds;

          g_assert_true (wm_display_list_find_bounds (list, wm_object_get_id (WM_OBJECT (point)), &bounds));
          g_assert_cmpfloat_with_epsilon (wm_journey_layout_score_at (layout, l, bounds.y + bounds.height / 2),
                                          wm_emotion_point_get_score (point), 1e-6);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 0);
}

/* Drawing a viewport touches what is visible: the query over a screenful of a 5,000-card map
 * returns about as many items as over a 50-card map. */
static void
test_query_follows_visible_area (void)
{
  g_autoptr(WmDocument) small = build_map (1, 5, 5, 2);
  g_autoptr(WmDocument) large = build_map (5, 10, 10, 10);
  g_autoptr(WmJourneyLayout) small_layout = wm_journey_layout_new (small, wm_object_list_get (wm_document_get_maps (small), 0), wm_style_get (FALSE));
  g_autoptr(WmJourneyLayout) large_layout = wm_journey_layout_new (large, wm_object_list_get (wm_document_get_maps (large), 0), wm_style_get (FALSE));
  WmRect screen = { 0, 0, 1200, 800 };
  g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) b = g_array_new (FALSE, FALSE, sizeof (guint));

  wm_display_list_query (wm_journey_layout_get_display_list (small_layout), &screen, a);
  wm_display_list_query (wm_journey_layout_get_display_list (large_layout), &screen, b);
  g_assert_cmpuint (wm_display_list_get_n_items (wm_journey_layout_get_display_list (large_layout)), >, 20000);
  g_assert_cmpuint (b->len, <, 3 * MAX (a->len, 100));
  for (guint i = 1; i < b->len; i++)
    g_assert_cmpuint (g_array_index (b, guint, i - 1), <, g_array_index (b, guint, i));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/geometry", test_geometry);
  g_test_add_func ("/layout/wrapping", test_wrapping);
  g_test_add_func ("/layout/insertion-index", test_insertion_index);
  g_test_add_func ("/layout/emotion-scores", test_emotion_scores);
  g_test_add_func ("/layout/query-follows-visible-area", test_query_follows_visible_area);

  return g_test_run ();
}
