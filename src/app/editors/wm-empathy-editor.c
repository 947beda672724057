/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-empathy-editor.h"

/* The empathy map editor: the canvas with the shared zoom controls floating bottom-right, and
 * the inspector on the right, which folds away on a narrow window as the journey editor's
 * does (see WmEditorFrame). */
struct _WmEmpathyEditor
{
  WmEditorFrame parent_instance;
};

G_DEFINE_FINAL_TYPE (WmEmpathyEditor, wm_empathy_editor, WM_TYPE_EDITOR_FRAME)

static void
wm_empathy_editor_class_init (WmEmpathyEditorClass *klass)
{
}

static void
wm_empathy_editor_init (WmEmpathyEditor *self)
{
  GtkWidget *canvas = wm_empathy_canvas_new ();
  GtkWidget *inspector = wm_empathy_inspector_new (WM_EMPATHY_CANVAS (canvas));

  wm_editor_frame_set_content (WM_EDITOR_FRAME (self), WM_CANVAS (canvas), inspector,
                               _("Empathy map"));
}

GtkWidget *
wm_empathy_editor_new (void)
{
  return g_object_new (WM_TYPE_EMPATHY_EDITOR, NULL);
}

void
wm_empathy_editor_set_map (WmEmpathyEditor *self,
                           WmDocument      *document,
                           WmEmpathyMap    *map)
{
  g_return_if_fail (WM_IS_EMPATHY_EDITOR (self));

  wm_empathy_canvas_set_map (wm_empathy_editor_get_canvas (self), document, map);
  wm_empathy_inspector_set_map (wm_empathy_editor_get_inspector (self), document, map);
}

/**
 * wm_empathy_editor_get_canvas:
 *
 * Returns: (transfer none): the canvas
 */
WmEmpathyCanvas *
wm_empathy_editor_get_canvas (WmEmpathyEditor *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_EDITOR (self), NULL);

  return WM_EMPATHY_CANVAS (wm_editor_frame_get_canvas (WM_EDITOR_FRAME (self)));
}

/**
 * wm_empathy_editor_get_inspector:
 *
 * Returns: (transfer none): the inspector
 */
WmEmpathyInspector *
wm_empathy_editor_get_inspector (WmEmpathyEditor *self)
{
  g_return_val_if_fail (WM_IS_EMPATHY_EDITOR (self), NULL);

  return WM_EMPATHY_INSPECTOR (wm_editor_frame_get_inspector (WM_EDITOR_FRAME (self)));
}
