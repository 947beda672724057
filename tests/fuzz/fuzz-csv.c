/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-fail.h"

#include <string.h>

#include "wm-csv-export.h"
#include "wm-csv-import.h"
#include "wm-journey-format.h"

/* The whole path of a CSV import into a sample map: read the table; plan where its columns
 * go; apply the plan (as planned, then with other targets) and undo it, which must give back
 * the workspace byte for byte; the map's CSV export must read back. Reading must never crash
 * or hang, and a refused file has an error that names the row and the column. */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static WmDocument *document;
static GBytes *original;

static void
load_sample (void)
{
  const char *dir = g_getenv ("WAYMARK_TEMPLATES");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : "data/templates",
                                            "online-shop.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  if (document == NULL)
    fuzz_fail ("fuzz-csv needs the sample workspace %s (set WAYMARK_TEMPLATES): %s", path,
             error->message);
  original = wm_journey_format_write (document);
}

static void
apply_and_undo (WmCsvImportPlan *plan)
{
  WmHistory *history = wm_document_get_history (document);
  WmJourneyMap *map = wm_csv_import_plan_get_map (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  g_autoptr(WmCsvTable) again = NULL;
  gboolean had_undo = wm_history_get_can_undo (history);

  g_assert (!had_undo);
  if (!wm_csv_import_plan_apply (plan, history, &error))
    {
      g_assert (wm_csv_import_plan_has_errors (plan));
      g_assert (error != NULL);
      g_assert (!wm_history_get_can_undo (history));
      return;
    }

  csv = wm_csv_export_map (map, ';');
  csv_bytes = g_bytes_new_static (csv, strlen (csv));
  again = wm_csv_read (csv_bytes, ';', NULL, NULL, &error);
  if (again == NULL)
    fuzz_fail ("the export of the imported map does not read back: %s", error->message);

  if (wm_history_get_can_undo (history))
    wm_history_undo (history);
  /* Nothing else is undoable: the import was one step. */
  g_assert (!wm_history_get_can_undo (history));
  after = wm_journey_format_write (document);
  if (!g_bytes_equal (after, original))
    fuzz_fail ("undoing the import does not restore the workspace");
  wm_history_clear (history);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = NULL;
  g_autoptr(WmCsvImportPlan) plan = NULL;
  WmJourneyMap *map;
  guint row = 0;
  guint column = 0;
  guint n_choices;

  if (document == NULL)
    load_sample ();

  table = wm_csv_read (bytes, 0, &row, &column, &error);
  if (table == NULL)
    {
      g_assert (error != NULL);
      g_assert (row > 0 && column > 0);
      g_assert (g_str_has_prefix (error->message, "Row "));
      return 0;
    }

  map = wm_object_list_get (wm_document_get_maps (document), 0);
  plan = wm_csv_import_plan_new (table, document, map);
  for (guint c = 0; c < wm_csv_import_plan_get_n_columns (plan); c++)
    {
      g_autofree char *samples = wm_csv_import_plan_get_samples (plan, c);
      const char *id = NULL;
      WmCsvTarget target = wm_csv_import_plan_get_target (plan, c, &id);
      g_autofree char *label = wm_csv_import_plan_describe_target (plan, c, target, id);

      g_assert (g_utf8_validate (samples, -1, NULL) && g_utf8_validate (label, -1, NULL));
    }
  apply_and_undo (plan);

  /* Other targets, as a user could choose them in the preview, drawn from the data. */
  n_choices = wm_csv_import_plan_get_n_choices (plan);
  for (guint c = 0; c < wm_csv_import_plan_get_n_columns (plan) && c < 16; c++)
    {
      const char *id = NULL;
      guint pick = (data[c % size] + c) % n_choices;
      WmCsvTarget target = wm_csv_import_plan_get_choice (plan, pick, &id);

      wm_csv_import_plan_set_target (plan, c, target, id);
    }
  apply_and_undo (plan);

  return 0;
}
