/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-document.h"
#include "wm-journey-map.h"
#include "wm-problem.h"

G_BEGIN_DECLS

/* Mermaid's user journey diagrams (https://mermaid.js.org/syntax/userJourney.html). */

#define WM_MERMAID_MAX_SIZE     (8 * 1024 * 1024)
#define WM_MERMAID_MAX_WARNINGS 200

#define WM_MERMAID_ERROR (wm_mermaid_error_quark ())

typedef enum
{
  WM_MERMAID_ERROR_SYNTAX,
  WM_MERMAID_ERROR_NOT_JOURNEY,
  WM_MERMAID_ERROR_ENCODING,
  WM_MERMAID_ERROR_TOO_LARGE,
} WmMermaidError;

GQuark        wm_mermaid_error_quark (void);

WmJourneyMap *wm_mermaid_read        (GBytes        *bytes,
                                      WmDocument    *document,
                                      GPtrArray    **new_personas,
                                      GPtrArray    **problems,
                                      GError       **error);
WmJourneyMap *wm_mermaid_import      (WmDocument    *document,
                                      GBytes        *bytes,
                                      GPtrArray    **problems,
                                      GError       **error);
char         *wm_mermaid_write       (WmDocument    *document,
                                      WmJourneyMap  *map,
                                      GPtrArray    **left_out);

G_END_DECLS
