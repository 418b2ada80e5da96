/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

/* gleaner-cli cite: citation search from a review collection, and the links it stored. */

#define CITE_USAGE \
  "cite search --collection NAME [--backward] [--forward] [--depth N] [--service auto|openalex]" \
  " [--json]\n" \
  "cite list KEY [--references|--citations] [--json]\n" \
  "cite map --collection NAME [-o MAP.svg|MAP.png]"

typedef struct
{
  char     *collection;
  char     *api_key;
  char     *openalex_key;
  char     *service;
  gboolean  backward;
  gboolean  forward;
  int       depth;
  gboolean  references;
  gboolean  citations;
  gboolean  json;
  char     *output;
} CiteOptions;

static void
progress_cb (GlnCitationSearch *search,
             gpointer           user_data)
{
  g_autofree char *text = gln_citation_progress_dup_text (gln_citation_search_get_progress (search));

  g_printerr ("%s\n", text);
}

static gboolean
cite_search (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  CiteOptions *options = data;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GlnCitationSearch) search = NULL;
  GlnCitationSearchFlags flags = 0;
  const GlnCitationProgress *progress;

  if (options->collection == NULL)
    return gln_cli_usage_error (CITE_USAGE, error);
  if (options->depth < 1 || options->depth > 2)
    {
      g_set_error_literal (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                           _("--depth is 1 or 2"));
      return FALSE;
    }
  if (!(info = gln_cli_find_collection (cli, options->collection, error)))
    return FALSE;

  /* Neither way named: both. */
  if (options->backward || !options->forward)
    flags |= GLN_CITATION_SEARCH_BACKWARD;
  if (options->forward || !options->backward)
    flags |= GLN_CITATION_SEARCH_FORWARD;

  if (options->service != NULL && g_strcmp0 (options->service, "auto") != 0 &&
      g_strcmp0 (options->service, "openalex") != 0)
    {
      g_set_error_literal (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                           _("--service is auto or openalex"));
      return FALSE;
    }

  fetcher = gln_fetcher_new ();
  search = gln_citation_search_new (cli->store, fetcher);
  gln_citation_search_set_api_key (search, options->api_key ? options->api_key
                                                            : gln_citation_fetch_env_api_key ());
  gln_citation_search_set_openalex_key (search, options->openalex_key
                                                ? options->openalex_key
                                                : g_getenv ("GLEANER_OPENALEX_API_KEY"));
  if (g_strcmp0 (options->service, "openalex") == 0)
    gln_citation_search_set_service (search, GLN_CITATION_SERVICE_OPENALEX);
  if (!options->json)
    g_signal_connect (search, "progress", G_CALLBACK (progress_cb), NULL);
  gln_citation_search_run_async (search, info->id, NULL, 0, flags, options->depth, NULL,
                                 gln_cli_ready_cb, cli);
  if (!gln_citation_search_run_finish (search, gln_cli_wait (cli), error))
    {
      g_prefix_error (error, _("The search stopped; run it again to go on: "));
      return FALSE;
    }

  progress = gln_citation_search_get_progress (search);
  if (options->json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      JsonObject *object = json_object_new ();

      gln_cli_json_set_string (object, "collection", info->name);
      json_object_set_int_member (object, "papers", progress->total);
      json_object_set_int_member (object, "requests", progress->requests);
      json_object_set_int_member (object, "found", progress->found);
      if (progress->capped > 0)
        json_object_set_int_member (object, "stopped_at", progress->capped);
      else
        json_object_set_null_member (object, "stopped_at");
      json_node_take_object (node, object);
      return gln_cli_write_json_line (node, error);
    }

  /* Translators: after a citation search; the last word is a collection's name. */
  g_print (_("Searched the links of %u papers with %u requests: %u papers found for “%s”\n"),
           progress->total, progress->requests, progress->found, info->name);
  if (progress->capped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "The search stopped at %u candidate; start from fewer papers, or one "
                          "way only, to see the rest\n",
                          "The search stopped at %u candidates; start from fewer papers, or one "
                          "way only, to see the rest\n", progress->capped),
             progress->capped);
  return TRUE;
}

static gboolean
print_links (GPtrArray            *links,
             GlnCitationDirection  direction,
             gboolean              json,
             GError              **error)
{
  for (guint i = 0; i < links->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (links, i);

      if (json)
        {
          g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
          JsonObject *object = json_object_new ();

          gln_cli_json_set_string (object, "direction", gln_citation_direction_to_string (direction));
          gln_cli_json_set_string (object, "key", link->key);
          gln_cli_json_set_string (object, "title", link->title);
          if (link->year > 0)
            json_object_set_int_member (object, "year", link->year);
          else
            json_object_set_null_member (object, "year");
          json_object_set_boolean_member (object, "in_library", link->paper_id > 0);
          json_node_take_object (node, object);
          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        {
          g_autofree char *title = gln_cli_dup_printable (link->title, TRUE);

          g_print ("%s\t%s\t%s\n", direction == GLN_CITATION_REFERENCES ? "cites" : "cited-by",
                   link->key ? link->key : "", title ? title : "");
        }
    }

  return TRUE;
}

static gboolean
cite_list (GlnCliContext  *cli,
           gpointer        data,
           GError        **error)
{
  CiteOptions *options = data;
  g_autoptr(GlnPaper) paper = NULL;

  if (!(paper = gln_cli_find_paper (cli, cli->argv[2], error)))
    return FALSE;

  for (guint i = 0; i < 2; i++)
    {
      GlnCitationDirection direction = i;
      g_autoptr(GPtrArray) links = NULL;

      if ((direction == GLN_CITATION_REFERENCES && options->citations && !options->references) ||
          (direction == GLN_CITATION_CITATIONS && options->references && !options->citations))
        continue;
      gln_store_list_citations_async (cli->store, gln_paper_get_id (paper), direction, NULL,
                                      gln_cli_ready_cb, cli);
      if (!(links = gln_store_list_citations_finish (cli->store, gln_cli_wait (cli), error)) ||
          !print_links (links, direction, options->json, error))
        return FALSE;
    }

  return TRUE;
}

/* cite map: the collection's papers and the links among them, as SVG or PNG. */
static gboolean
cite_map (GlnCliContext  *cli,
          gpointer        data,
          GError        **error)
{
  CiteOptions *options = data;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GlnCitationMap) map = NULL;
  g_autofree char *title = NULL;

  if (options->collection == NULL)
    return gln_cli_usage_error (CITE_USAGE, error);
  if (!gln_cli_check_diagram_output (options->output, error) ||
      !(info = gln_cli_find_collection (cli, options->collection, error)))
    return FALSE;

  gln_store_read_citation_map_async (cli->store, info->id, NULL, gln_cli_ready_cb, cli);
  if (!(map = gln_store_read_citation_map_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  /* Translators: the title of a citation map; %s is a collection's name. */
  title = g_strdup_printf (_("Citation map: %s"), info->name);
  return gln_cli_write_diagram (options->output, (GlnCliSvgFunc) gln_citation_map_to_svg,
                                (GlnCliPngFunc) gln_citation_map_to_png, map, title, error);
}

static const GlnCliVerb cite_verbs[] = {
  { "search", 2, 2, cite_search },
  { "list", 3, 3, cite_list },
  { "map", 2, 2, cite_map },
};

/* gleaner-cli cite search|list … */
gboolean
gln_cli_cite (GlnCliContext  *cli,
              GError        **error)
{
  g_autofree char *collection = NULL;
  g_autofree char *api_key = NULL;
  g_autofree char *output = NULL;
  g_autofree char *openalex_key = NULL;
  g_autofree char *service = NULL;
  CiteOptions options = { .depth = 1 };
  gboolean ok;
  GOptionEntry entries[] = {
    { "collection", 0, 0, G_OPTION_ARG_STRING, &collection,
      N_("The collection to search from (its included papers)"), N_("NAME") },
    { "backward", 0, 0, G_OPTION_ARG_NONE, &options.backward,
      N_("Follow the papers’ references"), NULL },
    { "forward", 0, 0, G_OPTION_ARG_NONE, &options.forward,
      N_("Follow the papers that cite them"), NULL },
    { "depth", 0, 0, G_OPTION_ARG_INT, &options.depth,
      N_("1, or 2 to follow the links of the papers found too"), N_("N") },
    { "references", 0, 0, G_OPTION_ARG_NONE, &options.references,
      N_("List only the papers it cites"), NULL },
    { "citations", 0, 0, G_OPTION_ARG_NONE, &options.citations,
      N_("List only the papers that cite it"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, N_("Print JSON Lines"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the map to FILE, SVG or PNG by its extension (default: SVG on standard output)"),
      N_("FILE") },
    { "api-key", 0, 0, G_OPTION_ARG_STRING, &api_key,
      N_("Semantic Scholar API key (default: $GLEANER_SEMANTIC_SCHOLAR_API_KEY)"), N_("KEY") },
    { "openalex-key", 0, 0, G_OPTION_ARG_STRING, &openalex_key,
      N_("OpenAlex API key, for the papers Semantic Scholar cannot answer for "
         "(default: $GLEANER_OPENALEX_API_KEY)"), N_("KEY") },
    { "service", 0, 0, G_OPTION_ARG_STRING, &service,
      N_("auto (Semantic Scholar, then OpenAlex) or openalex (needs its key)"), N_("SERVICE") },
    { NULL }
  };

  if (!gln_cli_parse_verbs (cli, _("VERB … — citation search from a review collection"),
                            CITE_USAGE, 2, entries, error) ||
      !gln_cli_need_args (cli, 1, -1, CITE_USAGE, error))
    return FALSE;

  options.collection = collection;
  options.api_key = api_key;
  options.output = output;
  options.openalex_key = openalex_key;
  options.service = service;
  ok = gln_cli_run_verb (cli, 1, cite_verbs, G_N_ELEMENTS (cite_verbs), CITE_USAGE, &options,
                         error);

  return ok;
}
