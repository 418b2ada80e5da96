/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Decorates the Pango markup that gln_latex_to_markup() makes: web addresses become links
 * a GtkLabel can activate, and the words of a search are highlighted. Tags pass through
 * untouched; only the text between them is rewritten. */

#define G_LOG_DOMAIN "gln-markup"

#include "config.h"

#include "gln-markup.h"

#include <stdlib.h>
#include <string.h>

/* A highlighter pen: readable on both the light and the dark style. */
#define HIGHLIGHT_OPEN "<span background=\"#f9f06b\" foreground=\"#241f31\">"

/* Screening keywords: a light green for include, a light red for exclude, each with its
 * dark text so that both read on the light and the dark style, and each with a mark of its
 * own for who cannot tell the colours apart: bold and underlined, or a wavy underline. */
#define INCLUDE_OPEN \
  "<span background=\"#8ff0a4\" foreground=\"#241f31\" weight=\"bold\" underline=\"single\">"
#define EXCLUDE_OPEN \
  "<span background=\"#ffa39e\" foreground=\"#241f31\" underline=\"error\">"

typedef struct
{
  const char * const *terms;
  GlnMarkupKeywords  *keywords;
} Marks;

static gboolean
is_url_start (const char *p)
{
  return g_str_has_prefix (p, "https://") || g_str_has_prefix (p, "http://") ||
         g_str_has_prefix (p, "www.");
}

/* Turns the entities the escaping made back into characters. */
static char *
unescape (const char *text,
          gsize       len)
{
  static const struct { const char *entity; char c; } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
  };
  GString *out = g_string_sized_new (len);
  const char *end = text + len;

  for (const char *p = text; p < end; p++)
    {
      gboolean done = FALSE;

      if (*p == '&')
        {
          for (guint i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
            {
              gsize n = strlen (entities[i].entity);

              if ((gsize) (end - p) >= n && strncmp (p, entities[i].entity, n) == 0)
                {
                  g_string_append_c (out, entities[i].c);
                  p += n - 1;
                  done = TRUE;
                }
            }
          if (!done && p + 2 < end && p[1] == '#')
            {
              const char *semi = memchr (p, ';', end - p);

              if (semi != NULL)
                {
                  gboolean hex = p[2] == 'x' || p[2] == 'X';
                  gunichar c = strtoul (p + (hex ? 3 : 2), NULL, hex ? 16 : 10);

                  if (g_unichar_validate (c))
                    g_string_append_unichar (out, c);
                  p = semi;
                  done = TRUE;
                }
            }
        }
      if (!done)
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

  g_string_append (out, escaped);
}

static gboolean
matches_term (const char         *word,
              gsize               len,
              const char * const *terms)
{
  g_autofree char *folded = g_utf8_casefold (word, len);

  for (guint i = 0; terms[i] != NULL; i++)
    if (terms[i][0] != '\0' && g_str_has_prefix (folded, terms[i]))
      return TRUE;

  return FALSE;
}

static void
add_found (GPtrArray  *found,
           const char *text,
           gsize       len)
{
  g_autofree char *word = g_strndup (text, len);

  if (found != NULL && !g_ptr_array_find_with_equal_func (found, word, g_str_equal, NULL))
    g_ptr_array_add (found, g_steal_pointer (&word));
}

/* Plain text with the screening keywords marked: the longest keyword that starts at a word
 * wins, include before exclude. */
static void
append_keywords (GString           *out,
                 const char        *text,
                 gsize              len,
                 GlnMarkupKeywords *keywords)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (const char *));
  const char *end = text + len;
  const char *p = text;
  const char *flushed = text;

  while (p < end)
    {
      const char *start;

      while (p < end && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (p < end && (g_unichar_isalnum (g_utf8_get_char (p)) ||
                         g_unichar_ismark (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_ptr_array_add (folded, gln_keyword_fold (start, p - start));
          g_array_append_val (spans, start);
          g_array_append_val (spans, p);
        }
    }

  for (guint i = 0; i < folded->len;)
    {
      const char * const *words = (const char * const *) folded->pdata + i;
      guint n_words = folded->len - i;
      guint n = keywords->include ? gln_keyword_set_match (keywords->include, words, n_words) : 0;
      gboolean include = n > 0;
      const char *start, *stop;

      if (n == 0 && keywords->exclude != NULL)
        n = gln_keyword_set_match (keywords->exclude, words, n_words);
      if (n == 0)
        {
          i++;
          continue;
        }

      start = g_array_index (spans, const char *, 2 * i);
      stop = g_array_index (spans, const char *, 2 * (i + n) - 1);
      append_escaped (out, flushed, start - flushed);
      g_string_append (out, include ? INCLUDE_OPEN : EXCLUDE_OPEN);
      append_escaped (out, start, stop - start);
      g_string_append (out, "</span>");
      add_found (include ? keywords->found_include : keywords->found_exclude, start, stop - start);
      flushed = stop;
      i += n;
    }

  append_escaped (out, flushed, end - flushed);
}

/* Plain text with the words that start with a term highlighted. */
static void
append_highlighted (GString     *out,
                    const char  *text,
                    gsize        len,
                    const Marks *marks)
{
  const char * const *terms = marks->terms;
  const char *end = text + len;
  const char *p = text;
  const char *flushed = text;

  if (marks->keywords != NULL)
    {
      append_keywords (out, text, len, marks->keywords);
      return;
    }

  if (terms == NULL || terms[0] == NULL)
    {
      append_escaped (out, text, len);
      return;
    }

  while (p < end)
    {
      const char *start;

      while (p < end && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (p < end && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p > start && matches_term (start, p - start, terms))
        {
          append_escaped (out, flushed, start - flushed);
          g_string_append (out, HIGHLIGHT_OPEN);
          append_escaped (out, start, p - start);
          g_string_append (out, "</span>");
          flushed = p;
        }
    }

  append_escaped (out, flushed, end - flushed);
}

static gsize
url_length (const char *p)
{
  gsize n = 0;
  int parens = 0;

  while (p[n] != '\0' && !g_ascii_isspace (p[n]) && strchr ("<>\"{}", p[n]) == NULL)
    {
      if (p[n] == '(')
        parens++;
      else if (p[n] == ')')
        parens--;
      n++;
    }

  /* Sentence punctuation after an address is not part of it. */
  while (n > 0 && (strchr (".,;:!?'", p[n - 1]) != NULL || (p[n - 1] == ')' && parens < 0)))
    {
      if (p[n - 1] == ')')
        parens++;
      n--;
    }

  return n;
}

static void
decorate_text (GString     *out,
               const char  *plain,
               const Marks *marks,
               gboolean     links)
{
  const char *p = plain;
  const char *flushed = plain;

  while (links && *p != '\0')
    {
      gsize n;

      if ((p == plain || !g_ascii_isalnum (p[-1])) && is_url_start (p) && (n = url_length (p)) > 8)
        {
          g_autofree char *url = g_strndup (p, n);
          g_autofree char *href = g_str_has_prefix (url, "www.")
                                    ? g_strconcat ("https://", url, NULL)
                                    : g_strdup (url);
          g_autofree char *escaped_href = g_markup_escape_text (href, -1);

          append_highlighted (out, flushed, p - flushed, marks);
          g_string_append_printf (out, "<a href=\"%s\">", escaped_href);
          append_escaped (out, url, n);
          g_string_append (out, "</a>");
          p += n;
          flushed = p;
        }
      else
        p++;
    }

  append_highlighted (out, flushed, strlen (flushed), marks);
}

static char *
decorate (const char  *markup,
          const Marks *marks,
          gboolean     links)
{
  GString *out;
  const char *p = markup;
  int in_link = 0;

  if (markup == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (markup) + 64);
  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');
          gsize n = close != NULL ? (gsize) (close - p + 1) : strlen (p);

          if (g_str_has_prefix (p, "<a "))
            in_link++;
          else if (g_str_has_prefix (p, "</a>"))
            in_link--;
          g_string_append_len (out, p, n);
          p += n;
        }
      else
        {
          const char *next = strchr (p, '<');
          gsize n = next != NULL ? (gsize) (next - p) : strlen (p);
          g_autofree char *plain = unescape (p, n);

          /* Links do not nest. */
          decorate_text (out, plain, marks, links && in_link == 0);
          p += n;
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * gln_markup_decorate:
 * @markup: valid Pango markup
 * @terms: (nullable): case-folded words to highlight, as gln_search_text_get_terms() gives
 * @links: whether to turn web addresses into links
 *
 * Returns: (transfer full): the decorated markup, still valid
 */
char *
gln_markup_decorate (const char         *markup,
                     const char * const *terms,
                     gboolean            links)
{
  Marks marks = { terms, NULL };

  return decorate (markup, &marks, links);
}

/**
 * gln_markup_decorate_keywords:
 * @markup: valid Pango markup
 * @keywords: the include and exclude keywords to mark, and where to say what was found
 * @links: whether to turn web addresses into links
 *
 * Returns: (transfer full): the decorated markup, still valid
 */
char *
gln_markup_decorate_keywords (const char        *markup,
                              GlnMarkupKeywords *keywords,
                              gboolean           links)
{
  Marks marks = { NULL, keywords };

  return decorate (markup, &marks, links);
}
