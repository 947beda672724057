/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-blueprint-edit.h"
#include "wm-csv-import-dialog.h"
#include "wm-export-dialog.h"
#include "wm-journey-format.h"
#include "wm-mermaid-actions.h"
#include "wm-persona-edit.h"
#include "wm-print-operation.h"
#include "wm-toast.h"
#include "wm-window-private.h"

/* The window's actions ("win.*"): files, undo and redo, and editing the workspace's items.
 * Item actions take the item's id, so that menus, shortcuts and tests name the item they
 * mean. Every edit goes through the document's history.
 */

static WmHistory *
get_history (WmWindow *self)
{
  return wm_document_get_history (self->document);
}

/* Finds a top-level item of the workspace by id. */
static WmObject *
lookup_item (WmWindow      *self,
             GVariant      *param,
             WmObjectList **list,
             guint         *position)
{
  const char *id = g_variant_get_string (param, NULL);
  WmObject *item = wm_document_lookup (self->document, id);

  if (item == NULL || !wm_kind_find_item (self->document, item, list, position))
    {
      g_debug ("No workspace item with id %s", id);
      return NULL;
    }

  return item;
}

void
_wm_window_update_actions (WmWindow *self)
{
  WmHistory *history = get_history (self);
  gboolean ready = self->loading_file == NULL;
  gboolean drawable = wm_export_find_default_item (self->document, NULL) != NULL;
  static const char * const edit_actions[] = {
    "win.add-item", "win.add-template", "win.rename-item", "win.duplicate-item",
    "win.delete-item", "win.move-item-up", "win.move-item-down",
    "win.blueprint-from-map",
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 ready && wm_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 ready && wm_history_get_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", ready && drawable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print",
                                 ready && drawable && self->print_operation == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv",
                                 ready && wm_csv_find_map (self->document, NULL) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv",
                                 ready && wm_csv_find_map (self->document, NULL) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", ready && self->file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.keep-mine", ready && self->file != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], ready);
  _wm_window_update_mermaid_actions (self);
}

/* Files */

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  WmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          wm_application_open_file (WM_APPLICATION (application), file, self);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) journeys = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (journeys, _("Waymark Workspaces"));
  gtk_file_filter_add_mime_type (journeys, "application/x-waymark-journey");
  gtk_file_filter_add_suffix (journeys, "journey");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), journeys);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), journeys);

  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  /* Failures were shown to the user already. */
  wm_window_save_finish (WM_WINDOW (object), result, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  wm_window_save_async (WM_WINDOW (widget), NULL, NULL, save_done_cb, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _wm_window_save_as (WM_WINDOW (widget));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _wm_window_reload (WM_WINDOW (widget));
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _wm_window_keep_mine (WM_WINDOW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Export and print */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmObject *item = wm_export_find_default_item (self->document,
                                                wm_window_get_selected_item (self));

  if (item == NULL)
    return;

  gtk_window_present (GTK_WINDOW (wm_export_dialog_new (self, item)));
}

/* CSV data and the Markdown report (wm-csv-import-dialog.c): for the selected journey map,
 * or the first one. */
static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmJourneyMap *map = wm_csv_find_map (self->document, wm_window_get_selected_item (self));

  if (map != NULL)
    wm_csv_import_dialog_choose_file (self, map);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmJourneyMap *map = wm_csv_find_map (self->document, wm_window_get_selected_item (self));

  if (map != NULL)
    wm_csv_export_choose_file (self, map);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  wm_report_export_choose_file (WM_WINDOW (widget));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               WmWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      _wm_window_show_error (self, _("Could Not Print"),
                             error != NULL ? error->message : NULL);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
    }

  if (self->print_operation == operation)
    g_clear_object (&self->print_operation);
  _wm_window_update_actions (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(WmPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->print_operation != NULL)
    return;

  operation = wm_print_operation_new (self->document, wm_window_get_selected_item (self));
  if (operation == NULL)
    return;

  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation),
                                            self->print_settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  self->print_operation = g_object_ref (GTK_PRINT_OPERATION (operation));
  _wm_window_update_actions (self);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->print_operation != NULL)
    {
      _wm_window_show_error (self, _("Could Not Print"), error != NULL ? error->message : NULL);
      g_clear_object (&self->print_operation);
      _wm_window_update_actions (self);
    }
}

/* Undo and redo */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  wm_history_undo (get_history (WM_WINDOW (widget)));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  wm_history_redo (get_history (WM_WINDOW (widget)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") != 0)
    return;

  adw_flap_set_reveal_flap (self->flap, TRUE);
  wm_sidebar_focus_search (self->sidebar);
}

/* Items */

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(WmObject) item = NULL;
  WmKind kind;

  if (!wm_kind_from_nick (g_variant_get_string (param, NULL), &kind))
    {
      g_warning ("Unknown kind of item: %s", g_variant_get_string (param, NULL));
      return;
    }

  item = wm_kind_new_item (kind);
  wm_history_append (get_history (self), wm_kind_get_list (kind, self->document), item);
  wm_sidebar_set_selected_item (self->sidebar, item);
}

/* Copies the items of a template into the workspace, with new ids so that the same template
 * can be added twice, as one undo step. An untitled workspace takes the template's title.
 */
static void
add_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmHistory *history = get_history (self);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  g_autoptr(WmDocument) template = NULL;
  g_autoptr(WmObject) copy = NULL;
  g_autoptr(GError) error = NULL;
  WmObject *first = NULL;
  WmObject *first_map = NULL;

  template = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  if (template == NULL)
    {
      _wm_window_show_error (self, _("Could Not Read the Template"), error->message);
      return;
    }
  copy = wm_object_copy (WM_OBJECT (template), TRUE);

  wm_history_begin_group (history, _("Add from Template"));

  if (wm_document_get_title (self->document)[0] == '\0')
    {
      wm_history_set (history, WM_OBJECT (self->document), "title",
                      wm_document_get_title (WM_DOCUMENT (copy)));
      if (wm_document_get_description (self->document)[0] == '\0')
        wm_history_set (history, WM_OBJECT (self->document), "description",
                        wm_document_get_description (WM_DOCUMENT (copy)));
    }

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      WmObjectList *from = wm_kind_get_list (k, WM_DOCUMENT (copy));
      WmObjectList *to = wm_kind_get_list (k, self->document);

      while (wm_object_list_get_length (from) > 0)
        {
          g_autoptr(WmObject) item = g_object_ref (wm_object_list_get (from, 0));

          wm_object_list_remove (from, 0);
          wm_history_append (history, to, item);
          if (first == NULL || (k == WM_KIND_JOURNEY_MAP && first_map == NULL))
            first = item;
          if (k == WM_KIND_JOURNEY_MAP && first_map == NULL)
            first_map = item;
        }
    }

  wm_history_end_group (history);

  /* Show a journey map if the template has one. */
  if (first != NULL)
    wm_sidebar_set_selected_item (self->sidebar, first);
}

static void
rename_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", text[0] != '\0');
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmWindow         *self)
{
  WmObject *item = g_object_get_data (G_OBJECT (dialog), "wm-item");
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (g_str_equal (response, "rename") && name[0] != '\0'
      && wm_kind_find_item (self->document, item, NULL, NULL))
    {
      WmHistory *history = get_history (self);

      /* A rename is a step of its own, never merged with typing elsewhere. */
      wm_history_seal (history);
      wm_history_set (history, item, "name", name);
      wm_history_seal (history);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
rename_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmObject *item = lookup_item (self, param, NULL, NULL);
  GtkWidget *dialog, *entry;

  if (item == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "wm-item", g_object_ref (item), g_object_unref);

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), wm_object_get_display_name (item));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (entry, "changed", G_CALLBACK (rename_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  rename_entry_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
duplicate_item_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmObjectList *list;
  guint position;
  WmObject *item = lookup_item (self, param, &list, &position);
  g_autoptr(WmObject) copy = NULL;
  g_autofree char *name = NULL;

  if (item == NULL)
    return;

  /* Translators: the name of a duplicated item; %s is the original's name */
  name = g_strdup_printf (_("%s (Copy)"), wm_object_get_display_name (item));
  copy = wm_object_copy (item, TRUE);
  g_object_set (copy, "name", name, NULL);

  wm_history_insert (get_history (self), list, position + 1, copy);
  wm_sidebar_set_selected_item (self->sidebar, copy);
}

/* A service blueprint drawn from a journey map (its steps, actions and touchpoints), shown at
 * once. */
static void
blueprint_from_map_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmObjectList *list;
  guint position;
  WmObject *item = lookup_item (self, param, &list, &position);
  WmServiceBlueprint *blueprint;

  if (!WM_IS_JOURNEY_MAP (item))
    return;

  blueprint = wm_blueprint_edit_add_from_journey_map (self->document, WM_JOURNEY_MAP (item));
  if (blueprint != NULL)
    wm_window_select_item (self, WM_OBJECT (blueprint));
}

static void
delete_toast_dismissed_cb (AdwToast *toast,
                           WmWindow *self)
{
  if (self->delete_toast == toast)
    {
      g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &self->delete_toast);
      self->delete_toast = NULL;
    }
}

/* libadwaita 1.2 crashes when a toast is dismissed while it is still sliding in (its hide
 * animation can end first and free what the show animation still uses), so a toast younger
 * than both animations is dismissed a little later.
 */
#define TOAST_SETTLE_USEC (700 * 1000)

static gboolean
dismiss_delete_toast_cb (gpointer user_data)
{
  WmWindow *self = user_data;

  self->dismiss_toast_id = 0;
  if (self->delete_toast != NULL)
    adw_toast_dismiss (self->delete_toast);

  return G_SOURCE_REMOVE;
}

void
_wm_window_dismiss_delete_toast (WmWindow *self)
{
  gint64 age;

  if (self->delete_toast == NULL || self->dismiss_toast_id != 0)
    return;

  age = g_get_monotonic_time () - self->delete_toast_time;
  if (age >= TOAST_SETTLE_USEC)
    adw_toast_dismiss (self->delete_toast);
  else
    self->dismiss_toast_id = g_timeout_add ((TOAST_SETTLE_USEC - age) / 1000 + 1,
                                            dismiss_delete_toast_cb, self);
}

/* A persona that maps, empathy maps or blueprints use: say where before deleting it, since
 * they lose their link to it (undo brings it all back). */
static void
delete_persona_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            WmWindow         *self)
{
  WmPersona *persona = g_object_get_data (G_OBJECT (dialog), "wm-persona");
  WmDocument *document = g_object_get_data (G_OBJECT (dialog), "wm-document");
  AdwToast *toast;

  if (!g_str_equal (response, "delete") || document != self->document
      || wm_document_lookup (document, wm_object_get_id (WM_OBJECT (persona))) != WM_OBJECT (persona))
    return;

  wm_persona_edit_delete (get_history (self), document, persona);

  /* Translators: %s is the name of the deleted persona */
  toast = wm_toast_new_printf (_("“%s” deleted"), wm_object_get_display_name (WM_OBJECT (persona)));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
confirm_delete_persona (WmWindow  *self,
                        WmPersona *persona,
                        GPtrArray *usages)
{
  g_autoptr(GString) places = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *name = wm_object_get_display_name (WM_OBJECT (persona));
  GtkWidget *dialog;

  for (guint i = 0; i < usages->len; i++)
    g_string_append_printf (places, "\n• %s", wm_object_get_display_name (usages->pdata[i]));

  /* Translators: %s is the name of a persona */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  /* Translators: %u is a number of items, %s the list of their names, one a line */
  body = g_strdup_printf (ngettext ("This persona is used in %u item, which will lose its link "
                                    "to it:%s",
                                    "This persona is used in %u items, which will lose their "
                                    "links to it:%s", usages->len),
                          usages->len, places->str);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "wm-persona", g_object_ref (persona), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "wm-document", g_object_ref (self->document),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_persona_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WmWindow *self = WM_WINDOW (widget);
  WmObjectList *list;
  guint position;
  WmObject *item = lookup_item (self, param, &list, &position);
  g_autofree char *name = NULL;
  AdwToast *toast;

  if (item == NULL)
    return;

  if (WM_IS_PERSONA (item))
    {
      g_autoptr(GPtrArray) usages = wm_persona_find_usages (self->document, WM_PERSONA (item));

      if (usages->len > 0)
        {
          confirm_delete_persona (self, WM_PERSONA (item), usages);
          return;
        }
    }

  name = g_strdup (wm_object_get_display_name (item));

  wm_history_seal (get_history (self));
  wm_history_remove (get_history (self), list, position);

  /* Deleting again while the toast shows: the toast now offers to undo the latest delete
   * (rather than being replaced, which libadwaita 1.2 does not survive when quick).
   */
  g_clear_handle_id (&self->dismiss_toast_id, g_source_remove);
  if (self->delete_toast != NULL)
    {
      /* Toast titles are markup. */
      g_autofree char *title = g_markup_printf_escaped (_("“%s” deleted"), name);

      adw_toast_set_title (self->delete_toast, title);
      return;
    }

  /* Translators: %s is the name of the deleted item */
  toast = wm_toast_new_printf (_("“%s” deleted"), name);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (delete_toast_dismissed_cb), self, 0);

  self->delete_toast = toast;
  self->delete_toast_time = g_get_monotonic_time ();
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->delete_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
move_item (WmWindow *self,
           GVariant *param,
           int       delta)
{
  WmObjectList *list;
  guint position;
  WmObject *item = lookup_item (self, param, &list, &position);
  int to;

  if (item == NULL)
    return;

  to = (int) position + delta;
  if (to < 0 || to >= (int) wm_object_list_get_length (list))
    return;

  wm_sidebar_move_item (self->sidebar, item, (guint) to);
}

static void
move_item_up_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  move_item (WM_WINDOW (widget), param, -1);
}

static void
move_item_down_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  move_item (WM_WINDOW (widget), param, 1);
}

void
_wm_window_class_init_actions (GtkWidgetClass *widget_class)
{
  _wm_window_class_init_mermaid_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL,
                                   export_report_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");

  gtk_widget_class_install_action (widget_class, "win.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "win.add-template", "s", add_template_action);
  gtk_widget_class_install_action (widget_class, "win.rename-item", "s", rename_item_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-item", "s",
                                   duplicate_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", "s", delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.blueprint-from-map", "s",
                                   blueprint_from_map_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-up", "s", move_item_up_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-down", "s",
                                   move_item_down_action);
}
