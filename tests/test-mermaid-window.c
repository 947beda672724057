/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wm-application.h"
#include "wm-mermaid-actions.h"
#include "wm-model.h"
#include "wm-test-util.h"
#include "wm-test-window.h"
#include "wm-window.h"

/* Import Mermaid Journey… and Export as Mermaid… in a real window under Xvfb: the menu items,
 * the file choosers, the new map shown and undone in one step, the dialogs that list warnings,
 * errors and what was left out, and the file written. */

static WmApplication *app;
static char *tmp_dir;

/* The file choosers of GTK 4.8 leak, which LeakSanitizer reports; there the test calls what
 * the chooser's answer calls. */
static gboolean
file_chooser_usable (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return FALSE;
#else
  return TRUE;
#endif
}

static WmWindow *
open_template (const char *name)
{
  g_autofree char *path = wm_test_template_path (name);

  return wm_test_open_file (app, path);
}

static void
activate (WmWindow   *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  wm_test_spin ();
}

/* The message dialog showing, its body and the text of its list. */
static AdwMessageDialog *
wait_for_dialog (char **list)
{
  AdwMessageDialog *dialog;
  GtkWidget *extra;

  dialog = wm_test_wait_for_message_dialog ();
  extra = adw_message_dialog_get_extra_child (dialog);
  *list = g_strdup (GTK_IS_LABEL (extra) ? gtk_label_get_text (GTK_LABEL (extra)) : "");

  return dialog;
}

static void
close_dialog (AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "close");
  wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

typedef struct
{
  WmObjectList *maps;
  guint         n_maps;
} ImportWait;

/* The file is read in the background: wait for a new map or a dialog. */
static gboolean
import_done (gpointer data)
{
  ImportWait *wait = data;

  return wm_object_list_get_length (wait->maps) != wait->n_maps
         || wm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
import_file (WmWindow   *window,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WmObjectList *maps = wm_document_get_maps (wm_window_get_document (window));
  ImportWait wait = { maps, wm_object_list_get_length (maps) };

  if (file_chooser_usable ())
    {
      GtkWindow *chooser;

      activate (window, "win.import-mermaid");
      chooser = wm_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      g_assert_nonnull (chooser);
      g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
      /* The chooser selects the file once it has listed the folder. */
      wm_test_wait_until (chooser_has_file, chooser);
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
      wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
    }
  else
    {
      g_autoptr(GBytes) bytes = wm_test_load_bytes (path);

      _wm_window_import_mermaid (window, file, bytes);
    }
  wm_test_wait_until (import_done, &wait);
  wm_test_spin ();
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) child = g_menu_link_iter_get_value (links);

          if (menu_has_action (child, action))
            return TRUE;
        }
    }

  return FALSE;
}

static GtkWidget *
find_primary_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GMenuModel *
primary_menu (WmWindow *window)
{
  GtkWidget *button = find_primary_button (GTK_WIDGET (window));

  g_assert_nonnull (button);

  return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
}

static void
test_import (void)
{
  g_autofree char *good = g_build_filename (tmp_dir, "visit.mmd", NULL);
  g_autofree char *bad = g_build_filename (tmp_dir, "broken.mmd", NULL);
  g_autofree char *list = NULL;
  g_autofree char *list2 = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window = open_template ("online-shop.journey");
  WmDocument *document = wm_window_get_document (window);
  WmObjectList *maps = wm_document_get_maps (document);
  WmObjectList *personas = wm_document_get_personas (document);
  AdwMessageDialog *dialog;
  WmJourneyMap *map;

  g_file_set_contents (good,
                       "journey\n"
                       "    title Store visit\n"
                       "    section Arrive\n"
                       "      Park the car: 2: Ana Duarte\n"
                       "      Find the counter: 4: Ana Duarte, Ben Okafor\n"
                       "    section Collect\n"
                       "      Carry the box: 0: Ana Duarte, Ben Okafor\n"
                       "      Carry the box: 5: Kim\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (bad, "journey\n  title Broken\n  section A\n    Make tea 5 Me\n", -1,
                       &error);
  g_assert_no_error (error);

  g_assert_true (menu_has_action (primary_menu (window), "win.import-mermaid"));
  g_assert_true (menu_has_action (primary_menu (window), "win.export-mermaid"));
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 1);
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 2);

  /* The map comes in with Kim, shown at once; the clamped score is listed with its place. */
  import_file (window, good);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 3);
  map = wm_object_list_get (maps, 1);
  g_assert_cmpstr (wm_journey_map_get_name (map), ==, "Store visit");
  g_assert_true (wm_window_get_selected_item (window) == WM_OBJECT (map));
  g_assert_cmpuint (wm_journey_map_get_n_steps (map), ==, 3);
  dialog = wait_for_dialog (&list);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Store visit"));
  g_assert_cmpstr (list, ==, "7:22: warning: the score 0 is outside 1–5; using 1");
  close_dialog (dialog);

  /* One undo takes it all back. */
  activate (window, "win.undo");
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 1);
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 2);
  activate (window, "win.redo");
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);

  /* A broken file changes nothing and says where it is broken. */
  import_file (window, bad);
  dialog = wait_for_dialog (&list2);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import “broken.mmd”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "(line 4, column 5)"));
  close_dialog (dialog);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_spin ();
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
test_export (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "Coffee machine purchase.mmd", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window = open_template ("online-shop.journey");
  WmDocument *document = wm_window_get_document (window);
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
  AdwMessageDialog *dialog;

  wm_window_select_item (window, WM_OBJECT (map));
  wm_test_spin ();
  if (file_chooser_usable ())
    {
      GtkWindow *chooser;

      activate (window, "win.export-mermaid");
      chooser = wm_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      g_assert_nonnull (chooser);
      g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                       "Coffee machine purchase.mmd");
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder,
                                                          NULL));
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
      wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
    }
  else
    {
      g_assert_true (_wm_window_export_mermaid (window, map, file));
    }
  wm_test_wait_until (file_exists, path);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "journey\n    title Coffee machine purchase\n"));
  g_assert_nonnull (strstr (contents, "    section Discover\n      See an ad: 4: Ana Duarte\n"));

  /* What Mermaid cannot hold is listed. */
  dialog = wait_for_dialog (&list);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Exported “Coffee machine purchase.mmd”");
  g_assert_nonnull (strstr (list, "• 10 cards in “Thoughts”\n"));
  g_assert_nonnull (strstr (list, "• the values of the metric “Conversion”\n"));
  close_dialog (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_spin ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmp_dir = wm_test_make_tmp_home ("waymark-test-mermaid-window-XXXXXX");

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  app = wm_test_application_new ();

  g_test_add_func ("/mermaid-window/import", test_import);
  g_test_add_func ("/mermaid-window/export", test_export);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
