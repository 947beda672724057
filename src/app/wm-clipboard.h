/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Waymark's own clipboard formats next to plain text: what the canvases copy. */
void    wm_clipboard_set_with_text      (GdkClipboard         *clipboard,
                                         const char           *mime_type,
                                         GBytes               *bytes,
                                         const char           *text);
gboolean wm_clipboard_has               (GdkClipboard         *clipboard,
                                         const char           *mime_type);
void    wm_clipboard_read_bytes_async   (GdkClipboard         *clipboard,
                                         const char           *mime_type,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
GBytes *wm_clipboard_read_bytes_finish  (GdkClipboard         *clipboard,
                                         GAsyncResult         *result,
                                         GError              **error);

/* Reads @bytes of Waymark's format into new objects, or fails with a message for the user. */
typedef GPtrArray *(*WmClipboardReadFunc)  (GBytes      *bytes,
                                            GError     **error);
/* A new object holding one line of pasted plain text. */
typedef gpointer   (*WmClipboardLineFunc)  (const char  *line);
/* Puts the new objects where the paste goes, as one undo step. */
typedef void       (*WmClipboardPasteFunc) (GtkWidget   *widget,
                                            GPtrArray   *objects);

void    wm_clipboard_paste              (GtkWidget            *widget,
                                         const char           *mime_type,
                                         WmClipboardReadFunc   read,
                                         WmClipboardLineFunc   from_line,
                                         WmClipboardPasteFunc  paste);

G_END_DECLS
