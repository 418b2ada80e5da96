/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define SIMILAR_USAGE "similar KEY [--json] [--limit N]"

/* Prints ranked papers: as `list` does, with the score and the reason after. */
static gboolean
print_ranked (GlnCliContext  *cli,
              GPtrArray      *items,
              gboolean        json,
              guint           limit,
              GError        **error)
{
  g_autoptr(GHashTable) trash = NULL;

  if (json && !(trash = gln_cli_dup_trashed (cli, error)))
    return FALSE;

  for (guint i = 0; i < items->len && (limit == 0 || i < limit); i++)
    {
      GlnForYouItem *item = items->pdata[i];
      g_autoptr(GlnPaper) paper = NULL;

      if (!(paper = gln_store_lookup_paper (cli->store, item->id, error)))
        return FALSE;

      if (json)
        {
          g_autoptr(JsonNode) node = NULL;
          JsonObject *object;

          node = gln_cli_paper_to_json (paper, g_hash_table_contains (trash, &item->id), NULL);
          object = json_node_get_object (node);

          json_object_set_double_member (object, "score", item->score);
          json_object_set_string_member (object, "because", item->because);
          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        {
          g_autofree char *key = gln_cli_dup_printable (gln_paper_get_key (paper), TRUE);
          g_autofree char *title = gln_cli_dup_printable (gln_paper_get_title (paper), TRUE);
          g_autofree char *because = gln_cli_dup_printable (item->because, TRUE);

          g_print ("%s\t%.3f\t%s\t%s\n", key, item->score, title, because);
        }
    }

  return TRUE;
}

/* A ranking gives the reasons of its first papers; asks for those of the others printed. */
static gboolean
explain_rest (GlnCliContext  *cli,
              GlnForYou      *for_you,
              GPtrArray      *items,
              guint           limit,
              GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GPtrArray) reasons = NULL;

  for (guint i = 0; i < items->len && (limit == 0 || i < limit); i++)
    {
      GlnForYouItem *item = items->pdata[i];

      if (item->because == NULL)
        {
          g_array_append_val (ids, item->id);
          g_ptr_array_add (missing, item);
        }
    }
  if (ids->len == 0)
    return TRUE;

  gln_for_you_explain_async (for_you, ids, NULL, gln_cli_ready_cb, cli);
  if (!(reasons = gln_for_you_explain_finish (for_you, gln_cli_wait (cli), error)))
    return FALSE;
  for (guint i = 0; i < missing->len; i++)
    ((GlnForYouItem *) missing->pdata[i])->because = g_steal_pointer (&reasons->pdata[i]);

  return TRUE;
}

/* gleaner-cli list --for-you [--json] [--limit N] */
gboolean
gln_cli_list_for_you (GlnCliContext  *cli,
                      gboolean        json,
                      guint           limit,
                      GError        **error)
{
  g_autoptr(GlnForYou) for_you = gln_for_you_new (cli->store);
  g_autoptr(GPtrArray) items = NULL;

  gln_for_you_refresh_async (for_you, NULL, gln_cli_ready_cb, cli);
  if (!(items = gln_for_you_refresh_finish (for_you, gln_cli_wait (cli), error)) ||
      !explain_rest (cli, for_you, items, limit, error))
    return FALSE;

  return print_ranked (cli, items, json, limit, error);
}

/* gleaner-cli similar KEY [--json] [--limit N] */
gboolean
gln_cli_similar (GlnCliContext  *cli,
                 GError        **error)
{
  g_autoptr(GlnForYou) for_you = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  gboolean json = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per paper"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N papers (20)"), N_("N") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("KEY — list the papers most like a paper"), entries, error) ||
      !gln_cli_need_args (cli, 1, 1, SIMILAR_USAGE, error))
    return FALSE;
  if (limit <= 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("--limit must be positive"));
      return FALSE;
    }
  if (!(paper = gln_cli_find_paper (cli, cli->argv[1], error)))
    return FALSE;

  for_you = gln_for_you_new (cli->store);
  gln_for_you_similar_async (for_you, gln_paper_get_id (paper), (guint) limit, NULL,
                             gln_cli_ready_cb, cli);
  if (!(items = gln_for_you_similar_finish (for_you, gln_cli_wait (cli), error)))
    return FALSE;

  return print_ranked (cli, items, json, 0, error);
}
