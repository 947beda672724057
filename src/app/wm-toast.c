/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark"

#include "config.h"

#include "wm-toast.h"

/**
 * wm_toast_new_printf:
 * @format: the title, a printf() format
 *
 * A toast whose title is @format with its arguments escaped. libadwaita 1.2 always reads a
 * toast's title as Pango markup (use-markup came in 1.4), so a name such as "Tom & Jerry"
 * or an error message quoting "<" would otherwise make the title fail to show.
 *
 * Returns: (transfer full): the toast, for adw_toast_overlay_add_toast()
 */
AdwToast *
wm_toast_new_printf (const char *format,
                     ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);

  return adw_toast_new (title);
}

/**
 * wm_toast_show_error:
 * @widget: a widget inside a window's toast overlay
 * @message: what went wrong, in a sentence
 *
 * Rings the bell and shows @message as a toast of the window @widget is in (or logs it as a
 * warning when there is none, as in widget tests).
 */
void
wm_toast_show_error (GtkWidget  *widget,
                     const char *message)
{
  GtkWidget *toasts;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_error_bell (widget);
  toasts = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (toasts != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts), wm_toast_new_printf ("%s", message));
  else
    g_warning ("%s", message);
}
