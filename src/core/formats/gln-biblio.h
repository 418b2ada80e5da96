/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/*
 * The "extra" JSON object of a paper holds the bibliographic fields the model has no column
 * for. Its keys are CSL variable names, the vocabulary the three formats meet in:
 *
 *   type                CSL item type ("article-journal", "paper-conference", "book", …)
 *   citation-key        the key the paper was cited by where it came from
 *   author, editor      arrays of CSL name objects (family, given, non-dropping-particle,
 *                       suffix, literal); "author" parallels the paper's authors
 *   container-title  collection-title  volume  issue  number  page  edition  genre
 *   publisher  publisher-place  ISBN  ISSN  note
 *   bibtex              BibTeX fields no other format has, plus "type" (the entry type)
 *   ris                 RIS tags no other format has (arrays of values), plus "TY"
 *   csl                 CSL-JSON variables no other format has, as they were
 *
 * The per-format objects make a round trip through one format lossless while the shared
 * keys carry what the formats have in common from one to another.
 */

/* The CSL string variables kept under their own name in extra. */
extern const char * const gln_biblio_string_keys[];

JsonObject *gln_biblio_dup_extra         (GlnPaper           *paper);
void        gln_biblio_set_extra         (GlnPaper           *paper,
                                          JsonObject         *extra);
const char *gln_biblio_get_string        (JsonObject         *object,
                                          const char         *name);
void        gln_biblio_set_string        (JsonObject         *object,
                                          const char         *name,
                                          const char         *value);
JsonObject *gln_biblio_get_object        (JsonObject         *object,
                                          const char         *name);
JsonObject *gln_biblio_ensure_object     (JsonObject         *object,
                                          const char         *name);
JsonArray  *gln_biblio_get_array         (JsonObject         *object,
                                          const char         *name);

JsonObject *gln_biblio_name_new          (const char         *family,
                                          const char         *given,
                                          const char         *particle,
                                          const char         *suffix,
                                          const char         *literal);
JsonObject *gln_biblio_name_from_display (const char         *display);
char       *gln_biblio_name_to_display   (JsonObject         *name);
char       *gln_biblio_name_to_inverted  (JsonObject         *name);
JsonArray  *gln_biblio_dup_authors       (GlnPaper           *paper,
                                          JsonObject         *extra);
void        gln_biblio_set_authors       (GlnPaper           *paper,
                                          JsonObject         *extra,
                                          JsonArray          *names);

void        gln_biblio_set_date          (GlnPaper           *paper,
                                          int                 year,
                                          int                 month,
                                          int                 day);
int         gln_biblio_get_date          (GlnPaper           *paper,
                                          int                *month,
                                          int                *day);
int         gln_biblio_parse_month       (const char         *text);

char       *gln_biblio_dup_type          (GlnPaper           *paper,
                                          JsonObject         *extra);
char       *gln_biblio_make_cite_key     (GlnPaper           *paper,
                                          JsonObject         *extra,
                                          GHashTable         *used);
void        gln_biblio_set_identifiers   (GlnPaper           *paper,
                                          const char         *arxiv_id,
                                          const char         *doi);
gboolean    gln_biblio_finish_paper      (GlnPaper           *paper,
                                          JsonObject         *extra,
                                          const char         *source);
void        gln_biblio_add_tag           (GlnPaper           *paper,
                                          const char         *tag);
void        gln_biblio_add_tags          (GlnPaper           *paper,
                                          const char         *list);
void        gln_biblio_mark_read         (GlnPaper           *paper);

G_END_DECLS
