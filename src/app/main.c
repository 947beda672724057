/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "wm-application.h"
#include "wm-window.h"

/* WAYMARK_BENCH_FIRST_FRAME=1 (tests/bench/bench-launch): print the monotonic time of the first
 * frame that shows an opened item, then quit. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      WmWindow      *window)
{
  if (wm_window_get_loading (window) || wm_window_get_selected_item (window) == NULL)
    return;

  printf ("first-frame: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), window, 0);
}

static void
bench_window_added_cb (GtkApplication *application,
                       GtkWindow      *window)
{
  if (WM_IS_WINDOW (window))
    g_signal_connect_after (window, "realize", G_CALLBACK (bench_realize_cb), NULL);
}

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
  if (g_strcmp0 (g_getenv ("WAYMARK_BENCH_FIRST_FRAME"), "1") == 0)
    g_signal_connect (application, "window-added", G_CALLBACK (bench_window_added_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
