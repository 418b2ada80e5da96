/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-links"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-citation-links.h"

#include "gln-application.h"
#include "gln-review-util.h"

/* A paper's citations in the reading pane (issue 17): "References (14)" and "Cited by
 * (1,000)" as the library knows them, each a button whose popover lists the papers, with
 * "In Library" (which opens the paper) or, for a paper found but not taken into the library,
 * "Add to Library"; and "Add to Collection" (which adds to the library first). A
 * paper without known links offers to read them from Semantic Scholar, with progress,
 * Cancel and the reason when that fails. */

#define MAX_AUTHORS 3
#define ROWS_AT_ONCE 100

struct _GlnCitationLinks
{
  GtkWidget          parent_instance;

  GlnStore          *store;
  GlnPaper          *paper;
  GStrv              collections;
  GCancellable      *cancellable;
  GCancellable      *fetch_cancellable;
  GlnFetcher        *fetcher;
  GlnPaperCitations *fetch;

  GtkWidget         *box;
  GtkWidget         *buttons;
  GtkWidget         *references;
  GtkWidget         *citations;
  GtkWidget         *find_button;
  GtkWidget         *progress;
  GtkWidget         *spinner;
  GtkWidget         *status;
  GtkWidget         *cancel_button;
  GtkWidget         *error_label;
};

enum {
  OPEN_PAPER,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnCitationLinks, gln_citation_links, GTK_TYPE_WIDGET)

static void reload (GlnCitationLinks *self);

static GtkWidget *
get_list (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "gln-list");
}

static char *
dup_count_label (GlnCitationDirection direction,
                 guint                n)
{
  g_autofree char *number = g_strdup_printf ("%'u", n);

  /* Translators: a button of the reading pane, %s is a number such as 1,000 */
  return g_strdup_printf (direction == GLN_CITATION_REFERENCES ? _("References (%s)")
                                                               : _("Cited by (%s)"),
                          number);
}

static void
show_error (GlnCitationLinks *self,
            const char       *prefix,
            const GError     *error)
{
  g_autofree char *text = gln_error_dup_message (prefix, error);

  gtk_label_set_label (GTK_LABEL (self->error_label), text);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static GMenuModel *
build_collection_menu (GlnCitationLinks  *self,
                       const GlnCitation *link)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; self->collections != NULL && self->collections[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (self->collections[i], NULL);

      g_menu_item_set_action_and_target (item, "citations.add-to-collection", "(xsss)",
                                         link->paper_id, link->key ? link->key : "",
                                         link->title ? link->title : "", self->collections[i]);
      g_menu_append_item (menu, item);
    }
  if (self->collections == NULL || self->collections[0] == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No collections yet"), "citations.none");

      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

static GtkWidget *
build_row (GlnCitationLinks  *self,
           const GlnCitation *link)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GMenuModel) menu = build_collection_menu (self, link);
  g_autofree char *authors = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (link->title);
  GtkWidget *subtitle;
  GtkWidget *library;
  GtkWidget *collect;
  int year = link->year;

  if (link->paper_id > 0)
    paper = gln_store_lookup_paper (self->store, link->paper_id, NULL);
  if (paper != NULL)
    {
      authors = gln_review_dup_authors (paper, MAX_AUTHORS);
      year = gln_paper_get_year (paper);
    }
  else if (link->authors != NULL && link->authors[0] != NULL)
    {
      /* A paper found but not in the library: its authors as they were found. */
      g_autoptr(GlnPaper) found = gln_paper_new ();

      gln_paper_set_authors (found, (const char * const *) link->authors, NULL);
      authors = gln_review_dup_authors (found, MAX_AUTHORS);
    }
  if (authors != NULL)
    g_string_append (detail, authors);
  if (year > 0)
    g_string_append_printf (detail, detail->len > 0 ? " · %d" : "%d", year);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 48);
  gtk_label_set_width_chars (GTK_LABEL (title), 36);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (text), title);
  subtitle = gtk_label_new (detail->len > 0 ? detail->str : _("Known by its title only"));
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  if (paper != NULL)
    {
      library = gtk_button_new_with_label (_("In Library"));
      gtk_widget_set_tooltip_text (library, _("Open the Paper"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (library), "citations.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (library), "x", link->paper_id);
      gtk_widget_add_css_class (library, "flat");
    }
  else
    {
      library = gtk_button_new_with_label (_("Add to Library"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (library), "citations.add-to-library");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (library), "(ss)",
                                        link->key ? link->key : "",
                                        link->title ? link->title : "");
    }
  gtk_widget_set_valign (library, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), library);
  collect = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (collect), "folder-new-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (collect), menu);
  gtk_widget_set_tooltip_text (collect, _("Add to Collection"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (collect), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add to Collection"), -1);
  gtk_widget_set_valign (collect, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), collect);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  link->title, -1);

  return row;
}

static void append_rows (GlnCitationLinks *self,
                         GtkWidget        *list);

static void
more_clicked_cb (GtkButton *button,
                 GtkWidget *list)
{
  /* A popover's parent is its button, so the pane is an ancestor. */
  GlnCitationLinks *self = GLN_CITATION_LINKS (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                         GLN_TYPE_CITATION_LINKS));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
  append_rows (self, list);
  if (next != NULL)
    gtk_widget_child_focus (next, GTK_DIR_TAB_FORWARD);
}

/* A long list (a famous paper is cited thousands of times) shows a page of rows at a time,
 * then a row to show more. */
static void
append_rows (GlnCitationLinks *self,
             GtkWidget        *list)
{
  GPtrArray *links = g_object_get_data (G_OBJECT (list), "gln-links");
  guint shown = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "gln-shown"));
  guint end = MIN (links->len, shown + ROWS_AT_ONCE);
  g_autofree char *label = NULL;
  GtkWidget *more;
  GtkWidget *row;

  for (guint i = shown; i < end; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), build_row (self, g_ptr_array_index (links, i)));
  g_object_set_data (G_OBJECT (list), "gln-shown", GUINT_TO_POINTER (end));
  if (end == links->len)
    return;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show More (%u Left)",
                                        "Show More (%u Left)", links->len - end),
                           links->len - end);
  more = gtk_button_new_with_label (label);
  gtk_widget_add_css_class (more, "flat");
  gtk_widget_set_margin_top (more, 6);
  gtk_widget_set_margin_bottom (more, 6);
  g_signal_connect (more, "clicked", G_CALLBACK (more_clicked_cb), list);
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), more);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button = user_data;
  GlnCitationLinks *self;
  GtkWidget *list;
  GtkWidget *child;

  if (!(links = gln_store_list_citations_finish (GLN_STORE (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (GLN_CITATION_LINKS (gtk_widget_get_ancestor (button,
                                                                 GLN_TYPE_CITATION_LINKS)),
                    _("Could not list the citations"), error);
      return;
    }

  self = GLN_CITATION_LINKS (gtk_widget_get_ancestor (button, GLN_TYPE_CITATION_LINKS));
  list = get_list (button);
  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  g_object_set_data_full (G_OBJECT (list), "gln-links", g_steal_pointer (&links),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (list), "gln-shown", GUINT_TO_POINTER (0));
  append_rows (self, list);
}

/* The list is read when its popover opens, so that moving through papers costs a count. */
static void
popover_shown_cb (GtkWidget *popover,
                  GtkWidget *button)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (gtk_widget_get_ancestor (button,
                                                                         GLN_TYPE_CITATION_LINKS));
  GlnCitationDirection direction = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                       "gln-direction"));

  if (self->paper == NULL || self->store == NULL)
    return;

  gln_store_list_citations_async (self->store, gln_paper_get_id (self->paper), direction,
                                  self->cancellable, listed_cb, button);
}

static GtkWidget *
build_list_button (GlnCitationDirection direction)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  direction == GLN_CITATION_REFERENCES
                                  ? _("Papers This Paper Cites") : _("Papers Citing This Paper"),
                                  -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 440);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 460);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (button), "gln-list", list);
  g_object_set_data (G_OBJECT (button), "gln-direction", GINT_TO_POINTER (direction));
  g_signal_connect (popover, "show", G_CALLBACK (popover_shown_cb), button);

  return button;
}

static void
counted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *references = NULL;
  g_autofree char *citations = NULL;
  GlnCitationLinks *self;
  guint n_references = 0, n_citations = 0;

  if (!gln_store_count_citations_finish (GLN_STORE (object), result, &n_references,
                                         &n_citations, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (GLN_CITATION_LINKS (user_data), _("Could not count the citations"), error);
      return;
    }

  self = GLN_CITATION_LINKS (user_data);
  references = dup_count_label (GLN_CITATION_REFERENCES, n_references);
  citations = dup_count_label (GLN_CITATION_CITATIONS, n_citations);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->references), references);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->citations), citations);
  gtk_widget_set_sensitive (self->references, n_references > 0);
  gtk_widget_set_sensitive (self->citations, n_citations > 0);
  gtk_widget_set_visible (self->buttons, n_references + n_citations > 0);
  gtk_widget_set_visible (self->find_button, n_references + n_citations == 0 &&
                                             self->fetch_cancellable == NULL);
}

static void
reload (GlnCitationLinks *self)
{
  if (self->paper == NULL || self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gln_store_count_citations_async (self->store, gln_paper_get_id (self->paper),
                                   self->cancellable, counted_cb, self);
}

static void
set_fetching (GlnCitationLinks *self,
              gboolean          fetching)
{
  gtk_widget_set_visible (self->progress, fetching);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), fetching);
  if (fetching)
    {
      gtk_widget_set_visible (self->find_button, FALSE);
      gtk_widget_set_visible (self->error_label, FALSE);
      gtk_label_set_label (GTK_LABEL (self->status), _("Reading the references…"));
    }
}

static void
fetch_progress_cb (GlnPaperCitations *fetch,
                   GlnCitationLinks  *self)
{
  guint n = gln_paper_citations_get_n_links (fetch);
  g_autofree char *text = NULL;

  if (gln_paper_citations_get_direction (fetch) == GLN_CITATION_REFERENCES)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading the references… %u found",
                                         "Reading the references… %u found", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading the citations… %u found",
                                         "Reading the citations… %u found", n), n);
  gtk_label_set_label (GTK_LABEL (self->status), text);
  reload (self);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GlnCitationLinks) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = gln_paper_citations_fetch_finish (GLN_PAPER_CITATIONS (object), result, &error);

  /* Gone meanwhile: its dispose cancelled the reading. */
  if (self->progress == NULL)
    return;

  g_clear_object (&self->fetch_cancellable);
  set_fetching (self, FALSE);
  if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Could not read the citations"), error);
  reload (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (widget);
  GApplication *app = g_application_get_default ();
  g_autofree char *key = NULL;

  if (self->paper == NULL || self->store == NULL || self->fetch_cancellable != NULL)
    return;

  if (GLN_IS_APPLICATION (app))
    key = g_settings_get_string (gln_application_get_settings (GLN_APPLICATION (app)),
                                 "semantic-scholar-api-key");
  if (self->fetcher == NULL)
    self->fetcher = gln_fetcher_new ();
  g_clear_object (&self->fetch);
  self->fetch = gln_paper_citations_new (self->store, self->fetcher);
  gln_paper_citations_set_api_key (self->fetch, key);
  g_signal_connect_object (self->fetch, "progress", G_CALLBACK (fetch_progress_cb), self, 0);
  self->fetch_cancellable = g_cancellable_new ();
  set_fetching (self, TRUE);
  gln_paper_citations_fetch_async (self->fetch, self->paper, self->fetch_cancellable,
                                   fetched_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (widget);

  g_cancellable_cancel (self->fetch_cancellable);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (widget);
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!(paper = gln_store_lookup_paper (self->store, g_variant_get_int64 (parameter), &error)))
    {
      show_error (self, _("Could not open the paper"), error);
      return;
    }

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->references));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->citations));
  g_signal_emit (self, signals [OPEN_PAPER], 0, paper);
}

typedef struct
{
  GlnCitationLinks *self;
  char             *collection;
} Adding;

static void
adding_free (Adding *adding)
{
  g_object_unref (adding->self);
  g_free (adding->collection);
  g_free (adding);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Adding, adding_free)

static void
collect (GlnCitationLinks *self,
         gint64            paper_id,
         const char       *collection)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;

  if (!(paper = gln_store_lookup_paper (self->store, paper_id, &error)))
    {
      show_error (self, _("Could not add the paper to the collection"), error);
      return;
    }

  gln_store_collection_add_async (self->store, collection, &paper, 1, TRUE, NULL,
                                  gln_application_edit_done_cb, NULL);
}

static void
title_added_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Adding) adding = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if ((id = gln_store_id_finish (GLN_STORE (object), result, &error)) == 0)
    {
      if (adding->self->progress != NULL)
        show_error (adding->self, _("Could not add the paper to the library"), error);
      return;
    }

  if (adding->collection != NULL && adding->self->store != NULL)
    collect (adding->self, id, adding->collection);
}

/* A paper found but not in the library goes in through the identity rules (the record kept
 * of it, or its title alone); the others are there already. */
static void
add_paper (GlnCitationLinks *self,
           gint64            paper_id,
           const char       *key,
           const char       *title,
           const char       *collection)
{
  Adding *adding;

  if (self->store == NULL)
    return;
  if (paper_id > 0)
    {
      if (collection != NULL)
        collect (self, paper_id, collection);
      return;
    }

  adding = g_new0 (Adding, 1);
  adding->self = g_object_ref (self);
  adding->collection = g_strdup (collection);
  gln_store_add_linked_title_async (self->store, key, title, NULL, title_added_cb, adding);
}

static void
add_to_library_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *key, *title;

  g_variant_get (parameter, "(&s&s)", &key, &title);
  add_paper (GLN_CITATION_LINKS (widget), 0, key, title, NULL);
}

static void
add_to_collection_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  const char *key, *title, *collection;
  gint64 paper_id;

  g_variant_get (parameter, "(x&s&s&s)", &paper_id, &key, &title, &collection);
  add_paper (GLN_CITATION_LINKS (widget), paper_id, key, title, collection);
}

static void
store_changed_cb (GlnCitationLinks *self)
{
  GtkWidget *buttons[] = { self->references, self->citations };

  reload (self);
  /* An open list follows: a paper just added shows "In Library". */
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
          GTK_MENU_BUTTON (buttons[i])))))
      popover_shown_cb (NULL, buttons[i]);
}

static void
gln_citation_links_dispose (GObject *object)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);
  g_clear_object (&self->fetch);
  g_clear_object (&self->fetcher);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->paper);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->progress = NULL;

  G_OBJECT_CLASS (gln_citation_links_parent_class)->dispose (object);
}

static void
gln_citation_links_finalize (GObject *object)
{
  GlnCitationLinks *self = GLN_CITATION_LINKS (object);

  g_strfreev (self->collections);

  G_OBJECT_CLASS (gln_citation_links_parent_class)->finalize (object);
}

static void
gln_citation_links_class_init (GlnCitationLinksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_citation_links_dispose;
  object_class->finalize = gln_citation_links_finalize;

  /**
   * GlnCitationLinks::open-paper:
   * @paper: a paper of the library
   *
   * The user asked to read a paper of the lists.
   */
  signals [OPEN_PAPER] = g_signal_new ("open-paper", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       GLN_TYPE_PAPER);

  gtk_widget_class_install_action (widget_class, "citations.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "citations.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "citations.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "citations.add-to-library", "(ss)",
                                   add_to_library_action);
  gtk_widget_class_install_action (widget_class, "citations.add-to-collection", "(xsss)",
                                   add_to_collection_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
build_progress (GlnCitationLinks *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  self->spinner = gtk_spinner_new ();
  self->status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_widget_set_hexpand (self->status, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reading the citations"), -1);
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "citations.cancel");
  gtk_box_append (GTK_BOX (box), self->spinner);
  gtk_box_append (GTK_BOX (box), self->status);
  gtk_box_append (GTK_BOX (box), self->cancel_button);
  gtk_widget_set_visible (box, FALSE);

  return box;
}

static void
gln_citation_links_init (GlnCitationLinks *self)
{
  GtkWidget *heading = gtk_label_new (_("Citations"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self->box), heading);

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->references = build_list_button (GLN_CITATION_REFERENCES);
  self->citations = build_list_button (GLN_CITATION_CITATIONS);
  gtk_box_append (GTK_BOX (self->buttons), self->references);
  gtk_box_append (GTK_BOX (self->buttons), self->citations);
  gtk_box_append (GTK_BOX (self->box), self->buttons);

  self->find_button = gtk_button_new_with_mnemonic (_("_Find References and Citations"));
  gtk_widget_set_tooltip_text (self->find_button,
                               _("Read the paper’s references and the papers citing it from "
                                 "Semantic Scholar"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->find_button), "citations.find");
  gtk_widget_set_halign (self->find_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->box), self->find_button);

  self->progress = build_progress (self);
  gtk_box_append (GTK_BOX (self->box), self->progress);
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->error_label);
  gtk_widget_set_visible (self->buttons, FALSE);
}

GtkWidget *
gln_citation_links_new (void)
{
  return g_object_new (GLN_TYPE_CITATION_LINKS, NULL);
}

/**
 * gln_citation_links_set_paper:
 * @self: a #GlnCitationLinks
 * @store: (nullable): the library
 * @paper: (nullable): the paper whose links to show
 *
 * Shows the paper's counts; a reading of another paper's links stops, what it read stays.
 */
void
gln_citation_links_set_paper (GlnCitationLinks *self,
                              GlnStore         *store,
                              GlnPaper         *paper)
{
  g_return_if_fail (GLN_IS_CITATION_LINKS (self));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  if (self->paper == paper)
    return;

  g_cancellable_cancel (self->fetch_cancellable);
  g_set_object (&self->paper, paper);
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_widget_set_visible (self->buttons, FALSE);
  gtk_widget_set_visible (self->find_button, FALSE);
  reload (self);
}

void
gln_citation_links_set_collections (GlnCitationLinks   *self,
                                    const char * const *collections)
{
  g_return_if_fail (GLN_IS_CITATION_LINKS (self));

  g_strfreev (self->collections);
  self->collections = g_strdupv ((char **) collections);
}

/**
 * gln_citation_links_get_button:
 * @self: a #GlnCitationLinks
 * @direction: which list
 *
 * Returns: (transfer none): the button that shows the list
 */
GtkWidget *
gln_citation_links_get_button (GlnCitationLinks     *self,
                               GlnCitationDirection  direction)
{
  g_return_val_if_fail (GLN_IS_CITATION_LINKS (self), NULL);

  return direction == GLN_CITATION_REFERENCES ? self->references : self->citations;
}
