/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include "wm-card.h"
#include "wm-enums.h"
#include "wm-object-private.h"
#include "wm-step.h"

/* A card in a cell of a journey map: the cell is the card's lane (its parent) and its step. */
struct _WmCard
{
  WmObject parent_instance;
};

G_DEFINE_FINAL_TYPE (WmCard, wm_card, WM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP_ID,
  PROP_TEXT,
  PROP_COLOUR,
  PROP_TAGS,
  PROP_EVIDENCE,
  PROP_OWNER,
  PROP_LINK,
  PROP_IMAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
wm_card_class_init (WmCardClass *klass)
{
  WmObjectClass *object_class = WM_OBJECT_CLASS (klass);

  properties[PROP_STEP_ID] = g_param_spec_string ("step-id", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "step", properties[PROP_STEP_ID],
                             WM_FIELD_REQUIRED | WM_FIELD_REFERENCE | WM_FIELD_LOCAL,
                             WM_TYPE_STEP);

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "text", properties[PROP_TEXT], WM_FIELD_NONE, 0);

  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "colour", properties[PROP_COLOUR], WM_FIELD_COLOUR, 0);

  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "tags", properties[PROP_TAGS], WM_FIELD_NONE, 0);

  properties[PROP_EVIDENCE] = g_param_spec_enum ("evidence", NULL, NULL,
                                                 WM_TYPE_EVIDENCE, WM_EVIDENCE_NONE,
                                                 PARAM_FLAGS);
  wm_object_class_add_field (object_class, "evidence", properties[PROP_EVIDENCE], WM_FIELD_NONE, 0);

  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "owner", properties[PROP_OWNER], WM_FIELD_NONE, 0);

  properties[PROP_LINK] = g_param_spec_string ("link", NULL, NULL, "", PARAM_FLAGS);
  wm_object_class_add_field (object_class, "link", properties[PROP_LINK],
                             WM_FIELD_REFERENCE, WM_TYPE_OBJECT);

  properties[PROP_IMAGE] = g_param_spec_object ("image", NULL, NULL, WM_TYPE_IMAGE, PARAM_FLAGS);
  wm_object_class_add_field (object_class, "image", properties[PROP_IMAGE], WM_FIELD_NONE, 0);
}

static void
wm_card_init (WmCard *self)
{
}

/**
 * wm_card_new:
 * @step_id: the id of the step (column) the card sits in
 * @text: (nullable): the card's text
 *
 * Returns: (transfer full): a new card
 */
WmCard *
wm_card_new (const char *step_id,
             const char *text)
{
  return g_object_new (WM_TYPE_CARD, "step-id", step_id, "text", text, NULL);
}

const char *
wm_card_get_step_id (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_STEP_ID]);
}

void
wm_card_set_step_id (WmCard     *self,
                     const char *step_id)
{
  g_return_if_fail (WM_IS_CARD (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_STEP_ID], step_id);
}

const char *
wm_card_get_text (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_TEXT]);
}

void
wm_card_set_text (WmCard     *self,
                  const char *text)
{
  g_return_if_fail (WM_IS_CARD (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_TEXT], text);
}

const char *
wm_card_get_colour (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_COLOUR]);
}

void
wm_card_set_colour (WmCard     *self,
                    const char *colour)
{
  g_return_if_fail (WM_IS_CARD (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_COLOUR], colour);
}

const char * const *
wm_card_get_tags (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_strv (WM_OBJECT (self), properties[PROP_TAGS]);
}

void
wm_card_set_tags (WmCard             *self,
                  const char * const *tags)
{
  g_return_if_fail (WM_IS_CARD (self));

  g_object_set (self, "tags", tags, NULL);
}

WmEvidence
wm_card_get_evidence (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), WM_EVIDENCE_NONE);

  return _wm_object_get_enum (WM_OBJECT (self), properties[PROP_EVIDENCE]);
}

void
wm_card_set_evidence (WmCard     *self,
                      WmEvidence  evidence)
{
  g_return_if_fail (WM_IS_CARD (self));

  g_object_set (self, "evidence", evidence, NULL);
}

const char *
wm_card_get_owner (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_OWNER]);
}

void
wm_card_set_owner (WmCard     *self,
                   const char *owner)
{
  g_return_if_fail (WM_IS_CARD (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_OWNER], owner);
}

const char *
wm_card_get_link (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_string (WM_OBJECT (self), properties[PROP_LINK]);
}

void
wm_card_set_link (WmCard     *self,
                  const char *link)
{
  g_return_if_fail (WM_IS_CARD (self));

  _wm_object_set_string (WM_OBJECT (self), properties[PROP_LINK], link);
}

/**
 * wm_card_get_image:
 *
 * Returns: (transfer none) (nullable): the card's picture, on image lanes
 */
WmImage *
wm_card_get_image (WmCard *self)
{
  g_return_val_if_fail (WM_IS_CARD (self), NULL);

  return _wm_object_get_object (WM_OBJECT (self), properties[PROP_IMAGE]);
}

void
wm_card_set_image (WmCard  *self,
                   WmImage *image)
{
  g_return_if_fail (WM_IS_CARD (self));

  g_object_set (self, "image", image, NULL);
}
