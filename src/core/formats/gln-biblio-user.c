/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-biblio"

#include "config.h"

#include "gln-biblio.h"

#include <string.h>

/* What the user owns, as reference managers export it: tags, rating, read state and star,
 * set on parsed papers and brought into the library where it has none of its own. */

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

static gboolean
apply_user_data (GlnDatabase  *db,
                 GlnPaper     *incoming,
                 GError      **error)
{
  g_autoptr(GlnPaper) have = NULL;
  const char * const *tags = gln_paper_get_tags (incoming);
  gint64 id = gln_paper_get_id (incoming);

  if (!(have = gln_database_get_paper (db, id, error)))
    return FALSE;

  if (gln_paper_get_rating (have) == 0 && gln_paper_get_rating (incoming) > 0 &&
      !gln_database_set_rating (db, id, gln_paper_get_rating (incoming), error))
    return FALSE;
  if (!gln_paper_get_starred (have) && gln_paper_get_starred (incoming) &&
      !gln_database_set_starred (db, id, TRUE, error))
    return FALSE;
  if (!gln_paper_get_read (have) && gln_paper_get_read (incoming) &&
      !gln_database_set_read (db, id, TRUE, error))
    return FALSE;
  if (gln_paper_get_tags (have)[0] == NULL)
    {
      for (guint i = 0; tags[i] != NULL; i++)
        if (!gln_database_add_tag (db, id, tags[i], error))
          return FALSE;
    }

  return TRUE;
}

/**
 * gln_biblio_import_user_data:
 * @db: the library the papers were just imported into
 * @papers: (element-type GlnPaper): the papers, with their library ids set by the import
 * @error: return location for a #GError
 *
 * gln_database_import() never writes what the user owns. A file exported from a reference
 * manager carries it all the same (JabRef's ranking and read status, keywords, groups), so
 * this applies it where the library has none of its own: the rating of an unrated paper,
 * the tags of an untagged one, the star and the read state. Call it in the import's
 * transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_biblio_import_user_data (GlnDatabase  *db,
                             GPtrArray    *papers,
                             GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (papers != NULL, FALSE);

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      if (gln_paper_get_id (paper) <= 0)
        continue;
      if (gln_paper_get_rating (paper) == 0 && !gln_paper_get_starred (paper) &&
          !gln_paper_get_read (paper) && gln_paper_get_tags (paper)[0] == NULL)
        continue;
      if (!apply_user_data (db, paper, error))
        return FALSE;
    }

  return TRUE;
}
