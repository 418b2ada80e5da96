/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window's actions and their keys: moving through the list, acting on the paper being
 * read, and getting papers in (feeds, paste, files). Single-letter keys are bubble-phase
 * bindings of the window, so text entries and the notes editor get their letters first. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-add-feed-dialog.h"
#include "gln-compare-view.h"
#include "gln-export-dialog.h"
#include "gln-identifiers-dialog.h"
#include "gln-paper-marks.h"
#include "gln-parse-task.h"
#include "gln-paste-dialog.h"
#include "gln-plain-text.h"
#include "gln-review-window.h"

static guint
current_position (GlnWindow *self)
{
  GlnPaper *shown = gln_paper_view_get_paper (self->paper_view);

  if (shown == NULL || self->papers == NULL)
    return GTK_INVALID_LIST_POSITION;

  return gln_paper_list_find (self->papers, gln_paper_get_id (shown));
}

static void
move (GlnWindow *self,
      int        delta)
{
  guint n_items = self->papers ? g_list_model_get_n_items (G_LIST_MODEL (self->papers)) : 0;
  guint position = current_position (self);
  guint next;

  if (n_items == 0)
    return;

  if (position == GTK_INVALID_LIST_POSITION)
    next = delta > 0 ? 0 : n_items - 1;
  else if (delta < 0)
    next = position > 0 ? position - 1 : 0;
  else
    next = MIN (position + 1, n_items - 1);

  _gln_window_select_position (self, next);

  /* Reading on in a narrow window means reading, not looking at the list. */
  if (adw_leaflet_get_folded (self->leaflet))
    _gln_window_show_paper_pane (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move (GLN_WINDOW (widget), g_str_equal (action_name, "win.next") ? 1 : -1);
}

/* Space reads on: a screen further down the abstract and notes, then the next paper. */
static void
space_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  if (!gln_paper_view_scroll_page (self->paper_view))
    move (self, 1);
}

static void
paper_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnPaper *paper = gln_paper_view_get_paper (self->paper_view);

  if (paper == NULL || self->store == NULL)
    return;

  if (g_str_equal (action_name, "win.toggle-read"))
    {
      g_autoptr(GPtrArray) selected = _gln_window_dup_selected_papers (self);
      gboolean read = !gln_paper_get_read (paper);

      /* Every selected paper takes the state the shown one goes to. */
      if (!g_ptr_array_find (selected, paper, NULL))
        g_ptr_array_add (selected, g_object_ref (paper));
      for (guint i = 0; i < selected->len; i++)
        if (gln_paper_get_read (g_ptr_array_index (selected, i)) != read)
          gln_store_set_read_async (self->store, g_ptr_array_index (selected, i), read, NULL,
                                    gln_application_edit_done_cb, NULL);
    }
  else if (g_str_equal (action_name, "win.toggle-star"))
    {
      g_autoptr(GPtrArray) selected = _gln_window_dup_selected_papers (self);
      gboolean starred = !gln_paper_get_starred (paper);

      /* As with reading: the selected papers all take the shown one's new state. */
      gln_paper_view_toggle_star (self->paper_view);
      for (guint i = 0; i < selected->len; i++)
        if (g_ptr_array_index (selected, i) != paper &&
            gln_paper_get_starred (g_ptr_array_index (selected, i)) != starred)
          gln_store_set_starred_async (self->store, g_ptr_array_index (selected, i), starred,
                                       NULL, gln_application_edit_done_cb, NULL);
    }
  else if (g_str_equal (action_name, "win.rate"))
    gln_paper_view_rate (self->paper_view, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "win.tag"))
    {
      _gln_window_show_paper_pane (self);
      gln_paper_view_add_tag (self->paper_view);
    }
  else if (g_str_equal (action_name, "win.collect"))
    {
      _gln_window_show_paper_pane (self);
      gln_paper_view_add_to_collection (self->paper_view);
    }
  else if (g_str_equal (action_name, "win.new-note"))
    {
      _gln_window_show_paper_pane (self);
      gln_paper_view_new_note (self->paper_view);
    }
  else if (g_str_equal (action_name, "win.open-abstract"))
    gln_paper_view_open_abstract (self->paper_view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "browse") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  /* What is typed next replaces the search, as in a browser's address bar. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Enter opens the selected paper, which matters when the window is too narrow for both. */
static void
show_paper_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  if (gln_paper_view_get_paper (self->paper_view) != NULL)
    _gln_window_show_paper_pane (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GlnApplication *
get_application (GlnWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return GLN_IS_APPLICATION (application) ? GLN_APPLICATION (application) : NULL;
}

/* Papers kept apart as possible duplicates wait for the user: the toast leads to them.
 * They are counted apart from the papers new to the library, as gleaner-cli does, so that
 * the parts add up to the entries. */
static void
show_duplicates_toast (GlnWindow  *self,
                       guint       n_added,
                       guint       n_duplicates,
                       AdwToast   *next)
{
  g_autofree char *added = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (n_added > 0)
    {
      added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u paper", "Added %u papers",
                                            n_added), n_added);
      /* Translators: %s says how many papers were added, such as “Added 12 papers” */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u possible duplicate to review",
                                            "%s, %u possible duplicates to review",
                                            n_duplicates),
                               added, n_duplicates);
    }
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u possible duplicate to review",
                                          "%u possible duplicates to review", n_duplicates),
                             n_duplicates);

  toast = gln_toast_new_text (title);
  adw_toast_set_button_label (toast, _("_Review"));
  adw_toast_set_action_name (toast, "win.show-duplicates");
  adw_toast_set_timeout (toast, 10);
  _gln_window_add_toast_then (self, toast, next);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gln_sidebar_select (self->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
}

static void
show_for_you_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gln_sidebar_select (self->sidebar, GLN_SIDEBAR_KIND_FOR_YOU, 0);
}

static void
show_duplicates_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gln_sidebar_select (self->sidebar, GLN_SIDEBAR_KIND_LIBRARY, GLN_SIDEBAR_DUPLICATES_ID);
}

static void
problems_details_cb (GlnWindow *self,
                     AdwToast  *toast)
{
  const char *problems = g_object_get_data (G_OBJECT (toast), "gln-problems");
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Not Everything Was Imported"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), problems);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Entries skipped or cut are not silent: the toast counts them, and Details says which and
 * why, one line each, as gleaner-cli does. */
static void
show_problems_toast (GlnWindow             *self,
                     const char            *added,
                     const GlnImportResult *imported,
                     AdwToast              *next)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint skipped = imported->stats.skipped;
  AdwToast *toast;

  if (skipped > 0)
    /* Translators: %s says what was added, such as “Added 12 papers” */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u entry skipped",
                                          "%s, %u entries skipped", skipped), added, skipped);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u problem", "%s, %u problems",
                                          imported->problems->len),
                             added, imported->problems->len);

  for (guint i = 0; i < imported->problems->len; i++)
    g_string_append_printf (problems, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (imported->problems, i));

  toast = gln_toast_new_text (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "gln-problems",
                          g_string_free (g_steal_pointer (&problems), FALSE), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (problems_details_cb), self,
                           G_CONNECT_SWAPPED);
  _gln_window_add_toast_then (self, toast, next);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GlnImportResult) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GlnWindow *self;
  guint duplicates;
  guint added;

  if (!(imported = gln_importer_import_finish (GLN_IMPORTER (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* A file that could not be read, or papers that could not be stored. */
      gln_window_report_error (GLN_WINDOW (user_data),
                                error->domain == GLN_DATABASE_ERROR ? _("Could not add the papers")
                                                                    : _("Could not read the file"),
                                error);
      return;
    }

  self = GLN_WINDOW (user_data);
  duplicates = MIN (imported->stats.duplicates, imported->stats.added);
  added = imported->stats.added - duplicates;
  if (duplicates > 0)
    {
      show_duplicates_toast (self, added, duplicates,
                             _gln_window_find_ids_toast (self, NULL, imported));
      return;
    }

  if (imported->stats.found == 0)
    message = g_strdup (_("The file holds no papers"));
  else if (added > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u paper", "Added %u papers",
                                            added), added);
  else
    message = g_strdup (_("These papers were all in the library already"));

  if (imported->problems->len > 0)
    show_problems_toast (self, message, imported,
                         _gln_window_find_ids_toast (self, NULL, imported));
  else if (!_gln_window_offer_find_ids (self, message, imported))
    gln_window_show_message (self, message);
}

static void
add_papers (GlnWindow *self,
            GPtrArray *papers)
{
  g_autoptr(GlnImporter) importer = NULL;

  if (self->store == NULL || papers == NULL || papers->len == 0)
    return;

  importer = gln_importer_new (self->store);
  gln_importer_import_papers_async (importer, papers, 0, self->cancellable, import_done_cb, self);
}

static void
paste_add_papers_cb (GlnWindow      *self,
                     GPtrArray      *papers,
                     GlnPasteDialog *dialog)
{
  add_papers (self, papers);
}

static GlnPasteDialog *
open_paste_dialog (GlnWindow *self)
{
  GlnPasteDialog *dialog = gln_paste_dialog_new ();

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "add-papers", G_CALLBACK (paste_add_papers_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
paste_dialog_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  open_paste_dialog (GLN_WINDOW (widget));
}

static void
dialog_done_cb (GlnWindow  *self,
                const char *message)
{
  gln_window_show_message (self, message);
}

static GlnIdentifiersDialog *
open_identifiers_dialog (GlnWindow *self)
{
  GlnApplication *application = get_application (self);
  g_autoptr(GlnFetcher) own_fetcher = NULL;
  GlnIdentifiersDialog *dialog;
  GlnFetcher *fetcher;

  if (application != NULL && gln_application_get_refresher (application) != NULL)
    fetcher = gln_feed_refresher_get_fetcher (gln_application_get_refresher (application));
  else
    fetcher = own_fetcher = gln_fetcher_new ();

  dialog = gln_identifiers_dialog_new (self->store, fetcher);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/* Whether the copied text is nothing but arXiv ids, DOIs or paper links (a few of them). */
static gboolean
holds_only_identifiers (const char *text)
{
  g_auto(GStrv) tokens = text != NULL ? g_strsplit_set (text, " \t\r\n,;", -1) : NULL;
  guint n = 0;

  for (guint i = 0; tokens != NULL && tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      if (++n > 50 || gln_identifier_parse (tokens[i], NULL) == GLN_IDENTIFIER_NONE)
        return FALSE;
    }

  return n > 0;
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GlnPasteDialog *dialog;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* arXiv ids, DOIs and paper links are added at once, with the dialog that says how. */
  if (holds_only_identifiers (text))
    {
      GlnIdentifiersDialog *identifiers = open_identifiers_dialog (GLN_WINDOW (user_data));

      gln_identifiers_dialog_set_text (identifiers, text);
      gln_identifiers_dialog_add (identifiers);
      return;
    }

  /* The dialog shows what the text holds before anything is added. */
  dialog = open_paste_dialog (GLN_WINDOW (user_data));
  if (text != NULL)
    gln_paste_dialog_set_text (dialog, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), self->cancellable,
                                 clipboard_read_cb, self);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                GlnWindow       *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    gln_window_import_file (self, file);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  static const char * const patterns[] = {
    "*.xml", "*.atom", "*.json", "*.bib", "*.ris", "*.txt", NULL
  };
  GlnWindow *self = GLN_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *supported = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Papers"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (supported, _("Paper Lists"));
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (supported, patterns[i]);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), supported);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  g_object_unref (supported);
  g_object_unref (all);

  g_signal_connect_object (dialog, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
add_identifiers_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  open_identifiers_dialog (GLN_WINDOW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GPtrArray) selected = _gln_window_dup_selected_papers (self);
  GlnExportDialog *dialog;

  dialog = gln_export_dialog_new (self->store,
                                  self->papers ? gln_paper_list_get_query (self->papers) : NULL,
                                  adw_window_title_get_title (self->list_title));
  if (selected->len >= 2)
    gln_export_dialog_set_selected (dialog, selected);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* X marks the paper being read for side by side (again unmarks it); the list shows the
 * marks; Ctrl+Shift+C shows the marked papers next to each other. */
static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnPaper *paper = gln_paper_view_get_paper (self->paper_view);
  g_autofree char *message = NULL;
  guint n_marked;

  if (paper == NULL)
    return;

  if (gln_paper_marks_contains (paper))
    gln_paper_marks_remove (paper);
  else if (!gln_paper_marks_add (paper))
    {
      gln_window_show_message (self, _("Up to five papers go side by side"));
      return;
    }

  n_marked = g_list_model_get_n_items (gln_paper_marks_get_default ());
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u paper marked to compare (Ctrl+Shift+C)",
                                          "%u papers marked to compare (Ctrl+Shift+C)",
                                          n_marked),
                             n_marked);
  gln_window_show_message (self, message);
}

/* The marks stay: the user compares again after reading on, or unmarks with X. */
static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GPtrArray) selected = _gln_window_dup_selected_papers (self);
  g_autoptr(GPtrArray) marked = NULL;
  GtkEventController *keys;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *view;

  /* Papers selected together go side by side; else the papers marked with X. */
  marked = selected->len >= 2 ? g_ptr_array_ref (selected) : gln_paper_marks_dup_papers ();
  if (marked->len < 2 || marked->len > GLN_PAPER_MARKS_MAX || self->store == NULL)
    {
      gln_window_show_message (self, _("Select or mark with X two to five papers to see them "
                                       "side by side"));
      return;
    }

  view = gln_compare_view_new ();
  gln_compare_view_set_store (GLN_COMPARE_VIEW (view), self->store);
  gln_compare_view_set_papers (GLN_COMPARE_VIEW (view), marked, 0);
  gtk_widget_set_vexpand (view, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), view);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Side by Side"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  adw_window_set_content (ADW_WINDOW (window), box);

  /* Closed from the keyboard as any secondary window is. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape|<Control>w"),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);
  gtk_window_present (GTK_WINDOW (window));
}

static GlnSidebarItem *
selected_collection (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);

  if (item == NULL || gln_sidebar_item_get_kind (item) != GLN_SIDEBAR_KIND_COLLECTION)
    return NULL;

  return item;
}

/* Screening and the board of the selected collection, in its own window (one per
 * collection: asking again brings it back). */
static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnSidebarItem *item = selected_collection (self);
  const char *page = g_variant_get_string (parameter, NULL);
  g_autoptr(GList) windows = NULL;
  GlnReviewWindow *review = NULL;
  gint64 id;

  if (item == NULL || self->store == NULL)
    {
      gln_window_show_message (self, _("Choose a collection in the sidebar to review it"));
      return;
    }
  id = gln_sidebar_item_get_id (item);

  windows = gtk_window_list_toplevels ();
  for (GList *l = windows; l != NULL && review == NULL; l = l->next)
    if (GLN_IS_REVIEW_WINDOW (l->data) &&
        gln_review_window_get_collection (l->data) == id)
      review = l->data;

  if (review == NULL)
    {
      review = gln_review_window_new (self->store, id, gln_sidebar_item_get_title (item));
      gtk_window_set_transient_for (GTK_WINDOW (review), GTK_WINDOW (self));
      gtk_window_set_application (GTK_WINDOW (review), gtk_window_get_application (GTK_WINDOW (self)));
    }

  gtk_window_present (GTK_WINDOW (review));
  gln_review_window_show_page (review, page);
}

static void
feed_added_cb (GlnWindow        *self,
               gint64            feed_id,
               GlnAddFeedDialog *dialog)
{
  GlnApplication *application = get_application (self);

  if (application == NULL)
    return;

  /* A new feed is fetched at once, or right after the refresh under way: its papers are
   * what the user came for. */
  if (gln_application_get_refreshing (application))
    gln_window_show_message (self, _("Feed added. It is fetched when the refresh under way is "
                                     "done."));
  gln_application_refresh (application, feed_id, TRUE);
}

static void
add_feed_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnApplication *application = get_application (self);
  GlnAddFeedDialog *dialog;

  dialog = gln_add_feed_dialog_new (self->store,
                                    application ? gln_application_get_refresher (application)
                                                : NULL);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "feed-added", G_CALLBACK (feed_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sort_change_state_cb (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  GlnWindow *self = GLN_WINDOW (user_data);

  g_simple_action_set_state (action, state);
  _gln_window_update_query (self);
}

static const char *
default_sort (GlnWindow *self)
{
  g_autofree char *sort = self->settings ? g_settings_get_string (self->settings, "default-sort")
                                         : NULL;

  if (g_strcmp0 (sort, "rating") == 0)
    return "rating";
  if (g_strcmp0 (sort, "added") == 0)
    return "added";

  return "published";
}

/* Space belongs to buttons and text; elsewhere (the list, the pane) it reads on. Item rows
 * would take it for selection, so it is caught before them. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GlnWindow             *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  /* Escape in the list or the reading pane puts the search away, as in the entry. */
  if (keyval == GDK_KEY_Escape && gtk_search_bar_get_search_mode (self->search_bar) &&
      focus != NULL && (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) ||
                        focus == GTK_WIDGET (self->list_view) ||
                        gtk_widget_is_ancestor (focus, GTK_WIDGET (self->paper_view))) &&
      !GTK_IS_EDITABLE (focus) && !GTK_IS_TEXT_VIEW (focus))
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return TRUE;
    }

  if (keyval != GDK_KEY_space)
    return FALSE;

  if (focus != NULL &&
      (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) || GTK_IS_BUTTON (focus) ||
       GTK_IS_SWITCH (focus) || GTK_IS_CHECK_BUTTON (focus) ||
       (!gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) &&
        !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->paper_view)))))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "browse") != 0)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.space", NULL);
  return TRUE;
}

void
_gln_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const char * const paper_actions[] = {
    "win.toggle-read", "win.toggle-star", "win.tag", "win.collect", "win.new-note",
    "win.open-abstract",
  };

  gtk_widget_class_install_action (widget_class, "win.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.previous", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.space", NULL, space_action);
  for (guint i = 0; i < G_N_ELEMENTS (paper_actions); i++)
    gtk_widget_class_install_action (widget_class, paper_actions[i], NULL, paper_action);
  gtk_widget_class_install_action (widget_class, "win.rate", "i", paper_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-paper", NULL, show_paper_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.paste-dialog", NULL, paste_dialog_action);
  gtk_widget_class_install_action (widget_class, "win.import-file", NULL, import_file_action);
  gtk_widget_class_install_action (widget_class, "win.add-feed", NULL, add_feed_action);
  gtk_widget_class_install_action (widget_class, "win.add-identifiers", NULL,
                                   add_identifiers_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.review", "s", review_action);
  gtk_widget_class_install_action (widget_class, "win.mark", NULL, mark_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.show-duplicates", NULL,
                                   show_duplicates_action);
  gtk_widget_class_install_action (widget_class, "win.show-for-you", NULL, show_for_you_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "win.show-for-you", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, 0, "win.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "win.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "win.toggle-read", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "win.toggle-star", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "win.tag", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, 0, "win.collect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "win.new-note", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, 0, "win.open-abstract", NULL);
  for (int i = 0; i <= 5; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, 0, "win.rate", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, 0, "win.rate", "i", i);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_slash, 0, "win.search", NULL);
  /* ? shows the shortcuts, as in Files and Text Editor; typed into an entry, it is text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, 0, "app.shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "win.show-paper", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "win.show-paper", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import-file", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-feed",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.add-identifiers", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, 0, "win.mark", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.review", "s", "screening");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_B, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.review", "s", "board");
}

void
_gln_window_init_actions (GlnWindow *self)
{
  g_autoptr(GSimpleAction) sort = NULL;
  g_autoptr(GPropertyAction) show_sidebar = NULL;
  GtkEventController *keys;

  sort = g_simple_action_new_stateful ("sort", G_VARIANT_TYPE_STRING,
                                       g_variant_new_string (default_sort (self)));
  g_signal_connect_object (sort, "change-state", G_CALLBACK (sort_change_state_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sort));
  /* A check item in the menu, so that it says whether the sidebar is shown. */
  show_sidebar = g_property_action_new ("show-sidebar", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_sidebar));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "gln-window-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->cancellable = g_cancellable_new ();
  _gln_window_update_actions (self);
}

void
_gln_window_update_actions (GlnWindow *self)
{
  static const char * const paper_actions[] = {
    "win.toggle-read", "win.toggle-star", "win.rate", "win.tag", "win.collect", "win.new-note",
    "win.open-abstract", "win.copy-bibtex", "win.copy-cite-key", "win.copy-reference",
    "win.paper-menu", "win.more-like-this", "win.not-interested",
  };
  static const char * const store_actions[] = {
    "win.paste", "win.paste-dialog", "win.import-file", "win.add-feed", "win.refresh",
    "win.show-duplicates",
  };
  /* The Duplicates view takes the place of the list: what acts on the list rests meanwhile. */
  static const char * const list_actions[] = {
    "win.search", "win.next", "win.previous", "win.space",
  };
  static const char * const view_actions[] = {
    "win.show-paper", "win.back", "win.export",
  };
  gboolean has_paper = gln_paper_view_get_paper (self->paper_view) != NULL;
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);
  /* For you, too, has its own list and keys. */
  gboolean duplicates = _gln_window_shows_duplicates (self) ||
                        (item != NULL && gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_FOR_YOU);

  for (guint i = 0; i < G_N_ELEMENTS (paper_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), paper_actions[i], has_paper);
  for (guint i = 0; i < G_N_ELEMENTS (store_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), store_actions[i], self->store != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (list_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), list_actions[i],
                                   self->store != NULL && !duplicates);
  for (guint i = 0; i < G_N_ELEMENTS (view_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), view_actions[i], !duplicates);
  _gln_window_update_trash_actions (self);
}

/**
 * gln_window_import_file:
 * @self: a #GlnWindow
 * @file: a file of papers in any format Gleaner reads
 *
 * Imports @file into the library and says what became of it in a toast.
 */
void
gln_window_import_file (GlnWindow *self,
                        GFile     *file)
{
  g_autoptr(GlnImporter) importer = NULL;
  GlnParseInputs *inputs;

  g_return_if_fail (GLN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;

  importer = gln_importer_new (self->store);
  inputs = gln_parse_inputs_new (GLN_IMPORT_FORMAT_AUTO);
  gln_parse_inputs_add_file (inputs, file);
  gln_importer_import_async (importer, gln_parse_inputs_parse, inputs,
                             (GDestroyNotify) gln_parse_inputs_free, 0, self->cancellable,
                             import_done_cb, self);
}
