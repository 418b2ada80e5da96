/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

/* Refreshing goes through the same store and refresher as the application: each response
 * is stored in a transaction of its own, so a failure keeps the pages before it. */

static JsonNode *
report_to_json (GlnFeedReport *report)
{
  g_autoptr(JsonObject) object = json_object_new ();
  const char *status = report->error != NULL ? "failed"
                       : report->not_modified ? "not-modified" : "ok";
  JsonNode *node;

  json_object_set_int_member (object, "feed", report->feed_id);
  gln_cli_json_set_string (object, "kind", report->kind);
  gln_cli_json_set_string (object, "title", report->title);
  gln_cli_json_set_string (object, "status", status);
  json_object_set_int_member (object, "new", report->stats.added);
  json_object_set_int_member (object, "updated", report->stats.updated);
  json_object_set_int_member (object, "unchanged", report->stats.merged + report->stats.unchanged);
  json_object_set_int_member (object, "possible_duplicates", report->stats.duplicates);
  gln_cli_json_set_string (object, "error", report->error ? report->error->message : NULL);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

static void
print_report (GlnFeedReport *report)
{
  g_print ("[%" G_GINT64_FORMAT "] %s: ", report->feed_id, report->title);

  if (report->error != NULL && report->stats.found > 0)
    /* Translators: some pages of a feed arrived before one failed. */
    g_print (_("failed after %u new, %u updated: %s\n"), report->stats.added,
             report->stats.updated, report->error->message);
  else if (report->error != NULL)
    g_print (_("failed: %s\n"), report->error->message);
  else if (report->not_modified)
    g_print ("%s\n", _("not modified"));
  else if (report->stats.duplicates > 0)
    {
      /* Translators: new papers of a refresh that look like ones the library has
       * ("gleaner-cli duplicates list" shows them). */
      g_autofree char *duplicates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "%u possible duplicate",
                                                                  "%u possible duplicates",
                                                                  report->stats.duplicates),
                                                     report->stats.duplicates);

      /* Translators: a feed's papers after a refresh; %s is "2 possible duplicates". */
      g_print (_("%u new, %u updated, %u unchanged, %s\n"),
               report->stats.added, report->stats.updated,
               report->stats.merged + report->stats.unchanged, duplicates);
    }
  else
    g_print (_("%u new, %u updated, %u unchanged\n"), report->stats.added, report->stats.updated,
             report->stats.merged + report->stats.unchanged);
}

/* gleaner-cli refresh [--feed ID] [--json] [--api-key KEY] */
gboolean
gln_cli_refresh (GlnCliContext  *cli,
                 GError        **error)
{
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GlnFeedRefresher) refresher = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autofree char *api_key = NULL;
  gboolean json = FALSE;
  gint64 feed_id = 0;
  guint n_failed = 0;
  GOptionEntry entries[] = {
    { "feed", 0, 0, G_OPTION_ARG_INT64, &feed_id, N_("Refresh only this feed"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per feed"), NULL },
    { "api-key", 0, 0, G_OPTION_ARG_STRING, &api_key,
      N_("OpenAlex API key (default: $GLEANER_OPENALEX_API_KEY)"), N_("KEY") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— fetch what the feeds have new"), entries, error) ||
      !gln_cli_need_args (cli, 0, 0, "refresh [--feed ID] [--json] [--api-key KEY]", error))
    return FALSE;

  if (feed_id < 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("--feed needs a feed id"));
      return FALSE;
    }
  if (api_key == NULL)
    api_key = g_strdup (g_getenv ("GLEANER_OPENALEX_API_KEY"));

  fetcher = gln_fetcher_new ();
  refresher = gln_feed_refresher_new (cli->store, fetcher);
  gln_feed_refresher_set_openalex_api_key (refresher, api_key);

  gln_feed_refresher_refresh_async (refresher, feed_id, GLN_FEED_REFRESH_NONE, NULL,
                                    gln_cli_ready_cb, cli);
  if (!(reports = gln_feed_refresher_refresh_finish (refresher, gln_cli_wait (cli), error)))
    return FALSE;

  if (reports->len == 0 && !json)
    g_print ("%s\n", _("No feeds to refresh; add one with “gleaner-cli feed add”"));

  for (guint i = 0; i < reports->len; i++)
    {
      GlnFeedReport *report = g_ptr_array_index (reports, i);

      n_failed += report->error != NULL;
      if (json)
        {
          g_autoptr(JsonNode) node = report_to_json (report);

          if (!gln_cli_write_json_line (node, error))
            return FALSE;
        }
      else
        print_report (report);
    }

  /* Some feeds failing is a normal morning; all of them failing is worth an exit status. */
  if (reports->len > 0 && n_failed == reports->len)
    {
      g_set_error_literal (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED,
                           _("No feed could be refreshed"));
      return FALSE;
    }

  return TRUE;
}
