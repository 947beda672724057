/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-viewport.h"

static void
test_conversions (void)
{
  g_autoptr(WmViewport) viewport = wm_viewport_new ();
  double dx, dy, vx, vy;

  wm_viewport_set_view_size (viewport, 800, 600);
  wm_viewport_set_content_size (viewport, 4000, 3000);
  wm_viewport_set_origin (viewport, 100, 50);
  wm_viewport_view_to_document (viewport, 0, 0, &dx, &dy);
  g_assert_cmpfloat (dx, ==, 100);
  g_assert_cmpfloat (dy, ==, 50);

  wm_viewport_zoom_at (viewport, 2.0, 0, 0);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, 2.0);
  wm_viewport_view_to_document (viewport, 400, 300, &dx, &dy);
  g_assert_cmpfloat (dx, ==, 300);
  g_assert_cmpfloat (dy, ==, 200);
  wm_viewport_document_to_view (viewport, dx, dy, &vx, &vy);
  g_assert_cmpfloat (vx, ==, 400);
  g_assert_cmpfloat (vy, ==, 300);
}

/* Zooming at a point keeps the document point under it in place (the pointer, for Ctrl+scroll). */
static void
test_zoom_at_keeps_point (void)
{
  g_autoptr(WmViewport) viewport = wm_viewport_new ();
  double before_x, before_y, after_x, after_y;

  wm_viewport_set_view_size (viewport, 800, 600);
  wm_viewport_set_content_size (viewport, 5000, 5000);
  wm_viewport_set_origin (viewport, 1000, 1000);
  wm_viewport_view_to_document (viewport, 250, 170, &before_x, &before_y);
  wm_viewport_zoom_at (viewport, 1.7, 250, 170);
  wm_viewport_view_to_document (viewport, 250, 170, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (before_x, after_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (before_y, after_y, 1e-9);
}

static void
test_limits (void)
{
  g_autoptr(WmViewport) viewport = wm_viewport_new ();
  double x, y, w, h;

  wm_viewport_set_view_size (viewport, 800, 600);
  wm_viewport_set_content_size (viewport, 2000, 1500);

  wm_viewport_set_zoom (viewport, 100);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, WM_VIEWPORT_MAX_ZOOM);
  wm_viewport_set_zoom (viewport, 0.0001);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, WM_VIEWPORT_MIN_ZOOM);
  /* Close to 100 % snaps to it. */
  wm_viewport_set_zoom (viewport, 1.01);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, 1.0);

  /* The content cannot be scrolled out of sight. */
  wm_viewport_set_origin (viewport, -10000, -10000);
  wm_viewport_get_visible (viewport, &x, &y, &w, &h);
  g_assert_cmpfloat (x, >=, -48);
  g_assert_cmpfloat (y, >=, -48);
  wm_viewport_set_origin (viewport, 10000, 10000);
  wm_viewport_get_visible (viewport, &x, &y, &w, &h);
  g_assert_cmpfloat (x + w, <=, 2000 + 48);
  g_assert_cmpfloat (y + h, <=, 1500 + 48);
}

static void
test_fit_and_scroll_to_show (void)
{
  g_autoptr(WmViewport) viewport = wm_viewport_new ();
  double x, y, w, h;

  wm_viewport_set_view_size (viewport, 800, 600);
  wm_viewport_set_content_size (viewport, 3200, 1200);
  wm_viewport_fit (viewport);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, 0.25);
  wm_viewport_get_visible (viewport, &x, &y, &w, &h);
  g_assert_cmpfloat (w, >=, 3200);

  /* Fitting a small document does not blow it up past 100 %. */
  wm_viewport_set_content_size (viewport, 300, 200);
  wm_viewport_fit (viewport);
  g_assert_cmpfloat (wm_viewport_get_zoom (viewport), ==, 1.0);

  wm_viewport_set_content_size (viewport, 5000, 5000);
  wm_viewport_set_zoom (viewport, 1.0);
  wm_viewport_set_origin (viewport, 0, 0);
  wm_viewport_scroll_to_show (viewport, 2000, 3000, 150, 60);
  wm_viewport_get_visible (viewport, &x, &y, &w, &h);
  g_assert_cmpfloat (x, <=, 2000);
  g_assert_cmpfloat (x + w, >=, 2150);
  g_assert_cmpfloat (y, <=, 3000);
  g_assert_cmpfloat (y + h, >=, 3060);
}

static void
count_changed (WmViewport *viewport,
               guint      *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(WmViewport) viewport = wm_viewport_new ();
  guint count = 0;

  wm_viewport_set_view_size (viewport, 800, 600);
  wm_viewport_set_content_size (viewport, 5000, 5000);
  g_signal_connect (viewport, "changed", G_CALLBACK (count_changed), &count);
  wm_viewport_pan (viewport, -100, -100);
  g_assert_cmpuint (count, ==, 1);
  wm_viewport_pan (viewport, 0, 0);
  g_assert_cmpuint (count, ==, 1);
  wm_viewport_zoom_at (viewport, 2, 10, 10);
  g_assert_cmpuint (count, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/conversions", test_conversions);
  g_test_add_func ("/viewport/zoom-at-keeps-point", test_zoom_at_keeps_point);
  g_test_add_func ("/viewport/limits", test_limits);
  g_test_add_func ("/viewport/fit-and-scroll-to-show", test_fit_and_scroll_to_show);
  g_test_add_func ("/viewport/changed-signal", test_changed_signal);

  return g_test_run ();
}
