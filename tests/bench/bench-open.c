/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <json-glib/json-glib.h>

#include "wm-bench-generator.h"
#include "wm-journey-format.h"
#include "wm-json-parser.h"

/* Opening a 5,000-card workspace from its bytes (parse, check, build the model) against the
 * floor: json-glib parsing the same bytes into a JsonNode tree, which builds no model and
 * checks nothing. Runs alternate so that a busy machine slows both alike; figures are
 * medians. Never fails on time.
 */

#define N_CARDS 5000
#define N_RUNS  15

static double
elapsed_ms (gint64 start)
{
  return (wm_bench_now () - start) / 1000.0;
}

int
main (void)
{
  g_autoptr(GBytes) bytes = wm_bench_generate_bytes (N_CARDS);
  const char *data = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  double waymark[N_RUNS], floor[N_RUNS], parse[N_RUNS];
  g_autofree char *load_before = wm_bench_load_average ();
  g_autofree char *load_after = NULL;
  double waymark_ms, floor_ms, parse_ms;

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(WmDocument) document = NULL;
      g_autoptr(JsonNode) root = NULL;
      gint64 start;

      start = wm_bench_now ();
      document = wm_journey_format_read (bytes, NULL, &error);
      waymark[run] = elapsed_ms (start);
      g_assert_no_error (error);
      g_assert_cmpuint (wm_bench_count_cards (document), ==, N_CARDS);
      /* Each measurement starts after the previous result is freed, so the heap is alike. */
      g_clear_object (&document);

      start = wm_bench_now ();
      if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
        g_error ("json-glib: %s", error->message);
      floor[run] = elapsed_ms (start);
      g_clear_object (&parser);

      /* Of Waymark's time, its JSON parser alone (no positions, no model). */
      start = wm_bench_now ();
      root = wm_json_parse (data, length, NULL, NULL, NULL, &error);
      parse[run] = elapsed_ms (start);
      g_assert_no_error (error);
    }

  waymark_ms = wm_bench_median (waymark, N_RUNS);
  floor_ms = wm_bench_median (floor, N_RUNS);
  parse_ms = wm_bench_median (parse, N_RUNS);
  load_after = wm_bench_load_average ();

  printf ("# %u cards, %.2f MiB; medians of %u runs; load average %s before, %s after\n",
          N_CARDS, length / 1048576.0, N_RUNS, load_before, load_after);
  printf ("bench: open_%u = %.1f ms\n", N_CARDS, waymark_ms);
  printf ("bench: open_json_glib_parse_%u = %.1f ms\n", N_CARDS, floor_ms);
  printf ("bench: open_ratio = %.2f x\n", waymark_ms / floor_ms);
  printf ("bench: open_wm_json_parse_%u = %.1f ms\n", N_CARDS, parse_ms);

  return 0;
}
