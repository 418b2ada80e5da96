/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-sidebar.h"

#include "gln-paper.h"

/* The views of the library, with their unread counts: the fixed ones, then a section each
 * for feeds, collections, tags and saved searches. Possible Duplicates is a fixed row shown
 * while there are pairs to review, or while it is selected. */
#define N_FIXED 7

struct _GlnSidebar
{
  GtkWidget       parent_instance;

  GListStore     *items;
  GlnSidebarItem *selected;
  GtkWidget      *duplicates_row;
  GlnSidebarItem *menu_item;
  GtkWidget      *menu;

  GtkListBox     *list_box;
  GMenuModel     *search_menu;
  GMenuModel     *collection_menu;
  GMenuModel     *feed_menu;
};

enum {
  PROP_0,
  PROP_SELECTED_ITEM,
  N_PROPS
};

enum {
  DELETE_SEARCH,
  RENAME_COLLECTION,
  DELETE_COLLECTION,
  PAPER_DROPPED,
  FEED_ACTION,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnSidebar, gln_sidebar, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static const char *
section_title (GlnSidebarKind kind)
{
  switch (kind)
    {
    case GLN_SIDEBAR_KIND_FEED:
      return _("Feeds");
    case GLN_SIDEBAR_KIND_COLLECTION:
      return _("Collections");
    case GLN_SIDEBAR_KIND_TAG:
      return _("Tags");
    case GLN_SIDEBAR_KIND_SEARCH:
      return _("Saved Searches");
    case GLN_SIDEBAR_KIND_INBOX:
    case GLN_SIDEBAR_KIND_UPDATED:
    case GLN_SIDEBAR_KIND_STARRED:
    case GLN_SIDEBAR_KIND_LIBRARY:
    case GLN_SIDEBAR_KIND_FOR_YOU:
    case GLN_SIDEBAR_KIND_TRASH:
    default:
      return NULL;
    }
}

static GlnSidebarItem *
row_get_item (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "gln-sidebar-item");
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  GlnSidebarKind kind = gln_sidebar_item_get_kind (row_get_item (row));
  const char *title = section_title (kind);
  GtkWidget *header;

  if (title == NULL ||
      (before != NULL && gln_sidebar_item_get_kind (row_get_item (before)) == kind))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) != NULL)
    return;

  header = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

static gboolean
count_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  gint64 count = g_value_get_int64 (from);

  g_value_take_string (to, count > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, count) : NULL);
  return TRUE;
}

static gboolean
count_to_visible (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_int64 (from) > 0);
  return TRUE;
}

static gboolean
string_to_visible (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_string (from) != NULL);
  return TRUE;
}

static void
update_row_description (GtkWidget *row)
{
  GlnSidebarItem *item = row_get_item (GTK_LIST_BOX_ROW (row));
  gint64 count = gln_sidebar_item_get_count (item);
  g_autofree char *description = NULL;

  if (count > 0 && gln_sidebar_is_duplicates (item))
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d pair to review",
                                                "%d pairs to review", count),
                                   (int) MIN (count, G_MAXINT));
  else if (count > 0 && gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_TRASH)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d paper in the trash",
                                                "%d papers in the trash", count),
                                   (int) MIN (count, G_MAXINT));
  else if (count > 0)
    /* The format is a plain %d: xgettext cannot see through G_GINT64_FORMAT. */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d unread", "%d unread",
                                                count),
                                   (int) MIN (count, G_MAXINT));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gln_sidebar_item_get_title (item),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_duplicates_row (GlnSidebar *self)
{
  GlnSidebarItem *item;

  if (self->duplicates_row == NULL)
    return;

  item = row_get_item (GTK_LIST_BOX_ROW (self->duplicates_row));
  gtk_widget_set_visible (self->duplicates_row,
                          gln_sidebar_item_get_count (item) > 0 || self->selected == item);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GlnSidebar *self = GLN_SIDEBAR (user_data);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *error = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *count = gtk_label_new (NULL);

  g_object_set_data_full (G_OBJECT (row), "gln-sidebar-item", g_object_ref (item), g_object_unref);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (error, "warning");
  gtk_widget_add_css_class (count, "sidebar-count");
  gtk_widget_add_css_class (count, "numeric");

  if (gln_sidebar_is_duplicates (item))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "edit-copy-symbolic");
      self->duplicates_row = row;
      g_signal_connect_object (item, "notify::count", G_CALLBACK (update_duplicates_row), self,
                               G_CONNECT_SWAPPED);
    }
  else
    g_object_bind_property (item, "icon-name", icon, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "title", title, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "error", error, "tooltip-text", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (item, "error", error, "visible", G_BINDING_SYNC_CREATE,
                               string_to_visible, NULL, NULL, NULL);
  g_object_bind_property_full (item, "count", count, "label", G_BINDING_SYNC_CREATE,
                               count_to_label, NULL, NULL, NULL);
  g_object_bind_property_full (item, "count", count, "visible", G_BINDING_SYNC_CREATE,
                               count_to_visible, NULL, NULL, NULL);
  g_signal_connect_object (item, "notify::count", G_CALLBACK (update_row_description), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::title", G_CALLBACK (update_row_description), row,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), error);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  update_row_description (row);
  if (row == self->duplicates_row)
    update_duplicates_row (self);

  return row;
}

static void
set_selected (GlnSidebar     *self,
              GlnSidebarItem *item)
{
  if (!g_set_object (&self->selected, item))
    return;

  update_duplicates_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_ITEM]);
}

static void
row_selected_cb (GlnSidebar    *self,
                 GtkListBoxRow *row,
                 GtkListBox    *list_box)
{
  /* Selection only moves, never clears: a view is always shown. */
  if (row != NULL)
    set_selected (self, row_get_item (row));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            GlnSidebar      *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->list_box, y);
  GlnSidebarItem *item;
  graphene_point_t point;

  if (row == NULL)
    return;

  item = row_get_item (row);
  if (gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_SEARCH)
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), self->search_menu);
  else if (gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_COLLECTION)
    {
      /* The review action acts on the selected collection. */
      gtk_list_box_select_row (self->list_box, row);
      gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), self->collection_menu);
    }
  else if (gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_FEED)
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), self->feed_menu);
  else
    return;

  g_set_object (&self->menu_item, item);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->list_box), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { point.x, point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The menu took the pointer while open: the row it was opened on never heard the pointer
 * leave, and stayed highlighted beside the row chosen next. */
static void
menu_closed_cb (GlnSidebar *self,
                GtkPopover *menu)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE);
}

static void
delete_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlnSidebar *self = GLN_SIDEBAR (widget);
  g_autoptr(GlnSidebarItem) item = g_steal_pointer (&self->menu_item);

  /* From the keyboard, the menu acts on the selected row. */
  if (item == NULL && self->selected != NULL &&
      gln_sidebar_item_get_kind (self->selected) == GLN_SIDEBAR_KIND_SEARCH)
    item = g_object_ref (self->selected);

  if (item != NULL)
    g_signal_emit (self, signals [DELETE_SEARCH], 0, item);
}

static GlnSidebarItem *
take_menu_item (GlnSidebar     *self,
                GlnSidebarKind  kind)
{
  GlnSidebarItem *item = g_steal_pointer (&self->menu_item);

  /* From the keyboard, the menu acts on the selected row. */
  if (item == NULL && self->selected != NULL && gln_sidebar_item_get_kind (self->selected) == kind)
    item = g_object_ref (self->selected);
  if (item != NULL && gln_sidebar_item_get_kind (item) != kind)
    g_clear_object (&item);

  return item;
}

static void
collection_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlnSidebar *self = GLN_SIDEBAR (widget);
  g_autoptr(GlnSidebarItem) item = take_menu_item (self, GLN_SIDEBAR_KIND_COLLECTION);

  if (item == NULL)
    return;

  if (g_str_equal (action_name, "sidebar.rename-collection"))
    g_signal_emit (self, signals [RENAME_COLLECTION], 0, item);
  else
    g_signal_emit (self, signals [DELETE_COLLECTION], 0, item);
}

static void
feed_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnSidebar *self = GLN_SIDEBAR (widget);
  g_autoptr(GlnSidebarItem) item = take_menu_item (self, GLN_SIDEBAR_KIND_FEED);

  if (item != NULL)
    g_signal_emit (self, signals [FEED_ACTION], 0, item, g_variant_get_string (parameter, NULL));
}

/* A paper dragged from the list onto a collection joins it. */
static gboolean
paper_dropped_cb (GtkDropTarget *target,
                  const GValue  *value,
                  double         x,
                  double         y,
                  GlnSidebar    *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->list_box, y);
  GlnSidebarItem *item;

  if (row == NULL || !G_VALUE_HOLDS (value, GLN_TYPE_PAPER))
    return FALSE;

  item = row_get_item (row);
  if (gln_sidebar_item_get_kind (item) != GLN_SIDEBAR_KIND_COLLECTION)
    return FALSE;

  g_signal_emit (self, signals [PAPER_DROPPED], 0, item, g_value_get_object (value));
  return TRUE;
}

static void
gln_sidebar_dispose (GObject *object)
{
  GlnSidebar *self = (GlnSidebar *)object;
  GtkWidget *child;

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->duplicates_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_SIDEBAR);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->items);
  g_clear_object (&self->selected);
  g_clear_object (&self->menu_item);

  G_OBJECT_CLASS (gln_sidebar_parent_class)->dispose (object);
}

static void
gln_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlnSidebar *self = GLN_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_sidebar_class_init (GlnSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_sidebar_dispose;
  object_class->get_property = gln_sidebar_get_property;

  properties [PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, GLN_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnSidebar::delete-search:
   * @item: the saved search
   *
   * Emitted when the user asks to delete a saved search.
   */
  signals [DELETE_SEARCH] =
    g_signal_new ("delete-search",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLN_TYPE_SIDEBAR_ITEM);

  /**
   * GlnSidebar::rename-collection:
   * @item: the collection
   *
   * Emitted when the user asks to rename a collection.
   */
  signals [RENAME_COLLECTION] =
    g_signal_new ("rename-collection",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLN_TYPE_SIDEBAR_ITEM);

  /**
   * GlnSidebar::delete-collection:
   * @item: the collection
   *
   * Emitted when the user asks to delete a collection (its papers stay in the library).
   */
  signals [DELETE_COLLECTION] =
    g_signal_new ("delete-collection",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLN_TYPE_SIDEBAR_ITEM);

  /**
   * GlnSidebar::paper-dropped:
   * @item: the collection
   * @paper: the paper dropped on it
   *
   * Emitted when a paper is dragged onto a collection.
   */
  signals [PAPER_DROPPED] =
    g_signal_new ("paper-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, GLN_TYPE_SIDEBAR_ITEM, GLN_TYPE_PAPER);

  /**
   * GlnSidebar::feed-action:
   * @item: the feed
   * @verb: "refresh", "rename" or "remove"
   *
   * Emitted when the user picks an entry of a feed's menu.
   */
  signals [FEED_ACTION] =
    g_signal_new ("feed-action",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, GLN_TYPE_SIDEBAR_ITEM, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnSidebar, list_box);
  gtk_widget_class_bind_template_child (widget_class, GlnSidebar, search_menu);
  gtk_widget_class_bind_template_child (widget_class, GlnSidebar, collection_menu);
  gtk_widget_class_bind_template_child (widget_class, GlnSidebar, feed_menu);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.delete-search", NULL,
                                   delete_search_action);
  gtk_widget_class_install_action (widget_class, "sidebar.feed", "s", feed_action);
  gtk_widget_class_install_action (widget_class, "sidebar.rename-collection", NULL,
                                   collection_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete-collection", NULL,
                                   collection_action);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gln_sidebar_init (GlnSidebar *self)
{
  static const struct {
    GlnSidebarKind kind;
    gint64 id;
    const char *title;
  } fixed[N_FIXED] = {
    { GLN_SIDEBAR_KIND_INBOX, 0, N_("Inbox") },
    { GLN_SIDEBAR_KIND_UPDATED, 0, N_("Updated") },
    { GLN_SIDEBAR_KIND_STARRED, 0, N_("Starred") },
    { GLN_SIDEBAR_KIND_LIBRARY, 0, N_("Library") },
    { GLN_SIDEBAR_KIND_LIBRARY, GLN_SIDEBAR_DUPLICATES_ID, N_("Possible Duplicates") },
    /* For you is listed second (see gln_sidebar_init()'s list below). */
    { GLN_SIDEBAR_KIND_FOR_YOU, 0, N_("For You") },
    { GLN_SIDEBAR_KIND_TRASH, 0, N_("Trash") },
  };
  GtkDropTarget *drop;
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (GLN_TYPE_SIDEBAR_ITEM);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autoptr(GlnSidebarItem) item = gln_sidebar_item_new (fixed[i].kind, fixed[i].id,
                                                                  _(fixed[i].title));

      /* For you goes right after the Inbox: both are what is new. */
      if (fixed[i].kind == GLN_SIDEBAR_KIND_FOR_YOU)
        g_list_store_insert (self->items, 1, item);
      else
        g_list_store_append (self->items, item);
    }

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->items), create_row_cb, self, NULL);
  gtk_list_box_set_header_func (self->list_box, update_header_cb, NULL, NULL);

  drop = gtk_drop_target_new (GLN_TYPE_PAPER, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (paper_dropped_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), GTK_EVENT_CONTROLLER (drop));

  self->menu = gtk_popover_menu_new_from_model (self->search_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  g_signal_connect_object (self->menu, "closed", G_CALLBACK (menu_closed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Before the list box's own gesture, which would take the right click for its own. */
  gesture = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), GTK_EVENT_CONTROLLER (gesture));
}

GlnSidebar *
gln_sidebar_new (void)
{
  return g_object_new (GLN_TYPE_SIDEBAR, NULL);
}

static void
add_entries (GPtrArray      *items,
             GlnSidebarKind  kind,
             GPtrArray      *entries)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      GlnSummaryEntry *entry = g_ptr_array_index (entries, i);
      GlnSidebarItem *item = gln_sidebar_item_new (kind, entry->id, entry->name);

      gln_sidebar_item_set_count (item, entry->unread);
      gln_sidebar_item_set_error (item, entry->error);
      if (entry->query != NULL)
        gln_sidebar_item_set_query (item, entry->query);
      g_ptr_array_add (items, item);
    }
}

/**
 * gln_sidebar_set_summary:
 * @self: a #GlnSidebar
 * @summary: the library's summary
 *
 * Shows new counts, and new feeds, collections, tags and saved searches. The selected view
 * stays selected while it exists; when it is gone, the library is selected.
 */
void
gln_sidebar_set_summary (GlnSidebar              *self,
                         const GlnLibrarySummary *summary)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean same = TRUE;
  g_autoptr(GlnSidebarItem) selected = NULL;

  g_return_if_fail (GLN_IS_SIDEBAR (self));
  g_return_if_fail (summary != NULL);

  for (guint i = 0; i < N_FIXED; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->items), i));
  /* Index 1 is For you, which has no count. */
  gln_sidebar_item_set_count (g_ptr_array_index (items, 0), summary->inbox);
  gln_sidebar_item_set_count (g_ptr_array_index (items, 2), summary->updated);
  gln_sidebar_item_set_count (g_ptr_array_index (items, 3), summary->starred);
  gln_sidebar_item_set_count (g_ptr_array_index (items, 5), summary->duplicates);
  gln_sidebar_item_set_count (g_ptr_array_index (items, 6), summary->trash);

  add_entries (items, GLN_SIDEBAR_KIND_FEED, summary->feeds);
  add_entries (items, GLN_SIDEBAR_KIND_COLLECTION, summary->collections);
  add_entries (items, GLN_SIDEBAR_KIND_TAG, summary->tags);
  add_entries (items, GLN_SIDEBAR_KIND_SEARCH, summary->searches);

  same = items->len == n_items;
  for (guint i = N_FIXED; same && i < n_items; i++)
    {
      g_autoptr(GlnSidebarItem) old = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      same = gln_sidebar_item_equal (old, g_ptr_array_index (items, i));
    }

  if (same)
    {
      for (guint i = N_FIXED; i < n_items; i++)
        {
          g_autoptr(GlnSidebarItem) old = g_list_model_get_item (G_LIST_MODEL (self->items), i);
          GlnSidebarItem *fresh = g_ptr_array_index (items, i);

          gln_sidebar_item_set_count (old, gln_sidebar_item_get_count (fresh));
          gln_sidebar_item_set_error (old, gln_sidebar_item_get_error (fresh));
          gln_sidebar_item_set_query (old, gln_sidebar_item_get_query (fresh));
        }
      return;
    }

  selected = self->selected ? g_object_ref (self->selected) : NULL;
  g_list_store_splice (self->items, N_FIXED, n_items - N_FIXED, items->pdata + N_FIXED,
                       items->len - N_FIXED);

  if (selected == NULL ||
      !gln_sidebar_select (self, gln_sidebar_item_get_kind (selected),
                           gln_sidebar_item_get_id (selected)))
    gln_sidebar_select (self, GLN_SIDEBAR_KIND_LIBRARY, 0);
}

GListModel *
gln_sidebar_get_items (GlnSidebar *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->items);
}

GlnSidebarItem *
gln_sidebar_get_selected (GlnSidebar *self)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR (self), NULL);

  return self->selected;
}

/**
 * gln_sidebar_select:
 * @self: a #GlnSidebar
 * @kind: the kind of view
 * @id: the feed, collection, tag or saved search id; 0 for the fixed views
 *
 * Returns: whether the view exists and is now selected
 */
gboolean
gln_sidebar_select (GlnSidebar     *self,
                    GlnSidebarKind  kind,
                    gint64          id)
{
  guint n_items;

  g_return_val_if_fail (GLN_IS_SIDEBAR (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GlnSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (gln_sidebar_item_get_kind (item) == kind && gln_sidebar_item_get_id (item) == id)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);

          /* A row hidden for want of pairs is shown while it is selected. */
          gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
          gtk_list_box_select_row (self->list_box, row);
          /* A row that was already selected emits nothing; the item may be new. */
          set_selected (self, item);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * gln_sidebar_is_duplicates:
 * @item: a sidebar item
 *
 * Returns: whether @item is the Possible Duplicates row
 */
gboolean
gln_sidebar_is_duplicates (GlnSidebarItem *item)
{
  g_return_val_if_fail (GLN_IS_SIDEBAR_ITEM (item), FALSE);

  return gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_LIBRARY &&
         gln_sidebar_item_get_id (item) == GLN_SIDEBAR_DUPLICATES_ID;
}
