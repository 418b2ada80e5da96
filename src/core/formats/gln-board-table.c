/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison board and the screening decisions of a collection as plain tables. */

#define G_LOG_DOMAIN "gln-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-board.h"
#include "gln-claims.h"
#include "gln-latex.h"
#include "gln-macros.h"
#include "gln-table.h"

#define N_KEY_RESULTS 3

/**
 * gln_paper_dup_key_results:
 * @paper: a paper
 * @override: (nullable): the user's own text for the collection: used as it is, even empty
 *
 * Returns: (transfer full): the Key results of @paper, one claim per line, readable (LaTeX
 *   rendered as text)
 */
char *
gln_paper_dup_key_results (GlnPaper   *paper,
                           const char *override)
{
  g_auto(GStrv) claims = NULL;
  GString *out;

  if (override != NULL)
    return g_strdup (override);

  claims = gln_claims_extract (gln_paper_get_abstract (paper), N_KEY_RESULTS);
  out = g_string_new (NULL);
  for (guint i = 0; claims[i] != NULL; i++)
    {
      g_autofree char *text = gln_latex_to_text (claims[i]);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, text);
    }

  return g_string_free (out, FALSE);
}

static char *
screening_label (GlnScreening  status,
                 const char   *reason)
{
  static const char * const labels[] = {
    [GLN_SCREENING_UNSCREENED] = N_("Unscreened"),
    [GLN_SCREENING_INCLUDE] = N_("Included"),
    [GLN_SCREENING_EXCLUDE] = N_("Excluded"),
    [GLN_SCREENING_MAYBE] = N_("Maybe"),
  };

  if (!gln_str_empty0 (reason))
    /* Translators: a screening decision and its reason, e.g. "Excluded (wrong population)" */
    return g_strdup_printf (_("%s (%s)"), _(labels[status]), reason);

  return g_strdup (_(labels[status]));
}

/**
 * gln_board_table_build:
 * @db: a #GlnDatabase
 * @collection_id: the collection
 * @status: a #GlnScreening to show only the papers with that decision, or -1 for all
 * @error: return location for a #GError
 *
 * Builds the comparison board as it exports: title, year, first author, screening and
 * rating, the visible criteria columns in their order, then Key results and Code.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
GlnTable *
gln_board_table_build (GlnDatabase  *db,
                       gint64        collection_id,
                       int           status,
                       GError      **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) cells = NULL;
  g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();
  g_auto(GStrv) header_strv = NULL;
  g_autoptr(GlnTable) table = NULL;

  if (!(columns = gln_database_list_board_columns (db, collection_id, error)) ||
      !(entries = gln_database_list_collection_papers (db, collection_id, status, error)) ||
      !(cells = gln_database_list_board_cells (db, collection_id, error)))
    return NULL;

  g_strv_builder_add (headers, _("Title"));
  g_strv_builder_add (headers, _("Year"));
  g_strv_builder_add (headers, _("First author"));
  g_strv_builder_add (headers, _("Screening"));
  g_strv_builder_add (headers, _("Rating"));
  for (guint i = 0; i < columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (columns, i);

      if (!column->hidden)
        g_strv_builder_add (headers, column->name);
    }
  g_strv_builder_add (headers, _("Key results"));
  g_strv_builder_add (headers, _("Code"));
  header_strv = g_strv_builder_end (headers);
  table = gln_table_new ((const char * const *) header_strv);

  for (guint i = 0; i < entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (entries, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autoptr(GlnPaper) paper = NULL;
      g_autofree char *title = NULL;
      g_autofree char *year = NULL;
      g_autofree char *screening = NULL;
      g_autofree char *rating = NULL;
      g_autofree char *results = NULL;
      const char *code;

      if (!(paper = gln_database_get_paper (db, entry->paper_id, error)))
        return NULL;

      title = gln_latex_to_text (gln_paper_get_title (paper));
      year = gln_paper_get_year (paper) > 0 ? g_strdup_printf ("%d", gln_paper_get_year (paper))
                                             : g_strdup ("");
      screening = screening_label (entry->status, entry->reason);
      rating = gln_paper_get_rating (paper) > 0
               ? g_strdup_printf ("%d", gln_paper_get_rating (paper)) : g_strdup ("");
      results = gln_paper_dup_key_results (paper, entry->key_results);
      code = gln_paper_get_code_url (paper);
      if (code == NULL)
        code = gln_paper_get_has_code (paper) ? _("yes") : "";

      g_strv_builder_add (row, title ? title : "");
      g_strv_builder_add (row, year);
      g_strv_builder_add (row, gln_paper_get_authors (paper)[0] ? gln_paper_get_authors (paper)[0] : "");
      g_strv_builder_add (row, screening);
      g_strv_builder_add (row, rating);
      for (guint c = 0; c < columns->len; c++)
        {
          GlnBoardColumn *column = g_ptr_array_index (columns, c);
          g_autofree char *key = NULL;
          const char *value;

          if (column->hidden)
            continue;
          key = gln_board_cell_key (column->id, entry->paper_id);
          value = g_hash_table_lookup (cells, key);
          g_strv_builder_add (row, value ? value : "");
        }
      g_strv_builder_add (row, results);
      g_strv_builder_add (row, code);
      gln_table_add_row (table, g_strv_builder_end (row));
    }

  return g_steal_pointer (&table);
}

/**
 * gln_screening_table_build:
 * @db: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one row per paper of the collection: key, title, decision and
 *   reason, for the screening record of a review
 */
GlnTable *
gln_screening_table_build (GlnDatabase  *db,
                           gint64        collection_id,
                           GError      **error)
{
  static const char * const headers[] = { "key", "title", "decision", "reason", NULL };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GlnTable) table = gln_table_new (headers);

  if (!(entries = gln_database_list_collection_papers (db, collection_id, -1, error)))
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      GlnCollectionPaper *entry = g_ptr_array_index (entries, i);
      g_autoptr(GlnPaper) paper = NULL;
      GStrv row;

      if (!(paper = gln_database_get_paper (db, entry->paper_id, error)))
        return NULL;

      row = g_new0 (char *, 5);
      row[0] = g_strdup (gln_paper_get_key (paper));
      row[1] = g_strdup (gln_paper_get_title (paper));
      row[2] = g_strdup (gln_screening_to_string (entry->status));
      row[3] = g_strdup (entry->reason ? entry->reason : "");
      gln_table_add_row (table, row);
    }

  return g_steal_pointer (&table);
}
