/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-export"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "wm-export.h"
#include "wm-file-util.h"
#include "wm-render-cairo.h"
#include "wm-render-svg.h"

/* PNG, PDF and SVG files of display lists. Everything is rendered into memory first and then
 * written with g_file_replace_contents(), which writes a temporary file and renames it over
 * the target: a failed export leaves no partial file and never damages an existing one.
 */

G_DEFINE_QUARK (wm-export-error-quark, wm_export_error)

static gboolean
check_list_size (WmDisplayList  *list,
                 GError        **error)
{
  double width = wm_display_list_get_width (list);
  double height = wm_display_list_get_height (list);

  if (!isfinite (width) || !isfinite (height) || width <= 0 || height <= 0)
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("There is nothing to export: the view is empty"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_png_size (double   width_px,
                double   height_px,
                GError **error)
{
  if (!isfinite (width_px) || !isfinite (height_px) || width_px < 1 || height_px < 1)
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("An image must be at least one pixel wide and high"));
      return FALSE;
    }
  if (width_px > WM_EXPORT_MAX_PNG_SIDE || height_px > WM_EXPORT_MAX_PNG_SIDE
      || width_px * height_px > WM_EXPORT_MAX_PNG_PIXELS)
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_TOO_LARGE,
                   _("The image would be %.0f × %.0f pixels, larger than Waymark writes "
                     "(at most %d pixels a side and %d megapixels); choose a smaller scale "
                     "or width, or export a PDF or SVG"),
                   width_px, height_px, WM_EXPORT_MAX_PNG_SIDE,
                   WM_EXPORT_MAX_PNG_PIXELS / 1000000);
      return FALSE;
    }

  return TRUE;
}

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo_status (cairo_status_t   status,
                    GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_FAILED,
               _("Drawing failed: %s"), cairo_status_to_string (status));
  return FALSE;
}

/**
 * wm_export_png_bytes:
 * @list: what to draw
 * @area: (nullable): the part of @list to draw, in document units; %NULL for all of it
 * @width_px: the image's width in pixels
 * @height_px: its height; @area is stretched to fill the image
 * @transparent: leave the background out
 *
 * Returns: (transfer full) (nullable): a PNG file, or %NULL with @error set
 */
GBytes *
wm_export_png_bytes (WmDisplayList  *list,
                     const WmRect   *area,
                     int             width_px,
                     int             height_px,
                     gboolean        transparent,
                     GError        **error)
{
  WmRect all = { 0, 0, 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *png;
  cairo_status_t status;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (list), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_list_size (list, error) || !check_png_size (width_px, height_px, error))
    return NULL;
  if (area == NULL)
    {
      all.width = wm_display_list_get_width (list);
      all.height = wm_display_list_get_height (list);
      area = &all;
    }
  if (!(area->width > 0 && area->height > 0))
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("There is nothing to export: the view is empty"));
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width_px, height_px);
  if (!check_cairo_status (cairo_surface_status (surface), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, width_px / area->width, height_px / area->height);
  cairo_translate (cr, -area->x, -area->y);
  wm_render_cairo (list, cr, area, !transparent);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  png = g_byte_array_new ();
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_to_byte_array, png);
  cairo_surface_destroy (surface);
  if (!check_cairo_status (status, error))
    {
      g_byte_array_unref (png);
      return NULL;
    }

  return g_byte_array_free_to_bytes (png);
}

/**
 * wm_export_pdf_bytes:
 * @lists: (element-type WmDisplayList): the pages, each as large as its list (1 unit = 1 pt)
 *
 * The text stays text (fonts are embedded), so it can be selected and searched.
 *
 * Returns: (transfer full) (nullable): a PDF file, or %NULL with @error set
 */
GBytes *
wm_export_pdf_bytes (GPtrArray  *lists,
                     GError    **error)
{
  g_autofree char *creator = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *pdf;
  cairo_status_t status;

  g_return_val_if_fail (lists != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (lists->len == 0)
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("There is nothing to export"));
      return NULL;
    }
  for (guint i = 0; i < lists->len; i++)
    {
      g_return_val_if_fail (WM_IS_DISPLAY_LIST (lists->pdata[i]), NULL);
      if (!check_list_size (lists->pdata[i], error))
        return NULL;
    }

  pdf = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_byte_array, pdf,
                                                 wm_display_list_get_width (lists->pdata[0]),
                                                 wm_display_list_get_height (lists->pdata[0]));
  creator = g_strdup_printf ("Waymark %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  wm_display_list_get_title (lists->pdata[0]));

  cr = cairo_create (surface);
  for (guint i = 0; i < lists->len; i++)
    {
      WmDisplayList *list = lists->pdata[i];
      const char *title = wm_display_list_get_title (list);
      g_autofree char *link = g_strdup_printf ("page=%u", i + 1);

      /* Each page takes its list's size; this must come before anything is drawn on it. */
      cairo_pdf_surface_set_size (surface, wm_display_list_get_width (list),
                                  wm_display_list_get_height (list));
      wm_render_cairo (list, cr, NULL, TRUE);
      cairo_show_page (cr);
      if (lists->len > 1)
        cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                       title[0] != '\0' ? title : link, link, 0);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo_status (status, error))
    {
      g_byte_array_unref (pdf);
      return NULL;
    }

  return g_byte_array_free_to_bytes (pdf);
}

/**
 * wm_export_write:
 *
 * Writes @bytes to @file atomically: on failure @file is left as it was, and no file is left
 * behind where there was none.
 */
gboolean
wm_export_write (GBytes  *bytes,
                 GFile   *file,
                 GError **error)
{
  gboolean existed;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* GIO writes a new file in place (only an existing one goes through a temporary file), so
   * a write that fails half-way through must remove what it wrote. */
  existed = g_file_query_exists (file, NULL);
  data = g_bytes_get_data (bytes, &size);
  /* wm_file_replace_contents, not g_file_replace_contents: GLib 2.74 moves a half-written
   * temporary file over the existing one when a write fails. */
  if (!wm_file_replace_contents (file, data, size, NULL, G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * wm_export_png:
 * @scale: pixels per document unit, used when @width_px is 0
 * @width_px: the image's width in pixels, or 0; the height follows the aspect ratio
 * @transparent: leave the background out
 */
gboolean
wm_export_png (WmDisplayList  *list,
               double          scale,
               int             width_px,
               gboolean        transparent,
               GFile          *file,
               GError        **error)
{
  g_autoptr(GBytes) png = NULL;
  double width, height, w_px, h_px;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (list), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width_px >= 0, FALSE);

  if (!check_list_size (list, error))
    return FALSE;

  width = wm_display_list_get_width (list);
  height = wm_display_list_get_height (list);
  if (width_px > 0)
    scale = width_px / width;
  if (!isfinite (scale) || scale <= 0)
    {
      g_set_error (error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("The scale must be a number above zero"));
      return FALSE;
    }

  if (width_px > 0)
    {
      w_px = width_px;
      h_px = MAX (1, round (height * scale));
    }
  else
    {
      /* Whole pixels covering the view; a hair over a whole number is rounding error. */
      w_px = MAX (1, ceil (width * scale - 1e-6));
      h_px = MAX (1, ceil (height * scale - 1e-6));
    }
  if (!check_png_size (w_px, h_px, error))
    return FALSE;

  png = wm_export_png_bytes (list, NULL, (int) w_px, (int) h_px, transparent, error);

  return png != NULL && wm_export_write (png, file, error);
}

gboolean
wm_export_pdf (GPtrArray  *lists,
               GFile      *file,
               GError    **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (lists != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pdf = wm_export_pdf_bytes (lists, error);

  return pdf != NULL && wm_export_write (pdf, file, error);
}

gboolean
wm_export_svg (WmDisplayList  *list,
               GFile          *file,
               GError        **error)
{
  g_autoptr(GBytes) svg = NULL;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (list), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_list_size (list, error))
    return FALSE;
  svg = wm_render_svg (list);

  return wm_export_write (svg, file, error);
}
