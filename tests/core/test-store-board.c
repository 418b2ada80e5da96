/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The store's jobs for review collections (gln-store-board.c, gln-store-collections.c) and
 * the board export, checked against what a second store reads back from the file. */

#include "config.h"

#include "gln-core.h"
#include "gln-test-collection.h"
#include "gln-test-store.h"

typedef struct
{
  char         *path;
  GlnStore     *store;
  gint64        collection;
  gint64        ids[GLN_TEST_COLLECTION_SIZE];
  guint         n_changed;
} Fixture;

static void
changed_cb (GlnStore *store,
            Fixture  *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A library written by another store, then opened by this one. */
  fixture->path = gln_test_tmp_db_path ();
  fixture->collection = gln_test_collection_create (fixture->path, "Proton radius",
                                                    "Measurements of the proton radius",
                                                    fixture->ids);

  fixture->store = gln_store_open_sync (fixture->path, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->path);
}

/* A second store on the library: it reads only what the first one committed. */
static GlnStore *
open_fresh (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GlnStore *store = gln_store_open_sync (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

static GlnScreeningChange *
screen (Fixture      *fixture,
        guint         i,
        GlnScreening  status,
        const char   *reason)
{
  g_autoptr(GError) error = NULL;
  GlnScreeningChange *change;

  gln_store_screen_async (fixture->store, fixture->collection, fixture->ids[i], status, reason,
                          NULL, gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);
  g_assert_cmpint (change->paper_id, ==, fixture->ids[i]);
  g_assert_cmpint (change->status, ==, status);

  return change;
}

static GlnScreeningChange *
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GlnScreeningChange *change;

  gln_store_undo_screening_async (fixture->store, fixture->collection, NULL, gln_test_ready_cb,
                                  NULL);
  change = gln_store_screening_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);

  return change;
}

/* The default reasons, then @extra. */
static GStrv
defaults_and (const char *extra)
{
  g_auto(GStrv) defaults = gln_screening_dup_default_reasons ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_addv (builder, (const char **) defaults);
  if (extra != NULL)
    g_strv_builder_add (builder, extra);

  return g_strv_builder_end (builder);
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;

  state = gln_test_collection_load_board (fixture->store, fixture->collection);
  g_assert_cmpstr (state->info->name, ==, "Proton radius");
  g_assert_cmpstr (state->info->description, ==, "Measurements of the proton radius");
  g_assert_cmpuint (state->entries->len, ==, 10);
  g_assert_cmpint (((GlnCollectionPaper *) g_ptr_array_index (state->entries, 0))->paper_id, ==,
                   fixture->ids[0]);
  g_assert_cmpuint (state->columns->len, ==, 0);
  g_assert_cmpuint (g_hash_table_size (state->cells), ==, 0);
  /* A collection without reasons of its own offers the PRISMA-style set. */
  g_assert_cmpuint (g_strv_length (state->reasons), ==, 9);
  g_assert_cmpstr (state->reasons[0], ==, "Wrong population");
  g_assert_cmpstr (state->reasons[8], ==, "Full text not available");
  g_assert_cmpuint (state->summary->counts[GLN_SCREENING_UNSCREENED], ==, 10);

  /* A collection deleted meanwhile is an error, not an empty board. */
  g_clear_pointer (&state, gln_board_state_free);
  gln_store_load_board_async (fixture->store, fixture->collection + 100, NULL, gln_test_ready_cb,
                              NULL);
  state = gln_store_load_board_finish (fixture->store, gln_test_wait (), &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (state);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_screening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnStore) fresh = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_auto(GStrv) reasons = defaults_and ("not a measurement");
  GlnCollectionPaper *entry;

  change = screen (fixture, 0, GLN_SCREENING_INCLUDE, NULL);
  g_assert_cmpuint (change->summary->counts[GLN_SCREENING_INCLUDE], ==, 1);
  g_clear_pointer (&change, gln_screening_change_free);

  /* The reason comes back as stored, trimmed, and joins the vocabulary. */
  change = screen (fixture, 1, GLN_SCREENING_EXCLUDE, "  not a measurement ");
  g_assert_cmpstr (change->reason, ==, "not a measurement");
  g_assert_cmpstrv (change->reasons, reasons);
  g_assert_cmpuint (change->summary->counts[GLN_SCREENING_EXCLUDE], ==, 1);
  g_assert_cmpuint (change->summary->reasons->len, ==, 1);
  g_assert_cmpuint (g_array_index (change->summary->reason_counts, guint, 0), ==, 1);
  g_clear_pointer (&change, gln_screening_change_free);

  change = screen (fixture, 2, GLN_SCREENING_MAYBE, NULL);
  g_assert_cmpuint (change->summary->counts[GLN_SCREENING_UNSCREENED], ==, 7);
  g_clear_pointer (&change, gln_screening_change_free);

  /* Undo names the paper and what it went back to. */
  change = undo (fixture);
  g_assert_cmpint (change->paper_id, ==, fixture->ids[2]);
  g_assert_cmpint (change->status, ==, GLN_SCREENING_UNSCREENED);
  g_assert_cmpuint (change->summary->counts[GLN_SCREENING_MAYBE], ==, 0);
  g_clear_pointer (&change, gln_screening_change_free);

  fresh = open_fresh (fixture);
  state = gln_test_collection_load_board (fresh, fixture->collection);
  entry = gln_test_collection_find_paper (state, fixture->ids[1]);
  g_assert_cmpint (entry->status, ==, GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (entry->reason, ==, "not a measurement");
  g_assert_cmpint (gln_test_collection_find_paper (state, fixture->ids[2])->status, ==,
                   GLN_SCREENING_UNSCREENED);
  g_clear_object (&fresh);

  /* With the log empty, undo does nothing and says so. */
  g_clear_pointer (&change, gln_screening_change_free);
  change = undo (fixture);
  g_clear_pointer (&change, gln_screening_change_free);
  change = undo (fixture);
  g_clear_pointer (&change, gln_screening_change_free);
  change = undo (fixture);
  g_assert_cmpint (change->paper_id, ==, 0);
  g_assert_cmpuint (change->summary->counts[GLN_SCREENING_UNSCREENED], ==, 10);

  /* Screening concerns the views that made it: lists need not re-query. */
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static GlnBoardColumn *
add_column (Fixture            *fixture,
            const char         *name,
            GlnBoardKind        kind,
            const char * const *choices)
{
  g_autoptr(GError) error = NULL;
  GlnBoardColumn *column;

  gln_store_add_board_column_async (fixture->store, fixture->collection, name, kind, choices,
                                    NULL, gln_test_ready_cb, NULL);
  column = gln_store_add_board_column_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (column->name, ==, name);
  g_assert_cmpint (column->kind, ==, kind);
  g_assert_cmpint (column->collection_id, ==, fixture->collection);

  return column;
}

static char *
set_cell (Fixture        *fixture,
          GlnBoardColumn *column,
          guint           i,
          const char     *value,
          GError        **error)
{
  gln_store_set_board_cell_async (fixture->store, column, fixture->ids[i], value, NULL,
                                  gln_test_ready_cb, NULL);
  return gln_store_set_board_cell_finish (fixture->store, gln_test_wait (), error);
}

static void
test_board (Fixture       *fixture,
            gconstpointer  data)
{
  const char * const choices[] = { "Low", "Medium", "High", NULL };
  g_autoptr(GlnBoardColumn) method = NULL;
  g_autoptr(GlnBoardColumn) score = NULL;
  g_autoptr(GlnBoardColumn) bias = NULL;
  g_autoptr(GlnBoardColumn) extra = NULL;
  g_autoptr(GlnStore) fresh = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  char *value;

  method = add_column (fixture, "Method", GLN_BOARD_KIND_TEXT, NULL);
  score = add_column (fixture, "Relevance", GLN_BOARD_KIND_SCORE, NULL);
  bias = add_column (fixture, "Risk of bias", GLN_BOARD_KIND_CHOICE, choices);
  g_assert_cmpstrv (bias->choices, choices);

  /* A name the board already has is refused. */
  gln_store_add_board_column_async (fixture->store, fixture->collection, "Method",
                                    GLN_BOARD_KIND_NUMBER, NULL, NULL, gln_test_ready_cb, NULL);
  extra = gln_store_add_board_column_finish (fixture->store, gln_test_wait (), &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_assert_null (extra);
  g_clear_error (&error);

  /* Cells come back as stored. */
  value = set_cell (fixture, method, 0, "Elastic e–p scattering", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, "Elastic e–p scattering");
  g_free (value);
  value = set_cell (fixture, score, 0, " 4 ", &error);
  g_assert_cmpstr (value, ==, "4");
  g_free (value);
  value = set_cell (fixture, bias, 0, "high", &error);
  g_assert_cmpstr (value, ==, "High");
  g_free (value);
  value = set_cell (fixture, bias, 1, "Low", &error);
  g_free (value);
  value = set_cell (fixture, bias, 1, "", &error);
  g_assert_cmpstr (value, ==, "");
  g_free (value);

  /* A value that does not fit the column is refused, and the cell keeps its value. */
  value = set_cell (fixture, score, 0, "7", &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_assert_null (value);
  g_clear_error (&error);

  gln_store_set_key_results_async (fixture->store, fixture->collection, fixture->ids[0],
                                   "radius 0.84 fm", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_set_key_results_async (fixture->store, fixture->collection, fixture->ids[1], "",
                                   NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);

  /* Layout: a renamed, widened, hidden column, moved first; another deleted. */
  g_free (method->name);
  method->name = g_strdup ("Technique");
  method->width = 240;
  method->hidden = TRUE;
  gln_store_update_board_column_async (fixture->store, method, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_move_board_column_async (fixture->store, bias->id, 0, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_delete_board_column_async (fixture->store, score->id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);

  fresh = open_fresh (fixture);
  state = gln_test_collection_load_board (fresh, fixture->collection);
  g_assert_cmpuint (state->columns->len, ==, 2);
  g_assert_cmpstr (((GlnBoardColumn *) g_ptr_array_index (state->columns, 0))->name, ==,
                   "Risk of bias");
  g_assert_cmpstr (((GlnBoardColumn *) g_ptr_array_index (state->columns, 1))->name, ==,
                   "Technique");
  g_assert_cmpint (((GlnBoardColumn *) g_ptr_array_index (state->columns, 1))->width, ==, 240);
  g_assert_true (((GlnBoardColumn *) g_ptr_array_index (state->columns, 1))->hidden);

  g_assert_cmpuint (g_hash_table_size (state->cells), ==, 2);
  key = gln_board_cell_key (method->id, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, key), ==, "Elastic e–p scattering");
  g_free (key);
  key = gln_board_cell_key (bias->id, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, key), ==, "High");

  g_assert_cmpstr (gln_test_collection_find_paper (state, fixture->ids[0])->key_results, ==,
                   "radius 0.84 fm");
  g_assert_cmpstr (gln_test_collection_find_paper (state, fixture->ids[1])->key_results, ==, "");
  g_assert_null (gln_test_collection_find_paper (state, fixture->ids[2])->key_results);
  g_clear_pointer (&state, gln_board_state_free);
  g_clear_object (&fresh);

  /* NULL goes back to the quotes extracted from the abstract. */
  gln_store_set_key_results_async (fixture->store, fixture->collection, fixture->ids[0], NULL,
                                   NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  fresh = open_fresh (fixture);
  state = gln_test_collection_load_board (fresh, fixture->collection);
  g_assert_null (gln_test_collection_find_paper (state, fixture->ids[0])->key_results);

  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnBoardColumn) method = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *latex = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *screening = NULL;
  g_autofree char *value = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_papers = 0;

  change = screen (fixture, 3, GLN_SCREENING_EXCLUDE, "review, not data");
  g_clear_pointer (&change, gln_screening_change_free);
  change = screen (fixture, 4, GLN_SCREENING_INCLUDE, NULL);
  method = add_column (fixture, "Method & setup", GLN_BOARD_KIND_TEXT, NULL);
  value = set_cell (fixture, method, 4, "50% of 10_000 $e$", &error);
  g_assert_no_error (error);

  /* The board of the included papers only: a header and one row. */
  gln_export_board_async (fixture->store, fixture->collection, GLN_BOARD_EXPORT_CSV,
                          GLN_SCREENING_INCLUDE, NULL, NULL, gln_test_ready_cb, NULL);
  csv = gln_export_finish (gln_test_wait (), &n_papers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_papers, ==, GLN_TEST_COLLECTION_SIZE);
  lines = g_strsplit (g_strstrip (csv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "Title,Cite key,Year,First author,DOI,Screening,Rating,"));
  g_assert_nonnull (strstr (lines[0], "Method & setup"));
  g_assert_nonnull (strstr (lines[1], "50% of 10_000 $e$"));

  gln_export_board_async (fixture->store, fixture->collection, GLN_BOARD_EXPORT_LATEX, -1, NULL,
                          NULL, gln_test_ready_cb, NULL);
  latex = gln_export_finish (gln_test_wait (), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (latex, "\\begin{tabular}"));
  g_assert_nonnull (strstr (latex, "Method \\& setup"));
  g_assert_nonnull (strstr (latex, "50\\% of 10\\_000 \\$e\\$"));

  gln_export_board_async (fixture->store, fixture->collection, GLN_BOARD_EXPORT_MARKDOWN, -1,
                          NULL, NULL, gln_test_ready_cb, NULL);
  markdown = gln_export_finish (gln_test_wait (), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (markdown, "| Title |"));

  gln_export_board_async (fixture->store, fixture->collection, GLN_BOARD_EXPORT_SCREENING_CSV,
                          -1, NULL, NULL, gln_test_ready_cb, NULL);
  screening = gln_export_finish (gln_test_wait (), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (screening, "key,title,decision,reason"));
  g_assert_nonnull (strstr (screening, ",exclude,\"review, not data\""));
}

static GPtrArray *
list_collections (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *collections;

  gln_store_list_collections_async (store, NULL, gln_test_ready_cb, NULL);
  collections = gln_store_list_collections_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (collections);

  return collections;
}

static void
test_collection (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnPaper) kept = NULL;
  g_autoptr(GlnStore) fresh = NULL;
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GError) error = NULL;
  const char * const renamed[] = { "Proton size", NULL };

  /* Someone shows the paper: its list of collections follows a rename. */
  paper = gln_store_lookup_paper (fixture->store, fixture->ids[0], &error);
  g_assert_no_error (error);

  gln_store_describe_collection_async (fixture->store, fixture->collection,
                                       "Include: measurements. Exclude: reviews.", NULL,
                                       gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  gln_store_rename_collection_async (fixture->store, fixture->collection, "Proton size", NULL,
                                     gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpstrv (gln_paper_get_collections (paper), renamed);

  fresh = open_fresh (fixture);
  collections = list_collections (fresh);
  g_assert_cmpuint (collections->len, ==, 1);
  g_assert_cmpstr (((GlnCollectionInfo *) g_ptr_array_index (collections, 0))->name, ==,
                   "Proton size");
  g_assert_cmpstr (((GlnCollectionInfo *) g_ptr_array_index (collections, 0))->description, ==,
                   "Include: measurements. Exclude: reviews.");
  g_clear_pointer (&collections, g_ptr_array_unref);

  /* An empty name is refused and changes nothing. */
  gln_store_rename_collection_async (fixture->store, fixture->collection, "  ", NULL,
                                     gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (fixture->store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* Deleting the collection keeps its papers. */
  gln_store_delete_collection_async (fixture->store, fixture->collection, NULL, gln_test_ready_cb,
                                     NULL);
  gln_test_store_edited (fixture->store);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_true (gln_paper_get_collections (paper) == NULL ||
                 gln_paper_get_collections (paper)[0] == NULL);
  collections = list_collections (fresh);
  g_assert_cmpuint (collections->len, ==, 0);
  kept = gln_store_lookup_paper (fresh, fixture->ids[0], &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnStore) fresh = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  gln_store_screen_async (fixture->store, fixture->collection, fixture->ids[0],
                          GLN_SCREENING_INCLUDE, NULL, cancellable, gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (fixture->store, gln_test_wait (), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (change);

  fresh = open_fresh (fixture);
  state = gln_test_collection_load_board (fresh, fixture->collection);
  g_assert_cmpint (gln_test_collection_find_paper (state, fixture->ids[0])->status, ==,
                   GLN_SCREENING_UNSCREENED);
}
static GStrv
edit_reason (Fixture    *fixture,
             const char *reason,
             const char *new_reason,
             GError    **error)
{
  gln_store_edit_reason_async (fixture->store, fixture->collection, reason, new_reason, NULL,
                               gln_test_ready_cb, NULL);

  return gln_store_edit_reason_finish (fixture->store, gln_test_wait (), error);
}

static GStrv
load_reasons (Fixture *fixture)
{
  g_autoptr(GlnStore) fresh = open_fresh (fixture);
  g_autoptr(GlnBoardState) state = gln_test_collection_load_board (fresh, fixture->collection);

  return g_steal_pointer (&state->reasons);
}

/* The user's reasons: added, renamed and removed, the decisions kept, and a collection
 * whose reasons were all removed stays without. */
static void
test_reasons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = NULL;
  g_auto(GStrv) expected = defaults_and ("Conference abstract");
  g_auto(GStrv) stored = NULL;

  reasons = edit_reason (fixture, NULL, "  Conference abstract ", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (reasons, expected);
  g_clear_pointer (&reasons, g_strfreev);

  change = screen (fixture, 1, GLN_SCREENING_EXCLUDE, "Wrong outcome");
  g_clear_pointer (&change, gln_screening_change_free);
  change = screen (fixture, 2, GLN_SCREENING_EXCLUDE, "Wrong outcome");

  /* Renaming renames the decisions that gave the reason. */
  reasons = edit_reason (fixture, "Wrong outcome", "Measures no radius", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reasons[3], ==, "Measures no radius");
  g_assert_false (g_strv_contains ((const char * const *) reasons, "Wrong outcome"));
  g_clear_pointer (&reasons, g_strfreev);
  state = gln_test_collection_load_board (fixture->store, fixture->collection);
  g_assert_cmpstr (gln_test_collection_find_paper (state, fixture->ids[1])->reason, ==,
                   "Measures no radius");
  g_assert_cmpstr (gln_test_collection_find_paper (state, fixture->ids[2])->reason, ==,
                   "Measures no radius");
  g_clear_pointer (&state, gln_board_state_free);

  /* Renamed to a reason it has: the two become one. */
  reasons = edit_reason (fixture, "Measures no radius", "Duplicate", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (reasons), ==, 9);
  g_clear_pointer (&reasons, g_strfreev);

  /* Removing a reason keeps the decisions that gave it. */
  reasons = edit_reason (fixture, "Duplicate", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_strv_contains ((const char * const *) reasons, "Duplicate"));
  g_clear_pointer (&reasons, g_strfreev);
  state = gln_test_collection_load_board (fixture->store, fixture->collection);
  g_assert_cmpint (gln_test_collection_find_paper (state, fixture->ids[1])->status, ==,
                   GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (gln_test_collection_find_paper (state, fixture->ids[1])->reason, ==,
                   "Duplicate");
  g_clear_pointer (&state, gln_board_state_free);

  reasons = edit_reason (fixture, "No such reason", NULL, &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (reasons);
  g_clear_error (&error);
  reasons = edit_reason (fixture, NULL, "   ", &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* With every reason removed, the defaults do not come back. */
  stored = load_reasons (fixture);
  for (guint i = 0; stored[i] != NULL; i++)
    {
      g_clear_pointer (&reasons, g_strfreev);
      reasons = edit_reason (fixture, stored[i], NULL, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpstrv (reasons, ((const char *[]) { NULL }));
  g_clear_pointer (&stored, g_strfreev);
  stored = load_reasons (fixture);
  g_assert_cmpstrv (stored, ((const char *[]) { NULL }));
}

/* The keywords the screening mode highlights: NULL until chosen, then the user's. */
static void
test_keywords (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GlnStore) fresh = NULL;
  g_autoptr(GError) error = NULL;

  state = gln_test_collection_load_board (fixture->store, fixture->collection);
  g_assert_null (state->info->include_words);
  g_assert_null (state->info->exclude_words);
  g_clear_pointer (&state, gln_board_state_free);

  gln_store_set_keywords_async (fixture->store, fixture->collection, "proton\nmuonic hydrogen",
                                "", NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_edit_finish (fixture->store, gln_test_wait (), &error));
  g_assert_no_error (error);

  fresh = open_fresh (fixture);
  state = gln_test_collection_load_board (fresh, fixture->collection);
  g_assert_cmpstr (state->info->include_words, ==, "proton\nmuonic hydrogen");
  g_assert_cmpstr (state->info->exclude_words, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared ("/gln/store-board/load", Fixture, NULL, fixture_set_up, test_load,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/screening", Fixture, NULL, fixture_set_up, test_screening,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/reasons", Fixture, NULL, fixture_set_up, test_reasons,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/keywords", Fixture, NULL, fixture_set_up, test_keywords,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/board", Fixture, NULL, fixture_set_up, test_board,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/export", Fixture, NULL, fixture_set_up, test_export,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/collection", Fixture, NULL, fixture_set_up,
                       test_collection, fixture_tear_down);
  gln_test_add_shared ("/gln/store-board/cancelled", Fixture, NULL, fixture_set_up, test_cancelled,
                       fixture_tear_down);

  return g_test_run ();
}
