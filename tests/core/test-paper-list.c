/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

typedef struct
{
  GlnStore *store;
  GMainLoop *loop;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gln_test_store_new ();
  fixture->loop = g_main_loop_new (NULL, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Reloads that the last edits started still hold the store until they come back. */
  gln_test_store_close (g_steal_pointer (&fixture->store));
  g_main_loop_unref (fixture->loop);
}

static GPtrArray *
make_papers (guint n)
{
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GlnPaper *paper = gln_paper_new ();
      g_autofree char *title = g_strdup_printf ("Paper number %u", i);
      g_autofree char *date = g_strdup_printf ("2024-%02u-%02u", 1 + i / 28 % 12, 1 + i % 28);

      gln_paper_set_title (paper, title);
      gln_paper_set_published (paper, date);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
      g_ptr_array_add (papers, paper);
    }

  return papers;
}

static void
import_and_wait (Fixture   *fixture,
                 GPtrArray *papers)
{
  g_autoptr(GlnImportResult) imported = gln_test_store_import (fixture->store, papers, 0);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_main_loop_quit (fixture->loop);
}

static void
wait_for_items_changed (Fixture      *fixture,
                        GlnPaperList *list)
{
  gulong id = g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), fixture);

  g_main_loop_run (fixture->loop);
  g_signal_handler_disconnect (list, id);
}

static void
wait_for_loaded (GlnPaperList *list)
{
  while (gln_paper_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  guint    n_changes;
  guint    n_items;
  gboolean loading;
  gboolean had_title;
} FirstRows;

/* Notes what the list held at its first change: the rows a view would show first. */
static void
first_rows_cb (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  FirstRows *first_rows = user_data;

  if (first_rows->n_changes++ == 0)
    {
      g_autoptr(GlnPaper) first = g_list_model_get_item (model, 0);

      first_rows->n_items = g_list_model_get_n_items (model);
      first_rows->loading = gln_paper_list_get_loading (GLN_PAPER_LIST (model));
      first_rows->had_title = first != NULL && gln_paper_get_title (first) != NULL;
    }
}

static void
test_lazy_pages (Fixture       *fixture,
                 gconstpointer  data)
{
  FirstRows first_rows = { 0, };
  g_autoptr(GPtrArray) papers = make_papers (5000);
  g_autoptr(GlnPaperList) list = NULL;
  guint64 rows_before;

  import_and_wait (fixture, papers);

  list = gln_paper_list_new (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (gln_paper_list_get_loading (list));

  /* Rows show before every id is known: a first screenful comes alone, then the rest. Both
   * answers may be dispatched in one main loop iteration, so the first is looked at from
   * its own signal. */
  g_signal_connect (list, "items-changed", G_CALLBACK (first_rows_cb), &first_rows);
  wait_for_loaded (list);
  g_signal_handlers_disconnect_by_func (list, first_rows_cb, &first_rows);
  g_assert_cmpuint (first_rows.n_changes, ==, 2);
  g_assert_true (first_rows.loading);
  g_assert_cmpuint (first_rows.n_items, ==, 256);
  g_assert_true (first_rows.had_title);
  g_assert_false (gln_paper_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5000);
  {
    g_autoptr(GlnPaper) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_nonnull (gln_paper_get_title (first));
  }
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == GLN_TYPE_PAPER);

  /* Knowing the size read no paper more: the first page was read for the first rows. */
  rows_before = gln_store_get_n_rows_read (fixture->store);
  g_assert_cmpuint (gln_paper_list_get_n_pages_read (list), ==, 1);

  /* Showing the first screen reads one page, not the library. */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GlnPaper) paper = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (paper);
      g_assert_nonnull (gln_paper_get_title (paper));
    }
  g_assert_cmpuint (gln_paper_list_get_n_pages_read (list), ==, 1);
  g_assert_cmpuint (gln_store_get_n_rows_read (fixture->store) - rows_before, <=, 64);

  /* Newest first. */
  {
    g_autoptr(GlnPaper) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(GlnPaper) last = g_list_model_get_item (G_LIST_MODEL (list), 4999);

    g_assert_cmpstr (gln_paper_get_published (first), >=, gln_paper_get_published (last));
  }

  /* Jumping to the end reads the last page only. */
  {
    g_autoptr(GlnPaper) paper = g_list_model_get_item (G_LIST_MODEL (list), 4999);

    g_assert_nonnull (paper);
    g_assert_cmpuint (gln_paper_list_get_n_pages_read (list), ==, 2);
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5000));
  }

  /* Scrolling through everything reads each page about once (a page dropped from the cache
   * may be read again), one page at a time. */
  for (guint i = 0; i < 5000; i++)
    {
      guint64 rows = gln_store_get_n_rows_read (fixture->store);

      g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
      g_assert_cmpuint (gln_store_get_n_rows_read (fixture->store) - rows, <=, 64);
    }
  g_assert_cmpuint (gln_store_get_n_rows_read (fixture->store) - rows_before, <=, 5000 + 64);
}

static void
track_fewest_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 gpointer    user_data)
{
  guint *fewest = user_data;

  *fewest = MIN (*fewest, g_list_model_get_n_items (model));
}

/* A change to the library reloads the whole list at once: the rows the user scrolled to
 * never go away for a first screenful in between. */
static void
test_reload_keeps_rows (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = make_papers (1000);
  g_autoptr(GPtrArray) more = make_papers (1);
  g_autoptr(GlnPaperList) list = NULL;
  guint fewest = G_MAXUINT;

  import_and_wait (fixture, papers);
  list = gln_paper_list_new (fixture->store, NULL);
  wait_for_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1000);

  g_signal_connect (list, "items-changed", G_CALLBACK (track_fewest_cb), &fewest);
  gln_paper_set_title (more->pdata[0], "One more paper");
  import_and_wait (fixture, more);
  while (g_list_model_get_n_items (G_LIST_MODEL (list)) == 1000)
    g_main_context_iteration (NULL, TRUE);
  wait_for_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1001);
  g_assert_cmpuint (fewest, ==, 1001);
}

static void
test_items_changed_after_import (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) first = make_papers (10);
  g_autoptr(GlnPaperList) list = NULL;
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_arxiv_source_new ());
  g_autofree char *path = gln_test_shared_path ("samples", "arxiv-api",
                                                "query_all-electron-AND-all-proton_2025-11-11.xml",
                                                NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) more = NULL;
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };

  import_and_wait (fixture, first);
  query.text = (char *) "electron";
  list = gln_paper_list_new (fixture->store, &query);
  wait_for_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* The list learns about the import from the store and shows the new papers. */
  more = gln_source_parse (source, bytes, &error);
  g_assert_no_error (error);
  gln_store_import_async (fixture->store, more, 0, NULL, NULL, NULL);
  wait_for_items_changed (fixture, list);
  /* All ten: the tenth is in Indonesian and writes "elektron", but also "electrons" and
   * "electronic", which the index stems to "electron". */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 10);

  /* An invalid search empties the list and says why. */
  query.text = (char *) "AND OR (";
  gln_paper_list_set_query (list, &query);
  wait_for_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_error ((GError *) gln_paper_list_get_error (list), GLN_DATABASE_ERROR,
                  GLN_DATABASE_ERROR_QUERY);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_one_paper_everywhere (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = make_papers (3);
  g_autoptr(GlnPaperList) library = NULL;
  g_autoptr(GlnPaperList) starred = NULL;
  g_autoptr(GlnPaper) in_list = NULL;
  g_autoptr(GlnPaper) looked_up = NULL;
  g_autoptr(GlnStore) other = NULL;
  g_autoptr(GlnPaper) stored = NULL;
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  guint notified = 0;

  import_and_wait (fixture, papers);
  library = gln_paper_list_new (fixture->store, NULL);
  wait_for_items_changed (fixture, library);
  query.scope = GLN_QUERY_SCOPE_STARRED;
  starred = gln_paper_list_new (fixture->store, &query);
  wait_for_loaded (starred);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (starred)), ==, 0);

  in_list = g_list_model_get_item (G_LIST_MODEL (library), 0);
  looked_up = gln_store_lookup_paper (fixture->store, gln_paper_get_id (in_list), &error);
  g_assert_true (in_list == looked_up);

  /* A rating set through the store shows at once and is stored. */
  g_signal_connect (looked_up, "notify::rating", G_CALLBACK (count_cb), &notified);
  gln_store_set_rating_async (fixture->store, in_list, 4, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_paper_get_rating (looked_up), ==, 4);
  g_assert_cmpuint (notified, ==, 1);
  gln_test_store_edited (fixture->store);
  g_assert_cmpuint (notified, ==, 1);

  /* Starring moves it into the starred list. */
  gln_store_set_starred_async (fixture->store, in_list, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  while (g_list_model_get_n_items (G_LIST_MODEL (starred)) == 0)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autoptr(GlnPaper) star = g_list_model_get_item (G_LIST_MODEL (starred), 0);

    g_assert_true (star == in_list);
  }

  /* A note goes to the index; a tag shows on the shared paper. */
  gln_store_add_tag_async (fixture->store, in_list, "to-read", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_assert_cmpstrv (gln_paper_get_tags (looked_up), ((const char *[]) { "to-read", NULL }));

  /* A refused edit goes back to what is stored. */
  gln_store_set_rating_async (fixture->store, in_list, 9, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (fixture->store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (gln_paper_get_rating (in_list), ==, 4);

  /* The library itself has it so, read through a connection of its own. */
  other = gln_store_open_sync (gln_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  stored = gln_store_lookup_paper (other, gln_paper_get_id (in_list), &error);
  g_assert_no_error (error);
  g_assert_true (stored != in_list);
  g_assert_cmpint (gln_paper_get_rating (stored), ==, 4);
  g_assert_true (gln_paper_get_starred (stored));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gln/paper-list/lazy-pages", Fixture, NULL,
              fixture_set_up, test_lazy_pages, fixture_tear_down);
  g_test_add ("/gln/paper-list/reload-keeps-rows", Fixture, NULL,
              fixture_set_up, test_reload_keeps_rows, fixture_tear_down);
  gln_test_add_shared ("/gln/paper-list/items-changed-after-import", Fixture, NULL,
                       fixture_set_up, test_items_changed_after_import, fixture_tear_down);
  g_test_add ("/gln/store/one-paper-everywhere", Fixture, NULL,
              fixture_set_up, test_one_paper_everywhere, fixture_tear_down);

  return g_test_run ();
}
