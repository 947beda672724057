/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-edit-util.h"
#include "wm-persona-edit.h"

static const char * const list_properties[WM_PERSONA_N_LISTS] = {
  "goals", "needs", "frustrations", "behaviours", "motivations", "channels", "tags",
};

/**
 * wm_persona_list_get_property:
 *
 * Returns: the name of the #WmPersona property that holds @list
 */
const char *
wm_persona_list_get_property (WmPersonaList list)
{
  g_return_val_if_fail (list < WM_PERSONA_N_LISTS, NULL);

  return list_properties[list];
}

/**
 * wm_persona_list_get_title:
 *
 * Returns: the heading of @list, translated
 */
const char *
wm_persona_list_get_title (WmPersonaList list)
{
  g_return_val_if_fail (list < WM_PERSONA_N_LISTS, NULL);

  switch (list)
    {
    case WM_PERSONA_LIST_GOALS:
      return _("Goals");
    case WM_PERSONA_LIST_NEEDS:
      return _("Needs");
    case WM_PERSONA_LIST_FRUSTRATIONS:
      return _("Frustrations");
    case WM_PERSONA_LIST_BEHAVIOURS:
      return _("Behaviours");
    case WM_PERSONA_LIST_MOTIVATIONS:
      return _("Motivations");
    case WM_PERSONA_LIST_CHANNELS:
      return _("Preferred Channels");
    case WM_PERSONA_LIST_TAGS:
    default:
      return _("Tags");
    }
}

/**
 * wm_persona_list_get_entries:
 *
 * Returns: (transfer none) (nullable): the entries of @list
 */
const char * const *
wm_persona_list_get_entries (WmPersona     *persona,
                             WmPersonaList  list)
{
  g_return_val_if_fail (WM_IS_PERSONA (persona), NULL);
  g_return_val_if_fail (list < WM_PERSONA_N_LISTS, NULL);

  switch (list)
    {
    case WM_PERSONA_LIST_GOALS:
      return wm_persona_get_goals (persona);
    case WM_PERSONA_LIST_NEEDS:
      return wm_persona_get_needs (persona);
    case WM_PERSONA_LIST_FRUSTRATIONS:
      return wm_persona_get_frustrations (persona);
    case WM_PERSONA_LIST_BEHAVIOURS:
      return wm_persona_get_behaviours (persona);
    case WM_PERSONA_LIST_MOTIVATIONS:
      return wm_persona_get_motivations (persona);
    case WM_PERSONA_LIST_CHANNELS:
      return wm_persona_get_channels (persona);
    case WM_PERSONA_LIST_TAGS:
    default:
      return wm_persona_get_tags (persona);
    }
}

/* A writable copy of @list's entries, as a pointer array of strings with a NULL at its end. */
static GPtrArray *
copy_entries (WmPersona     *persona,
              WmPersonaList  list)
{
  const char * const *entries = wm_persona_list_get_entries (persona, list);
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    g_ptr_array_add (copy, g_strdup (entries[i]));
  g_ptr_array_add (copy, NULL);

  return copy;
}

static void
set_entries (WmHistory     *history,
             WmPersona     *persona,
             WmPersonaList  list,
             GPtrArray     *entries)
{
  wm_history_seal (history);
  wm_history_set (history, WM_OBJECT (persona), list_properties[list], entries->pdata);
  wm_history_seal (history);
}

/**
 * wm_persona_edit_insert_entry:
 * @position: where in the list; past its end appends
 * @text: the new entry
 */
void
wm_persona_edit_insert_entry (WmHistory     *history,
                              WmPersona     *persona,
                              WmPersonaList  list,
                              guint          position,
                              const char    *text)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_PERSONA (persona));
  g_return_if_fail (list < WM_PERSONA_N_LISTS);
  g_return_if_fail (text != NULL);

  entries = copy_entries (persona, list);
  position = MIN (position, entries->len - 1);
  g_ptr_array_insert (entries, position, g_strdup (text));
  set_entries (history, persona, list, entries);
}

/**
 * wm_persona_edit_set_entry:
 *
 * Changes the text of an entry, as one undo step. Editors call it when the user is done with
 * the entry (Enter, or leaving it), not per key: only string properties merge into a typing
 * burst, and a list is not a string.
 */
void
wm_persona_edit_set_entry (WmHistory     *history,
                           WmPersona     *persona,
                           WmPersonaList  list,
                           guint          position,
                           const char    *text)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_PERSONA (persona));
  g_return_if_fail (list < WM_PERSONA_N_LISTS);
  g_return_if_fail (text != NULL);

  entries = copy_entries (persona, list);
  g_return_if_fail (position < entries->len - 1);

  if (g_str_equal (g_ptr_array_index (entries, position), text))
    return;

  g_free (g_ptr_array_index (entries, position));
  g_ptr_array_index (entries, position) = g_strdup (text);
  set_entries (history, persona, list, entries);
}

void
wm_persona_edit_remove_entry (WmHistory     *history,
                              WmPersona     *persona,
                              WmPersonaList  list,
                              guint          position)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_PERSONA (persona));
  g_return_if_fail (list < WM_PERSONA_N_LISTS);

  entries = copy_entries (persona, list);
  g_return_if_fail (position < entries->len - 1);

  g_ptr_array_remove_index (entries, position);
  set_entries (history, persona, list, entries);
}

/**
 * wm_persona_edit_move_entry:
 * @from: the entry's position
 * @to: its position afterwards
 */
void
wm_persona_edit_move_entry (WmHistory     *history,
                            WmPersona     *persona,
                            WmPersonaList  list,
                            guint          from,
                            guint          to)
{
  g_autoptr(GPtrArray) entries = NULL;
  char *entry;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_PERSONA (persona));
  g_return_if_fail (list < WM_PERSONA_N_LISTS);

  entries = copy_entries (persona, list);
  g_return_if_fail (from < entries->len - 1);
  to = MIN (to, entries->len - 2);
  if (from == to)
    return;

  entry = g_ptr_array_steal_index (entries, from);
  g_ptr_array_insert (entries, to, entry);
  set_entries (history, persona, list, entries);
}

typedef enum
{
  REFERENCE_NONE,
  REFERENCE_FIELD,   /* a string field holding the id */
  REFERENCE_LIST,    /* a string list field with the id among others */
} ReferenceKind;

/* Whether @field of @object refers to @persona_id, and how. */
static ReferenceKind
field_refers_to (WmObject      *object,
                 const WmField *field,
                 const char    *persona_id)
{
  ReferenceKind kind = REFERENCE_NONE;

  if ((field->flags & WM_FIELD_REFERENCE) == 0 || !g_type_is_a (WM_TYPE_PERSONA, field->type))
    return REFERENCE_NONE;

  if (field->pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *value = NULL;

      g_object_get (object, field->pspec->name, &value, NULL);
      if (value != NULL && g_str_equal (value, persona_id))
        kind = REFERENCE_FIELD;
    }
  else if (field->pspec->value_type == G_TYPE_STRV)
    {
      g_auto(GStrv) values = NULL;

      g_object_get (object, field->pspec->name, &values, NULL);
      if (values != NULL && g_strv_contains ((const char * const *) values, persona_id))
        kind = REFERENCE_LIST;
    }

  return kind;
}

typedef void (*ReferenceFunc) (WmObject      *object,
                               const WmField *field,
                               ReferenceKind  kind,
                               gpointer       user_data);

/* Calls @func for every field of @object and its descendants that refers to @persona_id. */
static void
walk_references (WmObject      *object,
                 const char    *persona_id,
                 ReferenceFunc  func,
                 gpointer       user_data)
{
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);
  guint n_fields = wm_object_class_get_n_fields (klass);

  for (guint i = 0; i < n_fields; i++)
    {
      const WmField *field = wm_object_class_get_field (klass, i);
      ReferenceKind kind;

      if (field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        {
          WmObjectList *children = NULL;

          g_object_get (object, field->pspec->name, &children, NULL);
          for (guint j = 0; children != NULL && j < wm_object_list_get_length (children); j++)
            walk_references (wm_object_list_get (children, j), persona_id, func, user_data);
          g_clear_object (&children);
          continue;
        }

      kind = field_refers_to (object, field, persona_id);
      if (kind != REFERENCE_NONE)
        func (object, field, kind, user_data);
    }
}

static void
note_reference (WmObject      *object,
                const WmField *field,
                ReferenceKind  kind,
                gpointer       user_data)
{
  gboolean *found = user_data;

  *found = TRUE;
}

/**
 * wm_persona_find_usages:
 * @document: the workspace holding @persona
 * @persona: a persona
 *
 * Finds the items that would lose a link if @persona went away: journey maps that list it
 * (or hold its emotion curve or a card linking to it), empathy maps and blueprints for it.
 *
 * Returns: (transfer container) (element-type WmObject): the items, in the order of the
 *   document: journey maps, empathy maps, then blueprints
 */
GPtrArray *
wm_persona_find_usages (WmDocument *document,
                        WmPersona  *persona)
{
  WmObjectList *lists[3];
  GPtrArray *usages;
  const char *id;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_PERSONA (persona), NULL);

  id = wm_object_get_id (WM_OBJECT (persona));
  lists[0] = wm_document_get_maps (document);
  lists[1] = wm_document_get_empathy_maps (document);
  lists[2] = wm_document_get_blueprints (document);
  usages = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < wm_object_list_get_length (lists[l]); i++)
      {
        WmObject *item = wm_object_list_get (lists[l], i);
        gboolean found = FALSE;

        walk_references (item, id, note_reference, &found);
        if (found)
          g_ptr_array_add (usages, g_object_ref (item));
      }

  return usages;
}

typedef struct
{
  WmHistory  *history;
  const char *persona_id;
  GPtrArray  *points;   /* emotion points to remove */
} Unlink;

static void
unlink_reference (WmObject      *object,
                  const WmField *field,
                  ReferenceKind  kind,
                  gpointer       user_data)
{
  Unlink *unlink = user_data;

  /* A point of the persona's curve means nothing without the persona. */
  if (WM_IS_EMOTION_POINT (object) && kind == REFERENCE_FIELD)
    {
      g_ptr_array_add (unlink->points, g_object_ref (object));
      return;
    }

  if (kind == REFERENCE_FIELD)
    {
      wm_history_set (unlink->history, object, field->pspec->name, "");
    }
  else
    {
      g_auto(GStrv) values = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;

      g_object_get (object, field->pspec->name, &values, NULL);
      for (guint i = 0; values[i] != NULL; i++)
        if (!g_str_equal (values[i], unlink->persona_id))
          g_strv_builder_add (builder, values[i]);
      kept = g_strv_builder_end (builder);
      wm_history_set (unlink->history, object, field->pspec->name, kept);
    }
}

static void
remove_from_parent_list (WmHistory *history,
                         WmObject  *object)
{
  WmObject *parent = wm_object_get_parent (object);
  WmObjectClass *klass;

  if (parent == NULL)
    return;

  klass = WM_OBJECT_GET_CLASS (parent);
  for (guint i = 0; i < wm_object_class_get_n_fields (klass); i++)
    {
      const WmField *field = wm_object_class_get_field (klass, i);
      g_autoptr(WmObjectList) children = NULL;
      guint position;

      if (field->pspec->value_type != WM_TYPE_OBJECT_LIST)
        continue;

      g_object_get (parent, field->pspec->name, &children, NULL);
      if (children != NULL && wm_object_list_find (children, object, &position))
        {
          wm_history_remove (history, children, position);
          return;
        }
    }
}

/**
 * wm_persona_edit_delete:
 * @document: the workspace holding @persona
 * @persona: the persona to delete
 *
 * Deletes @persona and every link to it, as one undo step: maps stop listing it and lose its
 * emotion curve, empathy maps and blueprints are no longer for it, cards no longer link to
 * it. Undo restores all of it.
 */
void
wm_persona_edit_delete (WmHistory  *history,
                        WmDocument *document,
                        WmPersona  *persona)
{
  g_autoptr(WmPersona) keep = NULL;
  g_autoptr(GPtrArray) points = NULL;
  WmObjectList *personas;
  WmObjectList *lists[3];
  Unlink unlink;
  guint position;

  g_return_if_fail (WM_IS_HISTORY (history));
  g_return_if_fail (WM_IS_DOCUMENT (document));
  g_return_if_fail (WM_IS_PERSONA (persona));

  personas = wm_document_get_personas (document);
  if (!wm_object_list_find (personas, WM_OBJECT (persona), &position))
    g_return_if_reached ();

  keep = g_object_ref (persona);
  points = g_ptr_array_new_with_free_func (g_object_unref);
  unlink = (Unlink) { history, wm_object_get_id (WM_OBJECT (persona)), points };
  lists[0] = wm_document_get_maps (document);
  lists[1] = wm_document_get_empathy_maps (document);
  lists[2] = wm_document_get_blueprints (document);

  wm_edit_begin_step (history, _("Delete Persona"));

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < wm_object_list_get_length (lists[l]); i++)
      walk_references (wm_object_list_get (lists[l], i), unlink.persona_id, unlink_reference,
                       &unlink);
  for (guint i = 0; i < points->len; i++)
    remove_from_parent_list (history, g_ptr_array_index (points, i));
  wm_history_remove (history, personas, position);

  wm_edit_end_step (history);
}

/**
 * wm_persona_edit_create_empathy_map:
 * @document: the workspace holding @persona
 * @persona: whose empathy map it is
 *
 * Appends an empathy map named after @persona and for it, as one undo step.
 *
 * Returns: (transfer none): the new empathy map
 */
WmEmpathyMap *
wm_persona_edit_create_empathy_map (WmHistory  *history,
                                    WmDocument *document,
                                    WmPersona  *persona)
{
  g_autoptr(WmEmpathyMap) map = NULL;
  const char *name;

  g_return_val_if_fail (WM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_PERSONA (persona), NULL);

  name = wm_persona_get_name (persona);
  map = wm_empathy_map_new (name[0] ? name : _("Unnamed persona"));
  wm_empathy_map_set_persona_id (map, wm_object_get_id (WM_OBJECT (persona)));

  wm_history_seal (history);
  wm_history_append (history, wm_document_get_empathy_maps (document), WM_OBJECT (map));
  wm_history_seal (history);

  return map;
}
