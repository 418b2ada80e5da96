/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The umbrella header of libgln-core: everything but the user interface, layer by layer.
 * The library file itself (GlnDatabase) is the store's own business and is not here. */

#include <json-glib/json-glib.h>

/* base, text */
#include "gln-error.h"
#include "gln-macros.h"
#include "gln-claims.h"
#include "gln-features.h"
#include "gln-interest-model.h"
#include "gln-latex.h"
#include "gln-keywords.h"
#include "gln-search-text.h"
#include "gln-tokenizer.h"

/* model */
#include "gln-board.h"
#include "gln-citation.h"
#include "gln-prisma.h"
#include "gln-collection.h"
#include "gln-duplicate.h"
#include "gln-feed.h"
#include "gln-import-result.h"
#include "gln-library-summary.h"
#include "gln-note.h"
#include "gln-paper.h"
#include "gln-paper-candidate.h"
#include "gln-paper-identity.h"
#include "gln-paper-edit.h"
#include "gln-paper-key.h"
#include "gln-paper-limits.h"
#include "gln-query.h"
#include "gln-review-item.h"
#include "gln-sidebar-item.h"

/* formats */
#include "gln-atom-export.h"
#include "gln-biblio.h"
#include "gln-bibtex.h"
#include "gln-board-table.h"
#include "gln-csljson.h"
#include "gln-csv.h"
#include "gln-export.h"
#include "gln-json-load.h"
#include "gln-listing.h"
#include "gln-prisma-render.h"
#include "gln-reference.h"
#include "gln-ris.h"
#include "gln-table.h"

/* sources */
#include "gln-arxiv-rss-source.h"
#include "gln-arxiv-source.h"
#include "gln-crossref-source.h"
#include "gln-feed-pager.h"
#include "gln-hf-source.h"
#include "gln-identifier.h"
#include "gln-import.h"
#include "gln-openalex-citations.h"
#include "gln-openalex-source.h"
#include "gln-rss-source.h"
#include "gln-semantic-scholar-source.h"
#include "gln-semantic-scholar.h"
#include "gln-source.h"
#include "gln-title-search.h"

/* store */
#include "gln-store.h"
#include "gln-store-backup.h"
#include "gln-store-board.h"
#include "gln-store-citations.h"
#include "gln-store-collections.h"
#include "gln-store-complete.h"
#include "gln-store-screening.h"
#include "gln-store-duplicates.h"
#include "gln-store-edit.h"
#include "gln-store-feeds.h"
#include "gln-store-import.h"
#include "gln-store-interest.h"
#include "gln-store-library.h"
#include "gln-store-papers.h"
#include "gln-store-query.h"
#include "gln-store-trash.h"

/* net */
#include "gln-fetcher.h"

/* services */
#include "gln-backups.h"
#include "gln-citation-fetch.h"
#include "gln-citation-search.h"
#include "gln-collection-loader.h"
#include "gln-exporter.h"
#include "gln-feed-refresher.h"
#include "gln-id-finder.h"
#include "gln-for-you.h"
#include "gln-importer.h"
#include "gln-lookup.h"
#include "gln-paper-list.h"
#include "gln-parse-task.h"
