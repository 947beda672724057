/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wm-test-util.h"

/* Shared by the core tests: where fixtures are, and the independent checks (JSON Schema
 * validation by python3-jsonschema, the waymark-cli binary) that run as child processes. */

static const char *
env_or_skip (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL)
    g_error ("%s is not set; run the tests with meson test", name);

  return value;
}

char *
wm_test_template_path (const char *name)
{
  return g_build_filename (env_or_skip ("WAYMARK_TEMPLATES"), name, NULL);
}

GBytes *
wm_test_load_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Returns the full paths of the sample workspaces in data/templates, sorted. */
char **
wm_test_list_templates (void)
{
  const char *dir_path = env_or_skip ("WAYMARK_TEMPLATES");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".journey"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  g_assert_cmpuint (paths->len, >=, 3);
  g_ptr_array_add (paths, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}

/* Validates @journey against data/journey.schema.json with an independent validator. */
gboolean
wm_test_schema_accepts (GBytes  *journey,
                        char   **messages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int fd, status;
  const char *argv[] = {
    "/usr/bin/python3", env_or_skip ("WAYMARK_SCHEMA_CHECK"), env_or_skip ("WAYMARK_SCHEMA"),
    NULL, NULL
  };

  fd = g_file_open_tmp ("waymark-schema-XXXXXX.journey", &tmp, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (tmp, g_bytes_get_data (journey, NULL), g_bytes_get_size (journey), &error);
  g_assert_no_error (error);

  argv[3] = tmp;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_unlink (tmp);

  if (messages != NULL)
    *messages = g_strconcat (out, err, NULL);

  return g_spawn_check_wait_status (status, NULL);
}

/* Runs waymark-cli with @args; returns its exit status. */
int
wm_test_run_cli (const char * const  *args,
                 char               **out,
                 char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *) env_or_skip ("WAYMARK_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);

  if (WIFEXITED (status))
    return WEXITSTATUS (status);

  return -1;
}

/* Runs the main loop until @condition holds; fails after ten seconds. */
void
wm_test_wait_until (WmTestCondition condition,
                    gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A new temporary folder (g_dir_make_tmp() @tmpl) for the test's user data: recent files
 * (XDG_DATA_HOME) and drafts (WAYMARK_DRAFTS_DIR) go to folders in it. */
char *
wm_test_make_tmp_home (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *drafts = NULL;
  char *tmp_dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data", NULL);
  drafts = g_build_filename (tmp_dir, "drafts", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("WAYMARK_DRAFTS_DIR", drafts, TRUE);

  return tmp_dir;
}

/* Removes @path and everything in it. */
void
wm_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        wm_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
