/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <string.h>

#include "wm-layout-util.h"
#include "wm-text.h"

/* What the journey, empathy, blueprint and persona layouts draw the same way. */

#define TITLE_SIZE      26.0
#define SUBTITLE_SIZE   14.0
#define LANE_TITLE_FONT 14.0
#define LANE_SMALL_FONT 11.0
#define LANE_SYMBOL_FONT 14.0

/**
 * wm_layout_add_lines:
 * @list: where to draw
 * @role: (nullable): the role of every line
 * @id: (nullable): the object the text belongs to
 * @text: the whole text
 * @lines: (element-type WmTextLine): @text broken by wm_text_wrap()
 * @x: the left edge of the block
 * @y: the top of the block
 * @width: the width the text was broken to (for centred text)
 * @font_size: the size the text was broken with
 * @bold: whether the text was broken bold
 * @anchor: where each line hangs from
 * @skip_empty: leave out lines with nothing on them
 * @colour: the text colour
 *
 * Emits one display item per line of @lines. When @text goes on past the last line, the last
 * line ends in "…".
 */
void
wm_layout_add_lines (WmDisplayList  *list,
                     WmDisplayRole   role,
                     const char     *id,
                     const char     *text,
                     GArray         *lines,
                     double          x,
                     double          y,
                     double          width,
                     double          font_size,
                     gboolean        bold,
                     WmTextAnchor    anchor,
                     gboolean        skip_empty,
                     const WmColour *colour)
{
  gsize text_len;

  g_return_if_fail (list != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (lines != NULL);

  text_len = strlen (text);
  for (guint i = 0; i < lines->len; i++)
    {
      WmTextLine *line = &g_array_index (lines, WmTextLine, i);
      g_autofree char *part = g_strndup (text + line->start, line->length);
      double line_width = line->width;
      gsize rest = line->start + line->length;

      /* The text goes on past the last line shown: say so. */
      if (i + 1 == lines->len && rest < text_len
          && strspn (text + rest, " \n\r\t") < text_len - rest)
        {
          g_autofree char *shortened = g_strconcat (part, "…", NULL);

          g_free (part);
          part = g_steal_pointer (&shortened);
          line_width = wm_text_measure (part, font_size, bold);
        }
      if (skip_empty && line->length == 0 && part[0] == '\0')
        continue;

      wm_display_list_add_text (list, role, id, part,
                                anchor == WM_TEXT_ANCHOR_MIDDLE ? x + width / 2 : x,
                                y + line->baseline, line_width, font_size, bold, anchor, colour);
    }
}

/**
 * wm_layout_add_wrapped_text_full:
 * @max_lines: the most lines to show, 0 for all
 * @skip_empty: leave out lines with nothing on them
 *
 * Breaks @text to @width and emits it as one display item per line, as
 * wm_layout_add_lines() does.
 *
 * Returns: the height of the block
 */
double
wm_layout_add_wrapped_text_full (WmDisplayList  *list,
                                 WmDisplayRole   role,
                                 const char     *id,
                                 const char     *text,
                                 double          x,
                                 double          y,
                                 double          width,
                                 double          font_size,
                                 gboolean        bold,
                                 WmTextAnchor    anchor,
                                 guint           max_lines,
                                 gboolean        skip_empty,
                                 const WmColour *colour)
{
  double height = 0;
  g_autoptr(GArray) lines = NULL;

  g_return_val_if_fail (list != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);

  lines = wm_text_wrap (text, font_size, bold, width, max_lines, &height);
  wm_layout_add_lines (list, role, id, text, lines, x, y, width, font_size, bold, anchor,
                       skip_empty, colour);

  return height;
}

/**
 * wm_layout_add_wrapped_text:
 *
 * wm_layout_add_wrapped_text_full() with empty lines kept.
 *
 * Returns: the height of the block
 */
double
wm_layout_add_wrapped_text (WmDisplayList  *list,
                            WmDisplayRole   role,
                            const char     *id,
                            const char     *text,
                            double          x,
                            double          y,
                            double          width,
                            double          font_size,
                            gboolean        bold,
                            WmTextAnchor    anchor,
                            guint           max_lines,
                            const WmColour *colour)
{
  return wm_layout_add_wrapped_text_full (list, role, id, text, x, y, width, font_size, bold,
                                          anchor, max_lines, FALSE, colour);
}

/**
 * wm_layout_measure_wrapped:
 *
 * Returns: the height @text takes broken to @width, without drawing it
 */
double
wm_layout_measure_wrapped (const char *text,
                           double      width,
                           double      font_size,
                           gboolean    bold,
                           guint       max_lines)
{
  double height = 0;

  g_return_val_if_fail (text != NULL, 0);

  g_array_unref (wm_text_wrap (text, font_size, bold, width, max_lines, &height));

  return height;
}

/**
 * wm_layout_luminance:
 *
 * Returns: the WCAG relative luminance of @colour (from its channels as they are), 0 to 1
 */
double
wm_layout_luminance (const WmColour *colour)
{
  g_return_val_if_fail (colour != NULL, 0);

  return 0.2126 * colour->red + 0.7152 * colour->green + 0.0722 * colour->blue;
}

/**
 * wm_layout_add_lane_header:
 * @style: colours, light or dark
 * @id: (nullable): the lane's id
 * @header: where the header goes
 * @accent: (nullable): the lane's own colour, as a strip on the left
 * @symbol: the lane kind's symbol
 * @title: the lane's title (up to two lines)
 * @subtitle: (nullable): a line under the title
 *
 * Draws the header on the left of a lane, as journey maps and service blueprints have them.
 */
void
wm_layout_add_lane_header (WmDisplayList  *list,
                           const WmStyle  *style,
                           const char     *id,
                           const WmRect   *header,
                           const WmColour *accent,
                           const char     *symbol,
                           const char     *title,
                           const char     *subtitle)
{
  double x, y, title_height;

  g_return_if_fail (list != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (header != NULL);
  g_return_if_fail (symbol != NULL);
  g_return_if_fail (title != NULL);

  x = header->x;
  y = header->y;
  wm_display_list_add_rect (list, WM_DISPLAY_ROLE_LANE, id, x, y, header->width, header->height,
                            8, &style->header_fill, &style->header_border);
  if (accent != NULL)
    wm_display_list_add_rect (list, WM_DISPLAY_ROLE_LANE, id, x, y + 8, 4, header->height - 16, 2,
                              accent, NULL);

  wm_display_list_add_text (list, WM_DISPLAY_ROLE_LANE, id, symbol, x + 14, y + 24,
                            wm_text_measure (symbol, LANE_SYMBOL_FONT, FALSE), LANE_SYMBOL_FONT,
                            FALSE, WM_TEXT_ANCHOR_START, &style->text_secondary);
  title_height = wm_layout_add_wrapped_text (list, WM_DISPLAY_ROLE_LANE, id, title, x + 36, y + 10,
                                             header->width - 46, LANE_TITLE_FONT, TRUE,
                                             WM_TEXT_ANCHOR_START, 2, &style->text);
  if (subtitle != NULL)
    wm_layout_add_wrapped_text (list, WM_DISPLAY_ROLE_LANE, id, subtitle, x + 36,
                                y + 12 + title_height, header->width - 46, LANE_SMALL_FONT, FALSE,
                                WM_TEXT_ANCHOR_START, 1, &style->text_secondary);
}

/**
 * wm_layout_add_title_block:
 * @id: (nullable): the id of the item the title names
 * @title: the item's name (up to two lines)
 * @subtitle: (nullable): a line or more under it; none when %NULL or ""
 * @subtitle_lines: the most lines of @subtitle to show
 *
 * Draws the title at the top of a journey map or a service blueprint.
 *
 * Returns: the y just under the block
 */
double
wm_layout_add_title_block (WmDisplayList *list,
                           const WmStyle *style,
                           const char    *id,
                           const char    *title,
                           const char    *subtitle,
                           double         x,
                           double         y,
                           double         width,
                           guint          subtitle_lines)
{
  g_return_val_if_fail (list != NULL, y);
  g_return_val_if_fail (style != NULL, y);
  g_return_val_if_fail (title != NULL, y);

  y += wm_layout_add_wrapped_text (list, WM_DISPLAY_ROLE_TITLE, id, title, x, y, width, TITLE_SIZE,
                                   TRUE, WM_TEXT_ANCHOR_START, 2, &style->text);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      y += 4;
      y += wm_layout_add_wrapped_text (list, WM_DISPLAY_ROLE_TITLE, id, subtitle, x, y, width,
                                       SUBTITLE_SIZE, FALSE, WM_TEXT_ANCHOR_START, subtitle_lines,
                                       &style->text_secondary);
    }

  return y;
}
