/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Filling in a paper from a record found for it (Find Identifiers): what the paper lacks
 * only, never what it has; and when the record's identifier is already another paper's,
 * nothing at all: the two are shown as possible duplicates for the user to merge. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-complete.h"

#include "gln-duplicate.h"
#include "gln-paper-identity.h"
#include "gln-paper-merge.h"
#include "gln-paper-edit.h"
#include "gln-store-private.h"

/* The fields whose filling is reported, by property name. */
static const char * const reported[] = {
  "arxiv-id", "doi", "url", "pdf-url", "journal-ref", "published", "abstract",
};

void
gln_completion_free (GlnCompletion *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->filled);
  g_free (self->other_key);
  g_free (self->other_title);
  g_free (self);
}

/* The paper other than @id that holds the record's arXiv id, DOI or key, or 0. */
static gboolean
find_other (GlnDatabase  *db,
            gint64        id,
            GlnPaper     *record,
            gint64       *other,
            GError      **error)
{
  static const char by_arxiv_sql[] = "SELECT id FROM papers WHERE arxiv_id = ? ORDER BY id LIMIT 1";
  const char *values[] = {
    gln_paper_get_key (record), gln_paper_get_arxiv_id (record), gln_paper_get_doi (record),
  };
  const char *sqls[] = { _gln_store_paper_by_key_sql, by_arxiv_sql, _gln_store_paper_by_doi_sql };

  *other = 0;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      gint64 found;

      if (values[i] == NULL || g_str_has_prefix (values[i], "title:"))
        continue;
      if ((found = _gln_database_lookup_id (db, sqls[i], values[i], error)) < 0)
        return FALSE;
      if (found > 0 && found != id)
        {
          *other = found;
          return TRUE;
        }
    }

  return TRUE;
}

static gboolean
differ (const char *a,
        const char *b)
{
  return a != NULL && b != NULL && g_strcmp0 (a, b) != 0;
}

/* A date is filled, or made more precise within the year the paper gives; a year the user
 * or the page gave is never replaced by another. */
static void
keep_year (GlnPaper *existing,
           GlnPaper *offered)
{
  if (gln_paper_get_year (existing) > 0 &&
      gln_paper_get_year (existing) != gln_paper_get_year (offered))
    {
      gln_paper_set_published (offered, NULL);
      gln_paper_set_date_precision (offered, GLN_DATE_PRECISION_NONE);
    }
}

static GStrv
list_filled (GlnPaper *before,
             GlnPaper *after,
             gboolean  authors)
{
  g_autoptr(GStrvBuilder) filled = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (reported); i++)
    {
      g_autofree char *was = NULL;
      g_autofree char *is = NULL;

      g_object_get (before, reported[i], &was, NULL);
      g_object_get (after, reported[i], &is, NULL);
      if (g_strcmp0 (was, is) != 0)
        g_strv_builder_add (filled, reported[i]);
    }
  if (authors)
    g_strv_builder_add (filled, "authors");

  return g_strv_builder_end (filled);
}

static gboolean
fill (GlnDatabase    *db,
      gint64          id,
      GlnPaper       *existing,
      GlnPaper       *record,
      GlnCompletion  *completion,
      GError        **error)
{
  g_autoptr(GlnPaper) before = gln_paper_copy (existing);
  g_autoptr(GlnPaper) offered = gln_paper_copy (record);
  g_autofree char *fingerprint = NULL;
  g_auto(GStrv) kept = NULL;
  gboolean new_version = FALSE;
  gboolean authors;
  gboolean changed;

  /* What the user edited stays as they wrote it, even a field they emptied. */
  if (!(kept = _gln_store_read_edits (db, id, error)))
    return FALSE;
  authors = !g_strv_contains ((const char * const *) kept, GLN_PAPER_EDIT_AUTHORS) &&
            _gln_store_wants_authors (existing, record);

  /* What the paper came with stays its own: its source, its upvotes. */
  keep_year (existing, offered);
  gln_paper_set_source (offered, NULL);
  gln_paper_set_upvotes (offered, -1);
  changed = gln_paper_merge_full (existing, offered, FALSE, (const char * const *) kept,
                                  &new_version);

  if (authors)
    {
      gln_paper_set_authors_truncated (existing, FALSE);
      if (!_gln_store_write_authors (db, id, record, TRUE, error))
        return FALSE;
    }
  completion->filled = list_filled (before, existing, authors);
  completion->outcome = changed || authors ? GLN_COMPLETION_FILLED : GLN_COMPLETION_UNCHANGED;
  if (!changed)
    return TRUE;

  /* A later import of the record finds this paper. */
  fingerprint = gln_paper_dup_fingerprint (record);
  if (!_gln_store_write_metadata (db, id, existing, FALSE, error) ||
      !_gln_store_add_record (db, record, fingerprint, id, error))
    return FALSE;

  /* The key it was known by keeps resolving; links kept by its new identifiers find it. */
  return (g_strcmp0 (gln_paper_get_key (before), gln_paper_get_key (existing)) == 0 ||
          _gln_store_add_alias (db, gln_paper_get_key (before), id, error)) &&
         _gln_store_link_citations (db, id, error);
}

static gpointer
complete_paper (GlnDatabase   *db,
                GlnStoreArgs  *args,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GlnCompletion) completion = g_new0 (GlnCompletion, 1);
  g_autoptr(GlnPaper) existing = NULL;
  GlnPaper *record = args->object;
  gint64 other;

  if (!(existing = _gln_store_read_paper (db, args->id, error)))
    return NULL;

  if (differ (gln_paper_get_arxiv_id (existing), gln_paper_get_arxiv_id (record)) ||
      differ (gln_paper_get_doi (existing), gln_paper_get_doi (record)))
    {
      completion->outcome = GLN_COMPLETION_CONFLICT;
      completion->filled = g_new0 (char *, 1);
      return g_steal_pointer (&completion);
    }

  if (!find_other (db, args->id, record, &other, error))
    return NULL;
  if (other > 0)
    {
      g_autoptr(GlnPaper) holder = NULL;

      if (!_gln_store_add_duplicate (db, other, args->id, GLN_DUPLICATE_REASON_FOUND_ID, error) ||
          !(holder = _gln_store_read_paper (db, other, error)))
        return NULL;
      completion->outcome = GLN_COMPLETION_ELSEWHERE;
      completion->other_id = other;
      completion->other_key = g_strdup (gln_paper_get_key (holder));
      completion->other_title = g_strdup (gln_paper_get_title (holder));
      completion->filled = g_new0 (char *, 1);
      return g_steal_pointer (&completion);
    }

  if (!fill (db, args->id, existing, record, completion, error))
    return NULL;
  if (completion->outcome == GLN_COMPLETION_FILLED)
    _gln_store_args_touch (args, args->id);

  return g_steal_pointer (&completion);
}

static const GlnStoreOp complete_op = {
  complete_paper, (GDestroyNotify) gln_completion_free, GLN_STORE_OP_CHANGES
};

/**
 * gln_store_complete_paper_async:
 * @self: a #GlnStore
 * @paper_id: the paper to fill in
 * @record: a record of the same work, found for it (its identifiers normalized, its key
 *   built); the store only reads it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the paper is filled in, or not
 * @user_data: data for @callback
 *
 * Fills what the paper lacks from @record: its arXiv id and DOI (and so its key, the old
 * one kept as an alias), links, venue, date within the year it has, abstract, and authors
 * when it has none or only the first few. Nothing it has is replaced. When @record's
 * identifier belongs to another paper, nothing changes and the two are recorded as possible
 * duplicates (%GLN_DUPLICATE_REASON_FOUND_ID); the user decides whether to merge them.
 */
void
gln_store_complete_paper_async (GlnStore            *self,
                                gint64               paper_id,
                                GlnPaper            *record,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (GLN_IS_PAPER (record));

  args = _gln_store_args_new ();
  args->id = paper_id;
  args->object = g_object_ref (record);
  args->object_free = g_object_unref;
  _gln_store_call (self, &complete_op, args, gln_store_complete_paper_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_complete_paper_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what was done, or %NULL with @error set (nothing changed)
 */
GlnCompletion *
gln_store_complete_paper_finish (GlnStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _gln_store_finish (self, result, gln_store_complete_paper_async, error);
}
