/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/* The lists of short entries a persona holds. */
typedef enum
{
  WM_PERSONA_LIST_GOALS,
  WM_PERSONA_LIST_NEEDS,
  WM_PERSONA_LIST_FRUSTRATIONS,
  WM_PERSONA_LIST_BEHAVIOURS,
  WM_PERSONA_LIST_MOTIVATIONS,
  WM_PERSONA_LIST_CHANNELS,
  WM_PERSONA_LIST_TAGS,
} WmPersonaList;

#define WM_PERSONA_N_LISTS (WM_PERSONA_LIST_TAGS + 1)

const char         *wm_persona_list_get_property      (WmPersonaList  list);
const char         *wm_persona_list_get_title         (WmPersonaList  list);
const char * const *wm_persona_list_get_entries       (WmPersona     *persona,
                                                       WmPersonaList  list);

/* Each of these is one undo step on @history. */
void                wm_persona_edit_insert_entry      (WmHistory     *history,
                                                       WmPersona     *persona,
                                                       WmPersonaList  list,
                                                       guint          position,
                                                       const char    *text);
void                wm_persona_edit_set_entry         (WmHistory     *history,
                                                       WmPersona     *persona,
                                                       WmPersonaList  list,
                                                       guint          position,
                                                       const char    *text);
void                wm_persona_edit_remove_entry      (WmHistory     *history,
                                                       WmPersona     *persona,
                                                       WmPersonaList  list,
                                                       guint          position);
void                wm_persona_edit_move_entry        (WmHistory     *history,
                                                       WmPersona     *persona,
                                                       WmPersonaList  list,
                                                       guint          from,
                                                       guint          to);

/* The journey maps, empathy maps and blueprints that refer to @persona, in document order. */
GPtrArray          *wm_persona_find_usages            (WmDocument    *document,
                                                       WmPersona     *persona);
void                wm_persona_edit_delete            (WmHistory     *history,
                                                       WmDocument    *document,
                                                       WmPersona     *persona);
WmEmpathyMap       *wm_persona_edit_create_empathy_map (WmHistory    *history,
                                                       WmDocument    *document,
                                                       WmPersona     *persona);

G_END_DECLS
