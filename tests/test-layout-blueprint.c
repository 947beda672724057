/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "wm-blueprint-edit.h"
#include "wm-journey-format.h"
#include "wm-layout-blueprint.h"
#include "wm-layout.h"
#include "wm-render-svg.h"
#include "wm-route.h"
#include "wm-test-util.h"

static WmDocument *
load_template (const char *path)
{
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  WmDocument *document = wm_journey_format_read (bytes, NULL, &error);

  g_assert_no_error (error);

  return document;
}

static WmDocument *
load_online_shop (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");

  return load_template (path);
}

static WmServiceBlueprint *
first_blueprint (WmDocument *document)
{
  WmServiceBlueprint *blueprint = wm_object_list_get (wm_document_get_blueprints (document), 0);

  g_assert_nonnull (blueprint);
  return blueprint;
}

static gboolean
rect_inside (const WmRect *inner,
             const WmRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y
         && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}

static guint
lane_index_of_kind (WmServiceBlueprint  *blueprint,
                    WmBlueprintLaneKind  kind)
{
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

  for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
    if (wm_blueprint_lane_get_kind (wm_object_list_get (lanes, i)) == kind)
      return i;
  g_assert_not_reached ();
}

/* In every template: steps are columns left to right, lanes rows top to bottom, every item
 * sits inside its cell in the model's order, and a point in a cell finds that cell. */
static void
test_cells (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint p = 0; paths[p] != NULL; p++)
    {
      g_autoptr(WmDocument) document = load_template (paths[p]);
      WmServiceBlueprint *blueprint = first_blueprint (document);
      g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
      WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);
      WmObjectList *steps = wm_service_blueprint_get_steps (blueprint);
      guint n_lanes = wm_blueprint_layout_get_n_lanes (layout);
      guint n_steps = wm_blueprint_layout_get_n_steps (layout);
      guint n_items = 0;

      g_assert_cmpuint (n_lanes, ==, wm_object_list_get_length (lanes));
      g_assert_cmpuint (n_steps, ==, wm_object_list_get_length (steps));

      for (guint l = 0; l < n_lanes; l++)
        for (guint s = 0; s < n_steps; s++)
          {
            WmBlueprintCell cell, found, right, below;
            WmRect header;
            g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout, l, s);
            g_autoptr(GPtrArray) model = wm_service_blueprint_get_cell_items (blueprint,
                                                                              wm_object_list_get (lanes, l),
                                                                              wm_object_get_id (wm_object_list_get (steps, s)));

            g_assert_true (wm_blueprint_layout_get_cell (layout, l, s, &cell));
            g_assert_cmpuint (cell.lane, ==, l);
            g_assert_cmpuint (cell.step, ==, s);
            g_assert_true (wm_blueprint_layout_cell_at (layout, cell.bounds.x + cell.bounds.width / 2,
                                                        cell.bounds.y + cell.bounds.height / 2, &found));
            g_assert_cmpuint (found.lane, ==, l);
            g_assert_cmpuint (found.step, ==, s);

            if (s + 1 < n_steps)
              {
                g_assert_true (wm_blueprint_layout_get_cell (layout, l, s + 1, &right));
                g_assert_cmpfloat (right.bounds.x, >=, cell.bounds.x + cell.bounds.width);
              }
            if (l + 1 < n_lanes)
              {
                g_assert_true (wm_blueprint_layout_get_cell (layout, l + 1, s, &below));
                g_assert_cmpfloat (below.bounds.y, >=, cell.bounds.y + cell.bounds.height);
              }

            g_assert_true (wm_blueprint_layout_get_step_header (layout, s, &header));
            g_assert_cmpfloat (header.y + header.height, <=, cell.bounds.y);
            g_assert_true (wm_blueprint_layout_get_lane_header (layout, l, &header));
            g_assert_cmpfloat (header.x + header.width, <=, cell.bounds.x);

            g_assert_cmpuint (items->len, ==, model->len);
            for (guint i = 0; i < items->len; i++)
              {
                const char *id = wm_object_get_id (g_ptr_array_index (items, i));
                WmRect bounds, handle;
                guint item_lane, item_step;

                g_assert_true (g_ptr_array_index (items, i) == g_ptr_array_index (model, i));
                g_assert_true (wm_blueprint_layout_get_item_bounds (layout, id, &bounds));
                g_assert_true (rect_inside (&bounds, &cell.bounds));
                g_assert_true (wm_blueprint_layout_get_item_cell (layout, id, &item_lane, &item_step));
                g_assert_cmpuint (item_lane, ==, l);
                g_assert_cmpuint (item_step, ==, s);
                g_assert_true (wm_blueprint_layout_get_item_handle (layout, id, &handle));
                g_assert_true (wm_rect_contains (&handle, bounds.x + bounds.width, bounds.y + bounds.height / 2));
                /* Dropping below an item's middle goes after it. */
                g_assert_cmpuint (wm_blueprint_layout_insertion_index (layout, l, s, bounds.y + bounds.height - 1), ==, i + 1);
                g_assert_cmpuint (wm_blueprint_layout_insertion_index (layout, l, s, bounds.y + 1), ==, i);
                if (i > 0)
                  {
                    WmRect previous;

                    g_assert_true (wm_blueprint_layout_get_item_bounds (layout,
                                                                        wm_object_get_id (g_ptr_array_index (items, i - 1)),
                                                                        &previous));
                    g_assert_cmpfloat (bounds.y, >=, previous.y + previous.height);
                  }
                n_items++;
              }
          }

      g_assert_cmpuint (n_items, >, 0);
      g_assert_false (wm_blueprint_layout_get_cell (layout, n_lanes, 0, &(WmBlueprintCell) { 0 }));
      g_assert_false (wm_blueprint_layout_cell_at (layout, 1, 1, &(WmBlueprintCell) { 0 }));
    }
}

static guint
count_text (WmDisplayList *list,
            const char    *text)
{
  guint n = 0;

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_TEXT && g_strcmp0 (item->text, text) == 0)
        n++;
    }
  return n;
}

static gboolean
list_has_text (WmDisplayList *list,
               const char    *text)
{
  return count_text (list, text) > 0;
}

/* Each line runs between the bottom of its upper lane and the top of its lower lane. */
static void
assert_line_between (WmBlueprintLayout   *layout,
                     WmBlueprintLine      line,
                     guint                upper,
                     guint                lower)
{
  WmBlueprintCell a, b;
  double y;

  g_assert_true (wm_blueprint_layout_get_line_y (layout, line, &y));
  g_assert_true (wm_blueprint_layout_get_cell (layout, upper, 0, &a));
  g_assert_true (wm_blueprint_layout_get_cell (layout, lower, 0, &b));
  g_assert_cmpfloat (y, >, a.bounds.y + a.bounds.height);
  g_assert_cmpfloat (y, <, b.bounds.y);
}

static void
test_lines (void)
{
  g_autoptr(WmDocument) document = load_online_shop ();
  WmServiceBlueprint *blueprint = first_blueprint (document);
  WmHistory *history = wm_document_get_history (document);
  const WmStyle *style = wm_style_get (FALSE);
  guint customer = lane_index_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_CUSTOMER);
  guint front = lane_index_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_FRONTSTAGE);
  guint back = lane_index_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_BACKSTAGE);
  guint support = lane_index_of_kind (blueprint, WM_BLUEPRINT_LANE_KIND_SUPPORT);

  {
    g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, style);
    WmDisplayList *list = wm_blueprint_layout_get_display_list (layout);

    assert_line_between (layout, WM_BLUEPRINT_LINE_INTERACTION, customer, front);
    assert_line_between (layout, WM_BLUEPRINT_LINE_VISIBILITY, front, back);
    assert_line_between (layout, WM_BLUEPRINT_LINE_INTERNAL_INTERACTION, back, support);
    g_assert_true (list_has_text (list, "Line of interaction"));
    g_assert_true (list_has_text (list, "Line of visibility"));
    g_assert_true (list_has_text (list, "Line of internal interaction"));
  }

  /* A custom lane between frontstage and backstage: those two are no longer adjacent, so no
   * line of visibility; the others stay. */
  wm_blueprint_edit_add_lane (history, blueprint, back, WM_BLUEPRINT_LANE_KIND_CUSTOM, "Policies");
  {
    g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, style);

    g_assert_false (wm_blueprint_layout_get_line_y (layout, WM_BLUEPRINT_LINE_VISIBILITY, NULL));
    g_assert_false (list_has_text (wm_blueprint_layout_get_display_list (layout), "Line of visibility"));
    assert_line_between (layout, WM_BLUEPRINT_LINE_INTERACTION, customer, front);
    assert_line_between (layout, WM_BLUEPRINT_LINE_INTERNAL_INTERACTION, back + 1, support + 1);
  }
  g_assert_true (wm_history_undo (history));

  /* Support moved above backstage: the line of internal interaction follows the lanes. */
  wm_blueprint_edit_move_lane (history, blueprint, support, back);
  {
    g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, style);

    assert_line_between (layout, WM_BLUEPRINT_LINE_INTERNAL_INTERACTION, back, back + 1);
    /* Frontstage now borders support, not backstage. */
    g_assert_false (wm_blueprint_layout_get_line_y (layout, WM_BLUEPRINT_LINE_VISIBILITY, NULL));
  }
  g_assert_true (wm_history_undo (history));

  /* Without a customer lane there is no line of interaction. */
  wm_blueprint_edit_remove_lane (history, blueprint,
                                 wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), customer));
  {
    g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, style);

    g_assert_false (wm_blueprint_layout_get_line_y (layout, WM_BLUEPRINT_LINE_INTERACTION, NULL));
    g_assert_true (wm_blueprint_layout_get_line_y (layout, WM_BLUEPRINT_LINE_VISIBILITY, NULL));
  }
}

/* SVG export (through wm_layout_item, as the app and the CLI do) has the items' text and the
 * line labels as real text. */
static void
test_svg_text (void)
{
  g_autoptr(WmDocument) document = load_online_shop ();
  WmServiceBlueprint *blueprint = first_blueprint (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDisplayList) list = wm_layout_item (document, WM_OBJECT (blueprint), wm_style_get (TRUE), &error);
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *text = NULL;
  WmObjectList *lanes = wm_service_blueprint_get_lanes (blueprint);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  svg = wm_render_svg (list);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));

  g_assert_nonnull (strstr (text, ">Line of interaction</text>"));
  g_assert_nonnull (strstr (text, ">Line of visibility</text>"));
  g_assert_nonnull (strstr (text, ">Line of internal interaction</text>"));
  g_assert_nonnull (strstr (text, wm_service_blueprint_get_name (blueprint)));
  /* Every short item text appears whole in a <text>. */
  for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
    {
      WmObjectList *items = wm_blueprint_lane_get_items (wm_object_list_get (lanes, l));

      for (guint i = 0; i < wm_object_list_get_length (items); i++)
        {
          const char *item_text = wm_blueprint_item_get_text (wm_object_list_get (items, i));
          g_autofree char *escaped = g_markup_escape_text (item_text, -1);
          g_autofree char *needle = g_strdup_printf (">%s<", escaped);

          if (strlen (item_text) < 20)
            g_assert_nonnull (strstr (text, needle));
        }
    }
  /* Fail and wait points say what they are. */
  g_assert_nonnull (strstr (text, ">Fail point<"));
  g_assert_nonnull (strstr (text, ">Wait: 1 d<"));
}

static gboolean
on_boundary (const WmRect       *rect,
             const WmRoutePoint *p)
{
  gboolean on_x = fabs (p->x - rect->x) < 1e-6 || fabs (p->x - (rect->x + rect->width)) < 1e-6;
  gboolean on_y = fabs (p->y - rect->y) < 1e-6 || fabs (p->y - (rect->y + rect->height)) < 1e-6;
  gboolean within_x = p->x >= rect->x - 1e-6 && p->x <= rect->x + rect->width + 1e-6;
  gboolean within_y = p->y >= rect->y - 1e-6 && p->y <= rect->y + rect->height + 1e-6;

  return (on_x && within_y) || (on_y && within_x);
}

/* Every arrow of every template starts on its start item and ends on its end item; the path
 * drawn starts where the route does; and the arrow is found by pointing at it. */
static void
test_arrow_ends (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();

  for (guint p = 0; paths[p] != NULL; p++)
    {
      g_autoptr(WmDocument) document = load_template (paths[p]);
      WmServiceBlueprint *blueprint = first_blueprint (document);
      g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
      WmDisplayList *list = wm_blueprint_layout_get_display_list (layout);
      WmObjectList *arrows = wm_service_blueprint_get_arrows (blueprint);

      g_assert_cmpuint (wm_object_list_get_length (arrows), >, 0);
      for (guint a = 0; a < wm_object_list_get_length (arrows); a++)
        {
          WmArrow *arrow = wm_object_list_get (arrows, a);
          const char *id = wm_object_get_id (WM_OBJECT (arrow));
          GArray *route = wm_blueprint_layout_get_arrow_route (layout, id);
          WmRect from, to;
          WmRoutePoint first, last, middle;
          gboolean path_found = FALSE;
          guint crossings = 0;

          g_assert_nonnull (route);
          g_assert_true (wm_blueprint_layout_get_item_bounds (layout, wm_arrow_get_from_id (arrow), &from));
          g_assert_true (wm_blueprint_layout_get_item_bounds (layout, wm_arrow_get_to_id (arrow), &to));
          first = g_array_index (route, WmRoutePoint, 0);
          last = g_array_index (route, WmRoutePoint, route->len - 1);
          g_assert_true (on_boundary (&from, &first));
          g_assert_true (on_boundary (&to, &last));

          for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
            {
              const WmDisplayItem *item = wm_display_list_get_item (list, i);

              if (item->kind == WM_DISPLAY_PATH && g_strcmp0 (item->id, id) == 0 && !path_found)
                {
                  const double *points = wm_display_list_get_points (list, item->path_start);

                  g_assert_cmpfloat (fabs (points[0] - first.x), <, 1e-6);
                  g_assert_cmpfloat (fabs (points[1] - first.y), <, 1e-6);
                  path_found = TRUE;
                }
            }
          g_assert_true (path_found);

          /* Pointing at the middle of the connector finds it (or an arrow drawn over it). */
          wm_route_point_at (route, 0.25, &middle);
          g_assert_nonnull (wm_blueprint_layout_arrow_at (layout, middle.x, middle.y));

          /* The templates have room: no connector crosses a card. */
          for (guint l = 0; l < wm_blueprint_layout_get_n_lanes (layout); l++)
            for (guint s = 0; s < wm_blueprint_layout_get_n_steps (layout); s++)
              {
                g_autoptr(GPtrArray) items = wm_blueprint_layout_get_items_in_cell (layout, l, s);

                for (guint i = 0; i < items->len; i++)
                  {
                    WmRect bounds;

                    wm_blueprint_layout_get_item_bounds (layout, wm_object_get_id (g_ptr_array_index (items, i)), &bounds);
                    crossings += wm_route_count_crossings (route, &bounds);
                  }
              }
          g_assert_cmpuint (crossings, ==, 0);
        }
      g_assert_null (wm_blueprint_layout_arrow_at (layout, 2, 2));
    }
}

/* A blueprint of one lane, three steps, an item in each; an arrow from the first to the last
 * must go round the middle one. */
static void
test_arrow_avoids_card (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmServiceBlueprint) owned = wm_service_blueprint_new_with_standard_lanes ("Detour");
  WmServiceBlueprint *blueprint = owned;
  WmHistory *history = wm_document_get_history (document);
  WmBlueprintLane *lane;
  WmBlueprintItem *items[3];
  WmArrow *arrow;
  g_autoptr(WmBlueprintLayout) layout = NULL;
  GArray *route;
  WmRect middle, from, to;

  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (owned));
  lane = wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), 2);
  for (guint s = 0; s < 3; s++)
    {
      WmBlueprintStep *step = wm_blueprint_edit_add_step (history, blueprint, s, "Step");

      items[s] = wm_blueprint_edit_add_item (history, blueprint, lane,
                                             wm_object_get_id (WM_OBJECT (step)), 0,
                                             "Hands over the order to the kitchen");
      g_assert_nonnull (items[s]);
    }
  arrow = wm_blueprint_edit_add_arrow (history, blueprint, wm_object_get_id (WM_OBJECT (items[0])),
                                       wm_object_get_id (WM_OBJECT (items[2])), "ticket");
  g_assert_nonnull (arrow);

  layout = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
  route = wm_blueprint_layout_get_arrow_route (layout, wm_object_get_id (WM_OBJECT (arrow)));
  g_assert_nonnull (route);
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout, wm_object_get_id (WM_OBJECT (items[0])), &from));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout, wm_object_get_id (WM_OBJECT (items[1])), &middle));
  g_assert_true (wm_blueprint_layout_get_item_bounds (layout, wm_object_get_id (WM_OBJECT (items[2])), &to));
  /* The three are in a row: a straight line would cross the middle card. */
  g_assert_cmpfloat (from.y, ==, middle.y);
  g_assert_cmpfloat (middle.y, ==, to.y);
  g_assert_cmpuint (wm_route_count_crossings (route, &middle), ==, 0);
  g_assert_cmpuint (wm_route_count_crossings (route, &from), ==, 0);
  g_assert_cmpuint (wm_route_count_crossings (route, &to), ==, 0);
  g_assert_true (on_boundary (&from, &g_array_index (route, WmRoutePoint, 0)));
  g_assert_true (on_boundary (&to, &g_array_index (route, WmRoutePoint, route->len - 1)));
  g_assert_true (list_has_text (wm_blueprint_layout_get_display_list (layout), "ticket"));

  /* The arrow follows its item when it moves to another cell. */
  {
    WmBlueprintLane *below = wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), 4);
    g_autoptr(WmBlueprintLayout) moved = NULL;
    WmRect new_bounds;
    GArray *new_route;

    wm_blueprint_edit_move_items (history, blueprint, &items[2], 1, below,
                                  wm_blueprint_item_get_step_id (items[2]), 0);
    moved = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
    g_assert_true (wm_blueprint_layout_get_item_bounds (moved, wm_object_get_id (WM_OBJECT (items[2])), &new_bounds));
    g_assert_cmpfloat (new_bounds.y, >, to.y);
    new_route = wm_blueprint_layout_get_arrow_route (moved, wm_object_get_id (WM_OBJECT (arrow)));
    g_assert_true (on_boundary (&new_bounds, &g_array_index (new_route, WmRoutePoint, new_route->len - 1)));
  }

  /* Deleting the item deletes the arrow: nothing drawn for it any more. */
  wm_blueprint_edit_remove_item (history, blueprint, items[2]);
  {
    g_autoptr(WmBlueprintLayout) after = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));

    g_assert_null (wm_blueprint_layout_get_arrow_route (after, wm_object_get_id (WM_OBJECT (arrow))));
  }
}

/* The time axis appears when a step has a duration; durations read as people write them. */
static void
test_time_axis (void)
{
  g_autoptr(WmDocument) document = load_online_shop ();
  WmServiceBlueprint *blueprint = first_blueprint (document);
  WmObjectList *steps = wm_service_blueprint_get_steps (blueprint);
  g_autoptr(WmBlueprintLayout) with = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
  WmDisplayList *list = wm_blueprint_layout_get_display_list (with);

  g_assert_true (list_has_text (list, "Time"));
  /* Place order (6 min) + Confirm and pay (1 min), Deliver 2880 min = 2 d. */
  g_assert_true (list_has_text (list, "6 min"));
  g_assert_true (list_has_text (list, "7 min"));
  g_assert_true (list_has_text (list, "2 d"));

  /* A step without a duration adds nothing: its end is not labelled with the same total. */
  g_assert_cmpuint (wm_object_list_get_length (steps), >=, 3);
  for (guint i = 0; i < wm_object_list_get_length (steps); i++)
    wm_blueprint_step_set_duration (wm_object_list_get (steps, i), i == 2 ? 5 : 0);
  {
    g_autoptr(WmBlueprintLayout) gaps = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
    WmDisplayList *gaps_list = wm_blueprint_layout_get_display_list (gaps);

    g_assert_cmpuint (count_text (gaps_list, "0"), ==, 1);
    /* Once on the axis, once under the step's name. */
    g_assert_cmpuint (count_text (gaps_list, "5 min"), ==, 2);
  }

  for (guint i = 0; i < wm_object_list_get_length (steps); i++)
    wm_blueprint_step_set_duration (wm_object_list_get (steps, i), 0);
  {
    g_autoptr(WmBlueprintLayout) without = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));

    g_assert_false (list_has_text (wm_blueprint_layout_get_display_list (without), "Time"));
  }
}

/* Broken references (an arrow to nowhere, an item of a step that does not exist) are left out,
 * and an empty blueprint lays out. */
static void
test_bad_references (void)
{
  g_autoptr(WmDocument) document = load_online_shop ();
  WmServiceBlueprint *blueprint = first_blueprint (document);
  WmBlueprintLane *lane = wm_object_list_get (wm_service_blueprint_get_lanes (blueprint), 0);
  WmArrow *first = wm_object_list_get (wm_service_blueprint_get_arrows (blueprint), 0);
  g_autoptr(WmArrow) dangling = wm_arrow_new ("nowhere", wm_arrow_get_to_id (first));
  g_autoptr(WmBlueprintItem) stray = wm_blueprint_item_new ("no-such-step", "Stray");
  g_autoptr(WmServiceBlueprint) empty = wm_service_blueprint_new ("");
  g_autoptr(WmBlueprintLayout) layout = NULL;
  g_autoptr(WmBlueprintLayout) empty_layout = NULL;

  wm_object_list_append (wm_service_blueprint_get_arrows (blueprint), WM_OBJECT (dangling));
  wm_object_list_append (wm_blueprint_lane_get_items (lane), WM_OBJECT (stray));
  layout = wm_blueprint_layout_new (document, blueprint, wm_style_get (FALSE));
  g_assert_null (wm_blueprint_layout_get_arrow_route (layout, wm_object_get_id (WM_OBJECT (dangling))));
  g_assert_false (wm_blueprint_layout_get_item_bounds (layout, wm_object_get_id (WM_OBJECT (stray)), &(WmRect) { 0 }));
  g_assert_nonnull (wm_blueprint_layout_get_arrow_route (layout, wm_object_get_id (WM_OBJECT (first))));

  wm_object_list_append (wm_document_get_blueprints (document), WM_OBJECT (empty));
  empty_layout = wm_blueprint_layout_new (document, empty, wm_style_get (TRUE));
  g_assert_cmpuint (wm_blueprint_layout_get_n_lanes (empty_layout), ==, 0);
  g_assert_cmpuint (wm_blueprint_layout_get_n_steps (empty_layout), ==, 0);
  g_assert_true (list_has_text (wm_blueprint_layout_get_display_list (empty_layout), "Untitled blueprint"));
  g_assert_cmpfloat (wm_display_list_get_height (wm_blueprint_layout_get_display_list (empty_layout)), >, 0);
}

/* `waymark-cli export` draws a blueprint picked by name, as SVG with real text. */
static void
test_cli_export (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autofree char *dir = g_dir_make_tmp ("waymark-blueprint-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "blueprint.svg", NULL);
  g_autofree char *png_path = g_build_filename (dir, "blueprint.png", NULL);
  const char *svg_args[] = { "export", "--item", "Order to first coffee", "--output", svg_path, path, NULL };
  const char *png_args[] = { "export", "--item", "Order to first coffee", "--output", png_path, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *png_out = NULL;
  g_autofree char *png_err = NULL;
  cairo_surface_t *surface;

  g_assert_cmpint (wm_test_run_cli (svg_args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, ">Line of visibility</text>"));
  g_assert_nonnull (strstr (svg, ">Order to first coffee</text>"));

  g_assert_cmpint (wm_test_run_cli (png_args, &png_out, &png_err), ==, 0);
  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >, 6 * WM_BLUEPRINT_STEP_WIDTH);
  cairo_surface_destroy (surface);

  g_unlink (svg_path);
  g_unlink (png_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-blueprint/cells", test_cells);
  g_test_add_func ("/layout-blueprint/lines", test_lines);
  g_test_add_func ("/layout-blueprint/svg-text", test_svg_text);
  g_test_add_func ("/layout-blueprint/arrow-ends", test_arrow_ends);
  g_test_add_func ("/layout-blueprint/arrow-avoids-card", test_arrow_avoids_card);
  g_test_add_func ("/layout-blueprint/time-axis", test_time_axis);
  g_test_add_func ("/layout-blueprint/bad-references", test_bad_references);
  g_test_add_func ("/layout-blueprint/cli-export", test_cli_export);

  return g_test_run ();
}
