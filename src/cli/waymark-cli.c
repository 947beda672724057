/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-journey-format.h"

/* waymark-cli: work with .journey files without a display (validation, inspection and, as
 * they land, export, conversion and thumbnails). One subcommand per file. */

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", wm_cli_validate, N_("Check workspaces and list their problems") },
  { "info", wm_cli_info, N_("List the items of a workspace") },
  { "export", wm_cli_export, N_("Export an item as SVG, PNG or PDF") },
  { "thumbnail", wm_cli_thumbnail, N_("Write a PNG preview of a workspace") },
  { "convert", wm_cli_convert, N_("Convert a journey between formats (Mermaid)") },
};

int
wm_cli_usage_error (GOptionContext *context,
                    const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("waymark-cli: %s\n\n%s", message, help);
  return WM_CLI_EXIT_USAGE;
}

/**
 * wm_cli_load_workspace:
 * @path: a file name or URI, as given on the command line
 *
 * Reads the workspace at @path. When it cannot, says why on stderr ("PATH: error: …").
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL
 */
WmDocument *
wm_cli_load_workspace (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  WmDocument *document;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_commandline_arg (path);
  document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  if (document == NULL)
    g_printerr ("%s: %s: %s\n", path, _("error"), error->message);

  return document;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  waymark-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…] FILE…"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “waymark-cli COMMAND --help” for the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_help (stderr);
      return WM_CLI_EXIT_USAGE;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      print_help (stdout);
      return WM_CLI_EXIT_OK;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("waymark-cli %s\n", PACKAGE_VERSION);
      return WM_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("waymark-cli: unknown command “%s”\n\n"), argv[1]);
  print_help (stderr);
  return WM_CLI_EXIT_USAGE;
}
