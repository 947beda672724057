/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-persona-list-editor.h"

G_BEGIN_DECLS

#define WM_TYPE_PERSONA_EDITOR (wm_persona_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmPersonaEditor, wm_persona_editor, WM, PERSONA_EDITOR, GtkWidget)

GtkWidget           *wm_persona_editor_new              (void);
void                 wm_persona_editor_set_persona      (WmPersonaEditor *self,
                                                         WmDocument      *document,
                                                         WmPersona       *persona);
WmPersona           *wm_persona_editor_get_persona      (WmPersonaEditor *self);
void                 wm_persona_editor_set_photo_file   (WmPersonaEditor *self,
                                                         GFile           *file);
/* For tests. */
GtkWidget           *wm_persona_editor_get_field        (WmPersonaEditor *self,
                                                         const char      *property);
WmPersonaListEditor *wm_persona_editor_get_list_editor  (WmPersonaEditor *self,
                                                         WmPersonaList    list);
GtkWidget           *wm_persona_editor_get_colour_palette (WmPersonaEditor *self);
GtkWidget           *wm_persona_editor_get_usages_box   (WmPersonaEditor *self);
GtkWidget           *wm_persona_editor_get_proficiency_scale (WmPersonaEditor *self);

G_END_DECLS
