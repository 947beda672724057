/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-model"

#include "config.h"

#include <string.h>

#include "wm-image.h"

/* An embedded picture (a persona's photo, an image card). Immutable: replacing a picture is
 * setting another WmImage, which keeps undo simple.
 */
struct _WmImage
{
  GObject  parent_instance;

  char    *mime_type;
  GBytes  *data;
};

G_DEFINE_FINAL_TYPE (WmImage, wm_image, G_TYPE_OBJECT)

static void
wm_image_finalize (GObject *object)
{
  WmImage *self = WM_IMAGE (object);

  g_clear_pointer (&self->mime_type, g_free);
  g_clear_pointer (&self->data, g_bytes_unref);

  G_OBJECT_CLASS (wm_image_parent_class)->finalize (object);
}

static void
wm_image_class_init (WmImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_image_finalize;
}

static void
wm_image_init (WmImage *self)
{
}

/**
 * wm_image_new:
 * @mime_type: "image/png", "image/jpeg" or "image/svg+xml"
 * @data: the encoded picture
 *
 * Returns: (transfer full): a new image
 */
WmImage *
wm_image_new (const char *mime_type,
              GBytes     *data)
{
  WmImage *self;

  g_return_val_if_fail (mime_type != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (WM_TYPE_IMAGE, NULL);
  self->mime_type = g_strdup (mime_type);
  self->data = g_bytes_ref (data);

  return self;
}

const char *
wm_image_get_mime_type (WmImage *self)
{
  g_return_val_if_fail (WM_IS_IMAGE (self), NULL);

  return self->mime_type;
}

/**
 * wm_image_get_data:
 *
 * Returns: (transfer none): the encoded picture
 */
GBytes *
wm_image_get_data (WmImage *self)
{
  g_return_val_if_fail (WM_IS_IMAGE (self), NULL);

  return self->data;
}

gboolean
wm_image_equal (WmImage *a,
                WmImage *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_str_equal (a->mime_type, b->mime_type) && g_bytes_equal (a->data, b->data);
}

/**
 * wm_image_sniff_mime_type:
 * @data: the bytes of a picture
 *
 * Tells the kind of picture from its first bytes, for the kinds a workspace may embed.
 *
 * Returns: (nullable): "image/png", "image/jpeg", "image/svg+xml", or %NULL for anything else
 */
const char *
wm_image_sniff_mime_type (GBytes *data)
{
  gsize len;
  const guint8 *p = g_bytes_get_data (data, &len);
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (len >= sizeof png && memcmp (p, png, sizeof png) == 0)
    return "image/png";
  if (len >= 3 && p[0] == 0xff && p[1] == 0xd8 && p[2] == 0xff)
    return "image/jpeg";

  /* SVG: XML text whose root element is <svg>, perhaps after a declaration or comments. */
  if (len > 0 && g_utf8_validate ((const char *) p, MIN (len, 4096), NULL))
    {
      g_autofree char *head = g_strndup ((const char *) p, MIN (len, 4096));

      if (strstr (head, "<svg") != NULL)
        return "image/svg+xml";
    }

  return NULL;
}
