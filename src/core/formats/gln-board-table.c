/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison board and the screening decisions of a collection as plain tables. */

#define G_LOG_DOMAIN "gln-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-board-table.h"

#include "gln-biblio.h"
#include "gln-latex.h"
#include "gln-macros.h"

/* A decision as the board shows it: "Excluded (wrong population)". */
static char *
screening_label (GlnScreening  status,
                 const char   *reason)
{
  if (!gln_str_empty0 (reason))
    /* Translators: a screening decision and its reason, e.g. "Excluded (wrong population)" */
    return g_strdup_printf (_("%s (%s)"), gln_screening_get_label (status), reason);

  return g_strdup (gln_screening_get_label (status));
}

static GStrv
board_headers (const GlnBoardState *state)
{
  g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();

  g_strv_builder_add (headers, _("Title"));
  g_strv_builder_add (headers, _("Cite key"));
  g_strv_builder_add (headers, _("Year"));
  g_strv_builder_add (headers, _("First author"));
  g_strv_builder_add (headers, _("DOI"));
  g_strv_builder_add (headers, _("Screening"));
  g_strv_builder_add (headers, _("Rating"));
  for (guint i = 0; i < state->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (state->columns, i);

      if (!column->hidden)
        g_strv_builder_add (headers, column->name);
    }
  g_strv_builder_add (headers, _("Key results"));
  g_strv_builder_add (headers, _("Code"));

  return g_strv_builder_end (headers);
}

static GStrv
board_row (const GlnBoardState *state,
           GlnCollectionPaper  *entry,
           GlnPaper            *paper,
           const char          *cite_key)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autofree char *title = gln_latex_to_text (gln_paper_get_title (paper));
  g_autofree char *year = NULL;
  g_autofree char *screening = screening_label (entry->status, entry->reason);
  g_autofree char *rating = NULL;
  g_autofree char *results = gln_paper_dup_key_results (paper, entry->key_results);
  const char *first_author = gln_paper_get_authors (paper)[0];
  const char *code = gln_paper_get_code_url (paper);

  year = gln_paper_get_year (paper) > 0 ? g_strdup_printf ("%d", gln_paper_get_year (paper))
                                         : g_strdup ("");
  rating = gln_paper_get_rating (paper) > 0
           ? g_strdup_printf ("%d", gln_paper_get_rating (paper)) : g_strdup ("");
  if (code == NULL)
    code = gln_paper_get_has_code (paper) ? _("yes") : "";

  g_strv_builder_add (row, title ? title : "");
  g_strv_builder_add (row, cite_key);
  g_strv_builder_add (row, year);
  g_strv_builder_add (row, first_author ? first_author : "");
  g_strv_builder_add (row, gln_paper_get_doi (paper) ? gln_paper_get_doi (paper) : "");
  g_strv_builder_add (row, screening);
  g_strv_builder_add (row, rating);
  for (guint c = 0; c < state->columns->len; c++)
    {
      GlnBoardColumn *column = g_ptr_array_index (state->columns, c);
      g_autofree char *key = NULL;
      const char *value;

      if (column->hidden)
        continue;
      key = gln_board_cell_key (column->id, entry->paper_id);
      value = g_hash_table_lookup (state->cells, key);
      g_strv_builder_add (row, value ? value : "");
    }
  g_strv_builder_add (row, results);
  g_strv_builder_add (row, code);

  return g_strv_builder_end (row);
}

/**
 * gln_board_table_build:
 * @state: a collection's board, as gln_store_load_board_async() reads it
 * @papers: (element-type GlnPaper): its papers, parallel to @state's entries
 * @status: a #GlnScreening to show only the papers with that decision, or -1 for all
 *
 * Builds the comparison board as it exports: title, citation key (as a BibTeX export of the
 * collection makes it), year, first author, DOI, screening and rating, the visible criteria
 * columns in their order, then Key results and Code.
 *
 * Returns: (transfer full): the table
 */
GlnTable *
gln_board_table_build (const GlnBoardState *state,
                       GPtrArray           *papers,
                       int                  status)
{
  g_auto(GStrv) headers = board_headers (state);
  GlnTable *table = gln_table_new ((const char * const *) headers);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (papers->len == state->entries->len, table);

  table->cite_column = 1;
  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);
      GlnPaper *paper = g_ptr_array_index (papers, i);
      g_autoptr(JsonObject) extra = gln_biblio_dup_extra (paper);
      /* Every paper takes its key, shown or not, so that the keys are the collection's. */
      g_autofree char *key = gln_biblio_make_cite_key (paper, extra, keys);

      if (status < 0 || entry->status == (GlnScreening) status)
        gln_table_add_row (table, board_row (state, entry, paper, key));
    }

  return table;
}

/**
 * gln_screening_table_build:
 * @state: a collection's board, as gln_store_load_board_async() reads it
 * @papers: (element-type GlnPaper): its papers, parallel to @state's entries
 *
 * Returns: (transfer full): one row per paper of the collection: key, title, decision and
 *   reason, for the screening record of a review
 */
GlnTable *
gln_screening_table_build (const GlnBoardState *state,
                           GPtrArray           *papers)
{
  static const char * const headers[] = { "key", "title", "decision", "reason", NULL };
  GlnTable *table = gln_table_new (headers);

  g_return_val_if_fail (papers->len == state->entries->len, table);

  for (guint i = 0; i < state->entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);
      GlnPaper *paper = g_ptr_array_index (papers, i);
      GStrv row = g_new0 (char *, 5);

      row[0] = g_strdup (gln_paper_get_key (paper));
      row[1] = g_strdup (gln_paper_get_title (paper));
      row[2] = g_strdup (gln_screening_to_string (entry->status));
      row[3] = g_strdup (entry->reason ? entry->reason : "");
      gln_table_add_row (table, row);
    }

  return table;
}

/**
 * gln_board_table_write:
 * @state: a collection's board, as gln_store_load_board_async() reads it
 * @papers: (element-type GlnPaper): its papers, parallel to @state's entries
 * @format: what to write
 * @status: for the board, a #GlnScreening to keep only the papers with that decision, or -1
 *
 * Returns: (transfer full): the board or the screening record as text
 */
char *
gln_board_table_write (const GlnBoardState *state,
                       GPtrArray           *papers,
                       GlnBoardExport       format,
                       int                  status)
{
  g_autoptr(GlnTable) table = NULL;

  if (format == GLN_BOARD_EXPORT_SCREENING_CSV)
    table = gln_screening_table_build (state, papers);
  else
    table = gln_board_table_build (state, papers, status);

  switch (format)
    {
    case GLN_BOARD_EXPORT_MARKDOWN:
      return gln_table_to_markdown (table);
    case GLN_BOARD_EXPORT_LATEX:
      return gln_table_to_latex (table);
    case GLN_BOARD_EXPORT_CSV:
    case GLN_BOARD_EXPORT_SCREENING_CSV:
    default:
      return gln_table_to_csv (table);
    }
}
