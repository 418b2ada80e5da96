/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-paper-marks.h"
#include "gln-paper-row.h"
#include "gln-paper-view.h"
#include "gln-plain-text.h"
#include "gln-sidebar.h"
#include "gln-store-board.h"

/* The main window: sidebar | paper list | reading pane. The sidebar is an AdwFlap, so it
 * folds over the content in a narrow window and F9 hides it; the list and the pane are an
 * AdwLeaflet, so a narrow window shows one of them with a back button. The list is a
 * GtkListView over a lazy GlnPaperList, which reads only the pages it shows. */

#define SUMMARY_DELAY_MS 250

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnWindow, gln_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties [N_PROPS];

static void
restore_window_state (GlnWindow *self)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display ? gdk_display_get_monitors (display) : NULL;
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  /* Never open larger than the screen, which a saved size from a bigger one would do. */
  if (monitors != NULL && g_list_model_get_n_items (monitors) > 0)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      if (geometry.width > 0 && geometry.height > 0)
        {
          width = MIN (width, geometry.width);
          height = MIN (height, geometry.height);
        }
    }

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_widget_set_size_request (self->sidebar_pane,
                               g_settings_get_int (self->settings, "sidebar-width"), -1);
  gtk_widget_set_size_request (self->list_pane,
                               g_settings_get_int (self->settings, "list-width"), -1);
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
save_window_state (GlnWindow *self)
{
  int width;
  int height;

  /* GTK 4 keeps the default size at the last unmaximized size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  /* A sidebar folded away for lack of room is not one the user hid. */
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "sidebar-visible",
                            adw_flap_get_reveal_flap (self->flap));
}

/* Only the outermost header bars show the window buttons, wherever they are. */
static void
update_headers (GlnWindow *self)
{
  gboolean sidebar_shown = adw_flap_get_reveal_flap (self->flap) &&
                           !adw_flap_get_folded (self->flap);
  gboolean leaflet_folded = adw_leaflet_get_folded (self->leaflet);

  adw_header_bar_set_show_start_title_buttons (self->list_header, !sidebar_shown);
  adw_header_bar_set_show_end_title_buttons (self->list_header, leaflet_folded);
  adw_header_bar_set_show_start_title_buttons (self->pane_header, leaflet_folded);
  gtk_widget_set_visible (self->back_button, leaflet_folded);
  gtk_widget_set_visible (self->pane_handle, !leaflet_folded);
  gtk_widget_set_visible (self->sidebar_handle, !adw_flap_get_folded (self->flap));
  gln_duplicates_view_set_start_title_buttons (self->duplicates_view, !sidebar_shown);
}

static void
layout_changed_cb (GlnWindow  *self,
                   GParamSpec *pspec,
                   GObject    *object)
{
  update_headers (self);
}

/* Dragging the edge of a pane resizes it; the width is remembered. */
typedef struct
{
  GtkWidget  *pane;
  const char *key;
  int         start_width;
  int         direction;
} PaneDrag;

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               PaneDrag       *drag)
{
  gtk_widget_get_size_request (drag->pane, &drag->start_width, NULL);
  if (drag->start_width <= 0)
    drag->start_width = gtk_widget_get_width (drag->pane);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                PaneDrag       *drag)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GlnWindow *self = GLN_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  int min_width = 180;
  int max_width = 800;
  int width;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, drag->key);
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &type, &limits);
  if (g_str_equal (type, "range"))
    g_variant_get (limits, "(ii)", &min_width, &max_width);

  width = CLAMP (drag->start_width + drag->direction * (int) offset_x, min_width, max_width);
  gtk_widget_set_size_request (drag->pane, width, -1);
  g_settings_set_int (self->settings, drag->key, width);
}

static void
add_pane_handle (GlnWindow  *self,
                 GtkWidget  *handle,
                 GtkWidget  *pane,
                 const char *key,
                 int         direction)
{
  GtkGesture *gesture = gtk_gesture_drag_new ();
  PaneDrag *drag = g_new0 (PaneDrag, 1);

  drag->pane = pane;
  drag->key = key;
  drag->direction = direction;

  gtk_widget_set_cursor_from_name (handle, "col-resize");
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), drag);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), drag);
  g_object_set_data_full (G_OBJECT (gesture), "gln-pane-drag", drag, g_free);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (gesture));
}

/* Shows where the user is: the view's name and how many papers it holds. */
static void
update_title (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);
  guint n_items = self->papers ? g_list_model_get_n_items (G_LIST_MODEL (self->papers)) : 0;
  g_autofree char *subtitle = NULL;
  const char *title;

  if (_gln_window_is_searching (self))
    title = _("Search");
  else
    title = item ? gln_sidebar_item_get_title (item) : _("Gleaner");

  if (self->papers != NULL && !gln_paper_list_get_loading (self->papers))
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paper", "%u papers", n_items),
                                n_items);

  adw_window_title_set_title (self->list_title, title);
  adw_window_title_set_subtitle (self->list_title, subtitle);
}

void
_gln_window_update_list_state (GlnWindow *self)
{
  gboolean empty;

  if (self->papers == NULL)
    return;

  empty = g_list_model_get_n_items (G_LIST_MODEL (self->papers)) == 0 &&
          !gln_paper_list_get_loading (self->papers);
  if (empty)
    _gln_window_set_empty_state (self);
  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
  update_title (self);
}

static void show_paper (GlnWindow *self,
                        GlnPaper  *paper);

/* Once a new search has its results, a paper that is not among them leaves the reading
 * pane: the pane shows what the list offers. An edit that drops the paper from the view
 * (read in an unread-only view) does not close it under the reader. */
static void
drop_paper_outside_results (GlnWindow *self)
{
  GlnPaper *shown = gln_paper_view_get_paper (self->paper_view);

  if (!self->query_changed || gln_paper_list_get_loading (self->papers))
    return;

  self->query_changed = FALSE;
  if (shown != NULL && gln_paper_list_find (self->papers, gln_paper_get_id (shown)) == G_MAXUINT)
    {
      show_paper (self, NULL);
      _gln_window_unselect (self);
    }
}

static void
papers_changed_cb (GlnWindow  *self,
                   GParamSpec *pspec,
                   GObject    *papers)
{
  drop_paper_outside_results (self);
  _gln_window_update_list_state (self);
}

/* The header button offers the opposite of the paper's state. */
static void
update_read_button (GlnWindow *self)
{
  GlnPaper *paper = gln_paper_view_get_paper (self->paper_view);
  gboolean read = paper == NULL || gln_paper_get_read (paper);
  const char *label = read ? _("Mark as Unread") : _("Mark as Read");
  g_autofree char *tooltip = g_strdup_printf ("%s (M)", label);

  gtk_button_set_icon_name (GTK_BUTTON (self->read_button),
                            read ? "mail-unread-symbolic" : "mail-read-symbolic");
  gtk_widget_set_tooltip_text (self->read_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
shown_paper_read_cb (GlnWindow  *self,
                     GParamSpec *pspec,
                     GlnPaper   *paper)
{
  if (paper == gln_paper_view_get_paper (self->paper_view))
    update_read_button (self);
}

static void
show_paper (GlnWindow *self,
            GlnPaper  *paper)
{
  GlnPaper *previous = gln_paper_view_get_paper (self->paper_view);

  if (paper == previous)
    return;

  if (previous != NULL)
    g_signal_handlers_disconnect_by_func (previous, shown_paper_read_cb, self);
  if (paper != NULL)
    g_signal_connect_object (paper, "notify::read", G_CALLBACK (shown_paper_read_cb), self,
                             G_CONNECT_SWAPPED);

  gln_paper_view_set_paper (self->paper_view, paper);
  update_read_button (self);
  if (paper != NULL && !gln_paper_get_read (paper) && self->store != NULL)
    gln_store_set_read_async (self->store, paper, TRUE, NULL, gln_application_edit_done_cb,
                              NULL);

  _gln_window_update_actions (self);
}

/* A paper of the reading pane's citations: read in the pane, selected in the list if it is
 * there. */
static void
paper_view_open_paper_cb (GlnWindow    *self,
                          GlnPaper     *paper,
                          GlnPaperView *paper_view)
{
  show_paper (self, paper);
  _gln_window_unselect (self);
  _gln_window_show_paper_pane (self);
}

/* The paper the reading pane follows in a changed selection: the last one just selected
 * (a click, Ctrl+click, or the end of a Shift+click range), else the only one selected. */
static GlnPaper *
dup_followed_paper (GlnWindow *self,
                    guint      position,
                    guint      n_items)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  GlnPaper *shown = gln_paper_view_get_paper (self->paper_view);

  if (gtk_bitset_get_size (selected) == 1)
    return g_list_model_get_item (G_LIST_MODEL (model), gtk_bitset_get_minimum (selected));

  for (guint i = position + n_items; i > position; i--)
    if (gtk_bitset_contains (selected, i - 1))
      {
        GlnPaper *paper = g_list_model_get_item (G_LIST_MODEL (model), i - 1);

        /* In a range, the end the user moved to is the one not shown yet. */
        if (paper != shown || i - 1 == position)
          return paper;
        g_object_unref (paper);
      }

  return NULL;
}

static void
selection_changed_cb (GlnWindow         *self,
                      guint              position,
                      guint              n_items,
                      GtkMultiSelection *selection)
{
  g_autoptr(GlnPaper) paper = dup_followed_paper (self, position, n_items);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (
    GTK_SELECTION_MODEL (selection));
  GlnPaper *shown = gln_paper_view_get_paper (self->paper_view);

  if (paper != NULL)
    {
      show_paper (self, paper);
      return;
    }
  if (!gtk_bitset_is_empty (selected))
    return;

  /* A reload may drop the selection while the paper is still listed: select it again.
   * A paper that left the view (unstarred in Starred) stays in the pane meanwhile. */
  if (shown != NULL && self->papers != NULL && gln_paper_get_id (shown) > 0)
    {
      guint found = gln_paper_list_find (self->papers, gln_paper_get_id (shown));

      if (found != G_MAXUINT)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), found, TRUE);
    }
}

static void
list_activate_cb (GlnWindow   *self,
                  guint        position,
                  GtkListView *list_view)
{
  _gln_window_select_position (self, position);
  _gln_window_show_paper_pane (self);
}

static void
list_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  GlnWindow       *self)
{
  /* In a narrow window, a click on a paper opens it. */
  if (adw_leaflet_get_folded (self->leaflet) && gln_paper_view_get_paper (self->paper_view) != NULL)
    _gln_window_show_paper_pane (self);
}

static void
sidebar_selected_cb (GlnWindow  *self,
                     GParamSpec *pspec,
                     GlnSidebar *sidebar)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (sidebar);
  gboolean duplicates;
  gboolean for_you;

  if (item == NULL)
    return;

  /* A view keeps what is read while it is shown; a new visit starts afresh. */
  self->view_since = g_get_real_time () / G_USEC_PER_SEC;
  show_paper (self, NULL);
  _gln_window_unselect (self);

  if (gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_SEARCH)
    _gln_window_apply_saved_search (self, gln_sidebar_item_get_query (item));

  /* Possible duplicates and For you have views of their own in place of the list and the
   * pane. */
  duplicates = gln_sidebar_is_duplicates (item);
  for_you = gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_FOR_YOU;
  gtk_stack_set_visible_child_name (self->content_stack,
                                    duplicates ? "duplicates" : for_you ? "for-you" : "papers");
  if (!duplicates && !for_you)
    _gln_window_update_query (self);
  _gln_window_update_actions (self);
  gtk_widget_set_visible (GTK_WIDGET (self->review_button),
                          gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_COLLECTION);

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static GStrv
collect_names (GPtrArray *entries)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    g_strv_builder_add (builder, ((GlnSummaryEntry *) g_ptr_array_index (entries, i))->name);

  return g_strv_builder_end (builder);
}

static GlnSidebarKind
startup_kind (GlnWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "startup-view");

  if (g_str_equal (view, "library"))
    return GLN_SIDEBAR_KIND_LIBRARY;
  if (g_str_equal (view, "starred"))
    return GLN_SIDEBAR_KIND_STARRED;

  /* A library without feeds opens on all its papers, read or not. */
  if (self->summary != NULL && self->summary->feeds->len == 0)
    return GLN_SIDEBAR_KIND_LIBRARY;

  return GLN_SIDEBAR_KIND_INBOX;
}

static void
create_list (GlnWindow *self)
{
  g_autoptr(GlnQuery) query = NULL;

  self->view_since = g_get_real_time () / G_USEC_PER_SEC;
  query = _gln_window_build_query (self);
  self->papers = gln_paper_list_new (self->store, query);
  g_signal_connect_object (self->papers, "notify::loading", G_CALLBACK (papers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->papers, "notify::n-items", G_CALLBACK (papers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (self->papers));
  _gln_window_update_list_state (self);
}

static void
summary_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GlnLibrarySummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) collections = NULL;
  GlnWindow *self;
  gboolean first;

  if (!(summary = gln_store_load_summary_finish (GLN_STORE (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self = GLN_WINDOW (user_data);
      if (!self->has_summary)
        gln_window_set_error (self, error);
      else
        gln_window_report_error (self, _("Could not count the unread papers"), error);
      return;
    }

  self = GLN_WINDOW (user_data);
  first = !self->has_summary;
  self->has_summary = TRUE;
  g_clear_pointer (&self->summary, gln_library_summary_free);
  self->summary = g_steal_pointer (&summary);

  gln_sidebar_set_summary (self->sidebar, self->summary);
  tags = collect_names (self->summary->tags);
  collections = collect_names (self->summary->collections);
  gln_paper_view_set_suggestions (self->paper_view, (const char * const *) tags,
                                  (const char * const *) collections);
  _gln_window_update_search_tags (self);

  if (first)
    {
      gln_sidebar_select (self->sidebar, startup_kind (self), 0);
      create_list (self);
    }

  if (!self->summary->has_papers && self->summary->feeds->len == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "browse");

  _gln_window_update_list_state (self);
  _gln_window_update_actions (self);
}

static gboolean
summary_timeout_cb (gpointer user_data)
{
  GlnWindow *self = user_data;

  self->summary_source = 0;
  _gln_window_reload_summary (self);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (GlnWindow *self,
                  GlnStore  *store)
{
  /* Edits come in bursts (j, j, j marks three papers read): count once after them. */
  if (self->summary_source == 0)
    self->summary_source = g_timeout_add (SUMMARY_DELAY_MS, summary_timeout_cb, self);
}

static void
network_changed_cb (GlnWindow       *self,
                    GParamSpec      *pspec,
                    GNetworkMonitor *monitor)
{
  gtk_revealer_set_reveal_child (self->offline_revealer,
                                 !g_network_monitor_get_network_available (monitor));
}

static gboolean
gln_window_close_request (GtkWindow *window)
{
  GlnWindow *self = GLN_WINDOW (window);

  /* Notes being typed are stored; the application waits for them before it exits. A note
   * whose save failed keeps the window open: closing would throw its text away. */
  if (!gln_paper_view_save_notes (self->paper_view))
    {
      gln_window_show_message (self, _("A note could not be saved, so the window stays open. "
                                       "Gleaner keeps trying; copy the text to keep it safe."));
      return TRUE;
    }

  if (self->settings != NULL)
    save_window_state (self);

  return GTK_WINDOW_CLASS (gln_window_parent_class)->close_request (window);
}

/* GObject sets the application after constructed(): what needs it waits for it here. */
static void
application_changed_cb (GlnWindow  *self,
                        GParamSpec *pspec,
                        gpointer    data)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (!GLN_IS_APPLICATION (application) || self->has_application)
    return;

  self->has_application = TRUE;
  _gln_window_connect_application (self);

  /* The application may have the library open already. */
  if (self->store == NULL && gln_application_get_store (GLN_APPLICATION (application)) != NULL)
    gln_window_set_store (self, gln_application_get_store (GLN_APPLICATION (application)));
}

static void
gln_window_constructed (GObject *object)
{
  GlnWindow *self = (GlnWindow *)object;

  G_OBJECT_CLASS (gln_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      restore_window_state (self);
      add_pane_handle (self, self->sidebar_handle, self->sidebar_pane, "sidebar-width", 1);
      add_pane_handle (self, self->pane_handle, self->list_pane, "list-width", 1);
    }

  _gln_window_init_search (self);
  _gln_window_init_paper_menu (self);
  _gln_window_init_actions (self);
  update_headers (self);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  application_changed_cb (self, NULL, NULL);
}

/* Opening takes a moment; longer, it says why (an update of a large library's index). */
static gboolean
show_loading_hint (gpointer data)
{
  GlnWindow *self = data;

  self->loading_hint_source = 0;
  adw_status_page_set_title (self->loading_page, _("Opening Your Library…"));
  adw_status_page_set_description (self->loading_page,
                                   _("After an update, Gleaner brings a library up to date "
                                     "once; a large library can take a few minutes. Nothing is "
                                     "lost if you close the window."));

  return G_SOURCE_REMOVE;
}

static void
gln_window_dispose (GObject *object)
{
  GlnWindow *self = (GlnWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  g_clear_handle_id (&self->summary_source, g_source_remove);
  g_clear_handle_id (&self->search_source, g_source_remove);
  g_clear_handle_id (&self->select_source, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_handle_id (&self->loading_hint_source, g_source_remove);

  if (self->selection != NULL)
    gtk_multi_selection_set_model (self->selection, NULL);
  g_clear_pointer (&self->paper_menu, gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_WINDOW);

  g_clear_object (&self->papers);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->next_toast);
  g_clear_pointer (&self->summary, gln_library_summary_free);

  G_OBJECT_CLASS (gln_window_parent_class)->dispose (object);
}

static void
gln_window_finalize (GObject *object)
{
  GlnWindow *self = (GlnWindow *)object;

  g_clear_pointer (&self->search_query, gln_query_free);
  g_clear_pointer (&self->search_terms, g_strfreev);
  /* Marks are of papers of this library. */
  gln_paper_marks_clear ();

  G_OBJECT_CLASS (gln_window_parent_class)->finalize (object);
}

static void
gln_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  GlnWindow *self = GLN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  GlnWindow *self = GLN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_window_class_init (GlnWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = gln_window_constructed;
  object_class->dispose = gln_window_dispose;
  object_class->finalize = gln_window_finalize;
  object_class->get_property = gln_window_get_property;
  object_class->set_property = gln_window_set_property;

  window_class->close_request = gln_window_close_request;

  /* Construct-only, so that constructed() can restore the window size. */
  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GLN_TYPE_PAPER_ROW);
  g_type_ensure (GLN_TYPE_PAPER_VIEW);
  g_type_ensure (GLN_TYPE_SIDEBAR);
  g_type_ensure (GLN_TYPE_DUPLICATES_VIEW);
  g_type_ensure (GLN_TYPE_FOR_YOU_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sidebar_handle);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, list_pane);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, list_header);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, list_title);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, review_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, empty_trash_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, sort_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, scope_view_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, scope_library_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, unread_switch);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, rating_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, tag_model);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, category_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, refresh_progress);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, retry_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, empty_paste_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, empty_actions);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, search_library_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, pane);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, pane_handle);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, pane_header);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, read_button);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, paper_view);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, duplicates_view);
  gtk_widget_class_bind_template_child (widget_class, GlnWindow, for_you_view);
  gtk_widget_class_bind_template_child_full (widget_class, "paper_menu", FALSE,
                                             G_STRUCT_OFFSET (GlnWindow, paper_menu_model));

  _gln_window_class_init_actions (widget_class);
  _gln_window_class_init_unsaved (widget_class);
  _gln_window_class_init_search (widget_class);
  _gln_window_class_init_paper_menu (widget_class);
  _gln_window_class_init_for_you (widget_class);
  _gln_window_class_init_trash (widget_class);
  _gln_window_class_init_refresh (widget_class);
}

static void
gln_window_init (GlnWindow *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading_hint_source = g_timeout_add_seconds (2, show_loading_hint, self);


#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->flap, "reveal-flap", self->duplicates_view, "reveal-sidebar",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->flap, "reveal-flap", self->for_you_view, "reveal-sidebar",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (layout_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (layout_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (layout_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->sidebar, "notify::selected-item",
                           G_CALLBACK (sidebar_selected_cb), self, G_CONNECT_SWAPPED);
  _gln_window_init_sidebar (self);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_view, "open-paper", G_CALLBACK (paper_view_open_paper_cb),
                           self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect (click, "released", G_CALLBACK (list_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  self->network_monitor = g_network_monitor_get_default ();
  g_signal_connect_object (self->network_monitor, "notify::network-available",
                           G_CALLBACK (network_changed_cb), self, G_CONNECT_SWAPPED);
  network_changed_cb (self, NULL, self->network_monitor);
}

GlnWindow *
gln_window_new (GlnApplication *application)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (application), NULL);

  return g_object_new (GLN_TYPE_WINDOW,
                       "application", application,
                       "settings", gln_application_get_settings (application),
                       NULL);
}

static void
toast_dismissed_cb (GlnWindow *self,
                    AdwToast  *toast)
{
  if (self->last_toast != toast)
    return;
  g_clear_object (&self->last_toast);
  /* The overlay shows the toast it queued next; it is the window's toast now. */
  if (self->next_toast != NULL)
    {
      self->last_toast = g_steal_pointer (&self->next_toast);
      g_signal_connect_object (self->last_toast, "dismissed", G_CALLBACK (toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

/**
 * gln_window_add_toast:
 * @self: a #GlnWindow
 * @toast: (transfer full): the toast
 *
 * Shows a toast in place of the one shown, so that toasts never pile up.
 */
void
gln_window_add_toast (GlnWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* A newer toast says what the one queued to follow would have added to. */
  if (self->next_toast != NULL)
    {
      g_autoptr(AdwToast) queued = g_steal_pointer (&self->next_toast);

      adw_toast_dismiss (queued);
    }
  /* A toast still shown takes the new message: dismissing it and adding another while it
   * animates crashes libadwaita 1.2, and toasts must not pile up anyway. */
  if (self->last_toast != NULL && adw_toast_get_button_label (self->last_toast) == NULL &&
      adw_toast_get_button_label (toast) == NULL)
    {
      adw_toast_set_title (self->last_toast, adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }

  if (self->last_toast != NULL)
    {
      g_autoptr(AdwToast) previous = g_steal_pointer (&self->last_toast);

      g_signal_handlers_disconnect_by_func (previous, toast_dismissed_cb, self);
      adw_toast_dismiss (previous);
    }
  self->last_toast = g_object_ref (toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/*
 * _gln_window_add_toast_then:
 * @self: a #GlnWindow
 * @toast: (transfer full): the toast
 * @next: (transfer full) (nullable): the toast to show once @toast is gone
 *
 * Shows @toast, then @next when @toast times out or is dismissed: the overlay queues
 * @next. A toast added in between replaces both.
 */
void
_gln_window_add_toast_then (GlnWindow *self,
                            AdwToast  *toast,
                            AdwToast  *next)
{
  gln_window_add_toast (self, toast);
  if (next == NULL)
    return;
  self->next_toast = g_object_ref (next);
  adw_toast_overlay_add_toast (self->toast_overlay, next);
}

/**
 * gln_window_show_message:
 * @self: a #GlnWindow
 * @message: plain text, shown as it is: a path with `&` or `<` stays what it is
 *
 * Shows @message in a toast.
 */
void
gln_window_show_message (GlnWindow  *self,
                         const char *message)
{
  g_return_if_fail (GLN_IS_WINDOW (self));

  gln_window_add_toast (self, gln_toast_new_text (message));
}

/**
 * gln_window_report_error:
 * @self: a #GlnWindow
 * @prefix: (nullable): what failed, translated
 * @error: why
 *
 * Tells the user what failed in a toast; a cancellation is not news.
 */
void
gln_window_report_error (GlnWindow    *self,
                         const char   *prefix,
                         const GError *error)
{
  g_autofree char *message = NULL;

  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if ((message = gln_error_dup_message (prefix, error)) != NULL)
    gln_window_show_message (self, message);
}

GlnStore *
gln_window_get_store (GlnWindow *self)
{
  g_return_val_if_fail (GLN_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * gln_window_set_store:
 * @self: a #GlnWindow
 * @store: the open library
 *
 * Shows the library: counts for the sidebar first, then the startup view.
 */
void
gln_window_set_store (GlnWindow *self,
                      GlnStore  *store)
{
  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (GLN_IS_STORE (store));

  if (self->store == store)
    return;

  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  gln_paper_view_set_store (self->paper_view, store);
  gln_duplicates_view_set_store (self->duplicates_view, store);
  gln_for_you_view_set_store (self->for_you_view, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _gln_window_reload_summary (self);
  _gln_window_offer_unsaved_notes (self);
}

void
gln_window_set_error (GlnWindow    *self,
                      const GError *error)
{
  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  gln_status_page_set_description_text (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * gln_window_get_papers:
 * @self: a #GlnWindow
 *
 * Returns: (transfer none) (nullable): the list shown, once the library is open
 */
GListModel *
gln_window_get_papers (GlnWindow *self)
{
  g_return_val_if_fail (GLN_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->papers);
}

/* The page shown: "loading", "error", "welcome" or "browse". */
const char *
gln_window_get_page (GlnWindow *self)
{
  g_return_val_if_fail (GLN_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

void
_gln_window_reload_summary (GlnWindow *self)
{
  g_clear_handle_id (&self->summary_source, g_source_remove);

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  self->summary_cancellable = g_cancellable_new ();
  gln_store_load_summary_async (self->store, self->summary_cancellable, summary_loaded_cb, self);
}

void
_gln_window_update_query (GlnWindow *self)
{
  g_autoptr(GlnQuery) query = NULL;
  g_auto(GStrv) terms = NULL;

  if (self->papers == NULL)
    return;

  query = _gln_window_build_query (self);
  gln_paper_list_set_query (self->papers, query);
  self->query_changed = TRUE;
  drop_paper_outside_results (self);
  gln_paper_view_set_highlight (self->paper_view,
                                _gln_window_is_searching (self)
                                  ? (const char * const *) self->search_terms : NULL);
  _gln_window_update_list_state (self);
}

GlnPaper *
_gln_window_get_selected_paper (GlnWindow *self)
{
  return gln_paper_view_get_paper (self->paper_view);
}

void
_gln_window_select_position (GlnWindow *self,
                             guint      position)
{
  if (self->papers == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->papers)))
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
_gln_window_show_paper_pane (GlnWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->pane);
}

gboolean
_gln_window_shows_duplicates (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);

  return item != NULL && gln_sidebar_is_duplicates (item);
}

void
_gln_window_unselect (GlnWindow *self)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/* Returns: (transfer container): the papers selected in the list (Ctrl or Shift and a
 * click, Ctrl+A), in list order; the paper shown when none is */
GPtrArray *
_gln_window_dup_selected_papers (GlnWindow *self)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (papers, g_list_model_get_item (G_LIST_MODEL (model), position));

  if (papers->len == 0 && gln_paper_view_get_paper (self->paper_view) != NULL)
    g_ptr_array_add (papers, g_object_ref (gln_paper_view_get_paper (self->paper_view)));

  return papers;
}
