/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-test-server.h"

G_BEGIN_DECLS

/* The Semantic Scholar samples of ../shared, served where a citation search asks for them:
 * the references of DOI 10.2139/ssrn.2250500 (two pages, some records without a paperId),
 * the citations of CorpusId 14514057 (19 pages), and the references and citations that
 * Paper.json carries for DOI 10.1093/mind/lix.236.433, paged by 100. */

#define GLN_TEST_S2_REFERENCES_PATH "/graph/v1/paper/DOI:10.2139/ssrn.2250500/references"
#define GLN_TEST_S2_CITATIONS_PATH  "/graph/v1/paper/CorpusId:14514057/citations"
#define GLN_TEST_S2_TURING_DOI      "10.1093/mind/lix.236.433"
#define GLN_TEST_S2_TURING_PATH     "/graph/v1/paper/DOI:10.1093/mind/lix.236.433"

guint gln_test_serve_cassette      (GlnTestServer *server,
                                    const char    *cassette,
                                    const char    *path);
guint gln_test_serve_paper_list    (GlnTestServer *server,
                                    const char    *path,
                                    const char    *member,
                                    const char    *wrapper);
void  gln_test_serve_semantic_scholar (GlnTestServer *server);

G_END_DECLS
