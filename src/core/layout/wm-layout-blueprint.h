/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Geometry of a service blueprint, in document units. */
#define WM_BLUEPRINT_MARGIN        24.0
#define WM_BLUEPRINT_HEADER_WIDTH  172.0
#define WM_BLUEPRINT_STEP_WIDTH    188.0

#define WM_TYPE_BLUEPRINT_LAYOUT (wm_blueprint_layout_get_type ())
G_DECLARE_FINAL_TYPE (WmBlueprintLayout, wm_blueprint_layout, WM, BLUEPRINT_LAYOUT, GObject)

/**
 * WmBlueprintCell:
 * @lane: index of the lane (row) in the blueprint's lanes
 * @step: index of the step (column) in the blueprint's steps
 * @bounds: the cell's rectangle
 */
typedef struct
{
  guint  lane;
  guint  step;
  WmRect bounds;
} WmBlueprintCell;

WmBlueprintLayout  *wm_blueprint_layout_new                (WmDocument         *document,
                                                            WmServiceBlueprint *blueprint,
                                                            const WmStyle      *style);
WmDisplayList      *wm_blueprint_layout_get_display_list   (WmBlueprintLayout  *self);
WmServiceBlueprint *wm_blueprint_layout_get_blueprint      (WmBlueprintLayout  *self);
guint               wm_blueprint_layout_get_n_lanes        (WmBlueprintLayout  *self);
guint               wm_blueprint_layout_get_n_steps        (WmBlueprintLayout  *self);
gboolean            wm_blueprint_layout_get_cell           (WmBlueprintLayout  *self,
                                                            guint               lane,
                                                            guint               step,
                                                            WmBlueprintCell    *cell);
gboolean            wm_blueprint_layout_cell_at            (WmBlueprintLayout  *self,
                                                            double              x,
                                                            double              y,
                                                            WmBlueprintCell    *cell);
gboolean            wm_blueprint_layout_get_lane_header    (WmBlueprintLayout  *self,
                                                            guint               lane,
                                                            WmRect             *bounds);
gboolean            wm_blueprint_layout_get_step_header    (WmBlueprintLayout  *self,
                                                            guint               step,
                                                            WmRect             *bounds);
/* Items of a cell in order: (element-type WmBlueprintItem) (transfer container) */
GPtrArray          *wm_blueprint_layout_get_items_in_cell  (WmBlueprintLayout  *self,
                                                            guint               lane,
                                                            guint               step);
gboolean            wm_blueprint_layout_get_item_bounds    (WmBlueprintLayout  *self,
                                                            const char         *item_id,
                                                            WmRect             *bounds);
/* Where a new arrow may start: a small handle on the item's right edge. */
gboolean            wm_blueprint_layout_get_item_handle    (WmBlueprintLayout  *self,
                                                            const char         *item_id,
                                                            WmRect             *bounds);
/* Index among the cell's items at which something dropped at @y would go. */
guint               wm_blueprint_layout_insertion_index    (WmBlueprintLayout  *self,
                                                            guint               lane,
                                                            guint               step,
                                                            double              y);
/* The arrow whose connector passes within a few units of (x, y), or NULL. */
const char         *wm_blueprint_layout_arrow_at           (WmBlueprintLayout  *self,
                                                            double              x,
                                                            double              y);

/* Additions to the shared contract. */

/**
 * WmBlueprintLine:
 * @WM_BLUEPRINT_LINE_INTERACTION: between customer actions and frontstage actions
 * @WM_BLUEPRINT_LINE_VISIBILITY: between frontstage and backstage actions
 * @WM_BLUEPRINT_LINE_INTERNAL_INTERACTION: between backstage actions and support processes
 *
 * The lines of a service blueprint, drawn where those lanes are next to each other.
 */
typedef enum
{
  WM_BLUEPRINT_LINE_INTERACTION,
  WM_BLUEPRINT_LINE_VISIBILITY,
  WM_BLUEPRINT_LINE_INTERNAL_INTERACTION,
} WmBlueprintLine;

#define WM_BLUEPRINT_N_LINES 3

/* The y of a line, FALSE when the blueprint has no such pair of adjacent lanes. */
gboolean            wm_blueprint_layout_get_line_y         (WmBlueprintLayout  *self,
                                                            WmBlueprintLine     line,
                                                            double             *y);
/* The corners of an arrow's connector, from its start item to its end item:
 * (element-type WmRoutePoint) (transfer none) (nullable) */
GArray             *wm_blueprint_layout_get_arrow_route    (WmBlueprintLayout  *self,
                                                            const char         *arrow_id);
/* The lane and step index of an item's cell. */
gboolean            wm_blueprint_layout_get_item_cell      (WmBlueprintLayout  *self,
                                                            const char         *item_id,
                                                            guint              *lane,
                                                            guint              *step);

G_END_DECLS
