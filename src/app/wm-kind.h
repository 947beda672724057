/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-document.h"

G_BEGIN_DECLS

/* The kinds of items a workspace holds, in the order the sidebar shows them. */
typedef enum
{
  WM_KIND_PERSONA,
  WM_KIND_JOURNEY_MAP,
  WM_KIND_EMPATHY_MAP,
  WM_KIND_SERVICE_BLUEPRINT,
  WM_N_KINDS
} WmKind;

/**
 * WmKindInfo:
 * @nick: names the kind in action targets and stack pages
 * @icon_name: the symbolic icon of the kind
 * @group_title: the sidebar header, untranslated (use _())
 * @new_name: the name of a blank item, untranslated
 * @placeholder: the placeholder editor's text, untranslated
 */
typedef struct
{
  WmKind      kind;
  const char *nick;
  const char *icon_name;
  const char *group_title;
  const char *new_name;
  const char *placeholder;
} WmKindInfo;

const WmKindInfo *wm_kind_get_info   (WmKind      kind);
gboolean          wm_kind_from_nick  (const char *nick,
                                      WmKind     *kind);
WmKind            wm_kind_of_item    (WmObject   *item);
WmObjectList     *wm_kind_get_list   (WmKind      kind,
                                      WmDocument *document);
WmObject         *wm_kind_new_item   (WmKind      kind);
gboolean          wm_kind_find_item  (WmDocument *document,
                                      WmObject   *item,
                                      WmObjectList **list,
                                      guint      *position);

G_END_DECLS
