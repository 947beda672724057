/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-avatar.h"
#include "wm-layout-persona.h"
#include "wm-layout-util.h"
#include "wm-persona-edit.h"
#include "wm-text.h"

/* A persona sheet, as printed for a workshop wall: a header with the picture, name, role and
 * quote on a band of the persona's colour; a row of facts; the bio; the six lists as cards in
 * three columns; then tech proficiency as a bar and the tags as chips.
 */

#define NAME_SIZE      30.0
#define ROLE_SIZE      17.0
#define QUOTE_SIZE     16.0
#define LABEL_SIZE     11.5
#define BODY_SIZE      13.5
#define CARD_TITLE     15.0
#define CARD_PADDING   16.0
#define CARD_GAP       16.0
#define CARD_RADIUS    12.0
#define CARD_COLUMNS   3
#define CHIP_SIZE      12.5
#define ENTRY_GAP      6.0

typedef struct
{
  WmDisplayList *list;
  const WmStyle *style;
  const char    *id;
} Sheet;

/* Adds @text wrapped to @width with its first baseline set by the top @y; returns its height. */
static double
add_wrapped (Sheet          *sheet,
             const char     *text,
             double          x,
             double          y,
             double          width,
             double          font_size,
             gboolean        bold,
             guint           max_lines,
             const WmColour *colour)
{
  return wm_layout_add_wrapped_text (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, text, x, y,
                                     width, font_size, bold, WM_TEXT_ANCHOR_START, max_lines,
                                     colour);
}

static double
layout_header (Sheet     *sheet,
               WmPersona *persona,
               double     y,
               double     width)
{
  WmColour colour = wm_avatar_colour (persona);
  WmColour band = wm_colour_mix (&colour, &sheet->style->background, 0.82);
  const char *name = wm_persona_get_name (persona);
  const char *role = wm_persona_get_role (persona);
  const char *quote = wm_persona_get_quote (persona);
  double x = WM_PERSONA_MARGIN;
  double text_x = x + 24 + WM_PERSONA_AVATAR_SIZE + 28;
  double text_width = x + width - 24 - text_x;
  double text_height = 0;
  double height;

  text_height += wm_layout_measure_wrapped (name[0] ? name : _("Unnamed persona"), text_width,
                                            NAME_SIZE, TRUE, 2);
  if (role[0] != '\0')
    text_height += 6 + wm_layout_measure_wrapped (role, text_width, ROLE_SIZE, FALSE, 2);
  if (quote[0] != '\0')
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), quote);

      text_height += 16 + wm_layout_measure_wrapped (quoted, text_width, QUOTE_SIZE, FALSE, 5);
    }
  height = MAX (WM_PERSONA_AVATAR_SIZE, text_height) + 48;

  wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, x, y, width, height,
                            18, &band, NULL);
  wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_DECORATION, NULL, x, y, 8, height, 4,
                            &colour, NULL);

  /* A ring in the persona's colour sets the picture off the band. */
  wm_display_list_add_circle (sheet->list, WM_DISPLAY_ROLE_DECORATION, NULL,
                              x + 24 + WM_PERSONA_AVATAR_SIZE / 2, y + height / 2,
                              WM_PERSONA_AVATAR_SIZE / 2 + 4, &sheet->style->background, &colour,
                              3);
  wm_avatar_add (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, persona, x + 24,
                 y + (height - WM_PERSONA_AVATAR_SIZE) / 2, WM_PERSONA_AVATAR_SIZE, sheet->style);

  y += (height - text_height) / 2;
  y += add_wrapped (sheet, name[0] ? name : _("Unnamed persona"), text_x, y, text_width,
                    NAME_SIZE, TRUE, 2, &sheet->style->text);
  if (role[0] != '\0')
    y += 6 + add_wrapped (sheet, role, text_x, y + 6, text_width, ROLE_SIZE, FALSE, 2,
                          &sheet->style->text_secondary);
  if (quote[0] != '\0')
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), quote);

      add_wrapped (sheet, quoted, text_x, y + 16, text_width, QUOTE_SIZE, FALSE, 5,
                   &sheet->style->text);
    }

  return height;
}

static double
layout_facts (Sheet     *sheet,
              WmPersona *persona,
              double     y,
              double     width)
{
  struct { const char *label; const char *value; } facts[] = {
    { _("Age"), wm_persona_get_age (persona) },
    { _("Location"), wm_persona_get_location (persona) },
    { _("Segment"), wm_persona_get_segment (persona) },
  };
  double x = WM_PERSONA_MARGIN;
  double column = width / G_N_ELEMENTS (facts);
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      if (facts[i].value[0] == '\0')
        continue;
      any = TRUE;
      add_wrapped (sheet, facts[i].label, x, y, column - 16, LABEL_SIZE, TRUE, 1,
                   &sheet->style->text_secondary);
      add_wrapped (sheet, facts[i].value, x, y + 18, column - 16, BODY_SIZE + 1, FALSE, 1,
                   &sheet->style->text);
      x += column;
    }

  return any ? 48 : 0;
}

static double
layout_bio (Sheet     *sheet,
            WmPersona *persona,
            double     y,
            double     width)
{
  const char *bio = wm_persona_get_bio (persona);
  double height;

  if (bio[0] == '\0')
    return 0;

  add_wrapped (sheet, _("About"), WM_PERSONA_MARGIN, y, width, CARD_TITLE, TRUE, 1,
               &sheet->style->text);
  height = add_wrapped (sheet, bio, WM_PERSONA_MARGIN, y + 26, width, BODY_SIZE, FALSE, 0,
                        &sheet->style->text);

  return 26 + height + 20;
}

static double
measure_card (WmPersona     *persona,
              WmPersonaList  list,
              double         inner)
{
  const char * const *entries = wm_persona_list_get_entries (persona, list);
  double height = CARD_PADDING + 24;

  if (entries == NULL || entries[0] == NULL)
    return height + wm_text_line_height (BODY_SIZE) + CARD_PADDING;

  for (guint i = 0; entries[i] != NULL; i++)
    height += wm_layout_measure_wrapped (entries[i], inner - 16, BODY_SIZE, FALSE, 0) + ENTRY_GAP;

  return height - ENTRY_GAP + CARD_PADDING;
}

static void
layout_card (Sheet         *sheet,
             WmPersona     *persona,
             WmPersonaList  list,
             const WmRect  *bounds)
{
  const char * const *entries = wm_persona_list_get_entries (persona, list);
  WmColour colour = wm_avatar_colour (persona);
  double inner = bounds->width - 2 * CARD_PADDING;
  double x = bounds->x + CARD_PADDING;
  double y = bounds->y + CARD_PADDING;

  wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_CARD, sheet->id, bounds->x, bounds->y,
                            bounds->width, bounds->height, CARD_RADIUS, &sheet->style->card_fill,
                            &sheet->style->card_border);
  wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_DECORATION, NULL, x, y + 3, 4, 14, 2,
                            &colour, NULL);
  add_wrapped (sheet, wm_persona_list_get_title (list), x + 12, y, inner - 12, CARD_TITLE, TRUE,
               1, &sheet->style->text);
  y += 24;

  if (entries == NULL || entries[0] == NULL)
    {
      add_wrapped (sheet, _("None yet"), x, y, inner, BODY_SIZE, FALSE, 1,
                   &sheet->style->text_secondary);
      return;
    }

  for (guint i = 0; entries[i] != NULL; i++)
    {
      double line = wm_text_line_height (BODY_SIZE);

      wm_display_list_add_circle (sheet->list, WM_DISPLAY_ROLE_DECORATION, NULL, x + 4,
                                  y + line / 2 + 1, 2.5, &colour, NULL, 0);
      y += add_wrapped (sheet, entries[i], x + 16, y, inner - 16, BODY_SIZE, FALSE, 0,
                        &sheet->style->text) + ENTRY_GAP;
    }
}

static double
layout_cards (Sheet     *sheet,
              WmPersona *persona,
              double     y,
              double     width)
{
  double card_width = (width - (CARD_COLUMNS - 1) * CARD_GAP) / CARD_COLUMNS;
  double top = y;

  for (guint row = 0; row * CARD_COLUMNS < WM_PERSONA_LIST_TAGS; row++)
    {
      double height = 0;

      for (guint c = 0; c < CARD_COLUMNS; c++)
        {
          WmPersonaList list = row * CARD_COLUMNS + c;

          if (list < WM_PERSONA_LIST_TAGS)
            height = MAX (height, measure_card (persona, list, card_width - 2 * CARD_PADDING));
        }

      for (guint c = 0; c < CARD_COLUMNS; c++)
        {
          WmPersonaList list = row * CARD_COLUMNS + c;
          WmRect bounds = { WM_PERSONA_MARGIN + c * (card_width + CARD_GAP), y, card_width,
                            height };

          if (list < WM_PERSONA_LIST_TAGS)
            layout_card (sheet, persona, list, &bounds);
        }

      y += height + CARD_GAP;
    }

  return y - top + 8;
}

static double
layout_footer (Sheet     *sheet,
               WmPersona *persona,
               double     y,
               double     width)
{
  WmColour colour = wm_avatar_colour (persona);
  int proficiency = wm_persona_get_tech_proficiency (persona);
  const char * const *tags = wm_persona_get_tags (persona);
  double bar_width = MIN (320, width / 2 - 40);
  double x = WM_PERSONA_MARGIN;
  g_autofree char *percent = g_strdup_printf (_("%d %%"), proficiency);
  double tags_x = x + width / 2;
  double tag_y = y + 18;

  add_wrapped (sheet, _("Tech Proficiency"), x, y, bar_width, LABEL_SIZE, TRUE, 1,
               &sheet->style->text_secondary);
  wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, x, y + 24,
                            bar_width, 10, 5, &sheet->style->chip_fill, NULL);
  if (proficiency > 0)
    wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, x, y + 24,
                              MAX (10, bar_width * proficiency / 100.0), 10, 5, &colour, NULL);
  wm_display_list_add_text (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, percent,
                            x + bar_width + 12, y + 34, wm_text_measure (percent, BODY_SIZE, TRUE),
                            BODY_SIZE, TRUE, WM_TEXT_ANCHOR_START, &sheet->style->text);

  if (tags == NULL || tags[0] == NULL)
    return 48;

  add_wrapped (sheet, _("Tags"), tags_x, y, width / 2, LABEL_SIZE, TRUE, 1,
               &sheet->style->text_secondary);
  x = tags_x;
  for (guint i = 0; tags[i] != NULL; i++)
    {
      double chip = MIN (wm_text_measure (tags[i], CHIP_SIZE, FALSE) + 20, width / 2);

      if (x > tags_x && x + chip > WM_PERSONA_MARGIN + width)
        {
          x = tags_x;
          tag_y += 30;
        }
      wm_display_list_add_rect (sheet->list, WM_DISPLAY_ROLE_PERSONA, sheet->id, x, tag_y, chip,
                                24, 12, &sheet->style->chip_fill, NULL);
      add_wrapped (sheet, tags[i], x + 10, tag_y + 3, chip - 20, CHIP_SIZE, FALSE, 1,
                   &sheet->style->text);
      x += chip + 8;
    }

  return MAX (48, tag_y + 24 - y + 8);
}

/**
 * wm_layout_persona:
 * @document: the workspace holding @persona
 * @persona: the persona to draw
 * @style: colours
 *
 * Lays out @persona as a one-page sheet, for export and printing.
 *
 * Returns: (transfer full): the display list
 */
WmDisplayList *
wm_layout_persona (WmDocument    *document,
                   WmPersona     *persona,
                   const WmStyle *style)
{
  g_autoptr(WmDisplayList) list = NULL;
  double width = WM_PERSONA_SHEET_WIDTH - 2 * WM_PERSONA_MARGIN;
  double y = WM_PERSONA_MARGIN;
  Sheet sheet;
  double height;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_PERSONA (persona), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  list = wm_display_list_new (WM_PERSONA_SHEET_WIDTH, 100);
  wm_display_list_set_background (list, &style->background);
  wm_display_list_set_title (list, wm_persona_get_name (persona));
  sheet = (Sheet) { list, style, wm_object_get_id (WM_OBJECT (persona)) };

  y += layout_header (&sheet, persona, y, width) + 24;
  height = layout_facts (&sheet, persona, y, width);
  if (height > 0)
    y += height + 12;
  y += layout_bio (&sheet, persona, y, width);
  y += layout_cards (&sheet, persona, y, width);
  y += layout_footer (&sheet, persona, y, width);

  wm_display_list_set_size (list, WM_PERSONA_SHEET_WIDTH, y + WM_PERSONA_MARGIN);

  return g_steal_pointer (&list);
}
