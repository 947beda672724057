/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-json-parser.h"

/* A strict RFC 8259 parser that builds json-glib nodes and remembers where each value started.
 *
 * json-glib 1.6 would do the parsing, but it recurses without limit (deep nesting crashes it),
 * accepts single-quoted strings and raw control characters, keeps the last of duplicate
 * members silently, and cannot tell where a value was once parsing is done. Error messages
 * that point at a line and column need the last, and hostile files need the others.
 */

/* Positions are packed as line << 32 | column in a pointer-sized value. */
G_STATIC_ASSERT (sizeof (gsize) >= 8);

struct _WmJsonPositions
{
  GHashTable *table;  /* JsonNode* → line << 32 | column */
};

typedef struct
{
  const char      *data;
  const char      *end;
  const char      *p;
  guint            line;
  const char      *line_start;
  const char      *column_mark;  /* column_count is the column of this byte */
  guint            column_count;
  guint            depth;
  guint            n_values;
  WmJsonPositions *positions;
  GString         *text;         /* the last string read, reused to save allocations */
  GError          *error;
  guint            error_line;
  guint            error_column;
} Parser;

G_DEFINE_QUARK (wm-json-parser-error-quark, wm_json_parser_error)

static guint
column_at (Parser     *self,
           const char *at)
{
  /* Columns count characters. Positions only move forward within a line, so count from the
   * last answer rather than from the start of the line (long one-line files stay linear). */
  if (self->column_mark < self->line_start || self->column_mark > at)
    {
      self->column_mark = self->line_start;
      self->column_count = 1;
    }
  for (const char *q = self->column_mark; q < at; q++)
    if (((guchar) *q & 0xc0) != 0x80)
      self->column_count++;
  self->column_mark = at;

  return self->column_count;
}

G_GNUC_PRINTF (3, 4)
static void
fail (Parser     *self,
      int         code,
      const char *format,
      ...)
{
  va_list args;

  if (self->error != NULL)
    return;

  va_start (args, format);
  self->error = g_error_new_valist (WM_JSON_PARSER_ERROR, code, format, args);
  va_end (args);
  self->error_line = self->line;
  self->error_column = column_at (self, MIN (self->p, self->end));
}

static void
skip_whitespace (Parser *self)
{
  while (self->p < self->end)
    {
      char c = *self->p;

      if (c == '\n')
        {
          self->line++;
          self->line_start = self->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      self->p++;
    }
}

static void
remember (Parser     *self,
          JsonNode   *node,
          guint       line,
          guint       column)
{
  if (self->positions != NULL)
    g_hash_table_insert (self->positions->table, node,
                         GSIZE_TO_POINTER (((gsize) line << 32) | column));
}

static const char *
describe_byte (char c)
{
  static char buf[16];

  if (c >= 0x20 && c < 0x7f)
    g_snprintf (buf, sizeof buf, "'%c'", c);
  else
    g_snprintf (buf, sizeof buf, "0x%02x", (guchar) c);

  return buf;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Errors inside an escape point at its backslash, @escape. */
static gboolean
read_hex4 (Parser     *self,
           const char *escape,
           gunichar   *out)
{
  gunichar v = 0;

  if (self->end - self->p < 4)
    {
      self->p = escape;
      fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("incomplete \\u escape"));
      return FALSE;
    }
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (self->p[i]);

      if (h < 0)
        {
          self->p = escape;
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("invalid \\u escape"));
          return FALSE;
        }
      v = (v << 4) | (gunichar) h;
    }
  self->p += 4;
  *out = v;

  return TRUE;
}

/* Reads a string starting at the opening quote into self->text (valid until the next
 * string is read); returns it, or %NULL on error. Most strings of a file are plain ASCII
 * without escapes: they are copied once, and only text with other bytes is validated. */
static const char *
read_string (Parser *self)
{
  GString *s = self->text;
  const char *run;
  guchar high = 0;

  g_assert (*self->p == '"');
  self->p++;

  g_string_truncate (s, 0);
  run = self->p;

  while (self->p < self->end)
    {
      guchar c = (guchar) *self->p;

      if (c == '"')
        {
          g_string_append_len (s, run, self->p - run);
          self->p++;
          if ((high & 0x80) && !g_utf8_validate_len (s->str, s->len, NULL))
            {
              fail (self, WM_JSON_PARSER_ERROR_ENCODING, _("the text is not valid UTF-8"));
              break;
            }
          return s->str;
        }
      else if (c == '\\')
        {
          const char *escape = self->p;
          char e;

          g_string_append_len (s, run, self->p - run);
          self->p++;
          if (self->p >= self->end)
            break;
          e = *self->p++;
          switch (e)
            {
            case '"': g_string_append_c (s, '"'); break;
            case '\\': g_string_append_c (s, '\\'); break;
            case '/': g_string_append_c (s, '/'); break;
            case 'b': g_string_append_c (s, '\b'); break;
            case 'f': g_string_append_c (s, '\f'); break;
            case 'n': g_string_append_c (s, '\n'); break;
            case 'r': g_string_append_c (s, '\r'); break;
            case 't': g_string_append_c (s, '\t'); break;
            case 'u':
              {
                gunichar u;

                if (!read_hex4 (self, escape, &u))
                  goto failed;
                if (u >= 0xd800 && u <= 0xdbff)
                  {
                    gunichar low;

                    if (self->end - self->p < 2 || self->p[0] != '\\' || self->p[1] != 'u')
                      {
                        self->p = escape;
                        fail (self, WM_JSON_PARSER_ERROR_ENCODING,
                              _("a \\u escape for half of a surrogate pair"));
                        goto failed;
                      }
                    self->p += 2;
                    if (!read_hex4 (self, escape, &low))
                      goto failed;
                    if (low < 0xdc00 || low > 0xdfff)
                      {
                        self->p = escape;
                        fail (self, WM_JSON_PARSER_ERROR_ENCODING,
                              _("a \\u escape for half of a surrogate pair"));
                        goto failed;
                      }
                    u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                  }
                else if (u >= 0xdc00 && u <= 0xdfff)
                  {
                    self->p = escape;
                    fail (self, WM_JSON_PARSER_ERROR_ENCODING,
                          _("a \\u escape for half of a surrogate pair"));
                    goto failed;
                  }
                else if (u == 0)
                  {
                    /* Strings are C strings in the model; a NUL would cut them silently. */
                    self->p = escape;
                    fail (self, WM_JSON_PARSER_ERROR_ENCODING, _("a NUL character in text"));
                    goto failed;
                  }
                g_string_append_unichar (s, u);
              }
              break;
            default:
              self->p = escape;
              fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("invalid escape \\%s in text"),
                    describe_byte (e));
              goto failed;
            }
          run = self->p;
        }
      else if (c < 0x20)
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX,
                c == '\n' ? _("a line break inside text (write it as \\n)")
                          : _("a control character inside text"));
          goto failed;
        }
      else
        {
          high |= c;
          self->p++;
        }

      if (s->len + (gsize) (self->p - run) > WM_JSON_MAX_STRING)
        {
          fail (self, WM_JSON_PARSER_ERROR_LIMIT, _("a text longer than %d MiB"),
                WM_JSON_MAX_STRING / (1024 * 1024));
          goto failed;
        }
    }

  fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the file ends inside a text"));

failed:
  return NULL;
}

static JsonNode *
read_number (Parser *self)
{
  const char *start = self->p;
  gboolean integral = TRUE;
  g_autofree char *long_text = NULL;
  char short_text[64];
  const char *text;
  JsonNode *node;

  if (self->p < self->end && *self->p == '-')
    self->p++;
  if (self->p >= self->end || !g_ascii_isdigit (*self->p))
    {
      fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("invalid number"));
      return NULL;
    }
  if (*self->p == '0')
    {
      self->p++;
      if (self->p < self->end && g_ascii_isdigit (*self->p))
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("a number with a leading zero"));
          return NULL;
        }
    }
  else
    {
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }
  if (self->p < self->end && *self->p == '.')
    {
      integral = FALSE;
      self->p++;
      if (self->p >= self->end || !g_ascii_isdigit (*self->p))
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("invalid number"));
          return NULL;
        }
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }
  if (self->p < self->end && (*self->p == 'e' || *self->p == 'E'))
    {
      integral = FALSE;
      self->p++;
      if (self->p < self->end && (*self->p == '+' || *self->p == '-'))
        self->p++;
      if (self->p >= self->end || !g_ascii_isdigit (*self->p))
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("invalid number"));
          return NULL;
        }
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }

  if ((gsize) (self->p - start) < sizeof short_text)
    {
      memcpy (short_text, start, self->p - start);
      short_text[self->p - start] = '\0';
      text = short_text;
    }
  else
    {
      text = long_text = g_strndup (start, self->p - start);
    }
  node = json_node_alloc ();

  if (integral)
    {
      gint64 v;

      errno = 0;
      v = g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        return json_node_init_int (node, v);
      /* Too large for 64 bits: keep it as a floating-point number. */
    }

  {
    double d;

    errno = 0;
    d = g_ascii_strtod (text, NULL);
    if (!isfinite (d))
      {
        json_node_unref (node);
        self->p = start;
        fail (self, WM_JSON_PARSER_ERROR_LIMIT, _("a number too large to represent"));
        return NULL;
      }
    return json_node_init_double (node, d);
  }
}

static gboolean
expect_word (Parser     *self,
             const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (self->end - self->p) >= len && memcmp (self->p, word, len) == 0)
    {
      self->p += len;
      return TRUE;
    }

  fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("unexpected %s"), describe_byte (*self->p));
  return FALSE;
}

static JsonNode *read_value (Parser *self);

static JsonNode *
read_array (Parser *self)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_init_array (json_node_alloc (), array);

  json_array_unref (array);
  self->p++;
  skip_whitespace (self);

  if (self->p < self->end && *self->p == ']')
    {
      self->p++;
      return node;
    }

  for (;;)
    {
      JsonNode *element = read_value (self);

      if (element == NULL)
        break;
      json_array_add_element (array, element);

      skip_whitespace (self);
      if (self->p >= self->end)
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the file ends inside a list"));
          break;
        }
      if (*self->p == ']')
        {
          self->p++;
          return node;
        }
      if (*self->p != ',')
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("expected ',' or ']' but found %s"),
                describe_byte (*self->p));
          break;
        }
      self->p++;
      skip_whitespace (self);
      if (self->p < self->end && *self->p == ']')
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("a comma before ']'"));
          break;
        }
    }

  json_node_unref (node);
  return NULL;
}

static JsonNode *
read_object (Parser *self)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  self->p++;
  skip_whitespace (self);

  if (self->p < self->end && *self->p == '}')
    {
      self->p++;
      return node;
    }

  for (;;)
    {
      g_autofree char *long_name = NULL;
      char short_name[64];
      const char *name;
      const char *name_start = self->p;
      guint name_line = self->line;
      JsonNode *member;

      if (self->p >= self->end)
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the file ends inside an object"));
          break;
        }
      if (*self->p != '"')
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("expected a member name in double quotes but found %s"),
                describe_byte (*self->p));
          break;
        }
      name = read_string (self);
      if (name == NULL)
        break;
      /* Reading the value reuses self->text: keep the name (on the stack when short). */
      if (self->text->len < sizeof short_name)
        name = memcpy (short_name, name, self->text->len + 1);
      else
        name = long_name = g_strndup (name, self->text->len);
      if (json_object_has_member (object, name))
        {
          self->p = name_start;
          self->line = name_line;
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the member \"%s\" appears twice"), name);
          break;
        }

      skip_whitespace (self);
      if (self->p >= self->end || *self->p != ':')
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("expected ':' after a member name"));
          break;
        }
      self->p++;

      member = read_value (self);
      if (member == NULL)
        break;
      json_object_set_member (object, name, member);

      skip_whitespace (self);
      if (self->p >= self->end)
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the file ends inside an object"));
          break;
        }
      if (*self->p == '}')
        {
          self->p++;
          return node;
        }
      if (*self->p != ',')
        {
          fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("expected ',' or '}' but found %s"),
                describe_byte (*self->p));
          break;
        }
      self->p++;
      skip_whitespace (self);
    }

  json_node_unref (node);
  return NULL;
}

static JsonNode *
read_value (Parser *self)
{
  JsonNode *node = NULL;
  guint line, column;

  skip_whitespace (self);
  if (self->p >= self->end)
    {
      fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("the file ends where a value was expected"));
      return NULL;
    }

  if (++self->n_values > WM_JSON_MAX_VALUES)
    {
      fail (self, WM_JSON_PARSER_ERROR_LIMIT, _("more than %d values"), WM_JSON_MAX_VALUES);
      return NULL;
    }

  line = self->line;
  column = column_at (self, self->p);

  switch (*self->p)
    {
    case '{':
    case '[':
      if (++self->depth > WM_JSON_MAX_DEPTH)
        {
          fail (self, WM_JSON_PARSER_ERROR_LIMIT, _("nested deeper than %d levels"),
                WM_JSON_MAX_DEPTH);
          return NULL;
        }
      node = *self->p == '{' ? read_object (self) : read_array (self);
      self->depth--;
      break;

    case '"':
      {
        const char *s = read_string (self);

        if (s != NULL)
          node = json_node_init_string (json_node_alloc (), s);
      }
      break;

    case 't':
      if (expect_word (self, "true"))
        node = json_node_init_boolean (json_node_alloc (), TRUE);
      break;

    case 'f':
      if (expect_word (self, "false"))
        node = json_node_init_boolean (json_node_alloc (), FALSE);
      break;

    case 'n':
      if (expect_word (self, "null"))
        node = json_node_init_null (json_node_alloc ());
      break;

    default:
      if (*self->p == '-' || g_ascii_isdigit (*self->p))
        node = read_number (self);
      else if (*self->p == '\'')
        fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("text must be in double quotes"));
      else if (*self->p == '/')
        fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("comments are not allowed"));
      else
        fail (self, WM_JSON_PARSER_ERROR_SYNTAX, _("unexpected %s"), describe_byte (*self->p));
      break;
    }

  if (node != NULL)
    remember (self, node, line, column);

  return node;
}

/**
 * wm_json_parse:
 * @data: the bytes to parse
 * @length: their length
 * @positions: (out) (optional): where each value starts
 * @error_line: (out) (optional): on error, the 1-based line of the problem
 * @error_column: (out) (optional): on error, its 1-based column in characters
 * @error: return location for a #WmJsonParserError
 *
 * Parses one JSON value (RFC 8259, strictly). A UTF-8 byte order mark is skipped.
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL on error
 */
JsonNode *
wm_json_parse (const char       *data,
               gsize             length,
               WmJsonPositions **positions,
               guint            *error_line,
               guint            *error_column,
               GError          **error)
{
  Parser self = { 0 };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self.data = data;
  self.end = data + length;
  self.p = data;
  self.line = 1;
  self.line_start = data;
  self.column_mark = data;
  self.column_count = 1;
  self.text = g_string_sized_new (256);
  if (positions != NULL)
    {
      self.positions = g_new0 (WmJsonPositions, 1);
      self.positions->table = g_hash_table_new (NULL, NULL);
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      self.p += 3;
      self.line_start = self.p;
      self.column_mark = self.p;
    }

  root = read_value (&self);
  if (root != NULL)
    {
      skip_whitespace (&self);
      if (self.p < self.end)
        {
          fail (&self, WM_JSON_PARSER_ERROR_SYNTAX, _("more content after the end of the document"));
          g_clear_pointer (&root, json_node_unref);
        }
    }

  if (root == NULL)
    {
      g_assert (self.error != NULL);
      if (error_line != NULL)
        *error_line = self.error_line;
      if (error_column != NULL)
        *error_column = self.error_column;
      g_propagate_error (error, self.error);
      g_clear_pointer (&self.positions, wm_json_positions_free);
    }

  if (positions != NULL)
    *positions = self.positions;
  g_string_free (self.text, TRUE);

  return root;
}

/**
 * wm_json_positions_lookup:
 *
 * Returns: whether @node was parsed with @self; its start is then in @line and @column
 */
gboolean
wm_json_positions_lookup (WmJsonPositions *self,
                          JsonNode        *node,
                          guint           *line,
                          guint           *column)
{
  gpointer value;

  if (self == NULL || node == NULL
      || !g_hash_table_lookup_extended (self->table, node, NULL, &value))
    {
      *line = *column = 0;
      return FALSE;
    }

  *line = (guint) (GPOINTER_TO_SIZE (value) >> 32);
  *column = (guint) (GPOINTER_TO_SIZE (value) & 0xffffffff);

  return TRUE;
}

void
wm_json_positions_free (WmJsonPositions *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->table);
  g_free (self);
}
