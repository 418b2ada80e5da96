/* SPDX-License-Identifier: GPL-3.0-or-later */

/* gleaner-cli list --query reads what the user typed the way the window's search entry does
 * (gln_search_text_to_fts()): every input the entry accepts works on the command line too,
 * and finds the same papers in the same order. */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "../core/gln-test-store.h"
#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

typedef struct
{
  const char         *typed;
  const char * const *found;      /* titles that must be among the results */
  const char * const *not_found;  /* titles that must not */
} SearchCase;

static const char * const gpt4[] = { "GPT-4 Technical Report", NULL };
static const char * const gpt3[] = { "Language Models are Few-Shot Learners: GPT-3", NULL };
static const char * const self_attention[] = {
  "Self-Attention with Relative Position Representations", NULL
};
static const char * const attention[] = { "Attention Is All You Need", NULL };
static const char * const cplusplus[] = {
  "Expression Templates in C++ for Scientific Computing", NULL
};
static const char * const dont[] = {
  "Know What You Don't Know: Unanswerable Questions for SQuAD", NULL
};
static const char * const flow_matching[] = { "Flow Matching for Generative Modeling", NULL };
static const char * const normalizing_flows[] = {
  "Variational Inference with Normalizing Flows and Template Matching", NULL
};
static const char * const phi_decoding[] = {
  "φ-Decoding: Adaptive Foresight Sampling for Balanced Inference-Time Exploration and "
  "Exploitation", NULL
};
static const char * const llms[] = {
  "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
  "LLMs Can Plan Only If We Tell Them", NULL
};
static const char * const none[] = { NULL };

static const SearchCase cases[] = {
  { "GPT-4", gpt4, gpt3 },
  { "self-attention", self_attention, attention },
  { "C++", cplusplus, none },
  { "don't", dont, none },
  { "\"flow matching", flow_matching, normalizing_flows },
  { "φ-Decoding", phi_decoding, none },
  { "LLM*", llms, gpt4 },
  { "flows AND matching NOT generative", normalizing_flows, flow_matching },
  /* Dangling operators and brackets are words, never an error. */
  { "attention AND (", attention, gpt4 },
  { "\"attention is all (", attention, self_attention },
  { "OR", gpt4, none },
  /* Word forms: the index stems English words, so one form finds the others. */
  { "learner", gpt3, gpt4 },
  { "templated", cplusplus, gpt4 },
};

static char *library;

/* The titles the command line lists for @typed, in its order. */
static GPtrArray *
list_with_cli (const char *typed)
{
  g_auto(GlnCliRun) run = { 0, };
  g_autoptr(GPtrArray) objects = NULL;
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  gln_cli_run (&run, library, NULL, "list", "--json", "--query", typed, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  objects = gln_cli_parse_jsonl (run.out);
  for (guint i = 0; i < objects->len; i++)
    g_ptr_array_add (titles, g_strdup (json_object_get_string_member (objects->pdata[i], "title")));

  return titles;
}

/* The titles the window lists for @typed in the Library: the search entry's text goes
 * through gln_search_text_to_fts() and a search sorts by relevance. */
static GPtrArray *
list_as_the_window_does (const char *typed)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  store = gln_store_open_sync (library, &error);
  g_assert_no_error (error);
  query->text = gln_search_text_to_fts (typed);
  query->sort = query->text != NULL ? GLN_QUERY_SORT_RELEVANCE : GLN_QUERY_SORT_PUBLISHED;
  ids = gln_test_store_query (store, query);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GlnPaper) paper = gln_store_lookup_paper (store, g_array_index (ids, gint64, i),
                                                          &error);

      g_assert_no_error (error);
      g_ptr_array_add (titles, g_strdup (gln_paper_get_title (paper)));
    }

  return titles;
}

static gboolean
contains (GPtrArray  *titles,
          const char *title)
{
  return g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL);
}

static void
test_search (gconstpointer data)
{
  const SearchCase *search = data;
  g_autoptr(GPtrArray) cli = list_with_cli (search->typed);
  g_autoptr(GPtrArray) window = list_as_the_window_does (search->typed);

  for (guint i = 0; search->found[i] != NULL; i++)
    if (!contains (cli, search->found[i]))
      g_error ("“%s” did not find “%s”", search->typed, search->found[i]);
  for (guint i = 0; search->not_found[i] != NULL; i++)
    if (contains (cli, search->not_found[i]))
      g_error ("“%s” found “%s”", search->typed, search->not_found[i]);

  g_assert_cmpuint (cli->len, ==, window->len);
  for (guint i = 0; i < cli->len; i++)
    g_assert_cmpstr (g_ptr_array_index (cli, i), ==, g_ptr_array_index (window, i));
}

static void
import_titles (void)
{
  g_autofree char *bib = gln_test_data_path ("search", "titles.bib", NULL);
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, library, NULL, "import", bib, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "11 entries: 11 added, 0 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");
}

static void
remove_library (const char *dir)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (library, suffixes[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One library for every case, made once. */
  dir = g_dir_make_tmp ("gleaner-search-XXXXXX", &error);
  g_assert_no_error (error);
  library = g_build_filename (dir, "library.db", NULL);
  import_titles ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/cli/search/%u", i);

      g_test_add_data_func (path, &cases[i], test_search);
    }

  status = g_test_run ();
  remove_library (dir);
  g_free (library);
  return status;
}
