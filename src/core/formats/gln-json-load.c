/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-json"

#include "config.h"

#include "gln-json-load.h"

#include "gln-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* json-glib's parser recurses once per nesting level, so a file of a few hundred kilobytes
 * of "[" overflows the stack. One pass over the bytes counts the nesting outside strings
 * before any JSON from outside is handed to it. */

/**
 * gln_json_check_depth:
 * @data: JSON text
 * @size: its length in bytes
 * @max_depth: how deep arrays and objects may nest
 * @error: return location for a #GError
 *
 * Returns: %TRUE when no array or object in @data nests deeper than @max_depth; otherwise
 *   %FALSE with a %GLN_PARSE_ERROR_INVALID error. Nothing else is checked.
 */
gboolean
gln_json_check_depth (const char  *data,
                      gsize        size,
                      guint        max_depth,
                      GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            {
              g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("arrays and objects are nested more than %u levels deep"),
                           max_depth);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* json-glib 1.6 reads "{…}{…}" or "2[…]" as several documents, keeps the last and leaks
 * the others: a text must hold one value. Strings are skipped as in the depth check. */
static gboolean
check_one_value (const char  *data,
                 gsize        size,
                 GError     **error)
{
  gboolean in_string = FALSE;
  gboolean in_scalar = FALSE;
  guint depth = 0;
  guint values = 0;

  /* A byte order mark is no value. */
  for (gsize i = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0; i < size; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (depth == 0 && (c == '"' || c == '[' || c == '{' ||
                         (!in_scalar && !g_ascii_isspace (c) && c != ']' && c != '}')))
        values++;
      in_scalar = depth == 0 && !g_ascii_isspace (c) && strchr ("\"[]{}", c) == NULL;
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        depth++;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  if (values > 1)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("more than one value at the top level"));
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_json_load_untrusted:
 * @parser: a #JsonParser
 * @data: JSON text from a file or a service
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for a #GError
 *
 * json_parser_load_from_data() for text that may be hostile: refused without parsing when
 * it nests deeper than %GLN_JSON_MAX_DEPTH or holds more than one value.
 *
 * Returns: whether @parser holds the document
 */
gboolean
gln_json_load_untrusted (JsonParser  *parser,
                         const char  *data,
                         gssize       length,
                         GError     **error)
{
  gsize size = length < 0 ? strlen (data) : (gsize) length;

  if (!gln_json_check_depth (data, size, GLN_JSON_MAX_DEPTH, error) ||
      !check_one_value (data, size, error))
    return FALSE;

  return json_parser_load_from_data (parser, data, length, error);
}
