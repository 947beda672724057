/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wm-file-util.h"
#include "wm-mermaid-actions.h"
#include "wm-mermaid.h"
#include "wm-toast.h"
#include "wm-window-private.h"

/* Mermaid journeys in the window: "win.import-mermaid" reads one into the open workspace (one
 * undo step) and shows it; "win.export-mermaid" writes the selected journey map (or the first
 * one) and says what Mermaid could not hold.
 */

#define MAX_WARNINGS_LISTED 12

static void
close_dialog_cb (AdwMessageDialog *dialog,
                 const char       *response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A dialog with a heading, a body and, below, a list of lines (the first @max of them). */
static void
show_list_dialog (WmWindow   *self,
                  const char *heading,
                  const char *body,
                  GPtrArray  *lines,
                  guint       max)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines != NULL && i < lines->len && i < max; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, lines->pdata[i]);
    }
  if (lines != NULL && lines->len > max)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "…and %u more",
                                                 "…and %u more", lines->len - max),
                              lines->len - max);
    }

  if (text->len > 0)
    {
      GtkWidget *label = gtk_label_new (text->str);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "problems");
      gtk_widget_add_css_class (label, "caption");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
    }

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (close_dialog_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_file_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

static WmJourneyMap *
find_map (WmWindow *self)
{
  WmObject *selected = wm_window_get_selected_item (self);
  WmObjectList *maps = wm_document_get_maps (self->document);

  if (WM_IS_JOURNEY_MAP (selected))
    return WM_JOURNEY_MAP (selected);

  return wm_object_list_get_length (maps) > 0 ? wm_object_list_get (maps, 0) : NULL;
}

void
_wm_window_update_mermaid_actions (WmWindow *self)
{
  gboolean ready = self->loading_file == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-mermaid", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-mermaid",
                                 ready && find_map (self) != NULL);
}

/* Import */

/**
 * _wm_window_import_mermaid:
 * @file: where @bytes came from, for messages
 * @bytes: a Mermaid journey
 *
 * Adds the journey to the workspace as one undo step and selects it; says what went wrong
 * or what was repaired.
 *
 * Returns: (transfer none) (nullable): the new map
 */
WmJourneyMap *
_wm_window_import_mermaid (WmWindow *self,
                           GFile    *file,
                           GBytes   *bytes)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_file_name (file);
  WmJourneyMap *map;

  map = wm_mermaid_import (self->document, bytes, &problems, &error);
  if (map == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      show_list_dialog (self, heading, error->message, NULL, 0);
      return NULL;
    }

  wm_window_select_item (self, WM_OBJECT (map));

  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (warnings, wm_problem_to_string (problems->pdata[i], NULL));

  if (warnings->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Imported “%s”"),
                                                  wm_journey_map_get_name (map));
      g_autofree char *body =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s had %u problem that was repaired:",
                                      "%s had %u problems that were repaired:", warnings->len),
                         name, warnings->len);

      show_list_dialog (self, heading, body, warnings, MAX_WARNINGS_LISTED);
    }
  else
    {
      AdwToast *toast = wm_toast_new_printf (_("Imported “%s”"),
                                              wm_journey_map_get_name (map));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      wm_window_add_toast (self, toast);
    }

  return map;
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(WmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);

  /* The window closed, or went on to load another workspace. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->loading_file != NULL)
    return;

  if (bytes == NULL)
    {
      g_autofree char *name = dup_file_name (G_FILE (object));
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      show_list_dialog (self, heading, error->message, NULL, 0);
      return;
    }

  _wm_window_import_mermaid (self, G_FILE (object), bytes);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      if (info != NULL && g_file_info_get_size (info) > WM_MERMAID_MAX_SIZE)
        {
          g_autofree char *name = dup_file_name (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);
          g_autofree char *body =
            g_strdup_printf (_("The file is too large to be a Mermaid journey (more than %d MiB)."),
                             WM_MERMAID_MAX_SIZE / (1024 * 1024));

          show_list_dialog (self, heading, body, NULL, 0);
        }
      else
        {
          g_file_load_bytes_async (file, self->cancellable, load_cb, g_object_ref (self));
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static GtkFileFilter *
mermaid_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Mermaid Journeys"));
  gtk_file_filter_add_suffix (filter, "mmd");
  gtk_file_filter_add_suffix (filter, "mermaid");

  return filter;
}

static void
import_mermaid_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) mermaid = mermaid_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Import Mermaid Journey"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), mermaid);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), mermaid);

  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export */

/**
 * _wm_window_export_mermaid:
 *
 * Writes @map to @file (atomically), then says what was left out.
 *
 * Returns: whether @file was written
 */
gboolean
_wm_window_export_mermaid (WmWindow     *self,
                           WmJourneyMap *map,
                           GFile        *file)
{
  g_autoptr(GPtrArray) left_out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = wm_mermaid_write (self->document, map, &left_out);
  g_autofree char *name = g_file_get_basename (file);

  if (!wm_file_replace_contents (file, text, strlen (text), NULL, G_FILE_CREATE_NONE, NULL,
                                 NULL, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

      show_list_dialog (self, heading, error->message, NULL, 0);
      return FALSE;
    }

  if (left_out->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Exported “%s”"), name);
      g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < left_out->len; i++)
        g_ptr_array_add (bullets, g_strconcat ("• ", left_out->pdata[i], NULL));
      show_list_dialog (self, heading,
                        _("A Mermaid journey holds the stages, steps, scores and personas. "
                          "Left out:"), bullets, G_MAXUINT);
    }
  else
    {
      wm_window_add_toast (self, wm_toast_new_printf (_("Exported “%s”"), name));
    }

  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmWindow        *self)
{
  WmJourneyMap *map = g_object_get_data (G_OBJECT (chooser), "wm-map");

  if (response == GTK_RESPONSE_ACCEPT
      && wm_object_list_find (wm_document_get_maps (self->document), WM_OBJECT (map), NULL))
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _wm_window_export_mermaid (self, map, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_mermaid_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmJourneyMap *map = find_map (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) mermaid = mermaid_filter ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (map == NULL)
    return;

  base = g_strdelimit (g_strdup (wm_journey_map_get_name (map)[0] ? wm_journey_map_get_name (map)
                                                                   : _("Untitled")),
                       "/\\", '-');
  name = g_strconcat (base, ".mmd", NULL);

  chooser = gtk_file_chooser_native_new (_("Export as Mermaid"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), mermaid);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "wm-map", g_object_ref (map), g_object_unref);

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_wm_window_class_init_mermaid_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-mermaid", NULL,
                                   import_mermaid_action);
  gtk_widget_class_install_action (widget_class, "win.export-mermaid", NULL,
                                   export_mermaid_action);
}
