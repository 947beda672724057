/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <adwaita.h>

#include "wm-avatar.h"
#include "wm-avatar-widget.h"
#include "wm-render-cairo.h"

/* A persona's picture on screen, drawn by the same code as in exports (wm_avatar_add): the
 * photo clipped round, or the initials on the persona's colour. */

struct _WmAvatarWidget
{
  GtkWidget      parent_instance;

  WmPersona     *persona;
  int            size;
  WmDisplayList *list;
};

G_DEFINE_FINAL_TYPE (WmAvatarWidget, wm_avatar_widget, GTK_TYPE_WIDGET)

static void
rebuild (WmAvatarWidget *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  g_clear_object (&self->list);
  if (self->persona == NULL)
    return;

  self->list = wm_display_list_new (self->size, self->size);
  wm_avatar_add (self->list, WM_DISPLAY_ROLE_PERSONA, NULL, self->persona, 0, 0, self->size,
                 wm_style_get (dark));
}

static void
wm_avatar_widget_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  WmAvatarWidget *self = WM_AVATAR_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  WmRect area = { 0, 0, self->size, self->size };
  cairo_t *cr;

  if (self->list == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, (width - self->size) / 2.0, (height - self->size) / 2.0);
  wm_render_cairo (self->list, cr, &area, FALSE);
  cairo_destroy (cr);
}

static void
wm_avatar_widget_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  WmAvatarWidget *self = WM_AVATAR_WIDGET (widget);

  *minimum = *natural = self->size;
}

static void
on_dark_changed (WmAvatarWidget *self)
{
  rebuild (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wm_avatar_widget_dispose (GObject *object)
{
  WmAvatarWidget *self = WM_AVATAR_WIDGET (object);

  g_clear_object (&self->persona);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (wm_avatar_widget_parent_class)->dispose (object);
}

static void
wm_avatar_widget_class_init (WmAvatarWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_avatar_widget_dispose;
  widget_class->snapshot = wm_avatar_widget_snapshot;
  widget_class->measure = wm_avatar_widget_measure;
  gtk_widget_class_set_css_name (widget_class, "avatar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wm_avatar_widget_init (WmAvatarWidget *self)
{
  self->size = 64;
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wm_avatar_widget_new (int size)
{
  WmAvatarWidget *self = g_object_new (WM_TYPE_AVATAR_WIDGET, NULL);

  self->size = MAX (size, 8);

  return GTK_WIDGET (self);
}

void
wm_avatar_widget_set_persona (WmAvatarWidget *self,
                              WmPersona      *persona)
{
  g_return_if_fail (WM_IS_AVATAR_WIDGET (self));
  g_return_if_fail (persona == NULL || WM_IS_PERSONA (persona));

  g_set_object (&self->persona, persona);
  wm_avatar_widget_update (self);
}

/* Draws the persona again, after its name, colour or photo changed. */
void
wm_avatar_widget_update (WmAvatarWidget *self)
{
  g_return_if_fail (WM_IS_AVATAR_WIDGET (self));

  rebuild (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
