/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "wm-csv.h"

/* The CSV reader and writer: RFC 4180 quoting, line ends, BOM, delimiters, and errors that
 * name the row and the column as a spreadsheet shows them. */

static WmCsvTable *
read_text (const char *text,
           gssize      length,
           char        delimiter,
           guint      *row,
           guint      *column,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return wm_csv_read (bytes, delimiter, row, column, error);
}

static void
assert_row (WmCsvTable         *table,
            guint               row,
            const char * const *expected)
{
  g_assert_cmpuint (g_strv_length ((char **) expected), ==, wm_csv_table_get_n_columns (table));
  for (guint c = 0; expected[c] != NULL; c++)
    g_assert_cmpstr (wm_csv_table_get (table, row, c), ==, expected[c]);
}

static void
test_plain (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = read_text ("step,nps\nSee an ad,12\nCheckout,-3\n", -1, 0,
                                           NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (wm_csv_table_get_delimiter (table), ==, ',');
  g_assert_cmpuint (wm_csv_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, (const char *[]) { "step", "nps", NULL });
  assert_row (table, 1, (const char *[]) { "See an ad", "12", NULL });
  assert_row (table, 2, (const char *[]) { "Checkout", "-3", NULL });
  g_assert_cmpuint (wm_csv_table_get_row_number (table, 2), ==, 3);
}

static void
test_quotes (void)
{
  g_autoptr(GError) error = NULL;
  /* CRLF, a quoted field with a doubled quote, a delimiter and a line break, an empty last
   * field, and no line end at the end. */
  g_autoptr(WmCsvTable) table = read_text ("a,b,c\r\n\"say \"\"hi\"\"\",\"x, y\",\r\n"
                                           "\"two\r\nlines\",\"\",z", -1, 0, NULL, NULL,
                                           &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wm_csv_table_get_n_rows (table), ==, 3);
  assert_row (table, 1, (const char *[]) { "say \"hi\"", "x, y", "", NULL });
  assert_row (table, 2, (const char *[]) { "two\r\nlines", "", "z", NULL });
  /* A record spanning two lines is one row. */
  g_assert_cmpuint (wm_csv_table_get_row_number (table, 2), ==, 3);
}

static void
test_bom_and_semicolon (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = read_text ("\xef\xbb\xbfSchritt;Zufriedenheit\n"
                                           "Kasse;4,5\n", -1, 0, NULL, NULL, &error);
  g_autoptr(WmCsvTable) forced = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (wm_csv_table_get_delimiter (table), ==, ';');
  /* The BOM is not part of the first header. */
  assert_row (table, 0, (const char *[]) { "Schritt", "Zufriedenheit", NULL });
  assert_row (table, 1, (const char *[]) { "Kasse", "4,5", NULL });

  /* A comma inside quotes does not count when detecting; a given delimiter wins. */
  g_clear_pointer (&table, wm_csv_table_unref);
  table = read_text ("\"a,b,c\";d\n1;2\n", -1, 0, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_row (table, 0, (const char *[]) { "a,b,c", "d", NULL });
  forced = read_text ("a;b,c\n1;2,3\n", -1, ',', NULL, NULL, &error);
  g_assert_no_error (error);
  assert_row (forced, 1, (const char *[]) { "1;2", "3", NULL });
}

static void
test_blank_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = read_text ("a,b\n\n1,2\r\n\r\n3,4\n\n\n", -1, 0, NULL, NULL,
                                           &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wm_csv_table_get_n_rows (table), ==, 3);
  /* Blank lines still count, as in a spreadsheet. */
  g_assert_cmpuint (wm_csv_table_get_row_number (table, 1), ==, 3);
  g_assert_cmpuint (wm_csv_table_get_row_number (table, 2), ==, 5);
}

static void
assert_fails (const char *text,
              gssize      length,
              WmCsvError  code,
              guint       row,
              guint       column,
              const char *place)
{
  g_autoptr(GError) error = NULL;
  guint error_row = 0;
  guint error_column = 0;
  g_autoptr(WmCsvTable) table = read_text (text, length, 0, &error_row, &error_column, &error);

  g_assert_null (table);
  g_assert_error (error, WM_CSV_ERROR, (int) code);
  g_assert_cmpuint (error_row, ==, row);
  g_assert_cmpuint (error_column, ==, column);
  g_assert_true (g_str_has_prefix (error->message, place));
}

static void
test_errors (void)
{
  /* Ragged rows: too few and too many fields, named by the first missing or extra one. */
  assert_fails ("a,b,c\n1,2,3\n4,5\n", -1, WM_CSV_ERROR_RAGGED, 3, 3, "Row 3, column C:");
  assert_fails ("a,b\n1,2\n\"multi\nline\",2\n4,5,6\n", -1, WM_CSV_ERROR_RAGGED, 4, 3,
                "Row 4, column C:");
  /* Quotes out of place. */
  assert_fails ("a,b\n1,\"2\"x\n", -1, WM_CSV_ERROR_SYNTAX, 2, 2, "Row 2, column B:");
  assert_fails ("a,b\n1,\"open\n\n", -1, WM_CSV_ERROR_SYNTAX, 2, 2, "Row 2, column B:");
  /* Not UTF-8 (Latin-1 "é"), and a NUL byte. */
  assert_fails ("a,b\n1,caf\xe9\n", -1, WM_CSV_ERROR_ENCODING, 2, 2, "Row 2, column B:");
  assert_fails ("a,b\n1,x\0y\n", 10, WM_CSV_ERROR_ENCODING, 2, 2, "Row 2, column B:");
  /* Nothing at all, or only a BOM. */
  assert_fails ("", -1, WM_CSV_ERROR_EMPTY, 1, 1, "Row 1, column A:");
  assert_fails ("\xef\xbb\xbf\n\n", -1, WM_CSV_ERROR_EMPTY, 1, 1, "Row 1, column A:");
}

static void
test_limits (void)
{
  g_autoptr(GString) wide = g_string_new ("a");
  g_autoptr(GString) big_field = g_string_new ("a\n\"");

  for (guint i = 0; i < WM_CSV_MAX_COLUMNS; i++)
    g_string_append (wide, ",a");
  assert_fails (wide->str, -1, WM_CSV_ERROR_TOO_LARGE, 1, WM_CSV_MAX_COLUMNS + 1,
                "Row 1, column ");

  for (guint i = 0; i <= WM_CSV_MAX_FIELD; i++)
    g_string_append_c (big_field, 'x');
  assert_fails (big_field->str, -1, WM_CSV_ERROR_TOO_LARGE, 2, 1, "Row 2, column A:");
}

static void
test_column_names (void)
{
  const struct
  {
    guint       column;
    const char *name;
  } cases[] = { { 1, "A" }, { 26, "Z" }, { 27, "AA" }, { 52, "AZ" }, { 703, "AAA" } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = wm_csv_column_name (cases[i].column);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_write_round_trip (void)
{
  const char * const fields[] = { "plain", "with, comma", "with \"quotes\"", "two\nlines",
                                  " padded ", "", "semi;colon" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmCsvTable) table = NULL;

  wm_csv_append_row (out, fields, G_N_ELEMENTS (fields), ',');
  wm_csv_append_row (out, fields, G_N_ELEMENTS (fields), ',');
  g_assert_cmpstr (out->str, ==,
                   "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\" padded \",,"
                   "semi;colon\r\n"
                   "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\" padded \",,"
                   "semi;colon\r\n");

  bytes = g_bytes_new (out->str, out->len);
  table = wm_csv_read (bytes, ',', NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_csv_table_get_n_rows (table), ==, 2);
  for (guint c = 0; c < G_N_ELEMENTS (fields); c++)
    g_assert_cmpstr (wm_csv_table_get (table, 1, c), ==, fields[c]);

  g_string_truncate (out, 0);
  wm_csv_append_row (out, fields, G_N_ELEMENTS (fields), ';');
  g_assert_nonnull (strstr (out->str, "\"semi;colon\""));
  g_assert_nonnull (strstr (out->str, ";with, comma;"));
}

/* Texts a spreadsheet would run as formulas are written with a "'" before them, and read
 * back without it; numbers and ordinary texts are written as they are. */
static void
test_formula_guard (void)
{
  const struct { const char *text; const char *written; } cases[] = {
    { "=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"" },
    { "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
    { "-2+3", "'-2+3" },
    { "- a bullet", "'- a bullet" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\t=1", "'\t=1" },
    { "'=already quoted", "''=already quoted" },
    { "-5", "-5" },
    { "+2,5 %", "\"+2,5 %\"" },
    { "don't", "don't" },
    { "'quoted'", "'quoted'" },
    { "a=b", "a=b" },
    { "-", "'-" },
    { "'", "'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char * const header[] = { "text" };
      const char * const row[] = { cases[i].text };
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(WmCsvTable) table = NULL;
      g_autofree char *expected = g_strconcat ("text\r\n", cases[i].written, "\r\n", NULL);

      wm_csv_append_row (out, header, 1, ',');
      wm_csv_append_row (out, row, 1, ',');
      g_assert_cmpstr (out->str, ==, expected);

      bytes = g_bytes_new (out->str, out->len);
      table = wm_csv_read (bytes, ',', NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (wm_csv_table_get (table, 1, 0), ==, cases[i].text);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/bom-and-semicolon", test_bom_and_semicolon);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/errors", test_errors);
  g_test_add_func ("/csv/limits", test_limits);
  g_test_add_func ("/csv/column-names", test_column_names);
  g_test_add_func ("/csv/write-round-trip", test_write_round_trip);
  g_test_add_func ("/csv/formula-guard", test_formula_guard);

  return g_test_run ();
}
