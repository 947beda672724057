/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wm-csv-export.h"
#include "wm-csv-import.h"
#include "wm-journey-format.h"
#include "wm-model.h"
#include "wm-problem.h"
#include "wm-test-util.h"

/* Research data from CSV into a journey map: each form changes the right values, the whole
 * import is one undo step that restores the file byte for byte, problems name the row and
 * the column; and the CSV export of a map reads back into a map with the same steps. */

typedef struct
{
  WmDocument   *document;
  WmJourneyMap *map;
  GBytes       *before;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  fixture->map = wm_object_list_get (wm_document_get_maps (fixture->document), 0);
  fixture->before = wm_journey_format_write (fixture->document);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_bytes_unref (fixture->before);
  g_assert_finalize_object (fixture->document);
}

static WmCsvImportPlan *
plan_for (Fixture    *fixture,
          const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = wm_csv_read (bytes, 0, NULL, NULL, &error);

  g_assert_no_error (error);

  return wm_csv_import_plan_new (table, fixture->document, fixture->map);
}

static void
apply (Fixture         *fixture,
       WmCsvImportPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (wm_csv_import_plan_has_errors (plan));
  g_assert_true (wm_csv_import_plan_apply (plan, wm_document_get_history (fixture->document),
                                           &error));
  g_assert_no_error (error);
}

/* One undo takes the map back to exactly what was read. */
static void
assert_one_undo_restores (Fixture *fixture)
{
  WmHistory *history = wm_document_get_history (fixture->document);
  g_autoptr(GBytes) after = NULL;

  g_assert_true (wm_history_get_can_undo (history));
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Import CSV Data");
  g_assert_true (wm_history_undo (history));
  g_assert_false (wm_history_get_can_undo (history));
  after = wm_journey_format_write (fixture->document);
  g_assert_true (g_bytes_equal (after, fixture->before));
}

static WmLane *
lane_titled (WmJourneyMap *map,
             const char   *title)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (g_str_equal (wm_lane_get_title (wm_object_list_get (lanes, i)), title))
      return wm_object_list_get (lanes, i);

  return NULL;
}

static const char *
step_id (WmJourneyMap *map,
         const char   *name)
{
  for (guint i = 0; i < wm_journey_map_get_n_steps (map); i++)
    {
      WmStep *step = wm_journey_map_get_step (map, i);

      if (g_str_equal (wm_step_get_name (step), name))
        return wm_object_get_id (WM_OBJECT (step));
    }
  g_assert_not_reached ();
}

static gboolean
metric_at (WmLane     *lane,
           const char *step,
           double     *value)
{
  WmObjectList *values = wm_lane_get_values (lane);

  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    {
      WmMetricValue *v = wm_object_list_get (values, i);

      if (g_str_equal (wm_metric_value_get_step_id (v), step))
        {
          *value = wm_metric_value_get_value (v);
          return TRUE;
        }
    }

  return FALSE;
}

static int
score_at (WmLane     *lane,
          const char *step,
          const char *persona)
{
  WmObjectList *points = wm_lane_get_points (lane);

  for (guint i = 0; i < wm_object_list_get_length (points); i++)
    {
      WmEmotionPoint *p = wm_object_list_get (points, i);

      if (g_str_equal (wm_emotion_point_get_step_id (p), step)
          && g_str_equal (wm_emotion_point_get_persona_id (p), persona))
        return wm_emotion_point_get_score (p);
    }

  return 99;
}

static WmCard *
card_at (WmLane     *lane,
         const char *step,
         const char *text)
{
  WmObjectList *cards = wm_lane_get_cards (lane);

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);

      if (g_str_equal (wm_card_get_step_id (card), step) && g_str_equal (wm_card_get_text (card),
                                                                         text))
        return card;
    }

  return NULL;
}

static gboolean
has_problem (WmCsvImportPlan   *plan,
             WmProblemSeverity  severity,
             guint              row,
             guint              column,
             const char        *text)
{
  GPtrArray *problems = wm_csv_import_plan_get_problems (plan);

  for (guint i = 0; i < problems->len; i++)
    {
      WmProblem *problem = problems->pdata[i];

      if (problem->severity == severity && problem->line == row && problem->column == column
          && strstr (problem->message, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_metrics (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(WmCsvImportPlan) plan = plan_for (fixture,
                                              "Step,Conversion,NPS,Comment\r\n"
                                              "see an AD,2.5,,nice\r\n"
                                              "Checkout,61 %,40,\r\n"
                                              "Teleport,1,2,\r\n"
                                              ",7,,\r\n"
                                              ",,,\r\n");
  WmLane *conversion = lane_titled (fixture->map, "Conversion");
  guint n_lanes = wm_object_list_get_length (wm_journey_map_get_lanes (fixture->map));
  const char *id = NULL;
  GPtrArray *unmatched;
  WmLane *nps;
  double value;

  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 0, NULL), ==, WM_CSV_TARGET_STEP);
  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 1, &id), ==, WM_CSV_TARGET_METRIC);
  g_assert_cmpstr (id, ==, wm_object_get_id (WM_OBJECT (conversion)));
  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 2, &id), ==, WM_CSV_TARGET_METRIC);
  g_assert_null (id);
  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 3, NULL), ==, WM_CSV_TARGET_IGNORE);
  g_assert_true (has_problem (plan, WM_PROBLEM_WARNING, 1, 4, "left out"));
  g_assert_true (has_problem (plan, WM_PROBLEM_WARNING, 1, 3, "new metrics lane “NPS”"));
  /* A row without a step is left out with a warning; an empty row silently. */
  g_assert_true (has_problem (plan, WM_PROBLEM_WARNING, 5, 1, "names no step"));
  g_assert_false (has_problem (plan, WM_PROBLEM_WARNING, 6, 1, "names no step"));
  unmatched = wm_csv_import_plan_get_unmatched_steps (plan);
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (unmatched->pdata[0], ==, "Row 4: “Teleport”");
  g_assert_cmpuint (wm_csv_import_plan_get_n_rows_matched (plan), ==, 2);

  apply (fixture, plan);

  g_assert_true (metric_at (conversion, step_id (fixture->map, "See an ad"), &value));
  g_assert_cmpfloat (value, ==, 2.5);
  g_assert_true (metric_at (conversion, step_id (fixture->map, "Checkout"), &value));
  g_assert_cmpfloat (value, ==, 61);
  nps = lane_titled (fixture->map, "NPS");
  g_assert_nonnull (nps);
  g_assert_cmpint (wm_lane_get_kind (nps), ==, WM_LANE_KIND_METRICS);
  g_assert_cmpuint (wm_object_list_get_length (wm_journey_map_get_lanes (fixture->map)), ==,
                    n_lanes + 1);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_values (nps)), ==, 1);
  g_assert_true (metric_at (nps, step_id (fixture->map, "Checkout"), &value));
  g_assert_cmpfloat (value, ==, 40);

  assert_one_undo_restores (fixture);
  g_assert_null (lane_titled (fixture->map, "NPS"));

  /* The preview's choice wins: NPS ignored adds no lane. */
  wm_csv_import_plan_set_target (plan, 2, WM_CSV_TARGET_IGNORE, NULL);
  apply (fixture, plan);
  g_assert_null (lane_titled (fixture->map, "NPS"));
  assert_one_undo_restores (fixture);
}

static void
test_semicolon_decimal_comma (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(WmCsvImportPlan) plan = plan_for (fixture,
                                              "\xef\xbb\xbfStage;Step;Satisfaction\n"
                                              "Use;Descale;3,5\n"
                                              "Maintain;Descale;1\n");
  WmLane *satisfaction = lane_titled (fixture->map, "Satisfaction");
  double value;

  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 0, NULL), ==, WM_CSV_TARGET_STAGE);
  /* The stage narrows the step down: Descale is in Use, not in Maintain. */
  g_assert_cmpuint (wm_csv_import_plan_get_unmatched_steps (plan)->len, ==, 1);
  g_assert_cmpstr (wm_csv_import_plan_get_unmatched_steps (plan)->pdata[0], ==,
                   "Row 3: “Maintain” › “Descale”");
  apply (fixture, plan);
  g_assert_true (metric_at (satisfaction, step_id (fixture->map, "Descale"), &value));
  g_assert_cmpfloat (value, ==, 3.5);
  assert_one_undo_restores (fixture);
}

static void
test_emotion (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(WmCsvImportPlan) plan = plan_for (fixture,
                                              "stage,step,ana duarte,Ben Okafor emotion\n"
                                              "Buy,Checkout,-2,+1\n"
                                              "Use,First espresso,2,\n");
  WmObjectList *personas = wm_document_get_personas (fixture->document);
  const char *ana = wm_object_get_id (wm_object_list_get (personas, 0));
  const char *ben = wm_object_get_id (wm_object_list_get (personas, 1));
  WmLane *emotion = lane_titled (fixture->map, "Emotion");
  const char *id = NULL;

  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 2, &id), ==, WM_CSV_TARGET_EMOTION);
  g_assert_cmpstr (id, ==, ana);
  g_assert_cmpint (wm_csv_import_plan_get_target (plan, 3, &id), ==, WM_CSV_TARGET_EMOTION);
  g_assert_cmpstr (id, ==, ben);

  apply (fixture, plan);
  g_assert_cmpint (score_at (emotion, step_id (fixture->map, "Checkout"), ana), ==, -2);
  g_assert_cmpint (score_at (emotion, step_id (fixture->map, "Checkout"), ben), ==, 1);
  g_assert_cmpint (score_at (emotion, step_id (fixture->map, "First espresso"), ana), ==, 2);
  assert_one_undo_restores (fixture);
}

static void
test_cards (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(WmCsvImportPlan) wide = plan_for (fixture,
                                              "Step,Pain points,Ideas\n"
                                              "Unbox,\"Box too big,\nno handle\",\n"
                                              "Checkout,,Pay with one tap\n");
  g_autoptr(WmCsvImportPlan) long_form = NULL;
  WmLane *pains = lane_titled (fixture->map, "Pain points");
  WmLane *ideas = lane_titled (fixture->map, "Ideas");
  guint n_ideas = wm_object_list_get_length (wm_lane_get_cards (ideas));
  WmLane *quotes;
  WmCard *card;
  const char * const *tags;

  g_assert_cmpint (wm_csv_import_plan_get_target (wide, 1, NULL), ==, WM_CSV_TARGET_CARDS);
  apply (fixture, wide);
  g_assert_nonnull (card_at (pains, step_id (fixture->map, "Unbox"), "Box too big,\nno handle"));
  g_assert_nonnull (card_at (ideas, step_id (fixture->map, "Checkout"), "Pay with one tap"));
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (ideas)), ==, n_ideas + 1);
  assert_one_undo_restores (fixture);

  long_form = plan_for (fixture,
                        "stage,step,lane,text,tags,evidence,owner\n"
                        "Buy,Checkout,ideas,Pay with one tap,\"payment, speed\",Proposed,Ana\n"
                        "Buy,Checkout,Interview quotes,“Too many fields”,,observed,\n");
  g_assert_cmpint (wm_csv_import_plan_get_target (long_form, 2, NULL), ==, WM_CSV_TARGET_LANE);
  g_assert_cmpint (wm_csv_import_plan_get_target (long_form, 3, NULL), ==, WM_CSV_TARGET_TEXT);
  g_assert_true (has_problem (long_form, WM_PROBLEM_WARNING, 3, 3, "a new text lane"));
  apply (fixture, long_form);
  card = card_at (ideas, step_id (fixture->map, "Checkout"), "Pay with one tap");
  g_assert_nonnull (card);
  tags = wm_card_get_tags (card);
  g_assert_cmpstr (tags[0], ==, "payment");
  g_assert_cmpstr (tags[1], ==, "speed");
  g_assert_null (tags[2]);
  g_assert_cmpint (wm_card_get_evidence (card), ==, WM_EVIDENCE_PROPOSED);
  g_assert_cmpstr (wm_card_get_owner (card), ==, "Ana");
  quotes = lane_titled (fixture->map, "Interview quotes");
  g_assert_nonnull (quotes);
  g_assert_cmpint (wm_lane_get_kind (quotes), ==, WM_LANE_KIND_TEXT);
  card = card_at (quotes, step_id (fixture->map, "Checkout"), "“Too many fields”");
  g_assert_cmpint (wm_card_get_evidence (card), ==, WM_EVIDENCE_OBSERVED);
  assert_one_undo_restores (fixture);
}

static void
assert_error_blocks (Fixture    *fixture,
                     const char *text,
                     guint       row,
                     guint       column,
                     const char *message)
{
  g_autoptr(WmCsvImportPlan) plan = plan_for (fixture, text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  WmHistory *history = wm_document_get_history (fixture->document);

  g_assert_true (wm_csv_import_plan_has_errors (plan));
  g_assert_true (has_problem (plan, WM_PROBLEM_ERROR, row, column, message));
  g_assert_false (wm_csv_import_plan_apply (plan, history, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_true (strstr (error->message, message) != NULL || column == 0);
  g_assert_false (wm_history_get_can_undo (history));
  after = wm_journey_format_write (fixture->document);
  g_assert_true (g_bytes_equal (after, fixture->before));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  assert_error_blocks (fixture, "Step,Conversion\nCheckout,3\nUnbox,lots\n", 3, 2,
                       "Row 3, column B (“Conversion”): “lots” is not a number");
  assert_error_blocks (fixture, "Step,Ana Duarte\n\nCheckout,5\n", 3, 2,
                       "Row 3, column B (“Ana Duarte”): “5” is not an emotion score");
  assert_error_blocks (fixture, "Step,Ana Duarte\nCheckout,0.5\n", 2, 2, "not an emotion score");
  assert_error_blocks (fixture, "Step,Lane,Text,Evidence\nCheckout,Ideas,x,maybe\n", 2, 4,
                       "Row 2, column D (“Evidence”): “maybe” is not a kind of evidence");
  assert_error_blocks (fixture, "Step,Lane,Text\nCheckout,Conversion,x\n", 2, 2,
                       "does not hold cards");
  assert_error_blocks (fixture, "Name,Conversion\nCheckout,3\n", 1, 0, "No column names the steps");
  assert_error_blocks (fixture, "Step,Score\n\"two\nlines\",1\nCheckout,x\n", 3, 2,
                       "Row 3, column B (“Score”)");
  assert_error_blocks (fixture, "Step\n", 1, 0, "no data rows");
}

static void
test_two_step_columns (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(WmCsvImportPlan) plan = plan_for (fixture, "Step,Where,Conversion\nCheckout,x,3\n");
  guint choice;
  const char *id;

  wm_csv_import_plan_set_target (plan, 1, WM_CSV_TARGET_STEP, NULL);
  g_assert_true (has_problem (plan, WM_PROBLEM_ERROR, 1, 2, "column A already has this role"));
  wm_csv_import_plan_set_target (plan, 1, WM_CSV_TARGET_IGNORE, NULL);
  g_assert_false (wm_csv_import_plan_has_errors (plan));

  /* Every column's target is among the choices offered. */
  choice = wm_csv_import_plan_find_choice (plan, 2);
  g_assert_cmpint (wm_csv_import_plan_get_choice (plan, choice, &id), ==, WM_CSV_TARGET_METRIC);
  g_assert_cmpstr (id, ==, wm_object_get_id (WM_OBJECT (lane_titled (fixture->map,
                                                                     "Conversion"))));
}

static guint
count_cards (WmJourneyMap *map)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
        n += wm_object_list_get_length (wm_lane_get_cards (lane));
    }

  return n;
}

static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *csv = wm_csv_export_map (fixture->map, ',');
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = wm_csv_read (bytes, 0, NULL, NULL, &error);
  g_autoptr(WmCsvImportPlan) again = NULL;
  g_autoptr(WmCsvImportPlan) into_empty = NULL;
  g_autofree char *csv_after = NULL;
  WmObjectList *lanes = wm_journey_map_get_lanes (fixture->map);
  guint n_cards = count_cards (fixture->map);

  g_assert_no_error (error);
  g_assert_cmpstr (wm_csv_table_get (table, 0, 0), ==, "stage");
  g_assert_cmpuint (wm_csv_table_get_n_columns (table), ==, 7);
  g_assert_cmpuint (wm_csv_table_get_n_rows (table), ==, n_cards + 1);
  g_assert_cmpstr (wm_csv_table_get (table, 1, 0), ==, "Discover");
  g_assert_cmpstr (wm_csv_table_get (table, 1, 1), ==, "See an ad");

  /* Importing a map's own export changes nothing: no card is added twice. */
  again = wm_csv_import_plan_new (table, fixture->document, fixture->map);
  apply (fixture, again);
  g_assert_false (wm_history_get_can_undo (wm_document_get_history (fixture->document)));

  /* Into the same map without cards, it brings every card back as it was. */
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmObjectList *cards = wm_lane_get_cards (wm_object_list_get (lanes, i));

      while (wm_object_list_get_length (cards) > 0)
        wm_object_list_remove (cards, 0);
    }
  g_assert_cmpuint (count_cards (fixture->map), ==, 0);
  into_empty = wm_csv_import_plan_new (table, fixture->document, fixture->map);
  apply (fixture, into_empty);
  g_assert_cmpuint (count_cards (fixture->map), ==, n_cards);
  csv_after = wm_csv_export_map (fixture->map, ',');
  g_assert_cmpstr (csv_after, ==, csv);
}

static void
test_export_cli (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *template = wm_test_template_path ("hotel-stay.journey");
  g_autofree char *dir = g_dir_make_tmp ("waymark-csv-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "map.csv", NULL);
  g_autofree char *odd = g_build_filename (dir, "map.data", NULL);
  g_autofree char *err = NULL;
  g_autofree char *std_out = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (template);
  g_autoptr(WmDocument) hotel = wm_journey_format_load (file, NULL, NULL, NULL, NULL);
  WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (hotel), 0);
  WmObject *persona = wm_object_list_get (wm_document_get_personas (hotel), 0);
  g_autofree char *expected = wm_csv_export_map (map, ',');
  g_autofree char *written = NULL;

  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "-o", out, NULL },
                                    &std_out, &err), ==, 0);
  g_file_get_contents (out, &written, NULL, NULL);
  g_assert_cmpstr (written, ==, expected);
  g_clear_pointer (&written, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&std_out, g_free);

  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "-f", "CSV", "-i",
                                                       wm_journey_map_get_name (map), "-o", odd,
                                                       NULL }, &std_out, &err), ==, 0);
  g_file_get_contents (odd, &written, NULL, NULL);
  g_assert_cmpstr (written, ==, expected);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&std_out, g_free);
  g_unlink (odd);

  /* A persona is not a journey map: exit 1, nothing written. */
  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "-f", "csv", "-i",
                                                       wm_object_get_id (persona), "-o", odd,
                                                       NULL }, &std_out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not a journey map"));
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));

  g_unlink (out);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/csv-import/metrics", Fixture, NULL, fixture_set_up, test_metrics,
              fixture_tear_down);
  g_test_add ("/csv-import/semicolon-decimal-comma", Fixture, NULL, fixture_set_up,
              test_semicolon_decimal_comma, fixture_tear_down);
  g_test_add ("/csv-import/emotion", Fixture, NULL, fixture_set_up, test_emotion,
              fixture_tear_down);
  g_test_add ("/csv-import/cards", Fixture, NULL, fixture_set_up, test_cards,
              fixture_tear_down);
  g_test_add ("/csv-import/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  g_test_add ("/csv-import/two-step-columns", Fixture, NULL, fixture_set_up,
              test_two_step_columns, fixture_tear_down);
  g_test_add ("/csv-export/round-trip", Fixture, NULL, fixture_set_up, test_export_round_trip,
              fixture_tear_down);
  g_test_add ("/csv-export/cli", Fixture, NULL, fixture_set_up, test_export_cli,
              fixture_tear_down);

  return g_test_run ();
}
