/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-layout-blueprint.h"
#include "wm-layout-util.h"
#include "wm-route.h"
#include "wm-text.h"

/* Where everything of a service blueprint goes: a title block, an optional time axis, a
 * header per step (column), then one row per lane with its header on the left. Between the
 * customer, frontstage, backstage and support lanes run the three lines of the blueprint
 * (interaction, visibility, internal interaction), dashed and labelled. Items are cards in
 * their cells; arrows between them are orthogonal connectors routed through the gutters.
 */

#define STEP_FONT        13.0
#define LANE_TITLE_FONT  14.0
#define SMALL_FONT       11.0
#define CARD_FONT        12.5
#define CARD_PADDING     9.0
#define CARD_GAP         8.0
#define CARD_MAX_LINES   10
#define CELL_INSET_X     12.0
#define CELL_INSET_Y     10.0
#define LANE_GAP         8.0
#define LINE_GAP         30.0
#define MIN_LANE_HEIGHT  64.0
#define AXIS_HEIGHT      34.0
#define BADGE_RADIUS     8.0
#define ARROW_WIDTH      1.5
#define ARROW_HEAD       9.0
#define CORNER_RADIUS    6.0
#define HANDLE_SIZE      12.0
#define ARROW_HIT        4.0

typedef struct
{
  WmBlueprintLane *lane;
  double           y;
  double           height;
  double           gap;     /* below the lane, up to the next one */
  int              line;    /* the WmBlueprintLine drawn below it, or -1 */
  WmRect           header;
} LaneGeometry;

typedef struct
{
  WmBlueprintItem *item;
  guint            lane;
  guint            step;
  WmRect           bounds;
} ItemGeometry;

typedef struct
{
  WmArrow *arrow;
  GArray  *route;  /* of WmRoutePoint */
  WmRect   label;  /* zero width when the arrow has no label */
} ArrowGeometry;

struct _WmBlueprintLayout
{
  GObject             parent_instance;

  WmDocument         *document;
  WmServiceBlueprint *blueprint;
  const WmStyle      *style;
  WmDisplayList      *list;

  GArray             *lanes;         /* of LaneGeometry */
  GArray             *step_headers;  /* of WmRect */
  GHashTable         *step_index;    /* step id → index + 1 */
  GArray             *items;         /* of ItemGeometry, lane by lane, cell by cell, in order */
  GHashTable         *item_index;    /* item id → index in items + 1 */
  GArray             *arrows;        /* of ArrowGeometry */
  double              line_y[WM_BLUEPRINT_N_LINES];
  gboolean            has_line[WM_BLUEPRINT_N_LINES];
  double              cells_x;
  double              cells_top;
  double              cells_right;
};

G_DEFINE_FINAL_TYPE (WmBlueprintLayout, wm_blueprint_layout, G_TYPE_OBJECT)

static void
clear_arrow_geometry (gpointer data)
{
  ArrowGeometry *geometry = data;

  g_clear_pointer (&geometry->route, g_array_unref);
}

static void
wm_blueprint_layout_finalize (GObject *object)
{
  WmBlueprintLayout *self = WM_BLUEPRINT_LAYOUT (object);

  g_clear_object (&self->document);
  g_clear_object (&self->blueprint);
  g_clear_object (&self->list);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->step_headers, g_array_unref);
  g_clear_pointer (&self->step_index, g_hash_table_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_pointer (&self->arrows, g_array_unref);

  G_OBJECT_CLASS (wm_blueprint_layout_parent_class)->finalize (object);
}

static void
wm_blueprint_layout_class_init (WmBlueprintLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_blueprint_layout_finalize;
}

static void
wm_blueprint_layout_init (WmBlueprintLayout *self)
{
  self->lanes = g_array_new (FALSE, TRUE, sizeof (LaneGeometry));
  self->step_headers = g_array_new (FALSE, TRUE, sizeof (WmRect));
  self->step_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->items = g_array_new (FALSE, TRUE, sizeof (ItemGeometry));
  self->item_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->arrows = g_array_new (FALSE, TRUE, sizeof (ArrowGeometry));
  g_array_set_clear_func (self->arrows, clear_arrow_geometry);
}

/* Short, readable durations: "45 min", "1 h 30 min", "2 d". */
static char *
format_duration (double minutes)
{
  if (minutes < 60)
    /* TRANSLATORS: a duration in minutes */
    return g_strdup_printf (_("%g min"), round (minutes * 10) / 10);
  if (minutes < 24 * 60)
    {
      guint total = (guint) round (minutes);
      guint hours = total / 60, rest = total % 60;

      if (rest == 0)
        /* TRANSLATORS: a duration in hours */
        return g_strdup_printf (_("%u h"), hours);
      /* TRANSLATORS: a duration in hours and minutes */
      return g_strdup_printf (_("%u h %u min"), hours, rest);
    }
  /* TRANSLATORS: a duration in days */
  return g_strdup_printf (_("%g d"), round (minutes / (24 * 60) * 10) / 10);
}

/* A symbol from DejaVu Sans / Cantarell coverage, so exports need no icon font. */
static const char *
lane_kind_symbol (WmBlueprintLaneKind kind)
{
  switch (kind)
    {
    case WM_BLUEPRINT_LANE_KIND_EVIDENCE: return "▣";
    case WM_BLUEPRINT_LANE_KIND_CUSTOMER: return "☺";
    case WM_BLUEPRINT_LANE_KIND_FRONTSTAGE: return "▶";
    case WM_BLUEPRINT_LANE_KIND_BACKSTAGE: return "⚙";
    case WM_BLUEPRINT_LANE_KIND_SUPPORT: return "≡";
    case WM_BLUEPRINT_LANE_KIND_CUSTOM:
    default: return "•";
    }
}

static const char *
lane_kind_label (WmBlueprintLaneKind kind)
{
  switch (kind)
    {
    case WM_BLUEPRINT_LANE_KIND_EVIDENCE: return _("Physical evidence");
    case WM_BLUEPRINT_LANE_KIND_CUSTOMER: return _("Customer actions");
    case WM_BLUEPRINT_LANE_KIND_FRONTSTAGE: return _("Frontstage actions");
    case WM_BLUEPRINT_LANE_KIND_BACKSTAGE: return _("Backstage actions");
    case WM_BLUEPRINT_LANE_KIND_SUPPORT: return _("Support processes");
    case WM_BLUEPRINT_LANE_KIND_CUSTOM:
    default: return _("Custom lane");
    }
}

static const char *
line_label (WmBlueprintLine line)
{
  switch (line)
    {
    case WM_BLUEPRINT_LINE_INTERACTION: return _("Line of interaction");
    case WM_BLUEPRINT_LINE_VISIBILITY: return _("Line of visibility");
    case WM_BLUEPRINT_LINE_INTERNAL_INTERACTION:
    default: return _("Line of internal interaction");
    }
}

/* The line between two adjacent lanes, in either order, or -1. */
static int
line_between (WmBlueprintLaneKind a,
              WmBlueprintLaneKind b)
{
  static const struct
  {
    WmBlueprintLaneKind upper, lower;
  } pairs[WM_BLUEPRINT_N_LINES] = {
    [WM_BLUEPRINT_LINE_INTERACTION] = { WM_BLUEPRINT_LANE_KIND_CUSTOMER, WM_BLUEPRINT_LANE_KIND_FRONTSTAGE },
    [WM_BLUEPRINT_LINE_VISIBILITY] = { WM_BLUEPRINT_LANE_KIND_FRONTSTAGE, WM_BLUEPRINT_LANE_KIND_BACKSTAGE },
    [WM_BLUEPRINT_LINE_INTERNAL_INTERACTION] = { WM_BLUEPRINT_LANE_KIND_BACKSTAGE, WM_BLUEPRINT_LANE_KIND_SUPPORT },
  };

  for (int i = 0; i < WM_BLUEPRINT_N_LINES; i++)
    if ((a == pairs[i].upper && b == pairs[i].lower) || (a == pairs[i].lower && b == pairs[i].upper))
      return i;
  return -1;
}

static WmColour
fail_colour (WmBlueprintLayout *self)
{
  WmColour light = { 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0, 1 };
  WmColour dark = { 0xff / 255.0, 0x7b / 255.0, 0x63 / 255.0, 1 };

  return self->style->dark ? dark : light;
}

static double
column_x (WmBlueprintLayout *self,
          guint              step)
{
  return self->cells_x + step * WM_BLUEPRINT_STEP_WIDTH;
}

static guint
step_of (WmBlueprintLayout *self,
         const char        *step_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->step_index, step_id));
}

static double
layout_title (WmBlueprintLayout *self,
              double             y,
              double             width)
{
  const char *id = wm_object_get_id (WM_OBJECT (self->blueprint));
  const char *name = wm_service_blueprint_get_name (self->blueprint);
  WmObject *persona = wm_document_lookup (self->document,
                                          wm_service_blueprint_get_persona_id (self->blueprint));
  WmObject *map = wm_document_lookup (self->document,
                                      wm_service_blueprint_get_map_id (self->blueprint));
  g_autoptr(GString) subtitle = g_string_new (_("Service blueprint"));

  if (WM_IS_PERSONA (persona))
    {
      g_string_append (subtitle, " · ");
      /* TRANSLATORS: %s is a persona's name */
      g_string_append_printf (subtitle, _("for %s"), wm_persona_get_name (WM_PERSONA (persona)));
    }
  if (WM_IS_JOURNEY_MAP (map))
    {
      g_string_append (subtitle, " · ");
      /* TRANSLATORS: %s is a journey map's name */
      g_string_append_printf (subtitle, _("from “%s”"), wm_journey_map_get_name (WM_JOURNEY_MAP (map)));
    }
  y = wm_layout_add_title_block (self->list, self->style, id,
                                 name[0] ? name : _("Untitled blueprint"), subtitle->str,
                                 WM_BLUEPRINT_MARGIN, y, width, 2);

  return y + 16;
}

/* The time axis: a line over the columns with the running total of the step durations at
 * each column boundary. Drawn only when some step has a duration. A step without one (time
 * not measured) gets a tick but no label, so the same total is not written twice. */
static double
layout_time_axis (WmBlueprintLayout *self,
                  double             y)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (self->blueprint);
  guint n = wm_object_list_get_length (steps);
  double axis_y = y + AXIS_HEIGHT - 10;
  double total = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    any |= wm_blueprint_step_get_duration (wm_object_list_get (steps, i)) > 0;
  if (!any)
    return y;

  wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, _("Time"),
                            WM_BLUEPRINT_MARGIN + 14, axis_y + 4,
                            wm_text_measure (_("Time"), LANE_TITLE_FONT, TRUE), LANE_TITLE_FONT,
                            TRUE, WM_TEXT_ANCHOR_START, &self->style->text_secondary);
  wm_display_list_add_line (self->list, self->cells_x, axis_y, self->cells_right, axis_y,
                            &self->style->zero_line, 1.5, FALSE);

  for (guint i = 0; i <= n; i++)
    {
      double x = column_x (self, i);
      g_autofree char *label = total <= 0 ? g_strdup ("0") : format_duration (total);
      WmTextAnchor anchor = i == 0 ? WM_TEXT_ANCHOR_START : i == n ? WM_TEXT_ANCHOR_END : WM_TEXT_ANCHOR_MIDDLE;
      gboolean same_as_before = i > 0
        && wm_blueprint_step_get_duration (wm_object_list_get (steps, i - 1)) <= 0;

      wm_display_list_add_line (self->list, x, axis_y - 5, x, axis_y + 5, &self->style->zero_line,
                                1.5, FALSE);
      if (!same_as_before)
        wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, label, x,
                                  axis_y - 9, wm_text_measure (label, SMALL_FONT, FALSE),
                                  SMALL_FONT, FALSE, anchor, &self->style->text_secondary);
      if (i < n)
        total += wm_blueprint_step_get_duration (wm_object_list_get (steps, i));
    }

  return y + AXIS_HEIGHT + 8;
}

static double
layout_step_headers (WmBlueprintLayout *self,
                     double             y)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (self->blueprint);
  guint n = wm_object_list_get_length (steps);
  double text_width = WM_BLUEPRINT_STEP_WIDTH - 28;
  double height = 0;

  /* All headers are as tall as the tallest. */
  for (guint i = 0; i < n; i++)
    {
      WmBlueprintStep *step = wm_object_list_get (steps, i);
      const char *name = wm_blueprint_step_get_name (step);
      double h = wm_layout_measure_wrapped (name[0] ? name : _("Step"), text_width, STEP_FONT,
                                            TRUE, 2);

      if (wm_blueprint_step_get_duration (step) > 0)
        h += 2 + wm_text_line_height (SMALL_FONT);
      height = MAX (height, h);
    }
  height = MAX (height, wm_text_line_height (STEP_FONT)) + 16;

  for (guint i = 0; i < n; i++)
    {
      WmBlueprintStep *step = wm_object_list_get (steps, i);
      const char *id = wm_object_get_id (WM_OBJECT (step));
      const char *name = wm_blueprint_step_get_name (step);
      WmRect rect = { column_x (self, i) + 4, y, WM_BLUEPRINT_STEP_WIDTH - 8, height };
      double name_height;

      g_array_append_val (self->step_headers, rect);
      wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_STEP, id, rect.x, rect.y, rect.width,
                                rect.height, 8, &self->style->header_fill,
                                &self->style->header_border);
      name_height = wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_STEP, id,
                                                name[0] ? name : _("Step"), rect.x + 10, y + 8,
                                                text_width, STEP_FONT, TRUE, WM_TEXT_ANCHOR_MIDDLE,
                                                2, &self->style->text);
      if (wm_blueprint_step_get_duration (step) > 0)
        {
          g_autofree char *duration = format_duration (wm_blueprint_step_get_duration (step));

          wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_STEP, id, duration, rect.x + 10,
                                      y + 8 + name_height + 2, text_width, SMALL_FONT, FALSE,
                                      WM_TEXT_ANCHOR_MIDDLE, 1, &self->style->text_secondary);
        }
    }

  return y + height + 8;
}

/* What an item card shows under its text: the fail or wait note, or nothing. */
static char *
item_note (WmBlueprintItem *item)
{
  switch (wm_blueprint_item_get_kind (item))
    {
    case WM_ITEM_KIND_FAIL:
      return g_strdup (_("Fail point"));
    case WM_ITEM_KIND_WAIT:
      if (wm_blueprint_item_get_duration (item) > 0)
        {
          g_autofree char *duration = format_duration (wm_blueprint_item_get_duration (item));

          /* TRANSLATORS: a wait point's note; %s is a duration such as "2 h" */
          return g_strdup_printf (_("Wait: %s"), duration);
        }
      return g_strdup (_("Wait point"));
    case WM_ITEM_KIND_NORMAL:
    default:
      return NULL;
    }
}

static double
card_text_width (WmBlueprintItem *item,
                 double           width)
{
  double text_width = width - 2 * CARD_PADDING;

  if (wm_blueprint_item_get_kind (item) != WM_ITEM_KIND_NORMAL)
    text_width -= 2 * BADGE_RADIUS + 4;
  return text_width;
}

static double
measure_card (WmBlueprintItem *item,
              double           width)
{
  g_autofree char *note = item_note (item);
  const char *text = wm_blueprint_item_get_text (item);
  double text_height = wm_layout_measure_wrapped (text, card_text_width (item, width), CARD_FONT,
                                                  FALSE, CARD_MAX_LINES);

  text_height = MAX (text_height, wm_text_line_height (CARD_FONT));
  if (note != NULL)
    text_height += 4 + wm_text_line_height (SMALL_FONT);
  if (wm_blueprint_item_get_kind (item) != WM_ITEM_KIND_NORMAL)
    text_height = MAX (text_height, 2 * BADGE_RADIUS + 2);

  return text_height + 2 * CARD_PADDING - 2;
}

static void
layout_card (WmBlueprintLayout *self,
             WmBlueprintItem   *item,
             const WmRect      *bounds)
{
  const char *id = wm_object_get_id (WM_OBJECT (item));
  const char *text = wm_blueprint_item_get_text (item);
  WmItemKind kind = wm_blueprint_item_get_kind (item);
  g_autofree char *note = item_note (item);
  double text_width = card_text_width (item, bounds->width);
  WmColour fill = self->style->card_fill;
  WmColour own, fail = fail_colour (self);
  WmDisplayItem *card;
  double text_height;

  if (wm_colour_parse (&own, wm_blueprint_item_get_colour (item)))
    fill = wm_colour_mix (&self->style->card_fill, &own, self->style->dark ? 0.45 : 0.3);

  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, bounds->x + 1.5,
                            bounds->y + 2, bounds->width, bounds->height, 7,
                            &self->style->card_shadow, NULL);
  card = wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CARD, id, bounds->x, bounds->y,
                                   bounds->width, bounds->height, 7, &fill,
                                   kind == WM_ITEM_KIND_FAIL ? &fail : &self->style->card_border);
  if (kind == WM_ITEM_KIND_FAIL)
    card->line_width = 2;

  text_height = wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id, text,
                                            bounds->x + CARD_PADDING, bounds->y + CARD_PADDING - 2,
                                            text_width, CARD_FONT, FALSE, WM_TEXT_ANCHOR_START,
                                            CARD_MAX_LINES, &self->style->text);
  if (note != NULL)
    wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id, note,
                                bounds->x + CARD_PADDING,
                                bounds->y + CARD_PADDING - 2 + MAX (text_height, wm_text_line_height (CARD_FONT)) + 4,
                                text_width, SMALL_FONT, TRUE, WM_TEXT_ANCHOR_START, 1,
                                kind == WM_ITEM_KIND_FAIL ? &fail : &self->style->text_secondary);

  if (kind != WM_ITEM_KIND_NORMAL)
    {
      static const WmColour dark_text = { 0.12, 0.12, 0.12, 1 };
      const WmColour *badge = kind == WM_ITEM_KIND_FAIL ? &fail : &self->style->evidence_assumed;
      double cx = bounds->x + bounds->width - CARD_PADDING - BADGE_RADIUS + 2;
      double cy = bounds->y + CARD_PADDING + BADGE_RADIUS - 2;
      /* TRANSLATORS: the one-letter badge of a fail point (F) or a wait point (W) */
      const char *letter = kind == WM_ITEM_KIND_FAIL ? C_("badge", "F") : C_("badge", "W");
      const WmColour *letter_colour = kind == WM_ITEM_KIND_FAIL && !self->style->dark
                                      ? &self->style->text_on_colour : &dark_text;

      wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_CARD, id, cx, cy, BADGE_RADIUS,
                                  badge, NULL, 0);
      wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_CARD, id, letter, cx, cy + 4,
                                wm_text_measure (letter, SMALL_FONT, TRUE), SMALL_FONT, TRUE,
                                WM_TEXT_ANCHOR_MIDDLE, letter_colour);
    }
}

/* Whether two titles differ at most in case ("Physical Evidence", "Physical evidence"). */
static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

static const char *
lane_title (WmBlueprintLane *lane)
{
  const char *title = wm_blueprint_lane_get_title (lane);

  return title[0] ? title : lane_kind_label (wm_blueprint_lane_get_kind (lane));
}

/* The height a lane needs for its header's text. */
static double
lane_header_height (WmBlueprintLane *lane)
{
  const char *title = lane_title (lane);
  double height = wm_layout_measure_wrapped (title, WM_BLUEPRINT_HEADER_WIDTH - 46, LANE_TITLE_FONT,
                                             TRUE, 2);

  if (!same_words (title, lane_kind_label (wm_blueprint_lane_get_kind (lane))))
    height += 2 + wm_text_line_height (SMALL_FONT);

  return 3 + 10 + height + 10 + 3;
}

static void
layout_lane_header (WmBlueprintLayout *self,
                    LaneGeometry      *geometry)
{
  WmBlueprintLane *lane = geometry->lane;
  WmBlueprintLaneKind kind = wm_blueprint_lane_get_kind (lane);
  const char *title = lane_title (lane);
  WmColour accent;
  gboolean has_accent = wm_colour_parse (&accent, wm_blueprint_lane_get_colour (lane));

  geometry->header = (WmRect) { WM_BLUEPRINT_MARGIN, geometry->y + 3, WM_BLUEPRINT_HEADER_WIDTH,
                                geometry->height - 6 };
  wm_layout_add_lane_header (self->list, self->style, wm_object_get_id (WM_OBJECT (lane)),
                             &geometry->header, has_accent ? &accent : NULL,
                             lane_kind_symbol (kind), title,
                             same_words (title, lane_kind_label (kind)) ? NULL
                                                                        : lane_kind_label (kind));
}

/* Stacks the items of one lane in their cells. Returns the lane's height. */
static double
layout_lane (WmBlueprintLayout *self,
             guint              lane_index,
             WmBlueprintLane   *lane,
             double             y)
{
  WmObjectList *items = wm_blueprint_lane_get_items (lane);
  guint n_steps = g_hash_table_size (self->step_index);
  guint n_items = wm_object_list_get_length (items);
  g_autofree double *cursor = g_new (double, MAX (n_steps, 1));
  g_autofree double *heights = g_new0 (double, MAX (n_items, 1));
  double card_width = WM_BLUEPRINT_STEP_WIDTH - 2 * CELL_INSET_X;
  double bottom = y + MIN_LANE_HEIGHT;

  for (guint s = 0; s < n_steps; s++)
    cursor[s] = y + CELL_INSET_Y;

  /* Measure first, for the lane's height. */
  for (guint i = 0; i < n_items; i++)
    {
      WmBlueprintItem *item = wm_object_list_get (items, i);
      guint step = step_of (self, wm_blueprint_item_get_step_id (item));

      if (step == 0)
        continue;
      heights[i] = measure_card (item, card_width);
      cursor[step - 1] += heights[i] + CARD_GAP;
      bottom = MAX (bottom, cursor[step - 1] - CARD_GAP + CELL_INSET_Y);
    }

  for (guint s = 0; s < n_steps; s++)
    cursor[s] = y + CELL_INSET_Y;
  for (guint i = 0; i < n_items; i++)
    {
      WmBlueprintItem *item = wm_object_list_get (items, i);
      guint step = step_of (self, wm_blueprint_item_get_step_id (item));
      ItemGeometry geometry;

      if (step == 0)
        continue;
      geometry.item = item;
      geometry.lane = lane_index;
      geometry.step = step - 1;
      geometry.bounds = (WmRect) { column_x (self, step - 1) + CELL_INSET_X, cursor[step - 1],
                                   card_width, heights[i] };
      cursor[step - 1] += heights[i] + CARD_GAP;
      g_array_append_val (self->items, geometry);
      g_hash_table_insert (self->item_index, (char *) wm_object_get_id (WM_OBJECT (item)),
                           GUINT_TO_POINTER (self->items->len));
    }

  return bottom - y;
}

static void
draw_line (WmBlueprintLayout *self,
           WmBlueprintLine    line,
           double             y,
           double             right)
{
  const char *label = line_label (line);
  double label_width = wm_text_measure (label, SMALL_FONT, TRUE);
  double label_x = WM_BLUEPRINT_MARGIN + 10;

  self->line_y[line] = y;
  self->has_line[line] = TRUE;
  wm_display_list_add_line (self->list, WM_BLUEPRINT_MARGIN, y, right, y, &self->style->accent,
                            1.5, TRUE);
  /* The label sits on the line, which pauses behind it. */
  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, label_x - 6, y - 9,
                            label_width + 12, 18, 9, &self->style->background, NULL);
  wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, label, label_x, y + 4,
                            label_width, SMALL_FONT, TRUE, WM_TEXT_ANCHOR_START,
                            &self->style->accent);
}

/* Turns the corners of a route into a path of straight segments with rounded corners, the
 * last segment stopping short of the end so the arrowhead covers it. */
static void
add_connector_path (WmBlueprintLayout *self,
                    const char        *id,
                    GArray            *route,
                    const WmColour    *colour)
{
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = route->len;
  WmRoutePoint start = g_array_index (route, WmRoutePoint, 0);
  WmRoutePoint end = g_array_index (route, WmRoutePoint, n - 1);
  WmRoutePoint before_end = g_array_index (route, WmRoutePoint, n - 2);
  double dx = end.x - before_end.x, dy = end.y - before_end.y;
  double last_length = hypot (dx, dy);
  double shorten = MIN (ARROW_HEAD - 2, last_length);
  WmRoutePoint cursor = start;

  if (last_length > 0)
    {
      end.x -= dx / last_length * shorten;
      end.y -= dy / last_length * shorten;
    }

  g_array_append_vals (path, (double[]) { start.x, start.y }, 2);
  for (guint i = 1; i + 1 < n; i++)
    {
      WmRoutePoint a = g_array_index (route, WmRoutePoint, i - 1);
      WmRoutePoint c = g_array_index (route, WmRoutePoint, i);
      WmRoutePoint b = i + 2 == n ? end : g_array_index (route, WmRoutePoint, i + 1);
      double in_length = hypot (c.x - a.x, c.y - a.y), out_length = hypot (b.x - c.x, b.y - c.y);
      double r = MIN (CORNER_RADIUS, MIN (in_length, out_length) / 2);
      WmRoutePoint p1, p2;

      if (in_length <= 0 || out_length <= 0)
        continue;
      p1 = (WmRoutePoint) { c.x - (c.x - a.x) / in_length * r, c.y - (c.y - a.y) / in_length * r };
      p2 = (WmRoutePoint) { c.x + (b.x - c.x) / out_length * r, c.y + (b.y - c.y) / out_length * r };
      /* A straight run to the corner, then a quarter turn. */
      g_array_append_vals (path, (double[]) { cursor.x, cursor.y, p1.x, p1.y, p1.x, p1.y }, 6);
      g_array_append_vals (path, (double[]) { p1.x + (c.x - p1.x) * 0.55, p1.y + (c.y - p1.y) * 0.55,
                                              p2.x + (c.x - p2.x) * 0.55, p2.y + (c.y - p2.y) * 0.55,
                                              p2.x, p2.y }, 6);
      cursor = p2;
    }
  g_array_append_vals (path, (double[]) { cursor.x, cursor.y, end.x, end.y, end.x, end.y }, 6);

  wm_display_list_add_path (self->list, WM_DISPLAY_ROLE_DECORATION, id, (double *) path->data,
                            (path->len - 2) / 6, colour, ARROW_WIDTH);
}

/* A solid arrowhead: paths are stroked only, so it is a fan of strokes from the tip to the
 * base, close enough together to fill the triangle. */
static void
add_arrowhead (WmBlueprintLayout *self,
               const char        *id,
               GArray            *route,
               const WmColour    *colour)
{
  WmRoutePoint tip = g_array_index (route, WmRoutePoint, route->len - 1);
  WmRoutePoint from = g_array_index (route, WmRoutePoint, route->len - 2);
  double dx = tip.x - from.x, dy = tip.y - from.y;
  double length = hypot (dx, dy);
  double ux, uy, px, py, bx, by;
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (double));
  const double half = ARROW_HEAD * 0.45;
  const guint spokes = 6;

  if (length <= 0)
    return;
  ux = dx / length;
  uy = dy / length;
  px = -uy;
  py = ux;
  /* The round caps of the strokes reach half a line width beyond the tip: pull it in. */
  tip.x -= ux * 0.75;
  tip.y -= uy * 0.75;
  bx = tip.x - ux * (ARROW_HEAD - 1);
  by = tip.y - uy * (ARROW_HEAD - 1);

  g_array_append_vals (path, (double[]) { tip.x, tip.y }, 2);
  for (guint k = 0; k <= spokes; k++)
    {
      double t = -half + 2 * half * k / spokes;
      double x = bx + px * t, y = by + py * t;

      g_array_append_vals (path, (double[]) { tip.x, tip.y, x, y, x, y }, 6);
      g_array_append_vals (path, (double[]) { x, y, tip.x, tip.y, tip.x, tip.y }, 6);
    }

  wm_display_list_add_path (self->list, WM_DISPLAY_ROLE_DECORATION, id, (double *) path->data,
                            (path->len - 2) / 6, colour, ARROW_WIDTH);
}

static double
overlap_area (const WmRect *a,
              const WmRect *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

/* Where along a route its label goes: near the middle, but off the cards, off the labels
 * placed before and off the blueprint lines where the route leaves room. */
static void
place_label (WmBlueprintLayout *self,
             GArray            *route,
             double             width,
             double             height,
             WmRoutePoint      *centre)
{
  double best = G_MAXDOUBLE;

  wm_route_point_at (route, 0.5, centre);
  for (guint k = 1; k < 20; k++)
    {
      double fraction = k / 20.0;
      WmRoutePoint p;
      WmRect rect;
      double penalty = fabs (fraction - 0.5) * 20;

      wm_route_point_at (route, fraction, &p);
      /* Within the cells, off the lane headers, even if not centred on the route then. */
      p.x = MIN (p.x, wm_display_list_get_width (self->list) - WM_BLUEPRINT_MARGIN - width / 2);
      p.x = MAX (p.x, self->cells_x + width / 2);
      rect = (WmRect) { p.x - width / 2, p.y - height / 2, width, height };
      for (guint i = 0; i < self->items->len; i++)
        penalty += 10 * overlap_area (&rect, &g_array_index (self->items, ItemGeometry, i).bounds);
      for (guint i = 0; i < self->arrows->len; i++)
        penalty += 5 * overlap_area (&rect, &g_array_index (self->arrows, ArrowGeometry, i).label);
      for (guint l = 0; l < WM_BLUEPRINT_N_LINES; l++)
        if (self->has_line[l] && self->line_y[l] > rect.y - 2 && self->line_y[l] < rect.y + rect.height + 2)
          penalty += 200;
      if (penalty < best)
        {
          best = penalty;
          *centre = p;
        }
    }
}

/* How long @route runs on top of the arrows routed before it. */
static double
shared_with_others (WmBlueprintLayout *self,
                    GArray            *route)
{
  double shared = 0;

  for (guint i = 0; i < self->arrows->len; i++)
    {
      GArray *other = g_array_index (self->arrows, ArrowGeometry, i).route;

      shared += wm_route_shared_length (route, other);
      /* A corner of one on the other reads as a junction, as if one arrow forked. */
      for (guint k = 0; k < route->len; k++)
        {
          const WmRoutePoint *p = &g_array_index (route, WmRoutePoint, k);

          if (wm_route_distance (other, p->x, p->y) < 1)
            shared += 8;
        }
      for (guint k = 0; k < other->len; k++)
        {
          const WmRoutePoint *p = &g_array_index (other, WmRoutePoint, k);

          if (wm_route_distance (route, p->x, p->y) < 1)
            shared += 8;
        }
    }
  return shared;
}

/* Routes an arrow so that it does not run on top of the arrows before it where a gutter has
 * room: when it would, the channels are shifted a little to either side and the route that
 * shares least wins. */
static GArray *
route_apart (WmBlueprintLayout *self,
             WmRouteRequest    *request,
             GArray            *channels_x,
             GArray            *channels_y)
{
  static const double offsets[] = { 0, -5, 5, -9, 9 };
  g_autoptr(GArray) shifted_x = g_array_sized_new (FALSE, FALSE, sizeof (double), channels_x->len);
  g_autoptr(GArray) shifted_y = g_array_sized_new (FALSE, FALSE, sizeof (double), channels_y->len);
  GArray *best = NULL;
  double best_shared = G_MAXDOUBLE;

  for (guint k = 0; k < G_N_ELEMENTS (offsets) && best_shared > 1; k++)
    {
      GArray *route;
      double shared;

      g_array_set_size (shifted_x, 0);
      g_array_set_size (shifted_y, 0);
      for (guint i = 0; i < channels_x->len; i++)
        {
          double x = g_array_index (channels_x, double, i) + offsets[k];

          g_array_append_val (shifted_x, x);
        }
      for (guint i = 0; i < channels_y->len; i++)
        {
          double y = g_array_index (channels_y, double, i) + offsets[k];

          g_array_append_val (shifted_y, y);
        }
      request->channels_x = (const double *) shifted_x->data;
      request->channels_y = (const double *) shifted_y->data;
      route = wm_route_orthogonal (request);
      shared = shared_with_others (self, route);
      /* Sharing must drop clearly to be worth a route off the middle of the gutters. */
      if (best == NULL || shared < best_shared - 4)
        {
          g_clear_pointer (&best, g_array_unref);
          best = route;
          best_shared = shared;
        }
      else
        {
          g_array_unref (route);
        }
    }
  request->channels_x = NULL;
  request->channels_y = NULL;

  return best;
}

static void
layout_arrows (WmBlueprintLayout *self,
               double             bottom)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (self->blueprint);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (WmRect));
  g_autoptr(GArray) channels_x = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) channels_y = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_steps = self->step_headers->len;
  const WmColour *colour = &self->style->text_secondary;

  if (wm_object_list_get_length (arrows) == 0)
    return;

  for (guint i = 0; i < self->items->len; i++)
    g_array_append_val (obstacles, g_array_index (self->items, ItemGeometry, i).bounds);
  for (guint s = 0; s <= n_steps; s++)
    {
      double x = column_x (self, s);

      g_array_append_val (channels_x, x);
    }
  /* Horizontal channels: in the gaps between lanes, off the blueprint lines. */
  for (guint l = 0; l < self->lanes->len; l++)
    {
      const LaneGeometry *row = &g_array_index (self->lanes, LaneGeometry, l);
      double below = row->y + row->height;

      if (l == 0)
        {
          double top = row->y + CELL_INSET_Y / 2;

          g_array_append_val (channels_y, top);
        }
      if (row->line >= 0)
        {
          double upper = below + 3, lower = below + row->gap - 3;

          g_array_append_val (channels_y, upper);
          g_array_append_val (channels_y, lower);
        }
      else
        {
          double middle = below + row->gap / 2;

          g_array_append_val (channels_y, middle);
        }
    }

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *arrow = wm_object_list_get (arrows, i);
      const char *id = wm_object_get_id (WM_OBJECT (arrow));
      const char *label = wm_arrow_get_label (arrow);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (self->item_index, wm_arrow_get_from_id (arrow)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (self->item_index, wm_arrow_get_to_id (arrow)));
      WmRouteRequest request = { 0 };
      ArrowGeometry geometry = { arrow, NULL, { 0, 0, 0, 0 } };

      /* An arrow whose item is not shown (a dangling reference, a step gone) is not drawn. */
      if (from == 0 || to == 0 || from == to)
        continue;

      request.from = g_array_index (self->items, ItemGeometry, from - 1).bounds;
      request.to = g_array_index (self->items, ItemGeometry, to - 1).bounds;
      request.obstacles = (const WmRect *) obstacles->data;
      request.n_obstacles = obstacles->len;
      request.channels_x = (const double *) channels_x->data;
      request.n_channels_x = channels_x->len;
      request.channels_y = (const double *) channels_y->data;
      request.n_channels_y = channels_y->len;
      request.area = (WmRect) { self->cells_x - 2, self->cells_top - 2,
                                self->cells_right - self->cells_x + 4, bottom - self->cells_top + 4 };
      geometry.route = route_apart (self, &request, channels_x, channels_y);

      add_connector_path (self, id, geometry.route, colour);
      add_arrowhead (self, id, geometry.route, colour);

      if (label[0] != '\0')
        {
          WmRoutePoint middle;
          double width = MIN (wm_text_measure (label, SMALL_FONT, FALSE), 1.4 * WM_BLUEPRINT_STEP_WIDTH);
          double height = wm_text_line_height (SMALL_FONT) + 6;

          place_label (self, geometry.route, width + 14, height, &middle);
          geometry.label = (WmRect) { middle.x - width / 2 - 7, middle.y - height / 2, width + 14, height };
          wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, id, geometry.label.x,
                                    geometry.label.y, geometry.label.width, geometry.label.height,
                                    height / 2, &self->style->background, colour);
          wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_DECORATION, id, label,
                                      middle.x - width / 2, middle.y - height / 2 + 3, width,
                                      SMALL_FONT, FALSE, WM_TEXT_ANCHOR_MIDDLE, 1,
                                      &self->style->text);
        }
      g_array_append_val (self->arrows, geometry);
    }
}

static void
layout (WmBlueprintLayout *self)
{
  WmObjectList *steps = wm_service_blueprint_get_steps (self->blueprint);
  WmObjectList *lanes = wm_service_blueprint_get_lanes (self->blueprint);
  guint n_steps = wm_object_list_get_length (steps);
  guint n_lanes = wm_object_list_get_length (lanes);
  double y = WM_BLUEPRINT_MARGIN;
  double width, top;
  guint first_item = 0;

  for (guint i = 0; i < n_steps; i++)
    g_hash_table_insert (self->step_index,
                         (char *) wm_object_get_id (WM_OBJECT (wm_object_list_get (steps, i))),
                         GUINT_TO_POINTER (i + 1));

  self->cells_x = WM_BLUEPRINT_MARGIN + WM_BLUEPRINT_HEADER_WIDTH + 10;
  self->cells_right = self->cells_x + MAX (n_steps, 1) * WM_BLUEPRINT_STEP_WIDTH;
  /* Wide enough for the title even with a single step. */
  width = MAX (self->cells_right, WM_BLUEPRINT_MARGIN + 400) + WM_BLUEPRINT_MARGIN;

  wm_display_list_set_size (self->list, width, 100);
  wm_display_list_set_background (self->list, &self->style->background);
  wm_display_list_set_title (self->list, wm_service_blueprint_get_name (self->blueprint));

  y = layout_title (self, y, MAX (width - 2 * WM_BLUEPRINT_MARGIN, 400));
  y = layout_time_axis (self, y);
  if (n_steps > 0)
    y = layout_step_headers (self, y);
  self->cells_top = top = y;

  /* Rows first (their heights decide where everything goes), then what is drawn in them,
   * bottom layer first. */
  for (guint i = 0; i < n_lanes; i++)
    {
      LaneGeometry geometry = { wm_object_list_get (lanes, i), y, 0, LANE_GAP, -1, { 0 } };
      double cells_height = layout_lane (self, i, geometry.lane, y);
      double header_height = lane_header_height (geometry.lane);

      geometry.height = MAX (cells_height, header_height);
      if (i + 1 < n_lanes)
        geometry.line = line_between (wm_blueprint_lane_get_kind (geometry.lane),
                                      wm_blueprint_lane_get_kind (wm_object_list_get (lanes, i + 1)));
      if (geometry.line >= 0)
        geometry.gap = LINE_GAP;
      g_array_append_val (self->lanes, geometry);
      y += geometry.height + geometry.gap;
    }

  /* Column separators, under everything else. */
  if (n_lanes > 0)
    for (guint s = 1; s < n_steps; s++)
      wm_display_list_add_line (self->list, column_x (self, s), top, column_x (self, s),
                                y - LANE_GAP, &self->style->grid_line, 1, FALSE);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      LaneGeometry *row = &g_array_index (self->lanes, LaneGeometry, i);
      double below = row->y + row->height + row->gap / 2;

      layout_lane_header (self, row);
      if (row->line >= 0)
        draw_line (self, row->line, below, width - WM_BLUEPRINT_MARGIN);
      else if (i + 1 < self->lanes->len)
        wm_display_list_add_line (self->list, self->cells_x, below, self->cells_right, below,
                                  &self->style->grid_line, 1, FALSE);

      for (; first_item < self->items->len
             && g_array_index (self->items, ItemGeometry, first_item).lane == i; first_item++)
        {
          ItemGeometry *item = &g_array_index (self->items, ItemGeometry, first_item);

          layout_card (self, item->item, &item->bounds);
        }
    }

  layout_arrows (self, y);

  wm_display_list_set_size (self->list, width, y - LANE_GAP + WM_BLUEPRINT_MARGIN);
}

/**
 * wm_blueprint_layout_new:
 * @document: the workspace (for the persona and the map the blueprint names)
 * @blueprint: the blueprint to lay out
 * @style: colours, light or dark
 *
 * Returns: (transfer full): the layout of @blueprint as it is now
 */
WmBlueprintLayout *
wm_blueprint_layout_new (WmDocument         *document,
                         WmServiceBlueprint *blueprint,
                         const WmStyle      *style)
{
  WmBlueprintLayout *self;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_SERVICE_BLUEPRINT (blueprint), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_object_new (WM_TYPE_BLUEPRINT_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->blueprint = g_object_ref (blueprint);
  self->style = style;
  self->list = wm_display_list_new (0, 0);
  layout (self);

  return self;
}

/**
 * wm_blueprint_layout_get_display_list:
 *
 * Returns: (transfer none): what to draw
 */
WmDisplayList *
wm_blueprint_layout_get_display_list (WmBlueprintLayout *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), NULL);

  return self->list;
}

/**
 * wm_blueprint_layout_get_blueprint:
 *
 * Returns: (transfer none): the blueprint laid out
 */
WmServiceBlueprint *
wm_blueprint_layout_get_blueprint (WmBlueprintLayout *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), NULL);

  return self->blueprint;
}

guint
wm_blueprint_layout_get_n_lanes (WmBlueprintLayout *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), 0);

  return self->lanes->len;
}

guint
wm_blueprint_layout_get_n_steps (WmBlueprintLayout *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), 0);

  return self->step_headers->len;
}

gboolean
wm_blueprint_layout_get_cell (WmBlueprintLayout *self,
                              guint              lane,
                              guint              step,
                              WmBlueprintCell   *cell)
{
  const LaneGeometry *row;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (cell != NULL, FALSE);

  if (lane >= self->lanes->len || step >= self->step_headers->len)
    return FALSE;

  row = &g_array_index (self->lanes, LaneGeometry, lane);
  cell->lane = lane;
  cell->step = step;
  cell->bounds = (WmRect) { column_x (self, step), row->y, WM_BLUEPRINT_STEP_WIDTH, row->height };

  return TRUE;
}

/* A point in the gap below a lane belongs to that lane's cells, so drops never fall through. */
gboolean
wm_blueprint_layout_cell_at (WmBlueprintLayout *self,
                             double             x,
                             double             y,
                             WmBlueprintCell   *cell)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (cell != NULL, FALSE);

  if (x < self->cells_x || self->step_headers->len == 0)
    return FALSE;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      const LaneGeometry *row = &g_array_index (self->lanes, LaneGeometry, l);
      guint step;

      if (y < row->y || y >= row->y + row->height + row->gap)
        continue;
      step = (guint) ((x - self->cells_x) / WM_BLUEPRINT_STEP_WIDTH);
      return wm_blueprint_layout_get_cell (self, l, step, cell);
    }

  return FALSE;
}

gboolean
wm_blueprint_layout_get_lane_header (WmBlueprintLayout *self,
                                     guint              lane,
                                     WmRect            *bounds)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (lane >= self->lanes->len)
    return FALSE;
  *bounds = g_array_index (self->lanes, LaneGeometry, lane).header;

  return TRUE;
}

gboolean
wm_blueprint_layout_get_step_header (WmBlueprintLayout *self,
                                     guint              step,
                                     WmRect            *bounds)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (step >= self->step_headers->len)
    return FALSE;
  *bounds = g_array_index (self->step_headers, WmRect, step);

  return TRUE;
}

/**
 * wm_blueprint_layout_get_items_in_cell:
 *
 * Returns: (transfer container) (element-type WmBlueprintItem): the items of the cell, top to
 *   bottom
 */
GPtrArray *
wm_blueprint_layout_get_items_in_cell (WmBlueprintLayout *self,
                                       guint              lane,
                                       guint              step)
{
  GPtrArray *items = g_ptr_array_new ();

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), items);

  for (guint i = 0; i < self->items->len; i++)
    {
      const ItemGeometry *item = &g_array_index (self->items, ItemGeometry, i);

      if (item->lane == lane && item->step == step)
        g_ptr_array_add (items, item->item);
    }

  return items;
}

gboolean
wm_blueprint_layout_get_item_bounds (WmBlueprintLayout *self,
                                     const char        *item_id,
                                     WmRect            *bounds)
{
  guint index;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  index = item_id ? GPOINTER_TO_UINT (g_hash_table_lookup (self->item_index, item_id)) : 0;
  if (index == 0)
    return FALSE;
  *bounds = g_array_index (self->items, ItemGeometry, index - 1).bounds;

  return TRUE;
}

/**
 * wm_blueprint_layout_get_item_cell:
 * @lane: (out) (optional): the index of the item's lane
 * @step: (out) (optional): the index of the item's step
 *
 * Returns: whether the item is laid out
 */
gboolean
wm_blueprint_layout_get_item_cell (WmBlueprintLayout *self,
                                   const char        *item_id,
                                   guint             *lane,
                                   guint             *step)
{
  const ItemGeometry *item;
  guint index;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);

  index = item_id ? GPOINTER_TO_UINT (g_hash_table_lookup (self->item_index, item_id)) : 0;
  if (index == 0)
    return FALSE;
  item = &g_array_index (self->items, ItemGeometry, index - 1);
  if (lane != NULL)
    *lane = item->lane;
  if (step != NULL)
    *step = item->step;

  return TRUE;
}

/**
 * wm_blueprint_layout_get_item_handle:
 *
 * Where dragging starts a new arrow: a small square centred on the middle of the item's right
 * edge. The layout does not draw it; the canvas shows it on the focused or hovered item.
 *
 * Returns: whether the item is laid out
 */
gboolean
wm_blueprint_layout_get_item_handle (WmBlueprintLayout *self,
                                     const char        *item_id,
                                     WmRect            *bounds)
{
  WmRect item;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (!wm_blueprint_layout_get_item_bounds (self, item_id, &item))
    return FALSE;
  *bounds = (WmRect) { item.x + item.width - HANDLE_SIZE / 2, item.y + item.height / 2 - HANDLE_SIZE / 2,
                       HANDLE_SIZE, HANDLE_SIZE };

  return TRUE;
}

/**
 * wm_blueprint_layout_insertion_index:
 * @y: a vertical position in the cell
 *
 * Returns: where in the cell's order an item dropped at @y goes (0 = before the first)
 */
guint
wm_blueprint_layout_insertion_index (WmBlueprintLayout *self,
                                     guint              lane,
                                     guint              step,
                                     double             y)
{
  guint index = 0;

  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const ItemGeometry *item = &g_array_index (self->items, ItemGeometry, i);

      if (item->lane == lane && item->step == step
          && y > item->bounds.y + item->bounds.height / 2)
        index++;
    }

  return index;
}

/**
 * wm_blueprint_layout_arrow_at:
 *
 * Returns: (nullable): the id of the topmost arrow whose connector or label is within a few
 *   units of (@x, @y)
 */
const char *
wm_blueprint_layout_arrow_at (WmBlueprintLayout *self,
                              double             x,
                              double             y)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), NULL);

  for (guint i = self->arrows->len; i > 0; i--)
    {
      const ArrowGeometry *arrow = &g_array_index (self->arrows, ArrowGeometry, i - 1);

      if ((arrow->label.width > 0 && wm_rect_contains (&arrow->label, x, y))
          || wm_route_distance (arrow->route, x, y) <= ARROW_HIT)
        return wm_object_get_id (WM_OBJECT (arrow->arrow));
    }

  return NULL;
}

/**
 * wm_blueprint_layout_get_line_y:
 * @y: (out): where the line runs
 *
 * Returns: whether the line is drawn (its two lanes are next to each other)
 */
gboolean
wm_blueprint_layout_get_line_y (WmBlueprintLayout *self,
                                WmBlueprintLine    line,
                                double            *y)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail ((guint) line < WM_BLUEPRINT_N_LINES, FALSE);

  if (!self->has_line[line])
    return FALSE;
  if (y != NULL)
    *y = self->line_y[line];

  return TRUE;
}

/**
 * wm_blueprint_layout_get_arrow_route:
 *
 * Returns: (transfer none) (nullable) (element-type WmRoutePoint): the corners of the arrow's
 *   connector, from its start item to the tip of its head, or %NULL when it is not drawn
 */
GArray *
wm_blueprint_layout_get_arrow_route (WmBlueprintLayout *self,
                                     const char        *arrow_id)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_LAYOUT (self), NULL);

  for (guint i = 0; i < self->arrows->len; i++)
    {
      const ArrowGeometry *arrow = &g_array_index (self->arrows, ArrowGeometry, i);

      if (g_strcmp0 (wm_object_get_id (WM_OBJECT (arrow->arrow)), arrow_id) == 0)
        return arrow->route;
    }

  return NULL;
}
