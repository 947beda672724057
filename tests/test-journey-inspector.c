/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <X11/keysym.h>

#include "wm-colour-palette.h"
#include "wm-journey-editor.h"
#include "wm-journey-format.h"
#include "wm-test-util.h"
#include "wm-test-xtest.h"

/* Drives the inspector beside the journey map canvas the way a user does (fields set and
 * activated, check rows toggled, keys typed with XTest) and checks the model: every edit is
 * one undo step, and undo brings the fields back without adding steps of its own. */

typedef struct
{
  GtkWindow          *window;
  WmJourneyEditor    *editor;
  WmJourneyCanvas    *canvas;
  WmJourneyInspector *inspector;
  WmDocument         *document;
  WmHistory          *history;
  WmJourneyMap       *map;
} Fixture;

static gpointer
child (Fixture    *f,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->inspector),
                                                   WM_TYPE_JOURNEY_INSPECTOR, name);

  g_assert_nonnull (object);

  return object;
}

/* Shift+drag from the empty corner of @from's cell to the middle of @to: a rubber band. */
static void
rubber_band (Fixture *f,
             WmCard  *from,
             WmCard  *to)
{
  WmJourneyLayout *layout = wm_journey_canvas_get_layout (f->canvas);
  WmRect a, b;

  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (from)),
                                                    &a));
  g_assert_true (wm_journey_layout_get_card_bounds (layout, wm_object_get_id (WM_OBJECT (to)),
                                                    &b));

  wm_test_pointer_to (f->canvas, a.x - 3, a.y - 3);
  wm_test_modifier (XK_Shift_L, TRUE);
  wm_test_button (1, TRUE);
  for (int i = 1; i <= 8; i++)
    wm_test_pointer_to (f->canvas, a.x - 3 + (b.x + 20 - a.x + 3) * i / 8.0,
                        a.y - 3 + (b.y + 10 - a.y + 3) * i / 8.0);
  wm_test_button (1, FALSE);
  wm_test_modifier (XK_Shift_L, FALSE);
  wm_test_pump (100);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->history = wm_document_get_history (f->document);
  f->map = wm_object_list_get (wm_document_get_maps (f->document), 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->editor = WM_JOURNEY_EDITOR (wm_journey_editor_new ());
  f->canvas = wm_journey_editor_get_canvas (f->editor);
  f->inspector = wm_journey_editor_get_inspector (f->editor);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  wm_journey_editor_set_map (f->editor, f->document, f->map);
  gtk_window_present (f->window);
  wm_test_pump (400);
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wm_test_pump (50);
  g_assert_finalize_object (f->document);
}

static WmLane *
lane_of_kind (Fixture    *f,
              WmLaneKind  kind,
              guint      *index)
{
  WmObjectList *lanes = wm_journey_map_get_lanes (f->map);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      {
        *index = i;
        return wm_object_list_get (lanes, i);
      }
  g_assert_not_reached ();
  return NULL;
}

static WmCard *
card_of (Fixture    *f,
         WmLaneKind  kind,
         guint       n)
{
  guint index;
  WmLane *lane = lane_of_kind (f, kind, &index);

  return wm_object_list_get (wm_lane_get_cards (lane), n);
}

static void
select_card (Fixture *f,
             WmCard  *card)
{
  wm_journey_canvas_select (f->canvas, wm_object_get_id (WM_OBJECT (card)));
  wm_test_pump (100);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "card");
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Number of steps undo can take back, found by undoing them all and redoing them again. */
static guint
count_undo_steps (WmHistory *history)
{
  guint n = 0;

  while (wm_history_undo (history))
    n++;
  for (guint i = 0; i < n; i++)
    g_assert_true (wm_history_redo (history));

  return n;
}

/* Nothing selected: the map, with its text and its personas. A card, a cell, several cards and
 * back to the map follow the canvas. */
static void
test_follows_selection (Fixture       *f,
                        gconstpointer  data)
{
  WmCard *card = card_of (f, WM_LANE_KIND_PAIN_POINTS, 0);
  GtkTextView *scenario = child (f, "map_scenario_view");
  g_autofree char *text = text_view_text (scenario);
  guint lane_index;

  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "map");
  g_assert_cmpstr (gtk_editable_get_text (child (f, "map_name_row")), ==,
                   wm_journey_map_get_name (f->map));
  g_assert_cmpstr (text, ==, wm_journey_map_get_scenario (f->map));
  /* Multi-line text is shown whole, not squeezed to nothing. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (scenario)), >, 40);

  select_card (f, card);
  g_clear_pointer (&text, g_free);
  text = text_view_text (child (f, "card_text_view"));
  g_assert_cmpstr (text, ==, wm_card_get_text (card));
  g_assert_cmpuint (adw_combo_row_get_selected (child (f, "card_evidence_row")), ==,
                    wm_card_get_evidence (card));
  g_assert_cmpstr (gtk_editable_get_text (child (f, "card_tags_row")), ==, "content");
  /* Where the card is, read-only. */
  g_assert_nonnull (strstr (gtk_label_get_text (child (f, "subtitle_label")), "Pain points"));

  lane_of_kind (f, WM_LANE_KIND_EMOTION, &lane_index);
  wm_journey_canvas_focus_cell (f->canvas, lane_index, 1);
  wm_test_pump (100);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "cell");
  g_assert_cmpstr (gtk_editable_get_text (child (f, "step_name_row")), ==,
                   wm_step_get_name (wm_journey_map_get_step (f->map, 1)));
  g_assert_cmpuint (adw_combo_row_get_selected (child (f, "lane_kind_row")), ==,
                    WM_LANE_KIND_EMOTION);

  /* Back to the map with the header's button. */
  gtk_widget_activate_action (GTK_WIDGET (f->inspector), "inspector.show-map", NULL);
  wm_test_pump (100);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "map");
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 0);

  /* Looking around is no edit. */
  g_assert_false (wm_history_get_can_undo (f->history));
}

/* Evidence picked and owner typed: one undo step each; undo updates the fields and adds no
 * step (redo stays possible). */
static void
test_card_evidence_and_owner (Fixture       *f,
                              gconstpointer  data)
{
  WmCard *card = card_of (f, WM_LANE_KIND_PAIN_POINTS, 0);
  AdwComboRow *evidence = child (f, "card_evidence_row");
  GtkWidget *owner = child (f, "card_owner_row");

  g_assert_cmpint (wm_card_get_evidence (card), ==, WM_EVIDENCE_OBSERVED);
  select_card (f, card);

  adw_combo_row_set_selected (evidence, WM_EVIDENCE_ASSUMED);
  wm_test_pump (50);
  g_assert_cmpint (wm_card_get_evidence (card), ==, WM_EVIDENCE_ASSUMED);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  /* Typing a name, character by character, is one step. */
  gtk_widget_grab_focus (owner);
  wm_test_pump (50);
  wm_test_type_text ("Alex");
  wm_test_pump (50);
  g_assert_cmpstr (wm_card_get_owner (card), ==, "Alex");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);

  /* Enter ends the burst: more typing is a new step. */
  wm_test_key (XK_Return, 0);
  wm_test_type_text ("ia");
  g_assert_cmpstr (wm_card_get_owner (card), ==, "Alexia");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 3);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_card_get_owner (card), ==, "Alex");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "Alex");

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_card_get_owner (card), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "");

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpint (wm_card_get_evidence (card), ==, WM_EVIDENCE_OBSERVED);
  g_assert_cmpuint (adw_combo_row_get_selected (evidence), ==, WM_EVIDENCE_OBSERVED);

  /* The fields followed undo without editing anything. */
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_true (wm_history_get_can_redo (f->history));
  g_assert_false (wm_history_get_modified (f->history));

  g_assert_true (wm_history_redo (f->history));
  wm_test_pump (100);
  g_assert_cmpuint (adw_combo_row_get_selected (evidence), ==, WM_EVIDENCE_ASSUMED);
}

/* Tags are applied with Enter, cleaned up; a colour swatch sets the colour. */
static void
test_card_tags_and_colour (Fixture       *f,
                           gconstpointer  data)
{
  WmCard *card = card_of (f, WM_LANE_KIND_PAIN_POINTS, 2);
  GtkWidget *tags = child (f, "card_tags_row");
  const char * const *now;

  select_card (f, card);
  gtk_editable_set_text (GTK_EDITABLE (tags), " checkout,mobile, , checkout ");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 0);
  g_signal_emit_by_name (tags, "apply");
  wm_test_pump (50);
  now = wm_card_get_tags (card);
  g_assert_cmpuint (g_strv_length ((char **) now), ==, 2);
  g_assert_cmpstr (now[0], ==, "checkout");
  g_assert_cmpstr (now[1], ==, "mobile");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tags)), ==, "checkout, mobile");

  wm_colour_palette_choose (child (f, "card_colour"), "#99c1f1");
  wm_test_pump (400);
  g_assert_cmpstr (wm_card_get_colour (card), ==, "#99c1f1");
  wm_colour_palette_choose (child (f, "card_colour"), "#f66151");
  wm_test_pump (400);
  g_assert_cmpstr (wm_card_get_colour (card), ==, "#f66151");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 3);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_colour_palette_get_colour (child (f, "card_colour")), ==, "#99c1f1");
  g_assert_true (wm_history_undo (f->history));
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_card_get_colour (card), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tags)), ==, "checkout, conversion");
  g_assert_false (wm_history_get_modified (f->history));
}

/* A rubber band selects two cards; evidence and colour then change on both, one step each. */
static void
test_several_cards (Fixture       *f,
                    gconstpointer  data)
{
  WmCard *a = card_of (f, WM_LANE_KIND_ACTIONS, 0);
  WmCard *b = card_of (f, WM_LANE_KIND_THOUGHTS, 0);
  AdwComboRow *evidence = child (f, "cards_evidence_row");
  g_autofree char *colour_a = g_strdup (wm_card_get_colour (a));
  g_autofree char *colour_b = g_strdup (wm_card_get_colour (b));

  wm_card_set_evidence (b, WM_EVIDENCE_PROPOSED);
  wm_test_pump (100);
  rubber_band (f, a, b);
  g_assert_cmpuint (wm_journey_canvas_get_selection (f->canvas)->len, ==, 2);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "cards");
  g_assert_cmpuint (adw_combo_row_get_selected (evidence), ==, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (evidence, WM_EVIDENCE_ASSUMED);
  wm_colour_palette_choose (child (f, "cards_colour"), "#8ff0a4");
  wm_test_pump (400);
  g_assert_cmpint (wm_card_get_evidence (a), ==, WM_EVIDENCE_ASSUMED);
  g_assert_cmpint (wm_card_get_evidence (b), ==, WM_EVIDENCE_ASSUMED);
  g_assert_cmpstr (wm_card_get_colour (a), ==, "#8ff0a4");
  g_assert_cmpstr (wm_card_get_colour (b), ==, "#8ff0a4");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);

  g_assert_true (wm_history_undo (f->history));
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpint (wm_card_get_evidence (a), ==, WM_EVIDENCE_OBSERVED);
  g_assert_cmpint (wm_card_get_evidence (b), ==, WM_EVIDENCE_PROPOSED);
  g_assert_cmpuint (adw_combo_row_get_selected (evidence), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (wm_card_get_colour (a), ==, colour_a);
  g_assert_cmpstr (wm_card_get_colour (b), ==, colour_b);
}

static GtkCheckButton *
find_check (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return GTK_CHECK_BUTTON (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget);
       c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkCheckButton *found = find_check (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* One check row per persona of the workspace: unticking unlinks it, one undo step. */
static void
test_link_personas (Fixture       *f,
                    gconstpointer  data)
{
  WmPersona *ana = wm_object_list_get (wm_document_get_personas (f->document), 0);
  const char *ana_id = wm_object_get_id (WM_OBJECT (ana));
  GtkCheckButton *check = find_check (child (f, "personas_group"));
  GtkWidget *row;

  g_assert_nonnull (check);
  g_assert_true (g_strv_contains (wm_journey_map_get_persona_ids (f->map), ana_id));
  g_assert_true (gtk_check_button_get_active (check));

  gtk_check_button_set_active (check, FALSE);
  wm_test_pump (50);
  g_assert_false (g_strv_contains (wm_journey_map_get_persona_ids (f->map), ana_id));
  g_assert_cmpuint (g_strv_length ((char **) wm_journey_map_get_persona_ids (f->map)), ==, 1);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_true (g_strv_contains (wm_journey_map_get_persona_ids (f->map), ana_id));
  g_assert_true (gtk_check_button_get_active (find_check (child (f, "personas_group"))));
  g_assert_true (wm_history_get_can_redo (f->history));

  /* A persona renamed elsewhere shows its new name. */
  wm_persona_set_name (ana, "Ana D.");
  wm_test_pump (100);
  row = gtk_widget_get_ancestor (GTK_WIDGET (find_check (child (f, "personas_group"))),
                                 ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ana D.");
}

/* A focused cell shows its lane: changing the kind drops the cards (the row warns first), and
 * undo brings them back. Typing the step's name renames it. */
static void
test_lane_kind (Fixture       *f,
                gconstpointer  data)
{
  guint lane_index;
  WmLane *lane = lane_of_kind (f, WM_LANE_KIND_PAIN_POINTS, &lane_index);
  guint n_cards = wm_object_list_get_length (wm_lane_get_cards (lane));
  AdwComboRow *kind = child (f, "lane_kind_row");
  GtkWidget *step_name = child (f, "step_name_row");
  WmStep *step = wm_journey_map_get_step (f->map, 0);
  g_autofree char *old_name = g_strdup (wm_step_get_name (step));
  g_autofree char *new_name = g_strconcat (old_name, " now", NULL);

  g_assert_cmpuint (n_cards, >, 0);
  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  wm_test_pump (100);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "cell");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, WM_LANE_KIND_PAIN_POINTS);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind)), !=, "");

  adw_combo_row_set_selected (kind, WM_LANE_KIND_EMOTION);
  wm_test_pump (100);
  g_assert_cmpint (wm_lane_get_kind (lane), ==, WM_LANE_KIND_EMOTION);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (lane)), ==, 0);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpint (wm_lane_get_kind (lane), ==, WM_LANE_KIND_PAIN_POINTS);
  g_assert_cmpuint (wm_object_list_get_length (wm_lane_get_cards (lane)), ==, n_cards);
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, WM_LANE_KIND_PAIN_POINTS);
  g_assert_true (wm_history_get_can_redo (f->history));

  gtk_widget_grab_focus (step_name);
  wm_test_pump (50);
  wm_test_key (XK_End, 0);
  wm_test_type_text (" now");
  g_assert_cmpstr (wm_step_get_name (step), ==, new_name);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (step_name)), ==, old_name);
}

/* A stage's description, typed over several lines, is one undo step; undo empties the field
 * again without a step of its own, and the field follows the focused cell to another stage. */
static void
test_stage_description (Fixture       *f,
                        gconstpointer  data)
{
  guint lane_index;
  GtkTextView *view = child (f, "stage_description_view");
  WmStage *first = wm_object_list_get (wm_journey_map_get_stages (f->map), 0);
  WmStage *second = wm_object_list_get (wm_journey_map_get_stages (f->map), 1);
  guint second_step = wm_object_list_get_length (wm_stage_get_steps (first));
  g_autofree char *text = NULL;

  /* Not an edit: a stage that has no description yet. */
  wm_stage_set_description (first, "");
  g_assert_cmpstr (wm_stage_get_description (second), !=, "");
  lane_of_kind (f, WM_LANE_KIND_ACTIONS, &lane_index);

  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  wm_test_pump (100);
  g_assert_cmpstr (wm_journey_inspector_get_mode (f->inspector), ==, "cell");
  text = text_view_text (view);
  g_assert_cmpstr (text, ==, "");

  gtk_widget_grab_focus (GTK_WIDGET (view));
  wm_test_pump (50);
  wm_test_type_text ("Before the shop");
  wm_test_key (XK_Return, 0);
  wm_test_type_text ("and after");
  wm_test_pump (50);
  g_assert_cmpstr (wm_stage_get_description (first), ==, "Before the shop\nand after");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  /* Another stage's cell shows that stage's description. */
  wm_journey_canvas_focus_cell (f->canvas, lane_index, second_step);
  wm_test_pump (100);
  g_clear_pointer (&text, g_free);
  text = text_view_text (view);
  g_assert_cmpstr (text, ==, wm_stage_get_description (second));

  wm_journey_canvas_focus_cell (f->canvas, lane_index, 0);
  wm_test_pump (100);
  g_clear_pointer (&text, g_free);
  text = text_view_text (view);
  g_assert_cmpstr (text, ==, "Before the shop\nand after");

  /* One undo takes the whole description back, and the field follows. */
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_stage_get_description (first), ==, "");
  g_clear_pointer (&text, g_free);
  text = text_view_text (view);
  g_assert_cmpstr (text, ==, "");
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_true (wm_history_get_can_redo (f->history));

  g_assert_true (wm_history_redo (f->history));
  wm_test_pump (100);
  g_clear_pointer (&text, g_free);
  text = text_view_text (view);
  g_assert_cmpstr (text, ==, "Before the shop\nand after");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
}

/* F4 and the action hide and show the inspector. */
static void
test_toggle (Fixture       *f,
             gconstpointer  data)
{
  gboolean shown;

  g_object_get (f->editor, "show-inspector", &shown, NULL);
  g_assert_true (shown);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->inspector)));

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.toggle-inspector", NULL);
  wm_test_pump (600);
  g_object_get (f->editor, "show-inspector", &shown, NULL);
  g_assert_false (shown);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->inspector))
                  && gtk_widget_get_child_visible (GTK_WIDGET (f->inspector)));

  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  wm_test_key (XK_F4, 0);
  wm_test_pump (600);
  g_object_get (f->editor, "show-inspector", &shown, NULL);
  g_assert_true (shown);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (!wm_test_xtest_init ())
    {
      g_test_skip ("needs an X11 display (run under Xvfb with GDK_BACKEND=x11)");
      return 77;
    }

  g_test_add ("/journey-inspector/follows-selection", Fixture, NULL, fixture_set_up,
              test_follows_selection, fixture_tear_down);
  g_test_add ("/journey-inspector/card-evidence-and-owner", Fixture, NULL, fixture_set_up,
              test_card_evidence_and_owner, fixture_tear_down);
  g_test_add ("/journey-inspector/card-tags-and-colour", Fixture, NULL, fixture_set_up,
              test_card_tags_and_colour, fixture_tear_down);
  g_test_add ("/journey-inspector/several-cards", Fixture, NULL, fixture_set_up,
              test_several_cards, fixture_tear_down);
  g_test_add ("/journey-inspector/link-personas", Fixture, NULL, fixture_set_up,
              test_link_personas, fixture_tear_down);
  g_test_add ("/journey-inspector/lane-kind", Fixture, NULL, fixture_set_up, test_lane_kind,
              fixture_tear_down);
  g_test_add ("/journey-inspector/stage-description", Fixture, NULL, fixture_set_up,
              test_stage_description, fixture_tear_down);
  g_test_add ("/journey-inspector/toggle", Fixture, NULL, fixture_set_up, test_toggle,
              fixture_tear_down);

  return g_test_run ();
}
