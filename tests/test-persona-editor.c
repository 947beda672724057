/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "wm-colour-palette.h"
#include "wm-inspector-util.h"
#include "wm-journey-format.h"
#include "wm-persona-editor.h"
#include "wm-test-util.h"
#include "wm-test-xtest.h"

/* Drives the persona page as a user does, with real pointer and key events from XTest: types
 * into the name, adds, removes and drags list entries, picks a colour, follows "Used in" and
 * makes an empathy map; then checks the model, and that undo brings the page back without
 * steps of its own. */

typedef struct
{
  GtkWindow       *window;
  WmPersonaEditor *editor;
  WmDocument      *document;
  WmHistory       *history;
  WmPersona       *persona;
  GPtrArray       *shown;     /* items the editor asked to show */
} Fixture;

/* Brings @widget into the visible part of the page's scrolled window. */
static void
scroll_to (Fixture   *f,
           GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  /* Twice: scrolling can change the layout (rows wrap, the scrollbar shows), which moves the
   * widget again. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
      gtk_adjustment_set_value (adjustment, bounds.origin.y - 120);
      wm_test_pump (150);
    }
}

static void
click (Fixture   *f,
       GtkWidget *widget)
{
  scroll_to (f, widget);
  wm_test_click_widget (widget);
}

static void
on_show_item (WmPersonaEditor *editor,
              WmObject        *item,
              Fixture         *f)
{
  g_ptr_array_add (f->shown, g_object_ref (item));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = wm_test_template_path ("online-shop.journey");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->history = wm_document_get_history (f->document);
  f->persona = wm_object_list_get (wm_document_get_personas (f->document), 0);
  f->shown = g_ptr_array_new_with_free_func (g_object_unref);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 860);
  f->editor = WM_PERSONA_EDITOR (wm_persona_editor_new ());
  g_signal_connect (f->editor, "show-item", G_CALLBACK (on_show_item), f);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  wm_persona_editor_set_persona (f->editor, f->document, f->persona);
  gtk_window_present (f->window);
  wm_test_pump (500);
  /* The first click only focuses the X window. */
  click (f, wm_persona_editor_get_colour_palette (f->editor));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wm_test_pump (50);
  g_clear_pointer (&f->shown, g_ptr_array_unref);
  g_assert_finalize_object (f->document);
}

static guint
count_undo_steps (WmHistory *history)
{
  guint n = 0;

  while (wm_history_undo (history))
    n++;
  for (guint i = 0; i < n; i++)
    g_assert_true (wm_history_redo (history));

  return n;
}

static WmPersonaListEditor *
goals_editor (Fixture *f)
{
  return wm_persona_editor_get_list_editor (f->editor, WM_PERSONA_LIST_GOALS);
}

/* The text in the field of goal @i. */
static const char *
goal_text (Fixture *f,
           guint    i)
{
  GtkWidget *entry = wm_persona_list_editor_get_entry (goals_editor (f), i);

  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The page shows the persona. */
static void
test_shows_persona (Fixture       *f,
                    gconstpointer  data)
{
  const char * const *goals = wm_persona_get_goals (f->persona);
  GtkWidget *name = wm_persona_editor_get_field (f->editor, "name");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Ana Duarte");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (wm_persona_editor_get_field (f->editor,
                                                                                     "location"))),
                   ==, wm_persona_get_location (f->persona));
  for (guint i = 0; goals[i] != NULL; i++)
    g_assert_cmpstr (goal_text (f, i),
                     ==, goals[i]);
  g_assert_null (wm_persona_list_editor_get_entry (goals_editor (f),
                                                   g_strv_length ((char **) goals)));
  /* Wide enough for three list cards a row, the sheet is not a narrow form. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (goals_editor (f))), <, 420);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (goals_editor (f))), >, 250);
  g_assert_false (wm_history_get_can_undo (f->history));
}

/* Typing a new name: one step; undo shows the old one again and adds no step. */
static void
test_type_name (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *name = wm_persona_editor_get_field (f->editor, "name");

  click (f, name);
  wm_test_key (XK_a, GDK_CONTROL_MASK);
  wm_test_type_text ("Maya Lind");
  wm_test_key (XK_Return, 0);
  g_assert_cmpstr (wm_persona_get_name (f->persona), ==, "Maya Lind");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_persona_get_name (f->persona), ==, "Ana Duarte");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Ana Duarte");
  g_assert_false (wm_history_get_can_undo (f->history));
  g_assert_true (wm_history_get_can_redo (f->history));
}

/* The quote wraps onto more lines instead of running out of its field; typing replaces it in
 * one step, Enter ends the editing without a line break, and an empty quote shows its hint. */
static void
test_quote_wraps (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *quote = wm_persona_editor_get_field (f->editor, "quote");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (quote));
  GtkWidget *hint = gtk_widget_get_last_child (gtk_widget_get_parent (quote));
  g_autofree char *before = g_strdup (wm_persona_get_quote (f->persona));
  const char *text = "Show me the pump pressure, the boiler type and a real shot, not a "
                     "lifestyle photo. Then I will buy.";
  int one_line;

  g_assert_true (GTK_IS_TEXT_VIEW (quote));
  g_assert_true (GTK_IS_LABEL (hint));
  g_assert_false (gtk_widget_get_visible (hint));
  one_line = gtk_widget_get_height (wm_persona_editor_get_field (f->editor, "role"));

  click (f, quote);
  wm_test_key (XK_a, GDK_CONTROL_MASK);
  wm_test_key (XK_Delete, 0);
  wm_test_pump (50);
  g_assert_cmpstr (wm_persona_get_quote (f->persona), ==, "");
  g_assert_true (gtk_widget_get_visible (hint));
  wm_test_type_text (text);
  wm_test_key (XK_Return, 0);
  wm_test_pump (100);

  g_assert_cmpstr (wm_persona_get_quote (f->persona), ==, text);
  g_assert_false (gtk_widget_get_visible (hint));
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 1);
  /* All of it is on the page: the field grew to more than one line. */
  g_assert_cmpint (gtk_widget_get_height (quote), >, one_line + one_line / 2);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_persona_get_quote (f->persona), ==, before);
  {
    g_autofree char *shown = wm_inspector_get_text (quote);

    g_assert_cmpstr (shown, ==, before);
  }
}

/* Adding a goal by typing into the last field and Enter; removing one with its button. */
static void
test_add_and_remove_goal (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(GStrv) before = g_strdupv ((char **) wm_persona_get_goals (f->persona));
  guint n = g_strv_length (before);
  const char * const *goals;

  click (f, wm_persona_list_editor_get_add_entry (goals_editor (f)));
  wm_test_type_text ("Pay less");
  wm_test_key (XK_Return, 0);
  goals = wm_persona_get_goals (f->persona);
  g_assert_cmpuint (g_strv_length ((char **) goals), ==, n + 1);
  g_assert_cmpstr (goals[n], ==, "Pay less");
  wm_test_pump (50);
  g_assert_cmpstr (goal_text (f, n),
                   ==, "Pay less");
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (wm_persona_list_editor_get_add_entry (goals_editor (f)))),
                   ==, "");

  /* Editing an entry in place: click its text, and it becomes a field. */
  click (f, wm_persona_list_editor_get_view (goals_editor (f), n));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         wm_persona_list_editor_get_entry (goals_editor (f), n)));
  wm_test_key (XK_End, 0);
  wm_test_type_text (" now");
  wm_test_key (XK_Return, 0);
  g_assert_cmpstr (wm_persona_get_goals (f->persona)[n], ==, "Pay less now");

  click (f, wm_persona_list_editor_get_remove_button (goals_editor (f), 0));
  goals = wm_persona_get_goals (f->persona);
  g_assert_cmpuint (g_strv_length ((char **) goals), ==, n);
  g_assert_cmpstr (goals[0], ==, before[1]);
  wm_test_pump (50);
  g_assert_cmpstr (goal_text (f, 0),
                   ==, before[1]);

  g_assert_cmpuint (count_undo_steps (f->history), ==, 3);
  while (wm_history_undo (f->history))
    ;
  wm_test_pump (100);
  g_assert_cmpstrv (wm_persona_get_goals (f->persona), before);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (goal_text (f, i),
                     ==, before[i]);
  g_assert_null (wm_persona_list_editor_get_entry (goals_editor (f), n));
}

/* Dragging the first goal's handle to below the third goal. */
static void
test_drag_reorder (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(GStrv) before = g_strdupv ((char **) wm_persona_get_goals (f->persona));
  GtkWidget *handle = wm_persona_list_editor_get_handle (goals_editor (f), 0);
  GtkWidget *third = wm_persona_list_editor_get_view (goals_editor (f), 2);
  Display *xdisplay = wm_test_xdisplay ();
  const char * const *goals;
  int hx, hy, tx, ty;

  g_assert_cmpuint (g_strv_length (before), >=, 4);
  scroll_to (f, handle);
  wm_test_widget_to_root (handle, gtk_widget_get_width (handle) / 2.0,
                          gtk_widget_get_height (handle) / 2.0, &hx, &hy);
  wm_test_widget_to_root (third, 40, gtk_widget_get_height (third) - 3, &tx, &ty);

  XTestFakeMotionEvent (xdisplay, -1, hx, hy, CurrentTime);
  XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (60);
  for (int i = 1; i <= 12; i++)
    {
      XTestFakeMotionEvent (xdisplay, -1, hx + (tx - hx) * i / 12, hy + (ty - hy) * i / 12,
                            CurrentTime);
      XFlush (xdisplay);
      wm_test_pump (40);
    }
  /* The X drag protocol answers each position asynchronously: settle on the target. */
  for (int i = 0; i < 6; i++)
    {
      XTestFakeMotionEvent (xdisplay, -1, tx + (i % 2), ty, CurrentTime);
      XFlush (xdisplay);
      wm_test_pump (80);
    }
  XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
  XFlush (xdisplay);
  wm_test_pump (300);

  goals = wm_persona_get_goals (f->persona);
  g_assert_cmpstr (goals[0], ==, before[1]);
  g_assert_cmpstr (goals[1], ==, before[2]);
  g_assert_cmpstr (goals[2], ==, before[0]);
  g_assert_cmpstr (goals[3], ==, before[3]);
  g_assert_cmpstr (goal_text (f, 2),
                   ==, before[0]);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_true (wm_history_undo (f->history));
  g_assert_cmpstrv (wm_persona_get_goals (f->persona), before);
}

/* Alt+Down in an entry moves it down: the keyboard way to reorder. */
static void
test_keyboard_reorder (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(GStrv) before = g_strdupv ((char **) wm_persona_get_goals (f->persona));
  const char * const *goals;

  click (f, wm_persona_list_editor_get_view (goals_editor (f), 0));
  wm_test_key (XK_Down, GDK_ALT_MASK);
  goals = wm_persona_get_goals (f->persona);
  g_assert_cmpstr (goals[0], ==, before[1]);
  g_assert_cmpstr (goals[1], ==, before[0]);
  /* Focus follows the entry, so a second Alt+Down moves it on. */
  wm_test_key (XK_Down, GDK_ALT_MASK);
  goals = wm_persona_get_goals (f->persona);
  g_assert_cmpstr (goals[2], ==, before[0]);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
}

static GtkWidget *
swatch_not_showing (GtkWidget  *palette,
                    const char *colour)
{
  for (GtkWidget *child = gtk_widget_get_first_child (palette); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *swatch = g_object_get_data (G_OBJECT (child), "wm-swatch-colour");

      if (gtk_widget_get_visible (child) && swatch != NULL && swatch[0] != '\0'
          && g_ascii_strcasecmp (swatch, colour) != 0)
        return child;
    }
  return NULL;
}

static void
test_colour (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *palette = wm_persona_editor_get_colour_palette (f->editor);
  g_autofree char *before = g_strdup (wm_persona_get_colour (f->persona));
  GtkWidget *swatch = swatch_not_showing (palette, before);
  const char *chosen;

  g_assert_nonnull (swatch);
  chosen = g_object_get_data (G_OBJECT (swatch), "wm-swatch-colour");
  click (f, swatch);
  g_assert_cmpstr (wm_persona_get_colour (f->persona), ==, chosen);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpstr (wm_persona_get_colour (f->persona), ==, before);
  g_assert_cmpstr (wm_colour_palette_get_colour (WM_COLOUR_PALETTE (palette)), ==, before);
}

static GtkWidget *
nth_usage_row (Fixture *f,
               guint    n)
{
  GtkWidget *group = wm_persona_editor_get_usages_box (f->editor);
  guint i = 0;

  /* Rows that name an item carry its id. */
  for (GtkWidget *w = gtk_widget_get_first_child (group); w != NULL;)
    {
      if (ADW_IS_ACTION_ROW (w) && g_object_get_data (G_OBJECT (w), "wm-item-id") != NULL
          && gtk_widget_get_visible (w) && i++ == n)
        return w;
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL && w != group)
            w = gtk_widget_get_parent (w);
          w = w != NULL && w != group ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  return NULL;
}

/* "Used in" names the map, the empathy map and the blueprint; activating one asks to show it.
 * "Create Empathy Map" makes one for the persona (one step) and asks to show it. */
static void
test_used_in_and_create (Fixture       *f,
                         gconstpointer  data)
{
  WmObject *map = wm_object_list_get (wm_document_get_maps (f->document), 0);
  WmObjectList *empathy_maps = wm_document_get_empathy_maps (f->document);
  guint n = wm_object_list_get_length (empathy_maps);
  GtkWidget *row = nth_usage_row (f, 0);
  GtkWidget *create;
  WmEmpathyMap *created;

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   wm_object_get_display_name (map));
  g_assert_nonnull (nth_usage_row (f, 2));
  g_assert_null (nth_usage_row (f, 3));

  click (f, row);
  g_assert_cmpuint (f->shown->len, ==, 1);
  g_assert_true (g_ptr_array_index (f->shown, 0) == map);

  create = adw_preferences_group_get_header_suffix (
    ADW_PREFERENCES_GROUP (wm_persona_editor_get_usages_box (f->editor)));
  click (f, create);
  g_assert_cmpuint (wm_object_list_get_length (empathy_maps), ==, n + 1);
  created = wm_object_list_get (empathy_maps, n);
  g_assert_cmpstr (wm_empathy_map_get_persona_id (created), ==,
                   wm_object_get_id (WM_OBJECT (f->persona)));
  g_assert_cmpuint (f->shown->len, ==, 2);
  g_assert_true (g_ptr_array_index (f->shown, 1) == (gpointer) created);
  wm_test_pump (100);
  g_assert_nonnull (nth_usage_row (f, 3));
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
}

/* The proficiency scale, by a click and arrow keys: one step once it settles. Tags: added by
 * typing, removed with a chip's button. */
static void
test_proficiency_and_tags (Fixture       *f,
                           gconstpointer  data)
{
  WmPersonaListEditor *tags = wm_persona_editor_get_list_editor (f->editor, WM_PERSONA_LIST_TAGS);
  g_auto(GStrv) before = g_strdupv ((char **) wm_persona_get_tags (f->persona));
  GtkWidget *scale = wm_persona_editor_get_proficiency_scale (f->editor);
  guint n = g_strv_length (before);
  int initial = wm_persona_get_tech_proficiency (f->persona);

  /* A click on the trough moves the slider there: one step once it settles. */
  scroll_to (f, scale);
  wm_test_pointer_to_widget (scale, gtk_widget_get_width (scale) * 0.2, 12);
  wm_test_click (1);
  wm_test_pump (600);
  g_assert_cmpint (wm_persona_get_tech_proficiency (f->persona), ==,
                   (int) gtk_range_get_value (GTK_RANGE (scale)));
  g_assert_cmpint (wm_persona_get_tech_proficiency (f->persona), !=, initial);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  /* The arrow keys move it on; two presses sent back to back (so that machine load cannot put
   * more than the settle time between them) make one more step. */
  {
    Display *xdisplay = wm_test_xdisplay ();
    KeyCode right = XKeysymToKeycode (xdisplay, XK_Right);
    int clicked = wm_persona_get_tech_proficiency (f->persona);

    for (guint i = 0; i < 2; i++)
      {
        XTestFakeKeyEvent (xdisplay, right, True, CurrentTime);
        XTestFakeKeyEvent (xdisplay, right, False, CurrentTime);
      }
    XFlush (xdisplay);
    wm_test_pump (600);
    g_assert_cmpint (wm_persona_get_tech_proficiency (f->persona), >, clicked);
    g_assert_cmpint (wm_persona_get_tech_proficiency (f->persona), ==,
                     (int) gtk_range_get_value (GTK_RANGE (scale)));
    g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
  }
  g_assert_true (wm_history_undo (f->history));
  g_assert_true (wm_history_undo (f->history));
  wm_test_pump (100);
  g_assert_cmpint (wm_persona_get_tech_proficiency (f->persona), ==, initial);
  g_assert_cmpint ((int) gtk_range_get_value (GTK_RANGE (scale)), ==, initial);
  g_assert_false (wm_history_get_can_undo (f->history));

  click (f, wm_persona_list_editor_get_add_entry (tags));
  wm_test_type_text ("vip");
  wm_test_key (XK_Return, 0);
  g_assert_cmpuint (g_strv_length ((char **) wm_persona_get_tags (f->persona)), ==, n + 1);
  g_assert_cmpstr (wm_persona_get_tags (f->persona)[n], ==, "vip");
  wm_test_pump (100);
  click (f, wm_persona_list_editor_get_remove_button (tags, 0));
  g_assert_cmpstr (wm_persona_get_tags (f->persona)[0], ==, before[1]);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (wm_persona_list_editor_get_entry (tags, 0))), ==,
                   before[1]);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
}

static char *
write_png (int width,
           int height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("waymark-photo-XXXXXX.png", &path, &error);

  g_assert_no_error (error);
  close (fd);
  gdk_pixbuf_fill (pixbuf, 0x26a269ff);
  gdk_pixbuf_save (pixbuf, path, "png", &error, NULL);
  g_assert_no_error (error);

  return path;
}

/* A big photo is embedded downscaled (one step); something that is no picture is refused
 * and changes nothing. */
static void
test_photo (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *png = write_png (1600, 1200);
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autofree char *text_path = NULL;
  g_autoptr(GFile) text_file = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GInputStream) stream = NULL;
  WmImage *photo;
  int fd;

  g_assert_null (wm_persona_get_photo (f->persona));
  wm_persona_editor_set_photo_file (f->editor, file);
  for (guint i = 0; i < 100 && wm_persona_get_photo (f->persona) == NULL; i++)
    wm_test_pump (20);
  photo = wm_persona_get_photo (f->persona);
  g_assert_nonnull (photo);
  stream = g_memory_input_stream_new_from_bytes (wm_image_get_data (photo));
  pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, NULL);
  g_assert_nonnull (pixbuf);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 512);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 384);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_unlink (png);

  fd = g_file_open_tmp ("waymark-not-a-photo-XXXXXX.png", &text_path, NULL);
  g_assert_true (write (fd, "hello", 5) == 5);
  close (fd);
  text_file = g_file_new_for_path (text_path);
  wm_persona_editor_set_photo_file (f->editor, text_file);
  wm_test_pump (300);
  g_assert_true (wm_persona_get_photo (f->persona) == photo);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_unlink (text_path);

  g_assert_true (wm_history_undo (f->history));
  g_assert_null (wm_persona_get_photo (f->persona));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (!wm_test_xtest_init ())
    {
      g_test_skip ("needs an X11 display (run under Xvfb with GDK_BACKEND=x11)");
      return 77;
    }

  g_test_add ("/persona-editor/shows-persona", Fixture, NULL, fixture_set_up, test_shows_persona,
              fixture_tear_down);
  g_test_add ("/persona-editor/type-name", Fixture, NULL, fixture_set_up, test_type_name,
              fixture_tear_down);
  g_test_add ("/persona-editor/quote-wraps", Fixture, NULL, fixture_set_up, test_quote_wraps,
              fixture_tear_down);
  g_test_add ("/persona-editor/add-and-remove-goal", Fixture, NULL, fixture_set_up,
              test_add_and_remove_goal, fixture_tear_down);
  g_test_add ("/persona-editor/drag-reorder", Fixture, NULL, fixture_set_up, test_drag_reorder,
              fixture_tear_down);
  g_test_add ("/persona-editor/keyboard-reorder", Fixture, NULL, fixture_set_up,
              test_keyboard_reorder, fixture_tear_down);
  g_test_add ("/persona-editor/colour", Fixture, NULL, fixture_set_up, test_colour,
              fixture_tear_down);
  g_test_add ("/persona-editor/used-in-and-create", Fixture, NULL, fixture_set_up,
              test_used_in_and_create, fixture_tear_down);
  g_test_add ("/persona-editor/proficiency-and-tags", Fixture, NULL, fixture_set_up,
              test_proficiency_and_tags, fixture_tear_down);
  g_test_add ("/persona-editor/photo", Fixture, NULL, fixture_set_up, test_photo,
              fixture_tear_down);

  return g_test_run ();
}
