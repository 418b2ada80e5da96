/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-cli.h"

#define PAPER_USAGE "paper show KEY [--json] | rate KEY N | star KEY [--off] | " \
                    "read KEY [--off] | tag KEY TAG [--remove] | note KEY TEXT | " \
                    "find-ids KEY… [--all-missing] [--json] | not-interested KEY [--off] | " \
                    "edit KEY [--title T] [--authors \"A; B\"] [--date YYYY[-MM[-DD]]] " \
                    "[--venue V] [--doi DOI] [--arxiv ID] [--url URL] [--abstract TEXT] | " \
                    "trash KEY | restore KEY"

/* The fields `paper edit` sets; NULL where the option was not given, "" to clear. */
typedef struct
{
  char *title;
  char *authors;
  char *date;
  char *venue;
  char *doi;
  char *arxiv_id;
  char *url;
  char *abstract;
} PaperEdit;

/* The options of `paper`, and the paper its verb is about. */
typedef struct
{
  gboolean  json;
  gboolean  off;
  PaperEdit edit;
  GlnPaper *paper;
} PaperCommand;

static void
paper_edit_clear (PaperEdit *edit)
{
  g_free (edit->title);
  g_free (edit->authors);
  g_free (edit->date);
  g_free (edit->venue);
  g_free (edit->doi);
  g_free (edit->arxiv_id);
  g_free (edit->url);
  g_free (edit->abstract);
}

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
  g_autoptr(GHashTable) trash = NULL;
  gint64 id = gln_paper_get_id (command->paper);
  gboolean trashed;

  gln_store_list_notes_async (cli->store, id, NULL, gln_cli_ready_cb, cli);
  if (!(notes = gln_store_list_notes_finish (cli->store, gln_cli_wait (cli), error)) ||
      !(trash = gln_cli_dup_trashed (cli, error)))
    return FALSE;
  trashed = g_hash_table_contains (trash, &id);

  if (command->json)
    {
      g_autoptr(JsonNode) node = gln_cli_paper_to_json (command->paper, trashed, notes);

      return gln_cli_write_json_line (node, error);
    }

  gln_cli_print_paper (command->paper, trashed, notes);
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

/* The paper as stored, with the fields the options name replaced by what they say. */
static GlnPaper *
build_edit (GlnPaper         *paper,
            const PaperEdit  *edit,
            GError          **error)
{
  g_autoptr(GlnPaper) edited = gln_paper_copy (paper);

  if (edit->title != NULL)
    gln_paper_set_title (edited, edit->title);
  if (edit->authors != NULL)
    {
      g_auto(GStrv) names = gln_paper_edit_parse_authors (edit->authors);

      gln_paper_set_authors (edited, (const char * const *) names, NULL);
    }
  if (edit->date != NULL)
    {
      g_autofree char *published = NULL;
      GlnDatePrecision precision;

      if (!gln_paper_edit_parse_date (edit->date, &published, &precision, error))
        return NULL;
      gln_paper_set_published (edited, published);
      gln_paper_set_date_precision (edited, precision);
    }
  if (edit->venue != NULL)
    gln_paper_edit_set_venue (edited, edit->venue);
  if (edit->doi != NULL)
    gln_paper_set_doi (edited, edit->doi);
  if (edit->arxiv_id != NULL)
    gln_paper_set_arxiv_id (edited, edit->arxiv_id);
  if (edit->url != NULL)
    gln_paper_set_url (edited, edit->url);
  if (edit->abstract != NULL)
    gln_paper_set_abstract (edited, edit->abstract);

  return g_steal_pointer (&edited);
}

static gboolean
paper_edit (GlnCliContext  *cli,
            gpointer        data,
            GError        **error)
{
  PaperCommand *command = data;
  g_autoptr(GlnPaper) edited = NULL;
  g_auto(GStrv) changed = NULL;

  if (!(edited = build_edit (command->paper, &command->edit, error)))
    return FALSE;

  gln_store_edit_paper_async (cli->store, command->paper, edited, NULL, gln_cli_ready_cb, cli);
  changed = gln_store_edit_paper_finish (cli->store, gln_cli_wait (cli), error);

  return changed != NULL;
}

static gboolean
change_trash (GlnCliContext  *cli,
              GlnPaper       *paper,
              gboolean        trash,
              GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = gln_paper_get_id (paper);

  g_array_append_val (ids, id);
  if (trash)
    gln_store_trash_papers_async (cli->store, ids, NULL, gln_cli_ready_cb, cli);
  else
    gln_store_restore_papers_async (cli->store, ids, NULL, gln_cli_ready_cb, cli);

  return gln_store_trash_finish (cli->store, gln_cli_wait (cli), NULL, error);
}

static gboolean
paper_trash (GlnCliContext  *cli,
             gpointer        data,
             GError        **error)
{
  PaperCommand *command = data;

  return change_trash (cli, command->paper, TRUE, error);
}

static gboolean
paper_restore (GlnCliContext  *cli,
               gpointer        data,
               GError        **error)
{
  PaperCommand *command = data;

  return change_trash (cli, command->paper, FALSE, error);
}

static const GlnCliVerb paper_verbs[] = {
  { "show", 3, 3, paper_show },
  { "rate", 4, 4, paper_rate },
  { "star", 3, 3, paper_star },
  { "read", 3, 3, paper_read },
  { "tag", 4, 4, paper_tag },
  { "note", 4, 4, paper_note },
  { "not-interested", 3, 3, paper_not_interested },
  { "edit", 3, 3, paper_edit },
  { "trash", 3, 3, paper_trash },
  { "restore", 3, 3, paper_restore },
};

/* gleaner-cli paper show|rate|star|read|tag|note|find-ids|not-interested|edit|trash|restore
 * KEY … */
gboolean
gln_cli_paper (GlnCliContext  *cli,
               GError        **error)
{
  g_autoptr(GlnPaper) paper = NULL;
  PaperCommand command = { FALSE, FALSE, { NULL, }, NULL };
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &command.json,
      N_("Print JSON (show; “trashed”: whether it is in the trash)"), NULL },
    { "off", 0, 0, G_OPTION_ARG_NONE, &command.off, N_("Unstar, mark unread, or take back (star, read, not-interested)"),
      NULL },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &command.off, N_("Remove the tag (tag)"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &command.edit.title, N_("The title (edit)"),
      N_("TITLE") },
    { "authors", 0, 0, G_OPTION_ARG_STRING, &command.edit.authors,
      N_("The authors, separated by semicolons (edit)"), N_("NAMES") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &command.edit.date,
      N_("The date: a year, YYYY-MM or YYYY-MM-DD (edit)"), N_("DATE") },
    { "venue", 0, 0, G_OPTION_ARG_STRING, &command.edit.venue,
      N_("The journal or conference (edit)"), N_("VENUE") },
    { "doi", 0, 0, G_OPTION_ARG_STRING, &command.edit.doi, N_("The DOI (edit)"), N_("DOI") },
    { "arxiv", 0, 0, G_OPTION_ARG_STRING, &command.edit.arxiv_id, N_("The arXiv id (edit)"),
      N_("ID") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &command.edit.url, N_("The web page (edit)"),
      N_("URL") },
    { "abstract", 0, 0, G_OPTION_ARG_STRING, &command.edit.abstract, N_("The abstract (edit)"),
      N_("TEXT") },
    { NULL }
  };
  gboolean ok;

  /* It takes several papers, or none: its own options and operands. */
  if (cli->argc > 1 && g_str_equal (cli->argv[1], "find-ids"))
    return gln_cli_paper_find_ids (cli, error);

  if (!gln_cli_parse_verbs (cli, _("VERB KEY … — show or change one paper"), PAPER_USAGE, 1,
                            entries, error) ||
      !gln_cli_need_args (cli, 2, 3, PAPER_USAGE, error) ||
      !(paper = gln_cli_find_paper (cli, cli->argv[2], error)))
    return FALSE;

  command.paper = paper;
  ok = gln_cli_run_verb (cli, 1, paper_verbs, G_N_ELEMENTS (paper_verbs), PAPER_USAGE,
                         &command, error);
  paper_edit_clear (&command.edit);

  return ok;
}
