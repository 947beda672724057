/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_CSV_ERROR (wm_csv_error_quark ())

/**
 * WmCsvError:
 * @WM_CSV_ERROR_ENCODING: not UTF-8
 * @WM_CSV_ERROR_SYNTAX: a quote out of place, or a quoted field without its end
 * @WM_CSV_ERROR_RAGGED: a row has more or fewer fields than the header
 * @WM_CSV_ERROR_TOO_LARGE: over one of the size limits
 * @WM_CSV_ERROR_EMPTY: no header row
 */
typedef enum
{
  WM_CSV_ERROR_ENCODING,
  WM_CSV_ERROR_SYNTAX,
  WM_CSV_ERROR_RAGGED,
  WM_CSV_ERROR_TOO_LARGE,
  WM_CSV_ERROR_EMPTY,
} WmCsvError;

/* Limits of what wm_csv_read() accepts; research exports are far smaller. */
#define WM_CSV_MAX_BYTES   (16 * 1024 * 1024)
#define WM_CSV_MAX_ROWS    100000
#define WM_CSV_MAX_COLUMNS 1000
#define WM_CSV_MAX_FIELD   (1024 * 1024)

typedef struct _WmCsvTable WmCsvTable;

#define WM_TYPE_CSV_TABLE (wm_csv_table_get_type ())

GQuark      wm_csv_error_quark           (void);
GType       wm_csv_table_get_type        (void) G_GNUC_CONST;

WmCsvTable *wm_csv_read                  (GBytes      *bytes,
                                          char         delimiter,
                                          guint       *error_row,
                                          guint       *error_column,
                                          GError     **error);
WmCsvTable *wm_csv_table_ref             (WmCsvTable  *self);
void        wm_csv_table_unref           (WmCsvTable  *self);
char        wm_csv_table_get_delimiter   (WmCsvTable  *self);
guint       wm_csv_table_get_n_rows      (WmCsvTable  *self);
guint       wm_csv_table_get_n_columns   (WmCsvTable  *self);
const char *wm_csv_table_get             (WmCsvTable  *self,
                                          guint        row,
                                          guint        column);
guint       wm_csv_table_get_row_number  (WmCsvTable  *self,
                                          guint        row);

char       *wm_csv_column_name           (guint        column);
void        wm_csv_append_row            (GString     *out,
                                          const char * const *fields,
                                          guint        n_fields,
                                          char         delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmCsvTable, wm_csv_table_unref)

G_END_DECLS
