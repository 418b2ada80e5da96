/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-screening-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-screening-view-private.h"

/* Where the papers of the screening queue came from (issue 17): the drop-down shows every
 * paper, those the user brought (feeds, imports, by hand) or those a citation search found,
 * and a paper found by citation search says through which papers ("Cited by …",
 * "Cites …"), as gln_store_list_provenance_async() reads it. */

#define MAX_SHOWN 3

/* The rows of the source drop-down, in the order of the .ui file. */
enum {
  SOURCE_ALL,
  SOURCE_USER,
  SOURCE_CITATION,
};

static char *
dup_via (const GlnCitation *found)
{
  g_autofree char *title = found->title != NULL ? g_strdup (found->title) : g_strdup (found->key);

  if (found->direction == GLN_CITATION_REFERENCES)
    {
      if (found->year > 0)
        /* Translators: how citation search found a paper: the paper whose references list
         * it, and its year */
        return g_strdup_printf (_("cited by “%s” (%d)"), title, found->year);
      return g_strdup_printf (_("cited by “%s”"), title);
    }
  if (found->year > 0)
    /* Translators: how citation search found a paper: a paper it cites, and its year */
    return g_strdup_printf (_("cites “%s” (%d)"), title, found->year);
  return g_strdup_printf (_("cites “%s”"), title);
}

/**
 * _gln_screening_view_dup_provenance:
 * @self: a #GlnScreeningView
 * @paper_id: a paper of the collection
 *
 * Returns: (nullable): how citation search found the paper, or %NULL when it did not
 */
char *
_gln_screening_view_dup_provenance (GlnScreeningView *self,
                                    gint64            paper_id)
{
  GPtrArray *found;
  g_autoptr(GString) text = NULL;

  if (self->provenance == NULL ||
      (found = g_hash_table_lookup (self->provenance, &paper_id)) == NULL)
    return NULL;

  text = g_string_new (_("Found by citation search: "));
  for (guint i = 0; i < MIN (found->len, MAX_SHOWN); i++)
    {
      g_autofree char *via = dup_via (g_ptr_array_index (found, i));

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, via);
    }
  if (found->len > MAX_SHOWN)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "; and %u more",
                                               "; and %u more", found->len - MAX_SHOWN),
                            found->len - MAX_SHOWN);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
_gln_screening_view_matches_source (GlnScreeningView *self,
                                    GlnReviewItem    *item)
{
  gint64 paper_id;
  gboolean found;

  if (self->source == SOURCE_ALL)
    return TRUE;

  paper_id = gln_review_item_get_paper_id (item);
  found = self->provenance != NULL && g_hash_table_contains (self->provenance, &paper_id);

  return self->source == SOURCE_CITATION ? found : !found;
}

void
_gln_screening_view_update_provenance (GlnScreeningView *self)
{
  g_autofree char *text = NULL;

  if (self->current != NULL)
    text = _gln_screening_view_dup_provenance (self,
                                               gln_review_item_get_paper_id (self->current));
  gtk_label_set_label (self->provenance_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->provenance_label), text != NULL);
}

static void
provenance_listed_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  GlnScreeningView *self;
  GHashTable *provenance;

  if (!(list = gln_store_list_citations_finish (GLN_STORE (object), result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _gln_screening_view_show_toast (GLN_SCREENING_VIEW (user_data),
                                        _("Could not read how the papers were found"), error);
      return;
    }

  self = GLN_SCREENING_VIEW (user_data);
  provenance = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < list->len; i++)
    {
      GlnCitation *found = g_ptr_array_index (list, i);
      GPtrArray *vias = g_hash_table_lookup (provenance, &found->paper_id);

      if (vias == NULL)
        {
          vias = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_citation_free);
          g_hash_table_insert (provenance, &found->paper_id, vias);
        }
      /* The key lives in the citation, which the array keeps. */
      g_ptr_array_add (vias, g_steal_pointer (&list->pdata[i]));
    }
  g_clear_pointer (&self->provenance, g_hash_table_unref);
  self->provenance = provenance;

  if (self->source != SOURCE_ALL)
    _gln_screening_view_refilter (self, FALSE);
  _gln_screening_view_update_provenance (self);
}

/* Read again with each load of the collection, as a search may have found more. */
void
_gln_screening_view_load_provenance (GlnScreeningView *self)
{
  g_cancellable_cancel (self->provenance_cancellable);
  g_clear_object (&self->provenance_cancellable);
  if (self->store == NULL || self->collection_id <= 0)
    return;

  self->provenance_cancellable = g_cancellable_new ();
  gln_store_list_provenance_async (self->store, self->collection_id,
                                   self->provenance_cancellable, provenance_listed_cb, self);
}

static void
source_changed_cb (GlnScreeningView *self,
                   GParamSpec       *pspec,
                   GtkDropDown      *dropdown)
{
  int source = gtk_drop_down_get_selected (dropdown);

  if (source == self->source || source > SOURCE_CITATION)
    return;

  self->source = source;
  _gln_screening_view_refilter (self, TRUE);
}

void
_gln_screening_view_class_init_sources (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, filters_box);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, provenance_label);
  gtk_widget_class_bind_template_callback (widget_class, source_changed_cb);
}

void
_gln_screening_view_dispose_sources (GlnScreeningView *self)
{
  g_cancellable_cancel (self->provenance_cancellable);
  g_clear_object (&self->provenance_cancellable);
  g_clear_pointer (&self->provenance, g_hash_table_unref);
}

/**
 * gln_screening_view_set_source:
 * @self: a #GlnScreeningView
 * @source: 0 for every paper, 1 for those the user brought, 2 for those citation search
 *   found
 *
 * Shows only the papers that came from there.
 */
void
gln_screening_view_set_source (GlnScreeningView *self,
                               int               source)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));
  g_return_if_fail (source >= SOURCE_ALL && source <= SOURCE_CITATION);

  gtk_drop_down_set_selected (self->source_dropdown, source);
}
