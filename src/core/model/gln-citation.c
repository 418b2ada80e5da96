/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation"

#include "config.h"

#include "gln-citation.h"

#include <glib/gi18n-lib.h>

static const char * const direction_names[] = {
  [GLN_CITATION_REFERENCES] = "references",
  [GLN_CITATION_CITATIONS] = "citations",
};

const char *
gln_citation_direction_to_string (GlnCitationDirection direction)
{
  g_return_val_if_fail (direction <= GLN_CITATION_CITATIONS, NULL);

  return direction_names[direction];
}

gboolean
gln_citation_direction_from_string (const char           *text,
                                    GlnCitationDirection *direction)
{
  for (guint i = 0; i < G_N_ELEMENTS (direction_names); i++)
    if (g_strcmp0 (text, direction_names[i]) == 0)
      {
        *direction = i;
        return TRUE;
      }

  return FALSE;
}

GlnCitationPage *
gln_citation_page_new (void)
{
  GlnCitationPage *self = g_new0 (GlnCitationPage, 1);

  self->papers = g_ptr_array_new_with_free_func (g_object_unref);
  self->linked = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->next = -1;

  return self;
}

GlnCitationPage *
gln_citation_page_copy (GlnCitationPage *self)
{
  GlnCitationPage *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = gln_citation_page_new ();
  copy->offset = self->offset;
  copy->next = self->next;
  copy->cursor = g_strdup (self->cursor);
  for (guint i = 0; i < self->papers->len; i++)
    gln_citation_page_add (copy, g_ptr_array_index (self->papers, i),
                           gln_citation_page_is_linked (self, i));

  return copy;
}

/* Takes a reference on @paper. */
void
gln_citation_page_add (GlnCitationPage *self,
                       GlnPaper        *paper,
                       gboolean         linked)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GLN_IS_PAPER (paper));

  g_ptr_array_add (self->papers, g_object_ref (paper));
  g_array_append_val (self->linked, linked);
}

gboolean
gln_citation_page_is_linked (GlnCitationPage *self,
                             guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->linked->len, FALSE);

  return g_array_index (self->linked, gboolean, index);
}

void
gln_citation_page_free (GlnCitationPage *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->papers);
  g_array_unref (self->linked);
  g_free (self->cursor);
  g_free (self);
}

void
gln_citation_free (GlnCitation *self)
{
  if (self == NULL)
    return;

  g_free (self->key);
  g_free (self->title);
  g_strfreev (self->authors);
  g_free (self);
}

void
gln_citation_work_free (GlnCitationWork *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->paper);
  g_free (self->cursor);
  g_free (self);
}

/**
 * gln_citation_progress_dup_text:
 * @progress: how far a search has come
 *
 * Returns: (transfer full): the progress in words, "12 of 30 papers, waiting for the
 *   service"
 */
char *
gln_citation_progress_dup_text (const GlnCitationProgress *progress)
{
  g_autofree char *papers = NULL;

  g_return_val_if_fail (progress != NULL, NULL);

  papers = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u of %u paper", "%u of %u papers",
                                         progress->total),
                            progress->done, progress->total);
  if (progress->capped > 0)
    return g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is "12 of 30 papers". */
                                       "%s; stopped at %u candidate: narrow the seeds",
                                       "%s; stopped at %u candidates: narrow the seeds",
                                       progress->capped),
                            papers, progress->capped);
  if (progress->waiting)
    return g_strdup_printf (_("%s, waiting for the service"), papers);

  return g_steal_pointer (&papers);
}
