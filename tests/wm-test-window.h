/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-application.h"
#include "wm-window.h"

G_BEGIN_DECLS

/* Fixture helpers of the widget tests of the application shell (real windows under Xvfb). */

WmApplication    *wm_test_application_new         (void);
void              wm_test_spin                    (void);
GtkWindow        *wm_test_find_toplevel           (GType             type);
gboolean          wm_test_has_toplevel            (gpointer          type);
gboolean          wm_test_no_toplevel             (gpointer          type);
gboolean          wm_test_not_loading             (gpointer          window);
WmWindow         *wm_test_open_file               (WmApplication    *app,
                                                   const char       *path);
void              wm_test_close_all_windows       (WmApplication    *app);
AdwMessageDialog *wm_test_wait_for_message_dialog (void);
void              wm_test_respond                 (AdwMessageDialog *dialog,
                                                   const char       *response);

G_END_DECLS
