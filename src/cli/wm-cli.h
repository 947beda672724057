/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-document.h"

G_BEGIN_DECLS

/* Exit statuses shared by every subcommand. */
#define WM_CLI_EXIT_OK    0
#define WM_CLI_EXIT_ERROR 1
#define WM_CLI_EXIT_USAGE 2

int  wm_cli_validate (int    argc,
                      char **argv);
int  wm_cli_info     (int    argc,
                      char **argv);
int  wm_cli_export   (int    argc,
                      char **argv);
int  wm_cli_convert  (int    argc,
                      char **argv);
int  wm_cli_thumbnail (int    argc,
                       char **argv);

int  wm_cli_usage_error (GOptionContext *context,
                         const char     *message);

/* In waymark-cli.c: the workspace at @path, or NULL after saying why on stderr. */
WmDocument *wm_cli_load_workspace (const char *path);

/* In wm-cli-export.c: the first journey map, or else the first item. */
WmObject *wm_cli_find_default_item (WmDocument *document);

G_END_DECLS
