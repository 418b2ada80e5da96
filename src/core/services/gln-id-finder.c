/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-id-finder"

#include "config.h"

#include "gln-id-finder.h"

#include "gln-paper-candidate.h"
#include "gln-paper-identity.h"
#include "gln-paper-key.h"
#include "gln-paper-merge.h"
#include "gln-parse-task.h"
#include "gln-store-complete.h"
#include "gln-store-papers.h"
#include "gln-title-search.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Find Identifiers: a paper known by its title only (a pasted DBLP or Scholar entry) is
 * looked for by title, first author and year at Semantic Scholar, arXiv and Crossref, one
 * request at a time through the fetcher's politeness; an answer is taken only when
 * gln_paper_is_found_as() says it is the paper, and then fills what the paper lacks
 * (gln_store_complete_paper_async()). Papers are done one after the other, each reported
 * by ::finding as it is done, so a cancelled run keeps what it did. */

struct _GlnIdFinder
{
  GObject     parent_instance;
  GlnStore   *store;
  GlnFetcher *fetcher;
};

G_DEFINE_FINAL_TYPE (GlnIdFinder, gln_id_finder, G_TYPE_OBJECT)

enum
{
  SIGNAL_FINDING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One run over a list of papers. */
typedef struct
{
  GArray          *ids;
  guint            index;
  GHashTable      *papers;     /* id → GlnPaper */
  GPtrArray       *findings;
  /* The paper being looked for. */
  GlnPaper        *paper;
  GlnTitleService  service;
  GlnPaper        *found;
  GPtrArray       *found_at;   /* service names */
  GPtrArray       *failures;   /* one sentence per service that could not be asked */
  gboolean         ambiguous;
} Run;

/* What a worker thread reads for one answer. */
typedef struct
{
  GlnTitleService  service;
  GBytes          *body;
  GlnPaper        *paper;
} Answer;

void
gln_id_finding_free (GlnIdFinding *self)
{
  if (self == NULL)
    return;
  g_free (self->key);
  g_free (self->title);
  g_free (self->identifier);
  g_free (self->services);
  g_strfreev (self->filled);
  g_free (self->other_key);
  g_free (self->other_title);
  g_free (self->message);
  g_free (self);
}

/**
 * gln_id_outcome_to_string:
 * @outcome: a #GlnIdOutcome
 *
 * Returns: the outcome's name for machines ("found", "not-found", "ambiguous",
 *   "duplicate", "known", "failed")
 */
const char *
gln_id_outcome_to_string (GlnIdOutcome outcome)
{
  static const char * const names[] = {
    "found", "not-found", "ambiguous", "duplicate", "known", "failed",
  };

  g_return_val_if_fail (outcome < G_N_ELEMENTS (names), NULL);

  return names[outcome];
}

static void
clear_paper (Run *run)
{
  g_clear_object (&run->paper);
  g_clear_object (&run->found);
  g_ptr_array_set_size (run->found_at, 0);
  g_ptr_array_set_size (run->failures, 0);
  run->ambiguous = FALSE;
  run->service = 0;
}

static void
run_free (Run *run)
{
  clear_paper (run);
  g_array_unref (run->ids);
  g_clear_pointer (&run->papers, g_hash_table_unref);
  g_ptr_array_unref (run->findings);
  g_ptr_array_unref (run->found_at);
  g_ptr_array_unref (run->failures);
  g_free (run);
}

static void
answer_free (Answer *answer)
{
  g_bytes_unref (answer->body);
  g_object_unref (answer->paper);
  g_free (answer);
}

static void next_paper (GTask *task);
static void ask_next_service (GTask *task);

/* The finding for the current paper, with the outcome and the sentence that explains it. */
static GlnIdFinding *
new_finding (Run          *run,
             gint64        paper_id,
             GlnIdOutcome  outcome,
             const char   *message)
{
  GlnIdFinding *finding = g_new0 (GlnIdFinding, 1);

  finding->paper_id = paper_id;
  finding->outcome = outcome;
  finding->message = g_strdup (message);
  finding->filled = g_new0 (char *, 1);
  if (run->paper != NULL)
    {
      finding->key = g_strdup (gln_paper_get_key (run->paper));
      finding->title = g_strdup (gln_paper_get_title (run->paper));
    }

  return finding;
}

static gboolean
next_paper_cb (gpointer data)
{
  next_paper (data);
  return G_SOURCE_REMOVE;
}

/* Hands the finding out and goes on with the next paper, from the main loop: a long run of
 * papers that need no request does not nest a call per paper. */
static void
report (GTask        *task,
        GlnIdFinding *finding)
{
  GlnIdFinder *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  GSource *source;

  g_ptr_array_add (run->findings, finding);
  g_signal_emit (self, signals[SIGNAL_FINDING], 0, finding, run->index, run->ids->len);
  run->index++;
  clear_paper (run);

  source = g_idle_source_new ();
  g_source_set_callback (source, next_paper_cb, task, NULL);
  g_source_attach (source, g_task_get_context (task));
  g_source_unref (source);
}

/* The identifier that tells a record apart: its arXiv id, else DOI, else link. */
static const char *
identity_of (GlnPaper *paper)
{
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return gln_paper_get_arxiv_id (paper);
  if (gln_paper_get_doi (paper) != NULL)
    return gln_paper_get_doi (paper);

  return gln_paper_get_url (paper);
}

static char *
dup_identifier (GlnPaper *paper)
{
  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strconcat ("arxiv:", gln_paper_get_arxiv_id (paper), NULL);
  if (gln_paper_get_doi (paper) != NULL)
    return g_strconcat ("doi:", gln_paper_get_doi (paper), NULL);

  return g_strdup (gln_paper_get_url (paper));
}

/* A #GlnParseFunc, on a worker thread: the answer's records that are the paper. */
static gboolean
read_answer (gpointer         data,
             GlnParseResult  *result,
             GCancellable    *cancellable,
             GError         **error)
{
  Answer *answer = data;
  g_autoptr(GlnSource) source = gln_title_search_new_source (answer->service);
  g_autoptr(GPtrArray) candidates = NULL;

  if (!(candidates = gln_source_parse (source, answer->body, error)))
    return FALSE;

  for (guint i = 0; i < candidates->len; i++)
    {
      GlnPaper *candidate = g_ptr_array_index (candidates, i);
      const char *reason = NULL;

      if (identity_of (candidate) != NULL &&
          gln_paper_is_found_as (answer->paper, candidate, &reason))
        g_ptr_array_add (result->papers, g_object_ref (candidate));
      else if (reason != NULL)
        g_debug ("Not “%s”: %s", gln_paper_get_title (candidate), reason);
    }

  return TRUE;
}

/* Whether two records of the paper name different works. */
static gboolean
records_differ (GlnPaper *a,
                GlnPaper *b)
{
  const char *arxiv_a = gln_paper_get_arxiv_id (a);
  const char *arxiv_b = gln_paper_get_arxiv_id (b);
  const char *doi_a = gln_paper_get_doi (a);
  const char *doi_b = gln_paper_get_doi (b);

  if ((arxiv_a != NULL && arxiv_b != NULL && g_strcmp0 (arxiv_a, arxiv_b) != 0) ||
      (doi_a != NULL && doi_b != NULL && g_strcmp0 (doi_a, doi_b) != 0))
    return TRUE;
  /* Records with no identifier, only their pages, cannot be told to be one. */
  return arxiv_a == NULL && doi_a == NULL && arxiv_b == NULL && doi_b == NULL &&
         g_strcmp0 (gln_paper_get_url (a), gln_paper_get_url (b)) != 0;
}

/* One service's matching records join what the others found. */
static void
take_records (Run       *run,
              GPtrArray *records)
{
  const char *name = gln_title_search_get_service_name (run->service);

  for (guint i = 1; i < records->len; i++)
    if (records_differ (g_ptr_array_index (records, 0), g_ptr_array_index (records, i)))
      run->ambiguous = TRUE;
  if (records->len == 0 || run->ambiguous)
    return;

  if (run->found == NULL)
    run->found = g_object_ref (g_ptr_array_index (records, 0));
  else if (records_differ (run->found, g_ptr_array_index (records, 0)))
    {
      run->ambiguous = TRUE;
      return;
    }
  else
    {
      gboolean new_version;
      g_autofree char *key = NULL;

      /* arXiv's record gives the arXiv id, Crossref's the DOI: one record of both. */
      gln_paper_merge (run->found, g_ptr_array_index (records, 0), FALSE, &new_version);
      key = gln_paper_key_build (gln_paper_get_arxiv_id (run->found),
                                 gln_paper_get_doi (run->found),
                                 gln_paper_get_title (run->found));
      gln_paper_set_key (run->found, key);
    }
  g_ptr_array_add (run->found_at, (gpointer) name);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnParseResult) parsed = NULL;
  g_autoptr(GError) error = NULL;
  Run *run = g_task_get_task_data (task);

  if (!(parsed = gln_parse_finish (result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      g_ptr_array_add (run->failures, g_strdup (error->message));
    }
  else
    take_records (run, parsed->papers);

  run->service++;
  ask_next_service (g_steal_pointer (&task));
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  Run *run = g_task_get_task_data (task);
  GCancellable *cancellable;
  Answer *answer;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* Semantic Scholar says "no such title" with a 404. */
      if (!g_error_matches (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP) ||
          strstr (error->message, "404") == NULL)
        g_ptr_array_add (run->failures, g_strdup (error->message));
      run->service++;
      ask_next_service (g_steal_pointer (&task));
      return;
    }

  answer = g_new0 (Answer, 1);
  answer->service = run->service;
  answer->body = g_bytes_ref (response->body);
  answer->paper = gln_paper_copy (run->paper);
  cancellable = g_task_get_cancellable (task);
  gln_parse_async (read_answer, answer, (GDestroyNotify) answer_free, cancellable, read_cb,
                   g_steal_pointer (&task));
}

static void
completed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnCompletion) completion = NULL;
  g_autoptr(GError) error = NULL;
  Run *run = g_task_get_task_data (task);
  gint64 id = g_array_index (run->ids, gint64, run->index);
  g_autofree char *services = NULL;
  GlnIdFinding *finding;

  if (!(completion = gln_store_complete_paper_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_ptr_array_add (run->found_at, NULL);
  services = g_strjoinv (", ", (char **) run->found_at->pdata);
  switch (completion->outcome)
    {
    case GLN_COMPLETION_ELSEWHERE:
      finding = new_finding (run, id, GLN_ID_DUPLICATE,
                             _("Its identifier belongs to another paper of the library: both "
                               "are shown in Duplicates, for you to merge or keep apart"));
      finding->other_key = g_strdup (completion->other_key);
      finding->other_title = g_strdup (completion->other_title);
      break;
    case GLN_COMPLETION_CONFLICT:
      finding = new_finding (run, id, GLN_ID_AMBIGUOUS,
                             _("The paper found has another identifier than this one"));
      break;
    case GLN_COMPLETION_FILLED:
    case GLN_COMPLETION_UNCHANGED:
    default:
      finding = new_finding (run, id, GLN_ID_FOUND, NULL);
      g_strfreev (finding->filled);
      finding->filled = g_steal_pointer (&completion->filled);
      g_free (finding->key);
      finding->key = g_strdup (gln_paper_get_key (run->found));
      break;
    }
  finding->identifier = dup_identifier (run->found);
  finding->services = g_steal_pointer (&services);
  report (g_steal_pointer (&task), finding);
}

/* All services asked: what the paper's finding is. */
static void
conclude (GTask *task)
{
  GlnIdFinder *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  gint64 id = g_array_index (run->ids, gint64, run->index);
  g_autofree char *failures = NULL;

  if (run->ambiguous)
    {
      report (task, new_finding (run, id, GLN_ID_AMBIGUOUS,
                                 _("Several papers have this title and nothing tells which one "
                                   "it is; nothing was filled")));
      return;
    }
  if (run->found == NULL && run->failures->len > 0)
    {
      g_ptr_array_add (run->failures, NULL);
      failures = g_strjoinv ("; ", (char **) run->failures->pdata);
      report (task, new_finding (run, id, GLN_ID_FAILED, failures));
      return;
    }
  if (run->found == NULL)
    {
      report (task, new_finding (run, id, GLN_ID_NOT_FOUND,
                                 _("No paper of this title, author and year was found")));
      return;
    }

  gln_store_complete_paper_async (self->store, id, run->found, g_task_get_cancellable (task),
                                  completed_cb, task);
}

/* Whether @service can add anything to what was found. */
static gboolean
worth_asking (Run             *run,
              GlnTitleService  service)
{
  if (run->found == NULL)
    return TRUE;
  if (service == GLN_TITLE_SERVICE_ARXIV)
    return gln_paper_get_arxiv_id (run->found) == NULL;
  /* Crossref answers for DOIs; an arXiv paper's is arXiv's own. */
  return gln_paper_get_arxiv_id (run->found) == NULL && gln_paper_get_doi (run->found) == NULL;
}

static void
ask_next_service (GTask *task)
{
  GlnIdFinder *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  g_autofree char *family = NULL;
  g_autofree char *url = NULL;
  GlnFetchRequest request = { 0, };

  while (run->service < GLN_TITLE_SERVICE_N && !run->ambiguous &&
         !worth_asking (run, run->service))
    run->service++;
  if (run->service >= GLN_TITLE_SERVICE_N || run->ambiguous)
    {
      conclude (task);
      return;
    }

  /* DBLP tells namesakes apart with a number: "Wei Li 0001" is no family name. */
  family = gln_paper_dup_first_family (run->paper);
  if (family != NULL && g_ascii_isdigit (family[0]))
    g_clear_pointer (&family, g_free);
  url = gln_title_search_dup_url (run->service, gln_paper_get_title (run->paper), family,
                                  gln_paper_get_year (run->paper));
  request.url = url;
  request.group = gln_title_search_get_group (run->service);
  request.service_name = gln_title_search_get_service_name (run->service);
  g_debug ("Asking %s: %s", request.service_name, url);
  gln_fetcher_fetch_async (self->fetcher, &request, g_task_get_cancellable (task), fetched_cb,
                           task);
}

/* Looks for the next paper of the run, or ends it. */
static void
next_paper (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  gint64 id;
  GlnPaper *paper;
  g_autofree char *title_key = NULL;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  if (run->index >= run->ids->len)
    {
      g_task_return_pointer (task, g_ptr_array_ref (run->findings),
                             (GDestroyNotify) g_ptr_array_unref);
      g_object_unref (task);
      return;
    }

  id = g_array_index (run->ids, gint64, run->index);
  if ((paper = g_hash_table_lookup (run->papers, &id)) == NULL)
    {
      report (task, new_finding (run, id, GLN_ID_NOT_FOUND, _("The paper is not in the library")));
      return;
    }
  run->paper = g_object_ref (paper);
  title_key = gln_title_key (gln_paper_get_title (paper));
  if (gln_paper_get_arxiv_id (paper) != NULL || gln_paper_get_doi (paper) != NULL)
    report (task, new_finding (run, id, GLN_ID_KNOWN, _("It already has an identifier")));
  else if (title_key == NULL || gln_title_is_generic (gln_paper_get_title (paper)))
    report (task, new_finding (run, id, GLN_ID_NOT_FOUND,
                               _("Its title is one many works carry: it cannot be looked for "
                                 "by title")));
  else
    ask_next_service (task);
}

static void
read_papers_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) papers = NULL;
  GError *error = NULL;

  if (!(papers = gln_store_read_papers_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      gint64 *id = g_new (gint64, 1);

      *id = gln_paper_get_id (paper);
      g_hash_table_insert (run->papers, id, g_object_ref (paper));
    }
  next_paper (task);
}

static void
gln_id_finder_dispose (GObject *object)
{
  GlnIdFinder *self = GLN_ID_FINDER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);

  G_OBJECT_CLASS (gln_id_finder_parent_class)->dispose (object);
}

static void
gln_id_finder_class_init (GlnIdFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_id_finder_dispose;

  /**
   * GlnIdFinder::finding:
   * @self: the finder
   * @finding: (type gpointer): the #GlnIdFinding of one paper, owned by the finder
   * @index: which paper of the run it is, from 0
   * @n_papers: how many papers the run has
   *
   * Emitted as each paper is done, in order.
   */
  signals[SIGNAL_FINDING] =
    g_signal_new ("finding", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_POINTER, G_TYPE_UINT, G_TYPE_UINT);
}

static void
gln_id_finder_init (GlnIdFinder *self)
{
}

/**
 * gln_id_finder_new:
 * @store: the library
 * @fetcher: the fetcher to ask the services with (its politeness is shared with the rest
 *   of the app)
 *
 * Returns: (transfer full): a new #GlnIdFinder
 */
GlnIdFinder *
gln_id_finder_new (GlnStore   *store,
                   GlnFetcher *fetcher)
{
  GlnIdFinder *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_FETCHER (fetcher), NULL);

  self = g_object_new (GLN_TYPE_ID_FINDER, NULL);
  self->store = g_object_ref (store);
  self->fetcher = g_object_ref (fetcher);

  return self;
}

/**
 * gln_id_finder_find_async:
 * @self: a #GlnIdFinder
 * @paper_ids: (element-type gint64): the papers to look for, in order
 * @cancellable: (nullable): a #GCancellable; the papers done before it is cancelled stay
 *   done
 * @callback: called when every paper is done, or on cancellation
 * @user_data: data for @callback
 *
 * Looks each paper without an arXiv id or DOI up by its title, first author and year, and
 * fills what it lacks from the record found (never what it has). ::finding reports each.
 */
void
gln_id_finder_find_async (GlnIdFinder         *self,
                          GArray              *paper_ids,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;
  Run *run;

  g_return_if_fail (GLN_IS_ID_FINDER (self));
  g_return_if_fail (paper_ids != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_id_finder_find_async);
  run = g_new0 (Run, 1);
  run->ids = g_array_ref (paper_ids);
  run->papers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  run->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_id_finding_free);
  run->found_at = g_ptr_array_new ();
  run->failures = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  gln_store_read_papers_async (self->store, paper_ids, cancellable, read_papers_cb, task);
}

/**
 * gln_id_finder_find_finish:
 * @self: a #GlnIdFinder
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type GlnIdFinding): one finding per paper, or
 *   %NULL with @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
GPtrArray *
gln_id_finder_find_finish (GlnIdFinder   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
