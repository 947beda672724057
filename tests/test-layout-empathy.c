/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-empathy-edit.h"
#include "wm-journey-format.h"
#include "wm-layout-empathy.h"
#include "wm-layout.h"
#include "wm-render-svg.h"
#include "wm-test-util.h"

/* The empathy map layout: every note's real text is drawn inside the note, every note inside
 * its area, the areas where the classic map has them, and the SVG export keeps the text. */

typedef struct
{
  WmDocument   *document;
  WmEmpathyMap *map;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;

  f->document = wm_journey_format_read (bytes, NULL, &error);
  g_assert_no_error (error);
  f->map = wm_object_list_get (wm_document_get_empathy_maps (f->document), 0);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->document);
}

/* @text without any white space, so that wrapped lines compare with the source. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* The text of the lines drawn for @id, in order, joined without white space. */
static char *
drawn_text (WmDisplayList *list,
            const char    *id,
            WmRect        *inside,
            gboolean      *all_inside)
{
  GString *text = g_string_new (NULL);

  *all_inside = TRUE;
  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);
      g_autofree char *part = NULL;

      if (item->kind != WM_DISPLAY_TEXT || g_strcmp0 (item->id, id) != 0)
        continue;
      part = squeeze (item->text);
      g_string_append (text, part);
      if (item->x < inside->x || item->x + item->width > inside->x + inside->width + 0.5
          || item->y < inside->y || item->y + item->height > inside->y + inside->height + 0.5)
        *all_inside = FALSE;
    }

  return g_string_free (text, FALSE);
}

static gboolean
rect_inside (const WmRect *inner,
             const WmRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y
         && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}

static void
test_notes_in_areas (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WmEmpathyLayout) layout = wm_empathy_layout_new (f->document, f->map, wm_style_get (FALSE));
  WmDisplayList *list = wm_empathy_layout_get_display_list (layout);
  WmRect persona, goal;
  guint total = 0;

  g_assert_true (wm_empathy_layout_get_persona_bounds (layout, &persona));
  g_assert_true (wm_empathy_layout_get_goal_bounds (layout, &goal));

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      WmObjectList *notes = wm_empathy_map_get_area (f->map, a);
      g_autoptr(GPtrArray) laid = wm_empathy_layout_get_notes (layout, a);
      WmRect area;

      g_assert_true (wm_empathy_layout_get_area_bounds (layout, a, &area));
      g_assert_cmpuint (laid->len, ==, wm_object_list_get_length (notes));
      /* Every area sits below the goal. */
      g_assert_cmpfloat (area.y, >=, goal.y + goal.height);

      for (guint i = 0; i < wm_object_list_get_length (notes); i++)
        {
          WmNote *note = wm_object_list_get (notes, i);
          const char *id = wm_object_get_id (WM_OBJECT (note));
          g_autofree char *expected = squeeze (wm_note_get_text (note));
          g_autofree char *drawn = NULL;
          WmRect bounds;
          WmEmpathyArea found_area;
          guint found_index;
          gboolean inside;

          g_assert_true (g_ptr_array_index (laid, i) == (gpointer) note);
          g_assert_true (wm_empathy_layout_get_note_bounds (layout, id, &bounds));
          g_assert_true (rect_inside (&bounds, &area));
          /* No note hides under the persona in the centre. */
          g_assert_false (wm_rect_intersects (&bounds, &persona));
          drawn = drawn_text (list, id, &bounds, &inside);
          g_assert_cmpstr (drawn, ==, expected);
          g_assert_true (inside);
          g_assert_true (wm_empathy_layout_locate_note (layout, id, &found_area, &found_index));
          g_assert_cmpint (found_area, ==, a);
          g_assert_cmpuint (found_index, ==, i);
          /* Hit-testing finds it, and its area, at its middle. */
          g_assert_cmpstr (wm_empathy_layout_note_at (layout, bounds.x + bounds.width / 2,
                                                      bounds.y + bounds.height / 2), ==, id);
          g_assert_true (wm_empathy_layout_area_at (layout, bounds.x + 2, bounds.y + 2, &found_area));
          g_assert_cmpint (found_area, ==, a);
          total++;
        }
    }
  g_assert_cmpuint (total, >, 20);
}

/* The classic arrangement: says | thinks over does | feels, the persona where they meet,
 * pains and gains side by side at the bottom. */
static void
test_arrangement (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WmEmpathyLayout) layout = wm_empathy_layout_new (f->document, f->map, wm_style_get (TRUE));
  WmRect r[WM_N_EMPATHY_AREAS], persona;
  WmEmpathyArea area;
  double cx, cy;

  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    g_assert_true (wm_empathy_layout_get_area_bounds (layout, a, &r[a]));
  g_assert_true (wm_empathy_layout_get_persona_bounds (layout, &persona));

  g_assert_cmpfloat (r[WM_EMPATHY_AREA_SAYS].x, <, r[WM_EMPATHY_AREA_THINKS].x);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_SAYS].y, ==, r[WM_EMPATHY_AREA_THINKS].y);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_DOES].y, >, r[WM_EMPATHY_AREA_SAYS].y);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_FEELS].x, ==, r[WM_EMPATHY_AREA_THINKS].x);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_PAINS].y, >, r[WM_EMPATHY_AREA_FEELS].y);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_PAINS].y, ==, r[WM_EMPATHY_AREA_GAINS].y);
  g_assert_cmpfloat (r[WM_EMPATHY_AREA_PAINS].x, <, r[WM_EMPATHY_AREA_GAINS].x);

  /* The persona's centre is where the four quadrants meet, and belongs to no area. */
  cx = persona.x + persona.width / 2;
  cy = persona.y + persona.height / 2;
  g_assert_cmpfloat (cx, >, r[WM_EMPATHY_AREA_SAYS].x + r[WM_EMPATHY_AREA_SAYS].width);
  g_assert_cmpfloat (cx, <, r[WM_EMPATHY_AREA_THINKS].x);
  g_assert_cmpfloat (cy, >, r[WM_EMPATHY_AREA_SAYS].y + r[WM_EMPATHY_AREA_SAYS].height);
  g_assert_cmpfloat (cy, <, r[WM_EMPATHY_AREA_DOES].y);
  g_assert_false (wm_empathy_layout_area_at (layout, cx - 20, cy - 20, &area));
  g_assert_true (wm_empathy_layout_area_at (layout, r[WM_EMPATHY_AREA_FEELS].x + r[WM_EMPATHY_AREA_FEELS].width - 5,
                                            r[WM_EMPATHY_AREA_FEELS].y + 5, &area));
  g_assert_cmpint (area, ==, WM_EMPATHY_AREA_FEELS);

  /* The persona's name and the goal are drawn. */
  {
    WmDisplayList *list = wm_empathy_layout_get_display_list (layout);
    gboolean name = FALSE, goal = FALSE;

    for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
      {
        const WmDisplayItem *item = wm_display_list_get_item (list, i);

        if (item->kind == WM_DISPLAY_TEXT && g_str_equal (item->text, "Ana Duarte"))
          name = TRUE;
        if (item->kind == WM_DISPLAY_TEXT && strstr (item->text, "coffee machine") != NULL
            && item->role == WM_DISPLAY_ROLE_TITLE)
          goal = TRUE;
      }
    g_assert_true (name);
    g_assert_true (goal);
  }
}

/* Insertion points follow the grid: before a note when left of its middle, after the last. */
static void
test_insertion_index (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(WmEmpathyLayout) layout = wm_empathy_layout_new (f->document, f->map, wm_style_get (FALSE));
  g_autoptr(GPtrArray) notes = wm_empathy_layout_get_notes (layout, WM_EMPATHY_AREA_DOES);
  WmRect first, second, area, slot;

  g_assert_cmpuint (notes->len, >=, 2);
  wm_empathy_layout_get_note_bounds (layout, wm_object_get_id (g_ptr_array_index (notes, 0)), &first);
  wm_empathy_layout_get_note_bounds (layout, wm_object_get_id (g_ptr_array_index (notes, 1)), &second);
  wm_empathy_layout_get_area_bounds (layout, WM_EMPATHY_AREA_DOES, &area);

  g_assert_cmpuint (wm_empathy_layout_insertion_index (layout, WM_EMPATHY_AREA_DOES, first.x + 5, first.y + 5), ==, 0);
  g_assert_cmpuint (wm_empathy_layout_insertion_index (layout, WM_EMPATHY_AREA_DOES,
                                                       first.x + first.width - 5, first.y + 5), ==, 1);
  g_assert_cmpuint (wm_empathy_layout_insertion_index (layout, WM_EMPATHY_AREA_DOES, second.x + 5, second.y + 5), ==, 1);

  /* The next free slot is inside the area and clear of every note; dropping there appends. */
  g_assert_true (wm_empathy_layout_get_slot (layout, WM_EMPATHY_AREA_DOES, notes->len, &slot));
  g_assert_cmpuint (wm_empathy_layout_insertion_index (layout, WM_EMPATHY_AREA_DOES,
                                                       slot.x + slot.width / 2, slot.y + slot.height / 2),
                    ==, notes->len);
  g_assert_cmpuint (wm_empathy_layout_insertion_index (layout, WM_EMPATHY_AREA_DOES,
                                                       area.x + area.width - 5, area.y + area.height - 3),
                    ==, notes->len);
  g_assert_true (rect_inside (&slot, &area));
  for (guint i = 0; i < notes->len; i++)
    {
      WmRect b;

      wm_empathy_layout_get_note_bounds (layout, wm_object_get_id (g_ptr_array_index (notes, i)), &b);
      g_assert_false (wm_rect_intersects (&b, &slot));
    }
}

/* An empty map without persona lays out, and areas grow with their notes. */
static void
test_empty_and_growing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(WmEmpathyMap) empty = wm_empathy_map_new ("Empty");
  g_autoptr(WmEmpathyLayout) small = wm_empathy_layout_new (f->document, empty, wm_style_get (FALSE));
  g_autoptr(WmEmpathyLayout) big = NULL;
  WmHistory *history = wm_document_get_history (f->document);
  WmRect before, after;

  g_assert_true (wm_empathy_layout_get_area_bounds (small, WM_EMPATHY_AREA_PAINS, &before));
  for (guint i = 0; i < 12; i++)
    wm_empathy_edit_add_note (history, f->map, WM_EMPATHY_AREA_PAINS, G_MAXUINT, "A pain that is quite long to write");
  big = wm_empathy_layout_new (f->document, f->map, wm_style_get (FALSE));
  g_assert_true (wm_empathy_layout_get_area_bounds (big, WM_EMPATHY_AREA_PAINS, &after));
  g_assert_cmpfloat (after.height, >, before.height + 100);
  g_assert_cmpfloat (wm_display_list_get_height (wm_empathy_layout_get_display_list (big)), >=,
                     after.y + after.height);
}

/* Through wm_layout_item() (export dialog, print, the CLI) to SVG: the notes stay real text. */
static void
test_svg_has_note_text (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDisplayList) list = wm_layout_item (f->document, WM_OBJECT (f->map), wm_style_get (FALSE), &error);
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *needles[] = { "Jargon in the specifications", "Pressured by the deadline", "Ana Duarte" };

  g_assert_no_error (error);
  g_assert_nonnull (list);
  svg = wm_render_svg (list);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (text, "<text"));
  /* The lines of a wrapped note are tspans of one text: compare the text between the tags. */
  {
    GString *content = g_string_new (NULL);
    gboolean in_tag = FALSE;

    for (const char *p = text; *p != '\0'; p++)
      {
        if (*p == '<')
          in_tag = TRUE;
        else if (*p == '>')
          in_tag = FALSE;
        else if (!in_tag)
          g_string_append_c (content, *p);
      }
    squeezed = squeeze (content->str);
    g_string_free (content, TRUE);
  }
  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    {
      g_autofree char *needle = squeeze (needles[i]);

      g_assert_nonnull (strstr (squeezed, needle));
    }
  /* Every note is in the SVG, as a group carrying its id. */
  for (guint a = 0; a < WM_N_EMPATHY_AREAS; a++)
    {
      WmObjectList *notes = wm_empathy_map_get_area (f->map, a);

      for (guint i = 0; i < wm_object_list_get_length (notes); i++)
        g_assert_nonnull (strstr (text, wm_object_get_id (wm_object_list_get (notes, i))));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/layout-empathy/notes-in-areas", Fixture, NULL, set_up, test_notes_in_areas, tear_down);
  g_test_add ("/layout-empathy/arrangement", Fixture, NULL, set_up, test_arrangement, tear_down);
  g_test_add ("/layout-empathy/insertion-index", Fixture, NULL, set_up, test_insertion_index,
              tear_down);
  g_test_add ("/layout-empathy/empty-and-growing", Fixture, NULL, set_up, test_empty_and_growing,
              tear_down);
  g_test_add ("/layout-empathy/svg-has-note-text", Fixture, NULL, set_up, test_svg_has_note_text,
              tear_down);

  return g_test_run ();
}
