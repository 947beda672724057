/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>

#include "wm-application.h"
#include "wm-test-window.h"
#include "wm-test-xtest.h"
#include "wm-window.h"

/* The help, run under Xvfb: F1 and the primary menu's Help ask the desktop to show
 * help:waymark. The test's own XDG folders register a recorder as the handler of help: URIs
 * (and of folders), so the test sees exactly which URI Waymark asked for.
 */

static WmApplication *app;
static char *tmp_dir;
static char *record_path;

/* Waits for the recorder to write the URI it was given, and returns it. */
static char *
wait_for_recorded_uri (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  char *contents = NULL;

  while (!g_file_get_contents (record_path, &contents, NULL, NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpint (g_unlink (record_path), ==, 0);

  return g_strchomp (contents);
}

static WmWindow *
new_window (void)
{
  WmWindow *window = wm_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;

      link = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (link != NULL)
        {
          gboolean found = menu_has_action (link, action);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }

  return FALSE;
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *property,
             const char *value)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      g_autofree char *actual = NULL;

      g_object_get (root, property, &actual, NULL);
      if (g_strcmp0 (actual, value) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, property, value);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A real F1 key press, with the pointer and the X focus in the window. */
static void
press_f1 (WmWindow *window)
{
  Window xwindow = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  wm_test_pointer_to_widget (GTK_WIDGET (window), gtk_widget_get_width (GTK_WIDGET (window)) / 2,
                             gtk_widget_get_height (GTK_WIDGET (window)) / 2);
  XSetInputFocus (wm_test_xdisplay (), xwindow, RevertToParent, CurrentTime);
  XFlush (wm_test_xdisplay ());
  wm_test_spin ();
  wm_test_key (XK_F1, 0);
  wm_test_spin ();
}

static void
test_f1_shows_help (void)
{
  WmWindow *window = new_window ();
  g_autofree char *uri = NULL;

  g_unsetenv ("WAYMARK_HELP_DIR");
  press_f1 (window);
  uri = wait_for_recorded_uri ();
  g_assert_cmpstr (uri, ==, "help:waymark");

  /* No error came up. */
  wm_test_spin ();
  g_assert_null (wm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  wm_test_close_all_windows (app);
}

static void
test_menu_and_shortcuts (void)
{
  WmWindow *window = new_window ();
  GtkWidget *primary;
  GtkWindow *shortcuts;
  GtkWidget *help_shortcut;
  g_auto(GStrv) accels = NULL;
  g_autofree char *uri = NULL;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "F1");

  /* The primary menu offers Help. */
  primary = find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "icon-name",
                         "open-menu-symbolic");
  g_assert_nonnull (primary);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (primary)),
                                  "app.help"));

  /* The shortcuts window lists it (and opens without warnings, which are fatal here). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wm_test_spin ();
  shortcuts = wm_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (shortcuts));
  help_shortcut = find_widget (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT,
                               "action-name", "app.help");
  g_assert_nonnull (help_shortcut);
  gtk_window_destroy (shortcuts);
  wm_test_spin ();

  /* The menu item's action is the one F1 runs. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  uri = wait_for_recorded_uri ();
  g_assert_cmpstr (uri, ==, "help:waymark");

  wm_test_close_all_windows (app);
}

/* From the build tree, WAYMARK_HELP_DIR points at the pages themselves. */
static void
test_help_dir_override (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("WAYMARK_SOURCE_DIR"), "help", "C", NULL);
  g_autofree char *index = g_build_filename (dir, "index.page", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *expected = g_file_get_uri (file);
  g_autofree char *uri = NULL;

  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  new_window ();
  g_setenv ("WAYMARK_HELP_DIR", dir, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_unsetenv ("WAYMARK_HELP_DIR");
  uri = wait_for_recorded_uri ();
  /* GIO hands a local file to %u as its path. */
  if (!g_str_equal (uri, expected))
    g_assert_cmpstr (uri, ==, dir);

  wm_test_close_all_windows (app);
}

/* When the desktop cannot show the help, a dialog says so (here: the folder is missing). */
static void
test_failure_is_shown (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-help", NULL);
  AdwMessageDialog *dialog;

  new_window ();
  g_setenv ("WAYMARK_HELP_DIR", missing, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_unsetenv ("WAYMARK_HELP_DIR");

  dialog = wm_test_wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Show the Help");
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_false (g_file_test (record_path, G_FILE_TEST_EXISTS));
  wm_test_respond (dialog, "close");

  wm_test_close_all_windows (app);
}

static void
write_file (const char *path,
            const char *contents,
            int         mode)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* The recorder: a desktop entry for help: URIs and folders that writes its argument down. */
static void
install_recorder (void)
{
  g_autofree char *data_home = g_build_filename (tmp_dir, "data", NULL);
  g_autofree char *config_home = g_build_filename (tmp_dir, "config", NULL);
  g_autofree char *script = g_build_filename (tmp_dir, "record-uri", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *desktop_text = NULL;
  g_autofree char *mimeapps = NULL;

  record_path = g_build_filename (tmp_dir, "recorded-uri", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" > '%s.part'\n"
                                 "mv '%s.part' '%s'\n", record_path, record_path, record_path);
  write_file (script, script_text, 0700);

  desktop = g_build_filename (data_home, "applications", "waymark-test-help.desktop", NULL);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help Recorder\n"
                                  "Exec=%s %%u\nNoDisplay=true\n"
                                  "MimeType=x-scheme-handler/help;inode/directory;\n", script);
  write_file (desktop, desktop_text, 0600);

  mimeapps = g_build_filename (config_home, "mimeapps.list", NULL);
  write_file (mimeapps,
              "[Default Applications]\n"
              "x-scheme-handler/help=waymark-test-help.desktop\n"
              "inode/directory=waymark-test-help.desktop\n",
              0600);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("waymark-test-help-XXXXXX", &error);
  g_assert_no_error (error);
  install_recorder ();
  g_setenv ("WAYMARK_DRAFTS_DIR", tmp_dir, TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  wm_test_xtest_init ();
  app = wm_test_application_new ();

  g_test_add_func ("/help/f1-shows-help", test_f1_shows_help);
  g_test_add_func ("/help/menu-and-shortcuts", test_menu_and_shortcuts);
  g_test_add_func ("/help/help-dir-override", test_help_dir_override);
  g_test_add_func ("/help/failure-is-shown", test_failure_is_shown);

  status = g_test_run ();

  g_clear_object (&app);
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp_dir);

    g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  }
  g_free (record_path);
  g_free (tmp_dir);

  return status;
}
