/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-colour-palette.h"
#include "wm-inspector-util.h"
#include "wm-journey-edit.h"
#include "wm-journey-inspector.h"
#include "wm-style.h"

/* The inspector beside the journey map canvas: the properties of what the canvas has
 * selected. One card, several cards, a focused cell (its lane, stage and step) or, with
 * nothing selected, the map itself.
 *
 * The model is the truth. Every edit goes through the document's history, one set per change,
 * so typing in a field merges into one undo step; leaving the field (or Enter) seals it. The
 * fields follow the model: any change of the document or of the canvas's selection schedules
 * a refresh, which writes into a widget only what differs from it, with `updating` raised so
 * that the widgets' own change signals do not come back as edits.
 */

typedef enum
{
  MODE_EMPTY,
  MODE_MAP,
  MODE_CARD,
  MODE_CARDS,
  MODE_CELL,
} Mode;

static const char * const mode_names[] = { "empty", "map", "card", "cards", "cell" };

/* Which of the shown objects a field edits. */
typedef enum
{
  TARGET_MAP,
  TARGET_CARD,
  TARGET_LANE,
  TARGET_STAGE,
  TARGET_STEP,
} Target;

typedef struct
{
  gsize       offset;    /* of the widget in WmJourneyInspector */
  Target      target;
  const char *property;  /* a string property of the target */
} Field;

struct _WmJourneyInspector
{
  GtkWidget            parent_instance;

  WmJourneyCanvas     *canvas;
  WmDocument          *document;
  WmJourneyMap        *map;
  gulong               document_changed_handler;
  WmInspectorRefresh   refresh;
  guint                updating;

  Mode                 mode;
  GPtrArray           *cards;       /* WmCard: the selected cards shown */
  WmLane              *lane;
  WmStage             *stage;
  WmStep              *step;
  char                *shown_tags;  /* the tags as last written into the tags row */
  GPtrArray           *persona_rows;

  /* Template widgets */
  GtkWidget           *box;
  GtkWidget           *header;
  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkStack            *stack;

  GtkWidget           *map_name_row;
  GtkWidget           *map_scenario_view;
  GtkWidget           *map_description_view;
  AdwPreferencesGroup *personas_group;
  GtkWidget           *no_personas_row;

  GtkWidget           *card_text_view;
  AdwComboRow         *card_evidence_row;
  GtkWidget           *card_owner_row;
  GtkWidget           *card_tags_row;
  GtkWidget           *card_colour;

  AdwComboRow         *cards_evidence_row;
  GtkWidget           *cards_colour;

  GtkWidget           *lane_title_row;
  AdwComboRow         *lane_kind_row;
  GtkWidget           *lane_unit_row;
  GtkWidget           *lane_colour;
  GtkWidget           *stage_name_row;
  GtkWidget           *stage_colour;
  GtkWidget           *stage_description_view;
  GtkWidget           *step_name_row;
  GtkWidget           *step_description_row;
  GtkStringList       *lane_kind_model;
};

G_DEFINE_FINAL_TYPE (WmJourneyInspector, wm_journey_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CANVAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FIELD(member, target, property) \
  { G_STRUCT_OFFSET (WmJourneyInspector, member), target, property }

/* The text fields: entry rows and text views. */
static const Field text_fields[] = {
  FIELD (map_name_row, TARGET_MAP, "name"),
  FIELD (map_scenario_view, TARGET_MAP, "scenario"),
  FIELD (map_description_view, TARGET_MAP, "description"),
  FIELD (card_text_view, TARGET_CARD, "text"),
  FIELD (card_owner_row, TARGET_CARD, "owner"),
  FIELD (lane_title_row, TARGET_LANE, "title"),
  FIELD (lane_unit_row, TARGET_LANE, "unit"),
  FIELD (stage_name_row, TARGET_STAGE, "name"),
  FIELD (stage_description_view, TARGET_STAGE, "description"),
  FIELD (step_name_row, TARGET_STEP, "name"),
  FIELD (step_description_row, TARGET_STEP, "description"),
};

/* The colour palettes of one object (several cards have their own handler). */
static const Field colour_fields[] = {
  FIELD (card_colour, TARGET_CARD, "colour"),
  FIELD (lane_colour, TARGET_LANE, "colour"),
  FIELD (stage_colour, TARGET_STAGE, "colour"),
};

#define FIELD_KEY "wm-inspector-field"
#define PERSONA_ID_KEY "wm-persona-id"
#define PERSONA_CHECK_KEY "wm-persona-check"
#define PERSONA_DOT_KEY "wm-persona-dot"
#define DOT_COLOUR_KEY "wm-dot-colour"

static GtkWidget *
field_widget (WmJourneyInspector *self,
              const Field        *field)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, field->offset);
}

static WmHistory *
history (WmJourneyInspector *self)
{
  return self->document != NULL ? wm_document_get_history (self->document) : NULL;
}

static WmCard *
single_card (WmJourneyInspector *self)
{
  return self->mode == MODE_CARD ? g_ptr_array_index (self->cards, 0) : NULL;
}

static WmObject *
target_object (WmJourneyInspector *self,
               Target              target)
{
  switch (target)
    {
    case TARGET_MAP:
      return self->mode == MODE_MAP ? WM_OBJECT (self->map) : NULL;
    case TARGET_CARD:
      return (WmObject *) single_card (self);
    case TARGET_LANE:
      return self->mode == MODE_CELL ? (WmObject *) self->lane : NULL;
    case TARGET_STAGE:
      return self->mode == MODE_CELL ? (WmObject *) self->stage : NULL;
    case TARGET_STEP:
      return self->mode == MODE_CELL ? (WmObject *) self->step : NULL;
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

static char *
dup_string (WmObject   *object,
            const char *property)
{
  char *text = NULL;

  g_object_get (object, property, &text, NULL);

  return text != NULL ? text : g_strdup ("");
}

/* Writes @text into a field unless it already shows it, which keeps the cursor where it is
 * while the user types. */
static void
show_text (WmJourneyInspector *self,
           GtkWidget          *widget,
           const char         *text)
{
  g_assert (self->updating > 0);

  wm_inspector_set_text (widget, text);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static const char *
or_untitled (const char *name)
{
  return name != NULL && name[0] != '\0' ? name : _("Untitled");
}

/* "Pain points · Buy › Checkout" */
static char *
describe_place (WmLane  *lane,
                WmStage *stage,
                WmStep  *step)
{
  GString *place = g_string_new (NULL);

  if (lane != NULL)
    g_string_append (place, or_untitled (wm_lane_get_title (lane)));
  if (step != NULL)
    {
      if (place->len > 0)
        g_string_append (place, " · ");
      if (stage != NULL)
        g_string_append_printf (place, "%s › ", or_untitled (wm_stage_get_name (stage)));
      g_string_append (place, or_untitled (wm_step_get_name (step)));
    }

  return g_string_free (place, FALSE);
}

/* Refresh: what to show */

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  GdkRGBA *colour = g_object_get_data (G_OBJECT (area), DOT_COLOUR_KEY);

  if (colour == NULL)
    return;

  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_fill (cr);
}

static void
on_persona_toggled (GtkCheckButton     *check,
                    WmJourneyInspector *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), PERSONA_ID_KEY);

  if (self->updating > 0 || self->map == NULL)
    return;

  wm_journey_edit_link_persona (history (self), self->map, id, gtk_check_button_get_active (check));
}

static GtkWidget *
create_persona_row (WmJourneyInspector *self,
                    WmPersona          *persona)
{
  const char *id = wm_object_get_id (WM_OBJECT (persona));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *dot = gtk_drawing_area_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, NULL, NULL);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dot, "persona-dot");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_object_set_data_full (G_OBJECT (check), PERSONA_ID_KEY, g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), PERSONA_ID_KEY, g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), PERSONA_CHECK_KEY, check);
  g_object_set_data (G_OBJECT (row), PERSONA_DOT_KEY, dot);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_persona_toggled), self, 0);

  return row;
}

static gboolean
persona_rows_match (WmJourneyInspector *self,
                    WmObjectList       *personas)
{
  if (self->persona_rows->len != wm_object_list_get_length (personas))
    return FALSE;

  for (guint i = 0; i < self->persona_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->persona_rows, i);
      const char *row_id = g_object_get_data (row, PERSONA_ID_KEY);

      if (!g_str_equal (row_id, wm_object_get_id (wm_object_list_get (personas, i))))
        return FALSE;
    }

  return TRUE;
}

static void
show_personas (WmJourneyInspector *self)
{
  WmObjectList *personas = wm_document_get_personas (self->document);
  const char * const *linked = wm_journey_map_get_persona_ids (self->map);

  if (!persona_rows_match (self, personas))
    {
      for (guint i = 0; i < self->persona_rows->len; i++)
        adw_preferences_group_remove (self->personas_group,
                                      g_ptr_array_index (self->persona_rows, i));
      g_ptr_array_set_size (self->persona_rows, 0);

      for (guint i = 0; i < wm_object_list_get_length (personas); i++)
        {
          GtkWidget *row = create_persona_row (self, wm_object_list_get (personas, i));

          adw_preferences_group_add (self->personas_group, row);
          g_ptr_array_add (self->persona_rows, row);
        }
    }

  gtk_widget_set_visible (self->no_personas_row, self->persona_rows->len == 0);

  for (guint i = 0; i < self->persona_rows->len; i++)
    {
      WmPersona *persona = wm_object_list_get (personas, i);
      GtkWidget *row = g_ptr_array_index (self->persona_rows, i);
      GtkWidget *dot = g_object_get_data (G_OBJECT (row), PERSONA_DOT_KEY);
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), PERSONA_CHECK_KEY);
      const char *id = wm_object_get_id (WM_OBJECT (persona));
      gboolean is_linked = linked != NULL && g_strv_contains (linked, id);
      WmColour colour;
      GdkRGBA rgba;

      if (!wm_colour_parse (&colour, wm_persona_get_colour (persona)))
        colour = wm_style_persona_colour (i);
      rgba = (GdkRGBA) { colour.red, colour.green, colour.blue, 1.0 };
      g_object_set_data_full (G_OBJECT (dot), DOT_COLOUR_KEY, gdk_rgba_copy (&rgba),
                              (GDestroyNotify) gdk_rgba_free);
      gtk_widget_queue_draw (dot);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     or_untitled (wm_persona_get_name (persona)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), wm_persona_get_role (persona));
      gtk_check_button_set_active (check, is_linked);
    }
}

static void
show_tags (WmJourneyInspector *self,
           WmCard             *card,
           gboolean            force)
{
  const char * const *tags = wm_card_get_tags (card);
  g_autofree char *joined = tags != NULL ? g_strjoinv (", ", (char **) tags) : g_strdup ("");

  /* While the user edits the tags, only a change of the model itself replaces the text. */
  if (!force && g_strcmp0 (joined, self->shown_tags) == 0)
    return;

  show_text (self, self->card_tags_row, joined);
  g_free (self->shown_tags);
  self->shown_tags = g_steal_pointer (&joined);

  /* Hide the apply button: what the row shows is applied. */
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->card_tags_row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->card_tags_row), TRUE);
}

static void
show_lane_kind (WmJourneyInspector *self)
{
  WmLaneKind kind = wm_lane_get_kind (self->lane);
  guint n_cards = wm_object_list_get_length (wm_lane_get_cards (self->lane));
  guint n_points = wm_object_list_get_length (wm_lane_get_points (self->lane));
  guint n_values = wm_object_list_get_length (wm_lane_get_values (self->lane));
  g_autofree char *warning = NULL;

  adw_combo_row_set_selected (self->lane_kind_row, kind);

  /* Say what a change of kind would take away (wm_journey_edit_set_lane_kind drops it). */
  if (wm_lane_kind_holds_cards (kind) && n_cards > 0)
    warning = g_strdup_printf (ngettext ("Emotions or Metric would remove this lane’s %u card",
                                         "Emotions or Metric would remove this lane’s %u cards",
                                         n_cards), n_cards);
  else if (kind == WM_LANE_KIND_EMOTION && n_points > 0)
    warning = g_strdup_printf (ngettext ("Another kind would remove this lane’s %u score",
                                         "Another kind would remove this lane’s %u scores",
                                         n_points), n_points);
  else if (kind == WM_LANE_KIND_METRICS && n_values > 0)
    warning = g_strdup_printf (ngettext ("Another kind would remove this lane’s %u value",
                                         "Another kind would remove this lane’s %u values",
                                         n_values), n_values);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->lane_kind_row),
                               warning != NULL ? warning : "");
  if (warning != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->lane_kind_row), "kind-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->lane_kind_row), "kind-warning");

  gtk_widget_set_visible (self->lane_unit_row, kind == WM_LANE_KIND_METRICS);
}

/* Several cards: a value they share, or none marked when they differ. */
static void
show_cards (WmJourneyInspector *self)
{
  WmCard *first = g_ptr_array_index (self->cards, 0);
  WmEvidence evidence = wm_card_get_evidence (first);
  const char *colour = wm_card_get_colour (first);
  gboolean same_evidence = TRUE, same_colour = TRUE;

  for (guint i = 1; i < self->cards->len; i++)
    {
      WmCard *card = g_ptr_array_index (self->cards, i);

      same_evidence = same_evidence && wm_card_get_evidence (card) == evidence;
      same_colour = same_colour && g_ascii_strcasecmp (wm_card_get_colour (card), colour) == 0;
    }

  adw_combo_row_set_selected (self->cards_evidence_row,
                              same_evidence ? (guint) evidence : GTK_INVALID_LIST_POSITION);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->cards_evidence_row),
                               same_evidence ? "" : _("Mixed"));
  wm_colour_palette_set_colour (WM_COLOUR_PALETTE (self->cards_colour),
                                same_colour ? colour : NULL);
}

static void
show_header (WmJourneyInspector *self)
{
  g_autofree char *place = NULL;
  g_autofree char *count = NULL;

  gtk_widget_set_visible (self->header, self->mode != MODE_EMPTY);
  gtk_widget_set_visible (self->back_button, self->mode != MODE_MAP && self->mode != MODE_EMPTY);

  switch (self->mode)
    {
    case MODE_MAP:
      set_label (self->title_label, _("Journey Map"));
      set_label (self->subtitle_label, wm_journey_map_get_name (self->map));
      break;

    case MODE_CARD:
      place = describe_place (self->lane, self->stage, self->step);
      set_label (self->title_label, _("Card"));
      set_label (self->subtitle_label, place);
      break;

    case MODE_CARDS:
      count = g_strdup_printf (ngettext ("%u Card", "%u Cards", self->cards->len),
                               self->cards->len);
      set_label (self->title_label, count);
      set_label (self->subtitle_label, _("Selected"));
      break;

    case MODE_CELL:
      place = describe_place (self->lane, self->stage, self->step);
      set_label (self->title_label, _("Lane and Step"));
      set_label (self->subtitle_label, place);
      break;

    case MODE_EMPTY:
    default:
      set_label (self->title_label, NULL);
      set_label (self->subtitle_label, NULL);
      break;
    }
}

static void
show_values (WmJourneyInspector *self)
{
  WmCard *card = single_card (self);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      WmObject *target = target_object (self, text_fields[i].target);

      g_autofree char *text = NULL;

      if (target == NULL)
        continue;
      text = dup_string (target, text_fields[i].property);
      show_text (self, field_widget (self, &text_fields[i]), text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (colour_fields); i++)
    {
      WmObject *target = target_object (self, colour_fields[i].target);

      g_autofree char *colour = NULL;

      if (target == NULL)
        continue;
      colour = dup_string (target, colour_fields[i].property);
      wm_colour_palette_set_colour (WM_COLOUR_PALETTE (field_widget (self, &colour_fields[i])),
                                    colour);
    }

  switch (self->mode)
    {
    case MODE_MAP:
      show_personas (self);
      break;

    case MODE_CARD:
      adw_combo_row_set_selected (self->card_evidence_row, wm_card_get_evidence (card));
      show_tags (self, card, FALSE);
      break;

    case MODE_CARDS:
      show_cards (self);
      break;

    case MODE_CELL:
      show_lane_kind (self);
      break;

    case MODE_EMPTY:
    default:
      break;
    }

  show_header (self);
}

static gboolean
same_targets (WmJourneyInspector *self,
              Mode                mode,
              GPtrArray          *cards,
              WmLane             *lane,
              WmStep             *step)
{
  if (mode != self->mode || lane != self->lane || step != self->step)
    return FALSE;
  if (cards->len != self->cards->len)
    return FALSE;

  for (guint i = 0; i < cards->len; i++)
    if (g_ptr_array_index (cards, i) != g_ptr_array_index (self->cards, i))
      return FALSE;

  return TRUE;
}

static void
refresh_now (WmJourneyInspector *self)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  WmLane *lane = NULL;
  WmStage *stage = NULL;
  WmStep *step = NULL;
  Mode mode = MODE_EMPTY;
  guint lane_index, step_index;

  wm_inspector_refresh_cancel (&self->refresh);

  if (self->map != NULL && self->canvas != NULL)
    {
      GPtrArray *selection = wm_journey_canvas_get_selection (self->canvas);

      for (guint i = 0; i < selection->len; i++)
        {
          WmObject *object = wm_document_lookup (self->document, g_ptr_array_index (selection, i));

          if (WM_IS_CARD (object) && wm_object_get_toplevel (object) == WM_OBJECT (self->map))
            g_ptr_array_add (cards, g_object_ref (object));
        }

      if (cards->len == 1)
        {
          WmCard *card = g_ptr_array_index (cards, 0);

          mode = MODE_CARD;
          lane = wm_object_get_ancestor (WM_OBJECT (card), WM_TYPE_LANE);
          step = wm_journey_map_find_step (self->map, wm_card_get_step_id (card), &stage);
        }
      else if (cards->len > 1)
        {
          mode = MODE_CARDS;
        }
      else if (wm_journey_canvas_get_focus_cell (self->canvas, &lane_index, &step_index)
               && lane_index < wm_object_list_get_length (wm_journey_map_get_lanes (self->map))
               && step_index < wm_journey_map_get_n_steps (self->map))
        {
          mode = MODE_CELL;
          lane = wm_object_list_get (wm_journey_map_get_lanes (self->map), lane_index);
          step = wm_journey_map_get_step (self->map, step_index);
          wm_journey_map_find_step (self->map, wm_object_get_id (WM_OBJECT (step)), &stage);
        }
      else
        {
          mode = MODE_MAP;
        }
    }

  self->updating++;

  if (!same_targets (self, mode, cards, lane, step))
    {
      /* Typing in the next object is a new step, even in a field of the same name. */
      wm_inspector_seal (self->document);
      self->mode = mode;
      g_ptr_array_set_size (self->cards, 0);
      g_ptr_array_extend_and_steal (self->cards, g_steal_pointer (&cards));
      g_set_object (&self->lane, lane);
      g_set_object (&self->step, step);
      g_clear_pointer (&self->shown_tags, g_free);
      if (mode == MODE_CARD)
        show_tags (self, single_card (self), TRUE);
    }
  g_set_object (&self->stage, stage);

  show_values (self);
  gtk_stack_set_visible_child_name (self->stack, mode_names[self->mode]);

  self->updating--;
}

static void
queue_refresh (WmJourneyInspector *self)
{
  wm_inspector_refresh_queue (&self->refresh);
}

/* Edits */

static void
commit_text (GtkWidget *widget,
             gpointer   user_data)
{
  WmJourneyInspector *self = user_data;
  const Field *field = g_object_get_data (G_OBJECT (widget), FIELD_KEY);
  g_autofree char *text = NULL;
  WmObject *target;

  if (self->updating > 0 || field == NULL)
    return;

  target = target_object (self, field->target);
  if (target == NULL)
    return;

  text = wm_inspector_get_text (widget);
  wm_history_set (history (self), target, field->property, text);
}

static void
commit_tags (WmJourneyInspector *self)
{
  WmCard *card = single_card (self);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;

  if (self->updating > 0 || card == NULL)
    return;

  text = wm_inspector_get_text (self->card_tags_row);
  if (g_strcmp0 (text, self->shown_tags) == 0)
    return;

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0' && g_hash_table_add (seen, tag))
        g_strv_builder_add (builder, tag);
    }
  tags = g_strv_builder_end (builder);

  wm_inspector_seal (self->document);
  wm_history_set (history (self), WM_OBJECT (card), "tags", tags);
  wm_inspector_seal (self->document);

  self->updating++;
  show_tags (self, card, TRUE);
  self->updating--;
}

static void
on_tags_apply (WmJourneyInspector *self)
{
  commit_tags (self);
}

static void
on_field_left (GtkWidget *widget,
               gpointer   user_data)
{
  WmJourneyInspector *self = user_data;

  if (widget == self->card_tags_row)
    commit_tags (self);
  wm_inspector_seal (self->document);
}

static void
on_card_evidence_selected (WmJourneyInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->card_evidence_row);
  WmCard *card = single_card (self);

  if (self->updating > 0 || card == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  wm_inspector_seal (self->document);
  wm_history_set (history (self), WM_OBJECT (card), "evidence", (WmEvidence) selected);
  wm_inspector_seal (self->document);
}

static void
on_cards_evidence_selected (WmJourneyInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->cards_evidence_row);

  if (self->updating > 0 || self->mode != MODE_CARDS || selected == GTK_INVALID_LIST_POSITION)
    return;

  wm_inspector_seal (self->document);
  wm_history_begin_group (history (self), _("Change evidence"));
  for (guint i = 0; i < self->cards->len; i++)
    wm_history_set (history (self), g_ptr_array_index (self->cards, i), "evidence",
                    (WmEvidence) selected);
  wm_history_end_group (history (self));
  wm_inspector_seal (self->document);
}

static void
on_colour_chosen (WmColourPalette    *palette,
                  const char         *colour,
                  WmJourneyInspector *self)
{
  const Field *field = g_object_get_data (G_OBJECT (palette), FIELD_KEY);
  WmObject *target;

  if (self->updating > 0)
    return;

  target = target_object (self, field->target);
  if (target == NULL)
    return;

  /* A colour is a string too: without the seals, picking twice would merge into one step. */
  wm_inspector_seal (self->document);
  wm_history_set (history (self), target, field->property, colour);
  wm_inspector_seal (self->document);
  queue_refresh (self);
}

static void
on_cards_colour_chosen (WmColourPalette    *palette,
                        const char         *colour,
                        WmJourneyInspector *self)
{
  if (self->updating > 0 || self->mode != MODE_CARDS)
    return;

  wm_inspector_seal (self->document);
  wm_history_begin_group (history (self), _("Change colour"));
  for (guint i = 0; i < self->cards->len; i++)
    wm_history_set (history (self), g_ptr_array_index (self->cards, i), "colour", colour);
  wm_history_end_group (history (self));
  wm_inspector_seal (self->document);
  queue_refresh (self);
}

static void
on_lane_kind_selected (WmJourneyInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->lane_kind_row);

  if (self->updating > 0 || self->mode != MODE_CELL || selected == GTK_INVALID_LIST_POSITION)
    return;

  wm_journey_edit_set_lane_kind (history (self), self->lane, (WmLaneKind) selected);
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (widget);

  if (self->canvas == NULL)
    return;

  wm_journey_canvas_select (self->canvas, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* Setting up */

static void
wm_journey_inspector_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (widget);

  wm_inspector_measure_narrow (widget, self->box, orientation, for_size, minimum, natural);
}

static void
wm_journey_inspector_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
wm_journey_inspector_dispose (GObject *object)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (object);

  wm_inspector_refresh_cancel (&self->refresh);
  if (self->document != NULL)
    g_clear_signal_handler (&self->document_changed_handler, self->document);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_JOURNEY_INSPECTOR);

  g_clear_object (&self->canvas);
  g_clear_object (&self->document);
  g_clear_object (&self->map);
  g_clear_object (&self->lane);
  g_clear_object (&self->stage);
  g_clear_object (&self->step);
  if (self->cards != NULL)
    g_ptr_array_set_size (self->cards, 0);

  G_OBJECT_CLASS (wm_journey_inspector_parent_class)->dispose (object);
}

static void
wm_journey_inspector_finalize (GObject *object)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (object);

  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->persona_rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown_tags, g_free);

  G_OBJECT_CLASS (wm_journey_inspector_parent_class)->finalize (object);
}

static void
wm_journey_inspector_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      g_value_set_object (value, self->canvas);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_journey_inspector_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WmJourneyInspector *self = WM_JOURNEY_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      self->canvas = g_value_dup_object (value);
      if (self->canvas != NULL)
        g_signal_connect_object (self->canvas, "selection-changed", G_CALLBACK (queue_refresh),
                                 self, G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_journey_inspector_class_init (WmJourneyInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_journey_inspector_dispose;
  object_class->finalize = wm_journey_inspector_finalize;
  object_class->get_property = wm_journey_inspector_get_property;
  object_class->set_property = wm_journey_inspector_set_property;

  /**
   * WmJourneyInspector:canvas:
   *
   * The canvas whose selection the inspector shows.
   */
  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL,
                         WM_TYPE_JOURNEY_CANVAS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WM_TYPE_COLOUR_PALETTE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/waymark/Waymark/"
                                                             "editors/wm-journey-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, box);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, header);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, back_button);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, title_label);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, map_name_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, map_scenario_view);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, map_description_view);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, personas_group);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, no_personas_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, card_text_view);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, card_evidence_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, card_owner_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, card_tags_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, card_colour);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, cards_evidence_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, cards_colour);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, lane_title_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, lane_kind_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, lane_unit_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, lane_colour);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, stage_name_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, stage_colour);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, stage_description_view);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, step_name_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, step_description_row);
  gtk_widget_class_bind_template_child (widget_class, WmJourneyInspector, lane_kind_model);
  gtk_widget_class_bind_template_callback (widget_class, on_card_evidence_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_cards_evidence_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_lane_kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_apply);

  gtk_widget_class_install_action (widget_class, "inspector.show-map", NULL, show_map_action);

  widget_class->measure = wm_journey_inspector_measure;
  widget_class->size_allocate = wm_journey_inspector_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "wmjourneyinspector");
}

static void
wm_journey_inspector_init (WmJourneyInspector *self)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (WM_TYPE_LANE_KIND);

  wm_inspector_refresh_init (&self->refresh, (WmInspectorRefreshFunc) refresh_now, self);
  self->cards = g_ptr_array_new_with_free_func (g_object_unref);
  self->persona_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo row's positions are the enumeration's values. */
  for (guint i = 0; i < kinds->n_values; i++)
    {
      g_assert (kinds->values[i].value == (int) i);
      gtk_string_list_append (self->lane_kind_model, wm_style_lane_kind_label (i));
    }

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      GtkWidget *widget = field_widget (self, &text_fields[i]);

      g_object_set_data (G_OBJECT (widget), FIELD_KEY, (gpointer) &text_fields[i]);
      wm_inspector_watch_field (widget, commit_text, on_field_left, self);
      if (GTK_IS_TEXT_VIEW (widget))
        {
          wm_inspector_set_text_margins (widget);
          g_signal_connect (widget, "map", G_CALLBACK (wm_inspector_settle_text_view), NULL);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (colour_fields); i++)
    {
      GtkWidget *widget = field_widget (self, &colour_fields[i]);

      g_object_set_data (G_OBJECT (widget), FIELD_KEY, (gpointer) &colour_fields[i]);
      g_signal_connect_object (widget, "colour-chosen", G_CALLBACK (on_colour_chosen), self, 0);
    }
  g_signal_connect_object (self->cards_colour, "colour-chosen", G_CALLBACK (on_cards_colour_chosen),
                           self, 0);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->card_tags_row), FALSE);
  wm_inspector_watch_leaving (self->card_tags_row, on_field_left, self);

  refresh_now (self);
}

/**
 * wm_journey_inspector_new:
 * @canvas: the canvas whose selection to show
 */
GtkWidget *
wm_journey_inspector_new (WmJourneyCanvas *canvas)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (canvas), NULL);

  return g_object_new (WM_TYPE_JOURNEY_INSPECTOR, "canvas", canvas, NULL);
}

/**
 * wm_journey_inspector_set_map:
 * @document: (nullable): the workspace, whose history records the edits
 * @map: (nullable): the map the canvas shows
 */
void
wm_journey_inspector_set_map (WmJourneyInspector *self,
                              WmDocument         *document,
                              WmJourneyMap       *map)
{
  g_return_if_fail (WM_IS_JOURNEY_INSPECTOR (self));
  g_return_if_fail (map == NULL || WM_IS_DOCUMENT (document));

  if (document == self->document && map == self->map)
    return;

  /* Persona names and colours live outside the map: watch the whole workspace. */
  wm_inspector_watch_document (&self->document, &self->document_changed_handler,
                               map != NULL ? document : NULL, G_CALLBACK (queue_refresh), self);
  g_set_object (&self->map, map);

  refresh_now (self);
}

/**
 * wm_journey_inspector_get_mode:
 *
 * Returns: what the inspector shows: "empty" (no map), "map", "card", "cards" or "cell"
 */
const char *
wm_journey_inspector_get_mode (WmJourneyInspector *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_INSPECTOR (self), NULL);

  return mode_names[self->mode];
}

/**
 * wm_journey_inspector_refresh:
 *
 * Shows the canvas's selection and the model's values now rather than at the next idle.
 */
void
wm_journey_inspector_refresh (WmJourneyInspector *self)
{
  g_return_if_fail (WM_IS_JOURNEY_INSPECTOR (self));

  refresh_now (self);
}
