/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include "wm-preferences-window.h"

/* The preferences live in GSettings; the rows are bound to the keys, so changes apply at once
 * (the colour scheme through the application, which watches its key).
 */
struct _WmPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *colour_scheme_row;
  GtkSpinButton        *autosave_spin;
  AdwComboRow          *export_format_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (WmPreferencesWindow, wm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of the string keys, in the order of their rows. */
static const char * const colour_schemes[] = { "system", "light", "dark", NULL };
static const char * const export_formats[] = { "svg", "png", "pdf", NULL };

static gboolean
choice_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], choice))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
index_to_choice (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char * const *choices = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[index]);
}

static gboolean
uint_to_double (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));

  return TRUE;
}

static GVariant *
double_to_uint (const GValue       *value,
                const GVariantType *expected_type,
                gpointer            user_data)
{
  double seconds = g_value_get_double (value);

  return g_variant_new_uint32 ((guint32) CLAMP (seconds, 0, G_MAXUINT32));
}

static void
wm_preferences_window_dispose (GObject *object)
{
  WmPreferencesWindow *self = WM_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wm_preferences_window_parent_class)->dispose (object);
}

static void
wm_preferences_window_class_init (WmPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/waymark/Waymark/wm-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmPreferencesWindow, colour_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, WmPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, WmPreferencesWindow, export_format_row);
}

static void
wm_preferences_window_init (WmPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind_with_mapping (self->settings, "colour-scheme",
                                self->colour_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_index, index_to_choice,
                                (gpointer) colour_schemes, NULL);
  g_settings_bind_with_mapping (self->settings, "default-export-format",
                                self->export_format_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_index, index_to_choice,
                                (gpointer) export_formats, NULL);
  g_settings_bind_with_mapping (self->settings, "autosave-interval",
                                self->autosave_spin, "value",
                                G_SETTINGS_BIND_DEFAULT,
                                uint_to_double, double_to_uint,
                                NULL, NULL);
}

/**
 * wm_preferences_window_new:
 * @parent: (nullable): the window to stay above
 *
 * Returns: (transfer none): a new preferences window, owned by GTK until it closes
 */
WmPreferencesWindow *
wm_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (WM_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}
