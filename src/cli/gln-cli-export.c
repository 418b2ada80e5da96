/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define EXPORT_USAGE "export --format bibtex|biblatex|ris|csljson|csv|atom " \
                     "[--collection NAME | --query Q] [-o FILE] | " \
                     "export --format csv|markdown|latex|screening-csv --collection NAME " \
                     "[--screening all|include|exclude|maybe|unscreened] [--papers] [-o FILE]"

/* The options of `export`. */
typedef struct
{
  char     *format_name;
  char     *collection;
  char     *text;
  char     *output;
  char     *title;
  char     *feed_url;
  char     *screening;
  gboolean  ascii;
  gboolean  unicode;
  gboolean  papers_csv;
} ExportCommand;

static void
export_command_clear (ExportCommand *command)
{
  g_free (command->format_name);
  g_free (command->collection);
  g_free (command->text);
  g_free (command->output);
  g_free (command->title);
  g_free (command->feed_url);
  g_free (command->screening);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportCommand, export_command_clear)

static const char *
ensure_title (ExportCommand *command)
{
  if (command->title == NULL && command->collection != NULL)
    command->title = g_strdup (command->collection);
  else if (command->title == NULL && command->text != NULL)
    /* Translators: the title of a feed made from a search */
    command->title = g_strdup_printf (_("Search “%s”"), command->text);
  else if (command->title == NULL)
    command->title = g_strdup (_("Gleaner library"));

  return command->title;
}

static gboolean
to_stdout (const char *output)
{
  return output == NULL || g_strcmp0 (output, "-") == 0;
}

/* Where an export goes: a file, or %NULL for standard output. */
static GFile *
output_file (const char *output)
{
  return to_stdout (output) ? NULL : g_file_new_for_commandline_arg (output);
}

/* Runs the export started with gln_cli_ready_cb() and writes standard output, or says
 * where the file went. */
static gboolean
finish_export (GlnCliContext  *cli,
               const char     *output,
               gboolean        tell,
               GError        **error)
{
  g_autofree char *text = NULL;
  guint n_papers = 0;

  if (!(text = gln_export_finish (gln_cli_wait (cli), &n_papers, error)))
    return FALSE;

  if (to_stdout (output))
    return gln_cli_write_stdout (text, error);

  if (tell)
    /* Translators: printed after an export to a file */
    g_printerr (ngettext ("Exported %u paper to %s\n", "Exported %u papers to %s\n", n_papers),
                n_papers, output);
  return TRUE;
}

/* A collection's comparison board (csv, markdown, latex) or its screening decisions
 * (screening-csv), as tables. */
static gboolean
export_table (GlnCliContext  *cli,
              ExportCommand  *command,
              GError        **error)
{
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GFile) file = output_file (command->output);
  const char *name = command->format_name;
  GlnBoardExport format = GLN_BOARD_EXPORT_CSV;
  GlnScreening status = GLN_SCREENING_INCLUDE;
  gboolean all = g_strcmp0 (command->screening, "all") == 0;

  if (command->collection == NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--format %s exports a collection’s board: name it with --collection"),
                   name);
      return FALSE;
    }
  if (command->screening != NULL && !all &&
      !gln_screening_from_string (command->screening, &status))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--screening is all, include, exclude, maybe or unscreened, not “%s”"),
                   command->screening);
      return FALSE;
    }
  if (!(info = gln_cli_find_collection (cli, command->collection, error)))
    return FALSE;

  if (g_str_equal (name, "screening-csv"))
    format = GLN_BOARD_EXPORT_SCREENING_CSV;
  else if (g_str_equal (name, "markdown"))
    format = GLN_BOARD_EXPORT_MARKDOWN;
  else if (g_str_equal (name, "latex"))
    format = GLN_BOARD_EXPORT_LATEX;

  gln_export_board_async (cli->store, info->id, format, all ? -1 : (int) status, file, NULL,
                          gln_cli_ready_cb, cli);
  return finish_export (cli, command->output, FALSE, error);
}

static gboolean
is_table_format (ExportCommand *command)
{
  const char *name = command->format_name;

  return g_strcmp0 (name, "markdown") == 0 || g_strcmp0 (name, "latex") == 0 ||
         g_strcmp0 (name, "screening-csv") == 0 ||
         (g_strcmp0 (name, "csv") == 0 && command->collection != NULL && !command->papers_csv);
}

static gboolean
check_options (ExportCommand    *command,
               GlnExportFormat  *format,
               GError          **error)
{
  if (command->format_name == NULL)
    g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                 _("Name a format with --format: bibtex, biblatex, ris, csljson, csv or atom"));
  else if (!gln_export_format_from_string (command->format_name, format))
    g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                 _("Unknown format “%s”; use bibtex, biblatex, ris, csljson, csv, atom, "
                   "markdown, latex or screening-csv"),
                 command->format_name);
  else if (command->collection != NULL && command->text != NULL)
    g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                 _("Use either --collection or --query, not both"));
  else if (command->ascii && command->unicode)
    g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                 _("Use either --ascii or --unicode, not both"));
  else
    return TRUE;

  return FALSE;
}

/* The papers of a collection or a search (as the window's search entry reads it), or the
 * whole library. */
static gboolean
export_papers (GlnCliContext  *cli,
               ExportCommand  *command,
               GError        **error)
{
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *fts = NULL;
  GlnExportFormat format;
  GlnExportOptions options = { 0, };
  GlnQuery query = { 0, };

  if (!check_options (command, &format, error))
    return FALSE;
  if (command->collection != NULL &&
      !(info = gln_cli_find_collection (cli, command->collection, error)))
    return FALSE;

  fts = gln_search_text_to_fts (command->text);
  query.text = fts;
  query.collection = command->collection;
  query.sort = GLN_QUERY_SORT_PUBLISHED;
  options.title = ensure_title (command);
  options.self_url = command->feed_url;
  options.charset = command->ascii ? GLN_EXPORT_CHARSET_ASCII
                    : command->unicode ? GLN_EXPORT_CHARSET_UNICODE : GLN_EXPORT_CHARSET_DEFAULT;

  file = output_file (command->output);
  gln_export_async (cli->store, &query, format, &options, file, NULL, gln_cli_ready_cb, cli);
  return finish_export (cli, command->output, TRUE, error);
}

/* gleaner-cli export --format F [--collection NAME | --query Q] [-o FILE] */
gboolean
gln_cli_export (GlnCliContext  *cli,
                GError        **error)
{
  g_auto(ExportCommand) command = { 0, };
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &command.format_name,
      N_("bibtex, biblatex, ris, csljson, csv, atom; for a collection’s board also markdown, "
         "latex and screening-csv"), N_("FORMAT") },
    { "screening", 0, 0, G_OPTION_ARG_STRING, &command.screening,
      N_("The board’s rows: all, include (the default), exclude, maybe or unscreened"),
      N_("DECISION") },
    { "papers", 0, 0, G_OPTION_ARG_NONE, &command.papers_csv,
      N_("With csv and --collection: one row per paper instead of the board"), NULL },
    { "collection", 'c', 0, G_OPTION_ARG_STRING, &command.collection,
      N_("Only papers in a collection"), N_("NAME") },
    { "query", 'q', 0, G_OPTION_ARG_STRING, &command.text,
      N_("Only papers a search finds, as the window’s search entry reads it"), N_("QUERY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &command.output,
      N_("Write to a file instead of standard output"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &command.title, N_("The Atom feed’s title"),
      N_("TITLE") },
    { "feed-url", 0, 0, G_OPTION_ARG_STRING, &command.feed_url,
      N_("Where the Atom feed will be published"), N_("URL") },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &command.ascii,
      N_("Write BibTeX letters as LaTeX commands"), NULL },
    { "unicode", 0, 0, G_OPTION_ARG_NONE, &command.unicode, N_("Write BibTeX letters as UTF-8"),
      NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— export papers"), entries, error) ||
      !gln_cli_need_args (cli, 0, 0, EXPORT_USAGE, error))
    return FALSE;

  if (is_table_format (&command))
    return export_table (cli, &command, error);

  return export_papers (cli, &command, error);
}
