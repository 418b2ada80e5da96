/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include "gln-paper-limits.h"

#include "gln-paper-key.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* A title of a megabyte is no title but a file that means harm, or a broken one: it would
 * fill the list, the search index and every export. What comes in is cut to sane lengths in
 * this one place, whatever the format, and the import says so. */

typedef struct
{
  const char *(*get) (GlnPaper *self);
  void        (*set) (GlnPaper   *self,
                      const char *value);
  const char *name;
  gsize       max;
} Limit;

static const Limit limits[] = {
  { gln_paper_get_title, gln_paper_set_title, N_("title"), GLN_PAPER_MAX_TITLE },
  { gln_paper_get_abstract, gln_paper_set_abstract, N_("abstract"), GLN_PAPER_MAX_ABSTRACT },
  { gln_paper_get_journal_ref, gln_paper_set_journal_ref, N_("venue"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_comment, gln_paper_set_comment, N_("comment"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_category, gln_paper_set_category, N_("category"), GLN_PAPER_MAX_FIELD },
  { gln_paper_get_date_text, gln_paper_set_date_text, N_("date"), GLN_PAPER_MAX_FIELD },
};

/* @text cut to at most @max bytes, on a character boundary, ending in "…". */
static char *
cut (const char *text,
     gsize       max)
{
  const char *end = text + max - strlen ("…");
  GString *out;

  while (end > text && (*end & 0xc0) == 0x80)
    end--;
  out = g_string_new_len (text, end - text);
  g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static gboolean
limit_authors (GlnPaper *paper)
{
  const char * const *authors = gln_paper_get_authors (paper);
  g_auto(GStrv) cut_authors = NULL;
  gboolean changed = FALSE;

  for (guint i = 0; authors[i] != NULL; i++)
    changed |= strlen (authors[i]) > GLN_PAPER_MAX_AUTHOR;
  if (!changed)
    return FALSE;

  cut_authors = g_new0 (char *, g_strv_length ((char **) authors) + 1);
  for (guint i = 0; authors[i] != NULL; i++)
    cut_authors[i] = strlen (authors[i]) > GLN_PAPER_MAX_AUTHOR
                     ? cut (authors[i], GLN_PAPER_MAX_AUTHOR) : g_strdup (authors[i]);
  gln_paper_set_authors (paper, (const char * const *) cut_authors,
                         gln_paper_get_affiliations (paper));

  return TRUE;
}

/**
 * gln_paper_limit_lengths:
 * @paper: a paper read from a file or a service
 *
 * Cuts the title, abstract, author names and other text fields of @paper to the lengths of
 * gln-paper-limits.h, ending each cut value with "…". A paper known by its title gets the
 * key of the title it keeps.
 *
 * Returns: (transfer full) (nullable): which values were cut, as one translated sentence,
 *   or %NULL when none was
 */
char *
gln_paper_limit_lengths (GlnPaper *paper)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      const char *value = limits[i].get (paper);
      g_autofree char *shorter = NULL;

      if (value == NULL || strlen (value) <= limits[i].max)
        continue;
      shorter = cut (value, limits[i].max);
      limits[i].set (paper, shorter);
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", _(limits[i].name));
    }
  if (limit_authors (paper))
    g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", _("author names"));
  if (names->len == 0)
    return NULL;

  if (gln_paper_get_key (paper) != NULL && g_str_has_prefix (gln_paper_get_key (paper), "title:"))
    {
      g_autofree char *key = gln_title_key (gln_paper_get_title (paper));

      if (key != NULL)
        gln_paper_set_key (paper, key);
    }

  /* Translators: %s lists fields, "title, abstract" */
  return g_strdup_printf (_("too long, cut: %s"), names->str);
}
