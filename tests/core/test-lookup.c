/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-lookup.h"
#include "gln-paper.h"
#include "gln-test-lookup.h"
#include "gln-test-server.h"
#include "gln-test-utils.h"

/* Add by identifier against a loopback server serving the real samples. */

typedef struct
{
  const char        *input;
  GlnIdentifierKind  kind;
  const char        *id;
} IdCase;

static const IdCase id_cases[] = {
  { "2410.17243", GLN_IDENTIFIER_ARXIV, "2410.17243" },
  { "arXiv:2410.17243v2", GLN_IDENTIFIER_ARXIV, "2410.17243v2" },
  { "https://arxiv.org/abs/2410.17243v1", GLN_IDENTIFIER_ARXIV, "2410.17243v1" },
  { "https://arxiv.org/pdf/2410.17243.pdf", GLN_IDENTIFIER_ARXIV, "2410.17243" },
  { "hep-ex/0307015", GLN_IDENTIFIER_ARXIV, "hep-ex/0307015" },
  { "10.48550/arXiv.2410.17243", GLN_IDENTIFIER_ARXIV, "2410.17243" },
  { "10.1371/journal.pone.0033693", GLN_IDENTIFIER_DOI, "10.1371/journal.pone.0033693" },
  { "https://doi.org/10.1371/JOURNAL.PONE.0033693", GLN_IDENTIFIER_DOI,
    "10.1371/journal.pone.0033693" },
  { "doi:10.1093/obo/9780199830060-0023", GLN_IDENTIFIER_DOI, "10.1093/obo/9780199830060-0023" },
  { "https://huggingface.co/papers/2410.17243", GLN_IDENTIFIER_HF, "2410.17243" },
  { "  huggingface.co/papers/2410.17243 ", GLN_IDENTIFIER_HF, "2410.17243" },
  { "https://example.org/paper", GLN_IDENTIFIER_NONE, NULL },
  { "not an id", GLN_IDENTIFIER_NONE, NULL },
};

static void
test_identifiers (gconstpointer data)
{
  const IdCase *c = data;
  g_autofree char *id = NULL;

  g_assert_cmpint (gln_identifier_parse (c->input, &id), ==, c->kind);
  g_assert_cmpstr (id, ==, c->id);
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *papers;
  GError    *error;
} Result;

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Result *r = user_data;

  r->papers = gln_lookup_finish (GLN_FETCHER (object), result, &r->error);
  g_main_loop_quit (r->loop);
}

static GPtrArray *
look_up (GlnFetcher  *fetcher,
         const char  *identifier,
         GError     **error)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Result r = { loop, NULL, NULL };

  gln_lookup_async (fetcher, identifier, NULL, looked_up_cb, &r);
  g_main_loop_run (loop);
  if (r.error != NULL)
    g_propagate_error (error, r.error);

  return r.papers;
}

static void
test_lookup (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_serve_lookup_samples (server);

  fetcher = gln_fetcher_new ();
  gln_fetcher_set_retries (fetcher, 0, 0);

  papers = look_up (fetcher, "https://arxiv.org/abs/2201.13452", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 0)), ==, "arxiv:2201.13452");
  g_clear_pointer (&papers, g_ptr_array_unref);

  papers = look_up (fetcher, "https://doi.org/10.1371/journal.pone.0033693", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 0)), ==,
                   "doi:10.1371/journal.pone.0033693");
  g_clear_pointer (&papers, g_ptr_array_unref);

  papers = look_up (fetcher, "https://huggingface.co/papers/2410.17243", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 0)), ==, "arxiv:2410.17243");
  g_assert_cmpint (gln_paper_get_upvotes (g_ptr_array_index (papers, 0)), >, 0);
  g_clear_pointer (&papers, g_ptr_array_unref);

  /* Not found: arXiv's empty feed, Crossref's 404; and text that is no identifier. */
  papers = look_up (fetcher, "1201.56789", &error);
  g_assert_null (papers);
  g_assert_error (error, GLN_LOOKUP_ERROR, GLN_LOOKUP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  papers = look_up (fetcher, "10.1000/missing", &error);
  g_assert_null (papers);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP);
  g_assert_nonnull (strstr (error->message, "404"));
  g_clear_error (&error);
  papers = look_up (fetcher, "a paper about cats", &error);
  g_assert_null (papers);
  g_assert_error (error, GLN_LOOKUP_ERROR, GLN_LOOKUP_ERROR_INVALID);

  g_assert_cmpuint (gln_test_server_count_requests (server, "/works/10.1371/journal.pone.0033693"),
                    ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (id_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/lookup/identifiers/%u", i);

      g_test_add_data_func (path, &id_cases[i], test_identifiers);
    }
  gln_test_add_shared_func ("/gln/lookup/fetch", test_lookup);

  return g_test_run ();
}
