/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/**
 * GlnPaperMatch:
 * @GLN_PAPER_MATCH_DIFFERENT: two works
 * @GLN_PAPER_MATCH_POSSIBLE: kept apart, but shown to the user as possible duplicates
 * @GLN_PAPER_MATCH_SAME: the same work: the incoming record fills in the stored one
 *
 * What the identity rules (HACKING.md, "Identity") say about two papers of the same title.
 */
typedef enum
{
  GLN_PAPER_MATCH_DIFFERENT,
  GLN_PAPER_MATCH_POSSIBLE,
  GLN_PAPER_MATCH_SAME,
} GlnPaperMatch;

JsonObject    *gln_paper_dup_extra_object (GlnPaper    *paper);
gboolean       gln_title_is_generic       (const char  *title);
GStrv          gln_paper_dup_other_ids    (GlnPaper    *paper);
char          *gln_paper_dup_first_family (GlnPaper    *paper);
char          *gln_paper_dup_fingerprint  (GlnPaper    *paper);
GlnPaperMatch  gln_paper_match_by_title   (GlnPaper    *incoming,
                                           GlnPaper    *stored,
                                           gboolean     same_file,
                                           const char **reason);

G_END_DECLS
