/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "wm-route.h"

static const WmRect area = { 0, 0, 1000, 1000 };

static WmRoutePoint
point_at (GArray *route,
          guint   index)
{
  return g_array_index (route, WmRoutePoint, index);
}

static gboolean
on_boundary (const WmRect       *rect,
             const WmRoutePoint *p)
{
  gboolean on_x = fabs (p->x - rect->x) < 1e-6 || fabs (p->x - (rect->x + rect->width)) < 1e-6;
  gboolean on_y = fabs (p->y - rect->y) < 1e-6 || fabs (p->y - (rect->y + rect->height)) < 1e-6;
  gboolean within_x = p->x >= rect->x - 1e-6 && p->x <= rect->x + rect->width + 1e-6;
  gboolean within_y = p->y >= rect->y - 1e-6 && p->y <= rect->y + rect->height + 1e-6;

  return (on_x && within_y) || (on_y && within_x);
}

/* Every segment horizontal or vertical, the ends on the two boxes. */
static void
assert_well_formed (GArray       *route,
                    const WmRect *from,
                    const WmRect *to)
{
  g_assert_cmpuint (route->len, >=, 2);
  for (guint i = 1; i < route->len; i++)
    {
      WmRoutePoint a = point_at (route, i - 1), b = point_at (route, i);

      g_assert_true (fabs (a.x - b.x) < 1e-6 || fabs (a.y - b.y) < 1e-6);
    }
  g_assert_true (on_boundary (from, &g_array_index (route, WmRoutePoint, 0)));
  g_assert_true (on_boundary (to, &g_array_index (route, WmRoutePoint, route->len - 1)));
  g_assert_cmpuint (wm_route_count_crossings (route, from), ==, 0);
  g_assert_cmpuint (wm_route_count_crossings (route, to), ==, 0);
}

/* Side by side with nothing between: one straight segment from right side to left side. */
static void
test_straight (void)
{
  WmRouteRequest request = { .from = { 0, 100, 100, 40 }, .to = { 200, 100, 100, 40 }, .area = area };
  g_autoptr(GArray) route = wm_route_orthogonal (&request);

  assert_well_formed (route, &request.from, &request.to);
  g_assert_cmpuint (route->len, ==, 2);
  g_assert_cmpfloat (point_at (route, 0).x, ==, 100);
  g_assert_cmpfloat (point_at (route, 0).y, ==, 120);
  g_assert_cmpfloat (point_at (route, 1).x, ==, 200);
  g_assert_cmpfloat (point_at (route, 1).y, ==, 120);
  g_assert_cmpfloat (wm_route_length (route), ==, 100);
}

/* One above the other: straight down from the bottom side to the top side. */
static void
test_vertical (void)
{
  WmRouteRequest request = { .from = { 50, 0, 100, 40 }, .to = { 50, 200, 100, 40 }, .area = area };
  g_autoptr(GArray) route = wm_route_orthogonal (&request);

  assert_well_formed (route, &request.from, &request.to);
  g_assert_cmpuint (route->len, ==, 2);
  g_assert_cmpfloat (point_at (route, 0).y, ==, 40);
  g_assert_cmpfloat (point_at (route, 1).y, ==, 200);
  g_assert_cmpfloat (point_at (route, 0).x, ==, 100);
}

/* A box between the two: the route goes round it, through the channels. */
static void
test_around_obstacle (void)
{
  WmRect obstacles[] = { { 150, 90, 100, 60 } };
  double xs[] = { 125, 275 };
  double ys[] = { 60, 180 };
  WmRouteRequest request = {
    .from = { 0, 100, 100, 40 }, .to = { 300, 100, 100, 40 },
    .obstacles = obstacles, .n_obstacles = 1,
    .channels_x = xs, .n_channels_x = 2, .channels_y = ys, .n_channels_y = 2,
    .area = area,
  };
  g_autoptr(GArray) route = wm_route_orthogonal (&request);

  assert_well_formed (route, &request.from, &request.to);
  g_assert_cmpuint (wm_route_count_crossings (route, &obstacles[0]), ==, 0);
  /* The detour runs along a horizontal channel. */
  {
    gboolean on_channel = FALSE;

    for (guint i = 1; i < route->len; i++)
      if (point_at (route, i - 1).y == point_at (route, i).y
          && (point_at (route, i).y == 60 || point_at (route, i).y == 180))
        on_channel = TRUE;
    g_assert_true (on_channel);
  }

  /* Without the obstacle the same request goes straight: the obstacle made the difference. */
  {
    g_autoptr(GArray) direct = NULL;

    request.n_obstacles = 0;
    direct = wm_route_orthogonal (&request);
    g_assert_cmpuint (direct->len, ==, 2);
    g_assert_cmpuint (wm_route_count_crossings (direct, &obstacles[0]), ==, 1);
  }
}

/* Diagonal neighbours: the vertical run keeps to the gutter between them. */
static void
test_prefers_channels (void)
{
  double xs[] = { 0, 200, 400 };
  double ys[] = { 0, 100, 200 };
  WmRect obstacles[] = { { 12, 10, 176, 80 }, { 212, 110, 176, 80 } };
  WmRouteRequest request = {
    .from = obstacles[0], .to = obstacles[1],
    .obstacles = obstacles, .n_obstacles = 2,
    .channels_x = xs, .n_channels_x = 3, .channels_y = ys, .n_channels_y = 3,
    .area = area,
  };
  g_autoptr(GArray) route = wm_route_orthogonal (&request);
  gboolean in_gutter = FALSE;

  assert_well_formed (route, &request.from, &request.to);
  for (guint i = 1; i < route->len; i++)
    if (point_at (route, i - 1).x == point_at (route, i).x && point_at (route, i).x == 200)
      in_gutter = TRUE;
  g_assert_true (in_gutter);
}

/* Walled in: no way round, so the route crosses (rather than failing), still well formed. */
static void
test_blocked (void)
{
  WmRect obstacles[] = { { 110, -500, 50, 2000 } };
  WmRouteRequest request = {
    .from = { 0, 100, 100, 40 }, .to = { 300, 100, 100, 40 },
    .obstacles = obstacles, .n_obstacles = 1,
    .area = { -10, 50, 500, 200 },
  };
  g_autoptr(GArray) route = wm_route_orthogonal (&request);

  assert_well_formed (route, &request.from, &request.to);
  g_assert_cmpuint (wm_route_count_crossings (route, &obstacles[0]), ==, 1);
}

static void
test_measures (void)
{
  g_autoptr(GArray) route = g_array_new (FALSE, FALSE, sizeof (WmRoutePoint));
  WmRoutePoint points[] = { { 0, 0 }, { 100, 0 }, { 100, 50 } };
  WmRoutePoint middle;
  WmRect box = { 40, -10, 20, 20 };
  WmRect beside = { 40, 5, 20, 20 };

  g_array_append_vals (route, points, 3);
  g_assert_cmpfloat (wm_route_length (route), ==, 150);
  wm_route_point_at (route, 0.5, &middle);
  g_assert_cmpfloat (middle.x, ==, 75);
  g_assert_cmpfloat (middle.y, ==, 0);
  wm_route_point_at (route, 1, &middle);
  g_assert_cmpfloat (middle.y, ==, 50);
  g_assert_cmpfloat (wm_route_distance (route, 50, 3), ==, 3);
  g_assert_cmpfloat (wm_route_distance (route, 104, 25), ==, 4);
  g_assert_cmpuint (wm_route_count_crossings (route, &box), ==, 1);
  g_assert_cmpuint (wm_route_count_crossings (route, &beside), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/route/straight", test_straight);
  g_test_add_func ("/route/vertical", test_vertical);
  g_test_add_func ("/route/around-obstacle", test_around_obstacle);
  g_test_add_func ("/route/prefers-channels", test_prefers_channels);
  g_test_add_func ("/route/blocked", test_blocked);
  g_test_add_func ("/route/measures", test_measures);

  return g_test_run ();
}
