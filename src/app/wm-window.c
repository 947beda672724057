/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-blueprint-editor.h"
#include "wm-empathy-editor.h"
#include "wm-journey-editor.h"
#include "wm-journey-format.h"
#include "wm-persona-editor.h"
#include "wm-template.h"
#include "wm-toast.h"
#include "wm-window-private.h"

/* A window shows one workspace: the sidebar of its items and the editor of the selected one.
 * The window owns the workspace's file (with the entity tag it had when read or written) and
 * takes care of loading, saving, autosaving and asking about unsaved changes on close.
 */

G_DEFINE_FINAL_TYPE (WmWindow, wm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_LOADING,
  PROP_MODIFIED,
  PROP_SHOW_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define WM_MIME_TYPE "application/x-waymark-journey"

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) WM_MIME_TYPE,
    .app_name = (char *) "waymark",
    .app_exec = (char *) "waymark %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static char *
dup_file_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

static gboolean
document_is_empty (WmDocument *document)
{
  for (guint k = 0; k < WM_N_KINDS; k++)
    if (wm_object_list_get_length (wm_kind_get_list (k, document)) > 0)
      return FALSE;

  return TRUE;
}

/* The title bar: the workspace title (or the file name) with "•" when modified, and the file
 * name below.
 */
static void
update_title (WmWindow *self)
{
  const char *title = wm_document_get_title (self->document);
  const char *file_name = self->file_name;
  g_autofree char *full_title = NULL;
  const char *shown;

  if (title[0] != '\0')
    shown = title;
  else if (file_name != NULL)
    shown = file_name;
  else
    shown = _("Untitled Workspace");

  if (wm_window_get_modified (self))
    full_title = g_strdup_printf ("• %s", shown);
  else
    full_title = g_strdup (shown);

  adw_window_title_set_title (self->window_title, full_title);
  adw_window_title_set_subtitle (self->window_title,
                                 file_name != NULL ? file_name : _("Not Saved"));
  gtk_window_set_title (GTK_WINDOW (self), full_title);
}

static void
update_main_page (WmWindow *self)
{
  const char *page;

  if (self->loading_file != NULL)
    page = "loading";
  else if (document_is_empty (self->document))
    page = "start";
  else
    page = "workspace";

  gtk_stack_set_visible_child_name (self->main_stack, page);
  gtk_spinner_set_spinning (self->loading_spinner, self->loading_file != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), g_str_equal (page, "workspace"));
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), g_str_equal (page, "workspace"));
}

/* Editors. Each kind of item has a page in content_stack, made when first needed. This is
 * where the real editors plug in: create_editor() makes the widget, set_editor_item() hands
 * it the item (and NULL when the item goes away). Until an editor exists for a kind, a
 * placeholder status page stands in.
 */

static GtkWidget *
create_editor (WmWindow *self,
               WmKind    kind)
{
  const WmKindInfo *info = wm_kind_get_info (kind);
  GtkWidget *placeholder;

  switch (kind)
    {
    case WM_KIND_JOURNEY_MAP:
      return wm_journey_editor_new ();

    case WM_KIND_SERVICE_BLUEPRINT:
      return wm_blueprint_editor_new ();

    case WM_KIND_EMPATHY_MAP:
      return wm_empathy_editor_new ();

    case WM_KIND_PERSONA:
      {
        GtkWidget *editor = wm_persona_editor_new ();

        g_signal_connect_object (editor, "show-item", G_CALLBACK (wm_window_select_item), self,
                                 G_CONNECT_SWAPPED);
        return editor;
      }

    case WM_N_KINDS:
    default:
      placeholder = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), info->icon_name);
      adw_status_page_set_description (ADW_STATUS_PAGE (placeholder), _(info->placeholder));
      gtk_widget_add_css_class (placeholder, "editor-placeholder");
      return placeholder;
    }
}

static void
set_editor_item (WmWindow   *self,
                 WmKind      kind,
                 GtkWidget  *editor,
                 WmDocument *document,
                 WmObject   *item)
{
  if (WM_IS_JOURNEY_EDITOR (editor))
    {
      wm_journey_editor_set_map (WM_JOURNEY_EDITOR (editor), document,
                                 WM_IS_JOURNEY_MAP (item) ? WM_JOURNEY_MAP (item) : NULL);
      return;
    }

  if (WM_IS_EMPATHY_EDITOR (editor))
    {
      wm_empathy_editor_set_map (WM_EMPATHY_EDITOR (editor), document,
                                 WM_IS_EMPATHY_MAP (item) ? WM_EMPATHY_MAP (item) : NULL);
      return;
    }

  if (WM_IS_PERSONA_EDITOR (editor))
    {
      wm_persona_editor_set_persona (WM_PERSONA_EDITOR (editor), document,
                                     WM_IS_PERSONA (item) ? WM_PERSONA (item) : NULL);
      return;
    }

  if (WM_IS_BLUEPRINT_EDITOR (editor))
    {
      wm_blueprint_editor_set_blueprint (WM_BLUEPRINT_EDITOR (editor), document,
                                         WM_IS_SERVICE_BLUEPRINT (item) ? WM_SERVICE_BLUEPRINT (item) : NULL);
      return;
    }

  if (ADW_IS_STATUS_PAGE (editor))
    {
      GBinding *binding = g_object_get_data (G_OBJECT (editor), "wm-name-binding");

      if (binding != NULL)
        g_binding_unbind (binding);
      if (item != NULL)
        binding = g_object_bind_property (item, "name", editor, "title", G_BINDING_SYNC_CREATE);
      else
        binding = NULL;
      g_object_set_data (G_OBJECT (editor), "wm-name-binding", binding);
    }
}

static void
show_item (WmWindow *self,
           WmObject *item)
{
  WmKind kind = wm_kind_of_item (item);

  for (guint k = 0; k < WM_N_KINDS; k++)
    if (k != kind && self->editors[k] != NULL)
      set_editor_item (self, k, self->editors[k], self->document, NULL);

  if (kind == WM_N_KINDS)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  if (self->editors[kind] == NULL)
    {
      self->editors[kind] = create_editor (self, kind);
      gtk_stack_add_named (self->content_stack, self->editors[kind], wm_kind_get_info (kind)->nick);
    }

  set_editor_item (self, kind, self->editors[kind], self->document, item);
  gtk_stack_set_visible_child (self->content_stack, self->editors[kind]);
}

/* Drafts. A modified workspace is copied into its draft (see wm-drafts.c), never into its
 * file, once it has been left alone for the autosave interval; someone who never stops editing
 * gets a draft at the latest a few intervals after the first change. The draft goes when the
 * workspace is saved, brought back to its saved state, or closed on purpose.
 */

#define DRAFT_DELAY_LIMIT 3   /* intervals after the first change not in the draft */

static guint
autosave_interval (WmWindow *self)
{
  const char *seconds = g_getenv ("WAYMARK_AUTOSAVE_SECONDS");
  guint64 value;

  /* For tests that run the real program, whose settings cannot be set from outside. */
  if (seconds != NULL && g_ascii_string_to_unsigned (seconds, 10, 0, 3600, &value, NULL))
    return (guint) value;

  return g_settings_get_uint (self->settings, "autosave-interval");
}

static void
remove_draft (WmWindow *self)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->dirty_since = 0;

  if (!self->draft_written)
    return;

  self->draft_written = FALSE;
  dir = wm_drafts_get_default_dir ();
  if (!wm_drafts_remove (dir, self->draft_id, NULL, &error))
    g_debug ("Could not remove draft %s: %s", self->draft_id, error->message);
}

static void
write_draft (WmWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  if (self->draft_id == NULL)
    self->draft_id = wm_drafts_new_id ();

  bytes = wm_journey_format_write (self->document);
  dir = wm_drafts_get_default_dir ();
  self->dirty_since = 0;

  if (wm_drafts_write (dir, self->draft_id, bytes, self->file, self->etag,
                       wm_document_get_title (self->document), NULL, &error))
    {
      g_debug ("Wrote draft %s", self->draft_id);
      self->draft_written = TRUE;
      self->draft_failed = FALSE;
      return;
    }

  g_debug ("Could not write draft %s: %s", self->draft_id, error->message);
  if (!self->draft_failed)
    {
      AdwToast *toast = wm_toast_new_printf (_("Unsaved changes cannot be kept safe: %s"),
                                            error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      self->draft_failed = TRUE;
    }
}

static gboolean
autosave_cb (gpointer user_data)
{
  WmWindow *self = user_data;

  self->autosave_id = 0;

  if (self->loading_file == NULL && !self->saving && wm_window_get_modified (self))
    write_draft (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (WmWindow *self)
{
  guint interval = autosave_interval (self);
  gint64 now, delay_ms, limit_ms;

  if (self->saving || self->loading_file != NULL)
    return;

  if (!wm_window_get_modified (self))
    {
      /* Back at the saved state: the file holds it all. */
      remove_draft (self);
      return;
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (interval == 0)
    {
      self->dirty_since = 0;
      return;
    }

  now = g_get_monotonic_time ();
  if (self->dirty_since == 0)
    self->dirty_since = now;

  delay_ms = (gint64) interval * 1000;
  limit_ms = (self->dirty_since - now) / 1000 + DRAFT_DELAY_LIMIT * delay_ms;
  delay_ms = CLAMP (limit_ms, 0, delay_ms);
  self->autosave_id = g_timeout_add ((guint) delay_ms, autosave_cb, self);
}

static void
set_restored (WmWindow *self,
              gboolean  restored)
{
  if (self->restored == restored)
    return;

  self->restored = restored;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
document_changed_cb (WmWindow *self)
{
  if (self->saving)
    return;

  /* "Undo" in the toast undoes the last step, so it must not outlive another edit. */
  _wm_window_dismiss_delete_toast (self);

  schedule_autosave (self);
}

static void
history_changed_cb (WmWindow *self)
{
  /* The document changes before its history says it is modified: look again. */
  if (!self->saving)
    schedule_autosave (self);

  _wm_window_update_actions (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
items_changed_cb (WmWindow *self)
{
  update_main_page (self);
  /* Export and Print need an item that can be drawn. */
  _wm_window_update_actions (self);
}

static void
set_document (WmWindow   *self,
              WmDocument *document)
{
  g_assert (WM_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (wm_document_get_history (self->document), self);
      for (guint k = 0; k < WM_N_KINDS; k++)
        g_signal_handlers_disconnect_by_data (wm_kind_get_list (k, self->document), self);
    }

  wm_sidebar_set_document (self->sidebar, NULL);
  show_item (self, NULL);
  g_set_object (&self->document, document);

  g_signal_connect_object (document, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (wm_document_get_history (document), "notify",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint k = 0; k < WM_N_KINDS; k++)
    g_signal_connect_object (wm_kind_get_list (k, document), "items-changed",
                             G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  wm_sidebar_set_document (self->sidebar, document);

  update_title (self);
  update_main_page (self);
  _wm_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Files changed on disk. The file monitor's events wait a moment (a writer may not be done),
 * then the file's entity tag says whether it is another version than ours: our own saves
 * leave the tag we know. An unmodified workspace reloads in place; a modified one shows a bar
 * that offers to reload or to keep the changes made here. Saving checks the tag again and
 * asks before overwriting.
 */

#define DISK_CHECK_DELAY_MS 250

static void reload_file (WmWindow *self,
                         gboolean  discard_changes);

static void
hide_changed_bar (WmWindow *self)
{
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
}

static void
show_changed_bar (WmWindow   *self,
                  const char *disk_etag)
{
  g_free (self->disk_etag);
  self->disk_etag = g_strdup (disk_etag);
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

static gboolean
check_disk_cb (gpointer user_data)
{
  WmWindow *self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  const char *etag;

  self->disk_check_id = 0;

  if (self->file == NULL || self->loading_file != NULL || self->saving)
    return G_SOURCE_REMOVE;

  /* A file that is gone, or is being replaced, says nothing yet: its next event will. */
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  etag = info != NULL ? g_file_info_get_etag (info) : NULL;
  if (etag == NULL)
    return G_SOURCE_REMOVE;

  if (g_strcmp0 (etag, self->etag) == 0)
    {
      /* Our own save, or back at the version we have. */
      g_clear_pointer (&self->disk_etag, g_free);
      hide_changed_bar (self);
      return G_SOURCE_REMOVE;
    }

  /* The user heard about this version already (and chose to keep theirs). */
  if (g_strcmp0 (etag, self->disk_etag) == 0)
    return G_SOURCE_REMOVE;

  if (wm_window_get_modified (self))
    {
      show_changed_bar (self, etag);
    }
  else
    {
      g_free (self->disk_etag);
      self->disk_etag = g_strdup (etag);
      reload_file (self, FALSE);
    }

  return G_SOURCE_REMOVE;
}

static void
check_disk_soon (WmWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (DISK_CHECK_DELAY_MS, check_disk_cb, self);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 WmWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      check_disk_soon (self);
      break;

    /* CHANGED comes while a writer is still busy; its CHANGES_DONE_HINT follows. */
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

static void
stop_monitor (WmWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);

  if (self->monitor == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
start_monitor (WmWindow *self)
{
  g_autoptr(GError) error = NULL;

  stop_monitor (self);
  g_clear_pointer (&self->disk_etag, g_free);
  hide_changed_bar (self);

  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (self->file), error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);
}

static void
set_file (WmWindow   *self,
          GFile      *file,
          const char *etag)
{
  g_autofree char *copy = g_strdup (etag);

  g_free (self->etag);
  self->etag = g_steal_pointer (&copy);

  if (g_set_object (&self->file, file))
    {
      g_free (self->file_name);
      self->file_name = file != NULL ? dup_file_name (file) : NULL;
      start_monitor (self);
      _wm_window_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  update_title (self);
}

/* The first item worth showing: a journey map if there is one. */
static WmObject *
first_item (WmDocument *document)
{
  static const WmKind order[] = {
    WM_KIND_JOURNEY_MAP, WM_KIND_PERSONA, WM_KIND_EMPATHY_MAP, WM_KIND_SERVICE_BLUEPRINT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      WmObjectList *list = wm_kind_get_list (order[i], document);

      if (wm_object_list_get_length (list) > 0)
        return wm_object_list_get (list, 0);
    }

  return NULL;
}

/* Messages */

static void
dialog_close_response_cb (AdwMessageDialog *dialog,
                          const char       *response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
_wm_window_show_error (WmWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (dialog_close_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Loading runs in a thread; the window shows a spinner meanwhile. */

typedef struct
{
  WmDocument *document;
  GPtrArray  *problems;
  char       *etag;
  GError     *error;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->document);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_pointer (&result->etag, g_free);
  g_clear_error (&result->error);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->document = wm_journey_format_load (task_data, cancellable, &result->problems,
                                             &result->etag, &result->error);
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

static void
show_open_error (WmWindow   *self,
                 GFile      *file,
                 LoadResult *result)
{
  g_autofree char *name = dup_file_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  g_autoptr(GString) details = g_string_new (NULL);
  GtkWidget *dialog;
  guint n_errors = 0, shown = 0;
  const guint max_shown = 5;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, result->error->message);

  /* The message names the first error; list the others, or the first few of them. */
  for (guint i = 0; result->problems != NULL && i < result->problems->len; i++)
    {
      WmProblem *problem = g_ptr_array_index (result->problems, i);

      if (problem->severity == WM_PROBLEM_ERROR)
        n_errors++;
    }

  if (n_errors > 1)
    {
      for (guint i = 0; i < result->problems->len && shown < max_shown; i++)
        {
          WmProblem *problem = g_ptr_array_index (result->problems, i);
          g_autofree char *line = NULL;

          if (problem->severity != WM_PROBLEM_ERROR)
            continue;

          line = wm_problem_to_string (problem, NULL);
          if (details->len > 0)
            g_string_append_c (details, '\n');
          g_string_append (details, line);
          shown++;
        }
      if (n_errors > shown)
        {
          g_string_append_c (details, '\n');
          g_string_append_printf (details,
                                  g_dngettext (GETTEXT_PACKAGE, "…and %u more problem",
                                               "…and %u more problems", n_errors - shown),
                                  n_errors - shown);
        }
    }

  if (details->len > 0)
    {
      GtkWidget *label = gtk_label_new (details->str);

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
  g_signal_connect (dialog, "response", G_CALLBACK (dialog_close_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_cb (GObject      *object,
         GAsyncResult *async_result,
         gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (object);
  g_autoptr(GFile) file = g_object_ref (g_task_get_task_data (G_TASK (async_result)));
  LoadResult *result;
  guint n_warnings = 0;

  result = g_task_propagate_pointer (G_TASK (async_result), NULL);
  if (result == NULL)
    return;   /* cancelled: the window is going away */

  if (self->loading_file == NULL || !g_file_equal (self->loading_file, file))
    {
      load_result_free (result);
      return;
    }

  g_clear_object (&self->loading_file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (result->document == NULL)
    {
      update_main_page (self);
      _wm_window_update_actions (self);
      show_open_error (self, file, result);
      load_result_free (result);
      return;
    }

  set_document (self, result->document);
  set_file (self, file, result->etag);
  add_to_recent (file);
  wm_sidebar_set_selected_item (self->sidebar, first_item (self->document));

  for (guint i = 0; result->problems != NULL && i < result->problems->len; i++)
    if (((WmProblem *) g_ptr_array_index (result->problems, i))->severity == WM_PROBLEM_WARNING)
      n_warnings++;

  if (n_warnings > 0)
    {
      AdwToast *toast = adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u problem in the file was repaired",
                                                           "%u problems in the file were repaired",
                                                           n_warnings),
                                              n_warnings);

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  load_result_free (result);
}

/* Reloading a file that changed on disk, in place: the workspace is replaced, the selected
 * item stays selected if it is still there.
 */

static void
reload_cb (GObject      *object,
           GAsyncResult *async_result,
           gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (object);
  gboolean discard_changes = GPOINTER_TO_INT (user_data);
  g_autoptr(GFile) file = g_object_ref (g_task_get_task_data (G_TASK (async_result)));
  g_autofree char *selected_id = NULL;
  WmObject *selected;
  LoadResult *result;

  result = g_task_propagate_pointer (G_TASK (async_result), NULL);
  if (result == NULL)
    return;   /* cancelled: another reload, or the window is going away */

  /* The window moved on to another file meanwhile. */
  if (self->file == NULL || !g_file_equal (self->file, file) || self->loading_file != NULL)
    {
      load_result_free (result);
      return;
    }

  if (result->document == NULL)
    {
      AdwToast *toast = wm_toast_new_printf (_("Could not reload “%s”: %s"), self->file_name,
                                            result->error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      load_result_free (result);
      return;
    }

  /* Edited while the file was being read: keep the edits and ask. */
  if (!discard_changes && wm_window_get_modified (self))
    {
      show_changed_bar (self, result->etag);
      load_result_free (result);
      return;
    }

  selected = wm_sidebar_get_selected_item (self->sidebar);
  if (selected != NULL)
    selected_id = g_strdup (wm_object_get_id (selected));

  set_document (self, result->document);
  set_file (self, file, result->etag);
  set_restored (self, FALSE);
  remove_draft (self);
  g_clear_pointer (&self->disk_etag, g_free);
  hide_changed_bar (self);

  selected = selected_id != NULL ? wm_document_lookup (self->document, selected_id) : NULL;
  if (selected == NULL || wm_kind_of_item (selected) == WM_N_KINDS)
    selected = first_item (self->document);
  wm_sidebar_set_selected_item (self->sidebar, selected);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Reloaded: changed on disk")));
  load_result_free (result);
}

static void
reload_file (WmWindow *self,
             gboolean  discard_changes)
{
  g_autoptr(GTask) task = NULL;

  if (self->file == NULL)
    return;

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();

  task = g_task_new (self, self->reload_cancellable, reload_cb, GINT_TO_POINTER (discard_changes));
  g_task_set_source_tag (task, reload_file);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
_wm_window_reload (WmWindow *self)
{
  reload_file (self, TRUE);
}

void
_wm_window_keep_mine (WmWindow *self)
{
  /* disk_etag stays: this version of the file is not mentioned again. */
  hide_changed_bar (self);
}

/* Saving */

typedef struct
{
  GFile *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

/* Says why a save failed, in words, with the system's message below, and offers Save As: the
 * workspace is still open and unchanged.
 */
static char *
explain_save_error (GFile        *file,
                    const GError *error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_name = NULL;
  g_autofree char *parent_name = NULL;
  g_autofree char *file_name = g_file_get_parse_name (file);
  gboolean folder_exists;

  if (folder == NULL || error->domain != G_IO_ERROR)
    return NULL;

  /* The first folder up the path that exists is where the trouble is. */
  parent_name = g_file_get_parse_name (folder);
  folder_exists = g_file_query_exists (folder, NULL);
  while (!g_file_query_exists (folder, NULL))
    {
      GFile *parent = g_file_get_parent (folder);

      if (parent == NULL)
        break;
      g_object_unref (folder);
      folder = parent;
    }
  folder_name = g_file_get_parse_name (folder);

  switch (error->code)
    {
    case G_IO_ERROR_NOT_DIRECTORY:
      return g_strdup_printf (_("“%s” is a file, not a folder."), folder_name);

    case G_IO_ERROR_NOT_FOUND:
      if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        return g_strdup_printf (_("“%s” is a file, not a folder."), folder_name);
      if (folder_exists)
        return NULL;   /* a folder that takes no new files, such as /proc */
      return g_strdup_printf (_("The folder “%s” does not exist."), parent_name);

    case G_IO_ERROR_PERMISSION_DENIED:
      if (g_file_query_exists (file, NULL))
        return g_strdup_printf (_("You are not allowed to change “%s”."), file_name);
      return g_strdup_printf (_("You are not allowed to save files in “%s”."), folder_name);

    case G_IO_ERROR_READ_ONLY:
      return g_strdup_printf (_("“%s” is on a disk that cannot be written to."), folder_name);

    case G_IO_ERROR_NO_SPACE:
      return g_strdup_printf (_("There is not enough space on the disk of “%s”."), folder_name);

    case G_IO_ERROR_IS_DIRECTORY:
      return g_strdup_printf (_("“%s” is a folder."), file_name);

    default:
      return NULL;
    }
}

static void
save_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        WmWindow         *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (g_str_equal (response, "save-as"))
    _wm_window_save_as (self);
}

static void
show_save_error (WmWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = dup_file_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
  g_autofree char *reason = explain_save_error (file, error);
  GtkWidget *dialog, *details;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                  reason != NULL ? reason : error->message,
                                  _("The workspace is still open with all its changes. Save it "
                                    "somewhere else with Save As."));

  if (reason != NULL)
    {
      details = gtk_label_new (error->message);
      gtk_label_set_wrap (GTK_LABEL (details), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (details), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (details), TRUE);
      gtk_label_set_justify (GTK_LABEL (details), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (details, "caption");
      gtk_widget_add_css_class (details, "dim-label");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), details);
    }

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "save-as", _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void save_to_file (GTask      *task,
                          GFile      *file,
                          const char *etag);

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GTask            *task)
{
  SaveData *data = g_task_get_task_data (task);

  if (g_str_equal (response, "overwrite"))
    save_to_file (task, data->file, NULL);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not saved"));

  g_object_unref (task);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Writes the workspace to @file, asking before overwriting changes made by someone else. */
static void
save_to_file (GTask      *task,
              GFile      *file,
              const char *etag)
{
  WmWindow *self = g_task_get_source_object (task);
  WmHistory *history = wm_document_get_history (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *name = dup_file_name (file);
  SaveData *data = g_task_get_task_data (task);
  gboolean saved;

  g_set_object (&data->file, file);

  self->saving = TRUE;
  if (wm_window_get_modified (self))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      wm_document_set_modified (self->document, stamp);
    }
  saved = wm_journey_format_save (self->document, file, etag, &new_etag, NULL, &error);
  self->saving = FALSE;

  if (saved)
    {
      set_file (self, file, new_etag);
      wm_history_mark_saved (history);
      set_restored (self, FALSE);
      remove_draft (self);
      g_clear_pointer (&self->disk_etag, g_free);
      hide_changed_bar (self);
      add_to_recent (file);
      g_task_return_boolean (task, TRUE);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” was changed by another program since it was "
                                        "opened. Overwrite it with this workspace?"),
                                      name);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "overwrite", _("_Overwrite"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb),
                        g_object_ref (task));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    {
      show_save_error (self, file, error);
      g_task_return_error (task, g_steal_pointer (&error));
    }
}

static void
save_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          GTask           *task)
{
  WmWindow *self = g_task_get_source_object (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      gboolean same = self->file != NULL && g_file_equal (file, self->file);

      /* The chooser asked before replacing another file. */
      save_to_file (task, file, same ? self->etag : NULL);
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not saved"));
    }

  g_object_unref (task);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static GtkFileFilter *
journey_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Waymark Workspaces"));
  gtk_file_filter_add_mime_type (filter, WM_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "journey");

  return filter;
}

static char *
suggest_file_name (WmWindow *self)
{
  const char *title = wm_document_get_title (self->document);
  g_autoptr(GString) name = g_string_new (NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (name->len >= 60)
        break;
      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));

  if (name->len == 0 || name->str[0] == '.')
    g_string_assign (name, _("Untitled Workspace"));
  g_string_append (name, ".journey");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
run_save_chooser (GTask *task)
{
  WmWindow *self = g_task_get_source_object (task);
  g_autoptr(GtkFileFilter) filter = journey_filter ();
  g_autofree char *name = suggest_file_name (self);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Workspace"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (save_chooser_response_cb),
                    g_object_ref (task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GTask *
new_save_task (WmWindow            *self,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, wm_window_save_async);
  g_task_set_task_data (task, g_new0 (SaveData, 1), (GDestroyNotify) save_data_free);

  return task;
}

static void
save_as_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  wm_window_save_finish (WM_WINDOW (object), result, NULL);
}

void
_wm_window_save_as (WmWindow *self)
{
  g_autoptr(GTask) task = new_save_task (self, NULL, save_as_done_cb, NULL);

  run_save_chooser (task);
}

/* Closing */

static void
save_settings (WmWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
finish_close (WmWindow *self,
              gboolean  closed)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->close_task);

  if (closed)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }

  if (task == NULL)
    return;

  if (closed)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not closed"));
}

static void
close_save_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (object);

  finish_close (self, wm_window_save_finish (self, result, NULL));
}

static void
save_changes_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          WmWindow         *self)
{
  if (g_str_equal (response, "save"))
    wm_window_save_async (self, NULL, NULL, close_save_cb, NULL);
  else
    finish_close (self, g_str_equal (response, "discard"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
ask_about_changes (WmWindow *self)
{
  GtkWidget *dialog;
  const char *title = wm_document_get_title (self->document);
  const char *shown = title[0] != '\0' ? title : self->file_name;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  if (shown != NULL)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("“%s” has unsaved changes. Changes which are not saved "
                                      "will be permanently lost."),
                                    shown);
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("This workspace has never been saved. Changes which are "
                                   "not saved will be permanently lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", self->file ? _("_Save") : _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
wm_window_close_request (GtkWindow *window)
{
  WmWindow *self = WM_WINDOW (window);

  if (!self->closing && wm_window_get_modified (self))
    {
      if (self->close_task == NULL)
        {
          self->close_task = g_task_new (self, NULL, NULL, NULL);
          g_task_set_source_tag (self->close_task, wm_window_close_async);
          ask_about_changes (self);
        }
      return TRUE;
    }

  save_settings (self);
  g_cancellable_cancel (self->cancellable);
  /* Closed on purpose: saved, unchanged, or the user chose to discard the changes. */
  remove_draft (self);

  return GTK_WINDOW_CLASS (wm_window_parent_class)->close_request (window);
}

/* Template callbacks */

static void
template_gallery_child_activated_cb (WmWindow       *self,
                                     GtkFlowBoxChild *child)
{
  WmTemplate *template = g_object_get_data (G_OBJECT (child), "wm-template");

  if (template != NULL)
    {
      g_autofree char *uri = g_file_get_uri (wm_template_get_file (template));

      gtk_widget_activate_action (GTK_WIDGET (self), "win.add-template", "s", uri);
    }
  else
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.add-item", "s",
                                  wm_kind_get_info (WM_KIND_JOURNEY_MAP)->nick);
    }
}

static void
sidebar_selected_item_changed_cb (WmWindow *self)
{
  show_item (self, wm_sidebar_get_selected_item (self->sidebar));
}

static void
sidebar_item_activated_cb (WmWindow *self,
                           WmObject *item)
{
  /* On a narrow window the sidebar covers the editor: get it out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static GtkWidget *
create_gallery_card (const char *icon_name,
                     const char *title,
                     const char *description)
{
  GtkWidget *box, *image, *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "template-card");

  image = gtk_image_new_from_icon_name (icon_name);
  gtk_image_set_pixel_size (GTK_IMAGE (image), 32);
  gtk_widget_set_margin_bottom (image, 6);
  gtk_box_append (GTK_BOX (box), image);

  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (description);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_lines (GTK_LABEL (label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
fill_templates (WmWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GListModel *templates;
  GtkWidget *card;

  if (!WM_IS_APPLICATION (application) || gtk_widget_get_first_child (
        GTK_WIDGET (self->template_gallery)) != NULL)
    return;

  card = create_gallery_card ("list-add-symbolic", _("Blank Journey Map"),
                              _("Five stages and the usual lanes, ready to fill in"));
  gtk_flow_box_append (self->template_gallery, card);

  templates = wm_application_get_templates (WM_APPLICATION (application));
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(WmTemplate) template = g_list_model_get_item (templates, i);
      g_autofree char *uri = g_file_get_uri (wm_template_get_file (template));
      g_autofree char *label = escape_mnemonic (wm_template_get_title (template));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      card = create_gallery_card ("wm-journey-map-symbolic", wm_template_get_title (template),
                                  wm_template_get_description (template));
      gtk_flow_box_append (self->template_gallery, card);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_parent (card)), "wm-template",
                              g_object_ref (template), g_object_unref);

      g_menu_item_set_action_and_target_value (item, "win.add-template",
                                               g_variant_new_string (uri));
      g_menu_append_item (self->template_menu, item);
    }
}

/* GObject */

static void
wm_window_constructed (GObject *object)
{
  WmWindow *self = WM_WINDOW (object);

  G_OBJECT_CLASS (wm_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
wm_window_dispose (GObject *object)
{
  WmWindow *self = WM_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->dismiss_toast_id, g_source_remove);
  stop_monitor (self);
  if (self->delete_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->delete_toast),
                                  (gpointer *) &self->delete_toast);
  self->delete_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->close_task);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->print_operation);
  g_clear_object (&self->reload_cancellable);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->disk_etag, g_free);

  G_OBJECT_CLASS (wm_window_parent_class)->dispose (object);
}

static void
wm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WmWindow *self = WM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading_file != NULL);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, wm_window_get_modified (self));
      break;

    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WmWindow *self = WM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      if (self->show_sidebar != g_value_get_boolean (value))
        {
          self->show_sidebar = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_window_class_init (WmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wm_window_constructed;
  object_class->dispose = wm_window_dispose;
  object_class->get_property = wm_window_get_property;
  object_class->set_property = wm_window_set_property;

  window_class->close_request = wm_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WM_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WM_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, template_gallery);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, template_menu);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, changed_bar);
  gtk_widget_class_bind_template_callback (widget_class, template_gallery_child_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_item_activated_cb);

  _wm_window_class_init_actions (widget_class);
}

static void
wm_window_init (WmWindow *self)
{
  g_autoptr(WmDocument) document = wm_document_new ();

  self->show_sidebar = TRUE;
  self->settings = g_settings_new (APPLICATION_ID);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::application", G_CALLBACK (fill_templates), NULL);
  g_signal_connect_object (self->settings, "changed::autosave-interval",
                           G_CALLBACK (schedule_autosave), self, G_CONNECT_SWAPPED);

  set_document (self, document);
}

/* Public API */

WmWindow *
wm_window_new (WmApplication *application)
{
  g_return_val_if_fail (WM_IS_APPLICATION (application), NULL);

  return g_object_new (WM_TYPE_WINDOW, "application", application, NULL);
}

/**
 * wm_window_get_document:
 *
 * Returns: (transfer none): the workspace shown
 */
WmDocument *
wm_window_get_document (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * wm_window_get_file:
 *
 * Returns: (transfer none) (nullable): the workspace's file, or %NULL while untitled
 */
GFile *
wm_window_get_file (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * wm_window_has_file:
 *
 * Returns: whether @self shows @file, or is opening it
 */
gboolean
wm_window_has_file (WmWindow *self,
                    GFile    *file)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->loading_file != NULL)
    return g_file_equal (self->loading_file, file);

  return self->file != NULL && g_file_equal (self->file, file);
}

gboolean
wm_window_get_loading (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);

  return self->loading_file != NULL;
}

gboolean
wm_window_get_modified (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);

  return self->document != NULL
         && (self->restored || wm_history_get_modified (wm_document_get_history (self->document)));
}

/**
 * wm_window_is_blank:
 *
 * Returns: whether @self holds an untitled, empty, unmodified workspace that opening a file
 *   may replace
 */
gboolean
wm_window_is_blank (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);

  return self->file == NULL && self->loading_file == NULL && !wm_window_get_modified (self)
         && document_is_empty (self->document);
}

/**
 * wm_window_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the item whose editor is shown
 */
WmObject *
wm_window_get_selected_item (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  return wm_sidebar_get_selected_item (self->sidebar);
}

void
wm_window_select_item (WmWindow *self,
                       WmObject *item)
{
  g_return_if_fail (WM_IS_WINDOW (self));

  wm_sidebar_set_selected_item (self->sidebar, item);
}

/**
 * wm_window_get_sidebar:
 *
 * Returns: (transfer none): the #WmSidebar
 */
GtkWidget *
wm_window_get_sidebar (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->sidebar);
}

/**
 * wm_window_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor shown, or %NULL when no item is selected
 */
GtkWidget *
wm_window_get_editor (WmWindow *self)
{
  WmKind kind;

  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  kind = wm_kind_of_item (wm_sidebar_get_selected_item (self->sidebar));

  return kind < WM_N_KINDS ? self->editors[kind] : NULL;
}

/**
 * wm_window_add_toast:
 * @toast: (transfer full): a toast
 */
void
wm_window_add_toast (WmWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * wm_window_load:
 * @file: a .journey file
 *
 * Reads @file in the background and shows it in place of the current workspace. If it cannot
 * be read, a dialog says why and the current workspace stays.
 */
void
wm_window_load (WmWindow *self,
                GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->loading_file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  update_main_page (self);
  _wm_window_update_actions (self);

  task = g_task_new (self, self->cancellable, load_cb, NULL);
  g_task_set_source_tag (task, wm_window_load);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * wm_window_save_async:
 * @file: (nullable): where to save, or %NULL for the workspace's file
 *
 * Saves the workspace. Without @file, an untitled workspace asks where to save it. Problems
 * (a file changed by someone else, a write error) are shown to the user; the result only
 * says whether the workspace was saved.
 */
void
wm_window_save_async (WmWindow            *self,
                      GFile               *file,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = new_save_task (self, cancellable, callback, user_data);

  if (self->loading_file != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                             _("The workspace is still being read"));
  else if (file != NULL)
    save_to_file (task, file,
                  self->file != NULL && g_file_equal (file, self->file) ? self->etag : NULL);
  else if (self->file != NULL)
    save_to_file (task, self->file, self->etag);
  else
    run_save_chooser (task);
}

gboolean
wm_window_save_finish (WmWindow      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * wm_window_close_async:
 *
 * Closes the window, first asking what to do with unsaved changes (save, discard or cancel).
 * The result says whether the window closed.
 */
void
wm_window_close_async (WmWindow            *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WM_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wm_window_close_async);

  if (self->close_task != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The window is already asking about its changes"));
      return;
    }

  if (!wm_window_get_modified (self))
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->close_task = g_steal_pointer (&task);
  ask_about_changes (self);
}

gboolean
wm_window_close_finish (WmWindow      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * wm_window_get_draft_id:
 *
 * Returns: (nullable): the id of the draft that keeps this window's unsaved changes, or %NULL
 *   while there is none
 */
const char *
wm_window_get_draft_id (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);

  return self->draft_written ? self->draft_id : NULL;
}

/**
 * wm_window_restore_draft:
 * @draft: a draft left by a window that did not close
 * @document: its workspace (see wm_draft_load())
 *
 * Shows a recovered workspace in place of the current one (and of a file being opened). It is
 * modified until saved, its file is the draft's original, whose entity tag is the one the
 * draft recorded: saving writes the real file, and asks first if someone changed it since.
 * The window takes the draft over: it is refreshed as the workspace changes and removed when
 * it is saved.
 */
void
wm_window_restore_draft (WmWindow   *self,
                         WmDraft    *draft,
                         WmDocument *document)
{
  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (WM_IS_DRAFT (draft));
  g_return_if_fail (WM_IS_DOCUMENT (document));

  if (self->loading_file != NULL)
    {
      g_clear_object (&self->loading_file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }

  if (g_strcmp0 (self->draft_id, wm_draft_get_id (draft)) != 0)
    remove_draft (self);
  g_free (self->draft_id);
  self->draft_id = g_strdup (wm_draft_get_id (draft));
  self->draft_written = TRUE;

  set_document (self, document);
  set_file (self, wm_draft_get_original (draft), wm_draft_get_original_etag (draft));
  set_restored (self, TRUE);
  wm_sidebar_set_selected_item (self->sidebar, first_item (self->document));
  update_main_page (self);
  _wm_window_update_actions (self);

  /* Someone may have changed the file since the draft's changes began. */
  if (self->file != NULL)
    check_disk_soon (self);
}
