/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "wm-application.h"
#include "wm-journey-format.h"
#include "wm-model.h"
#include "wm-sidebar.h"
#include "wm-template.h"
#include "wm-test-util.h"
#include "wm-window.h"

/* Widget tests of the application shell, run under Xvfb. They drive the real window through
 * its actions and answer its dialogs the way a user would, then check the model and files.
 */

static WmApplication *app;
static char *tmp_dir;

/* Helpers */

typedef gboolean (*Condition) (gpointer data);

static void
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
spin (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Lets animations and timeouts run. */
static void
run_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static gboolean
not_loading (gpointer data)
{
  return !wm_window_get_loading (data);
}

static gboolean
not_modified (gpointer data)
{
  return !wm_window_get_modified (data);
}

static GtkWindow *
find_toplevel (GType type)
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

static gboolean
has_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  wait_until (has_message_dialog, NULL);

  return ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (dialog, response);
  spin ();
  /* The dialog is gone (another one may have come up in its place). */
  g_assert_null (dialog);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_items (WmDocument *document)
{
  return wm_object_list_get_length (wm_document_get_personas (document))
         + wm_object_list_get_length (wm_document_get_maps (document))
         + wm_object_list_get_length (wm_document_get_empathy_maps (document))
         + wm_object_list_get_length (wm_document_get_blueprints (document));
}

static guint
visible_rows (WmWindow *window)
{
  return wm_sidebar_get_n_visible_items (WM_SIDEBAR (wm_window_get_sidebar (window)));
}

static WmWindow *
new_window (void)
{
  WmWindow *window = wm_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static WmWindow *
open_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WmWindow *window = wm_application_open_file (app, file, NULL);

  wait_until (not_loading, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static gboolean
window_is_gone (gpointer data)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), data) == NULL;
}

/* Closes every window, dropping unsaved changes. */
static void
close_all_windows (void)
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
      spin ();
    }

  while (find_toplevel (GTK_TYPE_WINDOW) != NULL)
    {
      gtk_window_destroy (find_toplevel (GTK_TYPE_WINDOW));
      spin ();
    }
}

static void
activate (WmWindow   *window,
          const char *action,
          const char *target)
{
  gboolean found;

  if (target != NULL)
    found = gtk_widget_activate_action (GTK_WIDGET (window), action, "s", target);
  else
    found = gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  g_assert_true (found);
  spin ();
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static const char *
window_title (WmWindow *window)
{
  return adw_window_title_get_title (ADW_WINDOW_TITLE (find_descendant (GTK_WIDGET (window),
                                                                        ADW_TYPE_WINDOW_TITLE)));
}

static const char *
window_subtitle (WmWindow *window)
{
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (find_descendant (GTK_WIDGET (window),
                                                                           ADW_TYPE_WINDOW_TITLE)));
}

static gboolean
no_chooser (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

/* Answers the dialog that a GtkFileChooserNative shows without portals. The dialog checks the
 * chosen name asynchronously before it really responds.
 */
static void
answer_chooser (GtkWindow *chooser,
                int        response)
{
  gtk_dialog_response (GTK_DIALOG (chooser), response);
  wait_until (no_chooser, NULL);
  spin ();
}

static gboolean
save_done (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
save_window (WmWindow *window,
             GFile    *file)
{
  g_autoptr(GAsyncResult) result = NULL;

  wm_window_save_async (window, file, NULL, store_result, &result);
  wait_until (save_done, &result);

  return wm_window_save_finish (window, result, NULL);
}

static void
assert_valid_journey (const char *path)
{
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  g_autofree char *messages = NULL;

  if (!wm_test_schema_accepts (bytes, &messages))
    g_error ("%s does not match the schema: %s", path, messages);
}

/* Tests */

static void
test_open_template (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WmWindow *window = open_file (path);
  WmDocument *document = wm_window_get_document (window);
  WmObject *selected;
  guint n;

  n = count_items (document);
  g_assert_cmpuint (n, >, 3);
  g_assert_cmpuint (visible_rows (window), ==, n);
  g_assert_true (g_file_equal (wm_window_get_file (window), file));
  g_assert_false (wm_window_get_modified (window));
  g_assert_cmpstr (window_title (window), ==, wm_document_get_title (document));
  g_assert_cmpstr (window_subtitle (window), ==, "online-shop.journey");

  /* It opens on its first journey map. */
  selected = wm_window_get_selected_item (window);
  g_assert_true (selected == wm_object_list_get (wm_document_get_maps (document), 0));
  g_assert_nonnull (wm_window_get_editor (window));
  g_assert_true (gtk_widget_get_mapped (wm_window_get_editor (window)));

  /* Kinds without an editor yet show a placeholder with the item's name. */
  {
    WmObject *persona = wm_object_list_get (wm_document_get_personas (document), 0);
    GtkWidget *editor;

    wm_window_select_item (window, persona);
    spin ();
    editor = wm_window_get_editor (window);
    g_assert_true (ADW_IS_STATUS_PAGE (editor));
    g_assert_true (gtk_widget_get_mapped (editor));
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (editor)), ==,
                     wm_object_get_display_name (persona));
    wm_window_select_item (window, selected);
    spin ();
  }

  /* The search filters by name. */
  wm_sidebar_set_search_text (WM_SIDEBAR (wm_window_get_sidebar (window)),
                              wm_object_get_display_name (selected));
  spin ();
  g_assert_cmpuint (visible_rows (window), >=, 1);
  g_assert_cmpuint (visible_rows (window), <, n);
  wm_sidebar_set_search_text (WM_SIDEBAR (wm_window_get_sidebar (window)), "no such item at all");
  spin ();
  g_assert_cmpuint (visible_rows (window), ==, 0);
  wm_sidebar_set_search_text (WM_SIDEBAR (wm_window_get_sidebar (window)), NULL);
  spin ();
  g_assert_cmpuint (visible_rows (window), ==, n);

  /* Opening it again shows the same window. */
  g_assert_true (wm_application_open_file (app, file, NULL) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  close_all_windows ();
}

static void
test_open_files (void)
{
  g_autofree char *path1 = wm_test_template_path ("online-shop.journey");
  g_autofree char *path2 = wm_test_template_path ("saas-onboarding.journey");
  GFile *files[2];
  GList *windows;

  files[0] = g_file_new_for_path (path1);
  files[1] = g_file_new_for_path (path2);

  /* As from the command line: one window per file, and an open file is not opened twice. */
  g_application_open (G_APPLICATION (app), files, 2, "");
  g_application_open (G_APPLICATION (app), files, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      wait_until (not_loading, l->data);
      g_assert_nonnull (wm_window_get_file (l->data));
      g_assert_cmpuint (visible_rows (l->data), ==,
                        count_items (wm_window_get_document (l->data)));
    }
  g_assert_nonnull (wm_application_find_window (app, files[0]));
  g_assert_nonnull (wm_application_find_window (app, files[1]));

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  close_all_windows ();
}

static void
test_edit_and_undo (void)
{
  WmWindow *window = new_window ();
  WmDocument *document = wm_window_get_document (window);
  WmObjectList *maps = wm_document_get_maps (document);
  AdwMessageDialog *dialog;
  g_autofree char *id = NULL;
  WmObject *map, *copy;

  g_assert_true (wm_window_is_blank (window));
  g_assert_false (wm_window_get_modified (window));

  activate (window, "win.add-item", "journey-map");
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 1);
  map = wm_object_list_get (maps, 0);
  id = g_strdup (wm_object_get_id (map));
  g_assert_true (wm_window_get_selected_item (window) == map);
  g_assert_cmpuint (visible_rows (window), ==, 1);
  g_assert_true (wm_window_get_modified (window));
  g_assert_true (g_str_has_prefix (window_title (window), "•"));

  /* Rename through the dialog. */
  activate (window, "win.rename-item", id);
  dialog = wait_for_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Checkout");
  respond (dialog, "rename");
  g_assert_cmpstr (wm_object_get_display_name (map), ==, "Checkout");

  /* Cancelling changes nothing. */
  activate (window, "win.rename-item", id);
  dialog = wait_for_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Other");
  respond (dialog, "cancel");
  g_assert_cmpstr (wm_object_get_display_name (map), ==, "Checkout");

  /* Delete, then undo brings the same item back. */
  g_object_ref (map);
  activate (window, "win.delete-item", id);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 0);
  g_assert_null (wm_window_get_selected_item (window));
  g_assert_true (wm_history_get_can_undo (wm_document_get_history (document)));
  activate (window, "win.undo", NULL);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 1);
  g_assert_true (wm_object_list_get (maps, 0) == map);
  g_assert_cmpstr (wm_object_get_display_name (map), ==, "Checkout");
  g_assert_cmpuint (visible_rows (window), ==, 1);
  g_object_unref (map);

  /* Undo the rename, redo it. */
  activate (window, "win.undo", NULL);
  g_assert_cmpstr (wm_object_get_display_name (map), !=, "Checkout");
  activate (window, "win.redo", NULL);
  g_assert_cmpstr (wm_object_get_display_name (map), ==, "Checkout");

  /* Duplicate: a copy with new ids right after the original. */
  activate (window, "win.duplicate-item", id);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);
  copy = wm_object_list_get (maps, 1);
  g_assert_cmpstr (wm_object_get_id (copy), !=, id);
  g_assert_true (g_str_has_prefix (wm_object_get_display_name (copy), "Checkout"));
  g_assert_true (wm_window_get_selected_item (window) == copy);

  /* Reorder (what a drop does), as one undo step; the selection stays. */
  activate (window, "win.move-item-up", wm_object_get_id (copy));
  g_assert_true (wm_object_list_get (maps, 0) == copy);
  g_assert_true (wm_window_get_selected_item (window) == copy);
  activate (window, "win.undo", NULL);
  g_assert_true (wm_object_list_get (maps, 1) == copy);
  g_assert_true (wm_sidebar_move_item (WM_SIDEBAR (wm_window_get_sidebar (window)), copy, 0));
  g_assert_true (wm_object_list_get (maps, 0) == copy);

  /* Deleting in quick succession, undoing at once, and letting the toasts play out. */
  {
    WmObjectList *personas = wm_document_get_personas (document);

    for (guint i = 0; i < 3; i++)
      activate (window, "win.add-item", "persona");
    for (guint i = 0; i < 3; i++)
      activate (window, "win.delete-item", wm_object_get_id (wm_object_list_get (personas, 0)));
    g_assert_cmpuint (wm_object_list_get_length (personas), ==, 0);
    activate (window, "win.undo", NULL);
    run_for (100);
    activate (window, "win.undo", NULL);
    activate (window, "win.undo", NULL);
    g_assert_cmpuint (wm_object_list_get_length (personas), ==, 3);
    run_for (1500);
    for (guint i = 0; i < 3; i++)
      activate (window, "win.undo", NULL);
    g_assert_cmpuint (wm_object_list_get_length (personas), ==, 0);
  }

  /* Every kind can be added. */
  activate (window, "win.add-item", "persona");
  activate (window, "win.add-item", "empathy-map");
  activate (window, "win.add-item", "service-blueprint");
  g_assert_cmpuint (count_items (document), ==, 5);
  g_assert_cmpuint (visible_rows (window), ==, 5);
  g_assert_true (WM_IS_SERVICE_BLUEPRINT (wm_window_get_selected_item (window)));

  close_all_windows ();
}

static void
test_save_as (void)
{
  g_autofree char *path = tmp_path ("saved.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WmDocument) read_back = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window = new_window ();
  WmDocument *document = wm_window_get_document (window);
  WmObject *map;

  activate (window, "win.add-item", "journey-map");
  map = wm_object_list_get (wm_document_get_maps (document), 0);
  wm_history_set (wm_document_get_history (document), map, "name", "Renewal");
  wm_document_set_modified (document, "2000-01-01T00:00:00Z");

  g_assert_true (save_window (window, file));
  g_assert_false (wm_window_get_modified (window));
  g_assert_true (g_file_equal (wm_window_get_file (window), file));
  g_assert_cmpstr (window_subtitle (window), ==, "saved.journey");
  g_assert_false (g_str_has_prefix (window_title (window), "•"));
  /* Saving a modified workspace stamps it. */
  g_assert_cmpstr (wm_document_get_modified (document), !=, "2000-01-01T00:00:00Z");
  g_assert_true (g_str_has_suffix (wm_document_get_modified (document), "Z"));

  read_back = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_maps (read_back)), ==, 1);
  g_assert_cmpstr (wm_object_get_display_name (wm_object_list_get (wm_document_get_maps (read_back),
                                                                   0)),
                   ==, "Renewal");
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (read_back)), ==,
                   wm_object_get_id (WM_OBJECT (document)));
  assert_valid_journey (path);

  /* An unmodified workspace keeps its timestamp when saved again. */
  {
    g_autofree char *stamp = g_strdup (wm_document_get_modified (document));

    g_assert_true (save_window (window, NULL));
    g_assert_cmpstr (wm_document_get_modified (document), ==, stamp);
  }

  close_all_windows ();
}

/* GTK 4.8's GtkFileChooserDialog leaks a little, and the quarks it makes push GLib past its
 * first quark block, which GLib lets go on purpose: both look like leaks to LeakSanitizer.
 */
static gboolean
file_chooser_usable (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return FALSE;
#else
  return TRUE;
#endif
}

static void
test_save_as_chooser (void)
{
  g_autofree char *path = tmp_path ("chosen.journey");
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  WmWindow *window;
  GtkWindow *chooser;

  if (!file_chooser_usable ())
    {
      g_test_skip ("GtkFileChooserDialog leaks in GTK 4.8 (LeakSanitizer)");
      return;
    }

  window = new_window ();

  activate (window, "win.add-item", "persona");

  /* Save on an untitled workspace asks where; GDK_DEBUG=no-portals makes the native chooser
   * a GtkFileChooserDialog the test can answer.
   */
  activate (window, "win.save", NULL);
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen.journey");
  answer_chooser (chooser, GTK_RESPONSE_ACCEPT);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (wm_window_get_modified (window));
  g_assert_cmpstr (window_subtitle (window), ==, "chosen.journey");
  assert_valid_journey (path);

  close_all_windows ();
}

static void
test_close_with_changes (void)
{
  g_autofree char *path = tmp_path ("closed.journey");
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  WmWindow *window = new_window ();
  AdwMessageDialog *dialog;
  GtkWindow *chooser;

  /* An untouched window closes without asking. */
  gtk_window_close (GTK_WINDOW (window));
  spin ();
  g_assert_true (window_is_gone (window));

  window = new_window ();
  activate (window, "win.add-item", "journey-map");

  /* Cancel keeps the window and its changes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_false (window_is_gone (window));
  respond (dialog, "cancel");
  g_assert_false (window_is_gone (window));
  g_assert_true (wm_window_get_modified (window));

  if (file_chooser_usable ())
    {
      /* Save on an untitled workspace saves as, and closes only once saved. */
      activate (window, "win.close", NULL);
      dialog = wait_for_message_dialog ();
      g_assert_true (adw_message_dialog_has_response (dialog, "save"));
      respond (dialog, "save");
      chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      g_assert_nonnull (chooser);
      g_assert_false (window_is_gone (window));
      answer_chooser (chooser, GTK_RESPONSE_CANCEL);
      g_assert_false (window_is_gone (window));

      activate (window, "win.close", NULL);
      dialog = wait_for_message_dialog ();
      respond (dialog, "save");
      chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      g_assert_nonnull (chooser);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "closed.journey");
      answer_chooser (chooser, GTK_RESPONSE_ACCEPT);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_true (window_is_gone (window));
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_test_message ("Not answering a file chooser: GTK 4.8's leaks (LeakSanitizer)");
      g_assert_true (save_window (window, file));
      close_all_windows ();
    }

  /* Save on a workspace with a file saves it, then closes. */
  window = open_file (path);
  activate (window, "win.add-item", "empathy-map");
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog ();
  respond (dialog, "save");
  g_assert_true (window_is_gone (window));
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, NULL);

    g_assert_cmpuint (wm_object_list_get_length (wm_document_get_empathy_maps (document)), ==, 1);
  }

  /* Discard closes and writes nothing. */
  window = open_file (path);
  activate (window, "win.add-item", "persona");
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_message_dialog ();
  respond (dialog, "discard");
  g_assert_true (window_is_gone (window));
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, NULL);

    g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), ==, 0);
  }

  close_all_windows ();
}

static void
test_quit_asks_each_window (void)
{
  WmWindow *first = new_window ();
  WmWindow *second = new_window ();
  WmWindow *clean = new_window ();
  AdwMessageDialog *dialog;

  activate (first, "win.add-item", "persona");
  activate (second, "win.add-item", "persona");

  /* Quit closes the unmodified window and asks about the others one at a time; cancelling
   * one of them stops the quit.
   */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  spin ();
  dialog = wait_for_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (second)
                 || gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (first));
  respond (dialog, "discard");
  dialog = wait_for_message_dialog ();
  respond (dialog, "cancel");

  g_assert_true (window_is_gone (clean));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (window_is_gone (first) != window_is_gone (second));

  close_all_windows ();
}

static void
check_broken_file (const char *contents,
                   const char *expected)
{
  g_autofree char *path = tmp_path ("broken.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  WmWindow *window;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  window = open_file (path);
  dialog = wait_for_message_dialog ();
  g_assert_true (strstr (adw_message_dialog_get_heading (dialog), "broken.journey") != NULL);
  if (strstr (adw_message_dialog_get_body (dialog), expected) == NULL)
    g_error ("“%s” not in “%s”", expected, adw_message_dialog_get_body (dialog));
  respond (dialog, "close");

  /* The window stays on an empty untitled workspace, so nothing can overwrite the file. */
  g_assert_null (wm_window_get_file (window));
  g_assert_true (wm_window_is_blank (window));
  activate (window, "win.add-item", "persona");
  g_assert_null (wm_window_get_file (window));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  close_all_windows ();
}

static void
test_open_broken (void)
{
  check_broken_file ("{\n  \"format\": \"waymark\",\n  \"version\": 1,\n"
                     "  \"maps\": [ {\"name\": 3 ]\n}\n",
                     "line 4");
  check_broken_file ("{\n  \"format\": \"waymark\",\n  \"version\": 1,\n  \"id\": \"w\",\n"
                     "  \"maps\": [ { \"id\": \"m\" } ]\n}\n",
                     "maps[0]");
  check_broken_file ("{\n  \"format\": \"waymark\",\n  \"version\": 99\n}\n", "");
}

static void
test_changed_on_disk (void)
{
  g_autofree char *path = tmp_path ("shared.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  WmWindow *window = new_window ();
  AdwMessageDialog *dialog;
  g_autoptr(GAsyncResult) result = NULL;
  const char *other = "{\n  \"format\": \"waymark\",\n  \"version\": 1\n}\n";

  activate (window, "win.add-item", "journey-map");
  g_assert_true (save_window (window, file));

  /* Someone else writes the file; its time moves on, so that its entity tag differs. */
  g_assert_true (g_file_set_contents (path, other, -1, NULL));
  {
    struct timespec later[2] = {
      { 0, UTIME_OMIT },
      { g_get_real_time () / G_USEC_PER_SEC + 5, 0 },
    };

    g_assert_cmpint (utimensat (AT_FDCWD, path, later, 0), ==, 0);
  }

  activate (window, "win.add-item", "persona");
  wm_window_save_async (window, NULL, NULL, store_result, &result);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Changed on Disk");
  respond (dialog, "cancel");
  wait_until (save_done, &result);
  g_assert_false (wm_window_save_finish (window, result, NULL));
  g_clear_object (&result);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, other);
  g_assert_true (wm_window_get_modified (window));

  wm_window_save_async (window, NULL, NULL, store_result, &result);
  dialog = wait_for_message_dialog ();
  respond (dialog, "overwrite");
  wait_until (save_done, &result);
  g_assert_true (wm_window_save_finish (window, result, NULL));
  g_assert_false (wm_window_get_modified (window));
  {
    g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, NULL);

    g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), ==, 1);
  }

  close_all_windows ();
}

static void
test_template_gallery (void)
{
  WmWindow *window = new_window ();
  WmDocument *document = wm_window_get_document (window);
  GListModel *templates = wm_application_get_templates (app);
  g_autoptr(WmTemplate) template = NULL;
  g_autoptr(WmDocument) original = NULL;
  GtkFlowBox *gallery;
  GtkFlowBoxChild *child;
  WmObject *map;

  g_assert_cmpuint (g_list_model_get_n_items (templates), >=, 2);
  template = g_list_model_get_item (templates, 0);
  original = wm_template_load (template, NULL);

  /* The gallery holds "Blank Journey Map" and then the templates. */
  gallery = GTK_FLOW_BOX (find_descendant (GTK_WIDGET (window), GTK_TYPE_FLOW_BOX));
  g_assert_nonnull (gallery);
  g_assert_nonnull (gtk_flow_box_get_child_at_index (gallery,
                                                     g_list_model_get_n_items (templates)));
  child = gtk_flow_box_get_child_at_index (gallery, 1);
  g_signal_emit_by_name (gallery, "child-activated", child);
  spin ();

  g_assert_cmpuint (count_items (document), ==, count_items (original));
  g_assert_cmpuint (visible_rows (window), ==, count_items (original));
  g_assert_cmpstr (wm_document_get_title (document), ==, wm_document_get_title (original));
  map = wm_object_list_get (wm_document_get_maps (document), 0);
  g_assert_cmpstr (wm_object_get_display_name (map), ==,
                   wm_object_get_display_name (wm_object_list_get (wm_document_get_maps (original),
                                                                   0)));
  g_assert_cmpstr (wm_object_get_id (map), !=,
                   wm_object_get_id (wm_object_list_get (wm_document_get_maps (original), 0)));
  g_assert_true (wm_window_get_selected_item (window) == map);

  /* The items of a template come in as one step. */
  activate (window, "win.undo", NULL);
  g_assert_cmpuint (count_items (document), ==, 0);
  g_assert_cmpstr (wm_document_get_title (document), ==, "");
  g_assert_false (wm_window_get_modified (window));

  /* "Blank Journey Map" */
  g_signal_emit_by_name (gallery, "child-activated", gtk_flow_box_get_child_at_index (gallery, 0));
  spin ();
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_maps (document)), ==, 1);
  g_assert_cmpuint (count_items (document), ==, 1);

  /* The add menu's template entries add to a workspace that has items. */
  {
    g_autofree char *uri = g_file_get_uri (wm_template_get_file (template));

    activate (window, "win.add-template", uri);
    g_assert_cmpuint (count_items (document), ==, 1 + count_items (original));
  }

  close_all_windows ();
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  AdwStyleManager *style = adw_style_manager_get_default ();
  WmWindow *window = new_window ();
  GtkWindow *preferences;

  g_settings_set_string (settings, "colour-scheme", "dark");
  spin ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "colour-scheme", "light");
  spin ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  spin ();
  preferences = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  {
    AdwComboRow *row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (preferences),
                                                       ADW_TYPE_COMBO_ROW));

    /* The first combo row is the style: Follow System, Light, Dark. */
    g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
    adw_combo_row_set_selected (row, 0);
    spin ();
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  }
  {
    GtkSpinButton *spin_button = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences),
                                                                   GTK_TYPE_SPIN_BUTTON));

    g_assert_cmpfloat (gtk_spin_button_get_value (spin_button), ==,
                       g_settings_get_uint (settings, "autosave-interval"));
    gtk_spin_button_set_value (spin_button, 120);
    g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 120);
    g_settings_reset (settings, "autosave-interval");
  }

  close_all_windows ();
}

static void
test_autosave (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = tmp_path ("autosaved.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WmWindow *window = new_window ();

  activate (window, "win.add-item", "journey-map");
  g_assert_true (save_window (window, file));

  g_settings_set_uint (settings, "autosave-interval", 1);
  activate (window, "win.add-item", "persona");
  g_assert_true (wm_window_get_modified (window));
  wait_until (not_modified, window);
  {
    g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, NULL);

    g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), ==, 1);
  }

  g_settings_reset (settings, "autosave-interval");
  close_all_windows ();
}

static void
test_window_size_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  WmWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);
  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_close (GTK_WINDOW (window));
  spin ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 640);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 480);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  close_all_windows ();
}

/* Real pointer input through XTest (the X server under Xvfb). */

static GtkWidget *
find_row_for (GtkWidget *root,
              WmObject  *item)
{
  if (GTK_IS_LIST_BOX_ROW (root) && g_object_get_data (G_OBJECT (root), "wm-item") == item)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_for (child, item);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Where the point (x, y) of @widget is on the X screen. */
static void
screen_point (GtkWidget *widget,
              double     x,
              double     y,
              int       *screen_x,
              int       *screen_y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  Display *display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));
  double wx, wy, sx, sy;
  Window child;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &wx, &wy));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (display), (int) (wx + sx), (int) (wy + sy),
                         screen_x, screen_y, &child);
}

static void
pointer_drag (GtkWidget *from,
              GtkWidget *to,
              double     to_y)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (from));
  int x1, y1, x2, y2;

  screen_point (from, 40, gtk_widget_get_height (from) / 2.0, &x1, &y1);
  screen_point (to, 40, to_y, &x2, &y2);

  XTestFakeMotionEvent (display, -1, x1, y1, 0);
  XFlush (display);
  run_for (100);
  XTestFakeButtonEvent (display, 1, True, 0);
  XFlush (display);
  run_for (100);
  for (int i = 1; i <= 20; i++)
    {
      XTestFakeMotionEvent (display, -1, x1 + (x2 - x1) * i / 20, y1 + (y2 - y1) * i / 20, 0);
      XFlush (display);
      run_for (20);
    }
  run_for (200);
  XTestFakeButtonEvent (display, 1, False, 0);
  XFlush (display);
  run_for (300);
}

static void
test_drag_to_reorder (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  WmWindow *window = open_file (path);
  WmDocument *document = wm_window_get_document (window);
  WmObjectList *personas = wm_document_get_personas (document);
  WmObject *first = wm_object_list_get (personas, 0);
  WmObject *second = wm_object_list_get (personas, 1);
  GtkWidget *sidebar = wm_window_get_sidebar (window);
  GtkWidget *from, *to;

  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))))
    {
      g_test_skip ("needs an X display for XTest");
      close_all_windows ();
      return;
    }

  g_assert_cmpuint (wm_object_list_get_length (personas), >=, 2);
  gtk_window_present (GTK_WINDOW (window));
  run_for (300);

  /* The first persona dropped on the lower half of the second goes after it. */
  from = find_row_for (sidebar, first);
  to = find_row_for (sidebar, second);
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  pointer_drag (from, to, gtk_widget_get_height (to) * 0.75);

  g_assert_true (wm_object_list_get (personas, 0) == second);
  g_assert_true (wm_object_list_get (personas, 1) == first);
  g_assert_true (wm_window_get_modified (window));

  /* One gesture, one undo step. */
  activate (window, "win.undo", NULL);
  g_assert_true (wm_object_list_get (personas, 0) == first);
  g_assert_false (wm_window_get_modified (window));

  /* A persona dropped on a journey map stays where it was. */
  pointer_drag (find_row_for (sidebar, first),
                find_row_for (sidebar, wm_object_list_get (wm_document_get_maps (document), 0)),
                5);
  g_assert_true (wm_object_list_get (personas, 0) == first);
  g_assert_false (wm_window_get_modified (window));

  close_all_windows ();
}

static void
test_help_and_about (void)
{
  WmWindow *window = new_window ();
  GtkWindow *about;

  /* GtkApplication picks up gtk/help-overlay.ui from the resources. */
  activate (window, "win.show-help-overlay", NULL);
  g_assert_nonnull (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  spin ();
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==,
                   APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==,
                   GTK_LICENSE_GPL_3_0);

  close_all_windows ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *templates = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("waymark-test-window-XXXXXX", &error);
  g_assert_no_error (error);

  /* Recent files and any other user data go to the test's own folder. */
  {
    g_autofree char *data_home = g_build_filename (tmp_dir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  if (g_getenv ("WAYMARK_TEMPLATES_DIR") == NULL && g_getenv ("WAYMARK_TEMPLATES") != NULL)
    g_setenv ("WAYMARK_TEMPLATES_DIR", g_getenv ("WAYMARK_TEMPLATES"), TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  app = wm_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/window/open-template", test_open_template);
  g_test_add_func ("/window/open-files", test_open_files);
  g_test_add_func ("/window/edit-and-undo", test_edit_and_undo);
  g_test_add_func ("/window/save-as", test_save_as);
  g_test_add_func ("/window/save-as-chooser", test_save_as_chooser);
  g_test_add_func ("/window/close-with-changes", test_close_with_changes);
  g_test_add_func ("/window/quit-asks-each-window", test_quit_asks_each_window);
  g_test_add_func ("/window/open-broken", test_open_broken);
  g_test_add_func ("/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/template-gallery", test_template_gallery);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/autosave", test_autosave);
  g_test_add_func ("/window/window-size-saved", test_window_size_saved);
  g_test_add_func ("/window/help-and-about", test_help_and_about);
  g_test_add_func ("/window/drag-to-reorder", test_drag_to_reorder);

  status = g_test_run ();

  close_all_windows ();
  g_clear_object (&app);
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
