/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-layout.h"
#include "wm-layout-blueprint.h"
#include "wm-layout-empathy.h"
#include "wm-layout-journey.h"
#include "wm-layout-persona.h"

G_DEFINE_QUARK (wm-layout-error-quark, wm_layout_error)

/**
 * wm_layout_item:
 * @document: the workspace
 * @item: one of its items (a journey map, persona, empathy map or blueprint)
 * @style: colours
 * @error: return location for a #WmLayoutError
 *
 * Lays out any workspace item: the display list the canvas, export and print all draw.
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

  if (WM_IS_EMPATHY_MAP (item))
    {
      g_autoptr(WmEmpathyLayout) layout = wm_empathy_layout_new (document, WM_EMPATHY_MAP (item), style);

      return g_object_ref (wm_empathy_layout_get_display_list (layout));
    }

  if (WM_IS_PERSONA (item))
    return wm_layout_persona (document, WM_PERSONA (item), style);

  if (WM_IS_SERVICE_BLUEPRINT (item))
    {
      g_autoptr(WmBlueprintLayout) layout = wm_blueprint_layout_new (document, WM_SERVICE_BLUEPRINT (item), style);

      return g_object_ref (wm_blueprint_layout_get_display_list (layout));
    }

  g_set_error (error, WM_LAYOUT_ERROR, WM_LAYOUT_ERROR_UNSUPPORTED,
               _("“%s” cannot be drawn: this version has no layout for its kind."),
               wm_object_get_display_name (item));
  return NULL;
}
