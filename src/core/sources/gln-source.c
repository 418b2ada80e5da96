/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-source"

#include "config.h"

#include "gln-source.h"

#include "gln-paper-limits.h"

G_DEFINE_INTERFACE (GlnSource, gln_source, G_TYPE_OBJECT)

static void
gln_source_default_init (GlnSourceInterface *iface)
{
}

const char *
gln_source_get_name (GlnSource *self)
{
  g_return_val_if_fail (GLN_IS_SOURCE (self), NULL);

  return GLN_SOURCE_GET_IFACE (self)->get_name (self);
}

/**
 * gln_source_parse:
 * @self: a #GlnSource
 * @bytes: a response body
 * @error: return location for a #GError
 *
 * Values longer than gln-paper-limits.h allows are cut.
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers in @bytes, possibly none,
 *   or %NULL with @error set when @bytes is not a valid response of this source
 */
GPtrArray *
gln_source_parse (GlnSource  *self,
                  GBytes     *bytes,
                  GError    **error)
{
  GPtrArray *papers;

  g_return_val_if_fail (GLN_IS_SOURCE (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  papers = GLN_SOURCE_GET_IFACE (self)->parse (self, bytes, error);
  for (guint i = 0; papers != NULL && i < papers->len; i++)
    {
      g_autofree char *cut = gln_paper_limit_lengths (papers->pdata[i]);

      if (cut != NULL)
        g_debug ("%s, paper %u: %s", gln_source_get_name (self), i + 1, cut);
    }

  return papers;
}
