/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean wm_file_replace_contents (GFile             *file,
                                   const char        *contents,
                                   gsize              length,
                                   const char        *etag,
                                   GFileCreateFlags   flags,
                                   char             **new_etag,
                                   GCancellable      *cancellable,
                                   GError           **error);

G_END_DECLS
