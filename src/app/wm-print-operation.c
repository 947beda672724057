/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wm-export-dialog.h"
#include "wm-layout.h"
#include "wm-print-operation.h"
#include "wm-render-cairo.h"
#include "wm-style.h"

/* Printing: one item, or every item that can be drawn, each either scaled to fit one page
 * or tiled across as many pages as it takes at its actual size (a document unit is a CSS
 * pixel, 1/96 inch). The choice is on a tab of the print dialog. Printing uses the light
 * style and leaves the background to the paper.
 */

struct _WmPrintOperation
{
  GtkPrintOperation  parent_instance;

  WmDocument        *document;
  WmObject          *item;        /* the item printed unless all are */
  WmDisplayList     *item_list;
  GPtrArray         *lists;       /* WmDisplayList, one per item printed; from begin-print */
  GArray            *pages;       /* Page */
  gboolean           all_items;
  gboolean           tile;
};

G_DEFINE_FINAL_TYPE (WmPrintOperation, wm_print_operation, GTK_TYPE_PRINT_OPERATION)

typedef struct
{
  guint list;
  guint column;
  guint row;
} Page;

#define POINTS_PER_UNIT (72.0 / 96.0)

/* How many pages of @page_size it takes to hold @size at actual size. */
static guint
count_tiles (double size,
             double page_size)
{
  return MAX (1, (guint) ceil (size * POINTS_PER_UNIT / page_size - 1e-6));
}

static void
wm_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (operation);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);

  g_ptr_array_set_size (self->lists, 0);
  g_array_set_size (self->pages, 0);

  if (self->all_items)
    {
      g_autoptr(GPtrArray) items = wm_export_list_drawable_items (self->document);

      for (guint i = 0; i < items->len; i++)
        {
          WmDisplayList *list;

          if (items->pdata[i] == self->item)
            list = g_object_ref (self->item_list);
          else
            list = wm_layout_item (self->document, items->pdata[i], wm_style_get (FALSE), NULL);
          if (list != NULL)
            g_ptr_array_add (self->lists, list);
        }
    }
  else
    {
      g_ptr_array_add (self->lists, g_object_ref (self->item_list));
    }

  for (guint i = 0; i < self->lists->len; i++)
    {
      WmDisplayList *list = self->lists->pdata[i];
      guint columns = 1, rows = 1;

      if (self->tile)
        {
          columns = count_tiles (wm_display_list_get_width (list), page_width);
          rows = count_tiles (wm_display_list_get_height (list), page_height);
        }

      for (guint row = 0; row < rows; row++)
        for (guint column = 0; column < columns; column++)
          {
            Page page = { i, column, row };

            g_array_append_val (self->pages, page);
          }
    }

  gtk_print_operation_set_n_pages (operation, MAX (1, self->pages->len));
}

static void
wm_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  WmDisplayList *list;
  double width, height;
  Page *page;

  if (page_nr < 0 || (guint) page_nr >= self->pages->len)
    return;

  page = &g_array_index (self->pages, Page, page_nr);
  list = self->lists->pdata[page->list];
  width = wm_display_list_get_width (list);
  height = wm_display_list_get_height (list);

  cairo_save (cr);

  if (self->tile)
    {
      WmRect area = {
        page->column * page_width / POINTS_PER_UNIT,
        page->row * page_height / POINTS_PER_UNIT,
        page_width / POINTS_PER_UNIT,
        page_height / POINTS_PER_UNIT,
      };

      cairo_scale (cr, POINTS_PER_UNIT, POINTS_PER_UNIT);
      cairo_translate (cr, -area.x, -area.y);
      cairo_rectangle (cr, area.x, area.y, area.width, area.height);
      cairo_clip (cr);
      wm_render_cairo (list, cr, &area, FALSE);
    }
  else if (width > 0 && height > 0)
    {
      double scale = MIN (page_width / width, page_height / height);

      /* Centred across, at the top of the page. */
      cairo_translate (cr, (page_width - width * scale) / 2, 0);
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_clip (cr);
      wm_render_cairo (list, cr, NULL, FALSE);
    }

  cairo_restore (cr);
}

static void
wm_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (operation);

  g_ptr_array_set_size (self->lists, 0);
  g_array_set_size (self->pages, 0);
}

static GtkWidget *
wm_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (operation);
  g_autoptr(GPtrArray) items = wm_export_list_drawable_items (self->document);
  g_autofree char *only_item = NULL;
  GtkWidget *box, *label, *only, *all, *fit, *tile;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (_("Items"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  /* Translators: print only this item; %s is its name */
  only_item = g_strdup_printf (_("Only “%s”"), wm_object_get_display_name (self->item));
  only = gtk_check_button_new_with_label (only_item);
  all = gtk_check_button_new_with_mnemonic (_("_All items, one after the other"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (all), GTK_CHECK_BUTTON (only));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->all_items ? all : only), TRUE);
  gtk_widget_set_sensitive (all, items->len > 1);
  gtk_box_append (GTK_BOX (box), only);
  gtk_box_append (GTK_BOX (box), all);

  label = gtk_label_new (_("Size"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  fit = gtk_check_button_new_with_mnemonic (_("_Fit each item to a page"));
  tile = gtk_check_button_new_with_mnemonic (_("_Tile across pages at actual size"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (tile), GTK_CHECK_BUTTON (fit));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->tile ? tile : fit), TRUE);
  gtk_box_append (GTK_BOX (box), fit);
  gtk_box_append (GTK_BOX (box), tile);

  g_object_set_data (G_OBJECT (box), "wm-all", all);
  g_object_set_data (G_OBJECT (box), "wm-tile", tile);

  return box;
}

static void
wm_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (operation);
  GtkCheckButton *all = g_object_get_data (G_OBJECT (widget), "wm-all");
  GtkCheckButton *tile = g_object_get_data (G_OBJECT (widget), "wm-tile");

  self->all_items = gtk_check_button_get_active (all);
  self->tile = gtk_check_button_get_active (tile);
}

static void
wm_print_operation_dispose (GObject *object)
{
  WmPrintOperation *self = WM_PRINT_OPERATION (object);

  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_object (&self->item_list);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (wm_print_operation_parent_class)->dispose (object);
}

static void
wm_print_operation_class_init (WmPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = wm_print_operation_dispose;

  operation_class->begin_print = wm_print_operation_begin_print;
  operation_class->draw_page = wm_print_operation_draw_page;
  operation_class->end_print = wm_print_operation_end_print;
  operation_class->create_custom_widget = wm_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = wm_print_operation_custom_widget_apply;
}

static void
wm_print_operation_init (WmPrintOperation *self)
{
  self->lists = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* Translators: the tab of Waymark's options in the print dialog */
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Waymark"));
}

/* Public API */

/**
 * wm_print_operation_new:
 * @document: the workspace
 * @item: (nullable): the item to print; %NULL, or one that cannot be drawn, prints every item
 *   that can
 *
 * Returns: (transfer full) (nullable): a print operation whose default page setup suits the
 *   item's shape, or %NULL when no item of @document can be drawn
 */
WmPrintOperation *
wm_print_operation_new (WmDocument *document,
                        WmObject   *item)
{
  g_autoptr(WmPrintOperation) self = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (item == NULL || WM_IS_OBJECT (item), NULL);

  self = g_object_new (WM_TYPE_PRINT_OPERATION, NULL);

  /* Without an item that can be drawn, everything that can be is printed. */
  self->all_items = item == NULL || !wm_export_can_draw_item (item);
  item = wm_export_find_default_item (document, item);
  if (item == NULL)
    return NULL;

  self->document = g_object_ref (document);
  self->item = g_object_ref (item);
  self->item_list = wm_layout_item (document, item, wm_style_get (FALSE), &error);
  if (self->item_list == NULL)
    {
      g_warning ("Cannot lay out %s for printing: %s", wm_object_get_id (item), error->message);
      return NULL;
    }

  title = wm_document_get_title (document);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    title[0] != '\0' ? title : wm_object_get_display_name (item));

  page_setup = gtk_page_setup_new ();
  if (wm_display_list_get_width (self->item_list) > wm_display_list_get_height (self->item_list))
    gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);

  return g_steal_pointer (&self);
}

/**
 * wm_print_operation_get_all_items:
 *
 * Returns: whether every item that can be drawn is printed, rather than the one item
 */
gboolean
wm_print_operation_get_all_items (WmPrintOperation *self)
{
  g_return_val_if_fail (WM_IS_PRINT_OPERATION (self), FALSE);

  return self->all_items;
}

void
wm_print_operation_set_all_items (WmPrintOperation *self,
                                  gboolean          all_items)
{
  g_return_if_fail (WM_IS_PRINT_OPERATION (self));

  self->all_items = !!all_items;
}

/**
 * wm_print_operation_get_tile:
 *
 * Returns: whether items are printed at actual size across several pages, rather than each
 *   scaled to fit one page
 */
gboolean
wm_print_operation_get_tile (WmPrintOperation *self)
{
  g_return_val_if_fail (WM_IS_PRINT_OPERATION (self), FALSE);

  return self->tile;
}

void
wm_print_operation_set_tile (WmPrintOperation *self,
                             gboolean          tile)
{
  g_return_if_fail (WM_IS_PRINT_OPERATION (self));

  self->tile = !!tile;
}
