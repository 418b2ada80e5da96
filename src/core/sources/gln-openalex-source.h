/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

/* The fields of a work that make a paper (`select=`): lists are smaller and cheaper so. */
#define GLN_OPENALEX_WORK_FIELDS \
  "id,doi,title,display_name,publication_year,publication_date,authorships," \
  "abstract_inverted_index,primary_location,best_oa_location,locations"

#define GLN_TYPE_OPENALEX_SOURCE (gln_openalex_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnOpenalexSource, gln_openalex_source, GLN, OPENALEX_SOURCE, GObject)

GlnOpenalexSource *gln_openalex_source_new           (void);
gboolean           gln_openalex_source_parse_full    (GBytes      *bytes,
                                                      GPtrArray  **papers,
                                                      char       **next_cursor,
                                                      GError     **error);
gboolean           gln_openalex_source_parse_entity  (GBytes      *bytes,
                                                      char       **id,
                                                      char       **display_name,
                                                      GError     **error);

G_END_DECLS
