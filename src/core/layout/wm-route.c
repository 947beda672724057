/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wm-route.h"

/* Orthogonal connector routing on a sparse grid.
 *
 * The grid's lines are the channels the caller names (the gutters between cells) plus the
 * lines through the sides and centres of the two boxes. A route leaves its first box
 * through the middle of one side, runs along grid lines and enters the second box through
 * the middle of one side; the cheapest such route wins. Length costs, a little more off the
 * channels; each bend costs; crossing a box costs so much that a route crosses one only when
 * there is no way around.
 */

#define BEND_COST          18.0
#define CROSS_COST         5000.0
#define OFF_CHANNEL_FACTOR 1.3
#define CLEARANCE          3.0
#define EPSILON            0.01

enum { DIR_RIGHT, DIR_LEFT, DIR_DOWN, DIR_UP, N_DIRS };

typedef struct
{
  double   value;
  gboolean channel;
} Coordinate;

typedef struct
{
  double cost;
  guint  state;
} HeapEntry;

static int
compare_coordinates (gconstpointer a,
                     gconstpointer b)
{
  double va = ((const Coordinate *) a)->value, vb = ((const Coordinate *) b)->value;

  return va < vb ? -1 : va > vb ? 1 : 0;
}

static void
add_coordinate (GArray   *coordinates,
                double    value,
                gboolean  channel,
                double    min,
                double    max)
{
  Coordinate c = { value, channel };

  if (isfinite (value) && value >= min - EPSILON && value <= max + EPSILON)
    g_array_append_val (coordinates, c);
}

/* Sorts and merges coordinates closer than EPSILON; a merged one is a channel if any was. */
static void
sort_unique (GArray *coordinates)
{
  guint out = 0;

  g_array_sort (coordinates, compare_coordinates);
  for (guint i = 0; i < coordinates->len; i++)
    {
      Coordinate *c = &g_array_index (coordinates, Coordinate, i);

      if (out > 0 && c->value - g_array_index (coordinates, Coordinate, out - 1).value < EPSILON)
        {
          g_array_index (coordinates, Coordinate, out - 1).channel |= c->channel;
          continue;
        }
      g_array_index (coordinates, Coordinate, out++) = *c;
    }
  g_array_set_size (coordinates, out);
}

static guint
find_coordinate (GArray *coordinates,
                 double  value)
{
  for (guint i = 0; i < coordinates->len; i++)
    if (fabs (g_array_index (coordinates, Coordinate, i).value - value) < EPSILON)
      return i;
  return G_MAXUINT;
}

/* Whether the segment from (x0, y0) to (x1, y1), horizontal or vertical, passes through the
 * open inside of @rect. */
static gboolean
segment_crosses (double        x0,
                 double        y0,
                 double        x1,
                 double        y1,
                 const WmRect *rect)
{
  double left = MIN (x0, x1), right = MAX (x0, x1);
  double top = MIN (y0, y1), bottom = MAX (y0, y1);

  if (top == bottom)
    return top > rect->y && top < rect->y + rect->height
           && left < rect->x + rect->width && right > rect->x;
  return left > rect->x && left < rect->x + rect->width
         && top < rect->y + rect->height && bottom > rect->y;
}

static gboolean
rect_equal (const WmRect *a,
            const WmRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

static void
heap_push (GArray *heap,
           double  cost,
           guint   state)
{
  HeapEntry entry = { cost, state };
  guint i;

  g_array_append_val (heap, entry);
  i = heap->len - 1;
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      HeapEntry *p = &g_array_index (heap, HeapEntry, parent);
      HeapEntry *c = &g_array_index (heap, HeapEntry, i);
      HeapEntry tmp;

      if (p->cost <= c->cost)
        break;
      tmp = *p;
      *p = *c;
      *c = tmp;
      i = parent;
    }
}

static HeapEntry
heap_pop (GArray *heap)
{
  HeapEntry top = g_array_index (heap, HeapEntry, 0);
  guint i = 0;

  g_array_index (heap, HeapEntry, 0) = g_array_index (heap, HeapEntry, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, smallest = i;
      HeapEntry tmp;

      if (l < heap->len && g_array_index (heap, HeapEntry, l).cost < g_array_index (heap, HeapEntry, smallest).cost)
        smallest = l;
      if (r < heap->len && g_array_index (heap, HeapEntry, r).cost < g_array_index (heap, HeapEntry, smallest).cost)
        smallest = r;
      if (smallest == i)
        break;
      tmp = g_array_index (heap, HeapEntry, i);
      g_array_index (heap, HeapEntry, i) = g_array_index (heap, HeapEntry, smallest);
      g_array_index (heap, HeapEntry, smallest) = tmp;
      i = smallest;
    }

  return top;
}

/* Drops points in the middle of straight runs. */
static void
simplify (GArray *route)
{
  guint out = 0;

  for (guint i = 0; i < route->len; i++)
    {
      WmRoutePoint p = g_array_index (route, WmRoutePoint, i);

      if (out > 0)
        {
          WmRoutePoint *last = &g_array_index (route, WmRoutePoint, out - 1);

          if (fabs (last->x - p.x) < EPSILON && fabs (last->y - p.y) < EPSILON)
            continue;
          if (out > 1)
            {
              WmRoutePoint *before = &g_array_index (route, WmRoutePoint, out - 2);
              gboolean vertical = fabs (before->x - last->x) < EPSILON && fabs (last->x - p.x) < EPSILON;
              gboolean horizontal = fabs (before->y - last->y) < EPSILON && fabs (last->y - p.y) < EPSILON;

              if (vertical || horizontal)
                {
                  *last = p;
                  continue;
                }
            }
        }
      g_array_index (route, WmRoutePoint, out++) = p;
    }
  g_array_set_size (route, out);
}

/* A plain elbow from the right of @from to the left of @to, when the grid has no route. */
static GArray *
fallback_route (const WmRouteRequest *request)
{
  GArray *route = g_array_new (FALSE, FALSE, sizeof (WmRoutePoint));
  WmRoutePoint a = { request->from.x + request->from.width, request->from.y + request->from.height / 2 };
  WmRoutePoint d = { request->to.x, request->to.y + request->to.height / 2 };
  WmRoutePoint b = { (a.x + d.x) / 2, a.y };
  WmRoutePoint c = { (a.x + d.x) / 2, d.y };

  g_array_append_val (route, a);
  g_array_append_val (route, b);
  g_array_append_val (route, c);
  g_array_append_val (route, d);
  simplify (route);

  return route;
}

/**
 * wm_route_orthogonal:
 * @request: the boxes to connect, what to avoid and where to prefer to run
 *
 * Finds a route of horizontal and vertical segments from the middle of a side of
 * @request->from to the middle of a side of @request->to. It leaves and enters the boxes
 * straight (perpendicular to the side), keeps to the channels where it can, bends little and
 * crosses no obstacle unless every way round is blocked.
 *
 * Returns: (transfer full) (element-type WmRoutePoint): the corners of the route, from the
 *   start on @from to the end on @to (at least two points)
 */
GArray *
wm_route_orthogonal (const WmRouteRequest *request)
{
  const WmRect *from = &request->from, *to = &request->to;
  const WmRect *area = &request->area;
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (Coordinate));
  g_autoptr(GArray) ys = g_array_new (FALSE, FALSE, sizeof (Coordinate));
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (WmRect));
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (HeapEntry));
  g_autofree double *cost = NULL;
  g_autofree guint *previous = NULL;
  g_autofree guint *h_cross = NULL;
  g_autofree guint *v_cross = NULL;
  guint nx, ny, n_states;
  guint goal = G_MAXUINT;
  guint start_node[N_DIRS], goal_node[N_DIRS];
  GArray *route;

  g_return_val_if_fail (request != NULL, NULL);

  /* The grid. */
  for (guint i = 0; i < request->n_channels_x; i++)
    add_coordinate (xs, request->channels_x[i], TRUE, area->x, area->x + area->width);
  for (guint i = 0; i < request->n_channels_y; i++)
    add_coordinate (ys, request->channels_y[i], TRUE, area->y, area->y + area->height);
  for (guint k = 0; k < 2; k++)
    {
      const WmRect *box = k == 0 ? from : to;

      add_coordinate (xs, box->x, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
      add_coordinate (xs, box->x + box->width / 2, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
      add_coordinate (xs, box->x + box->width, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
      add_coordinate (ys, box->y, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
      add_coordinate (ys, box->y + box->height / 2, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
      add_coordinate (ys, box->y + box->height, FALSE, -G_MAXDOUBLE, G_MAXDOUBLE);
    }
  sort_unique (xs);
  sort_unique (ys);
  nx = xs->len;
  ny = ys->len;
  if (nx < 2 || ny < 2 || rect_equal (from, to))
    return fallback_route (request);

  /* What not to cross: the obstacles with a little clearance, the two boxes as they are. */
  for (guint i = 0; i < request->n_obstacles; i++)
    {
      const WmRect *o = &request->obstacles[i];
      WmRect block = { o->x - CLEARANCE, o->y - CLEARANCE, o->width + 2 * CLEARANCE,
                       o->height + 2 * CLEARANCE };

      if (rect_equal (o, from) || rect_equal (o, to))
        continue;
      g_array_append_val (blocks, block);
    }
  g_array_append_vals (blocks, from, 1);
  g_array_append_vals (blocks, to, 1);

#define X(i) (g_array_index (xs, Coordinate, (i)).value)
#define Y(j) (g_array_index (ys, Coordinate, (j)).value)
#define NODE(i, j) ((j) * nx + (i))

  /* Ports: the middle of each side, with the direction that leaves (or enters) the box. */
  {
    guint fl = find_coordinate (xs, from->x), fr = find_coordinate (xs, from->x + from->width);
    guint fcx = find_coordinate (xs, from->x + from->width / 2);
    guint ft = find_coordinate (ys, from->y), fb = find_coordinate (ys, from->y + from->height);
    guint fcy = find_coordinate (ys, from->y + from->height / 2);
    guint tl = find_coordinate (xs, to->x), tr = find_coordinate (xs, to->x + to->width);
    guint tcx = find_coordinate (xs, to->x + to->width / 2);
    guint tt = find_coordinate (ys, to->y), tb = find_coordinate (ys, to->y + to->height);
    guint tcy = find_coordinate (ys, to->y + to->height / 2);

    start_node[DIR_RIGHT] = NODE (fr, fcy);
    start_node[DIR_LEFT] = NODE (fl, fcy);
    start_node[DIR_DOWN] = NODE (fcx, fb);
    start_node[DIR_UP] = NODE (fcx, ft);
    /* Arriving moving right means entering by the left side, and so on. */
    goal_node[DIR_RIGHT] = NODE (tl, tcy);
    goal_node[DIR_LEFT] = NODE (tr, tcy);
    goal_node[DIR_DOWN] = NODE (tcx, tt);
    goal_node[DIR_UP] = NODE (tcx, tb);
  }

  /* How many boxes each grid edge crosses, worked out once: per row (column), only the boxes
   * the row's line passes through can be crossed by its edges. */
  h_cross = g_new0 (guint, (nx - 1) * ny);
  v_cross = g_new0 (guint, nx * (ny - 1));
  for (guint b = 0; b < blocks->len; b++)
    {
      const WmRect *block = &g_array_index (blocks, WmRect, b);

      for (guint j = 0; j < ny; j++)
        if (Y (j) > block->y && Y (j) < block->y + block->height)
          for (guint i = 0; i + 1 < nx; i++)
            if (X (i) < block->x + block->width && X (i + 1) > block->x)
              h_cross[j * (nx - 1) + i]++;
      for (guint i = 0; i < nx; i++)
        if (X (i) > block->x && X (i) < block->x + block->width)
          for (guint j = 0; j + 1 < ny; j++)
            if (Y (j) < block->y + block->height && Y (j + 1) > block->y)
              v_cross[i * (ny - 1) + j]++;
    }

  n_states = nx * ny * N_DIRS;
  cost = g_new (double, n_states);
  previous = g_new (guint, n_states);
  for (guint s = 0; s < n_states; s++)
    {
      cost[s] = G_MAXDOUBLE;
      previous[s] = G_MAXUINT;
    }

  /* A state is a node and the direction the route arrived in. The starts are the ports of
   * @from, "arrived" in the direction that leaves the box, so the first segment goes out. */
  for (guint d = 0; d < N_DIRS; d++)
    {
      guint state = start_node[d] * N_DIRS + d;

      cost[state] = 0;
      heap_push (heap, 0, state);
    }

  while (heap->len > 0)
    {
      HeapEntry entry = heap_pop (heap);
      guint state = entry.state;
      guint node = state / N_DIRS, dir = state % N_DIRS;
      guint i = node % nx, j = node / nx;
      gboolean at_start;

      if (entry.cost > cost[state])
        continue;
      if (node == goal_node[dir] && previous[state] != G_MAXUINT)
        {
          goal = state;
          break;
        }

      at_start = previous[state] == G_MAXUINT;
      for (guint d = 0; d < N_DIRS; d++)
        {
          guint ni = i, nj = j, next;
          double length, step_cost;
          gboolean channel;
          guint crossings = 0;

          /* No turning back, and no turn before leaving the box. */
          if ((dir ^ 1) == d || (at_start && d != dir))
            continue;
          switch (d)
            {
            case DIR_RIGHT:
              if (i + 1 >= nx)
                continue;
              ni = i + 1;
              break;
            case DIR_LEFT:
              if (i == 0)
                continue;
              ni = i - 1;
              break;
            case DIR_DOWN:
              if (j + 1 >= ny)
                continue;
              nj = j + 1;
              break;
            case DIR_UP:
            default:
              if (j == 0)
                continue;
              nj = j - 1;
              break;
            }

          length = fabs (X (ni) - X (i)) + fabs (Y (nj) - Y (j));
          channel = d == DIR_RIGHT || d == DIR_LEFT ? g_array_index (ys, Coordinate, j).channel
                                                    : g_array_index (xs, Coordinate, i).channel;
          if (nj == j)
            crossings = h_cross[j * (nx - 1) + MIN (i, ni)];
          else
            crossings = v_cross[i * (ny - 1) + MIN (j, nj)];

          step_cost = length * (channel ? 1.0 : OFF_CHANNEL_FACTOR) + crossings * CROSS_COST
                      + (d != dir ? BEND_COST : 0);
          next = NODE (ni, nj) * N_DIRS + d;
          if (entry.cost + step_cost < cost[next])
            {
              cost[next] = entry.cost + step_cost;
              previous[next] = state;
              heap_push (heap, cost[next], next);
            }
        }
    }

  if (goal == G_MAXUINT)
    return fallback_route (request);

  route = g_array_new (FALSE, FALSE, sizeof (WmRoutePoint));
  for (guint s = goal; s != G_MAXUINT; s = previous[s])
    {
      guint node = s / N_DIRS;
      WmRoutePoint p = { X (node % nx), Y (node / nx) };

      g_array_prepend_val (route, p);
    }
  simplify (route);

#undef X
#undef Y
#undef NODE

  return route;
}

/**
 * wm_route_length:
 * @route: (element-type WmRoutePoint): a route
 *
 * Returns: the length of @route
 */
double
wm_route_length (GArray *route)
{
  double length = 0;

  g_return_val_if_fail (route != NULL, 0);

  for (guint i = 1; i < route->len; i++)
    {
      const WmRoutePoint *a = &g_array_index (route, WmRoutePoint, i - 1);
      const WmRoutePoint *b = &g_array_index (route, WmRoutePoint, i);

      length += hypot (b->x - a->x, b->y - a->y);
    }

  return length;
}

/**
 * wm_route_point_at:
 * @route: (element-type WmRoutePoint): a route of at least one point
 * @fraction: how far along, 0 (start) … 1 (end)
 * @point: (out): the point that far along the route
 */
void
wm_route_point_at (GArray       *route,
                   double        fraction,
                   WmRoutePoint *point)
{
  double remaining;

  g_return_if_fail (route != NULL && route->len > 0);

  remaining = CLAMP (fraction, 0, 1) * wm_route_length (route);
  *point = g_array_index (route, WmRoutePoint, 0);
  for (guint i = 1; i < route->len; i++)
    {
      const WmRoutePoint *a = &g_array_index (route, WmRoutePoint, i - 1);
      const WmRoutePoint *b = &g_array_index (route, WmRoutePoint, i);
      double length = hypot (b->x - a->x, b->y - a->y);

      if (remaining <= length && length > 0)
        {
          point->x = a->x + (b->x - a->x) * remaining / length;
          point->y = a->y + (b->y - a->y) * remaining / length;
          return;
        }
      remaining -= length;
      *point = *b;
    }
}

/**
 * wm_route_count_crossings:
 * @route: (element-type WmRoutePoint): a route
 * @rect: a box
 *
 * Returns: how many of the route's segments pass through the inside of @rect (running along
 *   its edge does not count)
 */
guint
wm_route_count_crossings (GArray       *route,
                          const WmRect *rect)
{
  guint n = 0;

  g_return_val_if_fail (route != NULL, 0);
  g_return_val_if_fail (rect != NULL, 0);

  for (guint i = 1; i < route->len; i++)
    {
      const WmRoutePoint *a = &g_array_index (route, WmRoutePoint, i - 1);
      const WmRoutePoint *b = &g_array_index (route, WmRoutePoint, i);

      if (a->x == b->x || a->y == b->y)
        {
          if (segment_crosses (a->x, a->y, b->x, b->y, rect))
            n++;
        }
      else
        {
          /* A slanted segment (not made by the router): sample it. */
          for (guint k = 1; k < 64; k++)
            {
              double t = k / 64.0;

              if (wm_rect_contains (rect, a->x + (b->x - a->x) * t, a->y + (b->y - a->y) * t))
                {
                  n++;
                  break;
                }
            }
        }
    }

  return n;
}

/**
 * wm_route_distance:
 * @route: (element-type WmRoutePoint): a route
 *
 * Returns: the distance from (@x, @y) to the nearest point of @route
 */
double
wm_route_distance (GArray *route,
                   double  x,
                   double  y)
{
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (route != NULL, G_MAXDOUBLE);

  for (guint i = 0; i < route->len; i++)
    {
      const WmRoutePoint *b = &g_array_index (route, WmRoutePoint, i);
      double distance;

      if (i == 0)
        {
          distance = hypot (x - b->x, y - b->y);
        }
      else
        {
          const WmRoutePoint *a = &g_array_index (route, WmRoutePoint, i - 1);
          double dx = b->x - a->x, dy = b->y - a->y;
          double length2 = dx * dx + dy * dy;
          double t = length2 > 0 ? CLAMP (((x - a->x) * dx + (y - a->y) * dy) / length2, 0, 1) : 0;

          distance = hypot (x - (a->x + t * dx), y - (a->y + t * dy));
        }
      best = MIN (best, distance);
    }

  return best;
}

/**
 * wm_route_shared_length:
 * @a: (element-type WmRoutePoint): a route
 * @b: (element-type WmRoutePoint): another route
 *
 * Returns: how long the two routes run on top of each other (along the same horizontal or
 *   vertical line), where a reader could not tell them apart
 */
double
wm_route_shared_length (GArray *a,
                        GArray *b)
{
  double shared = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  for (guint i = 1; i < a->len; i++)
    {
      const WmRoutePoint *a0 = &g_array_index (a, WmRoutePoint, i - 1);
      const WmRoutePoint *a1 = &g_array_index (a, WmRoutePoint, i);

      for (guint j = 1; j < b->len; j++)
        {
          const WmRoutePoint *b0 = &g_array_index (b, WmRoutePoint, j - 1);
          const WmRoutePoint *b1 = &g_array_index (b, WmRoutePoint, j);
          double overlap = 0;

          if (a0->y == a1->y && b0->y == b1->y && fabs (a0->y - b0->y) < 1)
            overlap = MIN (MAX (a0->x, a1->x), MAX (b0->x, b1->x)) - MAX (MIN (a0->x, a1->x), MIN (b0->x, b1->x));
          else if (a0->x == a1->x && b0->x == b1->x && fabs (a0->x - b0->x) < 1)
            overlap = MIN (MAX (a0->y, a1->y), MAX (b0->y, b1->y)) - MAX (MIN (a0->y, a1->y), MIN (b0->y, b1->y));
          if (overlap > 0)
            shared += overlap;
        }
    }

  return shared;
}
