/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-cli.h"

#define PAPER_USAGE "paper show KEY [--json] | rate KEY N | star KEY [--off] | " \
                    "read KEY [--off] | tag KEY TAG [--remove] | note KEY TEXT | " \
                    "find-ids KEY… [--all-missing] [--json] | not-interested KEY [--off]"

/* The options of `paper`, and the paper its verb is about. */
typedef struct
{
  gboolean  json;
  gboolean  off;
  GlnPaper *paper;
} PaperCommand;

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
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;
  g_autoptr(GPtrArray) notes = NULL;

  gln_store_list_notes_async (cli->store, gln_paper_get_id (command->paper), NULL,
                              gln_cli_ready_cb, cli);
  if (!(notes = gln_store_list_notes_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  if (command->json)
    {
      g_autoptr(JsonNode) node = gln_cli_paper_to_json (command->paper, notes);

      return gln_cli_write_json_line (node, error);
    }

  gln_cli_print_paper (command->paper, notes);
  return TRUE;
}

static gboolean
paper_rate (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;
  int rating;

  if (!parse_rating (cli->argv[3], &rating, error))
    return FALSE;

  gln_store_set_rating_async (cli->store, command->paper, rating, NULL, gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
paper_star (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;

  gln_store_set_starred_async (cli->store, command->paper, !command->off, NULL,
                               gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
paper_read (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;

  gln_store_set_read_async (cli->store, command->paper, !command->off, NULL, gln_cli_ready_cb,
                            cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
paper_tag (GlnCliContext  *cli,
           gpointer        data,
           GError        **error)
{
  PaperCommand *command = data;

  if (command->off)
    gln_store_remove_tag_async (cli->store, command->paper, cli->argv[3], NULL,
                                gln_cli_ready_cb, cli);
  else
    gln_store_add_tag_async (cli->store, command->paper, cli->argv[3], NULL, gln_cli_ready_cb,
                             cli);
  return gln_cli_wait_edit (cli, error);
}

static gboolean
paper_note (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;
  g_autoptr(GlnNote) note = NULL;

  if (gln_str_empty0 (cli->argv[3]))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("A note must not be empty"));
      return FALSE;
    }

  gln_store_save_note_async (cli->store, command->paper, 0, cli->argv[3], NULL,
                             gln_cli_ready_cb, cli);
  note = gln_store_save_note_finish (cli->store, gln_cli_wait (cli), error);

  return note != NULL;
}

static gboolean
paper_not_interested (GlnCliContext  *cli,
                      gpointer        data,
                      GError        **error)
{
  PaperCommand *command = data;

  gln_store_set_not_interested_async (cli->store, command->paper, !command->off, NULL,
                                      gln_cli_ready_cb, cli);
  return gln_cli_wait_edit (cli, error);
}

static const GlnCliVerb paper_verbs[] = {
  { "show", 3, 3, paper_show },
  { "rate", 4, 4, paper_rate },
  { "star", 3, 3, paper_star },
  { "read", 3, 3, paper_read },
  { "tag", 4, 4, paper_tag },
  { "note", 4, 4, paper_note },
  { "not-interested", 3, 3, paper_not_interested },
};

/* gleaner-cli paper show|rate|star|read|tag|note|not-interested KEY … */
gboolean
gln_cli_paper (GlnCliContext  *cli,
               GError        **error)
{
  g_autoptr(GlnPaper) paper = NULL;
  PaperCommand command = { FALSE, FALSE, NULL };
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json, N_("Print JSON (show)"), NULL },
    { "off", 0, 0, G_OPTION_ARG_NONE, &command.off, N_("Unstar, mark unread, or take back (star, read, not-interested)"),
      NULL },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &command.off, N_("Remove the tag (tag)"), NULL },
    { NULL }
  };

  /* It takes several papers, or none: its own options and operands. */
  if (cli->argc > 1 && g_str_equal (cli->argv[1], "find-ids"))
    return gln_cli_paper_find_ids (cli, error);

  if (!gln_cli_parse_verbs (cli, _("VERB KEY … — show or change one paper"), PAPER_USAGE, 1,
                            entries, error) ||
      !gln_cli_need_args (cli, 2, 3, PAPER_USAGE, error) ||
      !(paper = gln_cli_find_paper (cli, cli->argv[2], error)))
    return FALSE;

  command.paper = paper;
  return gln_cli_run_verb (cli, 1, paper_verbs, G_N_ELEMENTS (paper_verbs), PAPER_USAGE,
                           &command, error);
}
