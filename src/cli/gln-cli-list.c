/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

static void
print_row (GlnPaper *paper)
{
  g_autofree char *first_authors = gln_paper_dup_first_authors (paper, 3);
  g_autofree char *key = gln_cli_dup_printable (gln_paper_get_key (paper), TRUE);
  g_autofree char *title = gln_cli_dup_printable (gln_paper_get_title (paper), TRUE);
  g_autofree char *authors = gln_cli_dup_printable (first_authors, TRUE);
  g_autofree char *date = NULL;

  /* One line per paper, tab-separated, whatever the fields hold. */
  date = gln_cli_dup_printable (gln_paper_get_published (paper) ? gln_paper_get_published (paper)
                                : gln_paper_get_date_text (paper), TRUE);
  g_print ("%s\t%s\t%s\t%s\n", key, date, title, authors);
}

static gboolean
parse_scope (const char     *name,
             GlnQueryScope  *scope)
{
  static const char * const names[] = { "library", "inbox", "unread", "starred", "updated",
                                        "trash" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (name, names[i]) == 0)
        {
          *scope = (GlnQueryScope) i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_sort (const char    *name,
            GlnQuerySort  *sort)
{
  static const char * const names[] = { "date", "added", "rating", "relevance" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (name, names[i]) == 0)
        {
          *sort = (GlnQuerySort) i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
list_for_you (GlnCliContext  *cli,
              gboolean        filtered,
              gboolean        json,
              int             limit,
              GError        **error)
{
  if (filtered)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--for-you ranks the unread papers and takes no other filter or order"));
      return FALSE;
    }

  return gln_cli_list_for_you (cli, json, (guint) limit, error);
}

/* Prints the papers @query finds, a line or a JSON object each. */
static gboolean
print_papers (GlnCliContext  *cli,
              GlnQuery       *query,
              gboolean        json,
              GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) trash = NULL;

  gln_store_query_ids_async (cli->store, query, NULL, gln_cli_ready_cb, cli);
  if (!(ids = gln_store_query_ids_finish (cli->store, gln_cli_wait (cli), error)) ||
      (json && !(trash = gln_cli_dup_trashed (cli, error))))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GlnPaper) paper = NULL;

      if (!(paper = gln_store_lookup_paper (cli->store, id, error)))
        return FALSE;

      if (json)
        {
          g_autoptr(JsonNode) node = NULL;

          node = gln_cli_paper_to_json (paper, g_hash_table_contains (trash, &id), NULL);
          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        print_row (paper);
    }

  return TRUE;
}

/* gleaner-cli list [--json] [--query TEXT] [--collection NAME] [--tag T] [--limit N] [--for-you]
 *                  [--trash] */
gboolean
gln_cli_list (GlnCliContext  *cli,
              GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *sort = NULL;
  g_autofree char *fts = NULL;
  gboolean json = FALSE;
  gboolean for_you = FALSE;
  gboolean trashed = FALSE;
  int limit = 0;
  gint64 feed = 0;
  GlnQuery query = { 0, };
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print one JSON object per paper (“trashed”: whether it is in the trash)"), NULL },
    { "query", 'q', 0, G_OPTION_ARG_STRING, &text,
      N_("Search as the window’s search entry does: words, \"phrases\", AND, OR, NOT, prefix*"),
      N_("QUERY") },
    { "collection", 'c', 0, G_OPTION_ARG_STRING, &collection, N_("Only papers in a collection"),
      N_("NAME") },
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only papers with a tag"), N_("TAG") },
    { "feed", 0, 0, G_OPTION_ARG_INT64, &feed, N_("Only papers a feed brought"), N_("ID") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope,
      N_("library, inbox, unread, starred, updated or trash"), N_("SCOPE") },
    { "trash", 0, 0, G_OPTION_ARG_NONE, &trashed,
      N_("Only papers in the trash, as --scope trash"), NULL },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort, N_("date, added, rating or relevance"),
      N_("ORDER") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N papers"), N_("N") },
    { "for-you", 0, 0, G_OPTION_ARG_NONE, &for_you,
      N_("The unread papers, best first for you, with a score and the reason"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— list papers"), entries, error) ||
      !gln_cli_need_args (cli, 0, 0, "list [--json] [--query TEXT] [--collection NAME] [--limit N] "
                          "[--trash]",
                          error))
    return FALSE;

  if (limit < 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("--limit must not be negative"));
      return FALSE;
    }
  if (for_you)
    return list_for_you (cli, text != NULL || collection != NULL || tag != NULL || feed != 0 ||
                         scope != NULL || sort != NULL || trashed, json, limit, error);
  if (trashed && scope != NULL && g_strcmp0 (scope, "trash") != 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--trash lists the papers in the trash and takes no other scope"));
      return FALSE;
    }
  if (trashed)
    query.scope = GLN_QUERY_SCOPE_TRASH;
  if (scope != NULL && !parse_scope (scope, &query.scope))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("Unknown scope “%s”"), scope);
      return FALSE;
    }
  /* What the user typed becomes a valid search the way the window's entry makes it one. */
  fts = gln_search_text_to_fts (text);
  query.sort = fts != NULL ? GLN_QUERY_SORT_RELEVANCE : GLN_QUERY_SORT_PUBLISHED;
  if (sort != NULL && !parse_sort (sort, &query.sort))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("Unknown order “%s”"), sort);
      return FALSE;
    }
  if (collection != NULL)
    {
      g_autoptr(GlnCollectionInfo) info = gln_cli_find_collection (cli, collection, error);

      if (info == NULL)
        return FALSE;
    }

  query.text = fts;
  query.collection = collection;
  query.tag = tag;
  query.feed_id = feed;
  query.limit = (guint) limit;

  return print_papers (cli, &query, json, error);
}
