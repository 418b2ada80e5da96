/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex-private.h"

#include "gln-biblio.h"
#include "gln-macros.h"

#include <string.h>

/* BibTeX's name lists: "First von Last", "von Last, First" and "von Last, Jr, First",
 * joined by "and" outside braces; a name that is one brace group is not split at all. */

/* Splits @text at depth-0 occurrences of a separator: whitespace-delimited "and" when
 * @and_words, commas otherwise. */
static GPtrArray *
split_top_level (const char *text,
                 gboolean    and_words)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '{')
        depth++;
      else if (*p == '}' && depth > 0)
        depth--;
      else if (depth == 0 && !and_words && *p == ',')
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          start = p + 1;
        }
      else if (depth == 0 && and_words && g_ascii_isspace (*p) &&
               g_ascii_strncasecmp (p + 1, "and", 3) == 0 && g_ascii_isspace (p[4]))
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          start = p + 4;
          p += 3;
        }
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));

  return parts;
}

/* The words of a name part, split at depth-0 white space and ties. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;
  int depth = 0;

  for (const char *p = text;; p++)
    {
      gboolean sep = *p == '\0' || (depth == 0 && (g_ascii_isspace (*p) || *p == '~'));

      if (sep)
        {
          if (start != NULL)
            g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
          if (*p == '\0')
            break;
          continue;
        }
      if (start == NULL)
        start = p;
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && depth > 0)
        depth--;
    }

  return words;
}

/* A von word starts with a lower-case letter outside braces, or with a special character
 * "{\'e}" whose letter is lower case. A word in plain braces has no case. */
static gboolean
is_von (const char *word)
{
  const char *p = word;

  if (p[0] == '{' && p[1] == '\\')
    {
      for (p += 2; g_ascii_isalpha (*p); p++)
        ;
      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      return g_ascii_islower (*p);
    }
  if (p[0] == '{')
    return FALSE;
  while (*p != '\0' && !g_ascii_isalpha (*p) && *p != '{' && (guchar) *p < 0x80)
    p++;
  if ((guchar) *p >= 0x80)
    return g_unichar_islower (g_utf8_get_char_validated (p, -1));

  return g_ascii_islower (*p);
}

static char *
join_decoded (GPtrArray *words,
              guint      from,
              guint      to)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (from >= to)
    return NULL;

  for (guint i = from; i < to; i++)
    {
      if (i > from)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words->pdata[i]);
    }

  return _gln_bibtex_decode (joined->str);
}

/* Splits "von Last" into its particle (leading lower-case words) and family name. */
static void
split_von_last (GPtrArray  *words,
                char      **particle,
                char      **family)
{
  guint last_von = 0;
  gboolean have_von = FALSE;

  if (words->len > 1 && is_von (words->pdata[0]))
    {
      for (guint i = 0; i + 1 < words->len; i++)
        if (is_von (words->pdata[i]))
          {
            last_von = i;
            have_von = TRUE;
          }
    }

  *particle = have_von ? join_decoded (words, 0, last_von + 1) : NULL;
  *family = join_decoded (words, have_von ? last_von + 1 : 0, words->len);
}

static JsonObject *
parse_one_name (const char *text)
{
  g_autoptr(GPtrArray) parts = split_top_level (text, FALSE);
  g_autoptr(GPtrArray) left = NULL;
  g_autofree char *given = NULL;
  g_autofree char *particle = NULL;
  g_autofree char *family = NULL;
  g_autofree char *suffix = NULL;
  gsize len = strlen (text);

  /* "{World Health Organization}": one group is the whole name. */
  if (len > 1 && text[0] == '{' && text[len - 1] == '}')
    {
      int depth = 0;
      gsize i;

      for (i = 0; i < len; i++)
        {
          if (text[i] == '\\' && i + 1 < len)
            i++;
          else if (text[i] == '{')
            depth++;
          else if (text[i] == '}' && --depth == 0)
            break;
        }
      if (i == len - 1 && text[1] != '\\')
        {
          g_autofree char *literal = _gln_bibtex_decode (text);

          return gln_biblio_name_new (NULL, NULL, NULL, NULL, literal);
        }
    }

  left = split_words (parts->pdata[0]);
  if (parts->len == 1)
    {
      guint first_von = left->len;
      guint last_von = 0;

      for (guint i = 0; i + 1 < left->len; i++)
        if (is_von (left->pdata[i]))
          {
            if (first_von == left->len)
              first_von = i;
            last_von = i;
          }

      if (first_von < left->len)
        {
          given = join_decoded (left, 0, first_von);
          particle = join_decoded (left, first_von, last_von + 1);
          family = join_decoded (left, last_von + 1, left->len);
        }
      else if (left->len > 0)
        {
          given = join_decoded (left, 0, left->len - 1);
          family = join_decoded (left, left->len - 1, left->len);
        }
    }
  else
    {
      split_von_last (left, &particle, &family);
      if (parts->len > 2)
        {
          suffix = _gln_bibtex_decode (parts->pdata[1]);
          given = _gln_bibtex_decode (parts->pdata[2]);
        }
      else
        given = _gln_bibtex_decode (parts->pdata[1]);
    }

  return gln_biblio_name_new (family, given, particle, suffix, NULL);
}

/**
 * _gln_bibtex_parse_names:
 * @latex: an author or editor field
 * @others: (out): whether the list ends in "and others"
 *
 * Returns: (transfer full): CSL name objects, decoded
 */
JsonArray *
_gln_bibtex_parse_names (const char *latex,
                         gboolean   *others)
{
  g_autoptr(GPtrArray) names = split_top_level (latex, TRUE);
  JsonArray *array = json_array_new ();

  *others = FALSE;
  for (guint i = 0; i < names->len; i++)
    {
      const char *text = names->pdata[i];
      JsonObject *name;

      if (text[0] == '\0')
        continue;
      if (g_ascii_strcasecmp (text, "others") == 0)
        {
          *others = TRUE;
          continue;
        }
      name = parse_one_name (text);
      if (json_object_get_size (name) == 0)
        {
          json_object_unref (name);
          continue;
        }
      json_array_add_object_element (array, name);
    }

  return array;
}

static gboolean
has_and_word (const char *text)
{
  g_autoptr(GPtrArray) words = split_words (text);

  for (guint i = 0; i < words->len; i++)
    if (g_ascii_strcasecmp (words->pdata[i], "and") == 0)
      return TRUE;

  return FALSE;
}

static void
append_part (GString           *out,
             const char        *text,
             gboolean           brace,
             GlnBibEncodeFlags  flags)
{
  brace = brace || strchr (text, ',') != NULL || has_and_word (text);
  if (brace)
    g_string_append_c (out, '{');
  _gln_bibtex_encode (out, text, flags);
  if (brace)
    g_string_append_c (out, '}');
}

/* A family name BibTeX would read as "von" or split needs braces: "{van Gogh}" kept whole. */
static gboolean
family_needs_braces (const char *family,
                     gboolean    alone)
{
  g_autoptr(GPtrArray) words = split_words (family);

  if (alone && words->len > 1)
    return TRUE;
  for (guint i = 0; i < words->len; i++)
    if (is_von (words->pdata[i]))
      return TRUE;

  return FALSE;
}

/**
 * _gln_bibtex_write_names:
 * @out: where to append
 * @names: CSL name objects
 * @others: whether to end with "and others"
 * @flags: how to encode the text
 *
 * Writes names as "von Last, Jr, First", the form BibTeX, biber and pybtex all split the
 * same way.
 */
void
_gln_bibtex_write_names (GString           *out,
                         JsonArray         *names,
                         gboolean           others,
                         GlnBibEncodeFlags  flags)
{
  guint n = json_array_get_length (names);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *name = json_array_get_object_element (names, i);
      const char *literal = gln_biblio_get_string (name, "literal");
      const char *family = gln_biblio_get_string (name, "family");
      const char *given = gln_biblio_get_string (name, "given");
      const char *suffix = gln_biblio_get_string (name, "suffix");
      const char *particle = gln_biblio_get_string (name, "non-dropping-particle");

      if (particle == NULL)
        particle = gln_biblio_get_string (name, "dropping-particle");
      if (i > 0)
        g_string_append (out, " and ");

      if (literal != NULL || family == NULL)
        {
          g_string_append_c (out, '{');
          _gln_bibtex_encode (out, literal ? literal : (given ? given : ""), flags);
          g_string_append_c (out, '}');
          continue;
        }

      if (particle != NULL)
        {
          append_part (out, particle, FALSE, flags);
          g_string_append_c (out, ' ');
        }
      append_part (out, family, family_needs_braces (family, given == NULL && suffix == NULL),
                   flags);
      if (suffix != NULL)
        {
          g_string_append (out, ", ");
          append_part (out, suffix, FALSE, flags);
        }
      if (given != NULL || suffix != NULL)
        {
          g_string_append (out, ", ");
          append_part (out, given ? given : "", FALSE, flags);
        }
    }

  if (others)
    g_string_append (out, n > 0 ? " and others" : "others");
}
