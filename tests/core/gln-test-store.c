/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-store.h"

#include "gln-test-utils.h"

static GAsyncResult *ready;
static GAsyncResult *last;

void
gln_test_ready_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_assert_null (ready);
  ready = g_object_ref (result);
}

/* Runs the main context until the operation started last is done. The result stays valid
 * until the next wait. */
GAsyncResult *
gln_test_wait (void)
{
  g_clear_object (&last);
  while (ready == NULL)
    g_main_context_iteration (NULL, TRUE);
  last = g_steal_pointer (&ready);

  return last;
}

/* A store on a new library file in the test's own temporary directory. */
/* A paper as a service gives it: a title and what identifiers it has, keyed as an import
 * keys it. */
GlnPaper *
gln_test_paper_new (const char *title,
                    const char *doi,
                    const char *arxiv_id,
                    const char *source)
{
  GlnPaper *paper = gln_paper_new ();
  g_autofree char *key = gln_paper_key_build (arxiv_id, doi, title);

  gln_paper_set_key (paper, key);
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  gln_paper_set_arxiv_id (paper, arxiv_id);
  gln_paper_set_source (paper, source);

  return paper;
}

GlnStore *
gln_test_store_new (void)
{
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GError) error = NULL;
  GlnStore *store = gln_store_open_sync (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

GlnImportResult *
gln_test_store_import (GlnStore  *store,
                       GPtrArray *papers,
                       gint64     feed_id)
{
  g_autoptr(GError) error = NULL;
  GlnImportResult *result;

  gln_store_import_async (store, papers, feed_id, NULL, gln_test_ready_cb, NULL);
  result = gln_store_import_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

/* The shared instances of the papers an import stored, in the order they were offered;
 * skipped ones are left out. */
GPtrArray *
gln_test_store_papers (GlnStore        *store,
                       GlnImportResult *result)
{
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < result->ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = gln_import_result_get_id (result, i);
      GlnPaper *paper;

      if (id <= 0)
        continue;
      paper = gln_store_lookup_paper (store, id, &error);
      g_assert_no_error (error);
      g_ptr_array_add (papers, paper);
    }

  return papers;
}

/* The papers a source of @source_type finds in the file at @path. */
GPtrArray *
gln_test_parse_file (GType       source_type,
                     const char *path)
{
  g_autoptr(GlnSource) source = g_object_new (source_type, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers = gln_source_parse (source, bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

/* The same for a captured response in ../shared/samples/@dir. */
GPtrArray *
gln_test_parse_sample (GType       source_type,
                       const char *dir,
                       const char *file)
{
  g_autofree char *path = gln_test_shared_path ("samples", dir, file, NULL);

  return gln_test_parse_file (source_type, path);
}

/* The shared instance of a paper that must be in the library. */
GlnPaper *
gln_test_store_find (GlnStore   *store,
                     const char *key_or_id)
{
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  gln_store_find_paper_async (store, key_or_id, NULL, gln_test_ready_cb, NULL);
  paper = gln_store_find_paper_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (paper);

  return paper;
}

/* Waits for an operation that finishes with gln_store_edit_finish() and checks it worked. */
void
gln_test_store_edited (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean stored = gln_store_edit_finish (store, gln_test_wait (), &error);

  g_assert_no_error (error);
  g_assert_true (stored);
}

/* Waits for an operation that finishes with gln_store_id_finish(). */
gint64
gln_test_store_id (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id = gln_store_id_finish (store, gln_test_wait (), &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

gint64
gln_test_store_count (GlnStore       *store,
                      const GlnQuery *query)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  gln_store_count_papers_async (store, query, NULL, gln_test_ready_cb, NULL);
  count = gln_store_count_papers_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return count;
}

GArray *
gln_test_store_query (GlnStore       *store,
                      const GlnQuery *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids;

  gln_store_query_ids_async (store, query, NULL, gln_test_ready_cb, NULL);
  ids = gln_store_query_ids_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);

  return ids;
}

/* A feed as the library has it now. */
GlnFeed *
gln_test_store_feed (GlnStore *store,
                     gint64    feed_id)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_list_feeds_async (store, feed_id, NULL, gln_test_ready_cb, NULL);
  feeds = gln_store_list_feeds_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);

  return g_object_ref (g_ptr_array_index (feeds, 0));
}

/* Which feeds brought the paper @paper_id, first arrival first. */
GArray *
gln_test_store_arrivals (GlnStore *store,
                         gint64    paper_id)
{
  g_autoptr(GError) error = NULL;
  GArray *arrivals;

  gln_store_list_arrivals_async (store, paper_id, NULL, gln_test_ready_cb, NULL);
  arrivals = gln_store_list_arrivals_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (arrivals);

  return arrivals;
}

/* A new collection holding @papers (library papers), in that order. */
gint64
gln_test_store_create_collection (GlnStore   *store,
                                  const char *name,
                                  GPtrArray  *papers)
{
  gint64 id;

  gln_store_create_collection_async (store, name, NULL, gln_test_ready_cb, NULL);
  id = gln_test_store_id (store);
  if (papers != NULL && papers->len > 0)
    {
      gln_store_collection_add_async (store, name, (GlnPaper **) papers->pdata, papers->len,
                                      FALSE, NULL, gln_test_ready_cb, NULL);
      gln_test_store_edited (store);
    }

  return id;
}

/* Closes @store (taking the caller's reference) and checks that nothing still holds it: the
 * result of the last wait, which refers to it, is dropped, and jobs that its lists or edits
 * started are waited for. The library file is closed when this returns. */
void
gln_test_store_close (GlnStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_assert_null (ready);
  g_clear_object (&last);
  while (G_OBJECT (store)->ref_count > 1 && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_finalize_object (store);
}
