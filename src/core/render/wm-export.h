/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-display-list.h"

G_BEGIN_DECLS

/* The largest PNG written: no side over 16384 pixels, at most 200 megapixels in all. */
#define WM_EXPORT_MAX_PNG_SIDE   16384
#define WM_EXPORT_MAX_PNG_PIXELS (200 * 1000 * 1000)

#define WM_EXPORT_ERROR (wm_export_error_quark ())

typedef enum
{
  WM_EXPORT_ERROR_INVALID,   /* nothing to export, or a size that makes no sense */
  WM_EXPORT_ERROR_TOO_LARGE, /* an image over the limits above */
  WM_EXPORT_ERROR_FAILED,    /* cairo could not draw (out of memory) */
} WmExportError;

GQuark    wm_export_error_quark (void);

GBytes   *wm_export_png_bytes   (WmDisplayList  *list,
                                 const WmRect   *area,
                                 int             width_px,
                                 int             height_px,
                                 gboolean        transparent,
                                 GError        **error);
GBytes   *wm_export_pdf_bytes   (GPtrArray      *lists,
                                 GError        **error);

gboolean  wm_export_png         (WmDisplayList  *list,
                                 double          scale,
                                 int             width_px,
                                 gboolean        transparent,
                                 GFile          *file,
                                 GError        **error);
gboolean  wm_export_pdf         (GPtrArray      *lists,
                                 GFile          *file,
                                 GError        **error);
gboolean  wm_export_svg         (WmDisplayList  *list,
                                 GFile          *file,
                                 GError        **error);
gboolean  wm_export_write       (GBytes         *bytes,
                                 GFile          *file,
                                 GError        **error);

G_END_DECLS
