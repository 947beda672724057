/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-display-list.h"
#include "wm-model.h"
#include "wm-style.h"

G_BEGIN_DECLS

#define WM_LAYOUT_ERROR (wm_layout_error_quark ())

typedef enum
{
  WM_LAYOUT_ERROR_UNSUPPORTED,
} WmLayoutError;

GQuark         wm_layout_error_quark (void);
WmDisplayList *wm_layout_item        (WmDocument    *document,
                                      WmObject      *item,
                                      const WmStyle *style,
                                      GError       **error);

G_END_DECLS
