/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The screening mode's keywords: words that speak for including a paper and words that
 * speak against it, each highlighted in abstracts in a colour and a mark of its own. They
 * start as the significant words of the collection's name and criteria; once the user edits
 * them they are stored with the collection. */

#define G_LOG_DOMAIN "gln-screening-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-screening-view-private.h"

#include "gln-markup.h"
#include "gln-plain-text.h"

static char *
dup_shown (GStrv words)
{
  return g_strjoinv (", ", words);
}

static void
set_entry_text (GtkEntry *entry,
                GStrv     words)
{
  g_autofree char *shown = dup_shown (words);

  /* What the user is typing is theirs until they leave the field. */
  if (!gtk_widget_has_focus (GTK_WIDGET (entry)) &&
      !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (entry))))
    gtk_editable_set_text (GTK_EDITABLE (entry), shown);
}

void
_gln_screening_view_update_keywords (GlnScreeningView *self)
{
  g_auto(GStrv) include = NULL;
  g_auto(GStrv) exclude = NULL;
  gboolean own = FALSE;

  gln_keywords_from_criteria (self->info ? self->info->name : NULL,
                              self->info ? self->info->description : NULL, &include, &exclude);
  if (self->info != NULL && self->info->include_words != NULL)
    {
      g_strfreev (include);
      include = gln_keywords_parse (self->info->include_words);
      own = TRUE;
    }
  if (self->info != NULL && self->info->exclude_words != NULL)
    {
      g_strfreev (exclude);
      exclude = gln_keywords_parse (self->info->exclude_words);
      own = TRUE;
    }

  g_clear_pointer (&self->include_words, g_strfreev);
  g_clear_pointer (&self->exclude_words, g_strfreev);
  g_clear_pointer (&self->include_set, gln_keyword_set_free);
  g_clear_pointer (&self->exclude_set, gln_keyword_set_free);
  self->include_set = gln_keyword_set_new ((const char * const *) include);
  self->exclude_set = gln_keyword_set_new ((const char * const *) exclude);
  self->include_words = g_steal_pointer (&include);
  self->exclude_words = g_steal_pointer (&exclude);

  set_entry_text (self->include_entry, self->include_words);
  set_entry_text (self->exclude_entry, self->exclude_words);
  gtk_label_set_label (self->keywords_hint,
                       own ? _("Your own keywords for this collection.")
                           : _("Taken from the name and criteria. Edit them, or select a word "
                               "in the abstract and press H (Shift+H to exclude)."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.reset-words", own);
}

/**
 * _gln_screening_view_decorate:
 * @self: the view
 * @markup: Pango markup of a title or an abstract
 * @links: whether to turn web addresses into links
 * @description: (out) (optional): what screen readers say about the keywords found
 *
 * Returns: (transfer full): @markup with the keywords highlighted
 */
char *
_gln_screening_view_decorate (GlnScreeningView  *self,
                              const char        *markup,
                              gboolean           links,
                              char             **description)
{
  g_autoptr(GPtrArray) found_include = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found_exclude = g_ptr_array_new_with_free_func (g_free);
  GlnMarkupKeywords keywords = {
    self->include_set, self->exclude_set, found_include, found_exclude
  };
  char *decorated = gln_markup_decorate_keywords (markup, &keywords, links);
  g_autoptr(GString) said = g_string_new (NULL);

  if (description == NULL)
    return decorated;

  g_ptr_array_add (found_include, NULL);
  g_ptr_array_add (found_exclude, NULL);
  if (found_include->len > 1)
    {
      g_autofree char *words = g_strjoinv (", ", (char **) found_include->pdata);

      /* Translators: read by screen readers after an abstract */
      g_string_append_printf (said, _("Include keywords found: %s."), words);
    }
  if (found_exclude->len > 1)
    {
      g_autofree char *words = g_strjoinv (", ", (char **) found_exclude->pdata);

      if (said->len > 0)
        g_string_append_c (said, ' ');
      /* Translators: read by screen readers after an abstract */
      g_string_append_printf (said, _("Exclude keywords found: %s."), words);
    }
  if (said->len == 0)
    g_string_append (said, _("No keywords found."));
  *description = g_strdup (said->str);

  return decorated;
}

static void
keywords_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnScreeningView) self = NULL;

  gln_store_edit_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_screening_view_edit_finish (edit)))
    return;

  if (error != NULL)
    {
      _gln_screening_view_show_toast (self, _("Could not save the keywords"), error);
      gln_screening_view_reload (self);
    }
}

/* Stores @include and @exclude (one per line; NULL: from the criteria) and shows them. */
static void
store_keywords (GlnScreeningView *self,
                const char       *include,
                const char       *exclude)
{
  if (self->info == NULL || self->store == NULL)
    return;

  if (g_strcmp0 (include, self->info->include_words) == 0 &&
      g_strcmp0 (exclude, self->info->exclude_words) == 0)
    return;

  gln_set_str (&self->info->include_words, include);
  gln_set_str (&self->info->exclude_words, exclude);
  gln_store_set_keywords_async (self->store, self->collection_id, include, exclude, NULL,
                                keywords_saved_cb, _gln_screening_view_edit_new (self, NULL));
  _gln_screening_view_update_keywords (self);
  _gln_screening_view_update_text (self);
}

static char *
dup_typed (GtkEntry *entry)
{
  g_auto(GStrv) words = gln_keywords_parse (gtk_editable_get_text (GTK_EDITABLE (entry)));

  return gln_keywords_join ((const char * const *) words);
}

/* The entries' words, stored when they differ from what is shown. */
static void
save_typed (GlnScreeningView *self)
{
  g_autofree char *include = dup_typed (self->include_entry);
  g_autofree char *exclude = dup_typed (self->exclude_entry);
  g_autofree char *shown_include = gln_keywords_join ((const char * const *) self->include_words);
  g_autofree char *shown_exclude = gln_keywords_join ((const char * const *) self->exclude_words);

  if (g_str_equal (include, shown_include) && g_str_equal (exclude, shown_exclude))
    return;

  store_keywords (self, include, exclude);
}

static void
keywords_activated_cb (GlnScreeningView *self,
                       GtkEntry         *entry)
{
  save_typed (self);
  /* The next decision is one key away again. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
entry_left_cb (GtkEventControllerFocus *controller,
               GlnScreeningView        *self)
{
  save_typed (self);
}

static void
reset_words_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->include_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->exclude_entry), "");
  store_keywords (self, NULL, NULL);
}

static void
mark_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);
  const char *text = gtk_label_get_text (self->abstract_label);
  g_autofree char *word = NULL;
  int start, end;

  if (!gtk_label_get_selection_bounds (self->abstract_label, &start, &end) || start == end)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   gln_toast_new_text (_("Select a word in the abstract first")));
      return;
    }

  word = g_utf8_substring (text, start, end);
  gln_screening_view_add_keyword (self, word,
                                  g_str_equal (g_variant_get_string (parameter, NULL), "exclude"));
}

static void
watch_entry (GlnScreeningView *self,
             GtkEntry         *entry)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (entry_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
}

void
_gln_screening_view_init_keywords (GlnScreeningView *self)
{
  g_autofree char *include = NULL;
  g_autofree char *exclude = NULL;

  /* The headings show each kind as the abstract does, and name their field. */
  include = g_strdup_printf ("<span background=\"#8ff0a4\" foreground=\"#241f31\" weight=\"bold\""
                             " underline=\"single\">%s</span>", _("_Include"));
  exclude = g_strdup_printf ("<span background=\"#ffa39e\" foreground=\"#241f31\""
                             " underline=\"error\">%s</span>", _("E_xclude"));
  gtk_label_set_markup_with_mnemonic (self->include_heading, include);
  gtk_label_set_markup_with_mnemonic (self->exclude_heading, exclude);
  watch_entry (self, self->include_entry);
  watch_entry (self, self->exclude_entry);
}

void
_gln_screening_view_class_init_keywords (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, include_heading);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, include_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, exclude_heading);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, exclude_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, keywords_hint);
  gtk_widget_class_bind_template_callback (widget_class, keywords_activated_cb);

  gtk_widget_class_install_action (widget_class, "screening.reset-words", NULL,
                                   reset_words_action);
  gtk_widget_class_install_action (widget_class, "screening.mark-selection", "s",
                                   mark_selection_action);
}

/**
 * gln_screening_view_add_keyword:
 * @self: a #GlnScreeningView
 * @word: a word or phrase to highlight in every abstract of the collection
 * @exclude: whether it speaks against a paper rather than for it
 *
 * Adds a keyword to the collection's own and stores them.
 */
void
gln_screening_view_add_keyword (GlnScreeningView *self,
                                const char       *word,
                                gboolean          exclude)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *other = NULL;

  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  g_strv_builder_addv (builder, (const char **) (exclude ? self->exclude_words
                                                         : self->include_words));
  g_strv_builder_add (builder, word ? word : "");
  words = g_strv_builder_end (builder);
  joined = gln_keywords_join ((const char * const *) words);
  g_strfreev (words);
  words = gln_keywords_parse (joined);
  g_free (joined);
  joined = gln_keywords_join ((const char * const *) words);
  other = gln_keywords_join ((const char * const *) (exclude ? self->include_words
                                                             : self->exclude_words));

  store_keywords (self, exclude ? other : joined, exclude ? joined : other);
}
