/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* The clipboard formats for what the canvases copy, next to the plain text other apps get:
 * what cards, blueprint items and empathy notes hold beyond their text (a card's colour,
 * tags, evidence, owner and picture; an item's kind, duration and colour; a note's colour)
 * survives a copy and paste, between maps, windows and Waymark instances. */
#define WM_CARD_CLIPBOARD_MIME_TYPE "application/x-waymark-cards+json"
#define WM_ITEM_CLIPBOARD_MIME_TYPE "application/x-waymark-blueprint-items+json"
#define WM_NOTE_CLIPBOARD_MIME_TYPE "application/x-waymark-notes+json"

GBytes    *wm_card_clipboard_write (GPtrArray  *cards);
GPtrArray *wm_card_clipboard_read  (GBytes     *bytes,
                                    GError    **error);
GBytes    *wm_item_clipboard_write (GPtrArray  *items);
GPtrArray *wm_item_clipboard_read  (GBytes     *bytes,
                                    GError    **error);
GBytes    *wm_note_clipboard_write (GPtrArray  *notes);
GPtrArray *wm_note_clipboard_read  (GBytes     *bytes,
                                    GError    **error);

G_END_DECLS
