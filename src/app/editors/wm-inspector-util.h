/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Helpers the inspectors and the persona editor share for their text fields: a #GtkEditable
 * (an entry or entry row) or a #GtkTextView. */
char *wm_inspector_get_text          (GtkWidget  *widget);
void  wm_inspector_set_text          (GtkWidget  *widget,
                                      const char *text);
void  wm_inspector_settle_text_view  (GtkWidget  *view);

G_END_DECLS
