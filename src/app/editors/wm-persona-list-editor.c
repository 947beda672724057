/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-persona-list-editor.h"

/* One of a persona's lists (goals, needs, …) as a card on the persona page: each entry shown
 * as wrapped text and edited in place (click it, or Enter on it, to get a field), removed with
 * its button, reordered by dragging its handle (or Alt+↑/↓ while editing), and a last field
 * that adds an entry on Enter. Tags show as chips instead, in the order given.
 *
 * An entry's text goes to the model when the user is done with it (Enter or leaving it); the
 * rest are single edits. Every edit is one undo step through wm-persona-edit. The rows follow
 * the model on refresh, which writes only what differs, with `updating` raised.
 */

#define INDEX_KEY "wm-entry-index"

struct _WmPersonaListEditor
{
  GtkWidget      parent_instance;

  WmPersonaList  list;
  WmDocument    *document;
  WmPersona     *persona;
  guint          updating;

  GtkWidget     *box;
  GtkWidget     *title;
  GtkWidget     *rows_box;       /* a GtkListBox, or a GtkFlowBox of chips for tags */
  GtkWidget     *add_entry;
  GPtrArray     *entries;        /* the GtkEntry (or chip label) of each row */
  GPtrArray     *handles;
  GPtrArray     *removes;
  GPtrArray     *views;          /* the button showing each entry's text, wrapped */
};

G_DEFINE_FINAL_TYPE (WmPersonaListEditor, wm_persona_list_editor, GTK_TYPE_WIDGET)

static WmHistory *
history (WmPersonaListEditor *self)
{
  return wm_document_get_history (self->document);
}

static guint
n_model_entries (WmPersonaListEditor *self)
{
  const char * const *entries = wm_persona_list_get_entries (self->persona, self->list);

  return entries != NULL ? g_strv_length ((char **) entries) : 0;
}

static guint
index_of (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), INDEX_KEY));
}

static void
show_editing (GtkWidget *entry,
              gboolean   editing)
{
  GtkWidget *stack = gtk_widget_get_ancestor (entry, GTK_TYPE_STACK);

  if (stack != NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (stack), editing ? "entry" : "view");
}

static void
commit_entry (WmPersonaListEditor *self,
              GtkEditable         *entry)
{
  guint index = index_of (entry);
  const char *text = gtk_editable_get_text (entry);

  if (self->updating > 0 || self->persona == NULL || index >= n_model_entries (self))
    return;

  wm_persona_edit_set_entry (history (self), self->persona, self->list, index, text);
}

static void
on_entry_activate (GtkEntry            *entry,
                   WmPersonaListEditor *self)
{
  guint index = index_of (entry);

  commit_entry (self, GTK_EDITABLE (entry));
  /* Back to the text, with the focus on it rather than lost. */
  show_editing (GTK_WIDGET (entry), FALSE);
  if (index < self->views->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->views, index));
}

static void
on_entry_leave (GtkEventControllerFocus *focus,
                WmPersonaListEditor     *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  commit_entry (self, GTK_EDITABLE (entry));
  if (self->updating == 0)
    show_editing (entry, FALSE);
}

static void
start_editing (WmPersonaListEditor *self,
               guint                index)
{
  GtkWidget *entry;

  if (index >= self->entries->len)
    return;

  entry = g_ptr_array_index (self->entries, index);
  show_editing (entry, TRUE);
  gtk_widget_grab_focus (entry);
}

static void
on_view_clicked (GtkButton           *view,
                 WmPersonaListEditor *self)
{
  start_editing (self, index_of (view));
}

static void
on_remove_clicked (GtkButton           *button,
                   WmPersonaListEditor *self)
{
  guint index = index_of (button);

  if (self->persona == NULL || index >= n_model_entries (self))
    return;

  wm_persona_edit_remove_entry (history (self), self->persona, self->list, index);
  wm_persona_list_editor_refresh (self);
}

static void
add_from_entry (WmPersonaListEditor *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->add_entry));
  g_autofree char *text = g_strstrip (g_strdup (typed));

  if (self->persona == NULL || text[0] == '\0')
    return;

  wm_persona_edit_insert_entry (history (self), self->persona, self->list, G_MAXUINT, text);
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  self->updating--;
  wm_persona_list_editor_refresh (self);
}

static void
on_add_activate (GtkEntry            *entry,
                 WmPersonaListEditor *self)
{
  add_from_entry (self);
}

static void
on_add_clicked (GtkButton           *button,
                WmPersonaListEditor *self)
{
  add_from_entry (self);
  gtk_widget_grab_focus (self->add_entry);
}

static void
move_entry (WmPersonaListEditor *self,
            guint                from,
            guint                to)
{
  guint n = n_model_entries (self);

  if (self->persona == NULL || from >= n || to >= n || from == to)
    return;

  wm_persona_edit_move_entry (history (self), self->persona, self->list, from, to);
  wm_persona_list_editor_refresh (self);
}

/* Alt+Up / Alt+Down in an entry: the keyboard way to reorder. */
static gboolean
on_move_shortcut (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  WmPersonaListEditor *self = user_data;
  int delta = g_variant_get_int32 (args);
  guint index = index_of (widget);
  guint to;

  if ((delta < 0 && index == 0) || index + delta >= n_model_entries (self))
    return TRUE;

  commit_entry (self, GTK_EDITABLE (widget));
  to = index + delta;
  self->updating++;
  show_editing (widget, FALSE);
  self->updating--;
  move_entry (self, index, to);
  start_editing (self, to);

  return TRUE;
}

/* Dragging by the handle. The payload names the list editor (without holding it: a drag may
 * outlive the page) and the entry, in a type of our own: no text field takes the drop, and a
 * drop on another list or in another application is refused. */

typedef struct
{
  gpointer editor;
  guint    index;
} EntryDrag;

static GType entry_drag_get_type (void);

static EntryDrag *
entry_drag_copy (const EntryDrag *drag)
{
  return g_memdup2 (drag, sizeof *drag);
}

G_DEFINE_BOXED_TYPE (EntryDrag, entry_drag, entry_drag_copy, g_free)
#define TYPE_ENTRY_DRAG (entry_drag_get_type ())

static GdkContentProvider *
on_drag_prepare (GtkDragSource       *source,
                 double               x,
                 double               y,
                 WmPersonaListEditor *self)
{
  GtkWidget *handle = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  EntryDrag drag = { self, index_of (handle) };

  return gdk_content_provider_new_typed (TYPE_ENTRY_DRAG, &drag);
}

static void
on_drag_begin (GtkDragSource       *source,
               GdkDrag             *drag,
               WmPersonaListEditor *self)
{
  GtkWidget *handle = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  GtkWidget *row = gtk_widget_get_ancestor (handle, GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         WmPersonaListEditor *self)
{
  const EntryDrag *drag = g_value_get_boxed (value);
  GtkListBoxRow *row;
  guint from, place;

  if (drag == NULL || drag->editor != (gpointer) self)
    return FALSE;

  from = drag->index;
  row = gtk_list_box_get_row_at_y (GTK_LIST_BOX (self->rows_box), (int) y);
  if (row == NULL)
    {
      place = y < 0 ? 0 : self->entries->len;
    }
  else
    {
      graphene_rect_t bounds;

      place = (guint) gtk_list_box_row_get_index (row);
      if (gtk_widget_compute_bounds (GTK_WIDGET (row), self->rows_box, &bounds)
          && y > bounds.origin.y + bounds.size.height / 2)
        place++;
    }

  /* @place is a gap between rows; removing the entry first shifts the gaps after it. */
  move_entry (self, from, place > from ? place - 1 : place);

  return TRUE;
}

static GtkWidget *
create_row (WmPersonaListEditor *self,
            guint                index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *view = gtk_button_new ();
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));
  gtk_widget_set_cursor_from_name (handle, "grab");
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_width_chars (GTK_LABEL (text), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 22);
  gtk_button_set_child (GTK_BUTTON (view), text);
  gtk_widget_add_css_class (view, "flat");
  gtk_widget_add_css_class (view, "persona-entry-view");
  gtk_widget_set_tooltip_text (view, _("Click to edit"));
  g_signal_connect_object (view, "clicked", G_CALLBACK (on_view_clicked), self, 0);

  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_interpolate_size (GTK_STACK (stack), FALSE);
  gtk_widget_set_hexpand (stack, TRUE);
  gtk_stack_add_named (GTK_STACK (stack), view, "view");
  gtk_stack_add_named (GTK_STACK (stack), entry, "entry");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "view");

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wm_persona_list_get_title (self->list), -1);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_entry_activate), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_entry_leave), self, 0);
  gtk_widget_add_controller (entry, focus);

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                               gtk_callback_action_new (on_move_shortcut, self, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (-1));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                               gtk_callback_action_new (on_move_shortcut, self, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (1));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
  gtk_widget_add_controller (entry, shortcuts);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked), self, 0);

  g_object_set_data (G_OBJECT (handle), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (entry), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (view), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (remove), INDEX_KEY, GUINT_TO_POINTER (index));

  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), handle);
  gtk_box_append (GTK_BOX (box), stack);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_ptr_array_add (self->entries, entry);
  g_ptr_array_add (self->handles, handle);
  g_ptr_array_add (self->removes, remove);
  g_ptr_array_add (self->views, view);

  return row;
}

/* Tags: a chip each, with a button to remove it. */
static GtkWidget *
create_chip (WmPersonaListEditor *self,
             guint                index)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_widget_add_css_class (chip, "persona-chip");
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, _("Remove Tag"));
  g_object_set_data (G_OBJECT (remove), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (label), INDEX_KEY, GUINT_TO_POINTER (index));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked), self, 0);

  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);

  g_ptr_array_add (self->entries, label);
  g_ptr_array_add (self->handles, label);
  g_ptr_array_add (self->removes, remove);
  g_ptr_array_add (self->views, label);

  return chip;
}

static gboolean
is_chips (WmPersonaListEditor *self)
{
  return self->list == WM_PERSONA_LIST_TAGS;
}

static void
clear_rows (WmPersonaListEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->rows_box)) != NULL)
    {
      if (is_chips (self))
        gtk_flow_box_remove (GTK_FLOW_BOX (self->rows_box), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (self->rows_box), child);
    }
  g_ptr_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->handles, 0);
  g_ptr_array_set_size (self->removes, 0);
  g_ptr_array_set_size (self->views, 0);
}

/**
 * wm_persona_list_editor_refresh:
 *
 * Shows the list as the model has it now. Rows are made again only when their number
 * changed; otherwise only texts that differ are written (the one being typed in is left
 * alone, unless the model changed it from elsewhere, e.g. by undo).
 */
void
wm_persona_list_editor_refresh (WmPersonaListEditor *self)
{
  const char * const *entries;
  guint n;

  g_return_if_fail (WM_IS_PERSONA_LIST_EDITOR (self));

  self->updating++;
  if (self->persona == NULL)
    {
      clear_rows (self);
      self->updating--;
      return;
    }

  entries = wm_persona_list_get_entries (self->persona, self->list);
  n = n_model_entries (self);

  if (n != self->entries->len)
    {
      clear_rows (self);
      for (guint i = 0; i < n; i++)
        {
          if (is_chips (self))
            gtk_flow_box_append (GTK_FLOW_BOX (self->rows_box), create_chip (self, i));
          else
            gtk_list_box_append (GTK_LIST_BOX (self->rows_box), create_row (self, i));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->entries, i);

      if (GTK_IS_LABEL (widget))
        {
          gtk_label_set_text (GTK_LABEL (widget), entries[i]);
          continue;
        }
      if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (widget)), entries[i]))
        gtk_editable_set_text (GTK_EDITABLE (widget), entries[i]);
      gtk_label_set_text (GTK_LABEL (gtk_button_get_child (g_ptr_array_index (self->views, i))),
                          entries[i]);
    }

  gtk_widget_set_visible (self->rows_box, n > 0);
  self->updating--;
}

static void
wm_persona_list_editor_dispose (GObject *object)
{
  WmPersonaListEditor *self = WM_PERSONA_LIST_EDITOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->persona);

  G_OBJECT_CLASS (wm_persona_list_editor_parent_class)->dispose (object);
}

static void
wm_persona_list_editor_finalize (GObject *object)
{
  WmPersonaListEditor *self = WM_PERSONA_LIST_EDITOR (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->handles, g_ptr_array_unref);
  g_clear_pointer (&self->removes, g_ptr_array_unref);
  g_clear_pointer (&self->views, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_persona_list_editor_parent_class)->finalize (object);
}

static void
wm_persona_list_editor_class_init (WmPersonaListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_persona_list_editor_dispose;
  object_class->finalize = wm_persona_list_editor_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "personalist");
}

static void
wm_persona_list_editor_init (WmPersonaListEditor *self)
{
  self->entries = g_ptr_array_new ();
  self->handles = g_ptr_array_new ();
  self->removes = g_ptr_array_new ();
  self->views = g_ptr_array_new ();
}

static void
build (WmPersonaListEditor *self)
{
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *placeholder = NULL;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = gtk_label_new (wm_persona_list_get_title (self->list));
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (self->box), self->title);

  if (is_chips (self))
    {
      self->rows_box = gtk_flow_box_new ();
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->rows_box), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->rows_box), 12);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->rows_box), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->rows_box), 6);
    }
  else
    {
      GtkDropTarget *target = gtk_drop_target_new (TYPE_ENTRY_DRAG, GDK_ACTION_MOVE);

      self->rows_box = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->rows_box), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (self->rows_box, "persona-list-rows");
      g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
      gtk_widget_add_controller (self->rows_box, GTK_EVENT_CONTROLLER (target));
    }
  gtk_box_append (GTK_BOX (self->box), self->rows_box);

  /* Translators: %s is the name of a list, as in "Add to Goals…" */
  placeholder = g_strdup_printf (_("Add to %s…"), wm_persona_list_get_title (self->list));
  self->add_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->add_entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_hexpand (self->add_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->add_entry), 8);
  g_signal_connect_object (self->add_entry, "activate", G_CALLBACK (on_add_activate), self, 0);
  gtk_widget_set_tooltip_text (add_button, _("Add"));
  gtk_widget_add_css_class (add_button, "flat");
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (on_add_clicked), self, 0);
  gtk_box_append (GTK_BOX (add_box), self->add_entry);
  gtk_box_append (GTK_BOX (add_box), add_button);
  gtk_box_append (GTK_BOX (self->box), add_box);
}

GtkWidget *
wm_persona_list_editor_new (WmPersonaList list)
{
  WmPersonaListEditor *self;

  g_return_val_if_fail (list < WM_PERSONA_N_LISTS, NULL);

  self = g_object_new (WM_TYPE_PERSONA_LIST_EDITOR, NULL);
  self->list = list;
  build (self);

  return GTK_WIDGET (self);
}

WmPersonaList
wm_persona_list_editor_get_list (WmPersonaListEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), 0);

  return self->list;
}

void
wm_persona_list_editor_set_persona (WmPersonaListEditor *self,
                                    WmDocument          *document,
                                    WmPersona           *persona)
{
  g_return_if_fail (WM_IS_PERSONA_LIST_EDITOR (self));
  g_return_if_fail (persona == NULL || WM_IS_DOCUMENT (document));

  if (persona != NULL)
    g_set_object (&self->document, document);
  else
    g_clear_object (&self->document);
  if (self->persona != persona)
    {
      g_set_object (&self->persona, persona);
      self->updating++;
      clear_rows (self);
      gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
      self->updating--;
    }
  wm_persona_list_editor_refresh (self);
}

static GtkWidget *
nth (GPtrArray *widgets,
     guint      index)
{
  return index < widgets->len ? g_ptr_array_index (widgets, index) : NULL;
}

GtkWidget *
wm_persona_list_editor_get_entry (WmPersonaListEditor *self,
                                  guint                index)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), NULL);

  return nth (self->entries, index);
}

/* The wrapped text of entry @index, which turns into its field when clicked. */
GtkWidget *
wm_persona_list_editor_get_view (WmPersonaListEditor *self,
                                 guint                index)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), NULL);

  return nth (self->views, index);
}

GtkWidget *
wm_persona_list_editor_get_handle (WmPersonaListEditor *self,
                                   guint                index)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), NULL);

  return nth (self->handles, index);
}

GtkWidget *
wm_persona_list_editor_get_remove_button (WmPersonaListEditor *self,
                                          guint                index)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), NULL);

  return nth (self->removes, index);
}

GtkWidget *
wm_persona_list_editor_get_add_entry (WmPersonaListEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_LIST_EDITOR (self), NULL);

  return self->add_entry;
}
