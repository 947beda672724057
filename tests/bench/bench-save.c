/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <json-glib/json-glib.h>

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

/* Saving a 5,000-card workspace to bytes against the floor: json-glib's generator writing the
 * JsonNode tree of the same file, pretty-printed with the same two-space indent. Runs
 * alternate; figures are medians. Never fails on time.
 */

#define N_CARDS 5000
#define N_RUNS  9

static double
elapsed_ms (gint64 start)
{
  return (wm_bench_now () - start) / 1000.0;
}

int
main (void)
{
  g_autoptr(GBytes) bytes = wm_bench_generate_bytes (N_CARDS);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_read (bytes, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  double waymark[N_RUNS], floor[N_RUNS];
  g_autofree char *load_before = wm_bench_load_average ();
  g_autofree char *load_after = NULL;
  double waymark_ms, floor_ms;
  gsize floor_length = 0;

  g_assert_no_error (error);
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    g_error ("json-glib: %s", error->message);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GBytes) saved = NULL;
      g_autofree char *text = NULL;
      gint64 start;

      start = wm_bench_now ();
      saved = wm_journey_format_write (document);
      waymark[run] = elapsed_ms (start);
      /* What was read is written back byte for byte. */
      g_assert_true (g_bytes_equal (saved, bytes));

      start = wm_bench_now ();
      text = json_generator_to_data (generator, &floor_length);
      floor[run] = elapsed_ms (start);
    }

  waymark_ms = wm_bench_median (waymark, N_RUNS);
  floor_ms = wm_bench_median (floor, N_RUNS);
  load_after = wm_bench_load_average ();

  printf ("# %u cards, %.2f MiB (json-glib's %.2f MiB); medians of %u runs; "
          "load average %s before, %s after\n",
          N_CARDS, g_bytes_get_size (bytes) / 1048576.0, floor_length / 1048576.0, N_RUNS,
          load_before, load_after);
  printf ("bench: save_%u = %.1f ms\n", N_CARDS, waymark_ms);
  printf ("bench: save_json_glib_generate_%u = %.1f ms\n", N_CARDS, floor_ms);
  printf ("bench: save_ratio = %.2f x\n", waymark_ms / floor_ms);

  return 0;
}
