/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-application.h"
#include "wm-drafts.h"
#include "wm-preferences-window.h"
#include "wm-template.h"
#include "wm-window.h"

struct _WmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GListModel     *templates;   /* WmTemplate, read on first use */
  gboolean        quitting;
  gboolean        drafts_offered;
  GPtrArray      *drafts;      /* WmDraft offered by recovery_dialog */
  GtkWidget      *recovery_dialog;
  GtkListBox     *recovery_list;
};

G_DEFINE_FINAL_TYPE (WmApplication, wm_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-sidebar", { "F9", NULL } },
  { "win.search", { "<Control>f", NULL } },
};

static void
apply_colour_scheme (WmApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "colour-scheme");
  AdwColorScheme colour_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    colour_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    colour_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), colour_scheme);
}

static WmWindow *
new_window (WmApplication *self)
{
  return wm_window_new (self);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  WmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  WmPreferencesWindow *preferences = wm_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  WmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Waymark developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Waymark"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Waymark developers"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Map how customers experience a product"),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
show_help_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (object);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (gtk_show_uri_full_finish (parent, result, &error)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  dialog = adw_message_dialog_new (parent, _("Could Not Show the Help"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  /* A message dialog only hides itself after a response. */
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The help is installed as Mallard pages in DATADIR/help/LANG/waymark, where Yelp finds it
 * as help:waymark. WAYMARK_HELP_DIR names the pages' folder instead (the source tree's
 * help/C when running from the build tree).
 */
static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  WmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *dir = g_getenv ("WAYMARK_HELP_DIR");
  g_autofree char *uri = NULL;

  if (dir != NULL && dir[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (dir);

      uri = g_file_get_uri (file);
    }
  else
    uri = g_strdup ("help:waymark");

  /* Help asked for from outside (gapplication action) still gets a window to report in. */
  if (parent == NULL)
    {
      parent = GTK_WINDOW (new_window (self));
      gtk_window_present (parent);
    }

  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, show_help_cb, NULL);
}

static void quit_next_window (WmApplication *self);

static void
quit_window_closed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(WmApplication) self = user_data;

  if (wm_window_close_finish (WM_WINDOW (object), result, NULL))
    quit_next_window (self);
  else
    self->quitting = FALSE;
}

/* Closes the windows one at a time, so that each modified one asks about its changes in
 * turn; cancelling one of them stops the quit.
 */
static void
quit_next_window (WmApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (WM_IS_WINDOW (l->data))
        {
          wm_window_close_async (l->data, NULL, quit_window_closed_cb, g_object_ref (self));
          return;
        }
    }

  self->quitting = FALSE;
  g_application_quit (G_APPLICATION (self));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  WmApplication *self = user_data;

  if (self->quitting)
    return;

  self->quitting = TRUE;
  quit_next_window (self);
}

/* Recovery. Drafts left by windows that did not close (Waymark was killed, or crashed, or
 * the session ended) are offered once, at the first start: those of workspaces never saved,
 * and those newer than their file. Restore opens one, Discard deletes it, Later keeps them
 * for the next start.
 */

static WmDraft *
find_offered_draft (WmApplication *self,
                    const char    *id)
{
  for (guint i = 0; self->drafts != NULL && i < self->drafts->len; i++)
    {
      WmDraft *draft = g_ptr_array_index (self->drafts, i);

      if (g_str_equal (wm_draft_get_id (draft), id))
        return draft;
    }

  return NULL;
}

static WmWindow *
find_window_to_restore_in (WmApplication *self,
                           WmDraft       *draft)
{
  GFile *original = wm_draft_get_original (draft);
  WmWindow *window;

  /* The window that shows (or is opening) the draft's file, unless it has changes of its own. */
  if (original != NULL)
    {
      window = wm_application_find_window (self, original);
      if (window != NULL && !wm_window_get_modified (window))
        return window;
    }

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (WM_IS_WINDOW (l->data) && wm_window_is_blank (l->data))
      return l->data;

  return new_window (self);
}

static GtkWindow *
any_window (WmApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (WM_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
forget_offered_draft (WmApplication *self,
                      WmDraft       *draft)
{
  g_autoptr(WmDraft) kept = g_object_ref (draft);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_object_get_data (G_OBJECT (row), "wm-draft") == draft)
        {
          gtk_list_box_remove (self->recovery_list, row);
          break;
        }
    }

  g_ptr_array_remove (self->drafts, draft);
  if (self->drafts->len == 0 && self->recovery_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->recovery_dialog));
}

static gboolean
restore_draft (WmApplication *self,
               WmDraft       *draft)
{
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window;

  document = wm_draft_load (draft, NULL, &error);
  if (document == NULL)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (any_window (self), _("Could Not Restore the Workspace"),
                                       error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  window = find_window_to_restore_in (self, draft);
  wm_window_restore_draft (window, draft, document);
  gtk_window_present (GTK_WINDOW (window));

  return TRUE;
}

static void
restore_draft_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WmApplication *self = user_data;
  WmDraft *draft = find_offered_draft (self, g_variant_get_string (parameter, NULL));

  if (draft != NULL && restore_draft (self, draft))
    forget_offered_draft (self, draft);
}

static void
discard_draft_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WmApplication *self = user_data;
  WmDraft *draft = find_offered_draft (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  if (draft == NULL)
    return;

  dir = wm_drafts_get_default_dir ();
  if (!wm_drafts_remove (dir, wm_draft_get_id (draft), NULL, &error))
    g_debug ("Could not discard draft %s: %s", wm_draft_get_id (draft), error->message);
  forget_offered_draft (self, draft);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      WmApplication    *self)
{
  if (g_str_equal (response, "restore-all"))
    {
      g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < self->drafts->len; i++)
        g_ptr_array_add (drafts, g_object_ref (g_ptr_array_index (self->drafts, i)));
      for (guint i = 0; i < drafts->len && self->recovery_dialog != NULL; i++)
        if (restore_draft (self, g_ptr_array_index (drafts, i)))
          forget_offered_draft (self, g_ptr_array_index (drafts, i));
    }

  if (self->recovery_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->recovery_dialog));
}

static void
recovery_dialog_destroyed_cb (WmApplication *self)
{
  self->recovery_dialog = NULL;
  self->recovery_list = NULL;
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
}

static char *
describe_draft_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (local) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: when a draft was written today; see strftime(3) */
    return g_date_time_format (local, _("today at %H:%M"));

  /* Translators: when a draft was written; see strftime(3) */
  return g_date_time_format (local, _("%e %B %Y at %H:%M"));
}

static GtkWidget *
create_draft_row (WmDraft *draft)
{
  GtkWidget *row = adw_action_row_new ();
  GFile *original = wm_draft_get_original (draft);
  const char *title = wm_draft_get_title (draft);
  g_autofree char *file_name = original != NULL ? g_file_get_basename (original) : NULL;
  g_autofree char *when = describe_draft_time (wm_draft_get_time (draft));
  g_autofree char *subtitle = NULL;
  GtkWidget *button;

  if (title[0] == '\0')
    title = file_name != NULL ? file_name : _("Untitled Workspace");

  if (file_name != NULL)
    /* Translators: a recoverable workspace: its file name, and when its changes were kept */
    subtitle = g_strdup_printf (_("%s, changed %s"), file_name, when);
  else
    /* Translators: a recoverable workspace that has no file; %s is when it was kept */
    subtitle = g_strdup_printf (_("Never saved, changed %s"), when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* One line each keeps the rows' height known to the scrolled list; the tooltip has it all. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_tooltip_text (row, title);
  g_object_set_data_full (G_OBJECT (row), "wm-draft", g_object_ref (draft), g_object_unref);

  button = gtk_button_new_with_mnemonic (_("_Discard"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.discard-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wm_draft_get_id (draft));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  button = gtk_button_new_with_mnemonic (_("_Restore"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.restore-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wm_draft_get_id (draft));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
show_recovery_dialog (WmApplication *self,
                      GPtrArray     *drafts)
{
  GtkWidget *dialog, *list, *scrolled;

  g_assert (self->recovery_dialog == NULL);

  self->drafts = g_ptr_array_ref (drafts);

  dialog = adw_message_dialog_new (any_window (self), _("Recover Unsaved Work?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               g_dngettext (GETTEXT_PACKAGE,
                                            "Waymark closed before this workspace was saved. "
                                            "Its changes were kept.",
                                            "Waymark closed before these workspaces were saved. "
                                            "Their changes were kept.",
                                            drafts->len));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unsaved workspaces"), -1);
  for (guint i = 0; i < drafts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_draft_row (g_ptr_array_index (drafts, i)));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "restore-all", _("Restore _All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore-all",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore-all");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);

  /* The rows' buttons use the application's actions. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));

  self->recovery_dialog = dialog;
  self->recovery_list = GTK_LIST_BOX (list);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (recovery_dialog_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
list_drafts_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(GFile) dir = wm_drafts_get_default_dir ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *recoverable = g_ptr_array_new_with_free_func (g_object_unref);

  drafts = wm_drafts_list (dir, cancellable, &error);
  if (drafts == NULL)
    g_debug ("Cannot list drafts: %s", error->message);

  /* Looking at each draft's file may take a while (on a network), hence a thread. */
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    if (wm_draft_is_recoverable (g_ptr_array_index (drafts, i), cancellable))
      g_ptr_array_add (recoverable, g_object_ref (g_ptr_array_index (drafts, i)));

  g_task_return_pointer (task, recoverable, (GDestroyNotify) g_ptr_array_unref);
}

static void
list_drafts_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WmApplication *self = WM_APPLICATION (object);
  g_autoptr(GPtrArray) drafts = g_task_propagate_pointer (G_TASK (result), NULL);

  if (drafts == NULL || self->recovery_dialog != NULL)
    return;

  /* Drafts that windows of this process write meanwhile are not for recovery. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      const char *id = WM_IS_WINDOW (l->data) ? wm_window_get_draft_id (l->data) : NULL;

      for (guint i = 0; id != NULL && i < drafts->len; i++)
        if (g_str_equal (wm_draft_get_id (g_ptr_array_index (drafts, i)), id))
          g_ptr_array_remove_index (drafts, i--);
    }

  if (drafts->len > 0 && any_window (self) != NULL)
    show_recovery_dialog (self, drafts);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "help", help_action },
  { "quit", quit_action },
  { "restore-draft", restore_draft_action, "s" },
  { "discard-draft", discard_draft_action, "s" },
};

static void
wm_application_activate (GApplication *application)
{
  WmApplication *self = WM_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);

  if (!self->drafts_offered)
    wm_application_offer_drafts (self);
}

static void
wm_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  WmApplication *self = WM_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    wm_application_open_file (self, files[i], NULL);

  if (!self->drafts_offered)
    wm_application_offer_drafts (self);
}

static void
wm_application_startup (GApplication *application)
{
  WmApplication *self = WM_APPLICATION (application);

  G_APPLICATION_CLASS (wm_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::colour-scheme",
                           G_CALLBACK (apply_colour_scheme), self, G_CONNECT_SWAPPED);
  apply_colour_scheme (self);
}

static void
wm_application_dispose (GObject *object)
{
  WmApplication *self = WM_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->templates);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_application_parent_class)->dispose (object);
}

static void
wm_application_class_init (WmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = wm_application_dispose;

  application_class->activate = wm_application_activate;
  application_class->open = wm_application_open;
  application_class->startup = wm_application_startup;
}

static void
wm_application_init (WmApplication *self)
{
}

WmApplication *
wm_application_new (void)
{
  return g_object_new (WM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/waymark/Waymark",
                       NULL);
}

/**
 * wm_application_get_templates:
 *
 * The templates are read from the folder named by the environment variable
 * WAYMARK_TEMPLATES_DIR (set when running from the build tree) or else from the installed
 * PKGDATADIR/templates.
 *
 * Returns: (transfer none): a #GListModel of #WmTemplate
 */
GListModel *
wm_application_get_templates (WmApplication *self)
{
  g_return_val_if_fail (WM_IS_APPLICATION (self), NULL);

  if (self->templates == NULL)
    {
      const char *path = g_getenv ("WAYMARK_TEMPLATES_DIR");
      g_autoptr(GFile) dir = NULL;

      if (path != NULL && path[0] != '\0')
        dir = g_file_new_for_path (path);
      else
        dir = g_file_new_build_filename (PKGDATADIR, "templates", NULL);

      self->templates = wm_template_list_new_from_dir (dir);
    }

  return self->templates;
}

/**
 * wm_application_find_window:
 *
 * Returns: (transfer none) (nullable): the window that shows or is opening @file
 */
WmWindow *
wm_application_find_window (WmApplication *self,
                            GFile         *file)
{
  g_return_val_if_fail (WM_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (WM_IS_WINDOW (l->data) && wm_window_has_file (l->data, file))
      return l->data;

  return NULL;
}

/**
 * wm_application_open_file:
 * @from: (nullable): the window the user opened @file from
 *
 * Shows @file: presents the window that already has it, or opens it in @from when that
 * window holds a blank untouched workspace, or else in a new window.
 *
 * Returns: (transfer none): the window that shows @file
 */
WmWindow *
wm_application_open_file (WmApplication *self,
                          GFile         *file,
                          WmWindow      *from)
{
  WmWindow *window;

  g_return_val_if_fail (WM_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (from == NULL || WM_IS_WINDOW (from), NULL);

  window = wm_application_find_window (self, file);
  if (window == NULL)
    {
      if (from != NULL && wm_window_is_blank (from))
        window = from;
      else
        window = new_window (self);
      wm_window_load (window, file);
    }

  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * wm_application_offer_drafts:
 *
 * Looks for drafts worth recovering (in the background) and, if there are any, asks what to
 * do with them. Activating or opening files does this the first time.
 */
void
wm_application_offer_drafts (WmApplication *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WM_IS_APPLICATION (self));

  self->drafts_offered = TRUE;

  task = g_task_new (self, NULL, list_drafts_cb, NULL);
  g_task_set_source_tag (task, wm_application_offer_drafts);
  g_task_run_in_thread (task, list_drafts_thread);
}
