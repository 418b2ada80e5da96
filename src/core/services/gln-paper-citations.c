/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-citations"

#include "config.h"

#include "gln-paper-citations.h"

#include "gln-citation-fetch.h"
#include "gln-semantic-scholar.h"
#include "gln-store-paper-citations.h"

#include <glib/gi18n-lib.h>

/* One paper's references, then the papers citing it, read on request for the reading pane
 * (issue 17): page by page from Semantic Scholar through the fetcher (its politeness and
 * 429 handling), each page stored as it comes, so that what was read before a cancel or a
 * failure stays. */

struct _GlnPaperCitations
{
  GObject               parent_instance;

  GlnStore             *store;
  GlnFetcher           *fetcher;
  char                 *api_key;
  GlnCitationDirection  direction;
  guint                 n_links;
  gboolean              running;
};

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnPaperCitations, gln_paper_citations, G_TYPE_OBJECT)

typedef struct
{
  GlnPaper *paper;
  char     *service_id;
  gint64    offset;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_object (&fetch->paper);
  g_free (fetch->service_id);
  g_free (fetch);
}

static void request_page (GTask *task);

static void
finish (GTask  *task,
        GError *error)
{
  GlnPaperCitations *self = g_task_get_source_object (task);

  self->running = FALSE;
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
page_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlnPaperCitations *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 n;

  if ((n = gln_store_save_paper_links_finish (GLN_STORE (object), result, &error)) < 0)
    {
      finish (task, error);
      return;
    }

  self->n_links += n;
  g_signal_emit (self, signals [PROGRESS], 0);
  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    {
      finish (task, error);
      return;
    }

  if (fetch->offset < 0 && self->direction == GLN_CITATION_REFERENCES)
    {
      self->direction = GLN_CITATION_CITATIONS;
      self->n_links = 0;
      fetch->offset = 0;
    }
  if (fetch->offset < 0)
    finish (task, NULL);
  else
    request_page (task);
}

static void
page_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlnPaperCitations *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GlnCitationPage) page = NULL;
  GError *error = NULL;

  if (!(page = gln_citation_fetch_page_finish (GLN_FETCHER (object), result, &error)))
    {
      finish (task, error);
      return;
    }

  fetch->offset = page->next;
  /* Stored even when cancelled meanwhile: the answer is paid for. */
  gln_store_save_paper_links_async (self->store, fetch->paper, self->direction, page, NULL,
                                    page_saved_cb, g_steal_pointer (&task));
}

static void
request_page (GTask *task)
{
  GlnPaperCitations *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  gln_citation_fetch_page_async (self->fetcher, fetch->service_id, self->direction,
                                 fetch->offset, self->api_key, g_task_get_cancellable (task),
                                 page_fetched_cb, g_object_ref (task));
}

static void
gln_paper_citations_dispose (GObject *object)
{
  GlnPaperCitations *self = GLN_PAPER_CITATIONS (object);

  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);

  G_OBJECT_CLASS (gln_paper_citations_parent_class)->dispose (object);
}

static void
gln_paper_citations_finalize (GObject *object)
{
  GlnPaperCitations *self = GLN_PAPER_CITATIONS (object);

  g_free (self->api_key);

  G_OBJECT_CLASS (gln_paper_citations_parent_class)->finalize (object);
}

static void
gln_paper_citations_class_init (GlnPaperCitationsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_paper_citations_dispose;
  object_class->finalize = gln_paper_citations_finalize;

  /**
   * GlnPaperCitations::progress:
   *
   * A page was stored; gln_paper_citations_get_direction() says which list is being read
   * and gln_paper_citations_get_n_links() how many of its links were stored so far.
   */
  signals [PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gln_paper_citations_init (GlnPaperCitations *self)
{
}

GlnPaperCitations *
gln_paper_citations_new (GlnStore   *store,
                         GlnFetcher *fetcher)
{
  GlnPaperCitations *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_FETCHER (fetcher), NULL);

  self = g_object_new (GLN_TYPE_PAPER_CITATIONS, NULL);
  self->store = g_object_ref (store);
  self->fetcher = g_object_ref (fetcher);

  return self;
}

/**
 * gln_paper_citations_set_api_key:
 * @self: a #GlnPaperCitations
 * @api_key: (nullable): the user's Semantic Scholar API key
 */
void
gln_paper_citations_set_api_key (GlnPaperCitations *self,
                                 const char        *api_key)
{
  g_return_if_fail (GLN_IS_PAPER_CITATIONS (self));

  g_free (self->api_key);
  self->api_key = g_strdup (api_key != NULL && api_key[0] != '\0' ? api_key : NULL);
}

GlnCitationDirection
gln_paper_citations_get_direction (GlnPaperCitations *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_CITATIONS (self), GLN_CITATION_REFERENCES);

  return self->direction;
}

guint
gln_paper_citations_get_n_links (GlnPaperCitations *self)
{
  g_return_val_if_fail (GLN_IS_PAPER_CITATIONS (self), 0);

  return self->n_links;
}

/**
 * gln_paper_citations_fetch_async:
 * @self: a #GlnPaperCitations
 * @paper: a paper of the library
 * @cancellable: (nullable): stops after the request in flight, whose answer is stored
 * @callback: called when both lists are stored, or the reading stopped
 * @user_data: data for @callback
 *
 * Reads a paper's references and the papers citing it from Semantic Scholar and stores
 * them with gln_store_save_paper_links_async().
 */
void
gln_paper_citations_fetch_async (GlnPaperCitations   *self,
                                 GlnPaper            *paper,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (GLN_IS_PAPER_CITATIONS (self));
  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (!self->running);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_paper_citations_fetch_async);
  fetch = g_new0 (Fetch, 1);
  fetch->paper = g_object_ref (paper);
  fetch->service_id = gln_semantic_scholar_dup_paper_id (paper);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  self->direction = GLN_CITATION_REFERENCES;
  self->n_links = 0;

  if (fetch->service_id == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _("The paper has no DOI, arXiv id or Semantic Scholar id"));
      return;
    }

  self->running = TRUE;
  request_page (task);
}

gboolean
gln_paper_citations_fetch_finish (GlnPaperCitations  *self,
                                  GAsyncResult       *result,
                                  GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
