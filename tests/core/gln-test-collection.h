/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"
#include "gln-test-utils.h"

G_BEGIN_DECLS

/* Review collections for the tests of screening and the board, core and UI alike. */

#define GLN_TEST_COLLECTION_SIZE 10

gint64              gln_test_collection_fill       (GlnStore      *store,
                                                    const char    *name,
                                                    const char    *description,
                                                    gint64         ids[GLN_TEST_COLLECTION_SIZE]);
gint64              gln_test_collection_create     (const char    *path,
                                                    const char    *name,
                                                    const char    *description,
                                                    gint64         ids[GLN_TEST_COLLECTION_SIZE]);
GlnBoardState      *gln_test_collection_load_board (GlnStore      *store,
                                                    gint64         collection);
GlnCollectionPaper *gln_test_collection_find_paper (GlnBoardState *state,
                                                    gint64         paper_id);

G_END_DECLS
