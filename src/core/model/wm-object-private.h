/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "wm-object.h"
#include "wm-object-list.h"

G_BEGIN_DECLS

const GValue *_wm_object_peek_value       (WmObject     *self,
                                           GParamSpec   *pspec);
const char   *_wm_object_get_string       (WmObject     *self,
                                           GParamSpec   *pspec);
void          _wm_object_set_string       (WmObject     *self,
                                           GParamSpec   *pspec,
                                           const char   *value);
void          _wm_object_take_value       (WmObject     *self,
                                           GParamSpec   *pspec,
                                           GValue       *value);
int           _wm_object_get_int          (WmObject     *self,
                                           GParamSpec   *pspec);
double        _wm_object_get_double       (WmObject     *self,
                                           GParamSpec   *pspec);
int           _wm_object_get_enum         (WmObject     *self,
                                           GParamSpec   *pspec);
const char * const *_wm_object_get_strv   (WmObject     *self,
                                           GParamSpec   *pspec);
gpointer      _wm_object_get_object       (WmObject     *self,
                                           GParamSpec   *pspec);
void          _wm_object_set_parent       (WmObject     *self,
                                           WmObject     *parent);
void          _wm_object_propagate_change (WmObject     *origin,
                                           GParamSpec   *pspec,
                                           gboolean      structural);
JsonObject   *_wm_object_get_extra        (WmObject     *self);
void          _wm_object_set_extra        (WmObject     *self,
                                           JsonObject   *extra);
WmField      *_wm_object_field_for_pspec  (GParamSpec   *pspec);
void          _wm_object_list_orphan      (WmObjectList *list);

G_END_DECLS
