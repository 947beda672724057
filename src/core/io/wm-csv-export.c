/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include "wm-csv-export.h"
#include "wm-csv.h"

static const char *
evidence_nick (WmEvidence evidence)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (WM_TYPE_EVIDENCE);
  GEnumValue *value = g_enum_get_value (enum_class, evidence);

  if (value == NULL || evidence == WM_EVIDENCE_NONE)
    return "";

  return value->value_nick;
}

/**
 * wm_csv_export_map:
 * @map: a journey map
 * @delimiter: ',' or ';'
 *
 * Writes the map's cards as CSV, one row per card in the order of the steps, then the lanes:
 * stage, step, lane, text, tags (separated by commas), evidence (observed, assumed, proposed
 * or nothing) and owner. The header is in English, the same in every language, so that the
 * file imports back into any map with the same steps.
 *
 * Returns: (transfer full): the CSV text, UTF-8, lines ending in CRLF
 */
char *
wm_csv_export_map (WmJourneyMap *map,
                   char          delimiter)
{
  GString *out;
  WmObjectList *stages;
  WmObjectList *lanes;
  static const char * const header[] = {
    "stage", "step", "lane", "text", "tags", "evidence", "owner",
  };

  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);
  g_return_val_if_fail (delimiter == ',' || delimiter == ';', NULL);

  out = g_string_new (NULL);
  wm_csv_append_row (out, header, G_N_ELEMENTS (header), delimiter);

  stages = wm_journey_map_get_stages (map);
  lanes = wm_journey_map_get_lanes (map);
  for (guint s = 0; s < wm_object_list_get_length (stages); s++)
    {
      WmStage *stage = wm_object_list_get (stages, s);
      WmObjectList *steps = wm_stage_get_steps (stage);

      for (guint t = 0; t < wm_object_list_get_length (steps); t++)
        {
          WmStep *step = wm_object_list_get (steps, t);
          const char *step_id = wm_object_get_id (WM_OBJECT (step));

          for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
            {
              WmLane *lane = wm_object_list_get (lanes, l);
              WmObjectList *cards = wm_lane_get_cards (lane);

              if (!wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
                continue;

              for (guint c = 0; c < wm_object_list_get_length (cards); c++)
                {
                  WmCard *card = wm_object_list_get (cards, c);
                  const char * const *tags = wm_card_get_tags (card);
                  g_autofree char *joined = NULL;
                  const char *row[7];

                  if (g_strcmp0 (wm_card_get_step_id (card), step_id) != 0)
                    continue;

                  joined = tags != NULL ? g_strjoinv (", ", (char **) tags) : g_strdup ("");
                  row[0] = wm_stage_get_name (stage);
                  row[1] = wm_step_get_name (step);
                  row[2] = wm_lane_get_title (lane);
                  row[3] = wm_card_get_text (card);
                  row[4] = joined;
                  row[5] = evidence_nick (wm_card_get_evidence (card));
                  row[6] = wm_card_get_owner (card);
                  wm_csv_append_row (out, row, G_N_ELEMENTS (row), delimiter);
                }
            }
        }
    }

  return g_string_free (out, FALSE);
}
