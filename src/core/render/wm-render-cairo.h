/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "wm-display-list.h"

G_BEGIN_DECLS

void             wm_render_cairo               (WmDisplayList *list,
                                                cairo_t       *cr,
                                                const WmRect  *area,
                                                gboolean       background);
cairo_surface_t *wm_render_cairo_image_surface (WmImage       *image,
                                                double         width,
                                                double         height);

G_END_DECLS
