/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "gln-cli.h"

typedef struct
{
  const char        *name;
  GlnCliCommandFunc  func;
  const char        *summary;
} Command;

static const Command commands[] = {
  { "import", gln_cli_import, N_("Import papers from files (arXiv Atom, Hugging Face JSON, BibTeX, RIS, CSL-JSON)") },
  { "add", gln_cli_add, N_("Add papers by arXiv id, DOI or Hugging Face URL") },
  { "export", gln_cli_export, N_("Export papers as BibTeX, RIS, CSL-JSON, CSV or an Atom feed") },
  { "list", gln_cli_list, N_("List or search papers") },
  { "paper", gln_cli_paper, N_("Show, rate, star, tag or annotate a paper") },
  { "similar", gln_cli_similar, N_("List the papers most like a paper") },
  { "collection", gln_cli_collection, N_("Create review collections, add and screen papers") },
  { "board", gln_cli_board, N_("Define and fill a collection’s comparison board") },
  { "duplicates", gln_cli_duplicates, N_("Merge possible duplicates, or mark them as different papers") },
  { "check", gln_cli_check, N_("Check the library for damage, and say what it holds") },
  { "backup", gln_cli_backup, N_("Copy the library, while it may be in use") },
  { "restore", gln_cli_restore, N_("Put a backup in the library’s place") },
  { "feed", gln_cli_feed, N_("Follow arXiv, Hugging Face, OpenAlex and journal feeds") },
  { "refresh", gln_cli_refresh, N_("Fetch what the feeds have new") },
  { "prisma", gln_cli_prisma, N_("Draw a collection’s PRISMA 2020 flow diagram") },
  { "cite", gln_cli_cite, N_("Search the references and citations of a collection’s papers") },
};

static void
print_usage (void)
{
  g_printerr ("%s\n\n", _("Usage: gleaner-cli [--db PATH] COMMAND [ARGS…]"));
  g_printerr ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-12s %s\n", commands[i].name, _(commands[i].summary));
  g_printerr ("\n%s\n", _("Run “gleaner-cli COMMAND --help” for a command’s options."));
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

/* Global options come before the command: --db PATH, --db=PATH. Sets @first to the index
 * of the command; returns FALSE with the exit @status when there is nothing to run. */
static gboolean
parse_global_options (int    argc,
                      char **argv,
                      char **db_path,
                      int   *first,
                      int   *status)
{
  *first = 1;
  *status = 0;

  while (*first < argc && g_str_has_prefix (argv[*first], "-"))
    {
      const char *option = argv[*first];

      if (g_str_equal (option, "--db") && *first + 1 < argc)
        {
          g_free (*db_path);
          *db_path = g_strdup (argv[*first + 1]);
          *first += 2;
        }
      else if (g_str_has_prefix (option, "--db="))
        {
          g_free (*db_path);
          *db_path = g_strdup (option + strlen ("--db="));
          *first += 1;
        }
      else if (g_str_equal (option, "--help") || g_str_equal (option, "-h"))
        {
          print_usage ();
          return FALSE;
        }
      else if (g_str_equal (option, "--version"))
        {
          g_print ("gleaner-cli %s\n", PACKAGE_VERSION);
          return FALSE;
        }
      else
        {
          g_printerr ("gleaner-cli: %s\n", _("--db needs a path"));
          *status = 2;
          return FALSE;
        }
    }

  return TRUE;
}

/* Everything printed for a person goes through here: names, titles and messages can come
 * from a file or a server and hold escape sequences (see gln_cli_dup_printable()). JSON
 * and exports are written exactly, with fputs(). */
static void
print_printable (FILE       *stream,
                 const char *text)
{
  g_autofree char *printable = gln_cli_dup_printable (text, FALSE);
  g_autofree char *local = NULL;
  const char *charset;

  if (!g_get_charset (&charset))
    local = g_convert_with_fallback (printable, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  fputs (local != NULL ? local : printable, stream);
  fflush (stream);
}

static void
print_to_stdout (const char *text)
{
  print_printable (stdout, text);
}

static void
print_to_stderr (const char *text)
{
  print_printable (stderr, text);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  const Command *command;
  GlnCliContext cli = { 0, };
  int first, status;
  gboolean ok;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("gleaner-cli");
  g_set_print_handler (print_to_stdout);
  g_set_printerr_handler (print_to_stderr);

  if (!parse_global_options (argc, argv, &db_path, &first, &status))
    return status;

  if (first >= argc)
    {
      print_usage ();
      return 2;
    }

  if (!(command = find_command (argv[first])))
    {
      g_printerr ("gleaner-cli: %s\n", _("unknown command"));
      print_usage ();
      return 2;
    }

  if (db_path == NULL)
    db_path = gln_store_dup_default_path ();

  /* A library being restored is not opened: it may be the damaged file being replaced. */
  if (command->func != gln_cli_restore && !(store = gln_store_open_sync (db_path, &error)))
    {
      g_printerr ("gleaner-cli: %s\n", error->message);
      return 1;
    }

  cli.store = store;
  cli.db_path = db_path;
  cli.argc = argc - first;
  cli.argv = argv + first;

  /* Every write is one operation of the store: a failure leaves the library as it was. */
  ok = command->func (&cli, &error);
  g_clear_object (&cli.result);
  if (!ok)
    {
      g_printerr ("gleaner-cli: %s\n", error->message);
      return g_error_matches (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE) ? 2 : 1;
    }

  return 0;
}
