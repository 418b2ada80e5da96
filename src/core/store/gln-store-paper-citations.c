/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-paper-citations.h"

#include "gln-import-result.h"
#include "gln-store-citations-private.h"
#include "gln-store-private.h"

#include <glib/gi18n-lib.h>

/* One paper's citations, as the reading pane shows them (issue 17): how many links the
 * library knows each way, the links of one paper read on request (outside any review, so
 * nothing joins a screening queue, and what the library does not have is kept aside rather
 * than added), and such a paper taken into the library when the user asks, its links
 * following it. */

typedef struct
{
  guint references;
  guint citations;
} Counts;

typedef struct
{
  gint64                paper_id;
  GlnCitationDirection  direction;
  GlnCitationPage      *page;
} SaveArgs;

static void
save_args_free (SaveArgs *save)
{
  g_clear_pointer (&save->page, gln_citation_page_free);
  g_free (save);
}

static gpointer
count_citations (GlnDatabase   *db,
                 GlnStoreArgs  *args,
                 GCancellable  *cancellable,
                 GError       **error)
{
  static const char sql[] =
    "SELECT (SELECT count (*) FROM citations WHERE citing_id = ?1),"
    "       (SELECT count (*) FROM citations WHERE cited_id = ?1)";
  g_autoptr(GlnStmtScope) stmt = NULL;
  Counts *counts;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", args->id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  counts = g_new0 (Counts, 1);
  counts->references = sqlite3_column_int (stmt, 0);
  counts->citations = sqlite3_column_int (stmt, 1);

  return counts;
}

static const GlnStoreOp count_op = { count_citations, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_count_citations_async:
 * @self: a #GlnStore
 * @paper_id: a paper
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_count_citations_finish()
 * @user_data: data for @callback
 *
 * Counts the links the library knows of a paper: the papers it cites and those citing it.
 */
void
gln_store_count_citations_async (GlnStore            *self,
                                 gint64               paper_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  _gln_store_call_with_id (self, &count_op, paper_id, gln_store_count_citations_async,
                           cancellable, callback, user_data);
}

/**
 * gln_store_count_citations_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @n_references: (out): how many papers it cites
 * @n_citations: (out): how many papers cite it
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
gln_store_count_citations_finish (GlnStore      *self,
                                  GAsyncResult  *result,
                                  guint         *n_references,
                                  guint         *n_citations,
                                  GError       **error)
{
  g_autofree Counts *counts = _gln_store_finish (self, result, gln_store_count_citations_async,
                                                 error);

  if (counts == NULL)
    return FALSE;
  if (n_references != NULL)
    *n_references = counts->references;
  if (n_citations != NULL)
    *n_citations = counts->citations;

  return TRUE;
}

/* Which paper of the library @found is (by an identifier, or a title-only record by its
 * title key), without storing it: 0 when the library does not have it. */
static gboolean
find_in_library (GlnDatabase      *db,
                 GlnCitationPage  *page,
                 guint             i,
                 gint64           *id,
                 GError          **error)
{
  GlnPaper *found = g_ptr_array_index (page->papers, i);

  if (gln_citation_page_is_linked (page, i))
    return _gln_store_find_by_id (db, found, id, error);

  *id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, gln_paper_get_key (found),
                                 error);
  return *id >= 0;
}

static gpointer
save_links (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  SaveArgs *save = args->object;
  gint64 n_links = 0;

  for (guint i = 0; i < save->page->papers->len; i++)
    {
      GlnPaper *found = g_ptr_array_index (save->page->papers, i);
      gint64 id = 0;

      if (gln_paper_get_key (found) == NULL || gln_paper_get_title (found) == NULL)
        continue;
      if (!find_in_library (db, save->page, i, &id, error))
        return NULL;
      if (id == save->paper_id)
        continue;
      /* Not in the library: kept aside for the lists until the user adds it. */
      if (id == 0 && !_gln_store_keep_citation_record (db, found, error))
        return NULL;
      if (!_gln_store_add_citation_link (db, save->paper_id, save->direction, id, found, error))
        return NULL;
      n_links++;
    }

  return _gln_store_new_id (n_links);
}

static const GlnStoreOp save_op = { save_links, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_save_paper_links_async:
 * @self: a #GlnStore
 * @paper: the paper whose links were read
 * @direction: which of them
 * @page: one answer of the service
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_save_paper_links_finish()
 * @user_data: data for @callback
 *
 * Stores one page of a paper's references or citations in one transaction. A found paper
 * the library has (by an identifier, or by its title for a record known only by that)
 * gains a link by id; the others do not go into the library: they are kept aside
 * (`citation_records`), linked by their key, until the user adds one with
 * gln_store_add_linked_title_async().
 */
void
gln_store_save_paper_links_async (GlnStore             *self,
                                  GlnPaper             *paper,
                                  GlnCitationDirection  direction,
                                  GlnCitationPage      *page,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  GlnStoreArgs *args;
  SaveArgs *save;

  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (page != NULL);

  save = g_new0 (SaveArgs, 1);
  save->paper_id = gln_paper_get_id (paper);
  save->direction = direction;
  save->page = gln_citation_page_new ();
  save->page->offset = page->offset;
  save->page->next = page->next;
  for (guint i = 0; i < page->papers->len; i++)
    gln_citation_page_add (save->page, g_ptr_array_index (page->papers, i),
                           gln_citation_page_is_linked (page, i));
  args = _gln_store_args_new ();
  args->object = save;
  args->object_free = (GDestroyNotify) save_args_free;
  _gln_store_call (self, &save_op, args, gln_store_save_paper_links_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_save_paper_links_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: how many links the page had, or -1 with @error set
 */
gint64
gln_store_save_paper_links_finish (GlnStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_autofree gint64 *n = _gln_store_finish (self, result, gln_store_save_paper_links_async,
                                            error);

  return n != NULL ? *n : -1;
}

/* The links kept by a key now point at the paper; one that it already has by id goes. */
static gboolean
repoint_links (GlnDatabase  *db,
               const char   *key,
               gint64        paper_id,
               GError      **error)
{
  static const char cited_sql[] =
    "UPDATE OR IGNORE citations SET cited_id = ?2, cited_key = NULL, title = NULL"
    " WHERE cited_key = ?1";
  static const char citing_sql[] =
    "UPDATE OR IGNORE citations SET citing_id = ?2, citing_key = NULL, title = NULL"
    " WHERE citing_key = ?1";
  static const char left_sql[] =
    "DELETE FROM citations WHERE cited_key = ?1 OR citing_key = ?1";

  return _gln_database_run (db, cited_sql, error, "tl", key, paper_id) &&
         _gln_database_run (db, citing_sql, error, "tl", key, paper_id) &&
         _gln_database_run (db, left_sql, error, "t", key);
}

static gpointer
add_linked_title (GlnDatabase   *db,
                  GlnStoreArgs  *args,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = gln_import_result_new ();
  GError *local_error = NULL;
  GlnPaper *paper;
  gint64 id;

  /* The record kept aside, or (a link older than those) the key and title alone. */
  if (!(paper = _gln_store_read_citation_record (db, args->text, &local_error)))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      paper = gln_paper_new ();
      gln_paper_set_key (paper, args->text);
      gln_paper_set_title (paper, args->more_text);
      gln_paper_set_source (paper, "semanticscholar");
    }
  g_ptr_array_add (papers, paper);
  if (!_gln_store_import_papers (db, papers, result, cancellable, error))
    return NULL;
  if ((id = gln_import_result_get_id (result, 0)) <= 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("The paper “%s” could not be added"), args->more_text);
      return NULL;
    }
  /* The record kept aside goes with its last link (migration 12's triggers). */
  if (!repoint_links (db, args->text, id, error))
    return NULL;

  return _gln_store_new_id (id);
}

static const GlnStoreOp add_op = { add_linked_title, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_add_linked_title_async:
 * @self: a #GlnStore
 * @key: the key of a link to a paper not in the library (a #GlnCitation with no @paper_id)
 * @title: its title, for a link kept without its record
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_id_finish(), the paper's id
 * @user_data: data for @callback
 *
 * Takes a paper found by gln_store_save_paper_links_async() into the library: the record
 * kept aside goes through the identity rules like any import (a paper the library already
 * has is the one, not a copy), the links kept by its key become the paper's, and the
 * record kept aside goes.
 */
void
gln_store_add_linked_title_async (GlnStore            *self,
                                  const char          *key,
                                  const char          *title,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (key != NULL && title != NULL);

  args = _gln_store_args_new ();
  args->text = g_strdup (key);
  args->more_text = g_strdup (title);
  _gln_store_call (self, &add_op, args, gln_store_add_linked_title_async, cancellable,
                   callback, user_data);
}
