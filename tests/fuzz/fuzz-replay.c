/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

/* Runs a fuzz target over files (the seed corpus and every crasher kept in regressions/), so
 * that what the fuzzers found stays fixed in every ordinary test run, without libFuzzer. */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
replay_path (const char *path,
             guint      *count)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          replay_path (child, count);
        }
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (path, &contents, &length, NULL))
        {
          LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
          (*count)++;
        }
    }
}

int
main (int    argc,
      char **argv)
{
  guint count = 0;

  for (int i = 1; i < argc; i++)
    replay_path (argv[i], &count);
  g_print ("1..1\nok 1 - replayed %u inputs\n", count);

  return count > 0 ? 0 : 1;
}
