/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Search: the entry and the filters turn into the GlnQuery of the list, which re-queries on
 * the store's worker as the user types (a new query cancels the one running). Searches can
 * be saved and then appear in the sidebar. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-macros.h"
#include "gln-search-text.h"

#define FILTER_DELAY_MS 300

static char *
dup_entry_text (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
filters_active (GlnWindow *self)
{
  g_autofree char *category = dup_entry_text (self->category_entry);
  g_autofree char *from = dup_entry_text (self->from_entry);
  g_autofree char *to = dup_entry_text (self->to_entry);

  return gtk_switch_get_active (self->unread_switch) ||
         gtk_drop_down_get_selected (self->rating_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->tag_dropdown) > 0 ||
         category != NULL || from != NULL || to != NULL ||
         gtk_toggle_button_get_active (self->scope_library_button);
}

gboolean
_gln_window_is_searching (GlnWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return gtk_search_bar_get_search_mode (self->search_bar) &&
         ((text != NULL && *text != '\0') || filters_active (self));
}

static GlnQuerySort
current_sort (GlnWindow *self)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self), "sort");
  const char *sort = state ? g_variant_get_string (state, NULL) : "published";

  if (g_str_equal (sort, "added"))
    return GLN_QUERY_SORT_ADDED;
  if (g_str_equal (sort, "rating"))
    return GLN_QUERY_SORT_RATING;
  if (g_str_equal (sort, "relevance"))
    return GLN_QUERY_SORT_RELEVANCE;

  return GLN_QUERY_SORT_PUBLISHED;
}

/**
 * _gln_window_build_query:
 * @self: a #GlnWindow
 *
 * Returns: (transfer full): what the list shows: the selected view, narrowed by the search
 *   and its filters when the search bar is in use
 */
GlnQuery *
_gln_window_build_query (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);
  GlnQuery *query = item ? gln_query_copy (gln_sidebar_item_get_query (item)) : gln_query_new ();
  g_autofree char *text = NULL;

  g_clear_pointer (&self->search_terms, g_strfreev);

  if (_gln_window_is_searching (self))
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      guint rating = gtk_drop_down_get_selected (self->rating_dropdown);
      guint tag = gtk_drop_down_get_selected (self->tag_dropdown);

      if (gtk_toggle_button_get_active (self->scope_library_button))
        {
          gln_query_free (query);
          query = gln_query_new ();
        }

      if ((text = gln_search_text_to_fts (typed)) != NULL)
        {
          g_free (query->text);
          query->text = g_steal_pointer (&text);
          self->search_terms = gln_search_text_get_terms (typed);
        }

      query->unread = query->unread || gtk_switch_get_active (self->unread_switch);
      if (rating != GTK_INVALID_LIST_POSITION && (int) rating > query->min_rating)
        query->min_rating = rating;
      if (tag != GTK_INVALID_LIST_POSITION && tag > 0)
        {
          g_free (query->tag);
          query->tag = g_strdup (gtk_string_list_get_string (self->tag_model, tag));
        }
      if ((text = dup_entry_text (self->category_entry)) != NULL)
        gln_set_str (&query->category, text);
      g_clear_pointer (&text, g_free);
      if ((text = dup_entry_text (self->from_entry)) != NULL)
        gln_set_str (&query->published_from, text);
      g_clear_pointer (&text, g_free);
      if ((text = dup_entry_text (self->to_entry)) != NULL)
        gln_set_str (&query->published_to, text);
    }

  /* A saved search keeps its own order; other views follow the sort menu. */
  if (item == NULL || gln_sidebar_item_get_kind (item) != GLN_SIDEBAR_KIND_SEARCH ||
      _gln_window_is_searching (self))
    query->sort = current_sort (self);
  if (query->sort == GLN_QUERY_SORT_RELEVANCE && gln_str_empty0 (query->text))
    query->sort = GLN_QUERY_SORT_PUBLISHED;

  query->keep_read_since = self->view_since;

  return query;
}

static void
update_filter_indicator (GlnWindow *self)
{
  if (filters_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
}

static void
search_changed_cb (GlnWindow      *self,
                   GtkSearchEntry *entry)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  _gln_window_update_query (self);
}

static gboolean
filter_timeout_cb (gpointer user_data)
{
  GlnWindow *self = user_data;

  self->search_source = 0;
  update_filter_indicator (self);
  _gln_window_update_query (self);

  return G_SOURCE_REMOVE;
}

/* Filters typed into entries wait for a pause; switches and lists apply at once. */
static void
filter_typed_cb (GlnWindow *self)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_timeout_add (FILTER_DELAY_MS, filter_timeout_cb, self);
}

static void
filter_changed_cb (GlnWindow *self)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  update_filter_indicator (self);
  _gln_window_update_query (self);
}

static void
search_mode_changed_cb (GlnWindow    *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *search_bar)
{
  if (!gtk_search_bar_get_search_mode (search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _gln_window_update_query (self);
}

/* Enter in the search entry opens the first result. */
static void
search_activate_cb (GlnWindow      *self,
                    GtkSearchEntry *entry)
{
  if (self->papers != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->papers)) > 0)
    {
      _gln_window_select_position (self, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
}

/* Down leaves the entry for the results, where J, K and the other single keys work. */
static gboolean
search_key_pressed_cb (GlnWindow             *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      self->papers == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->papers)) == 0)
    return GDK_EVENT_PROPAGATE;

  search_activate_cb (self, self->search_entry);
  return GDK_EVENT_STOP;
}

static void
stop_search_cb (GlnWindow      *self,
                GtkSearchEntry *entry)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
date_preset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) from = g_date_time_add_days (now, -g_variant_get_int32 (parameter));
  g_autofree char *text = g_date_time_format (from, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), text);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  filter_changed_cb (self);
}

static void
search_library_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gtk_toggle_button_set_active (self->scope_library_button, TRUE);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gtk_toggle_button_set_active (self->scope_view_button, TRUE);
  gtk_switch_set_active (self->unread_switch, FALSE);
  gtk_drop_down_set_selected (self->rating_dropdown, 0);
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->category_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  filter_changed_cb (self);
}

static void
search_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (gln_store_id_finish (GLN_STORE (object), result, &error) == 0)
    {
      /* A cancelled save has outlived its window. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gln_window_report_error (GLN_WINDOW (user_data), _("Could not save the search"), error);
      return;
    }

  gln_window_show_message (GLN_WINDOW (user_data), _("Search saved in the sidebar"));
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GlnWindow        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "gln-name-entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GlnQuery) query = NULL;

  if (!g_str_equal (response, "save") || *name == '\0' || self->store == NULL)
    return;

  query = _gln_window_build_query (self);
  query->keep_read_since = 0;
  gln_store_save_search_async (self->store, name, query, self->cancellable, search_saved_cb, self);
}

static void
name_activated_cb (GtkEntry         *entry,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "save");
}

static void
save_search_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (!_gln_window_is_searching (self))
    {
      gln_window_show_message (self, _("Type a search or choose filters first"));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Search"),
                                   _("The search appears in the sidebar and updates as papers "
                                     "arrive."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (name_activated_cb), dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "gln-name-entry", entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

void
_gln_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.date-preset", "i", date_preset_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.search-library", NULL,
                                   search_library_action);
  gtk_widget_class_install_action (widget_class, "win.save-search", NULL, save_search_action);
}

void
_gln_window_init_search (GlnWindow *self)
{
  GtkEventController *keys;

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "gln-search-keys");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  g_signal_connect_object (self->scope_library_button, "notify::active",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unread_switch, "notify::active",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rating_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tag_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_entry, "changed",
                           G_CALLBACK (filter_typed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_entry, "changed",
                           G_CALLBACK (filter_typed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "changed",
                           G_CALLBACK (filter_typed_cb), self, G_CONNECT_SWAPPED);

  gtk_string_list_append (self->tag_model, _("Any"));
}

/* Keeps the tag filter's choices in step with the tags in the library. */
void
_gln_window_update_search_tags (GlnWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->tag_model));
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);
  g_autofree char *selected_name = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint reselect = 0;

  if (self->summary == NULL)
    return;

  if (selected > 0 && selected < n_items)
    selected_name = g_strdup (gtk_string_list_get_string (self->tag_model, selected));

  for (guint i = 0; i < self->summary->tags->len; i++)
    {
      GlnSummaryEntry *entry = g_ptr_array_index (self->summary->tags, i);

      g_ptr_array_add (names, entry->name);
      if (g_strcmp0 (entry->name, selected_name) == 0)
        reselect = i + 1;
    }

  /* Unchanged lists leave the drop-down alone, so an open popover does not flicker. */
  if (n_items == names->len + 1)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < names->len && same; i++)
        same = g_strcmp0 (gtk_string_list_get_string (self->tag_model, i + 1),
                          g_ptr_array_index (names, i)) == 0;
      if (same)
        return;
    }

  g_ptr_array_add (names, NULL);
  g_signal_handlers_block_by_func (self->tag_dropdown, filter_changed_cb, self);
  gtk_string_list_splice (self->tag_model, 1, n_items - 1, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->tag_dropdown, reselect);
  g_signal_handlers_unblock_by_func (self->tag_dropdown, filter_changed_cb, self);

  if (selected_name != NULL && reselect == 0)
    filter_changed_cb (self);
}

/* A saved search shows its own query: the search bar is put away. */
void
_gln_window_apply_saved_search (GlnWindow      *self,
                                const GlnQuery *query)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
searched_papers_loaded_cb (GlnWindow    *self,
                           GParamSpec   *pspec,
                           GlnPaperList *papers)
{
  gint64 *wanted = g_object_get_data (G_OBJECT (self), "gln-searched-paper");
  guint position;

  if (gln_paper_list_get_loading (papers))
    return;

  g_signal_handlers_disconnect_by_func (papers, searched_papers_loaded_cb, self);
  if (wanted != NULL &&
      (position = gln_paper_list_find (papers, *wanted)) != G_MAXUINT)
    {
      _gln_window_select_position (self, position);
      _gln_window_show_paper_pane (self);
    }
  g_object_set_data (G_OBJECT (self), "gln-searched-paper", NULL);
}

/**
 * gln_window_search:
 * @self: a #GlnWindow
 * @text: what to search for
 * @paper_id: a paper to select once the results are in, or 0
 *
 * Searches the whole library, as GNOME Shell's search asks when the user picks a result.
 */
void
gln_window_search (GlnWindow  *self,
                   const char *text,
                   gint64      paper_id)
{
  g_return_if_fail (GLN_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_toggle_button_set_active (self->scope_library_button, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* At once, rather than after the entry's pause for typing. */
  _gln_window_update_query (self);

  if (self->papers == NULL || paper_id <= 0)
    return;

  g_object_set_data_full (G_OBJECT (self), "gln-searched-paper",
                          g_memdup2 (&paper_id, sizeof paper_id), g_free);
  g_signal_handlers_disconnect_by_func (self->papers, searched_papers_loaded_cb, self);
  g_signal_connect_object (self->papers, "notify::loading",
                           G_CALLBACK (searched_papers_loaded_cb), self, G_CONNECT_SWAPPED);
  searched_papers_loaded_cb (self, NULL, self->papers);
}
