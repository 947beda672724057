/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wm-render-cairo.h"
#include "wm-render-svg.h"

/* Writes a display list as a standalone SVG 1.1 document. Text stays text (one <text> per run
 * of lines of the same object and style, one <tspan> per line at the layout's position), so
 * an exported map can be searched and edited in Inkscape or Figma; the parts that show one
 * model object are grouped in <g id="wm-…">. librsvg reads the result back in the tests and
 * must draw what wm_render_cairo() draws.
 */

#define SVG_NS   "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"


typedef struct
{
  WmDisplayList *list;
  GString       *out;
  GHashTable    *names;       /* object id → its XML name ("wm-…"), owned */
  GHashTable    *used_names;  /* XML names handed out so far; keys owned by @names */
  GHashTable    *named;       /* XML names already given to an element as id */
  GString       *scratch;
  guint          n_clips;
} SvgWriter;

/* Numbers are written without printf so that the output never depends on the locale, and
 * rounded to two decimals: enough for any screen or print, and it keeps files small. */
static void
append_number (GString *out,
               double   value)
{
  char digits[24];
  guint n_digits = 0;
  gint64 hundredths;
  gint64 whole;
  int fraction;

  if (!isfinite (value))
    value = 0;
  value = CLAMP (value, -1e12, 1e12);
  hundredths = llround (value * 100);
  if (hundredths < 0)
    {
      g_string_append_c (out, '-');
      hundredths = -hundredths;
    }

  whole = hundredths / 100;
  fraction = (int) (hundredths % 100);
  do
    {
      digits[n_digits++] = (char) ('0' + whole % 10);
      whole /= 10;
    }
  while (whole > 0);
  while (n_digits > 0)
    g_string_append_c (out, digits[--n_digits]);

  if (fraction != 0)
    {
      g_string_append_c (out, '.');
      g_string_append_c (out, (char) ('0' + fraction / 10));
      if (fraction % 10 != 0)
        g_string_append_c (out, (char) ('0' + fraction % 10));
    }
}

static void
append_number_attribute (GString    *out,
                         const char *name,
                         double      value)
{
  g_string_append_c (out, ' ');
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_number (out, value);
  g_string_append_c (out, '"');
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA
         || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Escapes markup characters and drops what XML 1.0 does not allow: control characters other
 * than tab and newline, U+FFFE/U+FFFF and bytes that are not UTF-8. Carriage returns are
 * dropped too; a parser would turn them into newlines anyway. In attribute values, tab and
 * newline are written as references, which keeps them from being normalised into spaces. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  const char *p = text;
  const char *end = text + strlen (text);
  const char *run = p;

  while (p < end)
    {
      guchar c = (guchar) *p;
      const char *replacement = NULL;
      gsize skip = 1;

      if (c >= 0x80)
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);

          if (u == (gunichar) -1 || u == (gunichar) -2 || !is_xml_char (u))
            replacement = "";
          else
            skip = (gsize) (g_utf8_next_char (p) - p);
        }
      else if (c == '&')
        replacement = "&amp;";
      else if (c == '<')
        replacement = "&lt;";
      else if (c == '>')
        replacement = "&gt;";
      else if (c == '"')
        replacement = "&quot;";
      else if (c == '\'')
        replacement = "&apos;";
      else if (c == '\t')
        replacement = attribute ? "&#9;" : NULL;
      else if (c == '\n')
        replacement = attribute ? "&#10;" : NULL;
      else if (c < 0x20)
        replacement = "";

      if (replacement != NULL)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, replacement);
          p += skip;
          run = p;
        }
      else
        {
          p += skip;
        }
    }
  g_string_append_len (out, run, p - run);
}

static void
append_hex_colour (GString        *out,
                   const WmColour *colour)
{
  static const char hex[] = "0123456789abcdef";
  double channels[3] = { colour->red, colour->green, colour->blue };

  g_string_append_c (out, '#');
  for (guint i = 0; i < 3; i++)
    {
      int v = (int) lround (CLAMP (channels[i], 0, 1) * 255);

      g_string_append_c (out, hex[v >> 4]);
      g_string_append_c (out, hex[v & 0xf]);
    }
}

/* fill="…" or stroke="…", with an opacity for translucent colours, "none" for no paint. */
static void
append_paint (GString        *out,
              const char     *property,
              const WmColour *colour)
{
  g_string_append_c (out, ' ');
  g_string_append (out, property);
  g_string_append (out, "=\"");
  if (colour->alpha <= 0)
    {
      g_string_append (out, "none\"");
      return;
    }
  append_hex_colour (out, colour);
  g_string_append_c (out, '"');
  if (colour->alpha < 1)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, property);
      g_string_append (out, "-opacity=\"");
      append_number (out, MAX (colour->alpha, 0.01));
      g_string_append_c (out, '"');
    }
}

/* No stroke is SVG's default, so only strokes are written. */
static void
append_stroke (GString             *out,
               const WmDisplayItem *item)
{
  if (item->stroke.alpha <= 0)
    return;
  append_paint (out, "stroke", &item->stroke);
  append_number_attribute (out, "stroke-width", item->line_width);
}

/* The XML name of an object's groups: "wm-" and the id with everything that may not appear in
 * an XML name (or, for ':', in a namespaced one) written as "_xx". Two ids that come out the
 * same get "-2", "-3"… so that names stay unique in the document. */
static const char *
get_xml_name (SvgWriter  *self,
              const char *id)
{
  char *name = g_hash_table_lookup (self->names, id);
  GString *s;

  if (name != NULL)
    return name;

  s = g_string_new ("wm-");
  for (const char *p = id; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.')
        g_string_append_c (s, (char) c);
      else
        g_string_append_printf (s, "_%02x", c);
    }
  if (g_hash_table_contains (self->used_names, s->str))
    {
      gsize base_len = s->len;

      for (guint n = 2;; n++)
        {
          g_string_truncate (s, base_len);
          g_string_append_printf (s, "-%u", n);
          if (!g_hash_table_contains (self->used_names, s->str))
            break;
        }
    }

  name = g_string_free (s, FALSE);
  g_hash_table_insert (self->names, g_strdup (id), name);
  g_hash_table_add (self->used_names, name);

  return name;
}

static void
open_group (SvgWriter  *self,
            const char *id)
{
  const char *name = get_xml_name (self, id);

  g_string_append (self->out, "<g");
  if (!g_hash_table_contains (self->named, name))
    {
      g_hash_table_add (self->named, (gpointer) name);
      g_string_append (self->out, " id=\"");
      g_string_append (self->out, name);
      g_string_append_c (self->out, '"');
    }
  g_string_append (self->out, " class=\"");
  g_string_append (self->out, name);
  g_string_append (self->out, "\">\n");
}

static void
write_rect (SvgWriter           *self,
            const WmDisplayItem *item)
{
  GString *out = self->out;
  double x = MIN (item->x, item->x + item->width);
  double y = MIN (item->y, item->y + item->height);
  double w = fabs (item->width);
  double h = fabs (item->height);
  double r = MIN (item->radius, MIN (w, h) / 2);

  g_string_append (out, "<rect");
  append_number_attribute (out, "x", x);
  append_number_attribute (out, "y", y);
  append_number_attribute (out, "width", w);
  append_number_attribute (out, "height", h);
  /* cairo clamps the radius to half the shorter side; SVG would clamp rx and ry apart. */
  if (r > 0)
    append_number_attribute (out, "rx", r);
  append_paint (out, "fill", &item->fill);
  append_stroke (out, item);
  g_string_append (out, "/>\n");
}

static void
write_circle (SvgWriter           *self,
              const WmDisplayItem *item)
{
  GString *out = self->out;

  g_string_append (out, "<circle");
  append_number_attribute (out, "cx", item->x + item->width / 2);
  append_number_attribute (out, "cy", item->y + item->height / 2);
  append_number_attribute (out, "r", fabs (item->width) / 2);
  append_paint (out, "fill", &item->fill);
  append_stroke (out, item);
  g_string_append (out, "/>\n");
}

static void
write_line (SvgWriter           *self,
            const WmDisplayItem *item)
{
  GString *out = self->out;

  g_string_append (out, "<line");
  append_number_attribute (out, "x1", item->x);
  append_number_attribute (out, "y1", item->y);
  append_number_attribute (out, "x2", item->x + item->width);
  append_number_attribute (out, "y2", item->y + item->height);
  append_stroke (out, item);
  if (item->dashed)
    g_string_append (out, " stroke-dasharray=\"4 4\"");
  g_string_append (out, "/>\n");
}

static void
write_path (SvgWriter           *self,
            const WmDisplayItem *item)
{
  GString *out = self->out;
  const double *p = wm_display_list_get_points (self->list, item->path_start);

  g_string_append (out, "<path d=\"M");
  append_number (out, p[0]);
  g_string_append_c (out, ' ');
  append_number (out, p[1]);
  for (guint s = 0; s < item->path_segments; s++)
    {
      const double *c = p + 2 + 6 * s;

      g_string_append (out, " C");
      for (guint i = 0; i < 6; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          append_number (out, c[i]);
        }
    }
  g_string_append (out, "\" fill=\"none\"");
  append_stroke (out, item);
  g_string_append (out, " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
}

static gboolean
same_text_style (const WmDisplayItem *a,
                 const WmDisplayItem *b)
{
  return b->kind == WM_DISPLAY_TEXT
         && g_strcmp0 (a->id, b->id) == 0
         && a->font_size == b->font_size
         && a->bold == b->bold
         && a->anchor == b->anchor
         && memcmp (&a->fill, &b->fill, sizeof (WmColour)) == 0;
}

/* Whether default XML whitespace handling would change an escaped line: SVG 1.1 drops
 * leading and trailing spaces, collapses runs of spaces and turns tabs into spaces. */
static gboolean
needs_preserved_space (const char *text,
                       gsize       length)
{
  if (length == 0)
    return FALSE;
  if (text[0] == ' ' || text[length - 1] == ' ')
    return TRUE;

  for (gsize i = 0; i < length; i++)
    if (text[i] == '\t' || text[i] == '\n'
        || (text[i] == ' ' && i + 1 < length && text[i + 1] == ' '))
      return TRUE;

  return FALSE;
}

/* Writes the text items [start, start + n_lines) of the list as one <text>. */
static void
write_text (SvgWriter *self,
            guint      start,
            guint      n_lines)
{
  GString *out = self->out;
  GString *content = self->scratch;
  const WmDisplayItem *first = wm_display_list_get_item (self->list, start);
  gboolean preserve = FALSE;

  /* The lines go first into a scratch buffer: whether spaces must be preserved depends on the
   * text as written, after invalid characters are dropped. No whitespace goes between the
   * tspans, as under xml:space="preserve" it would be drawn. */
  g_string_truncate (content, 0);
  for (guint i = 0; i < n_lines; i++)
    {
      const WmDisplayItem *line = wm_display_list_get_item (self->list, start + i);
      gsize line_start;

      if (n_lines > 1)
        {
          g_string_append (content, "<tspan");
          append_number_attribute (content, "x", line->text_x);
          append_number_attribute (content, "y", line->text_y);
          g_string_append_c (content, '>');
        }
      line_start = content->len;
      append_escaped (content, line->text, FALSE);
      preserve |= needs_preserved_space (content->str + line_start, content->len - line_start);
      if (n_lines > 1)
        g_string_append (content, "</tspan>");
    }

  g_string_append (out, "<text");
  if (n_lines == 1)
    {
      append_number_attribute (out, "x", first->text_x);
      append_number_attribute (out, "y", first->text_y);
    }
  if (preserve)
    g_string_append (out, " xml:space=\"preserve\"");
  g_string_append (out, " font-family=\"");
  append_escaped (out, WM_FONT_FALLBACKS, TRUE);
  g_string_append (out, "\" font-size=\"");
  append_number (out, first->font_size);
  g_string_append_c (out, '"');
  if (first->bold)
    g_string_append (out, " font-weight=\"bold\"");
  if (first->anchor == WM_TEXT_ANCHOR_MIDDLE)
    g_string_append (out, " text-anchor=\"middle\"");
  else if (first->anchor == WM_TEXT_ANCHOR_END)
    g_string_append (out, " text-anchor=\"end\"");
  append_paint (out, "fill", &first->fill);
  g_string_append_c (out, '>');
  g_string_append_len (out, content->str, content->len);
  g_string_append (out, "</text>\n");
}

static const char *
embeddable_mime_type (WmImage *image)
{
  static const char * const allowed[] = { "image/png", "image/jpeg", "image/svg+xml" };
  const char *mime_type = wm_image_get_mime_type (image);

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (g_strcmp0 (mime_type, allowed[i]) == 0)
      return allowed[i];

  return NULL;
}

/* wm_render_cairo() draws small pictures blown up more than twice with hard pixel edges (a
 * pixel-art sketch stays crisp); ask SVG viewers for the same. */
static gboolean
is_pixelated (const WmDisplayItem *item)
{
  cairo_surface_t *surface = wm_render_cairo_image_surface (item->image, item->width,
                                                            item->height);
  double scale;

  if (surface == NULL)
    return FALSE;
  scale = MIN (item->width / cairo_image_surface_get_width (surface),
               item->height / cairo_image_surface_get_height (surface));

  return scale > 2;
}

static void
write_image (SvgWriter           *self,
             const WmDisplayItem *item)
{
  GString *out = self->out;
  const char *mime_type = embeddable_mime_type (item->image);
  GBytes *data = wm_image_get_data (item->image);
  g_autofree char *base64 = NULL;
  gsize size;
  const guchar *bytes;
  guint clip;

  if (mime_type == NULL || data == NULL || item->width <= 0 || item->height <= 0)
    return;

  bytes = g_bytes_get_data (data, &size);
  base64 = g_base64_encode (bytes, size);
  clip = ++self->n_clips;

  /* "wmclip-" never starts with "wm-", so it cannot clash with an object's name. */
  g_string_append_printf (out, "<clipPath id=\"wmclip-%u\"><rect", clip);
  append_number_attribute (out, "x", item->x);
  append_number_attribute (out, "y", item->y);
  append_number_attribute (out, "width", item->width);
  append_number_attribute (out, "height", item->height);
  append_number_attribute (out, "rx", MIN (item->radius,
                                           MIN (item->width, item->height) / 2));
  g_string_append (out, "/></clipPath>\n<image");
  append_number_attribute (out, "x", item->x);
  append_number_attribute (out, "y", item->y);
  append_number_attribute (out, "width", item->width);
  append_number_attribute (out, "height", item->height);
  g_string_append_printf (out, " preserveAspectRatio=\"xMidYMid %s\" "
                          "clip-path=\"url(#wmclip-%u)\"", item->cover ? "slice" : "meet", clip);
  if (is_pixelated (item))
    g_string_append (out, " image-rendering=\"optimizeSpeed\"");
  g_string_append_printf (out, " xlink:href=\"data:%s;base64,", mime_type);
  g_string_append (out, base64);
  g_string_append (out, "\"/>\n");
}

static void
write_header (SvgWriter *self)
{
  GString *out = self->out;
  double width = wm_display_list_get_width (self->list);
  double height = wm_display_list_get_height (self->list);
  const WmColour *background = wm_display_list_get_background (self->list);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                        "<svg xmlns=\"" SVG_NS "\" xmlns:xlink=\"" XLINK_NS "\" version=\"1.1\"");
  append_number_attribute (out, "width", width);
  append_number_attribute (out, "height", height);
  g_string_append (out, " viewBox=\"0 0 ");
  append_number (out, width);
  g_string_append_c (out, ' ');
  append_number (out, height);
  g_string_append (out, "\">\n<title>");
  append_escaped (out, wm_display_list_get_title (self->list), FALSE);
  g_string_append (out, "</title>\n<desc>Made with Waymark</desc>\n");

  if (background->alpha > 0)
    {
      g_string_append (out, "<rect x=\"0\" y=\"0\"");
      append_number_attribute (out, "width", width);
      append_number_attribute (out, "height", height);
      append_paint (out, "fill", background);
      g_string_append (out, "/>\n");
    }
}

/**
 * wm_render_svg:
 * @list: what to write
 *
 * Returns: (transfer full): a standalone SVG 1.1 document in UTF-8
 */
GBytes *
wm_render_svg (WmDisplayList *list)
{
  SvgWriter self = { 0 };
  guint n_items;
  const char *group = NULL;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (list), NULL);

  n_items = wm_display_list_get_n_items (list);
  self.list = list;
  self.out = g_string_sized_new (4096 + n_items * 160);
  self.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.used_names = g_hash_table_new (g_str_hash, g_str_equal);
  self.named = g_hash_table_new (g_str_hash, g_str_equal);
  self.scratch = g_string_new (NULL);

  write_header (&self);

  for (guint i = 0; i < n_items; i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (g_strcmp0 (item->id, group) != 0)
        {
          if (group != NULL)
            g_string_append (self.out, "</g>\n");
          group = item->id;
          if (group != NULL)
            open_group (&self, group);
        }

      switch (item->kind)
        {
        case WM_DISPLAY_RECT:
          write_rect (&self, item);
          break;

        case WM_DISPLAY_CIRCLE:
          write_circle (&self, item);
          break;

        case WM_DISPLAY_LINE:
          write_line (&self, item);
          break;

        case WM_DISPLAY_PATH:
          write_path (&self, item);
          break;

        case WM_DISPLAY_TEXT:
          {
            guint n_lines = 1;

            while (i + n_lines < n_items
                   && same_text_style (item, wm_display_list_get_item (list, i + n_lines)))
              n_lines++;
            if (n_lines > 1 || item->text[0] != '\0')
              write_text (&self, i, n_lines);
            i += n_lines - 1;
          }
          break;

        case WM_DISPLAY_IMAGE:
          write_image (&self, item);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  if (group != NULL)
    g_string_append (self.out, "</g>\n");
  g_string_append (self.out, "</svg>\n");

  g_string_free (self.scratch, TRUE);
  g_hash_table_unref (self.named);
  g_hash_table_unref (self.used_names);
  g_hash_table_unref (self.names);

  return g_string_free_to_bytes (self.out);
}
