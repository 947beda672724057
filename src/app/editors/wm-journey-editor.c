/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-journey-editor.h"
#include "wm-journey-inspector.h"

/* The journey map editor: the canvas, with zoom controls floating bottom-right, and the
 * inspector of the selection on the right (see WmEditorFrame). */
struct _WmJourneyEditor
{
  WmEditorFrame parent_instance;
};

G_DEFINE_FINAL_TYPE (WmJourneyEditor, wm_journey_editor, WM_TYPE_EDITOR_FRAME)

static void
wm_journey_editor_class_init (WmJourneyEditorClass *klass)
{
}

static void
wm_journey_editor_init (WmJourneyEditor *self)
{
  GtkWidget *canvas = wm_journey_canvas_new ();
  GtkWidget *inspector = wm_journey_inspector_new (WM_JOURNEY_CANVAS (canvas));

  wm_editor_frame_set_content (WM_EDITOR_FRAME (self), WM_CANVAS (canvas), inspector,
                               _("Journey map"));
}

GtkWidget *
wm_journey_editor_new (void)
{
  return g_object_new (WM_TYPE_JOURNEY_EDITOR, NULL);
}

void
wm_journey_editor_set_map (WmJourneyEditor *self,
                           WmDocument      *document,
                           WmJourneyMap    *map)
{
  g_return_if_fail (WM_IS_JOURNEY_EDITOR (self));

  wm_journey_canvas_set_map (wm_journey_editor_get_canvas (self), document, map);
  wm_journey_inspector_set_map (wm_journey_editor_get_inspector (self), document, map);
}

/**
 * wm_journey_editor_get_canvas:
 *
 * Returns: (transfer none): the canvas
 */
WmJourneyCanvas *
wm_journey_editor_get_canvas (WmJourneyEditor *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_EDITOR (self), NULL);

  return WM_JOURNEY_CANVAS (wm_editor_frame_get_canvas (WM_EDITOR_FRAME (self)));
}

/**
 * wm_journey_editor_get_inspector:
 *
 * Returns: (transfer none): the inspector of the canvas's selection
 */
WmJourneyInspector *
wm_journey_editor_get_inspector (WmJourneyEditor *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_EDITOR (self), NULL);

  return WM_JOURNEY_INSPECTOR (wm_editor_frame_get_inspector (WM_EDITOR_FRAME (self)));
}
