/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y;
} WmRoutePoint;

/**
 * WmRouteRequest:
 * @from: the box the route starts at
 * @to: the box it ends at
 * @obstacles: (array length=n_obstacles): boxes the route should not cross; @from and @to may
 *   be among them
 * @channels_x: (array length=n_channels_x): x of the vertical channels (gutters) routes prefer
 * @channels_y: (array length=n_channels_y): y of the horizontal channels routes prefer
 * @area: where the route must stay
 */
typedef struct
{
  WmRect        from;
  WmRect        to;
  const WmRect *obstacles;
  guint         n_obstacles;
  const double *channels_x;
  guint         n_channels_x;
  const double *channels_y;
  guint         n_channels_y;
  WmRect        area;
} WmRouteRequest;

GArray  *wm_route_orthogonal      (const WmRouteRequest *request);
double   wm_route_length          (GArray               *route);
void     wm_route_point_at        (GArray               *route,
                                   double                fraction,
                                   WmRoutePoint         *point);
guint    wm_route_count_crossings (GArray               *route,
                                   const WmRect         *rect);
double   wm_route_distance        (GArray               *route,
                                   double                x,
                                   double                y);
double   wm_route_shared_length   (GArray               *a,
                                   GArray               *b);

G_END_DECLS
