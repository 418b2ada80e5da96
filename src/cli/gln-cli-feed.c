/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define FEED_USAGE \
  "feed add KIND ARG… [--title T] | list [--json] | remove ID | rename ID TITLE | " \
  "enable ID | disable ID | interval ID MINUTES"
#define FEED_ADD_USAGE \
  "feed add arxiv CATEGORY|QUERY | arxiv author NAME | arxiv keywords WORDS | " \
  "arxiv-rss CATEGORY | hf-daily [YYYY-MM-DD] | hf-search QUERY | " \
  "openalex author|institution NAME | rss URL [--title T]"

static gboolean
looks_like_category (const char *text)
{
  return g_regex_match_simple ("^[a-z-]+(\\.[A-Za-z-]+)?$", text, 0, 0);
}

/* Turns `KIND ARG…` into the feed's parameters, or %NULL for a form that does not exist. */
static char *
params_from_args (const char  *kind,
                  char       **args,
                  int          n_args)
{
  g_autofree char *all = n_args > 0 ? g_strjoinv (" ", args) : NULL;
  g_autofree char *rest = n_args > 1 ? g_strjoinv (" ", args + 1) : NULL;

  if (g_str_equal (kind, "arxiv") && n_args >= 2 && g_str_equal (args[0], "author"))
    return gln_feed_params_build ("author", rest, NULL);
  if (g_str_equal (kind, "arxiv") && n_args >= 2 && g_str_equal (args[0], "keywords"))
    return gln_feed_params_build ("keywords", rest, NULL);
  if (g_str_equal (kind, "arxiv") && n_args == 1 && looks_like_category (args[0]))
    return gln_feed_params_build ("category", args[0], NULL);
  if (g_str_equal (kind, "arxiv") && n_args >= 1)
    return gln_feed_params_build ("query", all, NULL);
  if (g_str_equal (kind, "arxiv-rss") && n_args == 1)
    return gln_feed_params_build ("category", args[0], NULL);
  if (g_str_equal (kind, "hf-daily") && n_args <= 1)
    return gln_feed_params_build ("date", n_args == 1 ? args[0] : NULL, NULL);
  if (g_str_equal (kind, "hf-search") && n_args >= 1)
    return gln_feed_params_build ("query", all, NULL);
  if (g_str_equal (kind, "openalex") && n_args >= 2 &&
      (g_str_equal (args[0], "author") || g_str_equal (args[0], "institution")))
    return gln_feed_params_build (args[0], rest, NULL);
  if (g_str_equal (kind, "rss") && n_args == 1)
    return gln_feed_params_build ("url", args[0], NULL);

  return NULL;
}

/* The options of `feed`. */
typedef struct
{
  char     *title;
  gboolean  json;
  gint64    id;     /* of the feed the verb is about */
} FeedCommand;

static gboolean
add_feed (GlnCliContext  *cli,
          gpointer        data,
          GError        **error)
{
  const char *title = ((FeedCommand *) data)->title;
  const char *kind = cli->argv[2];
  g_autofree char *params = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *id_text = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  g_autoptr(GlnFeedPager) pager = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (!gln_feed_kind_is_valid (kind) ||
      !(params = params_from_args (kind, cli->argv + 3, cli->argc - 3)))
    return gln_cli_usage_error (FEED_ADD_USAGE, error);

  /* The pager checks the parameters as a refresh would: a bad category fails now. */
  feed = gln_feed_new (kind, params);
  if (!(pager = gln_feed_pager_new_for_feed (feed, NULL, &local_error)))
    {
      g_set_error_literal (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, local_error->message);
      return FALSE;
    }

  gln_store_add_feed_async (cli->store, kind, params, title, NULL, gln_cli_ready_cb, cli);
  if ((id = gln_store_id_finish (cli->store, gln_cli_wait (cli), error)) == 0)
    return FALSE;

  gln_feed_set_title (feed, title);
  shown = gln_feed_dup_display_title (feed);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  /* Translators: the first string is the new feed's id, the second its title. */
  g_print (_("Added feed %s: %s\n"), id_text, shown);

  return TRUE;
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_time <= 0)
    return NULL;

  time = g_date_time_new_from_unix_local (unix_time);
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

/* Sets a string member, null when there is no value. */
void
gln_cli_json_set_string (JsonObject *object,
                         const char *name,
                         const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

static JsonNode *
feed_to_json (GlnFeed *feed)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *title = gln_feed_dup_display_title (feed);
  g_autofree char *last_fetch = NULL;
  JsonNode *node;

  if (gln_feed_get_last_fetch (feed) > 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (gln_feed_get_last_fetch (feed));

      last_fetch = g_date_time_format_iso8601 (time);
    }

  json_object_set_int_member (object, "id", gln_feed_get_id (feed));
  gln_cli_json_set_string (object, "kind", gln_feed_get_kind (feed));
  gln_cli_json_set_string (object, "title", title);
  if (json_parser_load_from_data (parser, gln_feed_get_params (feed), -1, NULL))
    json_object_set_member (object, "params", json_node_copy (json_parser_get_root (parser)));
  else
    json_object_set_null_member (object, "params");
  json_object_set_boolean_member (object, "enabled", gln_feed_get_enabled (feed));
  json_object_set_int_member (object, "refresh_interval", gln_feed_get_refresh_interval (feed));
  gln_cli_json_set_string (object, "last_fetch", last_fetch);
  gln_cli_json_set_string (object, "last_error", gln_feed_get_last_error (feed));
  json_object_set_int_member (object, "papers", gln_feed_get_n_papers (feed));
  json_object_set_int_member (object, "unread", gln_feed_get_n_unread (feed));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

static gboolean
list_feeds (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  gboolean json = ((FeedCommand *) data)->json;
  g_autoptr(GPtrArray) feeds = NULL;

  gln_store_list_feeds_async (cli->store, 0, NULL, gln_cli_ready_cb, cli);
  if (!(feeds = gln_store_list_feeds_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  if (!json && feeds->len > 0)
    g_print ("%-4s %-10s %6s %6s  %-16s  %s\n", _("ID"), _("KIND"), _("PAPERS"), _("UNREAD"),
             _("LAST FETCH"), _("TITLE"));

  for (guint i = 0; i < feeds->len; i++)
    {
      GlnFeed *feed = g_ptr_array_index (feeds, i);
      g_autofree char *title = gln_feed_dup_display_title (feed);
      g_autofree char *fetched = format_time (gln_feed_get_last_fetch (feed));

      if (json)
        {
          g_autoptr(JsonNode) node = feed_to_json (feed);

          if (!gln_cli_write_json_line (node, error))
            return FALSE;
          continue;
        }

      g_print ("%-4" G_GINT64_FORMAT " %-10s %6d %6d  %-16s  %s%s\n", gln_feed_get_id (feed),
               gln_feed_get_kind (feed), gln_feed_get_n_papers (feed),
               gln_feed_get_n_unread (feed), fetched != NULL ? fetched : _("never"), title,
               gln_feed_get_enabled (feed) ? "" : _(" (disabled)"));
      if (gln_feed_get_last_error (feed) != NULL)
        g_print ("     %s %s\n", _("Last error:"), gln_feed_get_last_error (feed));
    }

  return TRUE;
}

static gboolean
parse_feed_id (const char  *text,
               gint64      *id,
               GError     **error)
{
  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("“%s” is not a feed id"), text);
      return FALSE;
    }

  return TRUE;
}

/* Each of the verbs below starts its operation on the feed whose id the command parsed,
 * then waits. */
static gint64
feed_id (gpointer data)
{
  return ((FeedCommand *) data)->id;
}

static gboolean
remove_feed (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  gln_store_remove_feed_async (cli->store, feed_id (data), NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
rename_feed (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  gln_store_rename_feed_async (cli->store, feed_id (data), cli->argv[3], NULL, gln_cli_ready_cb,
                               cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
enable_feed (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  gboolean enable = g_str_equal (cli->argv[1], "enable");

  gln_store_set_feed_enabled_async (cli->store, feed_id (data), enable, NULL, gln_cli_ready_cb,
                                    cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
set_interval (GlnCliContext  *cli,
              gpointer        data,
              GError        **error)
{
  guint64 minutes;

  if (!g_ascii_string_to_unsigned (cli->argv[3], 10, 1, G_MAXINT / 60, &minutes, NULL))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("“%s” is not a number of minutes"), cli->argv[3]);
      return FALSE;
    }

  gln_store_set_feed_interval_async (cli->store, feed_id (data), (int) minutes * 60, NULL,
                                     gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static const GlnCliVerb feed_verbs[] = {
  { "add", 3, -1, add_feed },
  { "list", 2, 2, list_feeds },
};

/* The verbs that take a feed's id. */
static const GlnCliVerb feed_id_verbs[] = {
  { "remove", 3, 3, remove_feed },
  { "rename", 4, 4, rename_feed },
  { "enable", 3, 3, enable_feed },
  { "disable", 3, 3, enable_feed },
  { "interval", 4, 4, set_interval },
};

/* gleaner-cli feed add|list|remove|rename|enable|disable|interval … */
gboolean
gln_cli_feed (GlnCliContext  *cli,
              GError        **error)
{
  g_autofree char *title = NULL;
  FeedCommand command = { NULL, FALSE, 0 };
  const char *verb;
  GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The feed’s title"), N_("TITLE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json, N_("Print one JSON object per feed"),
      NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— follow arXiv, Hugging Face, OpenAlex and journal feeds"),
                              entries, error) ||
      !gln_cli_need_args (cli, 1, -1, FEED_USAGE, error))
    return FALSE;

  command.title = title;
  verb = cli->argv[1];
  if (g_str_equal (verb, "add") || g_str_equal (verb, "list"))
    return gln_cli_run_verb (cli, 1, feed_verbs, G_N_ELEMENTS (feed_verbs), FEED_USAGE,
                             &command, error);

  if (cli->argc < 3)
    return gln_cli_usage_error (FEED_USAGE, error);
  if (!parse_feed_id (cli->argv[2], &command.id, error))
    return FALSE;

  return gln_cli_run_verb (cli, 1, feed_id_verbs, G_N_ELEMENTS (feed_id_verbs), FEED_USAGE,
                           &command, error);
}
