/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include "wm-clipboard.h"
#include "wm-toast.h"

/**
 * wm_clipboard_set_with_text:
 * @mime_type: Waymark's format of what is copied
 * @bytes: what is copied, in that format
 * @text: the same as plain text, for other apps
 *
 * Puts both on @clipboard; a paste takes whichever it understands.
 */
void
wm_clipboard_set_with_text (GdkClipboard *clipboard,
                            const char   *mime_type,
                            GBytes       *bytes,
                            const char   *text)
{
  GdkContentProvider *providers[2];

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  providers[0] = gdk_content_provider_new_for_bytes (mime_type, bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  gdk_clipboard_set_content (clipboard,
                             gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers)));
}

gboolean
wm_clipboard_has (GdkClipboard *clipboard,
                  const char   *mime_type)
{
  g_return_val_if_fail (GDK_IS_CLIPBOARD (clipboard), FALSE);

  return gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), mime_type);
}

static void
on_spliced (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task,
                           g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source)),
                           (GDestroyNotify) g_bytes_unref);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                              NULL, &error);
  g_autoptr(GOutputStream) memory = NULL;

  if (stream == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_spliced, g_steal_pointer (&task));
}

/**
 * wm_clipboard_read_bytes_async:
 * @mime_type: the format to read
 *
 * Reads all of what @clipboard holds in @mime_type.
 */
void
wm_clipboard_read_bytes_async (GdkClipboard        *clipboard,
                               const char          *mime_type,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  const char *mime_types[] = { mime_type, NULL };
  GTask *task;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  task = g_task_new (clipboard, NULL, callback, user_data);
  g_task_set_source_tag (task, wm_clipboard_read_bytes_async);
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, on_opened, task);
}

/**
 * wm_clipboard_read_bytes_finish:
 *
 * Returns: (transfer full) (nullable): what the clipboard held, or %NULL with @error set
 */
GBytes *
wm_clipboard_read_bytes_finish (GdkClipboard  *clipboard,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, clipboard), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GtkWidget            *widget;
  WmClipboardReadFunc   read;
  WmClipboardLineFunc   from_line;
  WmClipboardPasteFunc  paste;
} Paste;

static void
paste_free (Paste *paste)
{
  g_object_unref (paste->widget);
  g_free (paste);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Paste, paste_free)

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(Paste) paste = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (objects, paste->from_line (lines[i]));
    }
  paste->paste (paste->widget, objects);
}

static void
on_format_read (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(Paste) paste = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wm_clipboard_read_bytes_finish (GDK_CLIPBOARD (source), result,
                                                            &error);
  g_autoptr(GPtrArray) objects = NULL;

  if (bytes == NULL)
    {
      /* Then as text, which every copy in Waymark's format has too. */
      gdk_clipboard_read_text_async (GDK_CLIPBOARD (source), NULL, on_text_read,
                                     g_steal_pointer (&paste));
      return;
    }
  objects = paste->read (bytes, &error);
  if (objects == NULL)
    wm_toast_show_error (paste->widget, error->message);
  else
    paste->paste (paste->widget, objects);
}

/**
 * wm_clipboard_paste:
 * @widget: the canvas pasted into
 * @mime_type: Waymark's format for what it holds
 * @read: reads that format
 * @from_line: makes an object of a line of plain text
 * @paste: puts the objects in place
 *
 * A paste: what @widget's clipboard holds in @mime_type if it has that, else plain text as
 * one object per non-empty line (trimmed). A clipboard that cannot be read is reported in a
 * toast.
 */
void
wm_clipboard_paste (GtkWidget            *widget,
                    const char           *mime_type,
                    WmClipboardReadFunc   read,
                    WmClipboardLineFunc   from_line,
                    WmClipboardPasteFunc  paste)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  Paste *data = g_new0 (Paste, 1);

  data->widget = g_object_ref (widget);
  data->read = read;
  data->from_line = from_line;
  data->paste = paste;
  if (wm_clipboard_has (clipboard, mime_type))
    wm_clipboard_read_bytes_async (clipboard, mime_type, on_format_read, data);
  else
    gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, data);
}
