/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  GLN_IMPORT_FORMAT_AUTO,
  GLN_IMPORT_FORMAT_ARXIV,
  GLN_IMPORT_FORMAT_HF,
  GLN_IMPORT_FORMAT_LISTING,
  GLN_IMPORT_FORMAT_BIBTEX,
  GLN_IMPORT_FORMAT_RIS,
  GLN_IMPORT_FORMAT_CSLJSON,
  GLN_IMPORT_FORMAT_OPENALEX,
  GLN_IMPORT_FORMAT_RSS,
} GlnImportFormat;

gboolean    gln_import_format_from_string (const char       *name,
                                           GlnImportFormat  *format);
const char *gln_import_format_to_string   (GlnImportFormat   format);
GlnImportFormat gln_import_detect_format  (GBytes           *bytes);
GPtrArray  *gln_import_parse              (GBytes           *bytes,
                                           GlnImportFormat   format,
                                           GlnImportFormat  *detected,
                                           GError          **error);
GPtrArray  *gln_import_parse_full         (GBytes           *bytes,
                                           GlnImportFormat   format,
                                           GlnImportFormat  *detected,
                                           GPtrArray       **problems,
                                           guint            *n_skipped,
                                           GError          **error);
GPtrArray  *gln_import_parse_preview      (GBytes           *bytes,
                                           GlnImportFormat   format,
                                           GlnImportFormat  *detected,
                                           GError          **error);

G_END_DECLS
