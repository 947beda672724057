/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-image.h"
#include "wm-image-import.h"
#include "wm-render-cairo.h"

/* Embedded pictures (persona photos, image cards) come from outside: whatever bytes claim to be
 * a PNG, JPEG or SVG are decoded (size-capped) or refused, never crash. */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  const char *mime = wm_image_sniff_mime_type (bytes);
  g_autoptr(WmImage) image = NULL;
  g_autoptr(WmImage) imported = NULL;

  /* Choosing or dropping a file as a persona's photo: refused with an error, or a picture. */
  imported = wm_image_import (bytes, "fuzz", 64, NULL);
  if (imported != NULL)
    wm_render_cairo_image_surface (imported, 64, 64);

  if (mime == NULL)
    return 0;

  image = wm_image_new (mime, bytes);
  wm_render_cairo_image_surface (image, 64, 48);

  return 0;
}
