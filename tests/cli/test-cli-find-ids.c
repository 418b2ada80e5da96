/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-server.h"
#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* gleaner-cli paper find-ids, end to end: the real binary asks a loopback server that
 * answers every arXiv search with the real arXiv sample, and has nothing else. */

static const char bibliography[] =
  "@article{yin, title={Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling"
  " an Infectious Disease}, author={Yin, Hong-Ming}, year={2022}, journal={Given Venue}}\n"
  "@article{doe, title={A Different Paper Entirely}, author={Doe, Jane}, year={2020}}\n"
  "@article{known, title={Known Already}, author={Roe, Richard}, doi={10.5555/known}}\n";

static JsonObject *
finding_of (GPtrArray  *objects,
            const char *title)
{
  for (guint i = 0; i < objects->len; i++)
    if (g_strcmp0 (json_object_get_string_member (objects->pdata[i], "title"), title) == 0)
      return objects->pdata[i];

  return NULL;
}

static void
test_find_ids (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *feed = gln_test_shared_path ("samples", "arxiv-api",
                                                "query_id_list_with_missing_ids_2025-11-11.xml",
                                                NULL);
  g_autoptr(GBytes) no_match = g_bytes_new_static ("{\"error\": \"Title match not found\"}", 34);
  g_autoptr(GBytes) no_works = g_bytes_new_static (
    "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}", 65);
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *finding;

  g_setenv ("GLEANER_BASE_URL_ARXIV", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_CROSSREF", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "0", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);
  gln_test_server_respond (server, "/graph/v1/paper/search/match", 404, "application/json",
                           no_match, NULL);
  gln_test_server_respond_file (server, "/api/query", "application/atom+xml", feed);
  gln_test_server_respond (server, "/works", 200, "application/json", no_works, NULL);

  gln_cli_run (&run, db, bibliography, "import", "--format", "bibtex", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);

  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "paper", "find-ids", "--all-missing", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 2);
  finding = finding_of (objects, "Asymptotic Analysis for a Nonlinear Reaction-Diffusion System "
                                 "Modeling an Infectious Disease");
  g_assert_nonnull (finding);
  g_assert_cmpstr (json_object_get_string_member (finding, "outcome"), ==, "found");
  g_assert_cmpstr (json_object_get_string_member (finding, "identifier"), ==, "arxiv:2201.13452");
  g_assert_cmpstr (json_object_get_string_member (finding, "found_at"), ==, "arXiv");
  g_assert_cmpstr (json_object_get_string_member (finding, "key"), ==, "arxiv:2201.13452");
  finding = finding_of (objects, "A Different Paper Entirely");
  g_assert_nonnull (finding);
  g_assert_cmpstr (json_object_get_string_member (finding, "outcome"), ==, "not-found");
  g_clear_pointer (&objects, g_ptr_array_unref);

  /* The arXiv id is the paper's now; where it came from stays the user's file. */
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "paper", "show", "arxiv:2201.13452", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"arxiv_id\":\"2201.13452\""));
  g_assert_nonnull (strstr (run.out, "\"source\":\"bibtex\""));

  /* Plain output, one line a paper; a paper with a DOI is not looked for. */
  gln_cli_run_clear (&run);
  gln_test_server_clear_requests (server);
  gln_cli_run (&run, db, NULL, "paper", "find-ids", "doi:10.5555/known", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "doi:10.5555/known\tknown\t"));
  g_assert_nonnull (strstr (run.err, "Found 0 of 1 paper"));
  g_assert_cmpuint (gln_test_server_count_requests (server, "/api/query"), ==, 0);

  /* A key that is no paper is an error. */
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "paper", "find-ids", "doi:10.5555/nowhere", NULL);
  g_assert_cmpint (run.status, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/find-ids", test_find_ids);

  return g_test_run ();
}
