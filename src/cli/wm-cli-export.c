/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-csv-export.h"
#include "wm-export.h"
#include "wm-file-util.h"
#include "wm-journey-format.h"
#include "wm-layout.h"
#include "wm-markdown-report.h"
#include "wm-model.h"
#include "wm-style.h"

/* waymark-cli export: one item of a workspace (or, for PDF, all of them) as SVG, PNG or PDF,
 * laid out and drawn exactly as the canvas shows it in the light style; or the workspace as a
 * Markdown report (md), or a journey map's cards as CSV. */

typedef enum
{
  FORMAT_NONE,
  FORMAT_SVG,
  FORMAT_PNG,
  FORMAT_PDF,
  FORMAT_MD,
  FORMAT_CSV,
} Format;

static Format
parse_format (const char *name)
{
  if (g_ascii_strcasecmp (name, "svg") == 0)
    return FORMAT_SVG;
  if (g_ascii_strcasecmp (name, "png") == 0)
    return FORMAT_PNG;
  if (g_ascii_strcasecmp (name, "pdf") == 0)
    return FORMAT_PDF;
  if (g_ascii_strcasecmp (name, "md") == 0 || g_ascii_strcasecmp (name, "markdown") == 0)
    return FORMAT_MD;
  if (g_ascii_strcasecmp (name, "csv") == 0)
    return FORMAT_CSV;

  return FORMAT_NONE;
}

static Format
format_from_extension (const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, '/');

  if (dot == NULL || (slash != NULL && slash > dot))
    return FORMAT_NONE;

  return parse_format (dot + 1);
}

/* The top-level items of @document in sidebar order: personas, journey maps, empathy maps,
 * service blueprints. */
static GPtrArray *
list_items (WmDocument *document)
{
  GPtrArray *items = g_ptr_array_new ();
  WmObjectList *lists[] = {
    wm_document_get_personas (document),
    wm_document_get_maps (document),
    wm_document_get_empathy_maps (document),
    wm_document_get_blueprints (document),
  };

  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    for (guint i = 0; i < wm_object_list_get_length (lists[k]); i++)
      g_ptr_array_add (items, wm_object_list_get (lists[k], i));

  return items;
}

/**
 * wm_cli_find_default_item:
 *
 * Returns: (transfer none) (nullable): what to show of a workspace when nobody says which
 *   item: the first journey map, or else the first item
 */
WmObject *
wm_cli_find_default_item (WmDocument *document)
{
  WmObjectList *maps = wm_document_get_maps (document);
  g_autoptr(GPtrArray) items = NULL;

  if (wm_object_list_get_length (maps) > 0)
    return wm_object_list_get (maps, 0);

  items = list_items (document);

  return items->len > 0 ? items->pdata[0] : NULL;
}

/* An item named by its id or, failing that, by its name. */
static WmObject *
find_item (WmDocument  *document,
           const char  *id_or_name,
           GError     **error)
{
  g_autoptr(GPtrArray) items = list_items (document);
  WmObject *found = NULL;

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (wm_object_get_id (items->pdata[i]), id_or_name) == 0)
      return items->pdata[i];

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (wm_object_get_display_name (items->pdata[i]), id_or_name) == 0)
      {
        if (found != NULL)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("several items are named “%s”; name one by its id "
                           "(see “waymark-cli info”)"), id_or_name);
            return NULL;
          }
        found = items->pdata[i];
      }

  if (found == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("the workspace has no item with the id or name “%s”"), id_or_name);

  return found;
}

static gboolean
parse_positive_number (const char  *option,
                       const char  *text,
                       gboolean     integer,
                       double      *value,
                       char       **message)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value) || *value <= 0
      || (integer && *value != floor (*value)))
    {
      *message = g_strdup_printf (integer ? _("%s expects a whole number above zero, not “%s”")
                                          : _("%s expects a number above zero, not “%s”"),
                                  option, text);
      return FALSE;
    }

  return TRUE;
}

/* The Markdown report of the workspace, or the CSV of one journey map. */
static int
export_text (WmDocument *document,
             Format      format,
             const char *item_name,
             const char *input_path,
             GFile      *output,
             const char *output_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (format == FORMAT_MD)
    {
      text = wm_markdown_report (document);
    }
  else
    {
      WmObject *item = item_name != NULL ? find_item (document, item_name, &error)
                                         : wm_cli_find_default_item (document);

      if (item == NULL && error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("the workspace has no journey map to export as CSV"));
      else if (item != NULL && !WM_IS_JOURNEY_MAP (item))
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("“%s” is not a journey map; only journey maps export as CSV"),
                     wm_object_get_display_name (item));
      if (error != NULL)
        {
          g_printerr ("%s: %s: %s\n", input_path, _("error"), error->message);
          return WM_CLI_EXIT_ERROR;
        }
      text = wm_csv_export_map (WM_JOURNEY_MAP (item), ',');
    }

  if (!wm_file_replace_contents (output, text, strlen (text), NULL, G_FILE_CREATE_NONE, NULL,
                                 NULL, &error))
    {
      g_printerr ("%s: %s: %s\n", output_path, _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  return WM_CLI_EXIT_OK;
}

int
wm_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *item_name = NULL;
  g_autofree char *scale_text = NULL;
  g_autofree char *width_text = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *message = NULL;
  gboolean all = FALSE;
  gboolean transparent = FALSE;
  double scale = 1.0;
  double width = 0;
  Format format;
  gboolean ok = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("svg, png, pdf, md or csv (default: from the output file’s extension)"),
      N_("FORMAT") },
    { "item", 'i', 0, G_OPTION_ARG_STRING, &item_name,
      N_("The item to export, by id or name (default: the first journey map)"), N_("ITEM") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Export every item, one page each (PDF only)"), NULL },
    { "scale", 's', 0, G_OPTION_ARG_STRING, &scale_text,
      N_("Pixels per unit of the map (PNG only; default 1)"), N_("SCALE") },
    { "width", 'w', 0, G_OPTION_ARG_STRING, &width_text,
      N_("Width of the image in pixels (PNG only)"), N_("PIXELS") },
    { "transparent", 't', 0, G_OPTION_ARG_NONE, &transparent,
      N_("Leave the background transparent (PNG only)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
      N_("The file to write"), N_("OUTPUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE — export an item of a workspace as SVG, PNG or PDF, "
                                    "a report as Markdown, or a journey map as CSV"));
  g_option_context_set_summary (context,
    _("Exits with 0 when the file was written, 1 when it could not be (and then writes "
      "nothing), 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return wm_cli_usage_error (context, error->message);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return wm_cli_usage_error (context, _("give exactly one file"));
  if (output_path == NULL || output_path[0] == '\0')
    return wm_cli_usage_error (context, _("no output file given (--output)"));

  if (format_name != NULL)
    {
      format = parse_format (format_name);
      if (format == FORMAT_NONE)
        {
          message = g_strdup_printf (_("unknown format “%s”; use svg, png, pdf, md or csv"),
                                     format_name);
          return wm_cli_usage_error (context, message);
        }
    }
  else
    {
      format = format_from_extension (output_path);
      if (format == FORMAT_NONE)
        return wm_cli_usage_error (context, _("give --format: the output file’s name does "
                                              "not end in .svg, .png, .pdf, .md or .csv"));
    }

  if (format == FORMAT_MD && item_name != NULL)
    return wm_cli_usage_error (context, _("--item is not for md: the report covers the whole "
                                          "workspace"));
  if (all && item_name != NULL)
    return wm_cli_usage_error (context, _("--item and --all do not go together"));
  if (all && format != FORMAT_PDF)
    return wm_cli_usage_error (context, _("--all needs the PDF format (one page per item)"));
  if (format != FORMAT_PNG && (scale_text != NULL || width_text != NULL || transparent))
    return wm_cli_usage_error (context, _("--scale, --width and --transparent are for PNG"));
  if (scale_text != NULL && width_text != NULL)
    return wm_cli_usage_error (context, _("--scale and --width do not go together"));
  if (scale_text != NULL && !parse_positive_number ("--scale", scale_text, FALSE, &scale,
                                                    &message))
    return wm_cli_usage_error (context, message);
  if (width_text != NULL && !parse_positive_number ("--width", width_text, TRUE, &width,
                                                    &message))
    return wm_cli_usage_error (context, message);
  /* Sizes over the limit are refused by the export, with a message; keep them in an int. */
  width = MIN (width, 1e9);

  output = g_file_new_for_commandline_arg (output_path);

  document = wm_cli_load_workspace (files[0]);
  if (document == NULL)
    return WM_CLI_EXIT_ERROR;

  if (format == FORMAT_MD || format == FORMAT_CSV)
    return export_text (document, format, item_name, files[0], output, output_path);

  if (all)
    {
      items = list_items (document);
    }
  else
    {
      WmObject *item = item_name != NULL ? find_item (document, item_name, &error)
                                         : wm_cli_find_default_item (document);

      if (item == NULL && error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("the workspace has no items to export"));
      if (item == NULL)
        {
          g_printerr ("%s: %s: %s\n", files[0], _("error"), error->message);
          return WM_CLI_EXIT_ERROR;
        }
      items = g_ptr_array_new ();
      g_ptr_array_add (items, item);
    }

  lists = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      WmObject *item = items->pdata[i];
      WmDisplayList *list = wm_layout_item (document, item, wm_style_get (FALSE), &error);

      if (list == NULL && all && g_error_matches (error, WM_LAYOUT_ERROR,
                                                  WM_LAYOUT_ERROR_UNSUPPORTED))
        {
          /* Kinds without a layout yet are left out of a whole-workspace PDF, with a note. */
          g_printerr ("%s: %s: %s\n", files[0], _("warning"), error->message);
          g_clear_error (&error);
          continue;
        }
      if (list == NULL)
        {
          g_printerr ("%s: %s: %s\n", files[0], _("error"), error->message);
          return WM_CLI_EXIT_ERROR;
        }
      g_ptr_array_add (lists, list);
    }
  if (lists->len == 0)
    {
      g_printerr ("%s: %s: %s\n", files[0], _("error"), _("the workspace has no items to export"));
      return WM_CLI_EXIT_ERROR;
    }

  switch (format)
    {
    case FORMAT_SVG:
      ok = wm_export_svg (lists->pdata[0], output, &error);
      break;

    case FORMAT_PNG:
      ok = wm_export_png (lists->pdata[0], scale, (int) width, transparent, output, &error);
      break;

    case FORMAT_PDF:
      ok = wm_export_pdf (lists, output, &error);
      break;

    case FORMAT_MD:
    case FORMAT_CSV:
    case FORMAT_NONE:
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      g_printerr ("%s: %s: %s\n", output_path, _("error"), error->message);
      return WM_CLI_EXIT_ERROR;
    }

  return WM_CLI_EXIT_OK;
}
