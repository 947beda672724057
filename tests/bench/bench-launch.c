/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

/* bench-launch WAYMARK MINIMAL-WINDOW: the time from spawning `waymark FILE` (a 100-card
 * workspace) to its first frame showing the map, against the floor: a minimal libadwaita
 * window program to its first frame. Both print the monotonic time of that frame
 * (WAYMARK_BENCH_FIRST_FRAME=1 for Waymark) and quit. Needs a display (run it under
 * xvfb-run); skips without one. Runs alternate; figures are medians. Never fails on time.
 */

#define N_CARDS 100
#define N_RUNS  7

/* Milliseconds from spawning @program to its first frame, or a negative number on failure. */
static double
launch (const char *program,
        const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "timeout", "60", program, file, NULL };
  const char *line;
  gint64 start;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n%s", program, error->message, err ? err : "");
      return -1;
    }
  line = strstr (out, "first-frame: ");
  if (line == NULL)
    {
      g_printerr ("%s printed no first frame:\n%s%s", program, out, err);
      return -1;
    }

  return (g_ascii_strtoll (line + 13, NULL, 10) - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *drafts = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  double waymark[N_RUNS], floor[N_RUNS];
  double waymark_ms, floor_ms;

  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s WAYMARK MINIMAL-WINDOW\n", argv[0]);
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("# no display: run under xvfb-run (build-aux/run-benchmarks.sh does)\n");
      return 77;
    }

  dir = g_dir_make_tmp ("waymark-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "100.journey", NULL);
  bytes = wm_bench_generate_bytes (N_CARDS);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);
  g_setenv ("WAYMARK_BENCH_FIRST_FRAME", "1", TRUE);
  /* No drafts to offer, so that no dialog comes up. */
  drafts = g_build_filename (dir, "drafts", NULL);
  g_mkdir (drafts, 0700);
  g_setenv ("WAYMARK_DRAFTS_DIR", drafts, TRUE);

  load_before = wm_bench_load_average ();
  /* One unmeasured launch of each warms the disk cache. */
  launch (argv[1], path);
  launch (argv[2], NULL);
  for (guint run = 0; run < N_RUNS; run++)
    {
      waymark[run] = launch (argv[1], path);
      floor[run] = launch (argv[2], NULL);
      if (waymark[run] < 0 || floor[run] < 0)
        return 1;
    }
  load_after = wm_bench_load_average ();

  waymark_ms = wm_bench_median (waymark, N_RUNS);
  floor_ms = wm_bench_median (floor, N_RUNS);
  printf ("# %u cards; medians of %u launches; load average %s before, %s after\n", N_CARDS,
          N_RUNS, load_before, load_after);
  printf ("bench: launch_first_frame_%u = %.1f ms\n", N_CARDS, waymark_ms);
  printf ("bench: launch_minimal_window = %.1f ms\n", floor_ms);
  printf ("bench: launch_ratio = %.2f x\n", waymark_ms / floor_ms);

  g_unlink (path);
  g_rmdir (drafts);
  g_rmdir (dir);

  return 0;
}
