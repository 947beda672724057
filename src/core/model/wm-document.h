/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-history.h"
#include "wm-object-list.h"
#include "wm-object.h"
#include "wm-types.h"

G_BEGIN_DECLS

#define WM_TYPE_DOCUMENT (wm_document_get_type ())
G_DECLARE_FINAL_TYPE (WmDocument, wm_document, WM, DOCUMENT, WmObject)

WmDocument   *wm_document_new              (void);
const char   *wm_document_get_title        (WmDocument *self);
void          wm_document_set_title        (WmDocument *self,
                                            const char *title);
const char   *wm_document_get_description  (WmDocument *self);
void          wm_document_set_description  (WmDocument *self,
                                            const char *description);
const char   *wm_document_get_created      (WmDocument *self);
void          wm_document_set_created      (WmDocument *self,
                                            const char *created);
const char   *wm_document_get_modified     (WmDocument *self);
void          wm_document_set_modified     (WmDocument *self,
                                            const char *modified);
WmObjectList *wm_document_get_personas     (WmDocument *self);
WmObjectList *wm_document_get_maps         (WmDocument *self);
WmObjectList *wm_document_get_empathy_maps (WmDocument *self);
WmObjectList *wm_document_get_blueprints   (WmDocument *self);
WmHistory    *wm_document_get_history      (WmDocument *self);
WmObject     *wm_document_lookup           (WmDocument *self,
                                            const char *id);

G_END_DECLS
