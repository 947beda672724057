/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wm-export-dialog.h"
#include "wm-export.h"
#include "wm-kind.h"
#include "wm-layout.h"
#include "wm-render-cairo.h"
#include "wm-style.h"
#include "wm-window-private.h"

/* The Export dialog: which format, which item (or, for PDF, every item, one page each), the
 * PNG scale and background. "Export…" asks where to write and writes in a thread; the
 * choices are remembered in the settings once a file is written. Export is always drawn in
 * the light style, as the command line does.
 */

struct _WmExportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkSpinner          *spinner;
  AdwPreferencesPage  *page;
  AdwComboRow         *format_row;
  AdwComboRow         *contents_row;
  AdwPreferencesGroup *image_group;
  AdwActionRow        *scale_row;
  GtkSpinButton       *scale_spin;
  GtkSwitch           *transparent_switch;

  GSettings           *settings;
  WmWindow            *window;       /* weak: it destroys this dialog when it goes */
  WmDocument          *document;
  WmObject            *item;
  WmDisplayList       *item_list;    /* the item's layout; dropped when the workspace changes */
  guint                n_drawable;   /* items of the workspace that have a layout */
  guint                n_items;
  gboolean             exporting;
  gboolean             image_too_large;
};

G_DEFINE_FINAL_TYPE (WmExportDialog, wm_export_dialog, ADW_TYPE_WINDOW)

enum {
  CONTENTS_ITEM,
  CONTENTS_ALL,
};

static const char * const extensions[] = { "svg", "png", "pdf" };
static const char * const mime_types[] = { "image/svg+xml", "image/png", "application/pdf" };
static const char * const format_notes[] = {
  N_("Sharp at any size; opens in browsers and vector editors"),
  N_("A picture for slides, documents and chat"),
  N_("For printing and sharing; can hold every item"),
};
static const char * const filter_names[] = { N_("SVG Images"), N_("PNG Images"),
                                             N_("PDF Documents") };

/* Whether a kind can be drawn is found out once, by laying out a blank item of that kind:
 * the layout code is the only one that knows, and a blank item costs nothing to lay out.
 */
static gboolean
kind_can_be_drawn (WmKind kind)
{
  static gsize known[WM_N_KINDS];
  static gboolean drawable[WM_N_KINDS];

  g_assert (kind < WM_N_KINDS);

  if (g_once_init_enter (&known[kind]))
    {
      g_autoptr(WmDocument) document = wm_document_new ();
      g_autoptr(WmObject) item = wm_kind_new_item (kind);
      g_autoptr(WmDisplayList) list = NULL;
      g_autoptr(GError) error = NULL;

      wm_object_list_append (wm_kind_get_list (kind, document), item);
      list = wm_layout_item (document, item, wm_style_get (FALSE), &error);
      drawable[kind] = !g_error_matches (error, WM_LAYOUT_ERROR, WM_LAYOUT_ERROR_UNSUPPORTED);
      g_once_init_leave (&known[kind], 1);
    }

  return drawable[kind];
}

/* What one export writes; made on the main thread, written in a worker thread. */
typedef struct
{
  WmExportFormat  format;
  double          scale;
  gboolean        transparent;
  GPtrArray      *lists;
  GFile          *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->lists, g_ptr_array_unref);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static gboolean
export_job_run (ExportJob  *job,
                GError    **error)
{
  g_assert (job->lists->len > 0);

  switch (job->format)
    {
    case WM_EXPORT_FORMAT_SVG:
      return wm_export_svg (job->lists->pdata[0], job->file, error);

    case WM_EXPORT_FORMAT_PNG:
      return wm_export_png (job->lists->pdata[0], job->scale, 0, job->transparent, job->file,
                            error);

    case WM_EXPORT_FORMAT_PDF:
      return wm_export_pdf (job->lists, job->file, error);

    default:
      g_assert_not_reached ();
    }
}

static WmDisplayList *
ensure_item_list (WmExportDialog  *self,
                  GError         **error)
{
  if (self->item_list == NULL)
    self->item_list = wm_layout_item (self->document, self->item, wm_style_get (FALSE), error);

  return self->item_list;
}

static ExportJob *
export_job_new (WmExportDialog  *self,
                GFile           *file,
                GError         **error)
{
  g_autoptr(ExportJob) job = g_new0 (ExportJob, 1);

  job->format = wm_export_dialog_get_format (self);
  job->scale = wm_export_dialog_get_scale (self);
  job->transparent = wm_export_dialog_get_transparent (self);
  job->file = g_object_ref (file);
  job->lists = g_ptr_array_new_with_free_func (g_object_unref);

  if (wm_export_dialog_get_all_items (self))
    {
      g_autoptr(GPtrArray) items = wm_export_list_drawable_items (self->document);

      for (guint i = 0; i < items->len; i++)
        {
          WmDisplayList *list;

          if (items->pdata[i] == self->item)
            {
              list = ensure_item_list (self, error);
              if (list != NULL)
                g_object_ref (list);
            }
          else
            list = wm_layout_item (self->document, items->pdata[i], wm_style_get (FALSE), error);
          if (list == NULL)
            return NULL;
          g_ptr_array_add (job->lists, list);
        }
    }
  else
    {
      WmDisplayList *list = ensure_item_list (self, error);

      if (list == NULL)
        return NULL;
      g_ptr_array_add (job->lists, g_object_ref (list));
    }

  return g_steal_pointer (&job);
}

static void
remember_choices (WmExportDialog *self,
                  GFile          *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);

  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "default-export-format",
                       wm_export_dialog_get_format (self));
  if (wm_export_dialog_get_format (self) == WM_EXPORT_FORMAT_PNG)
    {
      g_settings_set_double (self->settings, "export-scale", wm_export_dialog_get_scale (self));
      g_settings_set_boolean (self->settings, "export-transparent",
                              wm_export_dialog_get_transparent (self));
    }
  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_settings_set_string (self->settings, "recent-export-folder", uri);
    }
  g_settings_apply (self->settings);
}

/* The size a PNG gets, as wm_export_png() works it out. */
static void
png_size (WmDisplayList *list,
          double         scale,
          double        *width,
          double        *height)
{
  *width = MAX (1, ceil (wm_display_list_get_width (list) * scale - 1e-6));
  *height = MAX (1, ceil (wm_display_list_get_height (list) * scale - 1e-6));
}

static void
update_scale_row (WmExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  WmDisplayList *list = ensure_item_list (self, &error);
  g_autofree char *subtitle = NULL;
  double width, height;

  self->image_too_large = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self->scale_row), "error");

  if (list == NULL)
    {
      adw_action_row_set_subtitle (self->scale_row, error->message);
      return;
    }

  png_size (list, wm_export_dialog_get_scale (self), &width, &height);
  if (width > WM_EXPORT_MAX_PNG_SIDE || height > WM_EXPORT_MAX_PNG_SIDE
      || width * height > WM_EXPORT_MAX_PNG_PIXELS)
    {
      self->image_too_large = TRUE;
      gtk_widget_add_css_class (GTK_WIDGET (self->scale_row), "error");
      /* Translators: the size of an image that cannot be made; %.0f are pixel counts */
      subtitle = g_strdup_printf (_("%.0f × %.0f pixels is too large: choose a smaller scale"),
                                  width, height);
    }
  else
    {
      /* Translators: the size of the exported image, in pixels */
      subtitle = g_strdup_printf (_("%.0f × %.0f pixels"), width, height);
    }

  adw_action_row_set_subtitle (self->scale_row, subtitle);
}

static void
update_rows (WmExportDialog *self)
{
  WmExportFormat format = wm_export_dialog_get_format (self);
  gboolean all = wm_export_dialog_get_all_items (self);
  guint n_skipped = self->n_items - self->n_drawable;
  g_autofree char *subtitle = NULL;

  /* Called while the template is built, before there is anything to export. */
  if (self->item == NULL)
    return;

  /* "All items" makes one page per item, which only PDF has. */
  gtk_widget_set_visible (GTK_WIDGET (self->contents_row),
                          format == WM_EXPORT_FORMAT_PDF && self->n_items > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->image_group), format == WM_EXPORT_FORMAT_PNG);

  if (all && n_skipped > 0)
    {
      g_autofree char *pages = NULL;

      pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages",
                                            self->n_drawable),
                               self->n_drawable);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: %s is "N pages" */
                                               "%s; %u item that cannot be drawn yet is left out",
                                               "%s; %u items that cannot be drawn yet are left "
                                               "out",
                                               n_skipped),
                                  pages, n_skipped);
    }
  else if (all)
    {
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page, one per item",
                                               "%u pages, one per item", self->n_drawable),
                                  self->n_drawable);
    }
  else
    {
      subtitle = g_strdup (wm_object_get_display_name (self->item));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->contents_row), subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _(format_notes[format]));

  adw_window_title_set_subtitle (self->window_title,
                                 all ? _("All Items") : wm_object_get_display_name (self->item));

  if (format == WM_EXPORT_FORMAT_PNG)
    update_scale_row (self);
  else
    self->image_too_large = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file",
                                 wm_export_dialog_get_can_export (self));
}

static void
document_changed_cb (WmExportDialog *self)
{
  g_autoptr(GPtrArray) drawable = wm_export_list_drawable_items (self->document);

  g_clear_object (&self->item_list);

  self->n_drawable = drawable->len;
  self->n_items = 0;
  for (guint k = 0; k < WM_N_KINDS; k++)
    self->n_items += wm_object_list_get_length (wm_kind_get_list (k, self->document));

  update_rows (self);
}

static void
set_exporting (WmExportDialog *self,
               gboolean        exporting)
{
  self->exporting = exporting;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), exporting);
  gtk_spinner_set_spinning (self->spinner, exporting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !exporting);
  /* The file is written either way: Cancel would only hide that. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file",
                                 wm_export_dialog_get_can_export (self));
}

static void
show_error (WmExportDialog *self,
            const char     *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast_open_cb (AdwToast *toast,
               WmWindow *window)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "wm-uri");

  gtk_show_uri (GTK_WINDOW (window), uri, GDK_CURRENT_TIME);
}

static void
show_exported_toast (WmExportDialog *self,
                     GFile          *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (self->window == NULL)
    return;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  name = info != NULL ? g_strdup (g_file_info_get_display_name (info))
                      : g_file_get_basename (file);
  /* Toast titles are markup. */
  escaped = g_markup_escape_text (name, -1);

  /* Translators: %s is the name of the file written */
  toast = adw_toast_new_format (_("Exported “%s”"), escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "wm-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_open_cb), self->window, 0);
  wm_window_add_toast (self->window, toast);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (export_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WmExportDialog *self = WM_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* The window, and this dialog with it, closed while the file was being written. */
  if (self->document == NULL)
    {
      g_task_propagate_boolean (G_TASK (result), NULL);
      return;
    }

  set_exporting (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, error->message);
      return;
    }

  remember_choices (self, job->file);
  show_exported_toast (self, job->file);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Pictures are decoded once and the result is kept on the model's WmImage, which the canvas
 * shares: decode them here, on the main thread, so that the worker only reads them.
 */
static void
decode_pictures (ExportJob *job)
{
  for (guint i = 0; i < job->lists->len; i++)
    {
      WmDisplayList *list = job->lists->pdata[i];

      for (guint j = 0; j < wm_display_list_get_n_items (list); j++)
        {
          const WmDisplayItem *item = wm_display_list_get_item (list, j);

          if (item->kind == WM_DISPLAY_IMAGE && item->image != NULL)
            wm_render_cairo_image_surface (item->image, item->width, item->height);
        }
    }
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     WmExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        wm_export_dialog_export (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  WmExportDialog *self = WM_EXPORT_DIALOG (widget);
  WmExportFormat format = wm_export_dialog_get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = wm_export_dialog_dup_suggested_name (self);
  g_autofree char *folder_uri = g_settings_get_string (self->settings, "recent-export-folder");
  GtkFileChooserNative *chooser;

  if (!wm_export_dialog_get_can_export (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _(filter_names[format]));
  gtk_file_filter_add_mime_type (filter, mime_types[format]);
  gtk_file_filter_add_suffix (filter, extensions[format]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (folder_uri[0] != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (folder_uri);

      /* The folder may be gone; the chooser then starts where it likes. */
      if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static void
wm_export_dialog_dispose (GObject *object)
{
  WmExportDialog *self = WM_EXPORT_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_object (&self->item_list);

  G_OBJECT_CLASS (wm_export_dialog_parent_class)->dispose (object);
}

static void
wm_export_dialog_class_init (WmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, contents_row);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, WmExportDialog, transparent_switch);
  gtk_widget_class_bind_template_callback (widget_class, update_rows);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_export_dialog_init (WmExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
}

/* Public API */

/**
 * wm_export_dialog_new:
 * @window: the window whose workspace is exported
 * @item: (nullable): the item to export, one that can be drawn; %NULL for the first one
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it closes
 */
WmExportDialog *
wm_export_dialog_new (WmWindow *window,
                      WmObject *item)
{
  WmDocument *document;
  WmExportDialog *self;

  g_return_val_if_fail (WM_IS_WINDOW (window), NULL);
  g_return_val_if_fail (item == NULL || wm_export_can_draw_item (item), NULL);

  document = wm_window_get_document (window);
  if (item == NULL)
    item = wm_export_find_default_item (document, NULL);
  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (wm_kind_find_item (document, item, NULL, NULL), NULL);

  self = g_object_new (WM_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  self->document = g_object_ref (document);
  self->item = g_object_ref (item);

  adw_combo_row_set_selected (self->format_row,
                              g_settings_get_enum (self->settings, "default-export-format"));
  gtk_spin_button_set_value (self->scale_spin,
                             g_settings_get_double (self->settings, "export-scale"));
  gtk_switch_set_active (self->transparent_switch,
                         g_settings_get_boolean (self->settings, "export-transparent"));

  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  document_changed_cb (self);

  return self;
}

/**
 * wm_export_dialog_get_item:
 *
 * Returns: (transfer none): the item exported unless all items are
 */
WmObject *
wm_export_dialog_get_item (WmExportDialog *self)
{
  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), NULL);

  return self->item;
}

WmExportFormat
wm_export_dialog_get_format (WmExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), WM_EXPORT_FORMAT_PNG);

  selected = adw_combo_row_get_selected (self->format_row);

  return selected <= WM_EXPORT_FORMAT_PDF ? (WmExportFormat) selected : WM_EXPORT_FORMAT_PNG;
}

void
wm_export_dialog_set_format (WmExportDialog *self,
                             WmExportFormat  format)
{
  g_return_if_fail (WM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= WM_EXPORT_FORMAT_PDF);

  adw_combo_row_set_selected (self->format_row, format);
}

/**
 * wm_export_dialog_get_scale:
 *
 * Returns: image pixels per document unit, for PNG
 */
double
wm_export_dialog_get_scale (WmExportDialog *self)
{
  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), 1.0);

  return gtk_spin_button_get_value (self->scale_spin);
}

void
wm_export_dialog_set_scale (WmExportDialog *self,
                            double          scale)
{
  g_return_if_fail (WM_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->scale_spin, scale);
}

gboolean
wm_export_dialog_get_transparent (WmExportDialog *self)
{
  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->transparent_switch);
}

void
wm_export_dialog_set_transparent (WmExportDialog *self,
                                  gboolean        transparent)
{
  g_return_if_fail (WM_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->transparent_switch, transparent);
}

/**
 * wm_export_dialog_get_all_items:
 *
 * Returns: whether every item that can be drawn is exported, one page each; only for PDF
 */
gboolean
wm_export_dialog_get_all_items (WmExportDialog *self)
{
  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), FALSE);

  return wm_export_dialog_get_format (self) == WM_EXPORT_FORMAT_PDF
         && adw_combo_row_get_selected (self->contents_row) == CONTENTS_ALL;
}

void
wm_export_dialog_set_all_items (WmExportDialog *self,
                                gboolean        all_items)
{
  g_return_if_fail (WM_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->contents_row, all_items ? CONTENTS_ALL : CONTENTS_ITEM);
}

/**
 * wm_export_dialog_get_can_export:
 *
 * Returns: whether the choices make a file that can be written (a PNG may be too large)
 */
gboolean
wm_export_dialog_get_can_export (WmExportDialog *self)
{
  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), FALSE);

  return !self->exporting && !self->image_too_large;
}

/**
 * wm_export_dialog_dup_suggested_name:
 *
 * Returns: (transfer full): a file name for the export: the item's name (or the workspace's
 *   title for all items) with the format's extension
 */
char *
wm_export_dialog_dup_suggested_name (WmExportDialog *self)
{
  const char *name;
  g_autofree char *base = NULL;

  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), NULL);

  if (wm_export_dialog_get_all_items (self))
    name = wm_document_get_title (self->document);
  else
    name = wm_object_get_display_name (self->item);
  if (name == NULL || name[0] == '\0')
    name = _("Untitled");

  /* A name is not a path. */
  base = g_strdelimit (g_strdup (name), "/\\", '-');

  return g_strconcat (base, ".", extensions[wm_export_dialog_get_format (self)], NULL);
}

/**
 * wm_export_dialog_export:
 * @file: where to write
 *
 * What the Export button does once it knows where: writes @file in a thread with the dialog's
 * choices, then remembers them, closes the dialog and says so in a toast on the window. A
 * failure is shown in a message dialog, and this dialog stays.
 */
void
wm_export_dialog_export (WmExportDialog *self,
                         GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (WM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->exporting)
    return;

  job = export_job_new (self, file, &error);
  if (job == NULL)
    {
      show_error (self, error->message);
      return;
    }

  decode_pictures (job);
  set_exporting (self, TRUE);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, wm_export_dialog_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * wm_export_dialog_export_to:
 * @file: where to write
 *
 * Exports with the dialog's choices to @file, at once, and remembers the choices. The Export
 * button does the same after asking for a file, writing in a thread.
 *
 * Returns: whether @file was written; on failure an existing @file is left as it was
 */
gboolean
wm_export_dialog_export_to (WmExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  g_autoptr(ExportJob) job = NULL;

  g_return_val_if_fail (WM_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = export_job_new (self, file, error);
  if (job == NULL || !export_job_run (job, error))
    return FALSE;

  remember_choices (self, file);

  return TRUE;
}

/**
 * wm_export_can_draw_item:
 *
 * Returns: whether @item's kind has a layout, so that it can be exported and printed
 */
gboolean
wm_export_can_draw_item (WmObject *item)
{
  WmKind kind;

  g_return_val_if_fail (WM_IS_OBJECT (item), FALSE);

  kind = wm_kind_of_item (item);

  return kind < WM_N_KINDS && kind_can_be_drawn (kind);
}

/**
 * wm_export_list_drawable_items:
 *
 * Returns: (transfer container) (element-type WmObject): the items of @document that can be
 *   drawn, in the sidebar's order
 */
GPtrArray *
wm_export_list_drawable_items (WmDocument *document)
{
  GPtrArray *items = g_ptr_array_new ();

  g_return_val_if_fail (WM_IS_DOCUMENT (document), items);

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      WmObjectList *list = wm_kind_get_list (k, document);

      if (!kind_can_be_drawn (k))
        continue;
      for (guint i = 0; i < wm_object_list_get_length (list); i++)
        g_ptr_array_add (items, wm_object_list_get (list, i));
    }

  return items;
}

/**
 * wm_export_find_default_item:
 * @selected: (nullable): the selected item
 *
 * Returns: (transfer none) (nullable): what Export and Print show: @selected if it can be
 *   drawn, or else the first journey map, or else the first item that can; %NULL when none
 *   can
 */
WmObject *
wm_export_find_default_item (WmDocument *document,
                             WmObject   *selected)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);

  if (selected != NULL && wm_export_can_draw_item (selected))
    return selected;

  items = wm_export_list_drawable_items (document);

  /* As waymark-cli export does: the first journey map, or else the first item. */
  for (guint i = 0; i < items->len; i++)
    if (WM_IS_JOURNEY_MAP (items->pdata[i]))
      return items->pdata[i];

  return items->len > 0 ? items->pdata[0] : NULL;
}
