/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "wm-test-xtest.h"

/* Shared by the widget tests: real pointer and key events sent with XTest, and the way from a
 * widget or document point to the X root window.
 *
 * Made for a loaded machine: the press and release of a click, and the two clicks of a
 * double-click, go to the X server back to back, so that a slow frame between them cannot
 * outlast the double-click time (GTK then cancels the click or sees two single clicks); and
 * the double-click time itself is raised. */

/* Whether the tests can run (an X11 display); sets the double-click time. */
gboolean
wm_test_xtest_init (void)
{
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return FALSE;

  g_object_set (gtk_settings_get_default (), "gtk-double-click-time", WM_TEST_DOUBLE_CLICK_TIME,
                NULL);

  return TRUE;
}

Display *
wm_test_xdisplay (void)
{
  return gdk_x11_display_get_xdisplay (gdk_display_get_default ());
}

/* Runs the main loop for @ms milliseconds. */
void
wm_test_pump (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* Widget point → root window point, through the widget tree and the X window. */
void
wm_test_widget_to_root (GtkWidget *widget,
                        double     x,
                        double     y,
                        int       *rx,
                        int       *ry)
{
  Display *xdisplay = wm_test_xdisplay ();
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  double nx, ny, sx, sy;
  Window x_child;
  int ox, oy;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &nx, &ny));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface), DefaultRootWindow (xdisplay),
                         0, 0, &ox, &oy, &x_child);
  *rx = ox + (int) round (nx + sx);
  *ry = oy + (int) round (ny + sy);
}

static gboolean points_on_canvas;

/* From now on, every document point given to the functions below must be on the visible part
 * of the canvas (a test that places all its events inside the canvas checks it this way). A
 * drag, once started, may otherwise leave the canvas: the canvas has the pointer grab. */
void
wm_test_require_points_on_canvas (gboolean require)
{
  points_on_canvas = require;
}

/* Document point → root window point, through the canvas's viewport. */
void
wm_test_document_to_root (gpointer  canvas,
                          double    dx,
                          double    dy,
                          int      *rx,
                          int      *ry)
{
  GtkWidget *widget = GTK_WIDGET (canvas);
  double wx, wy;

  wm_canvas_document_to_widget (WM_CANVAS (canvas), dx, dy, &wx, &wy);
  if (points_on_canvas)
    {
      gboolean inside = wx >= 0 && wy >= 0 && wx < gtk_widget_get_width (widget)
                        && wy < gtk_widget_get_height (widget);

      if (!inside)
        g_test_message ("document point %g, %g is at %g, %g, outside the canvas", dx, dy, wx, wy);
      g_assert_true (inside);
    }
  wm_test_widget_to_root (widget, wx, wy, rx, ry);
}

void
wm_test_pointer_to_root (int rx,
                         int ry)
{
  Display *xdisplay = wm_test_xdisplay ();

  XTestFakeMotionEvent (xdisplay, -1, rx, ry, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (30);
}

void
wm_test_pointer_to_widget (GtkWidget *widget,
                           double     x,
                           double     y)
{
  int rx, ry;

  wm_test_widget_to_root (widget, x, y, &rx, &ry);
  wm_test_pointer_to_root (rx, ry);
}

void
wm_test_pointer_to (gpointer  canvas,
                    double    dx,
                    double    dy)
{
  int rx, ry;

  wm_test_document_to_root (canvas, dx, dy, &rx, &ry);
  wm_test_pointer_to_root (rx, ry);
}

/* Presses or releases button @n alone: for drags. */
void
wm_test_button (guint    n,
                gboolean press)
{
  Display *xdisplay = wm_test_xdisplay ();

  XTestFakeButtonEvent (xdisplay, n, press, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (30);
}

/* A click of button @n where the pointer is, press and release back to back. */
void
wm_test_click (guint n)
{
  Display *xdisplay = wm_test_xdisplay ();

  XTestFakeButtonEvent (xdisplay, n, True, CurrentTime);
  XTestFakeButtonEvent (xdisplay, n, False, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (30);
}

/* A double-click where the pointer is: all four button events back to back. */
void
wm_test_double_click (void)
{
  Display *xdisplay = wm_test_xdisplay ();

  for (guint i = 0; i < 2; i++)
    {
      XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
      XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
    }
  XFlush (xdisplay);
  wm_test_pump (100);
}

/* A click at a document point, then a wait past the double-click time, so that the next click
 * is a click of its own. */
void
wm_test_click_at (gpointer  canvas,
                  double    dx,
                  double    dy)
{
  wm_test_pointer_to (canvas, dx, dy);
  wm_test_click (1);
  wm_test_pump (WM_TEST_DOUBLE_CLICK_TIME + 100);
}

void
wm_test_double_click_at (gpointer  canvas,
                         double    dx,
                         double    dy)
{
  wm_test_pointer_to (canvas, dx, dy);
  wm_test_double_click ();
}

/* Presses at (x0, y0), moves in @steps steps to (x1, y1) and releases there. */
void
wm_test_drag (gpointer  canvas,
              double    x0,
              double    y0,
              double    x1,
              double    y1,
              guint     steps)
{
  wm_test_pointer_to (canvas, x0, y0);
  wm_test_button (1, TRUE);
  for (guint i = 1; i <= steps; i++)
    wm_test_pointer_to (canvas, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
  wm_test_button (1, FALSE);
  wm_test_pump (100);
}

/* A click in the middle of @widget. */
void
wm_test_click_widget (GtkWidget *widget)
{
  wm_test_pointer_to_widget (widget, gtk_widget_get_width (widget) / 2.0,
                             gtk_widget_get_height (widget) / 2.0);
  wm_test_pump (100);
  wm_test_click (1);
  wm_test_pump (90);
}

void
wm_test_modifier (KeySym   keysym,
                  gboolean press)
{
  Display *xdisplay = wm_test_xdisplay ();

  XTestFakeKeyEvent (xdisplay, XKeysymToKeycode (xdisplay, keysym), press, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (20);
}

static void
modifiers (GdkModifierType mask,
           gboolean        press)
{
  if (mask & GDK_CONTROL_MASK)
    wm_test_modifier (XK_Control_L, press);
  if (mask & GDK_SHIFT_MASK)
    wm_test_modifier (XK_Shift_L, press);
  if (mask & GDK_ALT_MASK)
    wm_test_modifier (XK_Alt_L, press);
}

/* Presses and releases @keysym with @mask (Control, Shift, Alt) held. */
void
wm_test_key (KeySym          keysym,
             GdkModifierType mask)
{
  Display *xdisplay = wm_test_xdisplay ();
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  modifiers (mask, TRUE);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (30);
  modifiers (mask, FALSE);
}

/* Types printable ASCII @text, with Shift where the keyboard needs it (capitals, ':', …). */
void
wm_test_type_text (const char *text)
{
  Display *xdisplay = wm_test_xdisplay ();

  for (const char *p = text; *p != '\0'; p++)
    {
      KeySym keysym = (KeySym) (unsigned char) *p;
      KeyCode code = XKeysymToKeycode (xdisplay, keysym);
      gboolean shifted;

      g_assert_cmpuint (code, !=, 0);
      shifted = XkbKeycodeToKeysym (xdisplay, code, 0, 0) != keysym;
      wm_test_key (keysym, shifted ? GDK_SHIFT_MASK : 0);
    }
}
