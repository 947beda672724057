/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-fail.h"

#include "wm-json-parser.h"
#include "wm-json-writer.h"

/* The JSON parser on its own: any input is parsed or refused with a position; what it parses,
 * the writer writes, and parsing that gives the same tree. */
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmJsonPositions) positions = NULL;
  guint line = 0, column = 0;
  JsonNode *node = wm_json_parse ((const char *) data, size, &positions, &line, &column, &error);
  g_autoptr(WmJsonWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  JsonNode *again;

  if (node == NULL)
    {
      g_assert (error != NULL && line >= 1 && column >= 1);
      return 0;
    }

  writer = wm_json_writer_new ();
  wm_json_writer_node (writer, node);
  bytes = wm_json_writer_finish (writer);
  again = wm_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, NULL, NULL, &error);
  if (again == NULL)
    fuzz_fail ("cannot parse what was written: %s", error->message);
  if (!json_node_equal (node, again))
    fuzz_fail ("the tree changed through writing");
  json_node_unref (again);
  json_node_unref (node);

  return 0;
}
