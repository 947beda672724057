/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-colour-palette.h"
#include "wm-empathy-edit.h"
#include "wm-empathy-inspector.h"
#include "wm-inspector-util.h"

/* The inspector beside the empathy map canvas: the map's name, its persona and goal, and the
 * text and colour of the selected notes. Every change goes through the document's history;
 * when the model changes (an undo, an edit on the canvas) the fields are set again without
 * recording anything.
 */
struct _WmEmpathyInspector
{
  GtkWidget           parent_instance;

  WmEmpathyCanvas    *canvas;
  WmDocument         *document;
  WmEmpathyMap       *map;
  gulong              map_changed_handler;
  gulong              document_changed_handler;
  WmInspectorRefresh  refresh;
  guint               updating;

  GtkWidget          *page;
  AdwEntryRow        *name_row;
  AdwEntryRow        *goal_row;
  AdwComboRow        *persona_row;
  GtkStringList      *persona_names;
  GPtrArray          *persona_ids;   /* index in the combo → persona id; "" for none */
  char               *persona_key;   /* the ids and names shown, to rebuild the list only on a change */
  GtkWidget          *note_group;
  GtkWidget          *note_text_frame;
  GtkTextView        *note_text;
  WmColourPalette    *palette;
  GPtrArray          *notes;         /* the selected notes, as last shown */
};

G_DEFINE_FINAL_TYPE (WmEmpathyInspector, wm_empathy_inspector, GTK_TYPE_WIDGET)

static WmHistory *
history (WmEmpathyInspector *self)
{
  return wm_document_get_history (self->document);
}

static void
refresh_personas (WmEmpathyInspector *self)
{
  WmObjectList *personas = wm_document_get_personas (self->document);
  const char *current = wm_empathy_map_get_persona_id (self->map);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->persona_ids, 0);
  g_ptr_array_add (self->persona_ids, g_strdup (""));
  g_ptr_array_add (names, g_strdup (_("None")));
  for (guint i = 0; i < wm_object_list_get_length (personas); i++)
    {
      WmPersona *persona = wm_object_list_get (personas, i);
      const char *id = wm_object_get_id (WM_OBJECT (persona));

      if (g_str_equal (id, current))
        selected = self->persona_ids->len;
      g_ptr_array_add (self->persona_ids, g_strdup (id));
      g_ptr_array_add (names, g_strdup (wm_persona_get_name (persona)[0] ? wm_persona_get_name (persona)
                                                                          : _("Unnamed persona")));
    }
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (key, "%s\x1f%s\x1e", (char *) g_ptr_array_index (self->persona_ids, i),
                            (char *) g_ptr_array_index (names, i));
  g_ptr_array_add (names, NULL);

  /* Rebuilding the list on every refresh would close its popover under the user. */
  if (g_strcmp0 (key->str, self->persona_key) != 0)
    {
      g_free (self->persona_key);
      self->persona_key = g_strdup (key->str);
      gtk_string_list_splice (self->persona_names, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->persona_names)),
                              (const char * const *) names->pdata);
    }
  if (adw_combo_row_get_selected (self->persona_row) != selected)
    adw_combo_row_set_selected (self->persona_row, selected);
}

/* The colour every selected note has, "" for the area's, or NULL when they differ. */
static const char *
common_colour (GPtrArray *notes)
{
  const char *colour = NULL;

  for (guint i = 0; i < notes->len; i++)
    {
      const char *own = wm_note_get_colour (g_ptr_array_index (notes, i));

      if (colour != NULL && g_ascii_strcasecmp (colour, own) != 0)
        return NULL;
      colour = own;
    }

  return colour;
}

void
wm_empathy_inspector_refresh_now (WmEmpathyInspector *self)
{
  g_return_if_fail (WM_IS_EMPATHY_INSPECTOR (self));

  wm_inspector_refresh_cancel (&self->refresh);
  gtk_widget_set_sensitive (self->page, self->map != NULL);
  if (self->map == NULL)
    return;

  self->updating++;
  /* Setting the same text again would move the cursor of someone typing. */
  wm_inspector_set_text (GTK_WIDGET (self->name_row), wm_empathy_map_get_name (self->map));
  wm_inspector_set_text (GTK_WIDGET (self->goal_row), wm_empathy_map_get_goal (self->map));
  refresh_personas (self);

  g_clear_pointer (&self->notes, g_ptr_array_unref);
  self->notes = self->canvas != NULL ? wm_empathy_canvas_dup_selected_notes (self->canvas)
                                     : g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_set_visible (self->note_group, self->notes->len > 0);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->note_group),
                                   self->notes->len > 1 ? _("Selected Notes") : _("Note"));
  gtk_widget_set_visible (self->note_text_frame, self->notes->len == 1);
  if (self->notes->len == 1)
    {
      const char *text = wm_note_get_text (g_ptr_array_index (self->notes, 0));
      g_autofree char *shown = wm_inspector_get_text (GTK_WIDGET (self->note_text));

      if (g_strcmp0 (shown, text) != 0)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_text), text, -1);
    }
  if (self->notes->len > 0)
    wm_colour_palette_set_colour (self->palette, common_colour (self->notes));
  self->updating--;
}

static void
queue_refresh (WmEmpathyInspector *self)
{
  wm_inspector_refresh_queue (&self->refresh);
}

static gboolean
same_notes (GPtrArray *a,
            GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;

  return TRUE;
}

static void
on_selection_changed (WmEmpathyInspector *self)
{
  g_autoptr(GPtrArray) notes = NULL;

  /* Typing into another note is a new undo step. The canvas also says so after each new
   * layout, which each keystroke here causes: those must not split the typing. */
  if (self->document != NULL && self->canvas != NULL)
    {
      notes = wm_empathy_canvas_dup_selected_notes (self->canvas);
      if (!same_notes (notes, self->notes))
        wm_history_seal (history (self));
    }
  queue_refresh (self);
}

/* Edits */

static void
on_name_changed (WmEmpathyInspector *self)
{
  if (self->updating > 0 || self->map == NULL)
    return;
  wm_history_set (history (self), WM_OBJECT (self->map), "name",
                  gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static void
on_goal_changed (WmEmpathyInspector *self)
{
  if (self->updating > 0 || self->map == NULL)
    return;
  wm_history_set (history (self), WM_OBJECT (self->map), "goal",
                  gtk_editable_get_text (GTK_EDITABLE (self->goal_row)));
}

static void
on_persona_selected (WmEmpathyInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->persona_row);
  const char *id;

  if (self->updating > 0 || self->map == NULL || selected >= self->persona_ids->len)
    return;

  id = g_ptr_array_index (self->persona_ids, selected);
  if (g_str_equal (id, wm_empathy_map_get_persona_id (self->map)))
    return;
  wm_history_seal (history (self));
  wm_history_set (history (self), WM_OBJECT (self->map), "persona-id", id);
  wm_history_seal (history (self));
}

static void
on_note_text_changed (WmEmpathyInspector *self)
{
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->notes == NULL || self->notes->len != 1)
    return;

  text = wm_inspector_get_text (GTK_WIDGET (self->note_text));
  /* Consecutive keystrokes merge into one undo step. */
  wm_history_set (history (self), g_ptr_array_index (self->notes, 0), "text", text);
}

static void
on_colour_chosen (WmColourPalette    *palette,
                  const char         *colour,
                  WmEmpathyInspector *self)
{
  if (self->updating > 0 || self->notes == NULL || self->notes->len == 0)
    return;

  wm_empathy_edit_set_colour (history (self), self->notes, colour);
  queue_refresh (self);
}

static void
wm_empathy_inspector_dispose (GObject *object)
{
  WmEmpathyInspector *self = WM_EMPATHY_INSPECTOR (object);

  wm_empathy_inspector_set_map (self, NULL, NULL);
  wm_inspector_refresh_cancel (&self->refresh);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  self->canvas = NULL;

  G_OBJECT_CLASS (wm_empathy_inspector_parent_class)->dispose (object);
}

static void
wm_empathy_inspector_finalize (GObject *object)
{
  WmEmpathyInspector *self = WM_EMPATHY_INSPECTOR (object);

  g_clear_pointer (&self->persona_ids, g_ptr_array_unref);
  g_clear_pointer (&self->persona_key, g_free);

  G_OBJECT_CLASS (wm_empathy_inspector_parent_class)->finalize (object);
}

static void
wm_empathy_inspector_class_init (WmEmpathyInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_empathy_inspector_dispose;
  object_class->finalize = wm_empathy_inspector_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wminspector");
}

static void
wm_empathy_inspector_init (WmEmpathyInspector *self)
{
  AdwPreferencesGroup *map_group;
  GtkWidget *scrolled;

  wm_inspector_refresh_init (&self->refresh, (WmInspectorRefreshFunc) wm_empathy_inspector_refresh_now,
                             self);
  self->persona_ids = g_ptr_array_new_with_free_func (g_free);

  self->page = adw_preferences_page_new ();
  gtk_widget_set_size_request (self->page, 300, -1);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));

  map_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (map_group, _("Empathy Map"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), map_group);

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  adw_preferences_group_add (map_group, GTK_WIDGET (self->name_row));

  self->persona_names = gtk_string_list_new (NULL);
  self->persona_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->persona_row), _("Persona"));
  adw_combo_row_set_model (self->persona_row, G_LIST_MODEL (self->persona_names));
  g_object_unref (self->persona_names);
  g_signal_connect_swapped (self->persona_row, "notify::selected", G_CALLBACK (on_persona_selected), self);
  adw_preferences_group_add (map_group, GTK_WIDGET (self->persona_row));

  self->goal_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), _("Goal"));
  g_signal_connect_swapped (self->goal_row, "changed", G_CALLBACK (on_goal_changed), self);
  adw_preferences_group_add (map_group, GTK_WIDGET (self->goal_row));

  self->note_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->note_group), _("Note"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->note_group));
  gtk_widget_set_visible (self->note_group, FALSE);

  self->note_text = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->note_text, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->note_text, 8);
  gtk_text_view_set_right_margin (self->note_text, 8);
  gtk_text_view_set_top_margin (self->note_text, 8);
  gtk_text_view_set_bottom_margin (self->note_text, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note text"), -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_text), "changed",
                            G_CALLBACK (on_note_text_changed), self);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->note_text));
  self->note_text_frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (self->note_text_frame), scrolled);
  gtk_widget_set_margin_bottom (self->note_text_frame, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->note_group), self->note_text_frame);

  self->palette = WM_COLOUR_PALETTE (wm_colour_palette_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->palette), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note colour"), -1);
  g_signal_connect (self->palette, "colour-chosen", G_CALLBACK (on_colour_chosen), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->note_group), GTK_WIDGET (self->palette));

  gtk_widget_set_sensitive (self->page, FALSE);
}

/**
 * wm_empathy_inspector_new:
 * @canvas: the canvas whose selection the inspector shows
 */
GtkWidget *
wm_empathy_inspector_new (WmEmpathyCanvas *canvas)
{
  WmEmpathyInspector *self = g_object_new (WM_TYPE_EMPATHY_INSPECTOR, NULL);

  self->canvas = canvas;
  g_signal_connect_object (canvas, "selection-changed", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * wm_empathy_inspector_set_map:
 * @document: (nullable): the workspace
 * @map: (nullable): the map to show
 */
void
wm_empathy_inspector_set_map (WmEmpathyInspector *self,
                              WmDocument         *document,
                              WmEmpathyMap       *map)
{
  g_return_if_fail (WM_IS_EMPATHY_INSPECTOR (self));

  if (self->map != NULL)
    g_clear_signal_handler (&self->map_changed_handler, self->map);
  if (self->document != NULL)
    g_clear_signal_handler (&self->document_changed_handler, self->document);
  g_set_object (&self->document, (map != NULL ? document : NULL));
  g_set_object (&self->map, map);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  if (map != NULL)
    {
      self->map_changed_handler = g_signal_connect_swapped (map, "changed", G_CALLBACK (queue_refresh), self);
      self->document_changed_handler = g_signal_connect_swapped (document, "changed",
                                                                 G_CALLBACK (queue_refresh), self);
    }
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL || map != NULL)
    wm_empathy_inspector_refresh_now (self);
}
