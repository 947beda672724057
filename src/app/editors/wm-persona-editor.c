/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-avatar-widget.h"
#include "wm-colour-palette.h"
#include "wm-inspector-util.h"
#include "wm-image-import.h"
#include "wm-kind.h"
#include "wm-persona-editor.h"
#include "wm-toast.h"

/* The persona page: a sheet rather than a form. The picture, name, role and quote head it in
 * large type, the facts sit in a row below, then the bio, the six lists as cards that flow
 * into as many columns as fit, proficiency and tags, and where the persona is used.
 *
 * As in the journey inspector, the model is the truth: text fields set their property on
 * every change (one typing burst merges into one undo step; leaving the field or Enter seals
 * it), and any change of the document schedules a refresh that writes into the widgets only
 * what differs, with `updating` raised so that it does not come back as an edit.
 */

#define PROFICIENCY_SETTLE_MS 300
#define AVATAR_SIZE 144

typedef struct
{
  const char *property;
  const char *placeholder;
  const char *css_class;
} TextField;

static const TextField header_fields[] = {
  { "name", N_("Name"), "persona-name" },
  { "role", N_("Role or occupation"), "persona-role" },
};

/* The quote is often a sentence or two: it wraps instead of running out of its entry. */
static const TextField quote_field = { "quote", N_("A quote in their own words"), "persona-quote" };

static const TextField fact_fields[] = {
  { "age", N_("Age"), NULL },
  { "location", N_("Location"), NULL },
  { "segment", N_("Segment"), NULL },
};

#define FIELD_KEY "wm-persona-field"

struct _WmPersonaEditor
{
  GtkWidget        parent_instance;

  WmDocument      *document;
  WmPersona       *persona;
  gulong           changed_handler;
  guint            refresh_source;
  guint            proficiency_source;
  guint            updating;
  char            *usages_signature;

  AdwToastOverlay *toasts;
  GtkWidget       *avatar;
  GtkWidget       *remove_photo_button;
  GHashTable      *fields;        /* property name → GtkEntry / GtkTextView */
  GtkWidget       *bio_view;
  GtkWidget       *palette;
  GtkWidget       *proficiency;
  GtkWidget       *proficiency_label;
  GtkWidget       *list_editors[WM_PERSONA_N_LISTS];
  AdwPreferencesGroup *usages_group;
  GPtrArray       *usage_rows;
  GtkWidget       *no_usages_row;
};

G_DEFINE_FINAL_TYPE (WmPersonaEditor, wm_persona_editor, GTK_TYPE_WIDGET)

enum {
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static WmHistory *
history (WmPersonaEditor *self)
{
  return wm_document_get_history (self->document);
}

static void
seal (WmPersonaEditor *self)
{
  if (self->document != NULL)
    wm_history_seal (history (self));
}

static void
toast (WmPersonaEditor *self,
       const char      *message)
{
  AdwToast *toast = wm_toast_new_printf ("%s", message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Refresh */

static void
on_usage_activated (AdwActionRow    *row,
                    WmPersonaEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "wm-item-id");
  WmObject *item = self->document != NULL ? wm_document_lookup (self->document, id) : NULL;

  if (item != NULL)
    g_signal_emit (self, signals[SHOW_ITEM], 0, item);
}

static const char *
kind_label (WmObject *item)
{
  if (WM_IS_JOURNEY_MAP (item))
    return _("Journey map");
  if (WM_IS_EMPATHY_MAP (item))
    return _("Empathy map");
  return _("Service blueprint");
}

static void
show_usages (WmPersonaEditor *self)
{
  g_autoptr(GPtrArray) usages = wm_persona_find_usages (self->document, self->persona);
  g_autoptr(GString) signature = g_string_new (NULL);

  for (guint i = 0; i < usages->len; i++)
    g_string_append_printf (signature, "%s\x1f%s\x1e",
                            wm_object_get_id (g_ptr_array_index (usages, i)),
                            wm_object_get_display_name (g_ptr_array_index (usages, i)));
  if (g_strcmp0 (signature->str, self->usages_signature) == 0)
    return;
  g_free (self->usages_signature);
  self->usages_signature = g_strdup (signature->str);

  for (guint i = 0; i < self->usage_rows->len; i++)
    adw_preferences_group_remove (self->usages_group, g_ptr_array_index (self->usage_rows, i));
  g_ptr_array_set_size (self->usage_rows, 0);

  for (guint i = 0; i < usages->len; i++)
    {
      WmObject *item = g_ptr_array_index (usages, i);
      GtkWidget *row = adw_action_row_new ();
      const WmKindInfo *info = wm_kind_get_info (wm_kind_of_item (item));
      GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      const char *name = wm_object_get_display_name (item);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name[0] ? name : _("Untitled"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind_label (item));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "wm-item-id", g_strdup (wm_object_get_id (item)),
                              g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_usage_activated), self, 0);
      adw_preferences_group_add (self->usages_group, row);
      g_ptr_array_add (self->usage_rows, row);
    }

  gtk_widget_set_visible (self->no_usages_row, usages->len == 0);
}

static void
refresh (WmPersonaEditor *self)
{
  GHashTableIter iter;
  gpointer key, value;
  int proficiency;
  g_autofree char *percent = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->persona == NULL)
    return;

  self->updating++;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *text = NULL;

      g_object_get (self->persona, key, &text, NULL);
      wm_inspector_set_text (value, text != NULL ? text : "");
    }

  wm_colour_palette_set_colour (WM_COLOUR_PALETTE (self->palette),
                                wm_persona_get_colour (self->persona));
  wm_avatar_widget_update (WM_AVATAR_WIDGET (self->avatar));
  gtk_widget_set_visible (self->remove_photo_button, wm_persona_get_photo (self->persona) != NULL);

  proficiency = wm_persona_get_tech_proficiency (self->persona);
  if (self->proficiency_source == 0
      && (int) gtk_range_get_value (GTK_RANGE (self->proficiency)) != proficiency)
    gtk_range_set_value (GTK_RANGE (self->proficiency), proficiency);
  percent = g_strdup_printf (_("%d %%"), (int) gtk_range_get_value (GTK_RANGE (self->proficiency)));
  gtk_label_set_text (GTK_LABEL (self->proficiency_label), percent);

  for (guint i = 0; i < WM_PERSONA_N_LISTS; i++)
    wm_persona_list_editor_refresh (WM_PERSONA_LIST_EDITOR (self->list_editors[i]));

  show_usages (self);

  self->updating--;
}

static gboolean
refresh_cb (gpointer user_data)
{
  WmPersonaEditor *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (WmPersonaEditor *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

/* Edits */

static void
on_text_changed (GtkWidget       *widget,
                 WmPersonaEditor *self)
{
  const char *property = g_object_get_data (G_OBJECT (widget), FIELD_KEY);
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->persona == NULL)
    return;

  text = wm_inspector_get_text (widget);
  wm_history_set (history (self), WM_OBJECT (self->persona), property, text);
  if (g_str_equal (property, "name"))
    wm_avatar_widget_update (WM_AVATAR_WIDGET (self->avatar));
}

#define VIEW_KEY "wm-persona-view"
#define PLACEHOLDER_KEY "wm-persona-placeholder"

static void
on_buffer_changed (GtkTextBuffer   *buffer,
                   WmPersonaEditor *self)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (buffer), VIEW_KEY);
  GtkWidget *placeholder = g_object_get_data (G_OBJECT (buffer), PLACEHOLDER_KEY);

  if (placeholder != NULL)
    gtk_widget_set_visible (placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
  on_text_changed (view, self);
}

static void
on_field_done (WmPersonaEditor *self)
{
  seal (self);
}

static void
on_colour_chosen (WmColourPalette *palette,
                  const char      *colour,
                  WmPersonaEditor *self)
{
  if (self->updating > 0 || self->persona == NULL)
    return;

  /* A colour is a string too: without the seals, picking twice would merge into one step. */
  seal (self);
  wm_history_set (history (self), WM_OBJECT (self->persona), "colour", colour);
  seal (self);
  queue_refresh (self);
}

static void
apply_proficiency (WmPersonaEditor *self)
{
  int value = (int) gtk_range_get_value (GTK_RANGE (self->proficiency));

  g_clear_handle_id (&self->proficiency_source, g_source_remove);
  if (self->persona == NULL || value == wm_persona_get_tech_proficiency (self->persona))
    return;
  /* Deleted while the value settled: nothing to set. */
  if (wm_document_lookup (self->document, wm_object_get_id (WM_OBJECT (self->persona)))
      != WM_OBJECT (self->persona))
    return;

  seal (self);
  wm_history_set (history (self), WM_OBJECT (self->persona), "tech-proficiency", value);
  seal (self);
}

static gboolean
apply_proficiency_cb (gpointer user_data)
{
  WmPersonaEditor *self = user_data;

  self->proficiency_source = 0;
  apply_proficiency (self);

  return G_SOURCE_REMOVE;
}

/* A drag of the scale sends many values: the model takes the one it settles on, so that the
 * gesture is one undo step. */
static void
on_proficiency_changed (GtkRange        *range,
                        WmPersonaEditor *self)
{
  g_autofree char *percent = g_strdup_printf (_("%d %%"), (int) gtk_range_get_value (range));

  gtk_label_set_text (GTK_LABEL (self->proficiency_label), percent);
  if (self->updating > 0 || self->persona == NULL)
    return;

  g_clear_handle_id (&self->proficiency_source, g_source_remove);
  self->proficiency_source = g_timeout_add (PROFICIENCY_SETTLE_MS, apply_proficiency_cb, self);
}

static void
on_create_empathy_map (GtkButton       *button,
                       WmPersonaEditor *self)
{
  WmEmpathyMap *map;

  if (self->persona == NULL)
    return;

  map = wm_persona_edit_create_empathy_map (history (self), self->document, self->persona);
  g_signal_emit (self, signals[SHOW_ITEM], 0, map);
}

/* Photo */

typedef struct
{
  WmPersonaEditor *editor;
  WmDocument      *document;
  WmPersona       *persona;
  GFile           *file;
  char            *name;
} PhotoLoad;

static void
photo_load_free (PhotoLoad *load)
{
  g_clear_object (&load->editor);
  g_clear_object (&load->document);
  g_clear_object (&load->persona);
  g_clear_object (&load->file);
  g_free (load->name);
  g_free (load);
}

static void
on_photo_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PhotoLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  g_autoptr(WmImage) image = NULL;

  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” could not be read: %s"), load->name,
                                                  error->message);

      toast (load->editor, message);
      photo_load_free (load);
      return;
    }

  image = wm_image_import (bytes, load->name, WM_IMAGE_IMPORT_PHOTO_SIDE, &error);
  if (image == NULL)
    {
      toast (load->editor, error->message);
      photo_load_free (load);
      return;
    }

  /* The persona may have gone while the file loaded. */
  if (wm_document_lookup (load->document, wm_object_get_id (WM_OBJECT (load->persona)))
      == WM_OBJECT (load->persona))
    {
      WmHistory *h = wm_document_get_history (load->document);

      wm_history_seal (h);
      wm_history_set (h, WM_OBJECT (load->persona), "photo", image);
      wm_history_seal (h);
    }

  photo_load_free (load);
}

static void
on_photo_info (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PhotoLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);

  if (info == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” could not be read: %s"), load->name,
                                                  error->message);

      toast (load->editor, message);
      photo_load_free (load);
      return;
    }

  g_free (load->name);
  load->name = g_strdup (g_file_info_get_display_name (info));

  /* Refuse a huge file before reading it into memory. */
  if (g_file_info_get_size (info) > WM_IMAGE_IMPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (WM_IMAGE_IMPORT_MAX_FILE_SIZE);
      g_autofree char *message = g_strdup_printf (_("“%s” is too large (%s; at most %s)"),
                                                  load->name, size, limit);

      toast (load->editor, message);
      photo_load_free (load);
      return;
    }

  g_file_load_bytes_async (load->file, NULL, on_photo_loaded, load);
}

/**
 * wm_persona_editor_set_photo_file:
 * @file: a PNG, JPEG or SVG picture
 *
 * Reads @file, downscales it and makes it the persona's photo (one undo step); a file that
 * is no picture, is damaged or too large gets a message naming it instead.
 */
void
wm_persona_editor_set_photo_file (WmPersonaEditor *self,
                                  GFile           *file)
{
  PhotoLoad *load;

  g_return_if_fail (WM_IS_PERSONA_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->persona == NULL)
    return;

  load = g_new0 (PhotoLoad, 1);
  load->editor = g_object_ref (self);
  load->document = g_object_ref (self->document);
  load->persona = g_object_ref (self->persona);
  load->file = g_object_ref (file);
  load->name = g_file_get_parse_name (file);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_photo_info, load);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     WmPersonaEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        wm_persona_editor_set_photo_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_choose_photo (GtkButton       *button,
                 WmPersonaEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose Photo"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Pictures (PNG, JPEG, SVG)"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_photo (GtkButton       *button,
                 WmPersonaEditor *self)
{
  if (self->persona == NULL || wm_persona_get_photo (self->persona) == NULL)
    return;

  seal (self);
  wm_history_set (history (self), WM_OBJECT (self->persona), "photo", NULL);
  seal (self);
}

static gboolean
on_photo_drop (GtkDropTarget   *target,
               const GValue    *value,
               double           x,
               double           y,
               WmPersonaEditor *self)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      file = files != NULL ? files->data : NULL;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      file = g_value_get_object (value);
    }

  if (file == NULL)
    return FALSE;

  wm_persona_editor_set_photo_file (self, file);
  return TRUE;
}

/* Building */

static void
watch_done (WmPersonaEditor *self,
            GtkWidget       *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_field_done), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

/* Enter in a one-paragraph field ends the editing, as in an entry; Shift+Enter still breaks
 * the line. */
static gboolean
on_text_view_key (GtkEventControllerKey *keys,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  WmPersonaEditor       *self)
{
  (void) keycode;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
      && (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      on_field_done (self);
      return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_entry (WmPersonaEditor *self,
              const TextField *field)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _(field->placeholder));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(field->placeholder), -1);
  g_object_set_data (G_OBJECT (entry), FIELD_KEY, (gpointer) field->property);
  g_hash_table_insert (self->fields, (gpointer) field->property, entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_text_changed), self, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_field_done), self, G_CONNECT_SWAPPED);
  watch_done (self, entry);

  return entry;
}

/* A wrapping text field. With @placeholder, it shows that text (dimmed) while empty, as an
 * entry does, and Enter ends the editing instead of starting a new line. Returns the view; the
 * widget to pack is its parent overlay when there is a placeholder. */
static GtkWidget *
create_text_view (WmPersonaEditor *self,
                  const char      *property,
                  const char      *label,
                  const char      *css_class,
                  const char      *placeholder)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (view), FIELD_KEY, (gpointer) property);
  g_object_set_data (G_OBJECT (buffer), VIEW_KEY, view);
  g_hash_table_insert (self->fields, (gpointer) property, view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self, 0);
  watch_done (self, view);
  g_signal_connect (view, "map", G_CALLBACK (wm_inspector_settle_text_view), NULL);

  if (placeholder != NULL)
    {
      GtkWidget *overlay = gtk_overlay_new ();
      GtkWidget *hint = gtk_label_new (placeholder);
      GtkEventController *keys = gtk_event_controller_key_new ();

      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_label_set_ellipsize (GTK_LABEL (hint), PANGO_ELLIPSIZE_END);
      gtk_widget_set_valign (hint, GTK_ALIGN_START);
      gtk_widget_set_can_target (hint, FALSE);
      gtk_widget_add_css_class (hint, css_class);
      gtk_widget_add_css_class (hint, "dim-label");
      g_object_set_data (G_OBJECT (buffer), PLACEHOLDER_KEY, hint);
      gtk_overlay_set_child (GTK_OVERLAY (overlay), view);
      gtk_overlay_add_overlay (GTK_OVERLAY (overlay), hint);
      g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_text_view_key), self, 0);
      gtk_widget_add_controller (view, keys);
    }

  return view;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
build_header (WmPersonaEditor *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 28);
  GtkWidget *picture_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose Photo…"));
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *facts = gtk_grid_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GtkWidget *quote;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_widget_add_css_class (header, "card");
  gtk_widget_add_css_class (header, "persona-header");

  self->avatar = wm_avatar_widget_new (AVATAR_SIZE);
  gtk_widget_set_tooltip_text (self->avatar, _("Drop a picture here to use it as the photo"));
  gtk_box_append (GTK_BOX (picture_box), self->avatar);
  gtk_widget_add_css_class (choose, "flat");
  g_signal_connect_object (choose, "clicked", G_CALLBACK (on_choose_photo), self, 0);
  self->remove_photo_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (self->remove_photo_button, _("Remove Photo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_photo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Photo"), -1);
  gtk_widget_add_css_class (self->remove_photo_button, "flat");
  g_signal_connect_object (self->remove_photo_button, "clicked", G_CALLBACK (on_remove_photo),
                           self, 0);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), choose);
  gtk_box_append (GTK_BOX (buttons), self->remove_photo_button);
  gtk_box_append (GTK_BOX (picture_box), buttons);
  gtk_box_append (GTK_BOX (header), picture_box);

  /* Drop a picture anywhere on the header. */
  gtk_drop_target_set_gtypes (drop, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_photo_drop), self, 0);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (drop));

  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_widget_set_valign (text_box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    {
      GtkWidget *entry = create_entry (self, &header_fields[i]);

      gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
      gtk_widget_add_css_class (entry, header_fields[i].css_class);
      gtk_box_append (GTK_BOX (text_box), entry);
    }
  quote = create_text_view (self, quote_field.property, _(quote_field.placeholder),
                            quote_field.css_class, _(quote_field.placeholder));
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (quote), 4);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (quote), 8);
  gtk_box_append (GTK_BOX (text_box), gtk_widget_get_parent (quote));

  gtk_grid_set_column_spacing (GTK_GRID (facts), 18);
  gtk_grid_set_column_homogeneous (GTK_GRID (facts), TRUE);
  gtk_widget_set_margin_top (facts, 10);
  for (guint i = 0; i < G_N_ELEMENTS (fact_fields); i++)
    {
      GtkWidget *caption = gtk_label_new (_(fact_fields[i].placeholder));
      GtkWidget *entry = create_entry (self, &fact_fields[i]);

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption-heading");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_grid_attach (GTK_GRID (facts), caption, i, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (facts), entry, i, 1, 1, 1);
    }
  gtk_box_append (GTK_BOX (text_box), facts);
  gtk_box_append (GTK_BOX (header), text_box);

  return header;
}

static GtkWidget *
build_usages (WmPersonaEditor *self)
{
  GtkWidget *create = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  self->usages_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->usages_group, _("Used In"));
  adw_preferences_group_set_description (self->usages_group,
                                         _("Journey maps, empathy maps and blueprints for this "
                                           "persona"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Create _Empathy Map"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (create), content);
  gtk_widget_add_css_class (create, "flat");
  gtk_widget_set_valign (create, GTK_ALIGN_CENTER);
  g_signal_connect_object (create, "clicked", G_CALLBACK (on_create_empathy_map), self, 0);
  adw_preferences_group_set_header_suffix (self->usages_group, create);

  self->no_usages_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_usages_row),
                                 _("Not used in any map yet"));
  gtk_widget_add_css_class (self->no_usages_row, "dim-label");
  adw_preferences_group_add (self->usages_group, self->no_usages_row);

  return GTK_WIDGET (self->usages_group);
}

static void
build (WmPersonaEditor *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *colour_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *bio_frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *lists = gtk_flow_box_new ();
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *proficiency_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scale_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *tags;

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->toasts), GTK_WIDGET (self));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_toast_overlay_set_child (self->toasts, scrolled);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1080);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 800);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_margin_top (page, 24);
  gtk_widget_set_margin_bottom (page, 24);
  gtk_widget_set_margin_start (page, 18);
  gtk_widget_set_margin_end (page, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), page);

  gtk_box_append (GTK_BOX (page), build_header (self));

  gtk_box_append (GTK_BOX (colour_box), heading (_("Colour")));
  self->palette = wm_colour_palette_new ();
  gtk_widget_set_tooltip_text (self->palette,
                               _("The colour of the persona and of their emotion curve on maps"));
  g_signal_connect_object (self->palette, "colour-chosen", G_CALLBACK (on_colour_chosen), self, 0);
  gtk_box_append (GTK_BOX (colour_box), self->palette);
  gtk_box_append (GTK_BOX (page), colour_box);

  gtk_widget_add_css_class (bio_frame, "card");
  gtk_widget_add_css_class (bio_frame, "persona-card");
  gtk_box_append (GTK_BOX (bio_frame), heading (_("About")));
  self->bio_view = create_text_view (self, "bio", _("Bio"), "persona-bio", NULL);
  gtk_box_append (GTK_BOX (bio_frame), self->bio_view);
  gtk_box_append (GTK_BOX (page), bio_frame);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (lists), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (lists), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (lists), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (lists), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (lists), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (lists), 12);
  for (WmPersonaList l = 0; l < WM_PERSONA_LIST_TAGS; l++)
    {
      self->list_editors[l] = wm_persona_list_editor_new (l);
      gtk_widget_add_css_class (self->list_editors[l], "card");
      gtk_widget_add_css_class (self->list_editors[l], "persona-card");
      gtk_flow_box_append (GTK_FLOW_BOX (lists), self->list_editors[l]);
    }
  gtk_box_append (GTK_BOX (page), lists);

  gtk_widget_add_css_class (proficiency_box, "card");
  gtk_widget_add_css_class (proficiency_box, "persona-card");
  gtk_widget_set_hexpand (proficiency_box, TRUE);
  gtk_box_append (GTK_BOX (proficiency_box), heading (_("Tech Proficiency")));
  self->proficiency = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 5);
  gtk_scale_set_draw_value (GTK_SCALE (self->proficiency), FALSE);
  gtk_scale_add_mark (GTK_SCALE (self->proficiency), 0, GTK_POS_BOTTOM, _("Novice"));
  gtk_scale_add_mark (GTK_SCALE (self->proficiency), 50, GTK_POS_BOTTOM, NULL);
  gtk_scale_add_mark (GTK_SCALE (self->proficiency), 100, GTK_POS_BOTTOM, _("Expert"));
  gtk_widget_set_hexpand (self->proficiency, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->proficiency),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tech Proficiency"), -1);
  g_signal_connect_object (self->proficiency, "value-changed", G_CALLBACK (on_proficiency_changed),
                           self, 0);
  self->proficiency_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->proficiency_label), 5);
  gtk_widget_set_valign (self->proficiency_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->proficiency_label, "numeric");
  gtk_box_append (GTK_BOX (scale_box), self->proficiency);
  gtk_box_append (GTK_BOX (scale_box), self->proficiency_label);
  gtk_box_append (GTK_BOX (proficiency_box), scale_box);
  gtk_box_append (GTK_BOX (bottom), proficiency_box);

  tags = wm_persona_list_editor_new (WM_PERSONA_LIST_TAGS);
  self->list_editors[WM_PERSONA_LIST_TAGS] = tags;
  gtk_widget_add_css_class (tags, "card");
  gtk_widget_add_css_class (tags, "persona-card");
  gtk_widget_set_hexpand (tags, TRUE);
  gtk_box_append (GTK_BOX (bottom), tags);
  gtk_box_set_homogeneous (GTK_BOX (bottom), TRUE);
  gtk_box_append (GTK_BOX (page), bottom);

  gtk_box_append (GTK_BOX (page), build_usages (self));
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
    ".persona-header { padding: 24px; }\n"
    ".persona-card { padding: 14px 16px; }\n"
    "entry.persona-name { font-size: 24pt; font-weight: 800; min-height: 48px; }\n"
    "entry.persona-role { font-size: 14pt; }\n"
    ".persona-quote { font-size: 13pt; font-style: italic; }\n"
    "label.persona-quote { padding: 0 4px; }\n"
    "textview.persona-bio, textview.persona-bio text,\n"
    "textview.persona-quote, textview.persona-quote text { background: none; }\n"
    ".persona-card list { background: none; }\n"
    ".persona-card list > row { padding: 0; }\n"
    ".persona-chip { border-radius: 999px; padding: 0 0 0 10px; "
    "background-color: alpha(currentColor, 0.1); }\n"
    ".persona-chip button { min-width: 24px; min-height: 24px; padding: 0; }\n"
    "button.persona-entry-view { font-weight: normal; padding: 4px 6px; min-height: 24px; }\n", -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
wm_persona_editor_dispose (GObject *object)
{
  WmPersonaEditor *self = WM_PERSONA_EDITOR (object);

  if (self->proficiency_source != 0)
    apply_proficiency (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_handler, self->document);
  if (self->toasts != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->toasts));
      self->toasts = NULL;
    }
  g_clear_object (&self->document);
  g_clear_object (&self->persona);

  G_OBJECT_CLASS (wm_persona_editor_parent_class)->dispose (object);
}

static void
wm_persona_editor_finalize (GObject *object)
{
  WmPersonaEditor *self = WM_PERSONA_EDITOR (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->usage_rows, g_ptr_array_unref);
  g_free (self->usages_signature);

  G_OBJECT_CLASS (wm_persona_editor_parent_class)->finalize (object);
}

static void
wm_persona_editor_class_init (WmPersonaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_persona_editor_dispose;
  object_class->finalize = wm_persona_editor_finalize;

  /**
   * WmPersonaEditor::show-item:
   * @item: a journey map, empathy map or blueprint
   *
   * Asks for @item to be shown: one of the persona's usages was activated, or an empathy
   * map was made for the persona.
   */
  signals[SHOW_ITEM] =
    g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, WM_TYPE_OBJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "personaeditor");
}

static void
wm_persona_editor_init (WmPersonaEditor *self)
{
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->usage_rows = g_ptr_array_new ();
  load_css ();
  build (self);
}

GtkWidget *
wm_persona_editor_new (void)
{
  return g_object_new (WM_TYPE_PERSONA_EDITOR, NULL);
}

/**
 * wm_persona_editor_set_persona:
 * @document: (nullable): the workspace holding @persona
 * @persona: (nullable): the persona to show, or %NULL when it went away
 */
void
wm_persona_editor_set_persona (WmPersonaEditor *self,
                               WmDocument      *document,
                               WmPersona       *persona)
{
  g_return_if_fail (WM_IS_PERSONA_EDITOR (self));
  g_return_if_fail (persona == NULL || WM_IS_DOCUMENT (document));

  if (self->proficiency_source != 0)
    apply_proficiency (self);

  if (self->document != document || persona == NULL)
    {
      if (self->document != NULL)
        g_clear_signal_handler (&self->changed_handler, self->document);
      if (persona != NULL)
        g_set_object (&self->document, document);
      else
        g_clear_object (&self->document);
      if (self->document != NULL)
        self->changed_handler = g_signal_connect_swapped (self->document, "changed",
                                                          G_CALLBACK (queue_refresh), self);
    }

  g_set_object (&self->persona, persona);
  g_clear_pointer (&self->usages_signature, g_free);
  wm_avatar_widget_set_persona (WM_AVATAR_WIDGET (self->avatar), persona);
  for (guint i = 0; i < WM_PERSONA_N_LISTS; i++)
    wm_persona_list_editor_set_persona (WM_PERSONA_LIST_EDITOR (self->list_editors[i]),
                                        self->document, persona);
  refresh (self);
}

WmPersona *
wm_persona_editor_get_persona (WmPersonaEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);

  return self->persona;
}

/**
 * wm_persona_editor_get_field:
 * @property: "name", "role", "quote", "age", "location", "segment" or "bio"
 *
 * Returns: (transfer none) (nullable): the entry (or text view) that edits @property
 */
GtkWidget *
wm_persona_editor_get_field (WmPersonaEditor *self,
                             const char      *property)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);

  return g_hash_table_lookup (self->fields, property);
}

WmPersonaListEditor *
wm_persona_editor_get_list_editor (WmPersonaEditor *self,
                                   WmPersonaList    list)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);
  g_return_val_if_fail (list < WM_PERSONA_N_LISTS, NULL);

  return WM_PERSONA_LIST_EDITOR (self->list_editors[list]);
}

GtkWidget *
wm_persona_editor_get_colour_palette (WmPersonaEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);

  return self->palette;
}

GtkWidget *
wm_persona_editor_get_proficiency_scale (WmPersonaEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);

  return self->proficiency;
}

GtkWidget *
wm_persona_editor_get_usages_box (WmPersonaEditor *self)
{
  g_return_val_if_fail (WM_IS_PERSONA_EDITOR (self), NULL);

  return GTK_WIDGET (self->usages_group);
}
