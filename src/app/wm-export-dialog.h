/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-window.h"

G_BEGIN_DECLS

/* The values of the io.github.waymark.Waymark.ExportFormat enumeration in the settings. */
typedef enum
{
  WM_EXPORT_FORMAT_SVG,
  WM_EXPORT_FORMAT_PNG,
  WM_EXPORT_FORMAT_PDF,
} WmExportFormat;

#define WM_TYPE_EXPORT_DIALOG (wm_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WmExportDialog, wm_export_dialog, WM, EXPORT_DIALOG, AdwWindow)

WmExportDialog *wm_export_dialog_new                 (WmWindow        *window,
                                                      WmObject        *item);
WmObject       *wm_export_dialog_get_item            (WmExportDialog  *self);
WmExportFormat  wm_export_dialog_get_format          (WmExportDialog  *self);
void            wm_export_dialog_set_format          (WmExportDialog  *self,
                                                      WmExportFormat   format);
double          wm_export_dialog_get_scale           (WmExportDialog  *self);
void            wm_export_dialog_set_scale           (WmExportDialog  *self,
                                                      double           scale);
gboolean        wm_export_dialog_get_transparent     (WmExportDialog  *self);
void            wm_export_dialog_set_transparent     (WmExportDialog  *self,
                                                      gboolean         transparent);
gboolean        wm_export_dialog_get_all_items       (WmExportDialog  *self);
void            wm_export_dialog_set_all_items       (WmExportDialog  *self,
                                                      gboolean         all_items);
gboolean        wm_export_dialog_get_can_export      (WmExportDialog  *self);
char           *wm_export_dialog_dup_suggested_name  (WmExportDialog  *self);
void            wm_export_dialog_export              (WmExportDialog  *self,
                                                      GFile           *file);
gboolean        wm_export_dialog_export_to           (WmExportDialog  *self,
                                                      GFile           *file,
                                                      GError         **error);

gboolean        wm_export_can_draw_item              (WmObject        *item);
GPtrArray      *wm_export_list_drawable_items        (WmDocument      *document);
WmObject       *wm_export_find_default_item          (WmDocument      *document,
                                                      WmObject        *selected);

G_END_DECLS
