/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-biblio"

#include "config.h"

#include "gln-biblio.h"

#include <string.h>

/* What the user owns, as reference managers export it: tags, rating, read state and star,
 * set on parsed papers. The import brings it into the library where the library has none
 * of its own (gln-store-import.c). */

/**
 * gln_biblio_add_tag:
 * @paper: a parsed #GlnPaper
 * @tag: (nullable): a tag
 *
 * Adds a tag unless the paper has it already, in any case.
 */
void
gln_biblio_add_tag (GlnPaper   *paper,
                    const char *tag)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (tag ? tag : ""));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);
  const char * const *have = gln_paper_get_tags (paper);

  if (trimmed[0] == '\0')
    return;
  for (guint i = 0; have[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (have[i], -1);

      if (strcmp (other, folded) == 0)
        return;
      g_strv_builder_add (builder, have[i]);
    }
  g_strv_builder_add (builder, trimmed);
  tags = g_strv_builder_end (builder);
  gln_paper_set_tags (paper, (const char * const *) tags);
}

/**
 * gln_biblio_add_tags:
 * @paper: a parsed #GlnPaper
 * @list: (nullable): tags separated by commas or semicolons, "a, b; c"
 *
 * Adds each tag of @list with gln_biblio_add_tag().
 */
void
gln_biblio_add_tags (GlnPaper   *paper,
                     const char *list)
{
  g_auto(GStrv) parts = NULL;

  if (list == NULL)
    return;

  parts = g_strsplit_set (list, ",;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    gln_biblio_add_tag (paper, parts[i]);
}

/**
 * gln_biblio_mark_read:
 * @paper: a parsed #GlnPaper
 *
 * Marks the paper read now, unless it is read already.
 */
void
gln_biblio_mark_read (GlnPaper *paper)
{
  if (!gln_paper_get_read (paper))
    gln_paper_set_read_time (paper, g_get_real_time () / G_USEC_PER_SEC);
}
