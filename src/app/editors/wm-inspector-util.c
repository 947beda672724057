/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include "wm-inspector-util.h"

/**
 * wm_inspector_get_text:
 * @widget: a #GtkEditable or a #GtkTextView
 *
 * Returns: (transfer full): the text in @widget
 */
char *
wm_inspector_get_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/* GTK 4.8 does not size a wrapping text view outside a scrolled window until something queues
 * a resize after its first layout: do that for a few frames, until its height fits. */
#define SETTLE_FRAMES_KEY "wm-settle-frames"

static gboolean
settle_text_height (GtkWidget     *view,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), SETTLE_FRAMES_KEY));
  int natural = 0;

  if (gtk_widget_get_width (view) > 0)
    gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (view),
                        NULL, &natural, NULL, NULL);

  if (frames == 0 || (gtk_widget_get_width (view) > 0 && natural == gtk_widget_get_height (view)))
    {
      g_object_set_data (G_OBJECT (view), SETTLE_FRAMES_KEY, NULL);
      return G_SOURCE_REMOVE;
    }

  g_object_set_data (G_OBJECT (view), SETTLE_FRAMES_KEY, GUINT_TO_POINTER (frames - 1));
  gtk_widget_queue_resize (view);

  return G_SOURCE_CONTINUE;
}

/**
 * wm_inspector_settle_text_view:
 * @view: a wrapping #GtkTextView
 *
 * Re-measures @view for the next few frames, until its height fits its text. Also usable as
 * a #GtkWidget::map handler.
 */
void
wm_inspector_settle_text_view (GtkWidget *view)
{
  gboolean ticking = g_object_get_data (G_OBJECT (view), SETTLE_FRAMES_KEY) != NULL;

  g_object_set_data (G_OBJECT (view), SETTLE_FRAMES_KEY, GUINT_TO_POINTER (10));
  if (!ticking)
    gtk_widget_add_tick_callback (view, settle_text_height, NULL, NULL);
}

/**
 * wm_inspector_set_text:
 * @widget: a #GtkEditable or a #GtkTextView
 * @text: the text to show
 *
 * Shows @text in @widget, leaving it alone (cursor and all) when it already shows @text; a
 * text view is then settled to its new height.
 */
void
wm_inspector_set_text (GtkWidget  *widget,
                       const char *text)
{
  g_autofree char *current = wm_inspector_get_text (widget);

  if (g_str_equal (current, text))
    return;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
      wm_inspector_settle_text_view (widget);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}
