/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

/* gleaner-cli add IDENTIFIER…: looks each paper up (one request at a time, as the services
 * ask), then adds every paper found in one short transaction, so the library is not held
 * while the network answers. What could not be found is reported and skipped. */
gboolean
gln_cli_add (GlnCliContext  *cli,
             GError        **error)
{
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GlnImporter) importer = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_failed = 0;
  guint n_unreached = 0;

  if (!gln_cli_parse_options (cli, _("IDENTIFIER… — add papers by arXiv id or URL, DOI or "
                                     "Hugging Face paper URL"), NULL, error) ||
      !gln_cli_need_args (cli, 1, -1, "add IDENTIFIER…", error))
    return FALSE;

  fetcher = gln_fetcher_new ();
  for (int i = 1; i < cli->argc; i++)
    {
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) local_error = NULL;

      gln_lookup_async (fetcher, cli->argv[i], NULL, gln_cli_ready_cb, cli);
      if (!(papers = gln_lookup_finish (fetcher, gln_cli_wait (cli), &local_error)))
        {
          /* Translators: an identifier that could not be looked up, and why */
          g_printerr (_("gleaner-cli: %s: %s\n"), cli->argv[i], local_error->message);
          n_failed++;
          if (g_error_matches (local_error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_NETWORK) ||
              g_error_matches (local_error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT))
            n_unreached++;
          continue;
        }
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&papers));
    }

  /* Offline, nothing was looked for: "not found" would be wrong. */
  if (all->len == 0 && n_unreached == n_failed)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED,
                   _("Nothing was added: the services could not be reached; check the "
                     "connection and try again"));
      return FALSE;
    }
  if (all->len == 0)
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_FAILED, _("No paper could be found"));
      return FALSE;
    }

  importer = gln_importer_new (cli->store);
  gln_importer_import_papers_async (importer, all, 0, NULL, gln_cli_ready_cb, cli);
  if (!(result = gln_importer_import_finish (importer, gln_cli_wait (cli), error)))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(GlnPaper) paper = NULL;
      gint64 id = gln_import_result_get_id (result, i);

      if (id > 0 && (paper = gln_store_lookup_paper (cli->store, id, NULL)))
        {
          g_autofree char *title = gln_cli_dup_printable (gln_paper_get_title (paper), TRUE);

          g_print ("%s\t%s\n", gln_paper_get_key (paper), title);
        }
    }
  /* Translators: a summary printed after adding papers by identifier */
  g_printerr (_("%u added, %u already in the library, %u not found\n"), result->stats.added,
              result->stats.merged + result->stats.updated + result->stats.unchanged, n_failed);
  if (result->stats.duplicates > 0)
    {
      /* Translators: of the papers just added */
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u of them is a possible duplicate\n",
                               "%u of them are possible duplicates\n", result->stats.duplicates),
                  result->stats.duplicates);
      g_printerr ("%s\n", gln_cli_get_duplicates_hint (result->stats.duplicates));
    }

  return TRUE;
}
