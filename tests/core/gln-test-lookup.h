/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-test-server.h"
#include "gln-test-utils.h"

G_BEGIN_DECLS

/* The loopback answers add-by-identifier tests look up: arXiv's id_list query, Crossref's
 * /works/{doi} and Hugging Face's /api/papers/{id}, from the real samples; base URLs and
 * politeness intervals point the fetcher, in this process and in gleaner-cli, at it. */
static inline void
gln_test_serve_lookup_samples (GlnTestServer *server)
{
  g_autofree char *arxiv =
    gln_test_shared_path ("samples", "arxiv-api", "query_id_list_with_missing_ids_2025-11-11.xml",
                          NULL);
  g_autofree char *empty =
    gln_test_shared_path ("samples", "arxiv-api", "query_id_list_nonexistent_2025-11-11.xml", NULL);
  g_autofree char *work =
    gln_test_shared_path ("samples", "crossref", "works_10.1371_journal.pone.0033693.body.json",
                          NULL);
  g_autofree char *hf = gln_test_data_path ("lookup", "hf-paper-2410.17243.json", NULL);
  g_autoptr(GBytes) not_found = g_bytes_new_static ("Resource not found.", 19);
  const char *atom = "application/atom+xml";

  g_setenv ("GLEANER_BASE_URL_ARXIV", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_HF", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_CROSSREF", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "0", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);
  /* No desktop proxy settings in a test: GIO would look for their schema. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  gln_test_server_respond_file (server, "/api/query?id_list=2201.13452", atom, arxiv);
  gln_test_server_respond_file (server, "/api/query?id_list=2201.13452v1", atom, arxiv);
  gln_test_server_respond_file (server, "/api/query?id_list=1201.56789", atom, empty);
  gln_test_server_respond_file (server, "/works/10.1371/journal.pone.0033693", "application/json",
                                work);
  gln_test_server_respond_file (server, "/api/papers/2410.17243", "application/json", hf);
  gln_test_server_respond (server, "/works/10.1000/missing", 404, "text/plain", not_found, NULL);
}

G_END_DECLS
