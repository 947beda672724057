/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *wm_test_template_path       (const char  *name);
GBytes   *wm_test_load_bytes          (const char  *path);
char    **wm_test_list_templates      (void);
gboolean  wm_test_schema_accepts      (GBytes      *journey,
                                       char       **messages);
int       wm_test_run_cli             (const char * const *args,
                                       char       **out,
                                       char       **err);

typedef gboolean (*WmTestCondition) (gpointer data);

void      wm_test_wait_until          (WmTestCondition condition,
                                       gpointer        data);
char     *wm_test_make_tmp_home       (const char  *tmpl);
void      wm_test_remove_tree         (const char  *path);

G_END_DECLS
