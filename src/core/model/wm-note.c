/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-note.h"
#include "wm-object-private.h"

/* A sticky note in one area of an empathy map; the area is the list that holds it. */
struct _WmNote
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmNote, wm_note, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_COLOUR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_note_class_init (WmNoteClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "text", properties[PROP_TEXT], WM_FIELD_NONE, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);
}

static void
wm_note_init (WmNote *self)
{
}

/**
 * wm_note_new:
 * @text: (nullable): what the note says
 *
 * Returns: (transfer full): a new note
 */
WmNote *
wm_note_new (const char *text)
{
  return g_object_new (WM_TYPE_NOTE, "text", text, NULL);
}

const char *
wm_note_get_text (WmNote *self)
{
  g_return_val_if_fail (WM_IS_NOTE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TEXT]);
}

void
wm_note_set_text (WmNote     *self,
                  const char *text)
{
  g_return_if_fail (WM_IS_NOTE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TEXT], text);
}

const char *
wm_note_get_colour (WmNote *self)
{
  g_return_val_if_fail (WM_IS_NOTE (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_note_set_colour (WmNote     *self,
                    const char *colour)
{
  g_return_if_fail (WM_IS_NOTE (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}
