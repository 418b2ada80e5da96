/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gln-cli.h"

typedef struct
{
  const char        *name;
  GlnCliCommandFunc  func;
  gboolean           writes;
  const char        *summary;
} Command;

static const Command commands[] = {
  { "import", gln_cli_import, TRUE, N_("Import papers from files (arXiv Atom, Hugging Face JSON, BibTeX, RIS, CSL-JSON)") },
  { "add", gln_cli_add, FALSE, N_("Add papers by arXiv id, DOI or Hugging Face URL") },
  { "export", gln_cli_export, FALSE, N_("Export papers as BibTeX, RIS, CSL-JSON, CSV or an Atom feed") },
  { "list", gln_cli_list, FALSE, N_("List or search papers") },
  { "paper", gln_cli_paper, TRUE, N_("Show, rate, star, tag or annotate a paper") },
  { "collection", gln_cli_collection, TRUE, N_("Create review collections, add and screen papers") },
  { "board", gln_cli_board, TRUE, N_("Define and fill a collection’s comparison board") },
  { "check", gln_cli_check, FALSE, N_("Check the library for damage") },
  { "feed", gln_cli_feed, TRUE, N_("Follow arXiv, Hugging Face, OpenAlex and journal feeds") },
  { "refresh", gln_cli_refresh, FALSE, N_("Fetch what the feeds have new") },
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

static gboolean
run_command (const Command  *command,
             GlnCliContext  *cli,
             GError        **error)
{
  if (!command->writes)
    return command->func (cli, error);

  /* One transaction per command: a failure halfway leaves the library as it was. */
  if (!gln_database_begin (cli->db, error))
    return FALSE;
  if (!command->func (cli, error))
    {
      gln_database_rollback (cli->db);
      return FALSE;
    }

  return gln_database_commit (cli->db, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  const Command *command;
  GlnCliContext cli = { 0, };
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("gleaner-cli");

  /* Global options come before the command: --db PATH, --db=PATH. */
  while (first < argc && g_str_has_prefix (argv[first], "-"))
    {
      if (g_str_equal (argv[first], "--db") && first + 1 < argc)
        {
          g_free (db_path);
          db_path = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (argv[first] + strlen ("--db="));
          first++;
        }
      else if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_usage ();
          return 0;
        }
      else if (g_str_equal (argv[first], "--version"))
        {
          g_print ("gleaner-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else
        {
          g_printerr ("gleaner-cli: %s\n", _("--db needs a path"));
          return 2;
        }
    }

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
    db_path = gln_database_dup_default_path ();

  if (!(db = gln_database_open (db_path, GLN_DATABASE_FLAGS_NONE, &error)))
    {
      g_printerr ("gleaner-cli: %s\n", error->message);
      return 1;
    }

  cli.db = db;
  cli.argc = argc - first;
  cli.argv = argv + first;

  if (!run_command (command, &cli, &error))
    {
      g_printerr ("gleaner-cli: %s\n", error->message);
      return g_error_matches (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE) ? 2 : 1;
    }

  return 0;
}
