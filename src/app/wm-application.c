/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-application.h"
#include "wm-preferences-window.h"
#include "wm-template.h"
#include "wm-window.h"

struct _WmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GListModel     *templates;   /* WmTemplate, read on first use */
  gboolean        quitting;
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

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
wm_application_activate (GApplication *application)
{
  WmApplication *self = WM_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);
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
