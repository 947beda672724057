/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-document.h"
#include "wm-problem.h"

G_BEGIN_DECLS

/* The version this build writes; files of older versions are migrated when read. */
#define WM_JOURNEY_FORMAT_VERSION 1

/* Limits checked before trusting a file. */
#define WM_JOURNEY_MAX_FILE_SIZE (64 * 1024 * 1024)
#define WM_JOURNEY_MAX_TEXT      (1024 * 1024)
#define WM_JOURNEY_MAX_PROBLEMS  200

#define WM_FORMAT_ERROR (wm_format_error_quark ())

typedef enum
{
  WM_FORMAT_ERROR_SYNTAX,
  WM_FORMAT_ERROR_NOT_WAYMARK,
  WM_FORMAT_ERROR_NEWER_VERSION,
  WM_FORMAT_ERROR_TOO_LARGE,
  WM_FORMAT_ERROR_INVALID,
} WmFormatError;

GQuark      wm_format_error_quark   (void);

WmDocument *wm_journey_format_read  (GBytes        *bytes,
                                     GPtrArray    **problems,
                                     GError       **error);
GBytes     *wm_journey_format_write (WmDocument    *document);
WmDocument *wm_journey_format_load  (GFile         *file,
                                     GCancellable  *cancellable,
                                     GPtrArray    **problems,
                                     char         **etag,
                                     GError       **error);
gboolean    wm_journey_format_save  (WmDocument    *document,
                                     GFile         *file,
                                     const char    *etag,
                                     char         **new_etag,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_END_DECLS
