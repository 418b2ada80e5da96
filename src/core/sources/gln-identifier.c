/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What a user pastes to add a paper: an arXiv id or URL (abs, pdf, versioned), a DOI or
 * doi.org URL, a Hugging Face paper page; and where each is looked up. arXiv answers for
 * arXiv ids (its DOIs included), Crossref for other DOIs, Hugging Face for its pages. */

#define G_LOG_DOMAIN "gln-identifier"

#include "config.h"

#include "gln-identifier.h"

#include "gln-arxiv-source.h"
#include "gln-crossref-source.h"
#include "gln-feed-pager.h"
#include "gln-hf-source.h"
#include "gln-paper-key.h"

#include <string.h>


/* "huggingface.co/papers/2410.17243" and its http(s):// and www. forms. */
static gboolean
parse_hf_url (const char  *input,
              char       **id)
{
  const char *p = input;

  if (g_str_has_prefix (p, "https://"))
    p += 8;
  else if (g_str_has_prefix (p, "http://"))
    p += 7;
  if (g_str_has_prefix (p, "www."))
    p += 4;
  if (!g_str_has_prefix (p, "huggingface.co/papers/"))
    return FALSE;

  return gln_arxiv_id_parse (p + strlen ("huggingface.co/papers/"), id, NULL);
}

/**
 * gln_identifier_parse:
 * @input: what the user pasted
 * @id: (out) (optional): the identifier: an arXiv id (with its version, if given) or a DOI
 *
 * Returns: what kind of identifier @input is
 */
GlnIdentifierKind
gln_identifier_parse (const char  *input,
                      char       **id)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *arxiv = NULL;
  g_autofree char *doi = NULL;
  int version = 0;

  if (input == NULL)
    return GLN_IDENTIFIER_NONE;
  trimmed = g_strstrip (g_strdup (input));

  if (parse_hf_url (trimmed, &arxiv))
    {
      if (id != NULL)
        *id = g_steal_pointer (&arxiv);
      return GLN_IDENTIFIER_HF;
    }
  if (gln_arxiv_id_parse (trimmed, &arxiv, &version))
    {
      if (id != NULL)
        *id = version > 0 ? g_strdup_printf ("%sv%d", arxiv, version) : g_steal_pointer (&arxiv);
      return GLN_IDENTIFIER_ARXIV;
    }
  if ((doi = gln_doi_normalize (trimmed)) != NULL)
    {
      if (id != NULL)
        *id = g_steal_pointer (&doi);
      return GLN_IDENTIFIER_DOI;
    }

  return GLN_IDENTIFIER_NONE;
}

/* The service that answers for @kind. */
static GlnEndpoint
endpoint_of (GlnIdentifierKind kind)
{
  switch (kind)
    {
    case GLN_IDENTIFIER_ARXIV:
      return GLN_ENDPOINT_ARXIV;
    case GLN_IDENTIFIER_HF:
      return GLN_ENDPOINT_HF;
    case GLN_IDENTIFIER_DOI:
    case GLN_IDENTIFIER_NONE:
    default:
      return GLN_ENDPOINT_CROSSREF;
    }
}

/**
 * gln_identifier_dup_url:
 * @kind: the kind of @id
 * @id: an identifier as gln_identifier_parse() gave it
 *
 * The request that looks the paper up: arXiv's `id_list` query, Crossref's `/works/{doi}`
 * or Hugging Face's `/api/papers/{id}`, at the base URLs `$GLEANER_BASE_URL_ARXIV`,
 * `$GLEANER_BASE_URL_CROSSREF` and `$GLEANER_BASE_URL_HF` name, if set.
 *
 * Returns: (transfer full) (nullable): the URL, %NULL for %GLN_IDENTIFIER_NONE
 */
char *
gln_identifier_dup_url (GlnIdentifierKind  kind,
                        const char        *id)
{
  g_autofree char *escaped = g_uri_escape_string (id, "/", FALSE);
  g_autofree char *path = NULL;

  switch (kind)
    {
    case GLN_IDENTIFIER_ARXIV:
      path = g_strconcat ("/api/query?id_list=", escaped, NULL);
      break;
    case GLN_IDENTIFIER_HF:
      path = g_strconcat ("/api/papers/", escaped, NULL);
      break;
    case GLN_IDENTIFIER_DOI:
      path = g_strconcat ("/works/", escaped, NULL);
      break;
    case GLN_IDENTIFIER_NONE:
    default:
      return NULL;
    }

  return gln_endpoint_dup_url (endpoint_of (kind), path);
}

/**
 * gln_identifier_new_source:
 * @kind: the kind of an identifier, not %GLN_IDENTIFIER_NONE
 *
 * Returns: (transfer full): the source that reads the answer to gln_identifier_dup_url()
 */
GlnSource *
gln_identifier_new_source (GlnIdentifierKind kind)
{
  if (kind == GLN_IDENTIFIER_ARXIV)
    return GLN_SOURCE (gln_arxiv_source_new ());
  if (kind == GLN_IDENTIFIER_HF)
    return GLN_SOURCE (gln_hf_source_new ());

  return GLN_SOURCE (gln_crossref_source_new ());
}

/* The politeness group of the service that answers for @kind (see #GlnFetchRequest). */
const char *
gln_identifier_get_group (GlnIdentifierKind kind)
{
  return gln_endpoint_get_group (endpoint_of (kind));
}

/* The service that answers for @kind, as a user knows it. */
const char *
gln_identifier_get_service_name (GlnIdentifierKind kind)
{
  return gln_endpoint_get_service_name (endpoint_of (kind));
}
