/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* People and organisations: author lists, titles run together with their authors, and
 * organisation lines. The author lines of records (papers shown by title, authors and
 * venue) are read in gln-listing-record-names.c. */

static const char * const name_particles[] = {
  "van", "von", "der", "den", "de", "la", "le", "di", "da", "del", "della", "du", "dos",
  "das", "bin", "al", "el", "ten", "ter", "y", "zu",
};

/* Whether tok[0:len] is a small word of names, such as "van" or "de", in any case. */
gboolean
_gln_listing_is_name_particle (const char *tok,
                               gsize       len)
{
  return _gln_listing_in_list_ci (tok, len, name_particles, G_N_ELEMENTS (name_particles));
}

/* "deWinter", "vanDam", "diMarco": a family name written with its particle joined on,
 * the particle in lower case, then a capital and at least two letters in lower case. */
gboolean
_gln_listing_is_glued_name (const char *tok,
                            gsize       len)
{
  gsize k;

  for (k = 0; k < len && k < 4 && g_ascii_islower (tok[k]); k++)
    ;
  if (k < 2 || k + 3 > len || !g_ascii_isupper (tok[k]) ||
      !_gln_listing_is_name_particle (tok, k))
    return FALSE;
  for (gsize i = k + 1; i < len; i++)
    if (!g_ascii_islower (tok[i]))
      return FALSE;

  return TRUE;
}

/* Words of titles, headings and addresses that are never part of a person's name. */
static const char * const title_words[] = {
  "a", "across", "against", "algorithm", "algorithms", "all", "among", "an", "analysis",
  "and", "answering", "approach", "approximate", "approximation", "are", "article",
  "articles", "attention", "avenue", "based", "benchmark", "benchmarks", "between",
  "beyond", "book", "boulevard", "building", "campus", "can", "center", "centre", "chapter",
  "chapters", "code", "college", "conference", "conferences", "control", "data", "dataset",
  "deep", "department", "dept", "detection", "diffusion", "do", "does", "economic",
  "economics", "effects", "efficient", "evaluation", "evidence", "faculty", "fast", "floor",
  "for", "framework", "from", "generation", "generative", "graph", "graphs", "how", "image",
  "images", "impact", "impacts", "in", "inference", "institute", "into", "is", "journal",
  "journals", "knowledge", "laboratory", "language", "large", "learning", "machine",
  "market", "markets", "method", "methods", "model", "models", "multimodal", "need",
  "network", "networks", "neural", "new", "not", "of", "on", "online", "optimization",
  "paper", "papers", "policy", "political", "prediction", "preprint", "preprints",
  "proceedings", "public", "publications", "question", "reasoning", "recognition",
  "reinforcement", "retrieval", "road", "robust", "room", "scaling", "school",
  "segmentation", "simple", "social", "sparse", "speech", "street", "study", "suite",
  "survey", "system", "systems", "tax", "text", "the", "theory", "through", "to", "toward",
  "towards", "training", "transformer", "transformers", "understanding", "university",
  "using", "via", "video", "vision", "visual", "we", "what", "when", "why", "with",
  "without", "workshop", "workshops", "you", "your",
};

/* Whether tok[0:len] is one of title_words, in any case. The words are looked up in a set
 * made once, since names are checked word by word on every line of a page. */
gboolean
_gln_listing_is_title_word (const char *tok,
                            gsize       len)
{
  static GHashTable *set = NULL;
  char lower[16];

  if (g_once_init_enter (&set))
    {
      GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (title_words); i++)
        g_hash_table_add (words, (gpointer) title_words[i]);
      g_once_init_leave (&set, words);
    }

  /* The words are short and ASCII. */
  if (len == 0 || len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) tok[i] >= 0x80)
        return FALSE;
      lower[i] = _gln_listing_lower (tok[i]);
    }
  lower[len] = '\0';

  return g_hash_table_contains (set, lower);
}

static gboolean
is_name_token (const char *tok,
               gsize       len,
               gboolean    last)
{
  gunichar first;
  gboolean lower = FALSE;
  gboolean dot = FALSE;

  if (len == 0 || len > 40)
    return FALSE;
  if (!last && _gln_listing_is_name_particle (tok, len) &&
      g_ascii_islower (tok[0]))
    return TRUE;
  if (_gln_listing_is_title_word (tok, len))
    return FALSE;

  first = g_utf8_get_char (tok);
  if (!g_unichar_isupper (first) && !g_unichar_istitle (first))
    return FALSE;

  for (const char *p = g_utf8_next_char (tok); p < tok + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        lower = TRUE;
      else if (c == '.')
        dot = TRUE;
      else if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }

  /* "Liu", "J.", "J.-P."; not acronyms such as "BERT". */
  return lower || dot || len == 1;
}

gboolean
_gln_listing_looks_like_person (const char *text)
{
  const char *start = text;
  const char *end;
  const char *tok;
  guint n = 1;
  guint cjk = 0;
  gboolean other = FALSE;

  /* Read in place: the text stripped, its words between single spaces. */
  while (g_ascii_isspace (*start))
    start++;
  end = start + strlen (start);
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  if (end == start || end - start > 60)
    return FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      if (_gln_listing_is_cjk (g_utf8_get_char (p)))
        cjk++;
      else
        other = TRUE;
      if (*p == ' ')
        n++;
    }
  if (cjk > 0)
    return !other && cjk >= 2 && cjk <= 4;

  if (n < 2 || n > 5)
    return FALSE;
  tok = start;
  for (guint i = 0; i < n; i++)
    {
      const char *space = memchr (tok, ' ', end - tok);
      const char *tok_end = space != NULL ? space : end;

      if (!is_name_token (tok, tok_end - tok, i == n - 1))
        return FALSE;
      tok = tok_end + 1;
    }

  return TRUE;
}

/* Strips "and 4 more authors" / "and 1 more author" (jekyll-scholar's cut of a long
 * list) from the end of @s; returns TRUE when it was there. */
static gboolean
strip_n_more_authors (char *s)
{
  gsize n = strlen (s);
  gsize i;
  gsize digits_end;

  if (g_str_has_suffix (s, " more authors"))
    n -= strlen (" more authors");
  else if (g_str_has_suffix (s, " more author"))
    n -= strlen (" more author");
  else
    return FALSE;
  digits_end = n;
  for (i = n; i > 0 && g_ascii_isdigit (s[i - 1]); i--)
    ;
  if (i == digits_end || i < 5 || strncmp (s + i - 5, " and ", 5) != 0)
    return FALSE;
  i -= 5;
  if (i > 0 && s[i - 1] == ',')
    i--;
  s[i] = '\0';
  return TRUE;
}

/* Strips the count after a cut list, "et al. (12 authors)", leaving "et al." to be stripped. */
static void
strip_author_count (char *s)
{
  gsize n = strlen (s);
  gsize i;

  if (n < 20 || !g_str_has_suffix (s, " authors)"))
    return;
  i = n - strlen (" authors)");
  while (i > 0 && g_ascii_isdigit (s[i - 1]))
    i--;
  if (i == n - strlen (" authors)") || i < 2 || s[i - 1] != '(' || s[i - 2] != ' ')
    return;
  i -= 2;
  if (i > 7 && (strncmp (s + i - 7, " et al.", 7) == 0 || strncmp (s + i - 6, " et al", 6) == 0))
    s[i] = '\0';
}

/* Strips "et al." and similar endings; returns TRUE when one was there. */
gboolean
_gln_listing_strip_et_al (char *s)
{
  static const char * const endings[] = {
    " et al.", " et al", ", et al.", " etc.", " and others", " u. a.", " u.a.", "等人", "等",
    " et al.,", ",et al.",
  };
  gboolean stripped;
  gboolean again = TRUE;

  strip_author_count (g_strchomp (s));
  stripped = strip_n_more_authors (s);

  while (again)
    {
      gsize n = strlen (g_strchomp (s));

      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
        {
          gsize e = strlen (endings[i]);

          if (n > e && g_ascii_strcasecmp (s + n - e, endings[i]) == 0)
            {
              s[n - e] = '\0';
              stripped = again = TRUE;
              break;
            }
        }
    }

  return stripped;
}

static void
clean_name (char *name)
{
  gsize n;

  g_strstrip (name);
  /* "…, Ramin Rahni, & Kenneth D. Birnbaum": the list's last comma stands before "and". */
  if (g_str_has_prefix (name, "and "))
    memmove (name, name + 4, strlen (name + 4) + 1);
  else if (g_str_has_prefix (name, "& "))
    memmove (name, name + 2, strlen (name + 2) + 1);
  n = strlen (name);
  /* Affiliation marks after a name: "Alice Smith1,2", "Bob Jones*", "Carol White†". */
  while (n > 0)
    {
      char *last = g_utf8_prev_char (name + n);
      gunichar c = g_utf8_get_char (last);

      if (g_ascii_isdigit (c) || c == '*' || c == 0x2020 || c == 0x2021 || c == 0x00A7 ||
          c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079) ||
          c == ',' || c == ' ')
        {
          *last = '\0';
          n = last - name;
        }
      else
        break;
    }
}

/* "T.E. Lee, H. Häffner, and M.C. Cross.", "Yurong Fan, Lei Gu.": the period that ends a
 * list of names after a family name, cut from it; not an initial's ("M. C."), nor "Jr."'s. */
void
_gln_listing_drop_family_period (char *copy)
{
  gsize n = strlen (copy);

  if (n > 3 && copy[n - 1] == '.' && g_ascii_islower (copy[n - 2]) &&
      !g_str_has_suffix (copy, " Jr.") && !g_str_has_suffix (copy, " Sr."))
    copy[n - 1] = '\0';
}

/* "Alice Smith, Bob Jones and Carol White" → names; NULL when the text is not a list of
 * people. lenient accepts any short items (the value of an "Authors:" label). */
GPtrArray *
_gln_listing_parse_author_list (const char *text,
                                gboolean    lenient,
                                gboolean   *truncated)
{
  static const char * const separators[] = {
    ", and ", ", ", ",", "; ", ";", " and ", " & ", " und ", " et ", " y ", "，", "、", "；",
  };
  g_autofree char *copy = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  char *p;

  *truncated = FALSE;
  if (strlen (text) > 1000)
    return NULL;

  copy = g_strdup (text);
  *truncated = _gln_listing_strip_et_al (copy);
  _gln_listing_drop_family_period (copy);
  p = copy;
  if (g_str_has_prefix (p, "by ") || g_str_has_prefix (p, "By ") || g_str_has_prefix (p, "von "))
    p = strchr (p, ' ') + 1;

  /* Split on every separator, the first of the list where several start at one place:
   * the text is read once, left to right. */
  pieces = g_ptr_array_new ();
  g_ptr_array_add (pieces, p);
  while (*p != '\0')
    {
      gsize sep_len = 0;

      /* Every separator starts with ',', ';', ' ' or a lead byte of a CJK mark. */
      if (*p == ',' || *p == ';' || *p == ' ' || (guchar) *p >= 0xE0)
        for (guint i = 0; i < G_N_ELEMENTS (separators) && sep_len == 0; i++)
          if (separators[i][0] == p[0] && (separators[i][1] == '\0' || separators[i][1] == p[1]) &&
              g_str_has_prefix (p, separators[i]))
            sep_len = strlen (separators[i]);
      if (sep_len == 0)
        {
          p++;
          continue;
        }
      *p = '\0';
      p += sep_len;
      if (*p == '\0')
        break;
      g_ptr_array_add (pieces, p);
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      char *name = g_ptr_array_index (pieces, i);

      clean_name (name);
      if (*name == '\0')
        continue;
      if (lenient ? (strlen (name) > 80 || _gln_listing_count_words_upto (name, 7) > 6)
                  : !_gln_listing_looks_like_person (name))
        return NULL;
      g_ptr_array_add (names, g_strdup (name));
    }

  if (names->len == 0 || (!lenient && names->len < 2 && !*truncated))
    return NULL;

  return g_steal_pointer (&names);
}

/* Whether a name may start at c, glued to what stands before it: "TrainingYuanxin",
 * "VQAQingyi", "Fact-Checkers?Hanwen". */
static gboolean
is_glued_start (gunichar prev,
                gunichar c,
                gunichar next)
{
  return g_unichar_isupper (c) &&
         (g_unichar_islower (prev) || g_unichar_isdigit (prev) ||
          (prev < 0x80 && strchr ("?!.:)\"'", (int) prev) != NULL) || prev == 0x201D ||
          prev == 0x2019 || (g_unichar_isupper (prev) && g_unichar_islower (next)));
}

/* Where a name glued to the end of a title starts. Returns the byte offset, or 0. */
static gsize
glued_boundary (const char *tok)
{
  gsize best = 0;
  gunichar prev = 0;

  for (const char *p = tok; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (p > tok && is_glued_start (prev, c, g_utf8_get_char (g_utf8_next_char (p))))
        best = p - tok;
      prev = c;
    }

  return best;
}

/* Whether any word of the line has a name glued inside it; most lines have none, and
 * need not be cut into pieces to tell. */
static gboolean
has_glued_start (const char *line)
{
  gunichar prev = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prev != 0 && !g_unichar_isspace (prev) &&
          is_glued_start (prev, c, g_utf8_get_char (g_utf8_next_char (p))))
        return TRUE;
      prev = c;
    }

  return FALSE;
}

static GPtrArray *
split_simple (const char *text,
              const char *separator)
{
  g_auto(GStrv) parts = g_strsplit (text, separator, -1);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);

      if (*part != '\0')
        g_ptr_array_add (out, g_strdup (part));
    }

  return out;
}

/* The name that the last words of the title run into, in the piece of pieces at j:
 * "…Fact-Checkers?Hanwen Xu". head gets the title: the pieces before j and the words
 * before the name. NULL when no name is glued to the title. */
static char *
split_glued_name (GPtrArray *pieces,
                  int        j,
                  GString   *head)
{
  g_auto(GStrv) tokens = g_strsplit (g_ptr_array_index (pieces, j), " ", -1);
  int n = g_strv_length (tokens);

  for (int k = n - 2; k >= 0 && k >= n - 4; k--)
    {
      gsize b = glued_boundary (tokens[k]);
      g_autofree char *rest = NULL;
      g_autofree char *name = NULL;

      if (b == 0)
        continue;
      rest = g_strjoinv (" ", tokens + k + 1);
      name = g_strconcat (tokens[k] + b, " ", rest, NULL);
      if (!_gln_listing_looks_like_person (name))
        continue;

      for (int i = 0; i < j; i++)
        {
          g_string_append (head, g_ptr_array_index (pieces, i));
          g_string_append (head, ", ");
        }
      for (int i = 0; i < k; i++)
        {
          g_string_append (head, tokens[i]);
          g_string_append_c (head, ' ');
        }
      g_string_append_len (head, tokens[k], b);
      return g_steal_pointer (&name);
    }

  return NULL;
}

/* "Title of the paperAlice Smith, Bob Jones et al. · mit, stanford": a title run
 * together with its authors, as author and organisation pages show them. */
gboolean
_gln_listing_split_title_authors (const char  *line,
                                  char       **title,
                                  GPtrArray  **authors,
                                  gboolean    *truncated,
                                  GPtrArray  **institutions)
{
  g_autofree char *copy = NULL;
  g_autoptr(GPtrArray) insts = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GString) head = NULL;
  char *dot;
  char *name;
  gboolean cut;
  int j;

  /* Without a comma, "et al." or " · " there is no author list to split off. */
  if (strlen (line) > 500 || (strstr (line, ", ") == NULL && strstr (line, " et al") == NULL &&
                              strstr (line, " · ") == NULL) ||
      !has_glued_start (line))
    return FALSE;

  copy = g_strdup (line);
  if ((dot = strstr (copy, " · ")) != NULL)
    {
      insts = split_simple (dot + strlen (" · "), ",");
      *dot = '\0';
    }
  cut = _gln_listing_strip_et_al (copy);

  pieces = split_simple (copy, ", ");
  if (pieces->len == 0)
    return FALSE;
  for (j = pieces->len - 1; j > 0; j--)
    if (!_gln_listing_looks_like_person (g_ptr_array_index (pieces, j)))
      break;

  head = g_string_new (NULL);
  if ((name = split_glued_name (pieces, j, head)) == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (names, name);
  if (head->len < 3)
    return FALSE;
  for (guint i = j + 1; i < pieces->len; i++)
    g_ptr_array_add (names, g_strdup (g_ptr_array_index (pieces, i)));
  if (!cut && insts == NULL && names->len < 2)
    return FALSE;

  *title = g_string_free (g_steal_pointer (&head), FALSE);
  *authors = g_steal_pointer (&names);
  *truncated = cut;
  *institutions = insts != NULL && insts->len > 0 ? g_steal_pointer (&insts) : NULL;

  return TRUE;
}

/* Can handle be spelt with a prefix of some of the words, in order ("uchicago" from
 * "university of chicago")? */
static gboolean
handle_matches (const char *handle,
                GPtrArray  *words,
                guint       w)
{
  if (*handle == '\0')
    return TRUE;
  if (w >= words->len)
    return FALSE;

  {
    const char *word = g_ptr_array_index (words, w);

    for (gsize n = strlen (word); n > 0; n--)
      if (strncmp (handle, word, n) == 0 && handle_matches (handle + n, words, w + 1))
        return TRUE;
  }

  return handle_matches (handle, words, w + 1);
}

static char *
alnum_lower (const char *s)
{
  GString *out = g_string_new (NULL);

  for (; *s != '\0'; s++)
    if (g_ascii_isalnum (*s))
      g_string_append_c (out, _gln_listing_lower (*s));

  return g_string_free (out, FALSE);
}

/* Organisation lines show the organisation's handle, then its name:
 * "Uchicago University of Chicago", "math-ai math-ai". */
char *
_gln_listing_org_name (const char *line,
                       gboolean   *had_handle)
{
  const char *space = strchr (line, ' ');
  g_autofree char *handle = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_auto(GStrv) parts = NULL;

  *had_handle = FALSE;
  if (space == NULL)
    return g_strdup (line);

  {
    g_autofree char *first = g_strndup (line, space - line);

    handle = alnum_lower (first);
  }

  parts = g_strsplit (_gln_listing_skip_blanks (space), " ", -1);
  words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *w = alnum_lower (parts[i]);

      if (*w != '\0' && strlen (w) < 40)
        g_ptr_array_add (words, w);
      else
        g_free (w);
    }

  if (*handle != '\0' && strlen (handle) < 40 && words->len > 0 && words->len < 12 &&
      handle_matches (handle, words, 0))
    {
      *had_handle = TRUE;
      return g_strdup (_gln_listing_skip_blanks (space));
    }

  return g_strdup (line);
}

/* The first year 1900–2099 in the text, not part of a longer number; 0 when none. */
int
_gln_listing_find_year (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((p == text || !g_ascii_isdigit (p[-1])) && _gln_listing_opens_century (p) &&
        g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))
      return (int) g_ascii_strtoll (p, NULL, 10);

  return 0;
}

/* The byline of search engines for papers: "A Vaswani, N Shazeer, N Parmar… - Advances in
 * neural …, 2017 - proceedings.neurips.cc". Returns the authors, or NULL. */
GPtrArray *
_gln_listing_parse_byline (const char *text,
                           gboolean   *truncated,
                           int        *year)
{
  const char *dash = strstr (text, " - ");
  const char *host;
  g_autofree char *names = NULL;
  GPtrArray *authors;
  gboolean cut = FALSE;
  gsize n;

  *truncated = FALSE;
  *year = 0;
  if (dash == NULL || strlen (text) > 400)
    return NULL;

  names = g_strndup (text, dash - text);
  n = strlen (g_strchomp (names));
  if (g_str_has_suffix (names, "…") || g_str_has_suffix (names, "..."))
    {
      names[n - (g_str_has_suffix (names, "…") ? strlen ("…") : 3)] = '\0';
      cut = TRUE;
    }

  /* The rest names a venue and year, or ends with the host that has the paper. */
  host = strrchr (text, ' ') + 1;
  *year = _gln_listing_find_year (dash);
  if (*year == 0 && (strchr (host, '.') == NULL || host <= dash + 3))
    return NULL;

  if ((authors = _gln_listing_parse_author_list (names, FALSE, truncated)) == NULL &&
      _gln_listing_looks_like_person (g_strstrip (names)))
    {
      authors = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (authors, g_strdup (names));
    }
  /* Initials as search engines write them: "A Costa, T Whitfield". */
  if (authors == NULL)
    authors = _gln_listing_parse_record_authors (names, truncated);
  if (authors == NULL)
    *year = 0;
  *truncated = *truncated || cut;

  return authors;
}
