/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "wm-avatar.h"
#include "wm-export.h"
#include "wm-journey-format.h"
#include "wm-layout.h"
#include "wm-layout-persona.h"
#include "wm-persona-edit.h"
#include "wm-render-svg.h"
#include "wm-test-util.h"

static WmDocument *
load_template (const char *name)
{
  g_autofree char *path = wm_test_template_path (name);
  g_autoptr(GBytes) bytes = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  WmDocument *document = wm_journey_format_read (bytes, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* All the text of the list, one item a line. */
static char *
list_text (WmDisplayList *list)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_TEXT)
        g_string_append_printf (text, "%s\n", item->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
has_line (const char *text,
          const char *line)
{
  g_autofree char *needle = g_strdup_printf ("\n%s\n", line);
  g_autofree char *haystack = g_strdup_printf ("\n%s", text);

  return strstr (haystack, needle) != NULL;
}

static void
assert_items_inside (WmDisplayList *list)
{
  double width = wm_display_list_get_width (list);
  double height = wm_display_list_get_height (list);

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    {
      const WmDisplayItem *item = wm_display_list_get_item (list, i);

      if (item->kind == WM_DISPLAY_TEXT)
        {
          g_assert_cmpfloat (item->text_x, >=, 0);
          g_assert_cmpfloat (item->text_x + item->width, <=, width);
          g_assert_cmpfloat (item->text_y, <=, height);
        }
      else
        {
          g_assert_cmpfloat (item->x, >=, 0);
          g_assert_cmpfloat (item->x + item->width, <=, width + 0.01);
          g_assert_cmpfloat (item->y + item->height, <=, height + 0.01);
        }
    }
}

static void
test_sheet_content (void)
{
  g_autoptr(WmDocument) document = load_template ("online-shop.journey");
  WmPersona *ana = wm_object_list_get (wm_document_get_personas (document), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDisplayList) list = wm_layout_item (document, WM_OBJECT (ana), wm_style_get (FALSE),
                                                  &error);
  g_autofree char *text = NULL;
  g_autofree char *joined = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (list);
  text = list_text (list);
  joined = g_strdelimit (g_strdup (text), "\n", ' ');

  g_assert_cmpstr (wm_display_list_get_title (list), ==, "Ana Duarte");
  g_assert_true (has_line (text, "Ana Duarte"));
  g_assert_true (has_line (text, "AD"));
  g_assert_true (has_line (text, wm_persona_get_role (ana)));
  g_assert_true (has_line (text, wm_persona_get_age (ana)));
  g_assert_true (has_line (text, wm_persona_get_location (ana)));
  g_assert_true (has_line (text, wm_persona_get_segment (ana)));
  g_assert_nonnull (strstr (text, "“"));
  g_assert_true (has_line (text, "Goals"));
  g_assert_true (has_line (text, "Needs"));
  g_assert_true (has_line (text, "Frustrations"));
  g_assert_true (has_line (text, "Behaviours"));
  g_assert_true (has_line (text, "Motivations"));
  g_assert_true (has_line (text, "Preferred Channels"));
  g_assert_true (has_line (text, "Tech Proficiency"));

  /* Every entry of every list is on the sheet (possibly wrapped over lines). */
  for (WmPersonaList l = 0; l < WM_PERSONA_N_LISTS; l++)
    {
      const char * const *entries = wm_persona_list_get_entries (ana, l);

      g_assert_nonnull (entries);
      for (guint i = 0; entries[i] != NULL; i++)
        {
          g_autofree char *words = g_strndup (entries[i], MIN (strlen (entries[i]), 12));

          g_assert_nonnull (strstr (joined, words));
        }
    }

  g_assert_cmpfloat (wm_display_list_get_width (list), ==, WM_PERSONA_SHEET_WIDTH);
  g_assert_cmpfloat (wm_display_list_get_height (list), >, 500);
  g_assert_cmpfloat (wm_display_list_get_height (list), <, 3000);
  assert_items_inside (list);
}

static void
test_long_lists (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) persona = wm_persona_new ("");
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(WmDisplayList) short_list = NULL;
  g_autoptr(WmDisplayList) long_list = NULL;
  g_autofree char *text = NULL;

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
  short_list = wm_layout_item (document, WM_OBJECT (persona), wm_style_get (TRUE), NULL);
  text = list_text (short_list);
  /* Nameless and empty: a placeholder name, "?" in the avatar, empty lists say so. */
  g_assert_true (has_line (text, "Unnamed persona"));
  g_assert_true (has_line (text, "?"));
  g_assert_true (has_line (text, "None yet"));

  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (goals, g_strdup_printf ("Goal %u, which is a rather long sentence that "
                                             "has to wrap over more than one line in a card", i));
  g_ptr_array_add (goals, NULL);
  wm_persona_set_goals (persona, (const char * const *) goals->pdata);
  long_list = wm_layout_item (document, WM_OBJECT (persona), wm_style_get (TRUE), NULL);
  g_assert_cmpfloat (wm_display_list_get_height (long_list), >,
                     wm_display_list_get_height (short_list) + 40 * 30);
  assert_items_inside (long_list);
}

static WmImage *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int fd = g_file_open_tmp ("waymark-photo-XXXXXX.png", &path, NULL);

  cairo_set_source_rgb (cr, 0, 1, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  bytes = wm_test_load_bytes (path);
  g_unlink (path);

  return wm_image_new ("image/png", bytes);
}

static void
read_pixel (GBytes *png,
            int     x,
            int     y,
            guint8  rgb[3])
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("waymark-sheet-XXXXXX.png", &path, NULL);
  cairo_surface_t *surface;
  guint8 *data;
  guint32 pixel;

  g_assert_cmpint (fd, >=, 0);
  g_assert_true (write (fd, g_bytes_get_data (png, NULL), g_bytes_get_size (png))
                 == (gssize) g_bytes_get_size (png));
  close (fd);
  surface = cairo_image_surface_create_from_png (path);
  g_unlink (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  data = cairo_image_surface_get_data (surface);
  pixel = *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
  cairo_surface_destroy (surface);
}

/* A photo replaces the initials and is clipped round, in the list, PNG and SVG alike. */
static void
test_photo_round (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) persona = wm_persona_new ("Maya Lindqvist");
  g_autoptr(WmImage) photo = make_png (300, 200);
  g_autoptr(WmDisplayList) list = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *svg_text = NULL;
  const WmDisplayItem *image = NULL;
  WmRect area;
  guint8 rgb[3];

  wm_persona_set_colour (persona, "#1c71d8");
  wm_persona_set_photo (persona, photo);
  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
  list = wm_layout_item (document, WM_OBJECT (persona), wm_style_get (FALSE), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < wm_display_list_get_n_items (list); i++)
    if (wm_display_list_get_item (list, i)->kind == WM_DISPLAY_IMAGE)
      image = wm_display_list_get_item (list, i);
  g_assert_nonnull (image);
  g_assert_cmpfloat (image->width, ==, WM_PERSONA_AVATAR_SIZE);
  g_assert_cmpfloat (image->radius, ==, WM_PERSONA_AVATAR_SIZE / 2);
  g_assert_true (image->cover);
  text = list_text (list);
  g_assert_false (has_line (text, "ML"));

  area = (WmRect) { 0, 0, wm_display_list_get_width (list), wm_display_list_get_height (list) };
  png = wm_export_png_bytes (list, &area, (int) area.width, (int) area.height, FALSE, &error);
  g_assert_no_error (error);
  /* The centre is photo; the box's corner is not (clipped round); the 3:2 photo covers the
   * full height of the square (no letterbox band at the top of the circle). */
  read_pixel (png, image->x + image->width / 2, image->y + image->height / 2, rgb);
  g_assert_cmpint (rgb[0], <, 30);
  g_assert_cmpint (rgb[1], >, 220);
  read_pixel (png, image->x + 3, image->y + 3, rgb);
  g_assert_cmpint (rgb[0], >, 150);
  read_pixel (png, image->x + image->width / 2, image->y + 4, rgb);
  g_assert_cmpint (rgb[1], >, 200);
  g_assert_cmpint (rgb[0], <, 60);

  svg = wm_render_svg (list);
  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_text, "preserveAspectRatio=\"xMidYMid slice\""));
  g_assert_nonnull (strstr (svg_text, "<text"));
  g_assert_nonnull (strstr (svg_text, ">Maya Lindqvist<"));
}

static void
test_initials (void)
{
  struct { const char *name; const char *initials; } cases[] = {
    { "Maya Lindqvist", "ML" },
    { "cher", "C" },
    { "  maya  van der berg ", "MB" },
    { "élodie ßmith", "ÉSS" },
    { "", "?" },
    { "   ", "?" },
    { NULL, "?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = wm_avatar_initials (cases[i].name);

      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static void
test_avatar_without_photo (void)
{
  g_autoptr(WmDisplayList) list = wm_display_list_new (100, 100);
  g_autoptr(WmPersona) persona = wm_persona_new ("Maya Lindqvist");
  const WmDisplayItem *circle;
  const WmDisplayItem *text;
  WmColour colour;

  wm_persona_set_colour (persona, "#c01c28");
  wm_avatar_add (list, WM_DISPLAY_ROLE_PERSONA, "p1", persona, 10, 20, 60, wm_style_get (FALSE));
  g_assert_cmpuint (wm_display_list_get_n_items (list), ==, 2);
  circle = wm_display_list_get_item (list, 0);
  text = wm_display_list_get_item (list, 1);
  g_assert_cmpint (circle->kind, ==, WM_DISPLAY_CIRCLE);
  g_assert_cmpfloat (circle->x, ==, 10);
  g_assert_cmpfloat (circle->y, ==, 20);
  g_assert_cmpfloat (circle->width, ==, 60);
  wm_colour_parse (&colour, "#c01c28");
  g_assert_cmpfloat (circle->fill.red, ==, colour.red);
  g_assert_cmpstr (circle->id, ==, "p1");
  g_assert_cmpint (text->kind, ==, WM_DISPLAY_TEXT);
  g_assert_cmpstr (text->text, ==, "ML");
  g_assert_cmpint (text->role, ==, WM_DISPLAY_ROLE_PERSONA);
  g_assert_cmpfloat (text->text_x, ==, 40);
  g_assert_cmpfloat (fabs (text->text_y - 50), <, 12);
}

/* waymark-cli export picks the persona's layout too. */
static void
test_cli_export (void)
{
  g_autofree char *path = wm_test_template_path ("hotel-stay.journey");
  g_autoptr(WmDocument) document = load_template ("hotel-stay.journey");
  WmPersona *persona = wm_object_list_get (wm_document_get_personas (document), 1);
  g_autofree char *dir = g_dir_make_tmp ("waymark-persona-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "persona.svg", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *needle = g_strdup_printf (">%s<", wm_persona_get_name (persona));

  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", path, "--item",
                                                        wm_persona_get_name (persona), "-o", svg,
                                                        NULL }, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<text"));
  g_assert_nonnull (strstr (contents, needle));
  g_unlink (svg);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-persona/sheet-content", test_sheet_content);
  g_test_add_func ("/layout-persona/long-lists", test_long_lists);
  g_test_add_func ("/layout-persona/photo-round", test_photo_round);
  g_test_add_func ("/layout-persona/initials", test_initials);
  g_test_add_func ("/layout-persona/avatar-without-photo", test_avatar_without_photo);
  g_test_add_func ("/layout-persona/cli-export", test_cli_export);

  return g_test_run ();
}
