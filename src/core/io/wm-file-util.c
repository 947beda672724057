/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include "wm-file-util.h"

/**
 * wm_file_replace_contents:
 * @etag: (nullable): the entity tag @file must still have, or %NULL to replace anything
 * @new_etag: (out) (optional): the entity tag of the new contents
 *
 * Like g_file_replace_contents(), a temporary file is written and then renamed over @file,
 * except when writing fails. GLib 2.74 closes the stream normally after a failed write, which
 * puts the half-written temporary file in place of @file (a full disk, or a file size limit,
 * truncates the user's file). Here a failed write closes the stream cancelled, which drops
 * the temporary file and leaves @file as it was.
 *
 * Returns: whether @file now holds @contents
 */
gboolean
wm_file_replace_contents (GFile             *file,
                          const char        *contents,
                          gsize              length,
                          const char        *etag,
                          GFileCreateFlags   flags,
                          char             **new_etag,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out = g_file_replace (file, etag, FALSE, flags, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), contents, length, NULL, cancellable,
                                  error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    return FALSE;

  if (new_etag != NULL)
    *new_etag = g_file_output_stream_get_etag (out);

  return TRUE;
}
