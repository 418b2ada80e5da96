/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "gln-bibtex.h"
#include "gln-paper.h"

G_BEGIN_DECLS

/* One entry as the .bib file spelled it: macros expanded and `#` joined, values still LaTeX. */
typedef struct
{
  char      *type;
  char      *key;
  guint      line;
  GPtrArray *names;
  GPtrArray *values;
} GlnBibEntry;

typedef enum
{
  GLN_BIB_ENCODE_NONE     = 0,
  /* Non-ASCII as LaTeX commands. */
  GLN_BIB_ENCODE_ASCII    = 1 << 0,
  /* Braces around words whose capitals a style must not lower ("{BERT}"). */
  GLN_BIB_ENCODE_PROTECT  = 1 << 1,
  /* The text is LaTeX already: only non-ASCII is rewritten, nothing is escaped. */
  GLN_BIB_ENCODE_VERBATIM = 1 << 2,
  /* A URL, DOI or file name: written as it is but for braces. */
  GLN_BIB_ENCODE_URL      = 1 << 3,
  /* Text that may hold LaTeX (an abstract from arXiv or a copied page): commands, escapes
   * and, beside a command, balanced braces stay LaTeX; the rest is escaped. */
  GLN_BIB_ENCODE_LATEX    = 1 << 4,
} GlnBibEncodeFlags;

void         _gln_bib_entry_free          (GlnBibEntry        *entry);
const char  *_gln_bib_entry_get           (GlnBibEntry        *entry,
                                           const char         *name);
void         _gln_bib_entry_set           (GlnBibEntry        *entry,
                                           const char         *name,
                                           const char         *value);

char        *_gln_bibtex_decode           (const char         *latex);
char        *_gln_bibtex_decode_url       (const char         *latex);
char        *_gln_bibtex_decode_latex     (const char         *latex);
char        *_gln_bibtex_fold             (const char         *latex);
void         _gln_bibtex_encode           (GString            *out,
                                           const char         *text,
                                           GlnBibEncodeFlags   flags);

JsonArray   *_gln_bibtex_parse_names      (const char         *latex,
                                           gboolean           *others);
void         _gln_bibtex_write_names      (GString            *out,
                                           JsonArray          *names,
                                           gboolean            others,
                                           GlnBibEncodeFlags   flags);

const char  *_gln_bibtex_type_to_csl      (const char         *type);
const char  *_gln_bibtex_type_from_csl    (const char         *csl_type,
                                           gboolean            biblatex);
const char  *_gln_bibtex_type_for_dialect (const char         *type,
                                           gboolean            biblatex);
gboolean     _gln_bibtex_type_is_article  (const char         *type);
gboolean     _gln_bibtex_type_is_part     (const char         *type);
const char  *_gln_bibtex_publisher_field  (const char         *type,
                                           gboolean            biblatex);

GlnPaper    *_gln_bibtex_entry_to_paper   (GlnBibEntry        *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnBibEntry, _gln_bib_entry_free)

G_END_DECLS
