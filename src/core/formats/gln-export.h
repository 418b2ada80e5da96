/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>


G_BEGIN_DECLS

/**
 * GlnExportFormat:
 * @GLN_EXPORT_FORMAT_BIBTEX: BibTeX, non-ASCII escaped as LaTeX
 * @GLN_EXPORT_FORMAT_BIBLATEX: biblatex fields and types, UTF-8
 * @GLN_EXPORT_FORMAT_RIS: RIS
 * @GLN_EXPORT_FORMAT_CSLJSON: CSL-JSON, for Pandoc and Zotero
 * @GLN_EXPORT_FORMAT_CSV: a spreadsheet row per paper, with the user's data
 * @GLN_EXPORT_FORMAT_ATOM: an Atom feed to publish
 */
typedef enum
{
  GLN_EXPORT_FORMAT_BIBTEX,
  GLN_EXPORT_FORMAT_BIBLATEX,
  GLN_EXPORT_FORMAT_RIS,
  GLN_EXPORT_FORMAT_CSLJSON,
  GLN_EXPORT_FORMAT_CSV,
  GLN_EXPORT_FORMAT_ATOM,
} GlnExportFormat;

/**
 * GlnExportCharset:
 * @GLN_EXPORT_CHARSET_DEFAULT: what the format calls for: escaped for BibTeX, UTF-8 for
 *   biblatex
 * @GLN_EXPORT_CHARSET_ASCII: non-ASCII letters as LaTeX commands
 * @GLN_EXPORT_CHARSET_UNICODE: UTF-8 as it is
 */
typedef enum
{
  GLN_EXPORT_CHARSET_DEFAULT,
  GLN_EXPORT_CHARSET_ASCII,
  GLN_EXPORT_CHARSET_UNICODE,
} GlnExportCharset;

/**
 * GlnExportOptions:
 * @title: (nullable): the Atom feed's title
 * @feed_id: (nullable): the Atom feed's permanent id; derived from the title when %NULL
 * @self_url: (nullable): where the Atom feed will be published
 * @charset: how BibTeX and biblatex write letters
 */
typedef struct
{
  const char       *title;
  const char       *feed_id;
  const char       *self_url;
  GlnExportCharset  charset;
} GlnExportOptions;

gboolean     gln_export_format_from_string (const char              *name,
                                            GlnExportFormat         *format);
const char  *gln_export_format_to_string   (GlnExportFormat          format);
char        *gln_export_papers             (GPtrArray               *papers,
                                            GPtrArray               *notes,
                                            GlnExportFormat          format,
                                            const GlnExportOptions  *options,
                                            GError                 **error);
gboolean     gln_export_format_has_notes   (GlnExportFormat          format);

G_END_DECLS
