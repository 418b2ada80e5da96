/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-openalex-citations"

#include "config.h"

#include "gln-openalex-citations.h"

#include "gln-feed-pager.h"
#include "gln-openalex-source.h"
#include "gln-paper-identity.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* A paper's references and citations from OpenAlex (SOURCES.md B.4). The paper is first
 * looked up (`/works/doi:…`, an arXiv paper by arXiv's DOI) for its id and its
 * `referenced_works`; its references are then asked for by id, 50 to a request
 * (`filter=openalex:W1|W2|…`), and the papers citing it walked by cursor
 * (`filter=cites:W…`, `cursor=*`, then `meta.next_cursor`).
 *
 * What the next request asks for is a cursor of our own, kept with the search between
 * requests: none before the lookup, "refs:W1|W2|…" (the references not asked for yet) or
 * "cites:W…:CURSOR" after it. */

#define SERVICE        "OpenAlex"
#define WORK_PREFIX    "https://openalex.org/"
#define REFS_PREFIX    "refs:"
#define CITES_PREFIX   "cites:"

static char *
dup_lookup_path (GlnPaper *paper)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *escaped = NULL;
  const char *work;

  if (gln_paper_get_doi (paper) != NULL)
    doi = g_strdup (gln_paper_get_doi (paper));
  else if (gln_paper_get_arxiv_id (paper) != NULL)
    doi = g_strconcat ("10.48550/arXiv.", gln_paper_get_arxiv_id (paper), NULL);
  if (doi != NULL)
    {
      escaped = g_uri_escape_string (doi, "/:", FALSE);
      return g_strconcat ("/works/doi:", escaped, "?select=id,referenced_works", NULL);
    }

  /* A paper that came from OpenAlex knows its own id there. */
  extra = gln_paper_dup_extra_object (paper);
  work = extra != NULL ? _gln_source_json_string (extra, "openalex") : NULL;
  if (work != NULL && work[0] == 'W' && strspn (work + 1, "0123456789") == strlen (work + 1))
    return g_strconcat ("/works/", work, "?select=id,referenced_works", NULL);

  return NULL;
}

/**
 * gln_openalex_citations_dup_url:
 * @paper: the paper whose links to read
 * @direction: its references or the papers citing it
 * @cursor: (nullable): what the last page said to ask for next; %NULL to begin
 * @api_key: (nullable): the user's OpenAlex key, sent as `api_key`
 *
 * Returns: (transfer full) (nullable): the URL of the next request, at
 *   `$GLEANER_BASE_URL_OPENALEX` when it is set; %NULL when OpenAlex cannot know @paper
 *   (no DOI, arXiv id or OpenAlex id)
 */
char *
gln_openalex_citations_dup_url (GlnPaper             *paper,
                                GlnCitationDirection  direction,
                                const char           *cursor,
                                const char           *api_key)
{
  g_autoptr(GString) path = g_string_new (NULL);

  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  if (cursor == NULL)
    {
      g_autofree char *lookup = dup_lookup_path (paper);

      if (lookup == NULL)
        return NULL;
      g_string_append (path, lookup);
    }
  else if (g_str_has_prefix (cursor, REFS_PREFIX))
    {
      g_auto(GStrv) ids = g_strsplit (cursor + strlen (REFS_PREFIX), "|",
                                      GLN_OPENALEX_CITATION_BATCH + 1);
      g_autofree char *batch = NULL;
      g_autofree char *escaped = NULL;

      if (g_strv_length (ids) > GLN_OPENALEX_CITATION_BATCH)
        g_clear_pointer (&ids[GLN_OPENALEX_CITATION_BATCH], g_free);
      batch = g_strjoinv ("|", ids);
      escaped = g_uri_escape_string (batch, NULL, FALSE);
      g_string_printf (path, "/works?filter=openalex:%s&per-page=%u&select=%s", escaped,
                       GLN_OPENALEX_CITATION_BATCH, GLN_OPENALEX_WORK_FIELDS);
    }
  else if (g_str_has_prefix (cursor, CITES_PREFIX) && strchr (cursor + strlen (CITES_PREFIX), ':'))
    {
      const char *work = cursor + strlen (CITES_PREFIX);
      const char *next = strchr (work, ':') + 1;
      g_autofree char *escaped = g_uri_escape_string (next, NULL, FALSE);

      g_string_printf (path, "/works?filter=cites:%.*s&per-page=%u&cursor=%s&select=%s",
                       (int) (next - 1 - work), work, GLN_OPENALEX_CITATION_PAGE_SIZE, escaped,
                       GLN_OPENALEX_WORK_FIELDS);
    }
  else
    return NULL;

  if (api_key != NULL && api_key[0] != '\0')
    {
      g_autofree char *key = g_uri_escape_string (api_key, NULL, FALSE);

      g_string_append_printf (path, "&api_key=%s", key);
    }

  return gln_endpoint_dup_url (GLN_ENDPOINT_OPENALEX, path->str);
}

static const char *
short_id (const char *id)
{
  if (id != NULL && g_str_has_prefix (id, WORK_PREFIX))
    id += strlen (WORK_PREFIX);
  if (id == NULL || id[0] != 'W' || id[1] == '\0' ||
      strspn (id + 1, "0123456789") != strlen (id + 1))
    return NULL;

  return id;
}

/* The lookup's answer: the work's id, and its references still to ask for. */
static GlnCitationPage *
parse_lookup (GBytes                *body,
              GlnCitationDirection   direction,
              GError               **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GlnCitationPage) page = gln_citation_page_new ();
  g_autoptr(GString) refs = g_string_new (REFS_PREFIX);
  JsonObject *work;
  JsonArray *referenced;
  const char *id;

  if (!(root = _gln_source_read_json (body, SERVICE, error)))
    return NULL;
  work = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if ((id = short_id (_gln_source_json_string (work, "id"))) == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("OpenAlex response is not a work"));
      return NULL;
    }

  page->offset = 0;
  if (direction == GLN_CITATION_CITATIONS)
    {
      page->next = 0;
      page->cursor = g_strconcat (CITES_PREFIX, id, ":*", NULL);
      return g_steal_pointer (&page);
    }

  referenced = _gln_source_json_array (work, "referenced_works");
  for (guint i = 0; referenced != NULL && i < json_array_get_length (referenced); i++)
    {
      const char *ref = short_id (_gln_source_json_as_string (json_array_get_element (referenced,
                                                                                      i)));

      if (ref == NULL)
        continue;
      if (refs->len > strlen (REFS_PREFIX))
        g_string_append_c (refs, '|');
      g_string_append (refs, ref);
    }
  if (refs->len > strlen (REFS_PREFIX))
    {
      page->next = 0;
      page->cursor = g_string_free (g_steal_pointer (&refs), FALSE);
    }

  return g_steal_pointer (&page);
}

/* What is left to ask for after the batch @cursor names. */
static char *
dup_rest (const char *cursor)
{
  const char *rest = cursor + strlen (REFS_PREFIX);

  for (guint i = 0; i < GLN_OPENALEX_CITATION_BATCH && rest != NULL; i++)
    if ((rest = strchr (rest, '|')) != NULL)
      rest++;

  return rest != NULL && rest[0] != '\0' ? g_strconcat (REFS_PREFIX, rest, NULL) : NULL;
}

/**
 * gln_openalex_citations_parse:
 * @body: OpenAlex's answer to the request gln_openalex_citations_dup_url() made
 * @direction: references or citations
 * @cursor: (nullable): the cursor that request was made from
 * @error: return location for a #GError
 *
 * Reads the answer into a page: the works (read as any OpenAlex work is, every one a
 * paper of the service's own), and in @cursor and @next what to ask for next. Does no
 * I/O.
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GlnCitationPage *
gln_openalex_citations_parse (GBytes                *body,
                              GlnCitationDirection   direction,
                              const char            *cursor,
                              GError               **error)
{
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *next_cursor = NULL;

  g_return_val_if_fail (body != NULL, NULL);

  if (cursor == NULL)
    return parse_lookup (body, direction, error);

  if (!gln_openalex_source_parse_full (body, &papers, &next_cursor, error))
    return NULL;

  page = gln_citation_page_new ();
  for (guint i = 0; i < papers->len; i++)
    gln_citation_page_add (page, g_ptr_array_index (papers, i), TRUE);

  if (g_str_has_prefix (cursor, REFS_PREFIX))
    page->cursor = dup_rest (cursor);
  else if (next_cursor != NULL && next_cursor[0] != '\0' && papers->len > 0)
    {
      const char *work = cursor + strlen (CITES_PREFIX);
      const char *colon = strchr (work, ':');

      g_return_val_if_fail (colon != NULL, NULL);
      page->cursor = g_strdup_printf (CITES_PREFIX "%.*s:%s", (int) (colon - work), work,
                                      next_cursor);
    }
  page->next = page->cursor != NULL ? 0 : -1;

  return g_steal_pointer (&page);
}
