/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <X11/Xlib.h>

#include "wm-canvas.h"

G_BEGIN_DECLS

/* Real input for the widget tests: XTest events under Xvfb (GDK_BACKEND=x11). @canvas is a
 * WmCanvas (any of the editors' canvases). */

/* The double-click time the tests set: a loaded machine can deschedule a test between the two
 * clicks of a double-click for longer than GTK's default 400 ms. */
#define WM_TEST_DOUBLE_CLICK_TIME 2000

gboolean  wm_test_xtest_init          (void);
Display  *wm_test_xdisplay            (void);
void      wm_test_pump                (guint            ms);

void      wm_test_widget_to_root      (GtkWidget       *widget,
                                       double           x,
                                       double           y,
                                       int             *rx,
                                       int             *ry);
void      wm_test_require_points_on_canvas
                                      (gboolean         require);
void      wm_test_document_to_root    (gpointer         canvas,
                                       double           dx,
                                       double           dy,
                                       int             *rx,
                                       int             *ry);

void      wm_test_pointer_to_root     (int              rx,
                                       int              ry);
void      wm_test_pointer_to_widget   (GtkWidget       *widget,
                                       double           x,
                                       double           y);
void      wm_test_pointer_to          (gpointer         canvas,
                                       double           dx,
                                       double           dy);

void      wm_test_button              (guint            n,
                                       gboolean         press);
void      wm_test_click               (guint            n);
void      wm_test_double_click        (void);
void      wm_test_click_at            (gpointer         canvas,
                                       double           dx,
                                       double           dy);
void      wm_test_double_click_at     (gpointer         canvas,
                                       double           dx,
                                       double           dy);
void      wm_test_drag                (gpointer         canvas,
                                       double           x0,
                                       double           y0,
                                       double           x1,
                                       double           y1,
                                       guint            steps);
void      wm_test_click_widget        (GtkWidget       *widget);

void      wm_test_modifier            (KeySym           keysym,
                                       gboolean         press);
void      wm_test_key                 (KeySym           keysym,
                                       GdkModifierType  modifiers);
void      wm_test_type_text           (const char      *text);

G_END_DECLS
