/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <string.h>

#include "wm-object-private.h"

/* Properties of subclasses are declared as fields; their values live in one array of GValues
 * per instance, so that the file reader, the writer, copying and the undo commands work on
 * every model class without code of their own. A field's property id is its slot + FIELD_BASE.
 */
#define FIELD_BASE 2

typedef struct
{
  char       *id;
  WmObject   *parent;      /* weak: the object whose children list holds us */
  GValue     *values;      /* one per field of the class */
  guint       n_values;
  JsonObject *extra;       /* members of the file we do not know, written back as they were */
} WmObjectPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WmObject, wm_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GQuark field_quark;

WmField *
_wm_object_field_for_pspec (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, field_quark);
}

static GValue *
value_for_pspec (WmObject   *self,
                 GParamSpec *pspec)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);
  guint slot = pspec->param_id - FIELD_BASE;

  g_assert (_wm_object_field_for_pspec (pspec) != NULL);
  g_assert (slot < priv->n_values);

  return &priv->values[slot];
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  /* Setting NULL stores "" (see store_value), so the two are the same value. */
  if (type == G_TYPE_STRING)
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);

      return g_strcmp0 (sa ? sa : "", sb ? sb : "") == 0;
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      guint na = sa ? g_strv_length ((char **) sa) : 0;
      guint nb = sb ? g_strv_length ((char **) sb) : 0;

      if (na != nb)
        return FALSE;
      for (guint i = 0; i < na; i++)
        if (g_strcmp0 (sa[i], sb[i]) != 0)
          return FALSE;
      return TRUE;
    }
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (G_TYPE_IS_OBJECT (type))
    return g_value_get_object (a) == g_value_get_object (b);

  g_assert_not_reached ();
  return FALSE;
}

static void
store_value (WmObject     *self,
             GParamSpec   *pspec,
             const GValue *value)
{
  GValue *slot = value_for_pspec (self, pspec);

  if (values_equal (slot, value))
    return;

  if (G_VALUE_TYPE (slot) == G_TYPE_STRING && g_value_get_string (value) == NULL)
    g_value_set_static_string (slot, "");
  else if (G_VALUE_TYPE (slot) == G_TYPE_STRV && g_value_get_boxed (value) == NULL)
    g_value_take_boxed (slot, g_new0 (char *, 1));
  else
    g_value_copy (value, slot);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  _wm_object_propagate_change (self, pspec, FALSE);
}

void
_wm_object_propagate_change (WmObject   *origin,
                             GParamSpec *pspec,
                             gboolean    structural)
{
  for (WmObject *o = origin; o != NULL; )
    {
      WmObjectPrivate *priv = wm_object_get_instance_private (o);
      WmObjectClass *klass = WM_OBJECT_GET_CLASS (o);

      if (klass->tree_changed != NULL)
        klass->tree_changed (o, origin, structural);
      g_signal_emit (o, signals[CHANGED], 0, origin, pspec);
      o = priv->parent;
    }
}

static void
wm_object_constructed (GObject *object)
{
  WmObject *self = WM_OBJECT (object);
  WmObjectPrivate *priv = wm_object_get_instance_private (self);
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (self);

  G_OBJECT_CLASS (wm_object_parent_class)->constructed (object);

  if (priv->id == NULL || priv->id[0] == '\0')
    {
      g_free (priv->id);
      priv->id = g_uuid_string_random ();
    }

  priv->n_values = klass->fields->len;
  priv->values = g_new0 (GValue, priv->n_values);

  for (guint i = 0; i < priv->n_values; i++)
    {
      const WmField *field = g_ptr_array_index (klass->fields, i);
      GValue *slot = &priv->values[i];

      g_value_init (slot, field->pspec->value_type);
      if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        g_value_take_object (slot, wm_object_list_new (field->type, self));
      else if (field->pspec->value_type == G_TYPE_STRING)
        g_value_set_static_string (slot, "");
      else if (field->pspec->value_type == G_TYPE_STRV)
        g_value_take_boxed (slot, g_new0 (char *, 1));
      else
        g_param_value_set_default (field->pspec, slot);
    }
}

static void
wm_object_dispose (GObject *object)
{
  WmObject *self = WM_OBJECT (object);
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  /* Children lists may outlive us when someone else holds them: let go of them. */
  for (guint i = 0; i < priv->n_values; i++)
    {
      if (G_VALUE_TYPE (&priv->values[i]) == WM_TYPE_OBJECT_LIST)
        {
          WmObjectList *list = g_value_get_object (&priv->values[i]);

          if (list != NULL)
            _wm_object_list_orphan (list);
        }
    }

  G_OBJECT_CLASS (wm_object_parent_class)->dispose (object);
}

static void
wm_object_finalize (GObject *object)
{
  WmObject *self = WM_OBJECT (object);
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);
  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (wm_object_parent_class)->finalize (object);
}

static void
wm_object_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WmObject *self = WM_OBJECT (object);
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  if (prop_id == PROP_ID)
    g_value_set_string (value, priv->id);
  else if (prop_id >= FIELD_BASE && _wm_object_field_for_pspec (pspec) != NULL)
    g_value_copy (value_for_pspec (self, pspec), value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
wm_object_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WmObject *self = WM_OBJECT (object);
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  if (prop_id == PROP_ID)
    {
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
    }
  else if (prop_id >= FIELD_BASE && _wm_object_field_for_pspec (pspec) != NULL)
    store_value (self, pspec, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
wm_object_class_init (WmObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wm_object_constructed;
  object_class->dispose = wm_object_dispose;
  object_class->finalize = wm_object_finalize;
  object_class->get_property = wm_object_get_property;
  object_class->set_property = wm_object_set_property;

  klass->fields = g_ptr_array_new ();
  field_quark = g_quark_from_static_string ("wm-field");

  /**
   * WmObject:id:
   *
   * The stable identifier of the object, a UUID unless the file said otherwise. Links
   * between objects and merging of files rely on it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmObject::changed:
   * @origin: the object that changed (this one or a descendant)
   * @pspec: (nullable): the property that changed, or %NULL when a children list changed
   *
   * Emitted on an object and each of its ancestors after any change in the subtree.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, WM_TYPE_OBJECT, G_TYPE_PARAM);
}

static void
wm_object_init (WmObject *self)
{
}

/**
 * wm_object_class_add_field:
 * @klass: a #WmObjectClass, from the class_init of a subclass
 * @key: the member name in .journey files
 * @pspec: (transfer full): the property to install
 * @flags: how the value is stored and checked
 * @type: for a children list, the item type; for a reference, the target type
 *
 * Installs @pspec on @klass as a persistent field. Fields are written in the order they are
 * added, after those of parent classes.
 */
void
wm_object_class_add_field (WmObjectClass *klass,
                           const char    *key,
                           GParamSpec    *pspec,
                           WmFieldFlags   flags,
                           GType          type)
{
  WmObjectClass *parent = g_type_class_peek_parent (klass);
  WmField *field;

  g_return_if_fail (WM_IS_OBJECT_CLASS (klass));
  g_return_if_fail (key != NULL);
  g_return_if_fail (G_IS_PARAM_SPEC (pspec));

  /* GObject does not inherit get_property and set_property: every subclass stores its fields
   * through ours, unless it has properties of its own and chains up for fields. */
  if (G_OBJECT_CLASS (klass)->get_property == NULL)
    G_OBJECT_CLASS (klass)->get_property = wm_object_get_property;
  if (G_OBJECT_CLASS (klass)->set_property == NULL)
    G_OBJECT_CLASS (klass)->set_property = wm_object_set_property;

  /* The class struct was copied from the parent's: give this class a list of its own. */
  if (WM_IS_OBJECT_CLASS (parent) && klass->fields == parent->fields)
    klass->fields = g_ptr_array_copy (parent->fields, NULL, NULL);

  field = g_new0 (WmField, 1);
  field->key = key;
  field->pspec = pspec;
  field->flags = flags;
  field->type = type;
  g_param_spec_set_qdata (pspec, field_quark, field);

  g_object_class_install_property (G_OBJECT_CLASS (klass), klass->fields->len + FIELD_BASE, pspec);
  g_ptr_array_add (klass->fields, field);
}

guint
wm_object_class_get_n_fields (WmObjectClass *klass)
{
  g_return_val_if_fail (WM_IS_OBJECT_CLASS (klass), 0);

  return klass->fields->len;
}

const WmField *
wm_object_class_get_field (WmObjectClass *klass,
                           guint          index)
{
  g_return_val_if_fail (WM_IS_OBJECT_CLASS (klass), NULL);
  g_return_val_if_fail (index < klass->fields->len, NULL);

  return g_ptr_array_index (klass->fields, index);
}

const WmField *
wm_object_class_find_field (WmObjectClass *klass,
                            const char    *key)
{
  g_return_val_if_fail (WM_IS_OBJECT_CLASS (klass), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < klass->fields->len; i++)
    {
      const WmField *field = g_ptr_array_index (klass->fields, i);

      if (g_str_equal (field->key, key))
        return field;
    }

  return NULL;
}

const char *
wm_object_get_id (WmObject *self)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  return priv->id;
}

/**
 * wm_object_get_parent:
 *
 * Returns: (transfer none) (nullable): the object whose children list holds @self
 */
WmObject *
wm_object_get_parent (WmObject *self)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  return priv->parent;
}

/**
 * wm_object_get_toplevel:
 *
 * Returns: (transfer none): the ancestor of @self just below the root (a workspace item such as
 *   a journey map), or @self itself when it has no parent or its parent is the root
 */
WmObject *
wm_object_get_toplevel (WmObject *self)
{
  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  for (;;)
    {
      WmObject *parent = wm_object_get_parent (self);

      if (parent == NULL || wm_object_get_parent (parent) == NULL)
        return self;
      self = parent;
    }
}

/**
 * wm_object_get_ancestor:
 *
 * Returns: (transfer none) (nullable): @self or its nearest ancestor of @type
 */
gpointer
wm_object_get_ancestor (WmObject *self,
                        GType     type)
{
  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  for (WmObject *o = self; o != NULL; o = wm_object_get_parent (o))
    if (G_TYPE_CHECK_INSTANCE_TYPE (o, type))
      return o;

  return NULL;
}

/**
 * wm_object_get_display_name:
 *
 * Returns: the object's name, title or text, whichever its class has, or ""
 */
const char *
wm_object_get_display_name (WmObject *self)
{
  WmObjectClass *klass;
  static const char *keys[] = { "name", "title", "text" };

  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  klass = WM_OBJECT_GET_CLASS (self);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const WmField *field = wm_object_class_find_field (klass, keys[i]);

      if (field != NULL && field->pspec->value_type == G_TYPE_STRING)
        return _wm_object_get_string (self, field->pspec);
    }

  return "";
}

static WmObject *
copy_tree (WmObject   *self,
           gboolean    new_ids,
           GHashTable *id_map)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (self);
  WmObject *copy;
  WmObjectPrivate *copy_priv;

  copy = g_object_new (G_OBJECT_TYPE (self), "id", new_ids ? NULL : priv->id, NULL);
  copy_priv = wm_object_get_instance_private (copy);
  if (new_ids)
    g_hash_table_insert (id_map, g_strdup (priv->id), g_strdup (copy_priv->id));

  for (guint i = 0; i < klass->fields->len; i++)
    {
      const WmField *field = g_ptr_array_index (klass->fields, i);

      if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        {
          WmObjectList *from = g_value_get_object (&priv->values[i]);
          WmObjectList *to = g_value_get_object (&copy_priv->values[i]);

          for (guint j = 0; j < wm_object_list_get_length (from); j++)
            {
              g_autoptr(WmObject) child = copy_tree (wm_object_list_get (from, j), new_ids, id_map);
              wm_object_list_append (to, child);
            }
        }
      else
        {
          g_value_copy (&priv->values[i], &copy_priv->values[i]);
        }
    }

  if (priv->extra != NULL)
    copy_priv->extra = json_object_ref (priv->extra);

  return copy;
}

static void
remap_references (WmObject   *self,
                  GHashTable *id_map)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (self);

  for (guint i = 0; i < klass->fields->len; i++)
    {
      const WmField *field = g_ptr_array_index (klass->fields, i);
      GValue *slot = &priv->values[i];

      if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        {
          WmObjectList *list = g_value_get_object (slot);

          for (guint j = 0; j < wm_object_list_get_length (list); j++)
            remap_references (wm_object_list_get (list, j), id_map);
        }
      else if ((field->flags & WM_FIELD_REFERENCE) && G_VALUE_TYPE (slot) == G_TYPE_STRING)
        {
          const char *to = g_hash_table_lookup (id_map, g_value_get_string (slot));

          if (to != NULL)
            g_value_set_string (slot, to);
        }
      else if ((field->flags & WM_FIELD_REFERENCE) && G_VALUE_TYPE (slot) == G_TYPE_STRV)
        {
          char **ids = g_value_dup_boxed (slot);

          for (guint j = 0; ids[j] != NULL; j++)
            {
              const char *to = g_hash_table_lookup (id_map, ids[j]);

              if (to != NULL)
                {
                  g_free (ids[j]);
                  ids[j] = g_strdup (to);
                }
            }
          g_value_take_boxed (slot, ids);
        }
    }
}

/**
 * wm_object_copy:
 * @self: a #WmObject
 * @new_ids: whether the copy and its descendants get new ids
 *
 * Copies @self and its subtree. With @new_ids, references between objects inside the subtree
 * are redirected to the copies; references to objects outside it are kept.
 *
 * Returns: (transfer full): the copy, without a parent
 */
WmObject *
wm_object_copy (WmObject *self,
                gboolean  new_ids)
{
  g_autoptr(GHashTable) id_map = NULL;
  WmObject *copy;

  g_return_val_if_fail (WM_IS_OBJECT (self), NULL);

  id_map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  copy = copy_tree (self, new_ids, id_map);
  if (new_ids)
    remap_references (copy, id_map);

  return copy;
}

const GValue *
_wm_object_peek_value (WmObject   *self,
                       GParamSpec *pspec)
{
  return value_for_pspec (self, pspec);
}

const char *
_wm_object_get_string (WmObject   *self,
                       GParamSpec *pspec)
{
  return g_value_get_string (value_for_pspec (self, pspec));
}

void
_wm_object_set_string (WmObject   *self,
                       GParamSpec *pspec,
                       const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_static_string (&v, value);
  store_value (self, pspec, &v);
}

/* For the file reader, on an object that it has just made and nobody else can see: moves
 * @value (of the field's type, already checked) into the field, leaving @value unset,
 * without notifications or copies. */
void
_wm_object_take_value (WmObject   *self,
                       GParamSpec *pspec,
                       GValue     *value)
{
  GValue *slot = value_for_pspec (self, pspec);

  g_assert (G_VALUE_TYPE (value) == G_VALUE_TYPE (slot));

  g_value_unset (slot);
  *slot = *value;
  memset (value, 0, sizeof *value);
}

int
_wm_object_get_int (WmObject   *self,
                    GParamSpec *pspec)
{
  return g_value_get_int (value_for_pspec (self, pspec));
}

double
_wm_object_get_double (WmObject   *self,
                       GParamSpec *pspec)
{
  return g_value_get_double (value_for_pspec (self, pspec));
}

int
_wm_object_get_enum (WmObject   *self,
                     GParamSpec *pspec)
{
  return g_value_get_enum (value_for_pspec (self, pspec));
}

const char * const *
_wm_object_get_strv (WmObject   *self,
                     GParamSpec *pspec)
{
  return g_value_get_boxed (value_for_pspec (self, pspec));
}

gpointer
_wm_object_get_object (WmObject   *self,
                       GParamSpec *pspec)
{
  return g_value_get_object (value_for_pspec (self, pspec));
}

void
_wm_object_set_parent (WmObject *self,
                       WmObject *parent)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  priv->parent = parent;
}

JsonObject *
_wm_object_get_extra (WmObject *self)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  return priv->extra;
}

void
_wm_object_set_extra (WmObject   *self,
                      JsonObject *extra)
{
  WmObjectPrivate *priv = wm_object_get_instance_private (self);

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}
