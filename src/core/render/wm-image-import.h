/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-image.h"

G_BEGIN_DECLS

/* The largest file offered as a picture, in bytes, before it is downscaled. */
#define WM_IMAGE_IMPORT_MAX_FILE_SIZE (64 * 1024 * 1024)
/* The largest picture side, in pixels, decoded at all. */
#define WM_IMAGE_IMPORT_MAX_PIXELS    20000
/* Photos are embedded at most this many pixels on their longer side. */
#define WM_IMAGE_IMPORT_PHOTO_SIDE    512

#define WM_IMAGE_IMPORT_ERROR (wm_image_import_error_quark ())

typedef enum
{
  WM_IMAGE_IMPORT_ERROR_UNSUPPORTED, /* not a PNG, JPEG or SVG picture */
  WM_IMAGE_IMPORT_ERROR_TOO_LARGE,   /* over the limits above */
  WM_IMAGE_IMPORT_ERROR_CORRUPT,     /* claims to be a picture but does not decode */
} WmImageImportError;

GQuark   wm_image_import_error_quark (void);
WmImage *wm_image_import             (GBytes      *data,
                                      const char  *name,
                                      int          max_side,
                                      GError     **error);

G_END_DECLS
