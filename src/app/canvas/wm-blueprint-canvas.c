/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-blueprint-canvas.h"
#include "wm-blueprint-edit.h"
#include "wm-clipboard-format.h"
#include "wm-clipboard.h"

/* Editing a service blueprint on the canvas, the way the journey map canvas edits a map: the
 * model is the truth, every gesture is one undo step (through wm-blueprint-edit), the
 * blueprint's "changed" signal schedules a new layout, and selection and focus are kept by id
 * so that they survive it. Hit-testing goes through the layout's geometry.
 *
 * On top of the journey canvas's gestures, items have a handle on their right edge (shown on
 * hover and focus): dragging from it to another item draws an arrow between them. Ctrl+L
 * connects two selected items; a click on an arrow selects it. Like the journey canvas's cards,
 * items copy, cut and paste as plain text and duplicate with Ctrl+D; Alt+arrows move them to
 * the neighbouring cell (or within their cell) without the pointer.
 */

#define DRAG_THRESHOLD 6.0
#define HANDLE_SLOP    4.0

typedef enum
{
  EDIT_NEW_ITEM,
  EDIT_PROPERTY,
} EditWhat;

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_ITEMS,
  DRAG_STEP,
  DRAG_LANE,
  DRAG_RUBBER,
  DRAG_CONNECT,
} DragMode;

typedef enum
{
  MENU_BLUEPRINT,
  MENU_CELL,
  MENU_ITEM,
  MENU_ARROW,
  MENU_STEP,
  MENU_LANE,
} MenuTarget;

/* Lanes users add most, beyond the five standard ones. */
static const struct
{
  const char *nick;
  const char *title;
} custom_lanes[] = {
  { "emotion", N_("Employee Emotion") },
  { "policies", N_("Policies") },
  { "metrics", N_("Metrics") },
  { "custom", N_("Custom Lane") },
};

struct _WmBlueprintCanvas
{
  WmCanvas            parent_instance;

  WmDocument         *document;
  WmServiceBlueprint *blueprint;
  WmBlueprintLayout  *layout;
  guint               relayout_source;
  gulong              changed_handler;

  GPtrArray          *selection;      /* item ids, in selection order */
  char               *selected_arrow; /* an arrow id; never together with items */
  char               *focus_item;
  gboolean            has_focus_cell;
  guint               focus_lane;
  guint               focus_step;
  char               *hover_item;     /* the item under the pointer: shows its handle */

  /* Dragging */
  DragMode            drag_mode;
  gboolean            drag_started;
  double              drag_start_x;   /* document units */
  double              drag_start_y;
  double              drag_x;
  double              drag_y;
  double              pan_origin_x;
  double              pan_origin_y;
  char               *connect_from;   /* the item whose handle is dragged */
  gboolean            drop_valid;
  WmBlueprintCell     drop_cell;
  guint               drop_index;
  guint               drag_header;    /* index of the step or lane being dragged */
  int                 drop_header;    /* where it goes, or -1 */

  /* Context menu */
  GtkWidget          *menu;
  MenuTarget          menu_target;
  char               *menu_id;
  guint               menu_lane;
  guint               menu_step;

  /* Inline editing */
  GtkWidget          *editor;         /* GtkFrame around a GtkTextView */
  GtkWidget          *text_view;
  EditWhat            editing_what;
  char               *editing_id;
  const char         *editing_property;
  guint               editing_lane;
  guint               editing_step;
  guint               editing_index;
  WmRect              editing_bounds;
};

G_DEFINE_FINAL_TYPE (WmBlueprintCanvas, wm_blueprint_canvas, WM_TYPE_CANVAS)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stop_editing (WmBlueprintCanvas *self,
                          gboolean           commit);

const char *
wm_blueprint_lane_kind_label (WmBlueprintLaneKind kind)
{
  switch (kind)
    {
    case WM_BLUEPRINT_LANE_KIND_EVIDENCE:
      return _("Physical Evidence");
    case WM_BLUEPRINT_LANE_KIND_CUSTOMER:
      return _("Customer Actions");
    case WM_BLUEPRINT_LANE_KIND_FRONTSTAGE:
      return _("Frontstage Actions");
    case WM_BLUEPRINT_LANE_KIND_BACKSTAGE:
      return _("Backstage Actions");
    case WM_BLUEPRINT_LANE_KIND_SUPPORT:
      return _("Support Processes");
    case WM_BLUEPRINT_LANE_KIND_CUSTOM:
    default:
      return _("Custom");
    }
}

const char *
wm_blueprint_item_kind_label (WmItemKind kind)
{
  switch (kind)
    {
    case WM_ITEM_KIND_FAIL:
      return _("Fail Point");
    case WM_ITEM_KIND_WAIT:
      return _("Wait Point");
    case WM_ITEM_KIND_NORMAL:
    default:
      return _("Normal");
    }
}

static WmHistory *
history (WmBlueprintCanvas *self)
{
  return wm_document_get_history (self->document);
}

static WmBlueprintLane *
lane_at (WmBlueprintCanvas *self,
         guint              index)
{
  return wm_object_list_get (wm_service_blueprint_get_lanes (self->blueprint), index);
}

static WmBlueprintStep *
step_at (WmBlueprintCanvas *self,
         guint              index)
{
  return wm_object_list_get (wm_service_blueprint_get_steps (self->blueprint), index);
}

static const char *
or_untitled (const char *name)
{
  return name != NULL && name[0] != '\0' ? name : _("Untitled");
}

static gboolean
locate_item (WmBlueprintCanvas *self,
             const char        *item_id,
             guint             *lane,
             guint             *step,
             guint             *index)
{
  for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (self->layout); l++)
    for (guint s = 0; s < wm_blueprint_layout_get_n_steps (self->layout); s++)
      {
        g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, l, s);

        for (guint i = 0; i < items->len; i++)
          if (g_str_equal (wm_object_get_id (g_ptr_array_index (items, i)), item_id))
            {
              *lane = l;
              *step = s;
              *index = i;
              return TRUE;
            }
      }

  return FALSE;
}

static WmBlueprintItem *
lookup_item (WmBlueprintCanvas *self,
             const char        *id)
{
  WmObject *object = id != NULL ? wm_document_lookup (self->document, id) : NULL;

  return WM_IS_BLUEPRINT_ITEM (object) ? WM_BLUEPRINT_ITEM (object) : NULL;
}

static WmArrow *
lookup_arrow (WmBlueprintCanvas *self,
              const char        *id)
{
  WmObject *object = id != NULL ? wm_document_lookup (self->document, id) : NULL;

  return WM_IS_ARROW (object) ? WM_ARROW (object) : NULL;
}

/* What a screen reader says about the canvas: where the focus is and what it holds. */
static void
update_accessible_description (WmBlueprintCanvas *self)
{
  g_autofree char *text = NULL;
  WmBlueprintItem *item = self->blueprint ? lookup_item (self, self->focus_item) : NULL;
  WmArrow *arrow = self->blueprint ? lookup_arrow (self, self->selected_arrow) : NULL;
  WmBlueprintLane *lane = self->has_focus_cell && self->blueprint ? lane_at (self, self->focus_lane) : NULL;
  WmBlueprintStep *step = self->has_focus_cell && self->blueprint ? step_at (self, self->focus_step) : NULL;

  if (arrow != NULL)
    {
      WmBlueprintItem *from = lookup_item (self, wm_arrow_get_from_id (arrow));
      WmBlueprintItem *to = lookup_item (self, wm_arrow_get_to_id (arrow));

      /* Translators: an arrow between two items of a service blueprint, named by their texts */
      text = g_strdup_printf (_("Arrow from “%s” to “%s”"),
                              from ? wm_blueprint_item_get_text (from) : "",
                              to ? wm_blueprint_item_get_text (to) : "");
    }
  else if (lane != NULL && step != NULL && item != NULL)
    /* Translators: an item's text, its kind, then the lane and step it is in */
    text = g_strdup_printf (_("Item “%s”, %s, %s, %s"), wm_blueprint_item_get_text (item),
                            wm_blueprint_item_kind_label (wm_blueprint_item_get_kind (item)),
                            or_untitled (wm_blueprint_lane_get_title (lane)),
                            or_untitled (wm_blueprint_step_get_name (step)));
  else if (lane != NULL && step != NULL)
    /* Translators: an empty cell, named by its lane and step */
    text = g_strdup_printf (_("Empty cell, %s, %s"), or_untitled (wm_blueprint_lane_get_title (lane)),
                            or_untitled (wm_blueprint_step_get_name (step)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

/* Tells the inspector to look again: the selection, the focus or the layout changed. */
static void
selection_changed (WmBlueprintCanvas *self)
{
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
is_selected (WmBlueprintCanvas *self,
             const char        *id)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_str_equal (g_ptr_array_index (self->selection, i), id))
      return TRUE;

  return FALSE;
}

static void
select_only (WmBlueprintCanvas *self,
             const char        *id)
{
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->selected_arrow, g_free);
  if (id != NULL)
    g_ptr_array_add (self->selection, g_strdup (id));
  selection_changed (self);
}

static void
toggle_selected (WmBlueprintCanvas *self,
                 const char        *id)
{
  g_clear_pointer (&self->selected_arrow, g_free);
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

static void
set_focus_item (WmBlueprintCanvas *self,
                const char        *item_id)
{
  guint lane, step, index;

  if (item_id != self->focus_item)
    {
      g_free (self->focus_item);
      self->focus_item = g_strdup (item_id);
    }
  if (item_id != NULL && locate_item (self, item_id, &lane, &step, &index))
    {
      WmRect bounds;

      self->has_focus_cell = TRUE;
      self->focus_lane = lane;
      self->focus_step = step;
      if (wm_blueprint_layout_get_item_bounds (self->layout, item_id, &bounds))
        wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (self)), bounds.x,
                                    bounds.y, bounds.width, bounds.height);
    }
  selection_changed (self);
}

/* The selected items that still exist, in selection order. */
static GPtrArray *
selected_items (WmBlueprintCanvas *self)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < self->selection->len; i++)
    {
      WmBlueprintItem *item = lookup_item (self, g_ptr_array_index (self->selection, i));

      if (item != NULL && wm_object_get_toplevel (WM_OBJECT (item)) == WM_OBJECT (self->blueprint))
        g_ptr_array_add (items, item);
    }

  return items;
}

/* Layout */

void
wm_blueprint_canvas_relayout_now (WmBlueprintCanvas *self)
{
  WmDisplayList *list;
  WmRect bounds;
  gboolean dark;

  g_return_if_fail (WM_IS_BLUEPRINT_CANVAS (self));

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_object (&self->layout);
  if (self->blueprint == NULL)
    {
      wm_canvas_set_display_list (WM_CANVAS (self), NULL);
      return;
    }

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  self->layout = wm_blueprint_layout_new (self->document, self->blueprint, wm_style_get (dark));
  list = wm_blueprint_layout_get_display_list (self->layout);
  wm_canvas_set_display_list (WM_CANVAS (self), list);
  /* Room for the "+" buttons past the blueprint's edges. */
  wm_viewport_set_content_size (wm_canvas_get_viewport (WM_CANVAS (self)),
                                wm_display_list_get_width (list) + 60,
                                wm_display_list_get_height (list) + 56);

  /* Items and arrows that went away (deleted, undone) leave the selection. */
  for (guint i = self->selection->len; i > 0; i--)
    if (!wm_blueprint_layout_get_item_bounds (self->layout, g_ptr_array_index (self->selection, i - 1), &bounds))
      g_ptr_array_remove_index (self->selection, i - 1);
  if (self->focus_item != NULL && !wm_blueprint_layout_get_item_bounds (self->layout, self->focus_item, &bounds))
    g_clear_pointer (&self->focus_item, g_free);
  if (self->hover_item != NULL && !wm_blueprint_layout_get_item_bounds (self->layout, self->hover_item, &bounds))
    g_clear_pointer (&self->hover_item, g_free);
  if (self->selected_arrow != NULL)
    {
      WmArrow *arrow = lookup_arrow (self, self->selected_arrow);

      if (arrow == NULL || wm_object_get_toplevel (WM_OBJECT (arrow)) != WM_OBJECT (self->blueprint))
        g_clear_pointer (&self->selected_arrow, g_free);
    }
  if (self->has_focus_cell
      && (self->focus_lane >= wm_blueprint_layout_get_n_lanes (self->layout)
          || self->focus_step >= wm_blueprint_layout_get_n_steps (self->layout)))
    self->has_focus_cell = FALSE;
  /* The focused item may have moved to another cell. */
  if (self->focus_item != NULL)
    {
      guint lane, step, index;

      if (locate_item (self, self->focus_item, &lane, &step, &index))
        {
          self->has_focus_cell = TRUE;
          self->focus_lane = lane;
          self->focus_step = step;
        }
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  selection_changed (self);
}

static gboolean
relayout_idle (gpointer data)
{
  WmBlueprintCanvas *self = data;

  self->relayout_source = 0;
  wm_blueprint_canvas_relayout_now (self);

  return G_SOURCE_REMOVE;
}

static void
queue_relayout (WmBlueprintCanvas *self)
{
  if (self->relayout_source == 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
}

/* Hit-testing, through the layout's geometry */

static const char *
item_at (WmBlueprintCanvas *self,
         double             x,
         double             y)
{
  for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (self->layout); l++)
    for (guint s = 0; s < wm_blueprint_layout_get_n_steps (self->layout); s++)
      {
        g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, l, s);

        for (guint i = 0; i < items->len; i++)
          {
            const char *id = wm_object_get_id (g_ptr_array_index (items, i));
            WmRect bounds;

            if (wm_blueprint_layout_get_item_bounds (self->layout, id, &bounds)
                && wm_rect_contains (&bounds, x, y))
              return id;
          }
      }

  return NULL;
}

static gboolean
handle_contains (WmBlueprintCanvas *self,
                 const char        *item_id,
                 double             x,
                 double             y)
{
  WmRect bounds;

  if (item_id == NULL || !wm_blueprint_layout_get_item_handle (self->layout, item_id, &bounds))
    return FALSE;
  bounds.x -= HANDLE_SLOP;
  bounds.y -= HANDLE_SLOP;
  bounds.width += 2 * HANDLE_SLOP;
  bounds.height += 2 * HANDLE_SLOP;

  return wm_rect_contains (&bounds, x, y);
}

/* The item whose (shown) handle is at (x, y): the hovered, focused or a selected one. */
static const char *
handle_at (WmBlueprintCanvas *self,
           double             x,
           double             y)
{
  if (handle_contains (self, self->hover_item, x, y))
    return self->hover_item;
  if (handle_contains (self, self->focus_item, x, y))
    return self->focus_item;
  for (guint i = 0; i < self->selection->len; i++)
    if (handle_contains (self, g_ptr_array_index (self->selection, i), x, y))
      return g_ptr_array_index (self->selection, i);

  return NULL;
}

static gboolean
header_bounds (WmBlueprintCanvas *self,
               DragMode           mode,
               guint              index,
               WmRect            *bounds)
{
  if (mode == DRAG_STEP)
    return wm_blueprint_layout_get_step_header (self->layout, index, bounds);
  if (mode == DRAG_LANE)
    return wm_blueprint_layout_get_lane_header (self->layout, index, bounds);
  return FALSE;
}

/* The step or lane header under (x, y). */
static gboolean
header_hit (WmBlueprintCanvas *self,
            double             x,
            double             y,
            DragMode          *mode,
            guint             *index)
{
  WmRect bounds;

  for (guint i = 0; wm_blueprint_layout_get_step_header (self->layout, i, &bounds); i++)
    if (wm_rect_contains (&bounds, x, y))
      {
        *mode = DRAG_STEP;
        *index = i;
        return TRUE;
      }
  for (guint i = 0; wm_blueprint_layout_get_lane_header (self->layout, i, &bounds); i++)
    if (wm_rect_contains (&bounds, x, y))
      {
        *mode = DRAG_LANE;
        *index = i;
        return TRUE;
      }

  return FALSE;
}

/* Which header of the dragged kind the pointer is over: by column for steps, by row for lanes,
 * so the pointer need not stay on the header strip. */
static int
header_at (WmBlueprintCanvas *self,
           DragMode           mode,
           double             x,
           double             y)
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

/* "+" buttons after the last step and below the last lane: the visible way to grow a
 * blueprint, and to give a new one its first step. */

static gboolean
add_step_button (WmBlueprintCanvas *self,
                 WmRect            *rect)
{
  guint n = wm_blueprint_layout_get_n_steps (self->layout);
  WmRect last;

  if (n > 0 && wm_blueprint_layout_get_step_header (self->layout, n - 1, &last))
    {
      *rect = (WmRect) { last.x + last.width + 12, last.y, MIN (last.height, 40), MIN (last.height, 40) };
      return TRUE;
    }
  if (n == 0 && wm_blueprint_layout_get_lane_header (self->layout, 0, &last))
    {
      *rect = (WmRect) { last.x + last.width + 12, last.y, 120, 32 };
      return TRUE;
    }

  return FALSE;
}

static gboolean
add_lane_button (WmBlueprintCanvas *self,
                 WmRect            *rect)
{
  guint n = wm_blueprint_layout_get_n_lanes (self->layout);
  WmRect last;

  if (n == 0 || !wm_blueprint_layout_get_lane_header (self->layout, n - 1, &last))
    return FALSE;
  *rect = (WmRect) { last.x, last.y + last.height + 12, last.width, 32 };

  return TRUE;
}

/* Edits */

static void
add_item (WmBlueprintCanvas *self,
          guint              lane_index,
          guint              step_index,
          guint              index,
          const char        *text)
{
  WmBlueprintLane *lane = lane_at (self, lane_index);
  WmBlueprintStep *step = step_at (self, step_index);
  WmBlueprintItem *item;

  if (lane == NULL || step == NULL)
    return;

  wm_history_seal (history (self));
  item = wm_blueprint_edit_add_item (history (self), self->blueprint, lane,
                                     wm_object_get_id (WM_OBJECT (step)), index, text);
  wm_history_seal (history (self));
  wm_blueprint_canvas_relayout_now (self);
  if (item != NULL)
    {
      select_only (self, wm_object_get_id (WM_OBJECT (item)));
      set_focus_item (self, wm_object_get_id (WM_OBJECT (item)));
    }
}

static void
move_selection (WmBlueprintCanvas     *self,
                const WmBlueprintCell *cell,
                guint                  index)
{
  g_autoptr(GPtrArray) items = selected_items (self);
  WmBlueprintLane *lane = lane_at (self, cell->lane);
  WmBlueprintStep *step = step_at (self, cell->step);

  if (items->len == 0 || lane == NULL || step == NULL)
    return;

  wm_blueprint_edit_move_items (history (self), self->blueprint,
                                (WmBlueprintItem **) items->pdata, items->len, lane,
                                wm_object_get_id (WM_OBJECT (step)), index);
  wm_blueprint_canvas_relayout_now (self);
}

static void
delete_selection (WmBlueprintCanvas *self)
{
  WmArrow *arrow = lookup_arrow (self, self->selected_arrow);
  g_autoptr(GPtrArray) items = NULL;

  if (arrow != NULL)
    {
      wm_blueprint_edit_remove_arrow (history (self), self->blueprint, arrow);
      g_clear_pointer (&self->selected_arrow, g_free);
      wm_blueprint_canvas_relayout_now (self);
      return;
    }

  items = selected_items (self);
  if (items->len == 0)
    return;

  /* Their arrows go too, in the same undo step. */
  wm_blueprint_edit_remove_items (history (self), self->blueprint,
                                  (WmBlueprintItem **) items->pdata, items->len);
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->focus_item, g_free);
  wm_blueprint_canvas_relayout_now (self);
}

/* Draws an arrow from @from to @to unless one is there already; selects it. */
static void
connect_items (WmBlueprintCanvas *self,
               const char        *from,
               const char        *to)
{
  WmObjectList *arrows = wm_service_blueprint_get_arrows (self->blueprint);
  WmArrow *arrow = NULL;

  if (from == NULL || to == NULL || g_str_equal (from, to)
      || lookup_item (self, from) == NULL || lookup_item (self, to) == NULL)
    return;

  for (guint i = 0; i < wm_object_list_get_length (arrows); i++)
    {
      WmArrow *existing = wm_object_list_get (arrows, i);

      if (g_str_equal (wm_arrow_get_from_id (existing), from)
          && g_str_equal (wm_arrow_get_to_id (existing), to))
        arrow = existing;
    }
  if (arrow == NULL)
    arrow = wm_blueprint_edit_add_arrow (history (self), self->blueprint, from, to, NULL);
  wm_blueprint_canvas_relayout_now (self);
  if (arrow != NULL)
    wm_blueprint_canvas_select_arrow (self, wm_object_get_id (WM_OBJECT (arrow)));
}

static void
connect_selection (WmBlueprintCanvas *self)
{
  if (self->selection->len == 2)
    connect_items (self, g_ptr_array_index (self->selection, 0),
                   g_ptr_array_index (self->selection, 1));
  else if (self->selection->len == 1 && self->focus_item != NULL
           && !g_str_equal (self->focus_item, g_ptr_array_index (self->selection, 0)))
    connect_items (self, g_ptr_array_index (self->selection, 0), self->focus_item);
}

static void
set_selection_kind (WmBlueprintCanvas *self,
                    WmItemKind         kind)
{
  g_autoptr(GPtrArray) items = selected_items (self);

  if (items->len == 0)
    return;

  wm_history_seal (history (self));
  wm_history_begin_group (history (self), _("Change item kind"));
  for (guint i = 0; i < items->len; i++)
    wm_blueprint_edit_set_item_kind (history (self), g_ptr_array_index (items, i), kind);
  wm_history_end_group (history (self));
  wm_history_seal (history (self));
  wm_blueprint_canvas_relayout_now (self);
}

/* Selects @items (WmBlueprintItem) and focuses the last of them. */
static void
select_items (WmBlueprintCanvas *self,
              GPtrArray         *items)
{
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->selected_arrow, g_free);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->selection, g_strdup (wm_object_get_id (g_ptr_array_index (items, i))));
  if (items->len > 0)
    set_focus_item (self, wm_object_get_id (g_ptr_array_index (items, items->len - 1)));
  else
    selection_changed (self);
}

static void
duplicate_selection (WmBlueprintCanvas *self)
{
  g_autoptr(GPtrArray) items = selected_items (self);
  g_autoptr(GPtrArray) copies = NULL;

  if (items->len == 0)
    return;

  copies = wm_blueprint_edit_duplicate_items (history (self), self->blueprint,
                                              (WmBlueprintItem **) items->pdata, items->len);
  wm_blueprint_canvas_relayout_now (self);
  select_items (self, copies);
}

/* Clipboard, the way the journey map canvas has it for cards: items go out as plain text, one
 * line per item (newlines inside an item become spaces), so they paste into other apps, and in
 * Waymark's own format, so that a paste in Waymark keeps their kind, duration and colour;
 * plain text comes in as one item per line, after the focused item or at the end of the
 * focused cell, so lists from other apps paste too. */

static gboolean
copy_selection (WmBlueprintCanvas *self)
{
  g_autoptr(GPtrArray) items = selected_items (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;

  if (items->len == 0)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *line = g_strdup (wm_blueprint_item_get_text (g_ptr_array_index (items, i)));

      g_strdelimit (line, "\r\n", ' ');
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  bytes = wm_item_clipboard_write (items);
  wm_clipboard_set_with_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                              WM_ITEM_CLIPBOARD_MIME_TYPE, bytes, text->str);

  return TRUE;
}

static void
cut_selection (WmBlueprintCanvas *self)
{
  /* Only items: an arrow has no text to put on the clipboard. */
  if (copy_selection (self))
    delete_selection (self);
}

/* Puts @items (new, without a step) after the focused item or at the end of the focused
 * cell, as one undo step, and selects them. */
static void
paste_items (WmBlueprintCanvas *self,
             GPtrArray         *items)
{
  g_autoptr(GPtrArray) added = NULL;
  guint lane, step, index;
  WmBlueprintLane *target;
  WmBlueprintStep *the_step;

  if (self->focus_item != NULL && locate_item (self, self->focus_item, &lane, &step, &index))
    index++;
  else if (self->has_focus_cell)
    {
      g_autoptr(GPtrArray) in_cell = wm_blueprint_layout_get_items_in_cell (self->layout,
                                                                            self->focus_lane,
                                                                            self->focus_step);

      lane = self->focus_lane;
      step = self->focus_step;
      index = in_cell->len;
    }
  else
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  target = lane_at (self, lane);
  the_step = step_at (self, step);
  if (target == NULL || the_step == NULL || items->len == 0)
    return;

  added = wm_blueprint_edit_insert_items (history (self), self->blueprint, target,
                                          wm_object_get_id (WM_OBJECT (the_step)), index, items);
  wm_blueprint_canvas_relayout_now (self);
  if (added != NULL)
    select_items (self, added);
}

static gpointer
item_from_line (const char *line)
{
  return wm_blueprint_item_new ("", line);
}

static void
paste_into (GtkWidget *widget,
            GPtrArray *items)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (widget);

  if (self->blueprint != NULL && self->layout != NULL)
    paste_items (self, items);
}

static void
paste (WmBlueprintCanvas *self)
{
  wm_clipboard_paste (GTK_WIDGET (self), WM_ITEM_CLIPBOARD_MIME_TYPE, wm_item_clipboard_read,
                      item_from_line, paste_into);
}

/* Alt+arrows: the selected items (or the focused one) go, with the focused item, to the cell
 * of the step before or after (@dstep), or one place up or down in the cell and on into the
 * lane above or below at its ends (@dindex). One undo step each; selection and focus follow
 * the items, and their arrows stay attached. */
static void
move_selection_by (WmBlueprintCanvas *self,
                   int                dstep,
                   int                dindex)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) in_cell = NULL;
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  guint lane, step, index, before = 0, others = 0, to_index;
  WmBlueprintCell cell;

  if (self->focus_item == NULL || !locate_item (self, self->focus_item, &lane, &step, &index))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!is_selected (self, self->focus_item))
    select_only (self, self->focus_item);
  items = selected_items (self);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (moving, g_ptr_array_index (items, i));

  /* Where the focused item is among the items that stay. */
  in_cell = wm_blueprint_layout_get_items_in_cell (self->layout, lane, step);
  for (guint i = 0; i < in_cell->len; i++)
    if (!g_hash_table_contains (moving, g_ptr_array_index (in_cell, i)))
      {
        others++;
        if (i < index)
          before++;
      }

  cell.lane = lane;
  cell.step = step;
  to_index = before;
  if (dstep < 0 && step > 0)
    cell.step = step - 1;
  else if (dstep > 0 && step + 1 < wm_blueprint_layout_get_n_steps (self->layout))
    cell.step = step + 1;
  else if (dindex < 0 && before > 0)
    to_index = before - 1;
  else if (dindex < 0 && lane > 0)
    {
      g_autoptr(GPtrArray) above = wm_blueprint_layout_get_items_in_cell (self->layout, lane - 1, step);

      cell.lane = lane - 1;
      to_index = above->len;
    }
  else if (dindex > 0 && before < others)
    to_index = before + 1;
  else if (dindex > 0 && lane + 1 < wm_blueprint_layout_get_n_lanes (self->layout))
    {
      cell.lane = lane + 1;
      to_index = 0;
    }
  else
    {
      /* At the blueprint's edge. */
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  move_selection (self, &cell, to_index);
  set_focus_item (self, self->focus_item);
}

static void
select_in_rect (WmBlueprintCanvas *self,
                const WmRect      *band)
{
  g_clear_pointer (&self->selected_arrow, g_free);
  for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (self->layout); l++)
    for (guint s = 0; s < wm_blueprint_layout_get_n_steps (self->layout); s++)
      {
        g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, l, s);

        for (guint i = 0; i < items->len; i++)
          {
            const char *id = wm_object_get_id (g_ptr_array_index (items, i));
            WmRect bounds;

            if (wm_blueprint_layout_get_item_bounds (self->layout, id, &bounds)
                && wm_rect_intersects (&bounds, band) && !is_selected (self, id))
              g_ptr_array_add (self->selection, g_strdup (id));
          }
      }
  selection_changed (self);
}

/* Inline editing: an item's text (or a new item's), a step's or lane's name. */

static void
show_editor (WmBlueprintCanvas *self,
             const char        *text)
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
start_editing_item (WmBlueprintCanvas *self,
                    const char        *item_id)
{
  WmBlueprintItem *item = lookup_item (self, item_id);

  if (item == NULL)
    return;
  if (wm_blueprint_canvas_is_editing (self))
    stop_editing (self, TRUE);

  self->editing_what = EDIT_PROPERTY;
  g_free (self->editing_id);
  self->editing_id = g_strdup (item_id);
  self->editing_property = "text";
  wm_blueprint_layout_get_item_bounds (self->layout, item_id, &self->editing_bounds);
  show_editor (self, wm_blueprint_item_get_text (item));
}

static void
start_editing_new (WmBlueprintCanvas *self,
                   guint              lane,
                   guint              step,
                   guint              index)
{
  g_autoptr(GPtrArray) items = NULL;
  WmBlueprintCell cell;
  WmRect last;

  if (!wm_blueprint_layout_get_cell (self->layout, lane, step, &cell))
    return;
  if (wm_blueprint_canvas_is_editing (self))
    stop_editing (self, TRUE);

  self->editing_what = EDIT_NEW_ITEM;
  g_clear_pointer (&self->editing_id, g_free);
  self->editing_lane = lane;
  self->editing_step = step;
  self->editing_index = index;
  self->editing_bounds = (WmRect) { cell.bounds.x + 8, cell.bounds.y + 8, cell.bounds.width - 16, 48 };

  items = wm_blueprint_layout_get_items_in_cell (self->layout, lane, step);
  if (index > 0 && index <= items->len
      && wm_blueprint_layout_get_item_bounds (self->layout,
                                              wm_object_get_id (g_ptr_array_index (items, index - 1)),
                                              &last))
    self->editing_bounds.y = last.y + last.height + 6;
  show_editor (self, "");
}

/* A step's or lane's name, over its header. */
static void
start_editing_header (WmBlueprintCanvas *self,
                      DragMode           mode,
                      guint              index)
{
  WmObject *object = mode == DRAG_STEP ? WM_OBJECT (step_at (self, index)) : WM_OBJECT (lane_at (self, index));
  const char *property = mode == DRAG_STEP ? "name" : "title";
  g_autofree char *value = NULL;
  WmRect bounds;

  if (object == NULL || !header_bounds (self, mode, index, &bounds))
    return;
  if (wm_blueprint_canvas_is_editing (self))
    stop_editing (self, TRUE);

  g_object_get (object, property, &value, NULL);
  self->editing_what = EDIT_PROPERTY;
  g_free (self->editing_id);
  self->editing_id = g_strdup (wm_object_get_id (object));
  self->editing_property = property;
  self->editing_bounds = bounds;
  self->editing_bounds.width = MAX (bounds.width, 140);
  if (mode == DRAG_LANE)
    self->editing_bounds.height = MIN (bounds.height, 44);
  show_editor (self, value ? value : "");
}

static void
stop_editing (WmBlueprintCanvas *self,
              gboolean           commit)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;
  WmObject *object;

  if (!wm_blueprint_canvas_is_editing (self))
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  target = g_steal_pointer (&self->editing_id);
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (!commit || self->blueprint == NULL)
    return;

  g_strstrip (text);
  if (self->editing_what == EDIT_NEW_ITEM)
    {
      if (text[0] != '\0')
        add_item (self, self->editing_lane, self->editing_step, self->editing_index, text);
      return;
    }

  object = wm_document_lookup (self->document, target);
  if (object != NULL)
    {
      g_autofree char *old = NULL;

      g_object_get (object, self->editing_property, &old, NULL);
      if (g_strcmp0 (old, text) != 0)
        {
          wm_history_seal (history (self));
          if (WM_IS_BLUEPRINT_ITEM (object))
            wm_blueprint_edit_set_item_text (history (self), WM_BLUEPRINT_ITEM (object), text);
          else if (WM_IS_BLUEPRINT_STEP (object))
            wm_blueprint_edit_set_step_name (history (self), WM_BLUEPRINT_STEP (object), text);
          else if (WM_IS_BLUEPRINT_LANE (object))
            wm_blueprint_edit_set_lane_title (history (self), WM_BLUEPRINT_LANE (object), text);
          wm_history_seal (history (self));
        }
    }
  wm_blueprint_canvas_relayout_now (self);
}

static gboolean
on_editor_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       WmBlueprintCanvas     *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      stop_editing (self, FALSE);
      return TRUE;
    }
  /* Names are one line; item texts take Enter as a new line and commit with Ctrl+Enter. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
      && ((state & GDK_CONTROL_MASK)
          || (self->editing_what == EDIT_PROPERTY && !g_str_equal (self->editing_property, "text"))))
    {
      stop_editing (self, TRUE);
      return TRUE;
    }

  return FALSE;
}

static void
on_editor_focus_leave (WmBlueprintCanvas *self)
{
  /* Clicking away commits, as in other whiteboard tools. */
  if (wm_blueprint_canvas_is_editing (self))
    stop_editing (self, TRUE);
}

/* Context menus */

static GMenuModel *
build_menu (WmBlueprintCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) add_lane = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (custom_lanes); i++)
    {
      g_autofree char *action = g_strdup_printf ("blueprint.add-lane::%s", custom_lanes[i].nick);

      g_menu_append (add_lane, _(custom_lanes[i].title), action);
    }

  switch (self->menu_target)
    {
    case MENU_ITEM:
      {
        g_autoptr(GMenu) kind = g_menu_new ();

        g_menu_append (section, _("_Edit Text"), "blueprint.edit");
        if (self->selection->len == 2)
          g_menu_append (section, _("C_onnect"), "blueprint.connect");
        g_menu_append (section, _("_Duplicate"), "canvas.duplicate");
        g_menu_append (section, _("Cu_t"), "canvas.cut");
        g_menu_append (section, _("_Copy"), "canvas.copy");
        g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
        g_menu_append (kind, wm_blueprint_item_kind_label (WM_ITEM_KIND_NORMAL),
                       "blueprint.item-kind::normal");
        g_menu_append (kind, wm_blueprint_item_kind_label (WM_ITEM_KIND_FAIL),
                       "blueprint.item-kind::fail");
        g_menu_append (kind, wm_blueprint_item_kind_label (WM_ITEM_KIND_WAIT),
                       "blueprint.item-kind::wait");
        g_menu_append_submenu (menu, _("_Kind"), G_MENU_MODEL (kind));
        g_menu_append (menu, _("_Delete"), "blueprint.delete");
      }
      break;

    case MENU_ARROW:
      g_menu_append (menu, _("_Delete Arrow"), "blueprint.delete");
      break;

    case MENU_STEP:
      g_menu_append (section, _("_Rename Step"), "blueprint.edit");
      g_menu_append (section, _("Add Step _Before"), "blueprint.insert-before");
      g_menu_append (section, _("Add Step _After"), "blueprint.insert-after");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      g_menu_append (menu, _("_Delete Step"), "blueprint.delete");
      break;

    case MENU_LANE:
      {
        g_autoptr(GEnumClass) kinds = g_type_class_ref (WM_TYPE_BLUEPRINT_LANE_KIND);
        g_autoptr(GMenu) kind = g_menu_new ();

        for (guint i = 0; i < kinds->n_values; i++)
          {
            g_autofree char *action = g_strdup_printf ("blueprint.lane-kind::%s", kinds->values[i].value_nick);

            g_menu_append (kind, wm_blueprint_lane_kind_label (kinds->values[i].value), action);
          }
        g_menu_append (section, _("_Rename Lane"), "blueprint.edit");
        g_menu_append_submenu (section, _("Add Lane _Below"), G_MENU_MODEL (add_lane));
        g_menu_append_submenu (section, _("_Kind"), G_MENU_MODEL (kind));
        g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
        g_menu_append (menu, _("_Delete Lane"), "blueprint.delete");
      }
      break;

    case MENU_CELL:
      g_menu_append (section, _("_Add Item"), "blueprint.add-item");
      g_menu_append (section, _("_Paste"), "canvas.paste");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      break;

    case MENU_BLUEPRINT:
    default:
      g_menu_append (section, _("Add _Step"), "blueprint.append-step");
      g_menu_append_submenu (section, _("Add _Lane"), G_MENU_MODEL (add_lane));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
      break;
    }

  return G_MENU_MODEL (menu);
}

static void
open_context_menu (WmBlueprintCanvas *self,
                   double             wx,
                   double             wy)
{
  g_autoptr(GMenuModel) model = build_menu (self);

  wm_canvas_popup_menu (WM_CANVAS (self), &self->menu, model, wx, wy);
}

/* Chooses what the menu at document point (@dx, @dy) is about. */
static void
set_menu_target (WmBlueprintCanvas *self,
                 double             dx,
                 double             dy)
{
  const char *item = item_at (self, dx, dy);
  const char *arrow = item == NULL ? wm_blueprint_layout_arrow_at (self->layout, dx, dy) : NULL;
  WmBlueprintCell cell;
  DragMode mode;
  guint index;

  g_clear_pointer (&self->menu_id, g_free);
  if (item != NULL)
    {
      self->menu_target = MENU_ITEM;
      self->menu_id = g_strdup (item);
      if (!is_selected (self, item))
        select_only (self, item);
      set_focus_item (self, item);
    }
  else if (arrow != NULL)
    {
      self->menu_target = MENU_ARROW;
      self->menu_id = g_strdup (arrow);
      wm_blueprint_canvas_select_arrow (self, arrow);
    }
  else if (header_hit (self, dx, dy, &mode, &index))
    {
      self->menu_target = mode == DRAG_STEP ? MENU_STEP : MENU_LANE;
      self->menu_id = g_strdup (wm_object_get_id (mode == DRAG_STEP ? WM_OBJECT (step_at (self, index))
                                                                    : WM_OBJECT (lane_at (self, index))));
      if (mode == DRAG_STEP)
        self->menu_step = index;
      else
        self->menu_lane = index;
    }
  else if (wm_blueprint_layout_cell_at (self->layout, dx, dy, &cell))
    {
      self->menu_target = MENU_CELL;
      self->menu_lane = cell.lane;
      self->menu_step = cell.step;
      wm_blueprint_canvas_focus_cell (self, cell.lane, cell.step);
    }
  else
    {
      /* Anywhere else: the blueprint itself, to add steps and lanes (the way into an empty one). */
      self->menu_target = MENU_BLUEPRINT;
    }
}

static void
on_context_pressed (GtkGestureClick   *gesture,
                    int                n_press,
                    double             x,
                    double             y,
                    WmBlueprintCanvas *self)
{
  double dx, dy;

  if (self->layout == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  set_menu_target (self, dx, dy);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_context_menu (self, x, y);
}

static void
open_context_menu_at_focus (WmBlueprintCanvas *self)
{
  WmBlueprintCell cell;
  WmRect bounds;
  double x, y, wx, wy;

  if (self->focus_item != NULL && wm_blueprint_layout_get_item_bounds (self->layout, self->focus_item, &bounds))
    ;
  else if (self->has_focus_cell
           && wm_blueprint_layout_get_cell (self->layout, self->focus_lane, self->focus_step, &cell))
    bounds = cell.bounds;
  else
    bounds = (WmRect) { 4, 4, 0, 0 };

  x = bounds.x + bounds.width / 2;
  y = bounds.y + MIN (bounds.height / 2, 20);
  set_menu_target (self, x, y);
  wm_canvas_document_to_widget (WM_CANVAS (self), x, y, &wx, &wy);
  open_context_menu (self, wx, wy);
}

static WmBlueprintLaneKind
parse_lane_kind (GVariant *parameter,
                 gboolean *found)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (WM_TYPE_BLUEPRINT_LANE_KIND);
  GEnumValue *value = parameter ? g_enum_get_value_by_nick (klass, g_variant_get_string (parameter, NULL))
                                : NULL;

  *found = value != NULL;

  return value != NULL ? (WmBlueprintLaneKind) value->value : WM_BLUEPRINT_LANE_KIND_CUSTOM;
}

static const char *
custom_lane_title (GVariant *parameter)
{
  for (guint i = 0; parameter != NULL && i < G_N_ELEMENTS (custom_lanes); i++)
    if (g_str_equal (custom_lanes[i].nick, g_variant_get_string (parameter, NULL)))
      return _(custom_lanes[i].title);

  return NULL;
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (widget);
  WmObject *target;
  guint index = 0;

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "blueprint.add-item"))
    {
      g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, self->menu_lane,
                                                                          self->menu_step);

      start_editing_new (self, self->menu_lane, self->menu_step, items->len);
      return;
    }
  if (g_str_equal (action_name, "blueprint.append-step"))
    {
      WmBlueprintStep *step = wm_blueprint_edit_add_step (history (self), self->blueprint, G_MAXUINT, NULL);

      wm_blueprint_canvas_relayout_now (self);
      if (step != NULL)
        start_editing_header (self, DRAG_STEP, wm_blueprint_layout_get_n_steps (self->layout) - 1);
      return;
    }
  if (g_str_equal (action_name, "blueprint.add-lane") && self->menu_target != MENU_LANE)
    {
      wm_blueprint_edit_add_lane (history (self), self->blueprint, G_MAXUINT,
                                  WM_BLUEPRINT_LANE_KIND_CUSTOM, custom_lane_title (parameter));
      wm_blueprint_canvas_relayout_now (self);
      return;
    }
  if (g_str_equal (action_name, "blueprint.connect"))
    {
      connect_selection (self);
      return;
    }

  target = self->menu_id ? wm_document_lookup (self->document, self->menu_id) : NULL;
  if (target == NULL)
    return;

  switch (self->menu_target)
    {
    case MENU_ITEM:
      if (g_str_equal (action_name, "blueprint.edit"))
        start_editing_item (self, self->menu_id);
      else if (g_str_equal (action_name, "blueprint.delete"))
        delete_selection (self);
      else if (g_str_equal (action_name, "blueprint.item-kind"))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (WM_TYPE_ITEM_KIND);
          GEnumValue *value = g_enum_get_value_by_nick (klass, g_variant_get_string (parameter, NULL));

          if (value != NULL)
            set_selection_kind (self, value->value);
        }
      return;

    case MENU_ARROW:
      if (g_str_equal (action_name, "blueprint.delete"))
        delete_selection (self);
      return;

    case MENU_STEP:
      if (!wm_object_list_find (wm_service_blueprint_get_steps (self->blueprint), target, &index))
        return;
      if (g_str_equal (action_name, "blueprint.edit"))
        {
          start_editing_header (self, DRAG_STEP, index);
          return;
        }
      if (g_str_equal (action_name, "blueprint.delete"))
        wm_blueprint_edit_remove_step (history (self), self->blueprint, WM_BLUEPRINT_STEP (target));
      else if (g_str_equal (action_name, "blueprint.insert-before"))
        wm_blueprint_edit_add_step (history (self), self->blueprint, index, NULL);
      else if (g_str_equal (action_name, "blueprint.insert-after"))
        wm_blueprint_edit_add_step (history (self), self->blueprint, index + 1, NULL);
      break;

    case MENU_LANE:
      {
        gboolean found;
        WmBlueprintLaneKind kind = parse_lane_kind (parameter, &found);

        if (!wm_object_list_find (wm_service_blueprint_get_lanes (self->blueprint), target, &index))
          return;
        if (g_str_equal (action_name, "blueprint.edit"))
          {
            start_editing_header (self, DRAG_LANE, index);
            return;
          }
        if (g_str_equal (action_name, "blueprint.delete"))
          wm_blueprint_edit_remove_lane (history (self), self->blueprint, WM_BLUEPRINT_LANE (target));
        else if (g_str_equal (action_name, "blueprint.add-lane"))
          wm_blueprint_edit_add_lane (history (self), self->blueprint, index + 1,
                                      WM_BLUEPRINT_LANE_KIND_CUSTOM, custom_lane_title (parameter));
        else if (g_str_equal (action_name, "blueprint.lane-kind") && found
                 && kind != wm_blueprint_lane_get_kind (WM_BLUEPRINT_LANE (target)))
          {
            wm_history_seal (history (self));
            wm_history_set (history (self), target, "kind", kind);
            wm_history_seal (history (self));
          }
      }
      break;

    case MENU_CELL:
    case MENU_BLUEPRINT:
    default:
      return;
    }
  wm_blueprint_canvas_relayout_now (self);
}

/* Pointer */

static gboolean
click_add_button (WmBlueprintCanvas *self,
                  double             dx,
                  double             dy)
{
  WmRect rect;

  if (add_step_button (self, &rect) && wm_rect_contains (&rect, dx, dy))
    {
      wm_blueprint_edit_add_step (history (self), self->blueprint, G_MAXUINT, NULL);
      wm_blueprint_canvas_relayout_now (self);
      start_editing_header (self, DRAG_STEP, wm_blueprint_layout_get_n_steps (self->layout) - 1);
      return TRUE;
    }
  if (add_lane_button (self, &rect) && wm_rect_contains (&rect, dx, dy))
    {
      wm_blueprint_edit_add_lane (history (self), self->blueprint, G_MAXUINT,
                                  WM_BLUEPRINT_LANE_KIND_CUSTOM, NULL);
      wm_blueprint_canvas_relayout_now (self);
      start_editing_header (self, DRAG_LANE, wm_blueprint_layout_get_n_lanes (self->layout) - 1);
      return TRUE;
    }

  return FALSE;
}

static void
on_click_pressed (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  WmBlueprintCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const char *item, *arrow = NULL;
  WmBlueprintCell cell;
  DragMode mode;
  guint index;
  double dx, dy;

  if (self->layout == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  if (handle_at (self, dx, dy) != NULL)
    return;
  if (n_press == 1 && click_add_button (self, dx, dy))
    return;
  item = item_at (self, dx, dy);
  if (item == NULL)
    arrow = wm_blueprint_layout_arrow_at (self->layout, dx, dy);

  if (n_press == 2)
    {
      if (item != NULL)
        start_editing_item (self, item);
      else if (arrow == NULL && header_hit (self, dx, dy, &mode, &index))
        start_editing_header (self, mode, index);
      else if (arrow == NULL && wm_blueprint_layout_cell_at (self->layout, dx, dy, &cell))
        start_editing_new (self, cell.lane, cell.step,
                           wm_blueprint_layout_insertion_index (self->layout, cell.lane, cell.step, dy));
      return;
    }

  if (item != NULL)
    {
      if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
        toggle_selected (self, item);
      else if (!is_selected (self, item))
        select_only (self, item);
      set_focus_item (self, item);
      return;
    }

  if (arrow != NULL)
    {
      wm_blueprint_canvas_select_arrow (self, arrow);
      return;
    }

  if (!(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    select_only (self, NULL);
  g_clear_pointer (&self->focus_item, g_free);
  /* A header focuses its first cell (the inspector then shows the lane and the step); a
   * click outside the cells and headers focuses nothing, which shows the blueprint. */
  if (header_hit (self, dx, dy, &mode, &index))
    {
      self->has_focus_cell = wm_blueprint_layout_get_n_lanes (self->layout) > 0
                             && wm_blueprint_layout_get_n_steps (self->layout) > 0;
      if (mode == DRAG_STEP)
        self->focus_step = index;
      else
        self->focus_lane = index;
      self->focus_lane = MIN (self->focus_lane, MAX (wm_blueprint_layout_get_n_lanes (self->layout), 1) - 1);
      self->focus_step = MIN (self->focus_step, MAX (wm_blueprint_layout_get_n_steps (self->layout), 1) - 1);
    }
  else
    {
      self->has_focus_cell = wm_blueprint_layout_cell_at (self->layout, dx, dy, &cell);
      if (self->has_focus_cell)
        {
          self->focus_lane = cell.lane;
          self->focus_step = cell.step;
        }
    }
  selection_changed (self);
}

static void
on_drag_begin (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               WmBlueprintCanvas *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  const char *handle, *item;
  DragMode mode;
  guint index;
  double dx, dy;

  self->drag_mode = DRAG_NONE;
  self->drag_started = FALSE;
  self->drop_header = -1;
  if (self->layout == NULL)
    return;

  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  self->drag_start_x = self->drag_x = dx;
  self->drag_start_y = self->drag_y = dy;

  handle = handle_at (self, dx, dy);
  item = handle == NULL ? item_at (self, dx, dy) : NULL;
  if (handle != NULL)
    {
      self->drag_mode = DRAG_CONNECT;
      g_free (self->connect_from);
      self->connect_from = g_strdup (handle);
    }
  else if (item != NULL)
    {
      /* With Shift or Ctrl the click toggles the item; leave the selection to it. */
      self->drag_mode = DRAG_ITEMS;
      if (!is_selected (self, item) && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
        select_only (self, item);
    }
  else if (header_hit (self, dx, dy, &mode, &index))
    {
      self->drag_mode = mode;
      self->drag_header = index;
    }
  else if (state & GDK_SHIFT_MASK)
    {
      self->drag_mode = DRAG_RUBBER;
    }
  else if (wm_blueprint_layout_arrow_at (self->layout, dx, dy) == NULL)
    {
      WmViewport *viewport = wm_canvas_get_viewport (WM_CANVAS (self));

      self->drag_mode = DRAG_PAN;
      self->pan_origin_x = wm_viewport_get_x (viewport);
      self->pan_origin_y = wm_viewport_get_y (viewport);
    }
}

static void
on_drag_update (GtkGestureDrag    *gesture,
                double             ox,
                double             oy,
                WmBlueprintCanvas *self)
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

  if (self->drag_mode == DRAG_STEP || self->drag_mode == DRAG_LANE)
    self->drop_header = header_at (self, self->drag_mode, self->drag_x, self->drag_y);

  if (self->drag_mode == DRAG_ITEMS)
    {
      self->drop_valid = wm_blueprint_layout_cell_at (self->layout, self->drag_x, self->drag_y, &self->drop_cell);
      if (self->drop_valid)
        self->drop_index = wm_blueprint_layout_insertion_index (self->layout, self->drop_cell.lane,
                                                                self->drop_cell.step, self->drag_y);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag    *gesture,
             double             ox,
             double             oy,
             WmBlueprintCanvas *self)
{
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (!self->drag_started)
    return;

  if ((mode == DRAG_STEP || mode == DRAG_LANE) && self->drop_header >= 0)
    {
      if (mode == DRAG_STEP)
        wm_blueprint_edit_move_step (history (self), self->blueprint, self->drag_header, self->drop_header);
      else
        wm_blueprint_edit_move_lane (history (self), self->blueprint, self->drag_header, self->drop_header);
      self->drop_header = -1;
      wm_blueprint_canvas_relayout_now (self);
    }
  else if (mode == DRAG_RUBBER)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      select_in_rect (self, &band);
    }
  else if (mode == DRAG_ITEMS && self->drop_valid)
    {
      /* The insertion index counts the dragged items themselves; discount those above. */
      g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, self->drop_cell.lane,
                                                                          self->drop_cell.step);
      guint index = self->drop_index;

      for (guint i = 0; i < MIN (self->drop_index, items->len); i++)
        if (is_selected (self, wm_object_get_id (g_ptr_array_index (items, i))))
          index--;
      move_selection (self, &self->drop_cell, index);
    }
  else if (mode == DRAG_CONNECT && self->connect_from != NULL)
    {
      g_autofree char *from = g_steal_pointer (&self->connect_from);

      connect_items (self, from, item_at (self, self->drag_x, self->drag_y));
    }
  self->drop_valid = FALSE;
  g_clear_pointer (&self->connect_from, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WmBlueprintCanvas        *self)
{
  const char *item;
  double dx, dy;

  if (self->layout == NULL || self->drag_mode != DRAG_NONE)
    return;

  wm_canvas_widget_to_document (WM_CANVAS (self), x, y, &dx, &dy);
  /* The pointer on a handle keeps its item hovered, though the handle may stick out. */
  if (self->hover_item != NULL && handle_contains (self, self->hover_item, dx, dy))
    return;
  item = item_at (self, dx, dy);
  if (g_strcmp0 (item, self->hover_item) != 0)
    {
      g_free (self->hover_item);
      self->hover_item = g_strdup (item);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (WmBlueprintCanvas *self)
{
  if (self->hover_item != NULL && self->drag_mode == DRAG_NONE)
    {
      g_clear_pointer (&self->hover_item, g_free);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* Keyboard */

static void
move_focus (WmBlueprintCanvas *self,
            int                dlane,
            int                dstep,
            int                ditem)
{
  guint n_lanes = wm_blueprint_layout_get_n_lanes (self->layout);
  guint n_steps = wm_blueprint_layout_get_n_steps (self->layout);
  guint lane = self->focus_lane, step = self->focus_step, index = 0;
  gboolean on_item = self->focus_item != NULL
                     && locate_item (self, self->focus_item, &lane, &step, &index);
  g_autoptr(GPtrArray) items = NULL;

  if (n_lanes == 0 || n_steps == 0)
    return;
  if (!self->has_focus_cell && !on_item)
    {
      wm_blueprint_canvas_focus_cell (self, 0, 0);
      return;
    }

  if (ditem != 0)
    {
      items = wm_blueprint_layout_get_items_in_cell (self->layout, lane, step);
      if (on_item && (int) index + ditem >= 0 && index + ditem < items->len)
        {
          const char *id = wm_object_get_id (g_ptr_array_index (items, index + ditem));

          select_only (self, id);
          set_focus_item (self, id);
          return;
        }
      dlane = ditem;
    }

  lane = (guint) CLAMP ((int) lane + dlane, 0, (int) n_lanes - 1);
  step = (guint) CLAMP ((int) step + dstep, 0, (int) n_steps - 1);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = wm_blueprint_layout_get_items_in_cell (self->layout, lane, step);
  self->has_focus_cell = TRUE;
  self->focus_lane = lane;
  self->focus_step = step;
  if (items->len > 0)
    {
      const char *id = wm_object_get_id (g_ptr_array_index (items, dlane < 0 ? items->len - 1 : 0));

      select_only (self, id);
      set_focus_item (self, id);
    }
  else
    {
      WmBlueprintCell cell;

      g_clear_pointer (&self->focus_item, g_free);
      select_only (self, NULL);
      if (wm_blueprint_layout_get_cell (self->layout, lane, step, &cell))
        wm_viewport_scroll_to_show (wm_canvas_get_viewport (WM_CANVAS (self)), cell.bounds.x,
                                    cell.bounds.y, cell.bounds.width, cell.bounds.height);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WmBlueprintCanvas     *self)
{
  if (self->layout == NULL || wm_blueprint_canvas_is_editing (self))
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == GDK_ALT_MASK)
    switch (keyval)
      {
      case GDK_KEY_Left:
      case GDK_KEY_KP_Left:
        move_selection_by (self, -1, 0);
        return TRUE;
      case GDK_KEY_Right:
      case GDK_KEY_KP_Right:
        move_selection_by (self, 1, 0);
        return TRUE;
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        move_selection_by (self, 0, -1);
        return TRUE;
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        move_selection_by (self, 0, 1);
        return TRUE;
      default:
        break;
      }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
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
      if (self->focus_item != NULL)
        start_editing_item (self, self->focus_item);
      else if (self->has_focus_cell)
        {
          g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, self->focus_lane,
                                                                              self->focus_step);

          start_editing_new (self, self->focus_lane, self->focus_step, items->len);
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
      if (self->selection->len == 0 && self->selected_arrow == NULL)
        {
          self->has_focus_cell = FALSE;
          g_clear_pointer (&self->focus_item, g_free);
        }
      select_only (self, NULL);
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
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (widget);

  if (self->layout == NULL)
    return;

  if (g_str_equal (action_name, "canvas.select-all"))
    {
      g_ptr_array_set_size (self->selection, 0);
      select_in_rect (self, &(WmRect) { -G_MAXDOUBLE / 4, -G_MAXDOUBLE / 4,
                                        G_MAXDOUBLE / 2, G_MAXDOUBLE / 2 });
    }
  else if (g_str_equal (action_name, "canvas.delete"))
    delete_selection (self);
  else if (g_str_equal (action_name, "canvas.duplicate"))
    duplicate_selection (self);
  else if (g_str_equal (action_name, "canvas.copy"))
    copy_selection (self);
  else if (g_str_equal (action_name, "canvas.cut"))
    cut_selection (self);
  else if (g_str_equal (action_name, "canvas.paste"))
    paste (self);
  else if (g_str_equal (action_name, "blueprint.connect"))
    connect_selection (self);
}

/* Drawing */

static void
draw_arrow_highlight (WmBlueprintCanvas *self,
                      cairo_t           *cr,
                      const char        *arrow_id,
                      const GdkRGBA     *accent,
                      double             zoom)
{
  WmDisplayList *list = wm_canvas_get_display_list (WM_CANVAS (self));

  /* Retrace the arrow's connector, as the layout drew it, in the accent colour. */
  for (guint i = 0; list != NULL && i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->id == NULL || !g_str_equal (item->id, arrow_id))
        continue;
      if (item->kind == WM_DISPLAY_PATH)
        {
          const double *p = wm_display_list_get_points (list, item->path_start);

          cairo_move_to (cr, p[0], p[1]);
          for (guint s = 0; s < item->path_segments; s++)
            cairo_curve_to (cr, p[2 + 6 * s], p[3 + 6 * s], p[4 + 6 * s], p[5 + 6 * s],
                            p[6 + 6 * s], p[7 + 6 * s]);
        }
      else if (item->kind == WM_DISPLAY_LINE)
        {
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->width, item->y + item->height);
        }
      else
        continue;
      /* A glow rather than a new line, so the arrow's own line and label stay readable. */
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.4);
      cairo_set_line_width (cr, MAX (item->line_width + 5, 6 / zoom));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
}

static void
draw_handle (cairo_t       *cr,
             const WmRect  *bounds,
             const GdkRGBA *accent,
             double         zoom)
{
  double r = MAX (MIN (bounds->width, bounds->height) / 2, 4);
  double base = adw_style_manager_get_dark (adw_style_manager_get_default ()) ? 0.19 : 1.0;

  cairo_new_path (cr);
  cairo_arc (cr, bounds->x + bounds->width / 2, bounds->y + bounds->height / 2, r, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, base, base, base, 1);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, accent);
  cairo_set_line_width (cr, 2 / zoom);
  cairo_stroke (cr);
  cairo_arc (cr, bounds->x + bounds->width / 2, bounds->y + bounds->height / 2, r / 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
wm_blueprint_canvas_draw_overlay (WmCanvas *canvas,
                                  cairo_t  *cr)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (canvas);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA accent = dark ? (GdkRGBA) { 0.47, 0.68, 0.93, 1 } : (GdkRGBA) { 0.21, 0.52, 0.89, 1 };
  GdkRGBA secondary = dark ? (GdkRGBA) { 0.75, 0.75, 0.74, 1 } : (GdkRGBA) { 0.37, 0.36, 0.39, 1 };
  double zoom = wm_viewport_get_zoom (wm_canvas_get_viewport (canvas));
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self));
  WmRect rect;

  if (self->layout == NULL)
    return;

  if (add_step_button (self, &rect))
    wm_canvas_draw_add_button (cr, &rect, &secondary, zoom,
                               wm_blueprint_layout_get_n_steps (self->layout) > 0 ? "+" : _("+ Add step"));
  if (add_lane_button (self, &rect))
    wm_canvas_draw_add_button (cr, &rect, &secondary, zoom, _("+ Add lane"));

  if (self->selected_arrow != NULL)
    draw_arrow_highlight (self, cr, self->selected_arrow, &accent, zoom);

  for (guint i = 0; i < self->selection->len; i++)
    if (wm_blueprint_layout_get_item_bounds (self->layout, g_ptr_array_index (self->selection, i), &rect))
      wm_canvas_draw_outline (cr, &rect, 2, 9, &accent, 2.5 / zoom, FALSE);

  if (focused && self->focus_item == NULL && self->has_focus_cell && self->selected_arrow == NULL)
    {
      WmBlueprintCell cell;

      if (wm_blueprint_layout_get_cell (self->layout, self->focus_lane, self->focus_step, &cell))
        wm_canvas_draw_outline (cr, &cell.bounds, -3, 8, &accent, 2 / zoom, TRUE);
    }
  else if (focused && self->focus_item != NULL
           && wm_blueprint_layout_get_item_bounds (self->layout, self->focus_item, &rect))
    wm_canvas_draw_outline (cr, &rect, 5, 11, &accent, 1.5 / zoom, TRUE);

  /* The handles to draw arrows from: on the item under the pointer and the focused one. */
  if (self->drag_mode != DRAG_ITEMS || !self->drag_started)
    {
      if (self->hover_item != NULL && wm_blueprint_layout_get_item_handle (self->layout, self->hover_item, &rect))
        draw_handle (cr, &rect, &accent, zoom);
      if (focused && self->focus_item != NULL && g_strcmp0 (self->focus_item, self->hover_item) != 0
          && wm_blueprint_layout_get_item_handle (self->layout, self->focus_item, &rect))
        draw_handle (cr, &rect, &accent, zoom);
    }

  if (self->drag_mode == DRAG_CONNECT && self->drag_started && self->connect_from != NULL
      && wm_blueprint_layout_get_item_handle (self->layout, self->connect_from, &rect))
    {
      const char *target = item_at (self, self->drag_x, self->drag_y);
      WmRect bounds;

      if (target != NULL && !g_str_equal (target, self->connect_from)
          && wm_blueprint_layout_get_item_bounds (self->layout, target, &bounds))
        wm_canvas_draw_outline (cr, &bounds, 3, 10, &accent, 2.5 / zoom, FALSE);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, 2 / zoom);
      cairo_set_dash (cr, (double[]) { 6 / zoom, 4 / zoom }, 2, 0);
      cairo_move_to (cr, rect.x + rect.width / 2, rect.y + rect.height / 2);
      cairo_line_to (cr, self->drag_x, self->drag_y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_arc (cr, self->drag_x, self->drag_y, 4 / zoom, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_handle (cr, &rect, &accent, zoom);
    }
  else if (self->drag_mode == DRAG_ITEMS && self->drag_started && self->drop_valid)
    {
      g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (self->layout, self->drop_cell.lane,
                                                                          self->drop_cell.step);
      double y = self->drop_cell.bounds.y + 5;
      WmRect bounds;

      if (self->drop_index > 0 && self->drop_index <= items->len
          && wm_blueprint_layout_get_item_bounds (self->layout,
                                                  wm_object_get_id (g_ptr_array_index (items, self->drop_index - 1)),
                                                  &bounds))
        y = bounds.y + bounds.height + 3;

      /* The drop indicator: a bar where the items will land, and the target cell outlined. */
      wm_canvas_draw_outline (cr, &self->drop_cell.bounds, -2, 8, &accent, 1.5 / zoom, TRUE);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_rectangle (cr, self->drop_cell.bounds.x + 8, y - 1.5, self->drop_cell.bounds.width - 16, 3);
      cairo_fill (cr);

      /* Ghosts of the dragged items under the pointer. */
      for (guint i = 0; i < self->selection->len; i++)
        if (wm_blueprint_layout_get_item_bounds (self->layout, g_ptr_array_index (self->selection, i), &bounds))
          {
            WmRect ghost = { bounds.x + self->drag_x - self->drag_start_x,
                             bounds.y + self->drag_y - self->drag_start_y,
                             bounds.width, bounds.height };

            cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
            cairo_rectangle (cr, ghost.x, ghost.y, ghost.width, ghost.height);
            cairo_fill (cr);
            wm_canvas_draw_outline (cr, &ghost, 0, 7, &accent, 1.5 / zoom, FALSE);
          }
    }
  else if ((self->drag_mode == DRAG_STEP || self->drag_mode == DRAG_LANE)
           && self->drag_started && self->drop_header >= 0)
    {
      WmRect from, to;

      if (header_bounds (self, self->drag_mode, self->drag_header, &from)
          && header_bounds (self, self->drag_mode, self->drop_header, &to))
        {
          gboolean after = self->drop_header > (int) self->drag_header;

          wm_canvas_draw_outline (cr, &from, 2, 8, &accent, 1.5 / zoom, TRUE);
          gdk_cairo_set_source_rgba (cr, &accent);
          if (self->drag_mode == DRAG_LANE)
            cairo_rectangle (cr, to.x, after ? to.y + to.height + 1 : to.y - 4, to.width, 3);
          else
            cairo_rectangle (cr, after ? to.x + to.width + 1 : to.x - 4, to.y, 3, to.height);
          cairo_fill (cr);
        }
    }
  else if (self->drag_mode == DRAG_RUBBER && self->drag_started)
    {
      WmRect band;

      wm_canvas_band_rect (self->drag_start_x, self->drag_start_y, self->drag_x, self->drag_y, &band);
      wm_canvas_draw_rubber_band (cr, &band, &accent, zoom);
    }
}

static void
wm_blueprint_canvas_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (widget);

  GTK_WIDGET_CLASS (wm_blueprint_canvas_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));

  if (self->editor != NULL)
    wm_canvas_allocate_inline_editor (WM_CANVAS (self), self->editor, &self->editing_bounds);
}

static void
wm_blueprint_canvas_dispose (GObject *object)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (object);

  wm_blueprint_canvas_set_blueprint (self, NULL, NULL);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->text_view = NULL;

  G_OBJECT_CLASS (wm_blueprint_canvas_parent_class)->dispose (object);
}

static void
wm_blueprint_canvas_finalize (GObject *object)
{
  WmBlueprintCanvas *self = WM_BLUEPRINT_CANVAS (object);

  g_clear_pointer (&self->selection, g_ptr_array_unref);
  g_clear_pointer (&self->selected_arrow, g_free);
  g_clear_pointer (&self->focus_item, g_free);
  g_clear_pointer (&self->hover_item, g_free);
  g_clear_pointer (&self->connect_from, g_free);
  g_clear_pointer (&self->editing_id, g_free);
  g_clear_pointer (&self->menu_id, g_free);

  G_OBJECT_CLASS (wm_blueprint_canvas_parent_class)->finalize (object);
}

static void
wm_blueprint_canvas_class_init (WmBlueprintCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WmCanvasClass *canvas_class = WM_CANVAS_CLASS (klass);

  object_class->dispose = wm_blueprint_canvas_dispose;
  object_class->finalize = wm_blueprint_canvas_finalize;
  widget_class->size_allocate = wm_blueprint_canvas_size_allocate;
  canvas_class->draw_overlay = wm_blueprint_canvas_draw_overlay;

  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.duplicate", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "blueprint.connect", NULL, canvas_action);
  gtk_widget_class_install_action (widget_class, "blueprint.edit", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.delete", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.insert-before", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.insert-after", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.add-item", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.append-step", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.add-lane", "s", menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.lane-kind", "s", menu_action);
  gtk_widget_class_install_action (widget_class, "blueprint.item-kind", "s", menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "blueprint.connect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "canvas.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);

  /**
   * WmBlueprintCanvas::selection-changed:
   *
   * Emitted when the selected items or arrow, the focused item or cell, or the layout changed.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
wm_blueprint_canvas_init (WmBlueprintCanvas *self)
{
  GtkEventController *key, *motion;

  self->selection = g_ptr_array_new_with_free_func (g_free);
  self->drop_header = -1;

  wm_canvas_add_pointer_gestures (WM_CANVAS (self), G_CALLBACK (on_click_pressed),
                                  G_CALLBACK (on_context_pressed), G_CALLBACK (on_drag_begin),
                                  G_CALLBACK (on_drag_update), G_CALLBACK (on_drag_end));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  self->editor = wm_canvas_add_inline_editor (WM_CANVAS (self), _("Item text"), &self->text_view);

  wm_canvas_watch_inline_editor (WM_CANVAS (self), self->text_view,
                                 G_CALLBACK (on_editor_key_pressed),
                                 G_CALLBACK (on_editor_focus_leave));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (queue_relayout), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wm_blueprint_canvas_new (void)
{
  return g_object_new (WM_TYPE_BLUEPRINT_CANVAS, NULL);
}

/**
 * wm_blueprint_canvas_set_blueprint:
 * @document: (nullable): the workspace, whose history records the edits
 * @blueprint: (nullable): the blueprint to show and edit
 */
void
wm_blueprint_canvas_set_blueprint (WmBlueprintCanvas  *self,
                                   WmDocument         *document,
                                   WmServiceBlueprint *blueprint)
{
  g_return_if_fail (WM_IS_BLUEPRINT_CANVAS (self));
  g_return_if_fail (blueprint == NULL || WM_IS_DOCUMENT (document));

  if (self->blueprint != NULL)
    g_clear_signal_handler (&self->changed_handler, self->blueprint);
  stop_editing (self, FALSE);
  if (blueprint == NULL)
    document = NULL;
  g_set_object (&self->document, document);
  g_set_object (&self->blueprint, blueprint);
  g_ptr_array_set_size (self->selection, 0);
  g_clear_pointer (&self->selected_arrow, g_free);
  g_clear_pointer (&self->focus_item, g_free);
  g_clear_pointer (&self->hover_item, g_free);
  self->has_focus_cell = FALSE;

  if (blueprint != NULL)
    self->changed_handler = g_signal_connect_swapped (blueprint, "changed", G_CALLBACK (queue_relayout), self);
  wm_blueprint_canvas_relayout_now (self);
}

/**
 * wm_blueprint_canvas_get_blueprint:
 *
 * Returns: (transfer none) (nullable): the blueprint shown
 */
WmServiceBlueprint *
wm_blueprint_canvas_get_blueprint (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), NULL);

  return self->blueprint;
}

/**
 * wm_blueprint_canvas_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout drawn now
 */
WmBlueprintLayout *
wm_blueprint_canvas_get_layout (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), NULL);

  return self->layout;
}

/**
 * wm_blueprint_canvas_get_selection:
 *
 * Returns: (transfer none) (element-type utf8): the ids of the selected items
 */
GPtrArray *
wm_blueprint_canvas_get_selection (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), NULL);

  return self->selection;
}

/**
 * wm_blueprint_canvas_get_selected_arrow:
 *
 * Returns: (nullable): the id of the selected arrow
 */
const char *
wm_blueprint_canvas_get_selected_arrow (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), NULL);

  return self->selected_arrow;
}

const char *
wm_blueprint_canvas_get_focus_item (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), NULL);

  return self->focus_item;
}

gboolean
wm_blueprint_canvas_get_focus_cell (WmBlueprintCanvas *self,
                                    guint             *lane,
                                    guint             *step)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), FALSE);

  *lane = self->focus_lane;
  *step = self->focus_step;

  return self->has_focus_cell;
}

void
wm_blueprint_canvas_focus_cell (WmBlueprintCanvas *self,
                                guint              lane,
                                guint              step)
{
  g_return_if_fail (WM_IS_BLUEPRINT_CANVAS (self));

  self->has_focus_cell = TRUE;
  self->focus_lane = lane;
  self->focus_step = step;
  g_clear_pointer (&self->focus_item, g_free);
  select_only (self, NULL);
}

/**
 * wm_blueprint_canvas_select:
 * @item_id: (nullable): the item to select and focus, or %NULL for nothing
 *
 * Selects one item and focuses it, as a click on it does. %NULL selects nothing and leaves no
 * cell focused either: what is selected then is the blueprint itself.
 */
void
wm_blueprint_canvas_select (WmBlueprintCanvas *self,
                            const char        *item_id)
{
  g_return_if_fail (WM_IS_BLUEPRINT_CANVAS (self));

  if (item_id == NULL || self->layout == NULL)
    {
      self->has_focus_cell = FALSE;
      g_clear_pointer (&self->focus_item, g_free);
      select_only (self, NULL);
      return;
    }

  select_only (self, item_id);
  set_focus_item (self, item_id);
}

/**
 * wm_blueprint_canvas_select_arrow:
 * @arrow_id: the arrow to select
 *
 * Selects an arrow (and no item).
 */
void
wm_blueprint_canvas_select_arrow (WmBlueprintCanvas *self,
                                  const char        *arrow_id)
{
  g_return_if_fail (WM_IS_BLUEPRINT_CANVAS (self));
  g_return_if_fail (arrow_id != NULL);

  g_ptr_array_set_size (self->selection, 0);
  if (arrow_id != self->selected_arrow)
    {
      g_free (self->selected_arrow);
      self->selected_arrow = g_strdup (arrow_id);
    }
  g_clear_pointer (&self->focus_item, g_free);
  selection_changed (self);
}

gboolean
wm_blueprint_canvas_is_editing (WmBlueprintCanvas *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (self), FALSE);

  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}
