/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_COMMAND (wm_command_get_type ())
G_DECLARE_DERIVABLE_TYPE (WmCommand, wm_command, WM, COMMAND, GObject)

/**
 * WmCommandClass:
 * @apply: makes the change
 * @revert: undoes what @apply did
 * @merge: absorbs @other, which was applied right after @self, so that both become one undo
 *   step; returns %FALSE, changing nothing, when they do not belong together
 *
 * A change a user made, which the history can undo and redo.
 */
struct _WmCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (WmCommand *self);
  void     (*revert) (WmCommand *self);
  gboolean (*merge)  (WmCommand *self,
                      WmCommand *other);

  /*< private >*/
  gpointer padding[8];
};

const char *wm_command_get_label (WmCommand  *self);
void        wm_command_set_label (WmCommand  *self,
                                  const char *label);
void        wm_command_apply     (WmCommand  *self);
void        wm_command_revert    (WmCommand  *self);
gboolean    wm_command_merge     (WmCommand  *self,
                                  WmCommand  *other);

G_END_DECLS
