/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "wm-test-util.h"

static char *
write_tmp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("waymark-cli-XXXXXX.journey", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_validate_templates (void)
{
  g_auto(GStrv) paths = wm_test_list_templates ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_strv_builder_add (builder, "validate");
  g_strv_builder_addv (builder, (const char **) paths);
  args = g_strv_builder_end (builder);

  g_assert_cmpint (wm_test_run_cli ((const char * const *) args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  for (guint i = 0; paths[i] != NULL; i++)
    g_assert_nonnull (strstr (out, paths[i]));
}

static void
test_validate_reports_problems (void)
{
  g_autofree char *path = write_tmp ("{\n  \"format\": \"waymark\",\n  \"version\": 1,\n  \"id\": \"d\",\n"
                                     "  \"personas\": [{\"id\": \"p\"}],\n"
                                     "  \"maps\": [{\"id\": \"m\", \"name\": 3}]\n}\n");
  g_autofree char *good = wm_test_template_path ("hotel-stay.journey");
  const char *args[] = { "validate", good, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected1 = g_strdup_printf ("%s:5:16: error: personas[0]: missing member “name”\n", path);
  g_autofree char *expected2 = g_strdup_printf ("%s:6:32: error: maps[0].name: expected text but found a number\n", path);
  g_autofree char *expected = g_strconcat (expected1, expected2, NULL);

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_unlink (path);
}

static void
test_validate_syntax_error (void)
{
  g_autofree char *path = write_tmp ("{\n  \"format\": \"waymark\",\n  'version': 1\n}\n");
  const char *args[] = { "validate", "--quiet", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:3:3: error: expected a member name in double quotes but found '''\n", path);

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_unlink (path);
}

static void
test_validate_missing_file (void)
{
  const char *args[] = { "validate", "/nonexistent/file.journey", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "/nonexistent/file.journey: error: "));
}

static void
test_usage_errors (void)
{
  const char *no_command[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *no_file[] = { "validate", NULL };
  const char *bad_option[] = { "validate", "--bogus", "x", NULL };
  const char *info_two[] = { "info", "a", "b", NULL };
  const char * const *cases[] = { no_command, unknown, no_file, bad_option, info_two };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (wm_test_run_cli (cases[i], &out, &err), ==, 2);
      g_assert_cmpstr (err, !=, "");
    }
}

static void
test_help_and_version (void)
{
  const char *help[] = { "--help", NULL };
  const char *version[] = { "--version", NULL };
  const char *validate_help[] = { "validate", "--help", NULL };
  g_autofree char *out1 = NULL, *out2 = NULL, *out3 = NULL;
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (wm_test_run_cli (help, &out1, &err1), ==, 0);
  g_assert_nonnull (strstr (out1, "validate"));
  g_assert_nonnull (strstr (out1, "info"));
  g_assert_cmpint (wm_test_run_cli (version, &out2, &err2), ==, 0);
  g_assert_true (g_str_has_prefix (out2, "waymark-cli " PACKAGE_VERSION));
  g_assert_cmpint (wm_test_run_cli (validate_help, &out3, &err3), ==, 0);
  g_assert_nonnull (strstr (out3, "--quiet"));
}

static void
test_info_json (void)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  const char *args[] = { "info", "--json", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *items;
  gboolean saw_map = FALSE;

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  items = json_object_get_array_member (root, "items");
  g_assert_cmpuint (json_array_get_length (items), >=, 5);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *kind = json_object_get_string_member (item, "kind");

      g_assert_true (json_object_has_member (item, "id"));
      g_assert_true (json_object_has_member (item, "name"));
      if (g_str_equal (kind, "journey-map"))
        {
          saw_map = TRUE;
          g_assert_cmpint (json_object_get_int_member (item, "stages"), >=, 4);
          g_assert_cmpint (json_object_get_int_member (item, "steps"), >=,
                           json_object_get_int_member (item, "stages"));
          g_assert_cmpint (json_object_get_int_member (item, "lanes"), >=, 13);
          g_assert_cmpint (json_object_get_int_member (item, "cards"), >, 0);
          g_assert_cmpint (json_object_get_int_member (item, "points"), >, 0);
        }
      else if (g_str_equal (kind, "service-blueprint"))
        {
          g_assert_cmpint (json_object_get_int_member (item, "arrows"), >, 0);
          g_assert_cmpint (json_object_get_int_member (item, "items"), >, 0);
        }
      else if (g_str_equal (kind, "empathy-map"))
        {
          g_assert_cmpint (json_object_get_int_member (item, "notes"), >, 0);
        }
    }
  g_assert_true (saw_map);
}

static void
test_info_text (void)
{
  g_autofree char *path = wm_test_template_path ("saas-onboarding.journey");
  const char *args[] = { "info", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "journey-map"));
  g_assert_nonnull (strstr (out, "stages"));
  g_assert_nonnull (strstr (out, "persona"));
}

/* Hostile input never crashes the validator: every byte file gets exit status 0 or 1. */
static void
test_validate_hostile (void)
{
  GString *deep = g_string_new (NULL);
  const char *contents[] = { "\xff\xfe\x00", "[[[[", "{\"format\": \"waymark\", \"version\": 99999999999999999999}", NULL };

  for (guint i = 0; i < 150000; i++)
    g_string_append_c (deep, '[');
  contents[3] = deep->str;

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *path = write_tmp (contents[i]);
      const char *args[] = { "validate", path, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (wm_test_run_cli (args, &out, &err), ==, 1);
      g_assert_nonnull (strstr (err, ": error: "));
      g_unlink (path);
    }
  g_string_free (deep, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate/templates", test_validate_templates);
  g_test_add_func ("/cli/validate/problems", test_validate_reports_problems);
  g_test_add_func ("/cli/validate/syntax-error", test_validate_syntax_error);
  g_test_add_func ("/cli/validate/missing-file", test_validate_missing_file);
  g_test_add_func ("/cli/validate/hostile", test_validate_hostile);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/info/json", test_info_json);
  g_test_add_func ("/cli/info/text", test_info_text);

  return g_test_run ();
}
