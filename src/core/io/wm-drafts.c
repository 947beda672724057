/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wm-drafts.h"
#include "wm-file-util.h"
#include "wm-journey-format.h"

/* Drafts keep unsaved work safe without touching the user's files. A draft is two files in the
 * drafts folder, named by the draft's id: ID.journey holds the workspace as it was, ID.draft
 * (a key file) says where it came from (the original file and its entity tag, if it has one),
 * its title and when it was written. The document is written first, so a draft whose key
 * file exists is complete; each file is replaced atomically.
 */

#define DRAFT_GROUP        "Waymark Draft"
#define KEY_TITLE          "title"
#define KEY_ORIGINAL       "original"
#define KEY_ORIGINAL_ETAG  "original-etag"
#define KEY_TIME           "time"
#define DOCUMENT_SUFFIX    ".journey"
#define INFO_SUFFIX        ".draft"
#define MAX_ID_LENGTH      64

struct _WmDraft
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  GFile     *original;       /* NULL for a workspace that was never saved */
  char      *original_etag;
  GDateTime *time;           /* when the draft was written */
  GFile     *file;           /* the document */
  GDateTime *file_time;      /* its modification time */
};

G_DEFINE_FINAL_TYPE (WmDraft, wm_draft, G_TYPE_OBJECT)

static void
wm_draft_finalize (GObject *object)
{
  WmDraft *self = WM_DRAFT (object);

  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->original);
  g_free (self->original_etag);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_time, g_date_time_unref);

  G_OBJECT_CLASS (wm_draft_parent_class)->finalize (object);
}

static void
wm_draft_class_init (WmDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_draft_finalize;
}

static void
wm_draft_init (WmDraft *self)
{
}

static GFile *
child_file (GFile      *dir,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (dir, name);
}

static GDateTime *
query_modification_time (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  return g_file_info_get_modification_date_time (info);
}

/* Makes the folder, readable by the user only where that can be said. */
static gboolean
ensure_dir (GFile         *dir,
            GCancellable  *cancellable,
            GError       **error)
{
  const char *path = g_file_peek_path (dir);
  g_autoptr(GError) local_error = NULL;

  if (path != NULL)
    {
      if (g_mkdir_with_parents (path, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not make the drafts folder “%s”: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (!g_file_make_directory_with_parents (dir, cancellable, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * wm_drafts_get_default_dir:
 *
 * The folder named by the environment variable WAYMARK_DRAFTS_DIR (for tests), or else
 * `waymark/drafts` in the user's data folder.
 *
 * Returns: (transfer full): the drafts folder; it may not exist yet
 */
GFile *
wm_drafts_get_default_dir (void)
{
  const char *path = g_getenv ("WAYMARK_DRAFTS_DIR");

  if (path != NULL && path[0] != '\0')
    return g_file_new_for_path (path);

  return g_file_new_build_filename (g_get_user_data_dir (), "waymark", "drafts", NULL);
}

/**
 * wm_drafts_new_id:
 *
 * Returns: (transfer full): a new draft id
 */
char *
wm_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * wm_drafts_is_valid_id:
 *
 * Ids name files, so they are letters, digits and "-" only.
 *
 * Returns: whether @id can be a draft's id
 */
gboolean
wm_drafts_is_valid_id (const char *id)
{
  gsize length = 0;

  if (id == NULL)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++, length++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return length > 0 && length <= MAX_ID_LENGTH;
}

/**
 * wm_drafts_write:
 * @dir: the drafts folder, made if missing
 * @id: the draft's id (see wm_drafts_new_id()); an existing draft of this id is replaced
 * @contents: the workspace, as wm_journey_format_write() makes it
 * @original: (nullable): the workspace's file, or %NULL if it was never saved
 * @original_etag: (nullable): the entity tag @original had when it was last read or written
 * @title: (nullable): the workspace's title
 *
 * Writes a draft. Each of its two files is replaced atomically, the document first.
 *
 * Returns: whether the draft was written
 */
gboolean
wm_drafts_write (GFile         *dir,
                 const char    *id,
                 GBytes        *contents,
                 GFile         *original,
                 const char    *original_etag,
                 const char    *title,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFile) document_file = NULL;
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (wm_drafts_is_valid_id (id), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_dir (dir, cancellable, error))
    return FALSE;

  document_file = child_file (dir, id, DOCUMENT_SUFFIX);
  if (!wm_file_replace_contents (document_file, g_bytes_get_data (contents, NULL),
                                 g_bytes_get_size (contents), NULL, G_FILE_CREATE_PRIVATE, NULL,
                                 cancellable, error))
    return FALSE;

  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format_iso8601 (now);

  key_file = g_key_file_new ();
  g_key_file_set_string (key_file, DRAFT_GROUP, KEY_TITLE, title != NULL ? title : "");
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (key_file, DRAFT_GROUP, KEY_ORIGINAL, uri);
      if (original_etag != NULL)
        g_key_file_set_string (key_file, DRAFT_GROUP, KEY_ORIGINAL_ETAG, original_etag);
    }
  g_key_file_set_string (key_file, DRAFT_GROUP, KEY_TIME, stamp);
  data = g_key_file_to_data (key_file, &length, NULL);

  info_file = child_file (dir, id, INFO_SUFFIX);

  return wm_file_replace_contents (info_file, data, length, NULL, G_FILE_CREATE_PRIVATE, NULL,
                                   cancellable, error);
}

static WmDraft *
read_draft (GFile        *dir,
            const char   *id,
            GCancellable *cancellable)
{
  g_autoptr(GFile) info_file = child_file (dir, id, INFO_SUFFIX);
  g_autoptr(WmDraft) draft = g_object_new (WM_TYPE_DRAFT, NULL);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *original = NULL;
  g_autofree char *stamp = NULL;
  gsize length;

  if (!g_file_load_contents (info_file, cancellable, &data, &length, NULL, &error)
      || !g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &error))
    {
      g_debug ("Skipping draft %s: %s", id, error->message);
      return NULL;
    }

  draft->id = g_strdup (id);
  draft->file = child_file (dir, id, DOCUMENT_SUFFIX);
  draft->file_time = query_modification_time (draft->file, cancellable, &error);
  if (draft->file_time == NULL)
    {
      g_debug ("Skipping draft %s: %s", id, error->message);
      return NULL;
    }

  draft->title = g_key_file_get_string (key_file, DRAFT_GROUP, KEY_TITLE, NULL);
  if (draft->title == NULL)
    draft->title = g_strdup ("");

  original = g_key_file_get_string (key_file, DRAFT_GROUP, KEY_ORIGINAL, NULL);
  if (original != NULL && original[0] != '\0')
    {
      draft->original = g_file_new_for_uri (original);
      draft->original_etag = g_key_file_get_string (key_file, DRAFT_GROUP, KEY_ORIGINAL_ETAG,
                                                    NULL);
    }

  stamp = g_key_file_get_string (key_file, DRAFT_GROUP, KEY_TIME, NULL);
  if (stamp != NULL)
    draft->time = g_date_time_new_from_iso8601 (stamp, NULL);
  if (draft->time == NULL)
    draft->time = g_date_time_ref (draft->file_time);

  return g_steal_pointer (&draft);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  WmDraft *draft_a = *(WmDraft **) a;
  WmDraft *draft_b = *(WmDraft **) b;

  return g_date_time_compare (draft_b->time, draft_a->time);
}

/**
 * wm_drafts_list:
 * @dir: the drafts folder
 *
 * Lists the complete drafts in @dir; a missing folder holds none. Files that are not drafts,
 * and drafts that cannot be read, are left out.
 *
 * Returns: (transfer full) (element-type WmDraft): the drafts, newest first, or %NULL when
 *   @dir cannot be read
 */
GPtrArray *
wm_drafts_list (GFile         *dir,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (children == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&drafts);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (;;)
    {
      GFileInfo *info;
      const char *name;
      g_autofree char *id = NULL;
      WmDraft *draft;

      if (!g_file_enumerator_iterate (children, &info, NULL, cancellable, error))
        return NULL;
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
      if (!wm_drafts_is_valid_id (id))
        continue;

      draft = read_draft (dir, id, cancellable);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return g_steal_pointer (&drafts);
}

static gboolean
delete_if_present (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, cancellable, &local_error)
      || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/**
 * wm_drafts_remove:
 *
 * Removes a draft. A draft that is not there is no error. The key file goes first, so that
 * a half removed draft is no longer listed.
 *
 * Returns: whether the draft is gone
 */
gboolean
wm_drafts_remove (GFile         *dir,
                  const char    *id,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GFile) document_file = NULL;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (wm_drafts_is_valid_id (id), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info_file = child_file (dir, id, INFO_SUFFIX);
  document_file = child_file (dir, id, DOCUMENT_SUFFIX);

  return delete_if_present (info_file, cancellable, error)
         && delete_if_present (document_file, cancellable, error);
}

const char *
wm_draft_get_id (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->id;
}

/**
 * wm_draft_get_title:
 *
 * Returns: the workspace's title when the draft was written; "" when it had none
 */
const char *
wm_draft_get_title (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->title;
}

/**
 * wm_draft_get_original:
 *
 * Returns: (transfer none) (nullable): the workspace's file, or %NULL if it was never saved
 */
GFile *
wm_draft_get_original (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->original;
}

/**
 * wm_draft_get_original_etag:
 *
 * Returns: (nullable): the entity tag of the original file when the workspace was read or
 *   last saved, so that saving the recovered workspace notices changes made since
 */
const char *
wm_draft_get_original_etag (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->original_etag;
}

/**
 * wm_draft_get_time:
 *
 * Returns: (transfer none): when the draft was written
 */
GDateTime *
wm_draft_get_time (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->time;
}

/**
 * wm_draft_get_file:
 *
 * Returns: (transfer none): the file that holds the draft's workspace
 */
GFile *
wm_draft_get_file (WmDraft *self)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);

  return self->file;
}

/**
 * wm_draft_is_recoverable:
 *
 * A draft is worth offering when its workspace was never saved, when its file is gone or
 * cannot be looked at, or when the draft is newer than the file. An older draft was
 * overtaken by a save (whose clean-up did not happen) or by someone else's copy.
 *
 * Returns: whether the draft holds work that its file may not
 */
gboolean
wm_draft_is_recoverable (WmDraft      *self,
                         GCancellable *cancellable)
{
  g_autoptr(GDateTime) original_time = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WM_IS_DRAFT (self), FALSE);

  if (self->original == NULL)
    return TRUE;

  original_time = query_modification_time (self->original, cancellable, &error);
  if (original_time == NULL)
    {
      g_debug ("Draft %s: its file cannot be looked at: %s", self->id, error->message);
      return TRUE;
    }

  return g_date_time_compare (self->file_time, original_time) > 0;
}

/**
 * wm_draft_load:
 *
 * Reads the draft's workspace.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
WmDocument *
wm_draft_load (WmDraft       *self,
               GCancellable  *cancellable,
               GError       **error)
{
  g_return_val_if_fail (WM_IS_DRAFT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return wm_journey_format_load (self->file, cancellable, NULL, NULL, error);
}
