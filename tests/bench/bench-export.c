/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>

#include "wm-export.h"
#include "wm-layout-journey.h"
#include "wm-model.h"
#include "wm-render-cairo.h"
#include "wm-render-svg.h"
#include "wm-style.h"

/* Export of a large journey map: 5,000 cards in 25 steps (5 stages) and 10 lanes. The floor
 * is librsvg turning the same map's SVG into a PNG (parse, draw, encode: what rsvg-convert
 * does), against Waymark's PNG export (draw with cairo, encode, write). Prints figures and
 * ratios; never fails on time. Each figure is the best of a few runs.
 */

#define N_STAGES        5
#define STEPS_PER_STAGE 5
#define N_LANES         10
#define N_CARDS         5000
#define N_RUNS          3

static const char * const phrases[] = {
  "Compares prices on two sites",
  "Reads the reviews with the most votes first, then the one-star ones",
  "Asks a friend",
  "Waits for the delivery window to be confirmed by text message before leaving work early",
  "Calls support",
  "Screenshots the product page and sends it to a partner for a second opinion",
  "Gives up",
  "Checks the returns policy",
};

static const WmLaneKind lane_kinds[N_LANES] = {
  WM_LANE_KIND_ACTIONS, WM_LANE_KIND_THOUGHTS, WM_LANE_KIND_TOUCHPOINTS,
  WM_LANE_KIND_PAIN_POINTS, WM_LANE_KIND_OPPORTUNITIES, WM_LANE_KIND_IDEAS,
  WM_LANE_KIND_BACKSTAGE, WM_LANE_KIND_KPIS, WM_LANE_KIND_TEXT, WM_LANE_KIND_ACTIONS,
};

static WmDocument *
build_document (WmJourneyMap **map_out)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Five thousand cards");
  WmLane *lanes[N_LANES];

  for (guint s = 0; s < N_STAGES; s++)
    {
      g_autofree char *stage_name = g_strdup_printf ("Stage %u", s + 1);
      g_autoptr(WmStage) stage = wm_stage_new (stage_name);

      for (guint t = 0; t < STEPS_PER_STAGE; t++)
        {
          g_autofree char *step_name = g_strdup_printf ("Step %u", s * STEPS_PER_STAGE + t + 1);
          g_autoptr(WmStep) step = wm_step_new (step_name);

          wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
        }
      wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
    }

  for (guint l = 0; l < N_LANES; l++)
    {
      g_autofree char *title = g_strdup_printf ("Lane %u", l + 1);
      g_autoptr(WmLane) lane = wm_lane_new (lane_kinds[l], title);

      wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
      lanes[l] = lane;
    }

  /* 20 cards in every cell, of varied length. */
  for (guint i = 0; i < N_CARDS; i++)
    {
      guint n_steps = N_STAGES * STEPS_PER_STAGE;
      WmStep *step = wm_journey_map_get_step (map, (i / N_LANES) % n_steps);
      g_autofree char *text = g_strdup_printf ("#%u %s", i + 1,
                                               phrases[i % G_N_ELEMENTS (phrases)]);
      g_autoptr(WmCard) card = wm_card_new (wm_object_get_id (WM_OBJECT (step)), text);

      wm_object_list_append (wm_lane_get_cards (lanes[i % N_LANES]), WM_OBJECT (card));
    }

  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  *map_out = map;

  return document;
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
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

  dir = g_dir_make_tmp ("waymark-bench-XXXXXX", &error);
  g_assert_no_error (error);
  svg_path = g_build_filename (dir, "map.svg", NULL);
  png_path = g_build_filename (dir, "map.png", NULL);
  svg_file = g_file_new_for_path (svg_path);
  png_file = g_file_new_for_path (png_path);

  document = build_document (&map);

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&layout);
      layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
      layout_ms = MIN (layout_ms, elapsed_ms (start));
    }
  list = wm_journey_layout_get_display_list (layout);

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!wm_export_svg (list, svg_file, &error))
        g_error ("SVG export failed: %s", error->message);
      svg_ms = MIN (svg_ms, elapsed_ms (start));
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!wm_export_png (list, 1, 0, FALSE, png_file, &error))
        g_error ("PNG export failed: %s", error->message);
      png_ms = MIN (png_ms, elapsed_ms (start));
    }

  /* Of which drawing, without encoding and writing. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
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
      gint64 start = g_get_monotonic_time ();

      rsvg_png_size = render_with_rsvg (svg);
      rsvg_ms = MIN (rsvg_ms, elapsed_ms (start));
    }

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

  g_unlink (svg_path);
  g_unlink (png_path);
  g_rmdir (dir);

  return 0;
}
