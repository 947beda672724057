/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-fail.h"

#include <string.h>

#include "wm-journey-format.h"
#include "wm-mermaid.h"
#include "wm-model.h"

/* The whole path of a Mermaid journey: import it into a workspace that has a persona (so that
 * actors are matched as well as created); if it is a journey, write it as Mermaid, import
 * that, and write again. Reading must never crash or hang, an error must say where it is,
 * Waymark must read the Mermaid it wrote and write it the same way again,
 * the workspace must stay a valid .journey file, and undo must take the imports back. */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmPersona) me = wm_persona_new ("Me");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) problems_again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(WmDocument) loaded = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  WmHistory *history = wm_document_get_history (document);
  WmJourneyMap *map, *again;

  wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (me));

  map = wm_mermaid_import (document, bytes, &problems, &error);
  if (map == NULL)
    {
      WmProblem *last;

      g_assert (error != NULL);
      g_assert (problems != NULL && problems->len > 0);
      last = problems->pdata[problems->len - 1];
      g_assert (last->severity == WM_PROBLEM_ERROR);
      g_assert (last->line > 0 || error->code == WM_MERMAID_ERROR_TOO_LARGE);
      g_assert (wm_object_list_get_length (wm_document_get_maps (document)) == 0);
      return 0;
    }

  first = wm_mermaid_write (document, map, NULL);
  written = g_bytes_new_static (first, strlen (first));
  again = wm_mermaid_import (document, written, &problems_again, &error);
  if (again == NULL)
    fuzz_fail ("Waymark cannot read the Mermaid it wrote: %s\n%s", error->message, first);
  second = wm_mermaid_write (document, again, NULL);
  if (strcmp (first, second) != 0)
    fuzz_fail ("writing Mermaid is not stable:\n%s\n---\n%s", first, second);

  saved = wm_journey_format_write (document);
  loaded = wm_journey_format_read (saved, NULL, &error);
  if (loaded == NULL)
    fuzz_fail ("the workspace after the import is not valid: %s", error->message);

  g_assert (wm_history_undo (history));
  g_assert (wm_history_undo (history));
  g_assert (wm_object_list_get_length (wm_document_get_maps (document)) == 0);
  g_assert (wm_object_list_get_length (wm_document_get_personas (document)) == 1);

  return 0;
}
