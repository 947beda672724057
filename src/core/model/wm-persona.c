/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-persona.h"
#include "wm-object-private.h"

/* An archetypal customer. Maps, empathy maps and blueprints link to personas by id, so
 * one persona serves every document of the workspace.
 */
struct _WmPersona
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmPersona, wm_persona, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_PHOTO,
  PROP_ROLE,
  PROP_AGE,
  PROP_LOCATION,
  PROP_SEGMENT,
  PROP_QUOTE,
  PROP_BIO,
  PROP_GOALS,
  PROP_NEEDS,
  PROP_FRUSTRATIONS,
  PROP_BEHAVIOURS,
  PROP_MOTIVATIONS,
  PROP_CHANNELS,
  PROP_TECH_PROFICIENCY,
  PROP_TAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_persona_class_init (WmPersonaClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "name", properties[PROP_NAME], WM_FIELD_REQUIRED, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);

  properties[PROP_PHOTO] = g_param_spec_object ("photo", NULL, NULL, WM_TYPE_IMAGE, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "photo", properties[PROP_PHOTO], WM_FIELD_NONE, 0);

  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "role", properties[PROP_ROLE], WM_FIELD_NONE, 0);

  properties[PROP_AGE] = g_param_spec_string ("age", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "age", properties[PROP_AGE], WM_FIELD_NONE, 0);

  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "location", properties[PROP_LOCATION], WM_FIELD_NONE, 0);

  properties[PROP_SEGMENT] = g_param_spec_string ("segment", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "segment", properties[PROP_SEGMENT], WM_FIELD_NONE, 0);

  properties[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "quote", properties[PROP_QUOTE], WM_FIELD_NONE, 0);

  properties[PROP_BIO] = g_param_spec_string ("bio", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "bio", properties[PROP_BIO], WM_FIELD_NONE, 0);

  properties[PROP_GOALS] = g_param_spec_boxed ("goals", NULL, NULL, G_TYPE_STRV, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "goals", properties[PROP_GOALS], WM_FIELD_NONE, 0);

  properties[PROP_NEEDS] = g_param_spec_boxed ("needs", NULL, NULL, G_TYPE_STRV, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "needs", properties[PROP_NEEDS], WM_FIELD_NONE, 0);

  properties[PROP_FRUSTRATIONS] = g_param_spec_boxed ("frustrations", NULL, NULL, G_TYPE_STRV,
                                                      PARAM_FLAGS);
  wm_object_class_add_field (object_class, "frustrations", properties[PROP_FRUSTRATIONS],
                             WM_FIELD_NONE, 0);

  properties[PROP_BEHAVIOURS] = g_param_spec_boxed ("behaviours", NULL, NULL, G_TYPE_STRV,
                                                    PARAM_FLAGS);
  wm_object_class_add_field (object_class, "behaviours", properties[PROP_BEHAVIOURS], WM_FIELD_NONE,
                             0);

  properties[PROP_MOTIVATIONS] = g_param_spec_boxed ("motivations", NULL, NULL, G_TYPE_STRV,
                                                     PARAM_FLAGS);
  wm_object_class_add_field (object_class, "motivations", properties[PROP_MOTIVATIONS],
                             WM_FIELD_NONE, 0);

  properties[PROP_CHANNELS] = g_param_spec_boxed ("channels", NULL, NULL, G_TYPE_STRV, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "channels", properties[PROP_CHANNELS], WM_FIELD_NONE, 0);

  properties[PROP_TECH_PROFICIENCY] = g_param_spec_int ("tech-proficiency", NULL, NULL, 0, 100, 50,
                                                        PARAM_FLAGS);
  wm_object_class_add_field (object_class, "tech_proficiency", properties[PROP_TECH_PROFICIENCY],
                             WM_FIELD_NONE, 0);

  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "tags", properties[PROP_TAGS], WM_FIELD_NONE, 0);
}

static void
wm_persona_init (WmPersona *self)
{
}

/**
 * wm_persona_new:
 * @name: (nullable): the persona's name
 *
 * Returns: (transfer full): a new persona
 */
WmPersona *
wm_persona_new (const char *name)
{
  return g_object_new (WM_TYPE_PERSONA, "name", name, NULL);
}

const char *
wm_persona_get_name (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_NAME]);
}

void
wm_persona_set_name (WmPersona  *self,
                     const char *name)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_NAME], name);
}

const char *
wm_persona_get_colour (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_persona_set_colour (WmPersona  *self,
                       const char *colour)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}

/**
 * wm_persona_get_photo:
 *
 * Returns: (transfer none) (nullable): the persona's picture
 */
WmImage *
wm_persona_get_photo (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_PHOTO]);
}

void
wm_persona_set_photo (WmPersona *self,
                      WmImage   *photo)
{
  g_return_if_fail (WM_IS_PERSONA (self));
  g_return_if_fail (photo == NULL || WM_IS_IMAGE (photo));

  g_object_set (self, "photo", photo, NULL);
}

const char *
wm_persona_get_role (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_ROLE]);
}

void
wm_persona_set_role (WmPersona  *self,
                     const char *role)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_ROLE], role);
}

const char *
wm_persona_get_age (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_AGE]);
}

void
wm_persona_set_age (WmPersona  *self,
                    const char *age)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_AGE], age);
}

const char *
wm_persona_get_location (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_LOCATION]);
}

void
wm_persona_set_location (WmPersona  *self,
                         const char *location)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_LOCATION], location);
}

const char *
wm_persona_get_segment (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_SEGMENT]);
}

void
wm_persona_set_segment (WmPersona  *self,
                        const char *segment)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_SEGMENT], segment);
}

const char *
wm_persona_get_quote (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_QUOTE]);
}

void
wm_persona_set_quote (WmPersona  *self,
                      const char *quote)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_QUOTE], quote);
}

const char *
wm_persona_get_bio (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_BIO]);
}

void
wm_persona_set_bio (WmPersona  *self,
                    const char *bio)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_BIO], bio);
}

const char * const *
wm_persona_get_goals (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_GOALS]);
}

void
wm_persona_set_goals (WmPersona          *self,
                      const char * const *goals)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "goals", goals, NULL);
}

const char * const *
wm_persona_get_needs (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_NEEDS]);
}

void
wm_persona_set_needs (WmPersona          *self,
                      const char * const *needs)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "needs", needs, NULL);
}

const char * const *
wm_persona_get_frustrations (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_FRUSTRATIONS]);
}

void
wm_persona_set_frustrations (WmPersona          *self,
                             const char * const *frustrations)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "frustrations", frustrations, NULL);
}

const char * const *
wm_persona_get_behaviours (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_BEHAVIOURS]);
}

void
wm_persona_set_behaviours (WmPersona          *self,
                           const char * const *behaviours)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "behaviours", behaviours, NULL);
}

const char * const *
wm_persona_get_motivations (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_MOTIVATIONS]);
}

void
wm_persona_set_motivations (WmPersona          *self,
                            const char * const *motivations)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "motivations", motivations, NULL);
}

const char * const *
wm_persona_get_channels (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_CHANNELS]);
}

void
wm_persona_set_channels (WmPersona          *self,
                         const char * const *channels)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "channels", channels, NULL);
}

int
wm_persona_get_tech_proficiency (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), 50);

  return _wm_object_get_int (WM_OBJECT (self), properties[PROP_TECH_PROFICIENCY]);
}

void
wm_persona_set_tech_proficiency (WmPersona *self,
                                 int        tech_proficiency)
{
  g_return_if_fail (WM_IS_PERSONA (self));
  g_return_if_fail (tech_proficiency >= 0 && tech_proficiency <= 100);

  g_object_set (self, "tech-proficiency", tech_proficiency, NULL);
}

const char * const *
wm_persona_get_tags (WmPersona *self)
{
  g_return_val_if_fail (WM_IS_PERSONA (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_TAGS]);
}

void
wm_persona_set_tags (WmPersona          *self,
                     const char * const *tags)
{
  g_return_if_fail (WM_IS_PERSONA (self));

  g_object_set (self, "tags", tags, NULL);
}
