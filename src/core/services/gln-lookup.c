/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-lookup"

#include "config.h"

#include "gln-lookup.h"

#include "gln-parse-task.h"

#include <glib/gi18n-lib.h>

/* Looking a paper up by what a user pastes (gln-identifier.c): the fetcher asks the service
 * that answers for the identifier, and the answer is read off the main thread. */

typedef struct
{
  GlnIdentifierKind  kind;
  char              *id;
  GBytes            *body;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_free (lookup->id);
  g_clear_pointer (&lookup->body, g_bytes_unref);
  g_free (lookup);
}

/* A #GlnParseFunc, on a worker thread. */
static gboolean
parse_answer (gpointer         data,
              GlnParseResult  *result,
              GCancellable    *cancellable,
              GError         **error)
{
  Lookup *lookup = data;
  g_autoptr(GlnSource) source = gln_identifier_new_source (lookup->kind);
  g_autoptr(GPtrArray) papers = NULL;

  if (!(papers = gln_source_parse (source, lookup->body, error)))
    return FALSE;

  /* arXiv answers an unknown id with an empty feed, not an error status. */
  if (papers->len == 0)
    {
      g_set_error (error, GLN_LOOKUP_ERROR, GLN_LOOKUP_ERROR_NOT_FOUND,
                   _("%s has no such paper"), gln_identifier_get_service_name (lookup->kind));
      return FALSE;
    }

  g_ptr_array_extend_and_steal (result->papers, g_steal_pointer (&papers));
  return TRUE;
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnParseResult) parsed = NULL;
  GError *error = NULL;

  if (!(parsed = gln_parse_finish (result, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&parsed->papers),
                           (GDestroyNotify) g_ptr_array_unref);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;
  Lookup *lookup;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  lookup = g_task_get_task_data (task);
  lookup->body = g_bytes_ref (response->body);
  cancellable = g_task_get_cancellable (task);
  gln_parse_async (parse_answer, lookup, NULL, cancellable, parsed_cb, g_steal_pointer (&task));
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

  url = gln_identifier_dup_url (lookup->kind, lookup->id);
  request.url = url;
  request.group = gln_identifier_get_group (lookup->kind);
  request.service_name = gln_identifier_get_service_name (lookup->kind);

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
