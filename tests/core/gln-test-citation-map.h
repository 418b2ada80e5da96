/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-test-collection.h"

G_BEGIN_DECLS

/* Citation links among the papers of a review collection from gln_test_collection_fill(),
 * stored as a citation search stores them, for the tests of the citation map. */

#define GLN_TEST_CITATION_MAP_FOUND_TITLE "Proton form factors found by a citation search"
#define GLN_TEST_CITATION_MAP_N_EDGES     6

gint64 gln_test_citation_map_fill (GlnStore     *store,
                                   gint64        collection,
                                   const gint64  ids[GLN_TEST_COLLECTION_SIZE]);

G_END_DECLS
