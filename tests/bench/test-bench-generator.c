/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

/* The benchmark generator makes what the benchmarks claim: N cards, the templates' lanes and
 * personas, the same bytes for the same seed, and a workspace that reads back as written. */

static guint
count_kind (WmJourneyMap *map,
            WmLaneKind    kind,
            guint        *n_items)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  guint n_lanes = 0;

  *n_items = 0;
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (wm_lane_get_kind (lane) != kind)
        continue;
      n_lanes++;
      *n_items += wm_object_list_get_length (wm_lane_get_cards (lane))
                  + wm_object_list_get_length (wm_lane_get_points (lane))
                  + wm_object_list_get_length (wm_lane_get_values (lane));
    }

  return n_lanes;
}

static void
test_generator_shape (void)
{
  g_autoptr(WmDocument) document = wm_bench_generate_cards (1000);
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
  guint n_steps = wm_journey_map_get_n_steps (map);
  guint n;

  g_assert_cmpuint (wm_bench_count_cards (document), ==, 1000);
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), ==, 2);
  g_assert_cmpuint (wm_object_list_get_length (wm_journey_map_get_stages (map)), ==, 5);
  g_assert_cmpuint (n_steps, ==, 20);

  /* One emotion score per step and persona, two metrics with a value per step. */
  g_assert_cmpuint (count_kind (map, WM_LANE_KIND_EMOTION, &n), ==, 1);
  g_assert_cmpuint (n, ==, 2 * n_steps);
  g_assert_cmpuint (count_kind (map, WM_LANE_KIND_METRICS, &n), ==, 2);
  g_assert_cmpuint (n, ==, 2 * n_steps);

  /* The templates' mix: channels are the most common cards (14 of 75), ideas and research
   * notes the rarest (3 of 75). */
  g_assert_cmpuint (count_kind (map, WM_LANE_KIND_CHANNELS, &n), ==, 1);
  g_assert_cmpuint (n, >, 120);
  g_assert_cmpuint (n, <, 260);
  g_assert_cmpuint (count_kind (map, WM_LANE_KIND_IDEAS, &n), ==, 1);
  g_assert_cmpuint (n, >, 15);
  g_assert_cmpuint (n, <, 70);
}

static void
test_generator_deterministic (void)
{
  WmBenchOptions options = { 300, 0, WM_BENCH_SEED, 0 };
  g_autoptr(WmDocument) a = wm_bench_generate (&options);
  g_autoptr(WmDocument) b = wm_bench_generate (&options);
  g_autoptr(WmDocument) c = NULL;
  g_autoptr(GBytes) bytes_a = wm_journey_format_write (a);
  g_autoptr(GBytes) bytes_b = wm_journey_format_write (b);
  g_autoptr(GBytes) bytes_c = NULL;

  g_assert_true (g_bytes_equal (bytes_a, bytes_b));

  options.seed++;
  c = wm_bench_generate (&options);
  bytes_c = wm_journey_format_write (c);
  g_assert_false (g_bytes_equal (bytes_a, bytes_c));
}

static void
test_generator_round_trip (void)
{
  g_autoptr(GBytes) bytes = wm_bench_generate_bytes (500);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_read (bytes, &problems, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (wm_bench_count_cards (document), ==, 500);
  again = wm_journey_format_write (document);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* With @repeat, the first steps of a small and a large map hold the same cards. */
static void
test_generator_repeat (void)
{
  WmBenchOptions small_options = { 50, 5, WM_BENCH_SEED, 50 };
  WmBenchOptions large_options = { 500, 50, WM_BENCH_SEED, 50 };
  g_autoptr(WmDocument) small = wm_bench_generate (&small_options);
  g_autoptr(WmDocument) large = wm_bench_generate (&large_options);
  WmJourneyMap *small_map = wm_object_list_get (wm_document_get_maps (small), 0);
  WmJourneyMap *large_map = wm_object_list_get (wm_document_get_maps (large), 0);
  WmObjectList *small_lanes = wm_journey_map_get_lanes (small_map);
  WmObjectList *large_lanes = wm_journey_map_get_lanes (large_map);

  for (guint l = 0; l < wm_object_list_get_length (small_lanes); l++)
    {
      WmObjectList *s = wm_lane_get_cards (wm_object_list_get (small_lanes, l));
      WmObjectList *g = wm_lane_get_cards (wm_object_list_get (large_lanes, l));

      /* Ten times the cards in each lane, the first ones the same. */
      g_assert_cmpuint (wm_object_list_get_length (g), ==, 10 * wm_object_list_get_length (s));
      for (guint i = 0; i < wm_object_list_get_length (s); i++)
        {
          WmCard *a = wm_object_list_get (s, i), *b = wm_object_list_get (g, i);

          g_assert_cmpstr (wm_card_get_text (a), ==, wm_card_get_text (b));
          g_assert_cmpstr (wm_card_get_step_id (a), ==, wm_card_get_step_id (b));
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bench-generator/shape", test_generator_shape);
  g_test_add_func ("/bench-generator/deterministic", test_generator_deterministic);
  g_test_add_func ("/bench-generator/round-trip", test_generator_round_trip);
  g_test_add_func ("/bench-generator/repeat", test_generator_repeat);

  return g_test_run ();
}
