/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

/* Peak memory (resident set high-water mark) of a process that opens the 5,000-card
 * workspace from its file, against a process that only starts (the same program, with
 * Waymark's types registered) and one that parses the same file with json-glib. Each figure
 * comes from a fresh child process. Never fails.
 */

#define N_CARDS 5000

static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_type_ensure (WM_TYPE_DOCUMENT);
  if (g_str_equal (mode, "open"))
    {
      g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (wm_bench_count_cards (document), ==, N_CARDS);
      wm_bench_child_report ();
    }
  else if (g_str_equal (mode, "json-glib"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_file (parser, path, &error))
        g_error ("json-glib: %s", error->message);
      wm_bench_child_report ();
    }
  else
    {
      wm_bench_child_report ();
    }

  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *load = NULL;
  double baseline, open, floor;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  dir = g_dir_make_tmp ("waymark-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "5000.journey", NULL);
  bytes = wm_bench_generate_bytes (N_CARDS);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);

  load = wm_bench_load_average ();
  baseline = wm_bench_child_peak_mib ("baseline", path);
  open = wm_bench_child_peak_mib ("open", path);
  floor = wm_bench_child_peak_mib ("json-glib", path);

  printf ("# %u cards, file of %.2f MiB; load average %s\n", N_CARDS,
          g_bytes_get_size (bytes) / 1048576.0, load);
  printf ("bench: peak_rss_start = %.1f MiB\n", baseline);
  printf ("bench: peak_rss_open_%u = %.1f MiB\n", N_CARDS, open);
  printf ("bench: peak_rss_json_glib_parse_%u = %.1f MiB\n", N_CARDS, floor);
  printf ("bench: peak_rss_open_ratio = %.2f x\n", (open - baseline) / (floor - baseline));

  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
