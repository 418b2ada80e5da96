/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every error domain of the core, in one place, so that each layer can raise and recognise
 * the errors of the others without including their headers. */

#define GLN_PARSE_ERROR (gln_parse_error_quark ())

/**
 * GlnParseError:
 * @GLN_PARSE_ERROR_INVALID: the text is not in the format it claims, or is damaged
 * @GLN_PARSE_ERROR_UNSUPPORTED: the format is known but not this variant of it
 * @GLN_PARSE_ERROR_SERVICE: the response reports an error of the service that sent it
 * @GLN_PARSE_ERROR_NO_PAPERS: copied text holds nothing that looks like a paper
 * @GLN_PARSE_ERROR_UNKNOWN_FORMAT: the bytes are in no format Gleaner reads, as far as it
 *   can tell; a caller that can name the format says how
 *
 * Raised by formats and sources: bytes that do not become papers.
 */
typedef enum
{
  GLN_PARSE_ERROR_INVALID,
  GLN_PARSE_ERROR_UNSUPPORTED,
  GLN_PARSE_ERROR_SERVICE,
  GLN_PARSE_ERROR_NO_PAPERS,
  GLN_PARSE_ERROR_UNKNOWN_FORMAT,
} GlnParseError;

#define GLN_DATABASE_ERROR (gln_database_error_quark ())

/**
 * GlnDatabaseError:
 * @GLN_DATABASE_ERROR_OPEN: the library file cannot be opened
 * @GLN_DATABASE_ERROR_TOO_NEW: the library was written by a newer Gleaner
 * @GLN_DATABASE_ERROR_CORRUPT: the file is damaged or no Gleaner library
 * @GLN_DATABASE_ERROR_FULL: the disk is full
 * @GLN_DATABASE_ERROR_BUSY: another program holds the library
 * @GLN_DATABASE_ERROR_READ_ONLY: the library cannot be written
 * @GLN_DATABASE_ERROR_SQL: any other SQLite failure
 * @GLN_DATABASE_ERROR_QUERY: a search the full-text index cannot run
 * @GLN_DATABASE_ERROR_NOT_FOUND: no such paper, feed, collection…
 * @GLN_DATABASE_ERROR_INVALID: a value the library does not accept
 * @GLN_DATABASE_ERROR_CONFLICT: the change needs a decision only the user can make
 * @GLN_DATABASE_ERROR_NOT_LIBRARY: the file is another program's database; it was left as it was
 *
 * Raised by the store.
 */
typedef enum
{
  GLN_DATABASE_ERROR_OPEN,
  GLN_DATABASE_ERROR_TOO_NEW,
  GLN_DATABASE_ERROR_CORRUPT,
  GLN_DATABASE_ERROR_FULL,
  GLN_DATABASE_ERROR_BUSY,
  GLN_DATABASE_ERROR_READ_ONLY,
  GLN_DATABASE_ERROR_SQL,
  GLN_DATABASE_ERROR_QUERY,
  GLN_DATABASE_ERROR_NOT_FOUND,
  GLN_DATABASE_ERROR_INVALID,
  GLN_DATABASE_ERROR_CONFLICT,
  GLN_DATABASE_ERROR_NOT_LIBRARY,
} GlnDatabaseError;

#define GLN_FETCH_ERROR (gln_fetch_error_quark ())

/**
 * GlnFetchError:
 * @GLN_FETCH_ERROR_INVALID_URL: the address is not an http or https URL
 * @GLN_FETCH_ERROR_NETWORK: the server could not be reached or the connection broke
 * @GLN_FETCH_ERROR_TIMEOUT: the server did not answer in time
 * @GLN_FETCH_ERROR_HTTP: the server answered with an error status
 * @GLN_FETCH_ERROR_RATE_LIMITED: the server asked us to come back later (429, or 503 with
 *   `Retry-After`) and the wait is longer than we are willing to wait now
 * @GLN_FETCH_ERROR_TOO_LARGE: the response is larger than the fetcher accepts
 *
 * Raised by the fetcher.
 */
typedef enum
{
  GLN_FETCH_ERROR_INVALID_URL,
  GLN_FETCH_ERROR_NETWORK,
  GLN_FETCH_ERROR_TIMEOUT,
  GLN_FETCH_ERROR_HTTP,
  GLN_FETCH_ERROR_RATE_LIMITED,
  GLN_FETCH_ERROR_TOO_LARGE,
} GlnFetchError;

#define GLN_LOOKUP_ERROR (gln_lookup_error_quark ())

/**
 * GlnLookupError:
 * @GLN_LOOKUP_ERROR_INVALID: the text is no identifier Gleaner knows
 * @GLN_LOOKUP_ERROR_NOT_FOUND: the service has no such paper
 *
 * Raised by the identifier lookup.
 */
typedef enum
{
  GLN_LOOKUP_ERROR_INVALID,
  GLN_LOOKUP_ERROR_NOT_FOUND,
} GlnLookupError;

GQuark gln_parse_error_quark    (void);
GQuark gln_database_error_quark (void);
GQuark gln_fetch_error_quark    (void);
GQuark gln_lookup_error_quark   (void);

char  *gln_error_dup_message    (const char   *prefix,
                                 const GError *error);

G_END_DECLS
