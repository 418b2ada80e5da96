/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "gln-cli.h"
#include "gln-export.h"
#include "gln-table.h"

#define EXPORT_USAGE "export --format bibtex|biblatex|ris|csljson|csv|atom " \
                     "[--collection NAME | --query Q] [-o FILE] | " \
                     "export --format csv|markdown|latex|screening-csv --collection NAME " \
                     "[--screening all|include|exclude|maybe|unscreened] [--papers] [-o FILE]"

static gboolean
write_stdout (const char  *text,
              GError     **error)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not write the output: %s"), g_strerror (errsv));
      return FALSE;
    }

  return TRUE;
}

static char *
default_title (const char *collection,
               const char *text)
{
  if (collection != NULL)
    return g_strdup (collection);
  if (text != NULL)
    /* Translators: the title of a feed made from a search */
    return g_strdup_printf (_("Search “%s”"), text);

  return g_strdup (_("Gleaner library"));
}

static gboolean
write_output (const char  *output,
              const char  *contents,
              GError     **error)
{
  if (output == NULL || g_strcmp0 (output, "-") == 0)
    return write_stdout (contents, error);

  return gln_export_write_file (output, contents, -1, error);
}

/* A collection's comparison board (csv, markdown, latex) or its screening decisions
 * (screening-csv), as tables. */
static gboolean
export_table (GlnCliContext  *cli,
              const char     *format_name,
              const char     *collection,
              const char     *screening,
              const char     *output,
              GError        **error)
{
  g_autoptr(GlnTable) table = NULL;
  g_autofree char *contents = NULL;
  GlnScreening status = GLN_SCREENING_INCLUDE;
  gint64 collection_id;

  if (collection == NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--format %s exports a collection’s board: name it with --collection"),
                   format_name);
      return FALSE;
    }
  if (screening != NULL && !g_str_equal (screening, "all") &&
      !gln_screening_from_string (screening, &status))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("--screening is all, include, exclude, maybe or unscreened, not “%s”"),
                   screening);
      return FALSE;
    }
  if ((collection_id = gln_database_lookup_collection (cli->db, collection, error)) < 0)
    return FALSE;

  if (g_str_equal (format_name, "screening-csv"))
    table = gln_screening_table_build (cli->db, collection_id, error);
  else
    table = gln_board_table_build (cli->db, collection_id,
                                   g_strcmp0 (screening, "all") == 0 ? -1 : (int) status, error);
  if (table == NULL)
    return FALSE;

  if (g_str_equal (format_name, "markdown"))
    contents = gln_table_to_markdown (table);
  else if (g_str_equal (format_name, "latex"))
    contents = gln_table_to_latex (table);
  else
    contents = gln_table_to_csv (table);

  return write_output (output, contents, error);
}

static gboolean
is_table_format (const char *name,
                 const char *collection,
                 gboolean    papers)
{
  return g_strcmp0 (name, "markdown") == 0 || g_strcmp0 (name, "latex") == 0 ||
         g_strcmp0 (name, "screening-csv") == 0 ||
         (g_strcmp0 (name, "csv") == 0 && collection != NULL && !papers);
}

/* gleaner-cli export --format F [--collection NAME | --query Q] [-o FILE] */
gboolean
gln_cli_export (GlnCliContext  *cli,
                GError        **error)
{
  g_autofree char *format_name = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *feed_url = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *screening = NULL;
  gboolean ascii = FALSE;
  gboolean unicode = FALSE;
  gboolean papers_csv = FALSE;
  GlnExportFormat format;
  GlnExportOptions options = { 0, };
  GlnQuery query = { 0, };
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("bibtex, biblatex, ris, csljson, csv, atom; for a collection’s board also markdown, "
         "latex and screening-csv"), N_("FORMAT") },
    { "screening", 0, 0, G_OPTION_ARG_STRING, &screening,
      N_("The board’s rows: all, include (the default), exclude, maybe or unscreened"),
      N_("DECISION") },
    { "papers", 0, 0, G_OPTION_ARG_NONE, &papers_csv,
      N_("With csv and --collection: one row per paper instead of the board"), NULL },
    { "collection", 'c', 0, G_OPTION_ARG_STRING, &collection, N_("Only papers in a collection"),
      N_("NAME") },
    { "query", 'q', 0, G_OPTION_ARG_STRING, &text, N_("Only papers a search finds (FTS5 syntax)"),
      N_("QUERY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to a file instead of standard output"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The Atom feed’s title"), N_("TITLE") },
    { "feed-url", 0, 0, G_OPTION_ARG_STRING, &feed_url,
      N_("Where the Atom feed will be published"), N_("URL") },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii, N_("Write BibTeX letters as LaTeX commands"),
      NULL },
    { "unicode", 0, 0, G_OPTION_ARG_NONE, &unicode, N_("Write BibTeX letters as UTF-8"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— export papers"), entries, error) ||
      !gln_cli_need_args (cli, 0, 0, EXPORT_USAGE, error))
    return FALSE;

  if (is_table_format (format_name, collection, papers_csv))
    return export_table (cli, format_name, collection, screening, output, error);

  if (format_name == NULL || !gln_export_format_from_string (format_name, &format))
    {
      if (format_name != NULL)
        g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                     _("Unknown format “%s”; use bibtex, biblatex, ris, csljson, csv, atom, "
                       "markdown, latex or screening-csv"),
                     format_name);
      else
        g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                     _("Name a format with --format: bibtex, biblatex, ris, csljson, csv or atom"));
      return FALSE;
    }
  if (collection != NULL && text != NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("Use either --collection or --query, not both"));
      return FALSE;
    }
  if (ascii && unicode)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("Use either --ascii or --unicode, not both"));
      return FALSE;
    }
  if (collection != NULL && gln_database_lookup_collection (cli->db, collection, error) < 0)
    return FALSE;

  query.text = text;
  query.collection = collection;
  query.sort = GLN_QUERY_SORT_PUBLISHED;
  if (!(papers = gln_export_collect (cli->db, &query, error)))
    return FALSE;

  if (title == NULL)
    title = default_title (collection, text);
  options.title = title;
  options.self_url = feed_url;
  options.charset = ascii ? GLN_EXPORT_CHARSET_ASCII
                    : unicode ? GLN_EXPORT_CHARSET_UNICODE : GLN_EXPORT_CHARSET_DEFAULT;

  if (!(contents = gln_export_papers (cli->db, papers, format, &options, error)))
    return FALSE;

  if (!write_output (output, contents, error))
    return FALSE;
  if (output == NULL || g_strcmp0 (output, "-") == 0)
    return TRUE;

  /* Translators: printed after an export to a file */
  g_printerr (ngettext ("Exported %u paper to %s\n",
                       "Exported %u papers to %s\n", papers->len),
              papers->len, output);

  return TRUE;
}
