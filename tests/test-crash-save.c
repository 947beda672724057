/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wm-journey-format.h"
#include "wm-test-util.h"

/* Saving is atomic: a child process saves two versions of a workspace in turn, as fast as it
 * can, and is killed with SIGKILL at a random moment, 200 times. After every kill the file on
 * disk must read as a valid workspace and be exactly one of the two versions. */

#define N_KILLS 200

/* Saves forever, telling the parent through @done_fd after each save. */
static G_NORETURN void
save_forever (WmDocument *a,
              WmDocument *b,
              GFile      *file,
              guint       first,
              int         done_fd)
{
  for (guint i = first;; i++)
    {
      if (!wm_journey_format_save (i % 2 ? b : a, file, NULL, NULL, NULL, NULL))
        _exit (3);
      if (write (done_fd, "s", 1) != 1)
        _exit (4);
    }
}

static void
test_killed_while_saving (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GBytes) original = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) a = wm_journey_format_read (original, NULL, &error);
  g_autoptr(WmDocument) b = NULL;
  g_autoptr(GBytes) bytes_a = NULL;
  g_autoptr(GBytes) bytes_b = NULL;
  g_autofree char *dir = g_dir_make_tmp ("waymark-crash-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "workspace.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint saw_a = 0, saw_b = 0;
  gint64 save_us;

  g_assert_no_error (error);
  b = wm_journey_format_read (original, NULL, &error);
  g_assert_no_error (error);
  wm_document_set_title (b, "The other version, a little longer than the first one");
  wm_document_set_description (b, "Saved again with a longer description, so the two versions differ in length too.");
  bytes_a = wm_journey_format_write (a);
  bytes_b = wm_journey_format_write (b);
  g_assert_false (g_bytes_equal (bytes_a, bytes_b));
  g_assert_true (wm_journey_format_save (a, file, NULL, NULL, NULL, &error));

  /* Kill within a few saves' time, however fast this machine (or valgrind) saves. */
  {
    gint64 start = g_get_monotonic_time ();

    for (guint i = 0; i < 5; i++)
      g_assert_true (wm_journey_format_save (i % 2 ? b : a, file, NULL, NULL, NULL, &error));
    save_us = MAX ((g_get_monotonic_time () - start) / 5, 200);
    g_assert_true (wm_journey_format_save (a, file, NULL, NULL, NULL, &error));
  }

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(GBytes) on_disk = NULL;
      g_autoptr(WmDocument) loaded = NULL;
      pid_t pid;
      int status, fds[2];
      guint wait_for = g_rand_int_range (rand, 0, 3);
      char byte;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          save_forever (a, b, file, i, fds[1]);
        }
      close (fds[1]);

      /* Let the child finish a few saves, then kill it somewhere inside the next one (or just
       * after it), whatever the speed of this machine or of valgrind. */
      for (guint k = 0; k < wait_for; k++)
        g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
      g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (save_us, G_MAXINT32)));
      kill (pid, SIGKILL);
      close (fds[0]);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      on_disk = wm_test_load_bytes (target);
      loaded = wm_journey_format_read (on_disk, NULL, &error);
      g_assert_no_error (error);
      if (g_bytes_equal (on_disk, bytes_a))
        saw_a++;
      else if (g_bytes_equal (on_disk, bytes_b))
        saw_b++;
      else
        g_error ("kill %u left a file that is neither version", i);
    }

  /* Both versions were caught on disk, so the kills did land during saves. */
  g_test_message ("old version %u times, new version %u times", saw_a, saw_b);
  g_assert_cmpuint (saw_a, >, 0);
  g_assert_cmpuint (saw_b, >, 0);

  /* Leftover temporary files from killed saves are GIO's; clean the folder. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash-save/killed-while-saving", test_killed_while_saving);

  return g_test_run ();
}
