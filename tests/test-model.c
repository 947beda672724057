/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <libglib-testing/signal-logger.h>

#include "wm-model.h"

#define REF_LOCAL (WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL)

/* What README.md says each class holds, in file order. */
typedef struct
{
  const char    *key;
  const char    *property;
  WmFieldFlags   flags;
  GType        (*type) (void);
} ExpectedField;

static const ExpectedField step_fields[] = {
  { "name", "name", WM_FIELD_NONE, NULL },
  { "description", "description", WM_FIELD_NONE, NULL },
};

static const ExpectedField stage_fields[] = {
  { "name", "name", WM_FIELD_NONE, NULL },
  { "description", "description", WM_FIELD_NONE, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
  { "steps", "steps", WM_FIELD_NONE, wm_step_get_type },
};

static const ExpectedField lane_fields[] = {
  { "title", "title", WM_FIELD_NONE, NULL },
  { "kind", "kind", WM_FIELD_REQUIRED, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
  { "unit", "unit", WM_FIELD_NONE, NULL },
  { "cards", "cards", WM_FIELD_NONE, wm_card_get_type },
  { "points", "points", WM_FIELD_NONE, wm_emotion_point_get_type },
  { "values", "values", WM_FIELD_NONE, wm_metric_value_get_type },
};

static const ExpectedField emotion_point_fields[] = {
  { "step", "step-id", REF_LOCAL, wm_step_get_type },
  { "persona", "persona-id", WM_FIELD_REFERENCE, wm_persona_get_type },
  { "score", "score", WM_FIELD_NONE, NULL },
};

static const ExpectedField metric_value_fields[] = {
  { "step", "step-id", REF_LOCAL, wm_step_get_type },
  { "value", "value", WM_FIELD_NONE, NULL },
};

static const ExpectedField journey_map_fields[] = {
  { "name", "name", WM_FIELD_REQUIRED, NULL },
  { "description", "description", WM_FIELD_NONE, NULL },
  { "scenario", "scenario", WM_FIELD_NONE, NULL },
  { "personas", "persona-ids", WM_FIELD_REFERENCE, wm_persona_get_type },
  { "stages", "stages", WM_FIELD_NONE, wm_stage_get_type },
  { "lanes", "lanes", WM_FIELD_NONE, wm_lane_get_type },
};

static const ExpectedField persona_fields[] = {
  { "name", "name", WM_FIELD_REQUIRED, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
  { "photo", "photo", WM_FIELD_NONE, NULL },
  { "role", "role", WM_FIELD_NONE, NULL },
  { "age", "age", WM_FIELD_NONE, NULL },
  { "location", "location", WM_FIELD_NONE, NULL },
  { "segment", "segment", WM_FIELD_NONE, NULL },
  { "quote", "quote", WM_FIELD_NONE, NULL },
  { "bio", "bio", WM_FIELD_NONE, NULL },
  { "goals", "goals", WM_FIELD_NONE, NULL },
  { "needs", "needs", WM_FIELD_NONE, NULL },
  { "frustrations", "frustrations", WM_FIELD_NONE, NULL },
  { "behaviours", "behaviours", WM_FIELD_NONE, NULL },
  { "motivations", "motivations", WM_FIELD_NONE, NULL },
  { "channels", "channels", WM_FIELD_NONE, NULL },
  { "tech_proficiency", "tech-proficiency", WM_FIELD_NONE, NULL },
  { "tags", "tags", WM_FIELD_NONE, NULL },
};

static const ExpectedField note_fields[] = {
  { "text", "text", WM_FIELD_NONE, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
};

static const ExpectedField empathy_map_fields[] = {
  { "name", "name", WM_FIELD_REQUIRED, NULL },
  { "persona", "persona-id", WM_FIELD_REFERENCE, wm_persona_get_type },
  { "goal", "goal", WM_FIELD_NONE, NULL },
  { "says", "says", WM_FIELD_NONE, wm_note_get_type },
  { "thinks", "thinks", WM_FIELD_NONE, wm_note_get_type },
  { "does", "does", WM_FIELD_NONE, wm_note_get_type },
  { "feels", "feels", WM_FIELD_NONE, wm_note_get_type },
  { "pains", "pains", WM_FIELD_NONE, wm_note_get_type },
  { "gains", "gains", WM_FIELD_NONE, wm_note_get_type },
};

static const ExpectedField blueprint_step_fields[] = {
  { "name", "name", WM_FIELD_NONE, NULL },
  { "duration", "duration", WM_FIELD_NONE, NULL },
};

static const ExpectedField blueprint_item_fields[] = {
  { "step", "step-id", REF_LOCAL, wm_blueprint_step_get_type },
  { "text", "text", WM_FIELD_NONE, NULL },
  { "kind", "kind", WM_FIELD_NONE, NULL },
  { "duration", "duration", WM_FIELD_NONE, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
};

static const ExpectedField blueprint_lane_fields[] = {
  { "title", "title", WM_FIELD_NONE, NULL },
  { "kind", "kind", WM_FIELD_REQUIRED, NULL },
  { "colour", "colour", WM_FIELD_COLOUR, NULL },
  { "items", "items", WM_FIELD_NONE, wm_blueprint_item_get_type },
};

static const ExpectedField arrow_fields[] = {
  { "from", "from-id", REF_LOCAL, wm_blueprint_item_get_type },
  { "to", "to-id", REF_LOCAL, wm_blueprint_item_get_type },
  { "label", "label", WM_FIELD_NONE, NULL },
};

static const ExpectedField service_blueprint_fields[] = {
  { "name", "name", WM_FIELD_REQUIRED, NULL },
  { "persona", "persona-id", WM_FIELD_REFERENCE, wm_persona_get_type },
  { "map", "map-id", WM_FIELD_REFERENCE, wm_journey_map_get_type },
  { "steps", "steps", WM_FIELD_NONE, wm_blueprint_step_get_type },
  { "lanes", "lanes", WM_FIELD_NONE, wm_blueprint_lane_get_type },
  { "arrows", "arrows", WM_FIELD_NONE, wm_arrow_get_type },
};

static const ExpectedField document_fields[] = {
  { "title", "title", WM_FIELD_NONE, NULL },
  { "description", "description", WM_FIELD_NONE, NULL },
  { "created", "created", WM_FIELD_TIMESTAMP, NULL },
  { "modified", "modified", WM_FIELD_TIMESTAMP, NULL },
  { "personas", "personas", WM_FIELD_NONE, wm_persona_get_type },
  { "maps", "maps", WM_FIELD_NONE, wm_journey_map_get_type },
  { "empathy_maps", "empathy-maps", WM_FIELD_NONE, wm_empathy_map_get_type },
  { "blueprints", "blueprints", WM_FIELD_NONE, wm_service_blueprint_get_type },
};

typedef struct
{
  GType              (*type) (void);
  const ExpectedField *fields;
  guint                n_fields;
} ExpectedClass;

#define CLASS(name) { wm_##name##_get_type, name##_fields, G_N_ELEMENTS (name##_fields) }

static const ExpectedClass classes[] = {
  CLASS (step),
  CLASS (stage),
  CLASS (lane),
  CLASS (emotion_point),
  CLASS (metric_value),
  CLASS (journey_map),
  CLASS (persona),
  CLASS (note),
  CLASS (empathy_map),
  CLASS (blueprint_step),
  CLASS (blueprint_item),
  CLASS (blueprint_lane),
  CLASS (arrow),
  CLASS (service_blueprint),
  CLASS (document),
};

/* A small workspace: a persona, and a map of two stages (two steps, one step) with a card
 * lane, an emotion lane and a metrics lane.
 */
static WmDocument *
make_document (void)
{
  WmDocument *document = wm_document_new ();
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Buying a bike");
  g_autoptr(WmStage) discover = wm_stage_new ("Discover");
  g_autoptr(WmStage) buy = wm_stage_new ("Buy");
  g_autoptr(WmStep) search = wm_step_new ("Search");
  g_autoptr(WmStep) compare = wm_step_new ("Compare");
  g_autoptr(WmStep) pay = wm_step_new ("Pay");
  g_autoptr(WmLane) actions = wm_lane_new (WM_LANE_KIND_ACTIONS, "Actions");
  g_autoptr(WmLane) emotion = wm_lane_new (WM_LANE_KIND_EMOTION, "Feelings");
  g_autoptr(WmLane) metrics = wm_lane_new (WM_LANE_KIND_METRICS, "Drop-off");
  g_autoptr(WmCard) card = NULL;
  g_autoptr(WmEmotionPoint) point = NULL;
  g_autoptr(WmMetricValue) value = NULL;
  const char *persona_ids[] = { wm_object_get_id (WM_OBJECT (persona)), NULL };

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));
  wm_journey_map_set_persona_ids (map, persona_ids);

  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (discover));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (buy));
  wm_object_list_append (wm_stage_get_steps (discover), WM_OBJECT (search));
  wm_object_list_append (wm_stage_get_steps (discover), WM_OBJECT (compare));
  wm_object_list_append (wm_stage_get_steps (buy), WM_OBJECT (pay));

  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (actions));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (emotion));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (metrics));

  card = wm_card_new (wm_object_get_id (WM_OBJECT (compare)), "Reads reviews");
  wm_object_list_append (wm_lane_get_cards (actions), WM_OBJECT (card));
  point = wm_emotion_point_new (wm_object_get_id (WM_OBJECT (search)),
                                wm_object_get_id (WM_OBJECT (persona)), 1);
  wm_object_list_append (wm_lane_get_points (emotion), WM_OBJECT (point));
  value = wm_metric_value_new (wm_object_get_id (WM_OBJECT (pay)), 12.5);
  wm_object_list_append (wm_lane_get_values (metrics), WM_OBJECT (value));

  return document;
}

static WmJourneyMap *
first_map (WmDocument *document)
{
  return wm_object_list_get (wm_document_get_maps (document), 0);
}

static WmLane *
lane_at (WmDocument *document,
         guint       position)
{
  return wm_object_list_get (wm_journey_map_get_lanes (first_map (document)), position);
}

static WmCard *
first_card (WmDocument *document)
{
  return wm_object_list_get (wm_lane_get_cards (lane_at (document, 0)), 0);
}

static void
test_fields (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      GType type = classes[c].type ();
      g_autoptr(GTypeClass) type_class = g_type_class_ref (type);
      WmObjectClass *klass = WM_OBJECT_CLASS (type_class);

      g_test_message ("%s", g_type_name (type));
      g_assert_true (G_TYPE_IS_FINAL (type));
      g_assert_cmpuint (wm_object_class_get_n_fields (klass), ==, classes[c].n_fields);

      for (guint i = 0; i < classes[c].n_fields; i++)
        {
          const ExpectedField *expected = &classes[c].fields[i];
          const WmField *field = wm_object_class_get_field (klass, i);

          g_assert_cmpstr (field->key, ==, expected->key);
          g_assert_cmpstr (field->pspec->name, ==, expected->property);
          g_assert_cmpint (field->flags, ==, expected->flags);
          g_assert_true (wm_object_class_find_field (klass, expected->key) == field);
          g_assert_true (g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                       expected->property) == field->pspec);
          if (expected->type != NULL)
            g_assert_cmpstr (g_type_name (field->type), ==, g_type_name (expected->type ()));

          if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
            {
              /* Children lists belong to the object: nobody replaces them. */
              g_assert_cmpint (field->pspec->flags & G_PARAM_WRITABLE, ==, 0);
            }
          else
            {
              g_assert_cmpint (field->pspec->flags & G_PARAM_READWRITE, ==, G_PARAM_READWRITE);
              g_assert_cmpint (field->pspec->flags & G_PARAM_EXPLICIT_NOTIFY, !=, 0);
            }
        }
    }
}

/* Every class can be made with g_object_new() (as the file reader does) and starts empty. */
static void
test_defaults (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      GType type = classes[c].type ();
      g_autoptr(WmObject) object = g_object_new (type, NULL);
      WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);

      g_test_message ("%s", g_type_name (type));
      g_assert_true (g_uuid_string_is_valid (wm_object_get_id (object)));
      g_assert_null (wm_object_get_parent (object));

      for (guint i = 0; i < wm_object_class_get_n_fields (klass); i++)
        {
          const WmField *field = wm_object_class_get_field (klass, i);
          g_auto(GValue) value = G_VALUE_INIT;
          g_auto(GValue) fallback = G_VALUE_INIT;

          g_value_init (&value, field->pspec->value_type);
          g_object_get_property (G_OBJECT (object), field->pspec->name, &value);

          if (field->pspec->value_type == G_TYPE_STRING)
            {
              g_assert_cmpstr (g_value_get_string (&value), ==, "");
            }
          else if (field->pspec->value_type == G_TYPE_STRV)
            {
              const char * const *strv = g_value_get_boxed (&value);

              g_assert_nonnull (strv);
              g_assert_null (strv[0]);
            }
          else if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
            {
              WmObjectList *list = g_value_get_object (&value);

              g_assert_true (WM_IS_OBJECT_LIST (list));
              g_assert_true (wm_object_list_get_owner (list) == object);
              g_assert_true (wm_object_list_get_item_type (list) == field->type);
              g_assert_cmpuint (wm_object_list_get_length (list), ==, 0);
              g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == field->type);
            }
          else
            {
              g_value_init (&fallback, field->pspec->value_type);
              g_param_value_set_default (field->pspec, &fallback);
              g_assert_cmpint (g_param_values_cmp (field->pspec, &value, &fallback), ==, 0);
            }
        }
    }
}

static void
test_constructors (void)
{
  g_autoptr(WmStep) step = wm_step_new ("Search");
  g_autoptr(WmStage) stage = wm_stage_new ("Discover");
  g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_EMOTION, "Feelings");
  g_autoptr(WmEmotionPoint) point = wm_emotion_point_new ("s1", "p1", -2);
  g_autoptr(WmEmotionPoint) anonymous = wm_emotion_point_new ("s1", NULL, 0);
  g_autoptr(WmMetricValue) value = wm_metric_value_new ("s2", -3.25);
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Onboarding");
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(WmNote) note = wm_note_new ("I want it now");
  g_autoptr(WmEmpathyMap) empathy = wm_empathy_map_new ("Ada at work");
  g_autoptr(WmBlueprintStep) bstep = wm_blueprint_step_new ("Check in", 2.5);
  g_autoptr(WmBlueprintItem) item = wm_blueprint_item_new ("b1", "Scan ticket");
  g_autoptr(WmBlueprintLane) blane = wm_blueprint_lane_new (WM_BLUEPRINT_LANE_KIND_SUPPORT,
                                                            "IT");
  g_autoptr(WmArrow) arrow = wm_arrow_new ("i1", "i2");
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new ("Hotel stay");
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmStep) unnamed = wm_step_new (NULL);

  g_assert_cmpstr (wm_step_get_name (step), ==, "Search");
  g_assert_cmpstr (wm_step_get_description (step), ==, "");
  g_assert_cmpstr (wm_step_get_name (unnamed), ==, "");
  g_assert_cmpstr (wm_stage_get_name (stage), ==, "Discover");
  g_assert_cmpint (wm_lane_get_kind (lane), ==, WM_LANE_KIND_EMOTION);
  g_assert_cmpstr (wm_lane_get_title (lane), ==, "Feelings");
  g_assert_cmpstr (wm_emotion_point_get_step_id (point), ==, "s1");
  g_assert_cmpstr (wm_emotion_point_get_persona_id (point), ==, "p1");
  g_assert_cmpint (wm_emotion_point_get_score (point), ==, -2);
  g_assert_cmpstr (wm_emotion_point_get_persona_id (anonymous), ==, "");
  g_assert_cmpstr (wm_metric_value_get_step_id (value), ==, "s2");
  g_assert_cmpfloat (wm_metric_value_get_value (value), ==, -3.25);
  g_assert_cmpstr (wm_journey_map_get_name (map), ==, "Onboarding");
  g_assert_cmpstr (wm_persona_get_name (persona), ==, "Ada");
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 50);
  g_assert_null (wm_persona_get_photo (persona));
  g_assert_cmpstr (wm_note_get_text (note), ==, "I want it now");
  g_assert_cmpstr (wm_empathy_map_get_name (empathy), ==, "Ada at work");
  g_assert_cmpstr (wm_blueprint_step_get_name (bstep), ==, "Check in");
  g_assert_cmpfloat (wm_blueprint_step_get_duration (bstep), ==, 2.5);
  g_assert_cmpstr (wm_blueprint_item_get_step_id (item), ==, "b1");
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, "Scan ticket");
  g_assert_cmpint (wm_blueprint_item_get_kind (item), ==, WM_ITEM_KIND_NORMAL);
  g_assert_cmpint (wm_blueprint_lane_get_kind (blane), ==, WM_BLUEPRINT_LANE_KIND_SUPPORT);
  g_assert_cmpstr (wm_blueprint_lane_get_title (blane), ==, "IT");
  g_assert_cmpstr (wm_arrow_get_from_id (arrow), ==, "i1");
  g_assert_cmpstr (wm_arrow_get_to_id (arrow), ==, "i2");
  g_assert_cmpstr (wm_arrow_get_label (arrow), ==, "");
  g_assert_cmpstr (wm_service_blueprint_get_name (blueprint), ==, "Hotel stay");
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_lanes (blueprint)), ==, 0);
  g_assert_cmpstr (wm_document_get_title (document), ==, "");

  /* Ids are unique. */
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (step)), !=, wm_object_get_id (WM_OBJECT (unnamed)));
}

static void
test_accessors (void)
{
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<svg/>", 6);
  g_autoptr(WmImage) photo = wm_image_new ("image/svg+xml", bytes);
  g_autoptr(WmBlueprintItem) item = wm_blueprint_item_new ("b1", NULL);
  g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_METRICS, "Time");
  g_autoptr(WmEmpathyMap) empathy = wm_empathy_map_new (NULL);
  g_autoptr(WmServiceBlueprint) blueprint = wm_service_blueprint_new (NULL);
  g_autoptr(WmJourneyMap) map = wm_journey_map_new (NULL);
  const char *goals[] = { "Ride to work", "Stay fit", NULL };
  g_autofree char *role = NULL;
  g_auto(GStrv) read_goals = NULL;

  wm_persona_set_photo (persona, photo);
  g_assert_true (wm_persona_get_photo (persona) == photo);
  wm_persona_set_goals (persona, goals);
  g_assert_cmpstrv (wm_persona_get_goals (persona), goals);
  wm_persona_set_role (persona, "Nurse");
  wm_persona_set_tech_proficiency (persona, 100);
  g_object_get (persona, "role", &role, "goals", &read_goals, NULL);
  g_assert_cmpstr (role, ==, "Nurse");
  g_assert_cmpstrv (read_goals, goals);
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 100);
  wm_persona_set_goals (persona, NULL);
  g_assert_nonnull (wm_persona_get_goals (persona));
  g_assert_null (wm_persona_get_goals (persona)[0]);

  /* Setters keep a copy of the string. */
  {
    g_autofree char *text = g_strdup ("Scan ticket");

    wm_blueprint_item_set_text (item, text);
    text[0] = 'X';
  }
  g_assert_cmpstr (wm_blueprint_item_get_text (item), ==, "Scan ticket");

  wm_blueprint_item_set_kind (item, WM_ITEM_KIND_WAIT);
  wm_blueprint_item_set_duration (item, 90);
  wm_blueprint_item_set_colour (item, "#ff0000");
  g_assert_cmpint (wm_blueprint_item_get_kind (item), ==, WM_ITEM_KIND_WAIT);
  g_assert_cmpfloat (wm_blueprint_item_get_duration (item), ==, 90);
  g_assert_cmpstr (wm_blueprint_item_get_colour (item), ==, "#ff0000");

  wm_lane_set_unit (lane, "min");
  wm_lane_set_kind (lane, WM_LANE_KIND_TEXT);
  g_assert_cmpstr (wm_lane_get_unit (lane), ==, "min");
  g_assert_cmpint (wm_lane_get_kind (lane), ==, WM_LANE_KIND_TEXT);

  wm_empathy_map_set_persona_id (empathy, "p1");
  wm_empathy_map_set_goal (empathy, "Get home early");
  g_assert_cmpstr (wm_empathy_map_get_persona_id (empathy), ==, "p1");
  g_assert_cmpstr (wm_empathy_map_get_goal (empathy), ==, "Get home early");

  wm_service_blueprint_set_map_id (blueprint, "m1");
  wm_service_blueprint_set_persona_id (blueprint, "p1");
  g_assert_cmpstr (wm_service_blueprint_get_map_id (blueprint), ==, "m1");
  g_assert_cmpstr (wm_service_blueprint_get_persona_id (blueprint), ==, "p1");

  wm_journey_map_set_scenario (map, "A commuter replaces a stolen bike");
  g_assert_cmpstr (wm_journey_map_get_scenario (map), ==, "A commuter replaces a stolen bike");
  g_assert_cmpstr (wm_object_get_display_name (WM_OBJECT (map)), ==, "");
  wm_journey_map_set_name (map, "Commute");
  g_assert_cmpstr (wm_object_get_display_name (WM_OBJECT (map)), ==, "Commute");
  g_assert_cmpstr (wm_object_get_display_name (WM_OBJECT (lane)), ==, "Time");
}

static void
test_ranges (void)
{
  g_autoptr(WmEmotionPoint) point = wm_emotion_point_new ("s1", NULL, 2);
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(WmBlueprintStep) step = wm_blueprint_step_new (NULL, 0);
  g_autoptr(WmMetricValue) value = wm_metric_value_new ("s1", 0);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (point), "score");
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, -2);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, 2);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, 0);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (persona), "tech-proficiency");
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, 0);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, 100);
  g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->default_value, ==, 50);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (step), "duration");
  g_assert_cmpfloat (G_PARAM_SPEC_DOUBLE (pspec)->minimum, ==, 0);
  g_assert_cmpfloat (G_PARAM_SPEC_DOUBLE (pspec)->maximum, ==, G_MAXDOUBLE);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (value), "value");
  g_assert_cmpfloat (G_PARAM_SPEC_DOUBLE (pspec)->minimum, ==, -G_MAXDOUBLE);
  g_assert_cmpfloat (G_PARAM_SPEC_DOUBLE (pspec)->maximum, ==, G_MAXDOUBLE);

  /* The ends of the ranges are fine... */
  wm_emotion_point_set_score (point, -2);
  g_assert_cmpint (wm_emotion_point_get_score (point), ==, -2);
  wm_persona_set_tech_proficiency (persona, 0);
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 0);
  wm_metric_value_set_value (value, -G_MAXDOUBLE);
  g_assert_cmpfloat (wm_metric_value_get_value (value), ==, -G_MAXDOUBLE);

  /* ...past them is a programming error that changes nothing. */
  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*score*");
  wm_emotion_point_set_score (point, 3);
  g_test_assert_expected_messages ();
  g_assert_cmpint (wm_emotion_point_get_score (point), ==, -2);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*tech_proficiency*");
  wm_persona_set_tech_proficiency (persona, 101);
  g_test_assert_expected_messages ();
  g_assert_cmpint (wm_persona_get_tech_proficiency (persona), ==, 0);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*duration*");
  wm_blueprint_step_set_duration (step, -1);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (wm_blueprint_step_get_duration (step), ==, 0);

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*value*");
  wm_metric_value_set_value (value, NAN);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (wm_metric_value_get_value (value), ==, -G_MAXDOUBLE);
}

/* notify comes once per real change, and never for setting the value a property has. */
static void
test_notify (void)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(WmCard) card = wm_card_new ("s1", NULL);
  g_autoptr(WmPersona) persona = wm_persona_new ("Ada");
  g_autoptr(WmMetricValue) value = wm_metric_value_new ("s1", 0);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<svg/>", 6);
  g_autoptr(WmImage) image = wm_image_new ("image/svg+xml", bytes);
  const char *tags[] = { "mobile", "web", NULL };
  const char *same_tags[] = { "mobile", "web", NULL };
  const char *no_tags[] = { NULL };

  gt_signal_logger_connect (logger, card, "notify");
  gt_signal_logger_connect (logger, persona, "notify");
  gt_signal_logger_connect (logger, value, "notify");

  wm_card_set_text (card, "Hello");
  gt_signal_logger_assert_notify_emission_pop (logger, card, "text");
  gt_signal_logger_assert_no_emissions (logger);

  wm_card_set_text (card, "Hello");
  g_object_set (card, "text", "Hello", NULL);
  wm_card_set_colour (card, NULL);
  wm_card_set_colour (card, "");
  g_object_set (card, "owner", NULL, NULL);
  gt_signal_logger_assert_no_emissions (logger);

  g_object_set (card, "text", "Bye", NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "text");
  wm_card_set_text (card, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "text");
  g_assert_cmpstr (wm_card_get_text (card), ==, "");
  gt_signal_logger_assert_no_emissions (logger);

  wm_card_set_tags (card, tags);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "tags");
  wm_card_set_tags (card, same_tags);
  gt_signal_logger_assert_no_emissions (logger);
  wm_card_set_tags (card, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "tags");
  wm_card_set_tags (card, no_tags);
  wm_card_set_tags (card, NULL);
  gt_signal_logger_assert_no_emissions (logger);

  wm_card_set_evidence (card, WM_EVIDENCE_NONE);
  gt_signal_logger_assert_no_emissions (logger);
  wm_card_set_evidence (card, WM_EVIDENCE_OBSERVED);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "evidence");
  wm_card_set_evidence (card, WM_EVIDENCE_OBSERVED);
  gt_signal_logger_assert_no_emissions (logger);

  wm_card_set_image (card, image);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "image");
  wm_card_set_image (card, image);
  gt_signal_logger_assert_no_emissions (logger);
  wm_card_set_image (card, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, card, "image");

  wm_persona_set_tech_proficiency (persona, 50);
  gt_signal_logger_assert_no_emissions (logger);
  wm_persona_set_tech_proficiency (persona, 60);
  gt_signal_logger_assert_notify_emission_pop (logger, persona, "tech-proficiency");
  g_object_set (persona, "tech-proficiency", 60, NULL);
  gt_signal_logger_assert_no_emissions (logger);

  wm_metric_value_set_value (value, 0);
  gt_signal_logger_assert_no_emissions (logger);
  wm_metric_value_set_value (value, 1e-300);
  gt_signal_logger_assert_notify_emission_pop (logger, value, "value");
  gt_signal_logger_assert_no_emissions (logger);
}

static void
test_list_model (void)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(WmStage) stage = wm_stage_new ("Discover");
  WmObjectList *steps = wm_stage_get_steps (stage);
  g_autoptr(WmStep) a = wm_step_new ("a");
  g_autoptr(WmStep) b = wm_step_new ("b");
  g_autoptr(WmStep) c = wm_step_new ("c");
  g_autoptr(WmStep) first = NULL;
  guint position, removed, added;

  gt_signal_logger_connect (logger, steps, "items-changed");

  wm_object_list_append (steps, WM_OBJECT (a));
  gt_signal_logger_assert_emission_pop (logger, steps, "items-changed", &position, &removed,
                                        &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  wm_object_list_append (steps, WM_OBJECT (b));
  wm_object_list_insert (steps, 0, WM_OBJECT (c));
  gt_signal_logger_assert_emission_pop (logger, steps, "items-changed", NULL, NULL, NULL);
  gt_signal_logger_assert_emission_pop (logger, steps, "items-changed", &position, &removed,
                                        &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (wm_object_get_parent (WM_OBJECT (c)) == WM_OBJECT (stage));

  /* c a b -> a b c */
  wm_object_list_move (steps, 0, 2);
  gt_signal_logger_assert_emission_pop (logger, steps, "items-changed", &position, &removed,
                                        &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 3);
  g_assert_cmpuint (added, ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (steps), 0);
  g_assert_true (first == a);
  g_assert_true (wm_object_list_get (steps, 2) == c);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (steps)), ==, 3);
  g_assert_null (wm_object_list_get (steps, 3));

  wm_object_list_remove (steps, 1);
  gt_signal_logger_assert_emission_pop (logger, steps, "items-changed", &position, &removed,
                                        &added);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (added, ==, 0);
  g_assert_null (wm_object_get_parent (WM_OBJECT (b)));
  g_assert_true (wm_object_list_find_by_id (steps, wm_object_get_id (WM_OBJECT (c))) == c);
  g_assert_null (wm_object_list_find_by_id (steps, wm_object_get_id (WM_OBJECT (b))));
  g_assert_true (wm_object_list_find (steps, WM_OBJECT (c), &position));
  g_assert_cmpuint (position, ==, 1);
  gt_signal_logger_assert_no_emissions (logger);

  /* An object sits in one list at a time. */
  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*parent*");
  wm_object_list_append (steps, WM_OBJECT (a));
  g_test_assert_expected_messages ();
  gt_signal_logger_assert_no_emissions (logger);
}

/* A change deep in the tree reaches every ancestor, the document last. */
static void
test_changed_reaches_document (void)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(WmDocument) document = make_document ();
  WmJourneyMap *map = first_map (document);
  WmLane *lane = lane_at (document, 0);
  WmCard *card = first_card (document);
  g_autoptr(WmCard) new_card = wm_card_new ("s", "New");
  GParamSpec *text_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (card), "text");

  gt_signal_logger_connect (logger, card, "changed");
  gt_signal_logger_connect (logger, map, "changed");
  gt_signal_logger_connect (logger, document, "changed");

  wm_card_set_text (card, "Watches videos");

  {
    g_autoptr(WmObject) origin = NULL;
    g_autoptr(GParamSpec) pspec = NULL;

    gt_signal_logger_assert_emission_pop (logger, card, "changed", &origin, &pspec);
    g_assert_true (origin == WM_OBJECT (card));
    g_assert_true (pspec == text_pspec);
  }
  {
    g_autoptr(WmObject) origin = NULL;
    g_autoptr(GParamSpec) pspec = NULL;

    gt_signal_logger_assert_emission_pop (logger, map, "changed", &origin, &pspec);
    g_assert_true (origin == WM_OBJECT (card));
    g_assert_true (pspec == text_pspec);
  }
  {
    g_autoptr(WmObject) origin = NULL;
    g_autoptr(GParamSpec) pspec = NULL;

    gt_signal_logger_assert_emission_pop (logger, document, "changed", &origin, &pspec);
    g_assert_true (origin == WM_OBJECT (card));
    g_assert_true (pspec == text_pspec);
  }
  gt_signal_logger_assert_no_emissions (logger);

  /* No change, no signal. */
  wm_card_set_text (card, "Watches videos");
  gt_signal_logger_assert_no_emissions (logger);

  /* A children list changing is a change of its owner, without a property. */
  wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (new_card));
  {
    g_autoptr(WmObject) origin = NULL;
    g_autoptr(GParamSpec) pspec = NULL;

    gt_signal_logger_assert_emission_pop (logger, map, "changed", &origin, &pspec);
    g_assert_true (origin == WM_OBJECT (lane));
    g_assert_null (pspec);
  }
  gt_signal_logger_assert_emission_pop (logger, document, "changed", NULL, NULL);
  gt_signal_logger_assert_no_emissions (logger);

  /* Once out of the tree, a card's changes are its own. */
  wm_object_list_remove (wm_lane_get_cards (lane), 1);
  gt_signal_logger_assert_emission_pop (logger, map, "changed", NULL, NULL);
  gt_signal_logger_assert_emission_pop (logger, document, "changed", NULL, NULL);
  wm_card_set_text (new_card, "Gone");
  gt_signal_logger_assert_no_emissions (logger);
}

static void
test_document_lookup (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmJourneyMap *map = first_map (document);
  WmObjectList *cards = wm_lane_get_cards (lane_at (document, 0));
  WmCard *card = first_card (document);
  WmStep *pay = wm_journey_map_get_step (map, 2);
  g_autoptr(WmCard) detached = wm_card_new ("s", "Not in the document");
  g_autoptr(WmJourneyMap) removed_map = NULL;
  /* Copies: the card is gone once removed. */
  g_autofree char *card_id = g_strdup (wm_object_get_id (WM_OBJECT (card)));
  g_autofree char *map_id = g_strdup (wm_object_get_id (WM_OBJECT (map)));
  g_autofree char *pay_id = g_strdup (wm_object_get_id (WM_OBJECT (pay)));
  g_autofree char *detached_id = g_strdup (wm_object_get_id (WM_OBJECT (detached)));

  g_assert_true (wm_document_lookup (document, card_id) == WM_OBJECT (card));
  g_assert_true (wm_document_lookup (document, map_id) == WM_OBJECT (map));
  g_assert_true (wm_document_lookup (document, pay_id) == WM_OBJECT (pay));
  g_assert_true (wm_document_lookup (document, wm_object_get_id (WM_OBJECT (document))) ==
                 WM_OBJECT (document));
  g_assert_null (wm_document_lookup (document, detached_id));
  g_assert_null (wm_document_lookup (document, "no-such-id"));

  /* The index follows inserts... */
  wm_object_list_append (cards, WM_OBJECT (detached));
  g_assert_true (wm_document_lookup (document, detached_id) == WM_OBJECT (detached));

  /* ...removals, also of whole subtrees... */
  wm_object_list_remove (cards, 0);
  g_assert_null (wm_document_lookup (document, card_id));
  g_assert_true (wm_document_lookup (document, detached_id) == WM_OBJECT (detached));

  removed_map = g_object_ref (map);
  wm_object_list_remove (wm_document_get_maps (document), 0);
  g_assert_null (wm_document_lookup (document, map_id));
  g_assert_null (wm_document_lookup (document, pay_id));
  g_assert_null (wm_document_lookup (document, detached_id));

  /* ...and changes made while the subtree was out of the document. */
  {
    g_autoptr(WmStep) extra = wm_step_new ("Extra");
    WmStage *stage = wm_object_list_get (wm_journey_map_get_stages (removed_map), 0);

    wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (extra));
    wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (removed_map));
    g_assert_true (wm_document_lookup (document, wm_object_get_id (WM_OBJECT (extra))) ==
                   WM_OBJECT (extra));
    g_assert_true (wm_document_lookup (document, pay_id) == WM_OBJECT (pay));
  }
}

static void
test_journey_map_steps (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmJourneyMap *map = first_map (document);
  WmObjectList *stages = wm_journey_map_get_stages (map);
  WmStage *discover = wm_object_list_get (stages, 0);
  WmStage *buy = wm_object_list_get (stages, 1);
  g_autoptr(WmStage) empty = wm_stage_new ("Nothing yet");
  WmStep *search = wm_object_list_get (wm_stage_get_steps (discover), 0);
  WmStep *compare = wm_object_list_get (wm_stage_get_steps (discover), 1);
  WmStep *pay = wm_object_list_get (wm_stage_get_steps (buy), 0);
  WmLane *emotion = lane_at (document, 1);
  WmStage *stage = NULL;

  /* A stage without steps takes no column. */
  wm_object_list_insert (stages, 1, WM_OBJECT (empty));

  g_assert_cmpuint (wm_journey_map_get_n_steps (map), ==, 3);
  g_assert_true (wm_journey_map_get_step (map, 0) == search);
  g_assert_true (wm_journey_map_get_step (map, 1) == compare);
  g_assert_true (wm_journey_map_get_step (map, 2) == pay);
  g_assert_null (wm_journey_map_get_step (map, 3));

  g_assert_true (wm_journey_map_find_step (map, wm_object_get_id (WM_OBJECT (pay)), &stage) ==
                 pay);
  g_assert_true (stage == buy);
  g_assert_true (wm_journey_map_find_step (map, wm_object_get_id (WM_OBJECT (compare)), NULL) ==
                 compare);
  g_assert_null (wm_journey_map_find_step (map, "nope", &stage));
  g_assert_null (stage);

  g_assert_cmpint (wm_journey_map_get_step_index (map, wm_object_get_id (WM_OBJECT (search))),
                   ==, 0);
  g_assert_cmpint (wm_journey_map_get_step_index (map, wm_object_get_id (WM_OBJECT (pay))),
                   ==, 2);
  g_assert_cmpint (wm_journey_map_get_step_index (map, "nope"), ==, -1);
  /* A stage is not a step. */
  g_assert_cmpint (wm_journey_map_get_step_index (map, wm_object_get_id (WM_OBJECT (buy))),
                   ==, -1);

  g_assert_true (wm_journey_map_find_lane (map, wm_object_get_id (WM_OBJECT (emotion))) ==
                 emotion);
  g_assert_null (wm_journey_map_find_lane (map, wm_object_get_id (WM_OBJECT (pay))));
}

static void
test_empathy_areas (void)
{
  g_autoptr(WmEmpathyMap) map = wm_empathy_map_new ("Ada");
  WmObjectList *(*getters[]) (WmEmpathyMap *) = {
    wm_empathy_map_get_says,
    wm_empathy_map_get_thinks,
    wm_empathy_map_get_does,
    wm_empathy_map_get_feels,
    wm_empathy_map_get_pains,
    wm_empathy_map_get_gains,
  };
  g_autoptr(WmNote) note = wm_note_new ("It's too expensive");

  G_STATIC_ASSERT (G_N_ELEMENTS (getters) == WM_N_EMPATHY_AREAS);

  for (guint i = 0; i < WM_N_EMPATHY_AREAS; i++)
    {
      WmObjectList *area = wm_empathy_map_get_area (map, i);

      g_assert_true (area == getters[i] (map));
      g_assert_true (wm_object_list_get_item_type (area) == WM_TYPE_NOTE);
      for (guint j = 0; j < i; j++)
        g_assert_true (area != wm_empathy_map_get_area (map, j));
    }

  wm_object_list_append (wm_empathy_map_get_area (map, WM_EMPATHY_AREA_PAINS), WM_OBJECT (note));
  g_assert_cmpuint (wm_object_list_get_length (wm_empathy_map_get_pains (map)), ==, 1);
  g_assert_true (wm_object_get_parent (WM_OBJECT (note)) == WM_OBJECT (map));

  g_test_expect_message ("waymark-model", G_LOG_LEVEL_CRITICAL, "*area*");
  g_assert_null (wm_empathy_map_get_area (map, WM_N_EMPATHY_AREAS));
  g_test_assert_expected_messages ();
}

static void
test_standard_lanes (void)
{
  g_autoptr(WmServiceBlueprint) blueprint =
    wm_service_blueprint_new_with_standard_lanes ("Hotel stay");
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);
  static const struct
  {
    WmBlueprintLaneKind  kind;
    const char          *title;
  } expected[] = {
    { WM_BLUEPRINT_LANE_KIND_EVIDENCE, "Physical Evidence" },
    { WM_BLUEPRINT_LANE_KIND_CUSTOMER, "Customer Actions" },
    { WM_BLUEPRINT_LANE_KIND_FRONTSTAGE, "Frontstage" },
    { WM_BLUEPRINT_LANE_KIND_BACKSTAGE, "Backstage" },
    { WM_BLUEPRINT_LANE_KIND_SUPPORT, "Support Processes" },
  };

  g_assert_cmpstr (wm_service_blueprint_get_name (blueprint), ==, "Hotel stay");
  g_assert_cmpuint (wm_object_list_get_length (lanes), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      WmBlueprintLane *lane = wm_object_list_get (lanes, i);

      g_assert_cmpint (wm_blueprint_lane_get_kind (lane), ==, expected[i].kind);
      g_assert_cmpstr (wm_blueprint_lane_get_title (lane), ==, expected[i].title);
      g_assert_true (wm_object_get_parent (WM_OBJECT (lane)) == WM_OBJECT (blueprint));
    }
  g_assert_cmpuint (wm_object_list_get_length (wm_service_blueprint_get_steps (blueprint)), ==, 0);
}

static void
test_document (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmDocument) blank = g_object_new (WM_TYPE_DOCUMENT, NULL);
  g_autoptr(GRegex) iso = g_regex_new ("^[0-9]{4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:"
                                       "[0-6][0-9]Z$", 0, 0, NULL);
  g_autoptr(WmHistory) history = NULL;
  g_autoptr(WmObjectList) maps = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_true (g_regex_match (iso, wm_document_get_created (document), 0, NULL));
  g_assert_cmpstr (wm_document_get_modified (document), ==, wm_document_get_created (document));
  created = g_date_time_new_from_iso8601 (wm_document_get_created (document), NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_difference (now, created), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (now, created), >=, 0);

  /* The file reader fills these in. */
  g_assert_cmpstr (wm_document_get_created (blank), ==, "");

  /* The history is a property of its own, beside the fields. */
  g_assert_true (WM_IS_HISTORY (wm_document_get_history (document)));
  g_object_set (document, "title", "Bikes", NULL);
  g_object_get (document, "history", &history, "title", &title, "maps", &maps, NULL);
  g_assert_true (history == wm_document_get_history (document));
  g_assert_cmpstr (title, ==, "Bikes");
  g_assert_true (maps == wm_document_get_maps (document));
  g_assert_true (wm_object_list_get_item_type (wm_document_get_empathy_maps (document)) ==
                 WM_TYPE_EMPATHY_MAP);
  g_assert_true (wm_object_list_get_item_type (wm_document_get_blueprints (document)) ==
                 WM_TYPE_SERVICE_BLUEPRINT);
  g_assert_true (wm_object_list_get_item_type (wm_document_get_personas (document)) ==
                 WM_TYPE_PERSONA);
}

/* Copying a map with new ids makes a map that stands on its own: its cards, points and values
 * point at its own steps; links out of it (personas) stay.
 */
static void
test_copy (void)
{
  g_autoptr(WmDocument) document = make_document ();
  WmJourneyMap *map = first_map (document);
  WmPersona *persona = wm_object_list_get (wm_document_get_personas (document), 0);
  const char *persona_id = wm_object_get_id (WM_OBJECT (persona));
  g_autoptr(WmObject) copy_object = wm_object_copy (WM_OBJECT (map), TRUE);
  g_autoptr(WmObject) same_ids = wm_object_copy (WM_OBJECT (map), FALSE);
  WmJourneyMap *copy = WM_JOURNEY_MAP (copy_object);
  WmCard *card = first_card (document);
  WmCard *copied_card;
  WmEmotionPoint *copied_point;
  WmMetricValue *copied_value;
  WmLane *copied_lane;

  g_assert_true (WM_IS_JOURNEY_MAP (copy));
  g_assert_null (wm_object_get_parent (copy_object));
  g_assert_cmpstr (wm_object_get_id (copy_object), !=, wm_object_get_id (WM_OBJECT (map)));
  g_assert_cmpstr (wm_journey_map_get_name (copy), ==, "Buying a bike");
  g_assert_cmpuint (wm_journey_map_get_n_steps (copy), ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      WmStep *step = wm_journey_map_get_step (map, i);
      WmStep *copied_step = wm_journey_map_get_step (copy, i);

      g_assert_true (step != copied_step);
      g_assert_cmpstr (wm_object_get_id (WM_OBJECT (step)), !=,
                       wm_object_get_id (WM_OBJECT (copied_step)));
      g_assert_cmpstr (wm_step_get_name (step), ==, wm_step_get_name (copied_step));
      g_assert_true (wm_object_get_ancestor (WM_OBJECT (copied_step), WM_TYPE_JOURNEY_MAP) ==
                     copy);
    }

  copied_lane = wm_object_list_get (wm_journey_map_get_lanes (copy), 0);
  copied_card = wm_object_list_get (wm_lane_get_cards (copied_lane), 0);
  g_assert_cmpstr (wm_card_get_text (copied_card), ==, "Reads reviews");
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (copied_card)), !=,
                   wm_object_get_id (WM_OBJECT (card)));
  /* The card sat in the second column; its copy sits in the copy's second column. */
  g_assert_cmpint (wm_journey_map_get_step_index (map, wm_card_get_step_id (card)), ==, 1);
  g_assert_cmpint (wm_journey_map_get_step_index (copy, wm_card_get_step_id (copied_card)),
                   ==, 1);
  g_assert_cmpint (wm_journey_map_get_step_index (copy, wm_card_get_step_id (card)), ==, -1);

  copied_lane = wm_object_list_get (wm_journey_map_get_lanes (copy), 1);
  copied_point = wm_object_list_get (wm_lane_get_points (copied_lane), 0);
  g_assert_cmpint (wm_journey_map_get_step_index (copy,
                                                  wm_emotion_point_get_step_id (copied_point)),
                   ==, 0);
  g_assert_cmpstr (wm_emotion_point_get_persona_id (copied_point), ==, persona_id);
  g_assert_cmpint (wm_emotion_point_get_score (copied_point), ==, 1);

  copied_lane = wm_object_list_get (wm_journey_map_get_lanes (copy), 2);
  copied_value = wm_object_list_get (wm_lane_get_values (copied_lane), 0);
  g_assert_cmpint (wm_journey_map_get_step_index (copy,
                                                  wm_metric_value_get_step_id (copied_value)),
                   ==, 2);
  g_assert_cmpfloat (wm_metric_value_get_value (copied_value), ==, 12.5);

  g_assert_cmpstr (wm_journey_map_get_persona_ids (copy)[0], ==, persona_id);
  g_assert_null (wm_journey_map_get_persona_ids (copy)[1]);

  /* The original is untouched, and a plain copy keeps every id. */
  g_assert_cmpint (wm_journey_map_get_step_index (map, wm_card_get_step_id (card)), ==, 1);
  g_assert_cmpstr (wm_object_get_id (same_ids), ==, wm_object_get_id (WM_OBJECT (map)));
  copied_lane = wm_object_list_get (wm_journey_map_get_lanes (WM_JOURNEY_MAP (same_ids)), 0);
  copied_card = wm_object_list_get (wm_lane_get_cards (copied_lane), 0);
  g_assert_cmpstr (wm_object_get_id (WM_OBJECT (copied_card)), ==,
                   wm_object_get_id (WM_OBJECT (card)));
  g_assert_cmpstr (wm_card_get_step_id (copied_card), ==, wm_card_get_step_id (card));

  g_assert_finalize_object (g_steal_pointer (&copy_object));
  g_assert_finalize_object (g_steal_pointer (&same_ids));
}

/* Releasing a document releases everything in it, also what its history keeps. */
static void
test_finalize (void)
{
  WmDocument *document = make_document ();
  WmHistory *history = wm_document_get_history (document);
  WmJourneyMap *map = first_map (document);
  WmLane *lane = lane_at (document, 0);
  WmCard *card = first_card (document);
  WmObjectList *cards = wm_lane_get_cards (lane);
  g_autoptr(WmObjectList) held_list = g_object_ref (wm_journey_map_get_stages (map));
  WmStage *stage = wm_object_list_get (held_list, 0);
  g_autoptr(WmCard) added = wm_card_new ("s", "Added");
  gpointer weak_map = map, weak_lane = lane, weak_card = card, weak_added = added;
  gpointer weak_history = history, weak_stage = stage;

  g_object_add_weak_pointer (G_OBJECT (map), &weak_map);
  g_object_add_weak_pointer (G_OBJECT (lane), &weak_lane);
  g_object_add_weak_pointer (G_OBJECT (card), &weak_card);
  g_object_add_weak_pointer (G_OBJECT (added), &weak_added);
  g_object_add_weak_pointer (G_OBJECT (history), &weak_history);
  g_object_add_weak_pointer (G_OBJECT (stage), &weak_stage);

  wm_history_set (history, WM_OBJECT (document), "title", "Edited");
  wm_history_set (history, WM_OBJECT (card), "text", "Edited");
  wm_history_append (history, cards, WM_OBJECT (added));
  g_clear_object (&added);
  wm_history_remove (history, cards, 0);
  wm_history_remove (history, wm_journey_map_get_lanes (map), 0);
  wm_history_undo (history);

  g_assert_finalize_object (document);
  g_assert_null (weak_map);
  g_assert_null (weak_lane);
  g_assert_null (weak_card);
  g_assert_null (weak_added);
  g_assert_null (weak_history);

  /* A list someone still holds outlives its owner, and its items lose their parent. */
  g_assert_null (wm_object_list_get_owner (held_list));
  g_assert_nonnull (weak_stage);
  g_assert_null (wm_object_get_parent (WM_OBJECT (stage)));
  g_clear_object (&held_list);
  g_assert_null (weak_stage);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/fields", test_fields);
  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/constructors", test_constructors);
  g_test_add_func ("/model/accessors", test_accessors);
  g_test_add_func ("/model/ranges", test_ranges);
  g_test_add_func ("/model/notify", test_notify);
  g_test_add_func ("/model/list-model", test_list_model);
  g_test_add_func ("/model/changed-reaches-document", test_changed_reaches_document);
  g_test_add_func ("/model/document-lookup", test_document_lookup);
  g_test_add_func ("/model/journey-map-steps", test_journey_map_steps);
  g_test_add_func ("/model/empathy-areas", test_empathy_areas);
  g_test_add_func ("/model/standard-lanes", test_standard_lanes);
  g_test_add_func ("/model/document", test_document);
  g_test_add_func ("/model/copy", test_copy);
  g_test_add_func ("/model/finalize", test_finalize);

  return g_test_run ();
}
