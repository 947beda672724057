/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_IMAGE (wm_image_get_type ())
G_DECLARE_FINAL_TYPE (WmImage, wm_image, WM, IMAGE, GObject)

/* The largest picture embedded in a workspace, in bytes (before base64). */
#define WM_IMAGE_MAX_SIZE (8 * 1024 * 1024)

WmImage    *wm_image_new           (const char  *mime_type,
                                    GBytes      *data);
const char *wm_image_get_mime_type (WmImage     *self);
GBytes     *wm_image_get_data      (WmImage     *self);
gboolean    wm_image_equal         (WmImage     *a,
                                    WmImage     *b);
const char *wm_image_sniff_mime_type (GBytes    *data);

G_END_DECLS
