/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-citation.h"
#include "gln-database-private.h"

G_BEGIN_DECLS

/* Shared by the store's citation files: a citation search's pages (gln-store-citations.c)
 * and the links of one paper read on request (gln-store-paper-citations.c). */

/* Stores the page's papers through the identity rules (those new to the library read) and
 * appends to @ids, parallel to the page, each one's id: 0 for a record by title alone that
 * the library does not have. */
gboolean _gln_store_import_linked     (GlnDatabase           *db,
                                       GlnCitationPage       *page,
                                       GArray                *ids,
                                       GCancellable          *cancellable,
                                       GError               **error);
/* Keeps the link between @via_id and a found paper once: by @found_id when it is in the
 * library, else by @found's key and title. */
gboolean _gln_store_add_citation_link (GlnDatabase           *db,
                                       gint64                 via_id,
                                       GlnCitationDirection   direction,
                                       gint64                 found_id,
                                       GlnPaper              *found,
                                       GError               **error);

/* Papers found for one paper that the library does not have, kept aside under the key of
 * their links (gln-store-citation-records.c). */
gboolean  _gln_store_keep_citation_record (GlnDatabase  *db,
                                           GlnPaper     *found,
                                           GError      **error);
GlnPaper *_gln_store_read_citation_record (GlnDatabase  *db,
                                           const char   *key,
                                           GError      **error);
GStrv     _gln_store_dup_json_authors     (const char   *json);

G_END_DECLS
