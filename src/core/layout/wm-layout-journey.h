/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Geometry of a journey map, in document units. */
#define WM_JOURNEY_MARGIN        24.0
#define WM_JOURNEY_HEADER_WIDTH  172.0
#define WM_JOURNEY_STEP_WIDTH    176.0
#define WM_JOURNEY_CARD_PADDING  9.0
#define WM_JOURNEY_CARD_FONT     12.5

#define WM_TYPE_JOURNEY_LAYOUT (wm_journey_layout_get_type ())
G_DECLARE_FINAL_TYPE (WmJourneyLayout, wm_journey_layout, WM, JOURNEY_LAYOUT, GObject)

/**
 * WmJourneyCell:
 * @lane: index of the lane (row)
 * @step: flat index of the step (column)
 * @bounds: the cell's rectangle
 *
 * Where a cell is, for hit-testing, drop targets and keyboard navigation.
 */
typedef struct
{
  guint  lane;
  guint  step;
  WmRect bounds;
} WmJourneyCell;

WmJourneyLayout *wm_journey_layout_new              (WmDocument       *document,
                                                     WmJourneyMap     *map,
                                                     const WmStyle    *style);
WmDisplayList   *wm_journey_layout_get_display_list (WmJourneyLayout  *self);
WmJourneyMap    *wm_journey_layout_get_map          (WmJourneyLayout  *self);
guint            wm_journey_layout_get_n_lanes      (WmJourneyLayout  *self);
guint            wm_journey_layout_get_n_steps      (WmJourneyLayout  *self);
gboolean         wm_journey_layout_get_cell         (WmJourneyLayout  *self,
                                                     guint             lane,
                                                     guint             step,
                                                     WmJourneyCell    *cell);
gboolean         wm_journey_layout_cell_at          (WmJourneyLayout  *self,
                                                     double            x,
                                                     double            y,
                                                     WmJourneyCell    *cell);
gboolean         wm_journey_layout_get_lane_header  (WmJourneyLayout  *self,
                                                     guint             lane,
                                                     WmRect           *bounds);
gboolean         wm_journey_layout_get_step_header  (WmJourneyLayout  *self,
                                                     guint             step,
                                                     WmRect           *bounds);
gboolean         wm_journey_layout_get_stage_header (WmJourneyLayout  *self,
                                                     guint             stage,
                                                     WmRect           *bounds);
GPtrArray       *wm_journey_layout_get_cards_in_cell (WmJourneyLayout *self,
                                                     guint             lane,
                                                     guint             step);
gboolean         wm_journey_layout_get_card_bounds  (WmJourneyLayout  *self,
                                                     const char       *card_id,
                                                     WmRect           *bounds);
guint            wm_journey_layout_insertion_index  (WmJourneyLayout  *self,
                                                     guint             lane,
                                                     guint             step,
                                                     double            y);
double           wm_journey_layout_score_at         (WmJourneyLayout  *self,
                                                     guint             lane,
                                                     double            y);

G_END_DECLS
