/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-search"

#include "config.h"

#include "gln-citation-search.h"

#include "gln-citation-fetch.h"
#include "gln-semantic-scholar.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* A citation search from a review collection (issue 17): for each paper to start from, its
 * references (backward) and the papers citing it (forward), page by page. The store keeps
 * the search's state and saves each answer in one transaction with where the next page
 * starts, so a search cancelled, failed or cut short by a restart goes on from there and no
 * answered request is made again. A paper the service cannot answer for (no identifier it
 * knows, a 404) is marked with the reason and passed.
 *
 * Semantic Scholar answers by default. With an OpenAlex key, a paper Semantic Scholar
 * cannot answer for (no id it knows, an error status, an unreadable answer, no answer) is
 * read from OpenAlex instead, from its start; or every paper is, when the caller chose
 * OpenAlex. A paper once read from OpenAlex stays with it (its cursor says so). */

struct _GlnCitationSearch
{
  GObject              parent_instance;

  GlnStore            *store;
  GlnFetcher          *fetcher;
  char                *api_key;
  char                *openalex_key;
  GlnCitationService   service;
  guint                max_candidates;
  GlnCitationProgress  progress;
  gboolean             running;
};

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnCitationSearch, gln_citation_search, G_TYPE_OBJECT)

typedef struct
{
  gint64           search_id;
  GlnCitationWork *work;
} Run;

static void
run_free (Run *run)
{
  g_clear_pointer (&run->work, gln_citation_work_free);
  g_free (run);
}

static void next_work (GTask *task);

static void
set_progress (GlnCitationSearch         *self,
              const GlnCitationProgress *progress,
              gboolean                   waiting)
{
  self->progress = *progress;
  self->progress.waiting = waiting;
  g_signal_emit (self, signals [PROGRESS], 0);
}

static void
fail (GTask  *task,
      GError *error)
{
  GlnCitationSearch *self = g_task_get_source_object (task);

  self->running = FALSE;
  self->progress.waiting = FALSE;
  g_task_return_error (task, error);
}

static void
page_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (gln_store_save_citation_page_finish (GLN_STORE (object), result, &error) < 0)
    {
      fail (task, error);
      return;
    }

  next_work (task);
}

static void
save (GTask           *task,
      GlnCitationPage *page,
      const char      *failure)
{
  GlnCitationSearch *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);

  /* Storing goes on even when the search was just cancelled: the answer is paid for. */
  gln_store_save_citation_page_async (self->store, run->work, page, failure, NULL,
                                      page_saved_cb, g_object_ref (task));
}

static void openalex_fetched_cb (GObject      *object,
                                 GAsyncResult *result,
                                 gpointer      user_data);

static void
ask_openalex (GTask *task)
{
  GlnCitationSearch *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);

  gln_citation_fetch_openalex_async (self->fetcher, run->work->paper, run->work->direction,
                                     run->work->cursor, self->openalex_key,
                                     g_task_get_cancellable (task), openalex_fetched_cb,
                                     g_object_ref (task));
}

/* Whether a failure concerns this paper or this service alone, rather than the search. */
static gboolean
is_paper_failure (const GError *error)
{
  return g_error_matches (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP) ||
         g_error_matches (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TOO_LARGE) ||
         error->domain == GLN_PARSE_ERROR;
}

static void
openalex_fetched_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GError) error = NULL;

  if ((page = gln_citation_fetch_page_finish (GLN_FETCHER (object), result, &error)))
    save (task, page, NULL);
  else if (is_paper_failure (error))
    save (task, NULL, error->message);
  else
    fail (task, g_steal_pointer (&error));
}

static void
page_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GError) error = NULL;

  GlnCitationSearch *self = g_task_get_source_object (task);

  if ((page = gln_citation_fetch_page_finish (GLN_FETCHER (object), result, &error)))
    {
      save (task, page, NULL);
      return;
    }

  /* Semantic Scholar failed: OpenAlex may know the paper. */
  if (self->openalex_key != NULL && error->domain != G_IO_ERROR)
    {
      g_debug ("Asking OpenAlex, Semantic Scholar failed: %s", error->message);
      ask_openalex (task);
      return;
    }

  /* What concerns this paper alone is noted and passed; the rest stops the search, to be
   * taken up again later. */
  if (is_paper_failure (error))
    save (task, NULL, error->message);
  else
    fail (task, g_steal_pointer (&error));
}

static void
work_found_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlnCitationSearch *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  g_autofree char *paper_id = NULL;
  GError *error = NULL;

  g_clear_pointer (&run->work, gln_citation_work_free);
  if (!(run->work = gln_store_next_citation_work_finish (GLN_STORE (object), result, &error)))
    {
      fail (task, error);
      return;
    }

  if (run->work->paper == NULL)
    {
      self->running = FALSE;
      set_progress (self, &run->work->progress, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* The progress handler may be the one that cancels: no request is sent then. */
  set_progress (self, &run->work->progress, TRUE);
  if (g_task_return_error_if_cancelled (task))
    {
      self->running = FALSE;
      self->progress.waiting = FALSE;
      return;
    }
  if (run->work->cursor != NULL ||
      (self->service == GLN_CITATION_SERVICE_OPENALEX && self->openalex_key != NULL))
    {
      ask_openalex (task);
      return;
    }
  if ((paper_id = gln_semantic_scholar_dup_paper_id (run->work->paper)) == NULL)
    {
      if (self->openalex_key != NULL)
        ask_openalex (task);
      else
        save (task, NULL, _("The paper has no DOI, arXiv id or Semantic Scholar id"));
      return;
    }

  gln_citation_fetch_page_async (self->fetcher, paper_id, run->work->direction,
                                 run->work->offset, self->api_key,
                                 g_task_get_cancellable (task), page_fetched_cb,
                                 g_object_ref (task));
}

static void
next_work (GTask *task)
{
  GlnCitationSearch *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);

  gln_store_next_citation_work_async (self->store, run->search_id, NULL, work_found_cb,
                                      g_object_ref (task));
}

static void
started_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if ((run->search_id = gln_store_id_finish (GLN_STORE (object), result, &error)) == 0)
    {
      fail (task, error);
      return;
    }

  next_work (task);
}

static void
gln_citation_search_dispose (GObject *object)
{
  GlnCitationSearch *self = GLN_CITATION_SEARCH (object);

  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);

  G_OBJECT_CLASS (gln_citation_search_parent_class)->dispose (object);
}

static void
gln_citation_search_finalize (GObject *object)
{
  GlnCitationSearch *self = GLN_CITATION_SEARCH (object);

  g_free (self->api_key);
  g_free (self->openalex_key);

  G_OBJECT_CLASS (gln_citation_search_parent_class)->finalize (object);
}

static void
gln_citation_search_class_init (GlnCitationSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_citation_search_dispose;
  object_class->finalize = gln_citation_search_finalize;

  /**
   * GlnCitationSearch::progress:
   *
   * The search has come further, or waits for the service;
   * gln_citation_search_get_progress() says how far.
   */
  signals [PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gln_citation_search_init (GlnCitationSearch *self)
{
  self->max_candidates = GLN_CITATION_MAX_CANDIDATES;
}

GlnCitationSearch *
gln_citation_search_new (GlnStore   *store,
                         GlnFetcher *fetcher)
{
  GlnCitationSearch *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_FETCHER (fetcher), NULL);

  self = g_object_new (GLN_TYPE_CITATION_SEARCH, NULL);
  self->store = g_object_ref (store);
  self->fetcher = g_object_ref (fetcher);

  return self;
}

/**
 * gln_citation_search_set_api_key:
 * @self: a #GlnCitationSearch
 * @api_key: (nullable): the user's Semantic Scholar API key
 */
void
gln_citation_search_set_api_key (GlnCitationSearch *self,
                                 const char        *api_key)
{
  g_return_if_fail (GLN_IS_CITATION_SEARCH (self));

  g_free (self->api_key);
  self->api_key = g_strdup (api_key != NULL && api_key[0] != '\0' ? api_key : NULL);
}

/**
 * gln_citation_search_set_openalex_key:
 * @self: a #GlnCitationSearch
 * @api_key: (nullable): the user's OpenAlex API key; without one OpenAlex is not asked
 */
void
gln_citation_search_set_openalex_key (GlnCitationSearch *self,
                                      const char        *api_key)
{
  g_return_if_fail (GLN_IS_CITATION_SEARCH (self));

  g_free (self->openalex_key);
  self->openalex_key = g_strdup (api_key != NULL && api_key[0] != '\0' ? api_key : NULL);
}

/**
 * gln_citation_search_set_service:
 * @self: a #GlnCitationSearch
 * @service: %GLN_CITATION_SERVICE_AUTO (Semantic Scholar, OpenAlex where it fails and a key
 *   is set) or %GLN_CITATION_SERVICE_OPENALEX (OpenAlex for every paper; needs its key)
 */
void
gln_citation_search_set_service (GlnCitationSearch  *self,
                                 GlnCitationService  service)
{
  g_return_if_fail (GLN_IS_CITATION_SEARCH (self));

  self->service = service;
}

/**
 * gln_citation_search_set_max_candidates:
 * @self: a #GlnCitationSearch
 * @max_candidates: how many papers a level of a new search finds at most (0 for
 *   %GLN_CITATION_MAX_CANDIDATES); a search taken up again keeps its own
 */
void
gln_citation_search_set_max_candidates (GlnCitationSearch *self,
                                        guint              max_candidates)
{
  g_return_if_fail (GLN_IS_CITATION_SEARCH (self));

  self->max_candidates = max_candidates > 0 ? max_candidates : GLN_CITATION_MAX_CANDIDATES;
}

const GlnCitationProgress *
gln_citation_search_get_progress (GlnCitationSearch *self)
{
  g_return_val_if_fail (GLN_IS_CITATION_SEARCH (self), NULL);

  return &self->progress;
}

/**
 * gln_citation_search_run_async:
 * @self: a #GlnCitationSearch
 * @collection_id: the collection whose queue takes the papers found
 * @paper_ids: (array length=n_papers) (nullable): the papers to start from; none for the
 *   collection's included papers
 * @n_papers: how many
 * @flags: backward, forward or both
 * @depth: 1, or 2 for the links of the papers found as well
 * @cancellable: (nullable): stops the search after the request in flight; running it
 *   again goes on from there
 * @callback: called when every request has been answered, or the search stopped
 * @user_data: data for @callback
 *
 * Runs a citation search, or goes on with the same one left unfinished.
 */
void
gln_citation_search_run_async (GlnCitationSearch      *self,
                               gint64                  collection_id,
                               const gint64           *paper_ids,
                               guint                   n_papers,
                               GlnCitationSearchFlags  flags,
                               int                     depth,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GLN_IS_CITATION_SEARCH (self));
  g_return_if_fail (!self->running);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_citation_search_run_async);
  if (self->service == GLN_CITATION_SERVICE_OPENALEX && self->openalex_key == NULL)
    {
      g_task_return_new_error (task, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP,
                               _("OpenAlex needs an API key: set one in Preferences"));
      return;
    }
  g_task_set_task_data (task, g_new0 (Run, 1), (GDestroyNotify) run_free);
  self->running = TRUE;
  memset (&self->progress, 0, sizeof self->progress);
  gln_store_start_citation_search_async (self->store, collection_id, paper_ids, n_papers,
                                         flags, depth, self->max_candidates, NULL, started_cb,
                                         g_steal_pointer (&task));
}

gboolean
gln_citation_search_run_finish (GlnCitationSearch  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
