/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-document.h"
#include "wm-empathy-map.h"
#include "wm-journey-map.h"
#include "wm-object-private.h"
#include "wm-persona.h"
#include "wm-service-blueprint.h"

/* A workspace: everything one .journey file holds, and the undo history of its edits. */
struct _WmDocument
{
  WmObject parent_instance;

  WmHistory  *history;
  GHashTable *index;    /* id -> WmObject, or NULL until the next lookup */
};

G_DEFINE_FINAL_TYPE (WmDocument, wm_document, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_PERSONAS,
  PROP_MAPS,
  PROP_EMPATHY_MAPS,
  PROP_BLUEPRINTS,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define LIST_FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

/* Adds @object and its descendants to @index. The first object with a given id wins, so that
 * a lookup in a (corrupt) file with duplicate ids is at least stable.
 */
static void
index_subtree (GHashTable *index,
               WmObject   *object)
{
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);
  guint n_fields = wm_object_class_get_n_fields (klass);

  if (!g_hash_table_contains (index, wm_object_get_id (object)))
    g_hash_table_insert (index, (gpointer) wm_object_get_id (object), object);

  for (guint i = 0; i < n_fields; i++)
    {
      const WmField *field = wm_object_class_get_field (klass, i);
      WmObjectList *list;

      if (field->pspec->value_type != WM_TYPE_OBJECT_LIST)
        continue;

      list = _wm_object_get_object (object, field->pspec);
      for (guint j = 0; j < wm_object_list_get_length (list); j++)
        index_subtree (index, wm_object_list_get (list, j));
    }
}

static void
wm_document_tree_changed (WmObject *object,
                          WmObject *origin,
                          gboolean  structural)
{
  WmDocument *self = WM_DOCUMENT (object);
  WmObjectClass *parent_class = WM_OBJECT_CLASS (wm_document_parent_class);

  /* Ids never change, so only adding or removing objects makes the index stale. */
  if (structural)
    g_clear_pointer (&self->index, g_hash_table_unref);

  if (parent_class->tree_changed != NULL)
    parent_class->tree_changed (object, origin, structural);
}

static void
wm_document_dispose (GObject *object)
{
  WmDocument *self = WM_DOCUMENT (object);

  /* Commands keep objects of the tree (removed cards, the lists they change): they go with
   * the document, not whenever the last reference to the history does.
   */
  g_clear_object (&self->history);
  g_clear_pointer (&self->index, g_hash_table_unref);

  G_OBJECT_CLASS (wm_document_parent_class)->dispose (object);
}

static void
wm_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WmDocument *self = WM_DOCUMENT (object);

  /* GObject sends every property of this class here; the fields belong to WmObject, which
   * tells them by their param id, so our own ids may overlap theirs.
   */
  if (_wm_object_field_for_pspec (pspec) != NULL)
    {
      G_OBJECT_CLASS (wm_document_parent_class)->get_property (object, prop_id, value, pspec);
      return;
    }

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_document_class_init (WmDocumentClass *klass)
{
  GObjectClass *gobject_class = G_OBJECT_CLASS (klass);
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  gobject_class->dispose = wm_document_dispose;
  gobject_class->get_property = wm_document_get_property;

  object_class->tree_changed = wm_document_tree_changed;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "title", properties[PROP_TITLE], WM_FIELD_NONE, 0);

  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "description", properties[PROP_DESCRIPTION],
                             WM_FIELD_NONE, 0);

  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "created", properties[PROP_CREATED], WM_FIELD_TIMESTAMP,
                             0);

  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "modified", properties[PROP_MODIFIED],
                             WM_FIELD_TIMESTAMP, 0);

  properties[PROP_PERSONAS] = g_param_spec_object ("personas", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                   LIST_FLAGS);
  wm_object_class_add_field (object_class, "personas", properties[PROP_PERSONAS], WM_FIELD_NONE,
                             WM_TYPE_PERSONA);

  properties[PROP_MAPS] = g_param_spec_object ("maps", NULL, NULL, WM_TYPE_OBJECT_LIST, LIST_FLAGS);
  wm_object_class_add_field (object_class, "maps", properties[PROP_MAPS], WM_FIELD_NONE,
                             WM_TYPE_JOURNEY_MAP);

  properties[PROP_EMPATHY_MAPS] = g_param_spec_object ("empathy-maps", NULL, NULL,
                                                       WM_TYPE_OBJECT_LIST, LIST_FLAGS);
  wm_object_class_add_field (object_class, "empathy_maps", properties[PROP_EMPATHY_MAPS],
                             WM_FIELD_NONE, WM_TYPE_EMPATHY_MAP);

  properties[PROP_BLUEPRINTS] = g_param_spec_object ("blueprints", NULL, NULL, WM_TYPE_OBJECT_LIST,
                                                     LIST_FLAGS);
  wm_object_class_add_field (object_class, "blueprints", properties[PROP_BLUEPRINTS], WM_FIELD_NONE,
                             WM_TYPE_SERVICE_BLUEPRINT);

  /**
   * WmDocument:history:
   *
   * The undo history. Not a field: it is not saved.
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, WM_TYPE_HISTORY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (gobject_class, PROP_HISTORY,
                                   properties[PROP_HISTORY]);
}

static void
wm_document_init (WmDocument *self)
{
  self->history = wm_history_new ();
}

/**
 * wm_document_new:
 *
 * Makes an empty workspace created now.
 *
 * Returns: (transfer full): a new document
 */
WmDocument *
wm_document_new (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  return g_object_new (WM_TYPE_DOCUMENT, "created", stamp, "modified", stamp, NULL);
}

const char *
wm_document_get_title (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TITLE]);
}

void
wm_document_set_title (WmDocument *self,
                       const char *title)
{
  g_return_if_fail (WM_IS_DOCUMENT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TITLE], title);
}

const char *
wm_document_get_description (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
wm_document_set_description (WmDocument *self,
                             const char *description)
{
  g_return_if_fail (WM_IS_DOCUMENT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_DESCRIPTION], description);
}

const char *
wm_document_get_created (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_CREATED]);
}

void
wm_document_set_created (WmDocument *self,
                         const char *created)
{
  g_return_if_fail (WM_IS_DOCUMENT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_CREATED], created);
}

const char *
wm_document_get_modified (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_MODIFIED]);
}

void
wm_document_set_modified (WmDocument *self,
                          const char *modified)
{
  g_return_if_fail (WM_IS_DOCUMENT (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_MODIFIED], modified);
}

/**
 * wm_document_get_personas:
 *
 * Returns: (transfer none): the personas of the workspace
 */
WmObjectList *
wm_document_get_personas (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_PERSONAS]);
}

/**
 * wm_document_get_maps:
 *
 * Returns: (transfer none): the journey maps of the workspace
 */
WmObjectList *
wm_document_get_maps (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_MAPS]);
}

/**
 * wm_document_get_empathy_maps:
 *
 * Returns: (transfer none): the empathy maps of the workspace
 */
WmObjectList *
wm_document_get_empathy_maps (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_EMPATHY_MAPS]);
}

/**
 * wm_document_get_blueprints:
 *
 * Returns: (transfer none): the service blueprints of the workspace
 */
WmObjectList *
wm_document_get_blueprints (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_BLUEPRINTS]);
}

/**
 * wm_document_get_history:
 *
 * Returns: (transfer none): the undo history of the workspace
 */
WmHistory *
wm_document_get_history (WmDocument *self)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);

  return self->history;
}

/**
 * wm_document_lookup:
 * @id: the id of an object
 *
 * Finds an object of the workspace by its id, as links between objects need. The index
 * behind it is rebuilt on the first lookup after objects were added or removed.
 *
 * Returns: (transfer none) (nullable): the object of the document's tree with that id, the
 *   document included, or %NULL when there is none
 */
WmObject *
wm_document_lookup (WmDocument *self,
                    const char *id)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (self->index == NULL)
    {
      self->index = g_hash_table_new (g_str_hash, g_str_equal);
      index_subtree (self->index, WM_OBJECT (self));
    }

  return g_hash_table_lookup (self->index, id);
}
