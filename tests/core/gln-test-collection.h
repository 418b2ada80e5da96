/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"
#include "gln-test-utils.h"

G_BEGIN_DECLS

#define GLN_TEST_COLLECTION_SIZE 10

/* Header-only, so that the UI tests can share it without linking gln-test-store.c. */

static inline void
gln_test_collection_ready_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  g_assert_null (*slot);
  *slot = g_object_ref (result);
}

/* Runs the main context until the operation that reports to @slot is done, and hands its
 * result over. */
static inline GAsyncResult *
gln_test_collection_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return g_steal_pointer (slot);
}

/* Imports the ten papers of the arXiv API sample into @store and puts them all in a new
 * collection named @name, in the sample's order; for the tests of review collections.
 * Returns the collection and fills @ids with the papers. */
static inline gint64
gln_test_collection_fill (GlnStore   *store,
                          const char *name,
                          const char *description,
                          gint64      ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_arxiv_source_new ());
  g_autofree char *sample = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) import = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) done = NULL;
  g_autoptr(GError) error = NULL;
  gint64 collection;

  sample = gln_test_shared_path ("samples", "arxiv-api",
                                 "query_all-electron-AND-all-proton_2025-11-11.xml", NULL);
  bytes = gln_test_load_bytes (sample);
  papers = gln_source_parse (source, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, GLN_TEST_COLLECTION_SIZE);

  gln_store_import_async (store, papers, 0, NULL, gln_test_collection_ready_cb, &result);
  done = gln_test_collection_wait (&result);
  import = gln_store_import_finish (store, done, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->stats.added, ==, GLN_TEST_COLLECTION_SIZE);
  for (guint i = 0; i < GLN_TEST_COLLECTION_SIZE; i++)
    {
      ids[i] = gln_import_result_get_id (import, i);
      g_ptr_array_add (stored, gln_store_lookup_paper (store, ids[i], &error));
      g_assert_no_error (error);
    }
  g_clear_object (&done);

  gln_store_create_collection_async (store, name, NULL, gln_test_collection_ready_cb, &result);
  done = gln_test_collection_wait (&result);
  collection = gln_store_id_finish (store, done, &error);
  g_assert_no_error (error);
  g_clear_object (&done);

  if (description != NULL)
    {
      gln_store_describe_collection_async (store, collection, description, NULL,
                                           gln_test_collection_ready_cb, &result);
      done = gln_test_collection_wait (&result);
      g_assert_true (gln_store_edit_finish (store, done, &error));
      g_clear_object (&done);
    }

  gln_store_collection_add_async (store, name, (GlnPaper **) stored->pdata, stored->len, FALSE,
                                  NULL, gln_test_collection_ready_cb, &result);
  done = gln_test_collection_wait (&result);
  g_assert_true (gln_store_edit_finish (store, done, &error));

  return collection;
}

/* The same in a new library at @path, through a store of its own that is closed again. */
static inline gint64
gln_test_collection_create (const char *path,
                            const char *name,
                            const char *description,
                            gint64      ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);

  return gln_test_collection_fill (store, name, description, ids);
}

G_END_DECLS
