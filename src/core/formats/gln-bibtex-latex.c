/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-bibtex"

#include "config.h"

#include "gln-bibtex-private.h"

#include <string.h>

/* The LaTeX a .bib file writes text in, to and from Unicode. Decoding keeps math ($…$)
 * as it is, the convention of the paper model (arXiv titles carry raw math); encoding is its
 * inverse, so that decode (encode (text)) == text for any decoded text. */

typedef struct
{
  const char *name;
  gunichar    mark;
  const char *alone;
} Accent;

static const Accent accents[] = {
  { "`", 0x0300, "`" }, { "'", 0x0301, "\xc2\xb4" }, { "^", 0x0302, "^" },
  { "~", 0x0303, "~" }, { "=", 0x0304, "\xc2\xaf" }, { "u", 0x0306, "" },
  { ".", 0x0307, "\xcb\x99" }, { "\"", 0x0308, "\xc2\xa8" }, { "r", 0x030a, "" },
  { "H", 0x030b, "" }, { "v", 0x030c, "" }, { "d", 0x0323, "" }, { "c", 0x0327, "" },
  { "k", 0x0328, "" }, { "b", 0x0331, "" }, { "t", 0x0361, "" },
};

typedef struct
{
  const char *name;
  const char *text;
} Symbol;

/* Commands that stand for one character or word. The first spelling of a character is the
 * one encoding writes. */
static const Symbol symbols[] = {
  { "ss", "ß" }, { "SS", "SS" }, { "ae", "æ" }, { "AE", "Æ" }, { "oe", "œ" }, { "OE", "Œ" },
  { "aa", "å" }, { "AA", "Å" }, { "o", "ø" }, { "O", "Ø" }, { "l", "ł" }, { "L", "Ł" },
  { "i", "ı" }, { "j", "ȷ" }, { "dh", "ð" }, { "DH", "Ð" }, { "th", "þ" }, { "TH", "Þ" },
  { "ng", "ŋ" }, { "NG", "Ŋ" }, { "dj", "đ" }, { "DJ", "Đ" },
  { "textendash", "–" }, { "textemdash", "—" }, { "ldots", "…" }, { "dots", "…" },
  { "textellipsis", "…" }, { "textquoteleft", "‘" }, { "textquoteright", "’" },
  { "textquotedblleft", "“" }, { "textquotedblright", "”" }, { "guillemotleft", "«" },
  { "guillemotright", "»" }, { "S", "§" }, { "P", "¶" }, { "textcopyright", "©" },
  { "copyright", "©" }, { "textregistered", "®" }, { "texttrademark", "™" },
  { "pounds", "£" }, { "textsterling", "£" }, { "texteuro", "€" }, { "euro", "€" },
  { "textdegree", "°" }, { "dag", "†" }, { "textdagger", "†" }, { "ddag", "‡" },
  { "textdaggerdbl", "‡" }, { "textbullet", "•" }, { "textperiodcentered", "·" },
  { "textbackslash", "\\" }, { "textasciitilde", "~" }, { "textasciicircum", "^" },
  { "textasciigrave", "`" }, { "textunderscore", "_" }, { "textbar", "|" },
  { "textless", "<" }, { "textgreater", ">" }, { "textquotedbl", "\"" },
  { "LaTeX", "LaTeX" }, { "TeX", "TeX" }, { "BibTeX", "BibTeX" }, { "LaTeXe", "LaTeX2e" },
};

/* Only read: outside math LaTeX has no command for a Greek letter, so they are written as
 * they are. */
static const Symbol greek[] = {
  { "alpha", "α" }, { "beta", "β" }, { "gamma", "γ" }, { "delta", "δ" }, { "epsilon", "ε" },
  { "zeta", "ζ" }, { "eta", "η" }, { "theta", "θ" }, { "iota", "ι" }, { "kappa", "κ" },
  { "lambda", "λ" }, { "mu", "μ" }, { "nu", "ν" }, { "xi", "ξ" }, { "pi", "π" },
  { "rho", "ρ" }, { "sigma", "σ" }, { "tau", "τ" }, { "upsilon", "υ" }, { "phi", "φ" },
  { "chi", "χ" }, { "psi", "ψ" }, { "omega", "ω" }, { "Gamma", "Γ" }, { "Delta", "Δ" },
  { "Theta", "Θ" }, { "Lambda", "Λ" }, { "Xi", "Ξ" }, { "Pi", "Π" }, { "Sigma", "Σ" },
  { "Phi", "Φ" }, { "Psi", "Ψ" }, { "Omega", "Ω" },
};

/* The first symbols are letters, written as a command when encoding to ASCII. */
#define N_LETTER_SYMBOLS 22

/* Commands that only format their argument: the argument is the text. */
static const char * const formatting[] = {
  "textbf", "textit", "emph", "textsc", "textrm", "textsf", "texttt", "textup", "textsl",
  "textmd", "textnormal", "mbox", "hbox", "text", "uppercase", "lowercase", "MakeUppercase",
  "MakeLowercase", "NoCaseChange", "ensuremath", "bibstring", "mkbibquote", "enquote",
  "mkbibemph", "textsuperscript", "textsubscript", "protect", "relax", "bf", "it", "em", "sc",
  "rm", "sf", "tt", "sl", "small", "normalfont", "selectlanguage", "foreignlanguage",
  "hyphenation", "allowbreak", "nobreak", NULL
};

typedef struct
{
  const char *p;
  const char *end;
  gboolean    fold;
  /* Set when the last thing decoded was one character from an accent or a letter command:
   * folding drops the braces of "{\"o}" but keeps those of "{BERT}". */
  gboolean    made_char;
} Decoder;

static void decode_until (Decoder *d,
                          GString *out,
                          char     stop);

static const Accent *
find_accent (const char *name,
             gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (accents); i++)
    if (strlen (accents[i].name) == len && strncmp (accents[i].name, name, len) == 0)
      return &accents[i];

  return NULL;
}

static const Symbol *
find_symbol (const char *name,
             gsize       len,
             gboolean   *is_letter)
{
  *is_letter = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (strlen (symbols[i].name) == len && strncmp (symbols[i].name, name, len) == 0)
      {
        *is_letter = i < N_LETTER_SYMBOLS;
        return &symbols[i];
      }
  for (guint i = 0; i < G_N_ELEMENTS (greek); i++)
    if (strlen (greek[i].name) == len && strncmp (greek[i].name, name, len) == 0)
      return &greek[i];

  return NULL;
}

static gboolean
is_formatting (const char *name,
               gsize       len)
{
  for (guint i = 0; formatting[i] != NULL; i++)
    if (strlen (formatting[i]) == len && strncmp (formatting[i], name, len) == 0)
      return TRUE;

  return FALSE;
}

/* The end of the group starting at @p (just after its "{"), or NULL when unbalanced. */
static const char *
group_end (const char *p,
           const char *end)
{
  int depth = 1;

  for (; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        p++;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth == 0)
        return p;
    }

  return NULL;
}

/* The end of the math starting at @p ("$"), past its closing "$", or NULL. */
static const char *
math_end (const char *p,
          const char *end)
{
  gboolean display = p + 1 < end && p[1] == '$';
  int depth = 0;

  for (p += display ? 2 : 1; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        p++;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth < 0)
        return NULL;
      else if (*p == '$')
        {
          if (depth != 0)
            return NULL;
          if (!display)
            return p + 1;
          return p + 1 < end && p[1] == '$' ? p + 2 : NULL;
        }
    }

  return NULL;
}

static void
skip_spaces (Decoder *d)
{
  while (d->p < d->end && g_ascii_isspace (*d->p))
    d->p++;
}

static char *
decode_range (const char *start,
              const char *end,
              gboolean    fold)
{
  Decoder inner = { start, end, fold, FALSE };
  GString *out = g_string_new (NULL);

  decode_until (&inner, out, '\0');

  return g_string_free (out, FALSE);
}

/* The argument of an accent: "o", "{o}", "{\i}", "\i". */
static char *
accent_argument (Decoder *d)
{
  const char *start;

  if (d->p >= d->end)
    return g_strdup ("");

  if (*d->p == '{')
    {
      const char *close = group_end (d->p + 1, d->end);

      if (close == NULL)
        return g_strdup ("");
      start = d->p + 1;
      d->p = close + 1;
      return decode_range (start, close, FALSE);
    }

  if (*d->p == '\\')
    {
      start = d->p++;
      while (d->p < d->end && g_ascii_isalpha (*d->p))
        d->p++;
      return decode_range (start, d->p, FALSE);
    }

  start = d->p;
  d->p = g_utf8_find_next_char (d->p, d->end);
  if (d->p == NULL)
    d->p = d->end;

  return g_strndup (start, d->p - start);
}

static void
apply_accent (GString      *out,
              const Accent *accent,
              const char   *base)
{
  g_autofree char *composed = NULL;
  GString *raw;
  gunichar first;

  if (base[0] == '\0')
    {
      g_string_append (out, accent->alone);
      return;
    }

  first = g_utf8_get_char (base);
  if (first == 0x0131)
    first = 'i';
  else if (first == 0x0237)
    first = 'j';

  raw = g_string_new (NULL);
  g_string_append_unichar (raw, first);
  g_string_append_unichar (raw, accent->mark);
  g_string_append (raw, g_utf8_next_char (base));
  composed = g_utf8_normalize (raw->str, -1, G_NORMALIZE_NFC);
  g_string_append (out, composed ? composed : raw->str);
  g_string_free (raw, TRUE);
}

static void
decode_command (Decoder *d,
                GString *out)
{
  const char *start = d->p;
  const char *name = ++d->p;
  const Accent *accent;
  const Symbol *symbol;
  gboolean is_letter;
  gsize len;

  if (d->p >= d->end)
    {
      g_string_append_c (out, '\\');
      return;
    }

  if (g_ascii_isalpha (*d->p))
    while (d->p < d->end && g_ascii_isalpha (*d->p))
      d->p++;
  else
    d->p++;
  len = d->p - name;

  if ((accent = find_accent (name, len)) != NULL)
    {
      g_autofree char *base = NULL;

      if (g_ascii_isalpha (*name))
        skip_spaces (d);
      base = accent_argument (d);
      apply_accent (out, accent, base);
      d->made_char = TRUE;
      return;
    }

  if ((symbol = find_symbol (name, len, &is_letter)) != NULL)
    {
      g_string_append (out, symbol->text);
      skip_spaces (d);
      d->made_char = is_letter;
      /* "\ss{}" and "\ldots{}" end the command with an empty group. */
      if (d->p + 1 < d->end && d->p[0] == '{' && d->p[1] == '}')
        d->p += 2;
      return;
    }

  if (d->fold)
    {
      g_string_append_len (out, start, d->p - start);
      return;
    }

  if (len == 1 && strchr ("&%$#_{} ", *name) != NULL)
    g_string_append_c (out, *name);
  else if (len == 1 && *name == '\\')
    g_string_append_c (out, ' ');
  else if (len == 1 && strchr (",;:", *name) != NULL)
    g_string_append_c (out, ' ');
  else if (len == 1 && strchr ("-/@!", *name) != NULL)
    ;
  else if ((len == 3 && strncmp (name, "url", 3) == 0) ||
           (len == 4 && strncmp (name, "path", 4) == 0))
    {
      const char *close;

      skip_spaces (d);
      if (d->p < d->end && *d->p == '{' && (close = group_end (d->p + 1, d->end)) != NULL)
        {
          g_string_append_len (out, d->p + 1, close - d->p - 1);
          d->p = close + 1;
        }
    }
  else if ((len == 4 && strncmp (name, "href", 4) == 0) ||
           (len == 8 && strncmp (name, "noopsort", 8) == 0))
    {
      const char *close;

      /* \href{url}{text} shows the text; \noopsort{key} only sorts. */
      skip_spaces (d);
      if (d->p < d->end && *d->p == '{' && (close = group_end (d->p + 1, d->end)) != NULL)
        d->p = close + 1;
    }
  else if (is_formatting (name, len))
    skip_spaces (d);
  else
    {
      const char *close;

      /* An unknown command stays LaTeX, with its arguments: "\cite{knuth}". */
      while (d->p < d->end && *d->p == '{' && (close = group_end (d->p + 1, d->end)) != NULL)
        d->p = close + 1;
      g_string_append_len (out, start, d->p - start);
    }
}

static void
decode_group (Decoder *d,
              GString *out)
{
  const char *close = group_end (d->p + 1, d->end);
  g_autofree char *inner = NULL;
  Decoder sub;

  if (close == NULL)
    {
      d->p++;
      return;
    }

  sub = (Decoder) { d->p + 1, close, d->fold, FALSE };
  d->p = close + 1;

  if (!d->fold)
    {
      decode_until (&sub, out, '\0');
      return;
    }

  {
    GString *buf = g_string_new (NULL);

    decode_until (&sub, buf, '\0');
    inner = g_string_free (buf, FALSE);
  }
  if (sub.made_char && g_utf8_strlen (inner, -1) == 1)
    {
      g_string_append (out, inner);
      d->made_char = TRUE;
    }
  else
    g_string_append_printf (out, "{%s}", inner);
}

static void
decode_until (Decoder *d,
              GString *out,
              char     stop)
{
  while (d->p < d->end && *d->p != stop)
    {
      const char *c = d->p;
      const char *math;

      if (*c != '\\' && *c != '{')
        d->made_char = FALSE;

      if (*c == '\\')
        decode_command (d, out);
      else if (*c == '{')
        decode_group (d, out);
      else if (*c == '}')
        {
          if (d->fold)
            g_string_append_c (out, '}');
          d->p++;
        }
      else if (*c == '$' && (math = math_end (c, d->end)) != NULL)
        {
          g_string_append_len (out, c, math - c);
          d->p = math;
        }
      else if (d->fold)
        g_string_append_c (out, *d->p++);
      else if (*c == '~')
        {
          g_string_append (out, "\xc2\xa0");
          d->p++;
        }
      else if (*c == '-' && c + 2 < d->end && c[1] == '-' && c[2] == '-')
        {
          g_string_append (out, "—");
          d->p += 3;
        }
      else if (*c == '-' && c + 1 < d->end && c[1] == '-')
        {
          g_string_append (out, "–");
          d->p += 2;
        }
      else if ((*c == '`' || *c == '\'') && c + 1 < d->end && c[1] == *c)
        {
          g_string_append (out, *c == '`' ? "“" : "”");
          d->p += 2;
        }
      else if (*c == '`')
        {
          g_string_append (out, "‘");
          d->p++;
        }
      else if ((*c == '!' || *c == '?') && c + 1 < d->end && c[1] == '`')
        {
          g_string_append (out, *c == '!' ? "¡" : "¿");
          d->p += 2;
        }
      else
        g_string_append_c (out, *d->p++);
    }
}

/* Every run of white space becomes one space, and none is left at either end. */
static char *
collapse_space (GString *text)
{
  GString *out = g_string_sized_new (text->len);
  gboolean pending = FALSE;

  for (gsize i = 0; i < text->len; i++)
    {
      if (g_ascii_isspace (text->str[i]))
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_c (out, text->str[i]);
    }
  g_string_free (text, TRUE);

  return g_string_free (out, FALSE);
}

static char *
decode (const char *latex,
        gboolean    fold)
{
  g_autofree char *valid = NULL;
  Decoder d;
  GString *out;

  if (latex == NULL)
    return NULL;

  valid = g_utf8_make_valid (latex, -1);
  d = (Decoder) { valid, valid + strlen (valid), fold, FALSE };
  out = g_string_sized_new (strlen (valid));
  decode_until (&d, out, '\0');

  return collapse_space (out);
}

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
  return decode (latex, FALSE);
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
  return decode (latex, TRUE);
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

static gboolean
append_ascii_char (GString  *out,
                   gunichar  c)
{
  g_autofree char *decomposed = NULL;
  char utf8[8] = { 0, };
  const char *p;
  gunichar base;
  GString *cmd;

  g_unichar_to_utf8 (c, utf8);
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      if (strcmp (symbols[i].text, utf8) != 0)
        continue;
      if (i < N_LETTER_SYMBOLS)
        g_string_append_printf (out, "{\\%s}", symbols[i].name);
      else if (strcmp (utf8, "–") == 0)
        g_string_append (out, "--");
      else if (strcmp (utf8, "—") == 0)
        g_string_append (out, "---");
      else if (strcmp (utf8, "“") == 0)
        g_string_append (out, "``");
      else if (strcmp (utf8, "”") == 0)
        g_string_append (out, "''");
      else if (strcmp (utf8, "‘") == 0)
        g_string_append (out, "`");
      else
        g_string_append_printf (out, "\\%s{}", symbols[i].name);
      return TRUE;
    }
  if (c == 0x00a1 || c == 0x00bf)
    {
      g_string_append (out, c == 0x00a1 ? "!`" : "?`");
      return TRUE;
    }

  decomposed = g_utf8_normalize (utf8, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL || (base = g_utf8_get_char (decomposed)) >= 0x80 ||
      !g_ascii_isalpha (base) || *(p = g_utf8_next_char (decomposed)) == '\0')
    return FALSE;

  cmd = g_string_new (NULL);
  if (base == 'i' || base == 'j')
    g_string_append_printf (cmd, "\\%c", (char) base);
  else
    g_string_append_c (cmd, (char) base);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar mark = g_utf8_get_char (p);
      const Accent *accent = NULL;
      char *wrapped;

      for (guint i = 0; i < G_N_ELEMENTS (accents) && accent == NULL; i++)
        if (accents[i].mark == mark)
          accent = &accents[i];
      if (accent == NULL)
        {
          g_string_free (cmd, TRUE);
          return FALSE;
        }
      /* "\"o" for the symbol accents on a letter, braces for the rest: "\v{s}", "\'{\i}". */
      if (!g_ascii_isalpha (accent->name[0]) && cmd->len == 1)
        wrapped = g_strdup_printf ("\\%s%s", accent->name, cmd->str);
      else
        wrapped = g_strdup_printf ("\\%s{%s}", accent->name, cmd->str);
      g_string_assign (cmd, wrapped);
      g_free (wrapped);
    }
  g_string_append_printf (out, "{%s}", cmd->str);
  g_string_free (cmd, TRUE);

  return TRUE;
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
          if (c == 0x00a0)
            g_string_append_c (out, '~');
          else if (!(flags & GLN_BIB_ENCODE_ASCII) || !append_ascii_char (out, c))
            g_string_append_unichar (out, c);
        }
      else if (flags & GLN_BIB_ENCODE_VERBATIM)
        g_string_append_c (out, (char) c);
      else if (strchr ("&%#_{}$", (char) c) != NULL)
        g_string_append_printf (out, "\\%c", (char) c);
      else if (c == '\\')
        g_string_append (out, "\\textbackslash{}");
      else if (c == '~')
        g_string_append (out, "\\textasciitilde{}");
      else if (c == '^')
        g_string_append (out, "\\textasciicircum{}");
      else if (c == '`')
        g_string_append (out, "\\textasciigrave{}");
      else if ((c == '-' || c == '\'') && p + 1 < end && p[1] == (char) c)
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

  /* Math goes out as it came in; with case protection it is braced, as styles would lower
   * "$O(n)$" too. */
  while (*p != '\0')
    {
      const char *math;

      if (*p != '$' || (math = math_end (p, p + strlen (p))) == NULL)
        {
          p++;
          continue;
        }
      encode_words (out, plain, p - plain, flags);
      if (flags & GLN_BIB_ENCODE_PROTECT)
        g_string_append_c (out, '{');
      g_string_append_len (out, p, math - p);
      if (flags & GLN_BIB_ENCODE_PROTECT)
        g_string_append_c (out, '}');
      p = plain = math;
    }
  encode_words (out, plain, p - plain, flags);
}
