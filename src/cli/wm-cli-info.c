/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "wm-cli.h"
#include "wm-journey-format.h"
#include "wm-json-writer.h"
#include "wm-model.h"

typedef struct
{
  const char *key;      /* in --json output */
  const char *singular; /* in text output */
  const char *plural;
  guint       value;
} Count;

typedef struct
{
  const char *kind;
  WmObject   *object;
  Count       counts[6];
  guint       n_counts;
} Item;

static void
add_count (Item       *item,
           const char *key,
           const char *singular,
           const char *plural,
           guint       value)
{
  g_assert (item->n_counts < G_N_ELEMENTS (item->counts));
  item->counts[item->n_counts++] = (Count) { key, singular, plural, value };
}

static guint
count_children (WmObjectList *list,
                WmObjectList *(*get) (gpointer))
{
  guint n = 0;

  for (guint i = 0; i < wm_object_list_get_length (list); i++)
    n += wm_object_list_get_length (get (wm_object_list_get (list, i)));

  return n;
}

static void
describe_map (WmJourneyMap *map,
              Item         *item)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  add_count (item, "stages", "stage", "stages",
             wm_object_list_get_length (wm_journey_map_get_stages (map)));
  add_count (item, "steps", "step", "steps", wm_journey_map_get_n_steps (map));
  add_count (item, "lanes", "lane", "lanes", wm_object_list_get_length (lanes));
  add_count (item, "cards", "card", "cards",
             count_children (lanes, (WmObjectList *(*) (gpointer)) wm_lane_get_cards));
  add_count (item, "points", "emotion point", "emotion points",
             count_children (lanes, (WmObjectList *(*) (gpointer)) wm_lane_get_points));
  add_count (item, "values", "metric value", "metric values",
             count_children (lanes, (WmObjectList *(*) (gpointer)) wm_lane_get_values));
}

static void
describe_empathy_map (WmEmpathyMap *map,
                      Item         *item)
{
  guint notes = 0;

  for (guint area = 0; area < WM_N_EMPATHY_AREAS; area++)
    notes += wm_object_list_get_length (wm_empathy_map_get_area (map, area));
  add_count (item, "notes", "note", "notes", notes);
}

static void
describe_blueprint (WmServiceBlueprint *blueprint,
                    Item               *item)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

  add_count (item, "steps", "step", "steps",
             wm_object_list_get_length (wm_service_blueprint_get_steps (blueprint)));
  add_count (item, "lanes", "lane", "lanes", wm_object_list_get_length (lanes));
  add_count (item, "items", "item", "items",
             count_children (lanes, (WmObjectList *(*) (gpointer)) wm_blueprint_lane_get_items));
  add_count (item, "arrows", "arrow", "arrows",
             wm_object_list_get_length (wm_service_blueprint_get_arrows (blueprint)));
}

static GArray *
collect_items (WmDocument *document)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));
  struct {
    WmObjectList *list;
    const char   *kind;
  } kinds[] = {
    { wm_document_get_personas (document), "persona" },
    { wm_document_get_maps (document), "journey-map" },
    { wm_document_get_empathy_maps (document), "empathy-map" },
    { wm_document_get_blueprints (document), "service-blueprint" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < wm_object_list_get_length (kinds[k].list); i++)
      {
        Item item = { kinds[k].kind, wm_object_list_get (kinds[k].list, i) };

        if (WM_IS_JOURNEY_MAP (item.object))
          describe_map (WM_JOURNEY_MAP (item.object), &item);
        else if (WM_IS_EMPATHY_MAP (item.object))
          describe_empathy_map (WM_EMPATHY_MAP (item.object), &item);
        else if (WM_IS_SERVICE_BLUEPRINT (item.object))
          describe_blueprint (WM_SERVICE_BLUEPRINT (item.object), &item);
        g_array_append_val (items, item);
      }

  return items;
}

static void
print_json (WmDocument *document,
            GArray     *items)
{
  g_autoptr(WmJsonWriter) writer = wm_json_writer_new ();
  g_autoptr(GBytes) bytes = NULL;

  wm_json_writer_begin_object (writer);
  wm_json_writer_member (writer, "id");
  wm_json_writer_string (writer, wm_object_get_id (WM_OBJECT (document)));
  wm_json_writer_member (writer, "title");
  wm_json_writer_string (writer, wm_document_get_title (document));
  wm_json_writer_member (writer, "items");
  wm_json_writer_begin_array (writer);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      wm_json_writer_begin_object (writer);
      wm_json_writer_member (writer, "kind");
      wm_json_writer_string (writer, item->kind);
      wm_json_writer_member (writer, "id");
      wm_json_writer_string (writer, wm_object_get_id (item->object));
      wm_json_writer_member (writer, "name");
      wm_json_writer_string (writer, wm_object_get_display_name (item->object));
      for (guint c = 0; c < item->n_counts; c++)
        {
          wm_json_writer_member (writer, item->counts[c].key);
          wm_json_writer_int (writer, item->counts[c].value);
        }
      wm_json_writer_end_object (writer);
    }
  wm_json_writer_end_array (writer);
  wm_json_writer_end_object (writer);

  bytes = wm_json_writer_finish (writer);
  fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
}

static void
print_text (WmDocument *document,
            GArray     *items)
{
  g_print ("%s\n", wm_document_get_title (document)[0] ? wm_document_get_title (document)
                                                       : _("Untitled workspace"));
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      GString *counts = g_string_new (NULL);

      for (guint c = 0; c < item->n_counts; c++)
        g_string_append_printf (counts, "%s%u %s", c > 0 ? ", " : "", item->counts[c].value,
                                item->counts[c].value == 1 ? item->counts[c].singular
                                                           : item->counts[c].plural);
      g_print ("%-17s  %s  %s%s%s\n", item->kind, wm_object_get_id (item->object),
               wm_object_get_display_name (item->object), counts->len ? ": " : "", counts->str);
      g_string_free (counts, TRUE);
    }
}

int
wm_cli_info (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GArray) items = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("FILE — list the items of a workspace"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return wm_cli_usage_error (context, error->message);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return wm_cli_usage_error (context, _("give exactly one file"));

  document = wm_cli_load_workspace (files[0]);
  if (document == NULL)
    return WM_CLI_EXIT_ERROR;

  items = collect_items (document);
  if (json)
    print_json (document, items);
  else
    print_text (document, items);

  return WM_CLI_EXIT_OK;
}
