/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the list says when it has nothing to show: why (no feeds yet, a failed refresh, a
 * search without results…) and the ways forward. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-plain-text.h"

static gboolean
is_refreshing (GlnWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return GLN_IS_APPLICATION (application) &&
         gln_application_get_refreshing (GLN_APPLICATION (application));
}

/* The Inbox and a feed's page do not promise papers that a failed refresh will not bring:
 * they say what failed (the sidebar's warning says it too), or that a refresh is under
 * way. Returns FALSE when neither is the case. */
static gboolean
describe_feed_state (GlnWindow       *self,
                     GlnSidebarItem  *item,
                     const char     **icon,
                     const char     **title,
                     char           **description)
{
  GlnSidebarKind kind = gln_sidebar_item_get_kind (item);
  const char *failed = NULL;
  const char *error = NULL;
  guint n_failed = 0;

  if (kind == GLN_SIDEBAR_KIND_FEED && gln_sidebar_item_get_error (item) != NULL)
    {
      failed = gln_sidebar_item_get_title (item);
      error = gln_sidebar_item_get_error (item);
      n_failed = 1;
    }
  for (guint i = 0; kind == GLN_SIDEBAR_KIND_INBOX && i < self->summary->feeds->len; i++)
    {
      GlnSummaryEntry *entry = g_ptr_array_index (self->summary->feeds, i);

      if (entry->error != NULL && n_failed++ == 0)
        {
          failed = entry->name;
          error = entry->error;
        }
    }

  if (n_failed > 0)
    {
      *icon = "dialog-warning-symbolic";
      *title = kind == GLN_SIDEBAR_KIND_FEED
                 ? _("This Feed Could Not Be Refreshed")
                 : g_dngettext (GETTEXT_PACKAGE, "A Feed Could Not Be Refreshed",
                                "Some Feeds Could Not Be Refreshed", n_failed);
      /* Translators: a feed's title, then why its last refresh failed */
      *description = g_strdup_printf (_("“%s”: %s"), failed, error);
      return TRUE;
    }

  if (is_refreshing (self))
    {
      *icon = "view-refresh-symbolic";
      *title = _("Refreshing");
      *description = g_strdup (_("New papers show up here as each feed answers."));
      return TRUE;
    }

  return FALSE;
}

/* What the empty page of a view with no papers says, and whether it offers ways in
 * (@actions) or the Library (@inbox). */
static void
describe_view (GlnWindow       *self,
               GlnSidebarKind   kind,
               const char     **icon,
               const char     **title,
               const char     **description,
               gboolean        *actions,
               gboolean        *inbox)
{
  gboolean no_feeds = self->summary == NULL || self->summary->feeds->len == 0;

  switch (kind)
    {
    case GLN_SIDEBAR_KIND_INBOX:
      /* Every unread paper is in the Inbox, whatever brought it. */
      *icon = "mail-unread-symbolic";
      *inbox = self->summary != NULL && self->summary->has_papers;
      *actions = !*inbox && no_feeds;
      *title = !*actions ? _("All Caught Up") : _("Nothing to Read Yet");
      *description = !*actions
                     ? _("Every paper is read. Unread papers arrive here, whatever brings "
                         "them: a feed, a pasted page, an imported file or an identifier. "
                         "Read papers stay in the Library.")
                     : _("Unread papers arrive here, whatever brings them: follow a feed, "
                         "paste a copied listing page, import a file or add a paper by its "
                         "identifier.");
      break;
    case GLN_SIDEBAR_KIND_TRASH:
      *icon = "user-trash-symbolic";
      *title = _("Trash Is Empty");
      *description = _("Papers you move to the trash wait here until you restore them or "
                       "delete them for good.");
      break;
    case GLN_SIDEBAR_KIND_UPDATED:
      *icon = "document-open-recent-symbolic";
      *title = _("No New Versions");
      *description = _("When a paper you have gets a new arXiv version, it shows up here.");
      break;
    case GLN_SIDEBAR_KIND_STARRED:
      *icon = "starred-symbolic";
      *title = _("No Starred Papers");
      *description = _("Press S to star the paper you are reading.");
      break;
    case GLN_SIDEBAR_KIND_FEED:
      *icon = "application-rss+xml-symbolic";
      *title = _("Nothing From This Feed Yet");
      *description = _("Its papers arrive at the next refresh.");
      break;
    case GLN_SIDEBAR_KIND_COLLECTION:
      *icon = "folder-symbolic";
      *title = _("Empty Collection");
      *description = _("Press C while reading a paper to add it here.");
      break;
    case GLN_SIDEBAR_KIND_TAG:
      *icon = "gln-tag-symbolic";
      *title = _("No Papers With This Tag");
      *description = _("Press T while reading a paper to tag it.");
      break;
    case GLN_SIDEBAR_KIND_SEARCH:
      *icon = "folder-saved-search-symbolic";
      *title = _("No Results");
      *description = _("No paper matches this saved search yet.");
      break;
    case GLN_SIDEBAR_KIND_LIBRARY:
    case GLN_SIDEBAR_KIND_FOR_YOU:
    default:
      *title = _("No Papers Yet");
      *description = _("Follow a feed, paste a copied listing page, or import a file.");
      *actions = TRUE;
      break;
    }
}

void
_gln_window_set_empty_state (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);
  GlnSidebarKind kind = item ? gln_sidebar_item_get_kind (item) : GLN_SIDEBAR_KIND_LIBRARY;
  gboolean no_feeds = self->summary == NULL || self->summary->feeds->len == 0;
  const GError *error = self->papers ? gln_paper_list_get_error (self->papers) : NULL;
  const char *icon = "folder-documents-symbolic";
  const char *title;
  const char *description;
  g_autofree char *feed_state = NULL;
  gboolean inbox = FALSE;
  gboolean actions = FALSE;
  gboolean widen = FALSE;

  if (error != NULL)
    {
      icon = "dialog-warning-symbolic";
      title = _("Invalid Search");
      description = error->message;
    }
  else if (_gln_window_is_searching (self))
    {
      icon = "system-search-symbolic";
      title = _("No Results");
      widen = !gtk_toggle_button_get_active (self->scope_library_button);
      description = widen ? _("Nothing in this view matches. Try other words, fewer filters, "
                              "or the whole library.")
                          : _("Try other words or fewer filters.");
    }
  else if (!no_feeds && item != NULL && (kind == GLN_SIDEBAR_KIND_INBOX ||
                                          kind == GLN_SIDEBAR_KIND_FEED) &&
           describe_feed_state (self, item, &icon, &title, &feed_state))
    description = feed_state;
  else
    describe_view (self, kind, &icon, &title, &description, &actions, &inbox);

  adw_status_page_set_icon_name (self->empty_page, icon);
  adw_status_page_set_title (self->empty_page, title);
  gln_status_page_set_description_text (self->empty_page, description);
  gtk_widget_set_visible (self->empty_actions, actions);
  gtk_widget_set_visible (self->library_button, inbox);
  gtk_widget_set_visible (self->search_library_button, widen);
  gtk_widget_set_visible (self->retry_button, feed_state != NULL && !is_refreshing (self));
}
