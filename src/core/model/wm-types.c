/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-types.h"

/**
 * wm_lane_kind_holds_cards:
 * @kind: a #WmLaneKind
 *
 * Returns: whether a lane of @kind holds cards in its cells (text cards, channel chips or
 *   pictures), rather than emotion scores or metric values
 */
gboolean
wm_lane_kind_holds_cards (WmLaneKind kind)
{
  return kind != WM_LANE_KIND_EMOTION && kind != WM_LANE_KIND_METRICS;
}
