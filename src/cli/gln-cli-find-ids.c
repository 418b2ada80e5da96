/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define FIND_IDS_USAGE "paper find-ids KEY… | paper find-ids --all-missing"

/* The papers of the library without an arXiv id or DOI, oldest first. */
static GArray *
dup_missing (GlnCliContext  *cli,
             GError        **error)
{
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GPtrArray) papers = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gln_store_collect_async (cli->store, query, NULL, gln_cli_ready_cb, cli);
  if (!(papers = gln_store_collect_finish (cli->store, gln_cli_wait (cli), error)))
    {
      g_array_unref (ids);
      return NULL;
    }
  for (guint i = papers->len; i > 0; i--)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i - 1);
      gint64 id = gln_paper_get_id (paper);

      if (gln_paper_get_arxiv_id (paper) == NULL && gln_paper_get_doi (paper) == NULL)
        g_array_append_val (ids, id);
    }

  return ids;
}

static JsonNode *
finding_to_json (const GlnIdFinding *finding)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonArray *filled = json_array_new ();

  gln_cli_json_set_string (object, "key", finding->key);
  gln_cli_json_set_string (object, "title", finding->title);
  json_object_set_string_member (object, "outcome", gln_id_outcome_to_string (finding->outcome));
  gln_cli_json_set_string (object, "identifier", finding->identifier);
  gln_cli_json_set_string (object, "found_at", finding->services);
  for (guint i = 0; finding->filled[i] != NULL; i++)
    json_array_add_string_element (filled, finding->filled[i]);
  json_object_set_array_member (object, "filled", filled);
  gln_cli_json_set_string (object, "duplicate_of", finding->other_key);
  gln_cli_json_set_string (object, "message", finding->message);

  return json_node_init_object (json_node_alloc (), object);
}

/* One line per paper as it is done: KEY, outcome, then what was found or why not. */
static void
finding_cb (GlnIdFinder  *finder,
            GlnIdFinding *finding,
            guint         index,
            guint         n_papers,
            gpointer      user_data)
{
  gboolean json = GPOINTER_TO_INT (user_data);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  if (json)
    {
      g_autoptr(JsonNode) node = finding_to_json (finding);
      g_autoptr(GError) error = NULL;

      if (!gln_cli_write_json_line (node, &error))
        g_printerr ("gleaner-cli: %s\n", error->message);
      return;
    }

  title = gln_cli_dup_printable (finding->title ? finding->title : "", TRUE);
  if (finding->outcome == GLN_ID_FOUND)
    /* Translators: an identifier found, and the services it was found at */
    detail = g_strdup_printf (_("%s (from %s)"), finding->identifier, finding->services);
  else if (finding->outcome == GLN_ID_DUPLICATE)
    /* Translators: the key of the paper that already has the identifier found */
    detail = g_strdup_printf (_("%s is %s: a possible duplicate, not merged"),
                              finding->identifier, finding->other_key);
  else
    detail = gln_cli_dup_printable (finding->message ? finding->message : "", TRUE);
  g_print ("%s\t%s\t%s\t%s\n", finding->key ? finding->key : "",
           gln_id_outcome_to_string (finding->outcome), detail, title);
}

static gboolean
add_keys (GlnCliContext  *cli,
          GArray         *ids,
          GError        **error)
{
  for (int i = 2; i < cli->argc; i++)
    {
      g_autoptr(GlnPaper) paper = gln_cli_find_paper (cli, cli->argv[i], error);
      gint64 id;

      if (paper == NULL)
        return FALSE;
      id = gln_paper_get_id (paper);
      g_array_append_val (ids, id);
    }

  return TRUE;
}

/* gleaner-cli paper find-ids KEY… | --all-missing [--json]: looks papers known by their
 * title only up at Semantic Scholar, arXiv and Crossref, and fills what they lack. */
gboolean
gln_cli_paper_find_ids (GlnCliContext  *cli,
                        GError        **error)
{
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GlnIdFinder) finder = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean json = FALSE;
  gboolean all_missing = FALSE;
  guint n_found = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per paper"), NULL },
    { "all-missing", 0, 0, G_OPTION_ARG_NONE, &all_missing,
      N_("Every paper without an arXiv id or DOI"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("KEY… — find the arXiv id or DOI of papers known by "
                                     "their title"), entries, error) ||
      !gln_cli_need_args (cli, all_missing ? 1 : 2, all_missing ? 1 : -1, FIND_IDS_USAGE,
                          error))
    return FALSE;

  ids = all_missing ? dup_missing (cli, error) : g_array_new (FALSE, FALSE, sizeof (gint64));
  if (ids == NULL || (!all_missing && !add_keys (cli, ids, error)))
    return FALSE;

  fetcher = gln_fetcher_new ();
  finder = gln_id_finder_new (cli->store, fetcher);
  g_signal_connect (finder, "finding", G_CALLBACK (finding_cb), GINT_TO_POINTER (json));
  gln_id_finder_find_async (finder, ids, NULL, gln_cli_ready_cb, cli);
  if (!(findings = gln_id_finder_find_finish (finder, gln_cli_wait (cli), error)))
    return FALSE;

  for (guint i = 0; i < findings->len; i++)
    if (((GlnIdFinding *) g_ptr_array_index (findings, i))->outcome == GLN_ID_FOUND)
      n_found++;
  if (!json)
    /* Translators: a summary of Find Identifiers */
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Found %u of %u paper\n",
                             "Found %u of %u papers\n", findings->len),
                n_found, findings->len);

  return TRUE;
}
