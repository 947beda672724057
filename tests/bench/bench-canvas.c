/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>

#include "wm-layout-journey.h"
#include "wm-model.h"
#include "wm-render-cairo.h"
#include "wm-style.h"

/* A canvas frame is the display list drawn over the visible area (what WmCanvas's snapshot
 * does). The 50-card map has 5 steps × 10 lanes with one card per cell; the 5,000-card map has
 * the same first 5 steps and 495 more. The viewport shows the first 5 columns, so both frames
 * show the same content and only the document's size differs: the goal is a ratio near 1.
 * Also times the layout, which the canvas redoes after each edit. Figures are medians of
 * repeated runs; benchmarks never fail on time.
 */

#define N_LANES 10
#define VIEW_WIDTH (WM_JOURNEY_MARGIN + WM_JOURNEY_HEADER_WIDTH + 10 + 5 * WM_JOURNEY_STEP_WIDTH)
#define VIEW_HEIGHT 900
#define N_FRAMES 30

static const char * const phrases[] = {
  "Compares prices on two sites",
  "Reads the reviews with the most votes first, then the one-star ones",
  "Asks a friend",
  "Waits for the delivery window to be confirmed by text message before leaving work early",
  "Calls support",
  "Checks the returns policy",
};

static WmDocument *
build (guint          n_cards,
       WmJourneyMap **map_out)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Benchmark");
  g_autoptr(WmStage) stage = wm_stage_new ("Stage");
  WmLane *lanes[N_LANES];

  guint n_steps = n_cards / N_LANES;

  for (guint s = 0; s < n_steps; s++)
    {
      g_autoptr(WmStep) step = wm_step_new ("Step");
      wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
    }
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  for (guint l = 0; l < N_LANES; l++)
    {
      g_autoptr(WmLane) lane = wm_lane_new (l % 2 ? WM_LANE_KIND_THOUGHTS : WM_LANE_KIND_ACTIONS, "Lane");
      wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
      lanes[l] = lane;
    }
  for (guint i = 0; i < n_cards; i++)
    {
      WmStep *step = wm_journey_map_get_step (map, i / N_LANES);
      g_autofree char *text = g_strdup_printf ("#%u %s", i + 1, phrases[i % G_N_ELEMENTS (phrases)]);
      g_autoptr(WmCard) card = wm_card_new (wm_object_get_id (WM_OBJECT (step)), text);
      wm_object_list_append (wm_lane_get_cards (lanes[i % N_LANES]), WM_OBJECT (card));
    }
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  *map_out = map;

  return document;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[n / 2];
}

static void
measure (guint   n_cards,
         double *first_layout_ms,
         double *layout_ms,
         double *frame_ms,
         guint  *visible_items)
{
  WmJourneyMap *map;
  g_autoptr(WmDocument) document = build (n_cards, &map);
  g_autoptr(WmJourneyLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) VIEW_WIDTH, VIEW_HEIGHT);
  WmRect visible = { 0, 0, VIEW_WIDTH, VIEW_HEIGHT };
  double layouts[5], frames[N_FRAMES];
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&layout);
      layout = wm_journey_layout_new (document, map, wm_style_get (FALSE));
      layouts[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint i = 0; i < N_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      wm_render_cairo (wm_journey_layout_get_display_list (layout), cr, &visible, TRUE);
      cairo_surface_flush (surface);
      frames[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }

  wm_display_list_query (wm_journey_layout_get_display_list (layout), &visible, indices);
  *visible_items = indices->len;
  *first_layout_ms = layouts[0];
  *layout_ms = median (layouts, G_N_ELEMENTS (layouts));
  *frame_ms = median (frames, N_FRAMES);
  cairo_surface_destroy (surface);
}

int
main (void)
{
  double first_small, layout_small, frame_small, first_large, layout_large, frame_large;
  guint visible_small, visible_large;

  measure (50, &first_small, &layout_small, &frame_small, &visible_small);
  measure (5000, &first_large, &layout_large, &frame_large, &visible_large);

  printf ("bench: canvas_frame_50 = %.2f ms\n", frame_small);
  printf ("bench: canvas_frame_5000 = %.2f ms\n", frame_large);
  printf ("bench: canvas_frame_ratio = %.2f x\n", frame_large / frame_small);
  printf ("bench: visible_items_50 = %u items\n", visible_small);
  printf ("bench: visible_items_5000 = %u items\n", visible_large);
  printf ("bench: first_layout_50 = %.1f ms\n", first_small);
  printf ("bench: first_layout_5000 = %.1f ms\n", first_large);
  printf ("bench: relayout_50 = %.1f ms\n", layout_small);
  printf ("bench: relayout_5000 = %.1f ms\n", layout_large);

  return 0;
}
