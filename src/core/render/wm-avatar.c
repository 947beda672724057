/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include "wm-avatar.h"
#include "wm-text.h"

/**
 * wm_avatar_initials:
 * @name: (nullable): a person's name
 *
 * Returns: (transfer full): the first letters of the first and the last word of @name,
 *   upper-cased, or "?" when @name has no letters to take
 */
char *
wm_avatar_initials (const char *name)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) initials = g_string_new (NULL);
  const char *first = NULL;
  const char *last = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("?");

  words = g_strsplit_set (name, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (first == NULL)
        first = words[i];
      else
        last = words[i];
    }

  if (first == NULL)
    return g_strdup ("?");

  g_string_append_len (initials, first, g_utf8_next_char (first) - first);
  if (last != NULL)
    g_string_append_len (initials, last, g_utf8_next_char (last) - last);

  return g_utf8_strup (initials->str, -1);
}

WmColour
wm_avatar_colour (WmPersona *persona)
{
  WmColour colour;

  g_return_val_if_fail (WM_IS_PERSONA (persona), wm_style_persona_colour (0));

  if (wm_colour_parse (&colour, wm_persona_get_colour (persona)))
    return colour;

  return wm_style_persona_colour (g_str_hash (wm_object_get_id (WM_OBJECT (persona))));
}

/* Dark text on light colours (yellow, light green), the style's text on the others. */
static const WmColour *
text_on (const WmColour *colour,
         const WmStyle  *style)
{
  static const WmColour dark_text = { 0.14, 0.12, 0.10, 1.0 };
  double l = 0.2126 * colour->red + 0.7152 * colour->green + 0.0722 * colour->blue;

  return l > 0.6 ? &dark_text : &style->text_on_colour;
}

void
wm_avatar_add_coloured (WmDisplayList  *list,
                        WmDisplayRole   role,
                        const char     *id,
                        WmPersona      *persona,
                        double          x,
                        double          y,
                        double          size,
                        const WmColour *colour,
                        const WmStyle  *style)
{
  WmImage *photo;
  double r = size / 2;

  g_return_if_fail (WM_IS_DISPLAY_LIST (list));
  g_return_if_fail (WM_IS_PERSONA (persona));
  g_return_if_fail (colour != NULL);
  g_return_if_fail (style != NULL);

  if (size <= 0)
    return;

  wm_display_list_add_circle (list, role, id, x + r, y + r, r, colour, NULL, 0);

  photo = wm_persona_get_photo (persona);
  if (photo != NULL)
    {
      WmDisplayItem *item = wm_display_list_add_image (list, role, id, photo, x, y, size, size);

      item->radius = r;
      item->cover = TRUE;
    }
  else
    {
      g_autofree char *initials = wm_avatar_initials (wm_persona_get_name (persona));
      double font_size = size * (g_utf8_strlen (initials, -1) > 1 ? 0.4 : 0.45);

      /* A baseline 0.35 em below the centre puts capitals in the middle of the circle. */
      wm_display_list_add_text (list, role, id, initials, x + r, y + r + font_size * 0.35,
                                wm_text_measure (initials, font_size, TRUE), font_size, TRUE,
                                WM_TEXT_ANCHOR_MIDDLE, text_on (colour, style));
    }
}

void
wm_avatar_add (WmDisplayList *list,
               WmDisplayRole  role,
               const char    *id,
               WmPersona     *persona,
               double         x,
               double         y,
               double         size,
               const WmStyle *style)
{
  WmColour colour;

  g_return_if_fail (WM_IS_PERSONA (persona));

  colour = wm_avatar_colour (persona);
  wm_avatar_add_coloured (list, role, id, persona, x, y, size, &colour, style);
}
