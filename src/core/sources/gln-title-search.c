/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Where a paper known by its title (and maybe its first author and year) is looked for:
 * the request each service takes and the source that reads its answer. Which answer is
 * the paper is not decided here: see gln_paper_is_found_as(). */

#define G_LOG_DOMAIN "gln-title-search"

#include "config.h"

#include "gln-title-search.h"

#include "gln-arxiv-source.h"
#include "gln-crossref-source.h"
#include "gln-feed-pager.h"
#include "gln-semantic-scholar-source.h"

#include <string.h>

/* Candidates asked for: the paper and a few near namesakes, so that two works of one
 * title are seen as two. */
#define MAX_CANDIDATES "5"

static const GlnEndpoint endpoints[GLN_TITLE_SERVICE_N] = {
  [GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR] = GLN_ENDPOINT_SEMANTIC_SCHOLAR,
  [GLN_TITLE_SERVICE_ARXIV] = GLN_ENDPOINT_ARXIV,
  [GLN_TITLE_SERVICE_CROSSREF] = GLN_ENDPOINT_CROSSREF,
};

/* The title's words, letters and digits only: arXiv's query syntax gives meaning to
 * quotes, colons, parentheses and hyphens. */
static char *
dup_words (const char *title)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
escape (const char *text)
{
  return g_uri_escape_string (text, NULL, FALSE);
}

/**
 * gln_title_search_dup_url:
 * @service: where to look
 * @title: the paper's title
 * @first_family: (nullable): its first author's family name
 * @year: its year, or 0
 *
 * The request that looks for @title at @service, at the base URL its
 * `$GLEANER_BASE_URL_*` variable names, if set: Semantic Scholar's `/paper/search/match`,
 * arXiv's `search_query=ti:"…"` (and the author, `au:`), Crossref's `query.bibliographic`
 * with the author and year beside the title.
 *
 * Returns: (transfer full): the URL
 */
char *
gln_title_search_dup_url (GlnTitleService  service,
                          const char      *title,
                          const char      *first_family,
                          int              year)
{
  g_autofree char *words = dup_words (title);
  g_autofree char *query = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (service < GLN_TITLE_SERVICE_N, NULL);

  switch (service)
    {
    case GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR:
      escaped = escape (words);
      path = g_strconcat ("/graph/v1/paper/search/match?query=", escaped,
                          "&fields=title,externalIds,authors,year,venue,publicationDate,url",
                          NULL);
      break;
    case GLN_TITLE_SERVICE_ARXIV:
      {
        g_autofree char *family = first_family ? dup_words (first_family) : NULL;

        if (family != NULL && family[0] != '\0' && strchr (family, ' ') == NULL)
          query = g_strdup_printf ("ti:\"%s\" AND au:%s", words, family);
        else
          query = g_strdup_printf ("ti:\"%s\"", words);
        escaped = escape (query);
        path = g_strconcat ("/api/query?search_query=", escaped, "&max_results=" MAX_CANDIDATES,
                            NULL);
        break;
      }
    case GLN_TITLE_SERVICE_CROSSREF:
    case GLN_TITLE_SERVICE_N:
    default:
      {
        g_autoptr(GString) text = g_string_new (words);

        if (first_family != NULL)
          g_string_append_printf (text, " %s", first_family);
        if (year > 0)
          g_string_append_printf (text, " %d", year);
        escaped = escape (text->str);
        path = g_strconcat ("/works?query.bibliographic=", escaped, "&rows=" MAX_CANDIDATES,
                            NULL);
        break;
      }
    }

  return gln_endpoint_dup_url (endpoints[service], path);
}

/**
 * gln_title_search_new_source:
 * @service: where the answer comes from
 *
 * Returns: (transfer full): the source that reads the answer to gln_title_search_dup_url()
 */
GlnSource *
gln_title_search_new_source (GlnTitleService service)
{
  if (service == GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR)
    return GLN_SOURCE (gln_semantic_scholar_source_new ());
  if (service == GLN_TITLE_SERVICE_ARXIV)
    return GLN_SOURCE (gln_arxiv_source_new ());

  return GLN_SOURCE (gln_crossref_source_new ());
}

/* The politeness group of @service (see #GlnFetchRequest). */
const char *
gln_title_search_get_group (GlnTitleService service)
{
  g_return_val_if_fail (service < GLN_TITLE_SERVICE_N, NULL);

  return gln_endpoint_get_group (endpoints[service]);
}

/* @service as a user knows it. */
const char *
gln_title_search_get_service_name (GlnTitleService service)
{
  g_return_val_if_fail (service < GLN_TITLE_SERVICE_N, NULL);

  return gln_endpoint_get_service_name (endpoints[service]);
}
