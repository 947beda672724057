/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const WmStyle light = {
  .dark = FALSE,
  .background = RGB (0xfafafa),
  .text = RGB (0x1e1e1e),
  .text_secondary = RGB (0x5e5c64),
  .text_on_colour = RGB (0xffffff),
  .header_fill = RGB (0xffffff),
  .header_border = RGB (0xdeddda),
  .grid_line = RGB (0xdeddda),
  .card_fill = RGB (0xffffff),
  .card_border = RGBA (0x000000, 0.09),
  .card_shadow = RGBA (0x000000, 0.08),
  .chip_fill = RGB (0xebebed),
  .pain_fill = RGB (0xfde8e8),
  .opportunity_fill = RGB (0xe3f6e8),
  .idea_fill = RGB (0xfdf6d8),
  .positive_band = RGBA (0x26a269, 0.07),
  .negative_band = RGBA (0xc01c28, 0.07),
  .zero_line = RGB (0x9a9996),
  .bar_fill = RGB (0x3584e4),
  .evidence_observed = RGB (0x26a269),
  .evidence_assumed = RGB (0xe5a50a),
  .evidence_proposed = RGB (0x3584e4),
  .accent = RGB (0x3584e4),
};

static const WmStyle dark = {
  .dark = TRUE,
  .background = RGB (0x242424),
  .text = RGB (0xffffff),
  .text_secondary = RGB (0xc0bfbc),
  .text_on_colour = RGB (0xffffff),
  .header_fill = RGB (0x303030),
  .header_border = RGB (0x454545),
  .grid_line = RGB (0x3d3d3d),
  .card_fill = RGB (0x383838),
  .card_border = RGBA (0xffffff, 0.08),
  .card_shadow = RGBA (0x000000, 0.30),
  .chip_fill = RGB (0x4a4a4a),
  .pain_fill = RGB (0x4d2a2c),
  .opportunity_fill = RGB (0x25432f),
  .idea_fill = RGB (0x4a4326),
  .positive_band = RGBA (0x33d17a, 0.08),
  .negative_band = RGBA (0xe01b24, 0.10),
  .zero_line = RGB (0x77767b),
  .bar_fill = RGB (0x62a0ea),
  .evidence_observed = RGB (0x57e389),
  .evidence_assumed = RGB (0xf8e45c),
  .evidence_proposed = RGB (0x99c1f1),
  .accent = RGB (0x78aeed),
};

const WmStyle *
wm_style_get (gboolean is_dark)
{
  return is_dark ? &dark : &light;
}

/* Stage and persona colours when the document gives none: GNOME palette, dark enough for
 * white text and visible on both backgrounds. */
WmColour
wm_style_stage_colour (guint index)
{
  static const WmColour colours[] = {
    RGB (0x3584e4), RGB (0x9141ac), RGB (0xe66100), RGB (0x26a269), RGB (0xc01c28),
    RGB (0x986a44), RGB (0x1c71d8), RGB (0x813d9c),
  };

  return colours[index % G_N_ELEMENTS (colours)];
}

WmColour
wm_style_persona_colour (guint index)
{
  static const WmColour colours[] = {
    RGB (0xc01c28), RGB (0x1c71d8), RGB (0x26a269), RGB (0xe66100), RGB (0x9141ac),
    RGB (0x865e3c),
  };

  return colours[index % G_N_ELEMENTS (colours)];
}

/* A symbol from DejaVu Sans / Cantarell coverage, so exports need no icon font. */
const char *
wm_style_lane_kind_symbol (WmLaneKind kind)
{
  switch (kind)
    {
    case WM_LANE_KIND_ACTIONS: return "▶";
    case WM_LANE_KIND_THOUGHTS: return "…";
    case WM_LANE_KIND_TOUCHPOINTS: return "◎";
    case WM_LANE_KIND_PAIN_POINTS: return "▼";
    case WM_LANE_KIND_OPPORTUNITIES: return "▲";
    case WM_LANE_KIND_IDEAS: return "★";
    case WM_LANE_KIND_BACKSTAGE: return "⚙";
    case WM_LANE_KIND_KPIS: return "#";
    case WM_LANE_KIND_TEXT: return "¶";
    case WM_LANE_KIND_CHANNELS: return "⇄";
    case WM_LANE_KIND_EMOTION: return "♥";
    case WM_LANE_KIND_METRICS: return "▮";
    case WM_LANE_KIND_IMAGES: return "▣";
    default: return "•";
    }
}

const char *
wm_style_lane_kind_label (WmLaneKind kind)
{
  switch (kind)
    {
    case WM_LANE_KIND_ACTIONS: return _("Actions");
    case WM_LANE_KIND_THOUGHTS: return _("Thoughts");
    case WM_LANE_KIND_TOUCHPOINTS: return _("Touchpoints");
    case WM_LANE_KIND_PAIN_POINTS: return _("Pain points");
    case WM_LANE_KIND_OPPORTUNITIES: return _("Opportunities");
    case WM_LANE_KIND_IDEAS: return _("Ideas");
    case WM_LANE_KIND_BACKSTAGE: return _("Backstage");
    case WM_LANE_KIND_KPIS: return _("KPIs");
    case WM_LANE_KIND_TEXT: return _("Notes");
    case WM_LANE_KIND_CHANNELS: return _("Channels");
    case WM_LANE_KIND_EMOTION: return _("Emotions");
    case WM_LANE_KIND_METRICS: return _("Metric");
    case WM_LANE_KIND_IMAGES: return _("Images");
    default: return "";
    }
}
