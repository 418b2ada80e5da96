/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-source.h"

G_BEGIN_DECLS

/**
 * GlnIdentifierKind:
 * @GLN_IDENTIFIER_NONE: not an identifier
 * @GLN_IDENTIFIER_ARXIV: an arXiv id or URL, or arXiv's DataCite DOI
 * @GLN_IDENTIFIER_DOI: any other DOI or doi.org URL
 * @GLN_IDENTIFIER_HF: a Hugging Face paper page
 */
typedef enum
{
  GLN_IDENTIFIER_NONE,
  GLN_IDENTIFIER_ARXIV,
  GLN_IDENTIFIER_DOI,
  GLN_IDENTIFIER_HF,
} GlnIdentifierKind;

GlnIdentifierKind  gln_identifier_parse            (const char         *input,
                                                    char              **id);
char              *gln_identifier_dup_url          (GlnIdentifierKind   kind,
                                                    const char         *id);
GlnSource         *gln_identifier_new_source       (GlnIdentifierKind   kind);
const char        *gln_identifier_get_group        (GlnIdentifierKind   kind);
const char        *gln_identifier_get_service_name (GlnIdentifierKind   kind);

G_END_DECLS
