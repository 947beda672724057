/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-csv.h"
#include "wm-model.h"

G_BEGIN_DECLS

/**
 * WmCsvTarget:
 * @WM_CSV_TARGET_IGNORE: the column is left out
 * @WM_CSV_TARGET_STEP: names the step of each row
 * @WM_CSV_TARGET_STAGE: names the stage of each row's step
 * @WM_CSV_TARGET_METRIC: values of a metrics lane (id: the lane, or %NULL for a new lane
 *   titled after the column)
 * @WM_CSV_TARGET_EMOTION: emotion scores, −2 … +2 (id: the persona, or %NULL for none)
 * @WM_CSV_TARGET_CARDS: one card per cell in a lane (id: the lane)
 * @WM_CSV_TARGET_LANE: long form: the lane of the row's card, by title
 * @WM_CSV_TARGET_TEXT: long form: the card's text
 * @WM_CSV_TARGET_TAGS: long form: the card's tags, separated by commas
 * @WM_CSV_TARGET_EVIDENCE: long form: observed, assumed or proposed
 * @WM_CSV_TARGET_OWNER: long form: the card's owner
 */
typedef enum
{
  WM_CSV_TARGET_IGNORE,
  WM_CSV_TARGET_STEP,
  WM_CSV_TARGET_STAGE,
  WM_CSV_TARGET_METRIC,
  WM_CSV_TARGET_EMOTION,
  WM_CSV_TARGET_CARDS,
  WM_CSV_TARGET_LANE,
  WM_CSV_TARGET_TEXT,
  WM_CSV_TARGET_TAGS,
  WM_CSV_TARGET_EVIDENCE,
  WM_CSV_TARGET_OWNER,
} WmCsvTarget;

#define WM_TYPE_CSV_IMPORT_PLAN (wm_csv_import_plan_get_type ())

G_DECLARE_FINAL_TYPE (WmCsvImportPlan, wm_csv_import_plan, WM, CSV_IMPORT_PLAN, GObject)

WmCsvImportPlan *wm_csv_import_plan_new                 (WmCsvTable       *table,
                                                         WmDocument       *document,
                                                         WmJourneyMap     *map);
WmCsvTable      *wm_csv_import_plan_get_table           (WmCsvImportPlan  *self);
WmJourneyMap    *wm_csv_import_plan_get_map             (WmCsvImportPlan  *self);
guint            wm_csv_import_plan_get_n_columns       (WmCsvImportPlan  *self);
const char      *wm_csv_import_plan_get_header          (WmCsvImportPlan  *self,
                                                         guint             column);
WmCsvTarget      wm_csv_import_plan_get_target          (WmCsvImportPlan  *self,
                                                         guint             column,
                                                         const char      **id);
void             wm_csv_import_plan_set_target          (WmCsvImportPlan  *self,
                                                         guint             column,
                                                         WmCsvTarget       target,
                                                         const char       *id);
char            *wm_csv_import_plan_describe_target     (WmCsvImportPlan  *self,
                                                         guint             column,
                                                         WmCsvTarget       target,
                                                         const char       *id);
char            *wm_csv_import_plan_get_samples         (WmCsvImportPlan  *self,
                                                         guint             column);
guint            wm_csv_import_plan_get_n_choices       (WmCsvImportPlan  *self);
WmCsvTarget      wm_csv_import_plan_get_choice          (WmCsvImportPlan  *self,
                                                         guint             index,
                                                         const char      **id);
guint            wm_csv_import_plan_find_choice         (WmCsvImportPlan  *self,
                                                         guint             column);
GPtrArray       *wm_csv_import_plan_get_problems        (WmCsvImportPlan  *self);
gboolean         wm_csv_import_plan_has_errors          (WmCsvImportPlan  *self);
GPtrArray       *wm_csv_import_plan_get_unmatched_steps (WmCsvImportPlan  *self);
guint            wm_csv_import_plan_get_n_rows_matched  (WmCsvImportPlan  *self);
gboolean         wm_csv_import_plan_apply               (WmCsvImportPlan  *self,
                                                         WmHistory        *history,
                                                         GError          **error);

G_END_DECLS
