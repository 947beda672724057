/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-journey-format.h"

/* Problems go to stderr as FILE:LINE:COL: error: PATH: message, the form editors and CI logs
 * understand. */
static gboolean
validate_file (const char *filename,
               gboolean    quiet)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = NULL;

  document = wm_journey_format_load (file, NULL, &problems, NULL, &error);

  if (problems != NULL && problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = wm_problem_to_string (g_ptr_array_index (problems, i), filename);
          g_printerr ("%s\n", line);
        }
    }
  else if (document == NULL)
    {
      g_printerr ("%s: %s: %s\n", filename, _("error"), error->message);
    }

  if (document != NULL && !quiet)
    g_print (_("%s: valid\n"), filename);

  return document != NULL;
}

int
wm_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  gboolean quiet = FALSE;
  gboolean all_valid = TRUE;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print nothing for valid files"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — check Waymark workspaces"));
  g_option_context_set_summary (context,
    _("Exits with 0 when every file is a valid workspace, 1 when a file has a problem, "
      "2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return wm_cli_usage_error (context, error->message);
  if (files == NULL || files[0] == NULL)
    return wm_cli_usage_error (context, _("no file given"));

  for (guint i = 0; files[i] != NULL; i++)
    if (!validate_file (files[i], quiet))
      all_valid = FALSE;

  return all_valid ? WM_CLI_EXIT_OK : WM_CLI_EXIT_ERROR;
}
