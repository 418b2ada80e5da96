/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-lookup.h"
#include "../core/gln-test-server.h"
#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* gleaner-cli add, end to end: the real binary looks identifiers up at a loopback server
 * serving the samples, whose address it gets from the base URL variables. */

static void
test_add (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };

  gln_test_serve_lookup_samples (server);

  gln_cli_run (&run, db, NULL, "add", "https://arxiv.org/abs/2201.13452v1",
               "https://doi.org/10.1371/journal.pone.0033693",
               "https://huggingface.co/papers/2410.17243", "10.1000/missing", "cats", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "arxiv:2201.13452\t"));
  g_assert_nonnull (strstr (run.out, "doi:10.1371/journal.pone.0033693\tMethylphenidate"));
  g_assert_nonnull (strstr (run.out, "arxiv:2410.17243\tBreaking the Memory Barrier"));
  /* What could not be resolved is named, with the reason. */
  g_assert_nonnull (strstr (run.err, "gleaner-cli: 10.1000/missing: Crossref answered “404"));
  g_assert_nonnull (strstr (run.err, "gleaner-cli: cats: not an arXiv id"));
  g_assert_nonnull (strstr (run.err, "3 added, 0 already in the library, 2 not found"));

  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 3);

  /* Nothing found is a failure, and the library is unchanged. */
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "add", "10.1000/missing", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "No paper could be found"));
}

/* Offline (here: nothing listens where arXiv should be), adding fails at once and says that
 * the service could not be reached, not that the paper does not exist. */
static void
test_add_offline (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *refusing = gln_test_refusing_url ();
  g_auto(GlnCliRun) run = { 0, };
  gint64 start = g_get_monotonic_time ();

  g_setenv ("GLEANER_BASE_URL_ARXIV", refusing, TRUE);
  gln_cli_run (&run, db, NULL, "add", "2410.17243", NULL);
  g_unsetenv ("GLEANER_BASE_URL_ARXIV");

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "gleaner-cli: 2410.17243: Could not reach arXiv: "));
  g_assert_nonnull (strstr (run.err, "the services could not be reached"));
  g_assert_null (strstr (run.err, "No paper could be found"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/add", test_add);
  g_test_add_func ("/gln/cli/add-offline", test_add_offline);

  return g_test_run ();
}
