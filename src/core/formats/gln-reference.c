/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-reference"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-reference.h"

#include "gln-latex.h"

#include <string.h>

/* A reference to paste into a text, in plain words: "Jane Doe, Richard Roe and Ann Poe
 * (2021). Title. Venue. https://doi.org/…". Names stay as the source gave them: turning
 * "Ludwig van Beethoven" into "van Beethoven, L." is a guess this does not make. */

#define MAX_NAMED_AUTHORS 3

static void
append_authors (GString  *out,
                GlnPaper *paper)
{
  const char * const *authors = gln_paper_get_authors (paper);
  guint n = authors != NULL ? g_strv_length ((char **) authors) : 0;

  if (n == 0)
    return;

  if (n > MAX_NAMED_AUTHORS || gln_paper_get_authors_truncated (paper))
    /* Translators: the first author of a reference with more */
    g_string_append_printf (out, _("%s et al."), authors[0]);
  else if (n == 1)
    g_string_append (out, authors[0]);
  else
    {
      for (guint i = 0; i + 1 < n; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", authors[i]);
      /* Translators: joins the last author of a reference to the others */
      g_string_append_printf (out, _(" and %s"), authors[n - 1]);
    }
}

static void
append_sentence (GString    *out,
                 const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL || *(trimmed = g_strstrip (g_strdup (text))) == '\0')
    return;

  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, trimmed);
  if (!g_str_has_suffix (trimmed, ".") && !g_str_has_suffix (trimmed, "?") &&
      !g_str_has_suffix (trimmed, "!"))
    g_string_append_c (out, '.');
}

/**
 * gln_reference_format:
 * @paper: a #GlnPaper
 *
 * Returns: (transfer full): the paper as a one-line reference in plain text: authors, year,
 *   title, venue, and the DOI or arXiv link
 */
char *
gln_reference_format (GlnPaper *paper)
{
  GString *out = g_string_new (NULL);
  const char *published;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  append_authors (out, paper);
  published = gln_paper_get_published (paper);
  if (published != NULL && strlen (published) >= 4)
    g_string_append_printf (out, "%s(%.4s).", out->len > 0 ? " " : "", published);
  else if (out->len > 0)
    g_string_append_c (out, '.');

  title = gln_latex_to_text (gln_paper_get_title (paper) ?: "");
  append_sentence (out, title);
  append_sentence (out, gln_paper_get_journal_ref (paper));

  if (gln_paper_get_doi (paper) != NULL)
    g_string_append_printf (out, " https://doi.org/%s", gln_paper_get_doi (paper));
  else if (gln_paper_get_arxiv_id (paper) != NULL)
    g_string_append_printf (out, " https://arxiv.org/abs/%s", gln_paper_get_arxiv_id (paper));
  else if (gln_paper_get_url (paper) != NULL)
    g_string_append_printf (out, " %s", gln_paper_get_url (paper));

  return g_string_free (out, FALSE);
}
