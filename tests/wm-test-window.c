/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "wm-model.h"
#include "wm-test-util.h"
#include "wm-test-window.h"

/* Shared by the widget tests of the application shell: the application, its windows and the
 * dialogs they show, driven and answered the way a user would. */

/* A registered application that opens files and never finds another instance. */
WmApplication *
wm_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  WmApplication *app = wm_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

/* Runs what is pending in the main loop, a few rounds. */
void
wm_test_spin (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The first visible toplevel of @type, or NULL. */
GtkWindow *
wm_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Conditions for wm_test_wait_until(): @type is a GType in a pointer (GSIZE_TO_POINTER). */
gboolean
wm_test_has_toplevel (gpointer type)
{
  return wm_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

gboolean
wm_test_no_toplevel (gpointer type)
{
  return wm_test_find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

gboolean
wm_test_not_loading (gpointer window)
{
  return !wm_window_get_loading (window);
}

/* Opens @path in a window of @app and waits until it is loaded and drawn. */
WmWindow *
wm_test_open_file (WmApplication *app,
                   const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WmWindow *window = wm_application_open_file (app, file, NULL);

  wm_test_wait_until (wm_test_not_loading, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* Closes every window, dropping unsaved changes. */
void
wm_test_close_all_windows (WmApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    {
      GtkWindow *window = windows->data;

      if (WM_IS_WINDOW (window))
        {
          WmDocument *document = wm_window_get_document (WM_WINDOW (window));

          wm_history_mark_saved (wm_document_get_history (document));
        }
      gtk_window_destroy (window);
      wm_test_spin ();
    }

  while (wm_test_find_toplevel (GTK_TYPE_WINDOW) != NULL)
    {
      gtk_window_destroy (wm_test_find_toplevel (GTK_TYPE_WINDOW));
      wm_test_spin ();
    }
}

AdwMessageDialog *
wm_test_wait_for_message_dialog (void)
{
  wm_test_wait_until (wm_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG));

  return ADW_MESSAGE_DIALOG (wm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Answers @dialog with @response, which it must offer enabled; the dialog must then be gone
 * (another one may have come up in its place). */
void
wm_test_respond (AdwMessageDialog *dialog,
                 const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (dialog, response);
  wm_test_spin ();
  g_assert_null (dialog);
}
