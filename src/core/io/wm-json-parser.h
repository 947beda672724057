/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Limits on what the parser accepts, checked before anything is allocated for it. */
#define WM_JSON_MAX_DEPTH   64
#define WM_JSON_MAX_VALUES  1000000
#define WM_JSON_MAX_STRING  (16 * 1024 * 1024)

#define WM_JSON_PARSER_ERROR (wm_json_parser_error_quark ())

typedef enum
{
  WM_JSON_PARSER_ERROR_SYNTAX,
  WM_JSON_PARSER_ERROR_ENCODING,
  WM_JSON_PARSER_ERROR_LIMIT,
} WmJsonParserError;

typedef struct _WmJsonPositions WmJsonPositions;

GQuark           wm_json_parser_error_quark  (void);
JsonNode        *wm_json_parse               (const char       *data,
                                              gsize             length,
                                              WmJsonPositions **positions,
                                              guint            *error_line,
                                              guint            *error_column,
                                              GError          **error);
gboolean         wm_json_positions_lookup    (WmJsonPositions  *self,
                                              JsonNode         *node,
                                              guint            *line,
                                              guint            *column);
void             wm_json_positions_free      (WmJsonPositions  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmJsonPositions, wm_json_positions_free)

G_END_DECLS
