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
 * gln_export_papers:
 * @papers: (element-type GlnPaper): the papers
 * @notes: (nullable) (element-type utf8): parallel to @papers, each one's notes as one text
 *   (%NULL where it has none), for the formats that carry them (CSV)
 * @format: the format to write
 * @options: (nullable): options; %NULL for the defaults
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the exported text, UTF-8, or %NULL with @error
 */
char *
gln_export_papers (GPtrArray               *papers,
                   GPtrArray               *notes,
                   GlnExportFormat          format,
                   const GlnExportOptions  *options,
                   GError                 **error)
{
  static const GlnExportOptions defaults = { NULL, NULL, NULL, GLN_EXPORT_CHARSET_DEFAULT };
  GlnBibtexFlags flags = GLN_BIBTEX_FLAGS_NONE;

  g_return_val_if_fail (papers != NULL, NULL);
  g_return_val_if_fail (notes == NULL || notes->len == papers->len, NULL);

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
      return gln_csv_write (papers, notes);

    case GLN_EXPORT_FORMAT_ATOM:
      return gln_atom_export_write (papers, options->title ? options->title : _("Gleaner papers"),
                                    options->feed_id, options->self_url, error);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether gln_export_papers() writes the papers' notes in @format. */
gboolean
gln_export_format_has_notes (GlnExportFormat format)
{
  return format == GLN_EXPORT_FORMAT_CSV;
}
