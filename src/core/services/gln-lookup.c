/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-lookup"

#include "config.h"

#include "gln-lookup.h"

#include "gln-arxiv-source.h"
#include "gln-crossref-source.h"
#include "gln-feed-pager.h"
#include "gln-hf-source.h"
#include "gln-paper-key.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Adding a paper by what a user pastes: an arXiv id or URL (abs, pdf, versioned), a DOI or
 * doi.org URL, a Hugging Face paper page. arXiv answers for arXiv ids (its DOIs included),
 * Crossref for other DOIs, Hugging Face for its pages. */

#define CROSSREF_URL      "https://api.crossref.org"
#define CROSSREF_VARIABLE "GLEANER_BASE_URL_CROSSREF"


typedef struct
{
  GlnIdentifierKind  kind;
  char              *id;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_free (lookup->id);
  g_free (lookup);
}

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

static char *
crossref_url (const char *path)
{
  const char *base = g_getenv (CROSSREF_VARIABLE);

  if (base == NULL || base[0] == '\0')
    base = CROSSREF_URL;

  return g_strconcat (base, g_str_has_suffix (base, "/") ? path + 1 : path, NULL);
}

/**
 * gln_lookup_dup_url:
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
gln_lookup_dup_url (GlnIdentifierKind  kind,
                    const char        *id)
{
  g_autofree char *escaped = g_uri_escape_string (id, "/", FALSE);
  g_autofree char *path = NULL;

  switch (kind)
    {
    case GLN_IDENTIFIER_ARXIV:
      path = g_strconcat ("/api/query?id_list=", escaped, NULL);
      return gln_endpoint_dup_url (GLN_ENDPOINT_ARXIV, path);
    case GLN_IDENTIFIER_HF:
      path = g_strconcat ("/api/papers/", escaped, NULL);
      return gln_endpoint_dup_url (GLN_ENDPOINT_HF, path);
    case GLN_IDENTIFIER_DOI:
      path = g_strconcat ("/works/", escaped, NULL);
      return crossref_url (path);
    case GLN_IDENTIFIER_NONE:
    default:
      return NULL;
    }
}

static GlnSource *
source_for (GlnIdentifierKind kind)
{
  if (kind == GLN_IDENTIFIER_ARXIV)
    return GLN_SOURCE (gln_arxiv_source_new ());
  if (kind == GLN_IDENTIFIER_HF)
    return GLN_SOURCE (gln_hf_source_new ());

  return GLN_SOURCE (gln_crossref_source_new ());
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GlnSource) source = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  Lookup *lookup;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  lookup = g_task_get_task_data (task);
  source = source_for (lookup->kind);
  if (!(papers = gln_source_parse (source, response->body, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* arXiv answers an unknown id with an empty feed, not an error status. */
  if (papers->len == 0)
    {
      g_task_return_new_error (task, GLN_LOOKUP_ERROR, GLN_LOOKUP_ERROR_NOT_FOUND,
                               _("%s has no such paper"), gln_source_get_name (source));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&papers), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * gln_lookup_async:
 * @fetcher: the fetcher to ask with
 * @identifier: an arXiv id or URL, a DOI or doi.org URL, or a Hugging Face paper URL
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the paper is known or could not be found
 * @user_data: data for @callback
 *
 * Looks a paper up by an identifier.
 */
void
gln_lookup_async (GlnFetcher          *fetcher,
                  const char          *identifier,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  GlnFetchRequest request = { 0, };
  Lookup *lookup;

  g_return_if_fail (GLN_IS_FETCHER (fetcher));
  g_return_if_fail (identifier != NULL);

  task = g_task_new (fetcher, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_lookup_async);

  lookup = g_new0 (Lookup, 1);
  g_task_set_task_data (task, lookup, (GDestroyNotify) lookup_free);
  lookup->kind = gln_identifier_parse (identifier, &lookup->id);
  if (lookup->kind == GLN_IDENTIFIER_NONE)
    {
      g_task_return_new_error (task, GLN_LOOKUP_ERROR, GLN_LOOKUP_ERROR_INVALID,
                               _("not an arXiv id, DOI or Hugging Face paper URL"));
      return;
    }

  url = gln_lookup_dup_url (lookup->kind, lookup->id);
  request.url = url;
  if (lookup->kind == GLN_IDENTIFIER_ARXIV)
    {
      request.group = "arxiv";
      request.service_name = "arXiv";
    }
  else if (lookup->kind == GLN_IDENTIFIER_HF)
    {
      request.group = "huggingface";
      request.service_name = "Hugging Face";
    }
  else
    {
      request.group = "crossref";
      request.service_name = "Crossref";
    }

  gln_fetcher_fetch_async (fetcher, &request, cancellable, fetched_cb, g_steal_pointer (&task));
}

/**
 * gln_lookup_finish:
 * @fetcher: the fetcher passed to gln_lookup_async()
 * @result: the result
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the paper found, or %NULL with @error
 */
GPtrArray *
gln_lookup_finish (GlnFetcher    *fetcher,
                   GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, fetcher), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
