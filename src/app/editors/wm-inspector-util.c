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
 * wm_inspector_set_text_margins:
 * @view: a #GtkTextView
 *
 * Gives @view the margins of an inspector's multi-line field.
 */
void
wm_inspector_set_text_margins (GtkWidget *view)
{
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
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

/**
 * wm_inspector_seal:
 * @document: (nullable): the workspace being edited
 *
 * Ends the undo step that typing merges into, so that the next edit is a step of its own.
 */
void
wm_inspector_seal (WmDocument *document)
{
  if (document != NULL)
    wm_history_seal (wm_document_get_history (document));
}

/**
 * wm_inspector_watch_document:
 * @slot: where the inspector keeps its document
 * @handler: where it keeps the id of its #WmDocument::changed handler
 * @document: (nullable): the workspace to show from now on
 * @changed: called, swapped, with @owner when @document changes
 * @owner: passed to @changed
 *
 * Seals the typing in the document shown so far and watches @document instead.
 */
void
wm_inspector_watch_document (WmDocument **slot,
                             gulong      *handler,
                             WmDocument  *document,
                             GCallback    changed,
                             gpointer     owner)
{
  wm_inspector_seal (*slot);
  if (*slot != NULL)
    g_clear_signal_handler (handler, *slot);

  g_set_object (slot, document);
  if (document != NULL)
    *handler = g_signal_connect_swapped (document, "changed", changed, owner);
}

/* What a watched field calls back, shared by the field's connections (its buffer's, for a
 * text view: the view owns it). */
typedef struct
{
  WmInspectorFieldFunc changed;
  WmInspectorFieldFunc left;
  gpointer             owner;
  GtkWidget           *field;
} FieldWatch;

static void
on_field_left (GtkEventControllerFocus *controller,
               FieldWatch              *watch)
{
  watch->left (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), watch->owner);
}

static void
on_field_changed (GObject    *editable_or_buffer,
                  FieldWatch *watch)
{
  watch->changed (watch->field, watch->owner);
}

static void
on_entry_activated (GtkWidget  *row,
                    FieldWatch *watch)
{
  watch->left (watch->field, watch->owner);
}

static FieldWatch *
field_watch_new (GtkWidget            *widget,
                 WmInspectorFieldFunc  changed,
                 WmInspectorFieldFunc  left,
                 gpointer              owner)
{
  FieldWatch *watch = g_rc_box_new0 (FieldWatch);

  watch->changed = changed;
  watch->left = left;
  watch->owner = owner;
  watch->field = widget;

  return watch;
}

static void
release_watch (gpointer  data,
               GClosure *closure)
{
  g_rc_box_release (data);
}

/* Like g_signal_connect_object(): nothing is called once the owner is gone. Each connection
 * holds a reference on @watch. */
static void
connect_watch (gpointer    instance,
               const char *signal,
               GCallback   callback,
               FieldWatch *watch)
{
  GClosure *closure = g_cclosure_new (callback, g_rc_box_acquire (watch), release_watch);

  g_object_watch_closure (G_OBJECT (watch->owner), closure);
  g_signal_connect_closure (instance, signal, closure, FALSE);
}

static void
add_leave_controller (GtkWidget  *widget,
                      FieldWatch *watch)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  connect_watch (focus, "leave", G_CALLBACK (on_field_left), watch);
  gtk_widget_add_controller (widget, focus);
}

/**
 * wm_inspector_watch_leaving:
 * @widget: a widget that takes the keyboard focus
 * @left: called when the focus leaves @widget (and whatever is inside it)
 * @owner: (type GObject): passed to @left; it must outlive @widget
 */
void
wm_inspector_watch_leaving (GtkWidget            *widget,
                            WmInspectorFieldFunc  left,
                            gpointer              owner)
{
  FieldWatch *watch = field_watch_new (widget, NULL, left, owner);

  add_leave_controller (widget, watch);
  g_rc_box_release (watch);
}

/**
 * wm_inspector_watch_field:
 * @field: a #GtkEditable (entry row) or a #GtkTextView
 * @changed: called when the text in @field changes, whether typed or set
 * @left: called when the focus leaves @field or, in an entry row, Enter is pressed
 * @owner: (type GObject): passed to the callbacks; it must outlive @field
 *
 * Makes @field one of an inspector's text fields. Undo is the document's, so the field keeps
 * no history of its own.
 */
void
wm_inspector_watch_field (GtkWidget            *field,
                          WmInspectorFieldFunc  changed,
                          WmInspectorFieldFunc  left,
                          gpointer              owner)
{
  FieldWatch *watch = field_watch_new (field, changed, left, owner);

  add_leave_controller (field, watch);

  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      connect_watch (buffer, "changed", G_CALLBACK (on_field_changed), watch);
    }
  else
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (field), FALSE);
      connect_watch (field, "changed", G_CALLBACK (on_field_changed), watch);
      if (g_signal_lookup ("entry-activated", G_OBJECT_TYPE (field)) != 0)
        connect_watch (field, "entry-activated", G_CALLBACK (on_entry_activated), watch);
    }

  g_rc_box_release (watch);
}

/**
 * wm_inspector_measure_narrow:
 * @widget: an inspector
 * @child: its only child
 *
 * Measures @widget as no wider than its minimum (its width-request, or what @child cannot do
 * without): long names wrap rather than widen the panel, which keeps its width as the
 * selection changes.
 */
void
wm_inspector_measure_narrow (GtkWidget      *widget,
                             GtkWidget      *child,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural)
{
  int width_request;

  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_get_size_request (widget, &width_request, NULL);
      *natural = MAX (*minimum, width_request);
    }
}

/**
 * wm_inspector_refresh_init:
 * @refresh: the scheduler, inside @owner
 * @func: what refreshes @owner's fields
 * @owner: passed to @func
 */
void
wm_inspector_refresh_init (WmInspectorRefresh     *refresh,
                           WmInspectorRefreshFunc  func,
                           gpointer                owner)
{
  refresh->source = 0;
  refresh->refresh = func;
  refresh->owner = owner;
}

static gboolean
refresh_idle (gpointer data)
{
  WmInspectorRefresh *refresh = data;

  refresh->source = 0;
  refresh->refresh (refresh->owner);

  return G_SOURCE_REMOVE;
}

/**
 * wm_inspector_refresh_queue:
 *
 * Schedules a refresh, unless one is pending: before the frame is drawn, after a canvas has
 * settled its selection.
 */
void
wm_inspector_refresh_queue (WmInspectorRefresh *refresh)
{
  if (refresh->source == 0)
    refresh->source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, refresh_idle, refresh, NULL);
}

/**
 * wm_inspector_refresh_cancel:
 *
 * Drops a pending refresh: when refreshing now, or when the owner goes away.
 */
void
wm_inspector_refresh_cancel (WmInspectorRefresh *refresh)
{
  g_clear_handle_id (&refresh->source, g_source_remove);
}
