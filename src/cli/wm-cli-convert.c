/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-file-util.h"
#include "wm-journey-format.h"
#include "wm-mermaid.h"
#include "wm-model.h"

/* waymark-cli convert: between a .journey workspace and other formats. Each format reads into
 * a workspace and/or writes one map of a workspace; a conversion is a reader of IN's format
 * and a writer of OUT's. New formats add a row to the table. */

typedef struct
{
  const char *name;
  const char *extensions;  /* space-separated, without dots */
  /* (nullable) the workspace the file holds, or NULL with @error set; problems with a place
   * are printed, and then @reported is set */
  WmDocument *(*read)  (const char  *path,
                        GBytes      *bytes,
                        gboolean    *reported,
                        GError     **error);
  /* (nullable) writes @map of @document to @file */
  gboolean    (*write) (WmDocument  *document,
                        WmJourneyMap *map,
                        GFile       *file,
                        GError     **error);
} Format;

static WmDocument *
read_journey (const char  *path,
              GBytes      *bytes,
              gboolean    *reported,
              GError     **error)
{
  return wm_journey_format_read (bytes, NULL, error);
}

static gboolean
write_journey (WmDocument    *document,
               WmJourneyMap  *map,
               GFile         *file,
               GError       **error)
{
  return wm_journey_format_save (document, file, NULL, NULL, NULL, error);
}

/* Warnings and the error go to stderr as FILE:LINE:COL: warning: …, as compilers do. */
static WmDocument *
read_mermaid (const char  *path,
              GBytes      *bytes,
              gboolean    *reported,
              GError     **error)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(GPtrArray) problems = NULL;
  WmJourneyMap *map;

  map = wm_mermaid_import (document, bytes, &problems, error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = wm_problem_to_string (problems->pdata[i], path);

      g_printerr ("%s\n", line);
      if (((WmProblem *) problems->pdata[i])->severity == WM_PROBLEM_ERROR)
        *reported = TRUE;
    }
  if (map == NULL)
    return NULL;

  wm_history_clear (wm_document_get_history (document));

  return g_steal_pointer (&document);
}

static gboolean
write_mermaid (WmDocument    *document,
               WmJourneyMap  *map,
               GFile         *file,
               GError       **error)
{
  g_autoptr(GPtrArray) left_out = NULL;
  g_autofree char *text = wm_mermaid_write (document, map, &left_out);
  g_autofree char *name = g_file_get_parse_name (file);

  if (!wm_file_replace_contents (file, text, strlen (text), NULL, G_FILE_CREATE_NONE, NULL,
                                 NULL, error))
    return FALSE;

  for (guint i = 0; i < left_out->len; i++)
    /* Translators: what an export could not write, e.g. "out.mmd: note: left out: 3 cards in
     * “Thoughts”" */
    g_printerr (_("%s: note: left out: %s\n"), name, (const char *) left_out->pdata[i]);

  return TRUE;
}

static const Format formats[] = {
  { "journey", "journey", read_journey, write_journey },
  { "mermaid", "mmd mermaid", read_mermaid, write_mermaid },
};

static const Format *
find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      return &formats[i];

  return NULL;
}

static const Format *
format_from_extension (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(GStrv) extensions = g_strsplit (formats[i].extensions, " ", -1);

      for (guint e = 0; extensions[e] != NULL; e++)
        if (g_ascii_strcasecmp (dot + 1, extensions[e]) == 0)
          return &formats[i];
    }

  return NULL;
}

static char *
describe_formats (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(GStrv) extensions = g_strsplit (formats[i].extensions, " ", -1);

      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, formats[i].name);
      g_string_append (s, " (");
      for (guint e = 0; extensions[e] != NULL; e++)
        g_string_append_printf (s, "%s.%s", e > 0 ? " " : "", extensions[e]);
      g_string_append_c (s, ')');
    }

  return g_string_free (s, FALSE);
}

/* @which: from --from or --to, or NULL to go by @path's extension */
static const Format *
choose_format (GOptionContext  *context,
               const char      *which,
               const char      *path,
               const char      *option,
               int             *status)
{
  const Format *format = which != NULL ? find_format (which) : format_from_extension (path);
  g_autofree char *known = NULL;
  g_autofree char *message = NULL;

  if (format != NULL)
    return format;

  known = describe_formats ();
  if (which != NULL)
    message = g_strdup_printf (_("unknown format “%s”; use one of %s"), which, known);
  else
    /* Translators: %s: a file name, --from or --to, the list of formats */
    message = g_strdup_printf (_("cannot tell the format of “%s” from its name; give %s "
                                 "(one of %s)"), path, option, known);
  *status = wm_cli_usage_error (context, message);

  return NULL;
}

static WmJourneyMap *
find_map (WmDocument  *document,
          const char  *id_or_name,
          GError     **error)
{
  WmObjectList *maps = wm_document_get_maps (document);
  WmJourneyMap *found = NULL;

  if (wm_object_list_get_length (maps) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("the workspace has no journey map"));
      return NULL;
    }
  if (id_or_name == NULL)
    return wm_object_list_get (maps, 0);

  for (guint i = 0; i < wm_object_list_get_length (maps); i++)
    if (g_str_equal (wm_object_get_id (wm_object_list_get (maps, i)), id_or_name))
      return wm_object_list_get (maps, i);

  for (guint i = 0; i < wm_object_list_get_length (maps); i++)
    {
      WmJourneyMap *map = wm_object_list_get (maps, i);

      if (!g_str_equal (wm_journey_map_get_name (map), id_or_name))
        continue;
      if (found != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("several journey maps are named “%s”; name one by its id "
                         "(see “waymark-cli info”)"), id_or_name);
          return NULL;
        }
      found = map;
    }

  if (found == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("the workspace has no journey map with the id or name “%s”"), id_or_name);

  return found;
}

int
wm_cli_convert (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *to_name = NULL;
  g_autofree char *map_name = NULL;
  g_autofree char *known = describe_formats ();
  g_autofree char *summary = NULL;
  const Format *from, *to;
  WmJourneyMap *map = NULL;
  gboolean reported = FALSE;
  int status = WM_CLI_EXIT_USAGE;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from_name,
      N_("The format of IN (default: from its extension)"), N_("FORMAT") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to_name,
      N_("The format of OUT (default: from its extension)"), N_("FORMAT") },
    { "map", 'm', 0, G_OPTION_ARG_STRING, &map_name,
      N_("The journey map to write, by id or name (default: the first)"), N_("MAP") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_("IN OUT — convert a journey between formats"));
  summary = g_strdup_printf (_("Formats: %s.\n\nWarnings about IN go to stderr as "
                               "FILE:LINE:COLUMN: warning: …, and what OUT’s format cannot hold "
                               "as notes. Exits with 0 when OUT was written, 1 when it could not "
                               "be (and then OUT is left as it was), 2 on a usage error."), known);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return wm_cli_usage_error (context, error->message);
  if (files == NULL || files[0] == NULL || files[1] == NULL || files[2] != NULL)
    return wm_cli_usage_error (context, _("give an input and an output file"));

  from = choose_format (context, from_name, files[0], "--from", &status);
  if (from == NULL)
    return status;
  to = choose_format (context, to_name, files[1], "--to", &status);
  if (to == NULL)
    return status;
  if (from->read == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("cannot read the format %s"), from->name);
      return wm_cli_usage_error (context, message);
    }
  if (to->write == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("cannot write the format %s"), to->name);
      return wm_cli_usage_error (context, message);
    }
  if (map_name != NULL && from->read != read_journey)
    return wm_cli_usage_error (context, _("--map picks a map of a workspace; IN is not one"));

  input = g_file_new_for_commandline_arg (files[0]);
  output = g_file_new_for_commandline_arg (files[1]);

  if (from->read == read_journey)
    {
      document = wm_cli_load_workspace (files[0]);
      if (document == NULL)
        return WM_CLI_EXIT_ERROR;
    }
  else
    {
      g_autoptr(GFileInfo) info = g_file_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, &error);

      /* Each reader has its limit; this one keeps a huge file out of memory. */
      if (info != NULL && g_file_info_get_size (info) > WM_JOURNEY_MAX_FILE_SIZE)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("the file is larger than %d MiB"),
                     WM_JOURNEY_MAX_FILE_SIZE / (1024 * 1024));
      else if (info != NULL)
        bytes = g_file_load_bytes (input, NULL, NULL, &error);
      if (bytes != NULL)
        document = from->read (files[0], bytes, &reported, &error);
    }
  if (document == NULL)
    {
      if (!reported)
        g_printerr ("%s: %s: %s\n", files[0], _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  map = find_map (document, map_name, &error);
  if (map == NULL && (map_name != NULL || to->write != write_journey))
    {
      g_printerr ("%s: %s: %s\n", files[0], _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }
  g_clear_error (&error);

  if (!to->write (document, map, output, &error))
    {
      g_printerr ("%s: %s: %s\n", files[1], _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  return WM_CLI_EXIT_OK;
}
