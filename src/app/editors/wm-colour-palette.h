/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WM_TYPE_COLOUR_PALETTE (wm_colour_palette_get_type ())
G_DECLARE_FINAL_TYPE (WmColourPalette, wm_colour_palette, WM, COLOUR_PALETTE, GtkWidget)

GtkWidget  *wm_colour_palette_new        (void);
const char *wm_colour_palette_get_colour (WmColourPalette *self);
void        wm_colour_palette_set_colour (WmColourPalette *self,
                                          const char      *colour);
void        wm_colour_palette_choose     (WmColourPalette *self,
                                          const char      *colour);

G_END_DECLS
