/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-clipboard-format.h"
#include "wm-clipboard.h"
#include "wm-journey-canvas.h"
#include "wm-journey-edit.h"

/* Editing a journey map on the canvas. The model is the truth: every gesture becomes one undo
 * step on the document's history, the map's "changed" signal schedules a new layout, and the
 * canvas draws that. Selection and focus are kept by id, so they survive a new layout (and an
 * undo that brings a card back).
 */

#define DRAG_THRESHOLD 6.0

typedef enum
{
  EDIT_NEW_CARD,
  EDIT_PROPERTY,
  EDIT_METRIC,
} EditWhat;

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_CARDS,
  DRAG_POINT,
  DRAG_STAGE,
  DRAG_STEP,
  DRAG_LANE,
  DRAG_RUBBER,
} DragMode;

struct _WmJourneyCanvas
{
  WmCanvas         parent_instance;

  WmDocument      *document;
  WmJourneyMap    *map;
  WmJourneyLayout *layout;
  guint            relayout_source;
  gulong           changed_handler;
  gulong           document_changed_handler;

  GPtrArray       *selection;     /* card ids, in selection order */
  char            *focus_card;
  gboolean         has_focus_cell;
  guint            focus_lane;
  guint            focus_step;

  /* Dragging */
  DragMode         drag_mode;
  gboolean         drag_started;
  double           drag_start_x;  /* document units */
  double           drag_start_y;
  double           drag_x;
  double           drag_y;
  char            *drag_point;
  double           pan_origin_x;
  double           pan_origin_y;
  gboolean         drop_valid;
  WmJourneyCell    drop_cell;
  guint            drop_index;
  guint            drag_header;   /* index of the stage, step or lane being dragged */
  int              drop_header;   /* where it goes, or -1 */

  /* Context menu */
  GtkWidget       *menu;
  char            *menu_id;       /* the object the menu is about, or NULL for a cell */
  WmDisplayRole    menu_role;
  guint            menu_lane;
  guint            menu_step;

  /* Inline editing (struct) */
  GtkWidget       *editor;        /* GtkFrame around a GtkTextView */
  GtkWidget       *text_view;
  EditWhat         editing_what;
  char            *editing_card;  /* the card or header being edited */
  const char      *editing_property;
  guint            editing_lane;
  guint            editing_step;
  guint            editing_index;
  WmRect           editing_bounds;
};

G_DEFINE_FINAL_TYPE (WmJourneyCanvas, wm_journey_canvas, WM_TYPE_CANVAS)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static WmLane *lane_at (WmJourneyCanvas *self,
                        guint            index);

/* What a screen reader says about the canvas: where the focus is and what it holds. */
static void
update_accessible_description (WmJourneyCanvas *self)
{
  g_autofree char *text = NULL;
  WmObject *card = self->focus_card && self->document ? wm_document_lookup (self->document, self->focus_card) : NULL;
  WmLane *lane = self->has_focus_cell && self->map ? lane_at (self, self->focus_lane) : NULL;
  WmStep *step = self->has_focus_cell && self->map ? wm_journey_map_get_step (self->map, self->focus_step) : NULL;

  if (lane != NULL && step != NULL && WM_IS_CARD (card))
    /* Translators: a card's text, then the lane and step it is in */
    text = g_strdup_printf (_("Card “%s”, %s, %s"), wm_card_get_text (WM_CARD (card)),
                            wm_lane_get_title (lane), wm_step_get_name (step));
  else if (lane != NULL && step != NULL)
    /* Translators: an empty cell, named by its lane and step */
    text = g_strdup_printf (_("Empty cell, %s, %s"), wm_lane_get_title (lane), wm_step_get_name (step));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

/* Tells the inspector to look again: the selection, the focus or the layout changed. */
static void
selection_changed (WmJourneyCanvas *self)
{
  update_accessible_description (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void stop_editing (WmJourneyCanvas *self,
                          gboolean         commit);

static WmHistory *
history (WmJourneyCanvas *self)
{
  return wm_document_get_history (self->document);
}

static gboolean
is_selected (WmJourneyCanvas *self,
             const char      *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selection, i), id))
      return TRUE;

  return FALSE;
}

static void
select_only (WmJourneyCanvas *self,
             const char      *id)
{
  g_ptr_array_set_size (self->selection, 0);
  if (id != NULL)
    g_ptr_array_add (self->selection, g_strdup (id));
  selection_changed (self);
}

static void
toggle_selected (WmJourneyCanvas *self,
                 const char      *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selection, i), id))
      {
        g_ptr_array_remove_index (self->selection, i);
        selection_changed (self);
        return;
      }
  g_ptr_array_add (self->selection, g_strdup (id));
  selection_changed (self);
}

static WmLane *
lane_at (WmJourneyCanvas *self,
         guint            index)
{
  return wm_object_list_get (wm_journey_map_get_lanes (self->map), index);
}

static gboolean
locate_card (WmJourneyCanvas *self,
             const char      *card_id,
             guint           *lane,
             guint           *step,
             guint           *index)
{
  for (guint l = 0; l < wm_journey_layout_get_n_lanes (self->layout); l++)
    for (guint s = 0; s < wm_journey_layout_get_n_steps (self->layout); s++)
      {
        g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, l, s);

        for (guint i = 0; i < cards->len; i++)
          if (g_str_equal (wm_object_get_id (g_ptr_array_index (cards, i)), card_id))
            {
              *lane = l;
              *step = s;
              *index = i;
              return TRUE;
            }
      }

  return FALSE;
}

static void
set_focus_card (WmJourneyCanvas *self,
                const char      *card_id)
{
  guint lane, step, index;

  g_free (self->focus_card);
  self->focus_card = g_strdup (card_id);
  if (card_id != NULL && locate_card (self, card_id, &lane, &step, &index))
    {
      WmRect bounds;

      self->has_focus_cell = TRUE;
      self->focus_lane = lane;
      self->focus_step = step;
      if (wm_journey_layout_get_card_bounds (self->layout, card_id, &bounds))
        wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (self)), bounds.x,
                                    bounds.y, bounds.width, bounds.height);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  selection_changed (self);
}

void
wm_journey_canvas_relayout_now (WmJourneyCanvas *self)
{
  gboolean dark;

  g_return_if_fail (WM_IS_JOURNEY_CANVAS (self));

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_object (&self->layout);
  if (self->map == NULL)
    {
      wm_canvas_set_display_list (WM_CANVAS (self), NULL);
      return;
    }

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  self->layout = wm_journey_layout_new (self->document, self->map, wm_style_get (dark));
  wm_canvas_set_display_list (WM_CANVAS (self), wm_journey_layout_get_display_list (self->layout));
  /* Room for the "+" buttons past the map's edges. */
  wm_viewport_set_content_size (wm_canvas_get_viewport (WM_CANVAS (self)),
                                wm_display_list_get_width (wm_journey_layout_get_display_list (self->layout)) + 60,
                                wm_display_list_get_height (wm_journey_layout_get_display_list (self->layout)) + 56);

  /* Cards that went away (deleted, undone) leave the selection. */
  for (guint i = self->selection->len; i > 0; i--)
    {
      WmRect bounds;

      if (!wm_journey_layout_get_card_bounds (self->layout, g_ptr_array_index (self->selection, i - 1), &bounds))
        g_ptr_array_remove_index (self->selection, i - 1);
    }
  if (self->focus_card != NULL)
    {
      WmRect bounds;

      if (!wm_journey_layout_get_card_bounds (self->layout, self->focus_card, &bounds))
        g_clear_pointer (&self->focus_card, g_free);
    }
  if (self->has_focus_cell
      && (self->focus_lane >= wm_journey_layout_get_n_lanes (self->layout)
          || self->focus_step >= wm_journey_layout_get_n_steps (self->layout)))
    self->has_focus_cell = FALSE;

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  selection_changed (self);
}

static gboolean
relayout_idle (gpointer data)
{
  WmJourneyCanvas *self = data;

  self->relayout_source = 0;
  wm_journey_canvas_relayout_now (self);

  return G_SOURCE_REMOVE;
}

static void
queue_relayout (WmJourneyCanvas *self)
{
  if (self->relayout_source == 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
}

static void
on_document_changed (WmJourneyCanvas *self,
                     WmObject        *origin)
{
  /* Personas (names, colours) appear on the map too. */
  if (wm_object_get_ancestor (origin, WM_TYPE_PERSONA) != NULL || WM_IS_DOCUMENT (origin))
    queue_relayout (self);
}

/* Where in the lane's list a card lands to be at @index among the cards of @step_id. */
static guint
list_position (WmJourneyCanvas *self,
               WmLane          *lane,
               const char      *step_id,
               guint            index,
               WmCard          *exclude)
{
  WmObjectList *cards = wm_lane_get_cards (lane);
  int step_index = wm_journey_map_get_step_index (self->map, step_id);
  guint seen = 0, after_last = G_MAXUINT;

  for (guint i = 0; i < wm_object_list_get_length (cards); i++)
    {
      WmCard *card = wm_object_list_get (cards, i);

      if ((WmCard *) card == exclude)
        continue;
      if (g_str_equal (wm_card_get_step_id (card), step_id))
        {
          if (seen == index)
            return i;
          seen++;
          after_last = i + 1;
        }
      else if (after_last == G_MAXUINT
               && wm_journey_map_get_step_index (self->map, wm_card_get_step_id (card)) > step_index)
        {
          /* Keep the list ordered by step, so files stay tidy. */
          return i;
        }
    }

  return after_last != G_MAXUINT ? after_last : wm_object_list_get_length (cards);
}

static void
add_card (WmJourneyCanvas *self,
          guint            lane_index,
          guint            step_index,
          guint            index,
          const char      *text)
{
  WmLane *lane = lane_at (self, lane_index);
  WmStep *step = wm_journey_map_get_step (self->map, step_index);
  g_autoptr(WmCard) card = NULL;
  const char *step_id;

  if (lane == NULL || step == NULL || !wm_lane_kind_holds_cards (wm_lane_get_kind (lane)))
    return;

  step_id = wm_object_get_id (WM_OBJECT (step));
  card = wm_card_new (step_id, text);
  wm_history_seal (history (self));
  wm_history_insert (history (self), wm_lane_get_cards (lane),
                     list_position (self, lane, step_id, index, NULL), WM_OBJECT (card));
  wm_journey_canvas_relayout_now (self);
  select_only (self, wm_object_get_id (WM_OBJECT (card)));
  set_focus_card (self, wm_object_get_id (WM_OBJECT (card)));
}

/* Moves the selected cards to @index in the cell, as one undo step. */
static void
move_selection (WmJourneyCanvas     *self,
                const WmJourneyCell *cell,
                guint                index)
{
  WmLane *to_lane = lane_at (self, cell->lane);
  WmStep *step = wm_journey_map_get_step (self->map, cell->step);
  const char *step_id;

  if (to_lane == NULL || step == NULL || !wm_lane_kind_holds_cards (wm_lane_get_kind (to_lane)))
    return;
  step_id = wm_object_get_id (WM_OBJECT (step));

  wm_history_begin_group (history (self), g_dngettext (GETTEXT_PACKAGE, "Move card", "Move cards",
                                                       self->selection->len));
  for (guint i = 0; i < self->selection->len; i++)
    {
      WmObject *object = wm_document_lookup (self->document, g_ptr_array_index (self->selection, i));
      WmCard *card = WM_IS_CARD (object) ? WM_CARD (object) : NULL;
      WmLane *from_lane;
      guint from_pos, to_pos;

      if (card == NULL)
        continue;
      from_lane = WM_LANE (wm_object_get_parent (WM_OBJECT (card)));
      wm_object_list_find (wm_lane_get_cards (from_lane), WM_OBJECT (card), &from_pos);
      to_pos = list_position (self, to_lane, step_id, index + i, card);
      if (from_lane == to_lane && to_pos > from_pos)
        to_pos--;
      if (from_lane != to_lane || to_pos != from_pos)
        wm_history_move (history (self), wm_lane_get_cards (from_lane), from_pos,
                         wm_lane_get_cards (to_lane), to_pos);
      wm_history_set (history (self), WM_OBJECT (card), "step-id", step_id);
    }
  wm_history_end_group (history (self));
  wm_journey_canvas_relayout_now (self);
}

/* The nearest lane from @lane in direction @delta (−1 or +1) that holds cards, or −1. */
static int
card_lane_from (WmJourneyCanvas *self,
                int              lane,
                int              delta)
{
  int n = (int) wm_journey_layout_get_n_lanes (self->layout);

  for (lane += delta; lane >= 0 && lane < n; lane += delta)
    if (wm_lane_kind_holds_cards (wm_lane_get_kind (lane_at (self, lane))))
      return lane;

  return -1;
}

static guint
cell_length (WmJourneyCanvas *self,
             guint            lane,
             guint            step)
{
  g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, lane, step);

  return cards->len;
}

/* Alt+arrows: the focused card (and the cards selected with it) to the step before or after
 * (Left, Right), or one place up or down in its cell and from the end of the cell into the
 * lane above or below (Up, Down); what a drag does, as one undo step. */
static gboolean
move_focus_card (WmJourneyCanvas *self,
                 int              dstep,
                 int              dlane)
{
  g_autofree char *focus = g_strdup (self->focus_card);
  g_autoptr(GPtrArray) keep = NULL;
  WmJourneyCell target = { 0 };
  guint lane, step, index, index_to;

  if (focus == NULL || !locate_card (self, focus, &lane, &step, &index))
    return FALSE;
  /* Reordering inside a cell moves one card; to another cell, the whole selection. */
  if (!is_selected (self, focus) || dlane != 0)
    select_only (self, focus);

  target.lane = lane;
  target.step = step;
  if (dstep != 0)
    {
      if ((dstep < 0 && step == 0)
          || (dstep > 0 && step + 1 >= wm_journey_layout_get_n_steps (self->layout)))
        return FALSE;
      target.step = step + dstep;
      index_to = cell_length (self, lane, target.step);
    }
  else if (dlane < 0 && index > 0)
    index_to = index - 1;
  else if (dlane > 0 && index + 1 < cell_length (self, lane, step))
    index_to = index + 1;
  else
    {
      int other = card_lane_from (self, (int) lane, dlane);

      if (other < 0)
        return FALSE;
      target.lane = (guint) other;
      index_to = dlane < 0 ? cell_length (self, target.lane, step) : 0;
    }

  keep = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->selection->len; i++)
    g_ptr_array_add (keep, g_strdup (g_ptr_array_index (self->selection, i)));
  wm_history_seal (history (self));
  move_selection (self, &target, index_to);
  wm_history_seal (history (self));

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; i < keep->len; i++)
    g_ptr_array_add (self->selection, g_strdup (g_ptr_array_index (keep, i)));
  set_focus_card (self, focus);

  return TRUE;
}

static void
delete_selection (WmJourneyCanvas *self)
{
  if (self->selection->len == 0)
    return;

  wm_history_begin_group (history (self), g_dngettext (GETTEXT_PACKAGE, "Delete card", "Delete cards",
                                                       self->selection->len));
  for (guint i = 0; i < self->selection->len; i++)
    {
      WmObject *card = wm_document_lookup (self->document, g_ptr_array_index (self->selection, i));
      WmObject *lane = card ? wm_object_get_parent (card) : NULL;
      guint pos;

      if (WM_IS_LANE (lane) && wm_object_list_find (wm_lane_get_cards (WM_LANE (lane)), card, &pos))
        wm_history_remove (history (self), wm_lane_get_cards (WM_LANE (lane)), pos);
    }
  wm_history_end_group (history (self));
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_card, g_free);
  wm_journey_canvas_relayout_now (self);
}

static void
duplicate_selection (WmJourneyCanvas *self)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);

  if (self->selection->len == 0)
    return;

  wm_history_begin_group (history (self), _("Duplicate"));
  for (guint i = 0; i < self->selection->len; i++)
    {
      WmObject *card = wm_document_lookup (self->document, g_ptr_array_index (self->selection, i));
      WmObject *lane = card ? wm_object_get_parent (card) : NULL;
      g_autoptr(WmObject) copy = NULL;
      guint pos;

      if (!WM_IS_LANE (lane) || !wm_object_list_find (wm_lane_get_cards (WM_LANE (lane)), card, &pos))
        continue;
      copy = wm_object_copy (card, TRUE);
      wm_history_insert (history (self), wm_lane_get_cards (WM_LANE (lane)), pos + 1, copy);
      g_ptr_array_add (copies, g_strdup (wm_object_get_id (copy)));
    }
  wm_history_end_group (history (self));
  wm_journey_canvas_relayout_now (self);

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; i < copies->len; i++)
    g_ptr_array_add (self->selection, g_strdup (g_ptr_array_index (copies, i)));
  if (copies->len > 0)
    set_focus_card (self, g_ptr_array_index (copies, 0));
}

/* Inline editing: a card's text (or a new card's), a header's name, a metric value. */

static void
show_editor (WmJourneyCanvas *self,
             const char      *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter start, end;

  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_widget_set_visible (self->editor, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &end, &start);
}

static void
start_editing (WmJourneyCanvas *self,
               const char      *card_id,
               guint            lane,
               guint            step,
               guint            index)
{
  WmJourneyCell cell;

  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    stop_editing (self, TRUE);

  self->editing_what = card_id != NULL ? EDIT_PROPERTY : EDIT_NEW_CARD;
  g_free (self->editing_card);
  self->editing_card = g_strdup (card_id);
  self->editing_property = "text";
  self->editing_lane = lane;
  self->editing_step = step;
  self->editing_index = index;

  if (card_id != NULL)
    {
      WmObject *card = wm_document_lookup (self->document, card_id);

      wm_journey_layout_get_card_bounds (self->layout, card_id, &self->editing_bounds);
      show_editor (self, WM_IS_CARD (card) ? wm_card_get_text (WM_CARD (card)) : "");
      return;
    }

  if (!wm_journey_layout_get_cell (self->layout, lane, step, &cell))
    return;
  self->editing_bounds = (WmRect) { cell.bounds.x + 8, cell.bounds.y + 8, cell.bounds.width - 16, 48 };
  {
    g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, lane, step);
    WmRect last;

    if (index > 0 && index <= cards->len
        && wm_journey_layout_get_card_bounds (self->layout,
                                              wm_object_get_id (g_ptr_array_index (cards, index - 1)),
                                              &last))
      self->editing_bounds.y = last.y + last.height + 6;
  }
  show_editor (self, "");
}

/* Edits a string property (a stage's, step's or lane's name) over its header. */
static void
start_editing_property (WmJourneyCanvas *self,
                        const char      *id,
                        const char      *property,
                        const WmRect    *bounds)
{
  WmObject *object = wm_document_lookup (self->document, id);
  g_autofree char *value = NULL;

  if (object == NULL)
    return;
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    stop_editing (self, TRUE);

  g_object_get (object, property, &value, NULL);
  self->editing_what = EDIT_PROPERTY;
  g_free (self->editing_card);
  self->editing_card = g_strdup (id);
  self->editing_property = property;
  self->editing_bounds = *bounds;
  self->editing_bounds.width = MAX (bounds->width, 140);
  show_editor (self, value ? value : "");
}

static void
start_editing_metric (WmJourneyCanvas *self,
                      guint            lane_index,
                      guint            step)
{
  WmLane *lane = lane_at (self, lane_index);
  WmStep *the_step = wm_journey_map_get_step (self->map, step);
  WmObjectList *values = wm_lane_get_values (lane);
  g_autofree char *text = g_strdup ("");
  WmJourneyCell cell;

  if (the_step == NULL || !wm_journey_layout_get_cell (self->layout, lane_index, step, &cell))
    return;
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    stop_editing (self, TRUE);

  for (guint i = 0; i < wm_object_list_get_length (values); i++)
    {
      WmMetricValue *value = wm_object_list_get (values, i);

      if (g_str_equal (wm_metric_value_get_step_id (value), wm_object_get_id (WM_OBJECT (the_step))))
        {
          g_free (text);
          text = g_strdup_printf ("%.10g", wm_metric_value_get_value (value));
        }
    }

  self->editing_what = EDIT_METRIC;
  g_clear_pointer (&self->editing_card, g_free);
  self->editing_lane = lane_index;
  self->editing_step = step;
  self->editing_bounds = (WmRect) { cell.bounds.x + 12, cell.bounds.y + 8, cell.bounds.width - 24, 36 };
  show_editor (self, text);
}

static void
stop_editing (WmJourneyCanvas *self,
              gboolean         commit)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;

  if (self->editor == NULL || !gtk_widget_get_visible (self->editor))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  target = g_steal_pointer (&self->editing_card);
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (!commit || self->map == NULL)
    return;

  g_strstrip (text);
  switch (self->editing_what)
    {
    case EDIT_PROPERTY:
      {
        WmObject *object = wm_document_lookup (self->document, target);
        g_autofree char *old = NULL;

        if (object == NULL)
          break;
        g_object_get (object, self->editing_property, &old, NULL);
        if (g_strcmp0 (old, text) != 0)
          {
            wm_history_seal (history (self));
            wm_history_set (history (self), object, self->editing_property, text);
            wm_history_seal (history (self));
          }
        wm_journey_canvas_relayout_now (self);
      }
      break;

    case EDIT_NEW_CARD:
      if (text[0] != '\0')
        add_card (self, self->editing_lane, self->editing_step, self->editing_index, text);
      break;

    case EDIT_METRIC:
      {
        char *end_ptr = NULL;
        double value;
        WmStep *step = wm_journey_map_get_step (self->map, self->editing_step);

        /* Accept a decimal comma, as people type it in many languages. */
        g_strdelimit (text, ",", '.');
        value = g_ascii_strtod (text, &end_ptr);
        if (text[0] != '\0' && end_ptr != NULL && *end_ptr == '\0' && isfinite (value) && step != NULL)
          wm_journey_edit_set_value (history (self), lane_at (self, self->editing_lane),
                                     wm_object_get_id (WM_OBJECT (step)), value);
        wm_journey_canvas_relayout_now (self);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
on_editor_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       WmJourneyCanvas       *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      stop_editing (self, FALSE);
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_CONTROL_MASK))
    {
      stop_editing (self, TRUE);
      return TRUE;
    }

  return FALSE;
}

static void
on_editor_focus_leave (WmJourneyCanvas *self)
{
  /* Clicking away commits, as in other whiteboard tools. */
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    stop_editing (self, TRUE);
}

/* Headers: stages, steps and lanes can be renamed in place, reordered by dragging, and have a
 * context menu. */

static const WmDisplayItem *hit (WmJourneyCanvas *self,
                                 double           dx,
                                 double           dy,
                                 guint            roles);

static gboolean
header_index (WmJourneyCanvas *self,
              const char      *id,
              WmDisplayRole    role,
              guint           *index)
{
  WmObject *object = wm_document_lookup (self->document, id);

  if (role == WM_DISPLAY_ROLE_STAGE && WM_IS_STAGE (object))
    return wm_object_list_find (wm_journey_map_get_stages (self->map), object, index);
  if (role == WM_DISPLAY_ROLE_LANE && WM_IS_LANE (object))
    return wm_object_list_find (wm_journey_map_get_lanes (self->map), object, index);
  if (role == WM_DISPLAY_ROLE_STEP && WM_IS_STEP (object))
    {
      int i = wm_journey_map_get_step_index (self->map, id);

      *index = (guint) MAX (i, 0);
      return i >= 0;
    }

  return FALSE;
}

static gboolean
header_bounds (WmJourneyCanvas *self,
               DragMode         mode,
               guint            index,
               WmRect          *bounds)
{
  if (mode == DRAG_STAGE)
    return wm_journey_layout_get_stage_header (self->layout, index, bounds);
  if (mode == DRAG_STEP)
    return wm_journey_layout_get_step_header (self->layout, index, bounds);
  if (mode == DRAG_LANE)
    return wm_journey_layout_get_lane_header (self->layout, index, bounds);
  return FALSE;
}

/* Which header of the dragged kind the pointer is over: by column for stages and steps, by row
 * for lanes, so the pointer need not stay on the header strip. */
static int
header_at (WmJourneyCanvas *self,
           DragMode         mode,
           double           x,
           double           y)
{
  WmRect bounds;

  for (guint i = 0; header_bounds (self, mode, i, &bounds); i++)
    {
      if (mode == DRAG_LANE ? (y >= bounds.y - 3 && y < bounds.y + bounds.height + 3)
                            : (x >= bounds.x - 3 && x < bounds.x + bounds.width + 3))
        return (int) i;
    }

  return -1;
}

static void
start_editing_header (WmJourneyCanvas *self,
                      const char      *id,
                      WmDisplayRole    role)
{
  guint index;
  WmRect bounds;
  DragMode mode = role == WM_DISPLAY_ROLE_STAGE ? DRAG_STAGE
                  : role == WM_DISPLAY_ROLE_STEP ? DRAG_STEP : DRAG_LANE;

  if (!header_index (self, id, role, &index) || !header_bounds (self, mode, index, &bounds))
    return;
  if (mode == DRAG_LANE)
    bounds.height = MIN (bounds.height, 44);
  start_editing_property (self, id, role == WM_DISPLAY_ROLE_LANE ? "title" : "name", &bounds);
}

/* Double-click in an emotion lane: a score where clicked, for the first linked persona without
 * one at that step (or the first persona). */
static void
add_score_at (WmJourneyCanvas     *self,
              const WmJourneyCell *cell,
              double               y)
{
  WmLane *lane = lane_at (self, cell->lane);
  WmStep *step = wm_journey_map_get_step (self->map, cell->step);
  const char * const *ids = wm_journey_map_get_persona_ids (self->map);
  const char *persona = ids != NULL && ids[0] != NULL ? ids[0] : NULL;
  WmObjectList *points = wm_lane_get_points (lane);
  int score = (int) round (wm_journey_layout_score_at (self->layout, cell->lane, y));

  for (guint p = 0; ids != NULL && ids[p] != NULL; p++)
    {
      gboolean has = FALSE;

      for (guint i = 0; i < wm_object_list_get_length (points); i++)
        {
          WmEmotionPoint *point = wm_object_list_get (points, i);

          if (g_str_equal (wm_emotion_point_get_step_id (point), wm_object_get_id (WM_OBJECT (step)))
              && g_str_equal (wm_emotion_point_get_persona_id (point), ids[p]))
            has = TRUE;
        }
      if (!has)
        {
          persona = ids[p];
          break;
        }
    }

  wm_journey_edit_set_score (history (self), lane, wm_object_get_id (WM_OBJECT (step)), persona, score);
  wm_journey_canvas_relayout_now (self);
}

static void
select_in_rect (WmJourneyCanvas *self,
                const WmRect    *band)
{
  for (guint l = 0; l < wm_journey_layout_get_n_lanes (self->layout); l++)
    for (guint s = 0; s < wm_journey_layout_get_n_steps (self->layout); s++)
      {
        g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, l, s);

        for (guint i = 0; i < cards->len; i++)
          {
            const char *id = wm_object_get_id (g_ptr_array_index (cards, i));
            WmRect bounds;

            if (wm_journey_layout_get_card_bounds (self->layout, id, &bounds)
                && wm_rect_intersects (&bounds, band) && !is_selected (self, id))
              g_ptr_array_add (self->selection, g_strdup (id));
          }
      }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  selection_changed (self);
}

/* Clipboard: cards go out as plain text, one line per card (newlines inside a card become
 * spaces), so they paste into other apps, and in Waymark's own format, so that a paste in
 * Waymark keeps their colour, tags, evidence, owner and picture. Plain text comes in as one
 * card per line, so lists from other apps paste. */

static void
copy_selection (WmJourneyCanvas *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < self->selection->len; i++)
    {
      WmObject *card = wm_document_lookup (self->document, g_ptr_array_index (self->selection, i));
      g_autofree char *line = NULL;

      if (!WM_IS_CARD (card))
        continue;
      g_ptr_array_add (cards, card);
      line = g_strdup (wm_card_get_text (WM_CARD (card)));
      g_strdelimit (line, "\r\n", ' ');
      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", line);
    }
  if (cards->len == 0)
    return;

  bytes = wm_card_clipboard_write (cards);
  wm_clipboard_set_with_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                              WM_CARD_CLIPBOARD_MIME_TYPE, bytes, text->str);
}

/* Inserts @cards (without a step yet) after the focused card, or at the end of the focused
 * cell, as one undo step, and selects them. */
static void
paste_cards (WmJourneyCanvas *self,
             GPtrArray       *cards)
{
  guint lane, step, index = 0;
  WmLane *target;
  WmStep *the_step;
  const char *step_id;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);

  if (self->focus_card != NULL && locate_card (self, self->focus_card, &lane, &step, &index))
    index++;
  else if (self->has_focus_cell)
    {
      g_autoptr(GPtrArray) in_cell = wm_journey_layout_get_cards_in_cell (self->layout,
                                                                          self->focus_lane,
                                                                          self->focus_step);

      lane = self->focus_lane;
      step = self->focus_step;
      index = in_cell->len;
    }
  else
    return;

  target = lane_at (self, lane);
  the_step = wm_journey_map_get_step (self->map, step);
  if (target == NULL || the_step == NULL || !wm_lane_kind_holds_cards (wm_lane_get_kind (target))
      || cards->len == 0)
    return;
  step_id = wm_object_get_id (WM_OBJECT (the_step));

  wm_history_seal (history (self));
  wm_history_begin_group (history (self), _("Paste"));
  for (guint i = 0; i < cards->len; i++)
    {
      WmCard *card = g_ptr_array_index (cards, i);

      wm_card_set_step_id (card, step_id);
      wm_history_insert (history (self), wm_lane_get_cards (target),
                         list_position (self, target, step_id, index++, NULL), WM_OBJECT (card));
      g_ptr_array_add (added, g_strdup (wm_object_get_id (WM_OBJECT (card))));
    }
  wm_history_end_group (history (self));
  wm_history_seal (history (self));
  wm_journey_canvas_relayout_now (self);

  g_ptr_array_set_size (self->selection, 0);
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (self->selection, g_strdup (g_ptr_array_index (added, i)));
  set_focus_card (self, g_ptr_array_index (added, added->len - 1));
}

static gpointer
card_from_line (const char *line)
{
  return wm_card_new ("", line);
}

static void
paste_into (GtkWidget *widget,
            GPtrArray *cards)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (widget);

  if (self->map != NULL && self->layout != NULL)
    paste_cards (self, cards);
}

static void
paste (WmJourneyCanvas *self)
{
  wm_clipboard_paste (GTK_WIDGET (self), WM_CARD_CLIPBOARD_MIME_TYPE, wm_card_clipboard_read,
                      card_from_line, paste_into);
}

/* Context menus */

static GMenuModel *
build_menu (WmJourneyCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GEnumClass) kinds = g_type_class_ref (WM_TYPE_LANE_KIND);

  switch (self->menu_role)
    {
    case WM_DISPLAY_ROLE_CARD:
      {
        g_autoptr(GMenu) evidence = g_menu_new ();

        g_menu_append (section, _("_Edit Text"), "journey.edit");
        g_menu_append (section, _("_Duplicate"), "canvas.duplicate");
        g_menu_append (section, _("Cu_t"), "canvas.cut");
        g_menu_append (section, _("_Copy"), "canvas.copy");
        g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
        g_menu_append (evidence, _("Observed"), "journey.evidence::observed");
        g_menu_append (evidence, _("Assumed"), "journey.evidence::assumed");
        g_menu_append (evidence, _("Proposed"), "journey.evidence::proposed");
        g_menu_append (evidence, _("Not Stated"), "journey.evidence::none");
        g_menu_append_submenu (menu, _("E_vidence"), G_MENU_MODEL (evidence));
        g_menu_append (menu, _("_Delete"), "journey.delete");
      }
      break;

    case WM_DISPLAY_ROLE_STAGE:
      g_menu_append (section, _("_Rename Stage"), "journey.edit");
      g_menu_append (section, _("Add Stage _Before"), "journey.insert-before");
      g_menu_append (section, _("Add Stage _After"), "journey.insert-after");
      g_menu_append (section, _("Add _Step"), "journey.add-step");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_menu_append (menu, _("_Delete Stage"), "journey.delete");
      break;

    case WM_DISPLAY_ROLE_STEP:
      g_menu_append (section, _("_Rename Step"), "journey.edit");
      g_menu_append (section, _("Add Step _Before"), "journey.insert-before");
      g_menu_append (section, _("Add Step _After"), "journey.insert-after");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_menu_append (menu, _("_Delete Step"), "journey.delete");
      break;

    case WM_DISPLAY_ROLE_LANE:
      {
        g_autoptr(GMenu) add = g_menu_new ();
        g_autoptr(GMenu) kind = g_menu_new ();

        for (guint i = 0; i < kinds->n_values; i++)
          {
            g_autofree char *add_action = g_strdup_printf ("journey.add-lane::%s", kinds->values[i].value_nick);
            g_autofree char *kind_action = g_strdup_printf ("journey.lane-kind::%s", kinds->values[i].value_nick);
            const char *label = wm_style_lane_kind_label (kinds->values[i].value);

            g_menu_append (add, label, add_action);
            g_menu_append (kind, label, kind_action);
          }
        g_menu_append (section, _("_Rename Lane"), "journey.edit");
        g_menu_append_submenu (section, _("Add Lane _Below"), G_MENU_MODEL (add));
        g_menu_append_submenu (section, _("_Kind"), G_MENU_MODEL (kind));
        g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
        g_menu_append (menu, _("_Delete Lane"), "journey.delete");
      }
      break;

    case WM_DISPLAY_ROLE_TITLE:
      {
        g_autoptr(GMenu) add = g_menu_new ();

        for (guint i = 0; i < kinds->n_values; i++)
          {
            g_autofree char *add_action = g_strdup_printf ("journey.add-lane::%s", kinds->values[i].value_nick);

            g_menu_append (add, wm_style_lane_kind_label (kinds->values[i].value), add_action);
          }
        g_menu_append (section, _("Add _Stage"), "journey.append-stage");
        g_menu_append_submenu (section, _("Add _Lane"), G_MENU_MODEL (add));
        g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      }
      break;

    default:
      g_menu_append (section, _("_Add Card"), "journey.add-card");
      g_menu_append (section, _("_Paste"), "canvas.paste");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      break;
    }

  return G_MENU_MODEL (menu);
}

static void
open_context_menu (WmJourneyCanvas *self,
                   double           wx,
                   double           wy)
{
  g_autoptr(GMenuModel) model = build_menu (self);

  wm_canvas_popup_menu (WM_CANVAS (self), &self->menu, model, wx, wy);
}

/* Chooses what the menu at document point (@dx, @dy) is about. */
static gboolean
set_menu_target (WmJourneyCanvas *self,
                 double           dx,
                 double           dy)
{
  const WmDisplayItem *item = hit (self, dx, dy, WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_CARD)
                                                 | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STAGE)
                                                 | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STEP)
                                                 | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_LANE));
  WmJourneyCell cell;

  g_clear_pointer (&self->menu_id, g_free);
  if (item != NULL)
    {
      self->menu_id = g_strdup (item->id);
      self->menu_role = item->role;
      if (item->role == WM_DISPLAY_ROLE_CARD)
        {
          if (!is_selected (self, item->id))
            select_only (self, item->id);
          set_focus_card (self, item->id);
        }
      return TRUE;
    }
  if (wm_journey_layout_cell_at (self->layout, dx, dy, &cell)
      && wm_lane_kind_holds_cards (wm_lane_get_kind (lane_at (self, cell.lane))))
    {
      self->menu_role = WM_DISPLAY_ROLE_CELL;
      self->menu_lane = cell.lane;
      self->menu_step = cell.step;
      wm_journey_canvas_focus_cell (self, cell.lane, cell.step);
      return TRUE;
    }

  /* Anywhere else: the map itself, to add stages and lanes (the way into an empty map). */
  self->menu_role = WM_DISPLAY_ROLE_TITLE;
  return TRUE;
}

static void
on_context_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    WmJourneyCanvas *self)
{
  double dx, dy;

  if (self->layout == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  if (set_menu_target (self, dx, dy))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      open_context_menu (self, x, y);
    }
}

static void
open_context_menu_at_focus (WmJourneyCanvas *self)
{
  WmRect bounds;
  WmJourneyCell cell;
  double wx, wy;

  if (self->focus_card != NULL && wm_journey_layout_get_card_bounds (self->layout, self->focus_card, &bounds))
    ;
  else if (self->has_focus_cell && wm_journey_layout_get_cell (self->layout, self->focus_lane, self->focus_step, &cell))
    bounds = cell.bounds;
  else
    return;

  if (set_menu_target (self, bounds.x + bounds.width / 2, bounds.y + MIN (bounds.height / 2, 20)))
    {
      wm_canvas_document_to_widget (WM_CANVAS (self), bounds.x + bounds.width / 2,
                                    bounds.y + MIN (bounds.height / 2, 20), &wx, &wy);
      open_context_menu (self, wx, wy);
    }
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (widget);
  WmObject *target;
  guint index = 0;

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "journey.add-card"))
    {
      g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, self->menu_lane,
                                                                         self->menu_step);

      start_editing (self, NULL, self->menu_lane, self->menu_step, cards->len);
      return;
    }

  if (self->menu_role == WM_DISPLAY_ROLE_TITLE)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (WM_TYPE_LANE_KIND);
      GEnumValue *kind = parameter ? g_enum_get_value_by_nick (klass, g_variant_get_string (parameter, NULL))
                                   : NULL;

      if (g_str_equal (action_name, "journey.append-stage"))
        wm_journey_edit_add_stage (history (self), self->map, G_MAXUINT, NULL);
      else if (g_str_equal (action_name, "journey.add-lane") && kind != NULL)
        wm_journey_edit_add_lane (history (self), self->map, G_MAXUINT, kind->value,
                                  wm_style_lane_kind_label (kind->value));
      wm_journey_canvas_relayout_now (self);
      return;
    }

  target = self->menu_id ? wm_document_lookup (self->document, self->menu_id) : NULL;
  if (target == NULL)
    return;

  if (self->menu_role == WM_DISPLAY_ROLE_CARD)
    {
      if (g_str_equal (action_name, "journey.edit"))
        {
          guint lane, step;

          if (locate_card (self, self->menu_id, &lane, &step, &index))
            start_editing (self, self->menu_id, lane, step, index);
        }
      else if (g_str_equal (action_name, "journey.delete"))
        delete_selection (self);
      else if (g_str_equal (action_name, "journey.evidence"))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (WM_TYPE_EVIDENCE);
          GEnumValue *value = g_enum_get_value_by_nick (klass, g_variant_get_string (parameter, NULL));

          wm_history_begin_group (history (self), _("Set evidence"));
          for (guint i = 0; value != NULL && i < self->selection->len; i++)
            {
              WmObject *card = wm_document_lookup (self->document, g_ptr_array_index (self->selection, i));

              if (WM_IS_CARD (card))
                wm_history_set (history (self), card, "evidence", value->value);
            }
          wm_history_end_group (history (self));
          wm_journey_canvas_relayout_now (self);
        }
      return;
    }

  if (!header_index (self, self->menu_id, self->menu_role, &index))
    return;

  if (g_str_equal (action_name, "journey.edit"))
    {
      start_editing_header (self, self->menu_id, self->menu_role);
      return;
    }

  if (WM_IS_STAGE (target))
    {
      if (g_str_equal (action_name, "journey.delete"))
        wm_journey_edit_remove_stage (history (self), self->map, WM_STAGE (target));
      else if (g_str_equal (action_name, "journey.insert-before"))
        wm_journey_edit_add_stage (history (self), self->map, index, NULL);
      else if (g_str_equal (action_name, "journey.insert-after"))
        wm_journey_edit_add_stage (history (self), self->map, index + 1, NULL);
      else if (g_str_equal (action_name, "journey.add-step"))
        wm_journey_edit_add_step (history (self), self->map, WM_STAGE (target), G_MAXUINT, NULL);
    }
  else if (WM_IS_STEP (target))
    {
      WmStage *stage = NULL;
      guint position = 0;

      wm_journey_map_find_step (self->map, self->menu_id, &stage);
      wm_object_list_find (wm_stage_get_steps (stage), target, &position);
      if (g_str_equal (action_name, "journey.delete"))
        wm_journey_edit_remove_step (history (self), self->map, WM_STEP (target));
      else if (g_str_equal (action_name, "journey.insert-before"))
        wm_journey_edit_add_step (history (self), self->map, stage, position, NULL);
      else if (g_str_equal (action_name, "journey.insert-after"))
        wm_journey_edit_add_step (history (self), self->map, stage, position + 1, NULL);
    }
  else if (WM_IS_LANE (target))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (WM_TYPE_LANE_KIND);
      GEnumValue *kind = parameter ? g_enum_get_value_by_nick (klass, g_variant_get_string (parameter, NULL))
                                   : NULL;

      if (g_str_equal (action_name, "journey.delete"))
        wm_journey_edit_remove_lane (history (self), self->map, WM_LANE (target));
      else if (g_str_equal (action_name, "journey.add-lane") && kind != NULL)
        wm_journey_edit_add_lane (history (self), self->map, index + 1, kind->value,
                                  wm_style_lane_kind_label (kind->value));
      else if (g_str_equal (action_name, "journey.lane-kind") && kind != NULL)
        wm_journey_edit_set_lane_kind (history (self), WM_LANE (target), kind->value);
    }
  wm_journey_canvas_relayout_now (self);
}

/* "+" buttons after the last stage and below the last lane: the visible way to grow a map. */

static gboolean
add_stage_button (WmJourneyCanvas *self,
                  WmRect          *rect)
{
  guint n = wm_object_list_get_length (wm_journey_map_get_stages (self->map));
  WmRect last;

  if (n == 0 || !wm_journey_layout_get_stage_header (self->layout, n - 1, &last))
    return FALSE;
  *rect = (WmRect) { last.x + last.width + 12, last.y, last.height, last.height };

  return TRUE;
}

static gboolean
add_lane_button (WmJourneyCanvas *self,
                 WmRect          *rect)
{
  guint n = wm_journey_layout_get_n_lanes (self->layout);
  WmRect last;

  if (n == 0 || !wm_journey_layout_get_lane_header (self->layout, n - 1, &last))
    return FALSE;
  *rect = (WmRect) { last.x, last.y + last.height + 12, last.width, 32 };

  return TRUE;
}

static gboolean
click_add_button (WmJourneyCanvas *self,
                  double           dx,
                  double           dy)
{
  WmRect rect;

  if (add_stage_button (self, &rect) && wm_rect_contains (&rect, dx, dy))
    {
      WmStage *stage = wm_journey_edit_add_stage (history (self), self->map, G_MAXUINT, NULL);

      wm_journey_canvas_relayout_now (self);
      start_editing_header (self, wm_object_get_id (WM_OBJECT (stage)), WM_DISPLAY_ROLE_STAGE);
      return TRUE;
    }
  if (add_lane_button (self, &rect) && wm_rect_contains (&rect, dx, dy))
    {
      WmLane *lane = wm_journey_edit_add_lane (history (self), self->map, G_MAXUINT,
                                               WM_LANE_KIND_ACTIONS, NULL);

      wm_journey_canvas_relayout_now (self);
      start_editing_header (self, wm_object_get_id (WM_OBJECT (lane)), WM_DISPLAY_ROLE_LANE);
      return TRUE;
    }

  return FALSE;
}

/* Pointer */

static const WmDisplayItem *
hit (WmJourneyCanvas *self,
     double           dx,
     double           dy,
     guint            roles)
{
  WmDisplayList *list = wm_canvas_get_display_list (WM_CANVAS (self));

  return list ? wm_display_list_hit (list, dx, dy, roles) : NULL;
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  WmJourneyCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const WmDisplayItem *item;
  WmJourneyCell cell;
  double dx, dy;

  if (self->layout == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  if (n_press == 1 && click_add_button (self, dx, dy))
    return;
  item = hit (self, dx, dy, WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_CARD));

  if (n_press == 2)
    {
      const WmDisplayItem *header = hit (self, dx, dy, WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STAGE)
                                                       | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STEP)
                                                       | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_LANE));

      if (header != NULL && item == NULL)
        {
          start_editing_header (self, header->id, header->role);
          return;
        }
      if (item != NULL)
        {
          guint lane, step, index;

          if (locate_card (self, item->id, &lane, &step, &index))
            start_editing (self, item->id, lane, step, index);
        }
      else if (wm_journey_layout_cell_at (self->layout, dx, dy, &cell)
               && wm_lane_kind_holds_cards (wm_lane_get_kind (lane_at (self, cell.lane))))
        {
          start_editing (self, NULL, cell.lane, cell.step,
                         wm_journey_layout_insertion_index (self->layout, cell.lane, cell.step, dy));
        }
      else if (wm_journey_layout_cell_at (self->layout, dx, dy, &cell))
        {
          WmLane *lane = lane_at (self, cell.lane);

          if (wm_lane_get_kind (lane) == WM_LANE_KIND_METRICS)
            start_editing_metric (self, cell.lane, cell.step);
          else if (wm_lane_get_kind (lane) == WM_LANE_KIND_EMOTION)
            add_score_at (self, &cell, dy);
        }
      return;
    }

  if (item != NULL)
    {
      if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
        toggle_selected (self, item->id);
      else if (!is_selected (self, item->id))
        select_only (self, item->id);
      set_focus_card (self, item->id);
    }
  else
    {
      if (!(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
        select_only (self, NULL);
      g_clear_pointer (&self->focus_card, g_free);
      /* A click outside the cells focuses nothing, which shows the map in the inspector. */
      self->has_focus_cell = wm_journey_layout_cell_at (self->layout, dx, dy, &cell);
      if (self->has_focus_cell)
        {
          self->focus_lane = cell.lane;
          self->focus_step = cell.step;
        }
      selection_changed (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               WmJourneyCanvas *self)
{
  const WmDisplayItem *item;
  double dx, dy;

  self->drag_mode = DRAG_NONE;
  self->drag_started = FALSE;
  if (self->layout == NULL)
    return;

  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  self->drag_start_x = self->drag_x = dx;
  self->drag_start_y = self->drag_y = dy;

  item = hit (self, dx, dy, WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_CARD)
                            | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_POINT)
                            | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STAGE)
                            | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_STEP)
                            | WM_DISPLAY_ROLE_MASK (WM_DISPLAY_ROLE_LANE));
  self->drop_header = -1;
  if (item != NULL && header_index (self, item->id, item->role, &self->drag_header))
    {
      self->drag_mode = item->role == WM_DISPLAY_ROLE_STAGE ? DRAG_STAGE
                        : item->role == WM_DISPLAY_ROLE_STEP ? DRAG_STEP : DRAG_LANE;
    }
  else if (item != NULL && item->role == WM_DISPLAY_ROLE_POINT)
    {
      self->drag_mode = DRAG_POINT;
      g_free (self->drag_point);
      self->drag_point = g_strdup (item->id);
    }
  else if (item != NULL)
    {
      GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

      /* With Shift or Ctrl the click toggles the card; leave the selection to it. */
      self->drag_mode = DRAG_CARDS;
      if (!is_selected (self, item->id) && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
        select_only (self, item->id);
    }
  else if (gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) & GDK_SHIFT_MASK)
    {
      self->drag_mode = DRAG_RUBBER;
    }
  else
    {
      WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self));

      self->drag_mode = DRAG_PAN;
      self->pan_origin_x = wm_viewport_get_x (viewport);
      self->pan_origin_y = wm_viewport_get_y (viewport);
    }
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           ox,
                double           oy,
                WmJourneyCanvas *self)
{
  WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self));
  double zoom = wm_viewport_get_zoom (viewport);
  double sx, sy;

  if (self->drag_mode == DRAG_NONE)
    return;

  if (!self->drag_started && hypot (ox, oy) < DRAG_THRESHOLD)
    return;
  if (!self->drag_started)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_started = TRUE;

  if (self->drag_mode == DRAG_PAN)
    {
      wm_viewport_set_origin (viewport, self->pan_origin_x - ox / zoom, self->pan_origin_y - oy / zoom);
      return;
    }

  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
  wm_canvas_widget_to_document (WM_CANVAS (self), sx + ox, sy + oy, &self->drag_x, &self->drag_y);

  if (self->drag_mode == DRAG_STAGE || self->drag_mode == DRAG_STEP || self->drag_mode == DRAG_LANE)
    self->drop_header = header_at (self, self->drag_mode, self->drag_x, self->drag_y);

  if (self->drag_mode == DRAG_CARDS)
    {
      self->drop_valid = wm_journey_layout_cell_at (self->layout, self->drag_x, self->drag_y, &self->drop_cell)
                         && wm_lane_kind_holds_cards (wm_lane_get_kind (lane_at (self, self->drop_cell.lane)));
      if (self->drop_valid)
        self->drop_index = wm_journey_layout_insertion_index (self->layout, self->drop_cell.lane,
                                                              self->drop_cell.step, self->drag_y);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag  *gesture,
             double           ox,
             double           oy,
             WmJourneyCanvas *self)
{
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (!self->drag_started)
    return;

  if ((mode == DRAG_STAGE || mode == DRAG_STEP || mode == DRAG_LANE) && self->drop_header >= 0)
    {
      if (mode == DRAG_STAGE)
        wm_journey_edit_move_stage (history (self), self->map, self->drag_header, self->drop_header);
      else if (mode == DRAG_STEP)
        wm_journey_edit_move_step (history (self), self->map, self->drag_header, self->drop_header);
      else
        wm_journey_edit_move_lane (history (self), self->map, self->drag_header, self->drop_header);
      self->drop_header = -1;
      wm_journey_canvas_relayout_now (self);
    }
  else if (mode == DRAG_RUBBER)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      select_in_rect (self, &band);
    }
  else if (mode == DRAG_CARDS && self->drop_valid)
    {
      /* The insertion index counts the dragged cards themselves; discount those above. */
      g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, self->drop_cell.lane,
                                                                         self->drop_cell.step);
      guint index = self->drop_index;

      for (guint i = 0; i < MIN (self->drop_index, cards->len); i++)
        if (is_selected (self, wm_object_get_id (g_ptr_array_index (cards, i))))
          index--;
      move_selection (self, &self->drop_cell, index);
    }
  else if (mode == DRAG_POINT && self->drag_point != NULL)
    {
      WmObject *point = wm_document_lookup (self->document, self->drag_point);
      WmJourneyCell cell;

      if (WM_IS_EMOTION_POINT (point)
          && wm_journey_layout_cell_at (self->layout, self->drag_start_x, self->drag_start_y, &cell))
        {
          int score = (int) round (wm_journey_layout_score_at (self->layout, cell.lane, self->drag_y));

          if (score != wm_emotion_point_get_score (WM_EMOTION_POINT (point)))
            {
              wm_history_seal (history (self));
              wm_history_set (history (self), point, "score", score);
              wm_history_seal (history (self));
            }
        }
    }
  self->drop_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Keyboard */

static void
move_focus (WmJourneyCanvas *self,
            int              dlane,
            int              dstep,
            int              dcard)
{
  guint n_lanes = wm_journey_layout_get_n_lanes (self->layout);
  guint n_steps = wm_journey_layout_get_n_steps (self->layout);
  guint lane = self->focus_lane, step = self->focus_step, index = 0;
  gboolean on_card = self->focus_card != NULL
                     && locate_card (self, self->focus_card, &lane, &step, &index);
  g_autoptr(GPtrArray) cards = NULL;

  if (n_lanes == 0 || n_steps == 0)
    return;
  if (!self->has_focus_cell && !on_card)
    {
      wm_journey_canvas_focus_cell (self, 0, 0);
      return;
    }

  if (dcard != 0)
    {
      cards = wm_journey_layout_get_cards_in_cell (self->layout, lane, step);
      if (on_card && (int) index + dcard >= 0 && index + dcard < cards->len)
        {
          const char *id = wm_object_get_id (g_ptr_array_index (cards, index + dcard));

          select_only (self, id);
          set_focus_card (self, id);
          return;
        }
      dlane = dcard;
    }

  lane = (guint) CLAMP ((int) lane + dlane, 0, (int) n_lanes - 1);
  step = (guint) CLAMP ((int) step + dstep, 0, (int) n_steps - 1);
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = wm_journey_layout_get_cards_in_cell (self->layout, lane, step);
  self->has_focus_cell = TRUE;
  self->focus_lane = lane;
  self->focus_step = step;
  if (cards->len > 0)
    {
      const char *id = wm_object_get_id (g_ptr_array_index (cards, dlane < 0 ? cards->len - 1 : 0));

      select_only (self, id);
      set_focus_card (self, id);
    }
  else
    {
      WmJourneyCell cell;

      select_only (self, NULL);
      g_clear_pointer (&self->focus_card, g_free);
      if (wm_journey_layout_get_cell (self->layout, lane, step, &cell))
        wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (self)), cell.bounds.x,
                                    cell.bounds.y, cell.bounds.width, cell.bounds.height);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WmJourneyCanvas       *self)
{
  if (self->layout != NULL
      && (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) == GDK_ALT_MASK)
    {
      int dstep = 0, dlane = 0;

      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
        dstep = -1;
      else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
        dstep = 1;
      else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
        dlane = -1;
      else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
        dlane = 1;
      if (dstep != 0 || dlane != 0)
        {
          if (!move_focus_card (self, dstep, dlane))
            gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
    }
  if (self->layout == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  if (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK))
    {
      open_context_menu_at_focus (self);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, 0, -1, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, 0, 1, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, 0, 0, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, 0, 0, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      if (self->focus_card != NULL)
        {
          guint lane, step, index;

          if (locate_card (self, self->focus_card, &lane, &step, &index))
            start_editing (self, self->focus_card, lane, step, index);
        }
      else if (self->has_focus_cell
               && wm_lane_kind_holds_cards (wm_lane_get_kind (lane_at (self, self->focus_lane))))
        {
          g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, self->focus_lane,
                                                                             self->focus_step);

          start_editing (self, NULL, self->focus_lane, self->focus_step, cards->len);
        }
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      delete_selection (self);
      return TRUE;
    case GDK_KEY_Menu:
      open_context_menu_at_focus (self);
      return TRUE;
    case GDK_KEY_Escape:
      /* First Escape drops the selection, the next one the focused cell too. */
      if (self->selection->len == 0)
        {
          self->has_focus_cell = FALSE;
          g_clear_pointer (&self->focus_card, g_free);
        }
      select_only (self, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
canvas_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (widget);

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "canvas.select-all"))
    {
      g_ptr_array_set_size (self->selection, 0);
      for (guint l = 0; l < wm_journey_layout_get_n_lanes (self->layout); l++)
        for (guint s = 0; s < wm_journey_layout_get_n_steps (self->layout); s++)
          {
            g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, l, s);

            for (guint i = 0; i < cards->len; i++)
              g_ptr_array_add (self->selection, g_strdup (wm_object_get_id (g_ptr_array_index (cards, i))));
          }
      gtk_widget_queue_draw (widget);
    }
  else if (g_str_equal (action_name, "canvas.duplicate"))
    duplicate_selection (self);
  else if (g_str_equal (action_name, "canvas.copy"))
    copy_selection (self);
  else if (g_str_equal (action_name, "canvas.cut"))
    {
      copy_selection (self);
      delete_selection (self);
    }
  else if (g_str_equal (action_name, "canvas.paste"))
    paste (self);
  else if (g_str_equal (action_name, "canvas.delete"))
    delete_selection (self);
}

/* Drawing */

static void
wm_journey_canvas_draw_overlay (WmCanvas *canvas,
                                cairo_t  *cr)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (canvas);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GdkRGBA accent = adw_style_manager_get_dark (style) ? (GdkRGBA) { 0.47, 0.68, 0.93, 1 }
                                                      : (GdkRGBA) { 0.21, 0.52, 0.89, 1 };
  double zoom = wm_viewport_get_zoom (wm_canvas_get_viewport (canvas));
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self));

  if (self->layout == NULL)
    return;

  {
    GdkRGBA secondary = adw_style_manager_get_dark (style) ? (GdkRGBA) { 0.75, 0.75, 0.74, 1 }
                                                           : (GdkRGBA) { 0.37, 0.36, 0.39, 1 };
    WmRect rect;

    if (add_stage_button (self, &rect))
      wm_canvas_draw_add_button (cr, &rect, &secondary, zoom, "+");
    if (add_lane_button (self, &rect))
      wm_canvas_draw_add_button (cr, &rect, &secondary, zoom, _("+ Add lane"));
  }

  for (guint i = 0; i < self->selection->len; i++)
    {
      WmRect bounds;

      if (wm_journey_layout_get_card_bounds (self->layout, g_ptr_array_index (self->selection, i), &bounds))
        wm_canvas_draw_outline (cr, &bounds, 2, 9, &accent, 2.5 / zoom, FALSE);
    }

  if (focused && self->focus_card == NULL && self->has_focus_cell)
    {
      WmJourneyCell cell;

      if (wm_journey_layout_get_cell (self->layout, self->focus_lane, self->focus_step, &cell))
        wm_canvas_draw_outline (cr, &cell.bounds, -3, 8, &accent, 2 / zoom, TRUE);
    }
  else if (focused && self->focus_card != NULL)
    {
      WmRect bounds;

      if (wm_journey_layout_get_card_bounds (self->layout, self->focus_card, &bounds))
        wm_canvas_draw_outline (cr, &bounds, 5, 11, &accent, 1.5 / zoom, TRUE);
    }

  if (self->drag_mode == DRAG_CARDS && self->drag_started && self->drop_valid)
    {
      g_autoptr(GPtrArray) cards = wm_journey_layout_get_cards_in_cell (self->layout, self->drop_cell.lane,
                                                                         self->drop_cell.step);
      double y = self->drop_cell.bounds.y + 5;
      WmRect bounds;

      if (self->drop_index > 0 && self->drop_index <= cards->len
          && wm_journey_layout_get_card_bounds (self->layout,
                                                wm_object_get_id (g_ptr_array_index (cards, self->drop_index - 1)),
                                                &bounds))
        y = bounds.y + bounds.height + 3;

      /* The drop indicator: a bar where the cards will land, and the target cell outlined. */
      wm_canvas_draw_outline (cr, &self->drop_cell.bounds, -2, 8, &accent, 1.5 / zoom, TRUE);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_rectangle (cr, self->drop_cell.bounds.x + 8, y - 1.5, self->drop_cell.bounds.width - 16, 3);
      cairo_fill (cr);

      /* A ghost of the dragged card under the pointer. */
      if (self->selection->len > 0
          && wm_journey_layout_get_card_bounds (self->layout, g_ptr_array_index (self->selection, 0), &bounds))
        {
          WmRect ghost = { bounds.x + self->drag_x - self->drag_start_x,
                           bounds.y + self->drag_y - self->drag_start_y,
                           bounds.width, bounds.height };

          cairo_save (cr);
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
          cairo_rectangle (cr, ghost.x, ghost.y, ghost.width, ghost.height);
          cairo_fill (cr);
          cairo_restore (cr);
          wm_canvas_draw_outline (cr, &ghost, 0, 7, &accent, 1.5 / zoom, FALSE);
        }
    }
  else if (self->drag_started && self->drop_header >= 0)
    {
      WmRect from, to;

      if (header_bounds (self, self->drag_mode, self->drag_header, &from)
          && header_bounds (self, self->drag_mode, self->drop_header, &to))
        {
          wm_canvas_draw_outline (cr, &from, 2, 8, &accent, 1.5 / zoom, TRUE);
          gdk_cairo_set_source_rgba (cr, &accent);
          if (self->drag_mode == DRAG_LANE)
            cairo_rectangle (cr, to.x, (int) self->drop_header > (int) self->drag_header ? to.y + to.height + 1 : to.y - 4,
                             to.width, 3);
          else
            cairo_rectangle (cr, (int) self->drop_header > (int) self->drag_header ? to.x + to.width + 1 : to.x - 4,
                             to.y, 3, to.height);
          cairo_fill (cr);
        }
    }
  else if (self->drag_mode == DRAG_RUBBER && self->drag_started)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      wm_canvas_draw_rubber_band (cr, &band, &accent, zoom);
    }
  else if (self->drag_mode == DRAG_POINT && self->drag_started)
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_arc (cr, self->drag_start_x, self->drag_y, 7, 0, 2 * G_PI);
      cairo_set_line_width (cr, 2.5 / zoom);
      cairo_stroke (cr);
    }
}

static void
wm_journey_canvas_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (widget);

  GTK_WIDGET_CLASS (wm_journey_canvas_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));

  if (self->editor != NULL)
    wm_canvas_allocate_inline_editor (WM_CANVAS (self), self->editor, &self->editing_bounds);
}

static void
wm_journey_canvas_dispose (GObject *object)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (object);

  wm_journey_canvas_set_map (self, NULL, NULL);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->text_view = NULL;

  G_OBJECT_CLASS (wm_journey_canvas_parent_class)->dispose (object);
}

static void
wm_journey_canvas_finalize (GObject *object)
{
  WmJourneyCanvas *self = WM_JOURNEY_CANVAS (object);

  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->focus_card, g_free);
  g_clear_pointer (&self->editing_card, g_free);
  g_clear_pointer (&self->drag_point, g_free);
  g_clear_pointer (&self->menu_id, g_free);

  G_OBJECT_CLASS (wm_journey_canvas_parent_class)->finalize (object);
}

static void
wm_journey_canvas_class_init (WmJourneyCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WmCanvasClass *canvas_class = WM_CANVAS_CLASS (klass);

  object_class->dispose = wm_journey_canvas_dispose;
  object_class->finalize = wm_journey_canvas_finalize;
  widget_class->size_allocate = wm_journey_canvas_size_allocate;
  canvas_class->draw_overlay = wm_journey_canvas_draw_overlay;

  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.duplicate", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, canvas_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  gtk_widget_class_install_action (widget_class, "journey.edit", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.delete", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.insert-before", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.insert-after", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.add-step", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.add-card", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.append-stage", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journey.add-lane", "s", menu_action);
  gtk_widget_class_install_action (widget_class, "journey.lane-kind", "s", menu_action);
  gtk_widget_class_install_action (widget_class, "journey.evidence", "s", menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "canvas.duplicate", NULL);


  /**
   * WmJourneyCanvas::selection-changed:
   *
   * Emitted when the selected cards, the focused card or cell, or the map's layout changed.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
wm_journey_canvas_init (WmJourneyCanvas *self)
{
  GtkEventController *key;

  self->selection = g_ptr_array_new_with_free_func (g_free);

  wm_canvas_add_pointer_gestures (WM_CANVAS (self), G_CALLBACK (on_click_pressed),
                                  G_CALLBACK (on_context_pressed), G_CALLBACK (on_drag_begin),
                                  G_CALLBACK (on_drag_update), G_CALLBACK (on_drag_end));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  self->editor = wm_canvas_add_inline_editor (WM_CANVAS (self), _("Card text"), &self->text_view);

  wm_canvas_watch_inline_editor (WM_CANVAS (self), self->text_view,
                                 G_CALLBACK (on_editor_key_pressed),
                                 G_CALLBACK (on_editor_focus_leave));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (queue_relayout), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wm_journey_canvas_new (void)
{
  return g_object_new (WM_TYPE_JOURNEY_CANVAS, NULL);
}

/**
 * wm_journey_canvas_set_map:
 * @document: (nullable): the workspace, whose history records the edits
 * @map: (nullable): the map to show and edit
 */
void
wm_journey_canvas_set_map (WmJourneyCanvas *self,
                           WmDocument      *document,
                           WmJourneyMap    *map)
{
  g_return_if_fail (WM_IS_JOURNEY_CANVAS (self));
  g_return_if_fail (map == NULL || WM_IS_DOCUMENT (document));

  if (self->map != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->map);
      g_clear_signal_handler (&self->document_changed_handler, self->document);
    }
  stop_editing (self, FALSE);
  g_set_object (&self->document, document);
  g_set_object (&self->map, map);
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_card, g_free);
  self->has_focus_cell = FALSE;

  if (map != NULL)
    {
      self->changed_handler = g_signal_connect_swapped (map, "changed", G_CALLBACK (queue_relayout), self);
      self->document_changed_handler = g_signal_connect_swapped (document, "changed",
                                                                 G_CALLBACK (on_document_changed), self);
    }
  wm_journey_canvas_relayout_now (self);
}

/**
 * wm_journey_canvas_get_map:
 *
 * Returns: (transfer none) (nullable): the map shown
 */
WmJourneyMap *
wm_journey_canvas_get_map (WmJourneyCanvas *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), NULL);

  return self->map;
}

/**
 * wm_journey_canvas_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout drawn now
 */
WmJourneyLayout *
wm_journey_canvas_get_layout (WmJourneyCanvas *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), NULL);

  return self->layout;
}

/**
 * wm_journey_canvas_get_selection:
 *
 * Returns: (transfer none) (element-type utf8): the ids of the selected cards
 */
GPtrArray *
wm_journey_canvas_get_selection (WmJourneyCanvas *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), NULL);

  return self->selection;
}

const char *
wm_journey_canvas_get_focus_card (WmJourneyCanvas *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), NULL);

  return self->focus_card;
}

gboolean
wm_journey_canvas_get_focus_cell (WmJourneyCanvas *self,
                                  guint           *lane,
                                  guint           *step)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), FALSE);

  *lane = self->focus_lane;
  *step = self->focus_step;

  return self->has_focus_cell;
}

void
wm_journey_canvas_focus_cell (WmJourneyCanvas *self,
                              guint            lane,
                              guint            step)
{
  g_return_if_fail (WM_IS_JOURNEY_CANVAS (self));

  self->has_focus_cell = TRUE;
  self->focus_lane = lane;
  self->focus_step = step;
  g_clear_pointer (&self->focus_card, g_free);
  select_only (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wm_journey_canvas_select:
 * @card_id: (nullable): the card to select and focus, or %NULL for nothing
 *
 * Selects one card and focuses it, as a click on it does. %NULL selects nothing and leaves no
 * cell focused either: what is selected then is the map itself.
 */
void
wm_journey_canvas_select (WmJourneyCanvas *self,
                          const char      *card_id)
{
  g_return_if_fail (WM_IS_JOURNEY_CANVAS (self));

  if (card_id == NULL || self->layout == NULL)
    {
      self->has_focus_cell = FALSE;
      g_clear_pointer (&self->focus_card, g_free);
      select_only (self, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  select_only (self, card_id);
  set_focus_card (self, card_id);
}

gboolean
wm_journey_canvas_is_editing (WmJourneyCanvas *self)
{
  g_return_val_if_fail (WM_IS_JOURNEY_CANVAS (self), FALSE);

  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}
