/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "wm-drafts.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"

/* Drafts: the files that keep unsaved work when Waymark dies. */

typedef struct
{
  char  *tmp;
  GFile *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *drafts = NULL;

  f->tmp = g_dir_make_tmp ("waymark-drafts-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: writing makes it. */
  drafts = g_build_filename (f->tmp, "data", "drafts", NULL);
  f->dir = g_file_new_for_path (drafts);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->tmp);
  g_free (f->tmp);
  g_clear_object (&f->dir);
}

static GBytes *
template_bytes (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");

  return wm_test_load_bytes (path);
}

static GPtrArray *
list_drafts (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = wm_drafts_list (f->dir, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (drafts);

  return drafts;
}

static char *
tmp_file (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->tmp, name, NULL);
}

/* Sets a file's modification time @seconds away from now. */
static void
set_mtime (const char *path,
           int         seconds)
{
  struct timespec times[2] = {
    { 0, UTIME_OMIT },
    { g_get_real_time () / G_USEC_PER_SEC + seconds, 0 },
  };

  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
}

static void
test_write_list_remove (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GBytes) contents = template_bytes ();
  g_autoptr(GBytes) other = g_bytes_new_static ("{}", 2);
  g_autofree char *original_path = tmp_file (f, "shop.journey");
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autofree char *first = wm_drafts_new_id ();
  g_autofree char *second = wm_drafts_new_id ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) read_back = NULL;
  WmDraft *draft;

  g_assert_cmpstr (first, !=, second);
  g_assert_true (wm_drafts_is_valid_id (first));

  /* No folder, no drafts. */
  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (wm_drafts_write (f->dir, first, contents, original, "1234:5", "Online shop",
                                  NULL, &error));
  g_assert_no_error (error);

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (wm_draft_get_id (draft), ==, first);
  g_assert_cmpstr (wm_draft_get_title (draft), ==, "Online shop");
  g_assert_true (g_file_equal (wm_draft_get_original (draft), original));
  g_assert_cmpstr (wm_draft_get_original_etag (draft), ==, "1234:5");
  g_assert_nonnull (wm_draft_get_time (draft));
  g_assert_cmpint (g_date_time_to_unix (wm_draft_get_time (draft)), >=,
                   g_get_real_time () / G_USEC_PER_SEC - 60);
  read_back = g_file_load_bytes (wm_draft_get_file (draft), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read_back, contents));

  /* The folder and the files are the user's only. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (g_file_peek_path (f->dir), &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
    g_assert_cmpint (g_stat (g_file_peek_path (wm_draft_get_file (draft)), &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0077, ==, 0);
  }
  g_clear_pointer (&drafts, g_ptr_array_unref);
  g_clear_pointer (&read_back, g_bytes_unref);

  /* Writing again replaces it; a never-saved workspace has no original. */
  g_usleep (20000);
  g_assert_true (wm_drafts_write (f->dir, first, other, original, NULL, "Renamed", NULL, &error));
  g_assert_no_error (error);
  g_usleep (20000);
  g_assert_true (wm_drafts_write (f->dir, second, contents, NULL, "ignored", NULL, NULL, &error));
  g_assert_no_error (error);

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 2);
  /* Newest first. */
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (wm_draft_get_id (draft), ==, second);
  g_assert_null (wm_draft_get_original (draft));
  g_assert_null (wm_draft_get_original_etag (draft));
  g_assert_cmpstr (wm_draft_get_title (draft), ==, "");
  draft = g_ptr_array_index (drafts, 1);
  g_assert_cmpstr (wm_draft_get_id (draft), ==, first);
  g_assert_cmpstr (wm_draft_get_title (draft), ==, "Renamed");
  g_assert_null (wm_draft_get_original_etag (draft));
  read_back = g_file_load_bytes (wm_draft_get_file (draft), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read_back, other));
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* Removing takes both files; removing what is not there is fine. */
  g_assert_true (wm_drafts_remove (f->dir, first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (wm_drafts_remove (f->dir, first, NULL, &error));
  g_assert_no_error (error);
  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (wm_draft_get_id (g_ptr_array_index (drafts, 0)), ==, second);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (wm_drafts_remove (f->dir, second, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (f->dir), 0, NULL);

    g_assert_nonnull (dir);
    g_assert_null (g_dir_read_name (dir));
  }
}

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GBytes) contents = template_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) original = wm_journey_format_read (contents, NULL, &error);
  g_autoptr(WmDocument) loaded = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *id = wm_drafts_new_id ();

  g_assert_no_error (error);
  wm_document_set_title (original, "Edited after the last save");
  written = wm_journey_format_write (original);
  g_assert_true (wm_drafts_write (f->dir, id, written, NULL, NULL,
                                  wm_document_get_title (original), NULL, &error));
  g_assert_no_error (error);

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  loaded = wm_draft_load (g_ptr_array_index (drafts, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_document_get_title (loaded), ==, "Edited after the last save");
  rewritten = wm_journey_format_write (loaded);
  g_assert_true (g_bytes_equal (rewritten, written));
}

/* Offered: never saved, newer than the file, or the file is gone. Not: older than the file. */
static void
test_recoverable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) contents = template_bytes ();
  g_autofree char *original_path = tmp_file (f, "shop.journey");
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autofree char *saved_id = wm_drafts_new_id ();
  g_autofree char *untitled_id = wm_drafts_new_id ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  WmDraft *saved = NULL;
  WmDraft *untitled = NULL;

  g_assert_true (g_file_set_contents (original_path, g_bytes_get_data (contents, NULL),
                                      g_bytes_get_size (contents), NULL));
  set_mtime (original_path, -60);

  g_assert_true (wm_drafts_write (f->dir, saved_id, contents, original, NULL, "Shop", NULL,
                                  &error));
  g_assert_no_error (error);
  g_assert_true (wm_drafts_write (f->dir, untitled_id, contents, NULL, NULL, "", NULL, &error));
  g_assert_no_error (error);

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      WmDraft *draft = g_ptr_array_index (drafts, i);

      if (g_str_equal (wm_draft_get_id (draft), saved_id))
        saved = draft;
      else
        untitled = draft;
    }
  g_assert_nonnull (saved);
  g_assert_nonnull (untitled);

  g_assert_true (wm_draft_is_recoverable (untitled, NULL));
  g_assert_true (wm_draft_is_recoverable (saved, NULL));

  /* Saved (or changed by someone) after the draft was written. */
  set_mtime (original_path, 60);
  g_assert_false (wm_draft_is_recoverable (saved, NULL));
  g_assert_true (wm_draft_is_recoverable (untitled, NULL));

  /* The file went away: the draft is all there is. */
  g_assert_cmpint (g_unlink (original_path), ==, 0);
  g_assert_true (wm_draft_is_recoverable (saved, NULL));
}

/* Half-written or foreign files in the folder are not drafts. */
static void
test_incomplete (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) contents = template_bytes ();
  g_autofree char *id = wm_drafts_new_id ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  g_assert_true (wm_drafts_write (f->dir, id, contents, NULL, NULL, "Complete", NULL, &error));
  g_assert_no_error (error);
  path = g_file_peek_path (f->dir);

  {
    /* A document without its key file (killed between the two writes). */
    g_autofree char *orphan = g_build_filename (path, "0000-orphan.journey", NULL);
    /* A key file without its document. */
    g_autofree char *lonely = g_build_filename (path, "0000-lonely.draft", NULL);
    /* A key file that is not one. */
    g_autofree char *garbage = g_build_filename (path, "0000-garbage.draft", NULL);
    g_autofree char *garbage_doc = g_build_filename (path, "0000-garbage.journey", NULL);
    /* A name that is not an id. */
    g_autofree char *bad_name = g_build_filename (path, "not an id.draft", NULL);
    /* What g_file_replace_contents() leaves behind when killed. */
    g_autofree char *temporary = g_build_filename (path, ".goutputstream-ABCDEF", NULL);

    g_assert_true (g_file_set_contents (orphan, "{}", -1, NULL));
    g_assert_true (g_file_set_contents (lonely, "[Waymark Draft]\ntitle=Lonely\n", -1, NULL));
    g_assert_true (g_file_set_contents (garbage, "\x01\x02 not a key file [", -1, NULL));
    g_assert_true (g_file_set_contents (garbage_doc, "{}", -1, NULL));
    g_assert_true (g_file_set_contents (bad_name, "[Waymark Draft]\ntitle=Bad\n", -1, NULL));
    g_assert_true (g_file_set_contents (temporary, "partial", -1, NULL));
  }

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (wm_draft_get_id (g_ptr_array_index (drafts, 0)), ==, id);
  g_assert_cmpstr (wm_draft_get_title (g_ptr_array_index (drafts, 0)), ==, "Complete");

  g_assert_false (wm_drafts_is_valid_id (""));
  g_assert_false (wm_drafts_is_valid_id ("../escape"));
  g_assert_false (wm_drafts_is_valid_id ("a/b"));
  g_assert_false (wm_drafts_is_valid_id (NULL));
}

/* A folder that cannot be made: the error says why, nothing is half written. */
static void
test_write_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) contents = template_bytes ();
  g_autofree char *blocker = tmp_file (f, "a-file");
  g_autofree char *below = g_build_filename (blocker, "drafts", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (below);
  g_autofree char *id = wm_drafts_new_id ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;

  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  g_assert_false (wm_drafts_write (dir, id, contents, NULL, NULL, "", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "a-file"));
  g_clear_error (&error);

  drafts = wm_drafts_list (dir, NULL, &error);
  g_assert_null (drafts);
  g_assert_nonnull (error);
}

/* A write that fails half way (a full disk; here the file size limit, which root gets too)
 * leaves the previous version of a draft and of a saved workspace in place, and no temporary
 * files behind.
 */
static gboolean
with_small_file_limit (gboolean (*write) (gpointer data),
                       gpointer   data)
{
  struct rlimit limit, small;
  gboolean written;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  small = limit;
  small.rlim_cur = 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  written = write (data);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  return written;
}

typedef struct
{
  Fixture    *f;
  const char *id;
  GBytes     *contents;
  WmDocument *document;
  GFile      *file;
} WriteData;

static gboolean
write_draft (gpointer data)
{
  WriteData *w = data;
  g_autoptr(GError) error = NULL;
  gboolean written = wm_drafts_write (w->f->dir, w->id, w->contents, NULL, NULL, "Bigger", NULL,
                                      &error);

  g_assert_true (written || error != NULL);

  return written;
}

static gboolean
save_document (gpointer data)
{
  WriteData *w = data;
  g_autoptr(GError) error = NULL;
  gboolean saved = wm_journey_format_save (w->document, w->file, NULL, NULL, NULL, &error);

  g_assert_true (saved || error != NULL);

  return saved;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_failed_write_keeps_old (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GBytes) small = g_bytes_new_static ("{}", 2);
  g_autoptr(GBytes) big = template_bytes ();
  g_autofree char *id = wm_drafts_new_id ();
  g_autofree char *saved_dir = tmp_file (f, "saved");
  g_autofree char *saved_path = g_build_filename (saved_dir, "shop.journey", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved_path);
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  WriteData w = { f, id, big, NULL, saved_file };

  g_assert_cmpuint (g_bytes_get_size (big), >, 1024);

  g_assert_true (wm_drafts_write (f->dir, id, small, NULL, NULL, "Small", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (with_small_file_limit (write_draft, &w));
  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (wm_draft_get_title (g_ptr_array_index (drafts, 0)), ==, "Small");
  after = g_file_load_bytes (wm_draft_get_file (g_ptr_array_index (drafts, 0)), NULL, NULL,
                             &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (after, small));
  g_assert_cmpuint (count_files (g_file_peek_path (f->dir)), ==, 2);
  g_clear_pointer (&after, g_bytes_unref);

  /* The same for saving a workspace over its file. */
  document = wm_journey_format_read (big, NULL, &error);
  g_assert_no_error (error);
  w.document = document;
  g_assert_cmpint (g_mkdir (saved_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (saved_path, "{ \"the\": \"old version\" }", -1, NULL));
  g_assert_false (with_small_file_limit (save_document, &w));
  after = wm_test_load_bytes (saved_path);
  g_assert_cmpstr (g_bytes_get_data (after, NULL), ==, "{ \"the\": \"old version\" }");
  g_assert_cmpuint (count_files (saved_dir), ==, 1);

  /* With room again, both work. */
  g_assert_true (write_draft (&w));
  g_assert_true (save_document (&w));
}

static void
test_default_dir (void)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) expected = NULL;

  g_setenv ("WAYMARK_DRAFTS_DIR", "/somewhere/drafts", TRUE);
  dir = wm_drafts_get_default_dir ();
  g_assert_cmpstr (g_file_peek_path (dir), ==, "/somewhere/drafts");
  g_clear_object (&dir);

  g_unsetenv ("WAYMARK_DRAFTS_DIR");
  dir = wm_drafts_get_default_dir ();
  expected = g_file_new_build_filename (g_get_user_data_dir (), "waymark", "drafts", NULL);
  g_assert_true (g_file_equal (dir, expected));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/drafts/write-list-remove", Fixture, NULL, fixture_set_up, test_write_list_remove,
              fixture_tear_down);
  g_test_add ("/drafts/load", Fixture, NULL, fixture_set_up, test_load, fixture_tear_down);
  g_test_add ("/drafts/recoverable", Fixture, NULL, fixture_set_up, test_recoverable,
              fixture_tear_down);
  g_test_add ("/drafts/incomplete", Fixture, NULL, fixture_set_up, test_incomplete,
              fixture_tear_down);
  g_test_add ("/drafts/write-fails", Fixture, NULL, fixture_set_up, test_write_fails,
              fixture_tear_down);
  g_test_add ("/drafts/failed-write-keeps-old", Fixture, NULL, fixture_set_up,
              test_failed_write_keeps_old, fixture_tear_down);
  g_test_add_func ("/drafts/default-dir", test_default_dir);

  return g_test_run ();
}
