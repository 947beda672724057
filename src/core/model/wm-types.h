/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Enumerations of the model. Their nicks are the strings used in .journey files. */

typedef enum
{
  WM_LANE_KIND_ACTIONS,        /*< nick=actions >*/
  WM_LANE_KIND_THOUGHTS,       /*< nick=thoughts >*/
  WM_LANE_KIND_TOUCHPOINTS,    /*< nick=touchpoints >*/
  WM_LANE_KIND_PAIN_POINTS,    /*< nick=pain-points >*/
  WM_LANE_KIND_OPPORTUNITIES,  /*< nick=opportunities >*/
  WM_LANE_KIND_IDEAS,          /*< nick=ideas >*/
  WM_LANE_KIND_BACKSTAGE,      /*< nick=backstage >*/
  WM_LANE_KIND_KPIS,           /*< nick=kpis >*/
  WM_LANE_KIND_TEXT,           /*< nick=text >*/
  WM_LANE_KIND_CHANNELS,       /*< nick=channels >*/
  WM_LANE_KIND_EMOTION,        /*< nick=emotion >*/
  WM_LANE_KIND_METRICS,        /*< nick=metrics >*/
  WM_LANE_KIND_IMAGES,         /*< nick=images >*/
} WmLaneKind;

typedef enum
{
  WM_EVIDENCE_NONE,      /*< nick=none >*/
  WM_EVIDENCE_OBSERVED,  /*< nick=observed >*/
  WM_EVIDENCE_ASSUMED,   /*< nick=assumed >*/
  WM_EVIDENCE_PROPOSED,  /*< nick=proposed >*/
} WmEvidence;

typedef enum
{
  WM_EMPATHY_AREA_SAYS,    /*< nick=says >*/
  WM_EMPATHY_AREA_THINKS,  /*< nick=thinks >*/
  WM_EMPATHY_AREA_DOES,    /*< nick=does >*/
  WM_EMPATHY_AREA_FEELS,   /*< nick=feels >*/
  WM_EMPATHY_AREA_PAINS,   /*< nick=pains >*/
  WM_EMPATHY_AREA_GAINS,   /*< nick=gains >*/
} WmEmpathyArea;

#define WM_N_EMPATHY_AREAS 6

typedef enum
{
  WM_BLUEPRINT_LANE_KIND_EVIDENCE,    /*< nick=evidence >*/
  WM_BLUEPRINT_LANE_KIND_CUSTOMER,    /*< nick=customer >*/
  WM_BLUEPRINT_LANE_KIND_FRONTSTAGE,  /*< nick=frontstage >*/
  WM_BLUEPRINT_LANE_KIND_BACKSTAGE,   /*< nick=backstage >*/
  WM_BLUEPRINT_LANE_KIND_SUPPORT,     /*< nick=support >*/
  WM_BLUEPRINT_LANE_KIND_CUSTOM,      /*< nick=custom >*/
} WmBlueprintLaneKind;

typedef enum
{
  WM_ITEM_KIND_NORMAL,  /*< nick=normal >*/
  WM_ITEM_KIND_FAIL,    /*< nick=fail >*/
  WM_ITEM_KIND_WAIT,    /*< nick=wait >*/
} WmItemKind;

gboolean wm_lane_kind_holds_cards (WmLaneKind kind);

G_END_DECLS
