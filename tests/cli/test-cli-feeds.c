/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-server.h"
#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* gleaner-cli feed and refresh, end to end: the real binary talks to a loopback server whose
 * address it gets from the base URL variables. */

static const char * const base_url_variables[] = {
  "GLEANER_BASE_URL_ARXIV", "GLEANER_BASE_URL_ARXIV_RSS", "GLEANER_BASE_URL_HF",
  "GLEANER_BASE_URL_OPENALEX",
};

static GlnTestServer *
start_server (void)
{
  GlnTestServer *server = gln_test_server_new ();

  for (guint i = 0; i < G_N_ELEMENTS (base_url_variables); i++)
    g_setenv (base_url_variables[i], gln_test_server_get_url (server), TRUE);

  return server;
}

static void
serve (GlnTestServer *server,
       const char    *route,
       const char    *dir,
       const char    *file)
{
  g_autofree char *path = gln_test_data_path ("feeds", dir, file, NULL);

  gln_test_server_respond_file (server, route, "application/xml", path);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in:\n%s", needle, haystack);
}

static JsonObject *
object_at (GPtrArray *objects,
           guint      index)
{
  g_assert_cmpuint (index, <, objects->len);
  return g_ptr_array_index (objects, index);
}

static void
add_feed (const char *db,
          const char *expected,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("GLN_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  g_ptr_array_add (argv, (gpointer) "feed");
  g_ptr_array_add (argv, (gpointer) "add");
  va_start (args, expected);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

static void
test_add_list_refresh_remove (void)
{
  g_autoptr(GlnTestServer) server = start_server ();
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *rss_url = g_strconcat (gln_test_server_get_url (server), "/journal.rss", NULL);
  g_autofree char *sample = gln_test_shared_path ("samples", "hf-daily-papers",
                                                  "daily_papers_2024-10-25_first2entries.json",
                                                  NULL);
  g_autofree char *expected_rss = g_strdup_printf ("Added feed 6: %s\n", rss_url);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *params;

  g_setenv ("GLEANER_OPENALEX_API_KEY", "env-key", TRUE);
  serve (server, "/rss/cs.CL", "arxiv-rss", "cs.CL.xml");
  gln_test_server_set_validators (server, "/rss/cs.CL", "\"cl-1\"", NULL);
  serve (server, "/api/query?search_query=au:Liu_Y AND ti:BERT", "arxiv", "new-version.xml");
  gln_test_server_respond_file (server, "/api/daily_papers?date=2024-10-25", "application/json",
                                sample);
  serve (server, "/api/papers/search?q=contrastive loss", "hf", "search.json");
  serve (server, "/authors?search=Yuanxin Liu", "openalex", "authors.json");
  serve (server, "/works?cursor=*", "openalex", "works-2.json");
  serve (server, "/journal.rss", "rss", "journal.rss");

  add_feed (db, "Added feed 1: arXiv cs.CL announcements\n", "arxiv-rss", "cs.CL", NULL);
  add_feed (db, "Added feed 2: BERT by Liu\n", "arxiv", "au:Liu_Y AND ti:BERT",
            "--title", "BERT by Liu", NULL);
  add_feed (db, "Added feed 3: Hugging Face daily papers of 2024-10-25\n", "hf-daily",
            "2024-10-25", NULL);
  add_feed (db, "Added feed 4: Hugging Face: contrastive loss\n", "hf-search", "contrastive",
            "loss", NULL);
  add_feed (db, "Added feed 5: Works by Yuanxin Liu\n", "openalex", "author", "Yuanxin", "Liu",
            NULL);
  add_feed (db, expected_rss, "rss", rss_url, NULL);

  gln_cli_run (&run, db, NULL, "feed", "add", "arxiv-rss", "cs/CL", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "“cs/CL” is not an arXiv category");
  gln_cli_run (&run, db, NULL, "feed", "add", "openalex", "Yuanxin", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "usage: gleaner-cli feed add");

  gln_cli_run (&run, db, NULL, "feed", "list", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  feeds = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (feeds->len, ==, 6);
  g_assert_cmpstr (json_object_get_string_member (object_at (feeds, 1), "kind"), ==, "arxiv");
  params = json_object_get_object_member (object_at (feeds, 1), "params");
  g_assert_cmpstr (json_object_get_string_member (params, "query"), ==, "au:Liu_Y AND ti:BERT");
  g_assert_true (json_object_get_null_member (object_at (feeds, 0), "last_fetch"));

  gln_cli_run (&run, db, NULL, "refresh", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  /* Feeds refresh side by side, so which of them brings a paper two feeds share first
   * varies: [1] shares one with [4], and so does [3]. */
  if (strstr (run.out, "[1] arXiv cs.CL announcements: 3 new, 0 updated, 1 unchanged\n") == NULL)
    assert_contains (run.out, "[1] arXiv cs.CL announcements: 4 new, 0 updated, 0 unchanged\n");
  assert_contains (run.out, "[2] BERT by Liu: 0 new, 1 updated, 0 unchanged\n");
  if (strstr (run.out, "[3] Hugging Face daily papers of 2024-10-25: 1 new, 0 updated, "
                       "1 unchanged\n") == NULL)
    assert_contains (run.out, "[3] Hugging Face daily papers of 2024-10-25: 2 new, 0 updated, "
                              "0 unchanged\n");
  assert_contains (run.out, "[4] Hugging Face: contrastive loss: ");
  assert_contains (run.out, "[5] Works by Yuanxin Liu: 1 new, 0 updated, 0 unchanged\n");
  assert_contains (run.out, "[6] ");
  g_assert_cmpuint (gln_test_server_count_requests (server, NULL), ==, 7);
  requests = gln_test_server_dup_requests (server);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);

      if (g_str_equal (request->path, "/authors"))
        g_assert_cmpstr (request->query, ==, "search=Yuanxin%20Liu&api_key=env-key");
    }

  /* The second time the announcements have not changed: a conditional request, a 304. */
  gln_cli_run (&run, db, NULL, "refresh", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  reports = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (reports->len, ==, 6);
  g_assert_cmpstr (json_object_get_string_member (object_at (reports, 0), "status"), ==,
                   "not-modified");
  g_assert_cmpint (json_object_get_int_member (object_at (reports, 0), "new"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (object_at (reports, 2), "status"), ==, "ok");
  g_assert_cmpint (json_object_get_int_member (object_at (reports, 2), "unchanged"), ==, 2);

  gln_cli_run (&run, db, NULL, "feed", "list", NULL);
  assert_contains (run.out, "arxiv-rss");
  assert_contains (run.out, "arXiv cs.CL announcements");
  g_assert_null (strstr (run.out, "Last error"));

  gln_cli_run (&run, db, NULL, "feed", "interval", "3", "90", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "feed", "disable", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "feed", "rename", "3", "Daily", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "feed", "list", "--json", NULL);
  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = gln_cli_parse_jsonl (run.out);
  g_assert_cmpint (json_object_get_int_member (object_at (feeds, 2), "refresh_interval"), ==, 5400);
  g_assert_false (json_object_get_boolean_member (object_at (feeds, 2), "enabled"));
  g_assert_cmpstr (json_object_get_string_member (object_at (feeds, 2), "title"), ==, "Daily");

  /* Removing a feed keeps its papers. */
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  papers = gln_cli_parse_jsonl (run.out);
  gln_cli_run (&run, db, NULL, "feed", "remove", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "feed", "list", "--json", NULL);
  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (feeds->len, ==, 5);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (reports->len, ==, papers->len);
  gln_cli_run (&run, db, NULL, "feed", "remove", "1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "No feed with id 1");

  g_unsetenv ("GLEANER_OPENALEX_API_KEY");
}

/* Some feeds failing is reported and the command succeeds; all of them failing fails it. */
static void
test_refresh_exit_status (void)
{
  g_autoptr(GlnTestServer) server = start_server ();
  g_autofree char *db = gln_test_tmp_db_path ();
  g_auto(GlnCliRun) run = { 0, };

  add_feed (db, "Added feed 1: arXiv cs.XX announcements\n", "arxiv-rss", "cs.XX", NULL);
  add_feed (db, "Added feed 2: Hugging Face: nothing\n", "hf-search", "nothing", NULL);

  gln_cli_run (&run, db, NULL, "refresh", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "[1] arXiv cs.XX announcements: failed: "
                            "arXiv answered “404 Not Found”\n");
  assert_contains (run.out, "[2] Hugging Face: nothing: failed: "
                            "Hugging Face answered “404 Not Found”\n");
  assert_contains (run.err, "No feed could be refreshed");

  gln_cli_run (&run, db, NULL, "feed", "list", NULL);
  assert_contains (run.out, "Last error: arXiv answered “404 Not Found”");

  serve (server, "/api/papers/search", "hf", "search.json");
  gln_cli_run (&run, db, NULL, "refresh", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "[2] Hugging Face: nothing: 2 new, 0 updated, 0 unchanged\n");

  /* One feed by id, and an id that names none. */
  gln_cli_run (&run, db, NULL, "refresh", "--feed", "2", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "[2] Hugging Face: nothing: 0 new, 0 updated, 2 unchanged\n");
  gln_cli_run (&run, db, NULL, "refresh", "--feed", "9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "No feed with id 9");
}

int
main (int   argc,
      char *argv[])
{
  /* The children inherit these: no proxy lookup (the isolated directories hide GIO's
   * settings schemas), and no politeness delays against the loopback server. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "0", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/feeds/add-list-refresh-remove", test_add_list_refresh_remove);
  g_test_add_func ("/gln/cli/feeds/refresh-exit-status", test_refresh_exit_status);

  return g_test_run ();
}
