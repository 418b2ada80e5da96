/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The sidebar's requests: renaming and deleting collections, feeds and saved searches after
 * asking, adding a dropped paper to a collection, and the marked papers that go along when
 * the paper view adds one. Each goes to the store as one operation; the store's ::changed
 * signal brings the counts and the list up to date. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-application.h"
#include "gln-paper-marks.h"

/* Asks for a new name of the sidebar item @item; @callback gets the response, and the
 * entry is the dialog's extra child. */
static void
present_rename_dialog (GlnWindow      *self,
                       GlnSidebarItem *item,
                       const char     *heading,
                       const char     *entry_label,
                       GCallback       callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), gln_sidebar_item_get_title (item));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry_label, -1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "item-id",
                     GSIZE_TO_POINTER (gln_sidebar_item_get_id (item)));
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Asks before a destructive @response ("delete", "remove") on the sidebar item @item. */
static void
present_confirm_dialog (GlnWindow      *self,
                        GlnSidebarItem *item,
                        const char     *heading,
                        const char     *body,
                        const char     *response,
                        const char     *response_label,
                        GCallback       callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "item-id",
                     GSIZE_TO_POINTER (gln_sidebar_item_get_id (item)));
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gint64
dialog_item_id (AdwMessageDialog *dialog)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "item-id"));
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GlnWindow        *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "rename") == 0 && self->store != NULL)
    gln_store_rename_collection_async (self->store, dialog_item_id (dialog),
                                       gtk_editable_get_text (entry), self->cancellable,
                                       gln_application_edit_done_cb,
                                       (gpointer) _("Could not change the collection"));
}

static void
sidebar_rename_collection_cb (GlnWindow      *self,
                              GlnSidebarItem *item,
                              GlnSidebar     *sidebar)
{
  present_rename_dialog (self, item, _("Rename Collection"), _("Collection name"),
                         G_CALLBACK (rename_response_cb));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GlnWindow        *self)
{
  if (g_strcmp0 (response, "delete") == 0 && self->store != NULL)
    gln_store_delete_collection_async (self->store, dialog_item_id (dialog), self->cancellable,
                                       gln_application_edit_done_cb,
                                       (gpointer) _("Could not change the collection"));
}

static void
sidebar_delete_collection_cb (GlnWindow      *self,
                              GlnSidebarItem *item,
                              GlnSidebar     *sidebar)
{
  /* Translators: %s is a collection's name */
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"),
                                              gln_sidebar_item_get_title (item));

  present_confirm_dialog (self, item, heading,
                          _("Its screening decisions and comparison board are deleted. "
                            "The papers stay in your library."),
                          "delete", _("_Delete"), G_CALLBACK (delete_response_cb));
}

static void
sidebar_paper_dropped_cb (GlnWindow      *self,
                          GlnSidebarItem *item,
                          GlnPaper       *paper,
                          GlnSidebar     *sidebar)
{
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;

  gln_store_collection_add_async (self->store, gln_sidebar_item_get_title (item), &paper, 1,
                                  TRUE, self->cancellable, gln_application_edit_done_cb,
                                  (gpointer) _("Could not add the paper to the collection"));
  /* Translators: %s is a collection's name */
  message = g_strdup_printf (_("Added to “%s”"), gln_sidebar_item_get_title (item));
  gln_window_show_message (self, message);
}

static void
feed_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GlnWindow        *self)
{
  if (self->store == NULL)
    return;

  /* A removed feed's papers stay in the library. */
  if (g_strcmp0 (response, "rename") == 0)
    gln_store_rename_feed_async (self->store, dialog_item_id (dialog),
                                 gtk_editable_get_text (GTK_EDITABLE (
                                   adw_message_dialog_get_extra_child (dialog))),
                                 self->cancellable, gln_application_edit_done_cb,
                                 (gpointer) _("Could not change the feed"));
  else if (g_strcmp0 (response, "remove") == 0)
    gln_store_remove_feed_async (self->store, dialog_item_id (dialog), self->cancellable,
                                 gln_application_edit_done_cb,
                                 (gpointer) _("Could not change the feed"));
}

static void
sidebar_feed_action_cb (GlnWindow      *self,
                        GlnSidebarItem *item,
                        const char     *verb,
                        GlnSidebar     *sidebar)
{
  GlnApplication *application = GLN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autofree char *heading = NULL;

  if (g_str_equal (verb, "refresh"))
    {
      if (application != NULL)
        gln_application_refresh (application, gln_sidebar_item_get_id (item), TRUE);
    }
  else if (g_str_equal (verb, "rename"))
    present_rename_dialog (self, item, _("Rename Feed"), _("Feed name"),
                           G_CALLBACK (feed_response_cb));
  else
    {
      /* Translators: %s is a feed's name */
      heading = g_strdup_printf (_("Remove “%s”?"), gln_sidebar_item_get_title (item));
      present_confirm_dialog (self, item, heading,
                              _("No new papers arrive from it. The papers it brought stay in "
                                "your library."),
                              "remove", _("_Remove"), G_CALLBACK (feed_response_cb));
    }
}

/* Adding the paper shown to a collection takes the papers marked with X along. */
static void
paper_collection_added_cb (GlnWindow    *self,
                           const char   *collection,
                           GlnPaperView *view)
{
  GlnPaper *shown = gln_paper_view_get_paper (view);
  g_autoptr(GPtrArray) others = _gln_window_dup_selected_papers (self);
  g_autoptr(GPtrArray) marked = gln_paper_marks_dup_papers ();
  g_autofree char *message = NULL;
  guint n;

  /* The selected papers go along, and those marked with X. */
  for (guint i = 0; i < marked->len; i++)
    if (!g_ptr_array_find (others, g_ptr_array_index (marked, i), NULL))
      g_ptr_array_add (others, g_object_ref (g_ptr_array_index (marked, i)));
  g_ptr_array_remove (others, shown);

  if ((n = others->len) == 0)
    return;

  gln_store_collection_add_async (self->store, collection, (GlnPaper **) others->pdata, n, TRUE,
                                  self->cancellable, gln_application_edit_done_cb,
                                  (gpointer) _("Could not add the paper to the collection"));

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Added %u other paper to “%s” too",
                                          "Added %u other papers to “%s” too", n),
                             n, collection);
  gln_window_show_message (self, message);
}

/* Tagging the paper shown tags the other selected papers too. */
static void
paper_tag_added_cb (GlnWindow    *self,
                    const char   *tag,
                    GlnPaperView *view)
{
  GlnPaper *shown = gln_paper_view_get_paper (view);
  g_autoptr(GPtrArray) others = _gln_window_dup_selected_papers (self);
  g_autofree char *message = NULL;

  g_ptr_array_remove (others, shown);
  if (others->len == 0)
    return;

  for (guint i = 0; i < others->len; i++)
    gln_store_add_tag_async (self->store, g_ptr_array_index (others, i), tag, self->cancellable,
                             gln_application_edit_done_cb, NULL);

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Tagged %u other paper “%s” too",
                                          "Tagged %u other papers “%s” too", others->len),
                             others->len, tag);
  gln_window_show_message (self, message);
}

static void
sidebar_delete_search_cb (GlnWindow      *self,
                          GlnSidebarItem *item,
                          GlnSidebar     *sidebar)
{
  if (self->store != NULL)
    gln_store_delete_search_async (self->store, gln_sidebar_item_get_id (item), NULL,
                                   gln_application_edit_done_cb,
                                   (gpointer) _("Could not delete the saved search"));
}

/**
 * _gln_window_init_sidebar:
 * @self: a #GlnWindow
 *
 * Answers the sidebar's requests and the paper view's additions to a collection.
 */
void
_gln_window_init_sidebar (GlnWindow *self)
{
  g_signal_connect_object (self->sidebar, "delete-search",
                           G_CALLBACK (sidebar_delete_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "rename-collection",
                           G_CALLBACK (sidebar_rename_collection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "delete-collection",
                           G_CALLBACK (sidebar_delete_collection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "paper-dropped",
                           G_CALLBACK (sidebar_paper_dropped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "feed-action",
                           G_CALLBACK (sidebar_feed_action_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_view, "collection-added",
                           G_CALLBACK (paper_collection_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_view, "tag-added",
                           G_CALLBACK (paper_tag_added_cb), self, G_CONNECT_SWAPPED);
}
