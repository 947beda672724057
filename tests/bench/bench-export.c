/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>

#include "wm-bench-generator.h"
#include "wm-export.h"
#include "wm-journey-format.h"
#include "wm-layout-journey.h"
#include "wm-model.h"
#include "wm-render-cairo.h"
#include "wm-render-svg.h"
#include "wm-style.h"

/* Export of a large journey map: the generated 5,000-card workspace (tests/bench/
 * wm-bench-generator.c). The floor is librsvg turning the same map's SVG into a PNG (parse,
 * draw, encode: what rsvg-convert does), against Waymark's PNG export (draw with cairo,
 * encode, write). Times are the best of a few runs. Peak memory of opening the file, laying
 * it out and exporting it to SVG or PNG is measured in a fresh child process each. Prints
 * figures and ratios; never fails on time.
 */

#define N_CARDS 5000
#define N_RUNS  3

static double
elapsed_ms (gint64 start)
{
  return (wm_bench_now () - start) / 1000.0;
}

static cairo_status_t
append_to_byte_array (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* What rsvg-convert does with the SVG: parse, draw at 1:1, encode as PNG (into memory). */
static gsize
render_with_rsvg (GBytes *svg)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                                  g_bytes_get_size (svg), &error);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, 0, 0 };
  double width, height;

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height));
  viewport.width = width;
  viewport.height = height;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  rsvg_handle_render_document (handle, cr, &viewport, &error);
  g_assert_no_error (error);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_to_byte_array, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_object_unref (handle);

  return png->len;
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);

  return (gsize) st.st_size;
}

/* In a child process: open @path, lay out its first map and export it as @mode says. */
static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out_path = g_strconcat (path, ".", mode, NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_autoptr(WmJourneyLayout) layout = NULL;
  WmDisplayList *list;

  g_assert_no_error (error);
  layout = wm_journey_layout_new (document,
                                  wm_object_list_get (wm_document_get_maps (document), 0),
                                  wm_style_get (FALSE));
  list = wm_journey_layout_get_display_list (layout);
  if (g_str_equal (mode, "svg") && !wm_export_svg (list, out, &error))
    g_error ("SVG export failed: %s", error->message);
  if (g_str_equal (mode, "png") && !wm_export_png (list, 1, 0, FALSE, out, &error))
    g_error ("PNG export failed: %s", error->message);
  wm_bench_child_report ();
  g_unlink (out_path);

  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(WmJourneyLayout) layout = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GFile) svg_file = NULL;
  g_autoptr(GFile) png_file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *svg_path = NULL;
  g_autofree char *png_path = NULL;
  WmJourneyMap *map;
  WmDisplayList *list;
  double layout_ms = G_MAXDOUBLE, svg_ms = G_MAXDOUBLE, png_ms = G_MAXDOUBLE;
  double rsvg_ms = G_MAXDOUBLE, draw_ms = G_MAXDOUBLE;
  gsize rsvg_png_size = 0;
  g_autofree char *journey_path = NULL;
  g_autoptr(GBytes) journey = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  double layout_mib, svg_mib, png_mib;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  dir = g_dir_make_tmp ("waymark-bench-XXXXXX", &error);
  g_assert_no_error (error);
  svg_path = g_build_filename (dir, "map.svg", NULL);
  png_path = g_build_filename (dir, "map.png", NULL);
  svg_file = g_file_new_for_path (svg_path);
  png_file = g_file_new_for_path (png_path);

  document = wm_bench_generate_cards (N_CARDS);
  map = wm_object_list_get (wm_document_get_maps (document), 0);
  load_before = wm_bench_load_average ();

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = wm_bench_now ();

      g_clear_object (&layout);
      layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
      layout_ms = MIN (layout_ms, elapsed_ms (start));
    }
  list = wm_journey_layout_get_display_list (layout);

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = wm_bench_now ();

      if (!wm_export_svg (list, svg_file, &error))
        g_error ("SVG export failed: %s", error->message);
      svg_ms = MIN (svg_ms, elapsed_ms (start));
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = wm_bench_now ();

      if (!wm_export_png (list, 1, 0, FALSE, png_file, &error))
        g_error ("PNG export failed: %s", error->message);
      png_ms = MIN (png_ms, elapsed_ms (start));
    }

  /* Of which drawing, without encoding and writing. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = wm_bench_now ();
      cairo_surface_t *surface =
        cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) wm_display_list_get_width (list),
                                    (int) wm_display_list_get_height (list));
      cairo_t *cr = cairo_create (surface);

      wm_render_cairo (list, cr, NULL, TRUE);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      draw_ms = MIN (draw_ms, elapsed_ms (start));
      cairo_surface_destroy (surface);
    }

  svg = wm_render_svg (list);
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = wm_bench_now ();

      rsvg_png_size = render_with_rsvg (svg);
      rsvg_ms = MIN (rsvg_ms, elapsed_ms (start));
    }

  journey_path = g_build_filename (dir, "map.journey", NULL);
  journey = wm_journey_format_write (document);
  g_file_set_contents (journey_path, g_bytes_get_data (journey, NULL),
                       (gssize) g_bytes_get_size (journey), &error);
  g_assert_no_error (error);
  layout_mib = wm_bench_child_peak_mib ("layout", journey_path);
  svg_mib = wm_bench_child_peak_mib ("svg", journey_path);
  png_mib = wm_bench_child_peak_mib ("png", journey_path);
  load_after = wm_bench_load_average ();

  printf ("# load average %s before, %s after\n", load_before, load_after);
  printf ("# map of %u cards: %.0f × %.0f units, %u display items; SVG %.1f MiB, "
          "PNG %.1f MiB (librsvg's %.1f MiB)\n",
          N_CARDS, wm_display_list_get_width (list), wm_display_list_get_height (list),
          wm_display_list_get_n_items (list), file_size (svg_path) / 1048576.0,
          file_size (png_path) / 1048576.0, rsvg_png_size / 1048576.0);
  printf ("bench: layout_%u = %.1f ms\n", N_CARDS, layout_ms);
  printf ("bench: export_svg_%u = %.1f ms\n", N_CARDS, svg_ms);
  printf ("bench: export_png_%u = %.1f ms\n", N_CARDS, png_ms);
  printf ("bench: draw_cairo_%u = %.1f ms\n", N_CARDS, draw_ms);
  printf ("bench: rsvg_render_%u = %.1f ms\n", N_CARDS, rsvg_ms);
  printf ("bench: png_vs_rsvg = %.2f x\n", png_ms / rsvg_ms);
  printf ("bench: peak_rss_open_layout_%u = %.1f MiB\n", N_CARDS, layout_mib);
  printf ("bench: peak_rss_export_svg_%u = %.1f MiB\n", N_CARDS, svg_mib);
  printf ("bench: peak_rss_export_png_%u = %.1f MiB\n", N_CARDS, png_mib);

  g_unlink (journey_path);
  g_unlink (svg_path);
  g_unlink (png_path);
  g_rmdir (dir);

  return 0;
}
