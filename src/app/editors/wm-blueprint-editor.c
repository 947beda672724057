/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-blueprint-editor.h"

/* The service blueprint editor, laid out as the journey map editor is: the canvas with zoom
 * controls floating bottom-right, and the inspector of the selection on the right (F4), which
 * folds away on a narrow window and then slides over the canvas (see WmEditorFrame). */
struct _WmBlueprintEditor
{
  WmEditorFrame parent_instance;
};

G_DEFINE_FINAL_TYPE (WmBlueprintEditor, wm_blueprint_editor, WM_TYPE_EDITOR_FRAME)

static void
wm_blueprint_editor_class_init (WmBlueprintEditorClass *klass)
{
}

static void
wm_blueprint_editor_init (WmBlueprintEditor *self)
{
  GtkWidget *canvas = wm_blueprint_canvas_new ();
  GtkWidget *inspector = wm_blueprint_inspector_new (WM_BLUEPRINT_CANVAS (canvas));

  wm_editor_frame_set_content (WM_EDITOR_FRAME (self), WM_CANVAS (canvas), inspector,
                               _("Service blueprint"));
}

GtkWidget *
wm_blueprint_editor_new (void)
{
  return g_object_new (WM_TYPE_BLUEPRINT_EDITOR, NULL);
}

/**
 * wm_blueprint_editor_set_blueprint:
 * @document: (nullable): the workspace, whose history records the edits
 * @blueprint: (nullable): the blueprint to edit
 */
void
wm_blueprint_editor_set_blueprint (WmBlueprintEditor  *self,
                                   WmDocument         *document,
                                   WmServiceBlueprint *blueprint)
{
  g_return_if_fail (WM_IS_BLUEPRINT_EDITOR (self));

  wm_blueprint_canvas_set_blueprint (wm_blueprint_editor_get_canvas (self), document, blueprint);
  wm_blueprint_inspector_set_blueprint (wm_blueprint_editor_get_inspector (self), document,
                                        blueprint);
}

/**
 * wm_blueprint_editor_get_canvas:
 *
 * Returns: (transfer none): the canvas
 */
WmBlueprintCanvas *
wm_blueprint_editor_get_canvas (WmBlueprintEditor *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_EDITOR (self), NULL);

  return WM_BLUEPRINT_CANVAS (wm_editor_frame_get_canvas (WM_EDITOR_FRAME (self)));
}

/**
 * wm_blueprint_editor_get_inspector:
 *
 * Returns: (transfer none): the inspector of the canvas's selection
 */
WmBlueprintInspector *
wm_blueprint_editor_get_inspector (WmBlueprintEditor *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_EDITOR (self), NULL);

  return WM_BLUEPRINT_INSPECTOR (wm_editor_frame_get_inspector (WM_EDITOR_FRAME (self)));
}
