/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define COLLECTION_USAGE "collection create NAME | add NAME KEY… | " \
                         "screen NAME KEY include|exclude|maybe|unscreened [--reason R]"

/* gleaner-cli collection create|add|screen … */
gboolean
gln_cli_collection (GlnCliContext  *cli,
                    GError        **error)
{
  g_autofree char *reason = NULL;
  const char *verb;
  gint64 collection;
  GOptionEntry entries[] = {
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why (screen)"), N_("REASON") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("VERB NAME … — manage review collections"), entries, error) ||
      !gln_cli_need_args (cli, 2, -1, COLLECTION_USAGE, error))
    return FALSE;

  verb = cli->argv[1];

  if (g_str_equal (verb, "create") && cli->argc == 3)
    return gln_database_create_collection (cli->db, cli->argv[2], error) > 0;

  if (g_str_equal (verb, "add") && cli->argc >= 4)
    {
      if ((collection = gln_database_lookup_collection (cli->db, cli->argv[2], error)) < 0)
        return FALSE;

      for (int i = 3; i < cli->argc; i++)
        {
          g_autoptr(GlnPaper) paper = gln_cli_find_paper (cli, cli->argv[i], error);

          if (paper == NULL ||
              !gln_database_collection_add (cli->db, collection, gln_paper_get_id (paper), error))
            return FALSE;
        }
      return TRUE;
    }

  if (g_str_equal (verb, "screen") && cli->argc == 5)
    {
      g_autoptr(GlnPaper) paper = NULL;
      GlnScreening status;

      if (!gln_screening_from_string (cli->argv[4], &status))
        {
          g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                       _("A decision is include, exclude, maybe or unscreened, not “%s”"),
                       cli->argv[4]);
          return FALSE;
        }
      if ((collection = gln_database_lookup_collection (cli->db, cli->argv[2], error)) < 0 ||
          !(paper = gln_cli_find_paper (cli, cli->argv[3], error)))
        return FALSE;

      return gln_database_collection_screen (cli->db, collection, gln_paper_get_id (paper),
                                             status, reason, error);
    }

  g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE, _("usage: gleaner-cli %s"),
               COLLECTION_USAGE);
  return FALSE;
}

/* gleaner-cli check: exits non-zero when the library has problems. */
gboolean
gln_cli_check (GlnCliContext  *cli,
               GError        **error)
{
  g_auto(GStrv) problems = NULL;

  if (!gln_cli_parse_options (cli, _("— check the library for damage"), NULL, error) ||
      !gln_cli_need_args (cli, 0, 0, "check", error))
    return FALSE;

  if (!(problems = gln_database_check (cli->db, error)))
    return FALSE;

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);

  if (problems[0] != NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE, "The library has %u problem",
                                "The library has %u problems", g_strv_length (problems)),
                   g_strv_length (problems));
      return FALSE;
    }

  g_print (_("The library is sound (%s)\n"), gln_database_get_path (cli->db));
  return TRUE;
}
