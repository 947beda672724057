/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-journey-editor.h"
#include "wm-journey-inspector.h"

/* The journey map editor: the canvas, with zoom controls floating bottom-right, and the
 * inspector of the selection on the right. On a narrow window the inspector folds away and,
 * when shown, slides over the canvas. */
struct _WmJourneyEditor
{
  GtkWidget           parent_instance;

  AdwFlap            *flap;
  GtkWidget          *overlay;
  WmJourneyCanvas    *canvas;
  WmJourneyInspector *inspector;
  GtkWidget          *zoom_label;

  /* Whether the user wants the inspector, for when the window is wide again (in memory only,
   * like the zoom). */
  gboolean            inspector_wanted;
};

G_DEFINE_FINAL_TYPE (WmJourneyEditor, wm_journey_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_INSPECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
set_show_inspector (WmJourneyEditor *self,
                    gboolean         show)
{
  if (!adw_flap_get_folded (self->flap))
    self->inspector_wanted = show;

  /* Hiding the field being typed in would leave the keyboard nowhere. */
  if (!show && gtk_widget_get_focus_child (GTK_WIDGET (self->inspector)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));

  adw_flap_set_reveal_flap (self->flap, show);
}

static void
on_reveal_changed (WmJourneyEditor *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_INSPECTOR]);
}

/* The flap is locked, so folding does not decide for the user: a narrow window closes the
 * inspector, and a wide one brings back what the user last chose. */
static void
on_folded_changed (WmJourneyEditor *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else
    adw_flap_set_reveal_flap (self->flap, self->inspector_wanted);
}

static void
wm_journey_editor_dispose (GObject *object)
{
  WmJourneyEditor *self = WM_JOURNEY_EDITOR (object);

  /* The flap holds every other widget. */
  if (self->flap != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->flap));
  self->flap = NULL;
  self->overlay = NULL;
  self->canvas = NULL;
  self->inspector = NULL;
  self->zoom_label = NULL;

  G_OBJECT_CLASS (wm_journey_editor_parent_class)->dispose (object);
}

static void
wm_journey_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WmJourneyEditor *self = WM_JOURNEY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHOW_INSPECTOR:
      g_value_set_boolean (value, adw_flap_get_reveal_flap (self->flap));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_journey_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WmJourneyEditor *self = WM_JOURNEY_EDITOR (object);

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
wm_journey_editor_class_init (WmJourneyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_journey_editor_dispose;
  object_class->get_property = wm_journey_editor_get_property;
  object_class->set_property = wm_journey_editor_set_property;

  /**
   * WmJourneyEditor:show-inspector:
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
wm_journey_editor_init (WmJourneyEditor *self)
{
  GtkWidget *box, *toggle;

  self->inspector_wanted = TRUE;
  self->flap = ADW_FLAP (adw_flap_new ());
  adw_flap_set_flap_position (self->flap, GTK_PACK_END);
  adw_flap_set_fold_threshold_policy (self->flap, ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_flap_set_locked (self->flap, TRUE);
  adw_flap_set_swipe_to_open (self->flap, TRUE);
  adw_flap_set_swipe_to_close (self->flap, TRUE);
  adw_flap_set_separator (self->flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_widget_set_parent (GTK_WIDGET (self->flap), GTK_WIDGET (self));

  self->overlay = gtk_overlay_new ();
  /* Below this the inspector folds over the canvas rather than squeezing it. */
  gtk_widget_set_size_request (self->overlay, 340, -1);
  adw_flap_set_content (self->flap, self->overlay);

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
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  toggle = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (toggle), "sidebar-show-right-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "editor.toggle-inspector");
  gtk_widget_set_tooltip_text (toggle, _("Show Inspector"));
  gtk_widget_set_focus_on_click (toggle, FALSE);
  gtk_widget_add_css_class (toggle, "flat");
  gtk_box_append (GTK_BOX (box), toggle);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), box);

  self->inspector = WM_JOURNEY_INSPECTOR (wm_journey_inspector_new (self->canvas));
  gtk_widget_add_css_class (GTK_WIDGET (self->inspector), "background");
  adw_flap_set_flap (self->flap, GTK_WIDGET (self->inspector));
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (on_folded_changed),
                           self, G_CONNECT_SWAPPED);

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
  wm_journey_inspector_set_map (self->inspector, document, map);
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

/**
 * wm_journey_editor_get_inspector:
 *
 * Returns: (transfer none): the inspector of the canvas's selection
 */
WmJourneyInspector *
wm_journey_editor_get_inspector (WmJourneyEditor *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_EDITOR (self), NULL);

  return self->inspector;
}
