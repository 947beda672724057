/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <librsvg/rsvg.h>

#include "wm-journey-format.h"
#include "wm-layout.h"
#include "wm-model.h"
#include "wm-style.h"
#include "wm-test-util.h"

/* waymark-cli export and thumbnail, run as a user or a file manager would: outputs parse with
 * independent readers, failures exit with 1 and leave no file (and an existing file as it was),
 * usage errors exit with 2. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("waymark-cli-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static int
run (const char * const *args,
     char              **err)
{
  g_autofree char *out = NULL;

  return wm_test_run_cli (args, &out, err);
}

static void
assert_png_size (const char *path,
                 int        *width,
                 int        *height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  cairo_surface_destroy (surface);
}

static void
assert_svg_readable (const char *path)
{
  g_autoptr(GBytes) svg = wm_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                                  g_bytes_get_size (svg), &error);
  double width, height;

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height));
  g_assert_cmpfloat (width, >, 100);
  g_assert_cmpfloat (height, >, 100);
  g_object_unref (handle);
}

static guint
pdf_page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + 6, " "), NULL, 10);
}

/* How many pages "export --all" makes of a workspace: one per item that has a layout. */
static guint
count_drawable_items (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  WmObjectList *lists[4];
  guint n = 0;

  g_assert_no_error (error);
  lists[0] = wm_document_get_personas (document);
  lists[1] = wm_document_get_maps (document);
  lists[2] = wm_document_get_empathy_maps (document);
  lists[3] = wm_document_get_blueprints (document);
  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    for (guint i = 0; i < wm_object_list_get_length (lists[k]); i++)
      {
        g_autoptr(GError) layout_error = NULL;
        g_autoptr(WmDisplayList) list = wm_layout_item (document, wm_object_list_get (lists[k], i),
                                                        wm_style_get (FALSE), &layout_error);

        if (list != NULL)
          n++;
        else
          g_assert_error (layout_error, WM_LAYOUT_ERROR, WM_LAYOUT_ERROR_UNSUPPORTED);
      }

  return n;
}

static void
test_export_templates (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(GStrv) templates = wm_test_list_templates ();
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  for (guint i = 0; templates[i] != NULL; i++)
    {
      g_autofree char *svg = tmp_path (fixture, "map.svg");
      g_autofree char *png = tmp_path (fixture, "map.png");
      g_autofree char *half = tmp_path (fixture, "half.png");
      g_autofree char *wide = tmp_path (fixture, "wide.png");
      g_autofree char *pdf = tmp_path (fixture, "map.pdf");
      g_autofree char *all = tmp_path (fixture, "all.pdf");
      g_autofree char *err = NULL;
      g_autoptr(GBytes) pdf_bytes = NULL;
      int width, height, half_width, half_height, wide_width, wide_height;

      g_test_message ("%s", templates[i]);

      /* The format follows from the extension. */
      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "-o", svg, NULL }, &err),
                       ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_clear_pointer (&err, g_free);
      assert_svg_readable (svg);

      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "--format", "png",
                                               "--output", png, NULL }, NULL), ==, 0);
      assert_png_size (png, &width, &height);
      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "-f", "png",
                                               "--scale", "0.5", "-o", half, NULL }, NULL), ==, 0);
      assert_png_size (half, &half_width, &half_height);
      g_assert_cmpint (ABS (half_width * 2 - width), <=, 2);
      g_assert_cmpint (ABS (half_height * 2 - height), <=, 2);
      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "--width", "1000",
                                               "--transparent", "-o", wide, NULL }, NULL), ==, 0);
      assert_png_size (wide, &wide_width, &wide_height);
      g_assert_cmpint (wide_width, ==, 1000);
      g_assert_cmpint (ABS (wide_height - height * 1000 / width), <=, 1);

      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "-o", pdf, NULL }, NULL),
                       ==, 0);
      pdf_bytes = wm_test_load_bytes (pdf);
      g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf_bytes, NULL), "%PDF-"));
      g_assert_cmpint (run ((const char *[]) { "export", templates[i], "--all", "-o", all, NULL },
                            NULL), ==, 0);
      if (pdfinfo != NULL)
        {
          g_assert_cmpuint (pdf_page_count (pdf), ==, 1);
          g_assert_cmpuint (pdf_page_count (all), ==, count_drawable_items (templates[i]));
        }
    }
}

static void
test_export_item (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("hotel-stay.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  WmObject *map = wm_object_list_get (wm_document_get_maps (document), 0);
  WmObject *persona = wm_object_list_get (wm_document_get_personas (document), 0);
  g_autofree char *by_id = tmp_path (fixture, "by-id.svg");
  g_autofree char *by_name = tmp_path (fixture, "by-name.svg");
  g_autofree char *other = tmp_path (fixture, "other.svg");
  g_autofree char *err = NULL;
  g_autoptr(GBytes) id_bytes = NULL;
  g_autoptr(GBytes) name_bytes = NULL;
  g_autoptr(WmDisplayList) persona_list = NULL;
  int status;

  g_assert_no_error (error);
  g_assert_cmpint (run ((const char *[]) { "export", path, "--item", wm_object_get_id (map),
                                           "-o", by_id, NULL }, NULL), ==, 0);
  g_assert_cmpint (run ((const char *[]) { "export", path, "-i",
                                           wm_object_get_display_name (map), "-o", by_name,
                                           NULL }, NULL), ==, 0);
  id_bytes = wm_test_load_bytes (by_id);
  name_bytes = wm_test_load_bytes (by_name);
  g_assert_true (g_bytes_equal (id_bytes, name_bytes));

  g_assert_cmpint (run ((const char *[]) { "export", path, "--item", "no such item", "-o",
                                           other, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no such item"));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  /* A kind without a layout yet fails clearly; once it has one, it exports. */
  persona_list = wm_layout_item (document, persona, wm_style_get (FALSE), NULL);
  status = run ((const char *[]) { "export", path, "--item", wm_object_get_id (persona), "-o",
                                   other, NULL }, &err);
  g_assert_cmpint (status, ==, persona_list != NULL ? 0 : 1);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS) == (persona_list != NULL));
  if (persona_list == NULL)
    g_assert_nonnull (strstr (err, wm_object_get_display_name (persona)));
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = tmp_path (fixture, name);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_export_failures (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *broken = write_file (fixture, "broken.journey", "{\"format\": \"waymark\",");
  g_autofree char *empty = write_file (fixture, "empty.journey",
                                       "{\"format\": \"waymark\", \"version\": 1, \"id\": \"w\"}");
  g_autofree char *missing = tmp_path (fixture, "missing.journey");
  g_autofree char *template = wm_test_template_path ("online-shop.journey");
  g_autofree char *out = tmp_path (fixture, "out.png");
  g_autofree char *existing = write_file (fixture, "existing.svg", "precious");
  g_autofree char *no_dir = g_build_filename (fixture->dir, "no-such-dir", "out.svg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  const char *inputs[] = { broken, empty, missing };
  const char *formats[] = { "svg", "png", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_assert_cmpint (run ((const char *[]) { "export", inputs[i], "-f", formats[f], "-o", out,
                                                 NULL }, &err), ==, 1);
        g_assert_true (g_str_has_prefix (err, inputs[i]));
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        g_clear_pointer (&err, g_free);

        /* An existing output file is left as it was. */
        g_assert_cmpint (run ((const char *[]) { "export", inputs[i], "-f", formats[f], "-o",
                                                 existing, NULL }, NULL), ==, 1);
        g_file_get_contents (existing, &contents, NULL, NULL);
        g_assert_cmpstr (contents, ==, "precious");
        g_clear_pointer (&contents, g_free);
      }

  /* Too large a picture. */
  g_assert_cmpint (run ((const char *[]) { "export", template, "--scale", "50", "-o", out, NULL },
                        &err), ==, 1);
  g_assert_nonnull (strstr (err, "16384"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "export", template, "-f", "png", "--width", "100000",
                                           "-o", existing, NULL }, NULL), ==, 1);
  g_file_get_contents (existing, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "precious");

  /* Nowhere to write. */
  g_assert_cmpint (run ((const char *[]) { "export", template, "-o", no_dir, NULL }, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, no_dir));
}

static void
test_export_usage (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *template = wm_test_template_path ("saas-onboarding.journey");
  g_autofree char *svg = tmp_path (fixture, "out.svg");
  g_autofree char *png = tmp_path (fixture, "out.png");
  g_autofree char *odd = tmp_path (fixture, "out.picture");
  const char * const *cases[] = {
    (const char *[]) { "export", NULL },
    (const char *[]) { "export", template, NULL },
    (const char *[]) { "export", "-o", svg, NULL },
    (const char *[]) { "export", template, template, "-o", svg, NULL },
    (const char *[]) { "export", template, "-o", odd, NULL },
    (const char *[]) { "export", template, "-f", "gif", "-o", svg, NULL },
    (const char *[]) { "export", template, "--all", "-o", svg, NULL },
    (const char *[]) { "export", template, "--all", "-f", "png", "-o", png, NULL },
    (const char *[]) { "export", template, "--all", "--item", "x", "-f", "pdf", "-o", odd, NULL },
    (const char *[]) { "export", template, "--scale", "2", "-o", svg, NULL },
    (const char *[]) { "export", template, "--transparent", "-f", "pdf", "-o", odd, NULL },
    (const char *[]) { "export", template, "--scale", "0", "-o", png, NULL },
    (const char *[]) { "export", template, "--scale", "-1", "-o", png, NULL },
    (const char *[]) { "export", template, "--scale", "big", "-o", png, NULL },
    (const char *[]) { "export", template, "--scale", "nan", "-o", png, NULL },
    (const char *[]) { "export", template, "--width", "12.5", "-o", png, NULL },
    (const char *[]) { "export", template, "--width", "0", "-o", png, NULL },
    (const char *[]) { "export", template, "--scale", "2", "--width", "100", "-o", png, NULL },
    (const char *[]) { "export", template, "--bogus", "-o", png, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run (cases[i], &err), ==, 2);
      g_assert_true (g_str_has_prefix (err, "waymark-cli: "));
      g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
    }

  /* With --format, any output name goes. */
  g_assert_cmpint (run ((const char *[]) { "export", template, "-f", "SVG", "-o", odd, NULL },
                        NULL), ==, 0);
  assert_svg_readable (odd);
}

static void
test_thumbnail (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(GStrv) templates = wm_test_list_templates ();
  g_autofree char *out = tmp_path (fixture, "thumb.png");
  g_autofree char *broken = write_file (fixture, "broken.journey", "{\"format\": \"waymark\"}");
  g_autofree char *existing = write_file (fixture, "existing.png", "precious");
  g_autofree char *contents = NULL;
  int width, height;

  for (guint i = 0; templates[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (templates[i]);
      g_autofree char *uri = g_file_get_uri (file);

      g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "128", templates[i], out,
                                               NULL }, NULL), ==, 0);
      assert_png_size (out, &width, &height);
      g_assert_cmpint (MAX (width, height), ==, 128);
      g_assert_cmpint (MIN (width, height), >, 32);
      g_unlink (out);

      /* File managers pass URIs. */
      g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "256", uri, out, NULL }, NULL),
                       ==, 0);
      assert_png_size (out, &width, &height);
      g_assert_cmpint (MAX (width, height), ==, 256);
      g_unlink (out);
    }

  g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "128", broken, out, NULL }, NULL),
                   !=, 0);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "128", broken, existing, NULL },
                        NULL), !=, 0);
  g_file_get_contents (existing, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "precious");

  g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "128", templates[0], NULL }, NULL),
                   ==, 2);
  g_assert_cmpint (run ((const char *[]) { "thumbnail", "-s", "0", templates[0], out, NULL },
                        NULL), ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-export/templates", Fixture, NULL, fixture_set_up, test_export_templates,
              fixture_tear_down);
  g_test_add ("/cli-export/item", Fixture, NULL, fixture_set_up, test_export_item,
              fixture_tear_down);
  g_test_add ("/cli-export/failures", Fixture, NULL, fixture_set_up, test_export_failures,
              fixture_tear_down);
  g_test_add ("/cli-export/usage", Fixture, NULL, fixture_set_up, test_export_usage,
              fixture_tear_down);
  g_test_add ("/cli-export/thumbnail", Fixture, NULL, fixture_set_up, test_thumbnail,
              fixture_tear_down);

  return g_test_run ();
}
