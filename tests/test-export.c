/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>

#include "wm-display-list.h"
#include "wm-export.h"
#include "wm-journey-format.h"
#include "wm-layout-journey.h"
#include "wm-model.h"
#include "wm-render-cairo.h"
#include "wm-render-svg.h"
#include "wm-style.h"
#include "wm-test-util.h"
#include "wm-text.h"

/* The SVG, PNG and PDF backends. Each one is checked by an independent reader: GMarkup and
 * librsvg for SVG, cairo's PNG decoder, poppler's pdftotext and pdfinfo. The SVG must also look
 * like what wm_render_cairo() draws, pixel for pixel within a tolerance that a missing or
 * shifted element exceeds. Golden files pin the export of a template map; run with
 * WAYMARK_UPDATE_GOLDEN=1 to rewrite them after an intended change of the look.
 */

#define SAMPLE_WIDTH  480
#define SAMPLE_HEIGHT 320

/* The SVG read back by librsvg must look like the cairo render of the same list. librsvg fills
 * glyph outlines itself where cairo draws them with FreeType, so the edges of every glyph
 * differ a little: measured here, the mean absolute difference per channel (0–255) is 0.9 on
 * the sample and 1.3 on a template map, pixel for pixel. Comparing the averages of 4 × 4
 * pixel blocks forgives where exactly a glyph's edge falls but not whether a glyph or a shape
 * is there: 0.4 and 0.5 then, while a faint card left out costs 1.2 and everything moved by
 * two units 3 or more (test_svg_matches_cairo() proves that this tolerance catches those). */
#define CROSS_CHECK_BLOCK     4
#define CROSS_CHECK_TOLERANCE 0.8

/* Golden PNG against a fresh export: the same code draws both, so only differences in font
 * rasterisation between machines (FreeType, pixman) remain; same block comparison. The map
 * moved by one pixel costs 0.7. */
#define GOLDEN_TOLERANCE 0.3

static const WmColour white = { 1, 1, 1, 1 };
static const WmColour ink = { 0.12, 0.12, 0.12, 1 };
static const WmColour blue = { 0.21, 0.52, 0.89, 1 };
static const WmColour pink = { 0.99, 0.91, 0.91, 1 };
static const WmColour red = { 0.75, 0.11, 0.16, 1 };
static const WmColour grey = { 0, 0, 0, 0.5 };
static const WmColour faded = { 0.12, 0.12, 0.12, 0.5 };

#define SAMPLE_TITLE "Plan <A & B> \"quoted\" 'single'"

/* Each line of text in the sample list, and how it must read in the SVG. */
static const struct
{
  const char *text;
  const char *expected;
} sample_texts[] = {
  { "Discover & <learn>", "Discover & <learn>" },
  { "First line of the card", "First line of the card" },
  { "  padded  ", "  padded  " },
  { "quote \"it\" & 'that'", "quote \"it\" & 'that'" },
  { "Control\001chars\037 gone\r", "Controlchars gone" },
  { "end anchored", "end anchored" },
  { "Café — naïve ✓", "Café — naïve ✓" },
  { "faded", "faded" },
};

static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GBytes *bytes;
  int fd;

  cairo_set_source_rgb (cr, 0.9, 0.6, 0.1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.3, 0.6);
  cairo_rectangle (cr, width / 4.0, height / 4.0, width / 2.0, height / 2.0);
  cairo_fill (cr);
  cairo_destroy (cr);

  fd = g_file_open_tmp ("waymark-export-XXXXXX.png", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  bytes = wm_test_load_bytes (path);
  g_unlink (path);

  return bytes;
}

/* A small list with one of everything, special characters, repeated and clashing ids. With
 * @leave_out_card the first card's rectangle is missing, for the negative cross-check.
 * @for_pixels leaves out the control characters, which only SVG drops (cairo draws them as
 * boxes), so that pictures can be compared. */
static WmDisplayList *
build_sample_list (gboolean leave_out_card,
                   gboolean for_pixels)
{
  WmDisplayList *list = wm_display_list_new (SAMPLE_WIDTH, SAMPLE_HEIGHT);
  WmColour background = { 0.98, 0.98, 0.98, 1 };
  g_autoptr(GBytes) png = make_png (64, 64);
  g_autoptr(WmImage) image = wm_image_new ("image/png", png);
  const double curve[] = { 20, 300, 60, 220, 100, 220, 140, 280, 180, 340, 220, 240, 250, 250 };

  wm_display_list_set_title (list, SAMPLE_TITLE);
  wm_display_list_set_background (list, &background);

  wm_display_list_add_rect (list, WM_DISPLAY_ROLE_STAGE, "stage:1", 20, 20, 440, 40, 12,
                            &blue, NULL);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_STAGE, "stage:1", sample_texts[0].text,
                            240, 46, 130, 16, TRUE, WM_TEXT_ANCHOR_MIDDLE, &white);

  if (!leave_out_card)
    wm_display_list_add_rect (list, WM_DISPLAY_ROLE_CARD, "card-1", 20, 80, 200, 110, 8,
                              &white, &grey);
  for (guint i = 1; i <= 3; i++)
    wm_display_list_add_text (list, WM_DISPLAY_ROLE_CARD, "card-1", sample_texts[i].text,
                              32, 104 + (i - 1) * 18, 150, 13, FALSE, WM_TEXT_ANCHOR_START,
                              &ink);
  wm_display_list_add_line (list, 20, 200, 460, 200, &red, 1, TRUE);
  /* The same object again after something else: a second group, without the id. */
  wm_display_list_add_circle (list, WM_DISPLAY_ROLE_CARD, "card-1", 206, 94, 5, &red, NULL, 1);

  wm_display_list_add_rect (list, WM_DISPLAY_ROLE_CARD, "a:b", 260, 80, 200, 110, 8, &pink,
                            NULL);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_CARD, "a:b",
                            for_pixels ? sample_texts[4].expected : sample_texts[4].text,
                            272, 104, 150, 13, FALSE, WM_TEXT_ANCHOR_START, &ink);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_CARD, "a:b", sample_texts[5].text,
                            448, 140, 80, 13, TRUE, WM_TEXT_ANCHOR_END, &red);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_CARD, "a:b", "", 448, 160, 0, 13, FALSE,
                            WM_TEXT_ANCHOR_END, &red);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_CARD, "a:b", sample_texts[6].text,
                            272, 176, 110, 13, FALSE, WM_TEXT_ANCHOR_START, &ink);

  /* "a:b" becomes "wm-a_3ab"; this one must then get another name. */
  wm_display_list_add_rect (list, WM_DISPLAY_ROLE_CARD, "a_3ab", 20, 210, 60, 24, 0, &blue,
                            &ink);
  wm_display_list_add_path (list, WM_DISPLAY_ROLE_POINT, "curve", curve, 2, &red, 3);
  wm_display_list_add_circle (list, WM_DISPLAY_ROLE_POINT, NULL, 140, 280, 14, &faded, &ink, 2);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_DECORATION, NULL, sample_texts[7].text,
                            180, 300, 40, 14, FALSE, WM_TEXT_ANCHOR_START, &faded);
  wm_display_list_add_image (list, WM_DISPLAY_ROLE_CARD, "img", image, 300, 215, 120, 90);

  return list;
}

/* A minimal DOM from GMarkup: it fails on anything that is not well-formed XML. */
typedef struct
{
  char       *name;
  GHashTable *attributes;
  GString    *text;
  guint       depth;
} Element;

typedef struct
{
  GPtrArray *elements; /* document order */
  GPtrArray *stack;
} Document;

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->name);
  g_hash_table_unref (element->attributes);
  g_string_free (element->text, TRUE);
  g_free (element);
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  Document *doc = user_data;
  Element *element = g_new0 (Element, 1);

  element->name = g_strdup (name);
  element->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  element->text = g_string_new (NULL);
  element->depth = doc->stack->len;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    g_hash_table_insert (element->attributes, g_strdup (attribute_names[i]),
                         g_strdup (attribute_values[i]));
  g_ptr_array_add (doc->elements, element);
  g_ptr_array_add (doc->stack, element);
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  Document *doc = user_data;

  g_ptr_array_remove_index (doc->stack, doc->stack->len - 1);
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Document *doc = user_data;

  if (doc->stack->len > 0)
    g_string_append_len (((Element *) doc->stack->pdata[doc->stack->len - 1])->text, text,
                         length);
}

static GPtrArray *
parse_svg (GBytes *svg)
{
  static const GMarkupParser parser = { on_start_element, on_end_element, on_text, NULL, NULL };
  Document doc = { g_ptr_array_new_with_free_func (element_free), g_ptr_array_new () };
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, &doc, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);

  g_markup_parse_context_parse (context, data, size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpuint (doc.stack->len, ==, 0);
  g_ptr_array_unref (doc.stack);

  return doc.elements;
}

static const char *
attr (const Element *element,
      const char    *name)
{
  return g_hash_table_lookup (element->attributes, name);
}

static guint
count_elements (GPtrArray  *elements,
                const char *name,
                const char *attribute,
                const char *value)
{
  guint n = 0;

  for (guint i = 0; i < elements->len; i++)
    {
      const Element *e = elements->pdata[i];

      if (g_str_equal (e->name, name) && g_strcmp0 (attr (e, attribute), value) == 0)
        n++;
    }

  return n;
}

static const Element *
find_text_element (GPtrArray  *elements,
                   const char *content)
{
  for (guint i = 0; i < elements->len; i++)
    {
      const Element *e = elements->pdata[i];

      if ((g_str_equal (e->name, "text") || g_str_equal (e->name, "tspan"))
          && g_str_equal (e->text->str, content))
        return e;
    }

  return NULL;
}

static gboolean
is_svg_number (const char *text)
{
  return g_regex_match_simple ("^-?[0-9]+(\\.[0-9]{1,2})?$", text, 0, 0);
}

static void
test_svg_structure (void)
{
  g_autoptr(WmDisplayList) list = build_sample_list (FALSE, FALSE);
  g_autoptr(GBytes) svg = wm_render_svg (list);
  g_autoptr(GPtrArray) elements = parse_svg (svg);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  static const char * const numeric[] = {
    "x", "y", "width", "height", "rx", "cx", "cy", "r", "x1", "y1", "x2", "y2", "stroke-width",
    "font-size", "fill-opacity", "stroke-opacity",
  };
  const Element *root = elements->pdata[0];
  const Element *e;
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);

  g_assert_true (g_str_has_prefix (data, "<?xml version=\"1.0\" encoding=\"UTF-8\""));
  g_assert_cmpstr (root->name, ==, "svg");
  g_assert_cmpstr (attr (root, "xmlns"), ==, "http://www.w3.org/2000/svg");
  g_assert_cmpstr (attr (root, "xmlns:xlink"), ==, "http://www.w3.org/1999/xlink");
  g_assert_cmpstr (attr (root, "version"), ==, "1.1");
  g_assert_cmpstr (attr (root, "width"), ==, "480");
  g_assert_cmpstr (attr (root, "height"), ==, "320");
  g_assert_cmpstr (attr (root, "viewBox"), ==, "0 0 480 320");

  e = elements->pdata[1];
  g_assert_cmpstr (e->name, ==, "title");
  g_assert_cmpstr (e->text->str, ==, SAMPLE_TITLE);
  g_assert_cmpstr (((Element *) elements->pdata[2])->name, ==, "desc");
  e = elements->pdata[3];
  g_assert_cmpstr (e->name, ==, "rect");
  g_assert_cmpstr (attr (e, "fill"), ==, "#fafafa");
  g_assert_cmpstr (attr (e, "width"), ==, "480");

  /* Every line is a <text> or <tspan> of its own, escaped and stripped as needed. */
  for (guint i = 0; i < G_N_ELEMENTS (sample_texts); i++)
    if (find_text_element (elements, sample_texts[i].expected) == NULL)
      g_error ("no <text> or <tspan> holds “%s”", sample_texts[i].expected);
  g_assert_nonnull (strstr (data, "<title>Plan &lt;A &amp; B&gt; &quot;quoted&quot; "
                                  "&apos;single&apos;</title>"));
  g_assert_nonnull (strstr (data, ">Discover &amp; &lt;learn&gt;</text>"));
  g_assert_nonnull (strstr (data, "font-family=\"Cantarell, Inter, &quot;DejaVu Sans&quot;, "
                                  "sans-serif\""));
  for (gsize i = 0; i < size; i++)
    if ((guchar) data[i] < 0x20 && data[i] != '\n')
      g_error ("control character 0x%02x at byte %" G_GSIZE_FORMAT, data[i], i);

  /* The three lines of the first card share one <text>, one <tspan> each. */
  e = find_text_element (elements, "  padded  ");
  g_assert_cmpstr (e->name, ==, "tspan");
  g_assert_cmpstr (attr (e, "x"), ==, "32");
  g_assert_cmpstr (attr (e, "y"), ==, "122");
  g_assert_cmpuint (count_elements (elements, "tspan", "x", "32"), ==, 3);
  g_assert_cmpuint (count_elements (elements, "text", "xml:space", "preserve"), ==, 1);

  e = find_text_element (elements, "Discover & <learn>");
  g_assert_cmpstr (e->name, ==, "text");
  g_assert_cmpstr (attr (e, "font-family"), ==, WM_FONT_FALLBACKS);
  g_assert_cmpstr (attr (e, "font-size"), ==, "16");
  g_assert_cmpstr (attr (e, "font-weight"), ==, "bold");
  g_assert_cmpstr (attr (e, "text-anchor"), ==, "middle");
  g_assert_cmpstr (attr (e, "fill"), ==, "#ffffff");
  g_assert_null (attr (e, "xml:space"));
  e = find_text_element (elements, "end anchored");
  g_assert_cmpstr (attr (e, "text-anchor"), ==, "end");
  g_assert_cmpstr (attr (e, "x"), ==, "448");
  e = find_text_element (elements, "faded");
  g_assert_cmpstr (attr (e, "fill-opacity"), ==, "0.5");
  g_assert_null (attr (e, "font-weight"));
  g_assert_null (attr (e, "text-anchor"));

  /* Groups: the first of an object has its id, later ones only the class; names are unique
   * XML names even for ids that are not. */
  g_assert_cmpuint (count_elements (elements, "g", "id", "wm-card-1"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "g", "class", "wm-card-1"), ==, 2);
  g_assert_cmpuint (count_elements (elements, "g", "id", "wm-stage_3a1"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "g", "id", "wm-a_3ab"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "g", "id", "wm-a_3ab-2"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "g", "id", "wm-curve"), ==, 1);
  for (guint i = 0; i < elements->len; i++)
    {
      const char *id;

      e = elements->pdata[i];
      id = attr (e, "id");
      if (id != NULL)
        {
          g_assert_true (g_regex_match_simple ("^[A-Za-z_][A-Za-z0-9._-]*$", id, 0, 0));
          g_assert_false (g_hash_table_contains (ids, id));
          g_hash_table_add (ids, (gpointer) id);
        }
      for (guint n = 0; n < G_N_ELEMENTS (numeric); n++)
        if (attr (e, numeric[n]) != NULL && !is_svg_number (attr (e, numeric[n])))
          g_error ("<%s %s=\"%s\"> is not a plain number", e->name, numeric[n],
                   attr (e, numeric[n]));
    }

  /* Shapes. */
  g_assert_cmpuint (count_elements (elements, "rect", "rx", "12"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "line", "stroke-dasharray", "4 4"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "circle", "fill-opacity", "0.5"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "rect", "stroke-opacity", "0.5"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "path", "d",
                                    "M20 300 C60 220 100 220 140 280 C180 340 220 240 250 250"),
                    ==, 1);
  for (guint i = 0; i < elements->len; i++)
    {
      e = elements->pdata[i];
      if (g_str_equal (e->name, "image"))
        break;
    }
  g_assert_cmpstr (e->name, ==, "image");
  g_assert_cmpstr (attr (e, "preserveAspectRatio"), ==, "xMidYMid meet");
  g_assert_true (g_str_has_prefix (attr (e, "xlink:href"), "data:image/png;base64,iVBORw0KG"));
  g_assert_null (attr (e, "image-rendering"));
  g_assert_true (g_str_has_prefix (attr (e, "clip-path"), "url(#wmclip-"));

  /* librsvg reads it, at the list's size. */
  {
    g_autoptr(GError) error = NULL;
    RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), size, &error);
    double width, height;

    g_assert_no_error (error);
    g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height));
    g_assert_cmpfloat (width, ==, SAMPLE_WIDTH);
    g_assert_cmpfloat (height, ==, SAMPLE_HEIGHT);
    g_object_unref (handle);
  }
}

static void
test_svg_numbers_and_edge_cases (void)
{
  g_autoptr(WmDisplayList) list = wm_display_list_new (100.005, 50.999);
  g_autoptr(GBytes) png = make_png (8, 8);
  g_autoptr(WmImage) image = wm_image_new ("image/png", png);
  g_autoptr(WmImage) unknown = wm_image_new ("image/x-unknown", png);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GPtrArray) elements = NULL;
  const char *data;

  /* A negative size, a radius larger than the rect, and tiny, huge and negative numbers. */
  wm_display_list_add_rect (list, WM_DISPLAY_ROLE_CARD, NULL, 50, 40, -30.004, -20, 99, &ink,
                            NULL);
  wm_display_list_add_line (list, -0.001, 1e-9, 1234567.891, -7.5, &ink, 0.333, FALSE);
  wm_display_list_add_image (list, WM_DISPLAY_ROLE_CARD, NULL, image, 0, 0, 40, 40);
  wm_display_list_add_image (list, WM_DISPLAY_ROLE_CARD, NULL, unknown, 0, 0, 40, 40);
  wm_display_list_add_text (list, WM_DISPLAY_ROLE_DECORATION, NULL, "\xff\xfe bad \xc3",
                            0, 10, 10, 10, FALSE, WM_TEXT_ANCHOR_START, &ink);
  svg = wm_render_svg (list);
  data = g_bytes_get_data (svg, NULL);
  elements = parse_svg (svg);

  g_assert_nonnull (strstr (data, "width=\"100.01\" height=\"51\" viewBox=\"0 0 100.01 51\""));
  g_assert_nonnull (strstr (data, "<rect x=\"20\" y=\"20\" width=\"30\" height=\"20\" rx=\"10\""));
  g_assert_nonnull (strstr (data, "<line x1=\"0\" y1=\"0\" x2=\"1234567.89\" y2=\"-7.5\" "
                                  "stroke=\"#1f1f1f\" stroke-width=\"0.33\"/>"));
  /* 8 pixels blown up to 40 units: drawn with hard edges, like cairo does. */
  g_assert_cmpuint (count_elements (elements, "image", "image-rendering", "optimizeSpeed"), ==, 1);
  g_assert_cmpuint (count_elements (elements, "image", "x", "0"), ==, 1);
  g_assert_nonnull (find_text_element (elements, " bad "));
  g_assert_cmpuint (count_elements (elements, "text", "xml:space", "preserve"), ==, 1);
}

static cairo_surface_t *
render_with_cairo (WmDisplayList *list,
                   double         dx,
                   double         dy)
{
  int width = (int) ceil (wm_display_list_get_width (list));
  int height = (int) ceil (wm_display_list_get_height (list));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, dx, dy);
  wm_render_cairo (list, cr, NULL, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static cairo_surface_t *
render_with_rsvg (GBytes *svg,
                  int     width,
                  int     height)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                                  g_bytes_get_size (svg), &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  RsvgRectangle viewport = { 0, 0, width, height };

  g_assert_no_error (error);
  rsvg_handle_render_document (handle, cr, &viewport, &error);
  g_assert_no_error (error);
  g_object_unref (handle);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Mean absolute difference per channel (0–255) between the averages of @block × @block pixel
 * blocks. Blocks of 1 compare pixels; larger ones forgive where exactly the edge of a glyph
 * falls, not whether the glyph, or a shape, is there. */
static double
block_difference (cairo_surface_t *a,
                  cairo_surface_t *b,
                  int              block)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride_a = cairo_image_surface_get_stride (a);
  int stride_b = cairo_image_surface_get_stride (b);
  double sum = 0;
  guint n_blocks = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  g_assert_cmpint (cairo_image_surface_get_format (a), ==, cairo_image_surface_get_format (b));

  for (int by = 0; by + block <= height; by += block)
    for (int bx = 0; bx + block <= width; bx += block)
      {
        int totals[4] = { 0, 0, 0, 0 };

        for (int y = by; y < by + block; y++)
          for (int x = bx; x < bx + block; x++)
            for (int c = 0; c < 4; c++)
              totals[c] += pa[y * stride_a + x * 4 + c] - pb[y * stride_b + x * 4 + c];
        for (int c = 0; c < 4; c++)
          sum += ABS (totals[c]) / (double) (block * block);
        n_blocks++;
      }

  return sum / (n_blocks * 4.0);
}

/* Mean absolute difference per channel, 0–255. */
static double
mean_difference (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride_a = cairo_image_surface_get_stride (a);
  int stride_b = cairo_image_surface_get_stride (b);
  guint64 sum = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  g_assert_cmpint (cairo_image_surface_get_format (a), ==, cairo_image_surface_get_format (b));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width * 4; x++)
      sum += (guint64) ABS ((int) pa[y * stride_a + x] - (int) pb[y * stride_b + x]);

  return sum / ((double) width * height * 4);
}

/* Keeps the two renders of a failed comparison where a developer can look at them. */
static void
dump_on_failure (gboolean         passed,
                 const char      *name,
                 cairo_surface_t *by_cairo,
                 cairo_surface_t *by_rsvg)
{
  g_autofree char *cairo_name = g_strdup_printf ("waymark-%s-cairo.png", name);
  g_autofree char *rsvg_name = g_strdup_printf ("waymark-%s-rsvg.png", name);
  g_autofree char *cairo_path = g_build_filename (g_get_tmp_dir (), cairo_name, NULL);
  g_autofree char *rsvg_path = g_build_filename (g_get_tmp_dir (), rsvg_name, NULL);

  if (passed && g_getenv ("WAYMARK_DUMP_RENDERS") == NULL)
    return;
  cairo_surface_write_to_png (by_cairo, cairo_path);
  cairo_surface_write_to_png (by_rsvg, rsvg_path);
  g_test_message ("renders written to %s and %s", cairo_path, rsvg_path);
}

static void
test_svg_matches_cairo (void)
{
  g_autoptr(WmDisplayList) list = build_sample_list (FALSE, TRUE);
  g_autoptr(WmDisplayList) incomplete = build_sample_list (TRUE, TRUE);
  g_autoptr(GBytes) svg = wm_render_svg (list);
  cairo_surface_t *by_rsvg = render_with_rsvg (svg, SAMPLE_WIDTH, SAMPLE_HEIGHT);
  cairo_surface_t *by_cairo = render_with_cairo (list, 0, 0);
  cairo_surface_t *shifted = render_with_cairo (list, 2, 0);
  cairo_surface_t *shifted_down = render_with_cairo (list, 0, 2);
  cairo_surface_t *missing = render_with_cairo (incomplete, 0, 0);
  double same = block_difference (by_cairo, by_rsvg, CROSS_CHECK_BLOCK);
  double moved = block_difference (shifted, by_rsvg, CROSS_CHECK_BLOCK);
  double moved_down = block_difference (shifted_down, by_rsvg, CROSS_CHECK_BLOCK);
  double lacking = block_difference (missing, by_rsvg, CROSS_CHECK_BLOCK);

  dump_on_failure (same < CROSS_CHECK_TOLERANCE, "sample", by_cairo, by_rsvg);
  g_test_message ("cairo vs librsvg: %.3f (pixels: %.3f); shifted right: %.3f, down: %.3f; "
                  "card missing: %.3f (tolerance %.2f)",
                  same, mean_difference (by_cairo, by_rsvg), moved, moved_down, lacking,
                  CROSS_CHECK_TOLERANCE);
  g_assert_cmpfloat (same, <, CROSS_CHECK_TOLERANCE);
  g_assert_cmpfloat (moved, >, CROSS_CHECK_TOLERANCE);
  g_assert_cmpfloat (moved_down, >, CROSS_CHECK_TOLERANCE);
  g_assert_cmpfloat (lacking, >, CROSS_CHECK_TOLERANCE);

  cairo_surface_destroy (by_rsvg);
  cairo_surface_destroy (by_cairo);
  cairo_surface_destroy (shifted);
  cairo_surface_destroy (shifted_down);
  cairo_surface_destroy (missing);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("waymark-export-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static cairo_surface_t *
load_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
}

static void
export_png_and_check (WmDisplayList *list,
                      const char    *dir,
                      double         scale,
                      int            width_px,
                      gboolean       transparent,
                      int            expected_width,
                      int            expected_height)
{
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;

  g_assert_true (wm_export_png (list, scale, width_px, transparent, file, &error));
  g_assert_no_error (error);
  png = load_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, expected_width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, expected_height);
  /* A corner shows the background: opaque #fafafa, or nothing. */
  if (transparent)
    {
      g_assert_cmpint (cairo_image_surface_get_format (png), ==, CAIRO_FORMAT_ARGB32);
      g_assert_cmphex (pixel_at (png, 1, expected_height - 1), ==, 0);
    }
  else
    {
      g_assert_cmphex (pixel_at (png, 1, expected_height - 1) | 0xff000000, ==, 0xfffafafa);
    }
  cairo_surface_destroy (png);
}

static void
test_png (void)
{
  g_autoptr(WmDisplayList) list = build_sample_list (FALSE, FALSE);
  g_autofree char *dir = make_tmp_dir ();

  export_png_and_check (list, dir, 1, 0, FALSE, 480, 320);
  export_png_and_check (list, dir, 2, 0, FALSE, 960, 640);
  export_png_and_check (list, dir, 0.25, 0, TRUE, 120, 80);
  export_png_and_check (list, dir, 1, 1000, FALSE, 1000, 667);
  export_png_and_check (list, dir, 1, 123, TRUE, 123, 82);
  export_png_and_check (list, dir, 1.001, 0, FALSE, 481, 321);

  remove_tmp_dir (dir);
}

static void
test_png_limits (void)
{
  g_autoptr(WmDisplayList) list = build_sample_list (FALSE, FALSE);
  g_autoptr(WmDisplayList) huge = wm_display_list_new (14000, 14500);
  g_autoptr(WmDisplayList) empty = wm_display_list_new (0, 0);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) existing_file = g_file_new_for_path (existing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* 480 × 100 = 48000 pixels wide. */
  g_assert_false (wm_export_png (list, 100, 0, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "48000 × 32000"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (wm_export_png (list, 1, 20000, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Both sides allowed, but 203 megapixels. */
  g_assert_false (wm_export_png (huge, 1, 0, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_TOO_LARGE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (wm_export_png (list, 0, 0, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wm_export_png (list, NAN, 0, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wm_export_png (empty, 1, 0, FALSE, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wm_export_svg (empty, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A failed export leaves an existing file alone. */
  g_file_set_contents (existing, "precious", -1, &error);
  g_assert_no_error (error);
  g_assert_false (wm_export_png (list, 100, 0, FALSE, existing_file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_file_get_contents (existing, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "precious");

  remove_tmp_dir (dir);
}

static void
test_write_failure (void)
{
  g_autoptr(WmDisplayList) list = build_sample_list (FALSE, FALSE);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-dir", "out.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing_dir);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;

  g_assert_false (wm_export_svg (list, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A directory is not replaced by a file. */
  g_assert_false (wm_export_png (list, 1, 0, FALSE, directory, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  remove_tmp_dir (dir);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

static void
test_pdf (void)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  WmDisplayList *second;

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed");
      return;
    }

  dir = make_tmp_dir ();
  path = g_build_filename (dir, "out.pdf", NULL);
  file = g_file_new_for_path (path);

  second = wm_display_list_new (300, 200);
  wm_display_list_set_title (second, "Second page");
  wm_display_list_add_text (second, WM_DISPLAY_ROLE_TITLE, NULL, "Only on page two", 20, 40,
                            120, 14, TRUE, WM_TEXT_ANCHOR_START, &ink);
  g_ptr_array_add (lists, build_sample_list (FALSE, TRUE));
  g_ptr_array_add (lists, second);

  g_assert_true (wm_export_pdf (lists, file, &error));
  g_assert_no_error (error);
  pdf = wm_test_load_bytes (path);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  /* Vector text: poppler finds every line, in the right place. */
  text = run_tool ((const char *[]) { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (sample_texts); i++)
    {
      g_autofree char *expected = g_strstrip (g_strdup (sample_texts[i].expected));

      if (strstr (text, expected) == NULL)
        g_error ("pdftotext does not find “%s” in:\n%s", expected, text);
    }
  g_assert_nonnull (strstr (text, "Only on page two"));

  info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, "Pages:           2\n"));
  g_assert_nonnull (strstr (info, "Title:           " SAMPLE_TITLE "\n"));
  pages = run_tool ((const char *[]) { "pdfinfo", "-l", "2", path, NULL });
  g_assert_nonnull (strstr (pages, "Page    1 size:  480 x 320 pts"));
  g_assert_nonnull (strstr (pages, "Page    2 size:  300 x 200 pts"));

  g_ptr_array_set_size (lists, 0);
  g_assert_false (wm_export_pdf (lists, file, &error));
  g_assert_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID);

  remove_tmp_dir (dir);
}

/* The SVG reduced to what must not change by accident: elements, their nesting, ids, classes,
 * colours and text. Coordinates are left out, so that moving something by a fraction of a
 * unit does not need a new golden file (the golden PNG checks where things are). */
static char *
normalize_svg (GBytes *svg)
{
  static const char * const kept[] = {
    "id", "class", "fill", "stroke", "font-weight", "text-anchor", "stroke-dasharray",
    "xml:space", "image-rendering", "version",
  };
  g_autoptr(GPtrArray) elements = parse_svg (svg);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < elements->len; i++)
    {
      const Element *e = elements->pdata[i];
      const char *href = attr (e, "xlink:href");

      for (guint d = 0; d < e->depth; d++)
        g_string_append (out, "  ");
      g_string_append (out, e->name);
      for (guint k = 0; k < G_N_ELEMENTS (kept); k++)
        if (attr (e, kept[k]) != NULL)
          g_string_append_printf (out, " %s=%s", kept[k], attr (e, kept[k]));
      if (href != NULL)
        g_string_append_printf (out, " href=%.*s", (int) strcspn (href, ";,"), href);
      if (e->text->len > 0 && strspn (e->text->str, " \n") != e->text->len)
        g_string_append_printf (out, " “%s”", e->text->str);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static gboolean
updating_golden (void)
{
  return g_strcmp0 (g_getenv ("WAYMARK_UPDATE_GOLDEN"), "1") == 0;
}

static char *
golden_path (const char *name)
{
  return g_build_filename (g_getenv ("WAYMARK_TEST_DATA"), "golden", name, NULL);
}

static gboolean
have_test_fonts (void)
{
  return g_file_test ("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf",
                      G_FILE_TEST_EXISTS)
         && g_file_test ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", G_FILE_TEST_EXISTS);
}

static WmDisplayList *
lay_out_template (const char *name)
{
  g_autofree char *path = wm_test_template_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_autoptr(WmJourneyLayout) layout = NULL;

  g_assert_no_error (error);
  layout = wm_journey_layout_new (document, wm_object_list_get (wm_document_get_maps (document), 0),
                                  wm_style_get (FALSE));

  return g_object_ref (wm_journey_layout_get_display_list (layout));
}

static void
test_golden_svg (void)
{
  g_autoptr(WmDisplayList) list = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *structure = NULL;
  g_autofree char *path = golden_path ("online-shop.svg.txt");
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_test_fonts ())
    {
      g_test_skip ("Cantarell (fonts-cantarell) and DejaVu Sans (fonts-dejavu-core) are needed");
      return;
    }

  list = lay_out_template ("online-shop.journey");
  svg = wm_render_svg (list);
  structure = normalize_svg (svg);

  if (updating_golden ())
    {
      g_file_set_contents (path, structure, -1, &error);
      g_assert_no_error (error);
      g_test_message ("rewrote %s", path);
      return;
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  if (!g_str_equal (structure, expected))
    {
      g_autofree char *actual_path = g_build_filename (g_get_tmp_dir (),
                                                       "online-shop.svg.txt", NULL);

      g_file_set_contents (actual_path, structure, -1, NULL);
      g_error ("the SVG of online-shop.journey differs from %s; compare with %s, and run the "
               "tests with WAYMARK_UPDATE_GOLDEN=1 if the change is intended",
               path, actual_path);
    }
}

static cairo_surface_t *
png_bytes_to_surface (GBytes *png)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  int fd = g_file_open_tmp ("waymark-export-XXXXXX.png", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), &error);
  g_assert_no_error (error);
  surface = load_png (path);
  g_unlink (path);

  return surface;
}

static void
test_golden_png (void)
{
  g_autoptr(WmDisplayList) list = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = golden_path ("online-shop.png");
  cairo_surface_t *actual;
  cairo_surface_t *expected;
  cairo_surface_t *shifted;
  double difference;
  double shifted_difference;
  int width, height;

  if (!have_test_fonts ())
    {
      g_test_skip ("Cantarell (fonts-cantarell) and DejaVu Sans (fonts-dejavu-core) are needed");
      return;
    }

  /* Half size keeps the file small; text is still legible at 6 pixels. */
  list = lay_out_template ("online-shop.journey");
  width = (int) ceil (wm_display_list_get_width (list) / 2);
  height = (int) ceil (wm_display_list_get_height (list) / 2);
  png = wm_export_png_bytes (list, NULL, width, height, FALSE, &error);
  g_assert_no_error (error);

  if (updating_golden ())
    {
      g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), &error);
      g_assert_no_error (error);
      g_test_message ("rewrote %s", path);
      return;
    }

  actual = png_bytes_to_surface (png);
  expected = load_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, height);
  difference = block_difference (actual, expected, CROSS_CHECK_BLOCK);

  /* The same comparison notices the map moved by one pixel. */
  {
    WmRect area = { -2, 0, wm_display_list_get_width (list), wm_display_list_get_height (list) };
    g_autoptr(GBytes) moved = wm_export_png_bytes (list, &area, width, height, FALSE, &error);

    g_assert_no_error (error);
    shifted = png_bytes_to_surface (moved);
    shifted_difference = block_difference (shifted, expected, CROSS_CHECK_BLOCK);
  }

  g_test_message ("golden PNG: %.3f; moved one pixel: %.3f (tolerance %.2f)",
                  difference, shifted_difference, GOLDEN_TOLERANCE);
  g_assert_cmpfloat (difference, <, GOLDEN_TOLERANCE);
  g_assert_cmpfloat (shifted_difference, >, GOLDEN_TOLERANCE);

  cairo_surface_destroy (actual);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (shifted);
}

/* Every template map's SVG read back by librsvg looks like the canvas. */
static void
test_templates_read_back (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *name = g_path_get_basename (paths[i]);
      g_autoptr(WmDisplayList) list = lay_out_template (name);
      g_autoptr(GBytes) svg = wm_render_svg (list);
      int width = (int) ceil (wm_display_list_get_width (list));
      int height = (int) ceil (wm_display_list_get_height (list));
      cairo_surface_t *by_rsvg = render_with_rsvg (svg, width, height);
      cairo_surface_t *by_cairo = render_with_cairo (list, 0, 0);
      double difference = block_difference (by_cairo, by_rsvg, CROSS_CHECK_BLOCK);

      dump_on_failure (difference < CROSS_CHECK_TOLERANCE, name, by_cairo, by_rsvg);
      g_test_message ("%s: cairo vs librsvg %.3f (pixels: %.3f)", name, difference,
                      mean_difference (by_cairo, by_rsvg));
      g_assert_cmpfloat (difference, <, CROSS_CHECK_TOLERANCE);
      cairo_surface_destroy (by_rsvg);
      cairo_surface_destroy (by_cairo);
    }
}

/* Control characters in a card's text (pasted, imported) are drawn as blanks, not as boxes
 * with their hex code, and take the room of the spaces they stand for. */
static void
test_control_characters (void)
{
  const char *with = "Call\x01 the\x1b[0m shop\xc2\x85 now\x7f";
  const char *blank = "Call  the [0m shop   now ";
  g_autoptr(PangoLayout) layout = wm_text_new_layout (with, 14, FALSE);
  g_autoptr(PangoLayout) spaces = wm_text_new_layout (blank, 14, FALSE);
  int width, height, spaces_width, spaces_height;

  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
  g_assert_cmpuint (strlen (pango_layout_get_text (layout)), ==, strlen (with));
  pango_layout_get_size (layout, &width, &height);
  pango_layout_get_size (spaces, &spaces_width, &spaces_height);
  g_assert_cmpint (width, ==, spaces_width);
  g_assert_cmpint (height, ==, spaces_height);
  g_assert_cmpfloat (wm_text_measure (with, 14, FALSE), ==, wm_text_measure (blank, 14, FALSE));

  /* Line breaks and tabs are kept. */
  g_object_unref (layout);
  layout = wm_text_new_layout ("one\ttab\ntwo", 14, FALSE);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 2);
  g_assert_cmpstr (pango_layout_get_text (layout), ==, "one\ttab\ntwo");
}

int
main (int    argc,
      char **argv)
{
  /* Before anything starts fontconfig: only the fonts named in the test configuration. */
  g_autofree char *fonts = g_build_filename (g_getenv ("WAYMARK_TEST_DATA"), "golden",
                                             "fonts.conf", NULL);

  g_setenv ("FONTCONFIG_FILE", fonts, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/svg/structure", test_svg_structure);
  g_test_add_func ("/export/svg/numbers-and-edge-cases", test_svg_numbers_and_edge_cases);
  g_test_add_func ("/export/svg/matches-cairo", test_svg_matches_cairo);
  g_test_add_func ("/export/svg/templates-read-back", test_templates_read_back);
  g_test_add_func ("/export/png/sizes", test_png);
  g_test_add_func ("/export/png/limits", test_png_limits);
  g_test_add_func ("/export/write-failure", test_write_failure);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/control-characters", test_control_characters);
  g_test_add_func ("/export/golden/svg", test_golden_svg);
  g_test_add_func ("/export/golden/png", test_golden_png);

  return g_test_run ();
}
