/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-paper-view.h"

#include "gln-application.h"
#include "gln-chip-editor.h"
#include "gln-citation-links.h"
#include "gln-latex.h"
#include "gln-markup.h"
#include "gln-note-list.h"
#include "gln-paper-row.h"
#include "gln-rating.h"

/* The reading pane: everything about one paper, and what the user makes of it. Every
 * change goes through the store; the pane follows the shared GlnPaper, so it shows a
 * change made anywhere else at once. */
struct _GlnPaperView
{
  GtkWidget          parent_instance;

  GlnStore          *store;
  GlnPaper          *paper;
  GStrv              highlight;

  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *new_version_label;
  GtkLabel          *title_label;
  GtkLabel          *authors_label;
  GtkLabel          *institutions_label;
  GtkLabel          *meta_label;
  GtkToggleButton   *star_button;
  GlnRating         *rating;
  GtkLabel          *abstract_label;
  GtkLabel          *comment_label;
  GlnChipEditor     *tags_editor;
  GlnChipEditor     *collections_editor;
  GlnCitationLinks  *citation_links;
  GlnNoteList       *note_list;
};

enum {
  PROP_0,
  PROP_PAPER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (GlnPaperView, gln_paper_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

enum {
  COLLECTION_ADDED,
  OPEN_PAPER,
  TAG_ADDED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static char *
dup_abstract_url (GlnPaper *paper)
{
  if (gln_paper_get_url (paper) != NULL)
    return g_strdup (gln_paper_get_url (paper));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strconcat ("https://arxiv.org/abs/", gln_paper_get_arxiv_id (paper), NULL);
  if (gln_paper_get_doi (paper) != NULL)
    return g_strconcat ("https://doi.org/", gln_paper_get_doi (paper), NULL);

  return NULL;
}

static char *
dup_pdf_url (GlnPaper *paper)
{
  if (gln_paper_get_pdf_url (paper) != NULL)
    return g_strdup (gln_paper_get_pdf_url (paper));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strconcat ("https://arxiv.org/pdf/", gln_paper_get_arxiv_id (paper), NULL);

  return NULL;
}

static char *
dup_authors (GlnPaper *paper)
{
  const char * const *names = gln_paper_get_authors (paper);
  guint n_names = names ? g_strv_length ((char **) names) : 0;
  int count = gln_paper_get_author_count (paper);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_names; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, names[i]);
    }

  if (count > (int) n_names && n_names > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %d more", " and %d more",
                                               count - n_names), (int) (count - n_names));
  else if (gln_paper_get_authors_truncated (paper))
    g_string_append (text, _(" et al."));
  else if (n_names == 0 && count > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d author", "%d authors", count),
                            count);

  return g_string_free (text, text->len == 0);
}

/* Affiliations as the source gave them, each once, then the institutions a page listed. */
static char *
dup_institutions (GlnPaper *paper)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  const char * const *lists[] = { gln_paper_get_affiliations (paper),
                                  gln_paper_get_institutions (paper) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        gboolean known = FALSE;

        if (*lists[l][i] == '\0')
          continue;
        for (guint j = 0; j < seen->len && !known; j++)
          known = g_str_equal (g_ptr_array_index (seen, j), lists[l][i]);
        if (!known)
          g_ptr_array_add (seen, (gpointer) lists[l][i]);
      }

  if (seen->len == 0)
    return NULL;

  g_ptr_array_add (seen, NULL);
  return g_strjoinv (" · ", (char **) seen->pdata);
}

static char *
dup_meta (GlnPaper *paper)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = gln_paper_dup_date_label (paper);
  const char * const *categories = gln_paper_get_categories (paper);

  if (date != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Published %s"), date));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    {
      if (gln_paper_get_arxiv_version (paper) > 0)
        g_ptr_array_add (parts, g_strdup_printf ("arXiv:%sv%d", gln_paper_get_arxiv_id (paper),
                                                 gln_paper_get_arxiv_version (paper)));
      else
        g_ptr_array_add (parts, g_strdup_printf ("arXiv:%s", gln_paper_get_arxiv_id (paper)));
    }
  if (gln_paper_get_updated (paper) != NULL &&
      g_strcmp0 (gln_paper_get_updated (paper), gln_paper_get_published (paper)) != 0)
    {
      g_autofree char *updated = g_strndup (gln_paper_get_updated (paper), 10);

      g_ptr_array_add (parts, g_strdup_printf (_("Updated %s"), updated));
    }
  if (gln_paper_get_doi (paper) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("DOI %s", gln_paper_get_doi (paper)));
  if (categories != NULL && categories[0] != NULL)
    g_ptr_array_add (parts, g_strjoinv (", ", (char **) categories));
  else if (gln_paper_get_category (paper) != NULL)
    g_ptr_array_add (parts, g_strdup (gln_paper_get_category (paper)));
  if (gln_paper_get_upvotes (paper) > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d upvote",
                                                          "%d upvotes",
                                                          gln_paper_get_upvotes (paper)),
                                             gln_paper_get_upvotes (paper)));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_text (GlnPaperView *self)
{
  const char * const *terms = (const char * const *) self->highlight;
  g_autofree char *title_markup = NULL;
  g_autofree char *title = NULL;
  g_autofree char *abstract_markup = NULL;
  g_autofree char *abstract = NULL;
  g_autofree char *authors = NULL;
  g_autofree char *institutions = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *comment = NULL;
  GlnPaper *paper = self->paper;

  title_markup = gln_latex_to_markup (gln_paper_get_title (paper));
  title = gln_markup_decorate (title_markup, terms, FALSE);
  gtk_label_set_markup (self->title_label, title);

  if (gln_paper_get_abstract (paper) != NULL)
    {
      abstract_markup = gln_latex_to_markup (gln_paper_get_abstract (paper));
      abstract = gln_markup_decorate (abstract_markup, terms, TRUE);
      gtk_label_set_markup (self->abstract_label, abstract);
    }
  else
    {
      g_autofree char *none = g_markup_printf_escaped ("<i>%s</i>", _("No abstract available."));

      gtk_label_set_markup (self->abstract_label, none);
    }

  authors = dup_authors (paper);
  set_label (self->authors_label, authors);
  institutions = dup_institutions (paper);
  set_label (self->institutions_label, institutions);
  meta = dup_meta (paper);
  set_label (self->meta_label, meta);

  if (gln_paper_get_journal_ref (paper) != NULL && gln_paper_get_comment (paper) != NULL)
    comment = g_strdup_printf ("%s · %s", gln_paper_get_journal_ref (paper),
                               gln_paper_get_comment (paper));
  else
    comment = g_strdup (gln_paper_get_journal_ref (paper) ?: gln_paper_get_comment (paper));
  set_label (self->comment_label, comment);
}

static void
update_state (GlnPaperView *self)
{
  GlnPaper *paper = self->paper;
  g_autofree char *url = dup_abstract_url (paper);
  g_autofree char *pdf = dup_pdf_url (paper);
  gboolean starred = gln_paper_get_starred (paper);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paper.open-abstract", url != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paper.open-pdf", pdf != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paper.open-code",
                                 gln_paper_get_code_url (paper) != NULL);

  gtk_toggle_button_set_active (self->star_button, starred);
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            starred ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->star_button),
                               starred ? _("Unstar (S)") : _("Star (S)"));
  gln_rating_set_value (self->rating, gln_paper_get_rating (paper));
  gln_chip_editor_set_values (self->tags_editor, gln_paper_get_tags (paper));
  gln_chip_editor_set_values (self->collections_editor, gln_paper_get_collections (paper));
}

static void
paper_notify_cb (GlnPaperView *self,
                 GParamSpec   *pspec,
                 GlnPaper     *paper)
{
  static const char * const state[] = { "starred", "rating", "tags", "collections", "url",
                                        "pdf-url", "code-url", "read", "read-time", NULL };

  if (g_strv_contains (state, pspec->name))
    update_state (self);
  else
    update_text (self);
}

static void
open_uri (GlnPaperView *self,
          const char   *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (uri != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnPaperView *self = GLN_PAPER_VIEW (widget);
  g_autofree char *uri = NULL;

  if (self->paper == NULL)
    return;

  if (g_str_equal (action_name, "paper.open-abstract"))
    uri = dup_abstract_url (self->paper);
  else if (g_str_equal (action_name, "paper.open-pdf"))
    uri = dup_pdf_url (self->paper);
  else
    uri = g_strdup (gln_paper_get_code_url (self->paper));

  open_uri (self, uri);
}

static void
new_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gln_paper_view_new_note (GLN_PAPER_VIEW (widget));
}

static gboolean
activate_link_cb (GlnPaperView *self,
                  const char   *uri,
                  GtkLabel     *label)
{
  open_uri (self, uri);
  return TRUE;
}

static void
star_clicked_cb (GlnPaperView    *self,
                 GtkToggleButton *button)
{
  gln_paper_view_toggle_star (self);
}

static void
rate_cb (GlnPaperView *self,
         int           value,
         GlnRating    *rating)
{
  gln_paper_view_rate (self, value);
}

static void
tag_added_cb (GlnPaperView  *self,
              const char    *tag,
              GlnChipEditor *editor)
{
  if (self->paper != NULL && self->store != NULL)
    {
      gln_store_add_tag_async (self->store, self->paper, tag, NULL,
                               gln_application_edit_done_cb, NULL);
      g_signal_emit (self, signals [TAG_ADDED], 0, tag);
    }
}

static void
tag_removed_cb (GlnPaperView  *self,
                const char    *tag,
                GlnChipEditor *editor)
{
  if (self->paper != NULL && self->store != NULL)
    gln_store_remove_tag_async (self->store, self->paper, tag, NULL,
                                gln_application_edit_done_cb, NULL);
}

static void
collection_added_cb (GlnPaperView  *self,
                     const char    *collection,
                     GlnChipEditor *editor)
{
  if (self->paper != NULL && self->store != NULL)
    {
      gln_store_collection_add_async (self->store, collection, &self->paper, 1, TRUE, NULL,
                                      gln_application_edit_done_cb, NULL);
      g_signal_emit (self, signals [COLLECTION_ADDED], 0, collection);
    }
}

static void
collection_removed_cb (GlnPaperView  *self,
                       const char    *collection,
                       GlnChipEditor *editor)
{
  if (self->paper != NULL && self->store != NULL)
    gln_store_collection_remove_async (self->store, collection, &self->paper, 1, NULL,
                                       gln_application_edit_done_cb, NULL);
}

static void
open_paper_cb (GlnPaperView     *self,
               GlnPaper         *paper,
               GlnCitationLinks *links)
{
  g_signal_emit (self, signals [OPEN_PAPER], 0, paper);
}

static void
gln_paper_view_dispose (GObject *object)
{
  GlnPaperView *self = (GlnPaperView *)object;
  GtkWidget *child;

  if (self->paper != NULL)
    g_signal_handlers_disconnect_by_func (self->paper, paper_notify_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_PAPER_VIEW);
  /* Template children that are not bound are not unparented by the line above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->paper);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_paper_view_parent_class)->dispose (object);
}

static void
gln_paper_view_finalize (GObject *object)
{
  GlnPaperView *self = (GlnPaperView *)object;

  g_clear_pointer (&self->highlight, g_strfreev);

  G_OBJECT_CLASS (gln_paper_view_parent_class)->finalize (object);
}

static void
gln_paper_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlnPaperView *self = GLN_PAPER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_value_set_object (value, self->paper);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GlnPaperView *self = GLN_PAPER_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      gln_paper_view_set_paper (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_paper_view_class_init (GlnPaperViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_paper_view_dispose;
  object_class->finalize = gln_paper_view_finalize;
  object_class->get_property = gln_paper_view_get_property;
  object_class->set_property = gln_paper_view_set_property;

  properties [PROP_PAPER] =
    g_param_spec_object ("paper", NULL, NULL, GLN_TYPE_PAPER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnPaperView::collection-added:
   * @collection: the collection's name
   *
   * Emitted after the user added the paper shown to a collection, so that the papers marked
   * with it can join too.
   */
  signals [COLLECTION_ADDED] =
    g_signal_new ("collection-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * GlnPaperView::open-paper:
   * @paper: a paper of the library
   *
   * The user asked to read another paper: one the paper shown cites, or one citing it.
   */
  signals [OPEN_PAPER] =
    g_signal_new ("open-paper",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLN_TYPE_PAPER);

  /**
   * GlnPaperView::tag-added:
   * @tag: the tag
   *
   * Emitted after the user tagged the paper shown, so that the papers selected with it can
   * take the tag too.
   */
  signals [TAG_ADDED] =
    g_signal_new ("tag-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (GLN_TYPE_CHIP_EDITOR);
  g_type_ensure (GLN_TYPE_CITATION_LINKS);
  g_type_ensure (GLN_TYPE_NOTE_LIST);
  g_type_ensure (GLN_TYPE_RATING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-paper-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, new_version_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, title_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, authors_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, institutions_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, star_button);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, rating);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, abstract_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, comment_label);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, tags_editor);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, collections_editor);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, citation_links);
  gtk_widget_class_bind_template_child (widget_class, GlnPaperView, note_list);
  gtk_widget_class_bind_template_callback (widget_class, activate_link_cb);
  gtk_widget_class_bind_template_callback (widget_class, star_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rate_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_added_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_removed_cb);
  gtk_widget_class_bind_template_callback (widget_class, collection_added_cb);
  gtk_widget_class_bind_template_callback (widget_class, collection_removed_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_paper_cb);

  gtk_widget_class_install_action (widget_class, "paper.open-abstract", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "paper.open-pdf", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "paper.open-code", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "paper.new-note", NULL, new_note_action);

  gtk_widget_class_set_css_name (widget_class, "paperview");
}

static void
gln_paper_view_init (GlnPaperView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gln_paper_view_new (void)
{
  return g_object_new (GLN_TYPE_PAPER_VIEW, NULL);
}

GlnStore *
gln_paper_view_get_store (GlnPaperView *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_VIEW (self), NULL);

  return self->store;
}

void
gln_paper_view_set_store (GlnPaperView *self,
                          GlnStore     *store)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  if (g_set_object (&self->store, store))
    gln_paper_view_set_paper (self, NULL);
}

GlnPaper *
gln_paper_view_get_paper (GlnPaperView *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_VIEW (self), NULL);

  return self->paper;
}

void
gln_paper_view_set_paper (GlnPaperView *self,
                          GlnPaper     *paper)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));
  g_return_if_fail (paper == NULL || GLN_IS_PAPER (paper));

  if (self->paper == paper)
    return;

  if (self->paper != NULL)
    g_signal_handlers_disconnect_by_func (self->paper, paper_notify_cb, self);
  g_set_object (&self->paper, paper);

  /* The previous paper's notes are stored before the next ones load. */
  gln_note_list_set_paper (self->note_list, self->store, paper);
  gln_citation_links_set_paper (self->citation_links, self->store, paper);

  if (paper != NULL)
    {
      g_autofree char *version = NULL;

      /* Reading a paper acknowledges its new version, so say it before that happens. */
      if (gln_paper_get_new_version (paper))
        version = g_strdup_printf (_("New version %d since you last read it"),
                                   gln_paper_get_arxiv_version (paper));
      set_label (self->new_version_label, version);

      g_signal_connect_object (paper, "notify", G_CALLBACK (paper_notify_cb), self,
                               G_CONNECT_SWAPPED);
      update_text (self);
      update_state (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
      gtk_stack_set_visible_child_name (self->stack, "paper");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paper.new-note", paper != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAPER]);
}

/**
 * gln_paper_view_set_highlight:
 * @self: a #GlnPaperView
 * @terms: (nullable): case-folded words to highlight in the title and abstract
 */
void
gln_paper_view_set_highlight (GlnPaperView       *self,
                              const char * const *terms)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  g_strfreev (self->highlight);
  self->highlight = g_strdupv ((char **) terms);

  if (self->paper != NULL)
    update_text (self);
}

void
gln_paper_view_set_suggestions (GlnPaperView       *self,
                                const char * const *tags,
                                const char * const *collections)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  gln_chip_editor_set_suggestions (self->tags_editor, tags);
  gln_chip_editor_set_suggestions (self->collections_editor, collections);
  gln_citation_links_set_collections (self->citation_links, collections);
}

/**
 * gln_paper_view_scroll_page:
 * @self: a #GlnPaperView
 *
 * Scrolls down by most of a screen, as Space does.
 *
 * Returns: %FALSE when the end was already showing
 */
gboolean
gln_paper_view_scroll_page (GlnPaperView *self)
{
  GtkAdjustment *adjustment;
  double value;
  double page;
  double upper;

  g_return_val_if_fail (GLN_IS_PAPER_VIEW (self), FALSE);

  if (self->paper == NULL)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  upper = gtk_adjustment_get_upper (adjustment);
  if (value + page >= upper - 1)
    return FALSE;

  gtk_adjustment_set_value (adjustment, MIN (value + page * 0.85, upper - page));
  return TRUE;
}

void
gln_paper_view_toggle_star (GlnPaperView *self)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  if (self->paper == NULL || self->store == NULL)
    return;

  gln_store_set_starred_async (self->store, self->paper, !gln_paper_get_starred (self->paper),
                               NULL, gln_application_edit_done_cb, NULL);
}

void
gln_paper_view_rate (GlnPaperView *self,
                     int           rating)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  if (self->paper == NULL || self->store == NULL || rating == gln_paper_get_rating (self->paper))
    return;

  gln_store_set_rating_async (self->store, self->paper, rating, NULL,
                              gln_application_edit_done_cb, NULL);
}

void
gln_paper_view_add_tag (GlnPaperView *self)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  if (self->paper != NULL)
    gln_chip_editor_popup (self->tags_editor);
}

void
gln_paper_view_add_to_collection (GlnPaperView *self)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  if (self->paper != NULL)
    gln_chip_editor_popup (self->collections_editor);
}

/* Scrolls so that the whole of @widget shows, once it has its place; returns whether it
 * had one. */
static gboolean
scroll_to_widget (GlnPaperView *self,
                  GtkWidget    *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scrolled_window);
  graphene_rect_t bounds;
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double bottom;

  if (gtk_widget_get_height (widget) == 0 ||
      !gtk_widget_compute_bounds (widget, content, &bounds))
    return FALSE;

  /* Within the viewport's child, bounds are in content coordinates plus the scroll. */
  bottom = bounds.origin.y + bounds.size.height + value;
  if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, MIN (bottom - page + 12,
                                               gtk_adjustment_get_upper (adjustment) - page));
  return TRUE;
}

static gboolean
note_allocated_cb (GtkWidget     *editor,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  return scroll_to_widget (GLN_PAPER_VIEW (user_data), editor) ? G_SOURCE_REMOVE
                                                                 : G_SOURCE_CONTINUE;
}

/* However the tick callback ends (the note shown, or gone first), the viewport follows the
 * focus again. */
static void
note_scrolled_cb (gpointer data)
{
  g_autoptr(GlnPaperView) self = data;
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled_window);

  if (GTK_IS_VIEWPORT (viewport))
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
}

/* N adds a note at the end of the pane and scrolls it into view once it has its place. The
 * viewport would scroll to the focus before that, to where the note was not yet, and leave
 * it just below the visible area. */
void
gln_paper_view_new_note (GlnPaperView *self)
{
  GtkWidget *viewport;
  GtkWidget *editor;

  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  viewport = gtk_scrolled_window_get_child (self->scrolled_window);
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
  if ((editor = gln_note_list_add_note (self->note_list)) != NULL)
    gtk_widget_add_tick_callback (editor, note_allocated_cb, g_object_ref (self),
                                  note_scrolled_cb);
  else
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
}

void
gln_paper_view_open_abstract (GlnPaperView *self)
{
  g_return_if_fail (GLN_IS_PAPER_VIEW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "paper.open-abstract", NULL);
}

/* Stores what the note editors hold now; the window does this when it closes. %FALSE when
 * a note could not be saved and its text is still only on screen. */
gboolean
gln_paper_view_save_notes (GlnPaperView *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_VIEW (self), FALSE);

  return gln_note_list_save (self->note_list);
}

GtkWidget *
gln_paper_view_get_note_list (GlnPaperView *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_VIEW (self), NULL);

  return GTK_WIDGET (self->note_list);
}
