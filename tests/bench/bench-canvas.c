/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>

#include "wm-bench-generator.h"
#include "wm-layout-journey.h"
#include "wm-model.h"
#include "wm-render-cairo.h"
#include "wm-style.h"

/* A canvas frame is the display list drawn over the visible area (what WmCanvas's snapshot
 * does). Both maps come from the benchmark generator with ten cards a step: the 50-card map
 * has 5 steps, the 5,000-card map the same first 5 steps and 495 more like them. The viewport
 * shows the first 5 columns, so both frames show the same content and only the document's
 * size differs: the goal is a ratio near 1. The same again without the emotion and metrics
 * lanes shows what the rest costs. Also times the layout, which the canvas redoes after each
 * edit. Figures are medians of repeated runs (CPU time); benchmarks never fail on time.
 */

#define CARDS_PER_STEP 10
#define VIEW_WIDTH (WM_JOURNEY_MARGIN + WM_JOURNEY_HEADER_WIDTH + 10 + 5 * WM_JOURNEY_STEP_WIDTH)
#define VIEW_HEIGHT 900
#define N_FRAMES 30

/* Ten cards a step, and the cards of the first five steps over again: both maps have the
 * same first five steps with rows of the same height, so the view shows the same cards. */
static WmDocument *
build (guint          n_cards,
       gboolean       card_lanes_only,
       WmJourneyMap **map_out)
{
  WmBenchOptions options = { n_cards, n_cards / CARDS_PER_STEP, WM_BENCH_SEED, 50 };
  WmDocument *document = wm_bench_generate (&options);
  WmObjectList *lanes;

  *map_out = wm_object_list_get (wm_document_get_maps (document), 0);

  /* Without the emotion curve and the metrics lines, which are one path each across the
   * whole map: they show what the frame time of the full map is made of. */
  lanes = wm_journey_map_get_lanes (*map_out);
  for (guint i = 0; card_lanes_only && i < wm_object_list_get_length (lanes); i++)
    if (!wm_lane_kind_holds_cards (wm_lane_get_kind (wm_object_list_get (lanes, i))))
      wm_object_list_remove (lanes, i--);

  return document;
}

static void
measure (guint     n_cards,
         gboolean  card_lanes_only,
         double   *first_layout_ms,
         double   *layout_ms,
         double   *frame_ms,
         guint    *visible_items)
{
  WmJourneyMap *map;
  g_autoptr(WmDocument) document = build (n_cards, card_lanes_only, &map);
  g_autoptr(WmJourneyLayout) layout = NULL;
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) VIEW_WIDTH, VIEW_HEIGHT);
  WmRect visible = { 0, 0, VIEW_WIDTH, VIEW_HEIGHT };
  double layouts[5], frames[N_FRAMES];
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      gint64 start = wm_bench_now ();

      g_clear_object (&layout);
      layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
      layouts[i] = (wm_bench_now () - start) / 1000.0;
    }

  for (guint i = 0; i < N_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = wm_bench_now ();

      wm_render_cairo (wm_journey_layout_get_display_list (layout), cr, &visible, TRUE);
      cairo_surface_flush (surface);
      frames[i] = (wm_bench_now () - start) / 1000.0;
      cairo_destroy (cr);
    }

  wm_display_list_query (wm_journey_layout_get_display_list (layout), &visible, indices);
  *visible_items = indices->len;
  *first_layout_ms = layouts[0];
  *layout_ms = wm_bench_median (layouts, G_N_ELEMENTS (layouts));
  *frame_ms = wm_bench_median (frames, N_FRAMES);
  cairo_surface_destroy (surface);
}

int
main (void)
{
  g_autofree char *load_before = wm_bench_load_average ();
  g_autofree char *load_after = NULL;
  double first_small, layout_small, frame_small, first_large, layout_large, frame_large;
  double unused, frame_small_cards, frame_large_cards;
  guint visible_small, visible_large, unused_items;

  measure (50, FALSE, &first_small, &layout_small, &frame_small, &visible_small);
  measure (5000, FALSE, &first_large, &layout_large, &frame_large, &visible_large);
  measure (50, TRUE, &unused, &unused, &frame_small_cards, &unused_items);
  measure (5000, TRUE, &unused, &unused, &frame_large_cards, &unused_items);

  load_after = wm_bench_load_average ();
  printf ("# load average %s before, %s after\n", load_before, load_after);
  printf ("bench: canvas_frame_50 = %.2f ms\n", frame_small);
  printf ("bench: canvas_frame_5000 = %.2f ms\n", frame_large);
  printf ("bench: canvas_frame_ratio = %.2f x\n", frame_large / frame_small);
  printf ("bench: canvas_frame_card_lanes_50 = %.2f ms\n", frame_small_cards);
  printf ("bench: canvas_frame_card_lanes_5000 = %.2f ms\n", frame_large_cards);
  printf ("bench: canvas_frame_card_lanes_ratio = %.2f x\n", frame_large_cards / frame_small_cards);
  printf ("bench: visible_items_50 = %u items\n", visible_small);
  printf ("bench: visible_items_5000 = %u items\n", visible_large);
  printf ("bench: first_layout_50 = %.1f ms\n", first_small);
  printf ("bench: first_layout_5000 = %.1f ms\n", first_large);
  printf ("bench: relayout_50 = %.1f ms\n", layout_small);
  printf ("bench: relayout_5000 = %.1f ms\n", layout_large);

  return 0;
}
