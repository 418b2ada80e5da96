/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"
#include "gln-paper-key.h"

#include <string.h>

/* The fields of a paper that lead elsewhere (see gln-listing-fields.c): the links in its
 * lines and abstract, the first of them to a code host, and its DOI. */

/* Every http(s) URL in the text, without the punctuation that ends its sentence. */
GPtrArray *
_gln_listing_find_urls (const char *text)
{
  GPtrArray *urls = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while ((p = strstr (p, "http")) != NULL)
    {
      g_autoptr(GString) url = NULL;
      const char *q;
      int open = 0;

      if ((p > text && g_ascii_isalnum (p[-1])) ||
          !(g_str_has_prefix (p, "https://") || g_str_has_prefix (p, "http://")))
        {
          p += 4;
          continue;
        }

      url = g_string_new (NULL);
      for (q = p; *q != '\0'; q++)
        {
          guchar c = *q;

          if (c == '\\' && (q[1] == '_' || q[1] == '%' || q[1] == '#' || q[1] == '&'))
            continue;
          if (c <= ' ' || c >= 0x7f || strchr ("<>\"{}|\\^`", c) != NULL)
            break;
          g_string_append_c (url, c);
        }
      p = q;

      for (gsize i = 0; i < url->len; i++)
        open += url->str[i] == '(' ? 1 : url->str[i] == ')' ? -1 : 0;
      while (url->len > 0)
        {
          char last = url->str[url->len - 1];

          if (strchr (".,;:!?'\"*", last) != NULL || (last == ')' && open < 0) || last == ']')
            {
              open += last == ')' ? 1 : 0;
              g_string_truncate (url, url->len - 1);
            }
          else
            break;
        }

      if (url->len > strlen ("https://"))
        {
          gboolean seen = FALSE;

          for (guint i = 0; i < urls->len; i++)
            if (g_str_equal (g_ptr_array_index (urls, i), url->str))
              seen = TRUE;
          if (!seen)
            g_ptr_array_add (urls, g_string_free (g_steal_pointer (&url), FALSE));
        }
    }

  return urls;
}

/* GitHub, GitLab, Codeberg: where a link to a paper's code leads. */
static gboolean
is_code_host (const char *url)
{
  static const char * const hosts[] = { "github.com/", "gitlab.com/", "codeberg.org/" };
  const char *host = strstr (url, "://");

  if (host == NULL)
    return FALSE;
  host += 3;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_str_has_prefix (host, hosts[i]))
      return TRUE;

  return FALSE;
}

/* The first link to a code host among urls is the paper's code, unless one was found. */
void
_gln_listing_keep_code_url (ListingFields *fields,
                            GPtrArray     *urls)
{
  for (guint i = 0; i < urls->len && fields->code_url == NULL; i++)
    if (is_code_host (g_ptr_array_index (urls, i)))
      fields->code_url = g_strdup (g_ptr_array_index (urls, i));
}

/* "doi 10.1016/j.x": the DOI after its label, or NULL without one. */
static const char *
after_doi_label (const char *line)
{
  return g_ascii_strncasecmp (line, "doi ", 4) == 0 ? line + 4 : NULL;
}

void
_gln_listing_find_doi (ListingFields *fields,
                       const char    *line)
{
  const char *value = after_doi_label (line);

  if (fields->doi == NULL)
    fields->doi = gln_doi_normalize (value != NULL ? value : line);
}

/* "doi 10.1016/j.margeo.2025.107311": a DOI alone on a line (arXiv's search results). */
gboolean
_gln_listing_is_doi_line (const char *line)
{
  const char *value = after_doi_label (line);
  g_autofree char *doi = value != NULL ? gln_doi_normalize (value) : NULL;

  return doi != NULL;
}

/* The first link to a code host in a line beside the entry. */
void
_gln_listing_find_code_url (ListingFields *fields,
                            const char    *line)
{
  g_autoptr(GPtrArray) urls = NULL;

  if (fields->code_url != NULL)
    return;

  urls = _gln_listing_find_urls (line);
  _gln_listing_keep_code_url (fields, urls);
}
