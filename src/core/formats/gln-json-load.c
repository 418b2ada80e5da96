/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-json"

#include "config.h"

#include "gln-json-load.h"

#include "gln-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* json-glib's parser recurses once per nesting level, so a file of a few hundred kilobytes
 * of "[" overflows the stack; and json-glib 1.6 reads "{…}{…}" or "2[…]" as several
 * documents, keeps the last and leaks the others. One pass over the bytes, outside
 * strings, counts the nesting and (when @one_value) the values at the top level before any
 * JSON from outside is handed to it. */
static gboolean
scan (const char  *data,
      gsize        size,
      guint        max_depth,
      gboolean     one_value,
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
      else if ((c == '[' || c == '{') && ++depth > max_depth)
        {
          g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                       _("arrays and objects are nested more than %u levels deep"), max_depth);
          return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  if (one_value && values > 1)
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("more than one value at the top level"));
      return FALSE;
    }

  return TRUE;
}

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
  return scan (data, size, max_depth, FALSE, error);
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

  if (!scan (data, size, GLN_JSON_MAX_DEPTH, TRUE, error))
    return FALSE;

  return json_parser_load_from_data (parser, data, length, error);
}
