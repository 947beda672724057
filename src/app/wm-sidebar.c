/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-app"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-history.h"
#include "wm-kind.h"
#include "wm-sidebar.h"

/* The items of a workspace, one group per kind, each a GtkListBox bound to the document's
 * list of that kind. Editing (rename, duplicate, delete, move) goes through the window's
 * "win.*-item" actions, which take the item's id; only reordering by drag and drop happens
 * here, since it needs the rows.
 */

typedef struct
{
  WmSidebar          *sidebar;
  WmKind              kind;
  GtkWidget          *header;
  GtkListBox         *list;
  WmObjectList       *items;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;     /* the items the search lets through, bound to list */
} Group;

struct _WmSidebar
{
  GtkWidget       parent_instance;

  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkBox         *groups_box;
  AdwStatusPage  *empty_page;

  Group           groups[WM_N_KINDS];
  WmDocument     *document;
  WmObject       *selected_item;
  char           *search;        /* case-folded, or NULL */
  gboolean        selecting;     /* the selection is being changed from here */
};

G_DEFINE_FINAL_TYPE (WmSidebar, wm_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_ITEM,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static WmObject *
row_get_item (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "wm-item");
}

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized ? normalized : "", -1);
}

static gboolean
item_matches (WmSidebar *self,
              WmObject  *item)
{
  g_autofree char *name = NULL;

  if (self->search == NULL)
    return TRUE;

  name = fold (wm_object_get_display_name (item));

  return strstr (name, self->search) != NULL;
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  Group *group = user_data;

  return item_matches (group->sidebar, item);
}

static void
refilter (WmSidebar *self)
{
  for (guint k = 0; k < WM_N_KINDS; k++)
    gtk_filter_changed (GTK_FILTER (self->groups[k].filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Shows the groups that have something to show, and "No Results" when none does. */
static void
update_groups (WmSidebar *self)
{
  gboolean any = FALSE;

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      Group *group = &self->groups[k];
      gboolean visible = group->shown != NULL
                         && g_list_model_get_n_items (G_LIST_MODEL (group->shown)) > 0;

      gtk_widget_set_visible (group->header, visible);
      gtk_widget_set_visible (GTK_WIDGET (group->list), visible);
      any |= visible;
    }

  gtk_stack_set_visible_child_name (self->stack, any || self->search == NULL ? "items" : "empty");
}

static GtkListBoxRow *
find_row (Group    *group,
          WmObject *item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (group->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_get_item (GTK_LIST_BOX_ROW (child)) == item)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
set_selected (WmSidebar *self,
              WmObject  *item)
{
  if (g_set_object (&self->selected_item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* Makes the rows agree with selected_item: one row selected at most, in the right group. */
static void
sync_rows (WmSidebar *self)
{
  WmKind kind = wm_kind_of_item (self->selected_item);

  self->selecting = TRUE;
  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      Group *group = &self->groups[k];
      GtkListBoxRow *row = NULL;

      if (k == kind)
        row = find_row (group, self->selected_item);

      if (row != NULL)
        gtk_list_box_select_row (group->list, row);
      else
        gtk_list_box_unselect_all (group->list);
    }
  self->selecting = FALSE;
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 gpointer       user_data)
{
  Group *group = user_data;
  WmSidebar *self = group->sidebar;

  /* A row going away (when its item moves or is deleted) unselects it too; which item is
   * selected then is decided when the list has changed.
   */
  if (self->selecting || row == NULL)
    return;

  set_selected (self, row_get_item (row));
  sync_rows (self);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  gpointer       user_data)
{
  Group *group = user_data;

  g_signal_emit (group->sidebar, signals[ITEM_ACTIVATED], 0, row_get_item (row));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  WmSidebar *self = user_data;

  /* The list box made new rows for the changed range (it connected first): select the row
   * of the selected item again, or let the selection go when the item left the workspace.
   */
  if (self->selected_item != NULL
      && !wm_kind_find_item (self->document, self->selected_item, NULL, NULL))
    set_selected (self, NULL);

  sync_rows (self);
  update_groups (self);
}

static void
item_name_changed_cb (WmSidebar *self)
{
  if (self->search == NULL)
    return;

  refilter (self);
}

static GMenuModel *
create_item_menu (WmObject *item)
{
  static const struct
  {
    const char *label;
    const char *action;
    guint       section;
  } entries[] = {
    { N_("_Rename…"), "win.rename-item", 0 },
    { N_("D_uplicate"), "win.duplicate-item", 0 },
    { N_("Move _Up"), "win.move-item-up", 1 },
    { N_("Move _Down"), "win.move-item-down", 1 },
    { N_("_Delete"), "win.delete-item", 2 },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GMenu *sections[3];

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      sections[i] = g_menu_new ();
      g_menu_append_section (menu, NULL, G_MENU_MODEL (sections[i]));
      g_object_unref (sections[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (entry, entries[i].action,
                                               g_variant_new_string (wm_object_get_id (item)));
      g_menu_append_item (sections[entries[i].section], entry);
    }

  if (wm_kind_of_item (item) == WM_KIND_JOURNEY_MAP)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (_("Create _Blueprint"), NULL);

      g_menu_item_set_action_and_target_value (entry, "win.blueprint-from-map",
                                               g_variant_new_string (wm_object_get_id (item)));
      g_menu_append_item (sections[0], entry);
    }

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static Group *
group_for_item (WmSidebar *self,
                WmObject  *item)
{
  WmKind kind = wm_kind_of_item (item);

  if (kind == WM_N_KINDS || self->document == NULL)
    return NULL;

  return &self->groups[kind];
}

/* Drag and drop: a row is dragged onto another row of its group, and goes before or after it
 * depending on which half it is dropped on.
 */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListBoxRow *row)
{
  return gdk_content_provider_new_typed (WM_TYPE_OBJECT, row_get_item (row));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListBoxRow *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (row));
  double x = 0, y = 0;

  gtk_gesture_get_point (GTK_GESTURE (source), NULL, &x, &y);
  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  gtk_widget_add_css_class (GTK_WIDGET (row), "dragged");
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             gpointer       user_data)
{
  /* The drop may have replaced the row (the list box makes new rows for moved items). */
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  if (row != NULL)
    gtk_widget_remove_css_class (row, "dragged");
}

static void
clear_drop_marks (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "drop-before");
  gtk_widget_remove_css_class (row, "drop-after");
}

/* Whether the dragged value is an item of the same group as @row. */
static WmObject *
dragged_item (GtkDropTarget *target,
              GtkListBoxRow *row)
{
  const GValue *value = gtk_drop_target_get_value (target);
  WmObject *item;

  if (value == NULL || !G_VALUE_HOLDS (value, WM_TYPE_OBJECT))
    return NULL;

  item = g_value_get_object (value);
  if (item == NULL || wm_kind_of_item (item) != wm_kind_of_item (row_get_item (row)))
    return NULL;

  return item;
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                GtkListBoxRow *row)
{
  gboolean after = y > gtk_widget_get_height (GTK_WIDGET (row)) / 2.0;

  clear_drop_marks (GTK_WIDGET (row));
  if (dragged_item (target, row) == NULL)
    return 0;

  gtk_widget_add_css_class (GTK_WIDGET (row), after ? "drop-after" : "drop-before");

  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               GtkListBoxRow *row)
{
  clear_drop_marks (GTK_WIDGET (row));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListBoxRow *row)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (row), WM_TYPE_SIDEBAR);
  WmSidebar *self = WM_SIDEBAR (list);
  WmObject *item = dragged_item (target, row);
  Group *group;
  guint from, to;

  clear_drop_marks (GTK_WIDGET (row));
  if (item == NULL)
    return FALSE;

  group = group_for_item (self, item);
  if (group == NULL
      || !wm_object_list_find (group->items, item, &from)
      || !wm_object_list_find (group->items, row_get_item (row), &to))
    return FALSE;

  if (y > gtk_widget_get_height (GTK_WIDGET (row)) / 2.0)
    to++;
  if (from < to)
    to--;

  return wm_sidebar_move_item (self, item, to);
}

static gboolean
popup_menu_cb (GtkWidget *row,
               GVariant  *args,
               gpointer   user_data)
{
  GtkMenuButton *button = g_object_get_data (G_OBJECT (row), "wm-menu-button");

  gtk_menu_button_popup (button);

  return TRUE;
}

static void
secondary_click_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkWidget       *row)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_cb (row, NULL, NULL);
}

static GtkWidget *
create_row (gpointer object,
            gpointer user_data)
{
  Group *group = user_data;
  WmObject *item = object;
  const WmKindInfo *info = wm_kind_get_info (group->kind);
  g_autoptr(GMenuModel) menu = create_item_menu (item);
  GtkWidget *row, *box, *icon, *label, *button;
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;
  GtkGesture *click;
  GtkEventController *shortcuts;

  row = gtk_list_box_row_new ();
  g_object_set_data_full (G_OBJECT (row), "wm-item", g_object_ref (item), g_object_unref);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  icon = gtk_image_new_from_icon_name (info->icon_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->group_title), -1);
  gtk_box_append (GTK_BOX (box), icon);

  label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (item, "name", label, "label", G_BINDING_SYNC_CREATE);
  /* Long names are cut short. */
  g_object_bind_property (item, "name", label, "tooltip-text", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Item Menu"));
  gtk_widget_add_css_class (button, "item-menu-button");
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (row), "wm-menu-button", button);

  g_signal_connect_object (item, "notify::name", G_CALLBACK (item_name_changed_cb),
                           group->sidebar, G_CONNECT_SWAPPED);

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  g_signal_connect (drag_source, "drag-end", G_CALLBACK (drag_end_cb), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (WM_TYPE_OBJECT, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (drop_target, TRUE);
  g_signal_connect (drop_target, "motion", G_CALLBACK (drop_motion_cb), row);
  g_signal_connect (drop_target, "leave", G_CALLBACK (drop_leave_cb), row);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_click_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>F10|Menu"),
                      gtk_callback_action_new (popup_menu_cb, NULL, NULL)));
  gtk_widget_add_controller (row, shortcuts);

  return row;
}

/* F2 and Delete act on the selected item. */
static gboolean
item_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  WmSidebar *self = WM_SIDEBAR (gtk_widget_get_ancestor (widget, WM_TYPE_SIDEBAR));
  const char *action = user_data;

  if (self->selected_item == NULL)
    return FALSE;

  return gtk_widget_activate_action (widget, action, "s",
                                     wm_object_get_id (self->selected_item));
}

/* Arrow keys go on from the end of one group to the next. */
static gboolean
keynav_failed_cb (GtkWidget        *list,
                  GtkDirectionType  direction,
                  gpointer          user_data)
{
  Group *group = user_data;
  WmSidebar *self = group->sidebar;
  int step;

  if (direction == GTK_DIR_DOWN)
    step = 1;
  else if (direction == GTK_DIR_UP)
    step = -1;
  else
    return FALSE;

  for (int k = (int) group->kind + step; k >= 0 && k < WM_N_KINDS; k += step)
    {
      GtkWidget *next = GTK_WIDGET (self->groups[k].list);

      if (gtk_widget_get_visible (next) && gtk_widget_child_focus (next, direction))
        return TRUE;
    }

  return FALSE;
}

static void
search_changed_cb (WmSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (text[0] != '\0')
    self->search = fold (text);

  refilter (self);
  update_groups (self);
}

static void
stop_search_cb (WmSidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
wm_sidebar_dispose (GObject *object)
{
  WmSidebar *self = WM_SIDEBAR (object);

  GtkWidget *child;

  wm_sidebar_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_SIDEBAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (wm_sidebar_parent_class)->dispose (object);
}

static void
wm_sidebar_finalize (GObject *object)
{
  WmSidebar *self = WM_SIDEBAR (object);

  g_clear_pointer (&self->search, g_free);
  for (guint k = 0; k < WM_N_KINDS; k++)
    g_clear_object (&self->groups[k].filter);

  G_OBJECT_CLASS (wm_sidebar_parent_class)->finalize (object);
}

static void
wm_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WmSidebar *self = WM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected_item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WmSidebar *self = WM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      wm_sidebar_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ITEM:
      wm_sidebar_set_selected_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_sidebar_class_init (WmSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_sidebar_dispose;
  object_class->finalize = wm_sidebar_finalize;
  object_class->get_property = wm_sidebar_get_property;
  object_class->set_property = wm_sidebar_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WM_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, WM_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WmSidebar::item-activated:
   * @item: the item
   *
   * Emitted when the user chooses an item (a click, or Enter on its row).
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, WM_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/wm-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, WmSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WmSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, WmSidebar, groups_box);
  gtk_widget_class_bind_template_child (widget_class, WmSidebar, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wmsidebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wm_sidebar_init (WmSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      const WmKindInfo *info = wm_kind_get_info (k);
      Group *group = &self->groups[k];
      GtkEventController *shortcuts;

      group->sidebar = self;
      group->kind = k;
      group->filter = gtk_custom_filter_new (filter_item, group, NULL);

      group->header = gtk_label_new (_(info->group_title));
      gtk_label_set_xalign (GTK_LABEL (group->header), 0.0f);
      gtk_widget_add_css_class (group->header, "heading");
      gtk_widget_add_css_class (group->header, "sidebar-group-header");
      gtk_widget_set_visible (group->header, FALSE);
      gtk_box_append (self->groups_box, group->header);

      group->list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_widget_add_css_class (GTK_WIDGET (group->list), "navigation-sidebar");
      gtk_widget_set_visible (GTK_WIDGET (group->list), FALSE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (group->list),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, group->header, NULL,
                                      -1);
      g_signal_connect (group->list, "row-selected", G_CALLBACK (row_selected_cb), group);
      g_signal_connect (group->list, "row-activated", G_CALLBACK (row_activated_cb), group);
      g_signal_connect (group->list, "keynav-failed", G_CALLBACK (keynav_failed_cb), group);
      gtk_box_append (self->groups_box, GTK_WIDGET (group->list));

      shortcuts = gtk_shortcut_controller_new ();
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F2, 0),
                          gtk_callback_action_new (item_shortcut_cb, (gpointer) "win.rename-item",
                                                   NULL)));
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                          gtk_callback_action_new (item_shortcut_cb, (gpointer) "win.delete-item",
                                                   NULL)));
      gtk_widget_add_controller (GTK_WIDGET (group->list), shortcuts);
    }
}

GtkWidget *
wm_sidebar_new (void)
{
  return g_object_new (WM_TYPE_SIDEBAR, NULL);
}

/**
 * wm_sidebar_get_document:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
WmDocument *
wm_sidebar_get_document (WmSidebar *self)
{
  g_return_val_if_fail (WM_IS_SIDEBAR (self), NULL);

  return self->document;
}

void
wm_sidebar_set_document (WmSidebar  *self,
                         WmDocument *document)
{
  g_return_if_fail (WM_IS_SIDEBAR (self));
  g_return_if_fail (document == NULL || WM_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      Group *group = &self->groups[k];

      if (group->shown != NULL)
        g_signal_handlers_disconnect_by_data (group->shown, self);
      gtk_list_box_bind_model (group->list, NULL, NULL, NULL, NULL);
      g_clear_object (&group->shown);
      g_clear_object (&group->items);
    }

  set_selected (self, NULL);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      for (guint k = 0; k < WM_N_KINDS; k++)
        {
          Group *group = &self->groups[k];

          group->items = g_object_ref (wm_kind_get_list (k, document));
          group->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (group->items)),
                                                    g_object_ref (GTK_FILTER (group->filter)));
          gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->shown), create_row, group,
                                   NULL);
          g_signal_connect_object (group->shown, "items-changed", G_CALLBACK (items_changed_cb),
                                   self, 0);
        }
    }

  update_groups (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * wm_sidebar_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the selected item
 */
WmObject *
wm_sidebar_get_selected_item (WmSidebar *self)
{
  g_return_val_if_fail (WM_IS_SIDEBAR (self), NULL);

  return self->selected_item;
}

/**
 * wm_sidebar_set_selected_item:
 * @item: (nullable): an item of the workspace, or %NULL to select nothing
 */
void
wm_sidebar_set_selected_item (WmSidebar *self,
                              WmObject  *item)
{
  g_return_if_fail (WM_IS_SIDEBAR (self));
  g_return_if_fail (item == NULL || WM_IS_OBJECT (item));

  if (item != NULL
      && (self->document == NULL || !wm_kind_find_item (self->document, item, NULL, NULL)))
    {
      g_critical ("%s: the item is not in the workspace", G_STRFUNC);
      return;
    }

  set_selected (self, item);
  sync_rows (self);
}

const char *
wm_sidebar_get_search_text (WmSidebar *self)
{
  g_return_val_if_fail (WM_IS_SIDEBAR (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
wm_sidebar_set_search_text (WmSidebar  *self,
                            const char *text)
{
  g_return_if_fail (WM_IS_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Filter now rather than after the entry's delay. */
  search_changed_cb (self);
}

void
wm_sidebar_focus_search (WmSidebar *self)
{
  g_return_if_fail (WM_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * wm_sidebar_get_n_visible_items:
 *
 * Returns: how many item rows the filter lets through
 */
guint
wm_sidebar_get_n_visible_items (WmSidebar *self)
{
  guint n = 0;

  g_return_val_if_fail (WM_IS_SIDEBAR (self), 0);

  for (guint k = 0; k < WM_N_KINDS; k++)
    {
      GtkListBox *list = self->groups[k].list;

      if (!gtk_widget_get_visible (GTK_WIDGET (list)))
        continue;

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row))
          n++;
    }

  return n;
}

/**
 * wm_sidebar_move_item:
 * @item: an item of the workspace
 * @position: its position in its group after the move
 *
 * Moves @item within its group as one undo step, as dropping it there does.
 *
 * Returns: whether @item moved
 */
gboolean
wm_sidebar_move_item (WmSidebar *self,
                      WmObject  *item,
                      guint      position)
{
  Group *group;
  guint from;

  g_return_val_if_fail (WM_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (WM_IS_OBJECT (item), FALSE);

  group = group_for_item (self, item);
  if (group == NULL || !wm_object_list_find (group->items, item, &from))
    return FALSE;
  if (position >= wm_object_list_get_length (group->items) || position == from)
    return FALSE;

  wm_history_move (wm_document_get_history (self->document), group->items, from, group->items,
                   position);

  return TRUE;
}
