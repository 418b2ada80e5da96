/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

/* gleaner-cli add IDENTIFIER…: looks each paper up (one request at a time, as the services
 * ask), then adds every paper found in one short transaction, so the library is not held
 * while the network answers. What could not be found is reported and skipped. */

typedef struct
{
  GMainLoop *loop;
  GPtrArray *papers;
  GError    *error;
} Lookup;

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Lookup *lookup = user_data;

  lookup->papers = gln_lookup_finish (GLN_FETCHER (object), result, &lookup->error);
  g_main_loop_quit (lookup->loop);
}

gboolean
gln_cli_add (GlnCliContext  *cli,
             GError        **error)
{
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GlnImportStats stats = { 0, };
  guint n_failed = 0;

  if (!gln_cli_parse_options (cli, _("IDENTIFIER… — add papers by arXiv id or URL, DOI or "
                                     "Hugging Face paper URL"), NULL, error) ||
      !gln_cli_need_args (cli, 1, -1, "add IDENTIFIER…", error))
    return FALSE;

  fetcher = gln_fetcher_new ();
  loop = g_main_loop_new (NULL, FALSE);

  for (int i = 1; i < cli->argc; i++)
    {
      Lookup lookup = { loop, NULL, NULL };

      gln_lookup_async (fetcher, cli->argv[i], NULL, looked_up_cb, &lookup);
      g_main_loop_run (loop);

      if (lookup.papers == NULL)
        {
          /* Translators: an identifier that could not be looked up, and why */
          g_printerr (_("gleaner-cli: %s: %s\n"), cli->argv[i], lookup.error->message);
          g_clear_error (&lookup.error);
          n_failed++;
          continue;
        }
      for (guint j = 0; j < lookup.papers->len; j++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (lookup.papers, j)));
      g_ptr_array_unref (lookup.papers);
    }

  if (all->len == 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED, _("No paper could be found"));
      return FALSE;
    }

  if (!gln_database_begin (cli->db, error))
    return FALSE;
  if (!gln_database_import (cli->db, all, 0, &stats, error))
    {
      gln_database_rollback (cli->db);
      return FALSE;
    }
  if (!gln_database_commit (cli->db, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (all, i);

      g_print ("%s\t%s\n", gln_paper_get_key (paper), gln_paper_get_title (paper));
    }
  /* Translators: a summary printed after adding papers by identifier */
  g_printerr (_("%u added, %u already in the library, %u not found\n"), stats.added,
              stats.merged + stats.updated + stats.unchanged, n_failed);

  return TRUE;
}
