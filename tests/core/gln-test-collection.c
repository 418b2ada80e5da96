/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-collection.h"

#include "gln-test-store.h"

/* Imports the ten papers of the arXiv API sample into @store and puts them all in a new
 * collection named @name, in the sample's order; for the tests of review collections.
 * Returns the collection and fills @ids with the papers. */
gint64
gln_test_collection_fill (GlnStore   *store,
                          const char *name,
                          const char *description,
                          gint64      ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnImportResult) import = NULL;
  gint64 collection;

  papers = gln_test_parse_sample (GLN_TYPE_ARXIV_SOURCE, "arxiv-api",
                                  "query_all-electron-AND-all-proton_2025-11-11.xml");
  g_assert_cmpuint (papers->len, ==, GLN_TEST_COLLECTION_SIZE);
  import = gln_test_store_import (store, papers, 0);
  g_assert_cmpuint (import->stats.added, ==, GLN_TEST_COLLECTION_SIZE);
  for (guint i = 0; i < GLN_TEST_COLLECTION_SIZE; i++)
    ids[i] = gln_import_result_get_id (import, i);

  stored = gln_test_store_papers (store, import);
  collection = gln_test_store_create_collection (store, name, stored);
  if (description != NULL)
    {
      gln_store_describe_collection_async (store, collection, description, NULL,
                                           gln_test_ready_cb, NULL);
      gln_test_store_edited (store);
    }

  return collection;
}

/* The same in a new library at @path, through a store of its own that is closed again. */
gint64
gln_test_collection_create (const char *path,
                            const char *name,
                            const char *description,
                            gint64      ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GError) error = NULL;
  GlnStore *store = gln_store_open_sync (path, &error);
  gint64 collection;

  g_assert_no_error (error);
  collection = gln_test_collection_fill (store, name, description, ids);
  gln_test_store_close (store);

  return collection;
}

/* The collection's screening and board as @store reads them. */
GlnBoardState *
gln_test_collection_load_board (GlnStore *store,
                                gint64    collection)
{
  g_autoptr(GError) error = NULL;
  GlnBoardState *state;

  gln_store_load_board_async (store, collection, NULL, gln_test_ready_cb, NULL);
  state = gln_store_load_board_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (state);

  return state;
}

/* The entry of @paper_id in a board state; the test fails if it has none. */
GlnCollectionPaper *
gln_test_collection_find_paper (GlnBoardState *state,
                                gint64         paper_id)
{
  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);

      if (entry->paper_id == paper_id)
        return entry;
    }

  g_assert_not_reached ();
}
