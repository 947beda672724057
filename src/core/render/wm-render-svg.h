/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-display-list.h"

G_BEGIN_DECLS

GBytes *wm_render_svg (WmDisplayList *list);

G_END_DECLS
