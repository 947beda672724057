/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-fail.h"

#include "wm-journey-format.h"

/* The whole path a file takes: read it; if it is a workspace, write it, read that back and
 * write again. Reading must never crash or hang; what Waymark wrote it must read, and writing
 * is stable (the second write equals the first). */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WmDocument) document = wm_journey_format_read (bytes, &problems, &error);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(WmDocument) again = NULL;

  if (document == NULL)
    {
      g_assert (error != NULL);
      g_assert (problems != NULL && problems->len > 0);
      return 0;
    }

  first = wm_journey_format_write (document);
  again = wm_journey_format_read (first, NULL, &error);
  if (again == NULL)
    fuzz_fail ("Waymark cannot read what it wrote: %s", error->message);
  second = wm_journey_format_write (again);
  if (!g_bytes_equal (first, second))
    fuzz_fail ("writing is not stable");

  return 0;
}
