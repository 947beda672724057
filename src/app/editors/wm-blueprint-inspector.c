/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-blueprint-edit.h"
#include "wm-blueprint-inspector.h"
#include "wm-colour-palette.h"
#include "wm-inspector-util.h"

/* The inspector beside the blueprint canvas: the properties of what the canvas has selected.
 * One item, several items, an arrow, a focused cell (its lane and its step) or, with nothing
 * selected, the blueprint itself.
 *
 * As in the journey inspector, the model is the truth: every edit goes through the document's
 * history (typing merges into one step, leaving a field seals it), and a refresh, scheduled by
 * any change of the document or of the selection, writes into a widget only what differs from
 * it, with `updating` raised so the widgets' own signals do not come back as edits.
 */

typedef enum
{
  MODE_EMPTY,
  MODE_BLUEPRINT,
  MODE_ITEM,
  MODE_ITEMS,
  MODE_CELL,
  MODE_ARROW,
} Mode;

static const char * const mode_names[] = { "empty", "blueprint", "item", "items", "cell", "arrow" };

struct _WmBlueprintInspector
{
  GtkWidget           parent_instance;

  WmBlueprintCanvas  *canvas;
  WmDocument         *document;
  WmServiceBlueprint *blueprint;
  gulong              document_changed_handler;
  WmInspectorRefresh  refresh;
  guint               updating;

  Mode                mode;
  GPtrArray          *items;          /* WmBlueprintItem: the selected items shown */
  WmBlueprintLane    *lane;
  WmBlueprintStep    *step;
  WmArrow            *arrow;
  GPtrArray          *persona_ids;    /* of the persona combo's rows after "None" */
  GPtrArray          *map_ids;        /* of the map combo's rows after "None" */

  GtkWidget          *box;
  GtkWidget          *back_button;
  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkStack           *stack;

  GtkWidget          *name_row;
  AdwComboRow        *persona_row;
  GtkStringList      *persona_model;
  AdwComboRow        *map_row;
  GtkStringList      *map_model;

  GtkWidget          *item_text_view;
  AdwComboRow        *item_kind_row;
  GtkWidget          *item_duration_row;
  GtkWidget          *item_duration;
  GtkWidget          *item_colour;

  AdwComboRow        *items_kind_row;
  GtkWidget          *items_colour;

  GtkWidget          *lane_title_row;
  AdwComboRow        *lane_kind_row;
  GtkWidget          *lane_colour;
  GtkWidget          *step_name_row;
  GtkWidget          *step_duration;

  GtkWidget          *arrow_label_row;
  GtkWidget          *arrow_from_row;
  GtkWidget          *arrow_to_row;
};

G_DEFINE_FINAL_TYPE (WmBlueprintInspector, wm_blueprint_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CANVAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void queue_refresh (WmBlueprintInspector *self);

static WmHistory *
history (WmBlueprintInspector *self)
{
  return wm_document_get_history (self->document);
}

static WmBlueprintItem *
single_item (WmBlueprintInspector *self)
{
  return self->mode == MODE_ITEM ? g_ptr_array_index (self->items, 0) : NULL;
}

static const char *
or_untitled (const char *name)
{
  return name != NULL && name[0] != '\0' ? name : _("Untitled");
}

/* Writes @text into a field unless it already shows it, which keeps the cursor where it is
 * while the user types. */
static void
show_text (WmBlueprintInspector *self,
           GtkWidget            *widget,
           const char           *text)
{
  g_autofree char *current = wm_inspector_get_text (widget);

  g_assert (self->updating > 0);

  if (g_str_equal (current, text != NULL ? text : ""))
    return;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
show_spin (GtkWidget *spin,
           double     value)
{
  if (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)) != value)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static char *
item_place (WmBlueprintInspector *self,
            WmBlueprintItem      *item)
{
  WmBlueprintLane *lane = wm_object_get_ancestor (WM_OBJECT (item), WM_TYPE_BLUEPRINT_LANE);
  WmObject *step = wm_document_lookup (self->document, wm_blueprint_item_get_step_id (item));

  /* "Backstage · Pick and pack" */
  return g_strdup_printf ("%s · %s", or_untitled (lane ? wm_blueprint_lane_get_title (lane) : NULL),
                          or_untitled (WM_IS_BLUEPRINT_STEP (step) ? wm_blueprint_step_get_name (WM_BLUEPRINT_STEP (step))
                                                                   : NULL));
}

static const char *
item_text (WmBlueprintInspector *self,
           const char           *id)
{
  WmObject *item = wm_document_lookup (self->document, id);

  return WM_IS_BLUEPRINT_ITEM (item) ? or_untitled (wm_blueprint_item_get_text (WM_BLUEPRINT_ITEM (item)))
                                     : _("Missing item");
}

/* The persona and map choosers: "None", then the workspace's, by name. */
static void
fill_choices (WmBlueprintInspector *self,
              AdwComboRow          *row,
              GtkStringList        *model,
              GPtrArray            *ids,
              WmObjectList         *list,
              const char           *current)
{
  guint selected = 0;
  gboolean same = ids->len == wm_object_list_get_length (list);

  for (guint i = 0; same && i < ids->len; i++)
    {
      WmObject *object = wm_object_list_get (list, i);
      const char *shown = gtk_string_list_get_string (model, i + 1);

      same = g_str_equal (g_ptr_array_index (ids, i), wm_object_get_id (object))
             && g_strcmp0 (shown, or_untitled (wm_object_get_display_name (object))) == 0;
    }
  if (!same)
    {
      g_auto(GStrv) names = g_new0 (char *, wm_object_list_get_length (list) + 2);

      names[0] = g_strdup (_("None"));
      g_ptr_array_set_size (ids, 0);
      for (guint i = 0; i < wm_object_list_get_length (list); i++)
        {
          WmObject *object = wm_object_list_get (list, i);

          names[i + 1] = g_strdup (or_untitled (wm_object_get_display_name (object)));
          g_ptr_array_add (ids, g_strdup (wm_object_get_id (object)));
        }
      gtk_string_list_splice (model, 0, g_list_model_get_n_items (G_LIST_MODEL (model)),
                              (const char * const *) names);
    }

  for (guint i = 0; current != NULL && i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), current))
      selected = i + 1;
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

static void
show_header (WmBlueprintInspector *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  gtk_widget_set_visible (self->header, self->mode != MODE_EMPTY);
  gtk_widget_set_visible (self->back_button, self->mode != MODE_BLUEPRINT && self->mode != MODE_EMPTY);

  switch (self->mode)
    {
    case MODE_BLUEPRINT:
      set_label (self->title_label, _("Service Blueprint"));
      set_label (self->subtitle_label, wm_service_blueprint_get_name (self->blueprint));
      break;

    case MODE_ITEM:
      subtitle = item_place (self, single_item (self));
      set_label (self->title_label, _("Item"));
      set_label (self->subtitle_label, subtitle);
      break;

    case MODE_ITEMS:
      title = g_strdup_printf (ngettext ("%u Item", "%u Items", self->items->len), self->items->len);
      set_label (self->title_label, title);
      set_label (self->subtitle_label, _("Selected"));
      break;

    case MODE_CELL:
      subtitle = g_strdup_printf ("%s · %s", or_untitled (wm_blueprint_lane_get_title (self->lane)),
                                  or_untitled (wm_blueprint_step_get_name (self->step)));
      set_label (self->title_label, _("Lane and Step"));
      set_label (self->subtitle_label, subtitle);
      break;

    case MODE_ARROW:
      set_label (self->title_label, _("Arrow"));
      set_label (self->subtitle_label, wm_arrow_get_label (self->arrow));
      break;

    case MODE_EMPTY:
    default:
      set_label (self->title_label, NULL);
      set_label (self->subtitle_label, NULL);
      break;
    }
}

static void
show_values (WmBlueprintInspector *self)
{
  switch (self->mode)
    {
    case MODE_BLUEPRINT:
      show_text (self, self->name_row, wm_service_blueprint_get_name (self->blueprint));
      fill_choices (self, self->persona_row, self->persona_model, self->persona_ids,
                    wm_document_get_personas (self->document),
                    wm_service_blueprint_get_persona_id (self->blueprint));
      fill_choices (self, self->map_row, self->map_model, self->map_ids,
                    wm_document_get_maps (self->document),
                    wm_service_blueprint_get_map_id (self->blueprint));
      break;

    case MODE_ITEM:
      {
        WmBlueprintItem *item = single_item (self);
        WmItemKind kind = wm_blueprint_item_get_kind (item);

        show_text (self, self->item_text_view, wm_blueprint_item_get_text (item));
        adw_combo_row_set_selected (self->item_kind_row, kind);
        gtk_widget_set_visible (self->item_duration_row, kind == WM_ITEM_KIND_WAIT);
        show_spin (self->item_duration, wm_blueprint_item_get_duration (item));
        wm_colour_palette_set_colour (WM_COLOUR_PALETTE (self->item_colour),
                                      wm_blueprint_item_get_colour (item));
      }
      break;

    case MODE_ITEMS:
      {
        WmBlueprintItem *first = g_ptr_array_index (self->items, 0);
        WmItemKind kind = wm_blueprint_item_get_kind (first);
        const char *colour = wm_blueprint_item_get_colour (first);
        gboolean same_kind = TRUE, same_colour = TRUE;

        for (guint i = 1; i < self->items->len; i++)
          {
            WmBlueprintItem *item = g_ptr_array_index (self->items, i);

            same_kind = same_kind && wm_blueprint_item_get_kind (item) == kind;
            same_colour = same_colour && g_ascii_strcasecmp (wm_blueprint_item_get_colour (item), colour) == 0;
          }
        adw_combo_row_set_selected (self->items_kind_row, same_kind ? (guint) kind : GTK_INVALID_LIST_POSITION);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->items_kind_row), same_kind ? "" : _("Mixed"));
        wm_colour_palette_set_colour (WM_COLOUR_PALETTE (self->items_colour), same_colour ? colour : NULL);
      }
      break;

    case MODE_CELL:
      show_text (self, self->lane_title_row, wm_blueprint_lane_get_title (self->lane));
      adw_combo_row_set_selected (self->lane_kind_row, wm_blueprint_lane_get_kind (self->lane));
      wm_colour_palette_set_colour (WM_COLOUR_PALETTE (self->lane_colour),
                                    wm_blueprint_lane_get_colour (self->lane));
      show_text (self, self->step_name_row, wm_blueprint_step_get_name (self->step));
      show_spin (self->step_duration, wm_blueprint_step_get_duration (self->step));
      break;

    case MODE_ARROW:
      show_text (self, self->arrow_label_row, wm_arrow_get_label (self->arrow));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->arrow_from_row),
                                   item_text (self, wm_arrow_get_from_id (self->arrow)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->arrow_to_row),
                                   item_text (self, wm_arrow_get_to_id (self->arrow)));
      break;

    case MODE_EMPTY:
    default:
      break;
    }

  show_header (self);
}

static void
refresh_now (WmBlueprintInspector *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  WmBlueprintLane *lane = NULL;
  WmBlueprintStep *step = NULL;
  WmArrow *arrow = NULL;
  Mode mode = MODE_EMPTY;
  gboolean same;

  wm_inspector_refresh_cancel (&self->refresh);

  if (self->blueprint != NULL && self->canvas != NULL)
    {
      GPtrArray *selection = wm_blueprint_canvas_get_selection (self->canvas);
      const char *arrow_id = wm_blueprint_canvas_get_selected_arrow (self->canvas);
      WmObject *object = arrow_id ? wm_document_lookup (self->document, arrow_id) : NULL;
      guint lane_index, step_index;

      for (guint i = 0; i < selection->len; i++)
        {
          WmObject *item = wm_document_lookup (self->document, g_ptr_array_index (selection, i));

          if (WM_IS_BLUEPRINT_ITEM (item) && wm_object_get_toplevel (item) == WM_OBJECT (self->blueprint))
            g_ptr_array_add (items, g_object_ref (item));
        }

      if (WM_IS_ARROW (object) && wm_object_get_toplevel (object) == WM_OBJECT (self->blueprint))
        {
          mode = MODE_ARROW;
          arrow = WM_ARROW (object);
        }
      else if (items->len == 1)
        mode = MODE_ITEM;
      else if (items->len > 1)
        mode = MODE_ITEMS;
      else if (wm_blueprint_canvas_get_focus_cell (self->canvas, &lane_index, &step_index)
               && (lane = wm_object_list_get (wm_service_blueprint_get_lanes (self->blueprint), lane_index)) != NULL
               && (step = wm_object_list_get (wm_service_blueprint_get_steps (self->blueprint), step_index)) != NULL)
        mode = MODE_CELL;
      else
        mode = MODE_BLUEPRINT;
      if (mode != MODE_CELL)
        {
          lane = NULL;
          step = NULL;
        }
    }

  self->updating++;

  same = mode == self->mode && lane == self->lane && step == self->step && arrow == self->arrow
         && items->len == self->items->len;
  for (guint i = 0; same && i < items->len; i++)
    same = g_ptr_array_index (items, i) == g_ptr_array_index (self->items, i);
  if (!same)
    {
      /* Typing in the next object is a new step, even in a field of the same name. */
      wm_inspector_seal (self->document);
      self->mode = mode;
      g_ptr_array_set_size (self->items, 0);
      g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&items));
      g_set_object (&self->lane, lane);
      g_set_object (&self->step, step);
      g_set_object (&self->arrow, arrow);
    }

  show_values (self);
  gtk_stack_set_visible_child_name (self->stack, mode_names[self->mode]);

  self->updating--;
}

static void
queue_refresh (WmBlueprintInspector *self)
{
  wm_inspector_refresh_queue (&self->refresh);
}

/* Edits */

static void
on_text_changed (GtkWidget *widget,
                 gpointer   user_data)
{
  WmBlueprintInspector *self = user_data;
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->document == NULL)
    return;

  /* Unsealed sets, so that typing merges into one undo step until the field is left (the
   * wm_blueprint_edit_set_*() functions seal each change). */
  text = wm_inspector_get_text (widget);
  if (widget == self->name_row && self->mode == MODE_BLUEPRINT)
    wm_history_set (history (self), WM_OBJECT (self->blueprint), "name", text);
  else if (widget == self->item_text_view && single_item (self) != NULL)
    wm_history_set (history (self), WM_OBJECT (single_item (self)), "text", text);
  else if (widget == self->lane_title_row && self->mode == MODE_CELL)
    wm_history_set (history (self), WM_OBJECT (self->lane), "title", text);
  else if (widget == self->step_name_row && self->mode == MODE_CELL)
    wm_history_set (history (self), WM_OBJECT (self->step), "name", text);
  else if (widget == self->arrow_label_row && self->mode == MODE_ARROW)
    wm_history_set (history (self), WM_OBJECT (self->arrow), "label", text);
}

static void
on_field_left (GtkWidget *widget,
               gpointer   user_data)
{
  WmBlueprintInspector *self = user_data;

  wm_inspector_seal (self->document);
}

static void
on_persona_selected (WmBlueprintInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->persona_row);
  const char *id = selected > 0 && selected <= self->persona_ids->len
                   ? g_ptr_array_index (self->persona_ids, selected - 1) : "";

  if (self->updating > 0 || self->mode != MODE_BLUEPRINT || selected == GTK_INVALID_LIST_POSITION
      || g_str_equal (id, wm_service_blueprint_get_persona_id (self->blueprint)))
    return;

  wm_inspector_seal (self->document);
  wm_history_set (history (self), WM_OBJECT (self->blueprint), "persona-id", id);
  wm_inspector_seal (self->document);
}

static void
on_map_selected (WmBlueprintInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->map_row);
  const char *id = selected > 0 && selected <= self->map_ids->len
                   ? g_ptr_array_index (self->map_ids, selected - 1) : "";

  if (self->updating > 0 || self->mode != MODE_BLUEPRINT || selected == GTK_INVALID_LIST_POSITION
      || g_str_equal (id, wm_service_blueprint_get_map_id (self->blueprint)))
    return;

  wm_inspector_seal (self->document);
  wm_history_set (history (self), WM_OBJECT (self->blueprint), "map-id", id);
  wm_inspector_seal (self->document);
}

static void
on_item_kind_selected (WmBlueprintInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->item_kind_row);
  WmBlueprintItem *item = single_item (self);

  if (self->updating > 0 || item == NULL || selected == GTK_INVALID_LIST_POSITION
      || selected == (guint) wm_blueprint_item_get_kind (item))
    return;

  wm_inspector_seal (self->document);
  wm_blueprint_edit_set_item_kind (history (self), item, (WmItemKind) selected);
  wm_inspector_seal (self->document);
}

static void
on_items_kind_selected (WmBlueprintInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->items_kind_row);

  if (self->updating > 0 || self->mode != MODE_ITEMS || selected == GTK_INVALID_LIST_POSITION)
    return;

  wm_inspector_seal (self->document);
  wm_history_begin_group (history (self), _("Change item kind"));
  for (guint i = 0; i < self->items->len; i++)
    wm_blueprint_edit_set_item_kind (history (self), g_ptr_array_index (self->items, i), (WmItemKind) selected);
  wm_history_end_group (history (self));
  wm_inspector_seal (self->document);
}

static void
on_item_duration_changed (WmBlueprintInspector *self)
{
  WmBlueprintItem *item = single_item (self);
  double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->item_duration));

  if (self->updating > 0 || item == NULL || value == wm_blueprint_item_get_duration (item))
    return;

  wm_inspector_seal (self->document);
  wm_blueprint_edit_set_item_duration (history (self), item, value);
  wm_inspector_seal (self->document);
}

static void
on_step_duration_changed (WmBlueprintInspector *self)
{
  double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->step_duration));

  if (self->updating > 0 || self->mode != MODE_CELL || value == wm_blueprint_step_get_duration (self->step))
    return;

  wm_inspector_seal (self->document);
  wm_blueprint_edit_set_step_duration (history (self), self->step, value);
  wm_inspector_seal (self->document);
}

static void
on_lane_kind_selected (WmBlueprintInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->lane_kind_row);

  if (self->updating > 0 || self->mode != MODE_CELL || selected == GTK_INVALID_LIST_POSITION
      || selected == (guint) wm_blueprint_lane_get_kind (self->lane))
    return;

  wm_inspector_seal (self->document);
  wm_history_set (history (self), WM_OBJECT (self->lane), "kind", (WmBlueprintLaneKind) selected);
  wm_inspector_seal (self->document);
}

static void
on_colour_chosen (WmColourPalette      *palette,
                  const char           *colour,
                  WmBlueprintInspector *self)
{
  if (self->updating > 0 || self->document == NULL)
    return;

  /* A colour is a string too: without the seals, picking twice would merge into one step. */
  wm_inspector_seal (self->document);
  if (GTK_WIDGET (palette) == self->item_colour && single_item (self) != NULL)
    wm_blueprint_edit_set_item_colour (history (self), single_item (self), colour);
  else if (GTK_WIDGET (palette) == self->items_colour && self->mode == MODE_ITEMS)
    {
      wm_history_begin_group (history (self), _("Change colour"));
      for (guint i = 0; i < self->items->len; i++)
        wm_blueprint_edit_set_item_colour (history (self), g_ptr_array_index (self->items, i), colour);
      wm_history_end_group (history (self));
    }
  else if (GTK_WIDGET (palette) == self->lane_colour && self->mode == MODE_CELL)
    wm_history_set (history (self), WM_OBJECT (self->lane), "colour", colour);
  wm_inspector_seal (self->document);
  queue_refresh (self);
}

static void
show_blueprint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (widget);

  if (self->canvas == NULL)
    return;

  wm_blueprint_canvas_select (self->canvas, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* Building the pages */

static GtkWidget *
entry_row (WmBlueprintInspector *self,
           const char           *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  wm_inspector_watch_field (row, on_text_changed, on_field_left, self);

  return row;
}

static AdwComboRow *
combo_row (const char    *title,
           GtkStringList *model)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));

  return ADW_COMBO_ROW (row);
}

/* A row with a spin button for minutes. */
static GtkWidget *
minutes_row (WmBlueprintInspector *self,
             const char           *title,
             GtkWidget           **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = gtk_spin_button_new_with_range (0, 60 * 24 * 365, 1);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (*spin), 0);
  gtk_widget_set_valign (*spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Minutes"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *spin);
  wm_inspector_watch_leaving (*spin, on_field_left, self);

  return row;
}

static GtkWidget *
palette_row (WmBlueprintInspector *self,
             GtkWidget           **palette)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Colour"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Colour"));
  gtk_widget_add_css_class (box, "palette-row");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  *palette = wm_colour_palette_new ();
  gtk_box_append (GTK_BOX (box), *palette);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_signal_connect_object (*palette, "colour-chosen", G_CALLBACK (on_colour_chosen), self, 0);

  return row;
}

static GtkWidget *
add_group (GtkWidget  *page,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  return group;
}

static GtkWidget *
add_page (WmBlueprintInspector *self,
          Mode                  mode)
{
  GtkWidget *page = adw_preferences_page_new ();

  gtk_stack_add_named (self->stack, page, mode_names[mode]);

  return page;
}

static GtkStringList *
item_kinds (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (WmItemKind kind = WM_ITEM_KIND_NORMAL; kind <= WM_ITEM_KIND_WAIT; kind++)
    gtk_string_list_append (list, wm_blueprint_item_kind_label (kind));

  return list;
}

static void
build (WmBlueprintInspector *self)
{
  g_autoptr(GEnumClass) lane_kinds = g_type_class_ref (WM_TYPE_BLUEPRINT_LANE_KIND);
  g_autoptr(GtkStringList) kinds = item_kinds ();
  g_autoptr(GtkStringList) kinds2 = item_kinds ();
  g_autoptr(GtkStringList) lane_kind_model = gtk_string_list_new (NULL);
  GtkWidget *box, *page, *group, *status, *scrolled, *text_box;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* Header: back to the blueprint, what is shown and where */
  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->header, "inspector-header");
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "inspector.show-blueprint");
  gtk_widget_set_tooltip_text (self->back_button, _("Blueprint Properties"));
  gtk_widget_add_css_class (self->back_button, "flat");
  gtk_box_append (GTK_BOX (self->header), self->back_button);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (box, TRUE);
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title_label));
  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle_label, 0);
  gtk_label_set_ellipsize (self->subtitle_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->subtitle_label));
  gtk_box_append (GTK_BOX (self->header), box);
  gtk_box_append (GTK_BOX (self->box), self->header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  /* No blueprint */
  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "wm-service-blueprint-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Service Blueprint"));
  gtk_widget_add_css_class (status, "compact");
  gtk_stack_add_named (self->stack, status, mode_names[MODE_EMPTY]);

  /* The blueprint */
  page = add_page (self, MODE_BLUEPRINT);
  group = add_group (page, NULL);
  self->name_row = entry_row (self, _("Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  group = add_group (page, _("Drawn From"));
  self->persona_model = gtk_string_list_new (NULL);
  self->persona_row = combo_row (_("Persona"), self->persona_model);
  g_signal_connect_object (self->persona_row, "notify::selected", G_CALLBACK (on_persona_selected),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->persona_row));
  self->map_model = gtk_string_list_new (NULL);
  self->map_row = combo_row (_("Journey Map"), self->map_model);
  g_signal_connect_object (self->map_row, "notify::selected", G_CALLBACK (on_map_selected),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->map_row));

  /* One item */
  page = add_page (self, MODE_ITEM);
  group = add_group (page, _("Text"));
  self->item_text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->item_text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->item_text_view), FALSE);
  wm_inspector_set_text_margins (self->item_text_view);
  gtk_widget_add_css_class (self->item_text_view, "inspector-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->item_text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text"), -1);
  wm_inspector_watch_field (self->item_text_view, on_text_changed, on_field_left, self);
  /* A scrolled window sizes the wrapping view at once (GTK 4.8 does not outside one). */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->item_text_view);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);
  text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (text_box), scrolled);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_box);
  group = add_group (page, NULL);
  self->item_kind_row = combo_row (_("Kind"), kinds);
  g_signal_connect_object (self->item_kind_row, "notify::selected", G_CALLBACK (on_item_kind_selected),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->item_kind_row));
  self->item_duration_row = minutes_row (self, _("Wait"), &self->item_duration);
  g_signal_connect_object (self->item_duration, "value-changed", G_CALLBACK (on_item_duration_changed),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->item_duration_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), palette_row (self, &self->item_colour));

  /* Several items */
  page = add_page (self, MODE_ITEMS);
  group = add_group (page, NULL);
  self->items_kind_row = combo_row (_("Kind"), kinds2);
  g_signal_connect_object (self->items_kind_row, "notify::selected", G_CALLBACK (on_items_kind_selected),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->items_kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), palette_row (self, &self->items_colour));

  /* A cell: its lane and its step */
  page = add_page (self, MODE_CELL);
  group = add_group (page, _("Lane"));
  self->lane_title_row = entry_row (self, _("Title"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->lane_title_row);
  for (guint i = 0; i < lane_kinds->n_values; i++)
    {
      g_assert (lane_kinds->values[i].value == (int) i);
      gtk_string_list_append (lane_kind_model, wm_blueprint_lane_kind_label (i));
    }
  self->lane_kind_row = combo_row (_("Kind"), lane_kind_model);
  g_signal_connect_object (self->lane_kind_row, "notify::selected", G_CALLBACK (on_lane_kind_selected),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->lane_kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), palette_row (self, &self->lane_colour));
  group = add_group (page, _("Step"));
  self->step_name_row = entry_row (self, _("Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->step_name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             minutes_row (self, _("Duration"), &self->step_duration));
  g_signal_connect_object (self->step_duration, "value-changed", G_CALLBACK (on_step_duration_changed),
                           self, G_CONNECT_SWAPPED);

  /* An arrow */
  page = add_page (self, MODE_ARROW);
  group = add_group (page, NULL);
  self->arrow_label_row = entry_row (self, _("Label"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->arrow_label_row);
  group = add_group (page, NULL);
  /* The subtitles are items' texts, not markup. */
  self->arrow_from_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->arrow_from_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->arrow_from_row), _("From"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->arrow_from_row);
  self->arrow_to_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->arrow_to_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->arrow_to_row), _("To"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->arrow_to_row);
}

/* No wider than its minimum (its width-request, or what the content cannot do without), so
 * that it keeps its width as the selection changes. */
static void
wm_blueprint_inspector_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (widget);

  wm_inspector_measure_narrow (widget, self->box, orientation, for_size, minimum, natural);
}

static void
wm_blueprint_inspector_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
wm_blueprint_inspector_dispose (GObject *object)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (object);

  wm_inspector_refresh_cancel (&self->refresh);
  if (self->document != NULL)
    g_clear_signal_handler (&self->document_changed_handler, self->document);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  g_clear_object (&self->canvas);
  g_clear_object (&self->document);
  g_clear_object (&self->blueprint);
  g_clear_object (&self->lane);
  g_clear_object (&self->step);
  g_clear_object (&self->arrow);
  g_clear_object (&self->persona_model);
  g_clear_object (&self->map_model);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (wm_blueprint_inspector_parent_class)->dispose (object);
}

static void
wm_blueprint_inspector_finalize (GObject *object)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->persona_ids, g_ptr_array_unref);
  g_clear_pointer (&self->map_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (wm_blueprint_inspector_parent_class)->finalize (object);
}

static void
wm_blueprint_inspector_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (object);

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
wm_blueprint_inspector_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WmBlueprintInspector *self = WM_BLUEPRINT_INSPECTOR (object);

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
wm_blueprint_inspector_class_init (WmBlueprintInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_blueprint_inspector_dispose;
  object_class->finalize = wm_blueprint_inspector_finalize;
  object_class->get_property = wm_blueprint_inspector_get_property;
  object_class->set_property = wm_blueprint_inspector_set_property;
  widget_class->measure = wm_blueprint_inspector_measure;
  widget_class->size_allocate = wm_blueprint_inspector_size_allocate;

  /**
   * WmBlueprintInspector:canvas:
   *
   * The canvas whose selection the inspector shows.
   */
  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL,
                         WM_TYPE_BLUEPRINT_CANVAS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "inspector.show-blueprint", NULL, show_blueprint_action);
  gtk_widget_class_set_css_name (widget_class, "wmblueprintinspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wm_blueprint_inspector_init (WmBlueprintInspector *self)
{
  wm_inspector_refresh_init (&self->refresh, (WmInspectorRefreshFunc) refresh_now, self);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->persona_ids = g_ptr_array_new_with_free_func (g_free);
  self->map_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_set_size_request (GTK_WIDGET (self), 320, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Inspector"), -1);
  build (self);
  refresh_now (self);
}

/**
 * wm_blueprint_inspector_new:
 * @canvas: the canvas whose selection to show
 */
GtkWidget *
wm_blueprint_inspector_new (WmBlueprintCanvas *canvas)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_CANVAS (canvas), NULL);

  return g_object_new (WM_TYPE_BLUEPRINT_INSPECTOR, "canvas", canvas, NULL);
}

/**
 * wm_blueprint_inspector_set_blueprint:
 * @document: (nullable): the workspace, whose history records the edits
 * @blueprint: (nullable): the blueprint the canvas shows
 */
void
wm_blueprint_inspector_set_blueprint (WmBlueprintInspector *self,
                                      WmDocument           *document,
                                      WmServiceBlueprint   *blueprint)
{
  g_return_if_fail (WM_IS_BLUEPRINT_INSPECTOR (self));
  g_return_if_fail (blueprint == NULL || WM_IS_DOCUMENT (document));

  if (document == self->document && blueprint == self->blueprint)
    return;

  /* Persona and map names live outside the blueprint: watch the whole workspace. */
  wm_inspector_watch_document (&self->document, &self->document_changed_handler,
                               blueprint != NULL ? document : NULL, G_CALLBACK (queue_refresh), self);
  g_set_object (&self->blueprint, blueprint);

  refresh_now (self);
}

/**
 * wm_blueprint_inspector_get_mode:
 *
 * Returns: what the inspector shows: "empty" (no blueprint), "blueprint", "item", "items",
 *   "cell" or "arrow"
 */
const char *
wm_blueprint_inspector_get_mode (WmBlueprintInspector *self)
{
  g_return_val_if_fail (WM_IS_BLUEPRINT_INSPECTOR (self), NULL);

  return mode_names[self->mode];
}

/**
 * wm_blueprint_inspector_refresh:
 *
 * Shows the canvas's selection and the model's values now rather than at the next idle.
 */
void
wm_blueprint_inspector_refresh (WmBlueprintInspector *self)
{
  g_return_if_fail (WM_IS_BLUEPRINT_INSPECTOR (self));

  refresh_now (self);
}
