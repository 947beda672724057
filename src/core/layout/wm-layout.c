/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-layout.h"
#include "wm-layout-journey.h"

G_DEFINE_QUARK (wm-layout-error-quark, wm_layout_error)

/**
 * wm_layout_item:
 * @document: the workspace
 * @item: one of its items (a journey map, persona, empathy map or blueprint)
 * @style: colours
 * @error: return location for a #WmLayoutError
 *
 * Lays out any workspace item for export. Kinds get their layout with their editor.
 *
 * Returns: (transfer full) (nullable): the display list
 */
WmDisplayList *
wm_layout_item (WmDocument    *document,
                WmObject      *item,
                const WmStyle *style,
                GError       **error)
{
  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_OBJECT (item), NULL);

  if (WM_IS_JOURNEY_MAP (item))
    {
      g_autoptr(WmJourneyLayout) layout = wm_journey_layout_new (document, WM_JOURNEY_MAP (item), style);

      return g_object_ref (wm_journey_layout_get_display_list (layout));
    }

  g_set_error (error, WM_LAYOUT_ERROR, WM_LAYOUT_ERROR_UNSUPPORTED,
               _("“%s” cannot be drawn yet: only journey maps have a layout in this version."),
               wm_object_get_display_name (item));
  return NULL;
}
