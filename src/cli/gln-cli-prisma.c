/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-cli.h"

#define PRISMA_USAGE "prisma --collection NAME [-o FLOW.svg|FLOW.png]"

/* gleaner-cli prisma --collection NAME [-o FILE]: the collection's PRISMA 2020 flow
 * diagram, as SVG (on standard output without -o) or PNG. */
gboolean
gln_cli_prisma (GlnCliContext  *cli,
                GError        **error)
{
  g_autofree char *collection = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GlnPrismaCounts) counts = NULL;
  g_autoptr(GlnPrismaLayout) layout = NULL;
  g_autofree char *title = NULL;
  GOptionEntry entries[] = {
    { "collection", 0, 0, G_OPTION_ARG_STRING, &collection, N_("The review collection"),
      N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE, SVG or PNG by its extension (default: SVG on standard output)"),
      N_("FILE") },
    { NULL }
  };

  if (!gln_cli_parse_options (cli, _("— a collection’s PRISMA 2020 flow diagram"), entries,
                              error) ||
      !gln_cli_need_args (cli, 0, 0, PRISMA_USAGE, error))
    return FALSE;
  if (collection == NULL)
    return gln_cli_usage_error (PRISMA_USAGE, error);
  if (!gln_cli_check_diagram_output (output, error))
    return FALSE;
  if (!(info = gln_cli_find_collection (cli, collection, error)))
    return FALSE;

  gln_store_read_prisma_async (cli->store, info->id, NULL, gln_cli_ready_cb, cli);
  if (!(counts = gln_store_read_prisma_finish (cli->store, gln_cli_wait (cli), error)))
    return FALSE;
  layout = gln_prisma_layout_new (counts);

  /* Translators: the title of a PRISMA diagram; %s is a collection's name. */
  title = g_strdup_printf (_("PRISMA 2020 flow diagram: %s"), info->name);
  return gln_cli_write_diagram (output, (GlnCliSvgFunc) gln_prisma_to_svg,
                                (GlnCliPngFunc) gln_prisma_to_png, layout, title, error);
}
