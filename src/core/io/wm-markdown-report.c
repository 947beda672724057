/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-markdown-report.h"

/* A workspace as a Markdown page for a wiki (CommonMark with GitHub's tables): the personas,
 * each journey map as one table per stage (lanes down, steps across), and the pain points and
 * opportunities of every map with their evidence, then empathy maps and blueprints in brief.
 */

/**
 * wm_markdown_escape:
 * @text: (nullable): plain text
 * @in_table: whether it goes into a table cell: then `|` is escaped and line breaks become
 *   `<br>`
 *
 * Escapes what Markdown would take as markup or HTML.
 *
 * Returns: (transfer full): the text for Markdown
 */
char *
wm_markdown_escape (const char *text,
                    gboolean    in_table)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '|':
          g_string_append (out, in_table ? "\\|" : "|");
          break;
        case '\r':
          if (p[1] == '\n')
            break;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, in_table ? "<br>" : "  \n");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    in_table)
{
  g_autofree char *escaped = wm_markdown_escape (text, in_table);

  g_string_append (out, escaped);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static void
append_list (GString            *out,
             const char         *heading,
             const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  g_string_append_printf (out, "**%s**\n\n", heading);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (out, "- ");
      append_escaped (out, items[i], FALSE);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static const char *
evidence_label (WmEvidence evidence)
{
  switch (evidence)
    {
    case WM_EVIDENCE_OBSERVED:
      return _("observed");
    case WM_EVIDENCE_ASSUMED:
      return _("assumed");
    case WM_EVIDENCE_PROPOSED:
      return _("proposed");
    case WM_EVIDENCE_NONE:
    default:
      return NULL;
    }
}

static void
append_personas (GString    *out,
                 WmDocument *document)
{
  WmObjectList *personas = wm_document_get_personas (document);

  if (wm_object_list_get_length (personas) == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Personas"));
  for (guint i = 0; i < wm_object_list_get_length (personas); i++)
    {
      WmPersona *persona = wm_object_list_get (personas, i);

      g_string_append (out, "### ");
      append_escaped (out, wm_persona_get_name (persona), FALSE);
      g_string_append (out, "\n\n");
      if (!is_empty (wm_persona_get_role (persona)))
        {
          g_string_append_c (out, '*');
          append_escaped (out, wm_persona_get_role (persona), FALSE);
          g_string_append (out, "*\n\n");
        }
      if (!is_empty (wm_persona_get_quote (persona)))
        {
          g_string_append (out, "> ");
          append_escaped (out, wm_persona_get_quote (persona), FALSE);
          g_string_append (out, "\n\n");
        }
      append_list (out, _("Goals"), wm_persona_get_goals (persona));
      append_list (out, _("Needs"), wm_persona_get_needs (persona));
      append_list (out, _("Frustrations"), wm_persona_get_frustrations (persona));
    }
}

static const char *
persona_name (WmDocument *document,
              const char *id)
{
  WmObject *persona = id != NULL && id[0] != '\0' ? wm_document_lookup (document, id) : NULL;

  return WM_IS_PERSONA (persona) ? wm_persona_get_name (WM_PERSONA (persona)) : NULL;
}

/* What a lane shows at a step, as the text of a table cell. */
static void
append_cell (GString    *out,
             WmDocument *document,
             WmLane     *lane,
             const char *step_id)
{
  WmLaneKind kind = wm_lane_get_kind (lane);
  gboolean first = TRUE;

  if (kind == WM_LANE_KIND_EMOTION)
    {
      WmObjectList *points = wm_lane_get_points (lane);

      for (guint i = 0; i < wm_object_list_get_length (points); i++)
        {
          WmEmotionPoint *point = wm_object_list_get (points, i);
          const char *name;

          if (g_strcmp0 (wm_emotion_point_get_step_id (point), step_id) != 0)
            continue;
          if (!first)
            g_string_append (out, "<br>");
          name = persona_name (document, wm_emotion_point_get_persona_id (point));
          if (name != NULL)
            {
              append_escaped (out, name, TRUE);
              g_string_append (out, ": ");
            }
          if (wm_emotion_point_get_score (point) == 0)
            g_string_append_c (out, '0');
          else
            g_string_append_printf (out, "%+d", wm_emotion_point_get_score (point));
          first = FALSE;
        }
    }
  else if (kind == WM_LANE_KIND_METRICS)
    {
      WmObjectList *values = wm_lane_get_values (lane);

      for (guint i = 0; i < wm_object_list_get_length (values); i++)
        {
          WmMetricValue *value = wm_object_list_get (values, i);
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          if (g_strcmp0 (wm_metric_value_get_step_id (value), step_id) != 0)
            continue;
          g_ascii_formatd (number, sizeof number, "%g", wm_metric_value_get_value (value));
          g_string_append (out, number);
          if (!is_empty (wm_lane_get_unit (lane)))
            {
              g_string_append_c (out, ' ');
              append_escaped (out, wm_lane_get_unit (lane), TRUE);
            }
        }
    }
  else
    {
      WmObjectList *cards = wm_lane_get_cards (lane);

      for (guint i = 0; i < wm_object_list_get_length (cards); i++)
        {
          WmCard *card = wm_object_list_get (cards, i);
          const char *evidence = evidence_label (wm_card_get_evidence (card));

          if (g_strcmp0 (wm_card_get_step_id (card), step_id) != 0)
            continue;
          if (!first)
            g_string_append (out, "<br>");
          g_string_append (out, "• ");
          if (is_empty (wm_card_get_text (card)) && wm_card_get_image (card) != NULL)
            g_string_append (out, _("(picture)"));
          else
            append_escaped (out, wm_card_get_text (card), TRUE);
          if (evidence != NULL)
            g_string_append_printf (out, " *(%s)*", evidence);
          first = FALSE;
        }
    }
}

static void
append_map (GString      *out,
            WmDocument   *document,
            WmJourneyMap *map)
{
  WmObjectList *stages = wm_journey_map_get_stages (map);
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  const char * const *persona_ids = wm_journey_map_get_persona_ids (map);

  g_string_append (out, "### ");
  append_escaped (out, wm_journey_map_get_name (map), FALSE);
  g_string_append (out, "\n\n");
  if (!is_empty (wm_journey_map_get_description (map)))
    {
      append_escaped (out, wm_journey_map_get_description (map), FALSE);
      g_string_append (out, "\n\n");
    }
  if (!is_empty (wm_journey_map_get_scenario (map)))
    {
      g_string_append_printf (out, "**%s** ", _("Scenario:"));
      append_escaped (out, wm_journey_map_get_scenario (map), FALSE);
      g_string_append (out, "\n\n");
    }
  if (persona_ids != NULL && persona_ids[0] != NULL)
    {
      g_string_append_printf (out, "**%s** ", _("Personas:"));
      for (guint i = 0; persona_ids[i] != NULL; i++)
        {
          const char *name = persona_name (document, persona_ids[i]);

          if (i > 0)
            g_string_append (out, ", ");
          append_escaped (out, name != NULL ? name : persona_ids[i], FALSE);
        }
      g_string_append (out, "\n\n");
    }

  for (guint s = 0; s < wm_object_list_get_length (stages); s++)
    {
      WmStage *stage = wm_object_list_get (stages, s);
      WmObjectList *steps = wm_stage_get_steps (stage);
      guint n_steps = wm_object_list_get_length (steps);

      g_string_append (out, "#### ");
      append_escaped (out, wm_stage_get_name (stage), FALSE);
      g_string_append (out, "\n\n");
      if (!is_empty (wm_stage_get_description (stage)))
        {
          append_escaped (out, wm_stage_get_description (stage), FALSE);
          g_string_append (out, "\n\n");
        }
      if (n_steps == 0 || wm_object_list_get_length (lanes) == 0)
        continue;

      g_string_append_printf (out, "| %s |", _("Lane"));
      for (guint t = 0; t < n_steps; t++)
        {
          g_string_append_c (out, ' ');
          append_escaped (out, wm_step_get_name (wm_object_list_get (steps, t)), TRUE);
          g_string_append (out, " |");
        }
      g_string_append (out, "\n|---|");
      for (guint t = 0; t < n_steps; t++)
        g_string_append (out, "---|");
      g_string_append_c (out, '\n');

      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        {
          WmLane *lane = wm_object_list_get (lanes, l);

          g_string_append (out, "| **");
          append_escaped (out, wm_lane_get_title (lane), TRUE);
          g_string_append (out, "** |");
          for (guint t = 0; t < n_steps; t++)
            {
              WmStep *step = wm_object_list_get (steps, t);

              g_string_append_c (out, ' ');
              append_cell (out, document, lane, wm_object_get_id (WM_OBJECT (step)));
              g_string_append (out, " |");
            }
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
}

/* Every card of the lanes of @kind in every map, with where it is and its evidence. */
static void
append_cards_of_kind (GString    *out,
                      WmDocument *document,
                      WmLaneKind  kind,
                      const char *heading)
{
  WmObjectList *maps = wm_document_get_maps (document);
  gboolean any = FALSE;

  for (guint m = 0; m < wm_object_list_get_length (maps); m++)
    {
      WmJourneyMap *map = wm_object_list_get (maps, m);
      WmObjectList *lanes = wm_journey_map_get_lanes (map);

      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        {
          WmLane *lane = wm_object_list_get (lanes, l);
          WmObjectList *cards = wm_lane_get_cards (lane);

          if (wm_lane_get_kind (lane) != kind)
            continue;

          for (guint c = 0; c < wm_object_list_get_length (cards); c++)
            {
              WmCard *card = wm_object_list_get (cards, c);
              WmStage *stage = NULL;
              WmStep *step = wm_journey_map_find_step (map, wm_card_get_step_id (card), &stage);
              const char *evidence = evidence_label (wm_card_get_evidence (card));
              const char * const *tags = wm_card_get_tags (card);

              if (!any)
                g_string_append_printf (out, "## %s\n\n", heading);
              any = TRUE;

              g_string_append (out, "- ");
              append_escaped (out, wm_card_get_text (card), TRUE);
              g_string_append (out, " — ");
              append_escaped (out, wm_journey_map_get_name (map), FALSE);
              if (step != NULL)
                {
                  g_string_append (out, " › ");
                  append_escaped (out, wm_stage_get_name (stage), FALSE);
                  g_string_append (out, " › ");
                  append_escaped (out, wm_step_get_name (step), FALSE);
                }
              g_string_append_c (out, '\n');
              g_string_append_printf (out, "  - %s ", _("Evidence:"));
              g_string_append (out, evidence != NULL ? evidence : _("not stated"));
              g_string_append_c (out, '\n');
              if (tags != NULL && tags[0] != NULL)
                {
                  g_string_append_printf (out, "  - %s ", _("Tags:"));
                  for (guint i = 0; tags[i] != NULL; i++)
                    {
                      if (i > 0)
                        g_string_append (out, ", ");
                      append_escaped (out, tags[i], FALSE);
                    }
                  g_string_append_c (out, '\n');
                }
              if (!is_empty (wm_card_get_owner (card)))
                {
                  g_string_append_printf (out, "  - %s ", _("Owner:"));
                  append_escaped (out, wm_card_get_owner (card), FALSE);
                  g_string_append_c (out, '\n');
                }
            }
        }
    }

  if (any)
    g_string_append_c (out, '\n');
}

static void
append_empathy_maps (GString    *out,
                     WmDocument *document)
{
  WmObjectList *maps = wm_document_get_empathy_maps (document);
  const char *areas[WM_N_EMPATHY_AREAS] = {
    _("Says"), _("Thinks"), _("Does"), _("Feels"), _("Pains"), _("Gains"),
  };

  if (wm_object_list_get_length (maps) == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Empathy maps"));
  for (guint m = 0; m < wm_object_list_get_length (maps); m++)
    {
      WmEmpathyMap *map = wm_object_list_get (maps, m);
      const char *name = persona_name (document, wm_empathy_map_get_persona_id (map));

      g_string_append (out, "### ");
      append_escaped (out, wm_empathy_map_get_name (map), FALSE);
      g_string_append (out, "\n\n");
      if (name != NULL)
        {
          g_string_append_printf (out, "**%s** ", _("Persona:"));
          append_escaped (out, name, FALSE);
          g_string_append (out, "\n\n");
        }
      if (!is_empty (wm_empathy_map_get_goal (map)))
        {
          g_string_append_printf (out, "**%s** ", _("Goal:"));
          append_escaped (out, wm_empathy_map_get_goal (map), FALSE);
          g_string_append (out, "\n\n");
        }
      for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
        {
          WmObjectList *notes = wm_empathy_map_get_area (map, a);

          if (wm_object_list_get_length (notes) == 0)
            continue;
          g_string_append_printf (out, "**%s**\n\n", areas[a]);
          for (guint i = 0; i < wm_object_list_get_length (notes); i++)
            {
              g_string_append (out, "- ");
              append_escaped (out, wm_note_get_text (wm_object_list_get (notes, i)), TRUE);
              g_string_append_c (out, '\n');
            }
          g_string_append_c (out, '\n');
        }
    }
}

static void
append_blueprints (GString    *out,
                   WmDocument *document)
{
  WmObjectList *blueprints = wm_document_get_blueprints (document);

  if (wm_object_list_get_length (blueprints) == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Service blueprints"));
  for (guint b = 0; b < wm_object_list_get_length (blueprints); b++)
    {
      WmServiceBlueprint *blueprint = wm_object_list_get (blueprints, b);
      WmObjectList *steps = wm_service_blueprint_get_steps (blueprint);
      WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

      g_string_append (out, "### ");
      append_escaped (out, wm_service_blueprint_get_name (blueprint), FALSE);
      g_string_append (out, "\n\n");
      if (wm_object_list_get_length (steps) > 0)
        {
          g_string_append_printf (out, "**%s** ", _("Steps:"));
          for (guint i = 0; i < wm_object_list_get_length (steps); i++)
            {
              if (i > 0)
                g_string_append (out, " → ");
              append_escaped (out, wm_blueprint_step_get_name (wm_object_list_get (steps, i)),
                              FALSE);
            }
          g_string_append (out, "\n\n");
        }
      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        {
          WmBlueprintLane *lane = wm_object_list_get (lanes, l);
          guint n = wm_object_list_get_length (wm_blueprint_lane_get_items (lane));

          g_string_append (out, "- ");
          append_escaped (out, wm_blueprint_lane_get_title (lane), FALSE);
          g_string_append (out, ": ");
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n),
                                  n);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }
}

/**
 * wm_markdown_report:
 * @document: a workspace
 *
 * Returns: (transfer full): the workspace as a Markdown report
 */
char *
wm_markdown_report (WmDocument *document)
{
  GString *out;
  WmObjectList *maps;
  const char *title;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  title = wm_document_get_title (document);
  g_string_append (out, "# ");
  append_escaped (out, is_empty (title) ? _("Untitled workspace") : title, FALSE);
  g_string_append (out, "\n\n");
  if (!is_empty (wm_document_get_description (document)))
    {
      append_escaped (out, wm_document_get_description (document), FALSE);
      g_string_append (out, "\n\n");
    }

  append_personas (out, document);

  maps = wm_document_get_maps (document);
  if (wm_object_list_get_length (maps) > 0)
    g_string_append_printf (out, "## %s\n\n", _("Journey maps"));
  for (guint m = 0; m < wm_object_list_get_length (maps); m++)
    append_map (out, document, wm_object_list_get (maps, m));

  append_cards_of_kind (out, document, WM_LANE_KIND_PAIN_POINTS, _("Pain points"));
  append_cards_of_kind (out, document, WM_LANE_KIND_OPPORTUNITIES, _("Opportunities"));
  append_empathy_maps (out, document);
  append_blueprints (out, document);

  /* One newline at the end, not two. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}
