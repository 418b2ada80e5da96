/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the user types in the search entry, turned into an FTS5 query that is always valid,
 * and into the words to highlight in the reading pane. */

#define G_LOG_DOMAIN "gln-search-text"

#include "config.h"

#include "gln-search-text.h"

#include <string.h>

static gboolean
has_word_char (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
is_operator (const char *token)
{
  return g_str_equal (token, "AND") || g_str_equal (token, "OR") || g_str_equal (token, "NOT");
}

/* Splits on spaces, keeping a "quoted phrase" as one token without its quotes. */
static GPtrArray *
tokenize (const char *text,
          gboolean   *ends_in_word)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  *ends_in_word = FALSE;
  while (p != NULL && *p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '"')
        {
          const char *close = strchr (p + 1, '"');

          start = p + 1;
          p = close != NULL ? close + 1 : start + strlen (start);
          g_ptr_array_add (tokens, g_strndup (start, (close != NULL ? close : p) - start));
          *ends_in_word = FALSE;
          continue;
        }

      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p) && *p != '"')
        p++;
      g_ptr_array_add (tokens, g_strndup (start, p - start));
      *ends_in_word = *p == '\0';
    }

  return tokens;
}

/**
 * gln_search_text_to_fts:
 * @text: (nullable): what the user typed
 *
 * Quotes every word so that punctuation ("state-of-the-art", "cs.LG") never makes an invalid
 * query, keeps AND, OR and NOT between words, and makes the word being typed a prefix so
 * that results follow the typing.
 *
 * Returns: (transfer full) (nullable): an FTS5 query, or %NULL when @text has no word
 */
char *
gln_search_text_to_fts (const char *text)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  gboolean ends_in_word;
  gboolean want_operand = FALSE;
  guint n_words = 0;

  tokens = tokenize (text, &ends_in_word);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);
      gboolean last = i + 1 == tokens->len;

      if (is_operator (token))
        {
          /* An operator needs a word on both sides. */
          if (n_words > 0 && !want_operand && !last)
            {
              g_string_append_printf (query, " %s", token);
              want_operand = TRUE;
            }
          continue;
        }

      if (!has_word_char (token))
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = token; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
      if (last && ends_in_word)
        g_string_append_c (query, '*');

      n_words++;
      want_operand = FALSE;
    }

  /* A trailing operator whose word was dropped leaves nothing to join. */
  if (want_operand)
    {
      g_autofree char *trimmed = g_strndup (query->str, strrchr (query->str, ' ') - query->str);

      g_string_assign (query, trimmed);
    }

  if (n_words == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* The search index stems words (Porter): "protons" finds "proton". A term highlights the
 * words it begins, so it loses the common English endings first; the result is a prefix
 * of every form the stemmer joins with it, or close to one. */
static char *
strip_ending (char *word)
{
  static const char * const endings[] = { "ies", "es", "s", "ed", "ing", "ly" };
  gsize length = strlen (word);

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize ending = strlen (endings[i]);

      if (length >= ending + 4 && g_str_has_suffix (word, endings[i]))
        {
          word[length - ending] = '\0';
          break;
        }
    }

  return word;
}

/**
 * gln_search_text_get_terms:
 * @text: (nullable): what the user typed
 *
 * Returns: (transfer full): the words of @text, case-folded, without operators and without
 *   common English endings ("protons" gives "proton"), for highlighting the words that
 *   begin with them
 */
GStrv
gln_search_text_get_terms (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) tokens = NULL;
  gboolean ends_in_word;

  tokens = tokenize (text, &ends_in_word);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);
      const char *p = token;

      if (is_operator (token))
        continue;

      /* A phrase or a word with punctuation highlights each of its words. */
      while (*p != '\0')
        {
          const char *start;

          while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          start = p;
          while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (p > start)
            {
              g_autofree char *word = g_utf8_casefold (start, p - start);

              g_strv_builder_add (builder, strip_ending (word));
            }
        }
    }

  return g_strv_builder_end (builder);
}
