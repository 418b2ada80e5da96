/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-cli.h"

#define PAPER_USAGE "paper show KEY [--json] | rate KEY N | star KEY [--off] | " \
                    "read KEY [--off] | tag KEY TAG [--remove] | note KEY TEXT"

static gboolean
parse_rating (const char  *text,
              int         *rating,
              GError     **error)
{
  char *end = NULL;
  long value = strtol (text, &end, 10);

  if (end == text || *end != '\0' || value < 0 || value > 5)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("A rating is a number from 0 to 5, not “%s”"), text);
      return FALSE;
    }

  *rating = (int) value;
  return TRUE;
}

static gboolean
paper_show (GlnCliContext  *cli,
            GlnPaper       *paper,
            gboolean        json,
            GError        **error)
{
  g_autoptr(GPtrArray) notes = NULL;

  if (!(notes = gln_database_list_notes (cli->db, gln_paper_get_id (paper), error)))
    return FALSE;

  if (json)
    {
      g_autoptr(JsonNode) node = gln_cli_paper_to_json (paper, notes);

      return gln_cli_write_json_line (node, error);
    }

  gln_cli_print_paper (paper, notes);
  return TRUE;
}

/* gleaner-cli paper show|rate|star|read|tag|note KEY … */
gboolean
gln_cli_paper (GlnCliContext  *cli,
               GError        **error)
{
  g_autoptr(GlnPaper) paper = NULL;
  const char *verb;
  gboolean json = FALSE;
  gboolean off = FALSE;
  gint64 id;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (show)"), NULL },
    { "off", 0, 0, G_OPTION_ARG_NONE, &off, N_("Unstar, or mark unread (star, read)"), NULL },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &off, N_("Remove the tag (tag)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("VERB KEY … — show or change one paper"), entries, error) ||
      !gln_cli_need_args (cli, 2, 3, PAPER_USAGE, error))
    return FALSE;

  verb = cli->argv[1];
  if (!(paper = gln_cli_find_paper (cli, cli->argv[2], error)))
    return FALSE;
  id = gln_paper_get_id (paper);

  if (g_str_equal (verb, "show") && cli->argc == 3)
    return paper_show (cli, paper, json, error);

  if (g_str_equal (verb, "rate") && cli->argc == 4)
    {
      int rating;

      return parse_rating (cli->argv[3], &rating, error) &&
             gln_database_set_rating (cli->db, id, rating, error);
    }

  if (g_str_equal (verb, "star") && cli->argc == 3)
    return gln_database_set_starred (cli->db, id, !off, error);

  if (g_str_equal (verb, "read") && cli->argc == 3)
    return gln_database_set_read (cli->db, id, !off, error);

  if (g_str_equal (verb, "tag") && cli->argc == 4)
    return off ? gln_database_remove_tag (cli->db, id, cli->argv[3], error)
               : gln_database_add_tag (cli->db, id, cli->argv[3], error);

  if (g_str_equal (verb, "note") && cli->argc == 4)
    {
      if (gln_str_empty0 (cli->argv[3]))
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("A note must not be empty"));
          return FALSE;
        }
      return gln_database_add_note (cli->db, id, cli->argv[3], error) > 0;
    }

  g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("usage: gleaner-cli %s"),
               PAPER_USAGE);
  return FALSE;
}
