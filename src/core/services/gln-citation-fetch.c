/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-fetch"

#include "config.h"

#include "gln-citation-fetch.h"

#include "gln-feed-pager.h"
#include "gln-openalex-citations.h"
#include "gln-semantic-scholar.h"

#include <glib/gi18n-lib.h>

/* A paper's references or citations from Semantic Scholar or OpenAlex, a page at a time:
 * the fetcher spaces the requests (one a second) and waits out a 429's Retry-After; the
 * page is read off the main thread. Semantic Scholar takes its key in the `x-api-key`
 * header, OpenAlex in the `api_key` parameter. */

#define API_KEY_HEADER "x-api-key"

typedef struct
{
  char                 *paper_id;
  GlnCitationDirection  direction;
  gint64                offset;
  char                 *api_key;
  GBytes               *body;
  GlnCitationPage      *all;
  gboolean              openalex;
  char                 *cursor;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->paper_id);
  g_free (fetch->api_key);
  g_free (fetch->cursor);
  g_clear_pointer (&fetch->body, g_bytes_unref);
  g_clear_pointer (&fetch->all, gln_citation_page_free);
  g_free (fetch);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  GlnCitationPage *page;
  GError *error = NULL;

  if (fetch->openalex)
    page = gln_openalex_citations_parse (fetch->body, fetch->direction, fetch->cursor, &error);
  else
    page = gln_semantic_scholar_parse_page (fetch->body, fetch->direction, &error);
  if (page == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, page, (GDestroyNotify) gln_citation_page_free);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnFetchResponse) response = NULL;
  GError *error = NULL;
  Fetch *fetch;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  fetch = g_task_get_task_data (task);
  fetch->body = g_bytes_ref (response->body);
  g_task_run_in_thread (task, parse_in_thread);
}

static void
request_page (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *url = gln_semantic_scholar_dup_url (fetch->paper_id, fetch->direction,
                                                       fetch->offset,
                                                       GLN_SEMANTIC_SCHOLAR_PAGE_SIZE);
  GlnFetchRequest request = { 0, };

  request.url = url;
  request.group = gln_endpoint_get_group (GLN_ENDPOINT_SEMANTIC_SCHOLAR);
  request.service_name = gln_endpoint_get_service_name (GLN_ENDPOINT_SEMANTIC_SCHOLAR);
  request.key_header = API_KEY_HEADER;
  request.key = fetch->api_key;
  g_clear_pointer (&fetch->body, g_bytes_unref);
  gln_fetcher_fetch_async (g_task_get_source_object (task), &request,
                           g_task_get_cancellable (task), fetched_cb, g_object_ref (task));
}

/**
 * gln_citation_fetch_env_api_key:
 *
 * Returns: (nullable): the Semantic Scholar API key `$GLEANER_SEMANTIC_SCHOLAR_API_KEY`
 *   names, for the command line and tests (the app uses the preference)
 */
const char *
gln_citation_fetch_env_api_key (void)
{
  const char *key = g_getenv ("GLEANER_SEMANTIC_SCHOLAR_API_KEY");

  return key != NULL && key[0] != '\0' ? key : NULL;
}

static GTask *
new_task (GlnFetcher           *fetcher,
          const char           *paper_id,
          GlnCitationDirection  direction,
          gint64                offset,
          const char           *api_key,
          GCancellable         *cancellable,
          GAsyncReadyCallback   callback,
          gpointer              user_data)
{
  GTask *task = g_task_new (fetcher, cancellable, callback, user_data);
  Fetch *fetch = g_new0 (Fetch, 1);

  fetch->paper_id = g_strdup (paper_id);
  fetch->direction = direction;
  fetch->offset = offset;
  fetch->api_key = g_strdup (api_key);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  return task;
}

/**
 * gln_citation_fetch_page_async:
 * @fetcher: the fetcher to ask with
 * @paper_id: the paper, as gln_semantic_scholar_dup_paper_id() names it
 * @direction: its references or its citations
 * @offset: where the page starts (0, or a page's `next`)
 * @api_key: (nullable): the user's Semantic Scholar API key
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the page
 * @user_data: data for @callback
 *
 * Gets one page of a paper's references or citations.
 */
void
gln_citation_fetch_page_async (GlnFetcher           *fetcher,
                               const char           *paper_id,
                               GlnCitationDirection  direction,
                               gint64                offset,
                               const char           *api_key,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GLN_IS_FETCHER (fetcher));
  g_return_if_fail (paper_id != NULL);

  task = new_task (fetcher, paper_id, direction, offset, api_key, cancellable, callback,
                   user_data);
  g_task_set_source_tag (task, gln_citation_fetch_page_async);
  request_page (task);
}

/**
 * gln_citation_fetch_page_finish:
 * @fetcher: the fetcher
 * @result: the result
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GlnCitationPage *
gln_citation_fetch_page_finish (GlnFetcher    *fetcher,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, fetcher), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
page_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnCitationPage) page = NULL;
  Fetch *fetch = g_task_get_task_data (task);
  GCancellable *cancellable;
  GlnFetcher *fetcher;
  GError *error = NULL;

  if (!(page = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < page->papers->len; i++)
    gln_citation_page_add (fetch->all, g_ptr_array_index (page->papers, i),
                           gln_citation_page_is_linked (page, i));
  if (page->next < 0 || page->papers->len == 0)
    {
      g_task_return_pointer (task, g_steal_pointer (&fetch->all),
                             (GDestroyNotify) gln_citation_page_free);
      return;
    }

  fetch->offset = page->next;
  fetcher = g_task_get_source_object (task);
  cancellable = g_task_get_cancellable (task);
  gln_citation_fetch_page_async (fetcher, fetch->paper_id, fetch->direction, fetch->offset,
                                 fetch->api_key, cancellable, page_read_cb,
                                 g_steal_pointer (&task));
}

/**
 * gln_citation_fetch_all_async:
 * @fetcher: the fetcher to ask with
 * @paper_id: the paper, as gln_semantic_scholar_dup_paper_id() names it
 * @direction: its references or its citations
 * @api_key: (nullable): the user's Semantic Scholar API key
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with every page read into one
 * @user_data: data for @callback
 *
 * Gets all of a paper's references or citations, page after page.
 */
void
gln_citation_fetch_all_async (GlnFetcher           *fetcher,
                              const char           *paper_id,
                              GlnCitationDirection  direction,
                              const char           *api_key,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (GLN_IS_FETCHER (fetcher));
  g_return_if_fail (paper_id != NULL);

  task = new_task (fetcher, paper_id, direction, 0, api_key, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_citation_fetch_all_async);
  fetch = g_task_get_task_data (task);
  fetch->all = gln_citation_page_new ();
  gln_citation_fetch_page_async (fetcher, paper_id, direction, 0, api_key, cancellable,
                                 page_read_cb, g_steal_pointer (&task));
}

GlnCitationPage *
gln_citation_fetch_all_finish (GlnFetcher    *fetcher,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, fetcher), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * gln_citation_fetch_openalex_async:
 * @fetcher: the fetcher to ask with
 * @paper: the paper whose links to read
 * @direction: its references or its citations
 * @cursor: (nullable): the last page's cursor, %NULL to begin with the paper's lookup
 * @api_key: the user's OpenAlex API key
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_citation_fetch_page_finish()
 * @user_data: data for @callback
 *
 * Makes the next request of a paper's links at OpenAlex (see gln-openalex-citations.c).
 * Fails with %GLN_PARSE_ERROR_INVALID when OpenAlex cannot know the paper.
 */
void
gln_citation_fetch_openalex_async (GlnFetcher           *fetcher,
                                   GlnPaper             *paper,
                                   GlnCitationDirection  direction,
                                   const char           *cursor,
                                   const char           *api_key,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  GlnFetchRequest request = { 0, };
  Fetch *fetch;

  g_return_if_fail (GLN_IS_FETCHER (fetcher));
  g_return_if_fail (GLN_IS_PAPER (paper));

  task = new_task (fetcher, gln_paper_get_key (paper), direction, 0, api_key, cancellable,
                   callback, user_data);
  g_task_set_source_tag (task, gln_citation_fetch_page_async);
  fetch = g_task_get_task_data (task);
  fetch->openalex = TRUE;
  fetch->cursor = g_strdup (cursor);
  if (!(url = gln_openalex_citations_dup_url (paper, direction, cursor, api_key)))
    {
      g_task_return_new_error (task, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                               _("OpenAlex cannot find a paper without DOI or arXiv id"));
      return;
    }

  request.url = url;
  request.group = gln_endpoint_get_group (GLN_ENDPOINT_OPENALEX);
  request.service_name = gln_endpoint_get_service_name (GLN_ENDPOINT_OPENALEX);
  gln_fetcher_fetch_async (fetcher, &request, cancellable, fetched_cb, g_steal_pointer (&task));
}
