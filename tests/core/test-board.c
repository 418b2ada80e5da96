/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-collection.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Screening and the comparison board of a review collection: what the store keeps of them,
 * and the tables they export as. */

typedef struct
{
  char     *path;
  GlnStore *store;
  gint64    collection;
  gint64    ids[GLN_TEST_COLLECTION_SIZE];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gln_test_store_new ();
  fixture->path = g_strdup (gln_store_get_path (fixture->store));
  fixture->collection = gln_test_collection_fill (fixture->store, "Proton structure", NULL,
                                                  fixture->ids);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->path);
}

/* A restart: everything below is read back from the file. */
static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  gln_test_store_close (g_steal_pointer (&fixture->store));
  fixture->store = gln_store_open_sync (fixture->path, &error);
  g_assert_no_error (error);
}

static GlnBoardState *
load_board (Fixture *fixture)
{
  return gln_test_collection_load_board (fixture->store, fixture->collection);
}

static void
screen (Fixture      *fixture,
        guint         i,
        GlnScreening  status,
        const char   *reason)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_screen_async (fixture->store, fixture->collection, fixture->ids[i], status, reason,
                          NULL, gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);
}

/* Takes the last decision back; returns the paper it concerned, 0 when there was none. */
static gint64
undo (Fixture *fixture)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_undo_screening_async (fixture->store, fixture->collection, NULL, gln_test_ready_cb,
                                  NULL);
  change = gln_store_screening_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);

  return change->paper_id;
}

static void
test_screening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_auto(GStrv) defaults = gln_screening_dup_default_reasons ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) reasons = NULL;
  GlnScreeningSummary *summary;
  GlnCollectionPaper *entry;

  g_strv_builder_addv (builder, (const char **) defaults);
  g_strv_builder_add_many (builder, "wrong population", "review article", NULL);
  reasons = g_strv_builder_end (builder);
  screen (fixture, 0, GLN_SCREENING_INCLUDE, NULL);
  screen (fixture, 1, GLN_SCREENING_EXCLUDE, "wrong population");
  screen (fixture, 2, GLN_SCREENING_EXCLUDE, "  review article ");
  screen (fixture, 3, GLN_SCREENING_EXCLUDE, "wrong population");
  screen (fixture, 4, GLN_SCREENING_MAYBE, NULL);
  screen (fixture, 5, GLN_SCREENING_INCLUDE, NULL);

  /* Typed reasons join the collection's vocabulary, after the defaults, once each, trimmed. */
  state = load_board (fixture);
  g_assert_cmpstrv (state->reasons, reasons);
  g_clear_pointer (&state, gln_board_state_free);

  /* A changed mind, then undo restores the earlier decision and its reason. */
  screen (fixture, 3, GLN_SCREENING_INCLUDE, NULL);
  g_assert_cmpint (undo (fixture), ==, fixture->ids[3]);
  state = load_board (fixture);
  entry = gln_test_collection_find_paper (state, fixture->ids[3]);
  g_assert_cmpint (entry->status, ==, GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (entry->reason, ==, "wrong population");
  g_clear_pointer (&state, gln_board_state_free);

  /* Undo survives a restart: the log is in the library. */
  reopen (fixture);
  g_assert_cmpint (undo (fixture), ==, fixture->ids[5]);
  state = load_board (fixture);
  g_assert_cmpint (gln_test_collection_find_paper (state, fixture->ids[5])->status, ==,
                   GLN_SCREENING_UNSCREENED);

  /* The PRISMA numbers. */
  summary = state->summary;
  g_assert_cmpuint (summary->counts[GLN_SCREENING_INCLUDE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_EXCLUDE], ==, 3);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_MAYBE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_UNSCREENED], ==, 5);
  g_assert_cmpuint (summary->reasons->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (summary->reasons, 0), ==, "wrong population");
  g_assert_cmpuint (g_array_index (summary->reason_counts, guint, 0), ==, 2);
  g_assert_cmpstr (g_ptr_array_index (summary->reasons, 1), ==, "review article");
  g_assert_cmpuint (g_array_index (summary->reason_counts, guint, 1), ==, 1);
  g_clear_pointer (&state, gln_board_state_free);

  /* Undo all the way down, then nothing is left to undo. */
  while (undo (fixture) > 0)
    ;
  state = load_board (fixture);
  g_assert_cmpuint (state->summary->counts[GLN_SCREENING_UNSCREENED], ==, 10);
}

static GlnBoardColumn *
add_column (Fixture      *fixture,
            const char   *name,
            GlnBoardKind  kind)
{
  g_autoptr(GError) error = NULL;
  GlnBoardColumn *column;

  gln_store_add_board_column_async (fixture->store, fixture->collection, name, kind, NULL, NULL,
                                    gln_test_ready_cb, NULL);
  column = gln_store_add_board_column_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (column);

  return column;
}

/* Returns the value as stored, or NULL with @error set when the column refuses it. */
static char *
set_cell (Fixture         *fixture,
          GlnBoardColumn  *column,
          guint            i,
          const char      *value,
          GError         **error)
{
  gln_store_set_board_cell_async (fixture->store, column, fixture->ids[i], value, NULL,
                                  gln_test_ready_cb, NULL);
  return gln_store_set_board_cell_finish (fixture->store, gln_test_wait (), error);
}

static void
fill_cell (Fixture        *fixture,
           GlnBoardColumn *column,
           guint           i,
           const char     *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = set_cell (fixture, column, i, value, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
}

static void
refuse_cell (Fixture        *fixture,
             GlnBoardColumn *column,
             guint           i,
             const char     *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = set_cell (fixture, column, i, value, &error);

  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_assert_null (stored);
}

static void
update_column (Fixture        *fixture,
               GlnBoardColumn *column)
{
  gln_store_update_board_column_async (fixture->store, column, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
}

static void
test_columns_and_cells_persist (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GlnBoardColumn) method = NULL;
  g_autoptr(GlnBoardColumn) quality = NULL;
  g_autoptr(GlnBoardColumn) n = NULL;
  g_autoptr(GlnBoardColumn) risk = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  g_autofree char *key = NULL;
  const char *choices[] = { "low", "medium", "high", NULL };
  GlnBoardColumn *column;

  method = add_column (fixture, "Method", GLN_BOARD_KIND_TEXT);
  quality = add_column (fixture, "Quality", GLN_BOARD_KIND_SCORE);
  n = add_column (fixture, "Sample size", GLN_BOARD_KIND_NUMBER);
  risk = add_column (fixture, "Risk of bias", GLN_BOARD_KIND_CHOICE);
  risk->choices = g_strdupv ((GStrv) choices);
  update_column (fixture, risk);

  fill_cell (fixture, method, 0, "Simulation");
  fill_cell (fixture, quality, 0, " 4 ");
  fill_cell (fixture, n, 0, "1,5");
  fill_cell (fixture, risk, 0, "HIGH");

  /* Values that do not fit their column are refused and change nothing. */
  refuse_cell (fixture, quality, 0, "7");
  refuse_cell (fixture, n, 0, "many");
  refuse_cell (fixture, risk, 0, "extreme");

  /* Reorder, rename and hide; then restart and re-import the same papers. */
  gln_store_move_board_column_async (fixture->store, risk->id, 0, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_free (method->name);
  method->name = g_strdup ("Approach");
  method->width = 120;
  method->hidden = TRUE;
  update_column (fixture, method);
  reopen (fixture);
  again = gln_test_parse_sample (GLN_TYPE_ARXIV_SOURCE, "arxiv-api",
                                 "query_all-electron-AND-all-proton_2025-11-11.xml");
  result = gln_test_store_import (fixture->store, again, 0);
  g_assert_cmpuint (result->stats.unchanged, ==, 10);

  state = load_board (fixture);
  g_assert_cmpuint (state->columns->len, ==, 4);
  column = g_ptr_array_index (state->columns, 0);
  g_assert_cmpstr (column->name, ==, "Risk of bias");
  g_assert_cmpint (column->kind, ==, GLN_BOARD_KIND_CHOICE);
  g_assert_cmpstrv (column->choices, choices);
  column = g_ptr_array_index (state->columns, 1);
  g_assert_cmpstr (column->name, ==, "Approach");
  g_assert_true (column->hidden);
  g_assert_cmpint (column->width, ==, 120);

  g_assert_cmpuint (g_hash_table_size (state->cells), ==, 4);
  key = gln_board_cell_key (quality->id, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, key), ==, "4");
  g_free (key);
  key = gln_board_cell_key (n->id, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, key), ==, "1.5");
  g_free (key);
  key = gln_board_cell_key (risk->id, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, key), ==, "high");
  g_clear_pointer (&state, gln_board_state_free);

  /* Clearing a cell removes its value; deleting a column removes its cells. */
  fill_cell (fixture, risk, 0, "");
  gln_store_delete_board_column_async (fixture->store, n->id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  state = load_board (fixture);
  g_assert_cmpuint (g_hash_table_size (state->cells), ==, 2);
}

static void
test_sorting (void)
{
  GlnBoardColumn text = { .kind = GLN_BOARD_KIND_TEXT, .name = (char *) "Method" };
  GlnBoardColumn score = { .kind = GLN_BOARD_KIND_SCORE, .name = (char *) "Quality" };
  GlnBoardColumn number = { .kind = GLN_BOARD_KIND_NUMBER, .name = (char *) "N" };
  const char *choices[] = { "low", "medium", "high", NULL };
  GlnBoardColumn choice = { .kind = GLN_BOARD_KIND_CHOICE, .name = (char *) "Risk",
                            .choices = (GStrv) choices };

  g_assert_cmpint (gln_board_column_compare (&text, "alpha", "beta"), <, 0);
  g_assert_cmpint (gln_board_column_compare (&text, "Beta", "alpha"), >, 0);
  g_assert_cmpint (gln_board_column_compare (&score, "5", "10"), <, 0);
  g_assert_cmpint (gln_board_column_compare (&score, "3", "3"), ==, 0);
  g_assert_cmpint (gln_board_column_compare (&number, "9.5", "10"), <, 0);
  g_assert_cmpint (gln_board_column_compare (&number, "-2", "1e3"), <, 0);
  /* Choices sort in the order the user defined, not alphabetically. */
  g_assert_cmpint (gln_board_column_compare (&choice, "low", "high"), <, 0);
  g_assert_cmpint (gln_board_column_compare (&choice, "high", "medium"), >, 0);
  /* Empty cells come last whatever the kind. */
  g_assert_cmpint (gln_board_column_compare (&score, NULL, "0"), >, 0);
  g_assert_cmpint (gln_board_column_compare (&text, "", "a"), >, 0);
  g_assert_cmpint (gln_board_column_compare (&choice, "low", NULL), <, 0);
}

/* A strict RFC 4180 reader, to prove the export reads back. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
        }
    }

  return rows;
}

/* Undoes gln_latex_escape_text() and splits a tabular row at unescaped &. */
static GStrv
parse_latex_row (const char *line)
{
  static const char * const macros[][2] = {
    { "\\textbackslash{}", "\\" }, { "\\textasciitilde{}", "~" }, { "\\textasciicircum{}", "^" },
  };
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = line;

  g_assert_true (g_str_has_suffix (line, " \\\\"));
  while (p < line + strlen (line) - 3)
    {
      gboolean matched = FALSE;

      for (guint m = 0; m < G_N_ELEMENTS (macros); m++)
        {
          if (g_str_has_prefix (p, macros[m][0]))
            {
              g_string_append (cell, macros[m][1]);
              p += strlen (macros[m][0]);
              matched = TRUE;
            }
        }
      if (matched)
        continue;
      /* A citation, as the table writes its keys. */
      if (g_str_has_prefix (p, "\\cite{") && strchr (p, '}') != NULL)
        {
          const char *close = strchr (p, '}');

          g_string_append_len (cell, p, close + 1 - p);
          p = close + 1;
        }
      else if (*p == '\\' && strchr ("&%$#_{}", p[1]) != NULL)
        {
          g_string_append_c (cell, p[1]);
          p += 2;
        }
      else if (g_str_has_prefix (p, " & "))
        {
          g_strv_builder_add (cells, cell->str);
          g_string_truncate (cell, 0);
          p += 3;
        }
      else
        {
          g_assert_true (strchr ("&%$#_{}\\~^", *p) == NULL);
          g_string_append_c (cell, *p++);
        }
    }
  g_strv_builder_add (cells, cell->str);

  return g_strv_builder_end (cells);
}

static const char * const tricky[] = {
  "plain",
  "comma, and \"quotes\"",
  "two\nlines",
  "R&D at 5% cost_of $10 {x} #1 ~ ^ \\emph",
  NULL,
};

/* The papers of the board's rows, parallel to @state's entries. */
static GPtrArray *
read_papers (Fixture       *fixture,
             GlnBoardState *state)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);

      g_array_append_val (ids, entry->paper_id);
    }

  gln_store_read_papers_async (fixture->store, ids, NULL, gln_test_ready_cb, NULL);
  papers = gln_store_read_papers_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, state->entries->len);

  return papers;
}

/* The board of the included papers, as it exports. */
static GlnTable *
build_board (Fixture *fixture)
{
  g_autoptr(GlnBoardState) state = load_board (fixture);
  g_autoptr(GPtrArray) papers = read_papers (fixture, state);

  return gln_board_table_build (state, papers, GLN_SCREENING_INCLUDE);
}

static GlnTable *
build_screening (Fixture *fixture)
{
  g_autoptr(GlnBoardState) state = load_board (fixture);
  g_autoptr(GPtrArray) papers = read_papers (fixture, state);

  return gln_screening_table_build (state, papers);
}

static void
test_exports_read_back (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GlnTable) board = NULL;
  g_autoptr(GlnTable) screening = NULL;
  g_autoptr(GlnBoardColumn) notes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *latex = NULL;
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;
  guint header, seen = 0;

  notes = add_column (fixture, "Notes, \"raw\" & 100%", GLN_BOARD_KIND_TEXT);
  for (guint i = 0; tricky[i] != NULL; i++)
    {
      screen (fixture, i, GLN_SCREENING_INCLUDE, NULL);
      fill_cell (fixture, notes, i, tricky[i]);
    }
  screen (fixture, 6, GLN_SCREENING_EXCLUDE, "off topic, \"clearly\"");

  /* The board shows the included papers by default. */
  board = build_board (fixture);
  g_assert_cmpuint (board->rows->len, ==, 4);
  g_assert_cmpstr (board->headers[0], ==, "Title");
  g_assert_cmpstr (board->headers[1], ==, "Cite key");
  g_assert_cmpstr (board->headers[4], ==, "DOI");
  g_assert_cmpstr (board->headers[7], ==, "Notes, \"raw\" & 100%");
  g_assert_cmpstr (board->headers[8], ==, "Key results");
  for (guint r = 0; r < board->rows->len; r++)
    g_assert_cmpstr (((GStrv) g_ptr_array_index (board->rows, r))[1], !=, "");

  csv = gln_table_to_csv (board);
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), board->headers);
  for (guint r = 0; r < board->rows->len; r++)
    g_assert_cmpstrv (g_ptr_array_index (rows, r + 1), g_ptr_array_index (board->rows, r));

  latex = gln_table_to_latex (board);
  g_assert_true (g_str_has_prefix (latex, "\\begin{tabular}{"));
  lines = g_strsplit (latex, "\n", -1);
  for (header = 0; lines[header] != NULL && !g_str_has_suffix (lines[header], "\\\\"); header++)
    ;
  for (guint i = header; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      const char * const *expected;

      if (!g_str_has_suffix (lines[i], "\\\\"))
        continue;
      cells = parse_latex_row (lines[i]);
      expected = seen == 0 ? (const char * const *) board->headers
                           : g_ptr_array_index (board->rows, seen - 1);
      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length ((GStrv) expected));
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_autofree char *flat = g_strdup (expected[c]);
          g_autofree char *joined = NULL;
          g_auto(GStrv) parts = g_strsplit (flat, "\n", -1);

          joined = g_strjoinv ("; ", parts);
          /* The LaTeX table cites each paper by the key its BibTeX entry has. */
          if (seen > 0 && (int) c == board->cite_column)
            {
              g_autofree char *cite = g_strdup_printf ("\\cite{%s}", expected[c]);

              g_assert_nonnull (strstr (lines[i], cite));
              continue;
            }
          g_assert_cmpstr (cells[c], ==, joined);
        }
      seen++;
    }
  g_assert_cmpuint (seen, ==, 5);

  markdown = gln_table_to_markdown (board);
  g_assert_nonnull (strstr (markdown, "| Notes, \"raw\" & 100% |"));
  g_assert_nonnull (strstr (markdown, "two<br>lines"));

  /* The screening record holds every paper with its decision and reason. */
  screening = build_screening (fixture);
  g_assert_cmpuint (screening->rows->len, ==, 10);
  g_clear_pointer (&csv, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  csv = gln_table_to_csv (screening);
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 11);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (rows, 7))[2], ==, "exclude");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (rows, 7))[3], ==, "off topic, \"clearly\"");
}

static void
set_key_results (Fixture    *fixture,
                 guint       i,
                 const char *text)
{
  gln_store_set_key_results_async (fixture->store, fixture->collection, fixture->ids[i], text,
                                   NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
}

static void
test_key_results (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GlnTable) board = NULL;
  guint results;

  /* 1309.4668 (the second entry) quotes its gain; an edit replaces it, "" clears it. */
  screen (fixture, 1, GLN_SCREENING_INCLUDE, NULL);
  screen (fixture, 7, GLN_SCREENING_INCLUDE, NULL);
  board = build_board (fixture);
  for (results = 0; g_strcmp0 (board->headers[results], "Key results") != 0; results++)
    ;
  g_assert_nonnull (strstr (((GStrv) g_ptr_array_index (board->rows, 0))[results],
                            "current gain over the range 300 to 25K"));

  set_key_results (fixture, 1, "Gain 300–25K");
  set_key_results (fixture, 7, "");
  g_clear_pointer (&board, gln_table_free);
  board = build_board (fixture);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (board->rows, 0))[results], ==, "Gain 300–25K");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (board->rows, 1))[results], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared ("/gln/board/screening", Fixture, NULL, fixture_set_up, test_screening,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/board/columns-and-cells-persist", Fixture, NULL, fixture_set_up,
                       test_columns_and_cells_persist, fixture_tear_down);
  g_test_add_func ("/gln/board/sorting", test_sorting);
  gln_test_add_shared ("/gln/board/exports-read-back", Fixture, NULL, fixture_set_up,
                       test_exports_read_back, fixture_tear_down);
  gln_test_add_shared ("/gln/board/key-results", Fixture, NULL, fixture_set_up, test_key_results,
                       fixture_tear_down);

  return g_test_run ();
}
