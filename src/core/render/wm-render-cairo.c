/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <math.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "wm-render-cairo.h"
#include "wm-text.h"

/* Draws a display list with cairo: the canvas on screen, PNG, PDF and printing all come
 * through here, so what is exported is what is seen. */

static void
set_colour (cairo_t        *cr,
            const WmColour *colour)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (r <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
fill_and_stroke (cairo_t             *cr,
                 const WmDisplayItem *item)
{
  if (item->fill.alpha > 0)
    {
      set_colour (cr, &item->fill);
      if (item->stroke.alpha > 0)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (item->stroke.alpha > 0)
    {
      set_colour (cr, &item->stroke);
      cairo_set_line_width (cr, item->line_width);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

static void
draw_text (cairo_t             *cr,
           const WmDisplayItem *item)
{
  g_autoptr(PangoLayout) layout = wm_text_new_layout (item->text, item->font_size, item->bold);
  double left = item->text_x;
  double baseline = pango_layout_get_baseline (layout) / (double) PANGO_SCALE;

  if (item->anchor == WM_TEXT_ANCHOR_MIDDLE)
    left -= item->width / 2;
  else if (item->anchor == WM_TEXT_ANCHOR_END)
    left -= item->width;

  set_colour (cr, &item->fill);
  cairo_move_to (cr, left, item->text_y - baseline);
  pango_cairo_show_layout (cr, layout);
}

static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *dst = cairo_image_surface_get_data (surface);
  int dst_stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *s = src + y * src_stride;
      guint32 *d = (guint32 *) (dst + y * dst_stride);

      for (int x = 0; x < width; x++, s += channels)
        {
          guint a = channels == 4 ? s[3] : 255;
          guint r = s[0] * a / 255, g = s[1] * a / 255, b = s[2] * a / 255;

          d[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

/* A picture is decoded at most this large; an 8 MiB PNG can claim 30000 × 30000 pixels. */
#define MAX_DECODED_SIZE 2048

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height)
{
  if (width > MAX_DECODED_SIZE || height > MAX_DECODED_SIZE)
    {
      double scale = MIN ((double) MAX_DECODED_SIZE / width, (double) MAX_DECODED_SIZE / height);

      gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)),
                                  MAX (1, (int) (height * scale)));
    }
}

/**
 * wm_render_cairo_image_surface:
 * @width: the size the picture will be drawn at, for SVG pictures
 *
 * Decodes an embedded picture; the result is cached on @image.
 *
 * Returns: (transfer none) (nullable): the picture, or %NULL if it cannot be decoded
 */
cairo_surface_t *
wm_render_cairo_image_surface (WmImage *image,
                               double   width,
                               double   height)
{
  cairo_surface_t *surface = g_object_get_data (G_OBJECT (image), "wm-cairo-surface");
  GBytes *data = wm_image_get_data (image);

  if (surface != NULL)
    return surface;

  if (g_str_equal (wm_image_get_mime_type (image), "image/svg+xml"))
    {
      RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (data, NULL),
                                                      g_bytes_get_size (data), NULL);
      RsvgRectangle viewport = { 0, 0, CLAMP (width * 2, 1, MAX_DECODED_SIZE),
                                 CLAMP (height * 2, 1, MAX_DECODED_SIZE) };
      cairo_t *cr;

      if (handle == NULL)
        return NULL;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) viewport.width,
                                            (int) viewport.height);
      cr = cairo_create (surface);
      rsvg_handle_render_document (handle, cr, &viewport, NULL);
      cairo_destroy (cr);
      g_object_unref (handle);
    }
  else
    {
      g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
      GdkPixbuf *pixbuf;

      g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), NULL);
      if (!gdk_pixbuf_loader_write_bytes (loader, data, NULL) || !gdk_pixbuf_loader_close (loader, NULL))
        return NULL;
      pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
      if (pixbuf == NULL)
        return NULL;
      surface = surface_from_pixbuf (pixbuf);
    }

  g_object_set_data_full (G_OBJECT (image), "wm-cairo-surface", surface,
                          (GDestroyNotify) cairo_surface_destroy);

  return surface;
}

static void
draw_image (cairo_t             *cr,
            const WmDisplayItem *item)
{
  cairo_surface_t *surface = wm_render_cairo_image_surface (item->image, item->width, item->height);
  double sw, sh, scale;

  if (surface == NULL)
    return;

  sw = cairo_image_surface_get_width (surface);
  sh = cairo_image_surface_get_height (surface);
  if (item->cover)
    scale = MAX (item->width / sw, item->height / sh);
  else
    scale = MIN (item->width / sw, item->height / sh);

  cairo_save (cr);
  rounded_rect (cr, item->x, item->y, item->width, item->height, item->radius);
  cairo_clip (cr);
  cairo_translate (cr, item->x + (item->width - sw * scale) / 2,
                   item->y + (item->height - sh * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr),
                            scale > 2 ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Whether the box of a path segment, widened by @margin, meets @area. */
static gboolean
segment_meets (const double *from,
               const double *c,
               double        margin,
               const WmRect *area)
{
  double x0 = MIN (MIN (from[0], c[0]), MIN (c[2], c[4])) - margin;
  double x1 = MAX (MAX (from[0], c[0]), MAX (c[2], c[4])) + margin;
  double y0 = MIN (MIN (from[1], c[1]), MIN (c[3], c[5])) - margin;
  double y1 = MAX (MAX (from[1], c[1]), MAX (c[3], c[5])) + margin;

  return x1 >= area->x && x0 <= area->x + area->width
         && y1 >= area->y && y0 <= area->y + area->height;
}

static void
draw_item (WmDisplayList       *list,
           cairo_t             *cr,
           const WmDisplayItem *item,
           const WmRect        *area)
{
  switch (item->kind)
    {
    case WM_DISPLAY_RECT:
      rounded_rect (cr, item->x, item->y, item->width, item->height, item->radius);
      fill_and_stroke (cr, item);
      break;

    case WM_DISPLAY_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, item->x + item->width / 2, item->y + item->height / 2, item->width / 2,
                 0, 2 * G_PI);
      fill_and_stroke (cr, item);
      break;

    case WM_DISPLAY_LINE:
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y + item->height);
      if (item->dashed)
        cairo_set_dash (cr, (double[]) { 4, 4 }, 2, 0);
      set_colour (cr, &item->stroke);
      cairo_set_line_width (cr, item->line_width);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case WM_DISPLAY_PATH:
      {
        const double *p = wm_display_list_get_points (list, item->path_start);
        gboolean drawing = FALSE;

        /* A curve may cross the whole map: stroke only the segments that can show, since
         * cairo would stroke every segment before clipping. */
        for (guint s = 0; s < item->path_segments; s++)
          {
            const double *from = p + 6 * s;  /* the end of the previous segment */
            const double *c = p + 2 + 6 * s;

            if (!segment_meets (from, c, item->line_width, area))
              {
                drawing = FALSE;
                continue;
              }
            if (!drawing)
              cairo_move_to (cr, from[0], from[1]);
            cairo_curve_to (cr, c[0], c[1], c[2], c[3], c[4], c[5]);
            drawing = TRUE;
          }
        set_colour (cr, &item->stroke);
        cairo_set_line_width (cr, item->line_width);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke (cr);
      }
      break;

    case WM_DISPLAY_TEXT:
      draw_text (cr, item);
      break;

    case WM_DISPLAY_IMAGE:
      draw_image (cr, item);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * wm_render_cairo:
 * @list: what to draw
 * @cr: where, with document units mapped by its current transformation
 * @area: (nullable): the part to draw, in document units; %NULL for all
 * @background: whether to paint the list's background colour first
 *
 * Draws the items that touch @area, in paint order.
 */
void
wm_render_cairo (WmDisplayList *list,
                 cairo_t       *cr,
                 const WmRect  *area,
                 gboolean       background)
{
  WmRect all = { 0, 0, wm_display_list_get_width (list), wm_display_list_get_height (list) };
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (WM_IS_DISPLAY_LIST (list));

  if (area == NULL)
    area = &all;

  cairo_save (cr);
  if (background)
    {
      set_colour (cr, wm_display_list_get_background (list));
      cairo_rectangle (cr, area->x, area->y, area->width, area->height);
      cairo_fill (cr);
    }

  wm_display_list_query (list, area, indices);
  for (guint i = 0; i < indices->len; i++)
    draw_item (list, cr, wm_display_list_get_item (list, g_array_index (indices, guint, i)), area);
  cairo_restore (cr);
}
