/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-paper.h"

G_BEGIN_DECLS

/* The fields of a paper the user may edit, by their GlnPaper property names ("published"
 * stands for the date, its precision and its text). */
#define GLN_PAPER_EDIT_TITLE    "title"
#define GLN_PAPER_EDIT_AUTHORS  "authors"
#define GLN_PAPER_EDIT_DATE     "published"
#define GLN_PAPER_EDIT_VENUE    "journal-ref"
#define GLN_PAPER_EDIT_DOI      "doi"
#define GLN_PAPER_EDIT_ARXIV_ID "arxiv-id"
#define GLN_PAPER_EDIT_URL      "url"
#define GLN_PAPER_EDIT_ABSTRACT "abstract"

const char * const *gln_paper_edit_fields       (void);

gboolean            gln_paper_edit_parse_title  (const char        *text,
                                                 char             **title,
                                                 GError           **error);
gboolean            gln_paper_edit_parse_arxiv  (const char        *text,
                                                 char             **arxiv_id,
                                                 GError           **error);
gboolean            gln_paper_edit_parse_doi    (const char        *text,
                                                 char             **doi,
                                                 GError           **error);
gboolean            gln_paper_edit_parse_url    (const char        *text,
                                                 char             **url,
                                                 GError           **error);
gboolean            gln_paper_edit_parse_date   (const char        *text,
                                                 char             **published,
                                                 GlnDatePrecision  *precision,
                                                 GError           **error);
GStrv               gln_paper_edit_parse_authors (const char       *text);
char               *gln_paper_edit_join_authors (GlnPaper          *paper);
char               *gln_paper_edit_dup_date     (GlnPaper          *paper);
char               *gln_paper_edit_dup_venue    (GlnPaper          *paper);
void                gln_paper_edit_set_venue    (GlnPaper          *paper,
                                                 const char        *venue);

gboolean            gln_paper_edit_normalize    (GlnPaper          *edited,
                                                 GError           **error);
gboolean            gln_paper_edit_differs      (GlnPaper          *stored,
                                                 GlnPaper          *edited,
                                                 const char        *field);
void                gln_paper_edit_apply        (GlnPaper          *stored,
                                                 GlnPaper          *edited,
                                                 const char        *field);

G_END_DECLS
