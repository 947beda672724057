/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  WM_PROBLEM_ERROR,
  WM_PROBLEM_WARNING,
} WmProblemSeverity;

/**
 * WmProblem:
 * @severity: an error makes a file unreadable; a warning was repaired while reading
 * @line: 1-based line in the file, or 0 when unknown
 * @column: 1-based column (in characters), or 0 when unknown
 * @path: where in the document, as `maps[0].stages[2].steps`, or "" for the whole file
 * @message: what is wrong, translated
 *
 * One problem found while reading a file.
 */
typedef struct
{
  WmProblemSeverity  severity;
  guint              line;
  guint              column;
  char              *path;
  char              *message;
} WmProblem;

#define WM_TYPE_PROBLEM (wm_problem_get_type ())

GType      wm_problem_get_type  (void) G_GNUC_CONST;
WmProblem *wm_problem_new       (WmProblemSeverity  severity,
                                 guint              line,
                                 guint              column,
                                 const char        *path,
                                 const char        *message);
WmProblem *wm_problem_copy      (const WmProblem   *self);
void       wm_problem_free      (WmProblem         *self);
char      *wm_problem_to_string (const WmProblem   *self,
                                 const char        *filename);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmProblem, wm_problem_free)

G_END_DECLS
