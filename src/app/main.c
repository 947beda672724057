/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "wm-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(WmApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Waymark"));

  application = wm_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
