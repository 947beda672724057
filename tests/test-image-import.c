/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "wm-image-import.h"

static GBytes *
encode (int         width,
        int         height,
        const char *format,
        gboolean    alpha)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, alpha, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, format, &error, NULL);
  g_assert_no_error (error);

  return g_bytes_new_take (buffer, size);
}

/* Noise does not compress, so half the file is half the picture. */
static GBytes *
encode_noise (int width,
              int height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  char *buffer = NULL;
  gsize size = 0;

  for (int i = 0; i < gdk_pixbuf_get_rowstride (pixbuf) * height; i++)
    pixels[i] = g_random_int_range (0, 256);
  gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL);
  g_assert_no_error (error);

  return g_bytes_new_take (buffer, size);
}

static void
image_size (WmImage *image,
            int     *width,
            int     *height)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf;

  gdk_pixbuf_loader_write_bytes (loader, wm_image_get_data (image), &error);
  g_assert_no_error (error);
  gdk_pixbuf_loader_close (loader, &error);
  g_assert_no_error (error);
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  *width = gdk_pixbuf_get_width (pixbuf);
  *height = gdk_pixbuf_get_height (pixbuf);
}

static void
test_small_kept (void)
{
  g_autoptr(GBytes) png = encode (100, 80, "png", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmImage) image = wm_image_import (png, "small.png", 512, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (wm_image_get_mime_type (image), ==, "image/png");
  /* Not re-encoded: the very bytes. */
  g_assert_true (g_bytes_equal (wm_image_get_data (image), png));
}

static void
test_large_downscaled (void)
{
  g_autoptr(GBytes) jpeg = encode (2000, 1000, "jpeg", FALSE);
  g_autoptr(GBytes) png = encode (600, 1200, "png", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmImage) from_jpeg = wm_image_import (jpeg, "big.jpg", 512, &error);
  g_autoptr(WmImage) from_png = NULL;
  int width, height;

  g_assert_no_error (error);
  g_assert_cmpstr (wm_image_get_mime_type (from_jpeg), ==, "image/jpeg");
  image_size (from_jpeg, &width, &height);
  g_assert_cmpint (width, ==, 512);
  g_assert_cmpint (height, ==, 256);
  g_assert_cmpuint (g_bytes_get_size (wm_image_get_data (from_jpeg)), <, g_bytes_get_size (jpeg));

  from_png = wm_image_import (png, "big.png", 512, &error);
  g_assert_no_error (error);
  /* Transparency survives: still a PNG. */
  g_assert_cmpstr (wm_image_get_mime_type (from_png), ==, "image/png");
  image_size (from_png, &width, &height);
  g_assert_cmpint (width, ==, 256);
  g_assert_cmpint (height, ==, 512);
}

static void
test_svg (void)
{
  const char *svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "width=\"40\" height=\"40\"><circle cx=\"20\" cy=\"20\" r=\"18\" "
                    "fill=\"#e01b24\"/></svg>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(GError) error = NULL;
  g_autoptr(WmImage) image = wm_image_import (bytes, "face.svg", 512, &error);
  const char *cut = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>";
  g_autoptr(GBytes) broken = g_bytes_new_static (cut, strlen (cut));
  g_autoptr(WmImage) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (wm_image_get_mime_type (image), ==, "image/svg+xml");
  g_assert_true (g_bytes_equal (wm_image_get_data (image), bytes));

  none = wm_image_import (broken, "broken.svg", 512, &error);
  g_assert_null (none);
  g_assert_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "broken.svg"));
}

static void
test_refused (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("hello, world", 12);
  g_autoptr(GBytes) png = encode_noise (64, 64);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmImage) image = NULL;
  guint8 *huge;

  image = wm_image_import (text, "notes.txt", 512, &error);
  g_assert_null (image);
  g_assert_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "notes.txt"));
  g_clear_error (&error);

  image = wm_image_import (truncated, "cut.png", 512, &error);
  g_assert_null (image);
  g_assert_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "cut.png"));
  g_clear_error (&error);

  /* A PNG header claiming 30000 × 30000 pixels is refused before decoding. */
  {
    static const guint8 header[] = {
      0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
      0, 0, 0, 13, 'I', 'H', 'D', 'R',
      0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 2, 0, 0, 0,
      0xe9, 0x45, 0x6f, 0xed,
    };
    g_autoptr(GBytes) bomb = g_bytes_new_static (header, sizeof header);

    image = wm_image_import (bomb, "bomb.png", 512, &error);
    g_assert_null (image);
    g_assert_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "30000"));
    g_assert_nonnull (strstr (error->message, "bomb.png"));
    g_clear_error (&error);
  }

  huge = g_malloc0 (WM_IMAGE_IMPORT_MAX_FILE_SIZE + 1);
  memcpy (huge, g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  {
    g_autoptr(GBytes) bytes = g_bytes_new_take (huge, WM_IMAGE_IMPORT_MAX_FILE_SIZE + 1);

    image = wm_image_import (bytes, "huge.png", 512, &error);
    g_assert_null (image);
    g_assert_error (error, WM_IMAGE_IMPORT_ERROR, WM_IMAGE_IMPORT_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "huge.png"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/image-import/small-kept", test_small_kept);
  g_test_add_func ("/image-import/large-downscaled", test_large_downscaled);
  g_test_add_func ("/image-import/svg", test_svg);
  g_test_add_func ("/image-import/refused", test_refused);

  return g_test_run ();
}
