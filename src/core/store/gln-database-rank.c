/* SPDX-License-Identifier: GPL-3.0-or-later */

/* gln_rank (papers_fts, weight…): the Okapi BM25 score of a search's match, negated so that
 * the best comes first, with a weight per column, as FTS5's bm25() computes it. bm25()
 * learns each phrase's inverse document frequency by reading every row the phrase matches
 * before it scores the first: 60 ms for a common word over a million papers, though the
 * store ranks only the 1,000 newest matches. For a search of one phrase that factor is the
 * same for every row and changes no order, so gln_rank() leaves it out; with several
 * phrases it reads the matches as bm25() does. */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <math.h>
#include <string.h>

#include "gln-database-private.h"

#define K1 1.2
#define B  0.75

typedef struct
{
  int     n_phrases;
  double  average_length;   /* tokens per row */
  double *idf;              /* per phrase */
  double *frequency;        /* per phrase, for the row being scored */
} Ranking;

static void
ranking_free (gpointer data)
{
  Ranking *ranking = data;

  g_free (ranking->idf);
  g_free (ranking->frequency);
  g_free (ranking);
}

static int
count_row_cb (const Fts5ExtensionApi *api,
              Fts5Context            *fts,
              void                   *user_data)
{
  (*(sqlite3_int64 *) user_data)++;
  return SQLITE_OK;
}

/* What every row of one search shares: the average row length and each phrase's weight. */
static int
ranking_new (const Fts5ExtensionApi  *api,
             Fts5Context             *fts,
             Ranking                **out)
{
  Ranking *ranking = g_new0 (Ranking, 1);
  sqlite3_int64 n_rows = 0;
  sqlite3_int64 n_tokens = 0;
  int rc;

  ranking->n_phrases = api->xPhraseCount (fts);
  ranking->idf = g_new (double, MAX (ranking->n_phrases, 1));
  ranking->frequency = g_new0 (double, MAX (ranking->n_phrases, 1));

  if ((rc = api->xRowCount (fts, &n_rows)) == SQLITE_OK)
    rc = api->xColumnTotalSize (fts, -1, &n_tokens);
  ranking->average_length = n_rows > 0 && n_tokens > 0 ? (double) n_tokens / n_rows : 1.0;

  for (int p = 0; rc == SQLITE_OK && p < ranking->n_phrases; p++)
    {
      sqlite3_int64 n_hits = 0;

      ranking->idf[p] = 1.0;
      if (ranking->n_phrases == 1)
        break;
      if ((rc = api->xQueryPhrase (fts, p, &n_hits, count_row_cb)) == SQLITE_OK)
        ranking->idf[p] = MAX (log ((n_rows - n_hits + 0.5) / (n_hits + 0.5)), 1e-6);
    }

  if (rc == SQLITE_OK)
    rc = api->xSetAuxdata (fts, ranking, ranking_free);
  else
    ranking_free (ranking);

  *out = rc == SQLITE_OK ? ranking : NULL;
  return rc;
}

static void
rank_function (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *context,
               int                      n_weights,
               sqlite3_value          **weights)
{
  Ranking *ranking = api->xGetAuxdata (fts, FALSE);
  double score = 0;
  int n_instances = 0;
  int length = 0;
  int rc = SQLITE_OK;

  if (ranking == NULL)
    rc = ranking_new (api, fts, &ranking);
  if (rc == SQLITE_OK)
    rc = api->xInstCount (fts, &n_instances);

  /* A phrase's frequency in the row: its instances, each weighted by its column. */
  if (rc == SQLITE_OK)
    memset (ranking->frequency, 0, sizeof (double) * ranking->n_phrases);
  for (int i = 0; rc == SQLITE_OK && i < n_instances; i++)
    {
      int phrase, column, offset;

      if ((rc = api->xInst (fts, i, &phrase, &column, &offset)) == SQLITE_OK)
        ranking->frequency[phrase] += column < n_weights ? sqlite3_value_double (weights[column])
                                                         : 1.0;
    }
  if (rc == SQLITE_OK)
    rc = api->xColumnSize (fts, -1, &length);
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }

  for (int p = 0; p < ranking->n_phrases; p++)
    {
      double f = ranking->frequency[p];

      score += ranking->idf[p] * ((f * (K1 + 1)) /
                                  (f + K1 * (1 - B + B * length / ranking->average_length)));
    }
  sqlite3_result_double (context, -score);
}

/* Registers gln_rank() on @handle; SQLite's own error code on failure. */
int
_gln_database_register_rank (sqlite3 *handle)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if ((rc = sqlite3_prepare_v2 (handle, "SELECT fts5(?1)", -1, &stmt, NULL)) != SQLITE_OK)
    return rc;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (api == NULL)
    return SQLITE_ERROR;

  return api->xCreateFunction (api, "gln_rank", NULL, rank_function, NULL);
}
