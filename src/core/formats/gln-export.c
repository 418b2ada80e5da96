/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-export"

#include "config.h"

#include "gln-export.h"

#include "gln-atom-export.h"
#include "gln-bibtex.h"
#include "gln-csljson.h"
#include "gln-csv.h"
#include "gln-ris.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static const char * const format_names[] = {
  [GLN_EXPORT_FORMAT_BIBTEX] = "bibtex",
  [GLN_EXPORT_FORMAT_BIBLATEX] = "biblatex",
  [GLN_EXPORT_FORMAT_RIS] = "ris",
  [GLN_EXPORT_FORMAT_CSLJSON] = "csljson",
  [GLN_EXPORT_FORMAT_CSV] = "csv",
  [GLN_EXPORT_FORMAT_ATOM] = "atom",
};

gboolean
gln_export_format_from_string (const char      *name,
                               GlnExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    {
      if (g_strcmp0 (name, format_names[i]) == 0)
        {
          *format = (GlnExportFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
gln_export_format_to_string (GlnExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);

  return format_names[format];
}

/**
 * gln_export_collect:
 * @db: a #GlnDatabase
 * @query: which papers, in which order
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers the query matches, or %NULL
 *   with @error
 */
GPtrArray *
gln_export_collect (GlnDatabase     *db,
                    const GlnQuery  *query,
                    GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (GLN_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!(ids = gln_database_query_ids (db, query, error)))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      GlnPaper *paper = gln_database_get_paper (db, g_array_index (ids, gint64, i), error);

      if (paper == NULL)
        return NULL;
      g_ptr_array_add (papers, paper);
    }

  return g_steal_pointer (&papers);
}

/* Each paper's notes as one text, oldest first, parallel to @papers. */
static GPtrArray *
collect_notes (GlnDatabase  *db,
               GPtrArray    *papers,
               GError      **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < papers->len; i++)
    {
      g_autoptr(GPtrArray) notes = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);

      if (!(notes = gln_database_list_notes (db, gln_paper_get_id (g_ptr_array_index (papers, i)),
                                             error)))
        return NULL;
      for (guint j = 0; j < notes->len; j++)
        {
          GlnNote *note = g_ptr_array_index (notes, j);

          if (joined->len > 0)
            g_string_append (joined, "\n\n");
          g_string_append (joined, note->body);
        }
      g_ptr_array_add (all, joined->len > 0 ? g_strdup (joined->str) : NULL);
    }

  return g_steal_pointer (&all);
}

/**
 * gln_export_papers:
 * @db: (nullable): the library the papers are in, for the notes a CSV export includes
 * @papers: (element-type GlnPaper): the papers
 * @format: the format to write
 * @options: (nullable): options; %NULL for the defaults
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the exported text, UTF-8, or %NULL with @error
 */
char *
gln_export_papers (GlnDatabase             *db,
                   GPtrArray               *papers,
                   GlnExportFormat          format,
                   const GlnExportOptions  *options,
                   GError                 **error)
{
  static const GlnExportOptions defaults = { NULL, NULL, NULL, GLN_EXPORT_CHARSET_DEFAULT };
  GlnBibtexFlags flags = GLN_BIBTEX_FLAGS_NONE;

  g_return_val_if_fail (db == NULL || GLN_IS_DATABASE (db), NULL);
  g_return_val_if_fail (papers != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  switch (format)
    {
    case GLN_EXPORT_FORMAT_BIBTEX:
    case GLN_EXPORT_FORMAT_BIBLATEX:
      if (format == GLN_EXPORT_FORMAT_BIBLATEX)
        flags |= GLN_BIBTEX_FLAGS_BIBLATEX;
      if (options->charset == GLN_EXPORT_CHARSET_ASCII ||
          (options->charset == GLN_EXPORT_CHARSET_DEFAULT && format == GLN_EXPORT_FORMAT_BIBTEX))
        flags |= GLN_BIBTEX_FLAGS_ASCII;
      return gln_bibtex_write (papers, flags);

    case GLN_EXPORT_FORMAT_RIS:
      return gln_ris_write (papers);

    case GLN_EXPORT_FORMAT_CSLJSON:
      return gln_csljson_write (papers);

    case GLN_EXPORT_FORMAT_CSV:
      {
        g_autoptr(GPtrArray) notes = NULL;

        if (db != NULL && !(notes = collect_notes (db, papers, error)))
          return NULL;
        return gln_csv_write (papers, notes);
      }

    case GLN_EXPORT_FORMAT_ATOM:
      return gln_atom_export_write (papers, options->title ? options->title : _("Gleaner papers"),
                                    options->feed_id, options->self_url, error);

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * gln_export_write_file:
 * @path: the file to write
 * @contents: what to write
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for a #GError
 *
 * Writes to a temporary file beside @path and renames it over @path once everything is on
 * disk, so that a full disk or a crash never leaves half an export behind.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_export_write_file (const char  *path,
                       const char  *contents,
                       gssize       length,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (!g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 error))
    {
      g_prefix_error (error, _("Could not write “%s”: "), path);
      return FALSE;
    }

  return TRUE;
}
