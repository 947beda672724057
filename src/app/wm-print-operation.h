/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-document.h"

G_BEGIN_DECLS

#define WM_TYPE_PRINT_OPERATION (wm_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (WmPrintOperation, wm_print_operation, WM, PRINT_OPERATION,
                      GtkPrintOperation)

WmPrintOperation *wm_print_operation_new           (WmDocument       *document,
                                                    WmObject         *item);
gboolean          wm_print_operation_get_all_items (WmPrintOperation *self);
void              wm_print_operation_set_all_items (WmPrintOperation *self,
                                                    gboolean          all_items);
gboolean          wm_print_operation_get_tile      (WmPrintOperation *self);
void              wm_print_operation_set_tile      (WmPrintOperation *self,
                                                    gboolean          tile);

G_END_DECLS
