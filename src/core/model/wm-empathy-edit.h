/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* Edits of an empathy map's sticky notes, each one undo step on @history. Several notes are
 * passed as a #GPtrArray of #WmNote; notes that are not on @map are left alone. */

gboolean   wm_empathy_map_locate_note     (WmEmpathyMap  *map,
                                           WmNote        *note,
                                           WmEmpathyArea *area,
                                           guint         *position);
WmNote    *wm_empathy_edit_add_note       (WmHistory     *history,
                                           WmEmpathyMap  *map,
                                           WmEmpathyArea  area,
                                           guint          position,
                                           const char    *text);
void       wm_empathy_edit_remove_notes   (WmHistory     *history,
                                           WmEmpathyMap  *map,
                                           GPtrArray     *notes);
void       wm_empathy_edit_move_notes     (WmHistory     *history,
                                           WmEmpathyMap  *map,
                                           GPtrArray     *notes,
                                           WmEmpathyArea  area,
                                           guint          position);
void       wm_empathy_edit_set_text       (WmHistory     *history,
                                           WmNote        *note,
                                           const char    *text);
void       wm_empathy_edit_set_colour     (WmHistory     *history,
                                           GPtrArray     *notes,
                                           const char    *colour);
GPtrArray *wm_empathy_edit_paste_lines    (WmHistory     *history,
                                           WmEmpathyMap  *map,
                                           WmEmpathyArea  area,
                                           guint          position,
                                           const char    *text);
GPtrArray *wm_empathy_edit_insert_notes   (WmHistory     *history,
                                           WmEmpathyMap  *map,
                                           WmEmpathyArea  area,
                                           guint          position,
                                           GPtrArray     *notes);
const char *wm_empathy_area_get_label     (WmEmpathyArea  area);

G_END_DECLS
