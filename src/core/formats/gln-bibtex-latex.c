/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex-private.h"
#include "gln-latex.h"

#include <string.h>

/* The LaTeX a .bib file writes text in, to and from Unicode, through the one LaTeX table
 * of gln-latex.h. Decoding keeps math ($…$) as it is, the convention of the paper model
 * (arXiv titles carry raw math); encoding is its inverse, so that decode (encode (text))
 * == text for any decoded text. */

/**
 * _gln_bibtex_decode:
 * @latex: a field value as written in a .bib file
 *
 * Returns: (transfer full): the value as Unicode text: accents composed, escapes and
 *   grouping braces gone, white space collapsed, math left as it is
 */
char *
_gln_bibtex_decode (const char *latex)
{
  return latex != NULL ? gln_latex_decode (latex, GLN_LATEX_MODE_DECODE) : NULL;
}

/**
 * _gln_bibtex_fold:
 * @latex: a field value as written in a .bib file
 *
 * Returns: (transfer full): the value with only its accented letters made Unicode and white
 *   space collapsed: what a field no other format has is kept as LaTeX, and this spelling
 *   comes back the same however the export writes its letters.
 */
char *
_gln_bibtex_fold (const char *latex)
{
  return latex != NULL ? gln_latex_decode (latex, GLN_LATEX_MODE_FOLD) : NULL;
}

/* Whether @text holds a LaTeX command with a name of letters ("\\textbf"). */
static gboolean
has_command (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && g_ascii_isalpha (p[1]))
        return TRUE;
      if (*p == '\\' && p[1] != '\0')
        p++;
    }

  return FALSE;
}

/**
 * _gln_bibtex_decode_latex:
 * @latex: a field that may hold LaTeX, such as an abstract
 *
 * What _gln_bibtex_encode() wrote with %GLN_BIB_ENCODE_LATEX: a value that still holds
 * commands once the spellings of single characters are read ("{\\\"o}", "\\ldots{}") is
 * LaTeX, and stays so; any other is decoded as _gln_bibtex_decode() does.
 *
 * Returns: (transfer full): the value
 */
char *
_gln_bibtex_decode_latex (const char *latex)
{
  g_autofree char *folded = _gln_bibtex_fold (latex);

  if (folded != NULL && has_command (folded))
    return g_steal_pointer (&folded);

  return _gln_bibtex_decode (latex);
}

/* URLs, DOIs and identifiers: braces and white space go, "\_" and "\%" are unescaped. */
char *
_gln_bibtex_decode_url (const char *latex)
{
  GString *out;

  if (latex == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = latex; *p != '\0'; p++)
    {
      if (*p == '{' || *p == '}' || g_ascii_isspace (*p))
        continue;
      if (*p == '\\' && g_ascii_isalpha (p[1]))
        {
          while (g_ascii_isalpha (p[1]))
            p++;
          continue;
        }
      if (*p == '\\' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
encode_plain (GString           *out,
              const char        *text,
              gsize              len,
              GlnBibEncodeFlags  flags)
{
  const char *end = text + len;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x80)
        {
          /* A no-break space is written as a tie even in Unicode, where it would not show. */
          gboolean spell = (flags & GLN_BIB_ENCODE_ASCII) || c == 0x00a0;

          if (!spell || !gln_latex_append_ascii (out, c))
            g_string_append_unichar (out, c);
        }
      else if (flags & GLN_BIB_ENCODE_VERBATIM)
        g_string_append_c (out, (char) c);
      /* What LaTeX would read as markup. */
      else if (strchr ("&%#_{}$\\~^`", (char) c) != NULL)
        gln_latex_append_ascii (out, c);
      /* In LaTeX "--" is a dash, meant as such. */
      else if ((c == '-' || c == '\'') && p + 1 < end && p[1] == (char) c &&
               !(flags & GLN_BIB_ENCODE_LATEX))
        g_string_append_printf (out, "%c{}", (char) c);
      else if (g_ascii_isspace (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, (char) c);
    }
}

/* Capitals a style would lower: "BERT", "GPT-4", "iPhone", "Mizoroki-Heck", "V". */
static gboolean
needs_protection (const char *word,
                  gsize       len)
{
  const char *end = word + len;
  gboolean first_letter = TRUE;
  guint n_letters = 0;
  gboolean upper = FALSE;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      n_letters++;
      if (g_unichar_isupper (c))
        {
          if (!first_letter)
            return TRUE;
          upper = TRUE;
        }
      first_letter = FALSE;
    }

  return n_letters == 1 && upper && !(len == 1 && (*word == 'A' || *word == 'I'));
}

static void
encode_words (GString           *out,
              const char        *text,
              gsize              len,
              GlnBibEncodeFlags  flags)
{
  const char *end = text + len;
  const char *p = text;

  while (p < end)
    {
      const char *word_end = p;

      while (word_end < end && *word_end != ' ')
        word_end++;
      if ((flags & GLN_BIB_ENCODE_PROTECT) && needs_protection (p, word_end - p))
        {
          g_string_append_c (out, '{');
          encode_plain (out, p, word_end - p, flags);
          g_string_append_c (out, '}');
        }
      else
        encode_plain (out, p, word_end - p, flags);
      if (word_end < end)
        g_string_append_c (out, ' ');
      p = word_end + 1;
    }
}

/* Which braces of @text pair up, escaped ones aside: those are LaTeX's, the others are
 * characters to escape. Returns a flag per byte. */
static guint8 *
match_braces (const char *text)
{
  gsize len = strlen (text);
  guint8 *matched = g_malloc0 (len + 1);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '\\' && text[i + 1] != '\0')
        i++;
      else if (text[i] == '{')
        g_array_append_val (open, i);
      else if (text[i] == '}' && open->len > 0)
        {
          matched[g_array_index (open, gsize, open->len - 1)] = 1;
          matched[i] = 1;
          g_array_set_size (open, open->len - 1);
        }
    }

  return matched;
}

/* Text that may hold LaTeX, outside math: what LaTeX reads as written stays. */
static void
encode_latex (GString           *out,
              const char        *text,
              gsize              len,
              const guint8      *braces,
              GlnBibEncodeFlags  flags)
{
  const char *end = text + len;
  const char *p = text;

  while (p < end)
    {
      const char *run = p;

      if (*p == '\\' && p + 1 < end && g_ascii_isalpha (p[1]))
        {
          for (p++; p < end && g_ascii_isalpha (*p); p++)
            ;
          g_string_append_len (out, run, p - run);
          continue;
        }
      if (*p == '\\' && p + 1 < end && strchr ("&%$#_{}\\ ,;:!'\"`^~=.-", p[1]) != NULL)
        {
          g_string_append_len (out, p, 2);
          p += 2;
          continue;
        }
      if ((*p == '{' || *p == '}') && braces[p - text])
        {
          g_string_append_c (out, *p++);
          continue;
        }

      /* Up to the next character that could start LaTeX, escaped as plain text. */
      for (p++; p < end && *p != '\\' && !((*p == '{' || *p == '}') && braces[p - text]); p++)
        ;
      encode_words (out, run, p - run, flags);
    }
}

static void
encode_text (GString           *out,
             const char        *text,
             gsize              len,
             const guint8      *braces,
             GlnBibEncodeFlags  flags)
{
  if (flags & GLN_BIB_ENCODE_LATEX)
    encode_latex (out, text, len, braces, flags);
  else
    encode_words (out, text, len, flags);
}

/**
 * _gln_bibtex_encode:
 * @out: where to append
 * @text: a decoded value
 * @flags: how to write it
 *
 * Appends @text as the inside of a braced .bib value.
 */
void
_gln_bibtex_encode (GString           *out,
                    const char        *text,
                    GlnBibEncodeFlags  flags)
{
  const char *p = text;
  const char *plain = text;
  g_autofree guint8 *matched = NULL;

  if (text == NULL)
    return;

  if (flags & GLN_BIB_ENCODE_URL)
    {
      for (; *p != '\0'; p++)
        {
          if (*p == '{' || *p == '}')
            g_string_append (out, *p == '{' ? "%7B" : "%7D");
          else if (g_ascii_isspace (*p))
            g_string_append (out, "%20");
          else
            g_string_append_c (out, *p);
        }
      return;
    }

  if (flags & GLN_BIB_ENCODE_VERBATIM)
    {
      encode_plain (out, text, strlen (text), flags);
      return;
    }

  /* Text without commands is plain text, whatever its braces and backslashes. */
  if ((flags & GLN_BIB_ENCODE_LATEX) && !has_command (text))
    flags &= ~GLN_BIB_ENCODE_LATEX;
  if (flags & GLN_BIB_ENCODE_LATEX)
    matched = match_braces (text);

  /* Math goes out as it came in; with case protection it is braced, as styles would lower
   * "$O(n)$" too. */
  while (*p != '\0')
    {
      const char *math;

      if (*p != '$' || (math = gln_latex_find_math_end (p, p + strlen (p))) == NULL)
        {
          p++;
          continue;
        }
      encode_text (out, plain, p - plain, matched ? matched + (plain - text) : NULL, flags);
      if (flags & GLN_BIB_ENCODE_PROTECT)
        g_string_append_c (out, '{');
      g_string_append_len (out, p, math - p);
      if (flags & GLN_BIB_ENCODE_PROTECT)
        g_string_append_c (out, '}');
      p = plain = math;
    }
  encode_text (out, plain, p - plain, matched ? matched + (plain - text) : NULL, flags);
}
