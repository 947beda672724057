/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Up to two initials of @name ("Maya Lindqvist" -> "ML", "cher" -> "C"), upper-cased; "?" if empty. */
char *wm_avatar_initials (const char *name);

/* Adds @persona's picture to @list in the square (x, y, size): the photo clipped round if it has
 * one, otherwise a circle in the persona's colour with its initials. Items carry @id and @role. */
void  wm_avatar_add      (WmDisplayList *list,
                          WmDisplayRole  role,
                          const char    *id,
                          WmPersona     *persona,
                          double         x,
                          double         y,
                          double         size,
                          const WmStyle *style);

/* The colour of @persona's avatar: its own colour, or one from the palette picked by its id. */
WmColour wm_avatar_colour    (WmPersona     *persona);

/* Like wm_avatar_add(), but the circle (and the ring behind a photo) in @colour, for views
 * that colour people by their place in a list when they have no colour of their own. */
void  wm_avatar_add_coloured (WmDisplayList  *list,
                              WmDisplayRole   role,
                              const char     *id,
                              WmPersona      *persona,
                              double          x,
                              double          y,
                              double          size,
                              const WmColour *colour,
                              const WmStyle  *style);

G_END_DECLS
