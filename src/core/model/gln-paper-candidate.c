/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Whether a record a service answered a title search with is the paper looked for. A
 * search always answers something; only a record that the identity rules' title key
 * matches and that nothing speaks against is taken. Never a guess. */

#define G_LOG_DOMAIN "gln-paper"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gln-paper-candidate.h"

#include "gln-paper-identity.h"
#include "gln-paper-key.h"

/* A preprint, an online-first article and the volume it lands in may be a year apart. */
#define MAX_YEARS_APART 1

/* The words of a name, normalized: "Hong-Ming Yin" → "hong ming yin". */
static char *
dup_name_words (const char *name)
{
  return gln_title_normalize (name);
}

/* Whether @word is one of the space-separated words of @words. */
static gboolean
has_word (const char *words,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = words; p != NULL && *p != '\0';)
    {
      if (strncmp (p, word, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
        return TRUE;
      p = strchr (p, ' ');
      if (p != NULL)
        p++;
    }

  return FALSE;
}

/* The first authors agree when either's family name is a word of the other's name: pages
 * show "A Vaswani", "Vaswani, Ashish" or "Wei Li 0001". */
static gboolean
first_authors_agree (GlnPaper *a,
                     GlnPaper *b)
{
  const char * const *authors_a = gln_paper_get_authors (a);
  const char * const *authors_b = gln_paper_get_authors (b);
  g_autofree char *family_a = NULL;
  g_autofree char *family_b = NULL;
  g_autofree char *words_a = NULL;
  g_autofree char *words_b = NULL;

  if (authors_a == NULL || authors_a[0] == NULL || authors_b == NULL || authors_b[0] == NULL)
    return TRUE;

  family_a = gln_paper_dup_first_family (a);
  family_b = gln_paper_dup_first_family (b);
  words_a = dup_name_words (authors_a[0]);
  words_b = dup_name_words (authors_b[0]);

  return family_a == NULL || family_b == NULL || g_strcmp0 (family_a, family_b) == 0 ||
         has_word (words_a, family_b) || has_word (words_b, family_a);
}

static gboolean
differ (const char *a,
        const char *b)
{
  return a != NULL && b != NULL && g_strcmp0 (a, b) != 0;
}

/**
 * gln_paper_is_found_as:
 * @paper: a paper of the library, looked for by its title
 * @candidate: a record a service answered with
 * @reason: (out) (optional): why @candidate is not @paper, translated
 *
 * The rule of Find Identifiers: @candidate is @paper when their titles have the same title
 * key (gln_title_key(): case, accents, markup and punctuation aside), the title is not one
 * many works carry, the first authors' family names agree (or one side has no authors),
 * the years are at most a year apart (a preprint and its volume) or one side has none, and
 * no identifier of @paper differs from the candidate's.
 *
 * Returns: %TRUE when @candidate is @paper
 */
gboolean
gln_paper_is_found_as (GlnPaper    *paper,
                       GlnPaper    *candidate,
                       const char **reason)
{
  g_autofree char *key = gln_title_key (gln_paper_get_title (paper));
  g_autofree char *other_key = gln_title_key (gln_paper_get_title (candidate));
  int year = gln_paper_get_year (paper);
  int other_year = gln_paper_get_year (candidate);
  const char *why = NULL;

  if (key == NULL || gln_title_is_generic (gln_paper_get_title (paper)))
    why = _("its title is one many works carry");
  else if (g_strcmp0 (key, other_key) != 0)
    why = _("the title differs");
  else if (!first_authors_agree (paper, candidate))
    why = _("the first author differs");
  else if (year > 0 && other_year > 0 && ABS (year - other_year) > MAX_YEARS_APART)
    why = _("the year differs");
  else if (differ (gln_paper_get_arxiv_id (paper), gln_paper_get_arxiv_id (candidate)) ||
           differ (gln_paper_get_doi (paper), gln_paper_get_doi (candidate)))
    why = _("an identifier differs");

  if (reason != NULL)
    *reason = why;

  return why == NULL;
}
