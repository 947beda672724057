/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "wm-drafts.h"
#include "wm-journey-format.h"
#include "wm-model.h"
#include "wm-test-util.h"

/* Nothing lost, the hard way: the real waymark program (WAYMARK_BINARY) opens a copy of a
 * template, the test renames an item with real key presses (XTest), waits for the draft, and
 * kills the program with SIGKILL. Started again, the program offers the draft; Enter restores
 * it, Ctrl+S saves it into the real file, Ctrl+Q quits, and the file holds the edit.
 *
 * The program runs on a private D-Bus session bus (so that it is the only Waymark there), with
 * its own drafts folder, settings in memory and a draft after one second without edits.
 */

#define EDIT "Nothing lost"
#define TIMEOUT_S 20

typedef struct
{
  Display   *display;
  char      *tmp;
  char      *path;          /* the workspace the user edits */
  char      *drafts;        /* WAYMARK_DRAFTS_DIR */
  char      *title;         /* of the workspace, which the window shows */
  char     **envp;
  GPid       pid;
} Fixture;

typedef gboolean (*Condition) (Fixture *f,
                               gpointer data);

static void
wait_until (Fixture    *f,
            Condition   condition,
            gpointer    data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;

  while (!condition (f, data))
    {
      siginfo_t info = { 0 };

      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      /* Without reaping it: has the program died? */
      if (f->pid != 0 && waitid (P_PID, f->pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0
          && info.si_pid == f->pid)
        g_error ("waymark exited (status %d) while waiting for %s", info.si_status, what);
      g_usleep (50 * 1000);
    }
}

/* X windows of the program */

/* Windows come and go while the test looks at them. */
static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  return 0;
}

static gulong
window_pid (Fixture *f,
            Window   window)
{
  Atom pid_atom = XInternAtom (f->display, "_NET_WM_PID", False);
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  gulong pid = 0;

  if (XGetWindowProperty (f->display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type, &format,
                          &n_items, &remaining, &data) == Success
      && data != NULL && n_items == 1 && format == 32)
    pid = *(unsigned long *) data;
  if (data != NULL)
    XFree (data);

  return pid;
}

static char *
window_title (Fixture *f,
              Window   window)
{
  Atom name_atom = XInternAtom (f->display, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (f->display, "UTF8_STRING", False);
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  char *title = NULL;

  if (XGetWindowProperty (f->display, window, name_atom, 0, 1024, False, utf8, &type, &format,
                          &n_items, &remaining, &data) == Success
      && data != NULL && format == 8)
    title = g_strndup ((const char *) data, n_items);
  if (data != NULL)
    XFree (data);

  return title != NULL ? title : g_strdup ("");
}

/* The program's mapped top-level windows. */
static GArray *
program_windows (Fixture *f)
{
  GArray *windows = g_array_new (FALSE, FALSE, sizeof (Window));
  Window root_return, parent_return, *children = NULL;
  unsigned int n_children = 0;

  XSync (f->display, False);
  if (!XQueryTree (f->display, DefaultRootWindow (f->display), &root_return, &parent_return,
                   &children, &n_children))
    return windows;

  for (unsigned int i = 0; i < n_children; i++)
    {
      XWindowAttributes attributes;

      if (window_pid (f, children[i]) != (gulong) f->pid)
        continue;
      /* Popups (tooltips, menus) are not windows of their own for the user. */
      if (!XGetWindowAttributes (f->display, children[i], &attributes)
          || attributes.map_state != IsViewable || attributes.override_redirect)
        continue;
      g_array_append_val (windows, children[i]);
    }
  if (children != NULL)
    XFree (children);

  return windows;
}

/* The workspace window, found by its title (which starts with "• " while modified). */
static Window
main_window (Fixture *f)
{
  g_autoptr(GArray) windows = program_windows (f);

  for (guint i = 0; i < windows->len; i++)
    {
      Window window = g_array_index (windows, Window, i);
      g_autofree char *title = window_title (f, window);

      if (g_str_has_suffix (title, f->title))
        return window;
    }

  return None;
}

/* Any other window of the program: a dialog. */
static Window
dialog_window (Fixture *f)
{
  g_autoptr(GArray) windows = program_windows (f);
  Window main = main_window (f);

  for (guint i = 0; i < windows->len; i++)
    if (g_array_index (windows, Window, i) != main)
      return g_array_index (windows, Window, i);

  return None;
}

static gboolean
has_main_window (Fixture *f,
                 gpointer data)
{
  return main_window (f) != None;
}

static gboolean
has_dialog (Fixture *f,
            gpointer data)
{
  return main_window (f) != None && dialog_window (f) != None;
}

static gboolean
has_no_dialog (Fixture *f,
               gpointer data)
{
  return dialog_window (f) == None;
}

static gboolean
main_window_modified (Fixture *f,
                      gpointer data)
{
  Window window = main_window (f);
  g_autofree char *title = window != None ? window_title (f, window) : NULL;

  return title != NULL && g_str_has_prefix (title, "•") == GPOINTER_TO_INT (data);
}

/* Keys. Without a window manager, the test gives the focus itself. */

static void
focus (Fixture *f,
       Window   window)
{
  XRaiseWindow (f->display, window);
  XSetInputFocus (f->display, window, RevertToPointerRoot, CurrentTime);
  XSync (f->display, False);
  g_usleep (200 * 1000);
}

static void
press (Fixture *f,
       KeySym   keysym,
       KeySym   modifier)
{
  KeyCode code = XKeysymToKeycode (f->display, keysym);
  KeyCode modifier_code = modifier != NoSymbol ? XKeysymToKeycode (f->display, modifier) : 0;

  g_assert_cmpint (code, !=, 0);
  if (modifier_code != 0)
    XTestFakeKeyEvent (f->display, modifier_code, True, CurrentTime);
  XTestFakeKeyEvent (f->display, code, True, CurrentTime);
  XTestFakeKeyEvent (f->display, code, False, CurrentTime);
  if (modifier_code != 0)
    XTestFakeKeyEvent (f->display, modifier_code, False, CurrentTime);
  XSync (f->display, False);
  g_usleep (150 * 1000);
}

static void
type_text (Fixture    *f,
           const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        press (f, XK_space, NoSymbol);
      else if (g_ascii_isupper (*p))
        press (f, (KeySym) g_ascii_tolower (*p), XK_Shift_L);
      else
        press (f, (KeySym) *p, NoSymbol);
    }
}

/* The program */

/* A test that fails leaves no program behind. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static void
start_program (Fixture *f)
{
  const char *binary = g_getenv ("WAYMARK_BINARY");
  const char *argv[] = { binary, f->path, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (binary);
  g_spawn_async (f->tmp, (char **) argv, f->envp, G_SPAWN_DO_NOT_REAP_CHILD, die_with_parent,
                 NULL, &f->pid, &error);
  g_assert_no_error (error);

  wait_until (f, has_main_window, NULL, "the window to show the workspace");
}

static int
wait_for_exit (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;
  int status = 0;
  pid_t done;

  while ((done = waitpid (f->pid, &status, WNOHANG)) == 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("waymark did not exit");
      g_usleep (50 * 1000);
    }
  g_assert_cmpint (done, ==, f->pid);
  g_spawn_close_pid (f->pid);
  f->pid = 0;

  return status;
}

/* Files */

static GPtrArray *
list_drafts (Fixture *f)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->drafts);
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = wm_drafts_list (dir, NULL, &error);

  g_assert_no_error (error);

  return drafts;
}

static gboolean
has_draft (Fixture *f,
           gpointer data)
{
  g_autoptr(GPtrArray) drafts = list_drafts (f);

  return drafts->len > 0;
}

static gboolean
file_has_edit (Fixture *f,
               gpointer data)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (f->path, &contents, NULL, NULL) && strstr (contents, EDIT) != NULL;
}

/* Whether an item of the workspace (persona, map, …) is named EDIT. */
static gboolean
document_has_edit (WmDocument *document)
{
  WmObjectList *lists[] = {
    wm_document_get_personas (document),
    wm_document_get_maps (document),
    wm_document_get_empathy_maps (document),
    wm_document_get_blueprints (document),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < wm_object_list_get_length (lists[l]); i++)
      if (g_str_equal (wm_object_get_display_name (wm_object_list_get (lists[l], i)), EDIT))
        return TRUE;

  return FALSE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_killed_and_recovered (void)
{
  g_autoptr(GTestDBus) bus = NULL;
  g_autofree char *template = wm_test_template_path ("online-shop.journey");
  g_autoptr(GBytes) original = wm_test_load_bytes (template);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(WmDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dbus_daemon = g_find_program_in_path ("dbus-daemon");
  Fixture fixture = { 0 }, *f = &fixture;
  int status;

  if (g_getenv ("DISPLAY") == NULL || (f->display = XOpenDisplay (NULL)) == NULL)
    {
      g_test_skip ("No X display");
      return;
    }
  XSetErrorHandler (ignore_x_error);
  if (dbus_daemon == NULL)
    {
      g_test_skip ("No dbus-daemon for a private session bus");
      XCloseDisplay (f->display);
      return;
    }

  /* Before the bus is up: GTestDBus unsets DISPLAY. */
  f->envp = g_get_environ ();
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  f->tmp = g_dir_make_tmp ("waymark-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->tmp, "shop.journey", NULL);
  f->drafts = g_build_filename (f->tmp, "drafts", NULL);
  g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (original, NULL),
                                      g_bytes_get_size (original), NULL));
  file = g_file_new_for_path (f->path);
  document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->title = g_strdup (wm_document_get_title (document));
  g_assert_cmpstr (f->title, !=, "");
  g_assert_false (document_has_edit (document));
  g_clear_object (&document);

  f->envp = g_environ_setenv (f->envp, "WAYMARK_DRAFTS_DIR", f->drafts, TRUE);
  f->envp = g_environ_setenv (f->envp, "WAYMARK_AUTOSAVE_SECONDS", "1", TRUE);
  f->envp = g_environ_setenv (f->envp, "GSETTINGS_BACKEND", "memory", TRUE);
  f->envp = g_environ_setenv (f->envp, "GDK_BACKEND", "x11", TRUE);
  f->envp = g_environ_setenv (f->envp, "DBUS_SESSION_BUS_ADDRESS",
                              g_test_dbus_get_bus_address (bus), TRUE);

  /* The pointer stays out of the way, so that no tooltip comes up. */
  XTestFakeMotionEvent (f->display, -1, DisplayWidth (f->display, DefaultScreen (f->display)) - 1,
                        DisplayHeight (f->display, DefaultScreen (f->display)) - 1, CurrentTime);
  XSync (f->display, False);

  /* 1. Edit: Ctrl+F goes to the sidebar's search, Tab to the first item, F2 renames it. */
  start_program (f);
  g_assert_false (main_window_modified (f, GINT_TO_POINTER (TRUE)));
  focus (f, main_window (f));
  press (f, XK_f, XK_Control_L);
  press (f, XK_Tab, NoSymbol);
  press (f, XK_F2, NoSymbol);
  wait_until (f, has_dialog, NULL, "the rename dialog");
  focus (f, dialog_window (f));
  press (f, XK_a, XK_Control_L);
  type_text (f, EDIT);
  press (f, XK_Return, NoSymbol);
  wait_until (f, main_window_modified, GINT_TO_POINTER (TRUE), "the window to be modified");

  /* 2. The draft appears; the user's file is untouched. Then the program dies. */
  wait_until (f, has_draft, NULL, "the draft");
  g_assert_false (file_has_edit (f, NULL));
  kill (f->pid, SIGKILL);
  status = wait_for_exit (f);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (wm_draft_is_recoverable (g_ptr_array_index (drafts, 0), NULL));
  g_assert_true (g_file_equal (wm_draft_get_original (g_ptr_array_index (drafts, 0)), file));
  document = wm_draft_load (g_ptr_array_index (drafts, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_has_edit (document));
  g_clear_object (&document);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  {
    g_autoptr(GBytes) now = wm_test_load_bytes (f->path);

    g_assert_true (g_bytes_equal (now, original));
  }

  /* 3. Started again, it offers the draft: Enter restores it (the default answer). */
  start_program (f);
  wait_until (f, has_dialog, NULL, "the recovery offer");
  focus (f, dialog_window (f));
  press (f, XK_Return, NoSymbol);
  wait_until (f, has_no_dialog, NULL, "the recovery offer to go");
  wait_until (f, main_window_modified, GINT_TO_POINTER (TRUE), "the restored workspace");

  /* 4. Ctrl+S writes the real file; the draft goes. Ctrl+Q quits cleanly. */
  focus (f, main_window (f));
  press (f, XK_s, XK_Control_L);
  wait_until (f, file_has_edit, NULL, "the file to be saved");
  wait_until (f, main_window_modified, GINT_TO_POINTER (FALSE), "the window to be saved");
  drafts = list_drafts (f);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  press (f, XK_q, XK_Control_L);
  status = wait_for_exit (f);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  document = wm_journey_format_load (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_has_edit (document));

  XCloseDisplay (f->display);
  g_test_dbus_down (bus);
  remove_tree (f->tmp);
  g_free (f->tmp);
  g_free (f->path);
  g_free (f->drafts);
  g_free (f->title);
  g_strfreev (f->envp);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recovery/killed-and-recovered", test_killed_and_recovered);

  return g_test_run ();
}
