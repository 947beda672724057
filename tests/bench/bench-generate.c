/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

/* bench-generate N OUT.journey [SEED]: writes a realistic workspace of N cards. */
int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WmBenchOptions options = { 0, 0, WM_BENCH_SEED, 0 };
  guint64 n;

  if (argc < 3 || argc > 4 || !g_ascii_string_to_unsigned (argv[1], 10, 1, 1000000, &n, NULL))
    {
      fprintf (stderr, "Usage: %s N OUT.journey [SEED]\n", argv[0]);
      return 2;
    }
  options.n_cards = (guint) n;
  if (argc == 4)
    options.seed = (guint32) strtoul (argv[3], NULL, 10);

  document = wm_bench_generate (&options);
  bytes = wm_journey_format_write (document);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (bytes, NULL),
                            (gssize) g_bytes_get_size (bytes), &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  return 0;
}
