/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-model.h"

G_BEGIN_DECLS

char *wm_csv_export_map (WmJourneyMap *map,
                         char          delimiter);

G_END_DECLS
