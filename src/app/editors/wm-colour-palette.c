/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wm-colour-palette.h"

/* A row of colour swatches: the light tones of the GNOME palette, which the templates use for
 * lanes, stages and cards, and "no colour". A colour from elsewhere (a file, an older version)
 * gets a swatch of its own while it is the current one, so the row always shows what is set.
 *
 * The palette only shows a value and reports the user's choice ("colour-chosen"); whoever
 * owns the value changes the model and sets it back.
 */
struct _WmColourPalette
{
  GtkWidget  parent_instance;

  char      *colour;   /* NULL while several values are shown at once */
  GtkWidget *custom;   /* the swatch of a colour outside the palette */
  guint      updating;
};

G_DEFINE_FINAL_TYPE (WmColourPalette, wm_colour_palette, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOUR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COLOUR_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *colour;
  const char *name;
} palette[] = {
  { "", N_("No Colour") },
  { "#99c1f1", N_("Blue") },
  { "#8ff0a4", N_("Green") },
  { "#f9f06b", N_("Yellow") },
  { "#ffbe6f", N_("Orange") },
  { "#f66151", N_("Red") },
  { "#dc8add", N_("Purple") },
  { "#cdab8f", N_("Brown") },
  { "#deddda", N_("Grey") },
};

#define SWATCH_COLOUR "wm-swatch-colour"

static gboolean
same_colour (const char *a,
             const char *b)
{
  return g_ascii_strcasecmp (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static gboolean
in_palette (const char *colour)
{
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (same_colour (palette[i].colour, colour))
      return TRUE;

  return FALSE;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GtkWidget *button = gtk_widget_get_parent (GTK_WIDGET (area));
  const char *colour = g_object_get_data (G_OBJECT (button), SWATCH_COLOUR);
  double radius = MIN (width, height) / 2.0 - 1.0;
  double cx = width / 2.0, cy = height / 2.0;
  GdkRGBA fg, fill;

  /* GTK 4.8 has no gtk_widget_get_color (). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  if (colour != NULL && gdk_rgba_parse (&fill, colour))
    {
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.18);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      return;
    }

  /* No colour: an empty ring, struck through. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.45);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_move_to (cr, cx - radius * M_SQRT1_2, cy + radius * M_SQRT1_2);
  cairo_line_to (cr, cx + radius * M_SQRT1_2, cy - radius * M_SQRT1_2);
  cairo_stroke (cr);
}

static void
set_swatch_colour (GtkWidget  *button,
                   const char *colour,
                   const char *name)
{
  g_object_set_data_full (G_OBJECT (button), SWATCH_COLOUR, g_strdup (colour), g_free);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_queue_draw (gtk_button_get_child (GTK_BUTTON (button)));
}

static void
update_swatches (WmColourPalette *self)
{
  gboolean custom = self->colour != NULL && !in_palette (self->colour);

  self->updating++;

  if (custom)
    {
      /* Translators: the tooltip of a colour that is not one of the palette's, e.g. "#12ab9f" */
      g_autofree char *name = g_strdup_printf (_("Custom Colour %s"), self->colour);

      set_swatch_colour (self->custom, self->colour, name);
    }
  gtk_widget_set_visible (self->custom, custom);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *colour = g_object_get_data (G_OBJECT (child), SWATCH_COLOUR);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child),
                                    self->colour != NULL && same_colour (colour, self->colour));
    }

  self->updating--;
}

static void
on_swatch_clicked (GtkButton       *button,
                   WmColourPalette *self)
{
  g_autofree char *colour = NULL;

  if (self->updating > 0)
    return;

  colour = g_strdup (g_object_get_data (G_OBJECT (button), SWATCH_COLOUR));
  /* Clicking toggled the button: show the value again, whatever the owner makes of it. */
  update_swatches (self);
  g_signal_emit (self, signals[COLOUR_CHOSEN], 0, colour);
}

static GtkWidget *
add_swatch (WmColourPalette *self,
            const char      *colour,
            const char      *name)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 18);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 18);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, NULL, NULL);
  gtk_button_set_child (GTK_BUTTON (button), area);
  gtk_widget_add_css_class (button, "colour-swatch");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  set_swatch_colour (button, colour, name);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_swatch_clicked), self, 0);
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return button;
}

static void
wm_colour_palette_dispose (GObject *object)
{
  WmColourPalette *self = WM_COLOUR_PALETTE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->custom = NULL;

  G_OBJECT_CLASS (wm_colour_palette_parent_class)->dispose (object);
}

static void
wm_colour_palette_finalize (GObject *object)
{
  WmColourPalette *self = WM_COLOUR_PALETTE (object);

  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (wm_colour_palette_parent_class)->finalize (object);
}

static void
wm_colour_palette_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WmColourPalette *self = WM_COLOUR_PALETTE (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_colour_palette_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WmColourPalette *self = WM_COLOUR_PALETTE (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      wm_colour_palette_set_colour (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_colour_palette_class_init (WmColourPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_colour_palette_dispose;
  object_class->finalize = wm_colour_palette_finalize;
  object_class->get_property = wm_colour_palette_get_property;
  object_class->set_property = wm_colour_palette_set_property;

  /**
   * WmColourPalette:colour:
   *
   * The colour shown as chosen: "#rrggbb", "" for none, or %NULL for none of the swatches
   * (when the palette stands for several objects of different colours).
   */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmColourPalette::colour-chosen:
   * @colour: "#rrggbb", or "" for no colour
   *
   * Emitted when the user picks a swatch.
   */
  signals[COLOUR_CHOSEN] =
    g_signal_new ("colour-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "colourpalette");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wm_colour_palette_init (WmColourPalette *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (layout), TRUE);

  self->colour = g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    add_swatch (self, palette[i].colour, _(palette[i].name));
  self->custom = add_swatch (self, "", "");
  update_swatches (self);
}

GtkWidget *
wm_colour_palette_new (void)
{
  return g_object_new (WM_TYPE_COLOUR_PALETTE, NULL);
}

/**
 * wm_colour_palette_get_colour:
 *
 * Returns: (nullable): the colour shown as chosen
 */
const char *
wm_colour_palette_get_colour (WmColourPalette *self)
{
  g_return_val_if_fail (WM_IS_COLOUR_PALETTE (self), NULL);

  return self->colour;
}

/**
 * wm_colour_palette_set_colour:
 * @colour: (nullable): "#rrggbb", "" for none, or %NULL to mark no swatch
 *
 * Shows @colour as the chosen one. This does not emit #WmColourPalette::colour-chosen.
 */
void
wm_colour_palette_set_colour (WmColourPalette *self,
                              const char      *colour)
{
  g_return_if_fail (WM_IS_COLOUR_PALETTE (self));

  if (self->colour != NULL && colour != NULL && same_colour (self->colour, colour))
    return;
  if (self->colour == NULL && colour == NULL)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  update_swatches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

/**
 * wm_colour_palette_choose:
 * @colour: a colour of the palette, or ""
 *
 * Activates the swatch of @colour, as a click on it does.
 */
void
wm_colour_palette_choose (WmColourPalette *self,
                          const char      *colour)
{
  g_return_if_fail (WM_IS_COLOUR_PALETTE (self));
  g_return_if_fail (colour != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child)
        && same_colour (g_object_get_data (G_OBJECT (child), SWATCH_COLOUR), colour))
      {
        gtk_widget_activate (child);
        return;
      }

  g_critical ("%s: %s is not a colour of the palette", G_STRFUNC, colour);
}
