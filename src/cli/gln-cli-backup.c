/* SPDX-License-Identifier: GPL-3.0-or-later */

/* gleaner-cli backup, restore and check: the library file itself. */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

/* gleaner-cli backup [PATH] [--keep N] */
gboolean
gln_cli_backup (GlnCliContext  *cli,
                GError        **error)
{
  g_autofree char *dir = gln_backups_dup_dir (gln_store_get_path (cli->store));
  g_autofree char *written = NULL;
  int keep = GLN_BACKUPS_KEEP_DEFAULT;
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_INT, &keep,
      N_("How many backups to keep in the backups folder (default 7)"), N_("N") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("[PATH] — copy the library, while it may be in use"),
                              entries, error) ||
      !gln_cli_need_args (cli, 0, 1, "backup [PATH] [--keep N]", error))
    return FALSE;

  if (cli->argc == 2)
    {
      gln_store_backup_async (cli->store, cli->argv[1], NULL, gln_cli_ready_cb, cli);
      if (!gln_store_backup_finish (cli->store, gln_cli_wait (cli), error))
        return FALSE;
      written = g_strdup (cli->argv[1]);
    }
  else
    {
      gln_backups_run_async (cli->store, dir, MAX (keep, 1), FALSE, NULL, gln_cli_ready_cb, cli);
      if (!(written = gln_backups_run_finish (gln_cli_wait (cli), error)))
        return FALSE;
    }

  g_print (_("Backed up the library to %s\n"), written);
  return TRUE;
}

/* gleaner-cli restore PATH [--force]: runs without opening the library. */
gboolean
gln_cli_restore (GlnCliContext  *cli,
                 GError        **error)
{
  g_autofree char *replaced = NULL;
  gboolean force = FALSE;
  GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace an existing library (it is kept beside, renamed)"), NULL },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("PATH — put a backup in the library’s place"), entries,
                              error) ||
      !gln_cli_need_args (cli, 1, 1, "restore PATH [--force]", error))
    return FALSE;

  if (!gln_store_restore_backup (cli->db_path, cli->argv[1], force, &replaced, error))
    return FALSE;

  if (replaced != NULL)
    g_print (_("Restored %s as the library %s; the library it replaced is kept as %s\n"),
             cli->argv[1], cli->db_path, replaced);
  else
    g_print (_("Restored %s as the library %s\n"), cli->argv[1], cli->db_path);
  return TRUE;
}

/* A count as %d, which xgettext reads, unlike G_GINT64_FORMAT. */
static int
shown (gint64 count)
{
  return (int) CLAMP (count, 0, G_MAXINT);
}

/* The figures and the last backup, after the problems. */
static gboolean
print_report (GlnCliContext  *cli,
              GError        **error)
{
  g_autofree GlnLibraryReport *report = NULL;
  g_autofree char *dir = gln_backups_dup_dir (gln_store_get_path (cli->store));
  g_autoptr(GPtrArray) backups = gln_backups_list (dir);
  g_autofree char *papers = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *collections = NULL;
  g_autofree char *feeds = NULL;
  g_autofree char *duplicates = NULL;

  gln_store_report_async (cli->store, NULL, gln_cli_ready_cb, cli);
  if (!(report = gln_store_report_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  g_print (_("Library: %s (schema version %d)\n"), gln_store_get_path (cli->store),
           report->schema_version);
  papers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d paper", "%d papers",
                                         shown (report->n_papers)), shown (report->n_papers));
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d note", "%d notes",
                                        shown (report->n_notes)), shown (report->n_notes));
  collections = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d collection",
                                              "%d collections", shown (report->n_collections)),
                                 shown (report->n_collections));
  feeds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d feed", "%d feeds",
                                        shown (report->n_feeds)), shown (report->n_feeds));
  duplicates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d possible duplicate",
                                             "%d possible duplicates",
                                             shown (report->n_duplicates)),
                                shown (report->n_duplicates));
  /* Translators: what a library holds: "12 papers, 1 note, 0 collections, 2 feeds,
   * 0 possible duplicates". */
  g_print (_("Holds: %s, %s, %s, %s, %s\n"), papers, notes, collections, feeds, duplicates);
  if (backups->len > 0)
    g_print (_("Last backup: %s (%u kept in %s)\n"),
             (const char *) g_ptr_array_index (backups, 0), backups->len, dir);
  else
    g_print (_("Last backup: none yet (“gleaner-cli backup” writes one to %s)\n"), dir);

  return TRUE;
}

/* gleaner-cli check */
gboolean
gln_cli_check (GlnCliContext  *cli,
               GError        **error)
{
  g_auto(GStrv) problems = NULL;

  if (!gln_cli_parse_options (cli, _("— check the library for damage"), NULL, error) ||
      !gln_cli_need_args (cli, 0, 0, "check", error))
    return FALSE;

  gln_store_check_async (cli->store, NULL, gln_cli_ready_cb, cli);
  if (!(problems = gln_store_check_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);

  if (!print_report (cli, error))
    return FALSE;

  if (problems[0] != NULL)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE, "The library has %u problem",
                                "The library has %u problems", g_strv_length (problems)),
                   g_strv_length (problems));
      return FALSE;
    }

  g_print ("%s\n", _("Integrity: sound"));
  return TRUE;
}
