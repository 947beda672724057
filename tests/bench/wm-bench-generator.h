/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

/**
 * WmBenchOptions:
 * @n_cards: cards in the map (emotion points and metric values come on top)
 * @n_steps: columns of the map, or 0 to derive them from @n_cards
 * @seed: the same seed and options make the same workspace, ids included
 * @repeat: if not 0, card i has the text, lane, tags… of card i % @repeat (ids stay unique)
 *
 * Card i depends only on i and @seed, and goes to step i × @n_steps / @n_cards; so two maps
 * with the same number of cards per step share their first steps exactly.
 */
typedef struct
{
  guint   n_cards;
  guint   n_steps;
  guint32 seed;
  guint   repeat;
} WmBenchOptions;

#define WM_BENCH_SEED 20261123

WmDocument *wm_bench_generate        (const WmBenchOptions *options);
WmDocument *wm_bench_generate_cards  (guint                 n_cards);
GBytes     *wm_bench_generate_bytes  (guint                 n_cards);
guint       wm_bench_count_cards     (WmDocument           *document);

/* Benchmark helpers shared by the programs in tests/bench. */
gint64      wm_bench_now             (void);
double      wm_bench_median          (double               *values,
                                      guint                 n);
double      wm_bench_peak_rss_mib    (void);
char       *wm_bench_load_average    (void);
double      wm_bench_child_peak_mib  (const char           *mode,
                                      const char           *file);
void        wm_bench_child_report    (void);

G_END_DECLS
