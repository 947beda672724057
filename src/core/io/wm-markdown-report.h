/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

char *wm_markdown_report (WmDocument *document);
char *wm_markdown_escape (const char *text,
                          gboolean    in_table);

G_END_DECLS
