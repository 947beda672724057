/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-export.h"
#include "wm-journey-format.h"
#include "wm-layout.h"
#include "wm-style.h"

/* waymark-cli thumbnail: the preview file managers show for .journey files
 * (data/io.github.waymark.Waymark.thumbnailer runs "waymark-cli thumbnail -s %s %i %o").
 *
 * Only the top-left THUMBNAIL_AREA_WIDTH × THUMBNAIL_AREA_HEIGHT units of the view are drawn:
 * the title, the first stages and the first lanes. That is what makes a map recognisable at
 * 128 or 256 pixels (a whole large map would be a grey smear), and it keeps the time spent
 * independent of the map's size, since drawing skips everything outside that area.
 */

#define THUMBNAIL_AREA_WIDTH  1600.0
#define THUMBNAIL_AREA_HEIGHT 1000.0
#define DEFAULT_SIZE          256

int
wm_cli_thumbnail (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(WmDisplayList) list = NULL;
  g_autoptr(GBytes) png = NULL;
  g_auto(GStrv) files = NULL;
  WmObject *item;
  WmRect area = { 0, 0, 0, 0 };
  double scale;
  int size = DEFAULT_SIZE;
  const GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_INT, &size,
      N_("The longer side of the thumbnail in pixels (default 256)"), N_("SIZE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_("INPUT OUTPUT — write a PNG preview of a workspace"));
  g_option_context_set_summary (context,
    _("Draws the top-left part of the first journey map (or of the first item) into a PNG "
      "at most SIZE pixels on its longer side. INPUT may be a URI. Writes nothing and exits "
      "with 1 when the workspace cannot be read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return wm_cli_usage_error (context, error->message);
  if (files == NULL || g_strv_length (files) != 2)
    return wm_cli_usage_error (context, _("give an input and an output file"));
  if (size < 1 || size > WM_EXPORT_MAX_PNG_SIDE)
    {
      g_autofree char *message = g_strdup_printf (_("the size must be between 1 and %d pixels"),
                                                  WM_EXPORT_MAX_PNG_SIDE);

      return wm_cli_usage_error (context, message);
    }

  output = g_file_new_for_commandline_arg (files[1]);

  document = wm_cli_load_workspace (files[0]);
  if (document == NULL)
    return WM_CLI_EXIT_ERROR;

  item = wm_cli_find_default_item (document);
  if (item == NULL)
    {
      g_printerr ("%s: %s: %s\n", files[0], _("error"), _("the workspace has no items to show"));
      return WM_CLI_EXIT_ERROR;
    }

  list = wm_layout_item (document, item, wm_style_get (FALSE), &error);
  if (list == NULL)
    {
      g_printerr ("%s: %s: %s\n", files[0], _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  area.width = MIN (wm_display_list_get_width (list), THUMBNAIL_AREA_WIDTH);
  area.height = MIN (wm_display_list_get_height (list), THUMBNAIL_AREA_HEIGHT);
  if (area.width > 0 && area.height > 0)
    {
      scale = size / MAX (area.width, area.height);
      png = wm_export_png_bytes (list, &area, MAX (1, (int) round (area.width * scale)),
                                 MAX (1, (int) round (area.height * scale)), FALSE, &error);
    }
  else
    {
      g_set_error (&error, WM_EXPORT_ERROR, WM_EXPORT_ERROR_INVALID,
                   _("There is nothing to export: the view is empty"));
    }

  if (png == NULL || !wm_export_write (png, output, &error))
    {
      g_printerr ("%s: %s: %s\n", png == NULL ? files[0] : files[1], _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  return WM_CLI_EXIT_OK;
}
