/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wm-csv-export.h"
#include "wm-csv-import-dialog.h"
#include "wm-file-util.h"
#include "wm-markdown-report.h"
#include "wm-problem.h"
#include "wm-toast.h"
#include "wm-window-private.h"

/* Research data in, tables out. The import dialog previews where each column of a CSV file
 * goes in the journey map (a drop-down per column to change it or leave it out), lists the
 * problems with their row and column and the rows whose step the map does not have, and
 * imports as one undo step; Cancel changes nothing. Also here: choosing the files for
 * "Import CSV Data…", "Export as CSV…" and "Export Report (Markdown)…". */

#define MAX_PROBLEMS_SHOWN 50

struct _WmCsvImportDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *import_button;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *unmatched_group;

  WmWindow            *window;     /* weak */
  WmCsvImportPlan     *plan;
  GPtrArray           *combo_rows;
  GPtrArray           *problem_rows;
  GPtrArray           *unmatched_rows;
};

G_DEFINE_FINAL_TYPE (WmCsvImportDialog, wm_csv_import_dialog, ADW_TYPE_WINDOW)

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
add_problem_row (WmCsvImportDialog *self,
                 const char        *text,
                 gboolean           error)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic"
                                                        : "dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _("Error") : _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (self->problems_group, row);
  g_ptr_array_add (self->problem_rows, row);
}

/* Shows the plan's problems and left-out rows again, after a change of target. */
static void
update_problems (WmCsvImportDialog *self)
{
  GPtrArray *problems = wm_csv_import_plan_get_problems (self->plan);
  GPtrArray *unmatched = wm_csv_import_plan_get_unmatched_steps (self->plan);
  gboolean errors = wm_csv_import_plan_has_errors (self->plan);
  guint shown = 0;

  clear_rows (self->problems_group, self->problem_rows);
  clear_rows (self->unmatched_group, self->unmatched_rows);

  /* Errors first: they are what stops the import. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < problems->len && shown < MAX_PROBLEMS_SHOWN; i++)
      {
        WmProblem *problem = problems->pdata[i];

        if ((problem->severity == WM_PROBLEM_ERROR) != (pass == 0))
          continue;
        add_problem_row (self, problem->message, problem->severity == WM_PROBLEM_ERROR);
        shown++;
      }
  if (problems->len > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %u more problem",
                                                            "And %u more problems",
                                                            problems->len - shown),
                                               problems->len - shown);

      add_problem_row (self, more, errors);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);

  for (guint i = 0; i < unmatched->len && i < MAX_PROBLEMS_SHOWN; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unmatched->pdata[i]);
      adw_preferences_group_add (self->unmatched_group, row);
      g_ptr_array_add (self->unmatched_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unmatched_group), unmatched->len > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "csv-import.import", !errors);
}

static void
combo_selected_cb (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   WmCsvImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "wm-column"));
  guint selected = adw_combo_row_get_selected (row);
  const char *id = NULL;
  WmCsvTarget target;

  if (selected == GTK_INVALID_LIST_POSITION
      || selected >= wm_csv_import_plan_get_n_choices (self->plan))
    return;

  target = wm_csv_import_plan_get_choice (self->plan, selected, &id);
  wm_csv_import_plan_set_target (self->plan, column, target, id);
  update_problems (self);
}

static void
build_columns (WmCsvImportDialog *self)
{
  guint n_columns = wm_csv_import_plan_get_n_columns (self->plan);
  guint n_choices = wm_csv_import_plan_get_n_choices (self->plan);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      g_autofree char *letters = wm_csv_column_name (c + 1);
      g_autofree char *samples = wm_csv_import_plan_get_samples (self->plan, c);
      g_autofree char *title = NULL;
      const char *header = wm_csv_import_plan_get_header (self->plan, c);
      GtkWidget *row = adw_combo_row_new ();

      for (guint i = 0; i < n_choices; i++)
        {
          const char *id = NULL;
          WmCsvTarget target = wm_csv_import_plan_get_choice (self->plan, i, &id);
          g_autofree char *label = wm_csv_import_plan_describe_target (self->plan, c, target,
                                                                       id);

          gtk_string_list_append (labels, label);
        }

      /* Translators: a column of the file: "B · NPS" */
      title = g_strdup_printf (_("%s · %s"), letters, header[0] != '\0' ? header : _("(no name)"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   samples[0] != '\0' ? samples : _("No values"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                  wm_csv_import_plan_find_choice (self->plan, c));
      g_object_set_data (G_OBJECT (row), "wm-column", GUINT_TO_POINTER (c));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->combo_rows, row);
    }
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  wm_csv_import_dialog_import (WM_CSV_IMPORT_DIALOG (widget));
}

static void
wm_csv_import_dialog_dispose (GObject *object)
{
  WmCsvImportDialog *self = WM_CSV_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wm_csv_import_dialog_parent_class)->dispose (object);
}

static void
wm_csv_import_dialog_finalize (GObject *object)
{
  WmCsvImportDialog *self = WM_CSV_IMPORT_DIALOG (object);

  g_clear_pointer (&self->combo_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);
  g_clear_pointer (&self->unmatched_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_csv_import_dialog_parent_class)->finalize (object);
}

static void
wm_csv_import_dialog_class_init (WmCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_csv_import_dialog_dispose;
  object_class->finalize = wm_csv_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/"
                                               "wm-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WmCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, WmCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, WmCsvImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, WmCsvImportDialog, unmatched_group);

  gtk_widget_class_install_action (widget_class, "csv-import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_csv_import_dialog_init (WmCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->combo_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();
  self->unmatched_rows = g_ptr_array_new ();
}

/**
 * wm_csv_import_dialog_new:
 * @window: the window whose document gets the data
 * @plan: the plan for the data and the map
 * @file_name: (nullable): the file's name, shown as the subtitle
 *
 * Returns: (transfer none): the dialog, transient for @window; present it
 */
WmCsvImportDialog *
wm_csv_import_dialog_new (WmWindow        *window,
                          WmCsvImportPlan *plan,
                          const char      *file_name)
{
  WmCsvImportDialog *self;
  WmCsvTable *table;
  g_autofree char *subtitle = NULL;
  guint n_rows;

  g_return_val_if_fail (WM_IS_WINDOW (window), NULL);
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (plan), NULL);

  self = g_object_new (WM_TYPE_CSV_IMPORT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  self->plan = g_object_ref (plan);

  table = wm_csv_import_plan_get_table (plan);
  n_rows = wm_csv_table_get_n_rows (table) - 1;
  /* Translators: the subtitle of the import preview: "data.csv — 12 rows into “Purchase”" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u row into “%s”",
                                           "%s — %u rows into “%s”", n_rows),
                              file_name != NULL ? file_name : "", n_rows,
                              wm_journey_map_get_name (wm_csv_import_plan_get_map (plan)));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  build_columns (self);
  update_problems (self);

  return self;
}

WmCsvImportPlan *
wm_csv_import_dialog_get_plan (WmCsvImportDialog *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_DIALOG (self), NULL);

  return self->plan;
}

/**
 * wm_csv_import_dialog_import:
 *
 * Imports as planned, as one undo step, and closes the dialog.
 *
 * Returns: %TRUE if the data was imported
 */
gboolean
wm_csv_import_dialog_import (WmCsvImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  WmDocument *document;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_DIALOG (self), FALSE);

  if (self->window == NULL)
    return FALSE;

  document = wm_window_get_document (self->window);
  if (!wm_csv_import_plan_apply (self->plan, wm_document_get_history (document), &error))
    {
      show_error (GTK_WINDOW (self), _("Could Not Import"), error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

/* Reading the file */

typedef struct
{
  WmWindow     *window;  /* weak */
  WmJourneyMap *map;
  char         *name;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_weak_pointer (&data->window);
  g_clear_object (&data->map);
  g_free (data->name);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WmCsvTable) table = NULL;
  g_autoptr(WmCsvImportPlan) plan = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  gsize length;
  WmCsvImportDialog *dialog;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (data->window != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (GTK_WINDOW (data->window), _("Could Not Read the File"), error->message);
      return;
    }
  /* The window, or the map, may have gone while the file was read. */
  if (data->window == NULL
      || wm_object_get_parent (WM_OBJECT (data->map))
           != WM_OBJECT (wm_window_get_document (data->window)))
    return;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  table = wm_csv_read (bytes, 0, NULL, NULL, &error);
  if (table == NULL)
    {
      /* Translators: "file.csv: Row 3, column B: …" */
      message = g_strdup_printf (_("%s: %s"), data->name, error->message);
      show_error (GTK_WINDOW (data->window), _("Could Not Read the File"), message);
      return;
    }

  plan = wm_csv_import_plan_new (table, wm_window_get_document (data->window), data->map);
  dialog = wm_csv_import_dialog_new (data->window, plan, data->name);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * wm_csv_import_dialog_open_file:
 *
 * Reads @file in the background, then shows the import preview for @map (or the reason the
 * file cannot be read).
 */
void
wm_csv_import_dialog_open_file (WmWindow     *window,
                                WmJourneyMap *map,
                                GFile        *file)
{
  OpenData *data;

  g_return_if_fail (WM_IS_WINDOW (window));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (OpenData, 1);
  g_set_weak_pointer (&data->window, window);
  data->map = g_object_ref (map);
  data->name = g_file_get_basename (file);
  g_file_load_contents_async (file, NULL, file_loaded_cb, data);
}

typedef struct
{
  WmWindow     *window;  /* weak */
  WmJourneyMap *map;
} ChooserData;

static void
chooser_data_free (ChooserData *data)
{
  g_clear_weak_pointer (&data->window);
  g_clear_object (&data->map);
  g_free (data);
}

static ChooserData *
chooser_data_new (WmWindow     *window,
                  WmJourneyMap *map)
{
  ChooserData *data = g_new0 (ChooserData, 1);

  g_set_weak_pointer (&data->window, window);
  data->map = map != NULL ? g_object_ref (map) : NULL;

  return data;
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            ChooserData     *data)
{
  if (response == GTK_RESPONSE_ACCEPT && data->window != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        wm_csv_import_dialog_open_file (data->window, data->map, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  chooser_data_free (data);
}

/**
 * wm_csv_import_dialog_choose_file:
 *
 * Asks for a CSV file to import into @map, then shows the preview.
 */
void
wm_csv_import_dialog_choose_file (WmWindow     *window,
                                  WmJourneyMap *map)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (WM_IS_WINDOW (window));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));

  chooser = gtk_file_chooser_native_new (_("Import CSV Data"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Files"), "text/csv", "csv");
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb),
                    chooser_data_new (window, map));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * wm_csv_find_map:
 * @selected: (nullable): the item selected in the sidebar
 *
 * Returns: (transfer none) (nullable): the journey map that CSV import and export are for:
 *   the selected item if it is a journey map, or else the first journey map
 */
WmJourneyMap *
wm_csv_find_map (WmDocument *document,
                 WmObject   *selected)
{
  WmObjectList *maps;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);

  if (WM_IS_JOURNEY_MAP (selected))
    return WM_JOURNEY_MAP (selected);

  maps = wm_document_get_maps (document);

  return wm_object_list_get_length (maps) > 0 ? wm_object_list_get (maps, 0) : NULL;
}

/* Writing CSV and Markdown */

gboolean
wm_csv_export_write (WmJourneyMap  *map,
                     GFile         *file,
                     GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = wm_csv_export_map (map, ',');

  return wm_file_replace_contents (file, text, strlen (text), NULL, G_FILE_CREATE_NONE, NULL,
                                   NULL, error);
}

gboolean
wm_report_export_write (WmDocument  *document,
                        GFile       *file,
                        GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = wm_markdown_report (document);

  return wm_file_replace_contents (file, text, strlen (text), NULL, G_FILE_CREATE_NONE, NULL,
                                   NULL, error);
}

static void
export_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            ChooserData     *data)
{
  if (response == GTK_RESPONSE_ACCEPT && data->window != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (file != NULL)
        {
          g_autofree char *name = g_file_get_basename (file);

          ok = data->map != NULL
                 ? wm_csv_export_write (data->map, file, &error)
                 : wm_report_export_write (wm_window_get_document (data->window), file, &error);
          if (ok)
            {
              adw_toast_overlay_add_toast (data->window->toast_overlay,
                                           wm_toast_new_printf (_("Exported “%s”"), name));
            }
          else
            {
              show_error (GTK_WINDOW (data->window), _("Could Not Export"), error->message);
            }
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  chooser_data_free (data);
}

static void
choose_export_file (WmWindow     *window,
                    WmJourneyMap *map,
                    const char   *title,
                    const char   *name)
{
  GtkFileChooserNative *chooser;
  g_autofree char *file_name = NULL;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (map != NULL)
    add_filter (GTK_FILE_CHOOSER (chooser), _("CSV Files"), "text/csv", "csv");
  else
    add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown Files"), "text/markdown", "md");

  /* A name without characters that file systems refuse. */
  file_name = g_strdup_printf ("%s.%s", name != NULL && name[0] != '\0' ? name : _("Untitled"),
                               map != NULL ? "csv" : "md");
  g_strdelimit (file_name, "/\\:*?\"<>|", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);

  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_response_cb),
                    chooser_data_new (window, map));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * wm_csv_export_choose_file:
 *
 * Asks where to write @map's cards as CSV, and writes them.
 */
void
wm_csv_export_choose_file (WmWindow     *window,
                           WmJourneyMap *map)
{
  g_return_if_fail (WM_IS_WINDOW (window));
  g_return_if_fail (WM_IS_JOURNEY_MAP (map));

  choose_export_file (window, map, _("Export as CSV"), wm_journey_map_get_name (map));
}

/**
 * wm_report_export_choose_file:
 *
 * Asks where to write the workspace's Markdown report, and writes it.
 */
void
wm_report_export_choose_file (WmWindow *window)
{
  g_return_if_fail (WM_IS_WINDOW (window));

  choose_export_file (window, NULL, _("Export Report"),
                      wm_document_get_title (wm_window_get_document (window)));
}
