/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "wm-editor-frame.h"

/* What the journey map, service blueprint and empathy map editors share: the canvas, with the
 * zoom controls floating bottom-right, and the inspector of the selection on the right (F4).
 * On a narrow window the inspector folds away and, when shown, slides over the canvas. A
 * subclass makes its canvas and inspector in its init and hands them to
 * wm_editor_frame_set_content(). */
typedef struct
{
  AdwFlap   *flap;
  GtkWidget *overlay;
  WmCanvas  *canvas;
  GtkWidget *inspector;
  GtkWidget *zoom_label;

  /* Whether the user wants the inspector, for when the window is wide again (in memory only,
   * like the zoom). */
  gboolean   inspector_wanted;
} WmEditorFramePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WmEditorFrame, wm_editor_frame, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_INSPECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_zoom_changed (WmEditorFrame *self)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);
  WmViewport *viewport = wm_canvas_get_viewport (priv->canvas);
  g_autofree char *text = g_strdup_printf ("%.0f %%", wm_viewport_get_zoom (viewport) * 100);

  gtk_button_set_label (GTK_BUTTON (priv->zoom_label), text);
}

/* The zoom buttons sit beside the canvas, not inside it: forward their actions. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (WM_EDITOR_FRAME (widget));
  g_autofree char *name = g_strconcat ("canvas.", action_name + strlen ("editor."), NULL);

  if (priv->canvas != NULL)
    gtk_widget_activate_action (GTK_WIDGET (priv->canvas), name, NULL);
}

static void
set_show_inspector (WmEditorFrame *self,
                    gboolean       show)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  if (!adw_flap_get_folded (priv->flap))
    priv->inspector_wanted = show;

  /* Hiding the field being typed in would leave the keyboard nowhere. */
  if (!show && priv->inspector != NULL && gtk_widget_get_focus_child (priv->inspector) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (priv->canvas));

  adw_flap_set_reveal_flap (priv->flap, show);
}

static void
on_reveal_changed (WmEditorFrame *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_INSPECTOR]);
}

/* The flap is locked, so folding does not decide for the user: a narrow window closes the
 * inspector, and a wide one brings back what the user last chose. */
static void
on_folded_changed (WmEditorFrame *self)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  if (adw_flap_get_folded (priv->flap))
    adw_flap_set_reveal_flap (priv->flap, FALSE);
  else
    adw_flap_set_reveal_flap (priv->flap, priv->inspector_wanted);
}

static void
wm_editor_frame_dispose (GObject *object)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (WM_EDITOR_FRAME (object));

  /* The flap holds every other widget. */
  if (priv->flap != NULL)
    gtk_widget_unparent (GTK_WIDGET (priv->flap));
  priv->flap = NULL;
  priv->overlay = NULL;
  priv->canvas = NULL;
  priv->inspector = NULL;
  priv->zoom_label = NULL;

  G_OBJECT_CLASS (wm_editor_frame_parent_class)->dispose (object);
}

static void
wm_editor_frame_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (WM_EDITOR_FRAME (object));

  switch (prop_id)
    {
    case PROP_SHOW_INSPECTOR:
      g_value_set_boolean (value, adw_flap_get_reveal_flap (priv->flap));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_editor_frame_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WmEditorFrame *self = WM_EDITOR_FRAME (object);

  switch (prop_id)
    {
    case PROP_SHOW_INSPECTOR:
      set_show_inspector (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_editor_frame_class_init (WmEditorFrameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_editor_frame_dispose;
  object_class->get_property = wm_editor_frame_get_property;
  object_class->set_property = wm_editor_frame_set_property;

  /**
   * WmEditorFrame:show-inspector:
   *
   * Whether the inspector of the selection is shown.
   */
  properties[PROP_SHOW_INSPECTOR] =
    g_param_spec_boolean ("show-inspector", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_property_action (widget_class, "editor.toggle-inspector",
                                            "show-inspector");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F4, 0, "editor.toggle-inspector",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "editor.zoom-in", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-out", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-reset", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-fit", NULL, forward_action);
}

static void
wm_editor_frame_init (WmEditorFrame *self)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  priv->inspector_wanted = TRUE;
  priv->flap = ADW_FLAP (adw_flap_new ());
  adw_flap_set_flap_position (priv->flap, GTK_PACK_END);
  adw_flap_set_fold_threshold_policy (priv->flap, ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_flap_set_locked (priv->flap, TRUE);
  adw_flap_set_swipe_to_open (priv->flap, TRUE);
  adw_flap_set_swipe_to_close (priv->flap, TRUE);
  adw_flap_set_separator (priv->flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_widget_set_parent (GTK_WIDGET (priv->flap), GTK_WIDGET (self));

  priv->overlay = gtk_overlay_new ();
  /* Below this the inspector folds over the canvas rather than squeezing it. */
  gtk_widget_set_size_request (priv->overlay, 340, -1);
  adw_flap_set_content (priv->flap, priv->overlay);
  gtk_overlay_add_overlay (GTK_OVERLAY (priv->overlay),
                           wm_canvas_new_zoom_controls (&priv->zoom_label));
}

/**
 * wm_editor_frame_set_content:
 * @canvas: the canvas, shown under the zoom controls
 * @inspector: the inspector of @canvas's selection, shown on the right
 * @canvas_label: the accessible label of @canvas ("Journey map")
 *
 * Puts a subclass's canvas and inspector in place; called once, from the subclass's init.
 */
void
wm_editor_frame_set_content (WmEditorFrame *self,
                             WmCanvas      *canvas,
                             GtkWidget     *inspector,
                             const char    *canvas_label)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  g_return_if_fail (WM_IS_EDITOR_FRAME (self));
  g_return_if_fail (WM_IS_CANVAS (canvas));
  g_return_if_fail (GTK_IS_WIDGET (inspector));
  g_return_if_fail (priv->canvas == NULL);

  priv->canvas = canvas;
  gtk_accessible_update_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  canvas_label, -1);
  gtk_overlay_set_child (GTK_OVERLAY (priv->overlay), GTK_WIDGET (canvas));

  priv->inspector = inspector;
  gtk_widget_add_css_class (inspector, "background");
  adw_flap_set_flap (priv->flap, inspector);
  g_signal_connect_object (priv->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->flap, "notify::folded", G_CALLBACK (on_folded_changed),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (wm_canvas_get_viewport (canvas), "notify::zoom",
                           G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
}

/**
 * wm_editor_frame_get_canvas:
 *
 * Returns: (transfer none) (nullable): the canvas, %NULL before wm_editor_frame_set_content()
 */
WmCanvas *
wm_editor_frame_get_canvas (WmEditorFrame *self)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  g_return_val_if_fail (WM_IS_EDITOR_FRAME (self), NULL);

  return priv->canvas;
}

/**
 * wm_editor_frame_get_inspector:
 *
 * Returns: (transfer none) (nullable): the inspector, %NULL before
 *   wm_editor_frame_set_content()
 */
GtkWidget *
wm_editor_frame_get_inspector (WmEditorFrame *self)
{
  WmEditorFramePrivate *priv = wm_editor_frame_get_instance_private (self);

  g_return_val_if_fail (WM_IS_EDITOR_FRAME (self), NULL);

  return priv->inspector;
}
