/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-persona-edit.h"

G_BEGIN_DECLS

#define WM_TYPE_PERSONA_LIST_EDITOR (wm_persona_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (WmPersonaListEditor, wm_persona_list_editor, WM, PERSONA_LIST_EDITOR,
                      GtkWidget)

GtkWidget     *wm_persona_list_editor_new         (WmPersonaList        list);
WmPersonaList  wm_persona_list_editor_get_list    (WmPersonaListEditor *self);
void           wm_persona_list_editor_set_persona (WmPersonaListEditor *self,
                                                   WmDocument          *document,
                                                   WmPersona           *persona);
void           wm_persona_list_editor_refresh     (WmPersonaListEditor *self);
/* For tests: the text entry of entry @index, and the one that adds entries. */
GtkWidget     *wm_persona_list_editor_get_entry   (WmPersonaListEditor *self,
                                                   guint                index);
GtkWidget     *wm_persona_list_editor_get_view    (WmPersonaListEditor *self,
                                                   guint                index);
GtkWidget     *wm_persona_list_editor_get_handle  (WmPersonaListEditor *self,
                                                   guint                index);
GtkWidget     *wm_persona_list_editor_get_remove_button (WmPersonaListEditor *self,
                                                   guint                index);
GtkWidget     *wm_persona_list_editor_get_add_entry (WmPersonaListEditor *self);

G_END_DECLS
