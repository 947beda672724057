/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-document.h"

G_BEGIN_DECLS

/* Helpers the inspectors and the persona editor share for their text fields: a #GtkEditable
 * (an entry or entry row) or a #GtkTextView. */
char *wm_inspector_get_text          (GtkWidget  *widget);
void  wm_inspector_set_text          (GtkWidget  *widget,
                                      const char *text);
void  wm_inspector_settle_text_view  (GtkWidget  *view);
void  wm_inspector_set_text_margins  (GtkWidget  *view);

/* The plumbing the inspectors share: a field's edits merge into one undo step until it is
 * left (or Enter is pressed), and a refresh of the fields is scheduled for the next idle. */

/**
 * WmInspectorFieldFunc:
 * @field: the field: a #GtkEditable or a #GtkTextView
 * @owner: the inspector that watches it
 */
typedef void (*WmInspectorFieldFunc) (GtkWidget *field,
                                      gpointer   owner);

void  wm_inspector_seal              (WmDocument           *document);
void  wm_inspector_watch_document    (WmDocument          **slot,
                                      gulong               *handler,
                                      WmDocument           *document,
                                      GCallback             changed,
                                      gpointer              owner);
void  wm_inspector_watch_leaving     (GtkWidget            *widget,
                                      WmInspectorFieldFunc  left,
                                      gpointer              owner);
void  wm_inspector_watch_field       (GtkWidget            *field,
                                      WmInspectorFieldFunc  changed,
                                      WmInspectorFieldFunc  left,
                                      gpointer              owner);
void  wm_inspector_measure_narrow    (GtkWidget            *widget,
                                      GtkWidget            *child,
                                      GtkOrientation        orientation,
                                      int                   for_size,
                                      int                  *minimum,
                                      int                  *natural);

typedef void (*WmInspectorRefreshFunc) (gpointer owner);

/**
 * WmInspectorRefresh:
 *
 * A refresh scheduled for the next idle; embedded in the inspector it refreshes.
 */
typedef struct
{
  /*< private >*/
  guint                  source;
  WmInspectorRefreshFunc refresh;
  gpointer               owner;
} WmInspectorRefresh;

void  wm_inspector_refresh_init      (WmInspectorRefresh     *refresh,
                                      WmInspectorRefreshFunc  func,
                                      gpointer                owner);
void  wm_inspector_refresh_queue     (WmInspectorRefresh     *refresh);
void  wm_inspector_refresh_cancel    (WmInspectorRefresh     *refresh);

G_END_DECLS
