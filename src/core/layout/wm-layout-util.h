/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-style.h"

G_BEGIN_DECLS

/* Drawing helpers every layout shares: wrapped text blocks and the like. */

void    wm_layout_add_lines         (WmDisplayList  *list,
                                     WmDisplayRole   role,
                                     const char     *id,
                                     const char     *text,
                                     GArray         *lines,
                                     double          x,
                                     double          y,
                                     double          width,
                                     double          font_size,
                                     gboolean        bold,
                                     WmTextAnchor    anchor,
                                     gboolean        skip_empty,
                                     const WmColour *colour);
double  wm_layout_add_wrapped_text  (WmDisplayList  *list,
                                     WmDisplayRole   role,
                                     const char     *id,
                                     const char     *text,
                                     double          x,
                                     double          y,
                                     double          width,
                                     double          font_size,
                                     gboolean        bold,
                                     WmTextAnchor    anchor,
                                     guint           max_lines,
                                     const WmColour *colour);
double  wm_layout_add_wrapped_text_full (WmDisplayList  *list,
                                         WmDisplayRole   role,
                                         const char     *id,
                                         const char     *text,
                                         double          x,
                                         double          y,
                                         double          width,
                                         double          font_size,
                                         gboolean        bold,
                                         WmTextAnchor    anchor,
                                         guint           max_lines,
                                         gboolean        skip_empty,
                                         const WmColour *colour);
double  wm_layout_measure_wrapped   (const char     *text,
                                     double          width,
                                     double          font_size,
                                     gboolean        bold,
                                     guint           max_lines);
double  wm_layout_luminance         (const WmColour *colour);
double  wm_layout_add_title_block   (WmDisplayList  *list,
                                     const WmStyle  *style,
                                     const char     *id,
                                     const char     *title,
                                     const char     *subtitle,
                                     double          x,
                                     double          y,
                                     double          width,
                                     guint           subtitle_lines);
void    wm_layout_add_lane_header   (WmDisplayList  *list,
                                     const WmStyle  *style,
                                     const char     *id,
                                     const WmRect   *header,
                                     const WmColour *accent,
                                     const char     *symbol,
                                     const char     *title,
                                     const char     *subtitle);

G_END_DECLS
