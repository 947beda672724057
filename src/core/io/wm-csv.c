/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-csv.h"

/* Comma-separated values as RFC 4180 has them and spreadsheets write them: fields quoted with
 * '"' (a quote inside doubled) may hold the delimiter and line breaks; lines end in CRLF, LF
 * or CR; UTF-8 with or without a byte order mark; comma or semicolon (what spreadsheets in
 * locales with a decimal comma write). Every row must have as many fields as the header.
 * Rows and columns in messages count from 1, as a spreadsheet shows them: the header is row 1,
 * a record that spans lines is one row, and blank lines (which are skipped) still count.
 */

/* Formula injection: a spreadsheet runs a cell that starts with "=", "+", "-" or "@" (or a
 * tab or carriage return before one) as a formula, so a card reading "=HYPERLINK(…)" in a map
 * shared by mail would run on the computer of whoever opens its CSV. The writer puts a "'"
 * before such a text, which spreadsheets show as text, and the reader takes one "'" away
 * again. A text that already starts with "'" and then such a character gets one more, so
 * reading gives back exactly what was written. Plain numbers ("-5", "+2,5 %") stay numbers. */
static gboolean
looks_like_number (const char *text)
{
  gboolean digit = FALSE;

  for (; *text != '\0'; text++)
    {
      if (g_ascii_isdigit (*text))
        digit = TRUE;
      else if (strchr (".,% ", *text) == NULL)
        return FALSE;
    }

  return digit;
}

static gboolean
starts_formula (const char *text)
{
  while (*text == '\'')
    text++;
  if (*text == '+' || *text == '-')
    return !looks_like_number (text + 1);

  return *text != '\0' && strchr ("=@\t\r", *text) != NULL;
}

struct _WmCsvTable
{
  gatomicrefcount  ref_count;
  char             delimiter;
  guint            n_columns;
  GPtrArray       *rows;         /* of GStrv, the header first */
  GArray          *row_numbers;  /* guint, as a spreadsheet numbers each row */
};

G_DEFINE_BOXED_TYPE (WmCsvTable, wm_csv_table, wm_csv_table_ref, wm_csv_table_unref)

G_DEFINE_QUARK (wm-csv-error-quark, wm_csv_error)

typedef struct
{
  const char *text;
  gsize       length;
  gsize       pos;
  char        delimiter;
  guint       row;        /* spreadsheet row of the record being read */
  guint       column;     /* 1-based column of the field being read */
  guint      *error_row;
  guint      *error_column;
} Reader;

/**
 * wm_csv_column_name:
 * @column: 1-based
 *
 * Returns: (transfer full): the column's letters as spreadsheets name it: A … Z, AA, AB, …
 */
char *
wm_csv_column_name (guint column)
{
  char buffer[16];
  guint i = sizeof buffer - 1;

  g_return_val_if_fail (column > 0, NULL);

  buffer[i] = '\0';
  while (column > 0 && i > 0)
    {
      column--;
      buffer[--i] = 'A' + column % 26;
      column /= 26;
    }

  return g_strdup (buffer + i);
}

static gboolean G_GNUC_PRINTF (5, 6)
fail (Reader     *reader,
      guint       column,
      GError    **error,
      WmCsvError  code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *letters = wm_csv_column_name (MAX (column, 1));
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (reader->error_row != NULL)
    *reader->error_row = reader->row;
  if (reader->error_column != NULL)
    *reader->error_column = MAX (column, 1);
  /* Translators: the place of a problem in a CSV file: "Row 3, column B: message" */
  g_set_error (error, WM_CSV_ERROR, code, _("Row %u, column %s: %s"), reader->row, letters,
               message);

  return FALSE;
}

static gboolean
at_line_end (Reader *reader)
{
  return reader->pos >= reader->length
         || reader->text[reader->pos] == '\n' || reader->text[reader->pos] == '\r';
}

static void
skip_line_end (Reader *reader)
{
  if (reader->pos < reader->length && reader->text[reader->pos] == '\r')
    reader->pos++;
  if (reader->pos < reader->length && reader->text[reader->pos] == '\n')
    reader->pos++;
}

/* Reads one field at pos, leaving pos on the delimiter, the line end or the end. */
static char *
read_field (Reader  *reader,
            GError **error)
{
  g_autoptr(GString) field = g_string_new (NULL);
  const char *text = reader->text;

  if (reader->pos < reader->length && text[reader->pos] == '"')
    {
      reader->pos++;
      for (;;)
        {
          if (reader->pos >= reader->length)
            {
              fail (reader, reader->column, error, WM_CSV_ERROR_SYNTAX,
                    _("the quoted field has no closing quote"));
              return NULL;
            }
          if (text[reader->pos] == '"')
            {
              if (reader->pos + 1 < reader->length && text[reader->pos + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  reader->pos += 2;
                  continue;
                }
              reader->pos++;
              break;
            }
          g_string_append_c (field, text[reader->pos]);
          reader->pos++;
          if (field->len > WM_CSV_MAX_FIELD)
            {
              fail (reader, reader->column, error, WM_CSV_ERROR_TOO_LARGE,
                    _("the field is longer than %u bytes"), (guint) WM_CSV_MAX_FIELD);
              return NULL;
            }
        }

      if (!at_line_end (reader) && text[reader->pos] != reader->delimiter)
        {
          fail (reader, reader->column, error, WM_CSV_ERROR_SYNTAX,
                _("a closing quote must end the field; write a quote inside a quoted field "
                  "as two quotes"));
          return NULL;
        }
    }
  else
    {
      /* A quote inside an unquoted field is taken as it is, as spreadsheets do. */
      while (!at_line_end (reader) && text[reader->pos] != reader->delimiter)
        {
          g_string_append_c (field, text[reader->pos]);
          reader->pos++;
        }
      if (field->len > WM_CSV_MAX_FIELD)
        {
          fail (reader, reader->column, error, WM_CSV_ERROR_TOO_LARGE,
                _("the field is longer than %u bytes"), (guint) WM_CSV_MAX_FIELD);
          return NULL;
        }
    }

  if (!g_utf8_validate_len (field->str, field->len, NULL))
    {
      fail (reader, reader->column, error, WM_CSV_ERROR_ENCODING,
            _("the text is not valid UTF-8; save the file as “CSV UTF-8”"));
      return NULL;
    }

  if (field->str[0] == '\'' && starts_formula (field->str))
    g_string_erase (field, 0, 1);

  return g_string_free (g_steal_pointer (&field), FALSE);
}

/* Reads a record; returns NULL with @error set on a problem, or an empty array on a blank line. */
static GPtrArray *
read_record (Reader  *reader,
             GError **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

  if (at_line_end (reader))
    {
      skip_line_end (reader);
      return g_steal_pointer (&fields);
    }

  reader->column = 1;
  for (;;)
    {
      char *field = read_field (reader, error);

      if (field == NULL)
        return NULL;
      g_ptr_array_add (fields, field);
      if (fields->len > WM_CSV_MAX_COLUMNS)
        {
          fail (reader, reader->column, error, WM_CSV_ERROR_TOO_LARGE,
                _("a row may have at most %u columns"), (guint) WM_CSV_MAX_COLUMNS);
          return NULL;
        }
      if (at_line_end (reader))
        break;
      reader->pos++;  /* the delimiter */
      reader->column++;
    }
  skip_line_end (reader);

  return g_steal_pointer (&fields);
}

/* The delimiter that occurs more often outside quotes in the first record; comma on a tie. */
static char
detect_delimiter (const char *text,
                  gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0;
  guint semicolons = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

/**
 * wm_csv_read:
 * @bytes: the file's contents
 * @delimiter: ',' or ';', or 0 to take the one the header row uses
 * @error_row: (out) (optional): on failure, the 1-based row of the problem
 * @error_column: (out) (optional): on failure, its 1-based column
 *
 * Reads a table whose first row is the header. The error message names the row and the column
 * (as letters) of the problem.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
WmCsvTable *
wm_csv_read (GBytes  *bytes,
             char     delimiter,
             guint   *error_row,
             guint   *error_column,
             GError **error)
{
  g_autoptr(WmCsvTable) table = NULL;
  Reader reader = { 0 };
  gsize length;
  const char *text;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (delimiter == 0 || delimiter == ',' || delimiter == ';', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = "";
  reader.row = 1;
  reader.error_row = error_row;
  reader.error_column = error_column;

  if (length > WM_CSV_MAX_BYTES)
    {
      fail (&reader, 1, error, WM_CSV_ERROR_TOO_LARGE,
            _("the file is larger than %u MiB"), (guint) (WM_CSV_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  reader.text = text;
  reader.length = length;
  reader.delimiter = delimiter != 0 ? delimiter : detect_delimiter (text, length);

  table = g_atomic_rc_box_new0 (WmCsvTable);
  table->delimiter = reader.delimiter;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  while (reader.pos < reader.length)
    {
      g_autoptr(GPtrArray) fields = read_record (&reader, error);

      if (fields == NULL)
        return NULL;

      if (fields->len > 0)
        {
          if (table->rows->len == 0)
            {
              table->n_columns = fields->len;
            }
          else if (fields->len != table->n_columns)
            {
              guint column = MIN (fields->len, table->n_columns) + 1;

              if (fields->len > table->n_columns)
                fail (&reader, column, error, WM_CSV_ERROR_RAGGED,
                      _("the row has %u fields but the header has %u; quote fields that "
                        "contain “%c”"), fields->len, table->n_columns, reader.delimiter);
              else
                fail (&reader, column, error, WM_CSV_ERROR_RAGGED,
                      _("the row has %u fields but the header has %u"), fields->len,
                      table->n_columns);
              return NULL;
            }
          if (table->rows->len >= WM_CSV_MAX_ROWS)
            {
              fail (&reader, 1, error, WM_CSV_ERROR_TOO_LARGE,
                    _("a file may have at most %u rows"), (guint) WM_CSV_MAX_ROWS);
              return NULL;
            }
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (table->rows, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
          g_array_append_val (table->row_numbers, reader.row);
        }
      reader.row++;
    }

  if (table->rows->len == 0)
    {
      reader.row = 1;
      fail (&reader, 1, error, WM_CSV_ERROR_EMPTY, _("the file is empty; it needs a header row"));
      return NULL;
    }

  return g_steal_pointer (&table);
}

static void
table_clear (WmCsvTable *self)
{
  g_ptr_array_unref (self->rows);
  g_array_unref (self->row_numbers);
}

WmCsvTable *
wm_csv_table_ref (WmCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
wm_csv_table_unref (WmCsvTable *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) table_clear);
}

char
wm_csv_table_get_delimiter (WmCsvTable *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

/**
 * wm_csv_table_get_n_rows:
 *
 * Returns: the number of rows, the header included
 */
guint
wm_csv_table_get_n_rows (WmCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
wm_csv_table_get_n_columns (WmCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

/**
 * wm_csv_table_get:
 * @row: 0-based; 0 is the header
 * @column: 0-based
 *
 * Returns: (transfer none): the field's text
 */
const char *
wm_csv_table_get (WmCsvTable *self,
                  guint       row,
                  guint       column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return ((char **) self->rows->pdata[row])[column];
}

/**
 * wm_csv_table_get_row_number:
 * @row: 0-based index of a row in the table
 *
 * Returns: the row's number as a spreadsheet shows it (blank lines count, a record that spans
 *   lines is one row)
 */
guint
wm_csv_table_get_row_number (WmCsvTable *self,
                             guint       row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->row_numbers, guint, row);
}

/**
 * wm_csv_append_row:
 * @out: where to write
 * @fields: (array length=n_fields): the fields
 * @delimiter: ',' or ';'
 *
 * Writes one record ending in CRLF, quoting the fields that need it: those holding the
 * delimiter, a quote, a line break, or leading or trailing spaces. A field a spreadsheet
 * would take for a formula gets a "'" before it, which wm_csv_read() takes away.
 */
void
wm_csv_append_row (GString            *out,
                   const char * const *fields,
                   guint               n_fields,
                   char                delimiter)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *guarded = NULL;
      const char *field = fields[i] != NULL ? fields[i] : "";
      gsize length;
      gboolean quote;

      if (starts_formula (field))
        field = guarded = g_strconcat ("'", field, NULL);
      length = strlen (field);
      quote = length > 0 && (field[0] == ' ' || field[length - 1] == ' ');

      for (const char *p = field; *p != '\0' && !quote; p++)
        quote = *p == delimiter || *p == '"' || *p == '\n' || *p == '\r';

      if (i > 0)
        g_string_append_c (out, delimiter);
      if (!quote)
        {
          g_string_append_len (out, field, length);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
