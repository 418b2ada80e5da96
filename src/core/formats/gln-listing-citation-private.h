/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "gln-listing-private.h"

G_BEGIN_DECLS

/* What the readers of citation styles share (gln-listing-citation.c: the title, venue and
 * date of a citation and the styles tried in turn; gln-listing-citation-vancouver.c;
 * gln-listing-citation-styles.c; the "Surname, I." pairs in gln-listing-citation-names.c). */

gboolean     _gln_citation_looks_like_family_name (const char *text);
gboolean     _gln_citation_is_given_names         (const char *text);
gboolean     _gln_citation_is_spelled_given       (const char *text,
                                                   gboolean    loose);
const char  *_gln_citation_title_end              (const char  *title,
                                                   const char **venue);
const char  *_gln_citation_bracket_title_end      (const char  *title,
                                                   const char **venue,
                                                   char       **bracketed);
gsize        _gln_citation_drop_repeated_venue    (const char *title,
                                                   gsize       len);
void         _gln_citation_keep_authors           (ListingFields *fields,
                                                   GPtrArray     *names,
                                                   gboolean       truncated);
void         _gln_citation_find_venue_fields      (ListingFields *fields,
                                                   const char    *venue);
gboolean     _gln_citation_set_title              (ListingFields *fields,
                                                   const char    *title,
                                                   gsize          len);
gboolean     _gln_citation_parse_vancouver        (const char    *line,
                                                   ListingFields *fields);
gboolean     _gln_citation_is_initials_given      (const char *given);
GPtrArray   *_gln_citation_parse_surname_initials (const char *text);
GPtrArray   *_gln_citation_parse_semicolon_names  (const char *text);
GPtrArray   *_gln_citation_parse_inverted_first  (const char *text);
gboolean     _gln_citation_find_quotes            (const char  *line,
                                                   const char **open,
                                                   const char **title,
                                                   const char **close,
                                                   const char **venue);
gboolean     _gln_citation_parse_quoted           (const char    *line,
                                                   ListingFields *fields);
gboolean     _gln_citation_is_pages               (const char *text);
gboolean     _gln_citation_parse_apa              (const char    *line,
                                                   ListingFields *fields);
GPtrArray   *_gln_citation_parse_apa_names        (const char *text,
                                                   gboolean   *truncated);
char        *_gln_citation_dup_without_links      (const char *venue);
gboolean     _gln_citation_parse_names_period     (const char    *line,
                                                   ListingFields *fields);
gboolean     _gln_citation_parse_commas           (const char    *line,
                                                   ListingFields *fields);
char        *_gln_citation_cut_paren_year         (char          *prefix,
                                                   gsize         *len,
                                                   gboolean      *truncated);

G_END_DECLS
