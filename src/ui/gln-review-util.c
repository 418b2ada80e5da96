/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Text the screening mode, the board and the side-by-side view share: a collection's
 * keywords, and a paper's authors and publication details on one line each. */

#define G_LOG_DOMAIN "gln-review"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gln-review-util.h"

#include "gln-paper-row.h"

#define MAX_KEYWORDS 32

/* Words that say nothing about a paper's subject, in the criteria of English reviews. */
static const char * const stop_words[] = {
  "about", "above", "across", "after", "again", "against", "also", "among", "and", "another",
  "any", "are", "based", "because", "been", "before", "being", "between", "both", "but",
  "can", "could", "criteria", "criterion", "did", "does", "doing", "down", "during", "each",
  "either", "else", "every", "exclude", "excluded", "excludes", "exclusion", "few", "for",
  "from", "further", "had", "has", "have", "having", "here", "how", "include", "included",
  "includes", "including", "inclusion", "into", "its", "itself", "just", "least", "less",
  "many", "more", "most", "must", "need", "only", "other", "our", "out", "over", "own",
  "paper", "papers", "question", "report", "reports", "review", "same", "should", "show",
  "shows", "some", "studies", "study", "such", "tell", "than", "that", "the", "their", "them",
  "then",
  "there", "these", "they", "this", "those", "through", "under", "until", "used", "using",
  "very", "was", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
  "will", "with", "within", "without", "would", "you", "your",
  NULL
};

static gboolean
is_significant (const char *word)
{
  gboolean has_letter = FALSE;

  if (g_utf8_strlen (word, -1) < 4 || g_strv_contains (stop_words, word))
    return FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    has_letter |= g_unichar_isalpha (g_utf8_get_char (p));

  return has_letter;
}

/**
 * gln_review_dup_keywords:
 * @description: (nullable): a collection's review question and inclusion criteria
 *
 * Returns: (transfer full): the significant words of a description, case-folded, in the
 *   order they first appear
 */
GStrv
gln_review_dup_keywords (const char *description)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  const char *p = description;

  while (p != NULL && *p != '\0' && seen->len < MAX_KEYWORDS)
    {
      const char *start;
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '-'))
        p = g_utf8_next_char (p);
      if (p == start)
        break;

      word = g_utf8_casefold (start, p - start);
      if (!is_significant (word))
        continue;

      if (g_ptr_array_find_with_equal_func (seen, word, g_str_equal, NULL))
        continue;

      g_strv_builder_add (builder, word);
      g_ptr_array_add (seen, g_steal_pointer (&word));
    }

  return g_strv_builder_end (builder);
}

/**
 * gln_review_dup_stem:
 * @word: a case-folded word
 *
 * Highlighting matches the start of words, as gln_markup_decorate() does: a plural's "s" is
 * dropped so that "protons" also finds "proton", but not the end of "radius" or "analysis".
 *
 * Returns: (transfer full): the start to match
 */
char *
gln_review_dup_stem (const char *word)
{
  gsize len = strlen (word);

  if (len > 4 && word[len - 1] == 's' && strchr ("siu", word[len - 2]) == NULL)
    return g_strndup (word, len - 1);

  return g_strdup (word);
}

/**
 * gln_review_dup_bulleted:
 * @text: (nullable): Key results, one per line
 *
 * Returns: (transfer full): the lines that are not blank, trimmed, each after a bullet
 */
char *
gln_review_dup_bulleted (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_string_append_printf (out, "%s• %s", out->len > 0 ? "\n" : "", lines[i]);
    }

  return g_string_free (out, FALSE);
}

/**
 * gln_review_dup_authors:
 * @paper: a paper
 * @max_names: how many names to show at most
 *
 * Returns: (transfer full) (nullable): "A, B, C and 12 more", or %NULL without authors
 */
char *
gln_review_dup_authors (GlnPaper *paper,
                        guint     max_names)
{
  const char * const *names = gln_paper_get_authors (paper);
  guint n_names = names ? g_strv_length ((char **) names) : 0;
  int count = MAX (gln_paper_get_author_count (paper), (int) n_names);
  GString *text = g_string_new (NULL);
  guint shown = MIN (n_names, max_names);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, names[i]);
    }

  if (shown > 0 && count > (int) shown)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %d more", " and %d more",
                                               count - shown), count - (int) shown);
  else if (shown > 0 && gln_paper_get_authors_truncated (paper))
    g_string_append (text, _(" et al."));

  return g_string_free (text, text->len == 0);
}

/**
 * gln_review_dup_meta:
 * @paper: a paper
 *
 * Returns: (transfer full) (nullable): the date, arXiv identifier or DOI, and category
 */
char *
gln_review_dup_meta (GlnPaper *paper)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = gln_paper_dup_date_label (paper);

  if (date != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&date));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("arXiv:%s", gln_paper_get_arxiv_id (paper)));
  else if (gln_paper_get_doi (paper) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("DOI %s", gln_paper_get_doi (paper)));
  if (gln_paper_get_category (paper) != NULL)
    g_ptr_array_add (parts, g_strdup (gln_paper_get_category (paper)));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/**
 * gln_review_set_accessible_label:
 * @widget: a widget
 * @label: what screen readers call it, without a mnemonic underscore
 *
 * Names a widget for screen readers. GTK 4.8 names the button inside a drop-down
 * “GtkToggleButton”, and a button with a mnemonic by its label twice, underscore included:
 * this names them too.
 */
void
gln_review_set_accessible_label (GtkWidget  *widget,
                                 const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  if (!GTK_IS_DROP_DOWN (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * gln_review_edit_new:
 * @view: the view asking for the edit
 * @item: (nullable): the paper it edits
 * @previous: (nullable): the value to put back if storing fails
 *
 * Returns: (transfer full): the edit, to pass as the data of the store's callback
 */
GlnReviewEdit *
gln_review_edit_new (gpointer       view,
                     GlnReviewItem *item,
                     const char    *previous)
{
  GlnReviewEdit *edit = g_new0 (GlnReviewEdit, 1);

  g_weak_ref_init (&edit->view, view);
  edit->item = item ? g_object_ref (item) : NULL;
  edit->previous_status = item ? gln_review_item_get_status (item) : GLN_SCREENING_UNSCREENED;
  edit->previous = g_strdup (previous);

  return edit;
}

void
gln_review_edit_free (GlnReviewEdit *edit)
{
  if (edit == NULL)
    return;

  g_weak_ref_clear (&edit->view);
  g_clear_object (&edit->item);
  g_free (edit->previous);
  g_free (edit);
}

/**
 * gln_review_edit_dup_view:
 * @edit: a #GlnReviewEdit
 *
 * Returns: (transfer full) (nullable): the view, unless it is gone
 */
gpointer
gln_review_edit_dup_view (GlnReviewEdit *edit)
{
  return g_weak_ref_get (&edit->view);
}
