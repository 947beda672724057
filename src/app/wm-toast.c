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
