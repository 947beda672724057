/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wm-journey-format.h"
#include "wm-json-parser.h"
#include "wm-model.h"
#include "wm-test-util.h"

static WmDocument *
read_ok (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  WmDocument *document = wm_journey_format_read (bytes, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (problems->len, ==, 0);

  return document;
}

static WmDocument *
read_text_ok (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return read_ok (bytes);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));
      g_assert_cmpstr (sa, ==, sb);
    }
}

/* Loading and saving a file Waymark wrote gives the same bytes: no churn in git. */
static void
test_templates_round_trip (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GBytes) original = wm_test_load_bytes (paths[i]);
      g_autoptr(WmDocument) document = NULL;
      g_autoptr(GBytes) written = NULL;

      g_test_message ("%s", paths[i]);
      document = read_ok (original);
      g_assert_cmpuint (wm_object_list_get_length (wm_document_get_personas (document)), >=, 1);
      g_assert_cmpuint (wm_object_list_get_length (wm_document_get_maps (document)), >=, 1);
      g_assert_cmpuint (wm_object_list_get_length (wm_document_get_empathy_maps (document)), >=, 1);
      g_assert_cmpuint (wm_object_list_get_length (wm_document_get_blueprints (document)), >=, 1);
      written = wm_journey_format_write (document);
      assert_bytes_equal (written, original);
    }
}

/* Every sample uses every lane kind, so that the templates double as complete fixtures. */
static void
test_templates_have_every_lane_kind (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();
  g_autoptr(GEnumClass) kinds = g_type_class_ref (WM_TYPE_LANE_KIND);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = wm_test_load_bytes (paths[i]);
      g_autoptr(WmDocument) document = read_ok (bytes);
      WmJourneyMap *map = wm_object_list_get (wm_document_get_maps (document), 0);
      WmObjectList *lanes = wm_journey_map_get_lanes (map);
      guint seen = 0;

      for (guint j = 0; j < wm_object_list_get_length (lanes); j++)
        seen |= 1u << wm_lane_get_kind (wm_object_list_get (lanes, j));
      g_assert_cmpuint (seen, ==, (1u << kinds->n_values) - 1);
    }
}

static WmDocument *
build_full_document (void)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmPersona) persona = wm_persona_new ("Zoë “Z” Ng");
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Map\twith\ttabs");
  g_autoptr(WmStage) stage = wm_stage_new ("Discover");
  g_autoptr(WmStep) step = wm_step_new ("Sees an ad");
  g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_PAIN_POINTS, "Pains");
  g_autoptr(WmLane) emotion = wm_lane_new (WM_LANE_KIND_EMOTION, "Feeling");
  g_autoptr(WmLane) metrics = wm_lane_new (WM_LANE_KIND_METRICS, "Conversion");
  g_autoptr(WmCard) card = NULL;
  g_autoptr(WmEmotionPoint) point = NULL;
  g_autoptr(WmMetricValue) value = NULL;
  g_autoptr(WmEmpathyMap) empathy = wm_empathy_map_new ("Empathy");
  g_autoptr(WmNote) note = wm_note_new ("“I just want it to work”");
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new_with_standard_lanes ("Blueprint");
  g_autoptr(WmBlueprintStep) bstep = wm_blueprint_step_new ("Order", 5);
  g_autoptr(WmBlueprintItem) item1 = NULL;
  g_autoptr(WmBlueprintItem) item2 = NULL;
  g_autoptr(WmArrow) arrow = NULL;
  g_autoptr(WmImage) image = NULL;
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png);
  const char *goals[] = { "Save time", "Ünïcödé ✓", NULL };
  const char *persona_ids[] = { wm_object_get_id (WM_OBJECT (persona)), NULL };

  wm_document_set_title (document, "Everything");
  image = wm_image_new ("image/png", png_bytes);
  wm_persona_set_photo (persona, image);
  wm_persona_set_goals (persona, goals);
  wm_persona_set_colour (persona, "#c01c28");
  wm_persona_set_tech_proficiency (persona, 80);
  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));

  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  card = wm_card_new (wm_object_get_id (WM_OBJECT (step)), "Line one\nline \"two\" \\ three");
  wm_card_set_evidence (card, WM_EVIDENCE_OBSERVED);
  wm_card_set_link (card, wm_object_get_id (WM_OBJECT (persona)));
  wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (card));
  point = wm_emotion_point_new (wm_object_get_id (WM_OBJECT (step)),
                                wm_object_get_id (WM_OBJECT (persona)), -2);
  wm_object_list_append (wm_lane_get_points (emotion), WM_OBJECT (point));
  value = wm_metric_value_new (wm_object_get_id (WM_OBJECT (step)), 12.75);
  wm_object_list_append (wm_lane_get_values (metrics), WM_OBJECT (value));
  wm_lane_set_unit (metrics, "%");
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (emotion));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (metrics));
  wm_journey_map_set_persona_ids (map, persona_ids);
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

  wm_object_list_append (wm_empathy_map_get_area (empathy, WM_EMPATHY_AREA_FEELS), WM_OBJECT (note));
  wm_empathy_map_set_persona_id (empathy, wm_object_get_id (WM_OBJECT (persona)));
  wm_object_list_append (wm_document_get_empathy_maps (document), WM_OBJECT (empathy));

  wm_object_list_append (wm_service_blueprint_get_steps (blueprint), WM_OBJECT (bstep));
  item1 = wm_blueprint_item_new (wm_object_get_id (WM_OBJECT (bstep)), "Places order");
  item2 = wm_blueprint_item_new (wm_object_get_id (WM_OBJECT (bstep)), "Checks stock");
  wm_blueprint_item_set_kind (item2, WM_ITEM_KIND_WAIT);
  wm_blueprint_item_set_duration (item2, 2.5);
  wm_object_list_append (wm_blueprint_lane_get_items (
                           wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), 1)),
                         WM_OBJECT (item1));
  wm_object_list_append (wm_blueprint_lane_get_items (
                           wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), 3)),
                         WM_OBJECT (item2));
  arrow = wm_arrow_new (wm_object_get_id (WM_OBJECT (item1)), wm_object_get_id (WM_OBJECT (item2)));
  wm_arrow_set_label (arrow, "triggers");
  wm_object_list_append (wm_service_blueprint_get_arrows (blueprint), WM_OBJECT (arrow));
  wm_service_blueprint_set_map_id (blueprint, wm_object_get_id (WM_OBJECT (map)));
  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (blueprint));

  return document;
}

static void
test_round_trip_built (void)
{
  g_autoptr(WmDocument) document = build_full_document ();
  g_autoptr(GBytes) first = wm_journey_format_write (document);
  g_autoptr(WmDocument) again = read_ok (first);
  g_autoptr(GBytes) second = wm_journey_format_write (again);
  g_autofree char *messages = NULL;
  WmPersona *persona;

  assert_bytes_equal (first, second);

  persona = wm_object_list_get (wm_document_get_personas (again), 0);
  g_assert_cmpstr (wm_persona_get_name (persona), ==, "Zoë “Z” Ng");
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 80);
  g_assert_true (wm_image_equal (wm_persona_get_photo (persona),
                                 wm_persona_get_photo (wm_object_list_get (wm_document_get_personas (document), 0))));

  if (!wm_test_schema_accepts (first, &messages))
    g_error ("schema rejects a written file: %s", messages);
}

static void
test_templates_match_schema_after_write (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = wm_test_load_bytes (paths[i]);
      g_autoptr(WmDocument) document = read_ok (bytes);
      g_autoptr(GBytes) written = wm_journey_format_write (document);
      g_autofree char *messages = NULL;

      if (!wm_test_schema_accepts (written, &messages))
        g_error ("schema rejects %s after writing: %s", paths[i], messages);
    }
}

static const char minimal_head[] =
  "{\n"
  "  \"format\": \"waymark\",\n"
  "  \"version\": 1,\n"
  "  \"id\": \"doc\",\n";

static void
test_unknown_members_kept (void)
{
  const char *text =
    "{\n"
    "  \"format\": \"waymark\",\n"
    "  \"version\": 1,\n"
    "  \"id\": \"doc\",\n"
    "  \"title\": \"T\",\n"
    "  \"maps\": [\n"
    "    {\n"
    "      \"id\": \"m\",\n"
    "      \"name\": \"Map\",\n"
    "      \"x-review\": {\n"
    "        \"by\": \"Ana\",\n"
    "        \"scores\": [\n"
    "          1,\n"
    "          2.5,\n"
    "          null,\n"
    "          true\n"
    "        ]\n"
    "      }\n"
    "    }\n"
    "  ],\n"
    "  \"x-plugin\": \"kept\"\n"
    "}\n";
  g_autoptr(WmDocument) document = read_text_ok (text);
  g_autoptr(GBytes) written = wm_journey_format_write (document);
  g_autoptr(GBytes) expected = g_bytes_new_static (text, strlen (text));

  assert_bytes_equal (written, expected);
}

typedef struct
{
  const char *name;
  const char *body;      /* appended to minimal_head */
  guint       line;
  guint       column;
  const char *path;
  const char *message;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "wrong-type-title", "  \"title\": 5\n}", 5, 12, "title", "expected text but found a number" },
  { "wrong-type-maps", "  \"maps\": {}\n}", 5, 11, "maps", "expected a list" },
  { "map-not-object", "  \"maps\": [3]\n}", 5, 12, "maps[0]", "expected an object" },
  { "missing-name", "  \"maps\": [{\"id\": \"m\"}]\n}", 5, 12, "maps[0]", "missing member “name”" },
  { "missing-id", "  \"personas\": [{\"name\": \"A\"}]\n}", 5, 16, "personas[0]", "missing member “id”" },
  { "bad-id", "  \"personas\": [{\"id\": \"a b\", \"name\": \"A\"}]\n}", 5, 23, "personas[0].id",
    "not a valid id" },
  { "duplicate-id", "  \"personas\": [{\"id\": \"p\", \"name\": \"A\"},\n"
                    "                {\"id\": \"p\", \"name\": \"B\"}]\n}", 6, 24, "personas[1].id",
    "used twice (first on line 5)" },
  { "bad-colour", "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"colour\": \"red\"}]\n}", 5, 51,
    "personas[0].colour", "not a colour" },
  { "proficiency-range", "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"tech_proficiency\": 101}]\n}",
    5, 61, "personas[0].tech_proficiency", "101 is out of range (0 to 100)" },
  { "proficiency-not-integer", "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"tech_proficiency\": 5.5}]\n}",
    5, 61, "personas[0].tech_proficiency", "expected a whole number" },
  { "goals-not-strings", "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"goals\": [\"x\", 2]}]\n}",
    5, 56, "personas[0].goals[1]", "expected text" },
  { "bad-enum", "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"lanes\": [{\"id\": \"l\", \"kind\": \"feelings\"}]}]\n}",
    5, 67, "maps[0].lanes[0].kind", "unknown value “feelings” (expected one of: actions, thoughts" },
  { "missing-kind", "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"lanes\": [{\"id\": \"l\"}]}]\n}",
    5, 47, "maps[0].lanes[0]", "missing member “kind”" },
  { "bad-timestamp", "  \"created\": \"yesterday\"\n}", 5, 14, "created", "not a date and time" },
  { "dangling-step",
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\",\n"
    "    \"lanes\": [{\"id\": \"l\", \"kind\": \"actions\", \"cards\": [{\"id\": \"c\", \"step\": \"nope\"}]}]}]\n}",
    6, 76, "maps[0].lanes[0].cards[0].step", "no step has the id “nope”" },
  { "step-of-other-map",
    "  \"maps\": [{\"id\": \"m1\", \"name\": \"A\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"id\": \"st\"}]}]},\n"
    "    {\"id\": \"m2\", \"name\": \"B\",\n"
    "     \"lanes\": [{\"id\": \"l\", \"kind\": \"actions\", \"cards\": [{\"id\": \"c\", \"step\": \"st\"}]}]}]\n}",
    7, 77, "maps[1].lanes[0].cards[0].step", "belongs to another journey map" },
  { "reference-wrong-type",
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"personas\": [\"m\"]}]\n}", 5, 50,
    "maps[0].personas[0]", "“m” is a journey map, not a persona" },
  { "dangling-persona",
    "  \"empathy_maps\": [{\"id\": \"e\", \"name\": \"E\", \"persona\": \"ghost\"}]\n}", 5, 56,
    "empathy_maps[0].persona", "no persona has the id “ghost”" },
  { "score-range",
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"id\": \"st\"}]}],\n"
    "    \"lanes\": [{\"id\": \"l\", \"kind\": \"emotion\", \"points\": [{\"id\": \"p\", \"step\": \"st\", \"score\": 3}]}]}]\n}",
    6, 92, "maps[0].lanes[0].points[0].score", "3 is out of range (-2 to 2)" },
  { "cards-in-emotion-lane",
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"id\": \"st\"}]}],\n"
    "    \"lanes\": [{\"id\": \"l\", \"kind\": \"emotion\", \"cards\": [{\"id\": \"c\", \"step\": \"st\"}]}]}]\n}",
    6, 55, "maps[0].lanes[0].cards", "a lane of kind “emotion” cannot hold cards" },
  { "two-scores",
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"id\": \"st\"}]}],\n"
    "    \"lanes\": [{\"id\": \"l\", \"kind\": \"emotion\", \"points\": [{\"id\": \"p1\", \"step\": \"st\"},\n"
    "      {\"id\": \"p2\", \"step\": \"st\", \"score\": 1}]}]}]\n}",
    7, 7, "maps[0].lanes[0].points[1]", "a second score for the same step and persona" },
  { "negative-duration",
    "  \"blueprints\": [{\"id\": \"b\", \"name\": \"B\", \"steps\": [{\"id\": \"s\", \"duration\": -1}]}]\n}",
    5, 77, "blueprints[0].steps[0].duration", "-1 is out of range" },
  { "bad-image-mime",
    "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"photo\": {\"mime\": \"image/gif\", \"data\": \"R0lG\"}}]\n}",
    5, 59, "personas[0].photo", "unsupported picture type “image/gif”" },
  { "bad-base64",
    "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"photo\": {\"mime\": \"image/png\", \"data\": \"@@@@\"}}]\n}",
    5, 80, "personas[0].photo", "not valid base64" },
  { "image-not-png",
    "  \"personas\": [{\"id\": \"p\", \"name\": \"A\", \"photo\": {\"mime\": \"image/png\", \"data\": \"aGVsbG8=\"}}]\n}",
    5, 80, "personas[0].photo", "not of type image/png" },
  { "arrow-to-nowhere",
    "  \"blueprints\": [{\"id\": \"b\", \"name\": \"B\", \"arrows\": [{\"id\": \"a\", \"from\": \"x\", \"to\": \"y\"}]}]\n}",
    5, 74, "blueprints[0].arrows[0].from", "no blueprint item has the id “x”" },
};

static void
test_broken_files (void)
{
  guint mismatches = 0;

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      const BrokenCase *c = &broken_cases[i];
      g_autofree char *text = g_strconcat (minimal_head, c->body, NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(WmDocument) document = NULL;
      WmProblem *problem = NULL;

      g_test_message ("case %s", c->name);
      document = wm_journey_format_read (bytes, &problems, &error);
      g_assert_null (document);
      g_assert_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_INVALID);
      g_assert_cmpuint (problems->len, >=, 1);

      for (guint j = 0; j < problems->len && problem == NULL; j++)
        if (((WmProblem *) g_ptr_array_index (problems, j))->severity == WM_PROBLEM_ERROR)
          problem = g_ptr_array_index (problems, j);
      g_assert_nonnull (problem);

      if (strstr (problem->message, c->message) == NULL)
        g_error ("%s: “%s” does not say “%s”", c->name, problem->message, c->message);
      if (g_strcmp0 (problem->path, c->path) != 0 || problem->line != c->line
          || problem->column != c->column)
        {
          g_printerr ("%s: reported at %u:%u %s, expected %u:%u %s\n", c->name, problem->line,
                      problem->column, problem->path, c->line, c->column, c->path);
          mismatches++;
        }
      /* The error shown in a dialog names the place too. */
      g_assert_nonnull (strstr (error->message, c->path));
    }

  g_assert_cmpuint (mismatches, ==, 0);
}

static void
test_dangling_link_repaired (void)
{
  const char *text =
    "{\n  \"format\": \"waymark\",\n  \"version\": 1,\n  \"id\": \"doc\",\n"
    "  \"maps\": [{\"id\": \"m\", \"name\": \"M\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"id\": \"st\"}]}],\n"
    "    \"lanes\": [{\"id\": \"l\", \"kind\": \"ideas\", \"cards\": [{\"id\": \"c\", \"step\": \"st\", \"link\": \"gone\"}]}]}]\n}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_read (bytes, &problems, &error);
  WmProblem *problem;
  WmCard *card;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->severity, ==, WM_PROBLEM_WARNING);
  g_assert_cmpstr (problem->path, ==, "maps[0].lanes[0].cards[0].link");
  card = WM_CARD (wm_document_lookup (document, "c"));
  g_assert_cmpstr (wm_card_get_link (card), ==, "");
}

static void
assert_read_fails (GBytes     *bytes,
                   int         code,
                   const char *message)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_read (bytes, &problems, &error);

  g_assert_null (document);
  g_assert_error (error, WM_FORMAT_ERROR, code);
  g_assert_cmpuint (problems->len, >=, 1);
  if (message != NULL && strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
}

static void
test_newer_version (void)
{
  const char *text = "{\"format\": \"waymark\", \"version\": 7, \"id\": \"d\", \"future\": {}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  assert_read_fails (bytes, WM_FORMAT_ERROR_NEWER_VERSION, "newer version of Waymark");
}

static void
test_not_waymark (void)
{
  const char *texts[] = { "{\"format\": \"other\"}", "[1, 2]", "{}", "\"waymark\"" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      assert_read_fails (bytes, WM_FORMAT_ERROR_NOT_WAYMARK, "not a Waymark workspace");
    }
}

static void
test_syntax_errors (void)
{
  const char *texts[] = {
    "{\"format\": \"waymark\", 'version': 1}",
    "{\"format\": \"waymark\", \"version\": 1, \"id\": \"d\", \"title\": \"\xc3\x28\"}",
    "{\"format\": \"waymark\", \"version\": 1, \"id\": \"d\", \"title\": \"a\x01\"}",
    "",
    "\x89PNG\r\n\x1a\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      assert_read_fails (bytes, WM_FORMAT_ERROR_SYNTAX, "line 1");
    }
}

/* Every prefix of a real file is refused cleanly: no crash, no partial document. */
static void
test_truncated (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  gsize size = g_bytes_get_size (bytes);
  gsize step = MAX (1, size / 97);

  for (gsize len = 0; len < size - 2; len += step)
    {
      g_autoptr(GBytes) prefix = g_bytes_new_from_bytes (bytes, 0, len);
      g_autoptr(GError) error = NULL;
      g_autoptr(WmDocument) document = wm_journey_format_read (prefix, NULL, &error);

      g_assert_null (document);
      g_assert_nonnull (error);
    }
}

static void
test_limits (void)
{
  g_autoptr(GBytes) huge_file = NULL;
  gsize huge_size = WM_JOURNEY_MAX_FILE_SIZE + 1;
  char *huge = g_malloc (huge_size);
  GString *s;
  g_autoptr(GBytes) long_text = NULL;
  g_autoptr(GBytes) deep = NULL;

  memset (huge, ' ', huge_size);
  huge_file = g_bytes_new_take (huge, huge_size);
  assert_read_fails (huge_file, WM_FORMAT_ERROR_TOO_LARGE, "too large");

  s = g_string_new ("{\"format\": \"waymark\", \"version\": 1, \"id\": \"d\", \"title\": \"");
  for (guint i = 0; i < WM_JOURNEY_MAX_TEXT / 8 + 1; i++)
    g_string_append (s, "abcdefgh");
  g_string_append (s, "\"}");
  long_text = g_string_free_to_bytes (s);
  assert_read_fails (long_text, WM_FORMAT_ERROR_INVALID, "text longer than");

  s = g_string_new ("{\"format\": \"waymark\", \"version\": 1, \"id\": \"d\", \"x\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  deep = g_string_free_to_bytes (s);
  assert_read_fails (deep, WM_FORMAT_ERROR_SYNTAX, "nested deeper");
}

static void
test_save_atomic_and_etag (void)
{
  g_autoptr(WmDocument) document = build_full_document ();
  g_autofree char *dir = g_dir_make_tmp ("waymark-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "no", "such", "dir.journey", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *loaded_etag = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(WmDocument) loaded = NULL;
  g_autoptr(GBytes) written = wm_journey_format_write (document);

  g_assert_true (wm_journey_format_save (document, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  loaded = wm_journey_format_load (file, NULL, NULL, &loaded_etag, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (etag, ==, loaded_etag);

  /* Someone else changes the file: saving with the old etag refuses and leaves it alone. */
  g_usleep (G_USEC_PER_SEC / 50);
  g_file_set_contents (path, "someone else's", -1, &error);
  g_assert_no_error (error);
  g_assert_false (wm_journey_format_save (document, file, etag, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "someone else's");

  g_assert_false (wm_journey_format_save (document, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/templates/round-trip", test_templates_round_trip);
  g_test_add_func ("/format/templates/every-lane-kind", test_templates_have_every_lane_kind);
  g_test_add_func ("/format/templates/schema-after-write", test_templates_match_schema_after_write);
  g_test_add_func ("/format/round-trip/built", test_round_trip_built);
  g_test_add_func ("/format/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/format/broken", test_broken_files);
  g_test_add_func ("/format/dangling-link-repaired", test_dangling_link_repaired);
  g_test_add_func ("/format/newer-version", test_newer_version);
  g_test_add_func ("/format/not-waymark", test_not_waymark);
  g_test_add_func ("/format/syntax-errors", test_syntax_errors);
  g_test_add_func ("/format/truncated", test_truncated);
  g_test_add_func ("/format/limits", test_limits);
  g_test_add_func ("/format/save-atomic-and-etag", test_save_atomic_and_etag);

  return g_test_run ();
}
