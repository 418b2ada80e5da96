/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The umbrella header of libgln-core: everything but the user interface. */

#include <json-glib/json-glib.h>

#include "gln-arxiv-rss-source.h"
#include "gln-arxiv-source.h"
#include "gln-atom-export.h"
#include "gln-biblio.h"
#include "gln-bibtex.h"
#include "gln-crossref-source.h"
#include "gln-csljson.h"
#include "gln-csv.h"
#include "gln-database.h"
#include "gln-export.h"
#include "gln-feed.h"
#include "gln-feed-pager.h"
#include "gln-feed-refresher.h"
#include "gln-fetcher.h"
#include "gln-hf-source.h"
#include "gln-import.h"
#include "gln-lookup.h"
#include "gln-macros.h"
#include "gln-openalex-source.h"
#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-paper-list.h"
#include "gln-query.h"
#include "gln-ris.h"
#include "gln-rss-source.h"
#include "gln-source.h"
#include "gln-store.h"
#include "gln-store-board.h"
