/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-csv-import.h"
#include "wm-window.h"

G_BEGIN_DECLS

#define WM_TYPE_CSV_IMPORT_DIALOG (wm_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WmCsvImportDialog, wm_csv_import_dialog, WM, CSV_IMPORT_DIALOG, AdwWindow)

WmCsvImportDialog *wm_csv_import_dialog_new         (WmWindow          *window,
                                                     WmCsvImportPlan   *plan,
                                                     const char        *file_name);
WmCsvImportPlan   *wm_csv_import_dialog_get_plan    (WmCsvImportDialog *self);
gboolean           wm_csv_import_dialog_import      (WmCsvImportDialog *self);
void               wm_csv_import_dialog_open_file   (WmWindow          *window,
                                                     WmJourneyMap      *map,
                                                     GFile             *file);
void               wm_csv_import_dialog_choose_file (WmWindow          *window,
                                                     WmJourneyMap      *map);
WmJourneyMap      *wm_csv_find_map                  (WmDocument        *document,
                                                     WmObject          *selected);
void               wm_csv_export_choose_file        (WmWindow          *window,
                                                     WmJourneyMap      *map);
void               wm_report_export_choose_file     (WmWindow          *window);
gboolean           wm_csv_export_write              (WmJourneyMap      *map,
                                                     GFile             *file,
                                                     GError           **error);
gboolean           wm_report_export_write           (WmDocument        *document,
                                                     GFile             *file,
                                                     GError           **error);

G_END_DECLS
