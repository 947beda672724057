/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *wm_toast_new_printf (const char *format,
                               ...) G_GNUC_PRINTF (1, 2);
void      wm_toast_show_error (GtkWidget  *widget,
                               const char *message);

G_END_DECLS
