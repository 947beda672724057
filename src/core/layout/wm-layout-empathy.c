/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-avatar.h"
#include "wm-empathy-edit.h"
#include "wm-layout-empathy.h"
#include "wm-layout-util.h"
#include "wm-text.h"

/* The classic empathy map: the goal across the top, the persona in the centre, what they say,
 * think, do and feel in the four quadrants around them, and their pains and gains in two
 * boxes along the bottom. Each area holds its sticky notes in a grid, in list order. The
 * quadrants keep a strip free next to the centre, so no note hides under the persona.
 */

#define TITLE_SIZE      24.0
#define GOAL_LABEL_FONT 13.0
#define GOAL_FONT       15.0
#define AREA_TITLE_FONT 15.0
#define AREA_PADDING    14.0
#define AREA_HEADER     42.0
#define AREA_GAP        12.0
#define AREA_RADIUS     14.0
#define CENTRE_RADIUS   84.0
#define CENTRE_STRIP    (CENTRE_RADIUS + 12.0)
#define AVATAR_SIZE     96.0
#define NOTE_COLUMNS    3
#define NOTE_PADDING    10.0
#define NOTE_MIN_HEIGHT 64.0
#define NOTE_MAX_LINES  8
#define MIN_ROW_HEIGHT  190.0
#define MIN_BOX_HEIGHT  150.0

#define QUADRANT_WIDTH (2 * AREA_PADDING + NOTE_COLUMNS * WM_EMPATHY_NOTE_WIDTH \
                        + (NOTE_COLUMNS - 1) * WM_EMPATHY_NOTE_GAP + CENTRE_STRIP)
#define CONTENT_WIDTH  (2 * QUADRANT_WIDTH + AREA_GAP)

typedef struct
{
  WmNote *note;
  GArray *lines;      /* of WmTextLine */
  WmRect  bounds;
  double  row_top;
  double  row_bottom;
} NoteGeometry;

typedef struct
{
  WmRect  bounds;
  double  notes_x;    /* left edge of the note grid */
  double  notes_y;    /* top of its first row */
  GArray *notes;      /* of NoteGeometry */
  WmRect  next_slot;  /* where one more note would go */
  double  content_height;
} AreaGeometry;

struct _WmEmpathyLayout
{
  GObject        parent_instance;

  WmDocument    *document;
  WmEmpathyMap  *map;
  const WmStyle *style;
  WmDisplayList *list;

  AreaGeometry   areas[WM_N_EMPATHY_AREAS];
  GHashTable    *note_index;  /* note id → index * WM_N_EMPATHY_AREAS + area + 1 */
  WmRect         goal;
  WmRect         persona;
};

G_DEFINE_FINAL_TYPE (WmEmpathyLayout, wm_empathy_layout, G_TYPE_OBJECT)

static void
note_geometry_clear (gpointer data)
{
  NoteGeometry *geometry = data;

  g_clear_pointer (&geometry->lines, g_array_unref);
}

static void
wm_empathy_layout_finalize (GObject *object)
{
  WmEmpathyLayout *self = WM_EMPATHY_LAYOUT (object);

  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->list);
  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    g_clear_pointer (&self->areas[a].notes, g_array_unref);
  g_clear_pointer (&self->note_index, g_hash_table_unref);

  G_OBJECT_CLASS (wm_empathy_layout_parent_class)->finalize (object);
}

static void
wm_empathy_layout_class_init (WmEmpathyLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_empathy_layout_finalize;
}

static void
wm_empathy_layout_init (WmEmpathyLayout *self)
{
  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      self->areas[a].notes = g_array_new (FALSE, TRUE, sizeof (NoteGeometry));
      g_array_set_clear_func (self->areas[a].notes, note_geometry_clear);
    }
  self->note_index = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The colour of an area's dot, and of its notes unless they have their own. */
static WmColour
area_colour (WmEmpathyArea area)
{
  static const guint32 colours[WM_N_EMPATHY_AREAS] = {
    0x99c1f1, /* says: blue */
    0xdc8add, /* thinks: purple */
    0xffbe6f, /* does: orange */
    0xf9f06b, /* feels: yellow */
    0xf66151, /* pains: red */
    0x57e389, /* gains: green */
  };
  guint32 hex = colours[area];

  return (WmColour) { (hex >> 16 & 0xff) / 255.0, (hex >> 8 & 0xff) / 255.0, (hex & 0xff) / 255.0, 1 };
}

static WmColour
note_fill (WmEmpathyLayout *self,
           WmEmpathyArea    area,
           WmNote          *note)
{
  WmColour colour;

  if (!wm_colour_parse (&colour, wm_note_get_colour (note)))
    colour = area_colour (area);

  return wm_colour_mix (&self->style->card_fill, &colour, self->style->dark ? 0.3 : 0.5);
}

/* Dark text on light notes, light text on dark ones (WCAG relative luminance). */
static WmColour
text_on (const WmColour *fill)
{
  static const WmColour dark_text = { 0.12, 0.12, 0.12, 1 };
  static const WmColour light_text = { 1, 1, 1, 1 };

  return wm_layout_luminance (fill) > 0.5 ? dark_text : light_text;
}

/* Breaks every note's text and places the notes of @area in its grid, from (x, y). */
static void
place_notes (WmEmpathyLayout *self,
             WmEmpathyArea    area,
             double           x,
             double           y)
{
  AreaGeometry *geometry = &self->areas[area];
  WmObjectList *notes = wm_empathy_map_get_area (self->map, area);
  guint n = wm_object_list_get_length (notes);
  double text_width = WM_EMPATHY_NOTE_WIDTH - 2 * NOTE_PADDING;
  double row_top = y;

  geometry->notes_x = x;
  geometry->notes_y = y;
  g_array_set_size (geometry->notes, 0);
  g_array_set_size (geometry->notes, n);

  for (guint row = 0; row * NOTE_COLUMNS < n; row++)
    {
      guint first = row * NOTE_COLUMNS, last = MIN (first + NOTE_COLUMNS, n);
      double row_height = NOTE_MIN_HEIGHT;

      for (guint i = first; i < last; i++)
        {
          NoteGeometry *note = &g_array_index (geometry->notes, NoteGeometry, i);
          double height;

          note->note = wm_object_list_get (notes, i);
          note->lines = wm_text_wrap (wm_note_get_text (note->note), WM_EMPATHY_NOTE_FONT, FALSE,
                                      text_width, NOTE_MAX_LINES, &height);
          note->bounds = (WmRect) { x + (i - first) * (WM_EMPATHY_NOTE_WIDTH + WM_EMPATHY_NOTE_GAP),
                                    row_top, WM_EMPATHY_NOTE_WIDTH,
                                    MAX (NOTE_MIN_HEIGHT, height + 2 * NOTE_PADDING) };
          row_height = MAX (row_height, note->bounds.height);
          g_hash_table_insert (self->note_index,
                               (char *) wm_object_get_id (WM_OBJECT (note->note)),
                               GUINT_TO_POINTER (i * WM_N_EMPATHY_AREAS + area + 1));
        }
      for (guint i = first; i < last; i++)
        {
          g_array_index (geometry->notes, NoteGeometry, i).row_top = row_top;
          g_array_index (geometry->notes, NoteGeometry, i).row_bottom = row_top + row_height;
        }

      if (last - first < NOTE_COLUMNS)
        geometry->next_slot = (WmRect) { x + (last - first) * (WM_EMPATHY_NOTE_WIDTH + WM_EMPATHY_NOTE_GAP),
                                         row_top, WM_EMPATHY_NOTE_WIDTH, NOTE_MIN_HEIGHT };
      row_top += row_height + WM_EMPATHY_NOTE_GAP;
      if (last - first == NOTE_COLUMNS)
        geometry->next_slot = (WmRect) { x, row_top, WM_EMPATHY_NOTE_WIDTH, NOTE_MIN_HEIGHT };
    }
  if (n == 0)
    geometry->next_slot = (WmRect) { x, y, WM_EMPATHY_NOTE_WIDTH, NOTE_MIN_HEIGHT };

  /* Room for one more note, so an area never looks full. */
  geometry->content_height = MAX (geometry->next_slot.y + geometry->next_slot.height,
                                  row_top - WM_EMPATHY_NOTE_GAP) - y;
}

static void
emit_notes (WmEmpathyLayout *self,
            WmEmpathyArea    area)
{
  AreaGeometry *geometry = &self->areas[area];

  for (guint i = 0; i < geometry->notes->len; i++)
    {
      NoteGeometry *note = &g_array_index (geometry->notes, NoteGeometry, i);
      const char *id = wm_object_get_id (WM_OBJECT (note->note));
      WmColour fill = note_fill (self, area, note->note);
      WmColour ink = text_on (&fill);
      const WmRect *b = &note->bounds;

      wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, b->x + 1.5, b->y + 2.5,
                                b->width, b->height, 4, &self->style->card_shadow, NULL);
      wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CARD, id, b->x, b->y, b->width, b->height,
                                4, &fill, &self->style->card_border);
      wm_layout_add_lines (self->list, WM_DISPLAY_ROLE_CARD, id, wm_note_get_text (note->note),
                           note->lines, b->x + NOTE_PADDING, b->y + NOTE_PADDING - 2,
                           b->width - 2 * NOTE_PADDING, WM_EMPATHY_NOTE_FONT, FALSE,
                           WM_TEXT_ANCHOR_START, TRUE, &ink);
    }
}

static void
emit_area (WmEmpathyLayout *self,
           WmEmpathyArea    area)
{
  AreaGeometry *geometry = &self->areas[area];
  const WmRect *b = &geometry->bounds;
  WmColour dot = area_colour (area);
  const char *label = wm_empathy_area_get_label (area);

  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_CELL, NULL, b->x, b->y, b->width, b->height,
                            AREA_RADIUS, &self->style->header_fill, &self->style->header_border);
  wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, geometry->notes_x + 6,
                              b->y + 21, 6, &dot, NULL, 0);
  wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_CELL, NULL, label, geometry->notes_x + 20,
                            b->y + 27, wm_text_measure (label, AREA_TITLE_FONT, TRUE), AREA_TITLE_FONT,
                            TRUE, WM_TEXT_ANCHOR_START, &self->style->text);
  emit_notes (self, area);
}

static double
layout_goal (WmEmpathyLayout *self,
             double           y)
{
  const char *id = wm_object_get_id (WM_OBJECT (self->map));
  const char *goal = wm_empathy_map_get_goal (self->map);
  const char *label = _("Goal");
  double label_width = wm_text_measure (label, GOAL_LABEL_FONT, TRUE);
  double text_x = WM_EMPATHY_MARGIN + 18 + label_width + 14;
  double text_width = WM_EMPATHY_MARGIN + CONTENT_WIDTH - 18 - text_x;
  double height;
  g_autoptr(GArray) lines = NULL;
  gboolean empty = goal[0] == '\0';
  const char *shown = empty ? _("No goal yet") : goal;

  lines = wm_text_wrap (shown, GOAL_FONT, FALSE, text_width, 3, &height);
  self->goal = (WmRect) { WM_EMPATHY_MARGIN, y, CONTENT_WIDTH, MAX (height, 20) + 24 };
  wm_display_list_add_rect (self->list, WM_DISPLAY_ROLE_TITLE, id, self->goal.x, self->goal.y,
                            self->goal.width, self->goal.height, self->goal.height / 2,
                            &self->style->chip_fill, NULL);
  wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_TITLE, id, label, WM_EMPATHY_MARGIN + 18,
                            y + 12 + GOAL_FONT, label_width, GOAL_LABEL_FONT, TRUE,
                            WM_TEXT_ANCHOR_START, &self->style->text_secondary);
  wm_layout_add_lines (self->list, WM_DISPLAY_ROLE_TITLE, id, shown, lines, text_x, y + 12,
                       text_width, GOAL_FONT, FALSE, WM_TEXT_ANCHOR_START, TRUE,
                       empty ? &self->style->text_secondary : &self->style->text);

  return y + self->goal.height;
}

/* The persona in a disc where the four quadrants meet. */
static void
layout_persona (WmEmpathyLayout *self,
                double           cx,
                double           cy)
{
  const char *persona_id = wm_empathy_map_get_persona_id (self->map);
  WmObject *object = persona_id[0] ? wm_document_lookup (self->document, persona_id) : NULL;
  WmPersona *persona = WM_IS_PERSONA (object) ? WM_PERSONA (object) : NULL;
  const char *name = persona != NULL ? wm_persona_get_name (persona) : _("No persona");
  double top = cy - CENTRE_RADIUS + 18;

  self->persona = (WmRect) { cx - CENTRE_RADIUS, cy - CENTRE_RADIUS, 2 * CENTRE_RADIUS, 2 * CENTRE_RADIUS };
  wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, cx, cy, CENTRE_RADIUS,
                              &self->style->background, &self->style->header_border, 1.5);
  if (persona != NULL)
    {
      wm_avatar_add (self->list, WM_DISPLAY_ROLE_PERSONA, persona_id, persona, cx - AVATAR_SIZE / 2,
                     top, AVATAR_SIZE, self->style);
    }
  else
    {
      wm_display_list_add_circle (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, cx,
                                  top + AVATAR_SIZE / 2, AVATAR_SIZE / 2, &self->style->chip_fill,
                                  NULL, 0);
      wm_display_list_add_text (self->list, WM_DISPLAY_ROLE_DECORATION, NULL, "?", cx,
                                top + AVATAR_SIZE / 2 + 13, wm_text_measure ("?", 36, TRUE), 36,
                                TRUE, WM_TEXT_ANCHOR_MIDDLE, &self->style->text_secondary);
    }
  wm_layout_add_wrapped_text_full (self->list,
                                   persona != NULL ? WM_DISPLAY_ROLE_PERSONA
                                                   : WM_DISPLAY_ROLE_DECORATION,
                                   persona != NULL ? persona_id : NULL, name, cx - 64,
                                   top + AVATAR_SIZE + 4, 128, 13, TRUE, WM_TEXT_ANCHOR_MIDDLE, 1,
                                   TRUE,
                                   persona != NULL ? &self->style->text
                                                   : &self->style->text_secondary);
}

static void
layout (WmEmpathyLayout *self)
{
  const char *name = wm_empathy_map_get_name (self->map);
  double left = WM_EMPATHY_MARGIN, right = WM_EMPATHY_MARGIN + QUADRANT_WIDTH + AREA_GAP;
  double box_width = (CONTENT_WIDTH - AREA_GAP) / 2;
  double width = CONTENT_WIDTH + 2 * WM_EMPATHY_MARGIN;
  double y = WM_EMPATHY_MARGIN, top_height, bottom_height, box_height;
  struct { WmEmpathyArea area; double x; double notes_x; } quadrants[] = {
    { WM_EMPATHY_AREA_SAYS, left, left + AREA_PADDING },
    { WM_EMPATHY_AREA_THINKS, right, right + CENTRE_STRIP + AREA_PADDING },
    { WM_EMPATHY_AREA_DOES, left, left + AREA_PADDING },
    { WM_EMPATHY_AREA_FEELS, right, right + CENTRE_STRIP + AREA_PADDING },
  };

  wm_display_list_set_size (self->list, width, 100);
  wm_display_list_set_background (self->list, &self->style->background);
  wm_display_list_set_title (self->list, name);

  y += wm_layout_add_wrapped_text_full (self->list, WM_DISPLAY_ROLE_TITLE,
                                        wm_object_get_id (WM_OBJECT (self->map)),
                                        name[0] ? name : _("Untitled empathy map"),
                                        WM_EMPATHY_MARGIN, y, CONTENT_WIDTH, TITLE_SIZE, TRUE,
                                        WM_TEXT_ANCHOR_START, 2, TRUE, &self->style->text);
  y = layout_goal (self, y + 12) + 16;

  /* Measure first: each row of areas is as tall as its fuller area. */
  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    place_notes (self, quadrants[i].area, quadrants[i].notes_x,
                 (i < 2 ? y : 0) + AREA_HEADER);
  top_height = MAX (MIN_ROW_HEIGHT, AREA_HEADER + AREA_PADDING
                    + MAX (self->areas[WM_EMPATHY_AREA_SAYS].content_height,
                           self->areas[WM_EMPATHY_AREA_THINKS].content_height));
  bottom_height = MAX (MIN_ROW_HEIGHT, AREA_HEADER + AREA_PADDING
                       + MAX (self->areas[WM_EMPATHY_AREA_DOES].content_height,
                              self->areas[WM_EMPATHY_AREA_FEELS].content_height));

  /* The lower quadrants, now that their top is known. */
  g_hash_table_remove_all (self->note_index);
  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    {
      double top = i < 2 ? y : y + top_height + AREA_GAP;

      place_notes (self, quadrants[i].area, quadrants[i].notes_x, top + AREA_HEADER);
      self->areas[quadrants[i].area].bounds = (WmRect) { quadrants[i].x, top, QUADRANT_WIDTH,
                                                         i < 2 ? top_height : bottom_height };
    }
  y += top_height + AREA_GAP + bottom_height + AREA_GAP;

  place_notes (self, WM_EMPATHY_AREA_PAINS, left + AREA_PADDING, y + AREA_HEADER);
  place_notes (self, WM_EMPATHY_AREA_GAINS, left + box_width + AREA_GAP + AREA_PADDING, y + AREA_HEADER);
  box_height = MAX (MIN_BOX_HEIGHT, AREA_HEADER + AREA_PADDING
                    + MAX (self->areas[WM_EMPATHY_AREA_PAINS].content_height,
                           self->areas[WM_EMPATHY_AREA_GAINS].content_height));
  self->areas[WM_EMPATHY_AREA_PAINS].bounds = (WmRect) { left, y, box_width, box_height };
  self->areas[WM_EMPATHY_AREA_GAINS].bounds = (WmRect) { left + box_width + AREA_GAP, y, box_width,
                                                         box_height };

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    emit_area (self, a);
  layout_persona (self, left + QUADRANT_WIDTH + AREA_GAP / 2,
                  self->areas[WM_EMPATHY_AREA_SAYS].bounds.y + top_height + AREA_GAP / 2);

  wm_display_list_set_size (self->list, width, y + box_height + WM_EMPATHY_MARGIN);
}

/**
 * wm_empathy_layout_new:
 * @document: the workspace (for the persona)
 * @map: the map to lay out
 * @style: colours, light or dark
 *
 * Returns: (transfer full): the layout of @map as it is now
 */
WmEmpathyLayout *
wm_empathy_layout_new (WmDocument    *document,
                       WmEmpathyMap  *map,
                       const WmStyle *style)
{
  WmEmpathyLayout *self;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_EMPATHY_MAP (map), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_object_new (WM_TYPE_EMPATHY_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->map = g_object_ref (map);
  self->style = style;
  self->list = wm_display_list_new (0, 0);
  layout (self);

  return self;
}

/**
 * wm_empathy_layout_get_display_list:
 *
 * Returns: (transfer none): what to draw
 */
WmDisplayList *
wm_empathy_layout_get_display_list (WmEmpathyLayout *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), NULL);

  return self->list;
}

/**
 * wm_empathy_layout_get_map:
 *
 * Returns: (transfer none): the map laid out
 */
WmEmpathyMap *
wm_empathy_layout_get_map (WmEmpathyLayout *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), NULL);

  return self->map;
}

gboolean
wm_empathy_layout_get_area_bounds (WmEmpathyLayout *self,
                                   WmEmpathyArea    area,
                                   WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  if ((guint) area >= WM_N_EMPATHY_AREAS)
    return FALSE;
  *bounds = self->areas[area].bounds;

  return TRUE;
}

/* The persona's disc belongs to no area. */
gboolean
wm_empathy_layout_area_at (WmEmpathyLayout *self,
                           double           x,
                           double           y,
                           WmEmpathyArea   *area)
{
  double cx, cy;

  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  cx = self->persona.x + CENTRE_RADIUS;
  cy = self->persona.y + CENTRE_RADIUS;
  if (hypot (x - cx, y - cy) <= CENTRE_RADIUS)
    return FALSE;

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    if (wm_rect_contains (&self->areas[a].bounds, x, y))
      {
        *area = a;
        return TRUE;
      }

  return FALSE;
}

GPtrArray *
wm_empathy_layout_get_notes (WmEmpathyLayout *self,
                             WmEmpathyArea    area)
{
  GPtrArray *notes = g_ptr_array_new ();

  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), notes);

  if ((guint) area < WM_N_EMPATHY_AREAS)
    for (guint i = 0; i < self->areas[area].notes->len; i++)
      g_ptr_array_add (notes, g_array_index (self->areas[area].notes, NoteGeometry, i).note);

  return notes;
}

gboolean
wm_empathy_layout_locate_note (WmEmpathyLayout *self,
                               const char      *note_id,
                               WmEmpathyArea   *area,
                               guint           *index)
{
  guint value;

  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  value = note_id ? GPOINTER_TO_UINT (g_hash_table_lookup (self->note_index, note_id)) : 0;
  if (value == 0)
    return FALSE;
  if (area != NULL)
    *area = (value - 1) % WM_N_EMPATHY_AREAS;
  if (index != NULL)
    *index = (value - 1) / WM_N_EMPATHY_AREAS;

  return TRUE;
}

gboolean
wm_empathy_layout_get_note_bounds (WmEmpathyLayout *self,
                                   const char      *note_id,
                                   WmRect          *bounds)
{
  WmEmpathyArea area;
  guint index;

  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  if (!wm_empathy_layout_locate_note (self, note_id, &area, &index))
    return FALSE;
  *bounds = g_array_index (self->areas[area].notes, NoteGeometry, index).bounds;

  return TRUE;
}

/**
 * wm_empathy_layout_note_at:
 *
 * Returns: (nullable): the id of the note at (@x, @y)
 */
const char *
wm_empathy_layout_note_at (WmEmpathyLayout *self,
                           double           x,
                           double           y)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), NULL);

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    for (guint i = 0; i < self->areas[a].notes->len; i++)
      {
        NoteGeometry *note = &g_array_index (self->areas[a].notes, NoteGeometry, i);

        if (wm_rect_contains (&note->bounds, x, y))
          return wm_object_get_id (WM_OBJECT (note->note));
      }

  return NULL;
}

/* Notes flow left to right in rows: a point above a row, or left of a note's middle within
 * its row, goes before that note. */
guint
wm_empathy_layout_insertion_index (WmEmpathyLayout *self,
                                   WmEmpathyArea    area,
                                   double           x,
                                   double           y)
{
  GArray *notes;

  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), 0);
  g_return_val_if_fail ((guint) area < WM_N_EMPATHY_AREAS, 0);

  notes = self->areas[area].notes;
  for (guint i = 0; i < notes->len; i++)
    {
      NoteGeometry *note = &g_array_index (notes, NoteGeometry, i);

      if (y < note->row_top - WM_EMPATHY_NOTE_GAP / 2)
        return i;
      if (y < note->row_bottom + WM_EMPATHY_NOTE_GAP / 2 && x < note->bounds.x + note->bounds.width / 2)
        return i;
    }

  return notes->len;
}

gboolean
wm_empathy_layout_get_slot (WmEmpathyLayout *self,
                            WmEmpathyArea    area,
                            guint            index,
                            WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  if ((guint) area >= WM_N_EMPATHY_AREAS)
    return FALSE;
  if (index < self->areas[area].notes->len)
    *bounds = g_array_index (self->areas[area].notes, NoteGeometry, index).bounds;
  else
    *bounds = self->areas[area].next_slot;

  return TRUE;
}

gboolean
wm_empathy_layout_get_goal_bounds (WmEmpathyLayout *self,
                                   WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  *bounds = self->goal;

  return TRUE;
}

gboolean
wm_empathy_layout_get_persona_bounds (WmEmpathyLayout *self,
                                      WmRect          *bounds)
{
  g_return_val_if_fail (WM_IS_EMPATHY_LAYOUT (self), FALSE);

  *bounds = self->persona;

  return TRUE;
}
