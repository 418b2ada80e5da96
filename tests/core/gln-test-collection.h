/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-arxiv-source.h"
#include "gln-database.h"
#include "gln-test-utils.h"

G_BEGIN_DECLS

#define GLN_TEST_COLLECTION_SIZE 10

/* A library at @path with the ten papers of the arXiv API sample, all in a collection named
 * @name, in the sample's order; for the tests of review collections. Returns the collection
 * and fills @ids with the papers. */
static inline gint64
gln_test_collection_create (const char *path,
                            const char *name,
                            const char *description,
                            gint64      ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_arxiv_source_new ());
  g_autofree char *sample = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 collection;

  sample = gln_test_shared_path ("samples", "arxiv-api",
                                 "query_all-electron-AND-all-proton_2025-11-11.xml", NULL);
  bytes = gln_test_load_bytes (sample);
  papers = gln_source_parse (source, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, GLN_TEST_COLLECTION_SIZE);

  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (gln_database_import (db, papers, 0, NULL, &error));
  collection = gln_database_create_collection (db, name, &error);
  g_assert_no_error (error);
  g_assert_true (gln_database_describe_collection (db, collection, description, &error));

  for (guint i = 0; i < papers->len; i++)
    {
      ids[i] = gln_paper_get_id (g_ptr_array_index (papers, i));
      g_assert_true (gln_database_collection_add (db, collection, ids[i], &error));
    }

  return collection;
}

G_END_DECLS
