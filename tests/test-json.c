/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-json-parser.h"
#include "wm-json-writer.h"

static JsonNode *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = wm_json_parse (text, strlen (text), NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);

  return node;
}

static char *
write_node (JsonNode *node)
{
  g_autoptr(WmJsonWriter) writer = wm_json_writer_new ();
  g_autoptr(GBytes) bytes = NULL;

  wm_json_writer_node (writer, node);
  bytes = wm_json_writer_finish (writer);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_parse_values (void)
{
  g_autoptr(JsonNode) node = parse_ok ("{\"a\": [1, -2.5, 1e3, true, false, null, \"x\\u00e9\\n\"],"
                                       " \"b\": {}, \"c\": [], \"big\": 123456789012345678901}");
  JsonObject *object = json_node_get_object (node);
  JsonArray *a = json_object_get_array_member (object, "a");

  g_assert_cmpuint (json_array_get_length (a), ==, 7);
  g_assert_cmpint (json_array_get_int_element (a, 0), ==, 1);
  g_assert_cmpfloat (json_array_get_double_element (a, 1), ==, -2.5);
  g_assert_cmpfloat (json_array_get_double_element (a, 2), ==, 1000.0);
  g_assert_true (json_array_get_boolean_element (a, 3));
  g_assert_false (json_array_get_boolean_element (a, 4));
  g_assert_true (json_array_get_null_element (a, 5));
  g_assert_cmpstr (json_array_get_string_element (a, 6), ==, "x\xc3\xa9\n");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (object, "b")), ==, 0);
  /* Too large for 64 bits: kept as a floating-point number rather than refused. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "big"),
                                  123456789012345678901.0, 1e6);
}

static void
test_parse_surrogates (void)
{
  g_autoptr(JsonNode) node = parse_ok ("\"\\ud83d\\ude00 ok\"");

  g_assert_cmpstr (json_node_get_string (node), ==, "\xf0\x9f\x98\x80 ok");
}

static void
test_parse_bom (void)
{
  g_autoptr(JsonNode) node = parse_ok ("\xef\xbb\xbf{\"a\": 1}");

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
}

typedef struct
{
  const char *input;
  guint       line;
  guint       column;
  const char *message;
} BadCase;

static void
test_parse_errors (void)
{
  static const BadCase cases[] = {
    { "", 1, 1, "ends where a value" },
    { "{\"a\": 1,}", 1, 9, "member name" },
    { "[1, 2,]", 1, 7, "comma before" },
    { "{'a': 1}", 1, 2, "member name" },
    { "['a']", 1, 2, "double quotes" },
    { "{\"a\": \"x\ny\"}", 1, 9, "line break" },
    { "{\"a\": \"x\ty\"}", 1, 9, "control character" },
    { "{\"a\": 1 // c\n}", 1, 9, "expected ',' or '}'" },
    { "// c\n{}", 1, 1, "comments" },
    { "[NaN]", 1, 2, "unexpected" },
    { "[01]", 1, 3, "leading zero" },
    { "[1.]", 1, 4, "invalid number" },
    { "[-]", 1, 3, "invalid number" },
    { "[1e400]", 1, 2, "too large" },
    { "[\"\\ud800\"]", 1, 3, "surrogate" },
    { "[\"\\udc00\"]", 1, 3, "surrogate" },
    { "[\"\\u0000\"]", 1, 3, "NUL" },
    { "[\"\\x41\"]", 1, 3, "invalid escape" },
    { "[\"\xff\xfe\"]", 1, 6, "UTF-8" },
    { "{\"a\": 1, \"a\": 2}", 1, 10, "appears twice" },
    { "{\"a\": 1} x", 1, 10, "more content" },
    { "{\n  \"a\": [\n    1,\n    2\n", 5, 1, "ends inside a list" },
    { "{\n  \"é\": tru }", 2, 8, "unexpected" },
    { "\"abc", 1, 5, "ends inside a text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint line = 0, column = 0;
      JsonNode *node;

      node = wm_json_parse (cases[i].input, strlen (cases[i].input), NULL, &line, &column, &error);
      g_assert_null (node);
      g_assert_error (error, WM_JSON_PARSER_ERROR, error->code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
      if (line != cases[i].line || column != cases[i].column)
        g_error ("case %u: reported at %u:%u, expected %u:%u (%s)", i, line, column,
                 cases[i].line, cases[i].column, error->message);
    }
}

static void
test_parse_deep_nesting (void)
{
  /* json-glib 1.6 crashes on this; we must refuse it. */
  gsize depth = 200000;
  g_autofree char *text = g_malloc (depth * 2 + 1);
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  text[depth * 2] = '\0';

  node = wm_json_parse (text, depth * 2, NULL, NULL, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, WM_JSON_PARSER_ERROR, WM_JSON_PARSER_ERROR_LIMIT);

  /* Right at the limit is still fine. */
  g_clear_error (&error);
  memset (text, '[', WM_JSON_MAX_DEPTH);
  memset (text + WM_JSON_MAX_DEPTH, ']', WM_JSON_MAX_DEPTH);
  node = wm_json_parse (text, WM_JSON_MAX_DEPTH * 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  json_node_unref (node);
}

static void
test_parse_too_many_values (void)
{
  GString *s = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  for (guint i = 0; i <= WM_JSON_MAX_VALUES; i++)
    g_string_append (s, "0,");
  g_string_append (s, "0]");

  node = wm_json_parse (s->str, s->len, NULL, NULL, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, WM_JSON_PARSER_ERROR, WM_JSON_PARSER_ERROR_LIMIT);
  g_string_free (s, TRUE);
}

static void
test_positions (void)
{
  const char *text = "{\n  \"name\": \"Zoë\",\n  \"list\": [\n    1,\n    {\"x\": true}\n  ]\n}";
  g_autoptr(WmJsonPositions) positions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = wm_json_parse (text, strlen (text), &positions, NULL, NULL, &error);
  JsonObject *object;
  JsonArray *list;
  guint line, column;

  g_assert_no_error (error);
  object = json_node_get_object (root);
  list = json_object_get_array_member (object, "list");

  g_assert_true (wm_json_positions_lookup (positions, root, &line, &column));
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);
  wm_json_positions_lookup (positions, json_object_get_member (object, "name"), &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 11);
  wm_json_positions_lookup (positions, json_array_get_element (list, 1), &line, &column);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 5);
  wm_json_positions_lookup (positions,
                            json_object_get_member (json_array_get_object_element (list, 1), "x"),
                            &line, &column);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 11);
}

static void
test_write_layout (void)
{
  g_autoptr(JsonNode) node = parse_ok ("{\"b\": [1, \"two\", {}, []], \"a\": {\"q\": \"\\\"\\\\\\n\\u0001é\"},"
                                       " \"n\": null, \"t\": true}");
  g_autofree char *text = write_node (node);

  /* Member order is kept (not sorted); layout is Python's json.dumps(indent=2). */
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"b\": [\n"
                   "    1,\n"
                   "    \"two\",\n"
                   "    {},\n"
                   "    []\n"
                   "  ],\n"
                   "  \"a\": {\n"
                   "    \"q\": \"\\\"\\\\\\n\\u0001é\"\n"
                   "  },\n"
                   "  \"n\": null,\n"
                   "  \"t\": true\n"
                   "}\n");
}

static void
test_write_doubles (void)
{
  struct { double value; const char *text; } cases[] = {
    { 0.0, "0" }, { -0.0, "0" }, { 3.0, "3" }, { 2.5, "2.5" }, { 0.1, "0.1" },
    { -17.25, "-17.25" }, { 1.0 / 3.0, "0.3333333333333333" }, { 1e-5, "1e-05" },
    { 1e20, "1e+20" }, { 123456.789, "123456.789" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wm_json_format_double (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, cases[i].value);
    }
}

/* Whatever the parser accepts, json-glib's own parser reads as the same tree, and writing then
 * parsing gives the tree back. */
static void
test_agrees_with_json_glib (void)
{
  const char *docs[] = {
    "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": -0.5, \"e\": \"\\u2028 \\\" \\/\"}",
    "[[], {}, [[[]]], \"\", 0, 1e-7, 12345678901234]",
    "{\"unicode\": \"日本語 Ünïcödé 😀\", \"nested\": {\"x\": {\"y\": {\"z\": null}}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) ours = parse_ok (docs[i]);
      g_autofree char *written = write_node (ours);
      g_autoptr(JsonNode) again = parse_ok (written);

      json_parser_load_from_data (parser, docs[i], -1, &error);
      g_assert_no_error (error);
      g_assert_true (json_node_equal (ours, json_parser_get_root (parser)));
      g_assert_true (json_node_equal (ours, again));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/parse/values", test_parse_values);
  g_test_add_func ("/json/parse/surrogates", test_parse_surrogates);
  g_test_add_func ("/json/parse/bom", test_parse_bom);
  g_test_add_func ("/json/parse/errors", test_parse_errors);
  g_test_add_func ("/json/parse/deep-nesting", test_parse_deep_nesting);
  g_test_add_func ("/json/parse/too-many-values", test_parse_too_many_values);
  g_test_add_func ("/json/parse/positions", test_positions);
  g_test_add_func ("/json/write/layout", test_write_layout);
  g_test_add_func ("/json/write/doubles", test_write_doubles);
  g_test_add_func ("/json/agrees-with-json-glib", test_agrees_with_json_glib);

  return g_test_run ();
}
