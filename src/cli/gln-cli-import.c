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

/* gleaner-cli import [--format F] FILE…: every file is read and parsed before anything is
 * written, and all of them go in one transaction, so a bad file leaves the library as it
 * was. */
gboolean
gln_cli_import (GlnCliContext  *cli,
                GError        **error)
{
  g_autofree char *format_name = NULL;
  g_autoptr(GlnImporter) importer = NULL;
  g_autoptr(GlnParseInputs) inputs = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  GlnImportFormat format = GLN_IMPORT_FORMAT_AUTO;
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

  inputs = gln_parse_inputs_new (format);
  for (int i = 1; i < cli->argc; i++)
    {
      g_autoptr(GBytes) bytes = NULL;

      if (!(bytes = read_input (cli->argv[i], error)))
        {
          g_prefix_error (error, _("%s: "), cli->argv[i]);
          g_prefix_error (error, _("Nothing was imported: "));
          return FALSE;
        }
      gln_parse_inputs_add_bytes (inputs, cli->argv[i], bytes);
    }

  importer = gln_importer_new (cli->store);
  gln_importer_import_async (importer, gln_parse_inputs_parse, g_steal_pointer (&inputs),
                             (GDestroyNotify) gln_parse_inputs_free, 0, NULL, gln_cli_ready_cb,
                             cli);
  if (!(result = gln_importer_import_finish (importer, gln_cli_wait (cli), error)))
    {
      /* The store says so itself when storing failed; a file that could not be read was. */
      if (error != NULL && *error != NULL && (*error)->domain != GLN_DATABASE_ERROR)
        g_prefix_error (error, _("Nothing was imported: "));
      /* Only here can the user name the format. */
      if (error != NULL && g_error_matches (*error, GLN_PARSE_ERROR,
                                            GLN_PARSE_ERROR_UNKNOWN_FORMAT))
        {
          char *message = g_strdup_printf (_("%s; name it with --format"), (*error)->message);

          g_free ((*error)->message);
          (*error)->message = message;
        }
      return FALSE;
    }

  gln_cli_print_import (result);
  return TRUE;
}
