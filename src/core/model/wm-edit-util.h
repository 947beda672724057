/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* Building blocks of the edit modules (journey, persona, empathy, blueprint): each call that
 * says "sealed" is one undo step of its own, never merged with the edit before or after. */

/* Whether @object (an item of the list) is to go; @user_data as given. */
typedef gboolean (*WmEditMatchFunc) (WmObject *object,
                                     gpointer  user_data);

void      wm_edit_insert_sealed (WmHistory       *history,
                                 WmObjectList    *list,
                                 guint            position,
                                 WmObject        *object);
gboolean  wm_edit_remove_sealed (WmHistory       *history,
                                 WmObjectList    *list,
                                 WmObject        *object);
void      wm_edit_move_within   (WmHistory       *history,
                                 WmObjectList    *list,
                                 guint            from,
                                 guint            to);
void      wm_edit_remove_where  (WmHistory       *history,
                                 WmObjectList    *list,
                                 WmEditMatchFunc  match,
                                 gpointer         user_data);
void      wm_edit_set_value     (WmHistory       *history,
                                 WmObject        *object,
                                 const char      *property,
                                 GValue          *value);
void      wm_edit_set_string    (WmHistory       *history,
                                 WmObject        *object,
                                 const char      *property,
                                 const char      *text);
void      wm_edit_set_double    (WmHistory       *history,
                                 WmObject        *object,
                                 const char      *property,
                                 double           number);
gboolean  wm_edit_is_colour     (const char      *text);
void      wm_edit_begin_step    (WmHistory       *history,
                                 const char      *label);
void      wm_edit_end_step      (WmHistory       *history);

G_END_DECLS
