/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "wm-json-writer.h"

/* Writes JSON the one way Waymark files look: two-space indentation, one member or element per
 * line, `"name": value`, empty containers as `{}` and `[]`, UTF-8 as is (only quotes,
 * backslashes and control characters escaped), numbers in their shortest exact form and a
 * final newline. The same bytes every time is what keeps diffs small.
 */

typedef struct
{
  gboolean is_object;
  guint    count;
} Level;

struct _WmJsonWriter
{
  GString *out;
  GArray  *stack;          /* of Level */
  gboolean after_member;   /* a member name was written; its value follows on the same line */
};

WmJsonWriter *
wm_json_writer_new (void)
{
  WmJsonWriter *self = g_new0 (WmJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->stack = g_array_new (FALSE, FALSE, sizeof (Level));

  return self;
}

void
wm_json_writer_free (WmJsonWriter *self)
{
  if (self == NULL)
    return;

  if (self->out != NULL)
    g_string_free (self->out, TRUE);
  g_array_unref (self->stack);
  g_free (self);
}

static void
indent (WmJsonWriter *self)
{
  static const char spaces[] = "                                                                ";
  gsize n = 2 * (gsize) self->stack->len;

  /* One append for the usual depths rather than one per level. */
  for (; n > sizeof spaces - 1; n -= sizeof spaces - 1)
    g_string_append_len (self->out, spaces, sizeof spaces - 1);
  g_string_append_len (self->out, spaces, n);
}

/* Everything that goes before a value or a member name in the current container. */
static void
separate (WmJsonWriter *self)
{
  Level *level;

  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (self->stack->len == 0)
    return;

  level = &g_array_index (self->stack, Level, self->stack->len - 1);
  g_string_append (self->out, level->count == 0 ? "\n" : ",\n");
  level->count++;
  indent (self);
}

static void
append_escaped (GString    *out,
                const char *s)
{
  const char *run = s;

  g_string_append_c (out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;
      char buf[8];

      /* Nearly every byte is copied as it is. */
      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        continue;

      if (c == '"')
        escape = "\\\"";
      else if (c == '\\')
        escape = "\\\\";
      else if (c == '\n')
        escape = "\\n";
      else if (c == '\r')
        escape = "\\r";
      else if (c == '\t')
        escape = "\\t";
      else if (c == '\b')
        escape = "\\b";
      else if (c == '\f')
        escape = "\\f";
      else if (c < 0x20)
        {
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
        }

      if (escape != NULL)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, escape);
          run = p + 1;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

static void
begin (WmJsonWriter *self,
       gboolean      is_object)
{
  Level level = { is_object, 0 };

  separate (self);
  g_string_append_c (self->out, is_object ? '{' : '[');
  g_array_append_val (self->stack, level);
}

static void
end (WmJsonWriter *self,
     gboolean      is_object)
{
  Level level;

  g_return_if_fail (self->stack->len > 0);

  level = g_array_index (self->stack, Level, self->stack->len - 1);
  g_return_if_fail (level.is_object == is_object);
  g_array_set_size (self->stack, self->stack->len - 1);

  if (level.count > 0)
    {
      g_string_append_c (self->out, '\n');
      indent (self);
    }
  g_string_append_c (self->out, is_object ? '}' : ']');
}

void
wm_json_writer_begin_object (WmJsonWriter *self)
{
  begin (self, TRUE);
}

void
wm_json_writer_end_object (WmJsonWriter *self)
{
  end (self, TRUE);
}

void
wm_json_writer_begin_array (WmJsonWriter *self)
{
  begin (self, FALSE);
}

void
wm_json_writer_end_array (WmJsonWriter *self)
{
  end (self, FALSE);
}

void
wm_json_writer_member (WmJsonWriter *self,
                       const char   *name)
{
  g_return_if_fail (self->stack->len > 0);
  g_return_if_fail (!self->after_member);

  separate (self);
  append_escaped (self->out, name);
  g_string_append_len (self->out, ": ", 2);
  self->after_member = TRUE;
}

void
wm_json_writer_string (WmJsonWriter *self,
                       const char   *value)
{
  separate (self);
  append_escaped (self->out, value);
}

void
wm_json_writer_int (WmJsonWriter *self,
                    gint64        value)
{
  separate (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

/**
 * wm_json_format_double:
 *
 * Formats @value in the fewest digits that read back as the same number; whole numbers of
 * reasonable size without a fraction or exponent (`3`, not `3.0` or `3e+00`).
 *
 * Returns: (transfer full): the text
 */
char *
wm_json_format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (isfinite (value), g_strdup ("0"));

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value == 0 ? 0.0 : value);

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  return g_strdup (buf);
}

void
wm_json_writer_double (WmJsonWriter *self,
                       double        value)
{
  g_autofree char *text = wm_json_format_double (value);

  separate (self);
  g_string_append (self->out, text);
}

void
wm_json_writer_boolean (WmJsonWriter *self,
                        gboolean      value)
{
  separate (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
wm_json_writer_null (WmJsonWriter *self)
{
  separate (self);
  g_string_append (self->out, "null");
}

/**
 * wm_json_writer_node:
 *
 * Writes a whole json-glib tree (members in the order they were added).
 */
void
wm_json_writer_node (WmJsonWriter *self,
                     JsonNode     *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        wm_json_writer_begin_object (self);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            wm_json_writer_member (self, name);
            wm_json_writer_node (self, member);
          }
        wm_json_writer_end_object (self);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        wm_json_writer_begin_array (self);
        for (guint i = 0; i < json_array_get_length (array); i++)
          wm_json_writer_node (self, json_array_get_element (array, i));
        wm_json_writer_end_array (self);
      }
      break;

    case JSON_NODE_NULL:
      wm_json_writer_null (self);
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          wm_json_writer_int (self, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          wm_json_writer_double (self, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          wm_json_writer_boolean (self, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
          wm_json_writer_string (self, json_node_get_string (node));
          break;
        default:
          wm_json_writer_null (self);
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * wm_json_writer_finish:
 *
 * Returns: (transfer full): the document, with a final newline; @self is then empty
 */
GBytes *
wm_json_writer_finish (WmJsonWriter *self)
{
  GString *out;

  g_return_val_if_fail (self->stack->len == 0, NULL);

  out = g_steal_pointer (&self->out);
  g_string_append_c (out, '\n');
  self->out = g_string_new (NULL);

  return g_string_free_to_bytes (out);
}
