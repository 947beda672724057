/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wm-application.h"
#include "wm-csv-export.h"
#include "wm-csv-import-dialog.h"
#include "wm-journey-format.h"
#include "wm-markdown-report.h"
#include "wm-model.h"
#include "wm-test-util.h"
#include "wm-test-window.h"
#include "wm-test-xtest.h"
#include "wm-window.h"

/* The CSV import preview in a real window under Xvfb: it shows each column's target and the
 * problems, changes nothing until Import (clicked with real pointer events), imports as one
 * undo step, changes nothing on Cancel, and cannot import data with errors. Also the choosers
 * of "Export as CSV…" and "Export Report (Markdown)…". */

static WmApplication *app;
static char *tmp_dir;

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);

  return found;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];

  g_error ("no button “%s”", label);
}

/* A real click in the middle of @widget. */
static void
click (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_native (widget)));
  wm_test_click_widget (widget);
}

static WmWindow *
open_template (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");

  return wm_test_open_file (app, path);
}

static WmJourneyMap *
first_map (WmWindow *window)
{
  return wm_object_list_get (wm_document_get_maps (wm_window_get_document (window)), 0);
}

static GFile *
write_csv (const char *name,
           const char *contents)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Opens the preview for @contents and waits for it. */
static WmCsvImportDialog *
preview (WmWindow   *window,
         const char *contents)
{
  g_autoptr(GFile) file = write_csv ("data.csv", contents);

  wm_csv_import_dialog_open_file (window, first_map (window), file);
  wm_test_wait_until (wm_test_has_toplevel, GSIZE_TO_POINTER (WM_TYPE_CSV_IMPORT_DIALOG));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (wm_test_find_toplevel (WM_TYPE_CSV_IMPORT_DIALOG)));

  return WM_CSV_IMPORT_DIALOG (wm_test_find_toplevel (WM_TYPE_CSV_IMPORT_DIALOG));
}

static gboolean
has_row_titled (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) rows = find_all (root, ADW_TYPE_PREFERENCES_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_is_visible (rows->pdata[i])
        && strstr (adw_preferences_row_get_title (rows->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}

static WmLane *
lane_titled (WmJourneyMap *map,
             const char   *title)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (g_str_equal (wm_lane_get_title (wm_object_list_get (lanes, i)), title))
      return wm_object_list_get (lanes, i);

  return NULL;
}

static void
test_preview_and_import (void)
{
  WmWindow *window = open_template ();
  WmDocument *document = wm_window_get_document (window);
  WmHistory *history = wm_document_get_history (document);
  g_autoptr(GBytes) before = wm_journey_format_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) combos = NULL;
  WmCsvImportDialog *dialog;
  WmCsvImportPlan *plan;
  guint new_metric = G_MAXUINT;
  WmLane *nps;

  dialog = preview (window, "Step,Conversion,NPS,Comment\n"
                            "See an ad,2.5,,nice\n"
                            "Checkout,61,40,\n"
                            "Teleport,1,2,\n");
  plan = wm_csv_import_dialog_get_plan (dialog);

  /* A drop-down per column, showing the plan's target; the left-out row is listed. */
  combos = find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (combos->len, ==, 4);
  for (guint c = 0; c < combos->len; c++)
    g_assert_cmpuint (adw_combo_row_get_selected (combos->pdata[c]), ==,
                      wm_csv_import_plan_find_choice (plan, c));
  g_assert_true (has_row_titled (GTK_WIDGET (dialog), "Row 4: “Teleport”"));
  g_assert_true (has_row_titled (GTK_WIDGET (dialog), "a new metrics lane “NPS” is added"));

  /* Choosing "Ignore" for NPS in its drop-down changes the plan, not the map. */
  adw_combo_row_set_selected (combos->pdata[2], 0);
  wm_test_pump (50);
  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 2, NULL), ==, WM_CSV_TARGET_IGNORE);
  g_assert_false (has_row_titled (GTK_WIDGET (dialog), "a new metrics lane"));
  for (guint i = 0; i < wm_csv_import_plan_get_n_choices (plan); i++)
    {
      const char *id = NULL;

      if (wm_csv_import_plan_get_choice (plan, i, &id) == WM_CSV_TARGET_METRIC && id == NULL)
        new_metric = i;
    }
  adw_combo_row_set_selected (combos->pdata[2], new_metric);
  wm_test_pump (50);
  after = wm_journey_format_write (document);
  g_assert_true (g_bytes_equal (after, before));
  g_clear_pointer (&after, g_bytes_unref);
  g_assert_false (wm_history_get_can_undo (history));

  /* Import, clicked. */
  click (find_button (GTK_WIDGET (dialog), "_Import"));
  wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (WM_TYPE_CSV_IMPORT_DIALOG));
  nps = lane_titled (first_map (window), "NPS");
  g_assert_nonnull (nps);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_values (nps)), ==, 1);
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Import CSV Data");

  /* One undo, and the workspace is as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wm_test_pump (50);
  after = wm_journey_format_write (document);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_false (wm_history_get_can_undo (history));

  wm_test_close_all_windows (app);
}

static void
test_cancel (void)
{
  WmWindow *window = open_template ();
  WmDocument *document = wm_window_get_document (window);
  g_autoptr(GBytes) before = wm_journey_format_write (document);
  g_autoptr(GBytes) after = NULL;
  WmCsvImportDialog *dialog = preview (window, "Step,Ideas\nCheckout,Pay with one tap\n");

  click (find_button (GTK_WIDGET (dialog), "_Cancel"));
  wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (WM_TYPE_CSV_IMPORT_DIALOG));
  after = wm_journey_format_write (document);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_false (wm_history_get_can_undo (wm_document_get_history (document)));

  wm_test_close_all_windows (app);
}

static void
test_errors (void)
{
  WmWindow *window = open_template ();
  WmDocument *document = wm_window_get_document (window);
  g_autoptr(GBytes) before = wm_journey_format_write (document);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GFile) ragged = write_csv ("ragged.csv", "Step,A,B\nCheckout,1,2\nUnbox,1\n");
  WmCsvImportDialog *dialog = preview (window, "Step,Conversion\nCheckout,3\nUnbox,lots\n");
  GtkWindow *message;

  /* The error names the row and the column, and Import cannot be clicked. */
  g_assert_true (has_row_titled (GTK_WIDGET (dialog),
                                 "Row 3, column B (“Conversion”): “lots” is not a number"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "_Import")));
  click (find_button (GTK_WIDGET (dialog), "_Import"));
  g_assert_nonnull (wm_test_find_toplevel (WM_TYPE_CSV_IMPORT_DIALOG));
  after = wm_journey_format_write (document);
  g_assert_true (g_bytes_equal (after, before));
  gtk_window_destroy (GTK_WINDOW (dialog));
  wm_test_pump (20);

  /* A file that is not a table says where. */
  wm_csv_import_dialog_open_file (window, first_map (window), ragged);
  wm_test_wait_until (wm_test_has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG));
  message = wm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)),
                            "ragged.csv: Row 3, column C:"));
  g_assert_null (wm_test_find_toplevel (WM_TYPE_CSV_IMPORT_DIALOG));

  wm_test_close_all_windows (app);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
export_with_chooser (WmWindow   *window,
                     const char *action,
                     const char *suggested,
                     const char *expected)
{
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autofree char *path = g_build_filename (tmp_dir, suggested, NULL);
  g_autofree char *contents = NULL;
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  wm_test_wait_until (wm_test_has_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  chooser = wm_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* Let the chooser load its first folder before it is sent elsewhere. */
  wm_test_pump (300);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   suggested);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  wm_test_pump (100);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wm_test_wait_until (file_exists, path);
  wm_test_wait_until (wm_test_no_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  wm_test_pump (50);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, expected);
  g_unlink (path);
}

static void
test_export_choosers (void)
{
  WmWindow *window;
  g_autofree char *csv = NULL;
  g_autofree char *report = NULL;

#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("GtkFileChooserDialog leaks in GTK 4.8 (LeakSanitizer)");
  return;
#endif

  window = open_template ();
  csv = wm_csv_export_map (first_map (window), ',');
  report = wm_markdown_report (wm_window_get_document (window));
  export_with_chooser (window, "win.export-csv", "Coffee machine purchase.csv", csv);
  export_with_chooser (window, "win.export-report",
                       "Brewline — buying a coffee machine online.md", report);

  wm_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmp_dir = wm_test_make_tmp_home ("waymark-csv-dialog-XXXXXX");

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (!gtk_init_check () || !wm_test_xtest_init ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  app = wm_test_application_new ();

  g_test_add_func ("/csv-import-dialog/preview-and-import", test_preview_and_import);
  g_test_add_func ("/csv-import-dialog/cancel", test_cancel);
  g_test_add_func ("/csv-import-dialog/errors", test_errors);
  g_test_add_func ("/csv-import-dialog/export-choosers", test_export_choosers);

  status = g_test_run ();

  wm_test_close_all_windows (app);
  g_clear_object (&app);
  wm_test_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
