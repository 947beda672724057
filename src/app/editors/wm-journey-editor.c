/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wm-journey-editor.h"

/* The journey map editor: the canvas, with zoom controls floating bottom-right. */
struct _WmJourneyEditor
{
  GtkWidget        parent_instance;

  GtkWidget       *overlay;
  WmJourneyCanvas *canvas;
  GtkWidget       *zoom_label;
};

G_DEFINE_FINAL_TYPE (WmJourneyEditor, wm_journey_editor, GTK_TYPE_WIDGET)

static void
on_zoom_changed (WmJourneyEditor *self)
{
  WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self->canvas));
  g_autofree char *text = g_strdup_printf ("%.0f %%", wm_viewport_get_zoom (viewport) * 100);

  gtk_button_set_label (GTK_BUTTON (self->zoom_label), text);
}

static GtkWidget *
zoom_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* The zoom buttons sit beside the canvas, not inside it: forward their actions. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WmJourneyEditor *self = WM_JOURNEY_EDITOR (widget);
  g_autofree char *name = g_strconcat ("canvas.", action_name + strlen ("editor."), NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->canvas), name, NULL);
}

static void
wm_journey_editor_dispose (GObject *object)
{
  WmJourneyEditor *self = WM_JOURNEY_EDITOR (object);

  g_clear_pointer (&self->overlay, gtk_widget_unparent);

  G_OBJECT_CLASS (wm_journey_editor_parent_class)->dispose (object);
}

static void
wm_journey_editor_class_init (WmJourneyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_journey_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "editor.zoom-in", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-out", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-reset", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "editor.zoom-fit", NULL, forward_action);
}

static void
wm_journey_editor_init (WmJourneyEditor *self)
{
  GtkWidget *box;

  self->overlay = gtk_overlay_new ();
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->canvas = WM_JOURNEY_CANVAS (wm_journey_canvas_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Journey map"), -1);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->canvas));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "zoom-controls");
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-out-symbolic", "editor.zoom-out", _("Zoom Out")));
  self->zoom_label = gtk_button_new_with_label ("100 %");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->zoom_label), "editor.zoom-reset");
  gtk_widget_set_tooltip_text (self->zoom_label, _("Reset Zoom"));
  gtk_widget_set_focus_on_click (self->zoom_label, FALSE);
  gtk_widget_add_css_class (self->zoom_label, "flat");
  gtk_widget_add_css_class (self->zoom_label, "numeric");
  gtk_box_append (GTK_BOX (box), self->zoom_label);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-in-symbolic", "editor.zoom-in", _("Zoom In")));
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-fit-best-symbolic", "editor.zoom-fit", _("Fit to Window")));
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), box);

  g_signal_connect_object (wm_canvas_get_viewport (WM_CANVAS (self->canvas)), "notify::zoom",
                           G_CALLBACK (on_zoom_changed), self, G_CONNECT_SWAPPED);
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

  wm_journey_canvas_set_map (self->canvas, document, map);
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

  return self->canvas;
}
