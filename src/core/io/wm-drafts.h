/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-document.h"

G_BEGIN_DECLS

#define WM_TYPE_DRAFT (wm_draft_get_type ())
G_DECLARE_FINAL_TYPE (WmDraft, wm_draft, WM, DRAFT, GObject)

GFile      *wm_drafts_get_default_dir  (void);
char       *wm_drafts_new_id           (void);
gboolean    wm_drafts_is_valid_id      (const char    *id);
gboolean    wm_drafts_write            (GFile         *dir,
                                        const char    *id,
                                        GBytes        *contents,
                                        GFile         *original,
                                        const char    *original_etag,
                                        const char    *title,
                                        GCancellable  *cancellable,
                                        GError       **error);
GPtrArray  *wm_drafts_list             (GFile         *dir,
                                        GCancellable  *cancellable,
                                        GError       **error);
gboolean    wm_drafts_remove           (GFile         *dir,
                                        const char    *id,
                                        GCancellable  *cancellable,
                                        GError       **error);

const char *wm_draft_get_id            (WmDraft       *self);
const char *wm_draft_get_title         (WmDraft       *self);
GFile      *wm_draft_get_original      (WmDraft       *self);
const char *wm_draft_get_original_etag (WmDraft       *self);
GDateTime  *wm_draft_get_time          (WmDraft       *self);
GFile      *wm_draft_get_file          (WmDraft       *self);
gboolean    wm_draft_is_recoverable    (WmDraft       *self,
                                        GCancellable  *cancellable);
WmDocument *wm_draft_load              (WmDraft       *self,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
