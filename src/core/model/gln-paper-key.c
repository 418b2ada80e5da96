/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paper-key"

#include "config.h"

#include "gln-paper-key.h"

#include "gln-latex.h"

#include <stdlib.h>
#include <string.h>

/* The digits of a version after its "v"; more than four digits are no version arXiv has
 * given, and would overflow an int soon after. Returns where they end, or %NULL. */
static const char *
parse_version (const char *p,
               int        *version)
{
  int value = 0;
  int n_digits = 0;

  for (; g_ascii_isdigit (*p); p++, n_digits++)
    {
      if (n_digits == 4)
        return NULL;
      value = value * 10 + (*p - '0');
    }
  if (n_digits == 0)
    return NULL;

  *version = value;
  return p;
}

/* The archives of arXiv's old identifier scheme ("hep-ex/0307015"), all lower case letters
 * and dashes, optionally followed by a subject class ("math.GT/0309136"). */
static gboolean
parse_old_style (const char  *s,
                 char       **id,
                 int         *version)
{
  const char *slash = strchr (s, '/');
  const char *p;
  const char *dot = NULL;

  if (slash == NULL || slash == s)
    return FALSE;

  for (p = s; p < slash; p++)
    {
      if (*p == '.')
        {
          if (dot != NULL || p == s)
            return FALSE;
          dot = p;
        }
      else if (dot == NULL && !(g_ascii_islower (*p) || *p == '-'))
        return FALSE;
      else if (dot != NULL && !g_ascii_isalpha (*p))
        return FALSE;
    }

  for (p = slash + 1; g_ascii_isdigit (*p); p++)
    ;
  if (p - (slash + 1) != 7)
    return FALSE;

  if (*p == 'v' && (p = parse_version (p + 1, version)) == NULL)
    return FALSE;
  if (*p != '\0' && !(strcmp (p, ".pdf") == 0 || *p == '/' || *p == '?' || *p == '#'))
    return FALSE;

  /* The subject class is not part of the identifier's identity: math.GT/0309136 and
   * math/0309136 are the same paper. */
  if (dot != NULL)
    *id = g_strdup_printf ("%.*s%.*s", (int) (dot - s), s, 8, slash);
  else
    *id = g_strndup (s, slash + 8 - s);

  return TRUE;
}

static gboolean
parse_new_style (const char  *s,
                 char       **id,
                 int         *version)
{
  const char *p = s;
  int n_digits;

  for (; g_ascii_isdigit (*p); p++)
    ;
  if (p - s != 4 || *p != '.')
    return FALSE;

  for (p++, n_digits = 0; g_ascii_isdigit (*p); p++)
    n_digits++;
  if (n_digits != 4 && n_digits != 5)
    return FALSE;

  /* 5-digit sequence numbers exist from 1501 on; the month is 01–12. */
  if ((s[2] - '0') * 10 + (s[3] - '0') < 1 || (s[2] - '0') * 10 + (s[3] - '0') > 12)
    return FALSE;

  *id = g_strndup (s, p - s);

  if (*p == 'v' && (p = parse_version (p + 1, version)) == NULL)
    {
      g_clear_pointer (id, g_free);
      *version = 0;
      return FALSE;
    }
  if (*p != '\0' && !(strcmp (p, ".pdf") == 0 || *p == '/' || *p == '?' || *p == '#'))
    {
      g_clear_pointer (id, g_free);
      *version = 0;
      return FALSE;
    }

  return TRUE;
}

static const char *
skip_prefix_ci (const char *s,
                const char *prefix)
{
  gsize len = strlen (prefix);

  if (g_ascii_strncasecmp (s, prefix, len) == 0)
    return s + len;

  return s;
}

/**
 * gln_arxiv_id_parse:
 * @input: an arXiv identifier or URL in any common spelling
 * @id: (out) (optional): the identifier without version
 * @version: (out) (optional): the version, or 0 when the input named none
 *
 * Accepts `2506.18896`, `2506.18896v2`, `arXiv:2506.18896`, `hep-ex/0307015v1`,
 * `oai:arXiv.org:2203.01250v3`, `10.48550/arXiv.2506.18896` and arxiv.org abs/pdf URLs.
 *
 * Returns: %TRUE if @input is an arXiv identifier
 */
gboolean
gln_arxiv_id_parse (const char  *input,
                    char       **id,
                    int         *version)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *parsed = NULL;
  const char *s;
  int v = 0;

  if (input == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (input));
  s = trimmed;

  s = skip_prefix_ci (s, "https://");
  if (s == trimmed)
    s = skip_prefix_ci (s, "http://");
  if (s != trimmed)
    {
      const char *path;

      s = skip_prefix_ci (s, "www.");
      s = skip_prefix_ci (s, "export.");
      if (g_ascii_strncasecmp (s, "arxiv.org/", 10) != 0)
        return FALSE;
      path = s + 10;
      if (g_str_has_prefix (path, "abs/"))
        s = path + 4;
      else if (g_str_has_prefix (path, "pdf/"))
        s = path + 4;
      else
        return FALSE;
    }
  else
    {
      s = skip_prefix_ci (s, "oai:arXiv.org:");
      s = skip_prefix_ci (s, "doi:");
      s = skip_prefix_ci (s, "10.48550/arXiv.");
      s = skip_prefix_ci (s, "arXiv:");
    }

  if (!parse_new_style (s, &parsed, &v) && !parse_old_style (s, &parsed, &v))
    return FALSE;

  if (id != NULL)
    *id = g_steal_pointer (&parsed);
  if (version != NULL)
    *version = v;

  return TRUE;
}

/* The DOI in a doi.org URL or after "doi:", in any of the spellings found in the wild. */
static const char *
skip_doi_prefix (const char *s)
{
  static const char * const hosts[] = { "www.doi.org/", "dx.doi.org/", "doi.org/" };
  const char *rest = skip_prefix_ci (s, "https://");

  if (rest == s)
    rest = skip_prefix_ci (s, "http://");
  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_ascii_strncasecmp (rest, hosts[i], strlen (hosts[i])) == 0)
      return rest + strlen (hosts[i]);
  if (rest != s)
    return NULL;

  s = skip_prefix_ci (s, "doi:");
  while (*s == ' ')
    s++;
  return s;
}

/**
 * gln_doi_normalize:
 * @input: a DOI, `doi:` DOI or doi.org URL (also `dx.doi.org`, `www.doi.org`, and
 *   percent-encoded as URLs carry it)
 *
 * Returns: (transfer full) (nullable): the DOI in lower case, or %NULL if @input is none
 */
char *
gln_doi_normalize (const char *input)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *unescaped = NULL;
  const char *s;
  const char *p;

  if (input == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (input));
  if ((s = skip_doi_prefix (trimmed)) == NULL)
    return NULL;
  /* "10.1000%2Fxyz" is how a DOI travels in a URL; a "%" that escapes nothing stays. */
  if (strchr (s, '%') != NULL && (unescaped = g_uri_unescape_string (s, NULL)) != NULL)
    s = unescaped;

  if (strncmp (s, "10.", 3) != 0)
    return NULL;
  for (p = s + 3; g_ascii_isdigit (*p) || *p == '.'; p++)
    ;
  if (p == s + 3 || *p != '/' || p[1] == '\0')
    return NULL;
  for (p++; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return NULL;

  return g_utf8_strdown (s, -1);
}

/* Macros that only dress their argument: "\\textbf{x}" reads as "x". Any other macro
 * is content ("\\LuaTeX", "$\\alpha$"): its name is kept as a word. */
static gboolean
is_markup_macro (const char *name,
                 gsize       len)
{
  static const char * const markup[] = {
    "textbf", "textit", "textsl", "textsc", "texttt", "textrm", "textsf", "textup", "textmd",
    "emph", "em", "bf", "it", "sl", "sc", "tt", "rm", "sf", "mathrm", "mathbf", "mathit",
    "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "mathscr", "boldsymbol", "bm",
    "text", "mbox", "hbox", "url", "href", "protect", "relax", "noopsort", "left", "right",
    "big", "Big", "bigg", "Bigg", "displaystyle", "textstyle", "scriptstyle", "ensuremath",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markup); i++)
    if (strlen (markup[i]) == len && strncmp (markup[i], name, len) == 0)
      return TRUE;

  return FALSE;
}

static void
append_word_char (GString  *out,
                  gboolean *pending_space,
                  gunichar  c)
{
  if (*pending_space)
    g_string_append_c (out, ' ');
  *pending_space = FALSE;
  g_string_append_unichar (out, g_unichar_tolower (c));
}

static gboolean
is_word_break (gunichar c)
{
  return g_unichar_isspace (c) || c == '-' || c == '/' || c == ':' || c == ',' || c == ';' ||
         c == '.' || c == '_' || c == '(' || c == ')' || c == '[' || c == ']';
}

/* gln_title_normalize() of a title in plain ASCII without markup, which most titles are:
 * there is nothing to decompose, and every character is a byte. */
static char *
normalize_ascii (const char *title)
{
  GString *out = g_string_sized_new (strlen (title));
  gboolean pending_space = FALSE;

  for (const char *p = title; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else if (is_word_break ((guchar) *p))
        pending_space = out->len > 0;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_plain_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80 || *p == '\\' || *p == '$')
      return FALSE;

  return TRUE;
}

/**
 * gln_title_normalize:
 * @title: a title as some source printed it
 *
 * Folds case, drops accents, markup and punctuation, and collapses white space, so that
 * the same title copied from a web page, the arXiv API and a BibTeX file compares equal.
 * The content of math and macros is kept: "The $\\alpha$ decay" and "The $\\beta$ decay"
 * stay two titles, and "{\\LuaTeX}" is a title.
 *
 * Returns: (transfer full): the normalized title, possibly empty
 */
char *
gln_title_normalize (const char *title)
{
  g_autofree char *decoded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (title == NULL)
    return g_strdup ("");
  if (is_plain_ascii (title))
    return normalize_ascii (title);

  /* LaTeX spells characters ("\\alpha", "\\'e") that a web page writes as Unicode. */
  if (strchr (title, '\\') != NULL || strchr (title, '$') != NULL)
    title = decoded = gln_latex_to_text (title);
  decomposed = g_utf8_normalize (title, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;

      if (c == '\\')
        {
          const char *name = p + 1;

          while (g_ascii_isalpha (p[1]))
            p++;
          pending_space = out->len > 0;
          if (!is_markup_macro (name, p + 1 - name))
            for (const char *q = name; q <= p; q++)
              append_word_char (out, &pending_space, (gunichar) *q);
          pending_space = out->len > 0;
          continue;
        }

      if (g_unichar_isalnum (c))
        append_word_char (out, &pending_space, c);
      else if (is_word_break (c))
        pending_space = out->len > 0;
    }

  return g_string_free (out, FALSE);
}

/**
 * gln_title_key:
 * @title: a title
 *
 * Returns: (transfer full) (nullable): `title:<hash>` of the normalized title, or %NULL
 * when the title has no letters or digits
 */
char *
gln_title_key (const char *title)
{
  g_autofree char *normalized = gln_title_normalize (title);
  g_autofree char *digest = NULL;

  if (normalized[0] == '\0')
    return NULL;

  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, normalized, -1);
  return g_strdup_printf ("title:%.16s", digest);
}

/**
 * gln_paper_key_build:
 * @arxiv_id: (nullable): an arXiv identifier in any spelling
 * @doi: (nullable): a DOI in any spelling
 * @title: (nullable): the title
 *
 * Computes the canonical key of a paper: `arxiv:<id>` when it has an arXiv identifier (also
 * when it only has arXiv's DataCite DOI), `doi:<doi>` when it has a DOI, otherwise the key of
 * its normalized title.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when nothing identifies the paper
 */
char *
gln_paper_key_build (const char *arxiv_id,
                     const char *doi,
                     const char *title)
{
  g_autofree char *id = NULL;
  g_autofree char *norm_doi = NULL;

  if (gln_arxiv_id_parse (arxiv_id, &id, NULL))
    return g_strconcat ("arxiv:", id, NULL);

  norm_doi = gln_doi_normalize (doi);
  if (norm_doi != NULL)
    {
      if (g_str_has_prefix (norm_doi, "10.48550/arxiv.") &&
          gln_arxiv_id_parse (norm_doi + strlen ("10.48550/arxiv."), &id, NULL))
        return g_strconcat ("arxiv:", id, NULL);

      return g_strconcat ("doi:", norm_doi, NULL);
    }

  return gln_title_key (title);
}
