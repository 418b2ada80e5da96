/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>

#include "gln-cli.h"

static GBytes *
read_input (const char  *name,
            GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_strcmp0 (name, "-") == 0)
    stream = g_unix_input_stream_new (0, FALSE);
  else
    {
      file = g_file_new_for_commandline_arg (name);
      if (!(stream = G_INPUT_STREAM (g_file_read (file, NULL, error))))
        return NULL;
    }

  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

/* gleaner-cli import [--format F] FILE…: every file is parsed before anything is written,
 * and all of them go in one transaction, so a bad file leaves the library as it was. */
gboolean
gln_cli_import (GlnCliContext  *cli,
                GError        **error)
{
  g_autofree char *format_name = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GlnImportFormat format = GLN_IMPORT_FORMAT_AUTO;
  GlnImportStats stats = { 0, };
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("auto, arxiv, hf, openalex, rss, listing, bibtex, ris or csljson"), N_("FORMAT") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("FILE… — import papers (“-” reads standard input)"), entries,
                              error) ||
      !gln_cli_need_args (cli, 1, -1, "import [--format FORMAT] FILE…", error))
    return FALSE;

  if (format_name != NULL && !gln_import_format_from_string (format_name, &format))
    {
      g_set_error (error, GLN_CLI_ERROR, GLN_CLI_ERROR_USAGE,
                   _("Unknown format “%s”; use auto, arxiv, hf, openalex, rss, listing, bibtex, ris or csljson"),
                   format_name);
      return FALSE;
    }

  for (int i = 1; i < cli->argc; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      GlnImportFormat detected;

      if (!(bytes = read_input (cli->argv[i], error)) ||
          !(papers = gln_import_parse_full (bytes, format, &detected, &problems, error)))
        {
          g_prefix_error (error, _("%s: "), cli->argv[i]);
          g_prefix_error (error, _("Nothing was imported: "));
          return FALSE;
        }

      g_debug ("%s: %u papers as %s", cli->argv[i], papers->len,
               gln_import_format_to_string (detected));
      /* Broken entries were skipped; say which, and import the rest. */
      for (guint j = 0; problems != NULL && j < problems->len; j++)
        g_printerr ("%s: %s\n", cli->argv[i], (const char *) g_ptr_array_index (problems, j));
      for (guint j = 0; j < papers->len; j++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (papers, j)));
    }

  if (!gln_database_import (cli->db, all, 0, &stats, error) ||
      !gln_biblio_import_user_data (cli->db, all, error))
    return FALSE;

  /* Translators: a summary printed after an import. */
  g_print (_("Found %u papers: %u added, %u merged, %u updated, %u unchanged"),
           stats.found, stats.added, stats.merged, stats.updated, stats.unchanged);
  if (stats.skipped > 0)
    g_print (_(", %u skipped (no title or identifier)"), stats.skipped);
  g_print ("\n");

  return TRUE;
}
