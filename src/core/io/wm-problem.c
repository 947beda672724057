/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-problem.h"

G_DEFINE_BOXED_TYPE (WmProblem, wm_problem, wm_problem_copy, wm_problem_free)

WmProblem *
wm_problem_new (WmProblemSeverity  severity,
                guint              line,
                guint              column,
                const char        *path,
                const char        *message)
{
  WmProblem *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (WmProblem, 1);
  self->severity = severity;
  self->line = line;
  self->column = column;
  self->path = g_strdup (path ? path : "");
  self->message = g_strdup (message);

  return self;
}

WmProblem *
wm_problem_copy (const WmProblem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return wm_problem_new (self->severity, self->line, self->column, self->path, self->message);
}

void
wm_problem_free (WmProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/**
 * wm_problem_to_string:
 * @self: a #WmProblem
 * @filename: (nullable): the file's name, as the user gave it
 *
 * Formats the problem the way compilers do, so that editors can jump to it:
 * `FILE:LINE:COL: error: PATH: message`.
 *
 * Returns: (transfer full): the line, without a newline
 */
char *
wm_problem_to_string (const WmProblem *self,
                      const char      *filename)
{
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);

  s = g_string_new (NULL);
  if (filename != NULL)
    g_string_append_printf (s, "%s:", filename);
  if (self->line > 0)
    g_string_append_printf (s, "%u:%u:", self->line, self->column);
  if (s->len > 0)
    g_string_append_c (s, ' ');
  /* Translators: the severity in "file:1:2: error: path: message" */
  g_string_append (s, self->severity == WM_PROBLEM_ERROR ? _("error") : _("warning"));
  g_string_append (s, ": ");
  if (self->path[0] != '\0')
    g_string_append_printf (s, "%s: ", self->path);
  g_string_append (s, self->message);

  return g_string_free (s, FALSE);
}
