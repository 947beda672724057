/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include "wm-journey-format.h"
#include "wm-template.h"

/* A workspace shipped with Waymark that users start from: its items are copied into a
 * workspace. Only the title and description are kept; the items are read again when used.
 */
struct _WmTemplate
{
  GObject  parent_instance;

  GFile   *file;
  char    *title;
  char    *description;
};

G_DEFINE_FINAL_TYPE (WmTemplate, wm_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_template_finalize (GObject *object)
{
  WmTemplate *self = WM_TEMPLATE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (wm_template_parent_class)->finalize (object);
}

static void
wm_template_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WmTemplate *self = WM_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_template_class_init (WmTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_template_finalize;
  object_class->get_property = wm_template_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_template_init (WmTemplate *self)
{
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_utf8_collate (WM_TEMPLATE ((gpointer) a)->title, WM_TEMPLATE ((gpointer) b)->title);
}

/**
 * wm_template_list_new_from_dir:
 * @dir: a folder of .journey files
 *
 * Reads the templates in @dir. Files that cannot be read are skipped (and logged), since a
 * broken template must not keep the application from starting.
 *
 * Returns: (transfer full): a list of #WmTemplate sorted by title; empty when @dir is missing
 */
GListModel *
wm_template_list_new_from_dir (GFile *dir)
{
  g_autoptr(GListStore) store = g_list_store_new (WM_TYPE_TEMPLATE);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (G_IS_FILE (dir), NULL);

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (children == NULL)
    {
      g_debug ("No templates in %s: %s", g_file_peek_path (dir), error->message);
      return G_LIST_MODEL (g_steal_pointer (&store));
    }

  for (;;)
    {
      GFileInfo *info;
      GFile *file;
      g_autoptr(WmDocument) document = NULL;
      g_autoptr(GError) load_error = NULL;
      WmTemplate *template;

      if (!g_file_enumerator_iterate (children, &info, &file, NULL, &error))
        {
          g_debug ("Could not list templates: %s", error->message);
          break;
        }
      if (info == NULL)
        break;
      if (!g_str_has_suffix (g_file_info_get_name (info), ".journey"))
        continue;

      document = wm_journey_format_load (file, NULL, NULL, NULL, &load_error);
      if (document == NULL)
        {
          g_debug ("Skipping template %s: %s", g_file_peek_path (file), load_error->message);
          continue;
        }

      template = g_object_new (WM_TYPE_TEMPLATE, NULL);
      template->file = g_object_ref (file);
      if (wm_document_get_title (document)[0] != '\0')
        template->title = g_strdup (wm_document_get_title (document));
      else
        template->title = g_file_get_basename (file);
      template->description = g_strdup (wm_document_get_description (document));
      g_list_store_insert_sorted (store, template, compare_titles, NULL);
      g_object_unref (template);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * wm_template_get_file:
 *
 * Returns: (transfer none): the template's file
 */
GFile *
wm_template_get_file (WmTemplate *self)
{
  g_return_val_if_fail (WM_IS_TEMPLATE (self), NULL);

  return self->file;
}

const char *
wm_template_get_title (WmTemplate *self)
{
  g_return_val_if_fail (WM_IS_TEMPLATE (self), NULL);

  return self->title;
}

const char *
wm_template_get_description (WmTemplate *self)
{
  g_return_val_if_fail (WM_IS_TEMPLATE (self), NULL);

  return self->description;
}

/**
 * wm_template_load:
 *
 * Returns: (transfer full) (nullable): a fresh copy of the template's workspace
 */
WmDocument *
wm_template_load (WmTemplate  *self,
                  GError     **error)
{
  g_return_val_if_fail (WM_IS_TEMPLATE (self), NULL);

  return wm_journey_format_load (self->file, NULL, NULL, NULL, error);
}
