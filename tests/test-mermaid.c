/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wm-journey-edit.h"
#include "wm-journey-format.h"
#include "wm-mermaid.h"
#include "wm-model.h"
#include "wm-test-util.h"

/* Mermaid journeys: reading real-world diagrams, errors with their place, writing, the round
 * trip, persona matching, the import as one undo step, and `waymark-cli convert`. */

static WmJourneyMap *
read_text (const char  *text,
           WmDocument  *document,
           GPtrArray  **personas,
           GPtrArray  **problems,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return wm_mermaid_read (bytes, document, personas, problems, error);
}

static const char *
persona_name (WmDocument *document,
              GPtrArray  *personas,
              const char *id)
{
  WmObject *found = document ? wm_document_lookup (document, id) : NULL;

  if (id[0] == '\0')
    return "_";
  for (guint i = 0; found == NULL && personas != NULL && i < personas->len; i++)
    if (g_str_equal (wm_object_get_id (personas->pdata[i]), id))
      found = personas->pdata[i];
  g_assert_true (WM_IS_PERSONA (found));

  return wm_persona_get_name (WM_PERSONA (found));
}

static WmLane *
lane_of_kind (WmJourneyMap *map,
              WmLaneKind    kind)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return wm_object_list_get (lanes, i);

  return NULL;
}

/* The map in one line: "Name [personas] | Stage: Step{Me=2,Cat=-2}, Step{…} | Stage: …", the
 * scores of the first emotion lane in the order they are stored. */
static char *
describe (WmDocument   *document,
          GPtrArray    *personas,
          WmJourneyMap *map)
{
  GString *s = g_string_new (wm_journey_map_get_name (map));
  const char * const *ids = wm_journey_map_get_persona_ids (map);
  WmObjectList *stages = wm_journey_map_get_stages (map);
  WmLane *emotions = lane_of_kind (map, WM_LANE_KIND_EMOTION);

  g_string_append (s, " [");
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_string_append_printf (s, "%s%s", i ? "," : "", persona_name (document, personas, ids[i]));
  g_string_append (s, "]");

  for (guint i = 0; i < wm_object_list_get_length (stages); i++)
    {
      WmStage *stage = wm_object_list_get (stages, i);
      WmObjectList *steps = wm_stage_get_steps (stage);

      g_string_append_printf (s, " | %s:", wm_stage_get_name (stage));
      for (guint j = 0; j < wm_object_list_get_length (steps); j++)
        {
          WmStep *step = wm_object_list_get (steps, j);
          WmObjectList *points = wm_lane_get_points (emotions);
          gboolean first = TRUE;

          g_string_append_printf (s, "%s %s{", j ? "," : "", wm_step_get_name (step));
          for (guint p = 0; p < wm_object_list_get_length (points); p++)
            {
              WmEmotionPoint *point = wm_object_list_get (points, p);

              if (!g_str_equal (wm_emotion_point_get_step_id (point),
                                wm_object_get_id (WM_OBJECT (step))))
                continue;
              g_string_append_printf (s, "%s%s=%d", first ? "" : ",",
                                      persona_name (document, personas,
                                                    wm_emotion_point_get_persona_id (point)),
                                      wm_emotion_point_get_score (point));
              first = FALSE;
            }
          g_string_append (s, "}");
        }
    }

  return g_string_free (s, FALSE);
}

static char *
read_and_describe (const char  *text,
                   GPtrArray  **problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(WmJourneyMap) map = read_text (text, NULL, &personas, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);

  return describe (NULL, personas, map);
}

static void
assert_problem (GPtrArray         *problems,
                guint              index,
                WmProblemSeverity  severity,
                guint              line,
                guint              column,
                const char        *part)
{
  WmProblem *problem;

  g_assert_cmpuint (index, <, problems->len);
  problem = problems->pdata[index];
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
  if (strstr (problem->message, part) == NULL)
    g_error ("“%s” does not say “%s”", problem->message, part);
}

/* Reading */

static void
test_working_day (void)
{
  const char *text =
    "journey\n"
    "    title My working day\n"
    "    section Go to work\n"
    "      Make tea: 5: Me\n"
    "      Go upstairs: 3: Me\n"
    "      Do work: 1: Me, Cat\n"
    "    section Go home\n"
    "      Go downstairs: 5: Me\n"
    "      Sit down: 5: Me\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WmJourneyMap) map = read_text (text, NULL, &personas, &problems, &error);
  g_autofree char *described = NULL;
  WmLane *actions;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  described = describe (NULL, personas, map);
  g_assert_cmpstr (described, ==,
                   "My working day [Me,Cat] | Go to work: Make tea{Me=2}, Go upstairs{Me=0}, "
                   "Do work{Me=-2,Cat=-2} | Go home: Go downstairs{Me=2}, Sit down{Me=2}");

  /* Two new personas, and each step has its action card. */
  g_assert_cmpuint (personas->len, ==, 2);
  g_assert_cmpstr (wm_persona_get_name (personas->pdata[0]), ==, "Me");
  g_assert_cmpstr (wm_persona_get_name (personas->pdata[1]), ==, "Cat");
  actions = lane_of_kind (map, WM_LANE_KIND_ACTIONS);
  g_assert_nonnull (actions);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (actions)), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      WmCard *card = wm_object_list_get (wm_lane_get_cards (actions), i);
      WmStep *step = wm_journey_map_get_step (map, i);

      g_assert_cmpstr (wm_card_get_step_id (card), ==, wm_object_get_id (WM_OBJECT (step)));
      g_assert_cmpstr (wm_card_get_text (card), ==, wm_step_get_name (step));
    }
  /* The usual lanes are there to fill in. */
  g_assert_nonnull (lane_of_kind (map, WM_LANE_KIND_THOUGHTS));
  g_assert_nonnull (lane_of_kind (map, WM_LANE_KIND_PAIN_POINTS));
}

static void
test_e_commerce (void)
{
  const char *text =
    "%%{init: {'theme': 'forest'}}%%\n"
    "%% Checkout research, Q3\n"
    "\n"
    "journey\n"
    "  accTitle: Online shop checkout\n"
    "  accDescr: How shoppers move from browsing to delivery\n"
    "  title Online shop\n"
    "  %% the browsing part\n"
    "  section Browse\n"
    "    Search for a product: 4: Shopper\n"
    "    Compare prices: 3: Shopper, Partner   # they decide together\n"
    "  # old step: Read reviews: 4: Shopper\n"
    "  SECTION Checkout\n"
    "    Fill in the address: 2: Shopper\n"
    "    Pay: 1: Shopper, Support\n"
    "  section Delivery\n"
    "    Wait for the parcel: 2:Shopper\n"
    "    Unbox: 5 : Shopper,Partner\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe (text, &problems);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (described, ==,
                   "Online shop [Shopper,Partner,Support] | "
                   "Browse: Search for a product{Shopper=1}, Compare prices{Shopper=0,Partner=0} | "
                   "Checkout: Fill in the address{Shopper=-1}, "
                   "Pay{Shopper=-2,Support=-2} | Delivery: Wait for the parcel{Shopper=-1}, "
                   "Unbox{Shopper=2,Partner=2}");
}

static void
test_onboarding (void)
{
  /* Front matter gives the title; the accDescr block is closed on the line that goes on with
   * another statement (as in Mermaid's own tests); tasks without actors and with a trailing
   * colon. */
  const char *text =
    "---\n"
    "title: \"Team onboarding\"\n"
    "config:\n"
    "  journey:\n"
    "    taskFontSize: 14\n"
    "---\n"
    "journey\n"
    "accDescr {\n"
    "    From the invitation\n"
    "    to the first project\n"
    "  }\n"
    "section Invite\n"
    "  Get the e-mail: 4\n"
    "  Create an account: 3:\n"
    "section First week\n"
    "  Meet the team: 5\n"
    "  First project: 2 :  \n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(WmJourneyMap) map = read_text (text, NULL, &personas, &problems, &error);
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (personas->len, ==, 0);
  described = describe (NULL, personas, map);
  g_assert_cmpstr (described, ==,
                   "Team onboarding [] | Invite: Get the e-mail{_=1}, Create an account{_=0} | "
                   "First week: Meet the team{_=2}, First project{_=-1}");
  g_assert_cmpstr (wm_journey_map_get_description (map), ==,
                   "From the invitation\nto the first project");
}

static void
test_acc_block_then_title (void)
{
  const char *text =
    "journey\n"
    "accDescr {\n"
    "        A user journey for\n"
    "        family shopping\n"
    "      }title Adding journey diagram functionality to mermaid\n"
    "accTitle: Adding acc journey diagram functionality to mermaid\n"
    "section Order from website\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(WmJourneyMap) map = read_text (text, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (wm_journey_map_get_name (map), ==,
                   "Adding journey diagram functionality to mermaid");
  g_assert_cmpstr (wm_journey_map_get_description (map), ==, "A user journey for\nfamily shopping");
  /* An empty section is a stage without steps. */
  g_assert_cmpuint (wm_object_list_get_length (wm_journey_map_get_stages (map)), ==, 1);
  g_assert_cmpuint (wm_journey_map_get_n_steps (map), ==, 0);
}

static void
test_tasks_before_sections (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe ("journey\n"
                                                  "Wake up: 2: Me\n"
                                                  "accTitle: Morning\n"
                                                  "section Leave\n"
                                                  "Lock the door: 4: Me\n", &problems);

  /* No title: the accessible title names the map. Tasks before any section form a stage
   * without a name. */
  g_assert_cmpstr (described, ==, "Morning [Me] | : Wake up{Me=-1} | Leave: Lock the door{Me=1}");
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_scores_clamped (void)
{
  const char *text =
    "journey\n"
    "section Scores\n"
    "  Zero: 0: Me\n"
    "  Seven: 7: Me\n"
    "  Minus: -3: Me\n"
    "  Half: 2.6: Me\n"
    "  Exponent: 1e0: Me\n"
    "  Fine: 4: Me: what Mermaid ignores\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe (text, &problems);

  g_assert_cmpstr (described, ==,
                   "Imported Journey [Me] | Scores: Zero{Me=-2}, Seven{Me=2}, Minus{Me=-2}, "
                   "Half{Me=0}, Exponent{Me=-2}, Fine{Me=1}");
  g_assert_cmpuint (problems->len, ==, 5);
  assert_problem (problems, 0, WM_PROBLEM_WARNING, 3, 9, "the score 0 is outside 1–5; using 1");
  assert_problem (problems, 1, WM_PROBLEM_WARNING, 4, 10, "the score 7 is outside 1–5; using 5");
  assert_problem (problems, 2, WM_PROBLEM_WARNING, 5, 10, "the score -3 is outside 1–5; using 1");
  assert_problem (problems, 3, WM_PROBLEM_WARNING, 6, 9,
                  "the score 2.6 is not a whole number; using 3");
  assert_problem (problems, 4, WM_PROBLEM_WARNING, 8, 14, "text after the actors is ignored");
}

static void
test_crlf_bom_unicode (void)
{
  const char *text =
    "\xef\xbb\xbfjourney\r\n"
    "  title Café au lait ☕\r\n"
    "  section Frühstück\r\n"
    "    Brötchen holen: 4: Zoë, Jürgen\r"
    "    Ünïcödé löst: 9: Zoë\r\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe (text, &problems);

  g_assert_cmpstr (described, ==,
                   "Café au lait ☕ [Zoë,Jürgen] | Frühstück: Brötchen holen{Zoë=1,Jürgen=1}, "
                   "Ünïcödé löst{Zoë=2}");
  /* The column counts characters, not bytes; a lone CR ends a line too. */
  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, WM_PROBLEM_WARNING, 5, 19, "the score 9 is outside 1–5");
}

static void
test_entities_and_breaks (void)
{
  const char *text =
    "journey\n"
    "title Issue #35;42#59; part 2\n"
    "section Sign<br>in<BR/>now<br />!\n"
    "  Time#58; 9#58;00: 3: Smith#44; J., #quot;Bo#quot;\n"
    "  Keep #unknown; and #1114112;: 3\n"
    "  50%% off: 4\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe (text, &problems);

  g_assert_cmpstr (described, ==,
                   "Issue #42; part 2 [Smith, J.,\"Bo\"] | Sign\nin\nnow\n!: "
                   "Time: 9:00{Smith, J.=0,\"Bo\"=0}, Keep #unknown; and #1114112;{_=0}, "
                   "50%% off{_=1}");
  /* %% inside a line is text, as in Mermaid; say so. And a task without actors in a map with
   * personas keeps its score where no curve shows it. */
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (problems, 0, WM_PROBLEM_WARNING, 5, 3, "shows on no persona’s curve");
  assert_problem (problems, 1, WM_PROBLEM_WARNING, 6, 3, "shows on no persona’s curve");
  assert_problem (problems, 2, WM_PROBLEM_WARNING, 6, 5, "starts a comment only at the beginning");
}

static void
test_merge_same_task (void)
{
  const char *text =
    "journey\n"
    "section Pay\n"
    "  Pay: 5: Ana\n"
    "  Pay: 2: Ben, Cy\n"
    "  Wait: 2: Ana\n"
    "  Wait: 1: Ana\n"
    "section Again\n"
    "  Pay: 3: Ben\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *described = read_and_describe (text, &problems);

  /* Different actors: one step felt differently. The same actor twice: two steps. A new
   * section: a new step. */
  g_assert_cmpstr (described, ==,
                   "Imported Journey [Ana,Ben,Cy] | Pay: Pay{Ana=2,Ben=-1,Cy=-1}, Wait{Ana=-1}, "
                   "Wait{Ana=-2} | Again: Pay{Ben=0}");
  g_assert_cmpuint (problems->len, ==, 0);
}

typedef struct
{
  const char *text;
  int         code;
  guint       line;
  guint       column;
  const char *message;
} ErrorCase;

static void
test_errors (void)
{
  const ErrorCase cases[] = {
    { "", WM_MERMAID_ERROR_NOT_JOURNEY, 1, 1, "the file is empty" },
    { "%% only a comment\n\n", WM_MERMAID_ERROR_NOT_JOURNEY, 3, 1, "no “journey” line" },
    { "flowchart LR\n  A --> B\n", WM_MERMAID_ERROR_NOT_JOURNEY, 1, 1,
      "expected “journey” but found “flowchart”" },
    { "journeyman\n", WM_MERMAID_ERROR_NOT_JOURNEY, 1, 1, "found “journeyman”" },
    { "journey\n  section A\n  Make tea 5 Me\n", WM_MERMAID_ERROR_SYNTAX, 3, 3,
      "unknown statement “Make tea 5 Me”" },
    { "journey\n  section A\n  A --> B\n", WM_MERMAID_ERROR_SYNTAX, 3, 3, "unknown statement" },
    { "journey\nsection Go: home\n", WM_MERMAID_ERROR_SYNTAX, 2, 11,
      "a section name cannot contain “:”" },
    { "journey\nsection\n", WM_MERMAID_ERROR_SYNTAX, 2, 1, "needs the section’s name" },
    { "journey\ntitle\n", WM_MERMAID_ERROR_SYNTAX, 2, 1, "needs the title" },
    { "journey\n  Task:\n", WM_MERMAID_ERROR_SYNTAX, 2, 8, "expected a score from 1 to 5 after" },
    { "journey\n  Task:  : Me\n", WM_MERMAID_ERROR_SYNTAX, 2, 10, "expected a score" },
    { "journey\n  Task: high: Me\n", WM_MERMAID_ERROR_SYNTAX, 2, 9,
      "expected a score from 1 to 5 but found “high”" },
    { "journey\n  Task: 0x3\n", WM_MERMAID_ERROR_SYNTAX, 2, 9, "found “0x3”" },
    { "journey\n  : 3: Me\n", WM_MERMAID_ERROR_SYNTAX, 2, 3, "no name" },
    { "journey\n  Tea; coffee: 3\n", WM_MERMAID_ERROR_SYNTAX, 2, 6, "“;” is not allowed" },
    { "journey\n  Tea: 3: Me; Cat\n", WM_MERMAID_ERROR_SYNTAX, 2, 13, "“;” is not allowed" },
    { "journey\naccDescr {\n  never closed\n", WM_MERMAID_ERROR_SYNTAX, 2, 1,
      "not closed with “}”" },
    { "%%{init: {}\njourney\n", WM_MERMAID_ERROR_SYNTAX, 1, 1, "not closed with “}%%”" },
    { "---\ntitle: x\njourney\n", WM_MERMAID_ERROR_SYNTAX, 1, 1, "front matter" },
    { "journey\n  Caf\xc3\xa9 \xff: 3\n", WM_MERMAID_ERROR_ENCODING, 2, 8, "not valid UTF-8" },
    { "journey\n  Tea: 3\n  Nu\0l", WM_MERMAID_ERROR_ENCODING, 3, 5, "NUL" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) personas = NULL;
      gsize length = strlen (cases[i].text);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(WmJourneyMap) map = NULL;
      g_autofree char *where = g_strdup_printf ("(line %u, column %u)", cases[i].line,
                                                cases[i].column);

      /* The NUL case: take the bytes after the NUL too. */
      if (strstr (cases[i].message, "NUL") != NULL)
        length += 2;
      bytes = g_bytes_new (cases[i].text, length);
      map = wm_mermaid_read (bytes, NULL, &personas, &problems, &error);

      g_autofree char *escaped = g_strescape (cases[i].text, NULL);

      g_test_message ("case %u: %s", i, escaped);
      g_assert_null (map);
      g_assert_error (error, WM_MERMAID_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      if (strstr (error->message, where) == NULL)
        g_error ("“%s” does not end with “%s”", error->message, where);
      g_assert_cmpuint (personas->len, ==, 0);
      g_assert_cmpuint (problems->len, >=, 1);
      assert_problem (problems, problems->len - 1, WM_PROBLEM_ERROR, cases[i].line,
                      cases[i].column, cases[i].message);
    }
}

static void
test_too_many_tasks (void)
{
  g_autoptr(GString) text = g_string_new ("journey\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(WmJourneyMap) map = NULL;

  for (guint i = 0; i <= 10000; i++)
    g_string_append (text, "t: 3\n");
  map = read_text (text->str, NULL, NULL, NULL, &error);
  g_assert_null (map);
  g_assert_error (error, WM_MERMAID_ERROR, WM_MERMAID_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "(line 10002, column 1)"));
}

/* Personas and the import */

static void
test_import_matches_personas (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) anna = wm_persona_new ("Anna");
  g_autoptr(WmPersona) ben = wm_persona_new ("ben");
  g_autoptr(WmJourneyMap) existing = wm_journey_map_new ("Existing");
  WmHistory *history = wm_document_get_history (document);
  WmObjectList *personas = wm_document_get_personas (document);
  WmObjectList *maps = wm_document_get_maps (document);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  g_autofree char *again = NULL;
  const char *text = "journey\ntitle Visit\nsection Shop\n  Enter: 4: Anna, Ben, Cleo\n"
                     "  Leave: 2: Cleo, ANNA, anna\n";
  WmJourneyMap *map;

  wm_object_list_append (personas, WM_OBJECT (anna));
  wm_object_list_append (personas, WM_OBJECT (ben));
  wm_object_list_append (maps, WM_OBJECT (existing));

  bytes = g_bytes_new_static (text, strlen (text));
  map = wm_mermaid_import (document, bytes, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (map);

  /* Anna by her name, Ben whatever the case, Cleo is new; ANNA and anna are Anna, once. */
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 3);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);
  g_assert_true (wm_object_list_get (maps, 1) == (gpointer) map);
  g_assert_cmpstr (wm_persona_get_name (wm_object_list_get (personas, 2)), ==, "Cleo");
  g_assert_cmpstr (wm_journey_map_get_persona_ids (map)[0], ==,
                   wm_object_get_id (WM_OBJECT (anna)));
  g_assert_cmpstr (wm_journey_map_get_persona_ids (map)[1], ==,
                   wm_object_get_id (WM_OBJECT (ben)));
  described = describe (document, NULL, map);
  g_assert_cmpstr (described, ==, "Visit [Anna,ben,Cleo] | Shop: Enter{Anna=1,ben=1,Cleo=1}, "
                   "Leave{Cleo=-1,Anna=-1}");

  /* One undo step takes the map and Cleo away; redo brings both back. */
  g_assert_cmpstr (wm_document_get_title (document), ==, "Visit");
  g_assert_cmpstr (wm_history_get_undo_label (history), ==, "Import Mermaid Journey");
  g_assert_true (wm_history_undo (history));
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 2);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 1);
  g_assert_cmpstr (wm_document_get_title (document), ==, "");
  g_assert_false (wm_history_get_can_undo (history));
  g_assert_true (wm_history_redo (history));
  g_assert_cmpuint (wm_object_list_get_length (personas), ==, 3);
  g_assert_cmpuint (wm_object_list_get_length (maps), ==, 2);
  again = describe (document, NULL, wm_object_list_get (maps, 1));
  g_assert_cmpstr (again, ==, described);

  /* The workspace stays a valid file. */
  {
    g_autoptr(GBytes) saved = wm_journey_format_write (document);
    g_autoptr(WmDocument) loaded = wm_journey_format_read (saved, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (loaded);
  }
}

static void
test_import_error_changes_nothing (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("journey\n  Tea: 3: New\n  oops\n", 29);
  g_autoptr(GError) error = NULL;

  g_assert_null (wm_mermaid_import (document, bytes, NULL, &error));
  g_assert_error (error, WM_MERMAID_ERROR, WM_MERMAID_ERROR_SYNTAX);
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), ==, 0);
  g_assert_cmpuint (wm_object_list_get_length (wm_document_get_maps (document)), ==, 0);
  g_assert_false (wm_history_get_can_undo (wm_document_get_history (document)));
}

/* Writing */

static void
test_write_exact (void)
{
  const char *text =
    "journey\n"
    "title My working day\n"
    "accDescr: A day\n"
    "section Go to work\n"
    "Make tea: 5: Me\n"
    "Do work: 1: Me, Cat\n"
    "section Go home\n"
    "Sit down: 5\n";
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left_out = NULL;
  g_autofree char *written = NULL;
  WmJourneyMap *map = wm_mermaid_import (document, bytes, NULL, &error);

  g_assert_no_error (error);
  written = wm_mermaid_write (document, map, &left_out);
  g_assert_cmpstr (written, ==,
                   "journey\n"
                   "    title My working day\n"
                   "    accDescr: A day\n"
                   "    section Go to work\n"
                   "      Make tea: 5: Me\n"
                   "      Do work: 1: Me, Cat\n"
                   "    section Go home\n"
                   "      Sit down: 5\n");
  /* Nothing was lost: the lanes of a new map are empty. */
  g_assert_cmpuint (left_out->len, ==, 0);
}

static gboolean
notes_contain (GPtrArray  *notes,
               const char *part)
{
  for (guint i = 0; i < notes->len; i++)
    if (strstr (notes->pdata[i], part) != NULL)
      return TRUE;
  return FALSE;
}

/* Every stage, step and linked persona's score of @a is in @b, in order. */
static void
assert_same_journey (WmDocument   *document,
                     WmJourneyMap *a,
                     WmJourneyMap *b)
{
  const char * const *ids_a = wm_journey_map_get_persona_ids (a);
  const char * const *ids_b = wm_journey_map_get_persona_ids (b);
  WmLane *emotions_a = lane_of_kind (a, WM_LANE_KIND_EMOTION);
  WmLane *emotions_b = lane_of_kind (b, WM_LANE_KIND_EMOTION);
  WmObjectList *stages_a = wm_journey_map_get_stages (a);
  WmObjectList *stages_b = wm_journey_map_get_stages (b);

  g_assert_cmpstr (wm_journey_map_get_name (a), ==, wm_journey_map_get_name (b));
  g_assert_cmpuint (g_strv_length ((char **) ids_a), ==, g_strv_length ((char **) ids_b));
  for (guint i = 0; ids_a[i] != NULL; i++)
    g_assert_cmpstr (ids_a[i], ==, ids_b[i]);

  g_assert_cmpuint (wm_object_list_get_length (stages_a), ==, wm_object_list_get_length (stages_b));
  for (guint i = 0; i < wm_object_list_get_length (stages_a); i++)
    g_assert_cmpstr (wm_stage_get_name (wm_object_list_get (stages_a, i)), ==,
                     wm_stage_get_name (wm_object_list_get (stages_b, i)));

  g_assert_cmpuint (wm_journey_map_get_n_steps (a), ==, wm_journey_map_get_n_steps (b));
  for (guint s = 0; s < wm_journey_map_get_n_steps (a); s++)
    {
      WmStep *step_a = wm_journey_map_get_step (a, s);
      WmStep *step_b = wm_journey_map_get_step (b, s);

      g_assert_cmpstr (wm_step_get_name (step_a), ==, wm_step_get_name (step_b));
      for (guint p = 0; ids_a[p] != NULL; p++)
        {
          int score_a = 99, score_b = 99;

          for (guint i = 0; i < wm_object_list_get_length (wm_lane_get_points (emotions_a)); i++)
            {
              WmEmotionPoint *point = wm_object_list_get (wm_lane_get_points (emotions_a), i);

              if (g_str_equal (wm_emotion_point_get_step_id (point),
                               wm_object_get_id (WM_OBJECT (step_a)))
                  && g_str_equal (wm_emotion_point_get_persona_id (point), ids_a[p]))
                score_a = wm_emotion_point_get_score (point);
            }
          for (guint i = 0; i < wm_object_list_get_length (wm_lane_get_points (emotions_b)); i++)
            {
              WmEmotionPoint *point = wm_object_list_get (wm_lane_get_points (emotions_b), i);

              if (g_str_equal (wm_emotion_point_get_step_id (point),
                               wm_object_get_id (WM_OBJECT (step_b)))
                  && g_str_equal (wm_emotion_point_get_persona_id (point), ids_b[p]))
                score_b = wm_emotion_point_get_score (point);
            }
          g_assert_cmpint (score_a, ==, score_b);
        }
    }
}

static void
test_round_trip_templates (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  g_assert_nonnull (paths[0]);
  for (guint t = 0; paths[t] != NULL; t++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[t]);
      g_autoptr(GError) error = NULL;
      g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
      g_autoptr(GPtrArray) left_out = NULL;
      g_autoptr(GPtrArray) personas = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(WmJourneyMap) back = NULL;
      WmJourneyMap *map;
      g_autofree char *text_again = NULL;

      g_assert_no_error (error);
      map = wm_object_list_get (wm_document_get_maps (document), 0);
      text = wm_mermaid_write (document, map, &left_out);
      g_test_message ("%s", text);

      /* What the templates hold beyond Mermaid is listed. */
      g_assert_true (notes_contain (left_out, "cards in “Thoughts”"));
      g_assert_true (notes_contain (left_out, "the values of the metric"));
      g_assert_true (notes_contain (left_out, "images"));
      g_assert_true (notes_contain (left_out, "personas’ details"));

      bytes = g_bytes_new (text, strlen (text));
      back = wm_mermaid_read (bytes, document, &personas, &problems, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      /* The actors are the workspace's personas again. */
      g_assert_cmpuint (personas->len, ==, 0);
      assert_same_journey (document, map, back);

      /* And what the reader made, the writer writes the same way. */
      text_again = wm_mermaid_write (document, back, NULL);
      g_assert_cmpstr (text_again, ==, text);
    }
}

static void
test_round_trip_awkward (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) ana = wm_persona_new ("Ana: the buyer, #1");
  g_autoptr(WmPersona) ben = wm_persona_new ("Ben");
  g_autoptr(WmJourneyMap) map = wm_journey_map_new_starter ("Title: 100% ; # done");
  g_autoptr(GPtrArray) left_out = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WmJourneyMap) back = NULL;
  g_autofree char *text = NULL;
  const char *ids[3];
  const char *names[] = { "title page", "Journey: planning", "%% off; #2", "section 3",
                          "accDescr {x}", "" };
  WmLane *emotions = lane_of_kind (map, WM_LANE_KIND_EMOTION);
  WmLane *actions = lane_of_kind (map, WM_LANE_KIND_ACTIONS);
  WmHistory *history = wm_history_new ();
  guint n;

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (ana));
  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (ben));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  ids[0] = wm_object_get_id (WM_OBJECT (ana));
  ids[1] = wm_object_get_id (WM_OBJECT (ben));
  ids[2] = NULL;
  wm_journey_map_set_persona_ids (map, ids);
  wm_journey_map_set_description (map, "Two lines {with braces}\nand #hash");
  wm_stage_set_name (wm_object_list_get (wm_journey_map_get_stages (map), 1), "Buy:\nnow");

  /* Six steps in the first stage with awkward names; the last one is named by its card. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    wm_journey_edit_add_step (history, map, wm_object_list_get (wm_journey_map_get_stages (map), 0),
                              i + 1, names[i]);
  n = wm_journey_map_get_n_steps (map);
  {
    WmStep *unnamed = wm_journey_map_get_step (map, 6);
    g_autoptr(WmCard) card = wm_card_new (wm_object_get_id (WM_OBJECT (unnamed)),
                                          "Named by its card");

    wm_object_list_append (wm_lane_get_cards (actions), WM_OBJECT (card));
  }
  for (guint s = 0; s < n; s++)
    {
      const char *step_id = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, s)));

      /* They feel the same at even steps, differently at odd ones. */
      wm_journey_edit_set_score (history, emotions, step_id, ids[0], (int) (s % 5) - 2);
      wm_journey_edit_set_score (history, emotions, step_id, ids[1],
                                 s % 2 ? 2 - (int) (s % 5) : (int) (s % 5) - 2);
    }

  text = wm_mermaid_write (document, map, &left_out);
  g_test_message ("%s", text);
  bytes = g_bytes_new (text, strlen (text));
  back = wm_mermaid_read (bytes, document, &personas, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (personas->len, ==, 0);
  g_assert_cmpuint (left_out->len, ==, 0);

  /* The unnamed step came back named after its action card. */
  g_assert_cmpstr (wm_step_get_name (wm_journey_map_get_step (back, 6)), ==, "Named by its card");
  wm_step_set_name (wm_journey_map_get_step (map, 6), "Named by its card");
  assert_same_journey (document, map, back);
  g_assert_cmpstr (wm_journey_map_get_description (back), ==, "Two lines {with braces}\nand #hash");
  g_assert_cmpstr (wm_stage_get_name (wm_object_list_get (wm_journey_map_get_stages (back), 1)), ==,
                   "Buy:\nnow");
  g_object_unref (history);
}

/* The actors are written in the order a reader meets them: a persona that appeared on an
 * earlier line comes first, whatever the map's order of personas, so that what Waymark wrote
 * reads back with the personas in that order and writes again the same (found by fuzzing). */
static void
test_write_actor_order (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) ana = wm_persona_new ("Ana");
  g_autoptr(WmPersona) ben = wm_persona_new ("Ben");
  g_autoptr(WmPersona) cy = wm_persona_new ("Cy");
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Order");
  g_autoptr(WmStage) stage = wm_stage_new ("Shop");
  g_autoptr(WmStep) look = wm_step_new ("Look");
  g_autoptr(WmStep) buy = wm_step_new ("Buy");
  g_autoptr(WmLane) emotions = wm_lane_new (WM_LANE_KIND_EMOTION, "Feelings");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  WmHistory *history = wm_history_new ();
  WmJourneyMap *back;
  const char *ids[4];
  const char *step[2];

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (ana));
  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (ben));
  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (cy));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  ids[0] = wm_object_get_id (WM_OBJECT (ana));
  ids[1] = wm_object_get_id (WM_OBJECT (ben));
  ids[2] = wm_object_get_id (WM_OBJECT (cy));
  ids[3] = NULL;
  wm_journey_map_set_persona_ids (map, ids);
  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (look));
  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (buy));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (emotions));
  step[0] = wm_object_get_id (WM_OBJECT (look));
  step[1] = wm_object_get_id (WM_OBJECT (buy));

  /* Only Ben looks; at the till Cy is happy (stored first), Ana and Ben are not. */
  wm_journey_edit_set_score (history, emotions, step[0], ids[1], 1);
  wm_journey_edit_set_score (history, emotions, step[1], ids[2], 2);
  wm_journey_edit_set_score (history, emotions, step[1], ids[0], -1);
  wm_journey_edit_set_score (history, emotions, step[1], ids[1], -1);

  text = wm_mermaid_write (document, map, NULL);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "      Look: 4: Ben\n"
                                  "      Buy: 2: Ben, Ana\n"
                                  "      Buy: 5: Cy\n"));

  bytes = g_bytes_new (text, strlen (text));
  back = wm_mermaid_import (document, bytes, &problems, &error);
  g_assert_no_error (error);
  ids[0] = wm_object_get_id (WM_OBJECT (ben));
  ids[1] = wm_object_get_id (WM_OBJECT (ana));
  g_assert_cmpstrv (wm_journey_map_get_persona_ids (back), ids);
  again = wm_mermaid_write (document, back, NULL);
  g_assert_cmpstr (again, ==, text);
  g_object_unref (history);
}

/* Two steps of one name in a row stay two steps: the writer puts a comment line between
 * them, which the reader takes as the start of a new step (found by fuzzing). */
static void
test_write_same_name_steps (void)
{
  const char *text =
    "journey\n"
    "title Queue\n"
    "section Visit\n"
    "Wait: 2: Ana\n"
    "%% next step\n"
    "Wait: 4: Ben\n"
    "Wait: 1: Cy\n";
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) written_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *described = NULL;
  g_autofree char *again = NULL;
  WmJourneyMap *map = wm_mermaid_import (document, bytes, NULL, &error);
  WmJourneyMap *back;

  g_assert_no_error (error);
  described = describe (document, NULL, map);
  g_assert_cmpstr (described, ==, "Queue [Ana,Ben,Cy] | Visit: Wait{Ana=-1}, Wait{Ben=1,Cy=-2}");

  written = wm_mermaid_write (document, map, NULL);
  g_assert_cmpstr (written, ==,
                   "journey\n"
                   "    title Queue\n"
                   "    section Visit\n"
                   "      Wait: 2: Ana\n"
                   "      %% next step\n"
                   "      Wait: 4: Ben\n"
                   "      Wait: 1: Cy\n");

  written_bytes = g_bytes_new (written, strlen (written));
  back = wm_mermaid_import (document, written_bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_journey_map_get_n_steps (back), ==, 2);
  again = wm_mermaid_write (document, back, NULL);
  g_assert_cmpstr (again, ==, written);
}

static void
test_write_left_out (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new_starter ("Plain");
  g_autoptr(WmPersona) persona = wm_persona_new ("Unlinked");
  g_autoptr(GPtrArray) left_out = NULL;
  g_autofree char *text = NULL;
  WmLane *thoughts = lane_of_kind (map, WM_LANE_KIND_THOUGHTS);
  WmLane *actions = lane_of_kind (map, WM_LANE_KIND_ACTIONS);
  WmLane *emotions = lane_of_kind (map, WM_LANE_KIND_EMOTION);
  const char *step_id = wm_object_get_id (WM_OBJECT (wm_journey_map_get_step (map, 0)));
  g_autoptr(WmCard) thought = wm_card_new (step_id, "Hmm");
  g_autoptr(WmCard) action1 = wm_card_new (step_id, "Other text");
  g_autoptr(WmCard) action2 = wm_card_new (step_id, "More");
  g_autoptr(WmEmotionPoint) point = wm_emotion_point_new (step_id, "x", 2);

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  wm_journey_map_set_scenario (map, "Buying a car");
  wm_object_list_append (wm_lane_get_cards (thoughts), WM_OBJECT (thought));
  wm_object_list_append (wm_lane_get_cards (actions), WM_OBJECT (action1));
  wm_object_list_append (wm_lane_get_cards (actions), WM_OBJECT (action2));
  wm_emotion_point_set_persona_id (point, wm_object_get_id (WM_OBJECT (persona)));
  wm_object_list_append (wm_lane_get_points (emotions), WM_OBJECT (point));

  text = wm_mermaid_write (document, map, &left_out);
  /* Five stages of one "New step" each, no scores. */
  g_assert_nonnull (strstr (text, "    section Awareness\n      New step: 3\n"));
  g_assert_true (notes_contain (left_out, "the scenario"));
  g_assert_true (notes_contain (left_out, "1 card in “Thoughts”"));
  g_assert_true (notes_contain (left_out, "2 action cards (tasks are named after their steps)"));
  g_assert_true (notes_contain (left_out, "5 steps without a score"));
  g_assert_true (notes_contain (left_out, "1 score in “Emotions”"));
}

/* waymark-cli convert */

static char *
tmp_path (const char *name)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      dir = g_dir_make_tmp ("waymark-mermaid-XXXXXX", &error);
      g_assert_no_error (error);
    }

  return g_build_filename (dir, name, NULL);
}

static void
test_cli_mermaid_to_journey (void)
{
  g_autofree char *in = tmp_path ("day.mmd");
  g_autofree char *out_path = tmp_path ("day.journey");
  const char *args[] = { "convert", in, out_path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *described = NULL;
  g_autofree char *messages = NULL;

  g_file_set_contents (in, "journey\ntitle Day\nsection Work\n  Tea: 6: Me\n  Work: 1: Me, Cat\n",
                       -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s:4:8: warning: the score 6 is outside 1–5; using 5\n", in);
  g_assert_cmpstr (err, ==, expected);

  document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_document_get_title (document), ==, "Day");
  described = describe (document, NULL, wm_object_list_get (wm_document_get_maps (document), 0));
  g_assert_cmpstr (described, ==, "Day [Me,Cat] | Work: Tea{Me=2}, Work{Me=-2,Cat=-2}");
  saved = wm_test_load_bytes (out_path);
  g_assert_true (wm_test_schema_accepts (saved, &messages));
}

static void
test_cli_journey_to_mermaid (void)
{
  g_autofree char *in = wm_test_template_path ("hotel-stay.journey");
  g_autofree char *out_path = tmp_path ("hotel.txt");
  const char *args[] = { "convert", "--to", "MERMAID", "--map", "City stay — booking to checkout",
                         in, out_path, NULL };
  const char *missing[] = { "convert", "--map", "Nope", in, out_path, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 0);
  g_file_get_contents (out_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents,
                                   "journey\n    title City stay — booking to checkout\n"));
  g_assert_nonnull (strstr (contents, ": Sofia Marchetti"));
  /* What was left out is said, one note a line. */
  g_assert_nonnull (strstr (err, "hotel.txt: note: left out: 11 cards in “Thoughts”\n"));

  /* An output name that says no format needs --to. */
  g_assert_cmpint (wm_test_run_cli (missing, &out2, &err2), ==, 2);
  g_assert_nonnull (strstr (err2, "cannot tell the format"));
}

static void
test_cli_errors (void)
{
  g_autofree char *in = tmp_path ("bad.mermaid");
  g_autofree char *out_path = tmp_path ("bad.journey");
  g_autofree char *template = wm_test_template_path ("online-shop.journey");
  g_autofree char *mmd_out = tmp_path ("shop.mmd");
  const char *bad[] = { "convert", in, out_path, NULL };
  const char *no_map[] = { "convert", "--map", "Nope", template, mmd_out, NULL };
  const char *usage[][6] = {
    { "convert", NULL },
    { "convert", in, NULL },
    { "convert", in, "out.xyz", NULL },
    { "convert", "--from", "docx", in, out_path, NULL },
    { "convert", "--map", "x", in, out_path, NULL },
  };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (in, "journey\n  section A\n  Make tea 5 Me\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (out_path, "keep me", -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (wm_test_run_cli (bad, &out, &err), ==, 1);
  expected = g_strdup_printf ("%s:3:3: error: unknown statement “Make tea 5 Me”: expected a task "
                              "such as “Make tea: 5: Me”, a “section” or a “title”\n", in);
  g_assert_cmpstr (err, ==, expected);
  {
    g_autofree char *kept = NULL;

    g_file_get_contents (out_path, &kept, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (kept, ==, "keep me");
  }

  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wm_test_run_cli (no_map, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no journey map with the id or name “Nope”"));
  g_assert_false (g_file_test (mmd_out, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_autofree char *o = NULL, *e = NULL;

      g_assert_cmpint (wm_test_run_cli (usage[i], &o, &e), ==, 2);
      g_assert_cmpstr (e, !=, "");
    }
}

static void
test_cli_help (void)
{
  const char *help[] = { "--help", NULL };
  const char *convert_help[] = { "convert", "--help", NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (wm_test_run_cli (help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "convert"));
  g_assert_cmpint (wm_test_run_cli (convert_help, &out2, &err2), ==, 0);
  g_assert_nonnull (strstr (out2, "--from"));
  g_assert_nonnull (strstr (out2, "mermaid (.mmd .mermaid)"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mermaid/read/working-day", test_working_day);
  g_test_add_func ("/mermaid/read/e-commerce", test_e_commerce);
  g_test_add_func ("/mermaid/read/onboarding", test_onboarding);
  g_test_add_func ("/mermaid/read/acc-block-then-title", test_acc_block_then_title);
  g_test_add_func ("/mermaid/read/tasks-before-sections", test_tasks_before_sections);
  g_test_add_func ("/mermaid/read/scores-clamped", test_scores_clamped);
  g_test_add_func ("/mermaid/read/crlf-bom-unicode", test_crlf_bom_unicode);
  g_test_add_func ("/mermaid/read/entities-and-breaks", test_entities_and_breaks);
  g_test_add_func ("/mermaid/read/merge-same-task", test_merge_same_task);
  g_test_add_func ("/mermaid/read/errors", test_errors);
  g_test_add_func ("/mermaid/read/too-many-tasks", test_too_many_tasks);
  g_test_add_func ("/mermaid/import/matches-personas", test_import_matches_personas);
  g_test_add_func ("/mermaid/import/error-changes-nothing", test_import_error_changes_nothing);
  g_test_add_func ("/mermaid/write/actor-order", test_write_actor_order);
  g_test_add_func ("/mermaid/write/exact", test_write_exact);
  g_test_add_func ("/mermaid/write/same-name-steps", test_write_same_name_steps);
  g_test_add_func ("/mermaid/write/round-trip-templates", test_round_trip_templates);
  g_test_add_func ("/mermaid/write/round-trip-awkward", test_round_trip_awkward);
  g_test_add_func ("/mermaid/write/left-out", test_write_left_out);
  g_test_add_func ("/mermaid/cli/mermaid-to-journey", test_cli_mermaid_to_journey);
  g_test_add_func ("/mermaid/cli/journey-to-mermaid", test_cli_journey_to_mermaid);
  g_test_add_func ("/mermaid/cli/errors", test_cli_errors);
  g_test_add_func ("/mermaid/cli/help", test_cli_help);

  return g_test_run ();
}
