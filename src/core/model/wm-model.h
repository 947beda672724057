/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The whole document model and its undo history, for code outside the model. */

#include "wm-enums.h"
#include "wm-types.h"

#include "wm-object.h"
#include "wm-object-list.h"
#include "wm-image.h"

#include "wm-document.h"
#include "wm-persona.h"
#include "wm-journey-map.h"
#include "wm-stage.h"
#include "wm-step.h"
#include "wm-lane.h"
#include "wm-card.h"
#include "wm-emotion-point.h"
#include "wm-metric-value.h"
#include "wm-empathy-map.h"
#include "wm-note.h"
#include "wm-service-blueprint.h"
#include "wm-blueprint-step.h"
#include "wm-blueprint-lane.h"
#include "wm-blueprint-item.h"
#include "wm-arrow.h"

#include "wm-command.h"
#include "wm-set-command.h"
#include "wm-insert-command.h"
#include "wm-remove-command.h"
#include "wm-move-command.h"
#include "wm-group-command.h"
#include "wm-history.h"
