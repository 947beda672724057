/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* The clipboard format for cards copied in Waymark, next to the plain text that other apps
 * get: what a card holds beyond its text (colour, tags, evidence, owner, picture) survives a
 * copy and paste, between maps, windows and Waymark instances. */
#define WM_CARD_CLIPBOARD_MIME_TYPE "application/x-waymark-cards+json"

GBytes    *wm_card_clipboard_write (GPtrArray  *cards);
GPtrArray *wm_card_clipboard_read  (GBytes     *bytes,
                                    GError    **error);

G_END_DECLS
