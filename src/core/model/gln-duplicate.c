/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Two papers the import kept apart although they look alike, and the fields a user
 * chooses between when merging them. */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gln-duplicate.h"

#include "gln-collection.h"

static const GlnDuplicateField fields[] = {
  { "title", N_("Title") },
  { "authors", N_("Authors") },
  { "published", N_("Date") },
  { "journal-ref", N_("Venue") },
  { "doi", N_("DOI") },
  { "arxiv-id", N_("arXiv") },
  { "url", N_("Link") },
  { "category", N_("Category") },
  { "abstract", N_("Abstract") },
};

/**
 * gln_duplicate_new:
 * @paper_a: the paper the library held first
 * @paper_b: the other
 * @reason: a `GLN_DUPLICATE_REASON_*` code
 *
 * Returns: (transfer full): a pair with no screening listed yet
 */
GlnDuplicate *
gln_duplicate_new (GlnPaper   *paper_a,
                   GlnPaper   *paper_b,
                   const char *reason)
{
  GlnDuplicate *self = g_new0 (GlnDuplicate, 1);

  self->paper_a = g_object_ref (paper_a);
  self->paper_b = g_object_ref (paper_b);
  self->reason = g_strdup (reason);
  self->screening = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_duplicate_screening_free);

  return self;
}

void
gln_duplicate_free (GlnDuplicate *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->paper_a);
  g_clear_object (&self->paper_b);
  g_free (self->reason);
  g_ptr_array_unref (self->screening);
  g_free (self);
}

void
gln_duplicate_screening_free (GlnDuplicateScreening *screening)
{
  if (screening == NULL)
    return;

  g_free (screening->collection);
  g_free (screening);
}

/**
 * gln_duplicate_has_conflict:
 * @self: a pair
 *
 * Returns: %TRUE when both papers are screened in one collection and the decisions
 *   differ: merging them needs the user to say which decision stays
 */
gboolean
gln_duplicate_has_conflict (const GlnDuplicate *self)
{
  for (guint i = 0; i < self->screening->len; i++)
    {
      GlnDuplicateScreening *s = g_ptr_array_index (self->screening, i);

      if (s->status_a > GLN_SCREENING_UNSCREENED && s->status_b > GLN_SCREENING_UNSCREENED &&
          s->status_a != s->status_b)
        return TRUE;
    }

  return FALSE;
}

/**
 * gln_duplicate_describe_reason:
 * @reason: a `GLN_DUPLICATE_REASON_*` code
 *
 * Returns: why the two papers look alike, in words for the user
 */
const char *
gln_duplicate_describe_reason (const char *reason)
{
  static const struct { const char *code; const char *text; } reasons[] = {
    { GLN_DUPLICATE_REASON_GENERIC_TITLE, N_("Same generic title, and nothing else tells them apart") },
    { GLN_DUPLICATE_REASON_SAME_FILE, N_("Same title, authors and year, in one imported file") },
    { GLN_DUPLICATE_REASON_AUTHORS_DIFFER, N_("Same title, but the first authors differ") },
    { GLN_DUPLICATE_REASON_YEARS_DIFFER, N_("Same title and authors, but the years differ") },
    { GLN_DUPLICATE_REASON_IDS_DIFFER, N_("Same title, but different identifiers") },
    { GLN_DUPLICATE_REASON_WORKED_PAPER,
      N_("Same title as a paper you have worked on; the new record brings another identifier") },
    { GLN_DUPLICATE_REASON_FOUND_ID,
      N_("Find Identifiers found the other paper’s identifier for this one") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (g_strcmp0 (reason, reasons[i].code) == 0)
      return _(reasons[i].text);

  return _("The papers look alike");
}

/**
 * gln_duplicate_get_fields:
 * @n_fields: (out): how many there are
 *
 * Returns: (array length=n_fields): the fields a merge chooses between, in the order the
 *   merge pane shows them
 */
const GlnDuplicateField *
gln_duplicate_get_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (fields);
  return fields;
}

const char *
gln_duplicate_field_label (const GlnDuplicateField *field)
{
  return _(field->label);
}

/**
 * gln_duplicate_dup_value:
 * @paper: a paper
 * @field: the name of one of gln_duplicate_get_fields()
 *
 * Returns: (transfer full) (nullable): the field's value as the merge pane shows it
 */
char *
gln_duplicate_dup_value (GlnPaper   *paper,
                         const char *field)
{
  char *value = NULL;

  if (strcmp (field, "authors") == 0)
    {
      const char * const *authors = gln_paper_get_authors (paper);

      return authors[0] != NULL ? g_strjoinv (", ", (char **) authors) : NULL;
    }

  g_object_get (paper, field, &value, NULL);
  return value;
}
