/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-layout-journey.h"
#include "wm-avatar.h"
#include "wm-layout-util.h"
#include "wm-text.h"

/* Where everything of a journey map goes: a title block, the personas the map is for, a band
 * of stages over the step columns, then one row per lane with a header on the left. The
 * result is a display list (for the canvas and every export) plus the geometry the canvas
 * needs to hit-test cells, place drop indicators and move the keyboard focus.
 */

#define STAGE_HEIGHT     34.0
#define STEP_FONT        13.0
#define LANE_TITLE_FONT  14.0
#define SMALL_FONT       11.0
#define CARD_GAP         6.0
#define CELL_PADDING     8.0
#define LANE_GAP         6.0
#define EMOTION_HEIGHT   150.0
#define METRIC_HEIGHT    72.0
#define IMAGE_HEIGHT     96.0
#define CHIP_HEIGHT      22.0
#define MIN_LANE_HEIGHT  60.0
#define CARD_MAX_LINES   12

typedef struct
{
  WmLane *lane;
  double  y;
  double  height;
  WmRect  header;
} LaneGeometry;

typedef struct
{
  WmStep *step;   /* NULL for the placeholder column of an empty stage */
  guint   stage;
  double  x;
  double  width;
} Column;

typedef struct
{
  WmCard *card;
  guint   lane;
  guint   step;
  WmRect  bounds;
} CardGeometry;

struct _WmJourneyLayout
{
  GObject        parent_instance;

  WmDocument    *document;
  WmJourneyMap  *map;
  const WmStyle *style;
  WmDisplayList *list;

  GArray        *lanes;         /* of LaneGeometry */
  GArray        *columns;       /* of Column */
  GArray        *step_columns;  /* flat step index → column index (guint) */
  GArray        *stage_headers; /* of WmRect */
  GArray        *step_headers;  /* of WmRect, per flat step */
  GHashTable    *step_index;    /* step id → flat index + 1 */
  GArray        *cards;         /* of CardGeometry, lane by lane, cell by cell, in order */
  GHashTable    *card_index;    /* card id → index in cards + 1 */
  double         cells_x;
  double         cells_top;
};

G_DEFINE_FINAL_TYPE (WmJourneyLayout, wm_journey_layout, G_TYPE_OBJECT)

static void
wm_journey_layout_finalize (GObject *object)
{
  WmJourneyLayout *self = WM_JOURNEY_LAYOUT (object);

  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->list);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->step_columns, g_array_unref);
  g_clear_pointer (&self->stage_headers, g_array_unref);
  g_clear_pointer (&self->step_headers, g_array_unref);
  g_clear_pointer (&self->step_index, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->card_index, g_hash_table_unref);

  G_OBJECT_CLASS (wm_journey_layout_parent_class)->finalize (object);
}

static void
wm_journey_layout_class_init (WmJourneyLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_journey_layout_finalize;
}

static void
wm_journey_layout_init (WmJourneyLayout *self)
{
  self->lanes = g_array_new (FALSE, TRUE, sizeof (LaneGeometry));
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  self->step_columns = g_array_new (FALSE, TRUE, sizeof (guint));
  self->stage_headers = g_array_new (FALSE, TRUE, sizeof (WmRect));
  self->step_headers = g_array_new (FALSE, TRUE, sizeof (WmRect));
  self->step_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->cards = g_array_new (FALSE, TRUE, sizeof (CardGeometry));
  self->card_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static WmColour
stage_colour (WmStage *stage,
              guint    index)
{
  WmColour colour;

  if (!wm_colour_parse (&colour, wm_stage_get_colour (stage)))
    colour = wm_style_stage_colour (index);

  return colour;
}

static WmColour
persona_colour (WmDocument *document,
                const char *persona_id,
                guint       index)
{
  WmObject *persona = persona_id && persona_id[0] ? wm_document_lookup (document, persona_id) : NULL;
  WmColour colour;

  if (WM_IS_PERSONA (persona) && wm_colour_parse (&colour, wm_persona_get_colour (WM_PERSONA (persona))))
    return colour;

  return wm_style_persona_colour (index);
}

/* White text on dark colours, dark text on light ones (WCAG relative luminance). */
static const WmColour *
text_on (WmJourneyLayout *self,
         const WmColour  *colour)
{
  static const WmColour dark_text = { 0.12, 0.12, 0.12, 1 };

  return wm_layout_luminance (colour) > 0.6 ? &dark_text : &self->style->text_on_colour;
}

static double
layout_title (WmJourneyLayout *self,
              double           y,
              double           width)
{
  const char *name = wm_journey_map_get_name (self->map);
  const char *scenario = wm_journey_map_get_scenario (self->map);

  y = wm_layout_add_title_block (self->list, self->style, wm_object_get_id (WM_OBJECT (self->map)),
                                 name[0] ? name : _("Untitled journey map"), scenario,
                                 WM_JOURNEY_MARGIN, y, width, 3);

  return y + 14;
}

static double
layout_personas (WmJourneyLayout *self,
                 double           y)
{
  const char * const *ids = wm_journey_map_get_persona_ids (self->map);
  double x = WM_JOURNEY_MARGIN;

  if (ids == NULL || ids[0] == NULL)
    return y;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      WmObject *object = wm_document_lookup (self->document, ids[i]);
      WmPersona *persona = WM_IS_PERSONA (object) ? WM_PERSONA (object) : NULL;
      WmColour colour = persona_colour (self->document, ids[i], i);
      const char *name = persona ? wm_persona_get_name (persona) : "?";
      g_autofree char *subtitle = NULL;
      double name_width, sub_width;

      if (persona == NULL)
        continue;

      if (wm_persona_get_role (persona)[0] && wm_persona_get_age (persona)[0])
        subtitle = g_strdup_printf ("%s, %s", wm_persona_get_role (persona), wm_persona_get_age (persona));
      else
        subtitle = g_strdup (wm_persona_get_role (persona));

      wm_avatar_add_coloured (self->list, WM_DISPLAY_ROLE_PERSONA, ids[i], persona, x, y, 40,
                              &colour, self->style);
      name_width = wm_text_measure (name, 15, TRUE);
      sub_width = wm_text_measure (subtitle, 12.5, FALSE);
      wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_PERSONA, ids[i], name, x + 50, y + 16,
                                name_width, 15, TRUE, WM_TEXT_ANCHOR_START, &self->style->text);
      wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_PERSONA, ids[i], subtitle, x + 50, y + 34,
                                sub_width, 12.5, FALSE, WM_TEXT_ANCHOR_START,
                                &self->style->text_secondary);
      x += 50 + MAX (name_width, sub_width) + 16;
      /* A sample of the curve colour, so readers can match curves to people. */
      wm_display_list_add_line (self->list, x, y + 20, x + 32, y + 20, &colour, 3, FALSE);
      x += 32 + 40;
    }

  return y + 56;
}

static void
compute_columns (WmJourneyLayout *self)
{
  WmObjectList *stages = wm_journey_map_get_stages (self->map);
  double x = self->cells_x;
  guint flat = 0;

  for (guint s = 0; s < wm_object_list_get_length (stages); s++)
    {
      WmObjectList *steps = wm_stage_get_steps (wm_object_list_get (stages, s));
      guint n = wm_object_list_get_length (steps);

      for (guint i = 0; i < MAX (n, 1); i++)
        {
          Column column = { i < n ? wm_object_list_get (steps, i) : NULL, s, x, WM_JOURNEY_STEP_WIDTH };

          if (column.step != NULL)
            {
              guint index = self->columns->len;

              g_array_append_val (self->step_columns, index);
              g_hash_table_insert (self->step_index,
                                   (char *) wm_object_get_id (WM_OBJECT (column.step)),
                                   GUINT_TO_POINTER (++flat));
            }
          g_array_append_val (self->columns, column);
          x += WM_JOURNEY_STEP_WIDTH;
        }
    }
}

static double
layout_stages (WmJourneyLayout *self,
               double           y)
{
  WmObjectList *stages = wm_journey_map_get_stages (self->map);
  double steps_height = 0;
  guint c = 0;

  for (guint s = 0; s < wm_object_list_get_length (stages); s++)
    {
      WmStage *stage = wm_object_list_get (stages, s);
      WmColour colour = stage_colour (stage, s);
      const Column *first = &g_array_index (self->columns, Column, c);
      double x0 = first->x, x1 = first->x + first->width;
      WmRect rect;

      while (c < self->columns->len && g_array_index (self->columns, Column, c).stage == s)
        {
          x1 = g_array_index (self->columns, Column, c).x + g_array_index (self->columns, Column, c).width;
          c++;
        }

      rect = (WmRect) { x0 + 3, y, x1 - x0 - 6, STAGE_HEIGHT };
      g_array_append_val (self->stage_headers, rect);
      wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_STAGE, wm_object_get_id (WM_OBJECT (stage)),
                                rect.x, rect.y, rect.width, rect.height, STAGE_HEIGHT / 2,
                                &colour, NULL);
      wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_STAGE,
                                  wm_object_get_id (WM_OBJECT (stage)),
                                  wm_stage_get_name (stage)[0] ? wm_stage_get_name (stage) : _("Stage"),
                                  rect.x + 12, y + 7, rect.width - 24, 15, TRUE,
                                  WM_TEXT_ANCHOR_MIDDLE, 1, text_on (self, &colour));
    }

  y += STAGE_HEIGHT + 8;

  for (guint i = 0; i < self->step_columns->len; i++)
    {
      const Column *column = &g_array_index (self->columns, Column,
                                             g_array_index (self->step_columns, guint, i));
      double height;
      WmRect rect;

      height = wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_STEP,
                                           wm_object_get_id (WM_OBJECT (column->step)),
                                           wm_step_get_name (column->step)[0] ? wm_step_get_name (column->step) : _("Step"),
                                           column->x + 8, y, column->width - 16, STEP_FONT, TRUE,
                                           WM_TEXT_ANCHOR_MIDDLE, 2, &self->style->text);
      rect = (WmRect) { column->x + 4, y - 4, column->width - 8, height + 8 };
      g_array_append_val (self->step_headers, rect);
      steps_height = MAX (steps_height, height);
    }

  return y + MAX (steps_height, wm_text_line_height (STEP_FONT)) + 10;
}

static void
card_fill (WmJourneyLayout *self,
           WmLaneKind       kind,
           WmCard          *card,
           WmColour        *fill)
{
  WmColour own;

  if (wm_colour_parse (&own, wm_card_get_colour (card)))
    {
      *fill = wm_colour_mix (&self->style->card_fill, &own, self->style->dark ? 0.45 : 0.3);
      return;
    }

  switch (kind)
    {
    case WM_LANE_KIND_PAIN_POINTS:
      *fill = self->style->pain_fill;
      break;
    case WM_LANE_KIND_OPPORTUNITIES:
      *fill = self->style->opportunity_fill;
      break;
    case WM_LANE_KIND_IDEAS:
      *fill = self->style->idea_fill;
      break;
    default:
      *fill = self->style->card_fill;
      break;
    }
}

static const WmColour *
evidence_colour (WmJourneyLayout *self,
                 WmEvidence       evidence)
{
  switch (evidence)
    {
    case WM_EVIDENCE_OBSERVED:
      return &self->style->evidence_observed;
    case WM_EVIDENCE_ASSUMED:
      return &self->style->evidence_assumed;
    case WM_EVIDENCE_PROPOSED:
      return &self->style->evidence_proposed;
    case WM_EVIDENCE_NONE:
    default:
      return NULL;
    }
}

static char *
card_footer (WmCard *card)
{
  const char * const *tags = wm_card_get_tags (card);
  GString *s = g_string_new (NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_string_append_printf (s, "%s#%s", s->len ? " " : "", tags[i]);
  if (wm_card_get_owner (card)[0] != '\0')
    g_string_append_printf (s, "%s→ %s", s->len ? "  " : "", wm_card_get_owner (card));

  return g_string_free (s, s->len == 0);
}

/* Lays out one text card at (x, y); returns its height. */
static double
layout_card (WmJourneyLayout *self,
             WmLane          *lane,
             WmCard          *card,
             double           x,
             double           y,
             double           width)
{
  const char *id = wm_object_get_id (WM_OBJECT (card));
  const char *text = wm_card_get_text (card);
  g_autofree char *footer = card_footer (card);
  const WmColour *dot = evidence_colour (self, wm_card_get_evidence (card));
  double text_width = width - 2 * WM_JOURNEY_CARD_PADDING - (dot ? 10 : 0);
  g_autoptr(GArray) lines = NULL;
  double text_height, footer_height = 0, height;
  WmColour fill;

  lines = wm_text_wrap (text, WM_JOURNEY_CARD_FONT, FALSE, text_width, CARD_MAX_LINES, &text_height);
  if (footer != NULL)
    footer_height = 4 + wm_text_line_height (SMALL_FONT);
  height = text_height + footer_height + 2 * WM_JOURNEY_CARD_PADDING - 2;

  card_fill (self, wm_lane_get_kind (lane), card, &fill);
  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, x + 1.5, y + 2, width,
                            height, 7, &self->style->card_shadow, NULL);
  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CARD, id, x, y, width, height, 7, &fill,
                            &self->style->card_border);

  wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id, text,
                              x + WM_JOURNEY_CARD_PADDING, y + WM_JOURNEY_CARD_PADDING - 2,
                              text_width, WM_JOURNEY_CARD_FONT, FALSE, WM_TEXT_ANCHOR_START,
                              CARD_MAX_LINES, &self->style->text);
  if (footer != NULL)
    wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id, footer,
                                x + WM_JOURNEY_CARD_PADDING,
                                y + WM_JOURNEY_CARD_PADDING - 2 + text_height + 4,
                                width - 2 * WM_JOURNEY_CARD_PADDING, SMALL_FONT, FALSE,
                                WM_TEXT_ANCHOR_START, 1, &self->style->text_secondary);
  if (dot != NULL)
    {
      if (wm_card_get_evidence (card) == WM_EVIDENCE_PROPOSED)
        wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_CARD, id, x + width - 11, y + 10, 3.5,
                                    NULL, dot, 1.5);
      else
        wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_CARD, id, x + width - 11, y + 10, 4,
                                    dot, NULL, 0);
    }

  return height;
}

static double
layout_chip (WmJourneyLayout *self,
             WmCard          *card,
             double           x,
             double           y,
             double           max_width)
{
  const char *text = wm_card_get_text (card);
  double width = MIN (wm_text_measure (text, 11.5, FALSE) + 20, max_width);
  const char *id = wm_object_get_id (WM_OBJECT (card));

  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CARD, id, x, y, width, CHIP_HEIGHT,
                            CHIP_HEIGHT / 2, &self->style->chip_fill, NULL);
  wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id, text, x + 10, y + 2, width - 20,
                              11.5, FALSE, WM_TEXT_ANCHOR_MIDDLE, 1, &self->style->text);

  return width;
}

static void
remember_card (WmJourneyLayout *self,
               WmCard          *card,
               guint            lane,
               guint            step,
               const WmRect    *bounds)
{
  CardGeometry geometry = { card, lane, step, *bounds };

  g_array_append_val (self->cards, geometry);
  g_hash_table_insert (self->card_index, (char *) wm_object_get_id (WM_OBJECT (card)),
                       GUINT_TO_POINTER (self->cards->len));
}

static guint
step_of (WmJourneyLayout *self,
         const char      *step_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->step_index, step_id));
}

/* Card lanes: cards stacked in each cell, in list order. Returns the lane's height. */
static double
layout_card_lane (WmJourneyLayout *self,
                  guint            lane_index,
                  WmLane          *lane,
                  double           y)
{
  WmObjectList *cards = wm_lane_get_cards (lane);
  guint n_steps = self->step_columns->len;
  g_autofree double *cursor = g_new (double, MAX (n_steps, 1));
  g_autofree double *row_x = g_new0 (double, MAX (n_steps, 1));
  gboolean chips = wm_lane_get_kind (lane) == WM_LANE_KIND_CHANNELS;
  gboolean images = wm_lane_get_kind (lane) == WM_LANE_KIND_IMAGES;
  double bottom = y + MIN_LANE_HEIGHT;

  for (guint i = 0; i < n_steps; i++)
    cursor[i] = y + CELL_PADDING;

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);
      guint step = step_of (self, wm_card_get_step_id (card));
      const Column *column;
      double x, width, height;
      WmRect bounds;

      if (step == 0)
        continue;
      step--;
      column = &g_array_index (self->columns, Column, g_array_index (self->step_columns, guint, step));
      x = column->x + CELL_PADDING;
      width = column->width - 2 * CELL_PADDING;

      if (chips)
        {
          double chip_width;

          /* Channel chips flow in rows within the cell. */
          if (row_x[step] > 0 && row_x[step] + wm_text_measure (wm_card_get_text (card), 11.5, FALSE) + 20 > width)
            {
              cursor[step] += CHIP_HEIGHT + 6;
              row_x[step] = 0;
            }
          chip_width = layout_chip (self, card, x + row_x[step], cursor[step], width);
          bounds = (WmRect) { x + row_x[step], cursor[step], chip_width, CHIP_HEIGHT };
          row_x[step] += chip_width + 6;
          height = 0;
          bottom = MAX (bottom, cursor[step] + CHIP_HEIGHT + CELL_PADDING);
        }
      else if (images && wm_card_get_image (card) != NULL)
        {
          const char *id = wm_object_get_id (WM_OBJECT (card));
          double caption = 0;

          wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CARD, id, x, cursor[step], width,
                                    IMAGE_HEIGHT, 7, &self->style->chip_fill, NULL);
          wm_display_list_add_image (self->list, WM_DISPLAY_ROLE_CARD, id, wm_card_get_image (card),
                                     x, cursor[step], width, IMAGE_HEIGHT);
          if (wm_card_get_text (card)[0] != '\0')
            caption = 2 + wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_CARD, id,
                                                      wm_card_get_text (card), x,
                                                      cursor[step] + IMAGE_HEIGHT + 2, width,
                                                      SMALL_FONT, FALSE, WM_TEXT_ANCHOR_MIDDLE, 2,
                                                      &self->style->text_secondary);
          height = IMAGE_HEIGHT + caption;
          bounds = (WmRect) { x, cursor[step], width, height };
        }
      else
        {
          height = layout_card (self, lane, card, x, cursor[step], width);
          bounds = (WmRect) { x, cursor[step], width, height };
        }

      remember_card (self, card, lane_index, step, &bounds);
      if (!chips)
        {
          cursor[step] += height + CARD_GAP;
          bottom = MAX (bottom, cursor[step] - CARD_GAP + CELL_PADDING);
        }
    }

  return bottom - y;
}

static double
score_y (double top,
         double height,
         double score)
{
  double inner_top = top + 16, inner_height = height - 32;

  return inner_top + inner_height / 2 - score * inner_height / 4;
}

static double
layout_emotion_lane (WmJourneyLayout *self,
                     WmLane          *lane,
                     double           y)
{
  const char * const *ids = wm_journey_map_get_persona_ids (self->map);
  const char *no_persona[] = { "", NULL };
  WmObjectList *points = wm_lane_get_points (lane);
  double height = EMOTION_HEIGHT;
  double x0 = self->cells_x;
  double x1 = x0;
  double zero = score_y (y, height, 0);

  if (self->columns->len > 0)
    {
      const Column *last = &g_array_index (self->columns, Column, self->columns->len - 1);
      x1 = last->x + last->width;
    }

  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, x0, y + 4, x1 - x0,
                            zero - y - 4, 0, &self->style->positive_band, NULL);
  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, x0, zero, x1 - x0,
                            y + height - 4 - zero, 0, &self->style->negative_band, NULL);
  wm_display_list_add_line (self->list, x0, zero, x1, zero, &self->style->zero_line, 1, TRUE);

  if (ids == NULL || ids[0] == NULL)
    ids = no_persona;

  for (guint p = 0; ids[p] != NULL; p++)
    {
      WmColour colour = persona_colour (self->document, ids[p], p);
      g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
      guint n_steps = self->step_columns->len;
      g_autofree WmEmotionPoint **by_step = g_new0 (WmEmotionPoint *, MAX (n_steps, 1));
      double px = 0, py = 0;

      for (guint i = 0; i < wm_object_list_get_length (points); i++)
        {
          WmEmotionPoint *point = wm_object_list_get (points, i);
          guint step = step_of (self, wm_emotion_point_get_step_id (point));

          if (step > 0 && g_strcmp0 (wm_emotion_point_get_persona_id (point), ids[p]) == 0)
            by_step[step - 1] = point;
        }

      /* One smooth curve through the scores in step order: cubic segments with horizontal
       * tangents at each point, so the curve never overshoots a score. */
      for (guint s = 0; s < n_steps; s++)
        {
          const Column *column;
          double x, sy;

          if (by_step[s] == NULL)
            continue;
          column = &g_array_index (self->columns, Column, g_array_index (self->step_columns, guint, s));
          x = column->x + column->width / 2;
          sy = score_y (y, height, wm_emotion_point_get_score (by_step[s]));
          if (path->len == 0)
            {
              g_array_append_vals (path, (double[]) { x, sy }, 2);
            }
          else
            {
              double mx = (px + x) / 2;
              g_array_append_vals (path, (double[]) { mx, py, mx, sy, x, sy }, 6);
            }
          px = x;
          py = sy;
          g_ptr_array_add (ordered, by_step[s]);
        }

      if (path->len >= 8)
        wm_display_list_add_path (self->list, WM_DISPLAY_ROLE_DECORATION, ids[p][0] ? ids[p] : NULL,
                                  (double *) path->data, (path->len - 2) / 6, &colour, 3);

      for (guint i = 0; i < ordered->len; i++)
        {
          WmEmotionPoint *point = g_ptr_array_index (ordered, i);
          guint step = step_of (self, wm_emotion_point_get_step_id (point)) - 1;
          const Column *column = &g_array_index (self->columns, Column,
                                                 g_array_index (self->step_columns, guint, step));

          wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_POINT,
                                      wm_object_get_id (WM_OBJECT (point)),
                                      column->x + column->width / 2,
                                      score_y (y, height, wm_emotion_point_get_score (point)), 6,
                                      &self->style->card_fill, &colour, 2.5);
        }
    }

  return height;
}

static double
layout_metric_lane (WmJourneyLayout *self,
                    WmLane          *lane,
                    double           y)
{
  WmObjectList *values = wm_lane_get_values (lane);
  const char *unit = wm_lane_get_unit (lane);
  double max = 0;

  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    max = MAX (max, fabs (wm_metric_value_get_value (wm_object_list_get (values, i))));

  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    {
      WmMetricValue *value = wm_object_list_get (values, i);
      guint step = step_of (self, wm_metric_value_get_step_id (value));
      const char *id = wm_object_get_id (WM_OBJECT (value));
      const Column *column;
      g_autofree char *number = NULL;
      g_autofree char *text = NULL;
      double bar_width, full;

      if (step == 0)
        continue;
      column = &g_array_index (self->columns, Column, g_array_index (self->step_columns, guint, step - 1));
      number = g_strdup_printf ("%.10g", wm_metric_value_get_value (value));
      text = unit[0] ? g_strdup_printf ("%s %s", number, unit) : g_strdup (number);
      wm_layout_add_wrapped_text (self->list, WM_DISPLAY_ROLE_VALUE, id, text, column->x + 12,
                                  y + 12, column->width - 24, 15, TRUE, WM_TEXT_ANCHOR_MIDDLE, 1,
                                  &self->style->text);
      full = column->width - 24;
      bar_width = max > 0 ? full * fabs (wm_metric_value_get_value (value)) / max : 0;
      wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, column->x + 12, y + 44,
                                full, 8, 4, &self->style->chip_fill, NULL);
      if (bar_width > 0)
        wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_VALUE, id, column->x + 12, y + 44,
                                  MAX (bar_width, 8), 8, 4, &self->style->bar_fill, NULL);
    }

  return METRIC_HEIGHT;
}

static void
layout_lane_header (WmJourneyLayout *self,
                    LaneGeometry    *geometry)
{
  WmLane *lane = geometry->lane;
  WmLaneKind kind = wm_lane_get_kind (lane);
  const char *title = wm_lane_get_title (lane)[0] ? wm_lane_get_title (lane) : wm_style_lane_kind_label (kind);
  g_autofree char *unit = NULL;
  const char *subtitle = NULL;
  WmColour accent;
  gboolean has_accent = wm_colour_parse (&accent, wm_lane_get_colour (lane));

  if (kind == WM_LANE_KIND_METRICS && wm_lane_get_unit (lane)[0])
    subtitle = unit = g_strdup_printf (_("in %s"), wm_lane_get_unit (lane));
  else if (wm_lane_get_title (lane)[0] && geometry->height > 56
           && g_strcmp0 (wm_lane_get_title (lane), wm_style_lane_kind_label (kind)) != 0)
    subtitle = wm_style_lane_kind_label (kind);

  geometry->header = (WmRect) { WM_JOURNEY_MARGIN, geometry->y + 3, WM_JOURNEY_HEADER_WIDTH,
                                geometry->height - 6 };
  wm_layout_add_lane_header (self->list, self->style, wm_object_get_id (WM_OBJECT (lane)),
                             &geometry->header, has_accent ? &accent : NULL,
                             wm_style_lane_kind_symbol (kind), title, subtitle);
}

static void
layout (WmJourneyLayout *self)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (self->map);
  double y = WM_JOURNEY_MARGIN;
  double width, right;

  self->cells_x = WM_JOURNEY_MARGIN + WM_JOURNEY_HEADER_WIDTH + 10;
  compute_columns (self);
  right = self->columns->len > 0
          ? g_array_index (self->columns, Column, self->columns->len - 1).x + WM_JOURNEY_STEP_WIDTH
          : self->cells_x + WM_JOURNEY_STEP_WIDTH;
  width = right + WM_JOURNEY_MARGIN;

  wm_display_list_set_size (self->list, width, 100);
  wm_display_list_set_background (self->list, &self->style->background);
  wm_display_list_set_title (self->list, wm_journey_map_get_name (self->map));

  y = layout_title (self, y, MAX (width - 2 * WM_JOURNEY_MARGIN, 400));
  y = layout_personas (self, y);
  if (self->columns->len > 0)
    y = layout_stages (self, y);
  self->cells_top = y;

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      LaneGeometry geometry = { wm_object_list_get (lanes, i), y, 0 };
      WmLaneKind kind = wm_lane_get_kind (geometry.lane);

      if (kind == WM_LANE_KIND_EMOTION)
        geometry.height = layout_emotion_lane (self, geometry.lane, y);
      else if (kind == WM_LANE_KIND_METRICS)
        geometry.height = layout_metric_lane (self, geometry.lane, y);
      else
        geometry.height = layout_card_lane (self, i, geometry.lane, y);

      layout_lane_header (self, &geometry);
      wm_display_list_add_line (self->list, self->cells_x, y + geometry.height + LANE_GAP / 2,
                                right, y + geometry.height + LANE_GAP / 2, &self->style->grid_line,
                                1, FALSE);
      g_array_append_val (self->lanes, geometry);
      y += geometry.height + LANE_GAP;
    }

  wm_display_list_set_size (self->list, width, y + WM_JOURNEY_MARGIN);
}

/**
 * wm_journey_layout_new:
 * @document: the workspace (for personas)
 * @map: the map to lay out
 * @style: colours, light or dark
 *
 * Returns: (transfer full): the layout of @map as it is now
 */
WmJourneyLayout *
wm_journey_layout_new (WmDocument    *document,
                       WmJourneyMap  *map,
                       const WmStyle *style)
{
  WmJourneyLayout *self;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_object_new (WM_TYPE_JOURNEY_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->map = g_object_ref (map);
  self->style = style;
  self->list = wm_display_list_new (0, 0);
  layout (self);

  return self;
}

/**
 * wm_journey_layout_get_display_list:
 *
 * Returns: (transfer none): what to draw
 */
WmDisplayList *
wm_journey_layout_get_display_list (WmJourneyLayout *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), NULL);

  return self->list;
}

/**
 * wm_journey_layout_get_map:
 *
 * Returns: (transfer none): the map laid out
 */
WmJourneyMap *
wm_journey_layout_get_map (WmJourneyLayout *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), NULL);

  return self->map;
}

guint
wm_journey_layout_get_n_lanes (WmJourneyLayout *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), 0);

  return self->lanes->len;
}

guint
wm_journey_layout_get_n_steps (WmJourneyLayout *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), 0);

  return self->step_columns->len;
}

gboolean
wm_journey_layout_get_cell (WmJourneyLayout *self,
                            guint            lane,
                            guint            step,
                            WmJourneyCell   *cell)
{
  const LaneGeometry *row;
  const Column *column;

  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  if (lane >= self->lanes->len || step >= self->step_columns->len)
    return FALSE;

  row = &g_array_index (self->lanes, LaneGeometry, lane);
  column = &g_array_index (self->columns, Column, g_array_index (self->step_columns, guint, step));
  cell->lane = lane;
  cell->step = step;
  cell->bounds = (WmRect) { column->x, row->y, column->width, row->height };

  return TRUE;
}

gboolean
wm_journey_layout_cell_at (WmJourneyLayout *self,
                           double           x,
                           double           y,
                           WmJourneyCell   *cell)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      const LaneGeometry *row = &g_array_index (self->lanes, LaneGeometry, l);

      if (y < row->y || y >= row->y + row->height + LANE_GAP)
        continue;
      for (guint s = 0; s < self->step_columns->len; s++)
        {
          const Column *column = &g_array_index (self->columns, Column,
                                                 g_array_index (self->step_columns, guint, s));

          if (x >= column->x && x < column->x + column->width)
            return wm_journey_layout_get_cell (self, l, s, cell);
        }
    }

  return FALSE;
}

gboolean
wm_journey_layout_get_lane_header (WmJourneyLayout *self,
                                   guint            lane,
                                   WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  if (lane >= self->lanes->len)
    return FALSE;
  *bounds = g_array_index (self->lanes, LaneGeometry, lane).header;

  return TRUE;
}

gboolean
wm_journey_layout_get_step_header (WmJourneyLayout *self,
                                   guint            step,
                                   WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  if (step >= self->step_headers->len)
    return FALSE;
  *bounds = g_array_index (self->step_headers, WmRect, step);

  return TRUE;
}

gboolean
wm_journey_layout_get_stage_header (WmJourneyLayout *self,
                                    guint            stage,
                                    WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  if (stage >= self->stage_headers->len)
    return FALSE;
  *bounds = g_array_index (self->stage_headers, WmRect, stage);

  return TRUE;
}

/**
 * wm_journey_layout_get_cards_in_cell:
 *
 * Returns: (transfer container) (element-type WmCard): the cards of the cell, top to bottom
 */
GPtrArray *
wm_journey_layout_get_cards_in_cell (WmJourneyLayout *self,
                                     guint            lane,
                                     guint            step)
{
  GPtrArray *cards = g_ptr_array_new ();

  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), cards);

  for (guint i = 0; i < self->cards->len; i++)
    {
      const CardGeometry *card = &g_array_index (self->cards, CardGeometry, i);

      if (card->lane == lane && card->step == step)
        g_ptr_array_add (cards, card->card);
    }

  return cards;
}

gboolean
wm_journey_layout_get_card_bounds (WmJourneyLayout *self,
                                   const char      *card_id,
                                   WmRect          *bounds)
{
  guint index;

  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), FALSE);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, card_id));
  if (index == 0)
    return FALSE;
  *bounds = g_array_index (self->cards, CardGeometry, index - 1).bounds;

  return TRUE;
}

/**
 * wm_journey_layout_insertion_index:
 * @y: a vertical position in the cell
 *
 * Returns: where in the cell's order a card dropped at @y goes (0 = before the first)
 */
guint
wm_journey_layout_insertion_index (WmJourneyLayout *self,
                                   guint            lane,
                                   guint            step,
                                   double           y)
{
  guint index = 0;

  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), 0);

  for (guint i = 0; i < self->cards->len; i++)
    {
      const CardGeometry *card = &g_array_index (self->cards, CardGeometry, i);

      if (card->lane == lane && card->step == step
          && y > card->bounds.y + card->bounds.height / 2)
        index++;
    }

  return index;
}

/**
 * wm_journey_layout_score_at:
 * @lane: an emotion lane
 * @y: a vertical position
 *
 * Returns: the emotion score (−2…+2, not rounded) at @y in the lane
 */
double
wm_journey_layout_score_at (WmJourneyLayout *self,
                            guint            lane,
                            double           y)
{
  const LaneGeometry *row;
  double zero, unit;

  g_return_val_if_fail (WM_IS_JOURNEY_LAYOUT (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  row = &g_array_index (self->lanes, LaneGeometry, lane);
  zero = score_y (row->y, row->height, 0);
  unit = (row->height - 32) / 4;

  return CLAMP ((zero - y) / unit, -2, 2);
}
