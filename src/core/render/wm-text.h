/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* One line of wrapped text: bytes [start, start + length) of the source, its width, and the
 * distance from the top of the block to its baseline. */
typedef struct
{
  guint  start;
  guint  length;
  double width;
  double baseline;
} WmTextLine;

PangoContext *wm_text_get_context  (void);
PangoLayout  *wm_text_new_layout   (const char *text,
                                    double      font_size,
                                    gboolean    bold);
double        wm_text_measure      (const char *text,
                                    double      font_size,
                                    gboolean    bold);
GArray       *wm_text_wrap         (const char *text,
                                    double      font_size,
                                    gboolean    bold,
                                    double      max_width,
                                    guint       max_lines,
                                    double     *height);
double        wm_text_line_height  (double      font_size);

G_END_DECLS
