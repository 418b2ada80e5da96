/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <gio/gio.h>

#include "gln-error.h"

G_DEFINE_QUARK (gln-parse-error-quark, gln_parse_error)
G_DEFINE_QUARK (gln-database-error-quark, gln_database_error)
G_DEFINE_QUARK (gln-fetch-error-quark, gln_fetch_error)
G_DEFINE_QUARK (gln-lookup-error-quark, gln_lookup_error)

/**
 * gln_error_dup_message:
 * @prefix: (nullable): what failed, translated, such as “Could not save the note”
 * @error: why it failed
 *
 * The one sentence the user reads about a failure: “@prefix: why”. A cancelled operation
 * is no news, so it has none.
 *
 * Returns: (transfer full) (nullable): the message, or %NULL if @error is a cancellation
 */
char *
gln_error_dup_message (const char   *prefix,
                       const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;
  if (prefix == NULL)
    return g_strdup (error->message);

  /* Translators: how a failure is told: what failed, then why */
  return g_strdup_printf (_("%s: %s"), prefix, error->message);
}
