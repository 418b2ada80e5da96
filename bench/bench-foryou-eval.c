/* SPDX-License-Identifier: GPL-3.0-or-later */

/* bench-foryou-eval: how well For you ranks, offline, on real papers.
 *
 * The labelled set: the papers of ../shared/samples/semantic-scholar/Paper.json (the works
 * citing and cited by one paper, across many fields, each with Semantic Scholar's fields of
 * study) and of the Hugging Face page in ../shared/fixtures/listings (machine learning, so
 * "Computer Science"). For a topic (a field of study) and a seed, half of the papers are the
 * user's history: all read, some of the topic starred or rated 5, some of other topics rated
 * 1 or turned down. The other half stay unread: the candidates, relevant when they are of the
 * topic. For you ranks them as the app does (a real library, the store, the service); the
 * ranking is scored by precision at 10 and 20 and by the AUC, beside a random ranking and
 * the newest first. The fields of study are never shown to the model.
 *
 *   bench-foryou-eval [--shared DIR]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "bench-wait.h"
#include "gln-core.h"

typedef struct
{
  GlnPaper *paper;
  GStrv     topics;
  gint64    id;
} Item;

typedef struct
{
  double p10, p20, auc;
} Scores;

static void
item_free (Item *item)
{
  g_clear_object (&item->paper);
  g_strfreev (item->topics);
  g_free (item);
}

static void
add_work (GPtrArray  *items,
          JsonObject *work)
{
  g_autoptr(GStrvBuilder) topics = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) authors = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  JsonArray *array;
  Item *item;

  if (json_object_get_null_member (work, "abstract") || !json_object_has_member (work, "abstract") ||
      json_object_get_null_member (work, "title"))
    return;

  item = g_new0 (Item, 1);
  item->paper = gln_paper_new ();
  gln_paper_set_title (item->paper, json_object_get_string_member (work, "title"));
  gln_paper_set_abstract (item->paper, json_object_get_string_member (work, "abstract"));
  if (!json_object_get_null_member (work, "publicationDate"))
    gln_paper_set_published (item->paper, json_object_get_string_member (work, "publicationDate"));
  if ((array = json_object_get_array_member (work, "authors")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      g_strv_builder_add (authors, json_object_get_string_member (json_array_get_object_element (array, i),
                                                                  "name"));
  names = g_strv_builder_end (authors);
  gln_paper_set_authors (item->paper, (const char * const *) names, NULL);
  if (json_object_has_member (work, "s2FieldsOfStudy") &&
      (array = json_object_get_array_member (work, "s2FieldsOfStudy")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      g_strv_builder_add (topics, json_object_get_string_member (json_array_get_object_element (array, i),
                                                                 "category"));
  item->topics = g_strv_builder_end (topics);
  g_ptr_array_add (items, item);
}

static gboolean
load_semantic_scholar (const char  *path,
                       GPtrArray   *items,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  const char *lists[] = { "citations", "references" };

  if (!json_parser_load_from_file (parser, path, error))
    return FALSE;

  root = json_node_get_object (json_parser_get_root (parser));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *works = json_object_get_array_member (root, lists[l]);

      for (guint i = 0; i < json_array_get_length (works); i++)
        {
          JsonObject *work = json_array_get_object_element (works, i);

          /* References are wrapped as {"citedPaper": …} in some captures. */
          if (json_object_has_member (work, "citedPaper"))
            work = json_object_get_object_member (work, "citedPaper");
          if (json_object_has_member (work, "citingPaper"))
            work = json_object_get_object_member (work, "citingPaper");
          add_work (items, work);
        }
    }

  return TRUE;
}

static gboolean
load_listing (const char  *path,
              GPtrArray   *items,
              GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  GlnListingOptions options = { 2025 };
  gsize length;

  if (!g_file_get_contents (path, &text, &length, error) ||
      !(papers = gln_listing_parse (text, (gssize) length, &options, error)))
    return FALSE;

  for (guint i = 0; i < papers->len; i++)
    {
      Item *item = g_new0 (Item, 1);
      const char * const topics[] = { "Computer Science", NULL };

      if (gln_paper_get_abstract (papers->pdata[i]) == NULL)
        {
          g_free (item);
          continue;
        }
      item->paper = g_object_ref (papers->pdata[i]);
      item->topics = g_strdupv ((GStrv) topics);
      g_ptr_array_add (items, item);
    }

  return TRUE;
}

static gboolean
has_topic (Item       *item,
           const char *topic)
{
  return g_strv_contains ((const char * const *) item->topics, topic);
}

/* Precision at 10 and 20 and the AUC of a ranking of candidate ids. */
static Scores
score_ranking (GArray     *ranking,
               GHashTable *relevant)
{
  Scores s = { 0, };
  guint hits = 0, positives = 0;
  double pairs = 0, ordered = 0;

  for (guint i = 0; i < ranking->len; i++)
    {
      gboolean rel = g_hash_table_contains (relevant, &g_array_index (ranking, gint64, i));

      hits += rel;
      if (i == 9)
        s.p10 = hits / 10.0;
      if (i == 19)
        s.p20 = hits / 20.0;
      if (rel)
        positives++;
      else
        ordered += positives;
    }
  pairs = (double) positives * (ranking->len - positives);
  s.auc = pairs > 0 ? ordered / pairs : 0.5;

  return s;
}

static void
wait_edit (GlnStore *store,
           GAsyncResult **slot)
{
  g_autoptr(GError) error = NULL;

  if (!gln_store_edit_finish (store, bench_wait (slot), &error))
    g_error ("edit: %s", error->message);
  g_clear_object (slot);
}

/* Gives the signals of one history paper: liked when of the topic, disliked when not. */
static void
give_signal (GlnStore *store,
             Item     *item,
             gboolean  liked,
             guint     n)
{
  g_autoptr(GlnPaper) paper = gln_store_lookup_paper (store, item->id, NULL);
  GAsyncResult *result = NULL;

  if (liked && n % 2 == 0)
    gln_store_set_starred_async (store, paper, TRUE, NULL, bench_ready_cb, &result);
  else if (liked)
    gln_store_set_rating_async (store, paper, 5, NULL, bench_ready_cb, &result);
  else if (n % 2 == 0)
    gln_store_set_rating_async (store, paper, 1, NULL, bench_ready_cb, &result);
  else
    gln_store_set_not_interested_async (store, paper, TRUE, NULL, bench_ready_cb, &result);
  wait_edit (store, &result);
}

static void
make_history (GlnStore   *store,
              GPtrArray  *items,
              const char *topic,
              guint       n_liked,
              guint       n_disliked)
{
  guint liked = 0, disliked = 0;

  for (guint i = 0; i < items->len / 2; i++)
    {
      Item *item = items->pdata[i];
      g_autoptr(GlnPaper) paper = gln_store_lookup_paper (store, item->id, NULL);
      GAsyncResult *result = NULL;

      gln_store_set_read_async (store, paper, TRUE, NULL, bench_ready_cb, &result);
      wait_edit (store, &result);
      if (has_topic (item, topic) && liked < n_liked)
        give_signal (store, item, TRUE, liked++);
      else if (!has_topic (item, topic) && disliked < n_disliked)
        give_signal (store, item, FALSE, disliked++);
    }
}

static int
compare_newest (gconstpointer a,
                gconstpointer b)
{
  Item *x = *(Item **) a, *y = *(Item **) b;

  return -g_strcmp0 (gln_paper_get_published (x->paper), gln_paper_get_published (y->paper));
}

static void
shuffle (GPtrArray *array,
         GRand     *rand)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = tmp;
    }
}

static GArray *
ids_of (GPtrArray *items,
        guint      from)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = from; i < items->len; i++)
    g_array_append_val (ids, ((Item *) items->pdata[i])->id);

  return ids;
}

static GlnStore *
make_library (const char *dir,
              GPtrArray  *items)
{
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) imported = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GlnStore *store;

  if (!(store = gln_store_open_sync (path, &error)))
    g_error ("%s", error->message);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (papers, gln_paper_copy (((Item *) items->pdata[i])->paper));
  gln_store_import_async (store, papers, 0, NULL, bench_ready_cb, &result);
  if (!(imported = gln_store_import_finish (store, bench_wait (&result), &error)))
    g_error ("%s", error->message);
  for (guint i = 0; i < items->len; i++)
    ((Item *) items->pdata[i])->id = gln_import_result_get_id (imported, i);

  return store;
}

/* One topic and seed: the model's, random and newest-first scores, and the model's kind. */
static GlnInterestKind
run_one (GPtrArray  *all,
         const char *topic,
         guint32     seed,
         guint       n_liked,
         guint       n_disliked,
         Scores      scores[3])
{
  g_autoptr(GPtrArray) items = g_ptr_array_sized_new (all->len);
  g_autofree char *dir = g_dir_make_tmp ("bench-foryou-XXXXXX", NULL);
  g_autoptr(GHashTable) relevant = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnForYou) for_you = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GPtrArray) newest = NULL;
  g_autoptr(GArray) model_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) random_ids = NULL, newest_ids = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rm = NULL;

  /* Not g_ptr_array_copy(): the copy would free the items too. */
  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (items, all->pdata[i]);
  shuffle (items, rand);
  store = make_library (dir, items);
  make_history (store, items, topic, n_liked, n_disliked);
  for (guint i = items->len / 2; i < items->len; i++)
    if (has_topic (items->pdata[i], topic))
      g_hash_table_add (relevant, &((Item *) items->pdata[i])->id);

  for_you = gln_for_you_new (store);
  gln_for_you_refresh_async (for_you, NULL, bench_ready_cb, &result);
  if (!(ranked = gln_for_you_refresh_finish (for_you, bench_wait (&result), &error)))
    g_error ("%s", error->message);
  for (guint i = 0; i < ranked->len; i++)
    g_array_append_val (model_ids, ((GlnForYouItem *) ranked->pdata[i])->id);

  newest = g_ptr_array_new ();
  for (guint i = items->len / 2; i < items->len; i++)
    g_ptr_array_add (newest, items->pdata[i]);
  shuffle (newest, rand);
  random_ids = ids_of (newest, 0);
  g_ptr_array_sort (newest, compare_newest);
  newest_ids = ids_of (newest, 0);

  scores[0] = score_ranking (model_ids, relevant);
  scores[1] = score_ranking (random_ids, relevant);
  scores[2] = score_ranking (newest_ids, relevant);

  g_clear_object (&store);
  rm = g_strdup_printf ("rm -rf '%s'", dir);
  if (system (rm) != 0)
    g_warning ("Could not remove %s", dir);

  return gln_for_you_get_kind (for_you);
}

static void
evaluate (GPtrArray  *items,
          const char *setting,
          guint       n_liked,
          guint       n_disliked)
{
  static const char * const topics[] = {
    "Medicine", "Philosophy", "Linguistics", "Education", "Psychology", "Physics",
  };
  static const char * const names[] = { "model", "random", "newest" };
  static const char * const kinds[] = { "newest", "similar", "learned" };
  Scores total[3] = { { 0, }, };
  guint runs = 0;

  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    for (guint32 seed = 1; seed <= 3; seed++)
      {
        Scores s[3];
        GlnInterestKind kind = run_one (items, topics[t], seed, n_liked, n_disliked, s);

        g_print ("{\"figure\": \"foryou-eval-run\", \"signals\": \"%s\", \"topic\": \"%s\", "
                 "\"seed\": %u, \"model_kind\": \"%s\"", setting, topics[t], seed, kinds[kind]);
        for (guint k = 0; k < 3; k++)
          {
            g_print (", \"%s\": {\"p10\": %.2f, \"p20\": %.2f, \"auc\": %.3f}", names[k],
                     s[k].p10, s[k].p20, s[k].auc);
            total[k].p10 += s[k].p10;
            total[k].p20 += s[k].p20;
            total[k].auc += s[k].auc;
          }
        g_print ("}\n");
        runs++;
      }

  g_print ("{\"figure\": \"foryou-eval\", \"signals\": \"%s\", \"liked\": %u, \"disliked\": %u, "
           "\"runs\": %u", setting, n_liked, n_disliked, runs);
  for (guint k = 0; k < 3; k++)
    g_print (", \"%s\": {\"p10\": %.3f, \"p20\": %.3f, \"auc\": %.3f}", names[k],
             total[k].p10 / runs, total[k].p20 / runs, total[k].auc / runs);
  g_print ("}\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *listing = NULL;
  GOptionEntry entries[] = {
    { "shared", 0, 0, G_OPTION_ARG_FILENAME, &shared, "The shared data folder (../shared)", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— how well For you ranks");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (shared == NULL)
    shared = g_strdup (g_getenv ("GLN_SHARED_DIR") ? g_getenv ("GLN_SHARED_DIR") : "../shared");

  s2 = g_build_filename (shared, "samples", "semantic-scholar", "Paper.json", NULL);
  listing = g_build_filename (shared, "fixtures", "listings", "hf-daily-papers-page.txt", NULL);
  if (!load_semantic_scholar (s2, items, &error) || !load_listing (listing, items, &error))
    {
      g_printerr ("bench-foryou-eval: %s\n", error->message);
      return 1;
    }
  g_printerr ("bench-foryou-eval: %u papers with abstracts\n", items->len);

  evaluate (items, "many", 15, 15);
  evaluate (items, "few", 2, 0);

  return 0;
}
