/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-arxiv-source.h"
#include "gln-board.h"
#include "gln-database.h"
#include "gln-table.h"
#include "gln-test-utils.h"

typedef struct
{
  char        *path;
  GlnDatabase *db;
  gint64       collection;
  gint64       ids[10];
} Fixture;

static GPtrArray *
parse_sample (void)
{
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_arxiv_source_new ());
  g_autofree char *path = gln_test_shared_path ("samples", "arxiv-api",
                                                "query_all-electron-AND-all-proton_2025-11-11.xml",
                                                NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers = gln_source_parse (source, bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 10);

  return papers;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = parse_sample ();
  g_autoptr(GError) error = NULL;

  fixture->path = gln_test_tmp_db_path ();
  fixture->db = gln_database_open (fixture->path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (gln_database_import (fixture->db, papers, 0, NULL, &error));
  fixture->collection = gln_database_create_collection (fixture->db, "Proton structure", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < papers->len; i++)
    {
      fixture->ids[i] = gln_paper_get_id (g_ptr_array_index (papers, i));
      g_assert_true (gln_database_collection_add (fixture->db, fixture->collection,
                                                  fixture->ids[i], &error));
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  g_free (fixture->path);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->db);
  fixture->db = gln_database_open (fixture->path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static void
screen (Fixture      *fixture,
        guint         i,
        GlnScreening  status,
        const char   *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gln_database_collection_screen (fixture->db, fixture->collection,
                                                 fixture->ids[i], status, reason, &error));
  g_assert_no_error (error);
}

static void
test_screening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GlnScreeningSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = NULL;
  g_autofree char *reason = NULL;
  GlnScreening status;

  screen (fixture, 0, GLN_SCREENING_INCLUDE, NULL);
  screen (fixture, 1, GLN_SCREENING_EXCLUDE, "wrong population");
  screen (fixture, 2, GLN_SCREENING_EXCLUDE, "  review article ");
  screen (fixture, 3, GLN_SCREENING_EXCLUDE, "wrong population");
  screen (fixture, 4, GLN_SCREENING_MAYBE, NULL);
  screen (fixture, 5, GLN_SCREENING_INCLUDE, NULL);

  /* Typed reasons join the collection's vocabulary, once each, trimmed. */
  reasons = gln_database_list_reasons (fixture->db, fixture->collection, &error);
  g_assert_cmpstrv (reasons, ((const char *[]) { "wrong population", "review article", NULL }));

  /* A changed mind, then undo restores the earlier decision and its reason. */
  screen (fixture, 3, GLN_SCREENING_INCLUDE, NULL);
  g_assert_cmpint (gln_database_undo_screening (fixture->db, fixture->collection, &error), ==,
                   fixture->ids[3]);
  g_assert_true (gln_database_get_screening (fixture->db, fixture->collection, fixture->ids[3],
                                             &status, &reason, &error));
  g_assert_cmpint (status, ==, GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (reason, ==, "wrong population");

  /* Undo survives a restart: the log is in the library. */
  reopen (fixture);
  g_assert_cmpint (gln_database_undo_screening (fixture->db, fixture->collection, &error), ==,
                   fixture->ids[5]);
  g_assert_true (gln_database_get_screening (fixture->db, fixture->collection, fixture->ids[5],
                                             &status, NULL, &error));
  g_assert_cmpint (status, ==, GLN_SCREENING_UNSCREENED);

  /* The PRISMA numbers. */
  summary = gln_database_get_screening_summary (fixture->db, fixture->collection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_INCLUDE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_EXCLUDE], ==, 3);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_MAYBE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_UNSCREENED], ==, 5);
  g_assert_cmpuint (summary->reasons->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (summary->reasons, 0), ==, "wrong population");
  g_assert_cmpuint (g_array_index (summary->reason_counts, guint, 0), ==, 2);
  g_assert_cmpstr (g_ptr_array_index (summary->reasons, 1), ==, "review article");
  g_assert_cmpuint (g_array_index (summary->reason_counts, guint, 1), ==, 1);

  /* Undo all the way down, then nothing is left to undo. */
  while (gln_database_undo_screening (fixture->db, fixture->collection, &error) > 0)
    ;
  g_assert_no_error (error);
  g_clear_pointer (&summary, gln_screening_summary_free);
  summary = gln_database_get_screening_summary (fixture->db, fixture->collection, &error);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_UNSCREENED], ==, 10);
}

static void
test_columns_and_cells_persist (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) again = parse_sample ();
  g_autoptr(GHashTable) cells = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  const char *choices[] = { "low", "medium", "high", NULL };
  GlnImportStats stats = { 0, };
  gint64 method, quality, n, risk;

  method = gln_database_add_board_column (fixture->db, fixture->collection, "Method", "text", &error);
  quality = gln_database_add_board_column (fixture->db, fixture->collection, "Quality", "score", &error);
  n = gln_database_add_board_column (fixture->db, fixture->collection, "Sample size", "number", &error);
  risk = gln_database_add_board_column (fixture->db, fixture->collection, "Risk of bias", "choice", &error);
  g_assert_no_error (error);
  g_assert_true (gln_database_update_board_column (fixture->db, risk, "Risk of bias", choices, 0,
                                                   FALSE, &error));

  g_assert_true (gln_database_set_board_cell_by_id (fixture->db, method, fixture->ids[0], "Simulation", &error));
  g_assert_true (gln_database_set_board_cell_by_id (fixture->db, quality, fixture->ids[0], " 4 ", &error));
  g_assert_true (gln_database_set_board_cell_by_id (fixture->db, n, fixture->ids[0], "1,5", &error));
  g_assert_true (gln_database_set_board_cell_by_id (fixture->db, risk, fixture->ids[0], "HIGH", &error));
  g_assert_no_error (error);

  /* Values that do not fit their column are refused and change nothing. */
  g_assert_false (gln_database_set_board_cell_by_id (fixture->db, quality, fixture->ids[0], "7", &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (gln_database_set_board_cell_by_id (fixture->db, n, fixture->ids[0], "many", &error));
  g_clear_error (&error);
  g_assert_false (gln_database_set_board_cell_by_id (fixture->db, risk, fixture->ids[0], "extreme", &error));
  g_clear_error (&error);

  /* Reorder, rename and hide; then restart and re-import the same papers. */
  g_assert_true (gln_database_move_board_column (fixture->db, risk, 0, &error));
  g_assert_true (gln_database_update_board_column (fixture->db, method, "Approach", NULL, 120,
                                                   TRUE, &error));
  reopen (fixture);
  g_assert_true (gln_database_import (fixture->db, again, 0, &stats, &error));
  g_assert_cmpuint (stats.unchanged, ==, 10);

  columns = gln_database_list_board_columns (fixture->db, fixture->collection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (columns->len, ==, 4);
  g_assert_cmpstr (((GlnBoardColumn *) columns->pdata[0])->name, ==, "Risk of bias");
  g_assert_cmpint (((GlnBoardColumn *) columns->pdata[0])->kind, ==, GLN_BOARD_KIND_CHOICE);
  g_assert_cmpstrv (((GlnBoardColumn *) columns->pdata[0])->choices, choices);
  g_assert_cmpstr (((GlnBoardColumn *) columns->pdata[1])->name, ==, "Approach");
  g_assert_true (((GlnBoardColumn *) columns->pdata[1])->hidden);
  g_assert_cmpint (((GlnBoardColumn *) columns->pdata[1])->width, ==, 120);

  cells = gln_database_list_board_cells (fixture->db, fixture->collection, &error);
  g_assert_cmpuint (g_hash_table_size (cells), ==, 4);
  key = gln_board_cell_key (quality, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (cells, key), ==, "4");
  g_free (key);
  key = gln_board_cell_key (n, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (cells, key), ==, "1.5");
  g_free (key);
  key = gln_board_cell_key (risk, fixture->ids[0]);
  g_assert_cmpstr (g_hash_table_lookup (cells, key), ==, "high");

  /* Clearing a cell removes its value; deleting a column removes its cells. */
  g_assert_true (gln_database_set_board_cell_by_id (fixture->db, risk, fixture->ids[0], "", &error));
  g_assert_true (gln_database_delete_board_column (fixture->db, n, &error));
  g_clear_pointer (&cells, g_hash_table_unref);
  cells = gln_database_list_board_cells (fixture->db, fixture->collection, &error);
  g_assert_cmpuint (g_hash_table_size (cells), ==, 2);
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
      if (*p == '\\' && strchr ("&%$#_{}", p[1]) != NULL)
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

static void
test_exports_read_back (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GlnTable) board = NULL;
  g_autoptr(GlnTable) screening = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *latex = NULL;
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 notes;
  guint header, seen = 0;

  notes = gln_database_add_board_column (fixture->db, fixture->collection, "Notes, \"raw\" & 100%",
                                         "text", &error);
  for (guint i = 0; tricky[i] != NULL; i++)
    {
      screen (fixture, i, GLN_SCREENING_INCLUDE, NULL);
      g_assert_true (gln_database_set_board_cell_by_id (fixture->db, notes, fixture->ids[i],
                                                        tricky[i], &error));
    }
  screen (fixture, 6, GLN_SCREENING_EXCLUDE, "off topic, \"clearly\"");
  g_assert_no_error (error);

  /* The board shows the included papers by default. */
  board = gln_board_table_build (fixture->db, fixture->collection, GLN_SCREENING_INCLUDE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (board->rows->len, ==, 4);
  g_assert_cmpstr (board->headers[0], ==, "Title");
  g_assert_cmpstr (board->headers[5], ==, "Notes, \"raw\" & 100%");
  g_assert_cmpstr (board->headers[6], ==, "Key results");

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
          g_assert_cmpstr (cells[c], ==, joined);
        }
      seen++;
    }
  g_assert_cmpuint (seen, ==, 5);

  markdown = gln_table_to_markdown (board);
  g_assert_nonnull (strstr (markdown, "| Notes, \"raw\" & 100% |"));
  g_assert_nonnull (strstr (markdown, "two<br>lines"));

  /* The screening record holds every paper with its decision and reason. */
  screening = gln_screening_table_build (fixture->db, fixture->collection, &error);
  g_assert_no_error (error);
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
test_key_results (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GlnTable) board = NULL;
  g_autoptr(GError) error = NULL;
  guint results;

  /* 1309.4668 (the second entry) quotes its gain; an edit replaces it, "" clears it. */
  screen (fixture, 1, GLN_SCREENING_INCLUDE, NULL);
  screen (fixture, 7, GLN_SCREENING_INCLUDE, NULL);
  board = gln_board_table_build (fixture->db, fixture->collection, GLN_SCREENING_INCLUDE, &error);
  for (results = 0; g_strcmp0 (board->headers[results], "Key results") != 0; results++)
    ;
  g_assert_nonnull (strstr (((GStrv) g_ptr_array_index (board->rows, 0))[results],
                            "current gain over the range 300 to 25K"));

  g_assert_true (gln_database_set_key_results (fixture->db, fixture->collection, fixture->ids[1],
                                               "Gain 300–25K", &error));
  g_assert_true (gln_database_set_key_results (fixture->db, fixture->collection, fixture->ids[7],
                                               "", &error));
  g_clear_pointer (&board, gln_table_free);
  board = gln_board_table_build (fixture->db, fixture->collection, GLN_SCREENING_INCLUDE, &error);
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
