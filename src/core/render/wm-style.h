/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-types.h"

G_BEGIN_DECLS

/**
 * WmStyle:
 *
 * The colours and sizes of every view, light or dark. GNOME palette colours; the layout bakes
 * them into the display list, so that the canvas and the exports look the same.
 */
typedef struct
{
  gboolean dark;
  WmColour background;
  WmColour text;
  WmColour text_secondary;
  WmColour text_on_colour;
  WmColour header_fill;
  WmColour header_border;
  WmColour grid_line;
  WmColour card_fill;
  WmColour card_border;
  WmColour card_shadow;
  WmColour chip_fill;
  WmColour pain_fill;
  WmColour opportunity_fill;
  WmColour idea_fill;
  WmColour positive_band;
  WmColour negative_band;
  WmColour zero_line;
  WmColour bar_fill;
  WmColour evidence_observed;
  WmColour evidence_assumed;
  WmColour evidence_proposed;
  WmColour accent;
} WmStyle;

const WmStyle *wm_style_get             (gboolean        dark);
WmColour       wm_style_stage_colour    (guint           index);
WmColour       wm_style_persona_colour  (guint           index);
const char    *wm_style_lane_kind_symbol (WmLaneKind     kind);
const char    *wm_style_lane_kind_label (WmLaneKind      kind);

G_END_DECLS
