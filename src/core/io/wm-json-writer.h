/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _WmJsonWriter WmJsonWriter;

WmJsonWriter *wm_json_writer_new          (void);
void          wm_json_writer_free         (WmJsonWriter *self);
void          wm_json_writer_begin_object (WmJsonWriter *self);
void          wm_json_writer_end_object   (WmJsonWriter *self);
void          wm_json_writer_begin_array  (WmJsonWriter *self);
void          wm_json_writer_end_array    (WmJsonWriter *self);
void          wm_json_writer_member       (WmJsonWriter *self,
                                           const char   *name);
void          wm_json_writer_string       (WmJsonWriter *self,
                                           const char   *value);
void          wm_json_writer_int          (WmJsonWriter *self,
                                           gint64        value);
void          wm_json_writer_double       (WmJsonWriter *self,
                                           double        value);
void          wm_json_writer_boolean      (WmJsonWriter *self,
                                           gboolean      value);
void          wm_json_writer_null         (WmJsonWriter *self);
void          wm_json_writer_node         (WmJsonWriter *self,
                                           JsonNode     *node);
GBytes       *wm_json_writer_finish       (WmJsonWriter *self);

char         *wm_json_format_double       (double        value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmJsonWriter, wm_json_writer_free)

G_END_DECLS
