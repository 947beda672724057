/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-csv-import.h"
#include "wm-journey-edit.h"
#include "wm-problem.h"

/* Research data from a spreadsheet into a journey map. The plan decides, column by column,
 * where the values go, so that the user can see it and change it before anything changes:
 *
 *   wide form: a "Step" column (and optionally "Stage"), then one column per metric
 *              (named after a metrics lane, or numeric: a new metrics lane), per persona's
 *              emotion score (named after the persona, or "Emotion"/"Score"), or per card lane
 *              (one card per cell);
 *   long form: "Stage, Step, Lane, Text" (and "Tags", "Evidence", "Owner"): one card per row,
 *              the columns of Waymark's own CSV export.
 *
 * Steps are matched by name, ignoring case. Rows whose step the map does not have are listed
 * and left out. Problems name the row and the column as a spreadsheet shows them. Applying is
 * one undo step.
 */

typedef struct
{
  WmCsvTarget  target;
  char        *id;
} Mapping;

struct _WmCsvImportPlan
{
  GObject       parent_instance;

  WmCsvTable   *table;
  WmDocument   *document;
  WmJourneyMap *map;
  GArray       *columns;     /* of Mapping, one per column */
  GArray       *choices;     /* of Mapping: every target a column can have */
  GPtrArray    *problems;    /* of WmProblem; line is the row, column the column (1-based) */
  GPtrArray    *unmatched;   /* of char *, "Row 4: “Name”" */
  GPtrArray    *row_steps;   /* per table row: the WmStep it goes to, or NULL */
};

G_DEFINE_FINAL_TYPE (WmCsvImportPlan, wm_csv_import_plan, G_TYPE_OBJECT)

static void
mapping_clear (Mapping *mapping)
{
  g_clear_pointer (&mapping->id, g_free);
}

/* A name as compared: trimmed, normalized, without case. */
static char *
fold (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *normal = g_utf8_normalize (copy, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = fold (a);
  g_autofree char *fb = fold (b);

  return fa[0] != '\0' && g_str_equal (fa, fb);
}

static const char *
cell (WmCsvImportPlan *self,
      guint            row,
      guint            column)
{
  return wm_csv_table_get (self->table, row, column);
}

static gboolean
cell_is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* "12.5", "12,5" (decimal comma), "45 %" */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize length = strlen (copy);
  char *end = NULL;

  if (length > 0 && copy[length - 1] == '%')
    {
      copy[--length] = '\0';
      g_strchomp (copy);
    }
  if (strchr (copy, '.') == NULL)
    g_strdelimit (copy, ",", '.');
  if (copy[0] == '\0')
    return FALSE;

  *value = g_ascii_strtod (copy, &end);

  return end != copy && *end == '\0' && isfinite (*value);
}

static gboolean
parse_score (const char *text,
             int        *score)
{
  double value;

  if (!parse_number (text, &value) || value != floor (value) || value < -2 || value > 2)
    return FALSE;
  *score = (int) value;

  return TRUE;
}

static gboolean
parse_evidence (const char *text,
                WmEvidence *evidence)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (WM_TYPE_EVIDENCE);
  g_autofree char *folded = fold (text);
  GEnumValue *value;

  if (folded[0] == '\0')
    {
      *evidence = WM_EVIDENCE_NONE;
      return TRUE;
    }
  value = g_enum_get_value_by_nick (enum_class, folded);
  if (value == NULL)
    return FALSE;
  *evidence = value->value;

  return TRUE;
}

static WmLane *
find_lane_by_title (WmJourneyMap *map,
                    const char   *title)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (same_name (wm_lane_get_title (lane), title))
        return lane;
    }

  return NULL;
}

static WmLane *
find_lane_of_kind (WmJourneyMap *map,
                   WmLaneKind    kind)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (wm_lane_get_kind (lane) == kind)
        return lane;
    }

  return NULL;
}

static gboolean
map_has_persona (WmJourneyMap *map,
                 const char   *persona_id)
{
  const char * const *ids = wm_journey_map_get_persona_ids (map);

  return ids != NULL && g_strv_contains (ids, persona_id);
}

/* The persona whose name the header is, or contains next to "emotion"/"score". */
static WmPersona *
find_persona (WmDocument *document,
              const char *header)
{
  WmObjectList *personas = wm_document_get_personas (document);
  g_autofree char *folded = fold (header);
  gboolean about_emotion = strstr (folded, "emotion") != NULL || strstr (folded, "score") != NULL;

  for (guint i = 0; i < wm_object_list_get_length (personas); i++)
    {
      WmPersona *persona = wm_object_list_get (personas, i);
      g_autofree char *name = fold (wm_persona_get_name (persona));

      if (name[0] == '\0')
        continue;
      if (g_str_equal (name, folded) || (about_emotion && strstr (folded, name) != NULL))
        return persona;
    }

  return NULL;
}

static void G_GNUC_PRINTF (5, 6)
add_problem (WmCsvImportPlan   *self,
             WmProblemSeverity  severity,
             guint              row,
             guint              column,
             const char        *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (column > 0)
    {
      g_autofree char *letters = wm_csv_column_name (column);

      /* Translators: "Row 3, column B (“NPS”): message" */
      text = g_strdup_printf (_("Row %u, column %s (“%s”): %s"), row, letters,
                              wm_csv_table_get (self->table, 0, column - 1), message);
    }
  else
    {
      text = g_steal_pointer (&message);
    }

  g_ptr_array_add (self->problems,
                   wm_problem_new (severity, row, column,
                                   column > 0 ? wm_csv_table_get (self->table, 0, column - 1)
                                              : "",
                                   text));
}

static Mapping *
column_mapping (WmCsvImportPlan *self,
                guint            column)
{
  return &g_array_index (self->columns, Mapping, column);
}

static gboolean
has_target (WmCsvImportPlan *self,
            WmCsvTarget      target)
{
  for (guint c = 0; c < self->columns->len; c++)
    if (column_mapping (self, c)->target == target)
      return TRUE;

  return FALSE;
}

static WmStep *
find_step (WmCsvImportPlan *self,
           const char      *stage_name,
           const char      *step_name)
{
  WmObjectList *stages = wm_journey_map_get_stages (self->map);

  for (guint i = 0; i < wm_object_list_get_length (stages); i++)
    {
      WmStage *stage = wm_object_list_get (stages, i);
      WmObjectList *steps = wm_stage_get_steps (stage);

      if (stage_name != NULL && !same_name (wm_stage_get_name (stage), stage_name))
        continue;
      for (guint j = 0; j < wm_object_list_get_length (steps); j++)
        {
          WmStep *step = wm_object_list_get (steps, j);

          if (same_name (wm_step_get_name (step), step_name))
            return step;
        }
    }

  return NULL;
}

/* The first choice of a column, from its header and its values. */
static void
classify (WmCsvImportPlan *self,
          guint            column,
          gboolean         long_form)
{
  Mapping *mapping = column_mapping (self, column);
  const char *header = cell (self, 0, column);
  g_autofree char *folded = fold (header);
  WmLane *lane;
  WmPersona *persona;
  guint n_numbers = 0;
  gboolean all_numbers = TRUE;
  static const struct
  {
    const char  *name;
    WmCsvTarget  target;
  } long_columns[] = {
    { "lane", WM_CSV_TARGET_LANE },
    { "text", WM_CSV_TARGET_TEXT },
    { "tags", WM_CSV_TARGET_TAGS },
    { "evidence", WM_CSV_TARGET_EVIDENCE },
    { "owner", WM_CSV_TARGET_OWNER },
  };

  mapping->target = WM_CSV_TARGET_IGNORE;
  g_clear_pointer (&mapping->id, g_free);

  if (g_str_equal (folded, "step") && !has_target (self, WM_CSV_TARGET_STEP))
    {
      mapping->target = WM_CSV_TARGET_STEP;
      return;
    }
  if (g_str_equal (folded, "stage") && !has_target (self, WM_CSV_TARGET_STAGE))
    {
      mapping->target = WM_CSV_TARGET_STAGE;
      return;
    }
  if (long_form)
    for (guint i = 0; i < G_N_ELEMENTS (long_columns); i++)
      if (g_str_equal (folded, long_columns[i].name))
        {
          mapping->target = long_columns[i].target;
          return;
        }

  lane = find_lane_by_title (self->map, header);
  if (lane != NULL && wm_lane_get_kind (lane) == WM_LANE_KIND_METRICS)
    {
      mapping->target = WM_CSV_TARGET_METRIC;
      mapping->id = g_strdup (wm_object_get_id (WM_OBJECT (lane)));
      return;
    }
  if (lane != NULL && wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
    {
      mapping->target = WM_CSV_TARGET_CARDS;
      mapping->id = g_strdup (wm_object_get_id (WM_OBJECT (lane)));
      return;
    }

  persona = find_persona (self->document, header);
  if (persona != NULL)
    {
      mapping->target = WM_CSV_TARGET_EMOTION;
      mapping->id = g_strdup (wm_object_get_id (WM_OBJECT (persona)));
      return;
    }
  if ((lane != NULL && wm_lane_get_kind (lane) == WM_LANE_KIND_EMOTION)
      || g_str_equal (folded, "emotion") || g_str_equal (folded, "score"))
    {
      const char * const *ids = wm_journey_map_get_persona_ids (self->map);

      mapping->target = WM_CSV_TARGET_EMOTION;
      if (ids != NULL && ids[0] != NULL)
        mapping->id = g_strdup (ids[0]);
      return;
    }

  for (guint row = 1; row < wm_csv_table_get_n_rows (self->table); row++)
    {
      const char *value = cell (self, row, column);
      double number;

      if (cell_is_blank (value))
        continue;
      if (!parse_number (value, &number))
        {
          all_numbers = FALSE;
          break;
        }
      n_numbers++;
    }
  if (all_numbers && n_numbers > 0 && folded[0] != '\0')
    mapping->target = WM_CSV_TARGET_METRIC;
}

static void
add_choice (WmCsvImportPlan *self,
            WmCsvTarget      target,
            const char      *id)
{
  Mapping choice = { target, g_strdup (id) };

  g_array_append_val (self->choices, choice);
}

static void
list_choices (WmCsvImportPlan *self)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (self->map);
  WmObjectList *personas = wm_document_get_personas (self->document);
  const char * const *ids = wm_journey_map_get_persona_ids (self->map);

  add_choice (self, WM_CSV_TARGET_IGNORE, NULL);
  add_choice (self, WM_CSV_TARGET_STEP, NULL);
  add_choice (self, WM_CSV_TARGET_STAGE, NULL);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (wm_lane_get_kind (lane) == WM_LANE_KIND_METRICS)
        add_choice (self, WM_CSV_TARGET_METRIC, wm_object_get_id (WM_OBJECT (lane)));
    }
  add_choice (self, WM_CSV_TARGET_METRIC, NULL);
  for (guint i = 0; i < wm_object_list_get_length (personas); i++)
    add_choice (self, WM_CSV_TARGET_EMOTION,
                wm_object_get_id (wm_object_list_get (personas, i)));
  if (ids == NULL || ids[0] == NULL)
    add_choice (self, WM_CSV_TARGET_EMOTION, NULL);
  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    {
      WmLane *lane = wm_object_list_get (lanes, i);

      if (wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
        add_choice (self, WM_CSV_TARGET_CARDS, wm_object_get_id (WM_OBJECT (lane)));
    }
  for (WmCsvTarget t = WM_CSV_TARGET_LANE; t <= WM_CSV_TARGET_OWNER; t++)
    add_choice (self, t, NULL);
}

/* Checks every row against the current choices. */
static void
check (WmCsvImportPlan *self)
{
  guint n_rows = wm_csv_table_get_n_rows (self->table);
  guint n_columns = self->columns->len;
  int step_column = -1;
  int stage_column = -1;
  int lane_column = -1;
  int text_column = -1;
  g_autoptr(GHashTable) new_lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           NULL);

  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->unmatched, 0);
  g_ptr_array_set_size (self->row_steps, 0);

  for (guint c = 0; c < n_columns; c++)
    {
      Mapping *mapping = column_mapping (self, c);
      int *only = NULL;

      switch (mapping->target)
        {
        case WM_CSV_TARGET_STEP: only = &step_column; break;
        case WM_CSV_TARGET_STAGE: only = &stage_column; break;
        case WM_CSV_TARGET_LANE: only = &lane_column; break;
        case WM_CSV_TARGET_TEXT: only = &text_column; break;
        case WM_CSV_TARGET_IGNORE:
          add_problem (self, WM_PROBLEM_WARNING, 1, c + 1,
                       _("left out: it names no step, lane, persona or metric; choose where "
                         "it goes to import it"));
          break;
        case WM_CSV_TARGET_METRIC:
        case WM_CSV_TARGET_EMOTION:
        case WM_CSV_TARGET_CARDS:
        case WM_CSV_TARGET_TAGS:
        case WM_CSV_TARGET_EVIDENCE:
        case WM_CSV_TARGET_OWNER:
        default:
          break;
        }
      if (only != NULL && *only >= 0)
        {
          g_autofree char *other = wm_csv_column_name (*only + 1);

          add_problem (self, WM_PROBLEM_ERROR, 1, c + 1,
                       _("column %s already has this role; choose another for one of them"),
                       other);
        }
      else if (only != NULL)
        *only = c;

      if (mapping->target == WM_CSV_TARGET_EMOTION && mapping->id == NULL
          && wm_journey_map_get_persona_ids (self->map) != NULL
          && wm_journey_map_get_persona_ids (self->map)[0] != NULL)
        add_problem (self, WM_PROBLEM_ERROR, 1, c + 1,
                     _("the map is for personas; choose whose emotion this is"));
      if (mapping->target == WM_CSV_TARGET_EMOTION && mapping->id != NULL
          && !map_has_persona (self->map, mapping->id))
        add_problem (self, WM_PROBLEM_WARNING, 1, c + 1,
                     _("the persona is not linked to the map yet; importing links it"));
      if (mapping->target == WM_CSV_TARGET_METRIC && mapping->id == NULL)
        {
          g_autofree char *title = g_strstrip (g_strdup (cell (self, 0, c)));

          add_problem (self, WM_PROBLEM_WARNING, 1, c + 1, _("a new metrics lane “%s” is added"),
                       title);
        }
    }

  if (step_column < 0)
    add_problem (self, WM_PROBLEM_ERROR, 1, 0,
                 _("No column names the steps. Call one “Step” or choose it below."));
  if ((lane_column >= 0) != (text_column >= 0))
    add_problem (self, WM_PROBLEM_ERROR, 1, 0,
                 _("Cards one per row need both a lane column and a text column."));
  if (n_rows < 2)
    add_problem (self, WM_PROBLEM_ERROR, 1, 0, _("The file has a header but no data rows."));

  g_ptr_array_add (self->row_steps, NULL);
  for (guint row = 1; row < n_rows; row++)
    {
      guint number = wm_csv_table_get_row_number (self->table, row);
      const char *step_name = step_column >= 0 ? cell (self, row, step_column) : "";
      const char *stage_name = stage_column >= 0 ? cell (self, row, stage_column) : NULL;
      WmStep *step;

      if (stage_name != NULL && cell_is_blank (stage_name))
        stage_name = NULL;
      if (step_column < 0 || cell_is_blank (step_name))
        {
          g_ptr_array_add (self->row_steps, NULL);
          for (guint c = 0; step_column >= 0 && c < n_columns; c++)
            if (column_mapping (self, c)->target != WM_CSV_TARGET_IGNORE
                && !cell_is_blank (cell (self, row, c)))
              {
                add_problem (self, WM_PROBLEM_WARNING, number, step_column + 1,
                             _("the row names no step; it is left out"));
                break;
              }
          continue;
        }

      step = find_step (self, stage_name, step_name);
      g_ptr_array_add (self->row_steps, step);
      if (step == NULL)
        {
          g_autofree char *name = g_strstrip (g_strdup (step_name));

          if (stage_name != NULL)
            {
              g_autofree char *stage = g_strstrip (g_strdup (stage_name));

              /* Translators: an unmatched row: "Row 4: “Stage” › “Step”" */
              g_ptr_array_add (self->unmatched,
                               g_strdup_printf (_("Row %u: “%s” › “%s”"), number, stage,
                                                name));
            }
          else
            {
              g_ptr_array_add (self->unmatched,
                               g_strdup_printf (_("Row %u: “%s”"), number, name));
            }
          continue;
        }

      for (guint c = 0; c < n_columns; c++)
        {
          Mapping *mapping = column_mapping (self, c);
          const char *value = cell (self, row, c);
          double number_value;
          int score;
          WmEvidence evidence;

          if (cell_is_blank (value))
            continue;

          switch (mapping->target)
            {
            case WM_CSV_TARGET_METRIC:
              if (!parse_number (value, &number_value))
                add_problem (self, WM_PROBLEM_ERROR, number, c + 1,
                             _("“%s” is not a number"), value);
              break;

            case WM_CSV_TARGET_EMOTION:
              if (!parse_score (value, &score))
                add_problem (self, WM_PROBLEM_ERROR, number, c + 1,
                             _("“%s” is not an emotion score; use a whole number from −2 to +2"),
                             value);
              break;

            case WM_CSV_TARGET_EVIDENCE:
              if (!parse_evidence (value, &evidence))
                add_problem (self, WM_PROBLEM_ERROR, number, c + 1,
                             _("“%s” is not a kind of evidence; use observed, assumed or "
                               "proposed"), value);
              break;

            case WM_CSV_TARGET_LANE:
              {
                WmLane *lane = find_lane_by_title (self->map, value);
                g_autofree char *folded = fold (value);

                if (lane != NULL && !wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
                  add_problem (self, WM_PROBLEM_ERROR, number, c + 1,
                               _("the lane “%s” does not hold cards"), value);
                else if (lane == NULL && !g_hash_table_contains (new_lanes, folded))
                  {
                    add_problem (self, WM_PROBLEM_WARNING, number, c + 1,
                                 _("the map has no lane “%s”; a new text lane is added"), value);
                    g_hash_table_add (new_lanes, g_steal_pointer (&folded));
                  }
              }
              break;

            case WM_CSV_TARGET_IGNORE:
            case WM_CSV_TARGET_STEP:
            case WM_CSV_TARGET_STAGE:
            case WM_CSV_TARGET_CARDS:
            case WM_CSV_TARGET_TEXT:
            case WM_CSV_TARGET_TAGS:
            case WM_CSV_TARGET_OWNER:
            default:
              break;
            }
        }
    }

  if (self->unmatched->len > 0)
    add_problem (self, WM_PROBLEM_WARNING, 0, 0,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u row names a step the map does not have; it is left out.",
                              "%u rows name steps the map does not have; they are left out.",
                              self->unmatched->len),
                 self->unmatched->len);
}

static void
wm_csv_import_plan_finalize (GObject *object)
{
  WmCsvImportPlan *self = (WmCsvImportPlan *) object;

  g_clear_pointer (&self->table, wm_csv_table_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->unmatched, g_ptr_array_unref);
  g_clear_pointer (&self->row_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_csv_import_plan_parent_class)->finalize (object);
}

static void
wm_csv_import_plan_class_init (WmCsvImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wm_csv_import_plan_finalize;
}

static void
wm_csv_import_plan_init (WmCsvImportPlan *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Mapping));
  g_array_set_clear_func (self->columns, (GDestroyNotify) mapping_clear);
  self->choices = g_array_new (FALSE, TRUE, sizeof (Mapping));
  g_array_set_clear_func (self->choices, (GDestroyNotify) mapping_clear);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_problem_free);
  self->unmatched = g_ptr_array_new_with_free_func (g_free);
  self->row_steps = g_ptr_array_new ();
}

/**
 * wm_csv_import_plan_new:
 * @table: the data, its first row the header
 * @document: the workspace of @map (for its personas)
 * @map: where the data goes
 *
 * Plans where each column goes, from its header and its values, and checks every row.
 *
 * Returns: (transfer full): the plan
 */
WmCsvImportPlan *
wm_csv_import_plan_new (WmCsvTable   *table,
                        WmDocument   *document,
                        WmJourneyMap *map)
{
  WmCsvImportPlan *self;
  gboolean has_lane = FALSE;
  gboolean has_text = FALSE;
  guint n_columns;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  self = g_object_new (WM_TYPE_CSV_IMPORT_PLAN, NULL);
  self->table = wm_csv_table_ref (table);
  self->document = g_object_ref (document);
  self->map = g_object_ref (map);

  n_columns = wm_csv_table_get_n_columns (table);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *folded = fold (wm_csv_table_get (table, 0, c));

      has_lane |= g_str_equal (folded, "lane");
      has_text |= g_str_equal (folded, "text");
    }

  g_array_set_size (self->columns, n_columns);
  for (guint c = 0; c < n_columns; c++)
    classify (self, c, has_lane && has_text);
  list_choices (self);
  check (self);

  return self;
}

WmCsvTable *
wm_csv_import_plan_get_table (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);

  return self->table;
}

WmJourneyMap *
wm_csv_import_plan_get_map (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);

  return self->map;
}

guint
wm_csv_import_plan_get_n_columns (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), 0);

  return self->columns->len;
}

const char *
wm_csv_import_plan_get_header (WmCsvImportPlan *self,
                               guint            column)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return cell (self, 0, column);
}

/**
 * wm_csv_import_plan_get_target:
 * @column: 0-based
 * @id: (out) (optional) (transfer none) (nullable): the lane or persona it goes to
 */
WmCsvTarget
wm_csv_import_plan_get_target (WmCsvImportPlan  *self,
                               guint             column,
                               const char      **id)
{
  Mapping *mapping;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), WM_CSV_TARGET_IGNORE);
  g_return_val_if_fail (column < self->columns->len, WM_CSV_TARGET_IGNORE);

  mapping = column_mapping (self, column);
  if (id != NULL)
    *id = mapping->id;

  return mapping->target;
}

/**
 * wm_csv_import_plan_set_target:
 * @column: 0-based
 * @id: (nullable): the lane or persona, as wm_csv_import_plan_get_choice() gives it
 *
 * Changes where a column goes and checks the rows again.
 */
void
wm_csv_import_plan_set_target (WmCsvImportPlan *self,
                               guint            column,
                               WmCsvTarget      target,
                               const char      *id)
{
  Mapping *mapping;

  g_return_if_fail (WM_IS_CSV_IMPORT_PLAN (self));
  g_return_if_fail (column < self->columns->len);
  g_return_if_fail (target <= WM_CSV_TARGET_OWNER);

  mapping = column_mapping (self, column);
  mapping->target = target;
  g_free (mapping->id);
  mapping->id = g_strdup (id);
  check (self);
}

/**
 * wm_csv_import_plan_describe_target:
 * @column: 0-based; names a new metrics lane
 *
 * Returns: (transfer full): where a column with this target goes, for the user
 */
char *
wm_csv_import_plan_describe_target (WmCsvImportPlan *self,
                                    guint            column,
                                    WmCsvTarget      target,
                                    const char      *id)
{
  WmObject *object;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  object = id != NULL ? wm_document_lookup (self->document, id) : NULL;

  switch (target)
    {
    case WM_CSV_TARGET_STEP:
      return g_strdup (_("Step names"));
    case WM_CSV_TARGET_STAGE:
      return g_strdup (_("Stage names"));
    case WM_CSV_TARGET_METRIC:
      if (WM_IS_LANE (object))
        return g_strdup_printf (_("Metric “%s”"), wm_lane_get_title (WM_LANE (object)));
      else
        {
          g_autofree char *title = g_strstrip (g_strdup (cell (self, 0, column)));

          return g_strdup_printf (_("New metric “%s”"), title);
        }
    case WM_CSV_TARGET_EMOTION:
      if (WM_IS_PERSONA (object))
        return g_strdup_printf (_("Emotion of %s"), wm_persona_get_name (WM_PERSONA (object)));
      return g_strdup (_("Emotion score"));
    case WM_CSV_TARGET_CARDS:
      return g_strdup_printf (_("Cards in “%s”"),
                              WM_IS_LANE (object) ? wm_lane_get_title (WM_LANE (object)) : "");
    case WM_CSV_TARGET_LANE:
      return g_strdup (_("Lane of each card"));
    case WM_CSV_TARGET_TEXT:
      return g_strdup (_("Card text"));
    case WM_CSV_TARGET_TAGS:
      return g_strdup (_("Card tags"));
    case WM_CSV_TARGET_EVIDENCE:
      return g_strdup (_("Card evidence"));
    case WM_CSV_TARGET_OWNER:
      return g_strdup (_("Card owner"));
    case WM_CSV_TARGET_IGNORE:
    default:
      return g_strdup (_("Ignore"));
    }
}

/**
 * wm_csv_import_plan_get_samples:
 *
 * Returns: (transfer full): the column's first few values, for the preview
 */
char *
wm_csv_import_plan_get_samples (WmCsvImportPlan *self,
                                guint            column)
{
  g_autoptr(GString) samples = g_string_new (NULL);
  guint n = 0;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  for (guint row = 1; row < wm_csv_table_get_n_rows (self->table) && n < 3; row++)
    {
      const char *value = cell (self, row, column);
      g_autofree char *shown = NULL;

      if (cell_is_blank (value))
        continue;
      shown = g_utf8_substring (value, 0, MIN (g_utf8_strlen (value, -1), 40));
      g_strdelimit (shown, "\r\n\t", ' ');
      if (n > 0)
        g_string_append (samples, ", ");
      g_string_append (samples, shown);
      n++;
    }

  return g_string_free (g_steal_pointer (&samples), FALSE);
}

guint
wm_csv_import_plan_get_n_choices (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), 0);

  return self->choices->len;
}

/**
 * wm_csv_import_plan_get_choice:
 * @index: of the target among all a column can have
 * @id: (out) (optional) (transfer none) (nullable): its lane or persona
 */
WmCsvTarget
wm_csv_import_plan_get_choice (WmCsvImportPlan  *self,
                               guint             index,
                               const char      **id)
{
  Mapping *choice;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), WM_CSV_TARGET_IGNORE);
  g_return_val_if_fail (index < self->choices->len, WM_CSV_TARGET_IGNORE);

  choice = &g_array_index (self->choices, Mapping, index);
  if (id != NULL)
    *id = choice->id;

  return choice->target;
}

/**
 * wm_csv_import_plan_find_choice:
 *
 * Returns: the index of the column's target among the choices
 */
guint
wm_csv_import_plan_find_choice (WmCsvImportPlan *self,
                                guint            column)
{
  Mapping *mapping;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (column < self->columns->len, 0);

  mapping = column_mapping (self, column);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Mapping *choice = &g_array_index (self->choices, Mapping, i);

      if (choice->target == mapping->target && g_strcmp0 (choice->id, mapping->id) == 0)
        return i;
    }

  return 0;
}

/**
 * wm_csv_import_plan_get_problems:
 *
 * Returns: (transfer none) (element-type WmProblem): errors and warnings; each names its row
 *   (line) and column (1-based; 0 when it is about the whole file)
 */
GPtrArray *
wm_csv_import_plan_get_problems (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);

  return self->problems;
}

gboolean
wm_csv_import_plan_has_errors (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), TRUE);

  for (guint i = 0; i < self->problems->len; i++)
    if (((WmProblem *) self->problems->pdata[i])->severity == WM_PROBLEM_ERROR)
      return TRUE;

  return FALSE;
}

/**
 * wm_csv_import_plan_get_unmatched_steps:
 *
 * Returns: (transfer none) (element-type utf8): the rows whose step the map does not have,
 *   as "Row 4: “Name”"
 */
GPtrArray *
wm_csv_import_plan_get_unmatched_steps (WmCsvImportPlan *self)
{
  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), NULL);

  return self->unmatched;
}

guint
wm_csv_import_plan_get_n_rows_matched (WmCsvImportPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), 0);

  for (guint i = 0; i < self->row_steps->len; i++)
    n += self->row_steps->pdata[i] != NULL;

  return n;
}

static gboolean
cell_has_card (WmLane     *lane,
               const char *step_id,
               const char *text)
{
  WmObjectList *cards = wm_lane_get_cards (lane);

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);

      if (g_str_equal (wm_card_get_step_id (card), step_id)
          && g_str_equal (wm_card_get_text (card), text))
        return TRUE;
    }

  return FALSE;
}

static void
add_card (WmHistory  *history,
          WmLane     *lane,
          const char *step_id,
          const char *text,
          const char *tags,
          WmEvidence  evidence,
          const char *owner)
{
  g_autoptr(WmCard) card = NULL;

  /* Importing the same file again does not double the cards. */
  if (cell_has_card (lane, step_id, text))
    return;

  card = wm_card_new (step_id, text);
  if (tags != NULL && !cell_is_blank (tags))
    {
      g_auto(GStrv) parts = g_strsplit (tags, ",", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;

      for (guint i = 0; parts[i] != NULL; i++)
        if (g_strstrip (parts[i])[0] != '\0')
          g_strv_builder_add (builder, parts[i]);
      list = g_strv_builder_end (builder);
      wm_card_set_tags (card, (const char * const *) list);
    }
  wm_card_set_evidence (card, evidence);
  if (owner != NULL)
    wm_card_set_owner (card, owner);
  wm_history_append (history, wm_lane_get_cards (lane), WM_OBJECT (card));
}

/**
 * wm_csv_import_plan_apply:
 * @history: the history of the map's document
 *
 * Changes the map as planned, as one undo step. Nothing changes when the plan has errors.
 *
 * Returns: %TRUE if the data was imported
 */
gboolean
wm_csv_import_plan_apply (WmCsvImportPlan  *self,
                          WmHistory        *history,
                          GError          **error)
{
  guint n_columns;
  guint n_rows;
  g_autoptr(GPtrArray) lanes = NULL;
  g_autoptr(GHashTable) named_lanes = NULL;
  WmLane *emotion_lane = NULL;
  int lane_column = -1, text_column = -1, tags_column = -1, evidence_column = -1;
  int owner_column = -1;

  g_return_val_if_fail (WM_IS_CSV_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (WM_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < self->problems->len; i++)
    {
      WmProblem *problem = self->problems->pdata[i];

      if (problem->severity == WM_PROBLEM_ERROR)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, problem->message);
          return FALSE;
        }
    }

  n_columns = self->columns->len;
  n_rows = wm_csv_table_get_n_rows (self->table);
  lanes = g_ptr_array_new ();
  named_lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_ptr_array_set_size (lanes, n_columns);

  wm_history_begin_group (history, _("Import CSV Data"));

  for (guint c = 0; c < n_columns; c++)
    {
      Mapping *mapping = column_mapping (self, c);

      switch (mapping->target)
        {
        case WM_CSV_TARGET_METRIC:
          if (mapping->id != NULL)
            lanes->pdata[c] = wm_journey_map_find_lane (self->map, mapping->id);
          if (lanes->pdata[c] == NULL)
            {
              g_autofree char *title = g_strstrip (g_strdup (cell (self, 0, c)));
              WmObjectList *map_lanes = wm_journey_map_get_lanes (self->map);

              lanes->pdata[c] = wm_journey_edit_add_lane (history, self->map,
                                                          wm_object_list_get_length (map_lanes),
                                                          WM_LANE_KIND_METRICS, title);
            }
          break;

        case WM_CSV_TARGET_EMOTION:
          if (emotion_lane == NULL)
            emotion_lane = find_lane_of_kind (self->map, WM_LANE_KIND_EMOTION);
          if (emotion_lane == NULL)
            emotion_lane = wm_journey_edit_add_lane (history, self->map, 0,
                                                     WM_LANE_KIND_EMOTION, _("Emotion"));
          lanes->pdata[c] = emotion_lane;
          if (mapping->id != NULL)
            wm_journey_edit_link_persona (history, self->map, mapping->id, TRUE);
          break;

        case WM_CSV_TARGET_CARDS:
          lanes->pdata[c] = wm_journey_map_find_lane (self->map, mapping->id);
          break;

        case WM_CSV_TARGET_LANE: lane_column = c; break;
        case WM_CSV_TARGET_TEXT: text_column = c; break;
        case WM_CSV_TARGET_TAGS: tags_column = c; break;
        case WM_CSV_TARGET_EVIDENCE: evidence_column = c; break;
        case WM_CSV_TARGET_OWNER: owner_column = c; break;
        case WM_CSV_TARGET_IGNORE:
        case WM_CSV_TARGET_STEP:
        case WM_CSV_TARGET_STAGE:
        default:
          break;
        }
    }

  for (guint row = 1; row < n_rows; row++)
    {
      WmStep *step = self->row_steps->pdata[row];
      const char *step_id;

      if (step == NULL)
        continue;
      step_id = wm_object_get_id (WM_OBJECT (step));

      for (guint c = 0; c < n_columns; c++)
        {
          Mapping *mapping = column_mapping (self, c);
          const char *value = cell (self, row, c);
          double number;
          int score;

          if (cell_is_blank (value))
            continue;

          if (mapping->target == WM_CSV_TARGET_METRIC && parse_number (value, &number))
            {
              WmMetricValue *existing = NULL;
              WmObjectList *values = wm_lane_get_values (lanes->pdata[c]);

              for (guint i = 0; i < wm_object_list_get_length (values); i++)
                if (g_str_equal (wm_metric_value_get_step_id (wm_object_list_get (values, i)),
                                 step_id))
                  existing = wm_object_list_get (values, i);
              if (existing == NULL || wm_metric_value_get_value (existing) != number)
                wm_journey_edit_set_value (history, lanes->pdata[c], step_id, number);
            }
          else if (mapping->target == WM_CSV_TARGET_EMOTION && parse_score (value, &score))
            {
              wm_journey_edit_set_score (history, lanes->pdata[c], step_id, mapping->id, score);
            }
          else if (mapping->target == WM_CSV_TARGET_CARDS && lanes->pdata[c] != NULL)
            {
              add_card (history, lanes->pdata[c], step_id, value, NULL, WM_EVIDENCE_NONE, NULL);
            }
        }

      if (lane_column >= 0 && text_column >= 0 && !cell_is_blank (cell (self, row, text_column))
          && !cell_is_blank (cell (self, row, lane_column)))
        {
          const char *lane_name = cell (self, row, lane_column);
          g_autofree char *folded = fold (lane_name);
          WmLane *lane = g_hash_table_lookup (named_lanes, folded);
          WmEvidence evidence = WM_EVIDENCE_NONE;

          if (lane == NULL)
            lane = find_lane_by_title (self->map, lane_name);
          if (lane == NULL)
            {
              g_autofree char *title = g_strstrip (g_strdup (lane_name));
              WmObjectList *map_lanes = wm_journey_map_get_lanes (self->map);

              lane = wm_journey_edit_add_lane (history, self->map,
                                               wm_object_list_get_length (map_lanes),
                                               WM_LANE_KIND_TEXT, title);
            }
          g_hash_table_insert (named_lanes, g_steal_pointer (&folded), lane);
          if (evidence_column >= 0)
            parse_evidence (cell (self, row, evidence_column), &evidence);
          add_card (history, lane, step_id, cell (self, row, text_column),
                    tags_column >= 0 ? cell (self, row, tags_column) : NULL, evidence,
                    owner_column >= 0 ? cell (self, row, owner_column) : NULL);
        }
    }

  wm_history_end_group (history);

  return TRUE;
}
