/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-file-util.h"
#include "wm-journey-format.h"
#include "wm-json-parser.h"
#include "wm-json-writer.h"
#include "wm-model.h"
#include "wm-object-private.h"

/* Reading and writing .journey files. Both walk the fields that each model class declares
 * (see WmObject), so a new member in the model is a new field and nothing here. Reading
 * checks everything, collects every problem with its place, and builds a document only when
 * there is no error; references between objects are checked once the whole tree is built.
 */

G_DEFINE_QUARK (wm-format-error-quark, wm_format_error)

typedef struct
{
  WmObject      *object;
  const WmField *field;
  JsonNode      *node;
  char          *path;
} PendingReference;

typedef struct
{
  WmJsonPositions *positions;
  GPtrArray       *problems;
  guint            n_errors;
  GHashTable      *ids;         /* id → JsonNode where it was defined */
  GHashTable      *objects;     /* id → WmObject */
  GArray          *references;  /* of PendingReference */
  GString         *path;
} Reader;

static void
pending_reference_clear (PendingReference *ref)
{
  g_free (ref->path);
}

G_GNUC_PRINTF (4, 5)
static void
report (Reader            *self,
        WmProblemSeverity  severity,
        JsonNode          *node,
        const char        *format,
        ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  if (severity == WM_PROBLEM_ERROR)
    self->n_errors++;
  if (self->problems->len >= WM_JOURNEY_MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  wm_json_positions_lookup (self->positions, node, &line, &column);
  g_ptr_array_add (self->problems,
                   wm_problem_new (severity, line, column, self->path->str, message));
}

#define error(self, node, ...) report ((self), WM_PROBLEM_ERROR, (node), __VA_ARGS__)

static gsize
path_push_member (Reader     *self,
                  const char *key)
{
  gsize len = self->path->len;

  if (len > 0)
    g_string_append_c (self->path, '.');
  g_string_append (self->path, key);

  return len;
}

static gsize
path_push_index (Reader *self,
                 guint   index)
{
  gsize len = self->path->len;
  char digits[16];
  int n = 0;

  /* Called for every element of every list: no printf. */
  do
    digits[n++] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  g_string_append_c (self->path, '[');
  while (n > 0)
    g_string_append_c (self->path, digits[--n]);
  g_string_append_c (self->path, ']');

  return len;
}

static void
path_pop (Reader *self,
          gsize   len)
{
  g_string_truncate (self->path, len);
}

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("text");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        default:
          return _("a number");
        }
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-_.:", *p) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
valid_colour (const char *colour)
{
  if (colour[0] == '\0')
    return TRUE;
  if (strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;

  return TRUE;
}

static gboolean
valid_timestamp (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text[0] == '\0')
    return TRUE;
  dt = g_date_time_new_from_iso8601 (text, NULL);

  return dt != NULL;
}

static gboolean
valid_base64 (const char *text,
              gsize       len)
{
  if (len % 4 != 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == '=')
        return i >= len - 2 && (i == len - 1 || text[len - 1] == '=');
      if (!g_ascii_isalnum (c) && c != '+' && c != '/')
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_text (Reader     *self,
            JsonNode   *node,
            const char *text)
{
  if (strlen (text) > WM_JOURNEY_MAX_TEXT)
    {
      error (self, node, _("text longer than %d KiB"), WM_JOURNEY_MAX_TEXT / 1024);
      return FALSE;
    }

  return TRUE;
}

static WmImage *
read_image (Reader   *self,
            JsonNode *node)
{
  JsonObject *object;
  JsonNode *mime_node, *data_node;
  const char *mime, *data, *sniffed;
  gsize data_len;
  g_autofree guchar *decoded = NULL;
  gsize decoded_len;
  g_autoptr(GBytes) bytes = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      error (self, node, _("expected a picture object but found %s"), describe_node (node));
      return NULL;
    }
  object = json_node_get_object (node);
  mime_node = json_object_get_member (object, "mime");
  data_node = json_object_get_member (object, "data");
  if (mime_node == NULL || !is_string (mime_node))
    {
      error (self, mime_node ? mime_node : node, _("a picture needs a \"mime\" type as text"));
      return NULL;
    }
  if (data_node == NULL || !is_string (data_node))
    {
      error (self, data_node ? data_node : node, _("a picture needs its \"data\" as base64 text"));
      return NULL;
    }

  mime = json_node_get_string (mime_node);
  if (!g_str_equal (mime, "image/png") && !g_str_equal (mime, "image/jpeg")
      && !g_str_equal (mime, "image/svg+xml"))
    {
      error (self, mime_node,
             _("unsupported picture type “%s” (expected image/png, image/jpeg or image/svg+xml)"),
             mime);
      return NULL;
    }

  data = json_node_get_string (data_node);
  data_len = strlen (data);
  if (data_len / 4 * 3 > WM_IMAGE_MAX_SIZE + 3)
    {
      error (self, data_node, _("the picture is larger than %d MiB"),
             WM_IMAGE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!valid_base64 (data, data_len))
    {
      error (self, data_node, _("the picture data is not valid base64"));
      return NULL;
    }

  decoded = g_base64_decode (data, &decoded_len);
  bytes = g_bytes_new_take (g_steal_pointer (&decoded), decoded_len);
  sniffed = wm_image_sniff_mime_type (bytes);
  if (g_strcmp0 (sniffed, mime) != 0)
    {
      error (self, data_node, _("the picture data is not of type %s"), mime);
      return NULL;
    }

  return wm_image_new (mime, bytes);
}

static WmObject *read_object (Reader   *self,
                              GType     type,
                              JsonNode *node);

static void
read_children (Reader        *self,
               WmObject      *object,
               const WmField *field,
               JsonNode      *node)
{
  WmObjectList *list = _wm_object_get_object (object, field->pspec);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      error (self, node, _("expected a list but found %s"), describe_node (node));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = path_push_index (self, i);
      g_autoptr(WmObject) child = read_object (self, field->type, json_array_get_element (array, i));

      if (child != NULL)
        wm_object_list_append (list, child);
      path_pop (self, len);
    }
}

static void
remember_reference (Reader        *self,
                    WmObject      *object,
                    const WmField *field,
                    JsonNode      *node)
{
  PendingReference ref = { object, field, node, g_strdup (self->path->str) };

  g_array_append_val (self->references, ref);
}

static char *
describe_choices (GEnumClass *enum_class)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, enum_class->values[i].value_nick);
    }

  return g_string_free (s, FALSE);
}

/* Reads one field's value into @value (initialised to the property's type). */
static gboolean
read_value (Reader        *self,
            WmObject      *object,
            const WmField *field,
            JsonNode      *node,
            GValue        *value)
{
  GParamSpec *pspec = field->pspec;
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    {
      const char *text;

      if (!is_string (node))
        {
          error (self, node, _("expected text but found %s"), describe_node (node));
          return FALSE;
        }
      text = json_node_get_string (node);
      if (!check_text (self, node, text))
        return FALSE;
      if ((field->flags & WM_FIELD_COLOUR) && !valid_colour (text))
        {
          error (self, node, _("“%s” is not a colour (expected #rrggbb)"), text);
          return FALSE;
        }
      if ((field->flags & WM_FIELD_TIMESTAMP) && !valid_timestamp (text))
        {
          error (self, node,
                 _("“%s” is not a date and time (expected ISO 8601, like 2026-11-23T09:30:00Z)"),
                 text);
          return FALSE;
        }
      if ((field->flags & WM_FIELD_REFERENCE) && text[0] != '\0')
        remember_reference (self, object, field, node);
      g_value_set_string (value, text);
    }
  else if (type == G_TYPE_STRV)
    {
      JsonArray *array;
      GPtrArray *strv;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          error (self, node, _("expected a list of texts but found %s"), describe_node (node));
          return FALSE;
        }
      array = json_node_get_array (node);
      strv = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          gsize len = path_push_index (self, i);

          if (!is_string (element))
            error (self, element, _("expected text but found %s"), describe_node (element));
          else if (check_text (self, element, json_node_get_string (element)))
            g_ptr_array_add (strv, g_strdup (json_node_get_string (element)));
          path_pop (self, len);
        }
      g_ptr_array_add (strv, NULL);
      g_value_take_boxed (value, g_ptr_array_free (strv, FALSE));
      if (field->flags & WM_FIELD_REFERENCE)
        remember_reference (self, object, field, node);
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
      gint64 v;

      if (!is_integer (node))
        {
          error (self, node, _("expected a whole number but found %s"), describe_node (node));
          return FALSE;
        }
      v = json_node_get_int (node);
      if (v < ispec->minimum || v > ispec->maximum)
        {
          char number[32];

          /* xgettext cannot see through G_GINT64_FORMAT: format the number apart */
          g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, v);
          error (self, node, _("%s is out of range (%d to %d)"),
                 number, ispec->minimum, ispec->maximum);
          return FALSE;
        }
      g_value_set_int (value, (int) v);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
      double v;

      if (!is_number (node))
        {
          error (self, node, _("expected a number but found %s"), describe_node (node));
          return FALSE;
        }
      v = json_node_get_double (node);
      if (v < dspec->minimum || v > dspec->maximum)
        {
          g_autofree char *text = wm_json_format_double (v);
          g_autofree char *min = wm_json_format_double (dspec->minimum);

          error (self, node, _("%s is out of range (at least %s)"), text, min);
          return FALSE;
        }
      g_value_set_double (value, v);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          error (self, node, _("expected true or false but found %s"), describe_node (node));
          return FALSE;
        }
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev;

      if (!is_string (node))
        {
          error (self, node, _("expected text but found %s"), describe_node (node));
          return FALSE;
        }
      ev = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));
      if (ev == NULL)
        {
          g_autofree char *choices = describe_choices (enum_class);

          error (self, node, _("unknown value “%s” (expected one of: %s)"),
                 json_node_get_string (node), choices);
          return FALSE;
        }
      g_value_set_enum (value, ev->value);
    }
  else if (type == WM_TYPE_IMAGE)
    {
      g_autoptr(WmImage) image = read_image (self, node);

      if (image == NULL)
        return FALSE;
      g_value_set_object (value, image);
    }
  else
    {
      g_assert_not_reached ();
    }

  return TRUE;
}

static WmObject *
read_object (Reader   *self,
             GType     type,
             JsonNode *node)
{
  g_autoptr(WmObject) object = NULL;
  g_autoptr(JsonObject) extra = NULL;
  WmObjectClass *klass;
  JsonObject *json;
  JsonNode *id_node;
  const char *id;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  JsonNode *members[32] = { NULL, };
  const WmField * const *fields;
  guint n_fields;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      error (self, node, _("expected an object but found %s"), describe_node (node));
      return NULL;
    }
  json = json_node_get_object (node);

  id_node = json_object_get_member (json, "id");
  if (id_node == NULL)
    {
      error (self, node, _("missing member “%s”"), "id");
      return NULL;
    }
  if (!is_string (id_node))
    {
      gsize len = path_push_member (self, "id");
      error (self, id_node, _("expected text but found %s"), describe_node (id_node));
      path_pop (self, len);
      return NULL;
    }
  id = json_node_get_string (id_node);
  if (!valid_id (id))
    {
      gsize len = path_push_member (self, "id");
      error (self, id_node,
             _("“%s” is not a valid id (1 to 64 letters, digits, '-', '_', '.' or ':')"), id);
      path_pop (self, len);
      return NULL;
    }
  if (g_hash_table_contains (self->ids, id))
    {
      JsonNode *first = g_hash_table_lookup (self->ids, id);
      guint line, column;
      gsize len = path_push_member (self, "id");

      if (wm_json_positions_lookup (self->positions, first, &line, &column))
        error (self, id_node, _("the id “%s” is used twice (first on line %u)"), id, line);
      else
        error (self, id_node, _("the id “%s” is used twice"), id);
      path_pop (self, len);
      return NULL;
    }
  g_hash_table_insert (self->ids, (char *) id, id_node);

  object = g_object_new (type, "id", id, NULL);
  klass = WM_OBJECT_GET_CLASS (object);
  n_fields = wm_object_class_get_n_fields (klass);
  g_assert (n_fields <= G_N_ELEMENTS (members));
  /* The fields without the checks of wm_object_class_get_field(): this loop is hot. */
  fields = (const WmField * const *) klass->fields->pdata;

  /* One pass over the members puts each in its field's slot. Files list members in field
   * order, so the next field is tried first; other members are searched for, and those of
   * no field are kept to be written back (members of a newer Waymark or of other tools). */
  json_object_iter_init_ordered (&iter, json);
  for (guint next = 0; json_object_iter_next_ordered (&iter, &name, &member); )
    {
      guint i;

      if (next < n_fields && g_str_equal (fields[next]->key, name))
        {
          i = next;
        }
      else
        {
          for (i = 0; i < n_fields; i++)
            if (g_str_equal (fields[i]->key, name))
              break;
        }
      if (i < n_fields)
        {
          members[i] = member;
          next = i + 1;
          continue;
        }
      if (g_str_equal (name, "id"))
        continue;
      if (WM_IS_DOCUMENT (object) && (g_str_equal (name, "format") || g_str_equal (name, "version")))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (member));
    }
  _wm_object_set_extra (object, extra);

  for (guint i = 0; i < n_fields; i++)
    {
      const WmField *field = fields[i];
      gsize len;

      member = members[i];
      if (member == NULL)
        {
          if (field->flags & WM_FIELD_REQUIRED)
            error (self, node, _("missing member “%s”"), field->key);
          continue;
        }

      len = path_push_member (self, field->key);
      if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        {
          read_children (self, object, field, member);
        }
      else
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_value_init (&value, field->pspec->value_type);
          if (read_value (self, object, field, member, &value))
            _wm_object_take_value (object, field->pspec, &value);
        }
      path_pop (self, len);
    }

  /* An object with errors is still returned, so that the references of the whole file can be
   * checked and reported in one go; the caller drops the document when there was an error. */
  g_hash_table_insert (self->objects, (char *) wm_object_get_id (object), object);

  return g_steal_pointer (&object);
}

static const char *
describe_type (GType type)
{
  if (type == WM_TYPE_PERSONA)
    return _("persona");
  if (type == WM_TYPE_JOURNEY_MAP)
    return _("journey map");
  if (type == WM_TYPE_STAGE)
    return _("stage");
  if (type == WM_TYPE_STEP)
    return _("step");
  if (type == WM_TYPE_LANE)
    return _("lane");
  if (type == WM_TYPE_CARD)
    return _("card");
  if (type == WM_TYPE_EMPATHY_MAP)
    return _("empathy map");
  if (type == WM_TYPE_SERVICE_BLUEPRINT)
    return _("service blueprint");
  if (type == WM_TYPE_BLUEPRINT_STEP)
    return _("blueprint step");
  if (type == WM_TYPE_BLUEPRINT_ITEM)
    return _("blueprint item");
  if (type == WM_TYPE_BLUEPRINT_LANE)
    return _("blueprint lane");
  return _("object");
}

static void
check_reference (Reader           *self,
                 PendingReference *ref,
                 JsonNode         *node,
                 const char       *id)
{
  WmObject *target = g_hash_table_lookup (self->objects, id);
  WmObject *top;

  g_string_assign (self->path, ref->path);

  if (target == NULL)
    {
      /* A card's free link to another object is an annotation: drop it rather than refuse
       * the whole file. Every other reference carries structure, so it must resolve. */
      if (ref->field->type == WM_TYPE_OBJECT)
        {
          report (self, WM_PROBLEM_WARNING, node,
                  _("no object has the id “%s”; the link was removed"), id);
          _wm_object_set_string (ref->object, ref->field->pspec, "");
        }
      else
        {
          error (self, node, _("no %s has the id “%s”"), describe_type (ref->field->type), id);
        }
      return;
    }

  if (!G_TYPE_CHECK_INSTANCE_TYPE (target, ref->field->type))
    {
      error (self, node, _("“%s” is a %s, not a %s"), id,
             describe_type (G_OBJECT_TYPE (target)), describe_type (ref->field->type));
      return;
    }

  top = wm_object_get_toplevel (ref->object);
  if ((ref->field->flags & WM_FIELD_LOCAL) && wm_object_get_toplevel (target) != top)
    error (self, node, _("the %s “%s” belongs to another %s"),
           describe_type (ref->field->type), id, describe_type (G_OBJECT_TYPE (top)));
}

static void
check_references (Reader *self)
{
  for (guint i = 0; i < self->references->len; i++)
    {
      PendingReference *ref = &g_array_index (self->references, PendingReference, i);

      if (JSON_NODE_HOLDS_ARRAY (ref->node))
        {
          JsonArray *array = json_node_get_array (ref->node);

          for (guint j = 0; j < json_array_get_length (array); j++)
            {
              JsonNode *element = json_array_get_element (array, j);

              g_string_assign (self->path, ref->path);
              if (is_string (element))
                {
                  g_autofree char *path = g_strdup_printf ("%s[%u]", ref->path, j);
                  PendingReference one = { ref->object, ref->field, element, path };

                  check_reference (self, &one, element, json_node_get_string (element));
                }
            }
        }
      else
        {
          check_reference (self, ref, ref->node, json_node_get_string (ref->node));
        }
    }
  g_string_truncate (self->path, 0);
}

/* What the generic walk cannot know: which content fits which lane kind, and one emotion
 * score per step and persona. */
static void
check_lane (Reader   *self,
            WmLane   *lane,
            JsonNode *node)
{
  WmLaneKind kind = wm_lane_get_kind (lane);
  JsonObject *json = json_node_get_object (node);
  struct { const char *key; gboolean allowed; } content[] = {
    { "cards", wm_lane_kind_holds_cards (kind) },
    { "points", kind == WM_LANE_KIND_EMOTION },
    { "values", kind == WM_LANE_KIND_METRICS },
  };
  WmObjectList *points = wm_lane_get_points (lane);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (WM_TYPE_LANE_KIND);
  const char *nick = g_enum_get_value (enum_class, kind)->value_nick;

  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    {
      JsonNode *member = json_object_get_member (json, content[i].key);

      if (member != NULL && !content[i].allowed && JSON_NODE_HOLDS_ARRAY (member)
          && json_array_get_length (json_node_get_array (member)) > 0)
        {
          gsize len = path_push_member (self, content[i].key);
          error (self, member, _("a lane of kind “%s” cannot hold %s"), nick, content[i].key);
          path_pop (self, len);
        }
    }

  for (guint i = 0; i < wm_object_list_get_length (points); i++)
    {
      WmEmotionPoint *point = wm_object_list_get (points, i);
      char *key = g_strdup_printf ("%s/%s", wm_emotion_point_get_step_id (point),
                                   wm_emotion_point_get_persona_id (point));

      if (!g_hash_table_add (seen, key))
        {
          JsonNode *points_node = json_object_get_member (json, "points");
          gsize len = path_push_member (self, "points");
          gsize len2 = path_push_index (self, i);

          error (self, json_array_get_element (json_node_get_array (points_node), i),
                 _("a second score for the same step and persona"));
          path_pop (self, len2);
          path_pop (self, len);
        }
    }
}

/* Only called on a tree without errors, where every list matches its JSON array. */
static void
check_maps (Reader     *self,
            WmDocument *document,
            JsonNode   *root)
{
  WmObjectList *maps = wm_document_get_maps (document);

  for (guint i = 0; i < wm_object_list_get_length (maps); i++)
    {
      WmObjectList *lanes = wm_journey_map_get_lanes (wm_object_list_get (maps, i));
      JsonArray *maps_json = json_object_get_array_member (json_node_get_object (root), "maps");
      JsonObject *map_json = json_array_get_object_element (maps_json, i);
      JsonArray *lanes_json;

      if (wm_object_list_get_length (lanes) == 0)
        continue;
      lanes_json = json_object_get_array_member (map_json, "lanes");

      for (guint j = 0; j < wm_object_list_get_length (lanes); j++)
        {
          g_string_printf (self->path, "maps[%u].lanes[%u]", i, j);
          check_lane (self, wm_object_list_get (lanes, j), json_array_get_element (lanes_json, j));
        }
    }
  g_string_truncate (self->path, 0);
}

static gboolean
read_header (Reader   *self,
             JsonNode *root,
             GError  **error)
{
  JsonObject *json;
  JsonNode *format, *version;
  gint64 v;
  char number[32];

  if (!JSON_NODE_HOLDS_OBJECT (root)
      || (format = json_object_get_member (json = json_node_get_object (root), "format")) == NULL
      || !is_string (format) || !g_str_equal (json_node_get_string (format), "waymark"))
    {
      error (self, root, _("not a Waymark workspace (no \"format\": \"waymark\")"));
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_NOT_WAYMARK,
                   _("This is not a Waymark workspace."));
      return FALSE;
    }

  version = json_object_get_member (json, "version");
  if (version == NULL || !is_integer (version))
    {
      g_string_assign (self->path, "version");
      error (self, version ? version : root, _("expected the format version as a whole number"));
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_INVALID,
                   _("The file does not say which version of the format it uses."));
      return FALSE;
    }

  v = json_node_get_int (version);
  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, v);
  if (v > WM_JOURNEY_FORMAT_VERSION)
    {
      g_string_assign (self->path, "version");
      error (self, version,
             _("made with a newer Waymark (format version %s); this version "
               "reads up to version %d"), number, WM_JOURNEY_FORMAT_VERSION);
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_NEWER_VERSION,
                   _("This workspace was saved by a newer version of Waymark (format version "
                     "%s). Update Waymark to open it."), number);
      return FALSE;
    }
  if (v < 1)
    {
      g_string_assign (self->path, "version");
      error (self, version, _("unknown format version %s"), number);
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_INVALID,
                   _("Unknown format version %s."), number);
      return FALSE;
    }

  /* Version 1 is the first; migrations from older versions go here as the format grows. */
  g_string_truncate (self->path, 0);
  return TRUE;
}

static void
set_error_from_problems (Reader  *self,
                         GError **error)
{
  for (guint i = 0; i < self->problems->len; i++)
    {
      WmProblem *problem = g_ptr_array_index (self->problems, i);
      g_autofree char *where = NULL;

      if (problem->severity != WM_PROBLEM_ERROR)
        continue;

      if (problem->line > 0)
        where = g_strdup_printf (_("line %u, column %u"), problem->line, problem->column);

      if (self->n_errors > 1)
        g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_INVALID,
                     /* Translators: "maps[0].name: expected text (line 3, column 5; and 2
                      * more problems)" */
                     g_dngettext (GETTEXT_PACKAGE, "%s%s%s (%s; and %u more problem)",
                                  "%s%s%s (%s; and %u more problems)", self->n_errors - 1),
                     problem->path, problem->path[0] ? ": " : "", problem->message,
                     where ? where : "", self->n_errors - 1);
      else
        g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_INVALID, "%s%s%s%s%s%s",
                     problem->path, problem->path[0] ? ": " : "", problem->message,
                     where ? " (" : "", where ? where : "", where ? ")" : "");
      return;
    }
}

/* One reading of @data; problems go to @problem_list. Positions of values (for the line and
 * column of each problem) are recorded only when @with_positions. */
static WmDocument *
read_document (const char  *data,
               gsize        length,
               gboolean     with_positions,
               GPtrArray   *problem_list,
               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(WmDocument) document = NULL;
  Reader self = { 0 };
  guint line = 0, column = 0;

  root = wm_json_parse (data, length, with_positions ? &self.positions : NULL, &line, &column,
                        &local_error);
  if (root == NULL)
    {
      g_ptr_array_add (problem_list, wm_problem_new (WM_PROBLEM_ERROR, line, column, "",
                                                     local_error->message));
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_SYNTAX,
                   _("%s (line %u, column %u)"), local_error->message, line, column);
      return NULL;
    }

  self.problems = problem_list;
  self.ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.objects = g_hash_table_new (g_str_hash, g_str_equal);
  self.references = g_array_new (FALSE, FALSE, sizeof (PendingReference));
  g_array_set_clear_func (self.references, (GDestroyNotify) pending_reference_clear);
  self.path = g_string_new (NULL);

  if (read_header (&self, root, error))
    {
      document = (WmDocument *) read_object (&self, WM_TYPE_DOCUMENT, root);
      if (document != NULL)
        {
          check_references (&self);
          if (self.n_errors == 0)
            check_maps (&self, document, root);
        }
      if (self.n_errors > 0)
        {
          g_clear_object (&document);
          set_error_from_problems (&self, error);
        }
    }

  g_hash_table_unref (self.ids);
  g_hash_table_unref (self.objects);
  g_array_unref (self.references);
  g_string_free (self.path, TRUE);
  wm_json_positions_free (self.positions);

  return g_steal_pointer (&document);
}

/**
 * wm_journey_format_read:
 * @bytes: the contents of a .journey file
 * @problems: (out) (optional) (element-type WmProblem): every problem found, in file order
 * @error: return location for a #WmFormatError
 *
 * Reads a workspace. Any error makes the whole read fail; warnings are repaired.
 *
 * Returns: (transfer full) (nullable): the workspace, with an empty history
 */
WmDocument *
wm_journey_format_read (GBytes     *bytes,
                        GPtrArray **problems,
                        GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GPtrArray) problem_list = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  problem_list = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_problem_free);
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (length > WM_JOURNEY_MAX_FILE_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("the file is larger than %d MiB"), WM_JOURNEY_MAX_FILE_SIZE / (1024 * 1024));

      g_ptr_array_add (problem_list, wm_problem_new (WM_PROBLEM_ERROR, 0, 0, "", message));
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_TOO_LARGE,
                   _("The file is too large to be a workspace (more than %d MiB)."),
                   WM_JOURNEY_MAX_FILE_SIZE / (1024 * 1024));
      goto out;
    }

  /* Where each value was costs a hash table entry per value and only matters for reporting
   * problems: read without positions, and once more with them when there is a problem to
   * report (a syntax error knows its place already). A good file is read once. */
  document = read_document (data, length, FALSE, problem_list, &local_error);
  if (problem_list->len > 0
      && !g_error_matches (local_error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_SYNTAX))
    {
      g_ptr_array_set_size (problem_list, 0);
      g_clear_error (&local_error);
      g_clear_object (&document);
      document = read_document (data, length, TRUE, problem_list, &local_error);
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

out:
  if (problems != NULL)
    *problems = g_steal_pointer (&problem_list);

  return g_steal_pointer (&document);
}

static gboolean
is_default (const WmField *field,
            const GValue  *value)
{
  GParamSpec *pspec = field->pspec;
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_value_get_string (value) == NULL || g_value_get_string (value)[0] == '\0';
  if (type == G_TYPE_STRV)
    return g_value_get_boxed (value) == NULL || ((char **) g_value_get_boxed (value))[0] == NULL;
  if (type == G_TYPE_INT)
    return g_value_get_int (value) == G_PARAM_SPEC_INT (pspec)->default_value;
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (value) == G_PARAM_SPEC_DOUBLE (pspec)->default_value;
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (value) == G_PARAM_SPEC_BOOLEAN (pspec)->default_value;
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (value) == G_PARAM_SPEC_ENUM (pspec)->default_value;
  if (type == WM_TYPE_OBJECT_LIST)
    return wm_object_list_get_length (g_value_get_object (value)) == 0;
  if (G_TYPE_IS_OBJECT (type))
    return g_value_get_object (value) == NULL;

  g_assert_not_reached ();
  return FALSE;
}

static void write_object (WmJsonWriter *writer,
                          WmObject     *object);

static void
write_value (WmJsonWriter  *writer,
             const WmField *field,
             const GValue  *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      wm_json_writer_string (writer, g_value_get_string (value));
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      wm_json_writer_begin_array (writer);
      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        wm_json_writer_string (writer, strv[i]);
      wm_json_writer_end_array (writer);
    }
  else if (type == G_TYPE_INT)
    {
      wm_json_writer_int (writer, g_value_get_int (value));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      wm_json_writer_double (writer, g_value_get_double (value));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      wm_json_writer_boolean (writer, g_value_get_boolean (value));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));

      wm_json_writer_string (writer, ev ? ev->value_nick : "");
    }
  else if (type == WM_TYPE_OBJECT_LIST)
    {
      WmObjectList *list = g_value_get_object (value);

      wm_json_writer_begin_array (writer);
      for (guint i = 0; i < wm_object_list_get_length (list); i++)
        write_object (writer, wm_object_list_get (list, i));
      wm_json_writer_end_array (writer);
    }
  else if (type == WM_TYPE_IMAGE)
    {
      WmImage *image = g_value_get_object (value);
      GBytes *data = wm_image_get_data (image);
      g_autofree char *base64 = g_base64_encode (g_bytes_get_data (data, NULL),
                                                 g_bytes_get_size (data));

      wm_json_writer_begin_object (writer);
      wm_json_writer_member (writer, "mime");
      wm_json_writer_string (writer, wm_image_get_mime_type (image));
      wm_json_writer_member (writer, "data");
      wm_json_writer_string (writer, base64);
      wm_json_writer_end_object (writer);
    }
  else
    {
      g_assert_not_reached ();
    }
}

static void
write_members (WmJsonWriter *writer,
               WmObject     *object)
{
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);
  JsonObject *extra = _wm_object_get_extra (object);

  wm_json_writer_member (writer, "id");
  wm_json_writer_string (writer, wm_object_get_id (object));

  for (guint i = 0; i < wm_object_class_get_n_fields (klass); i++)
    {
      const WmField *field = wm_object_class_get_field (klass, i);
      const GValue *value = _wm_object_peek_value (object, field->pspec);

      if (!(field->flags & WM_FIELD_REQUIRED) && is_default (field, value))
        continue;

      wm_json_writer_member (writer, field->key);
      write_value (writer, field, value);
    }

  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          wm_json_writer_member (writer, name);
          wm_json_writer_node (writer, member);
        }
    }
}

static void
write_object (WmJsonWriter *writer,
              WmObject     *object)
{
  wm_json_writer_begin_object (writer);
  write_members (writer, object);
  wm_json_writer_end_object (writer);
}

/**
 * wm_journey_format_write:
 * @document: a #WmDocument
 *
 * Returns: (transfer full): the workspace as a .journey file
 */
GBytes *
wm_journey_format_write (WmDocument *document)
{
  g_autoptr(WmJsonWriter) writer = NULL;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);

  writer = wm_json_writer_new ();
  wm_json_writer_begin_object (writer);
  wm_json_writer_member (writer, "format");
  wm_json_writer_string (writer, "waymark");
  wm_json_writer_member (writer, "version");
  wm_json_writer_int (writer, WM_JOURNEY_FORMAT_VERSION);
  write_members (writer, WM_OBJECT (document));
  wm_json_writer_end_object (writer);

  return wm_json_writer_finish (writer);
}

/**
 * wm_journey_format_load:
 * @file: a .journey file
 * @cancellable: (nullable): a #GCancellable
 * @problems: (out) (optional) (element-type WmProblem): every problem found
 * @etag: (out) (optional): the file's entity tag, to detect changes made by others on save
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the workspace
 */
WmDocument *
wm_journey_format_load (GFile         *file,
                        GCancellable  *cancellable,
                        GPtrArray    **problems,
                        char         **etag,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = NULL;

  /* Refuse huge files before reading them into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("This is a folder, not a workspace."));
      return NULL;
    }
  if (g_file_info_get_size (info) > WM_JOURNEY_MAX_FILE_SIZE)
    {
      g_set_error (error, WM_FORMAT_ERROR, WM_FORMAT_ERROR_TOO_LARGE,
                   _("The file is too large to be a workspace (more than %d MiB)."),
                   WM_JOURNEY_MAX_FILE_SIZE / (1024 * 1024));
      if (problems != NULL)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_problem_free);
          g_ptr_array_add (*problems, wm_problem_new (WM_PROBLEM_ERROR, 0, 0, "",
                                                      (*error)->message));
        }
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, etag, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return wm_journey_format_read (bytes, problems, error);
}

/**
 * wm_journey_format_save:
 * @document: a #WmDocument
 * @file: where to save
 * @etag: (nullable): the entity tag the file had when loaded, or %NULL to overwrite anything
 * @new_etag: (out) (optional): the new entity tag
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError; %G_IO_ERROR_WRONG_ETAG when someone else changed
 *   the file since @etag
 *
 * Saves atomically: the new contents go to a temporary file that then replaces @file, so a
 * crash or a failed write (a full disk) leaves either the old file or the new one. Does not
 * touch the history's save point.
 *
 * Returns: whether the file was saved
 */
gboolean
wm_journey_format_save (WmDocument    *document,
                        GFile         *file,
                        const char    *etag,
                        char         **new_etag,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = wm_journey_format_write (document);

  /* Not g_file_replace_contents(): a failed write (a full disk) must not replace the file. */
  return wm_file_replace_contents (file,
                                   g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   etag, G_FILE_CREATE_NONE,
                                   new_etag, cancellable, error);
}
