/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>

#include "wm-image-import.h"

/* Turning a file someone picked into a picture to embed: recognise it by its bytes (not its
 * name), refuse what is not a PNG, JPEG or SVG or is far too big, decode it to prove it is
 * whole, and downscale bitmaps to a size that keeps the workspace small. SVG pictures stay
 * vector when they are small enough; otherwise librsvg renders them to a PNG.
 */

/* SVG files larger than this are rendered to a bitmap rather than embedded as they are. */
#define MAX_SVG_BYTES (512 * 1024)

G_DEFINE_QUARK (wm-image-import-error-quark, wm_image_import_error)

typedef struct
{
  int  max_side;
  int  width;
  int  height;
  gboolean too_large;
} SizeRequest;

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  SizeRequest     *request)
{
  double scale;

  request->width = width;
  request->height = height;
  if (width > WM_IMAGE_IMPORT_MAX_PIXELS || height > WM_IMAGE_IMPORT_MAX_PIXELS)
    {
      /* Decoding stops here: gdk-pixbuf treats a zero size as "do not load". */
      request->too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 0, 0);
      return;
    }

  if (width <= request->max_side && height <= request->max_side)
    return;

  scale = MIN ((double) request->max_side / width, (double) request->max_side / height);
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale + 0.5)),
                              MAX (1, (int) (height * scale + 0.5)));
}

static WmImage *
encode_pixbuf (GdkPixbuf   *pixbuf,
               const char  *name,
               GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize size = 0;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);

  /* Photos compress far better as JPEG; keep PNG for pictures with transparency. */
  if (alpha)
    gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &local_error, NULL);
  else
    gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", &local_error, "quality", "88",
                               NULL);
  if (local_error != NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                   _("“%s” could not be converted: %s"), name, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&buffer), size);
  return wm_image_new (alpha ? "image/png" : "image/jpeg", bytes);
}

/* gdk-pixbuf shows as much of a cut-off file as it got, without an error; a whole PNG ends
 * with its IEND chunk and a whole JPEG with an end-of-image marker (perhaps followed by some
 * padding). */
static gboolean
is_complete (GBytes     *data,
             const char *mime_type)
{
  gsize size;
  const guint8 *p = g_bytes_get_data (data, &size);
  gsize tail = MIN (size, 4096);

  if (g_str_equal (mime_type, "image/png"))
    return size >= 12 && memcmp (p + size - 8, "IEND", 4) == 0;

  for (gsize i = size - tail; i + 1 < size; i++)
    if (p[i] == 0xff && p[i + 1] == 0xd9)
      return TRUE;

  return FALSE;
}

static WmImage *
import_bitmap (GBytes      *data,
               const char  *name,
               const char  *mime_type,
               int          max_side,
               GError     **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GdkPixbuf) oriented = NULL;
  SizeRequest request = { max_side, 0, 0, FALSE };
  GdkPixbuf *pixbuf;
  gboolean ok;

  /* A PNG says its size up front (IHDR comes first); refuse a "decompression bomb" before any
   * decoding. JPEG sizes arrive through size-prepared. */
  if (g_str_equal (mime_type, "image/png") && g_bytes_get_size (data) >= 24)
    {
      const guint8 *p = g_bytes_get_data (data, NULL);
      guint32 width = (guint32) p[16] << 24 | p[17] << 16 | p[18] << 8 | p[19];
      guint32 height = (guint32) p[20] << 24 | p[21] << 16 | p[22] << 8 | p[23];

      if (width > WM_IMAGE_IMPORT_MAX_PIXELS || height > WM_IMAGE_IMPORT_MAX_PIXELS)
        {
          g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large: %u × %u pixels (at most %d on a side)"), name,
                       width, height, WM_IMAGE_IMPORT_MAX_PIXELS);
          return NULL;
        }
    }

  loader = gdk_pixbuf_loader_new_with_mime_type (mime_type, &local_error);
  if (loader == NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), &request);
  ok = gdk_pixbuf_loader_write_bytes (loader, data, &local_error);
  /* Close in any case: the loader complains when finalized open. */
  if (!gdk_pixbuf_loader_close (loader, ok ? &local_error : NULL))
    ok = FALSE;

  if (request.too_large)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: %d × %d pixels (at most %d on a side)"), name,
                   request.width, request.height, WM_IMAGE_IMPORT_MAX_PIXELS);
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (ok && pixbuf != NULL && !is_complete (data, mime_type))
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read: the file ends too early"), name);
      return NULL;
    }
  if (!ok || pixbuf == NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read: %s"), name,
                   local_error != NULL ? local_error->message : _("no picture in it"));
      return NULL;
    }

  /* Cameras store portraits sideways with an orientation tag: turn them upright. */
  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  if (oriented != NULL && gdk_pixbuf_get_width (oriented) == request.width
      && gdk_pixbuf_get_height (oriented) == request.height
      && g_bytes_get_size (data) <= WM_IMAGE_MAX_SIZE / 8)
    {
      const char *orientation = gdk_pixbuf_get_option (pixbuf, "orientation");

      /* Small enough and upright already: embed the file as it is, without re-encoding. */
      if (orientation == NULL || g_str_equal (orientation, "1"))
        return wm_image_new (mime_type, data);
    }

  return encode_pixbuf (oriented != NULL ? oriented : pixbuf, name, error);
}

/* cairo keeps premultiplied native-endian ARGB; a pixbuf wants straight RGBA bytes. */
static GdkPixbuf *
pixbuf_from_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int src_stride = cairo_image_surface_get_stride (surface);
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, width, height);
  int dst_stride;
  const guint8 *src;
  guint8 *dst;

  if (pixbuf == NULL)
    return NULL;

  cairo_surface_flush (surface);
  src = cairo_image_surface_get_data (surface);
  dst = gdk_pixbuf_get_pixels (pixbuf);
  dst_stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 argb = *(const guint32 *) (src + y * src_stride + x * 4);
        guint8 *p = dst + y * dst_stride + x * 4;
        guint a = argb >> 24;

        p[3] = a;
        if (a == 0)
          {
            p[0] = p[1] = p[2] = 0;
            continue;
          }
        p[0] = MIN (255, (((argb >> 16) & 0xff) * 255 + a / 2) / a);
        p[1] = MIN (255, (((argb >> 8) & 0xff) * 255 + a / 2) / a);
        p[2] = MIN (255, ((argb & 0xff) * 255 + a / 2) / a);
      }

  return pixbuf;
}

static WmImage *
import_svg (GBytes      *data,
            const char  *name,
            int          max_side,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GObject) owned_handle = NULL;
  RsvgHandle *handle;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  double width = 0, height = 0;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport;
  double scale;
  gboolean ok;

  handle = rsvg_handle_new_from_data (g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                      &local_error);
  if (handle == NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                   _("“%s” is not a valid SVG picture: %s"), name, local_error->message);
      return NULL;
    }
  owned_handle = G_OBJECT (handle);

  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height)
      || width <= 0 || height <= 0)
    width = height = max_side;

  if (g_bytes_get_size (data) <= MAX_SVG_BYTES)
    {
      /* Prove it renders before embedding it. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 16, 16);
      cr = cairo_create (surface);
      viewport = (RsvgRectangle) { 0, 0, 16, 16 };
      ok = rsvg_handle_render_document (handle, cr, &viewport, &local_error);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      if (!ok)
        {
          g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                       _("“%s” cannot be drawn: %s"), name, local_error->message);
          return NULL;
        }
      return wm_image_new ("image/svg+xml", data);
    }

  scale = MIN (max_side / width, max_side / height);
  viewport = (RsvgRectangle) { 0, 0, MAX (1, round (width * scale)),
                               MAX (1, round (height * scale)) };
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) viewport.width,
                                        (int) viewport.height);
  cr = cairo_create (surface);
  ok = rsvg_handle_render_document (handle, cr, &viewport, &local_error);
  cairo_destroy (cr);
  if (ok)
    pixbuf = pixbuf_from_surface (surface);
  cairo_surface_destroy (surface);
  if (!ok || pixbuf == NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT,
                   _("“%s” cannot be drawn: %s"), name,
                   local_error != NULL ? local_error->message : _("out of memory"));
      return NULL;
    }

  return encode_pixbuf (pixbuf, name, error);
}

/**
 * wm_image_import:
 * @data: the bytes of a file
 * @name: the file's name, for messages
 * @max_side: bitmaps larger than this on a side are scaled down to it
 * @error: return location for a #WmImageImportError naming @name
 *
 * Returns: (transfer full) (nullable): a picture to embed, or %NULL with @error set
 */
WmImage *
wm_image_import (GBytes      *data,
                 const char  *name,
                 int          max_side,
                 GError     **error)
{
  const char *mime_type;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (max_side > 0, NULL);

  size = g_bytes_get_size (data);
  if (size > WM_IMAGE_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *shown = g_format_size (size);
      g_autofree char *limit = g_format_size (WM_IMAGE_IMPORT_MAX_FILE_SIZE);

      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large (%s; at most %s)"), name, shown, limit);
      return NULL;
    }

  mime_type = wm_image_sniff_mime_type (data);
  if (mime_type == NULL)
    {
      g_set_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is not a PNG, JPEG or SVG picture"), name);
      return NULL;
    }

  if (g_str_equal (mime_type, "image/svg+xml"))
    return import_svg (data, name, max_side, error);

  return import_bitmap (data, name, mime_type, max_side, error);
}
