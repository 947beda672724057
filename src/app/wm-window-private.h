/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-kind.h"
#include "wm-sidebar.h"
#include "wm-window.h"

G_BEGIN_DECLS

struct _WmWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkToggleButton      *sidebar_button;
  GtkMenuButton        *add_button;
  GtkButton            *export_button;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  GtkFlowBox           *template_gallery;
  AdwFlap              *flap;
  WmSidebar            *sidebar;
  GtkStack             *content_stack;
  GMenu                *template_menu;
  GtkInfoBar           *changed_bar;

  GSettings            *settings;
  WmDocument           *document;
  GFile                *file;             /* NULL while untitled */
  char                 *file_name;        /* its display name */
  char                 *etag;             /* of file when last read or written */
  GFile                *loading_file;
  GCancellable         *cancellable;      /* cancelled when the window goes */
  GtkWidget            *editors[WM_N_KINDS];
  AdwToast             *delete_toast;     /* weak */
  gint64                delete_toast_time;
  guint                 dismiss_toast_id;
  guint                 autosave_id;      /* writes the draft */
  gint64                dirty_since;      /* first change not in the draft, or 0 */
  char                 *draft_id;         /* the window's draft, made on first need */
  gboolean              draft_written;
  gboolean              draft_failed;     /* told the user once */
  gboolean              restored;         /* shows a recovered draft: modified until saved */
  GFileMonitor         *monitor;          /* on file */
  guint                 disk_check_id;
  char                 *disk_etag;        /* the version on disk the user was told about */
  GCancellable         *reload_cancellable;
  gboolean              show_sidebar;
  gboolean              saving;
  gboolean              closing;          /* close-request lets the window go */
  GTask                *close_task;       /* the close being asked about */
  GtkPrintSettings     *print_settings;   /* of the last print, for the next one */
  GtkPrintOperation    *print_operation;  /* while printing */
};

void _wm_window_class_init_actions (GtkWidgetClass *widget_class);
void _wm_window_update_actions     (WmWindow       *self);
void _wm_window_save_as            (WmWindow       *self);
void _wm_window_show_error         (WmWindow       *self,
                                    const char     *heading,
                                    const char     *body);
void _wm_window_dismiss_delete_toast (WmWindow     *self);
void _wm_window_reload             (WmWindow       *self);
void _wm_window_keep_mine          (WmWindow       *self);

G_END_DECLS
