/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnBibtexFlags:
 * @GLN_BIBTEX_FLAGS_NONE: classic BibTeX fields and entry types, Unicode kept
 * @GLN_BIBTEX_FLAGS_BIBLATEX: biblatex fields and types (`date`, `journaltitle`,
 *   `eprinttype`, `@online`)
 * @GLN_BIBTEX_FLAGS_ASCII: write every character BibTeX cannot sort as a LaTeX command
 *   (`{\"o}`, `{\ss}`, `--`)
 *
 * How gln_bibtex_write() writes. Reading accepts both dialects.
 */
typedef enum
{
  GLN_BIBTEX_FLAGS_NONE     = 0,
  GLN_BIBTEX_FLAGS_BIBLATEX = 1 << 0,
  GLN_BIBTEX_FLAGS_ASCII    = 1 << 1,
} GlnBibtexFlags;

GPtrArray *gln_bibtex_parse       (const char      *text,
                                   gssize           length,
                                   GPtrArray      **problems,
                                   GError         **error);
GPtrArray *gln_bibtex_parse_full  (const char      *text,
                                   gssize           length,
                                   GPtrArray      **problems,
                                   guint           *n_skipped,
                                   GError         **error);
char      *gln_bibtex_write       (GPtrArray       *papers,
                                   GlnBibtexFlags   flags);
gboolean   gln_bibtex_looks_like  (const char      *text,
                                   gsize            length);

G_END_DECLS
