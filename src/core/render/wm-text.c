/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "wm-display-list.h"
#include "wm-text.h"

/* Text is measured and broken into lines once, by the layout, with a Pango context whose
 * metrics do not depend on the output: no hinting of metrics, one unit per pixel. The canvas
 * at any zoom, PNG, PDF and SVG then place every line at the same position.
 */

static GPrivate context_key = G_PRIVATE_INIT (g_object_unref);

/* Laying out a map wraps the text of every card; after an edit, all but one come out the same.
 * A per-thread cache of wrapped text (and of measured widths) keyed by everything that decides
 * the result makes a relayout cost what changed. It is simply emptied when it grows large. */
#define CACHE_LIMIT 50000

typedef struct
{
  GArray *lines;
  double  height;
} CachedWrap;

static void
cached_wrap_free (gpointer data)
{
  CachedWrap *wrap = data;

  g_array_unref (wrap->lines);
  g_free (wrap);
}

static GPrivate wrap_cache_key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
static GPrivate measure_cache_key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

static GHashTable *
get_cache (GPrivate       *key,
           GDestroyNotify  free_value)
{
  GHashTable *cache = g_private_get (key);

  if (cache == NULL || g_hash_table_size (cache) > CACHE_LIMIT)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_value);
      g_private_replace (key, cache);
    }

  return cache;
}

static char *
cache_key (const char *text,
           double      font_size,
           gboolean    bold,
           double      width,
           guint       max_lines)
{
  return g_strdup_printf ("%.3f|%d|%.3f|%u|%s", font_size, bold, width, max_lines, text);
}

PangoContext *
wm_text_get_context (void)
{
  PangoContext *context = g_private_get (&context_key);

  if (context == NULL)
    {
      PangoFontMap *font_map = pango_cairo_font_map_new ();
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (font_map);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (context, options);
      pango_cairo_context_set_resolution (context, 72.0);
      pango_context_set_round_glyph_positions (context, FALSE);
      cairo_font_options_destroy (options);
      g_object_unref (font_map);
      g_private_set (&context_key, context);
    }

  return context;
}

/* Control characters (other than tab and line breaks) have no glyph: Pango draws them as
 * boxes with their hex code. They come from pasted text and imported files; each byte of one
 * becomes a space, so byte offsets into the layout still match @text (line wrapping relies on
 * that). The SVG writer drops them. Returns NULL when @text has none. */
static char *
blank_controls (const char *text)
{
  char *copy = NULL;

  for (gsize i = 0; text[i] != '\0'; i++)
    {
      guchar c = text[i];
      gsize length = 0;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        length = 1;
      else if (c == 0xc2 && (guchar) text[i + 1] >= 0x80 && (guchar) text[i + 1] <= 0x9f)
        length = 2;  /* U+0080…U+009F */
      if (length == 0)
        continue;

      if (copy == NULL)
        copy = g_strdup (text);
      memset (copy + i, ' ', length);
      i += length - 1;
    }

  return copy;
}

PangoLayout *
wm_text_new_layout (const char *text,
                    double      font_size,
                    gboolean    bold)
{
  g_autofree char *blanked = blank_controls (text);
  PangoLayout *layout = pango_layout_new (wm_text_get_context ());
  PangoFontDescription *font = pango_font_description_from_string (WM_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, blanked != NULL ? blanked : text, -1);

  return layout;
}

double
wm_text_measure (const char *text,
                 double      font_size,
                 gboolean    bold)
{
  GHashTable *cache = get_cache (&measure_cache_key, g_free);
  g_autofree char *key = cache_key (text, font_size, bold, 0, 0);
  double *cached = g_hash_table_lookup (cache, key);
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (cached != NULL)
    return *cached;

  layout = wm_text_new_layout (text, font_size, bold);
  pango_layout_get_size (layout, &width, NULL);
  cached = g_new (double, 1);
  *cached = width / (double) PANGO_SCALE;
  g_hash_table_insert (cache, g_steal_pointer (&key), cached);

  return *cached;
}

double
wm_text_line_height (double font_size)
{
  return round (font_size * 1.36 * 2) / 2;
}

/**
 * wm_text_wrap:
 * @max_width: the width to wrap at, in units
 * @max_lines: at most this many lines (0: no limit); the last one then ends with "…"
 * @height: (out) (optional): the height of the block
 *
 * Returns: (transfer full) (element-type WmTextLine): the lines. Explicit line breaks in
 *   @text start new lines; the lines' bytes do not include them.
 */
static GArray *wrap_uncached (const char *text,
                              double      font_size,
                              gboolean    bold,
                              double      max_width,
                              guint       max_lines,
                              double     *height);

GArray *
wm_text_wrap (const char *text,
              double      font_size,
              gboolean    bold,
              double      max_width,
              guint       max_lines,
              double     *height)
{
  GHashTable *cache = get_cache (&wrap_cache_key, cached_wrap_free);
  g_autofree char *key = cache_key (text, font_size, bold, max_width, max_lines);
  CachedWrap *cached = g_hash_table_lookup (cache, key);

  if (cached == NULL)
    {
      cached = g_new (CachedWrap, 1);
      cached->lines = wrap_uncached (text, font_size, bold, max_width, max_lines, &cached->height);
      g_hash_table_insert (cache, g_steal_pointer (&key), cached);
    }

  if (height != NULL)
    *height = cached->height;

  return g_array_ref (cached->lines);
}

static GArray *
wrap_uncached (const char *text,
               double      font_size,
               gboolean    bold,
               double      max_width,
               guint       max_lines,
               double     *height)
{
  g_autoptr(PangoLayout) layout = wm_text_new_layout (text, font_size, bold);
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (WmTextLine));
  double line_height = wm_text_line_height (font_size);
  PangoLayoutIter *iter;
  int n;

  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  n = pango_layout_get_line_count (layout);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      WmTextLine out;
      guint length = (guint) line->length;

      pango_layout_line_get_extents (line, NULL, &logical);
      /* Drop the line break and the space where the line wrapped: neither is drawn, and
       * neither belongs in an SVG tspan. */
      while (length > 0 && strchr ("\n\r \t", text[line->start_index + length - 1]) != NULL)
        length--;

      out.start = (guint) line->start_index;
      out.length = length;
      out.width = logical.width / (double) PANGO_SCALE;
      out.baseline = lines->len * line_height + font_size;
      g_array_append_val (lines, out);

      if (max_lines > 0 && lines->len == max_lines && (int) lines->len < n)
        break;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (height != NULL)
    *height = MAX (1, lines->len) * line_height;

  return lines;
}
